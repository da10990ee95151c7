/**
 * Reading .xlsx files into grids with ExcelJS, giving values exactly as Excel's `range.values` would:
 * dates as serial numbers (the workbook's own: in a 1904 workbook 1,462 less), formulas as their cached
 * results, rich text as plain text; and, where a number's format changes its reading (a percentage, a
 * date), what the cell shows (core/shownNumber). Formulas saved without a result are listed in
 * `Grid.uncomputed`. No Node APIs here (the browser preview uses it too): loading files from disk is in
 * files.ts.
 */
import type ExcelJS from "exceljs";
import type { CellValue, Grid } from "../core/grid";
import { DAYS_1904, parseA1, parseRange } from "../core/grid";
import { shownNumber } from "../core/shownNumber";
import { UserError } from "../cli/io";

const MS_PER_DAY = 86400000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A JS Date (as ExcelJS gives it, in UTC) → Excel serial number. */
export function dateToSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH) / MS_PER_DAY;
}

/** Whether the workbook counts dates from 1904 (Excel for Mac's old default). */
export function isDate1904(wb: ExcelJS.Workbook | undefined): boolean {
  return wb?.properties?.date1904 === true;
}

export interface ReadCellValue {
  value: CellValue;
  /** The cell holds a formula. */
  formula: boolean;
  /** A formula saved without its result (the file was written by a program, never opened in Excel). */
  uncomputed: boolean;
  /** The value is an Excel error value (#REF!, #N/A …), given as its text in `value`. */
  error?: true;
}

/**
 * One ExcelJS cell value → a grid value, plus whether it was a formula. ExcelJS gives a date cell as a
 * JS Date of the real day; in a workbook of the 1904 date system (`date1904`) the serial is the
 * workbook's own, 1,462 days less than the 1900 one, as Excel's range.values gives it.
 */
export function toCellValue(v: ExcelJS.CellValue, date1904 = false): ReadCellValue {
  if (v === null || v === undefined) return { value: null, formula: false, uncomputed: false };
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean")
    return { value: v, formula: false, uncomputed: false };
  if (v instanceof Date)
    return { value: dateToSerial(v) - (date1904 ? DAYS_1904 : 0), formula: false, uncomputed: false };
  const o = v as unknown as Record<string, unknown>;
  if (Array.isArray(o.richText))
    return {
      value: (o.richText as { text: string }[]).map((t) => t.text).join(""),
      formula: false,
      uncomputed: false,
    };
  if ("formula" in o || "sharedFormula" in o) {
    const result = o.result;
    if (result === undefined || result === null) return { value: null, formula: true, uncomputed: true };
    const inner = toCellValue(result as ExcelJS.CellValue, date1904);
    return { value: inner.value, formula: true, uncomputed: false, ...(inner.error ? { error: true } : {}) };
  }
  if ("text" in o && "hyperlink" in o) {
    const t = o.text as unknown;
    if (typeof t === "string") return { value: t, formula: false, uncomputed: false };
    return toCellValue(t as ExcelJS.CellValue, date1904);
  }
  if ("error" in o) return { value: String(o.error), formula: false, uncomputed: false, error: true };
  return { value: null, formula: false, uncomputed: false };
}

/** The sheet that was active when the file was saved (the first if unknown). */
export function activeWorksheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const views = (wb as unknown as { views?: { activeTab?: number }[] }).views;
  const tab = views?.[0]?.activeTab;
  const sheets = wb.worksheets.filter((ws) => ws.state !== "hidden" && ws.state !== "veryHidden");
  if (typeof tab === "number" && wb.worksheets[tab]) return wb.worksheets[tab];
  return sheets[0] ?? wb.worksheets[0];
}

/** A sheet name as Excel compares names (case-insensitively), with full-width letters and digits as ASCII. */
function looseName(name: string): string {
  return name.normalize("NFKC").trim().toLowerCase();
}

/**
 * The sheet `name` names: exactly, else trimmed, else as Excel compares names (case does not count, so
 * --sheet sheet1 is Sheet1) or typed with the other width (表1 for 表１). A loose match is taken only when
 * one sheet has it; undefined otherwise.
 */
function sheetNamed(sheets: readonly ExcelJS.Worksheet[], name: string): ExcelJS.Worksheet | undefined {
  const exact = sheets.find((w) => w.name === name) ?? sheets.find((w) => w.name.trim() === name.trim());
  if (exact) return exact;
  const loose = sheets.filter((w) => looseName(w.name) === looseName(name));
  return loose.length === 1 ? loose[0] : undefined;
}

export function findWorksheet(wb: ExcelJS.Workbook, name: string | undefined): ExcelJS.Worksheet {
  if (name === undefined) {
    const ws = activeWorksheet(wb);
    if (!ws) throw new UserError("工作簿中没有工作表。", "The workbook has no worksheets.");
    return ws;
  }
  const ws = sheetNamed(wb.worksheets, name);
  if (!ws) {
    const names = wb.worksheets.map((w) => w.name).join("、");
    throw new UserError(
      `找不到工作表“${name}”。现有工作表：${names}`,
      `No sheet named "${name}". Sheets: ${names}`,
    );
  }
  return ws;
}

/** The used range of a worksheet (or an A1 range within it) as a grid. */
export function worksheetToGrid(ws: ExcelJS.Worksheet, range?: string): Grid {
  let top = 1;
  let left = 1;
  let bottom = ws.rowCount;
  let right = ws.columnCount;
  if (range) {
    const r = parseRange(range);
    if (!r)
      throw new UserError(
        `区域格式不正确：${range}（应如 A1:F40）`,
        `Malformed range: ${range} (expected e.g. A1:F40)`,
      );
    ({ top, left, bottom, right } = r);
    // A whole sheet or whole columns (A1:XFD1048576, copied from the Name Box) cost only what the sheet
    // uses: nothing lies beyond its last used row and column, and reading a million empty rows would
    // exhaust the memory.
    bottom = Math.min(bottom, Math.max(ws.rowCount, top));
    right = Math.min(right, Math.max(ws.columnCount, left));
  }
  const date1904 = isDate1904(ws.workbook);
  const values: CellValue[][] = [];
  const formulas: boolean[][] = [];
  const texts: (string | null)[][] = [];
  const uncomputed: [number, number][] = [];
  const errors: [number, number, string][] = [];
  let anyText = false;
  for (let r = top; r <= bottom; r++) {
    const row = ws.getRow(r);
    const vals: CellValue[] = [];
    const fm: boolean[] = [];
    const tx: (string | null)[] = [];
    for (let c = left; c <= right; c++) {
      const cell = row.getCell(c);
      // A merged cell's followers repeat the master's value in ExcelJS; Excel gives blanks there. A merge
      // cut by the area's top or left edge (--range B3:F40 through a merge from A2) has its master outside:
      // its first cell inside the area takes the master's value, or the value would be lost.
      const master = cell.isMerged ? cell.master : cell;
      const isFollower = master !== cell && !firstInsideOfCut(master, r, c, top, left);
      const read = isFollower ? null : toCellValue(master.value, date1904);
      // An error value (#REF!, #N/A) is no text: read as blank, and listed so that the parser says it.
      if (read?.error) errors.push([r - top, c - left, String(read.value)]);
      const value = read?.error ? null : (read?.value ?? null);
      vals.push(value);
      fm.push(read?.formula ?? false);
      if (read?.uncomputed) uncomputed.push([r - top, c - left]);
      // What the cell shows when its format changes the reading (95%, a date): decided in core.
      const shown = typeof value === "number" ? shownNumber(value, master.numFmt, date1904) : null;
      if (shown !== null) anyText = true;
      tx.push(shown);
    }
    values.push(vals);
    formulas.push(fm);
    texts.push(tx);
  }
  const grid: Grid = { sheet: ws.name, top, left, values, formulas };
  if (anyText) grid.texts = texts;
  if (date1904) grid.date1904 = true;
  if (uncomputed.length > 0) grid.uncomputed = uncomputed;
  if (errors.length > 0) grid.errors = errors;
  // Rows and columns the officer does not see: the parser names those it reads inside a table.
  const hidden = hiddenParts(ws, { top, left, bottom, right });
  if (hidden.rows.length + hidden.filteredRows.length + hidden.columns.length > 0) grid.hidden = hidden;
  return grid;
}

/**
 * Whether the cell at (r, c) is where a merge whose master lies above or left of the area (top, left)
 * first shows inside it: the merge's top-left corner cut to the area.
 */
function firstInsideOfCut(master: ExcelJS.Cell, r: number, c: number, top: number, left: number): boolean {
  const mr = Number(master.row);
  const mc = Number(master.col);
  if (mr >= top && mc >= left) return false;
  return r === Math.max(mr, top) && c === Math.max(mc, left);
}

/** Rows and columns of a sheet the officer does not see: hidden by hand, or rows a filter hides. */
export interface HiddenParts {
  /** 1-based rows hidden by hand. */
  rows: number[];
  /** 1-based rows hidden inside the sheet's filter range (rows a filter left out). */
  filteredRows: number[];
  /** 1-based columns hidden. */
  columns: number[];
}

/** The hidden rows and columns of `ws` within `bounds` (default: the used range). */
export function hiddenParts(
  ws: ExcelJS.Worksheet,
  bounds?: { top: number; left: number; bottom: number; right: number },
): HiddenParts {
  const top = bounds?.top ?? 1;
  const bottom = bounds?.bottom ?? ws.rowCount;
  const left = bounds?.left ?? 1;
  const right = bounds?.right ?? ws.columnCount;
  const filter = filterRange(ws);
  const out: HiddenParts = { rows: [], filteredRows: [], columns: [] };
  for (let r = top; r <= bottom; r++) {
    if (!ws.getRow(r).hidden) continue;
    if (filter && r > filter.top && r <= filter.bottom) out.filteredRows.push(r);
    else out.rows.push(r);
  }
  for (let c = left; c <= right; c++) if (ws.getColumn(c).hidden) out.columns.push(c);
  return out;
}

/** The rows of the sheet's filter (header row first), or null when it has none. */
function filterRange(ws: ExcelJS.Worksheet): { top: number; bottom: number } | null {
  const f = ws.autoFilter as unknown;
  if (typeof f === "string") {
    const r = parseRange(f);
    return r ? { top: r.top, bottom: r.bottom } : null;
  }
  if (!f || typeof f !== "object") return null;
  const { from, to } = f as { from?: unknown; to?: unknown };
  const rowOf = (end: unknown): number | null =>
    typeof end === "string"
      ? (parseA1(end)?.row ?? null)
      : end && typeof end === "object" && typeof (end as { row?: unknown }).row === "number"
        ? (end as { row: number }).row
        : null;
  const top = rowOf(from);
  const bottom = rowOf(to);
  return top !== null && bottom !== null ? { top, bottom } : null;
}
