/**
 * Finding tables in a grid: header rows (anywhere — title rows above are common), the layout each
 * header implies (its roles, halves, years, category and place columns), and repeated header rows.
 * A form's lines of context around a table are read in formLines.ts.
 */
import { type Level1, type Level2, type LayoutKind } from "../record";
import { categoryOfLabel } from "../text/categories";
import { isJsSpace as isJsSpaceCode, trimSpaces } from "../text/chars";
import { cellText, type Grid } from "../grid";
import { withShortPlaces } from "./shortPlaces";
import { AREA_NAMED_DISTRICTS } from "./district";
import {
  headerRole,
  isBareUnitHeader,
  isPackedTargetHeader,
  isWeakTargetHeader,
  namesYearSpan,
  normalizeHeader,
  pairBounds,
  targetBound,
  targetYear,
  withoutYears,
  yearColumns,
  yearNamed,
  yearSpanNamed,
  type HeaderRole,
} from "./headers";
import { codeSet } from "../text/charClass";

export type RoleMap = Partial<Record<HeaderRole, number>>; // role → grid column index

export interface HeaderInfo {
  /** Grid row index of the header row. */
  row: number;
  roles: RoleMap;
  headers: Partial<Record<HeaderRole, string>>;
  layout: LayoutKind;
  /** Roles joined, to recognise a repeated header. */
  signature: string;
  /**
   * Columns headed by a category (项目名称 | 产出指标 | 效益指标 | 满意度指标, or 数量指标 | 质量指标 …):
   * each cell packs the indicators of its column's category. Empty in other tables.
   */
  categoryColumns: CategoryColumn[];
  /**
   * No indicator column: the 绩效目标 cells may hold the indicators after the goal ("…。产出指标：…").
   * The parser keeps this header only when they do.
   */
  indicatorsInGoal?: boolean;
  /** 实施期绩效目标 beside 年度绩效目标: the long-term goal's column, read where the year's is blank. */
  longGoal?: number;
  /**
   * Columns headed by a place (… | 指标方向 | 东林街道办 | 南岸镇 | 北溪乡): each holds that place's targets,
   * one project per place. Present only in a table with no target column.
   */
  placeColumns?: { col: number; place: string }[];
  /** 合计 | 总计 beside the place columns: the places' sum, no place; read as each row's total. */
  totalColumns?: { col: number; header: string }[];
  /** Columns among the place columns whose header names no place (姑苏区 | 市直 | 吴中区): not read, and named. */
  notPlaces?: { col: number; header: string; row?: number }[];
  /**
   * 2024年实际完成值 | 2025年指标值, 上年完成值: last year's actual figure beside the year's target, read onto each
   * record (`prior`) for the review to compare. Absent when no column is so headed.
   */
  priorColumn?: { col: number; header: string };
  /** Target columns that differ by the year they name (2023年指标值 | 2024年指标值): the parser picks the title's. */
  targetYears?: { col: number; year: number; header: string }[];
  /**
   * Every column of a role named twice or more (指标值 of the mid-term half and of the year's, 二级指标 of
   * each): the target is chosen among them, the names from the half it is in. Absent when none is.
   */
  halves?: Partial<Record<HalfRole, number[]>>;
  /** Whether the target headers say which of them is the year's (年度指标值 beside 实施期指标值). */
  targetSaid?: boolean;
  /** Target columns naming a span of years (2025-2027年指标值), for a title's year no column names alone. */
  targetSpans?: { col: number; from: number; to: number; header: string }[];
  /**
   * 下限 | 上限: the column of the target's upper bound; the target column (roles.target) then holds its
   * lower bound. Absent in a table writing its target in one column.
   */
  targetMax?: number;
  /**
   * 一级指标 | 二级指标 | 指标内容 | 一级指标 | 二级指标 | 指标内容: the same columns written again beside the first
   * ones (a 申报表 printing its indicators in two groups side by side, 产出 on the left, 效益 and 满意度 on the
   * right): the columns of each further group, under the roles the first group's columns have. The parser
   * reads them after the first group's rows (readGrid), unless they turn out to be two halves of the same
   * indicators (实施期 | 年度).
   */
  sideGroups?: RoleMap[];
}

type HalfRole = "target" | "level1" | "level2" | "level3";

/** A column that holds the comparator itself (≥, ≤, ＝), not the way that is better (正向, 反向). */
const COMPARATOR_HEADER = /^(运算符号|运算符|计算符号|比较符号|比较符|符号|指标符号|指标值符号)$/;

const PLACE_LAST = codeSet("区县市旗镇乡道办处村会");

/** A header that names a place: a district, county, town, street or village. */
const PLACE = /^[\u4e00-\u9fa5]{1,10}(?:区|县|市|旗|镇|乡|街道|街道办|街道办事处|村|社区|居委会)$/;

export interface CategoryColumn {
  col: number;
  header: string;
  level1: Level1 | null;
  level2: Level2 | null;
}

/** The text of every cell of a row (number cells through `texts` when the grid has them). */
export function rowTexts(grid: Grid, r: number, width: number): string[] {
  const row = grid.values[r] ?? [];
  const shown = grid.texts?.[r];
  const out: string[] = new Array(width);
  for (let c = 0; c < width; c++) {
    const v = row[c];
    const t =
      typeof v === "number" && shown && typeof shown[c] === "string" && shown[c] !== ""
        ? (shown[c] as string)
        : cellText(v);
    out[c] = t;
  }
  return out;
}

/** The year's target among several (年度指标值 beside 实施期指标值; 计划指标值 beside 指标值). */
const YEAR_WORD = /年度|全年|本年|当年|计划/;
/** A note giving the header's other name, (或计划水平), says nothing of which half it is. */
const isYearTarget = (t: string) => YEAR_WORD.test(t.replace(/[(（]\s*或[^()（）]*[)）]/g, ""));

/** A cell naming a category (产出指标, 数量指标): short and saying 指标, its 一级/二级; else null. */
function categoryCell(t: string): ReturnType<typeof categoryOfLabel> {
  return t.length <= 20 && t.includes("指标") ? categoryOfLabel(t.trim()) : null;
}

/** Roles recognised in one row, or null when the row is not a header of a usable table. */
export function headerOf(texts: string[], row: number): HeaderInfo | null {
  // Most rows are data: count their column names first, and build nothing for a row with fewer than two.
  let named = 0;
  for (let c = 0; c < texts.length && named < 2; c++) {
    const t = texts[c];
    if (!t || t.length > 40) continue;
    if (headerRole(t) || categoryCell(t)) named++;
  }
  if (named < 2) return null;
  const roles: RoleMap = {};
  const headers: Partial<Record<HeaderRole, string>> = {};
  const categoryColumns: CategoryColumn[] = [];
  const places: { col: number; place: string }[] = [];
  let count = 0;
  let longGoal: number | undefined;
  // 指标 alone: the indicators' column beside the project's (see below), or a caption over other columns.
  let bareIndicators: number | undefined;
  // Roles named twice (a long-term half and the year's half side by side): every column, to pick from.
  const twice: Partial<Record<HeaderRole, number[]>> = {};
  for (let c = 0; c < texts.length; c++) {
    const t = texts[c];
    if (!t || t.length > 40) continue;
    const role = headerRole(t);
    if (role) (twice[role] ??= []).push(c);
    if (!role) {
      const cat = categoryCell(t);
      if (cat) categoryColumns.push({ col: c, header: t.trim(), ...cat });
      else if (isPlaceHeader(t)) places.push({ col: c, place: t.trim() });
      else if (bareIndicators === undefined && t.length <= 20 && isBareIndicatorsHeader(t))
        bareIndicators = c;
      continue;
    }
    if (roles[role] !== undefined) {
      // 单位 | 项目名称 | … | 计量单位: the measure's column is the unit, the bare 单位 the submitting office.
      if (role === "unit" && isBareUnitHeader(headers.unit ?? "") !== isBareUnitHeader(t)) {
        const bare = isBareUnitHeader(t)
          ? { col: c, header: t.trim() }
          : { col: roles.unit as number, header: headers.unit ?? "" };
        if (bare.col !== c) {
          roles.unit = c;
          headers.unit = t.trim();
        }
        if (takeBudgetUnitColumn({ roles, headers }, bare.col, bare.header)) count++;
      }
      // 单位 | … | 单位名称: the column the header names as the unit's is the budget unit, not the bare 单位.
      if (role === "budgetUnit" && isBareUnitHeader(headers.budgetUnit ?? "")) {
        roles.budgetUnit = c;
        headers.budgetUnit = t.trim();
      }
      // 实施期指标值 | 年度指标值: the year's target is the one reviewed.
      if (
        role === "target" &&
        ((isYearTarget(t) && !isYearTarget(headers.target ?? "")) ||
          // 2025-2027年指标值 | 2025年指标值: a span of years is the long-term half.
          (namesYearSpan(headers.target ?? "") && !namesYearSpan(t)) ||
          // 绩效标准 | 当年预期实现值: the standard column explains, the value column is the target.
          (isWeakTargetHeader(headers.target ?? "") && !isWeakTargetHeader(t)))
      ) {
        roles.target = c;
        headers.target = t.trim();
      }
      // 实施期绩效目标 | 年度绩效目标: the year's goal is the one its indicators serve.
      if (role === "goal" && isYearTarget(t) && !isYearTarget(headers.goal ?? "")) {
        longGoal = roles.goal;
        roles.goal = c;
        headers.goal = t.trim();
      } else if (role === "goal") longGoal ??= c;
      // 指标方向 (正向/反向) beside 比较符 (≥/≤): the comparator's column is the direction read; the
      // other says which way is better, as 指标性质 does.
      if (role === "direction") {
        const comparatorHere = COMPARATOR_HEADER.test(normalizeHeader(t));
        if (comparatorHere && !COMPARATOR_HEADER.test(normalizeHeader(headers.direction ?? ""))) {
          takeComparatorColumn({ roles, headers }, c, t.trim());
        } else if (!comparatorHere && roles.nature === undefined) {
          roles.nature = c;
          headers.nature = t.trim();
        }
      }
      continue;
    }
    roles[role] = c;
    headers[role] = t.trim();
    count++;
  }
  // 绩效指标 | 一级指标 | 二级指标 | 三级指标及指标值: the first 绩效指标 is a caption merged down the left of the
  // categories; the one right of them holds each indicator's name and target.
  const packedTwice = twice.indicators;
  if (packedTwice && packedTwice.length >= 2 && (roles.level1 !== undefined || roles.level2 !== undefined)) {
    const after = packedTwice.find((c) => c > Math.max(roles.level1 ?? -1, roles.level2 ?? -1));
    if (
      after !== undefined &&
      (roles.indicators as number) < Math.min(roles.level1 ?? Infinity, roles.level2 ?? Infinity)
    ) {
      roles.indicators = after;
      headers.indicators = texts[after].trim();
    }
  }
  // 三级指标 | 2024年 | 2025年 | 2026年 | 计量单位: a 中期 table names its target columns by their years alone.
  const names = roles.level3 ?? roles.indicators ?? roles.level2;
  let yearsAlone: number[] | null = null;
  if (roles.target === undefined && names !== undefined) {
    const years = yearColumns(texts, names);
    yearsAlone = years;
    if (years) {
      twice.target = years;
      roles.target = years[0];
      headers.target = texts[years[0]].trim();
      count++;
    }
  }
  // 三级指标 | 中期目标 | 2025年目标 (黔南's, 德宏's tables): with no 指标值, the goals' columns right of the
  // names hold each row's targets, as 实施期指标值 | 年度指标值 do — the year's read, the long-term one set aside.
  if (roles.target === undefined && roles.level3 !== undefined) {
    const goals = goalTargetColumns(texts, roles.level3);
    if (goals) {
      const year = goals.find((c) => isYearTarget(texts[c]) || yearNamed(texts[c]) !== null) ?? goals[0];
      if (roles.goal !== undefined && goals.includes(roles.goal)) {
        delete roles.goal;
        delete headers.goal;
      } else count++;
      if (longGoal !== undefined && goals.includes(longGoal)) longGoal = undefined;
      twice.target = goals;
      roles.target = year;
      headers.target = texts[year].trim();
    }
  }
  // 下限 | 上限 (指标值（下限）| 指标值（上限）) beside the names: one target written as its two bounds, not
  // two targets.
  const bounds =
    roles.level3 !== undefined || roles.level2 !== undefined || roles.indicators !== undefined
      ? boundColumns(texts, twice.target ?? [])
      : null;
  if (bounds) {
    if (roles.target === undefined) count++;
    roles.target = bounds.low;
    headers.target = texts[bounds.low].trim();
    delete twice.target;
  }
  const halves: Partial<Record<HalfRole, number[]>> = {};
  for (const role of ["target", "level1", "level2", "level3"] as const)
    if ((twice[role]?.length ?? 0) >= 2) halves[role] = twice[role];
  namesOfHalf(roles, headers, halves, texts);
  const has = (r: HeaderRole) => roles[r] !== undefined;
  // 项目名称 | 绩效目标 | 产出指标 | 效益指标 | 满意度指标: indicators packed by category, one column each.
  const byCategory =
    categoryColumns.length >= 2 &&
    !has("indicators") &&
    !has("level1") &&
    !has("level2") &&
    !has("level3") &&
    !has("target") &&
    (has("project") || has("budgetUnit") || has("department") || has("goal"));
  if (byCategory) {
    // 序号 | 单位 | 项目名称 | 数量指标 | …: a 单位 left of the category columns, with no target column for a
    // measurement unit to serve, names the project's budget unit.
    if (
      has("unit") &&
      isBareUnitHeader(headers.unit ?? "") &&
      !has("budgetUnit") &&
      (roles.unit as number) < categoryColumns[0].col
    )
      takeBudgetUnitColumn({ roles, headers }, roles.unit as number, headers.unit ?? "");
    return {
      row,
      roles,
      headers,
      layout: "packed",
      signature: signatureOf(roles, categoryColumns),
      categoryColumns,
    };
  }
  if (count < 2) return null;
  // 单位名称 | 项目名称 | 绩效目标 | 绩效指标值: no name or category column for a value column to serve; the
  // column holds the indicators, packed with their values.
  if (
    has("target") &&
    !has("indicators") &&
    !has("level1") &&
    !has("level2") &&
    !has("level3") &&
    categoryColumns.length === 0 &&
    (has("project") || has("budgetUnit") || has("department") || has("goal")) &&
    isPackedTargetHeader(headers.target ?? "")
  ) {
    roles.indicators = roles.target;
    headers.indicators = headers.target;
    delete roles.target;
    delete headers.target;
  }
  // 单位名称 | 项目名称 | 项目绩效目标 | 三级指标: a 三级 column with no category and no target column beside it
  // holds each project's indicators packed with their values, as 绩效指标 does.
  if (
    has("level3") &&
    !has("indicators") &&
    !has("level1") &&
    !has("level2") &&
    !has("target") &&
    !has("unit") &&
    categoryColumns.length === 0 &&
    (has("project") || has("budgetUnit") || has("department"))
  ) {
    roles.indicators = roles.level3;
    headers.indicators = headers.level3;
    delete roles.level3;
    delete headers.level3;
  }
  // 单位名称 | 项目名称 | 绩效目标 | 指标: 指标 alone, with no category, name or target column beside it, holds
  // each project's indicators packed with their values (over 一级指标 | 二级指标 … it is their caption, and the
  // row under it the header read).
  if (
    bareIndicators !== undefined &&
    !has("indicators") &&
    !has("level1") &&
    !has("level2") &&
    !has("level3") &&
    !has("target") &&
    categoryColumns.length === 0 &&
    (has("project") || has("budgetUnit") || has("department"))
  ) {
    roles.indicators = bareIndicators;
    headers.indicators = texts[bareIndicators].trim();
  }
  // "单位" next to a target column is a unit; without one it is the budget unit.
  if (has("unit") && !has("target") && isBareUnitHeader(headers.unit ?? "") && !has("budgetUnit"))
    takeBudgetUnitColumn({ roles, headers }, roles.unit as number, headers.unit ?? "");
  // 一级指标 | 二级指标 | 绩效目标内容 | 指标值 (older templates): the column right of the categories
  // names the indicators; the project's goal is written elsewhere.
  if (
    !has("level3") &&
    has("goal") &&
    has("target") &&
    (has("level1") || has("level2")) &&
    (roles.goal as number) > Math.max(roles.level1 ?? -1, roles.level2 ?? -1)
  ) {
    roles.level3 = roles.goal;
    headers.level3 = headers.goal;
    delete roles.goal;
    delete headers.goal;
  }
  let layout: LayoutKind | null = null;
  if (has("level3") && (has("target") || has("level1") || has("level2"))) layout = "rows";
  else if (
    has("indicators") &&
    (has("level1") || has("level2")) &&
    (roles.indicators as number) < Math.min(roles.level1 ?? Infinity, roles.level2 ?? Infinity) &&
    has("target")
  ) {
    // 绩效指标 | 一级指标 | 二级指标 | … : a caption merged down the left of the 一级/二级 columns,
    // which name the indicators themselves (鄂州's forms: 数量指标 | 大楼安检巡察次数 | … | 200次).
    delete roles.indicators;
    delete headers.indicators;
    layout = "rows";
  } else if (has("indicators") && (has("level1") || has("level2") || has("target"))) {
    // 一级 | 二级 | 绩效指标 | 指标值: the 绩效指标 column names each indicator.
    roles.level3 = roles.indicators;
    headers.level3 = headers.indicators;
    layout = "rows";
  } else if (has("indicators")) layout = "packed";
  else if ((has("level1") || has("level2")) && has("target")) layout = "rows";
  if (!layout && has("goal") && (has("project") || has("budgetUnit") || has("department"))) {
    roles.indicators = roles.goal;
    headers.indicators = headers.goal;
    return {
      row,
      roles,
      headers,
      layout: "packed",
      signature: signatureOf(roles, []),
      categoryColumns: [],
      indicatorsInGoal: true,
      ...(longGoal !== undefined ? { longGoal } : {}),
    };
  }
  if (!layout) return null;
  if (layout === "rows" && has("indicators") && roles.indicators !== roles.level3) {
    // A merged "绩效指标" label beside the 一级…三级 columns is a caption, not a column.
    delete roles.indicators;
    delete headers.indicators;
  }
  const info: HeaderInfo = {
    row,
    roles,
    headers,
    layout,
    signature: signatureOf(roles, []),
    categoryColumns: [],
  };
  if (bounds) {
    info.targetMax = bounds.high;
    info.signature += `,targetMax@${bounds.high}`;
  }
  // (Its years are the header's own: 三级指标 | 2028年 under a table of 2025年 | 2026年 is another table.)
  if (yearsAlone) info.signature += `,years:${yearsAlone.map((c) => texts[c].trim()).join("|")}`;
  const years = yearsOf(twice.target ?? [], texts);
  if (years.length >= 2) info.targetYears = years;
  const prior = priorColumnOf(texts, roles.target);
  if (prior) info.priorColumn = prior;
  const spans = spansOf(twice.target ?? [], texts);
  if (spans.length > 0) info.targetSpans = spans;
  if (halves.target) {
    info.halves = halves;
    info.targetSaid = targetsSay(halves.target.map((c) => texts[c]));
  }
  const groups =
    layout === "rows" && !bounds && years.length < 2 && spans.length === 0
      ? sideGroupsOf(texts, roles, twice)
      : null;
  if (groups) info.sideGroups = groups;
  const nameCol = roles.level3 ?? roles.level2;
  if (layout === "rows" && !has("target") && nameCol !== undefined) {
    // 洮北区 | 洮南 | 镇赉县: a short name among places is one too (shortPlaces.ts).
    const right = withShortPlaces(
      texts,
      nameCol,
      places.filter((p) => p.col > nameCol),
    );
    // 姑苏区 | 苏州工业园区 | 高新区 | 常熟市: a park is a place when two columns beside it name places.
    if (right.filter((p) => !isParkHeader(p.place)).length >= 2) {
      info.placeColumns = right;
      info.signature += "," + right.map((p) => `${p.place}@${p.col}`).join(",");
      const totals = sumColumns(texts, nameCol + 1, right);
      if (totals.length > 0) info.totalColumns = totals;
      const skipped = notPlacesAmong(texts, right, info);
      if (skipped.length > 0) info.notPlaces = skipped;
    }
  }
  return info;
}

/** The roles of an indicator's own columns: the ones a group of columns side by side repeats (sideGroupsOf). */
const GROUP_ROLES: ReadonlySet<HeaderRole> = new Set<HeaderRole>([
  "indicators",
  "level1",
  "level2",
  "level3",
  "target",
  "unit",
  "nature",
  "direction",
  "weight",
]);

/**
 * The further groups of a header whose indicator columns are written again beside the first ones, headed
 * alike (一级指标 | 二级指标 | 指标内容 | 一级指标 | 二级指标 | 指标内容): each group's columns under the roles
 * the first group's columns took (`roles`; `byRole`, every column of each role, as headerOf read them). Null
 * when the header writes its columns once, or its groups differ (年度指标值 beside 实施期指标值: two halves, one
 * of them read).
 */
function sideGroupsOf(
  texts: string[],
  roles: RoleMap,
  byRole: Partial<Record<HeaderRole, number[]>>,
): RoleMap[] | null {
  const cols: { col: number; header: string }[] = [];
  for (const role of GROUP_ROLES)
    for (const col of byRole[role] ?? []) cols.push({ col, header: normalizeHeader(texts[col]) });
  cols.sort((x, y) => x.col - y.col);
  // The first group's first header, written again, starts each further group.
  const starts: number[] = [];
  for (let i = 0; i < cols.length; i++) if (cols[i].header === cols[0].header) starts.push(i);
  if (starts.length < 2) return null;
  const size = starts[1];
  if (size < 2 || cols.length !== size * starts.length) return null;
  for (let k = 1; k < starts.length; k++) {
    if (starts[k] !== k * size) return null;
    for (let i = 0; i < size; i++) if (cols[k * size + i].header !== cols[i].header) return null;
  }
  // The roles the first group's columns took, at the same place in each further group.
  const groups: RoleMap[] = [];
  for (let k = 1; k < starts.length; k++) {
    const group: RoleMap = {};
    for (const [role, col] of Object.entries(roles) as [HeaderRole, number | undefined][]) {
      const i = cols.findIndex((x) => x.col === col);
      if (i >= 0 && i < size) group[role] = cols[k * size + i].col;
    }
    if (group.level3 === undefined && group.target === undefined) return null;
    groups.push(group);
  }
  return groups;
}

/** The headed columns between the first and the last place column that no role, category or place takes. */
function notPlacesAmong(
  texts: string[],
  places: { col: number; place: string }[],
  info: HeaderInfo,
): { col: number; header: string }[] {
  const taken = new Set<number>(places.map((p) => p.col));
  for (const c of Object.values(info.roles)) if (c !== undefined) taken.add(c);
  for (const c of info.categoryColumns) taken.add(c.col);
  const out: { col: number; header: string }[] = [];
  // Up to the total after the places (… | 通榆县 | 通榆开发区 | 合计): what stands before it is summed too.
  const last = places[places.length - 1].col;
  const total = info.totalColumns?.find((t) => t.col > last)?.col ?? last;
  for (let c = places[0].col + 1; c < total; c++) {
    const t = (texts[c] ?? "").trim();
    if (t && !taken.has(c) && !isTotalHeader(t)) out.push({ col: c, header: t });
  }
  // 全市 | 新城区 | … | 未央区 | 市本级, 合计 | 市本级 | 万州区 | …: the city's own level beside the places, the
  // total before them — in the total too (round 198: left out in silence, and the total checked without it).
  if (total === last && info.totalColumns?.some((t) => t.col < places[0].col)) {
    const own = (c: number) => OWN_LEVEL_HEADER.test((texts[c] ?? "").trim()) && !taken.has(c);
    for (let c = places[0].col - 1; c >= 0 && own(c); c--) out.unshift({ col: c, header: texts[c].trim() });
    for (let c = last + 1; c < texts.length && own(c); c++) out.push({ col: c, header: texts[c].trim() });
  }
  return out;
}

/** 市本级, 县本级, 本级, 市直: the city's (or county's) own level, a column beside its places. */
const OWN_LEVEL_HEADER = /^(?:[\u4e00-\u9fa5]{0,6}?本级|[市县区州]直)$/;

/**
 * The columns of a target written as its bounds (下限 | 上限, 最低值 | 最高值, 指标值（下限）| 指标值（上限）):
 * one of each, and no other target column beside them. Null otherwise.
 */
function boundColumns(texts: string[], targets: number[]): { low: number; high: number } | null {
  const bounds: { col: number; bound: "low" | "high" }[] = [];
  for (let c = 0; c < texts.length; c++) {
    const bound = targetBound(texts[c]);
    if (bound) bounds.push({ col: c, bound });
  }
  const pair = pairBounds(bounds);
  return pair && targets.every((c) => c === pair.low || c === pair.high) ? pair : null;
}

/**
 * 二级指标（长期）| 三级指标（长期）| 指标值（长期）| 二级指标（年度）| 三级指标（年度）| 指标值（年度）:
 * the names are read from the half of the target that was chosen (the nearest columns left of it).
 */
function namesOfHalf(
  roles: RoleMap,
  headers: HeaderInfo["headers"],
  halves: Partial<Record<HalfRole, number[]>>,
  texts: string[],
): void {
  const target = roles.target;
  if (target === undefined) return;
  for (const role of ["level1", "level2", "level3"] as const) {
    const left = (halves[role] ?? []).filter((c) => c < target);
    if (left.length === 0) continue;
    roles[role] = left[left.length - 1];
    headers[role] = texts[roles[role] as number].trim();
  }
}

/** The target read from column `col` (one of the header's target columns), the names from its half. */
export function chooseTarget(h: HeaderInfo, col: number, texts: string[]): void {
  if (h.roles.target === col) return;
  h.roles.target = col;
  // A two-row header names its target columns in the upper row.
  h.headers.target =
    texts[col].trim() ||
    (h.targetYears?.find((t) => t.col === col)?.header ??
      h.targetSpans?.find((t) => t.col === col)?.header ??
      "");
  if (h.halves) namesOfHalf(h.roles, h.headers, h.halves, texts);
}

/**
 * The target column of the half a goal label stands over (年度目标 over the columns of the year's
 * indicators): the first target column at or right of the label. Null when the year's label and the
 * long-term one stand over the same half.
 */
export function targetUnderLabels(h: HeaderInfo, labels: { year: number; long: number }): number | null {
  const targets = h.halves?.target;
  if (!targets) return null;
  const under = (c: number) => targets.find((t) => t >= c) ?? targets[targets.length - 1];
  const year = under(labels.year);
  return year !== under(labels.long) ? year : null;
}

function signatureOf(roles: RoleMap, categoryColumns: readonly CategoryColumn[]): string {
  return (Object.keys(roles) as HeaderRole[])
    .sort()
    .map((k) => `${k}@${roles[k]}`)
    .concat(categoryColumns.map((c) => `${c.level1 ?? ""}/${c.level2 ?? ""}@${c.col}`))
    .join(",");
}

/**
 * The column `col` holds the comparator (≥ ≤ ＝): it becomes the direction read, and a 指标方向 column read
 * so far (正向/反向, which way is better) is kept as the 指标性质 is, where the table has none.
 */
export function takeComparatorColumn(
  h: Pick<HeaderInfo, "roles" | "headers">,
  col: number,
  header: string,
): void {
  const { roles, headers } = h;
  if (roles.direction !== undefined && roles.direction !== col && roles.nature === undefined) {
    roles.nature = roles.direction;
    headers.nature = headers.direction;
  }
  roles.direction = col;
  headers.direction = header;
}

/**
 * The bare 单位 column `col` names the submitting office (零陵区文物局), not the measure unit: it is the
 * budget unit's column, unless the table names one already (单位名称), and never the unit's. Whether a
 * budget unit's column was added.
 */
export function takeBudgetUnitColumn(
  h: Pick<HeaderInfo, "roles" | "headers">,
  col: number,
  header: string,
): boolean {
  const { roles, headers } = h;
  if (roles.unit === col) {
    delete roles.unit;
    delete headers.unit;
  }
  if (roles.budgetUnit !== undefined) return false;
  roles.budgetUnit = col;
  headers.budgetUnit = header;
  return true;
}

/** The target columns that name one year, with the year (2025年指标值 → 2025). */
function yearsOf(cols: number[], texts: string[]): { col: number; year: number; header: string }[] {
  return cols.flatMap((col) => {
    // 2025年指标值, or 2025 alone over a 中期 table's column.
    const year = targetYear(texts[col]);
    return year === null ? [] : [{ col, year, header: texts[col].trim() }];
  });
}

/** The target columns that name a span of years, with the span. */
function spansOf(
  cols: number[],
  texts: string[],
): { col: number; from: number; to: number; header: string }[] {
  return cols.flatMap((col) => {
    const span = yearSpanNamed(texts[col] ?? "");
    return span ? [{ col, ...span, header: texts[col].trim() }] : [];
  });
}

/** Whether target headers say which of them is the year's (年度指标值 beside 实施期指标值, 2025年 beside 2025-2027年). */
function targetsSay(headers: string[]): boolean {
  return (
    new Set(headers.map(isYearTarget)).size > 1 ||
    (new Set(headers.map(namesYearSpan)).size > 1 && headers.some((t) => yearNamed(t) !== null))
  );
}

/** 2024年实际完成值, 上年实际值, 上年度完成值, 去年实际: last year's actual, no target (no role of its own). */
const PRIOR_HEADER =
  /^(?:(?:19|20)\d\d年度?|上年度?|上一年度?|去年)(?:实际)?(?:完成|实现|执行)?(?:值|数|情况)?$|^上年(?:度)?(?:实际|完成)(?:指标)?值$/;

/** The column of last year's actual figure, with no role of its own, before or after the target's. */
function priorColumnOf(
  texts: string[],
  target: number | undefined,
): { col: number; header: string } | undefined {
  if (target === undefined) return undefined;
  for (let c = 0; c < texts.length; c++) {
    const t = (texts[c] ?? "").replace(/\s+/g, "");
    if (c !== target && /实际|完成|上年|去年/.test(t) && PRIOR_HEADER.test(t) && headerRole(t) === null)
      return { col: c, header: texts[c].trim() };
  }
  return undefined;
}

/** What the sub-columns under a merged 指标值 hold: its comparator, its number, its unit. */
const SUB_ROLE: readonly [RegExp, "direction" | "target" | "unit"][] = [
  // 指标性质 under 指标值 (南昌's 指标性质 | 目标值 | 计量单位) holds ≥, ≤, = or 定性, as 符号 does.
  [/^(符号|运算符号|运算符|比较符|比较符号|指标符号|计算符号|指标方向|指标性质|性质)$/, "direction"],
  // 数值及单位, 数值（含单位）, 目标值及单位: the number with its unit, beside the comparator's column.
  [/^(数值|值|数|指标值|目标值|数量)(?:[及和与](?:计量)?单位|[(（]含(?:计量)?单位[)）])?$/, "target"],
  [/^(计量单位|度量单位|单位|指标单位)$/, "unit"],
];

/** The sub-column a word under a merged 指标值 names (符号 → direction, 数值 → target, 单位 → unit), or null. */
export function subColumnRole(word: string): "direction" | "target" | "unit" | null {
  return SUB_ROLE.find(([re]) => re.test(word))?.[1] ?? null;
}

/**
 * 指标值 merged over 符号 | 数值 | 单位 where the lower row is the header's own (项目名称 | 绩效指标 | | | 指标值 over
 * | 一级指标 | 二级指标 | 三级指标 | 符号 | 数值 | 单位): the banner's sub-columns, each cell under it one of them
 * and its number's among them; null otherwise.
 */
function splitUnderBanner(
  above: string[],
  lower: string[],
): { banner: number; target: number; direction?: number; unit?: number } | null {
  const banner = above.findIndex((t) => !!t?.trim() && headerRole(t) === "target");
  if (banner < 0) return null;
  const found: { target?: number; direction?: number; unit?: number } = {};
  let c = banner;
  for (; c < lower.length && (c === banner || !above[c]?.trim()); c++) {
    const t = trimSpaces(lower[c] ?? "").replace(/\s+/g, "");
    if (!t) continue;
    const role = subColumnRole(t);
    if (!role || found[role] !== undefined) return null;
    found[role] = c;
  }
  if (found.target === undefined || Object.keys(found).length < 2) return null;
  return { ...found, banner, target: found.target };
}

/** Reads a banner's sub-columns (splitUnderBanner) into the header: 单位 there is the measure's, not the office's. */
function takeSplitUnderBanner(header: HeaderInfo, above: string[], lower: string[]): boolean {
  const split = splitUnderBanner(above, lower);
  if (!split) return false;
  const { roles, headers } = header;
  const named = (c: number) => `${above[split.banner].trim()}-${trimSpaces(lower[c])}`;
  if (split.direction !== undefined) takeComparatorColumn(header, split.direction, named(split.direction));
  for (const role of ["target", "unit"] as const) {
    const c = split[role];
    if (c === undefined) continue;
    if (roles.budgetUnit === c) {
      delete roles.budgetUnit;
      delete headers.budgetUnit;
    }
    roles[role] = c;
    headers[role] = named(c);
  }
  return true;
}

/**
 * A two-row header: columns named only in the row above (项目名称 over a merged block, then
 * 一级指标 | 二级指标 … below) are added to the header's roles.
 */
export function mergeUpperHeader(header: HeaderInfo, above: string[], lower: string[] = []): HeaderInfo {
  // 指标值 over 符号 | 数值 | 单位 of the header's own row: the target's columns, however few names the row above.
  const split = header.roles.target === undefined && takeSplitUnderBanner(header, above, lower);
  const used = new Set(Object.values(header.roles));
  // 实施期目标 | … | 年度目标 over the two halves: labels of the halves, not a goal column over 一级指标.
  for (const cols of Object.values(header.halves ?? {})) for (const c of cols) used.add(c);
  const overBlank = (c: number) => !lower[c]?.trim();
  // Only a row of column names is a header's upper row; 项目名称 | 镇域内基础设施建设 is a form's line. A
  // row naming only the columns the lower one leaves blank (2024年实际完成值 | 2025年目标值 over
  // 一级指标 | 二级指标 | 三级指标 | | ) names them, however few its names.
  let named = 0;
  for (const t of above) if (t && headerRole(t)) named++;
  const overBlanksOnly =
    lower.length > 0 &&
    header.roles.target === undefined &&
    above.every((t, c) => !t?.trim() || overBlank(c));
  if (named < 2 && !overBlanksOnly) {
    if (split) header.signature = signatureOf(header.roles, header.categoryColumns);
    return header;
  }
  let changed = split;
  // 2025年指标值 | 2025-2027年指标值 over the lower row's blanks: the year's is read, the other set aside.
  const targets: number[] = [];
  for (let c = 0; c < above.length; c++)
    if (!used.has(c) && overBlank(c) && above[c] && headerRole(above[c]) === "target") targets.push(c);
  if (targets.length > 0 && header.roles.target === undefined) {
    const texts = targets.map((c) => above[c]);
    const year = targets.find((c) => isYearTarget(above[c]) || yearNamed(above[c]) !== null) ?? targets[0];
    header.roles.target = year;
    header.headers.target = above[year].trim();
    if (targets.length >= 2) {
      header.halves = { ...header.halves, target: targets };
      header.targetSaid = targetsSay(texts);
      // 2025年指标值 | 2026年指标值: the title's year picks among them (as in a one-row header).
      const years = yearsOf(targets, above);
      if (years.length >= 2) header.targetYears = years;
      const spans = spansOf(targets, above);
      if (spans.length > 0) header.targetSpans = spans;
    }
    changed = true;
  }
  for (let c = 0; c < above.length; c++) {
    if (used.has(c) || !above[c]) continue;
    const role = headerRole(above[c]);
    if (!role || header.roles[role] !== undefined) continue;
    // 一级指标 | 二级指标 | 三级指标 over | | 指标名称 | 指标值 (三级指标 a banner over its name and value): the
    // upper row's category columns, merged down over the lower row's blanks left of the names, are the table's.
    const names = header.roles.level3;
    const levelOver =
      (role === "level1" || role === "level2") && names !== undefined && c < names && overBlank(c);
    if (!levelOver && (role === "indicators" || role === "level1" || role === "level2" || role === "level3"))
      continue;
    // 绩效目标 | 以办公大楼服务对象满意为目标… is a form's context row above the table, not a header.
    let v = c + 1;
    while (v < above.length && !above[v]?.trim()) v++;
    if (v < above.length && looksLikeValue(above[v])) continue;
    // 实施单位 | 县茶叶中心 over 实际完成值 | 分值: a label over a column the lower row names itself, its
    // value beside it, is a line of context, not the name of the column under it.
    if (v < above.length && !overBlank(c) && !namesColumn(above[v])) continue;
    header.roles[role] = c;
    header.headers[role] = above[c].trim();
    changed = true;
  }
  if (changed) header.signature = signatureOf(header.roles, header.categoryColumns);
  return header;
}

/**
 * 绩效指标 merged over 产出指标 | 效益指标及满意度指标 (the row under a packed table's header): the columns
 * of the categories it names, from the 绩效指标 column on — a column per category, as a one-row header
 * 项目名称 | 产出指标 | 效益指标 writes them. Null when the row is not such a row. Under a header already
 * read so (a page break repeating both rows), the same names at the same columns.
 */
export function subHeaderCategories(row: string[], h: HeaderInfo): CategoryColumn[] | null {
  const known = h.categoryColumns;
  const from = h.roles.indicators ?? known[0]?.col;
  if (from === undefined || h.layout !== "packed") return null;
  const found: CategoryColumn[] = [];
  for (let c = 0; c < row.length; c++) {
    const t = row[c];
    if (!t || !t.trim()) continue;
    // Left of it, the cells of columns merged down both rows are blank.
    if (c < from) return null;
    const cat = categoryCell(t);
    if (!cat) return null;
    found.push({ col: c, header: t.trim(), ...cat });
  }
  if (found.length < 2) return null;
  // 绩效目标 merged over 产出指标 | 效益指标 | 满意度指标 (a 乡村振兴项目库's): a banner over the categories, the first
  // right under it, no other column of the header's among them — not the goal's column.
  if (h.indicatorsInGoal) {
    const last = found[found.length - 1].col;
    const inside = Object.values(h.roles).some((c) => c !== undefined && c > from && c <= last);
    return found[0].col === from && !inside ? found : null;
  }
  if (known.length > 0) {
    if (
      found.length === known.length &&
      found.every((f, k) => f.col === known[k].col && f.header === known[k].header)
    )
      return known;
    return level2sUnder(known, found);
  }
  return found;
}

/**
 * 产出指标 | (merged) | 效益指标 | 满意度指标 over 数量指标 | 质量指标 | 社会效益指标 | 服务对象满意度指标: the
 * upper row names the 一级 of each merged block, the lower row a 二级 per column. Every column is read,
 * with the 一级 written over it and its own 二级. A block with nothing under it (效益指标 merged down both
 * rows, beside 产出指标 over 数量指标 | 质量指标 | 时效指标) is one column, read as the upper row names it.
 * Null unless each upper name stands over the first column of its block and names an 一级 alone.
 */
function level2sUnder(known: CategoryColumn[], found: CategoryColumn[]): CategoryColumn[] | null {
  if (known.some((k) => k.level1 === null || k.level2 !== null)) return null;
  if (!found.some((f) => f.level2 !== null)) return null;
  const out: CategoryColumn[] = [];
  let k = 0;
  for (const f of found) {
    // The blocks left of this column with nothing under them: merged down, read as they are.
    while (k + 1 < known.length && known[k + 1].col <= f.col) {
      if (!out.some((o) => o.col >= known[k].col)) out.push(known[k]);
      k++;
    }
    const over = known[k];
    // A column named under a merged-down block's blank neighbour, or under no block at all: not this layout.
    if (f.col < over.col || (f.col > over.col && !out.some((o) => o.col === over.col))) return null;
    const upper = over.level1 as Level1;
    // A satisfaction 二级 under the 效益 block is the 满意度 一级's; 成本指标 under 产出指标 is a 二级.
    const level1: Level1 = f.level1 === "满意度指标" ? "满意度指标" : upper;
    const level2: Level2 | null =
      f.level2 ?? (f.level1 === "成本指标" && upper !== "成本指标" ? "成本指标" : null);
    out.push({ col: f.col, header: f.header, level1, level2 });
  }
  for (; k < known.length; k++) if (!out.some((o) => o.col >= known[k].col)) out.push(known[k]);
  return out;
}

/**
 * The header reads its packed indicators from the category columns named under it: the 绩效指标 over them
 * is their caption. Its signature stays its upper row's, so that a page break's repeat is seen as one.
 */
export function readCategoriesUnder(h: HeaderInfo, columns: CategoryColumn[]): void {
  h.categoryColumns = columns;
  delete h.roles.indicators;
  delete h.headers.indicators;
  // (绩效目标 over them: a banner, no column of goals.)
  if (h.indicatorsInGoal) {
    delete h.indicatorsInGoal;
    delete h.longGoal;
    delete h.roles.goal;
    delete h.headers.goal;
  }
}

/** 指标 alone (指标（含指标值）): a column of indicators, or a caption over the columns naming them. */
function isBareIndicatorsHeader(t: string): boolean {
  return t.includes("指标") && normalizeHeader(t) === "指标";
}

/** A column's name: a role's header, or a category's (产出指标). */
function namesColumn(t: string): boolean {
  const x = t.trim();
  return headerRole(x) !== null || categoryCell(x) !== null;
}

/** Text that is a value written beside a label (a sentence, a number), not another column's name. */
function looksLikeValue(t: string): boolean {
  const x = t.trim();
  return !headerRole(x) && (x.length > 15 || /[，。,;；\d]/.test(x));
}

/**
 * 合计, 总计 (合计（万元）), and 全市, 全县, 全区, 全州 (a 区域 table's city-wide column beside its counties', 全市 |
 * 洮北区 | 洮南市): a column holding the whole of the place columns beside it, no place of its own — not 小计 (a
 * group's) nor 本级 (the city's own spending).
 */
export const SUM_WORDS = "合\\s*计|总\\s*计|全\\s*(?:省|市|州|盟|地区|县|区|旗|县区|区县|市县)(?:合计|总计)?";
const SUM_HEADER = new RegExp(`^(?:${SUM_WORDS})(?:$|[(（])`);

/** The 合计/总计 columns from `from` on that are none of the place columns: the places' sum. */
export function sumColumns(
  texts: readonly string[],
  from: number,
  places: readonly { col: number }[],
): { col: number; header: string }[] {
  const taken = new Set(places.map((p) => p.col));
  const out: { col: number; header: string }[] = [];
  for (let c = Math.max(0, from); c < texts.length; c++) {
    const t = trimSpaces(texts[c] ?? "");
    if (t && !taken.has(c) && SUM_HEADER.test(t)) out.push({ col: c, header: t });
  }
  return out;
}

/** A column of totals beside places: 全县, 合计, 小计, 总计, 本级. */
export function isTotalHeader(t: string): boolean {
  return /^(全|合计|小计|总计|本级)/.test(t);
}

/** A header that names a place: 城关镇, 东林街道办 — not a total (全县, 合计). */
export function isPlaceHeader(t: string): boolean {
  // The last character first: most cells end in none of 区 县 市 旗 镇 乡 道 办 处 村 区 会.
  if (!PLACE_LAST.has(t.charCodeAt(t.length - 1)) && !isJsSpaceCode(t.charCodeAt(t.length - 1))) return false;
  const x = t.trim();
  return (
    x.length <= 14 &&
    PLACE.test(x) &&
    !isTotalHeader(x) &&
    !/^(涉及|所在|所属|受益|实施|覆盖|涵盖|服务|各)/.test(x) &&
    !/^(城区|市区|郊区|农村|城镇|乡村|片区|社区|街道|村)$/.test(x) &&
    (!/(片区|园区|小区|景区|开发区|新区)$/.test(x) || isParkHeader(x) || AREA_NAMED_DISTRICTS.has(x))
  );
}

/**
 * A park a city lists beside its districts: 苏州工业园区, 高新区, 经开区, 某某经济技术开发区 (not 小区, 景区, 片区,
 * a bare 园区). A table counts one as a place only among other place columns.
 */
function isParkHeader(t: string): boolean {
  const x = t.trim();
  return (
    x.length >= 3 &&
    x.length <= 14 &&
    /^[\u4e00-\u9fa5]+$/.test(x) &&
    /(工业园区|产业园区|科技园区|开发区|高新区|经开区|新区)$/.test(x) &&
    !/^(涉及|所在|所属|受益|实施|覆盖|涵盖|服务|各|全)/.test(x)
  );
}

/**
 * A header written in two rows as one row: each column's label from the other row where it has one,
 * else the header's (一级指标 | 二级指标 | 三级指标 | 2025年 | 2026年 | 2027年 for 指标值 merged over the
 * years below). A page break copies the header so when its merges were lost. `below`: the row under the
 * header (its sub-columns); `above`: the row over it (绩效指标 over 一级指标 | 二级指标 | 三级指标). Null
 * when the flattened row is the header itself.
 */
export function flattenedHeader(
  header: readonly string[],
  other: { below?: readonly string[]; above?: readonly string[] },
): string[] | null {
  const { below, above } = other;
  if (!below && !above) return null;
  const flat = header.map((t, c) => (below ? below[c] || t : t || (above?.[c] ?? "")));
  return flat.every((t, c) => t === header[c]) ? null : flat;
}

/**
 * 中期目标, 年度目标, 2025年目标, 2025年度目标, 中期目标（2025-2027年）: a goal's words heading a column of targets.
 * Read as targets only right of a 三级 column in a header with no 指标值 (`headerOf`).
 */
const GOAL_TARGET_HEADER = /^(?:年度|本年度|本年|当年度|当年|全年|中期|实施期|实施周期|长期)?目标$/;

/** The columns right of the names headed as goals (中期目标 | 2025年目标), or null when there are none. */
function goalTargetColumns(texts: string[], names: number): number[] | null {
  const cols: number[] = [];
  for (let c = names + 1; c < texts.length; c++) {
    const t = texts[c];
    // Most headers end otherwise: one look for 标 before anything is built.
    if (!t || !t.includes("标") || t.length > 30) continue;
    if (GOAL_TARGET_HEADER.test(withoutYears(normalizeHeader(t)))) cols.push(c);
  }
  return cols.length > 0 ? cols : null;
}
