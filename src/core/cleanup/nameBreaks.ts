/**
 * A line break inside an indicator's name (巡查养殖⏎场数不少于200个): the parser already reads the name
 * whole (巡查养殖场数), so the break is a wrap typed by hand or pasted from a PDF. Removing it is offered,
 * never applied on its own (a break may be the officer's layout), under SPACE (多余空格和换行).
 */
import type { Localized } from "../i18n";
import type { ParseResult } from "../record";
import type { CellEdit } from "./types";

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

/** The proposal (not applied) to remove the line breaks inside the names the parser read from `cell`. */
export function nameBreakProposal(
  sheet: string,
  cell: string,
  text: string,
  read: ParseResult | undefined,
): CellEdit | null {
  if (!read || !text.includes("\n")) return null;
  // `read` is the parse of the cell as `text` has it (propose.ts reads a cell it cleans again).
  const names = read.indicators
    .filter((r) => r.sheet === sheet && r.cell === cell && !r.name.includes("\n"))
    .map((r) => r.name);
  const after = joinNameBreaks(text, names);
  if (after === text) return null;
  const cut = names.filter((n) => joinNameBreaks(text, [n]) !== text);
  return { kind: "cell", sheet, cell, rule: "SPACE", before: text, after, applied: false, note: note(cut) };
}
