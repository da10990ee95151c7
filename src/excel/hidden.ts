/**
 * The rows and columns of an area the officer does not see (hidden by hand or by a filter), so that
 * the parser can name those it reads inside a table. Excel answers `rowHidden` for a whole range with
 * true (all hidden), false (none) or null (some): a range that answers null is halved and asked again,
 * so a table with a few hidden runs costs a few syncs, not one request per row.
 */
import type { Area } from "./read";

/** Ranges asked about in one sync, at most: keeps each request small whatever the hidden pattern. */
export const HIDDEN_PROBES_PER_SYNC = 1_000;

type Axis = "rows" | "columns";
interface Span {
  start: number;
  count: number;
}

/** What Excel says of a span: hidden throughout, nowhere, partly, or nothing usable (an older host). */
function answer(value: unknown): "all" | "none" | "some" | "unknown" {
  if (value === true) return "all";
  if (value === false) return "none";
  if (value === null) return "some";
  return "unknown";
}

/**
 * The 1-based sheet rows or columns of `area` that are hidden, given Excel's answer for the whole area
 * (`whole`: its `rowHidden` or `columnHidden`, loaded with the first block of values). An answer Excel
 * does not give (an error string from a host without the property) counts as none hidden.
 */
export async function hiddenLines(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: Area,
  axis: Axis,
  whole: unknown,
): Promise<number[]> {
  const first = axis === "rows" ? area.rowIndex : area.columnIndex;
  const length = axis === "rows" ? area.rowCount : area.columnCount;
  const out: number[] = [];
  const take = (s: Span) => {
    for (let i = 0; i < s.count; i++) out.push(s.start + i + 1);
  };
  let pending: Span[] = [];
  const start = answer(whole);
  if (start === "all") take({ start: first, count: length });
  else if (start === "some") pending = halves({ start: first, count: length });
  while (pending.length > 0) {
    const batch = pending.slice(0, HIDDEN_PROBES_PER_SYNC);
    pending = pending.slice(batch.length);
    const ranges = batch.map((s) => {
      // One column (or row) of the area is enough: a row is hidden across the whole sheet.
      const r =
        axis === "rows"
          ? sheet.getRangeByIndexes(s.start, area.columnIndex, s.count, 1)
          : sheet.getRangeByIndexes(area.rowIndex, s.start, 1, s.count);
      r.load(axis === "rows" ? "rowHidden" : "columnHidden");
      return r;
    });
    // Each level of halving needs the answers of the level above it.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    batch.forEach((s, i) => {
      const said = answer(axis === "rows" ? ranges[i].rowHidden : ranges[i].columnHidden);
      if (said === "all") take(s);
      else if (said === "some") pending.push(...halves(s));
    });
  }
  return out.sort((a, b) => a - b);
}

/** A span cut in two (a span of one is never "some"). */
function halves(s: Span): Span[] {
  if (s.count < 2) return [];
  const left = Math.floor(s.count / 2);
  return [
    { start: s.start, count: left },
    { start: s.start + left, count: s.count - left },
  ];
}
