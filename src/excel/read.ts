/**
 * Reading a range into a Grid. The area is sized before any values travel: a selection is cut to
 * the used range (a whole-column selection reads only the filled rows), anything past Excel's
 * 5,000,000-cell limit gets a clear message, and values come in row blocks sized to stay under the
 * request limit. Number formats come with the values, so that a number reads as what it shows (95%, a
 * date) by the same rule as in an .xlsx file (core/shownNumber), in the workbook's own date system.
 */
import type { CellValue, Grid } from "../core/grid";
import { a1 } from "../core/grid";
import { shownNumber } from "../core/shownNumber";
import { isErrorValue } from "../core/text/target";
import { MAX_READ_CELLS, tooManyCells } from "./errors";
import { hiddenLines } from "./hidden";
import { REQUEST_LIMIT_BYTES, jsonBytes } from "./requestSize";

/** A rectangle by 0-based indexes, as Excel's rowIndex/columnIndex give it. */
export interface Area {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** The first block is small: it tells how many bytes a cell of this table takes. */
export const FIRST_BLOCK_CELLS = 5_000;

const EMPTY: Area = { rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 };

export function areaCells(a: Area): number {
  return a.rowCount * a.columnCount;
}

export function areaAddress(a: Area): string {
  if (areaCells(a) === 0) return a1(a.rowIndex + 1, a.columnIndex + 1);
  const tl = a1(a.rowIndex + 1, a.columnIndex + 1);
  const br = a1(a.rowIndex + a.rowCount, a.columnIndex + a.columnCount);
  return tl === br ? tl : `${tl}:${br}`;
}

export function intersect(a: Area, b: Area): Area {
  const top = Math.max(a.rowIndex, b.rowIndex);
  const left = Math.max(a.columnIndex, b.columnIndex);
  const bottom = Math.min(a.rowIndex + a.rowCount, b.rowIndex + b.rowCount);
  const right = Math.min(a.columnIndex + a.columnCount, b.columnIndex + b.columnCount);
  if (bottom <= top || right <= left) return { ...EMPTY, rowIndex: a.rowIndex, columnIndex: a.columnIndex };
  return { rowIndex: top, columnIndex: left, rowCount: bottom - top, columnCount: right - left };
}

/**
 * What to read: the used range when one cell is selected, else the selection cut to the used range.
 * `used` is null for an empty sheet.
 */
export function chooseReadArea(selection: Area, used: Area | null): Area {
  if (!used) return { ...EMPTY, rowIndex: selection.rowIndex, columnIndex: selection.columnIndex };
  if (areaCells(selection) === 1) return used;
  return intersect(selection, used);
}

/** Rows for the next block, from the bytes per cell seen so far (null before the first block). */
export function nextBlockRows(columns: number, bytesPerCell: number | null, remainingRows: number): number {
  const cells =
    bytesPerCell === null ? FIRST_BLOCK_CELLS : Math.floor(REQUEST_LIMIT_BYTES / Math.max(bytesPerCell, 1));
  return Math.max(1, Math.min(remainingRows, Math.floor(cells / Math.max(columns, 1))));
}

/**
 * Excel's values for one block → grid rows: "" (an empty cell) becomes null, and so does an error value,
 * which Excel gives as its text (#REF!, #N/A): never a name, a goal or a target, it is listed in `errors`
 * (block-relative [row, column, text]) for the parser to name, as the .xlsx gateway does.
 */
export function toGridRows(
  values: unknown[][],
  formulas: unknown[][] | null,
): {
  values: CellValue[][];
  formulas: boolean[][];
  errors: [number, number, string][];
} {
  const outValues: CellValue[][] = [];
  const outFormulas: boolean[][] = [];
  const errors: [number, number, string][] = [];
  values.forEach((row, r) => {
    outValues.push(
      row.map((v, c) => {
        if (v === "" || v === null || v === undefined) return null;
        if (typeof v === "string") {
          if (isErrorValue(v)) {
            errors.push([r, c, v.trim()]);
            return null;
          }
          return v;
        }
        return typeof v === "number" || typeof v === "boolean" ? v : String(v);
      }),
    );
    const fr = formulas?.[r];
    outFormulas.push(row.map((_v, c) => typeof fr?.[c] === "string" && (fr[c] as string).startsWith("=")));
  });
  return { values: outValues, formulas: outFormulas, errors };
}

/**
 * What each number cell of a block shows when its format changes the reading (see core/shownNumber),
 * or null when no cell of the block does. `numberFormat` is Excel's `range.numberFormat`; anything
 * else (a mock's missing property, an error string for an unloaded one) counts as no formats.
 */
export function shownTexts(
  values: CellValue[][],
  numberFormat: unknown,
  date1904 = false,
): (string | null)[][] | null {
  if (!Array.isArray(numberFormat)) return null;
  let any = false;
  const out = values.map((row, r) => {
    const formats: unknown = numberFormat[r];
    return row.map((v, c) => {
      const f = Array.isArray(formats) ? (formats[c] as unknown) : null;
      const shown = typeof v === "number" && typeof f === "string" ? shownNumber(v, f, date1904) : null;
      if (shown !== null) any = true;
      return shown;
    });
  });
  return any ? out : null;
}

/**
 * Whether the workbook counts dates from 1904 (Excel for Mac's old default), from
 * `Workbook.use1904DateSystem`. That property is still in Excel's preview API (in no numbered ExcelApi
 * set up to 1.21), so it is read only where this Office.js has it on the workbook object, in a sync of
 * its own: a host that refuses it costs that one sync, never the read. False where it is unknown, as
 * nearly every workbook counts from 1900.
 */
export function loadDate1904(context: Excel.RequestContext): Promise<boolean> {
  // A workbook-wide flag: asked once per Excel.run, however many areas that run reads.
  let known = DATE_1904.get(context);
  if (!known) {
    known = askDate1904(context);
    DATE_1904.set(context, known);
  }
  return known;
}
const DATE_1904 = new WeakMap<Excel.RequestContext, Promise<boolean>>();

async function askDate1904(context: Excel.RequestContext): Promise<boolean> {
  const workbook = context.workbook;
  if (!("use1904DateSystem" in workbook)) return false;
  try {
    workbook.load("use1904DateSystem");
    await context.sync();
    const flag: unknown = (workbook as { use1904DateSystem?: unknown }).use1904DateSystem;
    return flag === true;
  } catch {
    return false;
  }
}

/**
 * Reads `area` of `sheet` in row blocks: one sync per block, each block sized from the bytes per
 * cell of the blocks before it so that no response is much over the request limit. Numbers read in the
 * workbook's own date system (see loadDate1904).
 * `hiddenToo: false` skips asking which rows and columns are hidden (the 清理日志 hides its restore column
 * on purpose; nothing is reported of it).
 */
export async function readArea(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  area: Area,
  options: { hiddenToo?: boolean } = {},
): Promise<Grid> {
  const hiddenToo = options.hiddenToo ?? true;
  const grid: Grid = {
    sheet: sheetName,
    top: area.rowIndex + 1,
    left: area.columnIndex + 1,
    values: [],
    formulas: [],
  };
  if (areaCells(area) === 0) return grid;
  if (areaCells(area) > MAX_READ_CELLS) throw tooManyCells(areaCells(area), areaAddress(area));
  const date1904 = await loadDate1904(context);
  if (date1904) grid.date1904 = true;
  // Whether any row or column of the area is hidden: asked with the first block, no sync of its own.
  const whole = sheet.getRangeByIndexes(area.rowIndex, area.columnIndex, area.rowCount, area.columnCount);
  if (hiddenToo) whole.load("rowHidden,columnHidden");
  // Shown texts per block, kept only for blocks that have some (most tables have none at all).
  const shown: { at: number; rows: (string | null)[][] }[] = [];
  let done = 0;
  let bytesPerCell: number | null = null;
  while (done < area.rowCount) {
    const rows = nextBlockRows(area.columnCount, bytesPerCell, area.rowCount - done);
    const block = sheet.getRangeByIndexes(area.rowIndex + done, area.columnIndex, rows, area.columnCount);
    block.load("values,formulas,numberFormat");
    // One sync per block is the point of reading in blocks: each response stays under the limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const part = toGridRows(block.values, block.formulas);
    for (const [r, c, text] of part.errors) (grid.errors ??= []).push([done + r, c, text]);
    grid.values.push(...part.values);
    grid.formulas?.push(...part.formulas);
    const formats: unknown = block.numberFormat;
    const texts = shownTexts(part.values, formats, date1904);
    if (texts) shown.push({ at: done, rows: texts });
    const seen =
      jsonBytes(block.values) + jsonBytes(block.formulas) + (Array.isArray(formats) ? jsonBytes(formats) : 0);
    const perCell = seen / (rows * area.columnCount);
    bytesPerCell = Math.max(bytesPerCell ?? 0, perCell * 1.25);
    done += rows;
  }
  if (shown.length > 0) grid.texts = fillTexts(grid.values, shown);
  if (!hiddenToo) return grid;
  const rows = await hiddenLines(context, sheet, area, "rows", whole.rowHidden);
  const columns = await hiddenLines(context, sheet, area, "columns", whole.columnHidden);
  if (rows.length + columns.length > 0) grid.hidden = { rows, columns };
  return grid;
}

/** The grid's texts from the blocks that have some: null for every cell of the others. */
function fillTexts(
  values: CellValue[][],
  blocks: { at: number; rows: (string | null)[][] }[],
): (string | null)[][] {
  const texts: (string | null)[][] = values.map((row) => new Array<string | null>(row.length).fill(null));
  for (const b of blocks) b.rows.forEach((row, i) => (texts[b.at + i] = row));
  return texts;
}

/** Loads the position of a range (for sizing before reading). */
export function loadArea(range: Excel.Range): void {
  range.load("address,rowIndex,columnIndex,rowCount,columnCount");
}

export function areaOf(range: Excel.Range): Area {
  return {
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
  };
}
