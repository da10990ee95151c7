/**
 * The grid: a rectangle of cell values as Excel's `range.values` and ExcelJS give them.
 * Every stage after this one works on plain data, never on a workbook.
 */

/** One cell value. Dates arrive as Excel serial numbers (as `range.values` gives them). */
export type CellValue = string | number | boolean | null;

export interface Grid {
  /** Worksheet name. */
  sheet: string;
  /** 1-based sheet row of `values[0]`. */
  top: number;
  /** 1-based sheet column of `values[r][0]`. */
  left: number;
  /** Row-major values; rows may be ragged, missing cells read as null. */
  values: CellValue[][];
  /** Optional mask: true where the cell holds a formula (cleanup never touches those). */
  formulas?: boolean[][];
  /**
   * Optional: what numeric cells show through their number format (src/core/shownNumber.ts): "95%" for
   * 0.95 as 0%, "2023/12/31" for a date, "≥20" for "≥"General. The parser reads a number cell through
   * this when it is given; both gateways fill it.
   */
  texts?: (string | null)[][];
  /**
   * The workbook counts dates from 1904 (Excel for Mac's old default): a serial number in `values` is
   * 1,462 days less than the same date's 1900 serial. Both gateways set it; absent means 1900.
   */
  date1904?: boolean;
  /**
   * Formula cells the file holds no calculated result for (written by a program, never opened in
   * Excel): their value arrives as null, though Excel would show one. As [row, column] indexes into
   * `values`. Only the .xlsx gateway can meet them; Excel always calculates.
   */
  uncomputed?: [number, number][];
  /**
   * Cells holding an Excel error value (#REF!, #N/A, #DIV/0! — a formula that failed, or the value
   * typed), as [row, column, the error's text] indexes into `values`, where they arrive as null: an
   * error is never a name, a goal or a target. The parser names those inside a table. Set by the .xlsx
   * gateway; where a gateway gives the error as text instead, the parser tells it from a target's text.
   */
  errors?: [number, number, string][];
  /**
   * Rows and columns of the grid the officer does not see (1-based sheet numbers): hidden by hand
   * (`rows`, `columns`), or rows a filter leaves out (`filteredRows`, where the gateway can tell them
   * apart). They are read like the rest; the parser names those inside a table so that nothing read
   * comes as a surprise. Absent where the gateway cannot tell.
   */
  hidden?: { rows: number[]; filteredRows?: number[]; columns: number[] };
}

/** Days between the 1904 and the 1900 date systems' day zero. */
export const DAYS_1904 = 1462;

/** Column number (1-based) → letters: 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters → column number (1-based): A → 1. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A1 address of a 1-based sheet row and column. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** Parse "B7" → {row: 7, col: 2}; null when it is not an A1 address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** The last row and column of a sheet, as Excel counts them. */
const SHEET_ROWS = 1048576;
const SHEET_COLUMNS = 16384;

/**
 * Whole columns ("A:F", as the Name Box shows selected columns) or whole rows ("1:40"); null for
 * anything else. A reader clips them to the sheet's used area.
 */
function wholeLines(
  parts: readonly string[],
): { top: number; left: number; bottom: number; right: number } | null {
  if (parts.length !== 2) return null;
  const [a, b] = parts.map((p) => p.trim().replace(/\$/g, ""));
  if (/^[A-Za-z]{1,3}$/.test(a) && /^[A-Za-z]{1,3}$/.test(b)) {
    const [l, r] = [columnNumber(a), columnNumber(b)];
    return { top: 1, left: Math.min(l, r), bottom: SHEET_ROWS, right: Math.max(l, r) };
  }
  if (/^\d{1,7}$/.test(a) && /^\d{1,7}$/.test(b) && Number(a) > 0 && Number(b) > 0)
    return { top: Math.min(+a, +b), left: 1, bottom: Math.max(+a, +b), right: SHEET_COLUMNS };
  return null;
}

/** Parse "A1:F40" (or a single cell) → 1-based bounds; null when malformed. */
export function parseRange(
  range: string,
): { top: number; left: number; bottom: number; right: number } | null {
  // Typed with a Chinese input method: Ａ１：Ｆ４０ is A1:F40.
  const parts = range.normalize("NFKC").replace(/^.*!/, "").split(":");
  const whole = wholeLines(parts);
  if (whole) return whole;
  const a = parseA1(parts[0] ?? "");
  const b = parseA1(parts[1] ?? parts[0] ?? "");
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** A cell's value as text, the way an officer reads it. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  // 120.00000000000001 (a formula's result) is 120 to Excel, which keeps 15 significant digits.
  if (typeof v === "number")
    return Number.isFinite(v) ? String(Number.isInteger(v) ? v : Number(v.toPrecision(15))) : "";
  return v ? "TRUE" : "FALSE";
}

export function cellAt(grid: Grid, r: number, c: number): CellValue {
  const row = grid.values[r];
  if (!row) return null;
  const v = row[c];
  return v === undefined ? null : v;
}

export function gridWidth(grid: Grid): number {
  let w = 0;
  for (const row of grid.values) if (row.length > w) w = row.length;
  return w;
}
