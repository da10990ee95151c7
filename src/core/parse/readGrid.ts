/**
 * The one pass over a grid's rows: header rows start (or repeat) a table, context rows (项目名称 | 值) set
 * the project of a form-style block, data rows yield indicators. When no header is found, pasted lines
 * and cells of indicator text are tried.
 */
import { columnLetters, type Grid, gridWidth } from "../grid";
import { type Level1, type Level2, type ParseResult, type ProjectInfo } from "../record";
import { categoryOfLabel } from "../text/categories";
import { trimSpaces } from "../text/chars";
import {
  categoryColumnsHoldWords,
  goalsHoldIndicators,
  statesIndicators,
  namesInLevel2Column,
  comparatorColumnByContent,
  splitGoal,
  withoutNumbering,
} from "../table/columns";
import {
  blockTerm,
  codeUnder,
  firstNonEmpty,
  hasIndicatorContent,
  isCaptionRow,
  isFooterRow,
  isIndicatorColumn,
  isMoneyRow,
  isOutsideColumns,
  isPageMarkRow,
  subHeaderPlaces,
  subHeaderRoles,
  subHeaderTarget,
  wordsUnderTarget,
} from "../table/rowKinds";
import { titleLine, titleYear } from "../table/title";
import { nextNamesLevel, treeAfter, type TreeLevel } from "../table/unitTree";
import { headerLine, pastedLines, resultOfLines } from "../table/pastedLines";
import { isUnitAndProjectHeader, isWeakTargetHeader, type HeaderRole } from "../table/headers";
import {
  chooseTarget,
  contextRow,
  goalLabelsRow,
  goalLineBelow,
  labelText,
  labelsRow,
  valuesUnder,
  goalTerms,
  termsRow,
  headerOf,
  mergeUpperHeader,
  rowTexts,
  takeComparatorColumn,
  type LabelCell,
  type HeaderInfo,
} from "../table/layout";
import {
  otherUnit,
  districtOfColumn,
  OWN_LEVEL,
  districtKey,
  SEE_ELSEWHERE,
  fits,
  pairValue,
  restatesOnly,
} from "./context";
import { parseHeaderless } from "./headerless";
import { addPackedCell } from "./packedCell";
import { Builder, EMPTY_CONTEXT, tableInfo } from "./builder";
import { type CategoryFill, readIndicatorRow } from "./indicatorRow";
import { reportRowsNotRead, reportHeaderInOneCell, reportNoTable } from "./messages";
import { yearTarget, otherSubTargets } from "./targetColumns";

/** `linesToo`: try pasted lines when no table is found; `pasted`: the grid is such lines, cut. */
export function readGrid(grid: Grid, linesToo: boolean, pasted: boolean): ParseResult {
  const b = new Builder(grid);
  const width = gridWidth(grid);
  const rows = grid.values.length;
  const texts: string[][] = new Array(rows);
  for (let r = 0; r < rows; r++) texts[r] = rowTexts(grid, r, width);

  let header: HeaderInfo | null = null;
  let tableStart = 0;
  let repeated: number[] = [];
  let projects0 = 0;
  let indicators0 = 0;
  let lastDataRow = -1;
  let ctx = EMPTY_CONTEXT();
  let contextSinceData = false;
  const skippedRows: number[] = [];
  const fill: CategoryFill = { level1: null, level2: null, level2InL1Column: false };
  let level2Names = false;
  let goalBelow: number | null = null;
  // 总体目标 | 年度目标 | 中期滚动目标 above the next header: which half of it is the year's.
  let goalTermsAbove: { year: number; long: number; row: number } | null = null;
  // The target columns of the current table not read (a 中期 half, 2026年指标值 beside 2025年指标值).
  let otherTargets: { col: number; header: string }[] = [];
  const targetsSetAside: { row: number; read: string; others: string[] }[] = [];
  // The last row read was a group row (a department or unit above its projects).
  let groupRowBefore = false;
  // 单位名称、项目名称: the department and units named above the current project, by their indent, and
  // the department the form's labels gave before them.
  let tree: TreeLevel[] = [];
  let treeDepartment: string | null = null;
  let treeRowBefore = false;
  // A block of long-term (实施期) indicators: where its records start.
  let longBlock: { from: number } | null = null;
  const longTermRows: number[] = [];
  // The last heading of a packed column (its project's), for the cells below it.
  type HeadingAbove = {
    project: ProjectInfo;
    col: number;
    level1: Level1 | null;
    level2: Level2 | null;
    bracketStyle?: boolean;
  };
  let headingAbove = null as HeadingAbove | null;
  // A row of a form's labels (项目名称 | 主管部门 | 实施单位), whose values are on the row below.
  let labelsAbove = null as { row: number; labels: LabelCell[] } | null;
  // The row after a header may name sub-columns of the target; a 项目名称 row after data starts a form.
  let subHeaderNext = false;
  let inForm = false;
  // The project a new block of a stack ended (a money row, a title, a 地区 after its indicators): the
  // block goes on as that project when it turns out to restate nothing new.
  let closed: ProjectInfo | null = null;
  // The title read last (its words), and the row of the last title line read as a page break's repeat.
  let titleKey: string | null = null;
  let titleRepeatRow = -2;
  let lastFilledRow = -1;

  // A form's goal: the context's, and the current project's when it has none yet.
  const takeGoal = (goal: string, cell: string) => {
    ctx.goal = goal;
    ctx.goalCell = cell;
    if (b.current && !b.current.goal) {
      b.current.goal = goal;
      b.current.goalCell = cell;
    }
  };
  // The goal's next line (1.… then 2.…; 目标1：… then 目标2：…): added to it, not replacing it.
  const goalGoesOn = (line: string) => {
    const before = ctx.goal;
    ctx.goal = before ? `${before}\n${line}` : line;
    if (b.current && b.current.goal === before) b.current.goal = ctx.goal;
  };
  // The last line of a goal written beside its label: its label, column and row.
  let goalLine: { label: string; col: number; row: number } | null = null;

  // The current project has read indicators since the last line of context: a line of context now
  // belongs to the next block of a stack (its title, its 地区, its funds), whose project is its own.
  const blockRead = () => b.current !== null && !contextSinceData;
  const newBlock = (r: number) => {
    ctx = { ...ctx, goal: "", goalCell: null, row: b.sheetRow(r) };
    closed = b.current;
    b.current = null;
  };

  const closeTable = (end: number) => {
    if (!header) return;
    b.tables.push(
      tableInfo(b, header, tableStart, Math.max(end, header.row), width, repeated, projects0, indicators0),
    );
    const h = header;
    const written = otherTargets.filter(({ col }) => {
      for (let r = h.row + 1; r <= end; r++) if (trimSpaces(texts[r][col] ?? "")) return true;
      return false;
    });
    if (written.length > 0 && h.roles.target !== undefined)
      targetsSetAside.push({
        row: b.sheetRow(h.row),
        read: `${columnLetters(grid.left + h.roles.target)} 列“${h.headers.target ?? ""}”`,
        others: written.map(({ col, header }) => `${columnLetters(grid.left + col)} 列“${header}”`),
      });
    otherTargets = [];
  };

  for (let r = 0; r < rows; r++) {
    const row = texts[r];
    let any = false;
    for (const t of row) if (t && trimSpaces(t)) any = true;
    if (!any) continue;
    const previousRow = lastFilledRow;
    lastFilledRow = r;

    const candidate = headerOf(row, r);
    let h = candidate;
    // 单位名称 | 项目名称 | 绩效目标 with no indicator column: a table only if its goals hold indicators;
    // 项目名称 | 产出指标 | 效益指标 only if those columns hold words (not counts of indicators).
    if (h?.indicatorsInGoal && !goalsHoldIndicators(h, texts, r)) h = null;
    if (h && h.categoryColumns.length > 0 && !categoryColumnsHoldWords(h, texts, r)) h = null;
    if (h) {
      // 实施期目标 | 年度目标 right above the header: no goal is written under those labels (the first
      // indicator row is no goal).
      goalBelow = null;
      if (r > 0) mergeUpperHeader(h, texts[r - 1], row);
      // 长期绩效指标 | 一级指标 | … then 年度绩效指标 | 一级指标 | …: the year's block is the one reviewed;
      // the long-term one before it is set aside (and said so), not read as more of the year's targets.
      const term = blockTerm(row, h);
      if (
        term === "year" &&
        longBlock &&
        b.current &&
        b.indicators[longBlock.from]?.projectId === b.current.id
      ) {
        const dropped = b.indicators.splice(longBlock.from);
        if (dropped.length > 0) longTermRows.push(...new Set(dropped.map((i) => i.row)));
        longBlock = null;
      }
      if (term === "long") longBlock = { from: b.indicators.length };
      if (header && h.signature === header.signature) {
        // A page-break repeat inside a table; in a form-style sheet each block has its own header.
        if (!contextSinceData) repeated.push(b.sheetRow(r));
        subHeaderNext = true;
        inForm = false;
        continue;
      }
      subHeaderNext = true;
      inForm = false;
      // A header right under another with nothing between is the lower row of a two-row header: the
      // upper one (merged into it above) is not a table of its own.
      if (header && !(header.row === r - 1 && lastDataRow < header.row))
        closeTable(lastDataRow >= header.row ? lastDataRow : r - 1);
      header = h;
      b.year = titleYear(texts, r, Math.max(0, lastDataRow + 1));
      const yearCol = yearTarget(
        h,
        b.year,
        goalTermsAbove && goalTermsAbove.row > lastDataRow ? goalTermsAbove : null,
      );
      if (yearCol !== null) chooseTarget(h, yearCol, row);
      goalTermsAbove = null;
      otherTargets = (h.halves?.target ?? [])
        .filter((c) => c !== h.roles.target && !isWeakTargetHeader(row[c]))
        // A two-row header names them in its upper row.
        .map((col) => ({ col, header: trimSpaces(row[col]) || trimSpaces(texts[r - 1]?.[col] ?? "") }));
      level2Names = namesInLevel2Column(h, texts, r);
      // ≥ | ≤ | ＝ under a header named some other way: the comparator column all the same.
      const comparators = comparatorColumnByContent(h, texts, r);
      if (comparators !== null) takeComparatorColumn(h, comparators, trimSpaces(row[comparators] ?? ""));
      tableStart = r;
      repeated = [];
      projects0 = b.projects.length;
      indicators0 = b.indicators.length;
      fill.level1 = fill.level2 = null;
      b.current = null;
      closed = null;
      continue;
    }

    if (subHeaderNext && header) {
      // 指标值 over 2021年实际实现值 | 预期2022年实现值: the row under the header says which is the target.
      subHeaderNext = false;
      // 指标值 over 全县 | 城关镇 | 河口乡: a column of targets per place.
      const places = subHeaderPlaces(row, header);
      if (places) {
        header.placeColumns = places;
        delete header.roles.target;
        delete header.headers.target;
        continue;
      }
      const split = subHeaderRoles(row, header);
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
          roles[role] = c;
          headers[role] = named(c);
        }
        continue;
      }
      const col = subHeaderTarget(row);
      if (col !== null) {
        header.roles.target = col;
        header.headers.target = trimSpaces(row[col]);
        // 指标值 over 2025年目标值 | 2026年目标值: the others are targets too, not read.
        otherTargets = otherTargets.concat(otherSubTargets(row, col));
        continue;
      }
      if (wordsUnderTarget(row, header)) continue;
    }
    if (goalBelow !== null) {
      // The goal written under its label (总体目标 | 实施期总体目标 | 年度目标 above).
      const goal = trimSpaces(row[goalBelow] ?? "");
      const col = goalBelow;
      goalBelow = null;
      if (goal && !candidate) {
        takeGoal(goal, b.addr(r, col));
        contextSinceData = true;
        continue;
      }
    }
    const labels = goalLabelsRow(row);
    if (labels !== null) {
      goalBelow = labels.goal;
      if (labels.terms) goalTermsAbove = { ...labels.terms, row: r };
      contextSinceData = true;
      continue;
    }
    // 中期指标 | 年度指标 over the two halves of the header below.
    const terms = termsRow(row);
    if (terms !== null) {
      goalTermsAbove = { ...terms, row: r };
      contextSinceData = true;
      continue;
    }
    const title = titleLine(row);
    if (title) {
      // 2024年城市公园养护项目绩效目标表 again, or …（续）, at a page break: the same table goes on (and so
      // do the year's and the filer's lines repeated under it).
      const repeat = title.key === undefined ? titleRepeatRow === previousRow : title.key === titleKey;
      if (repeat) {
        titleRepeatRow = r;
        continue;
      }
      if (title.key !== undefined) titleKey = title.key;
      // 2025年…补贴资金区域绩效目标表（汉寿县） under the indicators of 安乡县: the next block of the stack.
      const read = blockRead();
      if (read) newBlock(r);
      if (title.heading && read) {
        // 四、重点项目绩效目标 after a project's indicators: the next section is not that project.
        ctx.project = "";
        ctx.projectCell = null;
        closed = null;
      }
      if (title.project) {
        ctx.project = title.project;
        ctx.projectCell = b.addr(r, firstNonEmpty(row));
        ctx.row = b.sheetRow(r);
      }
      if (title.district !== undefined) {
        ctx.area = title.district;
        ctx.district = null;
      }
      if (title.unit && !ctx.budgetUnit) ctx.budgetUnit = title.unit;
      contextSinceData = true;
      continue;
    }
    const goalNext =
      goalLine && goalLine.row === previousRow ? goalLineBelow(row, goalLine.col, ctx.goal) : null;
    if (goalLine && goalNext !== null) {
      goalGoesOn(goalNext);
      goalLine.row = r;
      continue;
    }
    // 项目名称 | 主管部门 | 实施单位 on a row of their own: their values are on the next row.
    const labelCells = labelsRow(row);
    if (labelCells) {
      labelsAbove = { row: r, labels: labelCells };
      continue;
    }
    const under = labelsAbove?.row === previousRow ? valuesUnder(labelsAbove.labels, row) : null;
    labelsAbove = null;
    const pairs = under ?? contextRow(row, !header || inForm);
    // 项目年度绩效目标（定量指标）| 制度指标 | 规章制度建立与否: a label in the 一级 column beside a category
    // is the table's own row, not a form's line.
    const tableRow =
      !!pairs &&
      !!header &&
      header.roles.level3 !== undefined &&
      !!trimSpaces(row[header.roles.level3] ?? "") &&
      pairs.every(
        (pr) => pr.role === "goal" && (pr.col === header?.roles.level1 || pr.col === header?.roles.level2),
      );
    if (pairs && !tableRow && (!header || !isIndicatorColumn(header, firstNonEmpty(row)))) {
      // Form-style context: a new 项目名称 starts a new project; so does a new 地区, 主管部门 or 年度目标
      // written after the current project's indicators (地区 | 汉寿县 under those of 安乡县).
      if (blockRead() && pairs.some((pr) => pr.role !== "project" && !fits(b.current as ProjectInfo, pr)))
        newBlock(r);
      // 中期目标 | 建成… | 年度目标 | 完成…: the year's goal is the project's; the labels say which half
      // of the header below is the year's.
      const termsHere = goalTerms(pairs, row);
      if (termsHere) goalTermsAbove = { ...termsHere, row: r };
      for (const pr of pairs) {
        if (termsHere && pr.role === "goal" && pr.label === termsHere.long) continue;
        if (pr.role === "project") {
          if (header) inForm = true;
          ctx = {
            ...EMPTY_CONTEXT(),
            department: ctx.department,
            budgetUnit: ctx.budgetUnit,
            area: ctx.area,
          };
          ctx.project = pr.value;
          ctx.projectCell = b.addr(r, pr.col);
          ctx.row = b.sheetRow(r);
          // 项目名称 | 城市公园养护 again (a page break repeating the form's head): the block may yet
          // prove to be the same project.
          const before: ProjectInfo | null = b.current ?? closed;
          closed = before?.project === pr.value ? before : null;
          b.current = null;
        } else if (pr.role === "goal") {
          // 年度目标 | 目标1：… then 年度目标 | 目标2：…: both are the goal.
          const label = labelText(pr, row);
          if (goalLine?.row === previousRow && goalLine.label === label && ctx.goal) goalGoesOn(pr.value);
          else takeGoal(pr.value, b.addr(r, pr.col));
          goalLine = { label, col: pr.col, row: r };
        } else if (!(pr.upper && ctx[pr.role]) && !SEE_ELSEWHERE.test(pr.value)) {
          // The 中央主管部门 only where no department of the form's own level is written; 见附件 names none.
          const value = pairValue(pr);
          ctx[pr.role] = value;
          if (b.current && !b.current[pr.role]) b.current[pr.role] = value;
        }
      }
      contextSinceData = true;
      continue;
    }
    if (!header) continue;
    // 表二 above the next table's header: its caption, not a project; 第1页，共2页 a page's number.
    if (isCaptionRow(row) || isPageMarkRow(row)) continue;
    if (isFooterRow(row)) {
      // 合计 | … | 100, 备注：…, 填表人：… under a table: reported, not read as a project. What follows
      // on the left, until the next header, is outside the table (the next form's title).
      skippedRows.push(b.sheetRow(r));
      inForm = true;
      continue;
    }
    if (isMoneyRow(row, header)) {
      // 资金情况（万元）| 年度金额 | 428, 年度资金总额 | 50 | 48 | 47.5: the next form's funds, written in
      // the columns of the table above it. Part of that form's context, not an indicator.
      if (blockRead()) newBlock(r);
      contextSinceData = true;
      continue;
    }
    if (inForm && isOutsideColumns(header, firstNonEmpty(row))) {
      // 项目金额 | 85万元 | 项目属性 | …: the next project's form, above its own indicator header; written
      // from a column left of the table's that is none of its columns.
      continue;
    }

    const roles = header.roles;
    const get = (role: HeaderRole) =>
      roles[role] !== undefined ? trimSpaces(row[roles[role] as number] ?? "") : "";
    const project = get("project");
    const budgetUnit = get("budgetUnit");
    const department = get("department");
    const districtCell = districtOfColumn(get("district"));

    const hasProjectCol = roles.project !== undefined;
    if (
      project &&
      !budgetUnit &&
      !department &&
      !get("goal") &&
      isUnitAndProjectHeader(header.headers.project ?? "") &&
      !hasIndicatorContent(header, row) &&
      nextNamesLevel(texts, r, roles.project as number)
    ) {
      // 一、产出指标 written in the column: a heading of no unit, reported with the rows not read.
      if (categoryOfLabel(withoutNumbering(project))) {
        skippedRows.push(b.sheetRow(r));
        continue;
      }
      // 某县教育体育局, then   某县第一中学 (indented), then its projects: a department or unit on a row of
      // its own. The first level is the department (unless the form's labels named one), the last the unit.
      treeDepartment ??= ctx.department;
      tree = treeAfter(tree, row[roles.project as number] ?? "", project, treeRowBefore);
      treeRowBefore = true;
      ctx = {
        ...EMPTY_CONTEXT(),
        area: ctx.area,
        department: tree.length > 1 ? tree[0].name : treeDepartment || project,
        budgetUnit: tree[tree.length - 1].name,
      };
      b.current = null;
      closed = null;
      continue;
    }
    treeRowBefore = false;
    // A group row above its projects (820-马踏镇部门 | | 8,827,620.53): a unit or department named with
    // no project and no indicator is the 主管部门 of the projects below it, not a project of its own.
    if (hasProjectCol && !project && (budgetUnit || department) && !hasIndicatorContent(header, row)) {
      // 820-某镇部门 then 820001-某某县某镇人民政府 (each with its total): the department, then its unit.
      const unitUnderDepartment =
        roles.department === undefined &&
        !department &&
        (groupRowBefore || codeUnder(budgetUnit, ctx.department));
      ctx = {
        ...EMPTY_CONTEXT(),
        area: ctx.area,
        department: unitUnderDepartment
          ? ctx.department
          : department || (roles.department === undefined ? budgetUnit : ctx.department),
        budgetUnit:
          unitUnderDepartment || department ? budgetUnit : roles.department === undefined ? "" : budgetUnit,
      };
      groupRowBefore = true;
      b.current = null;
      closed = null;
      continue;
    }
    groupRowBefore = false;
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
    const named = hasProjectCol ? !!project || otherDistrict : !!(budgetUnit || department);
    let startNew = false;
    if (named) {
      if (header.layout === "packed" || !b.current) startNew = true;
      else if (hasProjectCol)
        // 基本公共卫生服务 written again beside another unit (番禺区卫生健康局 → 花都区卫生健康局): the other
        // unit's project of the same name.
        startNew =
          (!!project && (project !== b.current.project || otherUnit(b.current, budgetUnit, department))) ||
          otherDistrict;
      else startNew = budgetUnit !== b.current.budgetUnit || department !== b.current.department;
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
      const above = b.current && b.projects.length > projects0 ? b.current : null;
      b.startProject({
        project: project || (otherDistrict && above ? above.project : "") || ctx.project,
        budgetUnit: budgetUnit || (roles.budgetUnit !== undefined && above?.budgetUnit) || ctx.budgetUnit,
        department: department || (roles.department !== undefined && above?.department) || ctx.department,
        // A district cell merged over several projects comes through blank below its first row too.
        district: ownLevel
          ? null
          : districtCell ||
            (roles.district !== undefined &&
              above &&
              !otherUnit(above, budgetUnit, department) &&
              above.district) ||
            ctx.district ||
            null,
        goal: get("goal") || (project ? "" : ctx.goal),
        goalCell: roles.goal !== undefined ? b.addr(r, roles.goal) : project ? null : ctx.goalCell,
        projectCell: hasProjectCol ? b.addr(r, roles.project as number) : ctx.projectCell,
        row: b.sheetRow(r),
        area: ctx.area,
      });
      fill.level1 = fill.level2 = null;
    }
    if (!b.current) {
      const next = { ...ctx, district: districtCell || ctx.district || null, row: ctx.row || b.sheetRow(r) };
      if (closed && restatesOnly(closed, next)) {
        // 资金情况（万元）| 年度资金总额 | 600 between one project's indicators: they go on under it (and
        // under its 一级, merged down past the money rows).
        b.current = closed;
      } else {
        b.startProject(next);
        fill.level1 = fill.level2 = null;
      }
      closed = null;
    }
    const p = b.current as ProjectInfo;
    // The goal beside the project's indicators; 偏差大或目标未完成原因分析 under the 总分 has none.
    if (!p.goal && roles.goal !== undefined && get("goal") && hasIndicatorContent(header, row)) {
      p.goal = get("goal");
      p.goalCell = b.addr(r, roles.goal);
    }

    if (header.categoryColumns.length > 0) {
      let any = false;
      for (const col of header.categoryColumns) {
        const text = row[col.col] ?? "";
        if (!trimSpaces(text)) continue;
        addPackedCell(b, p, r, col.col, text, col);
        any = true;
      }
      if (any) {
        lastDataRow = r;
        contextSinceData = false;
      } else if (!startNew) skippedRows.push(b.sheetRow(r));
      continue;
    }
    if (header.layout === "packed") {
      let c = roles.indicators as number;
      // 年度绩效目标 left blank beside the 实施期 goal: the long-term goal is what the row states.
      if (
        header.longGoal !== undefined &&
        !trimSpaces(row[c] ?? "") &&
        trimSpaces(row[header.longGoal] ?? "")
      )
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
        if (headingAbove?.project !== p || headingAbove.col !== c)
          headingAbove = { project: p, col: c, level1: null, level2: null };
        addPackedCell(b, p, r, c, text, undefined, headingAbove);
        lastDataRow = r;
        contextSinceData = false;
      } else if (startNew) {
        lastDataRow = r; // a project whose goal states no indicators is still a row of the table
      } else skippedRows.push(b.sheetRow(r)); // e.g. a note under the table
      continue;
    }

    // One indicator per row.
    const outcome = readIndicatorRow(b, p, { grid, texts, header, level2Names, pasted }, r, fill, startNew);
    if (outcome === "skipped") skippedRows.push(b.sheetRow(r));
    else if (outcome === "read") {
      lastDataRow = r;
      contextSinceData = false;
    }
  }
  if (header) closeTable(lastDataRow >= 0 ? lastDataRow : header.row);

  reportRowsNotRead(b, grid, skippedRows, longTermRows, targetsSetAside);
  // No header anywhere: a table pasted from a PDF, a row a cell (read by cutting its lines into columns)…
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
  if (b.tables.length === 0) parseHeaderless(b, texts, width);
  if (line !== null) reportHeaderInOneCell(b, line);
  else if (b.tables.length === 0) reportNoTable(b);
  // Projects that ended up with no indicators are kept (GOAL-EMPTY and COMPLETE-* need them).
  return { tables: b.tables, projects: b.projects, indicators: b.indicators, messages: b.messages };
}
