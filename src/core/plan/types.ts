/**
 * Sheet plans: an output sheet described as data (values, formats, tables, hyperlinks, conditional
 * formats, charts). Core builds them; a gateway (Excel, ExcelJS, the browser preview) renders them.
 * The vocabulary follows Office.js / ExcelJS so that each gateway is a thin translation.
 *
 * Values are written as values, never as formulas: a string beginning with "=", "+", "-" or "@"
 * must stay text in every gateway.
 */

export type PlanValue = string | number | boolean | null;

/** Which part of the product made the sheet; gateways track the sheets they created by this. */
export type PlanKind = "indicators" | "findings" | "compare" | "cleanup-log" | "other";

export interface PlanFont {
  bold?: boolean;
  italic?: boolean;
  color?: string; // "#RRGGBB"
  size?: number;
  underline?: boolean;
}

export interface PlanBorder {
  style: "thin" | "medium";
  color?: string;
}

/** A format applied to a whole A1 range at once (gateways never loop per cell). */
export interface PlanFormat {
  range: string; // "A1:D1"
  fill?: string; // "#RRGGBB"
  font?: PlanFont;
  numberFormat?: string; // "0", "0.00", "@", "yyyy-mm-dd"
  wrapText?: boolean;
  horizontalAlignment?: "left" | "center" | "right";
  verticalAlignment?: "top" | "center" | "bottom";
  border?: PlanBorder;
}

export interface PlanHyperlink {
  cell: string; // where the link sits, in this sheet
  /** Target inside the workbook. */
  sheet: string;
  target: string; // A1 address in `sheet`
  tooltip?: string;
}

export interface PlanTable {
  name: string; // a valid Excel table name (letters, digits, underscore)
  range: string; // includes the header row
  style?: string; // "TableStyleMedium2"
  showFilter?: boolean;
}

export interface PlanDataBar {
  type: "dataBar";
  range: string;
  color: string;
}

export interface PlanCellIs {
  type: "cellIs";
  range: string;
  operator: "greaterThan" | "lessThan" | "equal" | "between";
  formula: [string] | [string, string];
  fill: string;
  fontColor?: string;
}

export type PlanConditionalFormat = PlanDataBar | PlanCellIs;

export interface PlanChart {
  type: "columnClustered";
  title: string;
  /** Data range including its header row (series names) and first column (categories). */
  dataRange: string;
  seriesBy: "columns" | "rows";
  /** Where the chart sits: top-left and bottom-right cells. */
  from: string;
  to: string;
  yAxisTitle?: string;
}

/**
 * How the sheet prints (ExcelJS `pageSetup` / `headerFooter`, Office.js `worksheet.pageLayout`).
 * Screens ignore it; a gateway that cannot set it (Excel before ExcelApi 1.9) skips it.
 */
export interface PlanPageSetup {
  orientation?: "portrait" | "landscape";
  /** Fit all columns into this many pages across; the number of pages down follows the data. */
  fitToPagesWide?: number;
  paperSize?: "A4";
  /** Rows printed again at the top of every page (1-based, inclusive), e.g. a table's header row. */
  printTitleRows?: { first: number; last: number };
  /**
   * Centred header and footer in Excel's header codes, shared by both APIs: &A the sheet name,
   * &P the page number, &N the number of pages ("&&" is a literal "&").
   */
  header?: string;
  footer?: string;
}

export interface SheetPlan {
  /** Desired sheet name (≤ 31 characters, no []:*?/\); a gateway adds a suffix on a clash. */
  name: string;
  kind: PlanKind;
  tabColor?: string;
  /** Values starting at A1. Rows may be ragged. */
  values: PlanValue[][];
  /** Column widths in characters, by column index from A. */
  columnWidths?: number[];
  /**
   * Row heights in points by 1-based sheet row, for rows whose wrapped text needs more than one line
   * (see estimateRowHeights); rows not listed keep the spreadsheet's default height.
   */
  rowHeights?: Record<number, number>;
  /** Frozen rows/columns at the top-left. */
  freeze?: { rows: number; columns: number };
  formats?: PlanFormat[];
  merges?: string[];
  hyperlinks?: PlanHyperlink[];
  tables?: PlanTable[];
  conditionalFormats?: PlanConditionalFormat[];
  /** Charts; gateways that cannot draw charts (ExcelJS) fall back to data bars on dataRange. */
  charts?: PlanChart[];
  /** Printing: orientation, fit to width, paper, repeated header rows, header and footer. */
  pageSetup?: PlanPageSetup;
}

/** Text that a spreadsheet would take as a formula if written raw. */
export function looksLikeFormula(v: PlanValue): boolean {
  return typeof v === "string" && /^[=+\-@]/.test(v);
}

/** Excel keeps at most this many characters in a cell. */
export const MAX_CELL_TEXT = 32767;

/** Said where a text had to be cut at Excel's limit (never cut without a mark). */
export const CELL_CUT_MARK = "…（超出单元格长度，已截断 cut at Excel's cell limit）";

/**
 * A text as a cell can hold it: whole when it fits; else cut, on a whole character, with a mark saying
 * so. Both gateways write every plan text through this.
 */
export function fitCellText(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  let end = MAX_CELL_TEXT - CELL_CUT_MARK.length;
  // Never half a character beyond U+FFFF.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end) + CELL_CUT_MARK;
}

/** A quoted cell text longer than this is shortened inside a message. */
const LONG_QUOTE = 200;
/** …to this many characters and an ellipsis. */
const QUOTE_HEAD = 60;

/**
 * A message or fix with every very long quotation (“…” of an indicator's or a goal's whole cell text)
 * shortened to its first characters and “…”: a message says what is wrong whatever the cell holds, and
 * is never cut at the cell's limit for the sake of a quotation.
 */
export function shortenQuotes(text: string): string {
  if (text.length <= LONG_QUOTE) return text;
  return text.replace(/“([^“”]*)”/g, (whole, inner: string) => {
    if (inner.length <= LONG_QUOTE) return whole;
    let end = QUOTE_HEAD;
    const code = inner.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end--;
    return `“${inner.slice(0, end)}…”`;
  });
}

/** Excel's longest sheet name. */
const SHEET_NAME_MAX = 31;

/** `text` cut to at most `n` UTF-16 units, never between the two halves of a character beyond U+FFFF. */
function cutWhole(text: string, n: number): string {
  if (text.length <= n) return text;
  const code = text.charCodeAt(n - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}

/**
 * A name Excel takes: no []:*?/\, no apostrophe at either end (also after the cut to 31 characters), and
 * never "History", which Excel keeps for its change tracking (any case). A name of only such characters
 * becomes "Sheet".
 */
export function safeSheetName(name: string): string {
  const cleaned = cutWhole(name.replace(/[[\]:*?/\\]/g, "_").replace(/^'+/, ""), SHEET_NAME_MAX).replace(
    /'+$/,
    "",
  );
  if (cleaned.toLowerCase() === "history") return `${cleaned}_`;
  return cleaned || "Sheet";
}

/** A name not in `taken` (case-insensitive, as Excel compares): "校验结果", "校验结果 (2)", … */
export function uniqueSheetName(name: string, taken: Iterable<string>): string {
  const lower = new Set(Array.from(taken, (n) => n.toLowerCase()));
  const base = safeSheetName(name);
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = cutWhole(base, SHEET_NAME_MAX - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
