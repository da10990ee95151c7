/**
 * A line break inside an indicator's name (巡查养殖⏎场数不少于200个): the parser already reads the name
 * whole (巡查养殖场数), so the break is a wrap typed by hand or pasted from a PDF. Removing it is offered,
 * never applied on its own (a break may be the officer's layout), under SPACE (多余空格和换行). In a table
 * of one indicator a row, the parser reads the 三级指标 cell's wraps joined too (巡查养殖⏎场数 as 巡查养殖场数,
 * text/item/names.ts joinWraps): a break between two characters of a word there is offered the same way.
 */
import type { Localized } from "../i18n";
import { parseA1 } from "../grid";
import type { ParseResult } from "../record";
import { segmentCell } from "../text/segment";
import type { CellEdit } from "./types";
import { joinWraps } from "../text/item/names";

const BREAK = "(?:[ \\t\\u3000]*\\n[ \\t\\u3000]*)?";

const escape = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** `text` with the line breaks inside any of `names` removed (a name written whole is left alone). */
export function joinNameBreaks(text: string, names: readonly string[]): string {
  let out = text;
  for (const name of names) {
    if (name.length < 2 || /\s/.test(name)) continue;
    const re = new RegExp(Array.from(name).map(escape).join(BREAK), "g");
    out = out.replace(re, (m) => (m.includes("\n") ? name : m));
  }
  return out;
}

function note(names: readonly string[]): Localized {
  const list = names.map((n) => `“${n}”`).join("、");
  return {
    zh: `指标名称中有换行，解析时已连读为${list}；建议删除换行，请确认后再应用。`,
    en: `A line break cuts an indicator name the engine reads whole (${list}); removing it is suggested — check before applying.`,
  };
}

/**
 * `text` (a 三级指标 cell of a rows table) with its wraps removed, as the parser reads the name (joinWraps: breaks
 * inside a word, one side Chinese; a break next to punctuation, before a numbered item or after a line ending as
 * a name ends stays). `text` itself when the cell holds more than one item or nothing to join.
 */
export function joinWrappedName(text: string): string {
  if (segmentCell(text).some((g) => g.numbering)) return text;
  return joinWraps(text);
}

function rowsNote(name: string, joined: string): Localized {
  return {
    zh: `三级指标名称中有换行（“${name.replace(/\n/g, "⏎")}”），建议删除换行，写作“${joined}”；请确认后再应用。`,
    en: `A line break cuts the indicator name "${name.replace(/\n/g, "⏎")}"; removing it ("${joined}") is suggested — check before applying.`,
  };
}

/**
 * The proposal for a 三级指标 cell of a table of one indicator a row, whose name the parser read with its
 * wraps joined (or kept, where they are no wraps): the wraps removed, offered only.
 */
function rowsTableProposal(sheet: string, cell: string, text: string, read: ParseResult): CellEdit | null {
  const at = parseA1(cell);
  if (!at) return null;
  const column = cell.replace(/\d+$/, "");
  const inLevel3 = read.tables.some((t) => {
    if (t.sheet !== sheet || t.columns.level3?.column !== column || t.headerRow === null) return false;
    const last = /(\d+)$/.exec(t.range);
    return at.row > t.headerRow && (!last || at.row <= Number(last[1]));
  });
  if (!inLevel3) return null;
  const bare = (s: string) => s.replace(/\s+/g, "");
  const named = read.indicators.some(
    (r) => r.sheet === sheet && r.row === at.row && bare(r.name) === bare(text),
  );
  if (!named) return null;
  const after = joinWrappedName(text);
  if (after === text) return null;
  return {
    kind: "cell",
    sheet,
    cell,
    rule: "SPACE",
    before: text,
    after,
    applied: false,
    note: rowsNote(text, after),
  };
}

/** The proposal (not applied) to remove the line breaks inside the names the parser read from `cell`. */
export function nameBreakProposal(
  sheet: string,
  cell: string,
  text: string,
  read: ParseResult | undefined,
): CellEdit | null {
  if (!read || !text.includes("\n")) return null;
  const rows = rowsTableProposal(sheet, cell, text, read);
  if (rows) return rows;
  // `read` is the parse of the cell as `text` has it (propose.ts reads a cell it cleans again).
  const names = read.indicators
    .filter((r) => r.sheet === sheet && r.cell === cell && !r.name.includes("\n"))
    .map((r) => r.name);
  const after = joinNameBreaks(text, names);
  if (after === text) return null;
  const cut = names.filter((n) => joinNameBreaks(text, [n]) !== text);
  return { kind: "cell", sheet, cell, rule: "SPACE", before: text, after, applied: false, note: note(cut) };
}
