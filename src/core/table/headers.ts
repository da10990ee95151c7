/**
 * Header names → column roles. Published tables name the same column many ways; each role lists its
 * variants. Matching is on the header with spaces, line breaks, asterisks and brackets' contents
 * (units, notes such as "（包含数字及文字描述）") removed.
 */
import type { ColumnRole } from "../record";
import { canon, trimSpaces } from "../text/chars";
import { NAME_AND_GOAL_HEADER } from "./nameWithGoal";

type Matcher = RegExp;

/** Order matters: the first role whose pattern matches wins. */
const ROLE_PATTERNS: readonly [HeaderRole, Matcher][] = [
  // 一级 | 二级 | 三级: the levels' names cut short, as some counties head their tables.
  ["level1", /^(一级指标(名称)?|绩效指标分类|评价指标|一级)$/],
  // 指标类别 columns hold a 二级, a 一级 or both (产出指标-数量指标); parse/indicatorRow.ts reads either.
  ["level2", /^(二级指标(名称)?|指标类别|指标类型|指标分类|评价内容|二级)$/],
  ["level3", /^(三级指标(名称|内容)?|指标名称|指标内容|绩效指标名称|具体指标|指标明细|三级)$/],
  [
    "target",
    /^((本年度|本年|当年度|当年|全年|年度|中期|实施期|实施周期)(指标值|目标值)|指标值|目标值|年度指标值|指标值及单位|年度目标值|指标目标值|绩效指标值|全年指标值|期望值|预期值|(当年|本年|本年度|年度|全年)?预期.*实现值|预期.*目标值|实施期指标值|年度绩效指标值|指标值\/目标值|绩效目标值|目标值及单位|年度指标值及单位|年初目标值|计划指标值|计划值|年度计划值|(本年度|本年|当年|年度)?计划水平|预期指标值|标准值|指标标准|绩效标准|绩效指标评价标准)$/,
  ],
  // 单位申报指标值 | 评估建议指标值, 原指标值 | 调整后指标值: a reviewed table's two figures (see ADOPTED).
  ["target", /^(单位)?(申报|调整前|评估|评估建议|建议|调整后|核定|审定)(指标|目标)?值$|^原(指标|目标)值$/],
  ["unit", /^(计量单位|度量单位|计量单位名称|指标单位)$/],
  ["nature", /^(指标性质|指标属性|性质)$/],
  [
    "direction",
    /^(指标方向|方向|指标方向性|比较方式|运算符号|运算符|计算符号|比较符号|比较符|符号|指标符号|指标值符号)$/,
  ],
  ["weight", /^(权重|分值|指标分值|指标权重|权重分值|分值权重|权重\(%\))$/],
  [
    "department",
    /^(主管部门|主管部门名称|主管单位|部门名称|部门|主管部门\(单位\)(名称)?|部门\(单位\)(名称)?|项目主管部门|预算部门|(中央|地方|省级|省|市级|市|县级|县|区级|区|区县|县区|市县)主管部门)(及代码|及编码|代码|编码)?$/,
  ],
  [
    "budgetUnit",
    /^(预算单位|单位名称|实施单位|预算单位名称|项目单位|项目实施单位|实施单位名称|预算单位\(实施单位\)|申报单位|具体实施单位|执行单位|项目执行单位|单位信息|资金使用单位|填报单位|填表单位|编制单位|编报单位)(及代码|及编码|代码|编码)?$/,
  ],
  [
    "project",
    /^(项目名称|项目支出名称|项目\(专项\)名称|专项\(项目\)名称|项目|项目名称\(全称\)|二级项目名称|二级项目|资金名称|专项名称|专项资金名称|转移支付名称|转移支付项目|转移支付项目名称|转移支付\(项目\)名称|转移支付\(专项\)名称|项目\(转移支付\)名称|项目(?:编码|代码|编号)[及和与、/]?(?:项目)?名称|项目名称[及和与、/]?(?:编码|代码|编号))$/,
  ],
  // 项目名称及绩效目标: the name, then the goal, in one cell (parse splits it: table/nameWithGoal.ts).
  ["project", NAME_AND_GOAL_HEADER],
  [
    "goal",
    /^(绩效目标|年度绩效目标|项目绩效目标|主要绩效目标|核心绩效目标|预期绩效目标|总体绩效目标|年度目标|总体目标|年度总体目标|实施期绩效目标|实施期总体目标|实施期目标|实施周期总目标|实施周期目标|中期目标|长期目标|项目年度绩效目标|年度绩效目标内容|绩效目标内容|项目年度目标|项目总体绩效目标|年度绩效总目标|项目总体目标|本年度绩效目标|本年绩效目标|当年绩效目标|整体目标|整体绩效目标|部门整体绩效目标|项目目标)$/,
  ],
  // 绩效指标, 年度绩效指标及目标值, 主要绩效指标, 核心绩效指标, 具体绩效指标, 绩效指标及指标值, 主要指标;
  // 绩效目标及指标, 年度绩效目标和指标: the goal's prose, then the indicators, in one cell;
  // 指标内容及目标值, 指标名称及指标值, 三级指标及指标值, 指标及目标值: each indicator's name and its target in one cell.
  [
    "indicators",
    /^((年度|项目)?(主要|核心|具体|重点|关键)?(项目)?(年度)?绩效指标(及目标值|及指标值|内容)?|主要指标|(项目)?(年度)?绩效目标[及和与、](绩效)?指标|(三级)?指标(内容|名称)?[及和与、](目标值|指标值))$/,
  ],
  // 区（县） and 县（市、区） arrive here as 区 and 县 (the bracket is dropped); 区（市）县, Chengdu's, keeps
  // its bracket inside. Inner Mongolia heads it 旗市区, 旗县市区, 旗县（市、区） (→ 旗县) or 旗县区.
  [
    "district",
    /^(区县|县区|县市|市县|县市区|旗市区|旗县市区|旗县区|旗区县|旗县|区市县|市县区|区\(市\)县|县\(市\)区|市\(区\)县|区|县|地区|行政区|区域|所属区|所属区县|区\/县|区县名称|补助区域|补助地区|实施区域|实施地区|地方名称|下达地方|下达地区|下达地方或单位)$/,
  ],
  // 区、县（市） (→ 区、县), 县、市、区, 县/市: the levels listed apart, as 区/县 is; 县（市、区）名称, its bracket
  // inside (PLACE_BRACKETED). A province's or a region's 地市: 设区市, 市州, 市（州）, 州（市）, 地（市）, 地州, 盟市,
  // 地市. 辖区 (深圳's, its cells often short: 福田, 大鹏).
  [
    "district",
    /^(所属)?(?:[区县市旗](?:[、/][区县市旗])+|设区市|市州|州市|地市|市地|地州|盟市|辖区)(名称)?$/,
  ],
  // 镇（区、街道）, 乡镇（街道）, 镇街, 所属镇街, 苏木乡镇: a column of towns (their bracket dropped or kept inside,
  // 乡镇（街道）名称) — each row's town is its district, as a town's unit names it (not 涉及乡镇, a target's note).
  // 乡镇/村, 镇村, 乡镇及村: the town and its village (曲子镇西沟村), the town read (context.ts) — not 乡村.
  [
    "district",
    /^(所属)?(乡镇|镇|乡|镇街|镇街道|乡镇街道|街道|街镇|乡镇苏木|苏木乡镇)(\([^()]*\))?(名称)?$|^(所属)?(?:(乡镇|镇|镇街|街道)(\([^()]*\))?[/、及和]?|乡[/、及和])(村|行政村|村居|社区|村\(社区\))(名称)?$/,
  ],
];

/** Normalises a header cell: canonical forms, no spaces/asterisks/colons, no bracketed notes. */
export function normalizeHeader(text: string): string {
  let t = headerWords(text);
  // Drop trailing bracketed notes: 指标值（包含数字及文字描述） → 指标值; keep 权重(%) matching below.
  const stripped = t.replace(/\((?!%\))[^()]*\)$/g, "");
  if (stripped) t = stripped;
  return t;
}

/** A header's words in canonical form, with no spaces, asterisks or colons (its brackets kept). */
function headerWords(text: string): string {
  return canon(text).replace(/[\s*＊:]/g, "");
}

export type HeaderRole = ColumnRole | "district";

/** 市（州）, 州（市）, 地（市）, 市（地）, 地（市、州）; 县（市、区）名称, 区（县、市）名称 (their bracket inside). */
const PLACE_BRACKETED =
  /^(所属)?(?:[市州地]\([市州地盟](?:、[市州地盟县])*\)|[区县市旗]\([区县市旗](?:、[区县市旗])*\)名称)$/;

/** Every row is checked for being a header; the same department and unit names recur row after row. */
const ROLE_CACHE = new Map<string, HeaderRole | null>();

export function headerRole(text: string): HeaderRole | null {
  if (text.length > 60) return null;
  if (hasDigit(text)) {
    // 2024年指标值, 预期2022年实现值: a year in a target's header is a note, like （2024年） after it.
    // Only a target or a goal (实施周期总目标（2024年--2026年）): other names with years are project
    // names (2022年项目…), not worth a cache entry.
    if (!text.includes("年")) return null;
    const name = withoutYears(text);
    const role = name !== text && !hasDigit(name) ? headerRoleUncached(name) : null;
    return role === "target" || role === "goal" ? role : null;
  }
  const hit = ROLE_CACHE.get(text);
  if (hit !== undefined) return hit;
  const role = headerRoleUncached(text);
  if (ROLE_CACHE.size > 5000) ROLE_CACHE.clear();
  ROLE_CACHE.set(text, role);
  return role;
}

/** A year, or a span of years (2025-2027年, 2025年—2027年度, 2025至2027年), as a header writes it. */
const YEAR = /(?:19|20)\d\d\s*(?:年度?)?\s*[-—–~～至到]\s*(?:19|20)\d\d\s*年度?|(?:19|20)\d\d\s*年度?/g;
const YEAR_SPAN = /((?:19|20)\d\d)\s*(?:年度?)?\s*[-—–~～至到]\s*((?:19|20)\d\d)\s*年/;

/** A header without the years written in it: 预期2022年实现值 → 预期实现值, 2025-2027年指标值 → 指标值. */
export function withoutYears(text: string): string {
  return text.replace(YEAR, "");
}

/** The year a header names (2024年指标值 → 2024), or null — also for a span (2025-2027年指标值). */
export function yearNamed(text: string): number | null {
  if (YEAR_SPAN.test(text)) return null;
  const m = /((?:19|20)\d\d)\s*年/.exec(text);
  return m ? Number(m[1]) : null;
}

/** A year alone, as a header writes it over a column of targets: 2026年, 2026年度, 2026. */
export const YEAR_CELL = /^((?:19|20)\d\d)\s*(年度?)?$/;

/**
 * The one year a target's header names (2024年指标值, 2024年, 2024, 年度目标值（2024年）), or null (2025-2027年指标值):
 * the year's column among a header's (layout.ts) and a record's year (readGrid.ts).
 */
export function targetYear(header: string | undefined): number | null {
  if (!header) return null;
  const bare = YEAR_CELL.exec(header.trim());
  return bare ? Number(bare[1]) : header.includes("年") ? yearNamed(header) : null;
}

/**
 * 三级指标 | 2024年 | 2025年 | 2026年 | 计量单位 (a 中期 table naming only the years over its targets): the
 * columns right of the names (`from`) headed by a year alone, in order, the years rising — or null when there
 * are none, or only one written as a bare number (2024 alone may be anything).
 */
export function yearColumns(texts: string[], from: number): number[] | null {
  const cols: number[] = [];
  let last = 0;
  let written = false;
  for (let c = from + 1; c < texts.length; c++) {
    const t = texts[c]?.trim();
    // Most headers start otherwise: one look at the first character (a year's 1 or 2).
    if (!t || (t.charCodeAt(0) !== 49 && t.charCodeAt(0) !== 50)) continue;
    const m = YEAR_CELL.exec(t);
    if (!m) continue;
    const year = Number(m[1]);
    if (year <= last) return null;
    last = year;
    if (m[2]) written = true;
    cols.push(c);
  }
  return cols.length > 0 && (written || cols.length >= 2) ? cols : null;
}

/** The span of years a header names (2025-2027年指标值 → 2025…2027), or null. */
export function yearSpanNamed(text: string): { from: number; to: number } | null {
  const m = YEAR_SPAN.exec(text);
  return m ? { from: Number(m[1]), to: Number(m[2]) } : null;
}

/** A header naming a span of years (2025-2027年指标值): the long-term half, not the year's. */
export function namesYearSpan(text: string): boolean {
  return YEAR_SPAN.test(text);
}

/**
 * The adopted figure of a reviewed table (评估建议指标值 beside 单位申报指标值, 调整后指标值 beside 原指标值):
 * the target the budget takes, read before the figure declared.
 */
const ADOPTED = /^(评估|评估建议|建议|调整后|核定|审定)(指标|目标)?值$/;

export function isAdoptedTarget(text: string): boolean {
  return ADOPTED.test(normalizeHeader(text));
}

/**
 * A target split into its bounds (下限 | 上限, 下限值 | 上限值, 目标值下限 | 目标值上限, 最低值 | 最高值,
 * 指标值（下限）| 指标值（上限）, 目标值（最小值）| 目标值（最大值）): which bound a header names.
 */
export const TARGET_BOUND =
  /^(?:(?:年度)?(?:指标值?|目标值?))?\(?(下限|上限|最低|最高|最小|最大)值?\)?$|^(下限|上限)(?:指标|目标)值$/;

/** A header's words as TARGET_BOUND reads them: canonical, no spaces, no years (2026年下限 → 下限). */
export function boundWords(text: string): string {
  return withoutYears(headerWords(text));
}

export function targetBound(text: string): "low" | "high" | null {
  // Most cells name no bound: one look for 限 or 最 (every bound's word holds one) first.
  if (!text.includes("限") && !text.includes("最")) return null;
  const m = TARGET_BOUND.exec(boundWords(text));
  if (!m) return null;
  const w = m[1] ?? m[2];
  return w === "下限" || w === "最低" || w === "最小" ? "low" : "high";
}

/**
 * The columns of a target's two bounds (下限 | 上限), from the bounds of a header's columns in turn; null
 * unless each bound is named, and once.
 */
export function pairBounds(
  bounds: readonly { col: number; bound: "low" | "high" }[],
): { low: number; high: number } | null {
  let low = -1;
  let high = -1;
  for (const { col, bound } of bounds) {
    if (bound === "low" ? low >= 0 : high >= 0) return null;
    if (bound === "low") low = col;
    else high = col;
  }
  return low >= 0 && high >= 0 ? { low, high } : null;
}

/**
 * 绩效指标值, 年度绩效指标值: the target's column beside the indicators' names; with no name or category column
 * beside it (项目名称 | 绩效目标 | 绩效指标值), the column of the indicators packed with their values.
 */
export function isPackedTargetHeader(text: string): boolean {
  return /^(年度|本年度|全年)?绩效指标值$/.test(normalizeHeader(text));
}

/** A target header that may also be a column of explanations (鄂州's 绩效标准 | 当年预期实现值). */
export function isWeakTargetHeader(text: string): boolean {
  return /^(绩效标准|指标标准|标准值)$/.test(normalizeHeader(text));
}

/**
 * No header name has a digit; project names often do (2022年…, …3号楼), and are all different. A digit
 * in a trailing note is no objection — 指标值（2022年） is a target column — so only digits before the
 * last opening bracket (which normalizeHeader never removes) count.
 */
function hasDigit(text: string): boolean {
  let end = text.length;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 0xff08) {
      end = i;
      break;
    }
  }
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) return true;
  }
  return false;
}

/**
 * 单位名称、项目名称 (Yunnan's tables): one column naming a department or unit on a row of its own, and
 * its projects, indented, on the rows below. Checked before normalizeHeader drops （项目名称）.
 */
const UNIT_AND_PROJECT =
  /^(单位名称[、/]项目名称|单位名称\(项目名称\)|单位\(项目\)名称|单位及项目名称|单位、项目名称)$/;

export function isUnitAndProjectHeader(text: string): boolean {
  return UNIT_AND_PROJECT.test(headerWords(text));
}

/**
 * 乡镇/单位, 乡镇（单位）, 镇街或单位: a column of the towns' governments and other offices that run the projects
 * (油篓沟乡人民政府, 县水务局) — each row's budget unit, the district the title's. Checked before normalizeHeader
 * drops （单位）.
 */
const TOWN_OR_UNIT =
  /^(?:所属)?(?:乡镇|镇|乡|镇街|街道|乡镇街道|街镇|乡镇苏木|苏木乡镇)(?:\(单位\)|[/、及和或]?单位)(?:名称)?$/;

/**
 * 数值及单位, 数值（含单位）, 数值和单位: the target's number and its unit in one column (beside 符号, a 河北
 * form's) — checked before normalizeHeader drops （含单位）, as 数值 alone names no column.
 */
const VALUE_WITH_UNIT = /^数值(?:[及和与](?:计量)?单位|\(含(?:计量)?单位\))$/;

function headerRoleUncached(text: string): HeaderRole | null {
  if (isUnitAndProjectHeader(text)) return "project";
  if (text.includes("数值") && VALUE_WITH_UNIT.test(headerWords(text))) return "target";
  if (text.includes("单位") && TOWN_OR_UNIT.test(headerWords(text))) return "budgetUnit";
  const t = normalizeHeader(text);
  if (!t || t.length > 30) return null;
  // 市（州）, 县（市、区）名称: a place column whose bracket is its name's, not a note dropped (市 alone could be
  // any column of a city's share).
  if (text.length < 16 && PLACE_BRACKETED.test(headerWords(text))) return "district";
  for (const [role, re] of ROLE_PATTERNS) {
    if (re.test(t)) return role;
  }
  // "单位" alone: a unit column next to a target column, otherwise the budget unit (decided by caller).
  if (t === "单位") return "unit";
  return null;
}

/**
 * 单位 alone (not 计量单位, 单位名称): a column that is the measure unit beside a target, or the submitting
 * office (零陵区文物局) — which the table's other columns and the cells under it decide (layout.ts).
 */
export function isBareUnitHeader(text: string): boolean {
  return normalizeHeader(text) === "单位";
}

/** 部门（单位）名称, 部门（单位）: a label or a header naming the department and the unit in one. */
const DEPARTMENT_AND_UNIT = /^部门\(单位\)(?:名称)?(?:及代码|及编码|代码|编码)?$/;

/**
 * Whether a label or a header, as written (normalizeHeader would drop the bracket of 部门（单位）), names both
 * the department and the unit: in a 部门整体 form the department is the unit.
 */
export function namesDepartmentAndUnit(label: string): boolean {
  // Most labels have no 单: one look before anything is built.
  return label.includes("单") && DEPARTMENT_AND_UNIT.test(headerWords(label));
}

/**
 * The field codes a budget system's export heads its columns with (一体化: XMMC 项目名称, YJZB 一级指标, ZBZ 指标值
 * …), each as the header it stands for — read only in a row of such codes alone (fieldCodeHeader).
 */
const FIELD_CODES: ReadonlyMap<string, string> = new Map([
  ["XH", "序号"],
  ["XMMC", "项目名称"],
  ["YJZB", "一级指标"],
  ["EJZB", "二级指标"],
  ["SJZB", "三级指标"],
  ["ZBMC", "三级指标"],
  ["ZBXZ", "指标性质"],
  ["FH", "符号"],
  ["ZBZ", "指标值"],
  ["JLDW", "计量单位"],
  ["DLDW", "计量单位"],
  ["ZBFX", "指标方向"],
  ["QZ", "权重"],
]);

/**
 * XMMC | YJZB | EJZB | SJZB | ZBZ | JLDW: a row of field codes alone (every filled cell one, three at least
 * naming a column other than 序号), as the headers they stand for; null for any other row.
 */
export function fieldCodeHeader(texts: readonly string[]): string[] | null {
  let named = 0;
  for (const t of texts) {
    const s = t ? trimSpaces(t) : "";
    if (!s) continue;
    // Most rows are data or Chinese headers: one look at the first character (a code's capital letter).
    const c = s.charCodeAt(0);
    if (c < 0x41 || c > 0x5a) return null;
    const code = FIELD_CODES.get(s);
    if (code === undefined) return null;
    if (code !== "序号") named++;
  }
  if (named < 3) return null;
  return texts.map((t) => (t ? (FIELD_CODES.get(trimSpaces(t)) ?? t) : t));
}

/** Form-style label cells (项目名称 | value) that carry project context above an indicator block. */
/** Goal labels of a form's lines that, as a table's column header, name its target instead. */
const FORM_GOAL = /^(?:年度)?预期目标$/;

export function contextLabelRole(
  text: string,
): "project" | "department" | "budgetUnit" | "goal" | "district" | null {
  // 预期目标 beside a form's line is its goal; over a column of a rows table it is the target's header.
  if (FORM_GOAL.test(text.trim())) return "goal";
  const role = headerRole(text);
  if (
    role === "project" ||
    role === "department" ||
    role === "budgetUnit" ||
    role === "goal" ||
    role === "district"
  )
    return role;
  return null;
}

/** 项目名称及绩效目标: a header naming a column of the project's name followed by its goal. */
export function namesProjectAndGoal(text: string): boolean {
  return text.includes("目标") && NAME_AND_GOAL_HEADER.test(normalizeHeader(text));
}
