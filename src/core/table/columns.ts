/**
 * What a table's columns hold, read from the rows under its header: names in the 二级 column, words in
 * category columns, indicators after the goal in 绩效目标 cells, several indicators a line in one cell, a
 * 二级 written in the 一级 column.
 */
import type { Level2 } from "../record";
import { bareLabel, canonLevel1, canonLevel2, categoryOfLabel, costAmongOutputs } from "../text/categories";
import { canon, trimSpaces } from "../text/chars";
import { leadingNumbering, segmentCell } from "../text/segment";
import { findDates } from "../text/dates";
import { parseItem } from "../text/item";
import { parseTarget } from "../text/target";
import { isBareUnitHeader, namesDepartmentAndUnit } from "./headers";
import { headerOf, type HeaderInfo } from "./layout";
import { namesOffice } from "./rowKinds";
import { codeSet } from "../text/charClass";

const LEVEL2_NAMES: ReadonlySet<string> = new Set<Level2>([
  "数量指标",
  "质量指标",
  "时效指标",
  "成本指标",
  "经济成本指标",
  "社会成本指标",
  "生态环境成本指标",
  "经济效益指标",
  "社会效益指标",
  "生态效益指标",
  "可持续影响指标",
  "服务对象满意度指标",
]);

/**
 * A table with 一级 and 二级 columns but no 三级 column, whose 二级 cells are not all categories:
 * that column names the indicators (鄂州: 一级指标 | 二级指标 | 绩效标准 | 当年预期实现值 over
 * 数量指标 | 大楼安检巡察次数 | … | 200次). Decided for the whole table, because one cell alone
 * (服务对象满意度) can be either.
 */
export function namesInLevel2Column(h: HeaderInfo, texts: string[][], headerRow: number): boolean {
  const c = h.roles.level2;
  if (h.layout !== "rows" || h.roles.level3 !== undefined || c === undefined) return false;
  for (let r = headerRow + 1; r < texts.length; r++) {
    if (headerOf(texts[r], r)) break;
    const t = trimSpaces(texts[r][c] ?? "");
    if (!t || categoryOfLabel(t)) continue;
    const bare = bareLabel(t);
    if (!LEVEL2_NAMES.has(bare) && !LEVEL2_NAMES.has(`${bare}指标`)) return true;
  }
  return false;
}

/**
 * Whether the further groups of a header written twice side by side (HeaderInfo.sideGroups: 一级指标 |
 * 二级指标 | 指标内容, twice) hold indicators of their own: a row below writes one in a further group, and no row
 * names the same indicator in two groups (two halves of one list, 实施期 | 年度, name each twice).
 */
export function sideGroupsHoldOthers(h: HeaderInfo, texts: string[][], headerRow: number): boolean {
  const groups = h.sideGroups ?? [];
  const nameCol = (roles: HeaderInfo["roles"]) => roles.level3 ?? roles.level2 ?? roles.target;
  const first = nameCol(h.roles);
  if (first === undefined) return false;
  let written = false;
  for (let r = headerRow + 1; r < texts.length; r++) {
    if (headerOf(texts[r], r)) break;
    const name = trimSpaces(texts[r][first] ?? "");
    for (const g of groups) {
      const col = nameCol(g);
      const other = col === undefined ? "" : trimSpaces(texts[r][col] ?? "");
      if (!other) continue;
      if (other === name) return false;
      written = true;
    }
  }
  return written;
}

/** A unit's code before its name: its department's three digits and its own after them (503001-…). */
const UNIT_CODE = /^\s*\d{6,}\s*[-_－—]/;

/**
 * 部门（单位）名称 | 项目名称 | … over 503001-大兴安岭地区呼中区教育局, with no other column naming units: the
 * column names the budget units, as 单位名称 does (the code is a unit's, under its department's 503). Only
 * when a cell carries a unit's code; otherwise the column stays the department's.
 */
export function unitsInDepartmentColumn(h: HeaderInfo, texts: string[][], headerRow: number): boolean {
  const c = h.roles.department;
  if (c === undefined || h.roles.budgetUnit !== undefined) return false;
  if (!namesDepartmentAndUnit(h.headers.department ?? "")) return false;
  for (let r = headerRow + 1; r < texts.length; r++) {
    if (headerOf(texts[r], r)) break;
    if (UNIT_CODE.test(texts[r][c] ?? "")) return true;
  }
  return false;
}

/**
 * 单位 | 项目名称 | … | 指标值 over 零陵区文物局 | 柳子庙修缮 | … | 1200: a bare 单位 column whose cells name
 * offices (…局, …中心, …人民政府) more often than anything else is the submitting office's, not the measure
 * unit's (人, 个, %, 万元).
 */
export function officesInUnitColumn(h: HeaderInfo, texts: string[][], headerRow: number): boolean {
  const c = h.roles.unit;
  if (c === undefined || !isBareUnitHeader(h.headers.unit ?? "")) return false;
  let offices = 0;
  let others = 0;
  for (let r = headerRow + 1; r < texts.length && r <= headerRow + 200; r++) {
    if (headerOf(texts[r], r)) break;
    const t = trimSpaces(texts[r][c] ?? "");
    if (!t) continue;
    if (namesOffice(t)) offices++;
    else others++;
  }
  return offices > others;
}

/** A comparator alone in its cell, as a 符号 column writes it. */
const COMPARATOR_ONLY =
  /^(?:[≥≤><=＝＞＜≧≦]|>=|<=|＞＝|＜＝|大于等于|小于等于|大于或等于|小于或等于|大于|小于|等于|不少于|不低于|不超过|不高于|不大于)$/;

/**
 * A column whose header the table names its own way (比较 | 取值方式 …) but whose cells are all a
 * comparator (≥ | ≤ | ＝), or 定性 for the words-only targets: the comparator column. Only a rows table
 * with no comparator column of its own; null when there is none.
 */
export function comparatorColumnByContent(
  h: HeaderInfo,
  texts: string[][],
  headerRow: number,
): number | null {
  if (h.layout !== "rows" || h.roles.direction !== undefined || h.roles.target === undefined) return null;
  const used = new Set(Object.values(h.roles));
  const width = texts[headerRow].length;
  let end = headerRow + 1;
  while (end < texts.length && end <= headerRow + 60 && !headerOf(texts[end], end)) end++;
  for (let c = 0; c < width; c++) {
    if (used.has(c)) continue;
    let comparators = 0;
    let other = false;
    for (let r = headerRow + 1; r < end && !other; r++) {
      const t = trimSpaces(texts[r][c] ?? "").replace(/\s+/g, "");
      if (!t || t === "定性") continue;
      if (COMPARATOR_ONLY.test(t)) comparators++;
      else other = true;
    }
    if (!other && comparators >= 2) return c;
  }
  return null;
}

/** What a comparator's column writes for a target in words, with no comparator: 定性 (and 定量). */
const NATURE_WORD = /^(?:定性|定量)$/;

/**
 * 指标值 merged over two columns, with no row naming the two (… | 指标值 | (blank) | 计量单位 over
 * ≥ | 360 | 矿次, 定性 | 持续提升): the target's own column holds only comparators (or 定性), the blank-headed
 * column right of it the values. That column, or null — also when any cell of the target's column is
 * something else (≥360 written whole: the column is the target, as headed).
 */
export function valuesBesideComparators(h: HeaderInfo, texts: string[][], headerRow: number): number | null {
  const t = h.roles.target;
  if (h.layout !== "rows" || t === undefined || h.roles.direction !== undefined) return null;
  if (h.targetMax !== undefined || h.placeColumns || (h.halves?.target?.length ?? 0) > 1) return null;
  const v = t + 1;
  const head = texts[headerRow];
  if (v >= head.length || trimSpaces(head[v] ?? "") || Object.values(h.roles).includes(v)) return null;
  let pairs = 0;
  for (let r = headerRow + 1; r < texts.length && r <= headerRow + 60; r++) {
    const a = trimSpaces(texts[r][t] ?? "").replace(/\s+/g, "");
    if (!a) continue;
    if (headerOf(texts[r], r)) break;
    if (!COMPARATOR_ONLY.test(a) && !NATURE_WORD.test(a)) return null;
    if (trimSpaces(texts[r][v] ?? "")) pairs++;
  }
  return pairs >= 2 ? v : null;
}

/** Where indicators start in a goal cell: 绩效指标：, 【…指标…】, or a category label after a sentence. */
const INDICATORS_START =
  /绩效指标\s*:\s*|【[^】]{0,20}指标|(?:^|[。;,\n])\s*(?:\(?[一二三四五六七八九十\d]{1,2}[)、.]\s*)?(?:产出|效益|满意度|成本|数量|质量|时效|社会效益|经济效益|生态效益|可持续影响|服务对象满意度)指标/;

const GOAL_LABEL = /^\s*(?:年度)?(?:绩效)?目标\s*[:：]\s*/;

/** A 绩效目标 cell that holds the indicators too → its goal and its indicators' text. */
export function splitGoal(text: string): { goal: string; indicators: string } {
  const m = INDICATORS_START.exec(canon(text));
  if (!m) return { goal: trimSpaces(text), indicators: "" };
  let at = m.index;
  if (m[0].startsWith("绩效指标")) at += m[0].length;
  else while (at < text.length && /[。;；,，\n\s]/.test(text[at]) && at < m.index + m[0].length) at++;
  const goal = trimSpaces(text.slice(0, m[0].startsWith("绩效指标") ? m.index : at)).replace(GOAL_LABEL, "");
  return { goal, indicators: text.slice(at) };
}

/** Whether some cell of a header's category columns (until the next header) is words, not a number. */
export function categoryColumnsHoldWords(h: HeaderInfo, texts: string[][], headerRow: number): boolean {
  for (let r = headerRow + 1; r < texts.length && r <= headerRow + 50; r++) {
    if (headerOf(texts[r], r)) break;
    for (const c of h.categoryColumns) {
      const t = trimSpaces(texts[r][c.col] ?? "");
      if (t && /[\u4e00-\u9fa5]{2}/.test(t)) return true;
    }
  }
  return false;
}

/**
 * Whether a goal sentence states indicators: a target with a comparator (满意度达到90%以上), two whole
 * indicators or more (全年开展培训12期，培训人数不少于600人次), or one that ends with its target
 * (完成老旧小区改造12个) — not a goal that merely holds a number (保障单位38名在职人员正常运转, 落实《…》第二十条规定).
 */
export function statesIndicators(goal: string): boolean {
  if (COMPARED_NUMBER.test(goal)) return true;
  let items = 0;
  let only = "";
  for (const seg of segmentCell(goal))
    if (seg.kind === "item") {
      if (++items >= 2) return true;
      only = goal.slice(seg.start, seg.end);
    }
  return items === 1 && endsWithTarget(only);
}

/**
 * One indicator that ends with its target: 完成老旧小区改造12个, 验收合格率100%, 完成时间，三季度末 —
 * not a goal with a number inside its words (保障单位38名在职人员正常运转).
 */
function endsWithTarget(text: string): boolean {
  const item = parseItem(text);
  const target = trimSpaces(item.target);
  // "保障全区32所中小学营养午餐供应" reads whole as its own target: a number inside words.
  if (!target || !item.name || item.name.length > 24 || target.length > 12 || item.name.includes(target))
    return false;
  const t = parseTarget(target, { name: item.name }, item.targetCanon);
  if (t.kind === "quantitative") return t.unit !== "";
  // A period or a date and nothing much else (三季度末, 12月底前) — not words about the year (做好全年…).
  return t.kind === "date" && findDates(canon(target))[0]?.start === 0;
}

const COMPARED_NUMBER =
  /(?:[≥≤<>=]|不少于|不低于|不超过|不高于|大于|小于|低于|高于|超过|达到|至少|控制在)\s*[\d一二两三四五六七八九十百]|\d\s*(?:%|[^\d\s,，。;；]{0,3})\s*(?:以上|以内|以下)/;

/**
 * Whether some 绩效目标 cell under a header (until the next one) holds indicators after its goal, or states
 * them as sentences (a table whose only text column is 年度绩效目标).
 */
export function goalsHoldIndicators(h: HeaderInfo, texts: string[][], headerRow: number): boolean {
  const c = h.roles.goal as number;
  for (let r = headerRow + 1; r < texts.length; r++) {
    if (r > headerRow + 1 && headerOf(texts[r], r)) break;
    const t = texts[r][c];
    if (t && t.length > 6 && splitGoal(t).indicators && INDICATOR_TEXT.test(canon(t))) return true;
    if (t && t.length > 6 && statesIndicators(canon(t))) return true;
  }
  return false;
}

/**
 * A name cell and a target cell with the same number (two or more) of lines: the lines, paired. A bare
 * category heading among the names (产出指标：, 满意度指标：) stands against a blank line of targets, and is
 * paired with "" — the heading of the lines under it.
 */
export function linePairs(name: string, target: string): [string, string][] | null {
  if (!name.includes("\n") || !target.includes("\n")) return null;
  const names = name.split("\n").map(trimSpaces).filter(Boolean);
  const targets = target.split("\n").map(trimSpaces).filter(Boolean);
  if (names.length !== targets.length) return headedLinePairs(name, target);
  if (names.length < 2) return null;
  // A wrapped name or target ("项目完成\n时间", "3600\n万元", "100%\n（按月拨付）") is one indicator: lines
  // are separate indicators only when numbered alike, or when every name line is a name of its own and
  // every target line a number of its own.
  const numbered = (l: string) => leadingNumbering(canon(l)) !== null;
  const listed = names.every(numbered) && targets.every(numbered);
  const own =
    names.every((l) => l.length >= 4) &&
    targets.every((l) => /\d/.test(l) && !/^[(（]/.test(l) && parseTarget(l).kind === "quantitative");
  return listed || own ? names.map((n, k) => [n, targets[k]]) : null;
}

/**
 * The indicators of one row written a line each, or joined by one separator, in its name, target and unit
 * cells: each with its own line or part of the unit cell when that cell is stacked or joined alike (城市低保标准⏎
 * 农村低保标准 | ≥720⏎≥5300 | 元/人·月⏎元/人·年), the whole unit cell otherwise. Null when the row is one indicator.
 */
export function rowPairs(name: string, target: string, unit: string): [string, string, string][] | null {
  const lines = linePairs(name, target);
  if (lines) {
    if (!unit.includes("\n")) return lines.map(([n, t]) => [n, t, unit]);
    const units = unit.split("\n").map(trimSpaces).filter(Boolean);
    const filled = lines.filter(([, t]) => t).length;
    let k = 0;
    return lines.map(([n, t]) => {
      const own = units.length === lines.length ? units[k] : units.length === filled && t ? units[k] : "";
      if (units.length === lines.length || t) k++;
      return [n, t, own ?? ""];
    });
  }
  return joinedPairs(name, target, unit);
}

/** The separators that join two indicators in one row's cells, each with the same separator in the target. */
export const JOINERS: readonly RegExp[] = [/[/／]/, /、/, /[；;]/];
const JOINER_CODES = codeSet("/／、；;");

/** Whether a name holds one of JOINERS' separators (most names hold none: one pass over its characters). */
export function hasJoiner(name: string): boolean {
  for (let i = 0; i < name.length; i++) if (JOINER_CODES.has(name.charCodeAt(i))) return true;
  return false;
}

/**
 * 帮扶镇数/帮扶村数 | 22个/379个, 整治街道条数、长度 | 12条、8.6公里, 特困供养人数；临时救助人次 | 1850；2400 | 人；人次,
 * 培训果农人数/场次 | 3000/30 | 人/场: two (or more) indicators joined in one row — a part of the name for each
 * figure of the target, and a part of the unit (when the unit cell is joined alike) for each. A figure per part,
 * never a ratio (3000/30 人/场 is not 100). A name of one indicator (居民、商户满意度 | ≥90%, 生师比 | 18/1) stays.
 */
function joinedPairs(name: string, target: string, unit: string): [string, string, string][] | null {
  if (name.includes("\n") || target.includes("\n") || !hasJoiner(name)) return null;
  for (const sep of JOINERS) {
    if (!sep.test(name) || !sep.test(target)) continue;
    const names = name.split(sep).map(trimSpaces);
    const targets = target.split(sep).map(trimSpaces);
    if (names.length < 2 || names.length !== targets.length) continue;
    if (!names.every((n) => n.length >= 2 && !/\d$/.test(n))) continue;
    if (!targets.every((t) => /\d/.test(t) && parseTarget(t).kind === "quantitative")) continue;
    const units = sep.test(unit) ? unit.split(sep).map(trimSpaces) : null;
    if (units && (units.length !== names.length || units.some((u) => !u))) continue;
    return names.map((n, k) => [n, targets[k], units ? units[k] : unit]);
  }
  return null;
}

/**
 * 产出指标：\n数量指标：培训人数\n满意度指标：\n服务对象满意度：满意度 | \n200人\n\n≥90%: the names' bare headings
 * stand against blank lines of targets (the cell's leading blank lines are trimmed with it), and every
 * other line has a target — the blanks prove the lines aligned, whatever the targets say.
 */
function headedLinePairs(name: string, target: string): [string, string][] | null {
  const names = name.split("\n").map(trimSpaces);
  const targets = target.split("\n").map(trimSpaces);
  while (targets.length > names.length && !targets[targets.length - 1]) targets.pop();
  const lead = names.length - targets.length;
  if (lead < 0 || lead > 2) return null;
  let headings = 0;
  for (let k = 0; k < names.length; k++) {
    const n = names[k];
    const t = k < lead ? "" : targets[k - lead];
    if (!n) return null;
    // A heading is short and ends its line with its label (产出指标：), never with a name after it.
    const heading = n.length <= 16 && !t && categoryOfLabel(n) !== null;
    if (heading) headings++;
    else if (!t) return null;
  }
  if (!headings || names.length - headings < 2) return null;
  return names.map((n, k) => [n, k < lead ? "" : targets[k - lead]]);
}

/** "1.明显改善" → "明显改善": a target line keeps its words, not the list's numbering. */
export function withoutNumbering(line: string): string {
  const num = leadingNumbering(canon(line));
  return num ? trimSpaces(line.slice(num.end)) : line;
}

/**
 * The 二级 written in a 一级 column: a full 二级 name (社会效益指标, 数量指标), not a 一级 — or 成本指标
 * among 产出's 二级 (the previous row's 二级 is 数量/质量/时效).
 */
export function level2InLevel1Column(text: string, previous: Level2 | null): Level2 | null {
  const bare = bareLabel(text);
  const asLevel1 = canonLevel1(text);
  if (asLevel1 === "成本指标" && !/经济|社会|生态|环境/.test(bare))
    return costAmongOutputs({ level1: "成本指标", level2: null }, previous) ? "成本指标" : null;
  if (LEVEL2_NAMES.has(bare) || LEVEL2_NAMES.has(`${bare}指标`)) {
    const l2 = canonLevel2(text);
    // 满意度指标 is a 一级 as well as a 二级 name; as a 一级 it is read as one.
    return l2 && !(asLevel1 === "满意度指标" && /^满意度(指标)?$/.test(bare)) ? l2 : null;
  }
  return asLevel1 ? null : canonLevel2(text);
}

export const INDICATOR_TEXT = /(产出|效益|满意度|成本|数量|质量|时效)指标|【[^】]*指标[^】]*】/;
