/**
 * Where the table is: its header row and the repeated header rows inside it. Uses the parser's table
 * detection when it finds a table; otherwise a small local detector by header names.
 */
import type { Grid } from "../grid";
import { cellAt, cellText, gridWidth, parseA1 } from "../grid";
import { parseGrid } from "../parse";
import type { ParseResult } from "../record";
import { flattenedHeader } from "../table/layout";

export interface TableScope {
  /** 1-based sheet row of the header row; null when no header was recognised (the whole grid is used). */
  headerRow: number | null;
  /** 1-based sheet rows of the table's rows from the header down (or every row of the grid). */
  firstRow: number;
  lastRow: number;
  /** Repeated header rows inside the table (1-based sheet rows). */
  repeatedHeaderRows: number[];
  /**
   * The copies of a header of two rows (指标值 merged over 2025年 | 2026年 | 2027年): the rows of each copy,
   * all in repeatedHeaderRows. Such a copy goes whole or stays whole.
   */
  headerCopies?: number[][];
  /**
   * Repeated header rows (in repeatedHeaderRows) that open a table of their own: under a title row of
   * their own (项目二：垃圾分类提升) after an empty row, as tables are stacked on one sheet. Offered, never
   * removed by default: a page break leaves no title of another name over its copy.
   */
  newTables?: number[];
  /**
   * Repeated header rows (in repeatedHeaderRows) under another project's form fields (项目名称 | 乙项目,
   * 年度目标 | …) read between the table's last indicator and the copy: a second form stacked on the sheet,
   * whose own header it is (round 202). Offered, never removed by default, as newTables.
   */
  newForms?: number[];
  /**
   * The cells the text rules may edit, as 1-based sheet rows and columns: each table from its header row
   * to its last row read (and the 合计 rows right under it), within its header's columns. Footers, notes below the table and cells right of
   * the header are the officer's, not the table's. Absent: every cell from firstRow to lastRow.
   */
  areas?: CellArea[];
}

export interface CellArea {
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

/** Whether a cell lies in the scope's areas (or, without areas, in its rows). */
export function inScope(scope: TableScope, row: number, column: number): boolean {
  if (row < scope.firstRow || row > scope.lastRow) return false;
  return (
    !scope.areas ||
    scope.areas.some(
      (a) => row >= a.firstRow && row <= a.lastRow && column >= a.firstColumn && column <= a.lastColumn,
    )
  );
}

/** The first and last filled column of a row (1-based sheet columns), or null when it is empty. */
function filledColumns(grid: Grid, r: number): [number, number] | null {
  const texts = rowTexts(grid, r);
  const filled = texts.map((t, c) => (t !== "" ? c : -1)).filter((c) => c >= 0);
  return filled.length ? [grid.left + filled[0], grid.left + filled[filled.length - 1]] : null;
}

/**
 * A table's area: its header row to the range's last row, within the header's filled columns — of both
 * its rows when the header is written in two (指标值 merged over 2025年 | 2026年 | 2027年: the merged cell's
 * other columns read blank in its row, the row under it names them).
 */
function areaOf(
  grid: Grid,
  headerRow: number,
  range: string,
  read: ParseResult,
  rowsRead: ReadonlySet<number>,
): CellArea | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (!m) return null;
  const h = headerRow - grid.top;
  const { below, above } = headerCompanions(grid, h, rowsRead);
  const spans = [
    filledColumns(grid, h),
    below ? filledColumns(grid, h + 1) : null,
    above ? filledColumns(grid, h - 1) : null,
  ].filter((x): x is [number, number] => x !== null);
  const first = parseA1(`${m[1]}${m[2]}`);
  const last = parseA1(`${m[3]}${m[4]}`);
  if (!first || !last) return null;
  const [firstColumn, lastColumn] = spans.length
    ? [Math.min(...spans.map((x) => x[0])), Math.max(...spans.map((x) => x[1]))]
    : [first.col, last.col];
  const lastRow = totalsBelow(grid, Math.max(last.row, headerRow), firstColumn, lastColumn);
  return {
    firstRow: headerRow,
    lastRow,
    firstColumn,
    lastColumn: spans.length ? filledUnderTarget(grid, lastColumn, headerRow, lastRow, read) : lastColumn,
  };
}

/** A row's first cell naming it a total: 合计, 小计, 总计, 共计, 资金合计, 总计：. */
const TOTAL_LABEL = /^[^\d]{0,6}(?:合计|小计|总计|共计)(?:[:：(][^\d]*)?$|^(?:合计|小计|总计|共计)(?!划)/;

/**
 * The table's last row, taking in the 合计/小计/总计 rows right under it (no empty row between): they are
 * part of the table the officer sees, though no indicator is read from them. A row is one when its first
 * filled cell within the table's columns names a total.
 */
function totalsBelow(grid: Grid, lastRow: number, firstColumn: number, lastColumn: number): number {
  let row = lastRow;
  for (let r = row + 1 - grid.top; r < grid.values.length; r++) {
    let first = "";
    for (let c = firstColumn - grid.left; c <= lastColumn - grid.left && !first; c++)
      first = normalizeHeader(cellText(cellAt(grid, r, c)));
    if (!TOTAL_LABEL.test(first)) break;
    row = grid.top + r;
  }
  return row;
}

/** A header cell over the targets, which a merge may spread over the columns to its right. */
const TARGET_HEADER = /(?:指标值|目标值)(?:\(.*\))?$/;

/**
 * The table's last column, taking in the columns right of a last header cell over the targets (指标值
 * merged over D:F in one row, its other parts blank) that the table's rows fill: each filled in at least
 * half of the rows an indicator was read from, and in two at least. A column of notes now and then
 * right of the table stays outside.
 */
function filledUnderTarget(
  grid: Grid,
  lastColumn: number,
  headerRow: number,
  lastRow: number,
  read: ParseResult,
): number {
  const h = headerRow - grid.top;
  if (!TARGET_HEADER.test(normalizeHeader(cellText(cellAt(grid, h, lastColumn - grid.left)))))
    return lastColumn;
  const rows = [
    ...new Set(
      read.indicators
        .filter((i) => i.sheet === grid.sheet && i.row > headerRow && i.row <= lastRow)
        .map((i) => i.row - grid.top),
    ),
  ];
  const need = Math.max(2, Math.ceil(rows.length / 2));
  let column = lastColumn;
  for (let c = lastColumn + 1 - grid.left; c < gridWidth(grid); c++) {
    if (cellText(cellAt(grid, h, c)).trim() !== "") break;
    const filled = rows.filter((r) => cellText(cellAt(grid, r, c)).trim() !== "").length;
    if (filled < need) break;
    column = grid.left + c;
  }
  return column;
}

export const HEADER_NAMES = [
  "主管部门",
  "预算单位",
  "项目名称",
  "绩效目标",
  "绩效指标",
  "一级指标",
  "二级指标",
  "三级指标",
  "指标值",
  "指标内容",
  "年度指标值",
  "计量单位",
  "指标性质",
  "指标方向",
  "权重",
  "评(扣)分标准",
  "评分标准",
  "部门名称",
  "单位名称",
  "实施单位",
  "项目单位",
];

/** Header text without spaces and with half-width brackets, so "绩效 指标" and "评（扣）分标准" match. */
export function normalizeHeader(text: string): string {
  return text
    .replace(/[\s\u00A0\u3000\u200B-\u200D\uFEFF]/g, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")");
}

function isHeaderName(text: string): boolean {
  const t = normalizeHeader(text);
  if (!t) return false;
  return HEADER_NAMES.some((h) => t === h || (t.length <= 10 && t.includes(h)));
}

function rowTexts(grid: Grid, r: number): string[] {
  const w = gridWidth(grid);
  const out: string[] = [];
  for (let c = 0; c < w; c++) {
    const v = cellAt(grid, r, c);
    out.push(typeof v === "string" ? normalizeHeader(v) : cellText(v));
  }
  return out;
}

/** A page-break copy of the header: same texts in the same columns, nothing else, no formulas. */
function isCopyOfHeader(grid: Grid, r: number, header: string[], minFilled = 2): boolean {
  if (r < 0 || r >= grid.values.length) return false;
  const texts = rowTexts(grid, r);
  let filled = 0;
  for (let c = 0; c < Math.max(texts.length, header.length); c++) {
    const t = texts[c] ?? "";
    if (t !== (header[c] ?? "")) return false;
    if (t) filled++;
    if (grid.formulas?.[r]?.[c]) return false;
    const v = cellAt(grid, r, c);
    if (v !== null && typeof v !== "string") return false;
  }
  return filled >= minFilled;
}

/**
 * A copy of the header inside a column merged down the table (一级指标 merged over A4:A11, the copy at row
 * 9): the merged cell's part in the copy reads blank, the rest is the header's. At most two of the
 * header's cells are blank in it, at least three are there; nothing else is written in it.
 */
function isCopyUnderMerge(grid: Grid, r: number, header: string[]): boolean {
  const texts = rowTexts(grid, r);
  const blanked = header.map((t, c) => (t !== "" && (texts[c] ?? "") === "" ? "" : t));
  const missing = header.filter((t, c) => t !== blanked[c]).length;
  const there = blanked.filter((t) => t !== "").length;
  return missing > 0 && missing <= 2 && there >= 3 && isCopyOfHeader(grid, r, blanked, 3);
}

/**
 * The other row of a header written in two (grid row indexes): the row under the header when it names
 * the target's sub-columns (指标值 over 2025年 | 2026年 | 2027年) and no indicator was read from it, or the
 * row over it when it holds header names (绩效指标 over 一级指标 | 二级指标 | 三级指标).
 */
function headerCompanions(
  grid: Grid,
  h: number,
  rowsRead: ReadonlySet<number>,
): { below?: string[]; above?: string[] } {
  const header = rowTexts(grid, h);
  const plain = (r: number) => {
    if (r < 0 || r >= grid.values.length || rowsRead.has(grid.top + r)) return false;
    const texts = rowTexts(grid, r);
    const filled = texts.filter((t) => t !== "");
    return (
      filled.length > 0 &&
      filled.every(isSubHeaderLabel) &&
      isCopyOfHeader(grid, r, texts, 1) &&
      !isCopyOfHeader(grid, r, header)
    );
  };
  const out: { below?: string[]; above?: string[] } = {};
  if (plain(h + 1)) out.below = rowTexts(grid, h + 1);
  if (plain(h - 1) && rowTexts(grid, h - 1).some(isHeaderName)) out.above = rowTexts(grid, h - 1);
  return out;
}

/**
 * What a header's other row holds: header names, years (2025年, 2025年度), a sub-column's label, or the
 * name of a column merged over both rows (序号, 备注, 说明 beside 绩效指标 over 一级 | 二级 | 三级).
 */
const SUB_HEADER_LABEL =
  /^(?:序号|备注|说明)$|^(?:(?:19|20)\d{2}年?度?|第?[一二三四五]年度?)(?:指标值|目标值|目标|指标)?$|^(?:年度|中期|长期|实施期|预期|计划|实际)?(?:指标值|目标值|实现值|完成值|绩效指标|绩效目标|目标|指标)$|^(?:下限|上限|符号|数值|单位|度量单位|计量单位|比较符号?)$/;

function isSubHeaderLabel(text: string): boolean {
  return isHeaderName(text) || SUB_HEADER_LABEL.test(text);
}

/**
 * Each repeated header row with the copy of the header's other row beside it, when the header is written
 * in two rows and the copy repeats both: removing only one would leave the other to be read as data.
 */
function twoRowCopies(
  grid: Grid,
  headerRow: number,
  repeated: readonly number[],
  rowsRead: ReadonlySet<number>,
): number[][] {
  const { below, above } = headerCompanions(grid, headerRow - grid.top, rowsRead);
  const taken = new Set(repeated);
  return repeated.map((row) => {
    const rows = [row];
    const r = row - grid.top;
    if (below && !taken.has(row + 1) && isCopyOfHeader(grid, r + 1, below, 1)) rows.push(row + 1);
    if (above && !taken.has(row - 1) && row - 1 > headerRow && isCopyOfHeader(grid, r - 1, above, 1))
      rows.unshift(row - 1);
    return rows;
  });
}

/**
 * Copies of a header written in two rows, repeated as one row (table/layout.ts flattenedHeader; the
 * parser reads such a copy as a repeat of the header too).
 */
function flattenedCopies(grid: Grid, headerRow: number, rowsRead: ReadonlySet<number>): number[] {
  const h = headerRow - grid.top;
  const { below, above } = headerCompanions(grid, h, rowsRead);
  const flat = flattenedHeader(rowTexts(grid, h), { below, above });
  if (!flat) return [];
  const out: number[] = [];
  for (let r = h + (below ? 2 : 1); r < grid.values.length; r++)
    if (isCopyOfHeader(grid, r, flat, 3)) out.push(grid.top + r);
  return out;
}

/** （续）, 续表, 续上表: the same table going on after a page break; a page's number. */
const CONTINUED = /续|^\s*(?:第\s*\d+\s*页|[-—]\s*\d+\s*[-—]\s*$)/;

/**
 * Whether the header copy starting at sheet row `row` opens a table of its own: the row above holds one
 * text alone (a title, merged across or not) that is no 续表 and no line of the rows above the header
 * (a page's title repeated), and the row above that is empty.
 */
function opensOwnTable(grid: Grid, headerRow: number, row: number): boolean {
  const r = row - grid.top;
  if (row - 2 <= headerRow) return false;
  const title = [...new Set(rowTexts(grid, r - 1).filter((t) => t !== ""))];
  if (title.length !== 1 || CONTINUED.test(title[0])) return false;
  if (rowTexts(grid, r - 2).some((t) => t !== "")) return false;
  for (let above = 0; above < headerRow - grid.top; above++)
    if (rowTexts(grid, above).includes(title[0])) return false;
  return true;
}

function localScope(grid: Grid): TableScope {
  const last = grid.top + grid.values.length - 1;
  let headerIndex = -1;
  for (let r = 0; r < grid.values.length && headerIndex < 0; r++) {
    const names = rowTexts(grid, r).filter(isHeaderName).length;
    if (names >= 2) headerIndex = r;
  }
  if (headerIndex < 0) return { headerRow: null, firstRow: grid.top, lastRow: last, repeatedHeaderRows: [] };
  const header = rowTexts(grid, headerIndex);
  const repeated: number[] = [];
  for (let r = headerIndex + 1; r < grid.values.length; r++)
    if (isCopyOfHeader(grid, r, header) || isCopyUnderMerge(grid, r, header)) repeated.push(grid.top + r);
  const [firstColumn, lastColumn] = filledColumns(grid, headerIndex) as [number, number];
  const newTables = repeated.filter((row) => opensOwnTable(grid, grid.top + headerIndex, row));
  return {
    headerRow: grid.top + headerIndex,
    firstRow: grid.top + headerIndex,
    lastRow: last,
    repeatedHeaderRows: repeated,
    ...(newTables.length ? { newTables } : {}),
    areas: [{ firstRow: grid.top + headerIndex, lastRow: last, firstColumn, lastColumn }],
  };
}

/**
 * The table in the grid: the parser's first table when it finds one, else the local detector. `read`:
 * the grid's parse when the caller has it already (the command line parses the sheet to find it).
 */
export function locateTable(grid: Grid, read?: ParseResult): TableScope {
  const local = localScope(grid);
  let tables;
  let parse: ParseResult | undefined;
  try {
    parse = read ?? parseGrid(grid);
    tables = parse.tables.filter((t) => t.sheet === grid.sheet && t.headerRow !== null);
  } catch {
    tables = undefined; // a parser failure must not stop cleanup
  }
  const parsed = tables?.[0];
  if (!tables || !parse || !parsed || parsed.headerRow === null) return local;
  const headerRow = parsed.headerRow;
  const header = rowTexts(grid, headerRow - grid.top);
  // Remove only rows that really are copies of the header, whatever the parser skipped.
  const single = parsed.repeatedHeaderRows.filter((row) => isCopyOfHeader(grid, row - grid.top, header));
  for (const row of local.repeatedHeaderRows) if (row > headerRow && !single.includes(row)) single.push(row);
  // The sheet rows an indicator was read from (headerCompanions).
  const rowsRead = new Set(
    parse.indicators.filter((i) => i.sheet === grid.sheet).map((i) => parseA1(i.cell)?.row ?? 0),
  );
  for (const row of flattenedCopies(grid, headerRow, rowsRead)) if (!single.includes(row)) single.push(row);
  single.sort((a, b) => a - b);
  const copies = twoRowCopies(grid, headerRow, single, rowsRead);
  const repeated = copies.flat();
  const newTables = copies.filter((c) => opensOwnTable(grid, headerRow, c[0])).flat();
  const readInOrder = copies.length ? [...rowsRead].sort((p, q) => p - q) : [];
  const newForms = copies.filter((c) => formOpensAbove(parse, grid.sheet, readInOrder, c[0])).flat();
  const areas = tables
    .map((t) => areaOf(grid, t.headerRow as number, t.range, parse, rowsRead))
    .filter((a): a is CellArea => a !== null);
  const goals = areas.length ? formGoalsAbove(grid, parse, headerRow) : [];
  return {
    headerRow,
    firstRow: Math.min(headerRow, ...goals.map((g) => g.firstRow)),
    lastRow: local.lastRow,
    repeatedHeaderRows: repeated,
    ...(copies.some((c) => c.length > 1) ? { headerCopies: copies.filter((c) => c.length > 1) } : {}),
    ...(newTables.length ? { newTables } : {}),
    ...(newForms.length ? { newForms } : {}),
    ...(areas.length ? { areas: [...areas, ...goals] } : {}),
  };
}

/**
 * Whether a project the parser read starts between the table's last indicator row above the header copy at
 * `row` and the copy itself: its form fields (项目名称 | 乙项目, 年度目标 | …) stand over the copy, which is
 * that form's own header, not one a page break repeated. In a packed table each project's row holds its
 * indicators, so no project starts in such a gap.
 */
function formOpensAbove(
  parse: ParseResult,
  sheet: string,
  readInOrder: readonly number[],
  row: number,
): boolean {
  const last = lastBefore(readInOrder, row);
  return last !== null && parse.projects.some((p) => p.sheet === sheet && p.row > last && p.row < row);
}

/** The greatest of the ascending `rows` below `row`, or null: a binary search, asked once per header copy. */
function lastBefore(rows: readonly number[], row: number): number | null {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid] < row) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? rows[lo - 1] : null;
}

/**
 * A form's 年度目标 / 绩效目标 cell above its indicators' header (round 202, 承德: `年度目标 | 完成防沙治沙 2 万亩
 * 。。`): the project's goal the parser read, cleaned as a packed table's 绩效目标 column is — that cell alone,
 * never the form's title, names or labels around it.
 */
function formGoalsAbove(grid: Grid, parse: ParseResult, headerRow: number): CellArea[] {
  const out: CellArea[] = [];
  for (const p of parse.projects) {
    const at = p.sheet === grid.sheet && p.goalCell ? parseA1(p.goalCell) : null;
    if (!at || at.row >= headerRow || at.row < grid.top) continue;
    out.push({ firstRow: at.row, lastRow: at.row, firstColumn: at.col, lastColumn: at.col });
  }
  return out;
}
