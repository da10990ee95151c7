/**
 * What a row of a table is, besides an indicator: a footer or a place to sign, a sub-header under the
 * target's header (year columns, 优/良/中/差, places), a caption saying 长期 or 年度, a group row's code.
 */
import { isPageMark } from "../text/brokenLines";
import { trimSpaces } from "../text/chars";
import { categoryOfLabel } from "../text/categories";
import { isKnownUnit } from "../text/units";
import { headerRole, withoutYears } from "./headers";
import { isPlaceHeader, isTotalHeader, subColumnRole, type HeaderInfo } from "./layout";

/**
 * Totals, notes and signatures written under a table (in its first filled cell): 单位负责人签字: too, and
 * the approving unit of a 批复表 (批复单位：某区财政局 | … | 2025年2月).
 */
const FOOTER =
  /^\s*(?:合\s*计|总\s*计|小\s*计|总\s*分|备\s*注|说\s*明|附\s*注|注\s*\d*|填表人|填报人|审核人|复核人|批复单位|审批单位|审核单位|批复日期|(?:项目|单位|财务)?负责人|联系人|联系电话|填报日期|填表日期|制表人?|制表日期)(?:\s*[(（]?\s*(?:签字|签名|签章|盖章)\s*[)）]?)?\s*(?:[:：]|$)/;

/** 财政资金管理科室(盖章) 年 月 日, 主管部门审核意见: a place for a seal or a signature. */
const SEAL =
  /(?:盖章|公章|签章|签字|签名)\s*[)）]?\s*[:：]?\s*(?:年\s*月\s*日)?\s*$|^\s*年\s+月\s+日\s*$|审核意见\s*[:：]?\s*$/;

/**
 * ※满意度以第三方测评为准。: a note under the table, marked by ※ — no figure, and words that say how something
 * is read (为准, 是指, 包括, 计算, 来源, 口径), unlike an item a Word list puts ※ before (※新建道路3公里).
 */
const MARKED_NOTE = /^\s*※[^\d]*?(?:为准|是指|系指|包括|包含|计算|来源|口径|不含)[^\d]*$/;

export function isFooterRow(row: string[]): boolean {
  const first = firstNonEmpty(row);
  if (first < 0) return false;
  if (FOOTER.test(row[first])) return true;
  if (row[first].trimStart().charCodeAt(0) === 0x203b /* ※ */ && MARKED_NOTE.test(row[first])) return true;
  // 财政资金管理科室(盖章) 年 月 日 | … | 财政绩效管理科室(盖章): every filled cell a place to sign, not
  // 印章（公章）刻制备案服务, a project that names a seal.
  let seals = 0;
  for (const t of row) {
    if (!t || !trimSpaces(t)) continue;
    if (!SEAL.test(t)) return false;
    seals++;
  }
  return seals > 0;
}

/** 填报单位(盖章):乌恰县水利局, 编制单位：…, 编报单位：…: the unit filling in the form, as a footer writes it. */
const FILER = /^\s*(?:填报|填表|编制|编报)单位\s*(?:[(（]\s*(?:盖章|公章|签章)\s*[)）])?\s*(?:[:：]|$)/;

/**
 * How the name of a budget unit that is no government office ends: a people's organisation (残疾人联合会,
 * 科学技术协会, 红十字会, 总工会), a supply co-operative (供销合作社联合社, 供销社), a station of the weather or
 * broadcasting service (气象台, 广播电视台, 地震台), a team (地质队, 测绘队) — not 平台, 团队 or a farmers'
 * 合作社, which projects name. A regular expression's alternatives, shared by the title's and a line's units.
 */
export const BODY_END =
  "联合会|联合社|供销合作社|供销社|协会|红十字会|工会|(?:气象|电视|地震|天文|水文|广播|电)台|(?<![团排梯])队";

/**
 * An organisation's name as a bare 单位：… line gives it (延安市宝塔区林业局, 某镇人民政府, 某县疾病预防控制中心):
 * not a money or a measure unit (单位：万元, 单位：个).
 */
const ORGANISATION = new RegExp(
  `^[\\u4e00-\\u9fa5（）()]{2,40}?(?:局|委员会|委|人民政府|政府|中心|办公室|办事处|院|所|站|馆|学校|医院|厅|公司|街道|镇|乡|${BODY_END})$`,
);

/** Whether `text` (a bare 单位：…'s value) names an organisation, not a money or measure unit. */
export function namesOrganisation(text: string): boolean {
  return text.length >= 4 && ORGANISATION.test(text);
}

/**
 * A measure word before an organisation's noun (个卫生院, 所学校, 家医院, 个社区卫生服务中心): a measure unit a
 * 计量单位 column writes, unless a place follows (个旧市财政局; not 社区).
 */
const MEASURE_OF_OFFICES = /^[个所家座间处](?![^省市州县区旗]{0,3}(?<!社)[省市州县区旗])/;

/**
 * An office's name as a 单位 column writes it (零陵区文物局, 教育局, 某镇人民政府): an organisation, even a short
 * one, not a measure of offices.
 */
export function namesOffice(text: string): boolean {
  return text.length >= 3 && !MEASURE_OF_OFFICES.test(text) && ORGANISATION.test(text);
}

/**
 * 填报单位(盖章):乌恰县水利局 | | 填报日期:2021年4月: the filer signing under a table, with a date or a
 * signature beside the unit (not 填报单位：… | 金额单位：万元, the head of a form). The unit it names ("" when
 * none), or null when the row is not such a footer.
 */
export function signedFooterUnit(row: string[]): string | null {
  let unit: string | null = null;
  let signed = false;
  for (const t of row) {
    if (!t || !trimSpaces(t)) continue;
    const filer = t.includes("单位") ? FILER.exec(t) : null;
    if (filer) unit = trimSpaces(t.slice(filer[0].length));
    else if (FOOTER.test(t) || SEAL.test(t) || (unit !== null && (isDateOnly(t) || isBareLabel(t))))
      signed = true;
    else return null;
  }
  return signed ? unit : null;
}

/** 2025年1月, 2025年1月10日, 2025.01.10, 2025-01: a date alone, as a footer writes when it was signed. */
const DATE_ONLY =
  /^\s*(?:19|20)\d\d\s*(?:年\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?)?|[./-]\s*\d{1,2}(?:\s*[./-]\s*\d{1,2})?)\s*$/;

export function isDateOnly(t: string): boolean {
  return DATE_ONLY.test(t);
}

/** A cell that is a label waiting for its value (联系人及电话：, 填报日期:): never a name. */
export function isBareLabel(t: string): boolean {
  let end = t.length;
  while (end > 0 && t.charCodeAt(end - 1) <= 32) end--;
  const c = t.charCodeAt(end - 1);
  return c === 0xff1a || c === 58;
}

/** A page's number alone in its row: what a page break leaves, no note under the table. */
export function isPageMarkRow(row: string[]): boolean {
  const only = soleCell(row);
  return only >= 0 && isPageMark(row[only]);
}

/** 表二, 附表3, 续表, 表1：…: the caption of the next table, alone in its row. */
const CAPTION =
  /^\s*(?:附\s*)?(?:续\s*)?表\s*(?:[一二三四五六七八九十]+|\d{1,2})?\s*(?:[:：.、-][^\d]{0,40})?$/;

/** （续表）, (续), 续上表, 续表1: the table going on after a page break, alone in its row. */
const CONTINUED_CAPTION = /^\s*[(（]\s*续\s*(?:上\s*)?(?:表\s*\d{0,2})?\s*[)）]\s*$|^\s*续\s*上\s*表\s*$/;

export function isCaptionRow(row: string[]): boolean {
  const only = soleCell(row);
  return only >= 0 && (CAPTION.test(row[only]) || CONTINUED_CAPTION.test(row[only]));
}

/** Whether column `col` lies left of every column of the table. */
export function isOutsideColumns(h: HeaderInfo, col: number): boolean {
  for (const c of Object.values(h.roles)) if (c !== undefined && c <= col) return false;
  for (const c of h.categoryColumns) if (c.col <= col) return false;
  return true;
}

/** The places named under a merged 指标值 (全县 | 城关镇 | 河口乡), without totals; null when not such a row. */
export function subHeaderPlaces(row: string[], h: HeaderInfo): { col: number; place: string }[] | null {
  const target = h.roles.target;
  if (target === undefined || h.layout !== "rows") return null;
  const places: { col: number; place: string }[] = [];
  for (let c = 0; c < row.length; c++) {
    const t = trimSpaces(row[c]);
    if (!t) continue;
    if (c < target) return null;
    if (isPlaceHeader(t)) places.push({ col: c, place: t });
    else if (!isTotalHeader(t)) return null;
  }
  return places.length >= 2 ? places : null;
}

const GRADE = /^(优|优秀|良|良好|中|中等|一般|合格|及格|差|较差|不合格|不及格)$/;

/** Names of a target's sub-columns under a merged 指标值 (2021年实际实现值, 预期2022年实现值 …). */
const SUB_LABEL = /(实现值|完成值|目标值|指标值|计划值|实际值|执行数|完成数|计划水平)$/;

/**
 * The target column named in the row under a header (指标值 merged over 2021年实际实现值 | 预期2022年
 * 实现值): the year's expected value, not last year's actual. Null when the row is not such a row.
 */
export function subHeaderTarget(row: string[]): number | null {
  let pick: number | null = null;
  let any = false;
  // 绩效指标评价标准 over 优 | 良 | 中 | 差: the target is what earns 优.
  let grades = 0;
  let firstGrade = -1;
  for (let c = 0; c < row.length; c++) {
    const t = trimSpaces(row[c]);
    if (!t) continue;
    if (!GRADE.test(t)) {
      grades = -1;
      break;
    }
    if (firstGrade < 0) firstGrade = c;
    grades++;
  }
  if (grades >= 2) return firstGrade;
  for (let c = 0; c < row.length; c++) {
    const t = trimSpaces(row[c]);
    if (!t) continue;
    const isTarget = headerRole(t) === "target";
    if (!isTarget && !SUB_LABEL.test(withoutYears(t))) return null;
    any = true;
    if (isTarget && !/实际|完成|上年/.test(t) && pick === null) pick = c;
  }
  return any ? pick : null;
}

/** A column's name written under a blank in a two-row header: a note's, a basis's or a score's. */
const NOTE_HEAD =
  /^(备注|说明|备注说明|指标说明|指标解释|指标值确定依据|确定依据|评分标准|评（扣）分标准|分值|权重)$/;

/**
 * 指标值 merged over 符号 | 数值 | 计量单位: the row under a header splitting the target into its comparator,
 * number and unit. Returns their columns, or null when the row is not such a row (each cell one of them,
 * from the target's column on, with a number column among them).
 */
export function subHeaderRoles(
  row: string[],
  h: HeaderInfo,
): { target: number; direction?: number; unit?: number } | null {
  const target = h.roles.target;
  if (target === undefined || h.layout !== "rows") return null;
  const found: { target?: number; direction?: number; unit?: number } = {};
  const used = new Set(Object.values(h.roles));
  let cells = 0;
  for (let c = 0; c < row.length; c++) {
    const t = trimSpaces(row[c]).replace(/\s+/g, "");
    if (!t) continue;
    if (c < target) return null;
    const role = subColumnRole(t);
    // … | 权重 over 指标性质 | 目标值 | 计量单位 | | 备注: a column the header left unnamed, named in the lower
    // row after the target's sub-columns, is no sub-column and no data.
    if (!role && found.target !== undefined && !used.has(c) && NOTE_HEAD.test(t)) continue;
    if (!role || found[role] !== undefined) return null;
    found[role] = c;
    cells++;
  }
  return found.target !== undefined && cells >= 2 ? { ...found, target: found.target } : null;
}

/**
 * 中期目标 | 年度目标 over 指标值 | 计量单位 | 指标值 | 计量单位: the row under a header of two halves of targets
 * (its goals' columns read as targets, or 实施期指标值 | 年度指标值) naming each half's sub-columns. Those of the
 * half the header read — from its column to the next half's —, or null when the row is not such a row (each
 * cell a sub-column's word, from the first half on, the read half's each once, its number's among them).
 */
export function subHeaderHalves(
  row: string[],
  h: HeaderInfo,
): { target: number; direction?: number; unit?: number } | null {
  const halves = h.halves?.target;
  const target = h.roles.target;
  if (!halves || halves.length < 2 || target === undefined || h.layout !== "rows") return null;
  const from = Math.min(...halves);
  const end = Math.min(...halves.filter((c) => c > target), row.length);
  const found: { target?: number; direction?: number; unit?: number } = {};
  for (let c = 0; c < row.length; c++) {
    const t = trimSpaces(row[c]).replace(/\s+/g, "");
    if (!t) continue;
    if (c < from) return null;
    const role = subColumnRole(t);
    if (!role) return null;
    if (c < target || c >= end) continue;
    if (found[role] !== undefined) return null;
    found[role] = c;
  }
  return found.target !== undefined ? { ...found, target: found.target } : null;
}

/**
 * The row under a header holding only short words from the target column on (指标值 over 城区 | 农村):
 * sub-columns the table names but does not say how to read; the first is taken as the target.
 */
export function wordsUnderTarget(row: string[], h: HeaderInfo): boolean {
  const target = h.roles.target;
  if (target === undefined) return false;
  let any = false;
  for (let c = 0; c < row.length; c++) {
    const t = trimSpaces(row[c]);
    if (!t) continue;
    // A data row names its indicator left of the target; a sub-header has words only from it on.
    if (c < target || t.length > 6 || /\d/.test(t)) return false;
    any = true;
  }
  return any;
}

/**
 * The row under a header of category columns holding nothing but category names (数量指标 | 质量指标 |
 * 社会效益指标) from its first category column on: the header's lower row, however its names fall.
 */
export function categoryLabelsUnder(row: string[], h: HeaderInfo): boolean {
  const from = h.categoryColumns[0]?.col;
  if (from === undefined) return false;
  let any = false;
  for (let c = 0; c < row.length; c++) {
    const t = row[c];
    if (!t || !trimSpaces(t)) continue;
    if (c < from || t.length > 20 || !t.includes("指标") || !categoryOfLabel(trimSpaces(t))) return false;
    any = true;
  }
  return any;
}

/** Whether a header's caption (a cell that is none of its columns) says 长期 or 年度 indicators. */
export function blockTerm(row: string[], h: HeaderInfo): "long" | "year" | null {
  const used = new Set(Object.values(h.roles));
  for (let c = 0; c < row.length; c++) {
    const t = row[c];
    if (!t || used.has(c) || t.length > 12 || !/指标|目标/.test(t)) continue;
    if (/长期|中期|实施期|实施周期/.test(t)) return "long";
    if (/年度|本年|当年/.test(t)) return "year";
  }
  return null;
}

/**
 * 实施期绩效指标 or 年度绩效指标 alone in the row right above a header: the caption of the block under it, written
 * on a row of its own — the term it says, as in the header's own row (blockTerm); null for any other row.
 */
export function captionTerm(row: readonly (string | null)[] | undefined): "long" | "year" | null {
  if (!row) return null;
  let caption = "";
  for (const cell of row) {
    const t = trimSpaces(cell ?? "");
    if (!t) continue;
    if (caption) return null;
    caption = t;
  }
  if (!caption || caption.length > 12 || !/指标|目标/.test(caption)) return null;
  if (/长期|中期|实施期|实施周期/.test(caption)) return "long";
  return /年度|本年|当年/.test(caption) ? "year" : null;
}

/**
 * The label of a row of a form's money table (资金情况（万元）| 年度金额 | 428, 年度资金总额 | 50 | 48 |
 * 47.5, 其中：当年财政拨款 | …): the project's funds, not an indicator.
 */
const MONEY_LABEL =
  /^(?:其中[:：]?)?(?:项目|年度|本年|当年|全年)?(?:资金情况|资金总额|资金|金额|总金额|总投资|投资总额|预算资金|资金来源|总额|财政资金|财政拨款|本年财政拨款|当年财政拨款|上年结转|上年结转资金|结转资金|其他资金|自有资金|单位资金|财政专户管理资金|中央补助|中央资金|省级资金|市级资金|县级资金|区级资金|上级资金|地方资金|本级资金)(?:[(（][^()（）]*[)）])?[:：]?$/;

/** 其中:中央、市级补助, 其中：上级转移支付资金: a part of the funds, whatever its source is called. */
const MONEY_PART =
  /^其中[:：]?[\u4e00-\u9fa5、，,]{0,16}(?:资金|补助|拨款|经费|收入)(?:[(（][^()（）]*[)）])?[:：]?$/;

/**
 * A row of a form's money table written inside the columns of the table above it (stacked forms: the
 * next form's 资金情况 rows come before its own header): its label left of the indicators' names.
 */
export function isMoneyRow(row: string[], h: HeaderInfo): boolean {
  const first = firstNonEmpty(row);
  if (first < 0) return false;
  // 资金到位率 | 100% under 三级指标 is an indicator; a money label stands where the categories are.
  const names = h.roles.level3 ?? h.roles.indicators ?? h.roles.target;
  if (names === undefined || first >= names) return false;
  return isMoneyLabel(row[first]);
}

/** Whether a cell is the label of a form's money line (资金来源(万元), 年度资金总额:, 其中:中央补助). */
export function isMoneyLabel(text: string): boolean {
  const label = text.replace(/\s+/g, "");
  return MONEY_LABEL.test(label) || MONEY_PART.test(label);
}

/**
 * A column header of a money table (上年度安排资金, 本年度申请金额, 上年度预算安排, 金额(万元), 预算数): what
 * its column holds, by year and by money word. Never a project's name.
 */
const MONEY_COLUMN =
  /^(?:(?:上|本|当|下)?年度?|全年|(?:19|20)\d\d年度?)?(?:安排|申请|预算|批复|下达|拨付|计划|结转|执行|资金|金额|数额|经费|拨款|数)+$/;
const MONEY_WORD = /资金|金额|预算|经费|拨款|投资/;

export function isMoneyColumnHeader(text: string): boolean {
  const t = text.replace(/\s+/g, "").replace(/[(（][^()（）]*[)）]$/, "");
  return t.length <= 12 && MONEY_WORD.test(t) && (MONEY_COLUMN.test(t) || isMoneyLabel(t));
}

/** Whether a row fills any indicator column (packed text, 一级/二级/三级, target). */
export function hasIndicatorContent(h: HeaderInfo, row: string[]): boolean {
  for (const role of ["indicators", "level1", "level2", "level3", "target"] as const) {
    const c = h.roles[role];
    if (c !== undefined && trimSpaces(row[c] ?? "")) return true;
  }
  return false;
}

/** Whether a column holds indicator content (a label there is a name, not a context label). */
export function isIndicatorColumn(h: HeaderInfo, col: number): boolean {
  return col === h.roles.indicators || col === h.roles.level3 || col === h.roles.target;
}

export function firstNonEmpty(row: string[]): number {
  for (let c = 0; c < row.length; c++) if (trimSpaces(row[c])) return c;
  return -1;
}

/** The column of the only filled cell of a row (a title, a caption, a page's number), or -1. */
export function soleCell(row: string[]): number {
  const first = firstNonEmpty(row);
  if (first < 0) return -1;
  for (let c = first + 1; c < row.length; c++) if (row[c] && trimSpaces(row[c])) return -1;
  return first;
}

/** The code a unit's or department's name starts with: 820001-… → 820001. */
const NAME_CODE = /^\s*(\d+)\s*[-_－—]/;

/** 820002-某某县某镇卫生院 under 820-某镇部门: a unit whose code extends its department's. */
export function codeUnder(unit: string, department: string): boolean {
  const u = NAME_CODE.exec(unit)?.[1];
  const d = NAME_CODE.exec(department)?.[1];
  return !!u && !!d && u.length > d.length && u.startsWith(d);
}

/**
 * Whether the next filled row after `r` stands under it: its 一级 and 二级 blank (merged) or the same as
 * row `r`'s.
 */
export function rowsUnder(texts: string[][], r: number, roles: HeaderInfo["roles"]): boolean {
  for (let k = r + 1; k < texts.length; k++) {
    const row = texts[k];
    if (!row.some((t) => trimSpaces(t))) continue;
    const under = (role: "level1" | "level2") => {
      const c = roles[role];
      if (c === undefined) return true;
      const t = trimSpaces(row[c] ?? "");
      return !t || t === trimSpaces(texts[r][c] ?? "");
    };
    return under("level1") && under("level2");
  }
  return false;
}

/** A number where 指标性质 stands, a unit alone where 指标值 does, and no unit in the unit column. */
export function isShiftedLeft(nature: string, target: string, unit: string): boolean {
  return (!unit || unit === target) && NUMBER_ALONE.test(nature) && isKnownUnit(target.trim());
}
const NUMBER_ALONE = /^\s*[≥≤<>=]?\s*-?\d+(?:\.\d+)?\s*$/;

/**
 * Whether a table's 指标性质 column holds numbers of its own — a weight or a code beside rows with
 * targets of their own (巡护人数 | 20 | 50 | 人) — so that a number there is never a shifted target.
 */
const NATURE_NUMBERS = new WeakMap<HeaderInfo, boolean>();
export function natureHoldsNumbers(texts: string[][], h: HeaderInfo): boolean {
  const known = NATURE_NUMBERS.get(h);
  if (known !== undefined) return known;
  const nature = h.roles.nature as number;
  const target = h.roles.target;
  let holds = false;
  for (let r = h.row + 1; r < texts.length && !holds; r++) {
    const t = target === undefined ? "" : trimSpaces(texts[r][target] ?? "");
    holds = NUMBER_ALONE.test(texts[r][nature] ?? "") && t !== "" && !isKnownUnit(t);
  }
  NATURE_NUMBERS.set(h, holds);
  return holds;
}
