/**
 * Plan values → what Excel's `range.values` accepts, keeping text as text. Excel takes a string that
 * begins with = + - @ as a formula (and "-5" as a number); a leading apostrophe makes it stored
 * text, shown without the apostrophe, exactly as when an officer types it. A string that itself
 * begins with an apostrophe gets one more, so the officer's apostrophe survives.
 */
import type { PlanValue } from "../core/plan/types";
import { fitCellText, looksLikeFormula } from "../core/plan/types";

export type ExcelCellValue = string | number | boolean;

/**
 * Text Excel would change on the way in, so that it no longer shows as written: a number with leading
 * zeros (001) or of twelve digits and more (a project code: shown as 5.101E+17, its last digits lost
 * past fifteen), a fraction or a date without 年月日 (1/2 becomes 1月2日, 2025-12-31 a serial), a
 * number in brackets ((5) becomes -5), in full-width digits or with spaces around it, an exponent
 * (1e5), an error literal (#N/A becomes an error value). Text Excel shows back as typed — 100%, 20:20,
 * 3.5, TRUE, 2025年12月31日 — is left to Excel, as before.
 */
const RETYPED = [
  /^\s*[-+]?0\d/,
  /^\s*[-+]?\d[\d,.]*\d{12}/,
  /^\s*\d{1,4}\s*[-/]\s*\d{1,4}(?:\s*[-/]\s*\d{1,4})?\s*$/,
  /^\s*[(（]\s*[-+]?[$¥￥]?\s*\d[\d,.]*%?\s*[)）]\s*$/,
  /^\s*[０-９]/,
  /^\s+[-+]?\d|^[-+]?\d[\d,.]*%?\s+$/,
  /^\s*[-+]?\d+(?:\.\d+)?e[-+]?\d+\s*$/i,
  /^\s*#(?:null!|div\/0!|value!|ref!|name\?|num!|n\/a|getting_data|spill!|calc!|field!|blocked!|connect!|busy!|unknown!)\s*$/i,
];

/** `textFormatted`: the cell gets the "@" format before its value (the cleanup's cells), which keeps it. */
export function toExcelValue(v: PlanValue | undefined, textFormatted = false): ExcelCellValue {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : "";
  // Beyond Excel's limit a text is cut with a mark saying so (Excel would refuse the whole write).
  if (
    typeof v === "string" &&
    (looksLikeFormula(v) || v.startsWith("'") || (!textFormatted && RETYPED.some((re) => re.test(v))))
  )
    return `'${fitCellText(v)}`;
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
