/** Project context read from a table: district columns, form lines, and whether a row restates a project. */
import { type IndicatorRecord, type ProjectInfo } from "../record";
import { bracketedDistrict, CODE_PREFIX, districtOf, leadingCity, leadingDistrict } from "../table/district";
import { type ContextPair } from "../table/formLines";
import { type RoleMap } from "../table/layout";
import { type Context, contextDistrict } from "./builder";
import { isDigit } from "../text/chars";

/** Whether a row names a unit or a department other than the project's. */
export function otherUnit(p: ProjectInfo, budgetUnit: string, department: string): boolean {
  return (!!budgetUnit && budgetUnit !== p.budgetUnit) || (!!department && department !== p.department);
}

/**
 * A district column's cell as a district, read as a unit's name is: 440112黄埔区 → 黄埔区, 广州市白云区 →
 * 白云区, 阿里地区噶尔县 → 噶尔县, 梅州市梅县区 → 梅县区; a place the reader does not know (建德市, 某开发区) is
 * kept as written (a city the cell starts with, 建德市…, is its place); words for all or none (全市, 各区, 市本级, 合计) are no district.
 */
export function districtOfColumn(cell: string): string {
  if (!cell || NO_DISTRICT_WORD.test(cell)) return "";
  const name = cell.replace(/^\d+\s*/, "");
  // 海珠区、白云区: several places, kept as written.
  if (/[、,，/]/.test(name)) return name;
  // 白云区（太和镇）: the district the cell starts with, not the town in its bracket.
  return (
    leadingDistrict(name) ??
    bracketedDistrict(name) ??
    cityOfColumn(name) ??
    TOWN_OF_VILLAGE.exec(name)?.[1] ??
    name
  );
}

/**
 * 曲子镇西沟村, 城关镇东街社区 (a 乡镇/村 column): the town, the village below a district's level left to the
 * project's name.
 */
const TOWN_OF_VILLAGE =
  /^([\u4e00-\u9fa5]{1,6}?(?:镇|乡|街道|苏木))[\u4e00-\u9fa5]{2,8}?(?:村|社区|嘎查|居委会|村委会)$/;

/**
 * 建德市 (or 建德市教育局), 杭州市建德市: the city a district column's cell names — the second one when two are
 * written, a 县级市 after its prefecture (in a unit's name, X市Y市 is left unread: 上海市绿化和市容管理局).
 */
function cityOfColumn(name: string): string | null {
  const city = leadingCity(name);
  if (!city) return null;
  const rest = name.slice(name.indexOf(city) + city.length);
  const next = rest ? leadingCity(rest) : null;
  return next && rest.startsWith(next) ? next : city;
}
const NO_DISTRICT_WORD =
  /^(?:全市|全区|全县|全省|全州|全旗|各区|各县|各地|各镇|市本级|区本级|县本级|本级|合计|小计|总计)$/;
/** The city's (or county's) own level in a district column: 市本级, no district's rows. */
export const OWN_LEVEL = /^(?:市本级|区本级|县本级|本级)$/;

/** 白云区, 白云 and 白云县 name one place for the comparison of two rows' districts. */
export function districtKey(name: string): string {
  return name.length > 2 ? name.replace(/(?:自治县|自治旗|街道|苏木|区|县|市|旗|镇|乡)$/, "") : name;
}

/**
 * 见附件, 详见附表2: a form's line pointing elsewhere names no department or unit; nor does a column's caption
 * (资金使用单位 | 资金使用单位名称 | 金额（万元）, the head of a list of units below).
 */
export const SEE_ELSEWHERE = /^[(（]?\s*(?:详见|参见|见)\s*(?:附件|附表|下表|清单|名单)|名称$/;

/**
 * Whether a line of context fits a project: it says what the project says of its district, department,
 * unit or goal, or fills in what the project does not say (a goal written under its indicators).
 */
export function fits(p: ProjectInfo, pr: ContextPair): boolean {
  if (pr.role === "project") return false;
  const said = p[pr.role];
  return !said || said === pairValue(pr);
}

/**
 * 下达地方或单位 | 某区人民政府: a unit in a place's line that names no place the district reader knows —
 * no district rather than a unit's name taken for one.
 */
export function unitForPlace(pr: ContextPair): boolean {
  return pr.role === "district" && districtOf(pr.value) === null && UNIT_END.test(pr.value);
}
const UNIT_END = /(?:政府|局|委员会|委|中心|办公室|办|公司|单位|所|站|院|校)$/;

/** A place's own office, read as the place (东林街道办, 城关镇居委会). */
const PLACE_OFFICE = /(?:街道办|街道办事处|居委会|村委会|居委|村委)$/;

/**
 * 市医保局, 油篓沟乡人民政府 in a district column (乡镇 | 项目名称 | …): a unit, not a place — its name, as a district
 * column's cell reads (districtOfColumn), still ends in an office's word. The unit's name, or null when the cell
 * reads as a place (毛都站镇, 白云区, 建德市教育局 → 建德市).
 */
export function unitInDistrictColumn(cell: string): string | null {
  return UNIT_END.test(cell) && !PLACE_OFFICE.test(cell) ? cell : null;
}

/**
 * A line of context's value as the project holds it: 补助区域 | 某县 names the district, 下达地方 |
 * 某区人民政府 a place that contains one.
 */
export function pairValue(pr: ContextPair): string {
  return pr.role === "district" ? (districtOf(pr.value) ?? pr.value) : pr.value;
}

/**
 * Whether a block's context names the project before it again and nothing new: the same name, unit,
 * department and district, and no goal of its own (or the same).
 */
export function restatesOnly(p: ProjectInfo, ctx: Context): boolean {
  return (
    ctx.project === p.project &&
    ctx.budgetUnit === p.budgetUnit &&
    ctx.department === p.department &&
    contextDistrict(ctx) === p.district &&
    // 廉江市… then 雷州市…: two blocks under titles of two cities are two projects.
    (p.district !== null || (ctx.titleCity ?? null) === (p.titleCity ?? null)) &&
    (!ctx.goal || ctx.goal === p.goal)
  );
}

/** 无, 暂无, —, /: a cell saying nothing is there. */
const NOTHING = /^(?:暂?无|[/／—–\-－]+)$/;

/**
 * 双槐树乡 | (blank) | 无: a row naming at most its place, unit or department, whose only other words say there
 * is nothing (无, —, /; a number beside them, its 序号, aside) — a place with no project, no project of its own
 * and none of the row above.
 */
export function saysNoProject(row: string[], roles: RoleMap): boolean {
  let nothing = false;
  for (let c = 0; c < row.length; c++) {
    const t = row[c];
    if (!t) continue;
    const v = t.trim();
    if (!v || c === roles.district || c === roles.budgetUnit || c === roles.department) continue;
    if (NOTHING.test(v)) nothing = true;
    else if (!/^\d{1,3}$/.test(v)) return false;
  }
  return nothing;
}

/** A unit's or a department's name without the code before it (831-千佛镇部门 → 千佛镇部门). */
export function withoutCode(name: string): string {
  // Most names start with a Chinese character: one look at the first one.
  const c = name.charCodeAt(0);
  if (c > 0x7f && c !== 0x3010 && c !== 0xff08 && c !== 0x3000) return withoutCodeAfter(name);
  const m = CODE_PREFIX.exec(name);
  if (!m) return name;
  const rest = name.slice(m[0].length);
  // 2024 年度…, 1 : a number that is the name's own, or nothing after the code: kept as written.
  return rest.length >= 2 && !/^\d/.test(rest) && !dateGoesOn(m[0], rest) ? rest : name;
}

/**
 * A budget system's project code before the name, under 项目编码及名称 (11010525T000001234567-朝阳区城市绿地养护):
 * eight characters or more of letters and digits, six digits at least, then a separator — never a name's own
 * figures (2025年…, G228国道…).
 */
const PROJECT_CODE =
  /^\s*[[【(（]?\s*(?=(?:[A-Za-z]*\d){6})[0-9A-Za-z]{8,}\s*[\]】)）]?\s*[-－—_:：、\s]?\s*/;

/** A project's name without the budget system's code before it (PROJECT_CODE); as written when none. */
export function withoutProjectCode(name: string): string {
  const c = name.charCodeAt(0);
  if (c > 0x7f && c !== 0x3010 && c !== 0xff08) return name;
  const m = PROJECT_CODE.exec(name);
  if (!m) return name;
  const rest = name.slice(m[0].length);
  return rest.length >= 2 && !/^[\d年月日]/.test(rest) ? rest : name;
}

/**
 * Whether a code before a name is a date's number the name goes on from (2024 年度…, 12 月…, 5 日…): a year
 * of 4 digits, a month or a day of 1 or 2, not in brackets — [213]日照市农业农村局 and 3710 日照市… are codes.
 */
function dateGoesOn(code: string, rest: string): boolean {
  const c = rest.charAt(0);
  if (c !== "年" && c !== "月" && c !== "日") return false;
  const digits = /^\s*(\d+)[\s.．、:：-]*$/.exec(code)?.[1];
  if (!digits) return false;
  return c === "年" ? digits.length === 4 || digits.length === 2 : digits.length <= 2;
}

/**
 * A budget code in brackets after a name (主管部门及代码 | 新乡市交通运输局[206001]): 3 digits or more, and the
 * unit's own digits after the department's bracket (蚌埠市公安局[201]001).
 */
const CODE_SUFFIX = /\s*[[【(（]\s*\d{3,}\s*[\]】)）]\s*\d*\s*$/;

/**
 * A name without a budget code in brackets after it (新乡市交通运输局[206001] → 新乡市交通运输局, 蚌埠市公安局[201]001
 * → 蚌埠市公安局).
 */
function withoutCodeAfter(name: string): string {
  // One look at the last characters: a closing bracket after a digit (the digits after it passed over).
  let k = name.length - 1;
  while (k > 0 && name.charCodeAt(k) === 32) k--;
  while (k > 0 && isDigit(name.charCodeAt(k))) k--;
  while (k > 0 && name.charCodeAt(k) === 32) k--;
  const c = name.charCodeAt(k);
  if (c !== 93 /* ] */ && c !== 0x3011 /* 】 */ && c !== 41 /* ) */ && c !== 0xff09 /* ） */) return name;
  const d = name.charCodeAt(k - 1);
  if (!isDigit(d)) return name;
  const m = CODE_SUFFIX.exec(name);
  return m && m.index >= 2 ? name.slice(0, m.index) : name;
}

/**
 * The units and departments of the projects and their records without their export codes, once the
 * walk is done (the codes told a unit's row from its department's: 831001 under 831).
 */
export function dropUnitCodes(projects: ProjectInfo[], indicators: IndicatorRecord[]): void {
  // Records copy their project's names: only those of a project that had a code are looked at again.
  const coded = new Set<number>();
  for (const p of projects) {
    const unit = withoutCode(p.budgetUnit);
    const department = withoutCode(p.department);
    if (unit === p.budgetUnit && department === p.department) continue;
    p.budgetUnit = unit;
    p.department = department;
    coded.add(p.id);
  }
  if (coded.size === 0) return;
  for (const i of indicators) {
    if (!coded.has(i.projectId)) continue;
    i.budgetUnit = withoutCode(i.budgetUnit);
    i.department = withoutCode(i.department);
  }
}

/**
 * The projects of a 部门整体 table (滨州市民政局2025年部门整体支出绩效目标表 | 部门名称 | 滨州市民政局) that name
 * no project, named by the department whose whole spending the table sets targets for (else its unit, else
 * 部门整体支出), so that the sheets say which table each row is from — and so do their records.
 */
export function nameWholeDepartments(
  projects: ProjectInfo[],
  indicators: IndicatorRecord[],
  whole: ReadonlySet<number>,
): void {
  if (whole.size === 0) return;
  const named = new Map<number, string>();
  for (const p of projects) {
    if (!whole.has(p.id) || p.project !== "") continue;
    p.project = p.department || p.budgetUnit || "部门整体支出";
    named.set(p.id, p.project);
  }
  if (named.size === 0) return;
  for (const i of indicators) {
    const name = named.get(i.projectId);
    if (name !== undefined) i.project = name;
  }
}
