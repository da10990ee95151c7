/**
 * Plan values → what Excel's `range.values` accepts, keeping text as text. Excel takes a string that
 * begins with = + - @ as a formula (and "-5" as a number); a leading apostrophe makes it stored
 * text, shown without the apostrophe, exactly as when an officer types it. A string that itself
 * begins with an apostrophe gets one more, so the officer's apostrophe survives.
 */
import type { PlanValue } from "../core/plan/types";
import { fitCellText, looksLikeFormula } from "../core/plan/types";

export type ExcelCellValue = string | number | boolean;

export function toExcelValue(v: PlanValue | undefined): ExcelCellValue {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : "";
  // Beyond Excel's limit a text is cut with a mark saying so (Excel would refuse the whole write).
  if (typeof v === "string" && (looksLikeFormula(v) || v.startsWith("'"))) return `'${fitCellText(v)}`;
  return typeof v === "string" ? fitCellText(v) : v;
}

/** A plan's ragged rows → a rectangle `width` wide, ready for one `range.values` write. */
export function toExcelRows(rows: PlanValue[][], width: number): ExcelCellValue[][] {
  return rows.map((row) => {
    const out: ExcelCellValue[] = new Array(width);
    for (let c = 0; c < width; c++) out[c] = toExcelValue(row[c]);
    return out;
  });
}

export function planWidth(rows: PlanValue[][]): number {
  let w = 0;
  for (const r of rows) if (r.length > w) w = r.length;
  return w;
}
