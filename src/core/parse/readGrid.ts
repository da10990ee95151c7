/**
 * The one pass over a grid's rows: header rows start (or repeat) a table, context rows (项目名称 | 值) set
 * the project of a form-style block, data rows yield indicators. When no header is found, pasted lines
 * and cells of indicator text are tried.
 */
import { budgetColumnOf, budgetSums, formBudget, type BudgetColumn } from "../table/budgetColumn";
import { columnLetters, type Grid, gridWidth } from "../grid";
import { districtOf } from "../table/district";
import { type IndicatorRecord, type ParseResult, type ProjectInfo } from "../record";
import { categoryOfLabel } from "../text/categories";
import { canon, trimSpaces } from "../text/chars";
import { parseTarget } from "../text/target";
import { joinWraps } from "../text/item/names";
import {
  categoryColumnsHoldWords,
  goalsHoldIndicators,
  statesIndicators,
  namesInLevel2Column,
  comparatorColumnByContent,
  valuesBesideComparators,
  unitsInDepartmentColumn,
  officesInUnitColumn,
  sideGroupsHoldOthers,
  splitGoal,
  withoutNumbering,
  INDICATOR_TEXT,
} from "../table/columns";
import {
  blockTerm,
  captionTerm,
  categoryLabelsUnder,
  codeUnder,
  firstNonEmpty,
  hasIndicatorContent,
  isCaptionRow,
  isFooterRow,
  isIndicatorColumn,
  isMoneyRow,
  isOutsideColumns,
  isPageMarkRow,
  namesOrganisation,
  signedFooterUnit,
  soleCell,
  subHeaderPlaces,
  subHeaderHalves,
  subHeaderRoles,
  subHeaderTarget,
  wordsUnderTarget,
} from "../table/rowKinds";
import { placeCaptionUnits } from "./captionUnit";
import { placeLine, subtitleLine, titleLine, titleYear, unitLine, type TitleLine } from "../table/title";
import { nextNamesLevel, treeAfter, type TreeLevel } from "../table/unitTree";
import { isProjectHeadingRow } from "../table/projectHeadings";
import { headerLine, pastedLines, resultOfCellTable, resultOfLines, tableInCell } from "../table/pastedLines";
import {
  fieldCodeHeader,
  isBareUnitHeader,
  isUnitAndProjectHeader,
  isWeakTargetHeader,
  namesProjectAndGoal,
  targetYear,
} from "../table/headers";
import { splitNameAndGoal } from "../table/nameWithGoal";
import {
  chooseTarget,
  headerOf,
  isPlaceHeader,
  isTotalHeader,
  mergeUpperHeader,
  readCategoriesUnder,
  rowTexts,
  subHeaderCategories,
  sumColumns,
  takeBudgetUnitColumn,
  takeComparatorColumn,
  flattenedHeader,
  type HeaderInfo,
} from "../table/layout";
import {
  contextRow,
  goalLabelsRow,
  goalLineBelow,
  goalTerms,
  isLabelledProjectRow,
  labelText,
  labelsRow,
  termsRow,
  valuesUnder,
  type ContextPair,
  type LabelCell,
} from "../table/formLines";
import {
  otherUnit,
  districtOfColumn,
  unitInDistrictColumn,
  OWN_LEVEL,
  districtKey,
  SEE_ELSEWHERE,
  unitForPlace,
  fits,
  pairValue,
  restatesOnly,
  dropUnitCodes,
  nameWholeDepartments,
  saysNoProject,
  withoutProjectCode,
} from "./context";
import { type FormLine, parseHeaderless } from "./headerless";
import {
  placeAutonomousNames,
  placeBareBranches,
  placeCountyCities,
  placeTownsUnderCounty,
} from "./countyCities";
import { addPackedCell, type Carried } from "./packedCell";
import { Builder, type Context, EMPTY_CONTEXT, tableInfo } from "./builder";
import { type CategoryFill, cellsByRole, readIndicatorRow } from "./indicatorRow";
import { wrappedRows } from "./wrappedRows";
import { isPlaceProject, isPlacesTotal, isSubtotal, keepPlacesTotals } from "./placesTotal";
import { readTransposed } from "./transposed";
import {
  reportEmptyTables,
  reportHiddenParts,
  reportRowsNotRead,
  reportHeaderInOneCell,
  reportNoTable,
  reportNotPlaces,
  reportPlacesTotalRows,
  reportSubtotalRows,
  reportTotalColumns,
} from "./messages";
import { adoptedTarget, yearTarget, otherSubTargets, subHeaderBounds, subHeaderYears } from "./targetColumns";

/** How far the row walk is: rows read, of rows in all (the task pane's bar, from its worker). */
export type RowProgress = (done: number, total: number) => void;

/** Rows between two progress calls: often enough for a bar to move, rare enough to cost nothing. */
const PROGRESS_EVERY = 500;

/**
 * `linesToo`: try pasted lines when no table is found; `pasted`: the grid is such lines, cut;
 * `progress`: told every PROGRESS_EVERY rows of the walk, the one pass whose time grows with the table,
 * and at its end.
 */
export function readGrid(
  grid: Grid,
  linesToo: boolean,
  pasted: boolean,
  progress?: RowProgress,
): ParseResult {
  const b = new Builder(grid);
  const width = gridWidth(grid);
  const rows = grid.values.length;
  const texts: string[][] = new Array(rows);
  for (let r = 0; r < rows; r++) texts[r] = rowTexts(grid, r, width);

  const walk = new GridWalk(b, grid, texts, width, pasted);
  for (let r = 0; r < rows; r++) {
    walk.row(r);
    if (progress && (r + 1) % PROGRESS_EVERY === 0) progress(r + 1, rows);
  }
  // The walk's end said too, so a bar fills (round 242): a count that stops short looks stuck.
  if (progress && rows % PROGRESS_EVERY !== 0) progress(rows, rows);
  const { header, lastDataRow, skippedRows, longTermRows, targetsSetAside } = walk;
  if (header) walk.closeTable(lastDataRow >= 0 ? lastDataRow : header.row);

  reportRowsNotRead(b, grid, skippedRows, longTermRows, targetsSetAside);
  reportPlacesTotalRows(b, walk.totalRows);
  reportSubtotalRows(b, walk.subtotalRows);
  reportEmptyTables(b, texts);
  // No header anywhere: a 分解表 with a row per place and a column per indicator (县市 | 养护里程（公里）)…
  if (b.tables.length === 0 && !pasted) readTransposed(b, grid, texts, width, walk.ctx);
  // … a table pasted into one cell, its rows on lines and its columns cut by tabs or | …
  if (b.tables.length === 0 && linesToo) {
    const cut = tableInCell(texts);
    if (cut) {
      const inner = readGrid(
        { sheet: grid.sheet, top: grid.top, left: grid.left, values: cut.values },
        false,
        true,
      );
      if (inner.indicators.length > 0) return resultOfCellTable(inner, cut, grid);
    }
  }
  // … a table pasted from a PDF, a row a cell (read by cutting its lines into columns)…
  if (b.tables.length === 0 && linesToo) {
    const lines = pastedLines(texts);
    if (lines) {
      const inner = readGrid(
        { sheet: grid.sheet, top: grid.top, left: grid.left, values: lines.texts },
        false,
        true,
      );
      if (inner.tables.length > 0) return resultOfLines(inner, lines, grid);
    }
  }
  const line = b.tables.length === 0 ? headerLine(texts) : null;
  // … or cells that read as indicator text (a 绩效指标 cell selected on its own).
  if (b.tables.length === 0) parseHeaderless(b, texts, width, walk.formLines);
  if (line !== null) reportHeaderInOneCell(b, line);
  else if (b.tables.length === 0) reportNoTable(b);
  reportHiddenParts(b);
  const firstHeader = b.tables[0]?.headerRow;
  const titleRows = firstHeader == null ? [] : texts.slice(0, firstHeader - grid.top);
  placeCountyCities(b.projects, b.indicators, titleRows);
  placeBareBranches(b.projects, b.indicators, titleRows);
  placeAutonomousNames(b.projects, b.indicators, titleRows);
  placeTownsUnderCounty(b.projects, b.indicators, b.areas, grid.sheet);
  placeCaptionUnits(b.indicators, texts, grid.top);
  dropUnitCodes(b.projects, b.indicators);
  nameWholeDepartments(b.projects, b.indicators, b.wholeDepartments);
  // Projects that ended up with no indicators are kept (GOAL-EMPTY and COMPLETE-* need them).
  return { tables: b.tables, projects: b.projects, indicators: b.indicators, messages: b.messages };
}

type HeadingAbove = Carried & {
  project: ProjectInfo;
  col: number;
};

/** How many rows a form's lines may fill between its title or 项目名称 and its indicator header. */
const FORM_LINES_MAX = 40;

/** Categories carried down a table's rows, none yet. */
function emptyFill(): CategoryFill {
  return { level1: null, level2: null, level2InL1Column: false };
}

/** A project to read a 合计 row under before any place's project is started: none of the result's. */
function scratchProject(sheet: string): ProjectInfo {
  return { ...EMPTY_CONTEXT(), id: -1, sheet };
}

/** The cells of a table row that say whether it is a group row. */
interface GroupCells {
  project: string;
  budgetUnit: string;
  department: string;
  goal: string;
  hasProjectCol: boolean;
}

/** The walk over a grid's rows: the state carried from row to row, and what each kind of row does to it. */
class GridWalk {
  header: HeaderInfo | null = null;
  // The current header's rows: one, or two when a row under it names sub-columns (指标值 over 2025年 |
  // 2026年 | 2027年) or it is the lower row of two header rows.
  headerRows: string[][] = [];
  tableStart = 0;
  repeated: number[] = [];
  projects0 = 0;
  indicators0 = 0;
  lastDataRow = -1;
  ctx = EMPTY_CONTEXT();
  contextSinceData = false;
  readonly skippedRows: number[] = [];
  /** The 合计 block of the current rows table's place column, while its rows go on (readPlacesTotal). */
  placesTotal: { header: string; fill: CategoryFill; project: ProjectInfo; subtotal?: true } | null = null;
  readonly fill: CategoryFill = emptyFill();
  level2Names = false;
  goalBelow: number | null = null;
  // 总体目标 | 年度目标 | 中期滚动目标 above the next header: which half of it is the year's.
  goalTermsAbove: { year: number; long: number; row: number } | null = null;
  // The target columns of the current table not read (a 中期 half, 2026年指标值 beside 2025年指标值).
  otherTargets: { col: number; header: string }[] = [];
  readonly targetsSetAside: { row: number; read: string; others: string[] }[] = [];
  // The last row read was a group row (a department or unit above its projects).
  groupRowBefore = false;
  // The body the table's title names (衡阳市农业农村局…绩效目标表), the department over its group rows' units.
  titleUnit: string | null = null;
  /** Whether a table (by its header) lists a department other than the title's body: listsOtherDepartment. */
  otherDepartment: { header: HeaderInfo; found: boolean } | null = null;
  /** 编制单位：达日县财政局 — the finance bureau that compiled the sheet's summary of other bodies' projects. */
  compilerUnit: string | null = null;
  // 单位名称、项目名称: the department and units named above the current project, by their indent, and
  // the department the form's labels gave before them.
  tree: TreeLevel[] = [];
  treeDepartment: string | null = null;
  treeRowBefore = false;
  // A block of long-term (实施期) indicators: where its records start, and the project whose year's block
  // came before it (its records are set aside when it ends).
  longBlock: { from: number; afterYear?: number } | null = null;
  // The year's block of indicators: where its records start.
  yearBlock: { from: number } | null = null;
  readonly longTermRows: number[] = [];
  // The last heading of a packed column (its project's), for the cells below it.
  headingAbove = null as HeadingAbove | null;
  // A row of a form's labels (项目名称 | 主管部门 | 实施单位), whose values are on the row below.
  labelsAbove = null as { row: number; labels: LabelCell[] } | null;
  // The row after a header may name sub-columns of the target; a 项目名称 row after data starts a form.
  subHeaderNext = false;
  inForm = false;
  // The project a new block of a stack ended (a money row, a title, a 地区 after its indicators): the
  // block goes on as that project when it turns out to restate nothing new.
  closed: ProjectInfo | null = null;
  // The title read last (its words), and the row of the last title line read as a page break's repeat.
  titleKey: string | null = null;
  titleRepeatRow = -2;
  // The row of the last title line read (its bracketed second line may follow it).
  lastTitleRow = -2;
  // The next form's lines run to this row, its own header (see nextSameHeader); -1 when none is known.
  formUntil = -1;
  lastFilledRow = -1;
  // The last row whose cells went on the indicator above it (wrappedRows), read with it.
  joinedUntil = -1;

  // 一级指标 | 二级指标 | 指标内容 written twice side by side (HeaderInfo.sideGroups): the rows whose further
  // groups hold something, with their project, read once the first group's rows of that project are
  // (readSideGroups).
  sideRows: { r: number; p: ProjectInfo; header: HeaderInfo }[] = [];

  // The last line of a goal written beside its label: its label, column and row.
  goalLine: { label: string; col: number; row: number } | null = null;

  // A form's lines read before any header (项目名称 | 值, 主管部门 | 值, 年度绩效目标 | 值): what the context
  // was after each, for indicators the headerless reader finds below them (绩效指标 | a packed cell).
  readonly formLines: FormLine[] = [];

  // The roles a line of the current block of a stack said (its 实施单位, its 填报单位 …): a 填报单位 fills in
  // a unit only where the block itself names none — the unit a block before it named is no block's own.
  blockSaid = new Set<ContextPair["role"]>();

  constructor(
    readonly b: Builder,
    readonly grid: Grid,
    readonly texts: string[][],
    readonly width: number,
    readonly pasted: boolean,
  ) {}

  /**
   * A line of a form's context (项目名称 | 值, 主管部门 | 值) read while no header is known: the context as it
   * then was, once a project is named (without one, the lines name no one project of the cells below).
   */
  private formLine(r: number): void {
    if (!this.header && this.ctx.project) this.formLines.push({ row: r, ctx: { ...this.ctx } });
  }

  /** A form's goal: the context's, and the current project's when it has none yet. */
  private takeGoal(goal: string, cell: string): void {
    const { b } = this;
    this.ctx.goal = goal;
    this.ctx.goalCell = cell;
    if (b.current && !b.current.goal) {
      b.current.goal = goal;
      b.current.goalCell = cell;
    }
  }

  /** The goal's next line (1.… then 2.…; 目标1：… then 目标2：…): added to it, not replacing it. */
  private goalGoesOn(line: string): void {
    const { b } = this;
    const before = this.ctx.goal;
    this.ctx.goal = before ? `${before}\n${line}` : line;
    if (b.current && b.current.goal === before) b.current.goal = this.ctx.goal;
  }

  /**
   * The current project has read indicators since the last line of context: a line of context now
   * belongs to the next block of a stack (its title, its 地区, its funds), whose project is its own.
   */
  private blockRead(): boolean {
    return this.b.current !== null && !this.contextSinceData;
  }

  /** The next block of a stack starts: the project before it is closed (it may yet go on). */
  private newBlock(r: number): void {
    const { b } = this;
    // The block's own money line, if it writes one, names its budget (never the block's before it).
    const { budget: _before, ...ctx } = this.ctx;
    this.ctx = { ...ctx, goal: "", goalCell: null, row: b.sheetRow(r) };
    this.blockSaid.clear();
    this.closed = b.current;
    b.current = null;
  }

  /** The records of project `id` from `from` on: long-term indicators, set aside (and reported). */
  private setLongAside(from: number, id: number): void {
    const { b } = this;
    const kept = b.indicators.slice(0, from);
    const dropped: number[] = [];
    for (let i = from; i < b.indicators.length; i++) {
      const rec = b.indicators[i];
      if (rec.projectId === id) dropped.push(rec.row);
      else kept.push(rec);
    }
    if (dropped.length === 0) return;
    b.indicators.length = 0;
    b.indicators.push(...kept);
    this.longTermRows.push(...new Set(dropped));
  }

  /** A long-term block after its project's year's block ends (at the next header, or the grid's end). */
  private endLongBlock(): void {
    const block = this.longBlock;
    if (block?.afterYear === undefined) return;
    this.setLongAside(block.from, block.afterYear);
    this.longBlock = null;
  }

  /**
   * The further groups of the rows set aside (sideRows), each group's rows in turn, top to bottom, under
   * the project of their row: a form's two groups read as an officer reads them, the left one down, then the
   * right one (产出 before 效益 and 满意度), each with its merged 一级 and 二级 carried down its own columns.
   */
  private readSideGroups(): void {
    const { b, grid, texts, pasted } = this;
    const rows = this.sideRows;
    if (rows.length === 0) return;
    this.sideRows = [];
    const header = rows[0].header;
    for (const roles of header.sideGroups ?? []) {
      const h: HeaderInfo = { ...header, roles: { ...header.roles, ...roles }, sideGroups: undefined };
      const table = {
        grid,
        texts,
        header: h,
        level2Names: namesInLevel2Column(h, texts, header.row),
        pasted,
      };
      const fill = emptyFill();
      for (const { r, p } of rows)
        if (readIndicatorRow(b, p, table, r, fill, false) === "skipped") this.skippedRows.push(b.sheetRow(r));
    }
  }

  /** The current table ends at row `end`: its info, and its target columns not read. */
  closeTable(end: number): void {
    const { b, grid, texts, width } = this;
    this.settlePendingTotals();
    this.readSideGroups();
    this.endLongBlock();
    if (!this.header) return;
    b.tables.push(
      tableInfo(
        b,
        this.header,
        this.tableStart,
        Math.max(end, this.header.row),
        width,
        this.repeated,
        this.projects0,
        this.indicators0,
      ),
    );
    const h = this.header;
    const written = this.otherTargets.filter(({ col }) => {
      for (let r = h.row + 1; r <= end; r++) if (trimSpaces(texts[r][col] ?? "")) return true;
      return false;
    });
    if (written.length > 0 && h.roles.target !== undefined)
      this.targetsSetAside.push({
        row: b.sheetRow(h.row),
        read: `${columnLetters(grid.left + h.roles.target)} 列“${h.headers.target ?? ""}”`,
        others: written.map(({ col, header }) => `${columnLetters(grid.left + col)} 列“${header}”`),
      });
    this.otherTargets = [];
    // 姑苏区 | 市直 | 吴中区: a column among the places that names none, with targets under it.
    const notPlaces = (h.notPlaces ?? []).filter(({ col }) => {
      for (let r = h.row + 1; r <= end; r++) if (trimSpaces(texts[r][col] ?? "")) return true;
      return false;
    });
    if (notPlaces.length > 0)
      reportNotPlaces(
        b,
        b.sheetRow(notPlaces[0].row ?? h.row),
        notPlaces.map(({ col, header }) => `${columnLetters(grid.left + col)} 列“${header}”`),
      );
    // 合计, 全市 beside the places, with figures under it: read as each row's total, and said so. (Under
    // 指标值, the places and the total are named on the header's second row.)
    const totalsRow = (col: number, header: string) =>
      trimSpaces(texts[h.row][col] ?? "") === header ? h.row : h.row + 1;
    const totals = (h.totalColumns ?? []).filter(({ col, header }) => {
      for (let r = totalsRow(col, header) + 1; r <= end; r++)
        if (trimSpaces(texts[r][col] ?? "")) return true;
      return false;
    });
    if (totals.length > 0)
      reportTotalColumns(
        b,
        b.sheetRow(totalsRow(totals[0].col, totals[0].header)),
        totals.map(({ col, header }) => `${columnLetters(grid.left + col)} 列“${header}”`),
      );
  }

  /** One row of the grid: what kind of row it is, and what it does to the walk's state. */
  row(r: number): void {
    const { texts } = this;
    const row = texts[r];
    let any = false;
    for (const t of row) if (t && trimSpaces(t)) any = true;
    if (!any) return;
    const previousRow = this.lastFilledRow;
    this.lastFilledRow = r;
    if (r <= this.joinedUntil) return;

    // XMMC | YJZB | EJZB | SJZB | ZBZ | JLDW: a system's field codes, a header of their own — or, right under a
    // header or over one, its companion (the codes of its columns), no row of the table.
    const codes = fieldCodeHeader(row);
    if (codes) {
      if (this.header && this.header.row === previousRow) return;
      const below = this.nextFilledRow(r);
      if (below < texts.length && headerOf(texts[below], below)) return;
    }
    const candidate = headerOf(codes ?? row, r);
    let h = candidate;
    // 单位名称 | 项目名称 | 绩效目标 with no indicator column: a table only if its goals hold indicators;
    // 项目名称 | 产出指标 | 效益指标 only if those columns hold words (not counts of indicators).
    if (h?.indicatorsInGoal && !goalsHoldIndicators(h, texts, r)) h = null;
    if (h && h.categoryColumns.length > 0 && !categoryColumnsHoldWords(h, texts, r)) h = null;
    if (h) return this.startTable(r, h, codes ?? row);
    if (this.subHeaderNext && this.header && this.readSubHeader(r, this.header)) {
      this.lowerHeaderRow(r, row);
      return;
    }
    if (this.readGoalRows(r, candidate !== null)) return;
    if (this.readPlaceTitle(r)) return;
    const title = titleLine(row);
    if (title) return this.readTitle(r, previousRow, title);
    if (this.lastTitleRow === previousRow && this.readSubtitle(r)) return;
    if (this.readUnitLine(r)) return;
    // 填报单位(盖章):… | 填报日期:… right under the indicators: the table's footer, not the next form's head.
    if (this.header && this.blockRead() && this.signedFooter(row)) return;
    if (this.readContext(r, previousRow)) {
      this.readFormBudget(r);
      return this.formLine(r);
    }
    if (!this.header) {
      if (this.readFormBudget(r)) this.formLine(r);
      return;
    }
    // The next form's lines above its own header (项目开始日期 | 2024-01-01 | …): context, read as the
    // first form's were before its header, never as rows of the table above.
    if (r < this.formUntil) {
      this.readFormBudget(r);
      return;
    }
    if (this.readPlacesTotal(r, this.header)) return;
    if (this.setAside(r, this.header)) return;
    this.readTableRow(r, this.header);
  }

  /** A header row: a new table starts (or a page-break repeat goes on with the one before). */
  private startTable(r: number, h: HeaderInfo, row: string[]): void {
    const { b, texts } = this;
    // 项目名称 | 绩效指标 | | | 指标值 over 一级指标 | … | 符号 | 数值 | 单位, both rows written again at a page
    // break: the upper row's copy is no table of its own (the lower row's, next, is read as a repeat).
    // (Not after a form's lines: the next form's own header, the same as the one before.)
    if (this.header && !this.contextSinceData && this.upperRowAgain(r, row)) {
      this.repeated.push(b.sheetRow(r));
      return;
    }
    // 实施期目标 | 年度目标 right above the header: no goal is written under those labels (the first
    // indicator row is no goal).
    this.goalBelow = null;
    if (r > 0) mergeUpperHeader(h, texts[r - 1], row);
    // 长期绩效指标 | 一级指标 | … then 年度绩效指标 | 一级指标 | …: the year's block is the one reviewed;
    // the long-term one before it is set aside (and said so), not read as more of the year's targets.
    this.endLongBlock();
    // (实施期绩效指标 alone on the row above: the block's caption written on a row of its own.)
    const term = blockTerm(row, h) ?? (r > 0 ? captionTerm(texts[r - 1]) : null);
    const own = (block: { from: number } | null) =>
      !!block && !!b.current && b.indicators[block.from]?.projectId === b.current.id;
    if (term === "year" && own(this.longBlock)) {
      this.setLongAside(this.longBlock?.from ?? 0, (b.current as ProjectInfo).id);
      this.longBlock = null;
    }
    if (term === "year") this.yearBlock = { from: b.indicators.length };
    // 年度绩效指标 first, then 长期绩效指标 under the same project: set aside too, once it ends.
    if (term === "long")
      this.longBlock = {
        from: b.indicators.length,
        ...(own(this.yearBlock) ? { afterYear: (b.current as ProjectInfo).id } : {}),
      };
    // 一级指标 | 二级指标 | 三级指标 | 2025年 | 2026年 | 2027年 under 指标值 over the years: the header's two
    // rows repeated at a page break as one row, the same table going on.
    if (this.header && (h.signature === this.header.signature || this.flattenedCopy(row))) {
      // A page-break repeat inside a table; in a form-style sheet each block has its own header.
      if (!this.contextSinceData) this.repeated.push(b.sheetRow(r));
      // Right under the header (指标值 merged over the years, its name read again above 2025年): the
      // header's lower row.
      this.lowerHeaderRow(r, row);
      this.subHeaderNext = true;
      this.inForm = false;
      return;
    }
    this.subHeaderNext = true;
    this.inForm = false;
    // A new table says afresh whether it writes its targets in its names' brackets.
    this.fill.bracketTargets = false;
    this.fill.namesHoldTargets = false;
    // A header right under another with nothing between is the lower row of a two-row header: the
    // upper one (merged into it above) is not a table of its own.
    const lowerRow = !!this.header && this.header.row === r - 1 && this.lastDataRow < this.header.row;
    this.headerRows = lowerRow ? [texts[r - 1], row] : [row];
    if (this.header && !lowerRow)
      this.closeTable(this.lastDataRow >= this.header.row ? this.lastDataRow : r - 1);
    this.header = h;
    b.year = titleYear(texts, r, Math.max(0, this.lastDataRow + 1));
    const yearCol =
      yearTarget(
        h,
        b.year,
        this.goalTermsAbove && this.goalTermsAbove.row > this.lastDataRow ? this.goalTermsAbove : null,
      ) ?? adoptedTarget(h, row);
    if (yearCol !== null) chooseTarget(h, yearCol, row);
    // No title's year: the one the target's header names (2024年指标值), for 5月31日前 under it.
    b.year ??= targetYear(h.headers.target);
    this.goalTermsAbove = null;
    // 一级指标 | 二级指标 | 指标内容 twice side by side: two groups of indicators, unless a year or a label above
    // chose one group's target, or both name the same indicators (two halves of one list).
    if (h.sideGroups && (yearCol !== null || !sideGroupsHoldOthers(h, texts, r))) delete h.sideGroups;
    const sideTargets = new Set((h.sideGroups ?? []).map((g) => g.target));
    this.otherTargets = (h.halves?.target ?? [])
      .filter((c) => c !== h.roles.target && !sideTargets.has(c) && !isWeakTargetHeader(row[c]))
      // A two-row header names them in its upper row.
      .map((col) => ({ col, header: trimSpaces(row[col]) || trimSpaces(texts[r - 1]?.[col] ?? "") }));
    this.level2Names = namesInLevel2Column(h, texts, r);
    // 指标值 merged over ≥ | 360: the comparators' column is the direction read, the values' the target.
    const values = valuesBesideComparators(h, texts, r);
    if (values !== null && h.roles.target !== undefined) {
      const over = h.headers.target ?? "";
      takeComparatorColumn(h, h.roles.target, over);
      h.roles.target = values;
    }
    // ≥ | ≤ | ＝ under a header named some other way: the comparator column all the same.
    const comparators = comparatorColumnByContent(h, texts, r);
    if (comparators !== null) takeComparatorColumn(h, comparators, trimSpaces(row[comparators] ?? ""));
    // 部门（单位）名称 over 503001-…: the budget units' column.
    if (unitsInDepartmentColumn(h, texts, r)) {
      h.roles.budgetUnit = h.roles.department;
      h.headers.budgetUnit = h.headers.department;
      delete h.roles.department;
      delete h.headers.department;
    }
    // 单位 over 零陵区文物局: the submitting office's column, not the measure unit's.
    if (officesInUnitColumn(h, texts, r))
      takeBudgetUnitColumn(h, h.roles.unit as number, h.headers.unit ?? "");
    this.tableStart = r;
    this.repeated = [];
    this.projects0 = b.projects.length;
    this.indicators0 = b.indicators.length;
    this.fill.level1 = this.fill.level2 = null;
    this.placesTotal = null;
    b.current = null;
    this.closed = null;
    return;
  }

  /** The upper row of the table's two-row header written again, its lower row right under it (a page break). */
  private upperRowAgain(r: number, row: string[]): boolean {
    if (this.headerRows.length !== 2) return false;
    const [upper, lower] = this.headerRows;
    const same = (a: readonly (string | null)[], c: readonly (string | null)[]) => {
      for (let k = 0; k < Math.max(a.length, c.length); k++)
        if (trimSpaces(a[k] ?? "") !== trimSpaces(c[k] ?? "")) return false;
      return true;
    };
    return same(row, upper) && same(this.texts[r + 1] ?? [], lower);
  }

  /** A row right under the header that completes it (its second row): kept to know the header's copies. */
  private lowerHeaderRow(r: number, row: string[]): void {
    if (this.headerRows.length === 1 && this.header?.row === r - 1) this.headerRows.push(row);
  }

  /** A row that copies the current header's two rows flattened into one (table/layout.ts flattenedHeader). */
  private flattenedCopy(row: string[]): boolean {
    if (this.headerRows.length !== 2) return false;
    const [upper, lower] = this.headerRows.map((texts) => texts.map((t) => trimSpaces(t ?? "")));
    const flat = flattenedHeader(upper, { below: lower });
    if (!flat) return false;
    let filled = 0;
    for (let c = 0; c < Math.max(row.length, flat.length); c++) {
      const t = trimSpaces(row[c] ?? "");
      if (t !== (flat[c] ?? "")) return false;
      if (t) filled++;
    }
    return filled >= 3;
  }

  /** The row under a header, when it names the target's sub-columns (years, places, 符号 | 数值 | 单位). */
  private readSubHeader(r: number, header: HeaderInfo): boolean {
    const row = this.texts[r];
    // 指标值 over 2021年实际实现值 | 预期2022年实现值: the row under the header says which is the target.
    this.subHeaderNext = false;
    // 绩效指标 over 产出指标 | 效益指标及满意度指标: a column per category, as a one-row header names them.
    const categories = subHeaderCategories(row, header);
    if (categories && categories === header.categoryColumns) return true;
    if (categories && categoryColumnsHoldWords({ ...header, categoryColumns: categories }, this.texts, r)) {
      readCategoriesUnder(header, categories);
      return true;
    }
    // 产出指标 | 效益指标 over 数量指标 | 质量指标 | 社会效益指标 laid out some other way: still the header's
    // lower row, its labels no project of their own.
    if (!categories && categoryLabelsUnder(row, header)) return true;
    // 指标值 over 全县 | 城关镇 | 河口乡: a column of targets per place.
    const places = subHeaderPlaces(row, header) ?? placesAround(row, header);
    if (places) {
      header.placeColumns = places;
      const totals = sumColumns(row, header.roles.target ?? 0, places);
      if (totals.length > 0) header.totalColumns = totals;
      delete header.roles.target;
      delete header.headers.target;
      return true;
    }
    // 中期目标 | 年度目标 over 指标值 | 计量单位 twice: the half read names its number's and its unit's columns.
    const split = subHeaderHalves(row, header) ?? subHeaderRoles(row, header);
    if (split) {
      const { roles, headers } = header;
      const over = headers.target ?? "";
      const named = (c: number) => `${over}-${trimSpaces(row[c])}`;
      // 指标方向 (正向) beside the 符号 column read as the comparator: kept as the 指标性质 is.
      if (split.direction !== undefined)
        takeComparatorColumn(header, split.direction, named(split.direction));
      for (const role of ["target", "unit"] as const) {
        const c = split[role];
        if (c === undefined) continue;
        // 单位 | 项目名称 | … | 指标值 over 符号 | 数值 | 单位: the measure's column is under the target; the bare
        // 单位 left of the indicators names the submitting office.
        const was = roles.unit;
        if (role === "unit" && was !== undefined && was !== c && isBareUnitHeader(headers.unit ?? ""))
          if (was < Math.min(...[roles.level1, roles.level2, roles.level3, c].filter((x) => x !== undefined)))
            takeBudgetUnitColumn(header, was, headers.unit ?? "");
        roles[role] = c;
        headers[role] = named(c);
      }
      return true;
    }
    // 指标值 over 下限 | 上限: the target written as its bounds.
    const bounds = subHeaderBounds(row, header);
    if (bounds) {
      const over = header.headers.target ?? "";
      header.roles.target = bounds.low;
      header.headers.target = `${over}-${trimSpaces(row[bounds.low])}`;
      header.targetMax = bounds.high;
      return true;
    }
    // 指标值 over 2026年 | 2027年 | 2028年: the year's is read, the others set aside (and said so).
    const years = subHeaderYears(row, header, this.b.year);
    if (years) {
      header.roles.target = years.col;
      header.headers.target = years.header;
      this.b.year ??= targetYear(years.header);
      const known = new Set(this.otherTargets.map((t) => t.col));
      this.otherTargets = this.otherTargets.concat(years.others.filter((t) => !known.has(t.col)));
      return true;
    }
    const col = subHeaderTarget(row);
    if (col !== null) {
      header.roles.target = col;
      header.headers.target = trimSpaces(row[col]);
      // 指标值 over 2025年目标值 | 2026年目标值: the others are targets too, not read.
      this.otherTargets = this.otherTargets.concat(otherSubTargets(row, col));
      return true;
    }
    if (wordsUnderTarget(row, header)) return true;
    return false;
  }

  /** A goal under its label, a row of goal labels, or 中期 | 年度 labels over a header's halves. */
  private readGoalRows(r: number, headerCandidate: boolean): boolean {
    const { b } = this;
    const row = this.texts[r];
    if (this.goalBelow !== null) {
      // The goal written under its label (总体目标 | 实施期总体目标 | 年度目标 above).
      const goal = trimSpaces(row[this.goalBelow] ?? "");
      const col = this.goalBelow;
      this.goalBelow = null;
      if (goal && !headerCandidate) {
        this.takeGoal(goal, b.addr(r, col));
        this.contextSinceData = true;
        return true;
      }
    }
    const labels = goalLabelsRow(row);
    if (labels !== null) {
      this.goalBelow = labels.goal;
      if (labels.terms) this.goalTermsAbove = { ...labels.terms, row: r };
      this.contextSinceData = true;
      return true;
    }
    // 中期指标 | 年度指标 over the two halves of the header below.
    const terms = termsRow(row);
    if (terms !== null) {
      this.goalTermsAbove = { ...terms, row: r };
      this.contextSinceData = true;
      return true;
    }
    return false;
  }

  /** A title line: the same table going on after a page break, or the next block of a stack. */
  private readTitle(r: number, previousRow: number, title: TitleLine): void {
    const { b } = this;
    const row = this.texts[r];
    // 2024年城市公园养护项目绩效目标表 again, or …（续）, at a page break: the same table goes on (and so
    // do the year's and the filer's lines repeated under it).
    const repeat =
      title.key === undefined ? this.titleRepeatRow === previousRow : title.key === this.titleKey;
    if (repeat) {
      this.titleRepeatRow = r;
      // The same title over the next form of a stack (甘肃's forms all say 项目支出绩效目标表): its lines,
      // down to its own header, are that form's, not rows of the table above.
      if (r >= this.formUntil && this.blockRead()) this.formUntil = this.nextSameHeader(r);
      return;
    }
    if (title.key !== undefined) this.titleKey = title.key;
    this.lastTitleRow = r;
    // 滨州市民政局2025年部门整体支出绩效目标表: its projects are the department's whole spending (not 部门整体及
    // 项目绩效目标, a document of projects); a title of another table ends that.
    const whole = WHOLE_DEPARTMENT.test(row[firstNonEmpty(row)] ?? "");
    if (whole || title.key !== undefined || title.project || title.heading) b.wholeDepartment = whole;
    // 2025年…补贴资金区域绩效目标表（汉寿县） under the indicators of 安乡县: the next block of the stack.
    const read = this.blockRead();
    if (read) {
      this.newBlock(r);
      this.formUntil = this.nextSameHeader(r);
    }
    if (title.heading && read) {
      // 四、重点项目绩效目标 after a project's indicators: the next section is not that project.
      this.ctx.project = "";
      this.ctx.projectCell = null;
      this.closed = null;
    }
    if (title.project) {
      this.ctx.project = title.project;
      this.ctx.projectCell = b.addr(r, firstNonEmpty(row));
      this.ctx.row = b.sheetRow(r);
      if (!title.sub) b.titleProject = { project: title.project, cell: this.ctx.projectCell };
    }
    if (title.district !== undefined) {
      this.ctx.area = title.district;
      this.ctx.district = null;
      // 廉江市2024年… over the next block of a stack: that block's city, never the block's before it.
      this.ctx.titleCity = title.city;
    }
    // 白山市林业和草原局 alone on the row right above 2024年…项目绩效目标: the unit the title leaves unsaid.
    const unit = title.unit ?? (title.key && !title.heading ? this.unitAbove(r, previousRow) : undefined);
    // (The next block's title naming its unit: that block's, not the unit of the block before it.)
    if (unit) this.sayBudgetUnit(unit);
    // 衡阳市农业农村局2025年度项目支出绩效目标表: the body whose tables these are (a title's, not a filer's).
    if (title.key) this.titleUnit = unit ?? null;
    this.contextSinceData = true;
    return;
  }

  /**
   * 兴平市 alone in its row, right above a header (秦都区 | header | rows, 兴平市 | header | rows: a city's
   * bureau pasting its 区县' submissions one under another): the title of the block under it, naming its
   * district as a 地区 | 兴平市 line does — after another block's indicators, the next block of a stack.
   */
  private readPlaceTitle(r: number): boolean {
    const { texts } = this;
    const place = placeLine(texts[r]);
    if (place === null) return false;
    const below = this.nextFilledRow(r);
    if (below >= texts.length || !headerOf(texts[below], below)) return false;
    if (this.blockRead()) this.newBlock(r);
    this.ctx.district = place;
    this.ctx.row = this.b.sheetRow(r);
    this.contextSinceData = true;
    return true;
  }

  /**
   * An organisation's name alone in the row right above a title (白山市林业和草原局 over 2024年…项目绩效目标),
   * no row of a table's: the unit whose title it heads; undefined when the row is something else.
   */
  private unitAbove(r: number, previousRow: number): string | undefined {
    if (previousRow !== r - 1 || previousRow <= this.lastDataRow) return undefined;
    const row = this.texts[previousRow];
    const c = soleCell(row);
    const t = c < 0 ? "" : trimSpaces(row[c]);
    return t.length <= 30 && namesOrganisation(t) ? t : undefined;
  }

  /**
   * 克孜勒苏柯尔克孜自治州水利局 alone in its row, right over 项目名称：… or a header: the unit of the form or table
   * under it, as a title naming its unit says (not a block's unit said already). Whether the row was one.
   */
  private readUnitLine(r: number): boolean {
    const unit = unitLine(this.texts[r]);
    if (unit === null) return false;
    const below = this.nextFilledRow(r);
    if (below >= this.texts.length) return false;
    const next = this.texts[below];
    // (Over a header, only the sheet's first: under a table, a unit's row may come before the header repeated.)
    const over = !this.header && headerOf(next, below) !== null;
    if (!over && !contextRow(next, true)?.some((pr) => pr.role === "project")) return false;
    if (this.blockRead()) this.newBlock(r);
    this.sayBudgetUnit(unit);
    this.contextSinceData = true;
    return true;
  }

  /** The first row after `r` with a filled cell (the grid's length when none). */
  private nextFilledRow(r: number): number {
    let below = r + 1;
    while (below < this.texts.length && !this.texts[below].some((t) => t && trimSpaces(t))) below++;
    return below;
  }

  /** A unit a title or a unit's own row names: the block's, unless the block has said its own already. */
  private sayBudgetUnit(unit: string): void {
    if (this.ctx.budgetUnit && this.blockSaid.has("budgetUnit")) return;
    this.ctx.budgetUnit = unit;
    this.blockSaid.add("budgetUnit");
  }

  /**
   * The row of the next header like the current one within the rows a form's lines fill (a stacked form's
   * own header), or -1: the rows before it are that form's lines, not the current table's rows.
   */
  private nextSameHeader(r: number): number {
    const signature = this.header?.signature;
    if (signature === undefined) return -1;
    for (let x = r + 1; x < this.texts.length && x <= r + FORM_LINES_MAX; x++) {
      const h = headerOf(this.texts[x], x);
      if (h) return h.signature === signature ? x : -1;
    }
    return -1;
  }

  /**
   * A context for what follows a project's row, a group row or a unit's row: its department and budget unit,
   * and of the last context only the place its title named (area, titleCity).
   */
  private placeOnlyContext(department: string, budgetUnit: string): Context {
    return { ...EMPTY_CONTEXT(), department, budgetUnit, area: this.ctx.area, titleCity: this.ctx.titleCity };
  }

  /** A title's bracketed second line (（天津市武清区…项目）): part of the title, naming its district. */
  private readSubtitle(r: number): boolean {
    const sub = subtitleLine(this.texts[r]);
    if (!sub) return false;
    if (sub.district) {
      this.ctx.area = sub.district;
      this.ctx.district = null;
    }
    this.lastTitleRow = r;
    this.contextSinceData = true;
    return true;
  }

  /** A form's lines of context: a goal going on, labels over their values, 项目名称 | 值 pairs. */
  private readContext(r: number, previousRow: number): boolean {
    const { b } = this;
    const row = this.texts[r];
    const goalNext =
      this.goalLine && this.goalLine.row === previousRow
        ? goalLineBelow(row, this.goalLine.col, this.ctx.goal)
        : null;
    if (this.goalLine && goalNext !== null) {
      this.goalGoesOn(goalNext);
      this.goalLine.row = r;
      return true;
    }
    // 项目名称 | 主管部门 | 实施单位 on a row of their own: their values are on the next row.
    const labelCells = labelsRow(row);
    if (labelCells) {
      this.labelsAbove = { row: r, labels: labelCells };
      return true;
    }
    const above = this.labelsAbove;
    const under = above?.row === previousRow ? valuesUnder(above.labels, row) : null;
    this.labelsAbove = null;
    // … | 项目资金（万元） over … | 860: the sum under the money's label is the project's money, as a money
    // line's is (readFormBudget).
    const money = under && above?.labels.some((l) => l.money) ? this.moneyUnder(above.row, r) : null;
    const pairs = under ?? contextRow(row, !this.header || this.inForm || r < this.formUntil);
    // 项目年度绩效目标（定量指标）| 制度指标 | 规章制度建立与否: a label in the 一级 column beside a category
    // is the table's own row, not a form's line.
    const tableRow =
      !!pairs &&
      !!this.header &&
      this.header.roles.level3 !== undefined &&
      !!trimSpaces(row[this.header.roles.level3] ?? "") &&
      pairs.every(
        (pr) =>
          pr.role === "goal" &&
          (pr.col === this.header?.roles.level1 || pr.col === this.header?.roles.level2),
      );
    // 项目名称：… over the 三级 or 指标值 column (an 一体化 export's block head) is the next project all the same.
    if (
      pairs &&
      !tableRow &&
      (!this.header ||
        !isIndicatorColumn(this.header, firstNonEmpty(row)) ||
        isLabelledProjectRow(row, pairs))
    ) {
      // Form-style context: a new 项目名称 starts a new project; so does a new 地区, 主管部门 or 年度目标
      // written after the current project's indicators (地区 | 汉寿县 under those of 安乡县).
      if (
        this.blockRead() &&
        pairs.some((pr) => pr.role !== "project" && !fits(b.current as ProjectInfo, pr))
      )
        this.newBlock(r);
      // 中期目标 | 建成… | 年度目标 | 完成…: the year's goal is the project's; the labels say which half
      // of the header below is the year's.
      const termsHere = goalTerms(pairs, row);
      if (termsHere) this.goalTermsAbove = { ...termsHere, row: r };
      for (const pr of pairs) {
        if (termsHere && pr.role === "goal" && pr.label === termsHere.long) continue;
        if (pr.role === "project") {
          if (this.header) {
            this.inForm = true;
            // A new form's 项目名称 after the table above: its lines run to its own header.
            if (r >= this.formUntil) this.formUntil = this.nextSameHeader(r);
          }
          this.ctx = this.placeOnlyContext(this.ctx.department, this.ctx.budgetUnit);
          this.ctx.project = pr.value;
          this.ctx.projectCell = b.addr(r, pr.col);
          this.ctx.row = b.sheetRow(r);
          // 项目名称 | 城市公园养护 again (a page break repeating the form's head): the block may yet
          // prove to be the same project.
          const before: ProjectInfo | null = b.current ?? this.closed;
          this.closed = before?.project === pr.value ? before : null;
          b.current = null;
        } else if (pr.role === "goal") {
          // 年度目标 | 目标1：… then 年度目标 | 目标2：…: both are the goal.
          const label = labelText(pr, row);
          if (this.goalLine?.row === previousRow && this.goalLine.label === label && this.ctx.goal)
            this.goalGoesOn(pr.value);
          else this.takeGoal(pr.value, b.addr(r, pr.col));
          this.goalLine = { label, col: pr.col, row: r };
        } else if (
          !(pr.upper && this.ctx[pr.role] && this.blockSaid.has(pr.role)) &&
          !SEE_ELSEWHERE.test(pr.value) &&
          !unitForPlace(pr)
        ) {
          // The 中央主管部门 only where no department of the form's own level is written; 见附件 names none.
          // (填报单位 | 饶平县农业农村局 in the next block of a stack: the unit of the block before it is not its.)
          const value = pairValue(pr);
          this.ctx[pr.role] = value;
          this.blockSaid.add(pr.role);
          if (pr.role === "budgetUnit")
            this.compilerUnit =
              FINANCE_BUREAU.test(value) && COMPILER_LABEL.test(labelText(pr, row)) ? value : null;
          if (b.current && !b.current[pr.role]) b.current[pr.role] = value;
          // 部门（单位）名称 | 某局: a 部门整体 form's department is its unit too.
          if (pr.unitToo) {
            this.ctx.budgetUnit = value;
            this.blockSaid.add("budgetUnit");
            if (b.current && !b.current.budgetUnit) b.current.budgetUnit = value;
          }
        }
      }
      if (money) this.ctx.budget = money;
      this.contextSinceData = true;
      return true;
    }
    return false;
  }

  /** The sums in row r under the money's label of the labels' row above it (项目资金（万元）), or null. */
  private moneyUnder(labelsRow: number, r: number): number[] | null {
    const column = budgetColumnOf(this.texts[labelsRow] ?? []);
    const sums = column ? budgetSums(this.texts[r]?.[column.col] ?? "", column) : [];
    return sums.length > 0 ? sums : null;
  }

  /**
   * 合计 | … | 100, 备注：…, 填表人：…, 单位负责人签字: under a table: reported, not read as a project or an
   * indicator. What follows on the left, until the next header, is outside the table (the next form's title).
   */
  private footer(r: number): void {
    this.skippedRows.push(this.b.sheetRow(r));
    this.inForm = true;
  }

  /**
   * 填报单位(盖章):乌恰县水利局 | | 填报日期:2021年4月 under a project's indicators: it ends the table (and
   * names the project's unit where none is written), but starts no next block.
   */
  private signedFooter(row: string[]): boolean {
    const unit = signedFooterUnit(row);
    if (unit === null) return false;
    const p = this.b.current as ProjectInfo;
    if (unit && !p.budgetUnit && !SEE_ELSEWHERE.test(unit)) p.budgetUnit = unit;
    this.inForm = true;
    return true;
  }

  /**
   * 区县 | 一级指标 | … | 指标值 with 合计 in the place column under the districts' rows: the places' total, each
   * of its rows read as an indicator is and kept as the total of the table's like-named records (placesTotal.ts),
   * not set aside as a footer; the rows under it with a blank place cell (merged down) go on with it. A row
   * matching no indicator of two places or more (合计 | … | 1500, 全区 | 档案规范率 in one district's rows) is
   * read as before: a footer, or a row of the project above. A 合计 block above the places' rows is held
   * until the table ends (settlePendingTotals).
   */
  private readPlacesTotal(r: number, header: HeaderInfo): boolean {
    const { b, texts } = this;
    // 单位名称 | … with no 区县 column, the units naming their districts (越秀区应急管理局): 合计 in that column.
    const col = header.roles.district ?? header.roles.budgetUnit;
    const row = texts[r];
    const place = col === undefined ? "" : trimSpaces(row[col] ?? "");
    // 序号 | 区县 with 合计 merged over both: the word in the cell left of the blank place cell.
    const lead = firstNonEmpty(row);
    const word = place || (col !== undefined && lead >= 0 && lead < col ? trimSpaces(row[lead]) : "");
    const total = !!word && isPlacesTotal(word);
    const sub = !total && !!word && isSubtotal(word);
    if (!total && !sub && (place || col === undefined)) this.placesTotal = null;
    if (col === undefined || header.placeColumns) return false;
    // (A 小计 before any place's row is read as it was before: a footer, or a row of its own.)
    if ((sub && this.placeRead()) || (!total && this.placesTotal?.subtotal))
      return this.setSubtotalAside(r, header, word, sub);
    if (header.layout === "packed") return !!b.current && total && this.readPackedTotal(r, header, word);
    if (!total && !this.placesTotal) return false;
    if (!hasIndicatorContent(header, row)) return false;
    // 全县 | 产出指标 | … before any place: a project of the county's own as it was read before (only a
    // 合计 or 总计 there, set aside as a footer before, is held to match the places below).
    if (total && !this.placeRead() && !isFooterRow(row)) {
      this.placesTotal = null;
      return false;
    }
    if (total)
      this.placesTotal = {
        header: word,
        fill: emptyFill(),
        project: { ...(b.current ?? scratchProject(this.grid.sheet)), district: null },
      };
    const t = this.placesTotal as NonNullable<GridWalk["placesTotal"]>;
    const from = b.indicators.length;
    const { grid, pasted } = this;
    readIndicatorRow(
      b,
      t.project,
      { grid, texts, header, level2Names: this.level2Names, pasted },
      r,
      t.fill,
      total,
    );
    const read = b.indicators.splice(from);
    // 合计 first, above the places' rows: kept until the table ends, then matched to them.
    if (!this.placeRead()) {
      this.pendingTotals.push({ records: read, header: t.header, row: b.sheetRow(r) });
      return true;
    }
    if (keepPlacesTotals(b, this.indicators0, read, t.header) === 0) {
      // A 合计 row matching no place's indicator: set aside as a footer was, and the block's rows under it
      // with it — never read as the last place's rows (round 198: 未央区 got 合计's 供餐学校总数).
      if (total ? isFooterRow(row) : true) {
        if (total) this.footer(r);
        else this.skippedRows.push(b.sheetRow(r));
        return true;
      }
      // 全区 | 档案规范率 within one district's rows: the row as it was read before.
      this.placesTotal = null;
      return false;
    }
    this.totalRows.push({ row: b.sheetRow(r), header: t.header });
    return true;
  }

  /**
   * 小计 (主城区小计) in the place column between groups of places, and the rows under it with a blank place
   * cell: a group's subtotal, neither a place nor the total — set aside and said, never read as rows of the
   * place above it (round 198: 巫溪县 got the 小计's rows as a second copy of its own).
   */
  private setSubtotalAside(r: number, header: HeaderInfo, word: string, starts: boolean): boolean {
    if (!hasIndicatorContent(header, this.texts[r])) return false;
    if (starts)
      this.placesTotal = {
        header: word,
        fill: emptyFill(),
        project: scratchProject(this.grid.sheet),
        subtotal: true,
      };
    this.subtotalRows.push({
      row: this.b.sheetRow(r),
      header: (this.placesTotal as { header: string }).header,
    });
    return true;
  }

  /** The 小计 rows set aside (setSubtotalAside), said once the sheet is read. */
  readonly subtotalRows: { row: number; header: string }[] = [];

  /** Whether the current table has read a place's indicator yet (a district's, or the city's own level's). */
  private placeRead(): boolean {
    const { b } = this;
    for (let i = this.indicators0; i < b.indicators.length; i++)
      if (isPlaceProject(b.projects[b.indicators[i].projectId])) return true;
    return false;
  }

  /** 合计 rows read above the places' (readPlacesTotal), matched once the table ends. */
  private pendingTotals: { records: IndicatorRecord[]; header: string; row: number }[] = [];

  /**
   * The table ends: its leading 合计 rows kept as the totals of the places' like-named indicators, or, matching
   * none, set aside as a footer's row was before.
   */
  private settlePendingTotals(): void {
    for (const { records, header, row } of this.pendingTotals) {
      if (keepPlacesTotals(this.b, this.indicators0, records, header) > 0)
        this.totalRows.push({ row, header });
      else this.skippedRows.push(row);
    }
    this.pendingTotals = [];
  }

  /**
   * 序号 | 区县 | 项目名称 | 绩效指标 with a 合计 row packed as each district's cell is (受益学生人数≥129000人；…): the
   * places' total, each of its items kept as the total of the districts' items of that name (placesTotal.ts).
   * A row of one cell each, so no block goes on under it; read as before where it matches no district's item.
   */
  private readPackedTotal(r: number, header: HeaderInfo, word: string): boolean {
    const { b } = this;
    const c = header.roles.indicators;
    const text = c === undefined ? "" : trimSpaces(this.texts[r][c] ?? "");
    if (c === undefined || !text || header.indicatorsInGoal || header.categoryColumns.length > 0)
      return false;
    const from = b.indicators.length;
    const project = { ...(b.current as ProjectInfo), district: null };
    addPackedCell(b, project, r, c, text, undefined, { level1: null, level2: null });
    const read = b.indicators.splice(from);
    if (keepPlacesTotals(b, this.indicators0, read, word) === 0) return false;
    this.placesTotal = null;
    this.totalRows.push({ row: b.sheetRow(r), header: word });
    return true;
  }

  /** The 合计 rows of place columns kept as totals, said once the sheet is read. */
  readonly totalRows: { row: number; header: string }[] = [];

  /** Rows under a header that are no part of its table: captions, footers, money rows, the next form. */
  private setAside(r: number, header: HeaderInfo): boolean {
    const row = this.texts[r];
    // 表二 above the next table's header: its caption, not a project; 第1页，共2页 a page's number.
    if (isCaptionRow(row) || isPageMarkRow(row)) return true;
    if (isFooterRow(row)) {
      this.footer(r);
      return true;
    }
    if (isMoneyRow(row, header)) {
      // 资金情况（万元）| 年度金额 | 428, 年度资金总额 | 50 | 48 | 47.5: the next form's funds, written in
      // the columns of the table above it. Part of that form's context, not an indicator.
      if (this.blockRead()) this.newBlock(r);
      this.readFormBudget(r);
      this.contextSinceData = true;
      return true;
    }
    if (this.inForm && isOutsideColumns(header, firstNonEmpty(row))) {
      // 项目金额 | 85万元 | 项目属性 | …: the next project's form, above its own indicator header; written
      // from a column left of the table's that is none of its columns.
      this.readFormBudget(r);
      return true;
    }
    return false;
  }

  /**
   * A form's line of its project's money (项目资金（万元）| 年度资金总额 | 150, 资金总额 | 150万元): the budget of
   * the project its lines name, as an amount column gives a rows table's (round 133 M4).
   */
  private readFormBudget(r: number): boolean {
    const sums = formBudget(this.texts, r);
    if (!sums) return false;
    this.ctx.budget = sums;
    return true;
  }

  /** The header rows read for a column of the project's money (预算金额（万元）), once each. */
  private budgetColumns = new Map<number, BudgetColumn | null>();

  /** The project's money from its row's amount column, when the table has one (round 96 miss 6). */
  private readBudget(r: number, header: HeaderInfo): void {
    const p = this.b.current;
    if (!p) return;
    let column = this.budgetColumns.get(header.row);
    if (column === undefined) {
      column = budgetColumnOf(this.texts[header.row] ?? []);
      this.budgetColumns.set(header.row, column);
    }
    const sums = column ? budgetSums(this.texts[r]?.[column.col] ?? "", column) : [];
    if (sums.length > 0) p.budget = sums;
  }

  /** The last project header namesProjectAndGoal read, and its answer ("" names none). */
  private projectAndGoal = { header: "", names: false };

  /** namesProjectAndGoal(header), read once for the rows under one header. */
  private namesProjectAndGoal(header: string): boolean {
    if (header !== this.projectAndGoal.header)
      this.projectAndGoal = { header, names: namesProjectAndGoal(header) };
    return this.projectAndGoal.names;
  }

  /**
   * Whether the table under `header` lists, in its 预算单位 column, a department other than the title's body
   * (某县教育局… over 某县卫生健康局, 某县财政局… over 某县教育局): no one body's table, so the title names no
   * department of its units (round 231). Asked once per table.
   */
  private listsOtherDepartment(header: HeaderInfo, titleUnit: string): boolean {
    if (this.otherDepartment?.header === header) return this.otherDepartment.found;
    const col = header.roles.budgetUnit;
    let found = false;
    if (col !== undefined)
      for (let r = header.row + 1; r < this.texts.length && !found; r++) {
        const u = trimSpaces(this.texts[r][col] ?? "");
        found = u !== titleUnit && !u.startsWith(titleUnit) && DEPARTMENT_NAME.test(u);
      }
    this.otherDepartment = { header, found };
    return found;
  }

  /** A row of the table: a group row, or a project's row and its indicators. */
  private readTableRow(r: number, header: HeaderInfo): void {
    const { b, grid, texts, pasted } = this;
    const row = texts[r];
    const roles = header.roles;
    const get = cellsByRole(row, roles);
    // 项目名称及绩效目标: the name before the goal's start is the project, the rest its goal.
    const named0 =
      roles.project !== undefined && this.namesProjectAndGoal(header.headers.project ?? "")
        ? splitNameAndGoal(get("project"))
        : null;
    // “雪亮工程”⏎运维经费: a project's name wrapped by a PDF or a narrow column is one name.
    // 11010525T000001234567-朝阳区城市绿地养护 under 项目编码及名称: the system's code is no part of the name.
    const project = named0 ? named0.name : withoutProjectCode(joinWraps(get("project")));
    let budgetUnit = get("budgetUnit");
    const department = get("department");
    let districtCell = districtOfColumn(get("district"));
    // 乡镇 | 项目名称 over 市医保局 (or 油篓沟乡人民政府): the row's unit, its place the one its name writes, if any.
    const unitInPlace =
      districtCell && roles.budgetUnit === undefined ? unitInDistrictColumn(districtCell) : null;
    if (unitInPlace) {
      budgetUnit = unitInPlace;
      districtCell = districtOf(unitInPlace) ?? "";
    }

    const hasProjectCol = roles.project !== undefined;
    // 双槐树乡 | (blank) | 无: the place has no project — no project, and not the name of the one above.
    if (hasProjectCol && saysNoProject(row, roles)) return;
    // 一 | 学生资助项目 over 1 | 家庭经济困难学生资助: a heading over the projects below, no project.
    // (Yunnan's 单位名称、项目名称 column reads its own headings: see readGroupRow.)
    if (
      project &&
      !districtCell &&
      !isUnitAndProjectHeader(header.headers.project ?? "") &&
      isProjectHeadingRow(texts, r, header)
    ) {
      b.current = null;
      this.closed = null;
      return;
    }
    if (this.readGroupRow(r, header, { project, budgetUnit, department, goal: get("goal"), hasProjectCol }))
      return;
    // A new project: in a packed table every row that names one; in a rows table when the name changes.
    // 越秀区 | 城乡居民医保补助 | … then 海珠区 | 城乡居民医保补助 (or a blank, merged): each district's
    // rows are a project of their own, with the district column's name.
    // 市本级 under 宁乡市 in a district column: the city's own rows, no district's (not inherited).
    const ownLevel = !districtCell && OWN_LEVEL.test(get("district"));
    const otherDistrict =
      (!!districtCell &&
        !!b.current &&
        districtKey(districtCell) !== districtKey(b.current.district ?? "")) ||
      (ownLevel && !!b.current && b.current.district !== null);
    // With no project column, a county written once over its merged block (地区 | 一级指标 | … under a
    // fund's title) starts that county's project all the same.
    const named = !!project || otherDistrict || (!hasProjectCol && !!(budgetUnit || department));
    let startNew = false;
    if (named) {
      // 【产出指标-数量指标】 then 指标1:… a row each, the unit and project written again on every row: the lines
      // of one project under its heading, not a project a line.
      const linesGoOn =
        header.layout === "packed" &&
        !!b.current &&
        !!project &&
        project === b.current.project &&
        !otherUnit(b.current, budgetUnit, department) &&
        !otherDistrict &&
        this.lastDataRow === r - 1 &&
        this.headingAbove?.project === b.current &&
        (this.headingAbove.level1 !== null || this.headingAbove.level2 !== null);
      if (linesGoOn) startNew = false;
      else if (header.layout === "packed" || !b.current) startNew = true;
      else if (hasProjectCol)
        // 基本公共卫生服务 written again beside another unit (番禺区卫生健康局 → 花都区卫生健康局): the other
        // unit's project of the same name.
        startNew =
          (!!project && (project !== b.current.project || otherUnit(b.current, budgetUnit, department))) ||
          otherDistrict;
      else
        startNew =
          otherDistrict || budgetUnit !== b.current.budgetUnit || department !== b.current.department;
    } else if (
      header.layout === "packed" &&
      !hasProjectCol &&
      roles.budgetUnit === undefined &&
      roles.department === undefined
    ) {
      startNew = true; // a bare 绩效指标 column: each row is its own item list
    }
    if (startNew) {
      // A unit or department cell merged over several projects comes through blank below its first row.
      const above = b.current && b.projects.length > this.projects0 ? b.current : null;
      // 百色市乡村振兴局2024年…资金项目绩效目标表 over 田阳区 | 田阳区芒果…: the body the title names runs the fund,
      // not the projects of the places its rows name.
      const titleUnitElsewhere =
        !!districtCell &&
        this.ctx.budgetUnit === this.titleUnit &&
        districtKey(districtOf(this.ctx.budgetUnit) ?? "") !== districtKey(districtCell);
      // 编制单位：达日县财政局 over 项目名称 | 主管部门 | …: the bureau compiled the summary; each project is its
      // department's, not the bureau's.
      const compiledFor =
        !!department && this.compilerUnit !== null && this.ctx.budgetUnit === this.compilerUnit;
      // 广州市白云区城市管理和综合执法局2025年…绩效目标表 over 预算单位 | 广州市白云区环境卫生管理中心: the title's
      // body is the department of the units under it, as over group rows (上海市松江区岳阳街道2025年… over its own
      // 街道办事处 names no department: a town's body, the unit written otherwise).
      const rowUnit = budgetUnit || (roles.budgetUnit !== undefined && above?.budgetUnit) || "";
      const titleBody =
        roles.department === undefined &&
        this.titleUnit !== null &&
        DEPARTMENT_NAME.test(this.titleUnit) &&
        this.ctx.budgetUnit === this.titleUnit &&
        !!rowUnit &&
        unitUnderTitle(rowUnit, this.titleUnit) &&
        !this.listsOtherDepartment(header, this.titleUnit) &&
        // 某县财政局… over 某县第一中学: a finance bureau's title over units doing no finance work — the county's
        // projects it compiled (as 编制单位 says elsewhere), not its own units (国库集中支付中心).
        (!FINANCE_BUREAU.test(this.titleUnit) || FINANCE_WORK.test(rowUnit))
          ? this.titleUnit
          : "";
      const started = b.startProject({
        project: project || (otherDistrict && above ? above.project : "") || this.ctx.project,
        budgetUnit:
          budgetUnit ||
          (roles.budgetUnit !== undefined && above?.budgetUnit) ||
          (titleUnitElsewhere || compiledFor ? "" : this.ctx.budgetUnit),
        department:
          department ||
          (roles.department !== undefined && above?.department) ||
          this.ctx.department ||
          named0?.department ||
          titleBody,
        // A district cell merged over several projects comes through blank below its first row too.
        district: ownLevel
          ? null
          : districtCell ||
            (roles.district !== undefined &&
              above &&
              !otherUnit(above, budgetUnit, department) &&
              above.district) ||
            this.ctx.district ||
            null,
        goal: get("goal") || named0?.goal || (project ? "" : this.ctx.goal),
        goalCell:
          roles.goal !== undefined
            ? b.addr(r, roles.goal)
            : named0?.goal
              ? b.addr(r, roles.project as number)
              : project
                ? null
                : this.ctx.goalCell,
        projectCell: hasProjectCol ? b.addr(r, roles.project as number) : this.ctx.projectCell,
        row: b.sheetRow(r),
        area: this.ctx.area,
        titleCity: this.ctx.titleCity,
      });
      if (ownLevel) started.ownLevel = get("district");
      this.readBudget(r, header);
      this.fill.level1 = this.fill.level2 = null;
    }
    if (!b.current) {
      const next = {
        ...this.ctx,
        district: districtCell || this.ctx.district || null,
        row: this.ctx.row || b.sheetRow(r),
      };
      if (this.closed && restatesOnly(this.closed, next)) {
        // 资金情况（万元）| 年度资金总额 | 600 between one project's indicators: they go on under it (and
        // under its 一级, merged down past the money rows).
        b.current = this.closed;
        if (next.budget && !b.current.budget) b.current.budget = next.budget;
      } else {
        b.startProject(next);
        this.fill.level1 = this.fill.level2 = null;
      }
      this.closed = null;
    }
    const p = b.current as ProjectInfo;
    // The goal beside the project's indicators; 偏差大或目标未完成原因分析 under the 总分 has none.
    if (!p.goal && roles.goal !== undefined && get("goal") && hasIndicatorContent(header, row)) {
      p.goal = get("goal");
      p.goalCell = b.addr(r, roles.goal);
    }
    if (header.categoryColumns.length > 0) return this.readCategoryColumns(r, header, p, startNew);
    if (header.layout === "packed") return this.readPackedRow(r, header, p, startNew);
    if (startNew && this.readIndicatorsInGoal(r, header, p)) return;
    // 一级指标 | 二级指标 | 指标内容 twice side by side: the further groups' cells, read after this project's rows
    // of the first group; a row written only in them gives nothing here.
    if (header.sideGroups) {
      if (this.sideRows.length > 0 && this.sideRows[0].p !== p) this.readSideGroups();
      if (header.sideGroups.some((g) => hasIndicatorContent({ ...header, roles: g }, row))) {
        this.sideRows.push({ r, p, header });
        this.lastDataRow = r;
        this.contextSinceData = false;
        if (!hasIndicatorContent(header, row)) return;
      }
    }
    // One indicator per row; a name or target a PDF wrapped into the rows under it is joined (wrappedRows).
    const wrapped =
      header.placeColumns || header.sideGroups
        ? null
        : wrappedRows(texts, header, r, roles.level3 ?? (this.level2Names ? roles.level2 : undefined));
    const from = b.indicators.length;
    const outcome = readIndicatorRow(
      b,
      p,
      { grid, texts, header: header, level2Names: this.level2Names, pasted },
      r,
      this.fill,
      startNew,
      wrapped?.row,
    );
    if (outcome === "skipped") this.skippedRows.push(b.sheetRow(r));
    else if (outcome === "read") {
      if (header.priorColumn) readPrior(b, r, texts[r], header.priorColumn, from);
      if (roles.weight !== undefined) readWeight(b, r, texts[r], roles.weight, from);
      if (wrapped) this.joinedUntil = wrapped.until;
      this.lastDataRow = wrapped ? wrapped.until : r;
      this.contextSinceData = false;
    }
  }

  /** A department or unit on a row of its own, above its projects (a tree, or a group row with a total). */
  private readGroupRow(
    r: number,
    header: HeaderInfo,
    { project, budgetUnit, department, goal, hasProjectCol }: GroupCells,
  ): boolean {
    const { b, texts } = this;
    const row = texts[r];
    if (
      project &&
      !budgetUnit &&
      !department &&
      !goal &&
      isUnitAndProjectHeader(header.headers.project ?? "") &&
      !hasIndicatorContent(header, row) &&
      nextNamesLevel(texts, r, header.roles.project as number)
    ) {
      // 一、产出指标 written in the column: a heading of no unit, reported with the rows not read.
      if (categoryOfLabel(withoutNumbering(project))) {
        this.skippedRows.push(b.sheetRow(r));
        return true;
      }
      // 某县教育体育局, then   某县第一中学 (indented), then its projects: a department or unit on a row of
      // its own. The first level is the department (unless the form's labels named one), the last the unit.
      this.treeDepartment ??= this.ctx.department;
      this.tree = treeAfter(
        this.tree,
        row[header.roles.project as number] ?? "",
        project,
        this.treeRowBefore,
      );
      this.treeRowBefore = true;
      this.ctx = this.placeOnlyContext(
        this.tree.length > 1 ? this.tree[0].name : this.treeDepartment || project,
        this.tree[this.tree.length - 1].name,
      );
      b.current = null;
      this.closed = null;
      return true;
    }
    this.treeRowBefore = false;
    // A group row above its projects (820-马踏镇部门 | | 8,827,620.53): a unit or department named with
    // no project and no indicator is the 主管部门 of the projects below it, not a project of its own.
    if (hasProjectCol && !project && (budgetUnit || department) && !hasIndicatorContent(header, row)) {
      // 820-某镇部门 then 820001-某某县某镇人民政府 (each with its total): the department, then its unit.
      const unitUnderDepartment =
        header.roles.department === undefined &&
        !department &&
        (this.groupRowBefore || codeUnder(budgetUnit, this.ctx.department));
      // 一 | 衡阳市农业农村局本级, 二 | 衡阳市农业综合执法支队 under a title naming 衡阳市农业农村局: the
      // title's body is the department, the group rows its units.
      const titleUnit =
        header.roles.department === undefined &&
        !department &&
        !unitUnderDepartment &&
        this.titleUnit !== null &&
        unitUnderTitle(budgetUnit, this.titleUnit)
          ? this.titleUnit
          : null;
      this.ctx = this.placeOnlyContext(
        titleUnit
          ? titleUnit
          : unitUnderDepartment
            ? this.ctx.department
            : department || (header.roles.department === undefined ? budgetUnit : this.ctx.department),
        titleUnit || unitUnderDepartment || department
          ? budgetUnit
          : header.roles.department === undefined
            ? ""
            : budgetUnit,
      );
      this.groupRowBefore = true;
      b.current = null;
      this.closed = null;
      return true;
    }
    this.groupRowBefore = false;
    return false;
  }

  /** A row of a table with a column per category (项目名称 | 产出指标 | 效益指标). */
  private readCategoryColumns(r: number, header: HeaderInfo, p: ProjectInfo, startNew: boolean): void {
    const { b } = this;
    const row = this.texts[r];
    let any = false;
    for (const col of header.categoryColumns) {
      const text = row[col.col] ?? "";
      if (!trimSpaces(text)) continue;
      addPackedCell(b, p, r, col.col, text, col);
      any = true;
    }
    if (any) {
      this.lastDataRow = r;
      this.contextSinceData = false;
    } else if (!startNew) this.skippedRows.push(b.sheetRow(r));
  }

  /**
   * 天然林保护管护经费 | 数量指标：管护天然林面积≥86.5万亩；质量指标：… | (blank) | (blank) …: in a rows table,
   * a project that leaves the indicator columns blank (on its row and the rows under it) and writes its
   * indicators into its goal: they are read from the goal's cell, as in a table of goals.
   */
  private readIndicatorsInGoal(r: number, header: HeaderInfo, p: ProjectInfo): boolean {
    const { b, texts } = this;
    const col = header.roles.goal;
    if (col === undefined) return false;
    const row = texts[r];
    const text = row[col] ?? "";
    if (text.length <= 6 || hasIndicatorContent(header, row) || !INDICATOR_TEXT.test(canon(text)))
      return false;
    const split = splitGoal(text);
    if (!trimSpaces(split.indicators)) return false;
    // Its indicators on the rows under it: the goal restates them.
    const projectCol = header.roles.project;
    for (let k = r + 1; k < texts.length && k <= r + 100; k++) {
      const below = texts[k];
      if (projectCol !== undefined && trimSpaces(below[projectCol] ?? "")) break;
      if (headerOf(below, k)) break;
      if (hasIndicatorContent(header, below)) return false;
    }
    p.goal = split.goal;
    p.goalCell = split.goal ? b.addr(r, col) : null;
    addPackedCell(b, p, r, col, split.indicators);
    this.lastDataRow = r;
    this.contextSinceData = false;
    return true;
  }

  /** A row of a packed table: its 绩效指标 cell's items (or its goal's, where indicators are written there). */
  private readPackedRow(r: number, header: HeaderInfo, p: ProjectInfo, startNew: boolean): void {
    const { b } = this;
    const row = this.texts[r];
    let c = header.roles.indicators as number;
    // 年度绩效目标 left blank beside the 实施期 goal: the long-term goal is what the row states.
    if (header.longGoal !== undefined && !trimSpaces(row[c] ?? "") && trimSpaces(row[header.longGoal] ?? ""))
      c = header.longGoal;
    let text = row[c] ?? "";
    if (header.indicatorsInGoal) {
      // The goal, then the indicators, in one cell: the goal part is the project's goal.
      const split = splitGoal(text);
      if (startNew || !p.goal) {
        p.goal = split.goal;
        p.goalCell = split.goal ? b.addr(r, c) : p.goalCell;
      }
      // A cell of this table with no label at all ("全年开展培训12期，培训人数不少于600人次…") states its
      // indicators as sentences: they are read from it too, when it has numbers to read.
      text = split.indicators || (statesIndicators(split.goal) ? split.goal : "");
    }
    if (trimSpaces(text)) {
      // 【产出指标-数量指标】 alone in its cell, then 指标1:… a cell each below it: the heading goes on
      // over the project's cells under it, until another.
      if (this.headingAbove?.project !== p || this.headingAbove.col !== c)
        this.headingAbove = { project: p, col: c, level1: null, level2: null };
      addPackedCell(b, p, r, c, text, undefined, this.headingAbove);
      this.lastDataRow = r;
      this.contextSinceData = false;
    } else if (startNew) {
      this.lastDataRow = r; // a project whose goal states no indicators is still a row of the table
    } else this.skippedRows.push(b.sheetRow(r)); // e.g. a note under the table
  }
}

/**
 * 指标值 over 姑苏区 | 市直 | 吴中区 | 常熟市: the places under a merged 指标值 when a cell among them names
 * none; that column is set aside on the header (`notPlaces`), to be named. Null when fewer than two places
 * stand around such cells, or when they are as many as the places.
 */
function placesAround(row: string[], header: HeaderInfo): { col: number; place: string }[] | null {
  const target = header.roles.target;
  if (target === undefined || header.layout !== "rows") return null;
  let first = -1;
  let last = -1;
  let count = 0;
  for (let c = target; c < row.length; c++) {
    const t = row[c];
    if (!t || !isPlaceHeader(t)) continue;
    if (first < 0) first = c;
    last = c;
    count++;
  }
  if (count < 2) return null;
  const skipped: { col: number; header: string; row: number }[] = [];
  const cleared = row.slice();
  for (let c = first + 1; c < last; c++) {
    const t = trimSpaces(row[c] ?? "");
    if (!t || isPlaceHeader(row[c]) || isTotalHeader(t)) continue;
    skipped.push({ col: c, header: t, row: header.row + 1 });
    cleared[c] = "";
  }
  if (skipped.length === 0 || skipped.length >= count) return null;
  const places = subHeaderPlaces(cleared, header);
  if (places) header.notPlaces = skipped;
  return places;
}

/**
 * A 部门整体 table's title: 部门整体支出绩效目标表, 部门整体绩效目标申报表, 部门整体中期绩效目标表 (not 部门整体及项目…);
 * 单位整体支出…, and 整体支出… right after the unit's year (塔城地区乌苏市人力资源和社会保障局2025年整体支出绩效目标表).
 */
const WHOLE_DEPARTMENT = /(?:部门|单位|\d年度?)整体(?:支出|中期|绩效|年度)/;

/** A department's name (某县教育局, 某市卫生健康委员会, 某镇人民政府): a group row naming one is no unit of the title's body. */
const DEPARTMENT_NAME = /(?:局|委员会|委|厅|政府|部门)$/;

/** 编制单位, 编报单位: who compiled the table — for a finance bureau, a summary of other bodies' projects. */
const COMPILER_LABEL = /^\s*编[制报]单位/;
/** A finance bureau (达日县财政局, 某省财政厅), which compiles the budget of the bodies under it. */
const FINANCE_BUREAU = /财政(?:局|厅)$/;
/** A finance bureau's own units: 国库集中支付中心, 财政投资评审中心, 会计核算中心, 政府采购中心, 乡镇财政所. */
const FINANCE_WORK = /财政|国库|非税|会计|采购|评审|预算|债务|国有资产/;

/**
 * Whether a group row's unit stands under the body a title names: its own budget (衡阳市农业农村局本级), or a
 * unit that is no department (衡阳市农业综合执法支队, 衡阳市农业科学研究所 under 衡阳市农业农村局).
 */
function unitUnderTitle(unit: string, titleUnit: string): boolean {
  const u = trimSpaces(unit);
  if (u === titleUnit) return false;
  return u.startsWith(titleUnit) || !DEPARTMENT_NAME.test(u);
}

/**
 * 权重（分）| 30: the row's weight, a number alone (30, 10分, 20%), onto the row's record for the review to add up. A row
 * read into several records (a packed cell) gets none.
 */
function readWeight(b: Builder, r: number, row: string[], col: number, from: number): void {
  if (b.indicators.length !== from + 1) return;
  const m = /^(\d+(?:\.\d+)?)\s*(?:分|%|％)?$/.exec(trimSpaces(row[col] ?? ""));
  if (m) b.indicators[from].weight = { cell: b.addr(r, col), value: Number(m[1]) };
}

/**
 * 2024年实际完成值 | 2025年指标值: last year's actual figure in the row of a one-indicator row, read as a target is, onto
 * the row's record (the review compares the two). A row read into several records (a packed cell) gets none.
 */
function readPrior(
  b: Builder,
  r: number,
  row: string[],
  prior: { col: number; header: string },
  from: number,
): void {
  if (b.indicators.length !== from + 1) return;
  const text = trimSpaces(row[prior.col] ?? "");
  if (!text) return;
  const read = parseTarget(text);
  if (read.kind !== "quantitative" || read.value === null) return;
  b.indicators[from].prior = {
    cell: b.addr(r, prior.col),
    header: prior.header,
    target: text,
    value: read.value,
    unit: read.unit,
  };
}
