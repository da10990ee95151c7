/**
 * Finding tables in a grid: header rows (anywhere — title rows above are common), the layout each
 * header implies, repeated header rows, and form-style context rows (项目名称 | 值).
 */
import type { Level1, Level2, LayoutKind } from "../record";
import { categoryOfLabel } from "../text/categories";
import { canon, isJsSpace as isJsSpaceCode } from "../text/chars";
import { leadingNumbering } from "../text/segment";
import { cellText, type Grid } from "../grid";
import {
  contextLabelRole,
  headerRole,
  isWeakTargetHeader,
  namesYearSpan,
  normalizeHeader,
  yearNamed,
  yearSpanNamed,
  type HeaderRole,
} from "./headers";

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
}

type HalfRole = "target" | "level1" | "level2" | "level3";

/** A column that holds the comparator itself (≥, ≤, ＝), not the way that is better (正向, 反向). */
const COMPARATOR_HEADER = /^(运算符号|运算符|计算符号|比较符号|比较符|符号|指标符号|指标值符号)$/;

const PLACE_LAST = new Set(Array.from("区县市旗镇乡道办处村会", (c) => c.charCodeAt(0)));

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

/** Roles recognised in one row, or null when the row is not a header of a usable table. */
export function headerOf(texts: string[], row: number): HeaderInfo | null {
  // Most rows are data: count their column names first, and build nothing for a row with fewer than two.
  let named = 0;
  for (let c = 0; c < texts.length && named < 2; c++) {
    const t = texts[c];
    if (!t || t.length > 40) continue;
    if (headerRole(t) || (t.length <= 20 && t.includes("指标") && categoryOfLabel(t.trim()))) named++;
  }
  if (named < 2) return null;
  const roles: RoleMap = {};
  const headers: Partial<Record<HeaderRole, string>> = {};
  const categoryColumns: CategoryColumn[] = [];
  const places: { col: number; place: string }[] = [];
  let count = 0;
  let longGoal: number | undefined;
  // Roles named twice (a long-term half and the year's half side by side): every column, to pick from.
  const twice: Partial<Record<HeaderRole, number[]>> = {};
  for (let c = 0; c < texts.length; c++) {
    const t = texts[c];
    if (!t || t.length > 40) continue;
    const role = headerRole(t);
    if (role) (twice[role] ??= []).push(c);
    if (!role) {
      const cat = t.length <= 20 && t.includes("指标") ? categoryOfLabel(t.trim()) : null;
      if (cat) categoryColumns.push({ col: c, header: t.trim(), ...cat });
      else if (isPlaceHeader(t)) places.push({ col: c, place: t.trim() });
      continue;
    }
    if (roles[role] !== undefined) {
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
  // "单位" next to a target column is a unit; without one it is the budget unit.
  if (has("unit") && !has("target") && headers.unit === "单位" && !has("budgetUnit")) {
    roles.budgetUnit = roles.unit;
    headers.budgetUnit = headers.unit;
    delete roles.unit;
    delete headers.unit;
  }
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
  const years = yearsOf(twice.target ?? [], texts);
  if (years.length >= 2) info.targetYears = years;
  const spans = spansOf(twice.target ?? [], texts);
  if (spans.length > 0) info.targetSpans = spans;
  if (halves.target) {
    info.halves = halves;
    info.targetSaid = targetsSay(halves.target.map((c) => texts[c]));
  }
  const nameCol = roles.level3 ?? roles.level2;
  if (layout === "rows" && !has("target") && nameCol !== undefined) {
    const right = places.filter((p) => p.col > nameCol);
    if (right.length >= 2) {
      info.placeColumns = right;
      info.signature += "," + right.map((p) => `${p.place}@${p.col}`).join(",");
    }
  }
  return info;
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

/** The target columns that name one year, with the year (2025年指标值 → 2025). */
function yearsOf(cols: number[], texts: string[]): { col: number; year: number; header: string }[] {
  return cols.flatMap((col) => {
    const year = yearNamed(texts[col]);
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

/**
 * A two-row header: columns named only in the row above (项目名称 over a merged block, then
 * 一级指标 | 二级指标 … below) are added to the header's roles.
 */
export function mergeUpperHeader(header: HeaderInfo, above: string[], lower: string[] = []): HeaderInfo {
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
  if (named < 2 && !overBlanksOnly) return header;
  let changed = false;
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
    if (role === "indicators" || role === "level1" || role === "level2" || role === "level3") continue;
    // 绩效目标 | 以办公大楼服务对象满意为目标… is a form's context row above the table, not a header.
    let v = c + 1;
    while (v < above.length && !above[v]?.trim()) v++;
    if (v < above.length && looksLikeValue(above[v])) continue;
    header.roles[role] = c;
    header.headers[role] = above[c].trim();
    changed = true;
  }
  if (changed) header.signature = signatureOf(header.roles, header.categoryColumns);
  return header;
}

/** Text that is a value written beside a label (a sentence, a number), not another column's name. */
function looksLikeValue(t: string): boolean {
  const x = t.trim();
  return !headerRole(x) && (x.length > 15 || /[，。,;；\d]/.test(x));
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
    !/(片区|园区|小区|景区|开发区|新区)$/.test(x)
  );
}

export interface ContextPair {
  role: "project" | "department" | "budgetUnit" | "goal" | "district";
  value: string;
  col: number;
  /** The column of the label (主管部门, 年度目标); `col` itself when label and value share a cell. */
  label: number;
  /**
   * Read only where the form names none of its own: 中央主管部门 | 农业农村部 above 省级主管部门 | 某省农业农村厅
   * (the department of the level above); 资金使用单位 | 各县（市、区） beside 实施单位 (those the funds reach).
   */
  upper?: true;
}

/** A form-style context row: 项目名称 | XX项目 | 主管部门 | YY. Null when the row is something else. */
export function contextRow(texts: string[], loose = false): ContextPair[] | null {
  let first = -1;
  for (let c = 0; c < texts.length; c++)
    if (texts[c].trim()) {
      first = c;
      break;
    }
  if (first < 0) return null;
  if (loose && !contextLabelRole(texts[first])) {
    // Above a table, a caption or another label may come first: 专项基本情况 | 专项名称 | …,
    // 市级财政部门 | 某市财政局 | 市级主管部门 | 某市水利局.
    let c = first + 1;
    while (c < texts.length && !(texts[c].trim() && contextLabelRole(texts[c]))) c++;
    if (c < texts.length && !/\d/.test(texts[first]) && texts[first].length <= 12) first = c;
  }
  if (!contextLabelRole(texts[first])) {
    // 预算单位：某市科技馆 — label and value in one cell, as in a title line above a table; more such
    // cells may follow in the row (项目名称：… | | 主管部门：…).
    const pairs = labelsInCell(texts[first], first);
    if (pairs.length === 0) return null;
    for (let c = first + 1; c < texts.length; c++)
      if (texts[c].trim()) pairs.push(...labelsInCell(texts[c], c));
    return pairs;
  }
  const pairs: ContextPair[] = [];
  for (let c = first; c < texts.length; c++) {
    const role = texts[c].trim() ? contextLabelRole(texts[c]) : null;
    if (!role) continue;
    let v = c + 1;
    while (v < texts.length && !texts[v].trim()) v++;
    if (v >= texts.length || contextLabelRole(texts[v])) continue;
    // 主管部门 | 春华镇 | 主管部门编码 | 411009: the code beside the name is no name.
    if (isCodeOnly(texts[c], texts[v])) {
      c = v;
      continue;
    }
    // 绩效目标 | 预期目标内容 | 完成…: a second label before the goal itself.
    if (role === "goal" && isGoalSubLabel(texts[v].trim())) {
      let w = v + 1;
      while (w < texts.length && !texts[w].trim()) w++;
      if (w < texts.length && !contextLabelRole(texts[w])) v = w;
    }
    const upper = isUpperLabel(role, texts[c]);
    pairs.push({ role, value: texts[v].trim(), col: v, label: c, ...(upper ? { upper } : {}) });
    c = v;
  }
  return pairs.length ? pairs : null;
}

/** A form's label in a row of labels: its role, its column, whether it is read only where none is. */
export interface LabelCell {
  role: ContextPair["role"];
  col: number;
  upper: boolean;
}

/**
 * 项目名称 | 主管部门 | 实施单位 over 农田水利建设补助 | 梅州市水务局 | 平远县水务局: a form's labels on a row
 * of their own, each value under its label. The labels, or null when the row is not such a row.
 */
export function labelsRow(texts: string[]): LabelCell[] | null {
  const labels: LabelCell[] = [];
  for (let c = 0; c < texts.length; c++) {
    const t = texts[c]?.trim();
    if (!t) continue;
    const role = t.length <= 20 ? contextLabelRole(t) : null;
    // 年度目标 | 实施期目标 over the goals are read elsewhere (goalLabelsRow).
    if (!role || role === "goal" || labels.some((l) => l.role === role && !l.upper)) return null;
    labels.push({ role, col: c, upper: isUpperLabel(role, t) });
  }
  return labels.length >= 2 ? labels : null;
}

/** The values under a row of labels (labelsRow), or null when the row holds anything else. */
export function valuesUnder(labels: LabelCell[], texts: string[]): ContextPair[] | null {
  const pairs: ContextPair[] = [];
  for (let c = 0; c < texts.length; c++) {
    const v = texts[c]?.trim();
    if (!v) continue;
    const label = labels.find((l) => l.col === c);
    if (!label || contextLabelRole(v) || headerRole(v) || !/[\u4e00-\u9fa5]/.test(v) || PLACEHOLDER.test(v))
      return null;
    pairs.push({
      role: label.role,
      value: v,
      col: c,
      label: c,
      ...(label.upper ? { upper: true as const } : {}),
    });
  }
  return pairs.length > 0 ? pairs : null;
}

/** What a blank form holds under its labels: （全称）, （盖章）, 请填写…, 详见附件, 无. */
const PLACEHOLDER = /^[(（].*[)）]$|^请?填写|^(?:详见|参见|见)|^[无略]$|^[/—-]+$/;

/** A label read only where the form names none of its own (see ContextPair.upper). */
function isUpperLabel(role: ContextPair["role"], text: string): boolean {
  const label = normalizeHeader(text);
  return (
    (role === "department" && label.startsWith("中央")) ||
    (role === "budgetUnit" && label.startsWith("资金使用单位"))
  );
}

/**
 * The context labels of one cell, each with its value: 预算单位：某市科技馆, and also several set apart by
 * spaces (主管部门：某区房管局  实施单位：某区住房保障中心). Empty unless the cell starts with one.
 */
function labelsInCell(text: string, col: number): ContextPair[] {
  const pairs: ContextPair[] = [];
  for (const part of text.split(/\s{2,}(?=[^\s:：]{2,12}[:：])/)) {
    const pair = labelInCell(part, col);
    if (pair) pairs.push(pair);
    // 项目编码：350112250001    项目名称：…: a code before the labels is passed over.
    else if (pairs.length === 0 && !CODE_LABEL.test(part)) return pairs;
  }
  return pairs;
}

/** 项目编码：…, 单位代码：…: a code written before a form's labels. */
const CODE_LABEL = /^\s*[^:：]{0,8}(?:编码|代码|编号)\s*[:：]\s*[0-9A-Za-z-]+\s*$/;

/** A context label and its value in one cell (预算单位：某市科技馆), or null. */
function labelInCell(text: string, col: number): ContextPair | null {
  const m = /^\s*([^:：]{2,12})[:：]\s*(\S.*?)\s*$/.exec(text);
  const role = m ? contextLabelRole(m[1]) : null;
  // 实施单位：同上 repeats a value of the line above: nothing new.
  return m && role && !/^[(（]?\s*(盖章|公章)/.test(m[2]) && !/^同[上左前]$/.test(m[2])
    ? { role, value: m[2], col, label: col }
    : null;
}

/** The label of a pair, as written (年度目标 of 年度目标：… in one cell too). */
export function labelText(pr: ContextPair, texts: string[]): string {
  const t = texts[pr.label] ?? "";
  return normalizeHeader(pr.label === pr.col ? t.replace(/[:：][\s\S]*$/, "") : t);
}

/** The goal's line ends before its sentence does: 1.完成6个老旧小区基础设施改造； */
const GOAL_GOES_ON = /[；;，,、:：]\s*$/;

/**
 * The next line of a goal written over two rows (年度目标 | 1.完成…； then | 2.惠及居民1800户…): the only
 * text of its row, in the goal's column, going on from a goal that has not ended or numbered as its next
 * item. Null when the row is something else.
 */
export function goalLineBelow(texts: string[], col: number, goal: string): string | null {
  let line: string | null = null;
  for (let c = 0; c < texts.length; c++) {
    const t = texts[c].trim();
    if (!t) continue;
    if (c !== col || contextLabelRole(t)) return null;
    line = t;
  }
  if (line === null) return null;
  return GOAL_GOES_ON.test(goal) || leadingNumbering(canon(line)) !== null ? line : null;
}

/** A label that asks for a code (主管部门编码, 单位代码 — not 单位名称及代码) with a code beside it. */
function isCodeOnly(label: string, value: string): boolean {
  return /(?<!及)(?:编码|代码)$/.test(normalizeHeader(label)) && /^[\dA-Za-z\s-]+$/.test(value);
}

export interface GoalLabels {
  /** The column of the year's goal, or of the only one. */
  goal: number;
  /** The columns of the year's label and of the long-term one, when the row has both. */
  terms?: { year: number; long: number };
}

/**
 * 总体目标 | 实施期总体目标 | 年度目标: labels of goals written in the row below, under each label (the
 * central template). Null when the row is not such.
 */
export function goalLabelsRow(texts: string[]): GoalLabels | null {
  // Most rows start with something else: look at the first filled cells before building anything.
  // 项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | … | 年度目标完成情况: the section's captions
  // may come before the goal's label.
  let first = 0;
  let captions = 0;
  for (; first < texts.length; first++) {
    const t = texts[first].trim();
    if (!t) continue;
    if (contextLabelRole(t) === "goal") break;
    if (++captions > 2 || t.length > 14 || /[，。；,;]/.test(t)) return null;
  }
  if (first >= texts.length) return null;
  const labels: number[] = [];
  for (let c = first; c < texts.length; c++) {
    const t = texts[c].trim();
    if (!t) continue;
    // The first a goal's label; the others labels of what is written below them (自评表: 预期目标 |
    // 实际完成情况).
    if (labels.length === 0 ? contextLabelRole(t) !== "goal" : !isGoalSubLabel(t)) return null;
    labels.push(c);
  }
  if (labels.length < 2) return null;
  const sub = labels.slice(1).filter((c) => !/实际|完成/.test(texts[c]));
  const year = sub.find((c) => isYearTerm(texts[c]));
  // 中期目标 | … | 年度目标: the long-term goal's label may be the first.
  const long = labels.find((c) => c !== year && LONG_TERM.test(texts[c]));
  // 项目年度目标 | 年度目标完成情况: the goal under the first label, beside what was done.
  const goal = year ?? sub[0] ?? (labels.length > sub.length + 1 ? labels[0] : undefined);
  if (goal === undefined) return null;
  return year !== undefined && long !== undefined ? { goal, terms: { year, long } } : { goal };
}

/** A label of the long-term half: 中期目标, 实施期目标, 中期滚动目标（2025年--2027年）. */
const LONG_TERM = /中期|长期|实施期|实施周期|滚动/;
/** A label of the year's half: 年度目标, 本年度指标, 当年绩效目标. */
const YEAR_TERM = /年度|本年|当年/;
/** 中期滚动目标（2025年度—2027年度） names years, yet is the long-term half. */
const isYearTerm = (t: string) => YEAR_TERM.test(t) && !LONG_TERM.test(t);

/** The year's label and the long-term one among labels (年度目标 | 中期目标), when both are there. */
function termsOf(labels: { col: number; text: string }[]): { year: number; long: number } | null {
  const long = labels.find((l) => LONG_TERM.test(l.text));
  const year = labels.find((l) => isYearTerm(l.text));
  return year && long ? { year: year.col, long: long.col } : null;
}

/**
 * 中期指标 | 年度指标 (or 中期目标 | 年度目标 with no goal written under them): captions of the two halves
 * of the header below, saying which is the year's. Null when the row is not only such captions.
 */
export function termsRow(texts: string[]): { year: number; long: number } | null {
  const labels: { col: number; text: string }[] = [];
  for (let c = 0; c < texts.length; c++) {
    const t = texts[c].trim();
    if (!t) continue;
    if (t.length > 16 || !/指标|目标/.test(t) || !(LONG_TERM.test(t) || YEAR_TERM.test(t))) return null;
    labels.push({ col: c, text: t });
  }
  return termsOf(labels);
}

/** 中期目标 | 建成… | 年度目标 | 完成…: the columns of the year's goal label and the long-term one. */
export function goalTerms(pairs: ContextPair[], texts: string[]): { year: number; long: number } | null {
  const goals = pairs.filter((p) => p.role === "goal" && p.label !== p.col);
  return goals.length < 2 ? null : termsOf(goals.map((p) => ({ col: p.label, text: texts[p.label] })));
}

function isGoalSubLabel(t: string): boolean {
  // 中期滚动目标（2024年--2026年）: the note of its years makes the label no longer.
  const label = t.replace(/[(（][^()（）]*[)）]\s*$/, "");
  return contextLabelRole(t) === "goal" || (label.length <= 12 && /目标|完成情况|实际/.test(label));
}
