/**
 * Scoring round 227's probe in memory: each workbook run through a cleanup (the defaults, plus the rules
 * the book ticks), compared with the gold written before the run (a cell's gold may list texts an officer
 * takes alike), then run again (nothing more to propose) and reverted (exactly the original).
 */
import type { CellValue, Grid } from "../../../src/core/grid";
import { a1, cellText } from "../../../src/core/grid";
import { defaultCleanupSettings, proposeCleanup, type CleanupSettings } from "../../../src/core/cleanup";
import { emptyScore, type Score } from "./round202-score";
import type { Book227 } from "./round227data";
import { grid, revert, run } from "./helpers";

export function settingsOf(book: Book227): CleanupSettings {
  const s = defaultCleanupSettings();
  for (const id of book.rules ?? []) s[id] = "apply";
  return s;
}

export function gridOf(book: Book227): Grid {
  const width = Math.max(...book.rows.map((r) => r.length));
  const values = book.rows.map((r) => [...r, ...Array(width - r.length).fill("")] as CellValue[]);
  const formulas = values.map((r, i) => r.map((_, j) => (book.formulas ?? []).includes(a1(i + 1, j + 1))));
  const g = grid(values, "Sheet1", formulas);
  if (book.hidden) g.hidden = { rows: [...book.hidden], columns: [] };
  return g;
}

const same = (x: CellValue, y: CellValue) =>
  (cellText(x) === cellText(y) && typeof x === typeof y) ||
  (cellText(x) === cellText(y) && (x === null || y === null || x === "" || y === ""));

export function scoreBook227(book: Book227, s: Score): void {
  const g = gridOf(book);
  const settings = settingsOf(book);
  const result = run(g, settings);
  const removed = new Set(book.removed ?? []);
  const kept = g.values.map((_, i) => i + 1).filter((r) => !removed.has(r));
  const after = result.grid.values;
  if (after.length !== kept.length)
    s.wrong.push(`${book.place}: ${g.values.length - after.length} rows removed, gold ${removed.size}`);
  else
    kept.forEach((origRow, i) => {
      g.values[origRow - 1].forEach((orig, j) => {
        const addr = a1(origRow, j + 1);
        const gold = book.gold[addr];
        const wants: CellValue[] = gold === undefined ? [orig] : Array.isArray(gold) ? gold : [gold];
        const got = after[i]?.[j] ?? null;
        const tag = `${book.place} ${addr}: ${JSON.stringify(orig)} → ${JSON.stringify(got)} (gold ${wants.map((w) => JSON.stringify(w)).join(" or ")})`;
        const wantsChange = !wants.some((w) => same(w, orig));
        // An edit the gold takes but does not ask for (a cell whose gold lists the original too) counts neither way.
        if (wants.some((w) => same(got, w))) {
          if (wantsChange) s.right++;
        } else if (same(got, orig)) s.missed.push(tag);
        else if (wantsChange) s.wrong.push(tag);
        else s.unexpected.push(tag);
      });
    });
  const second = proposeCleanup(result.grid, settings, result.log).edits.filter((e) => e.applied);
  for (const e of second)
    s.secondRun.push(
      `${book.place} ${e.cell} ${e.rule}: ${JSON.stringify(e.before)} → ${JSON.stringify(e.after)}`,
    );
  s.reverts++;
  const back = revert(result.grid, result.log).grid.values;
  const norm = (v: Grid["values"]) => v.map((r) => r.map((c) => (c === "" ? null : c)));
  if (JSON.stringify(norm(back)) === JSON.stringify(norm(g.values))) s.revertsExact++;
  else s.wrong.push(`${book.place}: revert not exact`);
}

/** How many gold edits a list of books holds (a cell whose gold differs from the original, a removed row). */
export function goldEdits(books: readonly Book227[]): number {
  let n = 0;
  for (const b of books) {
    n += (b.removed ?? []).length;
    for (const [addr, gold] of Object.entries(b.gold)) {
      const m = /^([A-Z]+)(\d+)$/.exec(addr)!;
      const col = m[1].charCodeAt(0) - 64;
      const orig = b.rows[Number(m[2]) - 1][col - 1];
      const wants = Array.isArray(gold) ? gold : [gold];
      if (!wants.some((w) => same(w, orig))) n++;
    }
  }
  return n;
}

export function scoreBooks227(books: readonly Book227[]): Score {
  const s = emptyScore();
  for (const b of books) scoreBook227(b, s);
  return s;
}
