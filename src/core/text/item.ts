/**
 * One indicator's text → numbering, category prefix, name and target text.
 * "1、产出指标：巡查企业数，不少于2万家次。" → seq 1, 产出指标, 巡查企业数, 不少于2万家次
 * "指标1:机柜数量(≥77台)" → seq 1, 机柜数量, ≥77台
 * "故障最大恢复时间<24小时，恢复时间目标RTO（不超过半小时）" → name 故障最大恢复时间, target from "<24小时"
 */
import type { Level1, Level2 } from "../record";
import { canon, endBeforePunct, endBeforeSpace, isDigit, isJsSpace, isSpace, trimEndPunct } from "./chars";
import { categoryOfLabel } from "./categories";
import { comparatorBefore, NAME_COMPARATOR_PATTERN, perBefore } from "./comparators";
import { leadingNumbering } from "./segment";
import {
  CELL_LABEL,
  hasDigitOrMark,
  isThousandsComma,
  QUALITATIVE_TAIL,
  restatesTarget,
  TIMING_TAIL,
} from "./sentences";
import { isKnownUnit, lexiconUnitAt } from "./units";
import { CLOCK, CLOCK_RANGE, findDates, mayStartStageAt, type DateSpan } from "./dates";
import { cnNumeralValue, isCnNumeralCode } from "./numbers";
import { isMilestones, lastStage } from "./target";

export interface ItemParts {
  seq: number | null;
  level1: Level1 | null;
  level2: Level2 | null;
  name: string;
  target: string;
  /** The target's canonical form (chars.ts), for parseTarget. */
  targetCanon: string;
  /** The target was read from a bracket after the name: 机柜数量(≥77台). */
  fromBracket: boolean;
  /** The item is the project's goal, labelled so in the cell ("绩效目标：保障机关正常运转"), not an indicator. */
  goal?: boolean;
  /** A task heading of a department's goal with no number (任务1：农田水利建设): context, no indicator. */
  task?: boolean;
  /** The text after a goal label that has numbers ("绩效目标：2024年完成改造12个"): the goal if the cell labels its indicators apart. */
  goalText?: string;
}

function isOpener(code: number): boolean {
  // ( （ [ 【 《 “
  return (
    code === 40 || code === 0xff08 || code === 91 || code === 0x3010 || code === 0x300a || code === 0x201c
  );
}

function isCloser(code: number): boolean {
  // ) ） ] 】 》 ”
  return (
    code === 41 || code === 0xff09 || code === 93 || code === 0x3011 || code === 0x300b || code === 0x201d
  );
}

/** Index of the first name/target separator (，, ：:) from `p` on, outside brackets and quotes, or -1. */
function separatorIndex(c: string, raw: string, p: number): number {
  let depth = 0;
  for (let i = p; i < c.length; i++) {
    const code = c.charCodeAt(i);
    if (code === 44 || code === 58) {
      // 师生比1:15, 岗位数量1:1配备: a colon between digits is a ratio, not a separator.
      if (code === 58 && isDigit(c.charCodeAt(i - 1)) && isDigit(firstNonSpace(c, i + 1, c.length))) continue;
      if (depth === 0 && !isThousandsComma(raw, i)) return i;
    } else if (isOpener(code)) depth++;
    else if (isCloser(code)) depth = Math.max(0, depth - 1);
  }
  return -1;
}

/** A bracket at the end of [a, b) holding a target (≥77台, **万元, 95%) rather than a qualifier: where it opens, or -1. */
function trailingTargetBracket(c: string, a: number, b: number): number {
  const last = b - 1;
  if (last < a || (c.charCodeAt(last) !== 41 && c.charCodeAt(last) !== 0xff09)) return -1;
  const i = matchingOpen(c, a, last);
  if (i < 0) return -1;
  const inner = c.slice(i + 1, last);
  return /[\d≥≤<>=*＊]|XX|xx/.test(inner) && i > a ? i : -1;
}

/** Whether `i` is inside a bracket opened after `a` that closes before `b` with a digit after it. */
function insideBracketBefore(c: string, a: number, i: number, b: number): boolean {
  let depth = 0;
  for (let k = a; k < i; k++) {
    const code = c.charCodeAt(k);
    if (code === 40 || code === 0xff08) depth++;
    else if ((code === 41 || code === 0xff09) && depth > 0) depth--;
  }
  if (depth === 0) return false;
  for (let k = i; k < b; k++) {
    const code = c.charCodeAt(k);
    if ((code === 41 || code === 0xff09) && --depth === 0) return mayEndWithQuantity(c, k + 1, b);
  }
  return false;
}

/** Where the bracket that closes at `last` opens (scanning back no further than `a`), or -1. */
function matchingOpen(c: string, a: number, last: number): number {
  let depth = 0;
  for (let i = last; i >= a; i--) {
    const code = c.charCodeAt(i);
    if (code === 41 || code === 0xff09) depth++;
    else if ((code === 40 || code === 0xff08) && --depth === 0) return i;
  }
  return -1;
}

/**
 * A number with a unit (or %) at the very end of a name: "培训人数100人" → index of "100". A bound may
 * say it includes the number (90%（含）以上, 98%（含）).
 */
const TRAILING_QUANTITY =
  /((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s*%?\s*(?:-|~|～|至|到)\s*\d+(?:\.\d+)?)?|[一二两三四五六七八九十百半]+)\s*(?:余|多)?\s*(?:万|亿|千)?\s*(?:余|多)?\s*([^\d\s]{0,6}?)\s*(?:\(含\)\s*)?(以上|以下|以内|及以上|及以下|左右|之间)?$/;

/**
 * "群众满意度百分之九十五", "问题整改率达到百分之百", "婴儿死亡率低于千分之五": a percentage (or per mille,
 * per ten thousand) in words at the end of a name.
 */
const TRAILING_PERCENT_WORDS =
  /(?<![十百千万亿])[百千万]分之(?:[零一二两三四五六七八九十百]+|\d+(?:\.\d+)?)\s*(?:以上|以下|以内|之内|及以上|及以下|左右)?$/;

/**
 * Words at the end of a name that make its number relative to last year: "门诊服务人次较上年增长"
 * + "5%" is the name 门诊服务人次 and the target 较上年增长5%.
 */
const RELATIVE_TAIL =
  /(?:(?:较|比|与)(?:\d{4}\s*年|上年度|上一年|上年|去年|同期|基期)(?:同期)?|同比|环比)\s*(?:增长|下降|提高|减少|降低|提升|增加|上升|增幅|降幅)?\s*(?:了)?\s*$/;

/** "普及率提升5个百分点": a change by percentage points or per cent; the verb belongs to the target. */
const CHANGE_TAIL = /(?:提升|提高|增长|下降|降低|减少|增加|上升)\s*$/;
/** "管网漏损率降至10%以下": a change to a figure; the verb belongs to the target. */
// (With where it starts from: 登记办理时限由5个工作日压缩至3个工作日以内.)
const CHANGE_TO_TAIL =
  /(?:由\s*\d+(?:\.\d+)?\s*[^\d\s,;:。]{0,5}?\s*)?(?:降至|降到|降低至|降低到|下降至|下降到|减少至|减少到|提高至|提高到|提升至|提升到|增加至|增加到|增长至|增长到|上升至|上升到|压缩至|压缩到|缩短至|缩短到|压减至|缩减至)\s*$/;
const PERCENT_CHANGE = /^[\d.]+\s*(?:个百分点|百分点|%)/;

/**
 * "出水水质达到一级A标准": the verb of a standard to meet starts the target — with how it is met, when
 * an adverb says so ("水质稳定达到Ⅳ类标准", "全部符合设计要求").
 */
const STANDARD_VERB =
  /(?:(?:稳定|持续|全部|全面|基本|始终)\s*)?(?:达到|符合|满足)(?=[^,;:。]{1,16}?(?:标准|要求|规定|规范)[\s。.;,]*$)/;

/** "地表水水质达到Ⅲ类", "公路达到二级以上": a class or grade to reach closes the words; it is the target. */
const GRADE_TAIL =
  /(?:达到|优于|好于|保持|不低于)\s*(?:[ⅠⅡⅢⅣⅤⅰⅱⅲⅳⅴ]|[一二三四五]|[1-5])\s*(?:类|级)(?:标准|水质)?(?:及以上|以上)?[\s。.;,]*$/;

/** 达标, 合格, 按时完成: a target in a word or two, which under a category label is no name. */
const TARGET_WORDS =
  /^\s*(?:达标|合格|优良|良好|优秀|全部完成|按时完成|按期完成|如期完成|及时完成|按计划完成|按进度完成|正常运行|稳定运行)[\s。.;,]*$/;

/**
 * "工程造价控制在批复预算内", "发病率控制在历史较低水平": held within a limit or at a level in words; 控制在
 * starts the target.
 */
const HELD_WITHIN =
  /控制在(?=[^,;。\d]{1,16}?(?:以内|之内|范围内|内)[\s。.;,]*$)|(?:控制在|保持在|稳定在|维持在)(?=[^,;。\d]{1,12}?水平[\s。.;,]*$)/;

/** A comparator, what the target is a multiple of, and the multiple: 不低于…支出的1.3倍. */
const TIMES_OF =
  /(?:不少于|不低于|不超过|不高于|不大于|大于|小于|低于|高于|超过|达到)[^\d,;。:]{2,30}?的\s*\d+(?:\.\d+)?\s*倍[\s。.;,]*$/;

function isStagedWhole(text: string): boolean {
  return lastStage(text) > 0 || isMilestones(text);
}

/** A figure, a 、 and the year's words before the year's figure: 1次、全年 (of 每季度1次、全年4次). */
const YEAR_FIGURE_BEFORE = /(?<![\d.])\d+(?:\.\d+)?\s*[^\d\s,;:。、]{1,3}\s*、\s*(?:全年|累计|合计)\s*$/;

/** Digits and their unit, nothing else: 350户, 1.5公里. */
const QUANTITY_ONLY = /^\d+(?:\.\d+)?\s*(?:万|亿)?\s*[\u4e00-\u9fa5]{1,3}\s*$/;

/** The hours of a day at the end of a name: 9:00-21:00, 8:00至20:00. */
const CLOCK_TAIL = new RegExp(`(?<![\\d.])${CLOCK_RANGE}[\\s。.;,]*$`);

/**
 * Whether the words before the separator at `sep` lead in to an indicator after it: they hold no
 * number and end in no measure (参保率, 补助标准 and 培训人数 name a target after a comma), and what
 * follows has a name of its own with a comparator (参保率≥95%), or — after a colon — with a quantity
 * closing it (建立居民健康档案2.1万份), or starts with a category label (数量指标：网格员配备≥86名).
 */
function leadsIn(c: string, p: number, sep: number, end: number, packed: boolean): boolean {
  // Most targets after a separator start with a figure or a comparator: no name of their own.
  if (!mayStartName(firstNonSpace(c, sep + 1, end))) return false;
  if (sep - p < 2 || hasDigitOrMark(c, p, sep)) return false;
  // Words that say why or what for (依据国家标准，…; 改善人居环境，…; 保障运转，…) lead in to any indicator.
  LEAD_IN_START.lastIndex = p;
  const purpose = LEAD_IN_START.test(c);
  if (!purpose && endsWithMeasure(c, p, sep)) return false;
  const rest = c.slice(sep + 1, end);
  // "参保率≥95%", "演练次数≥4次": a measure's own name (not a verb phrase: 开展巡查不少于24次 is the
  // target of 巡查监管).
  const compared = OWN_NAME_COMPARED.exec(rest);
  if (compared && (purpose || endsWithMeasure(rest, 0, compared[1].length))) return true;
  if (purpose && OWN_NAME_QUANTITY.test(rest)) return true;
  // "保障民生，困难群众基本生活得到保障", "改善人居环境，村容村貌明显改善": after words of purpose, a
  // name of its own closed by a change or a state is the indicator.
  if (purpose && packed && ownNameState(rest)) return true;
  if (c.charCodeAt(sep) !== 58) return false;
  const colon = labelColon(rest, 0);
  if (colon > 0 && categoryOfLabel(rest.slice(0, colon)) !== null) return true;
  // "镇卫生院基本公共卫生服务：建立居民健康档案2.1万份", "履职效能：完成年度重点工作任务15项": a
  // heading before a colon — and a short one before a whole indicator of its own ("巡河：乡级河长每月巡河
  // 不少于1次", "保洁：聘用河道保洁员24名").
  return OWN_NAME_QUANTITY.test(rest) || (compared !== null && sep - p <= 3);
}

/** A name of its own (no figure, not a verb or 每/其中/较…) closed by a change or a state: 村容村貌明显改善. */
function ownNameState(rest: string): boolean {
  if (
    hasDigitOrMark(rest, 0, rest.length) ||
    /[,;:。、]/.test(rest.slice(0, endBeforePunct(rest, 0, rest.length)))
  ) {
    return false;
  }
  if (VERB_FIRST.test(rest) || NOT_OWN_NAME_START.test(rest)) return false;
  const tail = QUALITATIVE_TAIL.exec(rest);
  return tail !== null && tail.index - (rest.length - rest.trimStart().length) >= 2;
}

/** Whether a character can start a name of its own after a separator (not a digit, a mark, 不 or 约). */
function mayStartName(code: number): boolean {
  return code >= 0x4e00 && code !== 0x4e0d /* 不 */ && code !== 0x7ea6 /* 约 */ && code < 0xff00;
}

/** Words that open a purpose, a basis or an outcome: 依据…, 围绕…, 改善…, 保障…. */
const LEAD_IN_START =
  /\s*(?:通过|为了|为|围绕|按照|根据|依据|依托|结合|改善|提升|提高|促进|推动|带动|保障|确保|实现|加强|增强|营造|丰富|稳定)/y;

/** Whether [p, sep) ends as a measure's name does: 参保率, 培训人数, 补助标准, 完成时间, 群众满意度 … */
function endsWithMeasure(c: string, p: number, sep: number): boolean {
  let k = sep;
  while (k > p && isSpace(c.charCodeAt(k - 1))) k--;
  if (k === p) return false;
  if (MEASURE_LAST.has(c.charCodeAt(k - 1))) return true;
  return k - p >= 2 && MEASURE_LAST_TWO.has(c.slice(k - 2, k));
}
const MEASURE_LAST = new Set(Array.from("数率量度额值比", (ch) => ch.charCodeAt(0)));
const MEASURE_LAST_TWO = new Set(
  "面积 长度 规模 标准 时间 时限 期限 进度 比例 资金 经费 费用 成本 收入 效益 效果 成果 水平 能力 情况 人次 时长 周期 里程 指标 目标".split(
    " ",
  ),
);

/** What no name of its own starts with: 每…, 其中…, 较…, 约…, a comparator word. */
const NOT_OWN_NAME = "每|其中|含|较|比|约|共|合计|累计|为|在|于|达到|不|按|截至|到";

/** What no name closed by a state starts with: those words, or a resolve (力争, 确保) or a period (全年). */
const NOT_OWN_NAME_START = new RegExp(`^\\s*(?:${NOT_OWN_NAME}|力争|争取|确保|全年)`);

/** A name of its own (not 每…, 其中…, 较…), then a comparator and a number: 参保率≥95%. */
const OWN_NAME_COMPARED = new RegExp(
  `^(\\s*(?!${NOT_OWN_NAME}|全年\\s*(?:[≥≤<>=]|不|达到|至少))[^\\d\\s,;:。、()≥≤<>=*]{2,16}?)\\s*` +
    "(?:[≥≤<>=]|不少于|不低于|不超过|不高于|大于|小于|高于|低于|超过|达到|至少)\\s*\\d",
);

/** A name of its own, then a quantity that ends the text: 建立居民健康档案2.1万份. */
const OWN_NAME_QUANTITY = new RegExp(
  `^\\s*(?!${NOT_OWN_NAME})[^\\d\\s,;:。、()≥≤<>=*]{2,16}?\\s*` +
    "\\d+(?:\\.\\d+)?\\s*(?:万|亿)?\\s*[^\\d\\s,;:。、()]{1,4}[\\s。.;,]*$",
);

/** What a cell's label or a task label starts with: 绩 年 部 整 指 任 主 重. */
const CELL_LABEL_FIRST = new Set(Array.from("绩年部整指任主重", (ch) => ch.charCodeAt(0)));

/** 任务1：, 任务一：, 年度主要任务：, 重点任务：. */
const TASK_LABEL = /^\s*(?:年度)?(?:主要|重点)?任务\s*[\d一二三四五六七八九十]*\s*:\s*/;

/** A ratio inside words: 按1:0.5比例配套资金 (ratios start with 1; 9:30 is a time). */
const RATIO_INSIDE = /(?<![\d.:])1\s*:\s*\d+(?:\.\d+)?(?![\d:])/;

/** The hours of a day inside words: 每日8:30-17:30开放, 上午9:30前完成数据上报. */
const CLOCK_INSIDE = new RegExp(`(?<![\\d.])(?:${CLOCK_RANGE}|${CLOCK}\\s*(?:前|以前|之前))`);

/** A ratio at the end of a name: 1:15, 1:1配备. */
const RATIO_TAIL = /(?<![\d.:\-~])\d+(?:\.\d+)?\s*:\s*\d+(?:\.\d+)?\s*[^\d\s,;。:]{0,4}[\s。.;,]*$/;

/**
 * "重大事故零发生", "新增违法建筑零增长", "违法违规问题新增数量零", "原生垃圾零填埋": none at all, the target —
 * 零 and what does not happen (two characters; not the 零 of 零部件 or 零售).
 */
const ZERO_TAIL =
  /[“"]?(?<!清)零(?:发生|增长|事故|伤亡|投诉|差错|(?!部件|售)[\u4e00-\u9fa5]{2})?[”"]?[\s。.;,]*$/;

/**
 * "不发生重特大森林火灾", "确保施工期间不发生安全责任事故", "区域内不发生重大动物疫情": the state written
 * before what it is said of (two characters or more); a 确保, and a period or a place (…期间, …内) before
 * it, are neither name nor target.
 */
const NEGATION_FIRST =
  /^\s*(?:确保)?\s*(?:[^\d\s,;。]{0,8}?(?:期间|全年|当年|内)|全(?:县|区|市|镇|乡|省)|辖区)?\s*(不发生|未发生)(?=[^\s。.;,]{2})/;

/**
 * An outcome stated by its verb first: 带动群众增收, 提升群众满意度, 保障群众饮水安全 — and a schedule (按季度考核、年度结算)
 * or a service (为县委县政府决策提供数据支撑) stated the same way.
 */
const VERB_FIRST =
  /^\s*(?:带动|提升|提高|改善|促进|保障|减少|降低|增加|增强|加强|推动|确保|实现|维护|优化|完善|有效|持续|进一步|明显|显著|按(?:月|季度?|年度?|学期|时|期)|为(?=[^\d,;:。]{1,20}?提供))/;

/** A target relative to last year with no number: 不高于上年, 不低于上年水平, 与上年持平, 较上年有所提高. */
const RELATIVE_TARGET =
  /(?:不高于|不低于|不少于|不超过|高于|低于|持平于|与|较|比)(?:上年度|上一年|上年|去年|同期)/;

/** A sticky pattern tried at `at` of `s` (no slice: this runs on every item with a separator). */
function stickyTest(re: RegExp, s: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(s);
}

/**
 * Whether a character starts a target of its own (a digit, a comparator sign, 不…, 达到…): then a comma before it
 * separates a name from its target ("达标率100%，>=98%"), and the words before are the name.
 */
function startsTarget(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    code === 0x8fbe /* 达 */ ||
    code === 0x2265 ||
    code === 0x2264 ||
    code === 60 ||
    code === 61 ||
    code === 62 ||
    code === 0x4e0d
  );
}

/**
 * Whether [a, b) has a digit or a Chinese numeral: what trailingQuantity needs to find a quantity (a cheap
 * scan before its pattern runs; test/core/text/quickChecks.test.ts holds it to that).
 */
export function mayEndWithQuantity(c: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const code = c.charCodeAt(k);
    if ((code >= 48 && code <= 57) || isCnNumeralCode(code)) return true;
  }
  return false;
}

/** A clause after the target that relates it to last year: "达到42.5%，较上年提高0.3个百分点". */
const RELATIVE_CLAUSE = /\s*(?:(?:较|比)(?:\d{4}\s*年|上年度|上一年|上年|去年|同期)|同比|环比)/y;

/** An unfilled target after a name: "培训人数≥**人", "合格率≥  %", "覆盖率≥XX%", "接诊人数XX人". */
const PLACEHOLDER_TAIL =
  /(?:[≥≤<>=]+\s*(?:[*＊]+\s*[^\s\d*＊,;。]{0,4}|[xX]{2,}\s*[^\s\d,;。]{0,4}|%)|[*＊]{2,}\s*[^\s\d*＊,;。a-zA-Z]{0,4}|[xX]{2,}\s*[^\s\d,;。a-zA-Z]{0,4})[\s,;。.:]*$/;

export function trailingQuantity(c: string): number {
  const t = trimEndPunct(c);
  const words = TRAILING_PERCENT_WORDS.exec(t);
  if (words && words.index > 0) {
    const b = comparatorBefore(t, words.index);
    return b ? b.start : words.index;
  }
  const m = TRAILING_QUANTITY.exec(t);
  if (!m || m.index === 0) return -1;
  const unit = m[2];
  if (unit !== "" && unit !== "%" && !isKnownUnit(unit)) return -1;
  // A year or a date (2022年, 5月) is not a target; a duration in years is (质保期2年, 使用年限10年以上).
  // 上半年 is a period, not half a year.
  const period = m[1] === "半" && (t[m.index - 1] === "上" || t[m.index - 1] === "下");
  if (/^[月日]/.test(unit) || (unit.startsWith("年") && (/^\d{4}$/.test(m[1]) || period))) return -1;
  // An ordinal (第3季度, 第2批次) is no quantity.
  if (t.charCodeAt(m.index - 1) === 0x7b2c /* 第 */) return -1;
  // "群众满意度达90%以上": the comparator word before the number belongs to the target — and so does a
  // per before the number, with what stands before it ("补助标准为每生每年1200元", "水质监测频次每月1次").
  let before = comparatorBefore(t, m.index);
  const per = before ? -1 : perBefore(t, m.index);
  if (per > 0) before = comparatorBefore(t, per);
  // A Chinese numeral ends many names (排名第三名); it is a target after a comparator (达八成以上), as
  // tenths or times (九成, 两倍), before 以上 and the like, or as a count with its unit (检查两次).
  if (!/\d/.test(m[1]) && !before) {
    const count = m[1] !== "一" && unit !== "";
    if (!(unit === "成" || unit === "倍" || m[3] || count)) return -1;
  }
  let start = before ? before.start : per > 0 ? per : m.index;
  // "读者量25万人次-30万人次", "办结时间3天-5天": the range's first half, its magnitude and unit written too.
  if (!before) {
    const first = rangeFirstHalf(t, start, unit);
    if (first > 0) start = first;
  }
  // "观众人数约2万人次": 约 (about) belongs to the target.
  if (!before && t.charCodeAt(start - 1) === 0x7ea6 /* 约 */ && start > 1) start--;
  // "-5%": a signed number with no name before it is a bare quantity (isBareQuantity's).
  if (!before && t.charCodeAt(start - 1) === 45 && t.slice(0, start - 1).trim() === "") return -1;
  // "管网漏损率降至10%以下": so does the change to the figure.
  const to = before ? null : CHANGE_TO_TAIL.exec(t.slice(0, start));
  if (to && to.index >= 2) start = to.index;
  return start > 0 ? start : -1;
}

/** Range separators between two numbers (canonical text): - ~ ～ 至 到 — – */
const RANGE_DASHES = new Set(Array.from("-~～至到—–", (ch) => ch.charCodeAt(0)));
const MAGNITUDE_LAST = new Set(Array.from("万亿千", (ch) => ch.charCodeAt(0)));

/**
 * Where a range's first half starts when it ends right before `at` with a magnitude or the second
 * half's unit (25万人次- before 30万人次, 3天- before 5天, 1万～ before 1.5万人次, 5000元- before 8000元/户), or
 * -1. A first half
 * with neither (8-10万人次, 80%-90%) is TRAILING_QUANTITY's own.
 */
function rangeFirstHalf(t: string, at: number, unit: string): number {
  let k = endBeforeSpace(t, 0, at);
  if (!RANGE_DASHES.has(t.charCodeAt(k - 1))) return -1;
  k = endBeforeSpace(t, 0, k - 1);
  const written = k;
  // The second half's unit, or its start: 5000元-8000元/户.
  for (let length = unit.length; length > 0; length--) {
    if (t.startsWith(unit.slice(0, length), k - length)) {
      k = endBeforeSpace(t, 0, k - length);
      break;
    }
  }
  if (MAGNITUDE_LAST.has(t.charCodeAt(k - 1))) k = endBeforeSpace(t, 0, k - 1);
  if (k === written) return -1;
  let d = k;
  while (
    d > 0 &&
    (isDigit(t.charCodeAt(d - 1)) || (t.charCodeAt(d - 1) === 46 && isDigit(t.charCodeAt(d - 2))))
  )
    d--;
  return d < k && isDigit(t.charCodeAt(d)) ? d : -1;
}

/** 确保, 力争, 计划 and 于, 在 before a date that opens an item. */
const JOIN_BEFORE_DATE = /^\s*(?:确保|力争|计划)?\s*(?:于|在)?\s*/;
/** The period a date recurs in (每季度), or a season it explains (暑期（…）). */
const PERIOD_BEFORE_DATE =
  /^\s*(?:每(?:季度|半年|年|月)|(?:暑期|暑假|寒假|汛前|汛期|春季|夏季|秋季|冬季)\s*[(（])\s*/;

/** Work finished: 完成施工, 完工, 建成, 发放到位. */
const FINISHED = /完成|完工|竣工|建成|到位|交付|投用|投入使用/;

/** "2023年12月底前完成" with no name: the whole text is the target. */
function startsWithDate(c: string): boolean {
  const spans = findDates(c);
  if (spans.length === 0) return false;
  // "于2024年12月底前完成全部建设任务", "确保12月底前全部入住": a joining word before the date; "每季度首月
  // 15日前发放到位", "暑期（7月-8月）完成施工": the period it recurs in, or a season the date explains.
  const join = JOIN_BEFORE_DATE.exec(c)?.[0].length ?? 0;
  const at = dateRunStart(c, spans, 0);
  if (at === join) return true;
  const period = PERIOD_BEFORE_DATE.exec(c.slice(join));
  if (period === null || at !== join + period[0].length) return false;
  // A season's months are a deadline only for work finished in them (暑期（7月-8月）完成施工), not for what
  // goes on through them (冬季（12月-次年2月）开展供暖保障).
  return period[0].trimStart().startsWith("每") || FINISHED.test(c);
}

/** Whether [na, nb) is a target with a number (≥8000平方米) and [ta, tb) words with none (a name). */
function isValueFirst(c: string, na: number, nb: number, ta: number, tb: number): boolean {
  // A value starts with a digit, a comparator sign or word (不少于, 控制在), or 于/在 before a deadline;
  // most names start otherwise.
  const k = c.charCodeAt(na);
  const start =
    startsTarget(k) ||
    k === 0x63a7 /* 控 */ ||
    k === 0x4e8e /* 于 */ ||
    k === 0x5728 /* 在 */ ||
    k === 0x7b2c /* 第 */ ||
    k === 0x4e0a /* 上 */ ||
    k === 0x4e0b /* 下 */ ||
    k === 0x5e74 /* 年 */ ||
    // 一季度 … 四季度, read as a date below
    k === 0x4e00 ||
    k === 0x4e8c ||
    k === 0x4e09 ||
    k === 0x56db;
  if (!start) return false;
  const first = c.slice(na, nb);
  // "2024年12月底前，资金发放到位", "第3季度，完成验收": a deadline written first.
  const deadline = isDateOnly(first);
  if (!(deadline || isBareQuantity(first) || (TARGET_WORD_START.test(first) && /\d/.test(first))))
    return false;
  if (tb - ta > 30) return false;
  // "≥90%，较上年有所提高": words relating the target to last year are no name.
  if (stickyTest(RELATIVE_CLAUSE, c, ta)) return false;
  for (let i = ta; i < tb; i++) {
    const k = c.charCodeAt(i);
    if ((k >= 48 && k <= 57) || k === 37) return false;
  }
  return true;
}

/** A deadline and nothing else: 2024年12月底前, 于2024年9月1日前, 第3季度, 12月底前. */
function isDateOnly(t: string): boolean {
  const spans = findDates(t);
  if (spans.length !== 1) return false;
  const lead = /^\s*(?:于|在)?\s*/.exec(t);
  return (
    spans[0].start === (lead ? lead[0].length : 0) && /^\s*(?:前|以前|之前)?\s*$/.test(t.slice(spans[0].end))
  );
}

/** "3千人", "95%": nothing but a number and its unit — a target with no name. */
function isBareQuantity(c: string): boolean {
  const t = trimEndPunct(c);
  const m = TRAILING_QUANTITY.exec(t);
  // "-5%": a minus sign before the number is the number's.
  const first = firstNonSpaceIndex(t);
  const at = t.charCodeAt(first) === 45 ? first + 1 : first;
  if (!m || m.index !== at || !/^\d/.test(m[1])) return false;
  const unit = m[2];
  return unit === "" || unit === "%" || lexiconUnitAt(unit, 0) === unit;
}

function firstNonSpaceIndex(s: string): number {
  let i = 0;
  while (i < s.length && isJsSpace(s.charCodeAt(i))) i++;
  return i;
}

/** "成本指标：控制在预算内", "不超过批复金额": a target with no name, in words. */
const TARGET_WORD_START = /^\s*(控制在|不超过|不高于|不大于|不多于|不低于|不少于|[≥≤<>=])/;

/**
 * A number with a unit or % inside a sentence (not a year, not a label like 5.12): 完成全区200家企业安全检查,
 * and with 万 or 亿 before what it counts (巩固提升1.8万农村人口饮水安全).
 */
const QUANTITY_INSIDE =
  /(?<![\d.×xX*])\d+(?:\.\d+)?\s*(?:余|多)?\s*(?:万|亿)?\s*(?:余|多)?\s*(?:%|[个人家项次场件台套辆所支份条名户批期天座处株亩吨间栋块册篇元]|公里|平方米|立方米|小时|分钟|工作日|(?<=[万亿])(?=[\u4e00-\u9fa5]{2}))(?!\s*[×xX*])/;

/** 满意度： and 服务对象满意度： — a category that, with no other name written, names the indicator too. */
const SATISFACTION_LABEL = /^\s*(?:服务对象)?满意度\s*$/;

/** "指标值：≥2万家次" — a label some tables write before the target. */
const TARGET_LABEL = /^\s*(指标值|目标值|年度指标值|年度目标值|预期目标|目标)\s*[:：]\s*/;
/** 确保, 力争, 争取 opening a name. */
const RESOLVE_START = /^(?:确保|力争|争取)$/;
const RESOLVE_FIRST = new Set(Array.from("确力争", (ch) => ch.charCodeAt(0)));

/** What a modal before the target (MODAL_TAIL) ends with: 争 取 保 均 各 按, or 控制在's words before a figure. */
export function mayEndWithModal(c: string, nb: number): boolean {
  const last = c.charCodeAt(nb - 1);
  return MODAL_LAST.has(last) || c.lastIndexOf("控制在", nb) >= nb - 7;
}
const MODAL_LAST = new Set(Array.from("争取保均各按", (ch) => ch.charCodeAt(0)));
export const MODAL_TAIL =
  /(?:力争|争取|确保|(?<![人户亩日年月周平])均|各|按|控制在[^\d\s,;:。、()≥≤<>=]{0,4})$/;

/** 为, 在, 于 between a name and its number: 面积为8000平方米, 满意度在85%-95%之间, 项目于2025年6月底前. */
const JOINING_WORD = /^[为在于]$/;
/** 行为, 作为, 成为, 认为, 因为: the 为 of a word, not one joining name and target (违法行为不少于1800起). */
const WORD_BEFORE_WEI = new Set(Array.from("行作成认因称视", (ch) => ch.charCodeAt(0)));

/** What may follow a deadline at the end of an item: 前, 前完成, 前竣工验收, 前足额兑付, 前拨付到位 … */
const DEADLINE_REST =
  /^(?:前|之前|以前)?(?:(?:足额|全额|及时|全部){0,2}(?:完成|开工|竣工|竣工验收|完工|验收|交付|交付使用|投入使用|上线|启动|实施|发放|拨付|兑付|支付|兑现|下达|办结|到位)(?:到位|完毕)?)?[\s。.;,:]*$/;

/** A date at the very end of a name: "完成时间2023年底" → index of "2023". */
function trailingDate(c: string): number {
  const spans = findDates(c);
  const last = spans[spans.length - 1];
  if (!last) return -1;
  let start = dateRunStart(c, spans, spans.length - 1);
  // "补贴资金于每年11月底前拨付到位": the year a month is named in belongs to the date.
  if (start >= 2 && YEAR_WORD_BEFORE.test(c.slice(start - 2, start))) start -= 2;
  // "每季度首月15日前发放到位": so does the period the date recurs in.
  const per = perBefore(c, start);
  if (per >= 0) start = per;
  if (start === 0) return -1;
  // "于2024年12月底前完成…": with only 于 or 在 before it, the whole text is the target (startsWithDate).
  if (/^\s*[于在]\s*$/.test(c.slice(0, start))) return -1;
  const rest = c.slice(last.end);
  if (DEADLINE_REST.test(rest)) return start;
  // "资金于2024年6月30日前拨付到位": after 于 or 在 the date and the work it is for are the target.
  const joined = c.charCodeAt(start - 1) === 0x4e8e || c.charCodeAt(start - 1) === 0x5728;
  return joined && rest.length <= 12 && !/\d/.test(rest) ? start : -1;
}

/**
 * Where the dates that end with span k start: 2024年全年, 2024年-2026年, 2024年6-10月 and 2024-2026年
 * are one period each.
 */
function dateRunStart(c: string, spans: DateSpan[], k: number): number {
  let start = spans[k].start;
  for (let j = k - 1; j >= 0 && DATE_JOIN.test(c.slice(spans[j].end, start)); j--) start = spans[j].start;
  const lead = YEAR_RANGE_LEAD.exec(c.slice(Math.max(0, start - 8), start));
  return lead ? start - lead[0].length : start;
}
const YEAR_WORD_BEFORE = /^(?:每年|当年|次年|本年|今年)$/;
// 至, 到, a dash — or a 、 between deadlines (1月25日前、7月31日前), which are one target.
const DATE_JOIN = /^\s*(?:(?:\d{1,2}\s*月?\s*)?(?:至|到|-|—|–|~|～)\s*|(?:前|以前|之前)?\s*、\s*)?$/;
const YEAR_RANGE_LEAD = /\d{4}\s*年?\s*(?:至|到|-|—|–|~|～)\s*$/;

/**
 * `raw` is the item as written; `c` its canonical form (same offsets), passed in when the caller has
 * it already. Everything is decided on `c` and sliced from `raw`. `packed`: the item comes from a cell
 * of indicators (not a 三级 cell whose target has a column of its own): words ending in a change or a
 * state are its qualitative target even without a category label.
 */
/**
 * "(10分)" after a bracketed target (巡查河道长度(≥126公里)(10分)): the template's score for the item, not
 * part of it. Alone (考核得分(90分)) the bracket is the target itself.
 */
const SCORE_NOTE = /\)\s*(\(\s*\d+(?:\.\d+)?\s*分\s*\))[\s。.;,]*$/;

/** What SCORE_NOTE lets stand after the note: spaces and 。 . ; , */
function isScoreNoteEnd(ch: number): boolean {
  return ch === 0x3002 || ch === 46 || ch === 59 || ch === 44 || isJsSpace(ch);
}

/** Where an item ends before a score note closing it (its length when there is none). */
function withoutScoreNote(c: string): number {
  let k = c.length;
  // Past what SCORE_NOTE lets close the item ([\s。.;,]), so that this quick test agrees with it.
  while (k > 0 && isScoreNoteEnd(c.charCodeAt(k - 1))) k--;
  if (c.charCodeAt(k - 1) !== 41 /* ) */ || c.charCodeAt(k - 2) !== 0x5206 /* 分 */) return c.length;
  const m = SCORE_NOTE.exec(c);
  return m ? c.lastIndexOf("(", k - 1) : c.length;
}

/** 项目1：, 项目一： (canonical text) — the project's number of an item. */
const PROJECT_NUMBER = /^\s*项目\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*:\s*/;

/** The whole indicator after 项目N： at `p` and N, or null when what follows is not one (a name and a target). */
function numberedProject(
  raw: string,
  c: string,
  p: number,
  end: number,
  packed: boolean,
): { item: ItemParts; seq: number } | null {
  const m = PROJECT_NUMBER.exec(c.slice(p, Math.min(end, p + 10)));
  if (!m || p + m[0].length >= end) return null;
  const q = p + m[0].length;
  const item = parseItem(raw.slice(q, end), c.slice(q, end), undefined, packed);
  if (item.name === "" || item.target === "" || item.seq !== null) return null;
  const seq = isDigit(m[1].charCodeAt(0)) ? Number(m[1]) : cnNumeralValue(m[1]);
  return seq === null ? null : { item, seq };
}

/**
 * "合格率达到95%；较上年有所提高", "1、安全事故发生率0；确保零发生": a last clause after a ； that only
 * restates the target before it is part of that target; the item is read without it (its target gives
 * the value), and the target then runs to the end. Null when the item has no such clause.
 */
function withRestatedTarget(
  raw: string,
  c: string,
  end: number,
  numbering: { seq: number; end: number } | undefined,
  packed: boolean,
): ItemParts | null {
  const close = endBeforePunct(c, 0, end);
  const semi = c.lastIndexOf(";", close - 1);
  if (semi <= 0 || !hasDigitOrMark(c, 0, semi) || !restatesTarget(c.slice(semi + 1, close))) return null;
  const item = parseItem(raw.slice(0, semi), c.slice(0, semi), numbering, packed);
  if (item.target === "" || item.fromBracket) return null;
  // Where the target read stands: it must close the text before the ； (not 达到95% before a name).
  const at = raw.lastIndexOf(item.target, semi);
  if (at < 0 || endBeforePunct(c, at, semi) !== at + item.target.length) return null;
  return { ...item, target: raw.slice(at, close), targetCanon: c.slice(at, close) };
}

export function parseItem(
  raw: string,
  c0?: string,
  numbering?: { seq: number; end: number },
  packed = false,
): ItemParts {
  const c = c0 ?? canon(raw);
  const end = withoutScoreNote(c);
  // (A ； before the item's last character: a terminal one cuts nothing.)
  const restated =
    c.lastIndexOf(";", end - 2) > 0 ? withRestatedTarget(raw, c, end, numbering, packed) : null;
  if (restated) return restated;
  // Everything below moves offsets into `c` (and `raw`, which has the same offsets); only the name and
  // the target are sliced, at the end.
  let p = 0;
  let seq: number | null = null;
  // The segmenter has usually found the numbering already (offsets relative to this item).
  const num = numbering ?? leadingNumbering(c);
  if (num) {
    seq = num.seq;
    p = num.end;
  }
  // "设 1条质量指标:" announces a count; it is not part of the indicator.
  if (firstNonSpace(c, p, end) === 0x8bbe /* 设 */) {
    const announce = /^\s*设\s*\d+\s*条\s*/.exec(c.slice(p));
    if (announce) p += announce[0].length;
  }
  // "项目1：培训人数≥500人": a project's number before a whole indicator numbers it (a sub-project's
  // line, 项目二：居家适老化改造, is parse.ts's; 项目1：培训质量达标 keeps 项目1 as its name).
  if (firstNonSpace(c, p, end) === 0x9879 /* 项 */) {
    const numbered = numberedProject(raw, c, p, end, packed);
    if (numbered) return { ...numbered.item, seq: seq ?? numbered.seq };
  }
  let goalText: string | undefined;
  // "绩效指标：会议保障次数≥50次": a label for the whole cell, not a name.
  const lead = firstNonSpace(c, p, end);
  if (CELL_LABEL_FIRST.has(lead)) {
    const label = CELL_LABEL.exec(c.slice(p, Math.min(end, p + 16)));
    let goalLabel = false;
    if (label && p + label[0].length < end) {
      p += label[0].length;
      goalLabel = label[0].includes("目标");
    }
    // "任务1：农田水利建设。指标：…": a task of a department's goal, before the indicators that measure it.
    const taskLabel = TASK_LABEL.exec(c.slice(p, Math.min(end, p + 14)));
    const task = taskLabel !== null && p + taskLabel[0].length < end;
    if (task) p += taskLabel[0].length;
    if (goalLabel || task) {
      // "绩效目标：保障机关正常运转。" — words without a number after a goal label are the goal; with a
      // number, they are the goal when the cell labels its indicators apart (the caller decides).
      const a = p + (end - p - c.slice(p, end).trimStart().length);
      const b = endBeforePunct(c, a, endBeforeSpace(c, a, end));
      const target = raw.slice(a, b);
      if (!/[\d≥≤<>=]/.test(c.slice(p, end))) {
        const goal = { seq, level1: null, level2: null, name: "", target, targetCanon: c.slice(a, b) };
        return { ...goal, fromBracket: false, goal: true, ...(task ? { task: true } : {}) };
      }
      goalText = target;
    }
  }
  let level1: Level1 | null = null;
  let level2: Level2 | null = null;
  let satisfactionLabel: [number, number] | null = null;
  // A label closed by a comma ("数量指标，培训人数500人次"), whose words after it are the target when
  // they have no number of their own ("可持续影响指标，持续发挥效益").
  let commaLabel = false;
  for (let k = 0; k < 2; k++) {
    let length = 0;
    let cat = null;
    const colon = labelColon(c, p);
    if (colon > 0) {
      cat = categoryOfLabel(c.slice(p, colon));
      length = colon + 1 - p;
    }
    if (!cat) {
      const comma = labelComma(c, p);
      if (comma > 0) {
        cat = categoryOfLabel(c.slice(p, comma));
        length = comma + 1 - p;
        commaLabel = cat !== null;
      }
    }
    if (!cat) {
      // "数量指标 硬化村组道路4.2公里": a label ending in 指标 and set off by a space.
      const space = labelSpace(c, p);
      if (space > 0) {
        cat = categoryOfLabel(c.slice(p, space));
        length = space + 1 - p;
      }
    }
    const open = firstNonSpace(c, p, end);
    if (!cat && (open === 40 || open === 91 || open === 0x3010)) {
      const m = BRACKET_LABEL_PREFIX.exec(c.slice(p));
      cat = m ? categoryOfLabel(m[1]) : null;
      length = m ? m[0].length : 0;
    }
    if (!cat) break;
    if (cat.level1) level1 = cat.level1;
    if (cat.level2) level2 = cat.level2;
    // "1.满意度：≥90%": 满意度 is a category and, with no other name written, the indicator's name too.
    if (
      colon > 0 &&
      colon - p <= 8 &&
      c.charCodeAt(endBeforeSpace(c, p, colon) - 1) === 0x5ea6 /* 度 */ &&
      SATISFACTION_LABEL.test(c.slice(p, colon))
    )
      satisfactionLabel = [p, colon];
    p += length;
  }
  while (p < end && isSpace(c.charCodeAt(p))) p++;
  const underLabel = level1 !== null || level2 !== null;
  // "数量指标——垃圾清运量": the rest of a run of dashes after a label (not a minus sign: 数量指标 -5%).
  if (underLabel) {
    let k = p;
    while (k < end && (isDash(c.charCodeAt(k)) || isSpace(c.charCodeAt(k)))) k++;
    if (k > p && !isDigit(c.charCodeAt(k))) p = k;
  }
  // "指标名称：巡查企业数；指标值：≥2万家次": the labels some tables write before the name and the target.
  if (c.charCodeAt(p) === 0x6307 /* 指 */ || c.charCodeAt(p) === 0x4e09 /* 三 */) {
    const m = NAME_LABEL.exec(c.slice(p, Math.min(end, p + 12)));
    if (m) p += m[0].length;
  }
  if (
    // "可持续影响指标，持续发挥效益": no name written; the words are the target.
    (commaLabel && !/[\d≥≤<>=]/.test(c.slice(p, end)) && separatorIndex(c, raw, p) < 0) ||
    // "时效指标：6月底前支付50%，12月底前支付100%", "6月底前完成招标，12月底前完工": stages or
    // milestones with no name.
    (packed && mayStartStageAt(c, p) && isStagedWhole(c.slice(p, end)))
  ) {
    let a = p;
    while (a < end && isSpace(c.charCodeAt(a))) a++;
    const b = endBeforePunct(c, a, endBeforeSpace(c, a, end));
    return {
      seq,
      level1,
      level2,
      name: "",
      target: raw.slice(a, b),
      targetCanon: c.slice(a, b),
      fromBracket: false,
    };
  }
  const labelled = labelledTarget(c, p, end);
  // The name is [p, nameEnd); the target [ta, tb) (the same offsets in raw and c).
  let sep = labelled ? labelled.nameEnd : separatorIndex(c, raw, p);
  // A comma that only ends the item ("新建青贮池2000立方米，") separates nothing.
  if (!labelled && sep >= 0 && endBeforePunct(c, sep, end) === sep) sep = -1;
  if (!labelled && sep > p && leadsIn(c, p, sep, end, packed === true)) {
    // "①开展城乡居民医保参保扩面，参保率≥95%", "镇卫生院基本公共卫生服务：建立居民健康档案2.1万份":
    // words that measure nothing lead in to an indicator with a name of its own; that is the item.
    const inner = parseItem(raw.slice(sep + 1), c.slice(sep + 1), undefined, packed);
    const labels = inner.level1 !== null || inner.level2 !== null;
    return {
      ...(goalText !== undefined ? { goalText } : {}),
      ...inner,
      seq,
      level1: labels ? inner.level1 : level1,
      level2: labels ? inner.level2 : level2,
    };
  }
  let nameEnd = sep >= 0 ? sep : end;
  let ta = labelled ? labelled.target : sep >= 0 ? sep + 1 : end;
  let tb = end;
  let fromBracket = false;
  let swapped = false; // the target was written before the name
  // A target in brackets after the name: 机柜数量(≥77台), 运维费用(≤**万元).
  const trimmedEnd = endBeforePunct(c, p, nameEnd);
  let br = labelled ? -1 : trailingTargetBracket(c, p, trimmedEnd);
  let qb = -1; // where a quantity before that bracket starts
  // "培训人数≥500人次（其中，线上200人次）": a name that holds its target makes the bracket a note.
  if (br > p && mayHoldComparator(c, p, br) && NAME_COMPARATOR_PATTERN.test(c.slice(p, br))) br = -1;
  if (labelled) {
    // The labels say where name and target are; nothing to look for.
  } else if (br > p && (qb = mayEndWithQuantity(c, p, br) ? trailingQuantity(c.slice(p, br)) : -1) > 0) {
    // "接待读者15万人次（较上年增长8%）", "新建道路1.5公里（宽度12米）": the bracket qualifies the
    // quantity before it; both are the target, the quantity giving the value.
    ta = p + qb;
    tb = end;
    nameEnd = ta;
  } else if (br > p) {
    if (isBlank(c, ta, tb)) {
      ta = br + 1;
      tb = trimmedEnd - 1;
      fromBracket = true;
    }
    nameEnd = br;
  } else {
    // A target written inside the name: 故障最大恢复时间<24小时 / 名称≥300人.
    let inName = mayHoldComparator(c, p, nameEnd) ? NAME_COMPARATOR_PATTERN.exec(c.slice(p, nameEnd)) : null;
    // "室温达标率（不低于18℃）100%": a comparator in a bracket of the name, with the target after it.
    if (inName && insideBracketBefore(c, p, p + inName.index, nameEnd)) inName = null;
    // "改造面积3000平方米，涉及1、2号楼", "惠及群众2100人，进一步改善…": a comma after a name and its
    // quantity starts what qualifies that target (the segmenter has cut before any whole indicator) —
    // unless a target of its own follows the comma ("达标率100%，>=98%": then the comma separates).
    const clauseAfter =
      !inName &&
      sep >= 0 &&
      c.charCodeAt(sep) === 44 &&
      !(startsTarget(firstNonSpace(c, sep + 1, end)) && mayEndWithQuantity(c, sep + 1, end)) &&
      mayEndWithQuantity(c, p, sep);
    const q0 = clauseAfter ? trailingQuantity(c.slice(p, sep)) : -1;
    if (inName && inName.index > 0) {
      // From the comparator on, name, separator and target are one target — and so is a "per" before it
      // (年度随访次数每人不少于4次, 城市低保标准每人每月不低于700元).
      const per = perBefore(c, endBeforeSpace(c, p, p + inName.index));
      ta = per >= p + 2 ? per : p + inName.index;
      tb = end;
      nameEnd = ta;
    } else if (q0 > 0) {
      // "森林覆盖率达到42.5%，较上年提高0.3个百分点": from the quantity on, all is the target.
      ta = p + q0;
      tb = end;
      nameEnd = ta;
    } else if (sep < 0) {
      const cn = c.slice(p, nameEnd);
      // "供养标准不低于当地…人均消费支出的1.3倍": the comparator stands before what is multiplied.
      const times = TIMES_OF.exec(cn);
      let q = times && times.index >= 2 ? times.index : trailingQuantity(cn);
      let yearFigure = false; // a figure per period and the year's, joined by 、 (their period stays in the name)
      // "搬迁安置群众350户1100人", "培训4期200人次": two quantities close the name; both are the target.
      if (q > 0 && isDigit(cn.charCodeAt(q))) {
        const q2 = trailingQuantity(cn.slice(0, q));
        if (q2 > 0 && QUANTITY_ONLY.test(cn.slice(q2, q))) q = q2;
        // "开展督导每季度1次、全年4次": a figure and the year's after a 、 are one target, as after a comma
        // (the year's gives the value).
        const year = cn.charCodeAt(q - 1) === 0x5e74 /* 年 */ || cn.charCodeAt(q - 1) === 0x8ba1; /* 计 */
        const before = year ? YEAR_FIGURE_BEFORE.exec(cn.slice(0, q)) : null;
        if (before && before.index >= 2) {
          q = before.index;
          yearFigure = true;
        }
      }
      let at = q > 0 ? q : trailingDate(cn);
      // 师生比1:15, 生态管护员岗位数量1:1配备: a ratio closing the name is the target, both its numbers;
      // so are the hours of a day (开放时间9:00-21:00).
      const ratio =
        (at < 0 || c.charCodeAt(p + at - 1) === 58) && (CLOCK_TAIL.exec(cn) ?? RATIO_TAIL.exec(cn));
      if (ratio && ratio.index >= 2) at = ratio.index;
      if (at > 0) {
        const head = cn.slice(0, at);
        const relative =
          RELATIVE_TAIL.exec(head) ?? (PERCENT_CHANGE.test(cn.slice(at)) ? CHANGE_TAIL.exec(head) : null);
        if (relative && relative.index >= 2) at = relative.index;
        // "水质监测频次每月2次", "补助标准每亩1200元": the "per" before the figure is the target's, as it is
        // before a comparator (perBefore).
        else if (!yearFigure && head.includes("每")) {
          const per = perBefore(head, head.length);
          if (per >= 2) at = per;
        }
      } else {
        const relative = RELATIVE_TARGET.exec(cn) ?? STANDARD_VERB.exec(cn) ?? HELD_WITHIN.exec(cn);
        const placeholder = relative ? null : PLACEHOLDER_TAIL.exec(cn);
        const found = relative ?? placeholder;
        if (found && found.index >= 2) at = found.index;
      }
      if (at > 0) {
        ta = p + at;
        tb = nameEnd;
        nameEnd = ta;
      } else if (
        !(cn.includes("不发生") && NEGATION_FIRST.test(cn)) &&
        (startsWithDate(cn) || TARGET_WORD_START.test(cn) || isBareQuantity(cn))
      ) {
        // (全年不发生…: the period belongs to the event that must not happen, below.)
        ta = p;
        tb = nameEnd;
        nameEnd = p;
      } else if (QUANTITY_INSIDE.test(cn) || RATIO_INSIDE.test(cn) || CLOCK_INSIDE.test(cn)) {
        // One sentence holding its own number ("完成全区200家企业安全检查", "按1:0.5比例配套资金",
        // "每日8:30-17:30开放"): it is both name and target.
        ta = p;
        tb = nameEnd;
      } else if (underLabel || packed) {
        // "社会效益：群众安全感明显提升", and in a cell of indicators without a label too ("1、群众安全感
        // 明显提升", "农村公路安全事故不发生", "重大事故零发生"): words ending in a change or a state are a
        // qualitative target; what stands before them is the name. Under a label, words that start with
        // what they do (带动群众增收, 促进就业) are the target, with no name.
        const tail =
          underLabel && (VERB_FIRST.test(cn) || TARGET_WORDS.test(cn))
            ? { index: 0 }
            : (QUALITATIVE_TAIL.exec(cn) ??
              ZERO_TAIL.exec(cn) ??
              TIMING_TAIL.exec(cn) ??
              GRADE_TAIL.exec(cn) ??
              (underLabel ? STANDARD_VERB.exec(cn) : null));
        const first = tail ? null : NEGATION_FIRST.exec(cn);
        if (tail && (underLabel || tail.index >= 2)) {
          ta = p + (tail.index >= 2 ? tail.index : 0);
          tb = nameEnd;
          nameEnd = ta;
        } else if (first) {
          // "不发生重特大森林火灾": the state first, then what it is said of (swapped below).
          ta = p + first[0].length;
          tb = nameEnd;
          nameEnd = ta;
          p = ta - first[1].length;
          swapped = true;
        }
      }
    }
  }
  const lc = firstNonSpace(c, ta, tb);
  if (lc === 0x6307 || lc === 0x76ee || lc === 0x5e74 || lc === 0x9884 /* 指 目 年 预 */) {
    const label = TARGET_LABEL.exec(c.slice(ta, tb));
    if (label) ta += label[0].length;
  }
  // Trimmed as a target and a name are: spaces at both ends, then trailing punctuation.
  while (ta < tb && isSpace(c.charCodeAt(ta))) ta++;
  tb = endBeforePunct(c, ta, endBeforeSpace(c, ta, tb));
  let na = p;
  while (na < nameEnd && isSpace(c.charCodeAt(na))) na++;
  let nb = endBeforePunct(c, na, endBeforeSpace(c, na, nameEnd));
  // "培训后就业率力争达到70%", "满意度均达到90%", "报酬按每人每年不低于…发放", "费用控制在预算48万元以内": a
  // resolve, an "each", a basis or a hold written before the target belongs to the target, not the name.
  const modal = nb === ta && nb - na > 2 && mayEndWithModal(c, nb) ? MODAL_TAIL.exec(c.slice(na, nb)) : null;
  if (modal && modal.index >= 2) nb = ta = na + modal.index;
  // "确保森林火灾发生次数为0": a resolve before the name is no part of it (nor of the target after it).
  if (
    nb - na > 4 &&
    ta < tb &&
    RESOLVE_FIRST.has(c.charCodeAt(na)) &&
    RESOLVE_START.test(c.slice(na, na + 2))
  )
    na += 2;
  // "维修校舍面积为8000平方米": the 为 joins name and number; it is neither (so do 在 and 于).
  if (
    nb - na > 2 &&
    nb === ta &&
    JOINING_WORD.test(c[nb - 1]) &&
    !WORD_BEFORE_WEI.has(c.charCodeAt(nb - 2))
  ) {
    nb--;
    // "慰问活动分别于1月25日前、7月31日前完成": nor is 分别 or 均 before it.
    if (nb - na > 3 && c.startsWith("分别", nb - 2)) nb -= 2;
    else if (nb - na > 2 && c.charCodeAt(nb - 1) === 0x5747 /* 均 */) nb--;
  }
  if (satisfactionLabel && nb <= na && ta < tb) {
    // "1.满意度：≥90%": the label is the only name written.
    [na, nb] = satisfactionLabel;
    while (na < nb && isSpace(c.charCodeAt(na))) na++;
    nb = endBeforeSpace(c, na, nb);
  } else if (
    sep >= 0 &&
    ta < tb &&
    stickyTest(RELATIVE_CLAUSE, c, ta) &&
    (isBareQuantity(c.slice(na, nb)) ||
      (TARGET_WORD_START.test(c.slice(na, nb)) && mayEndWithQuantity(c, na, nb)))
  ) {
    // "满意度：90%以上，较上年有所提高", "≥90%，较上年提高2个百分点": the figure and the clause are the
    // target; the label (满意度) names it, or no name is written.
    ta = na;
    if (satisfactionLabel) {
      [na, nb] = satisfactionLabel;
      while (na < nb && isSpace(c.charCodeAt(na))) na++;
      nb = endBeforeSpace(c, na, nb);
    } else nb = na;
  } else if (swapped || (sep >= 0 && !labelled && ta < tb && isValueFirst(c, na, nb, ta, tb))) {
    // "≥8000平方米，维修校舍面积": the value written first, the name after it.
    [na, nb, ta, tb] = [ta, tb, na, nb];
  }
  return {
    ...(goalText !== undefined ? { goalText } : {}),
    seq,
    level1,
    level2,
    name: unmarkedName(raw.slice(na, nb)),
    target: raw.slice(ta, tb),
    targetCanon: c.slice(ta, tb),
    fromBracket,
  };
}

/** A template's placeholder after a name — "（≥**个 ）", "(≥**万元)", "≥**人" — and its unit. */
const NAME_PLACEHOLDER =
  /\s*(?:[(（]\s*[≥≤<>=‹›]*\s*[*＊]+\s*([^()（）*＊]{0,6}?)\s*[)）]|[≥≤<>=‹›]+\s*[*＊]+\s*([^\s()（）*＊]{0,4}))\s*$/;
const MARK = /^[\s★☆*＊]+/;

/** Whether a name has a * or ★ at all (most have neither, and are returned as they are). */
function isMarked(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 42 || c === 0xff0a || c === 0x2605 || c === 0x2606) return true;
  }
  return false;
}

/** cleanName's name alone, with no allocation for a name that has no mark. */
function unmarkedName(name: string): string {
  return isMarked(name) ? cleanName(name).name : name;
}

/**
 * A name without a template's placeholder (record.md: "(≥**万元)" is not part of the name) and without
 * the ★ or * that marks a core indicator; with the placeholder's unit, which says what a bare number
 * in the target column counts ("" when there is none).
 */
export function cleanName(name: string): { name: string; unit: string } {
  if (!isMarked(name)) return { name, unit: "" };
  let out = name;
  let unit = "";
  const m = NAME_PLACEHOLDER.exec(out);
  if (m && m.index > 0) {
    unit = (m[1] ?? m[2] ?? "").trim();
    out = out.slice(0, m.index);
  }
  const lead = MARK.exec(out);
  // ★★★以上饭店, ★级: stars that rate something stay; stars that mark a core indicator go.
  if (lead && lead[0].length < out.length && !/^(以上|以下|级|星)/.test(out.slice(lead[0].length)))
    out = out.slice(lead[0].length);
  return { name: out, unit };
}

/**
 * In a cell written "名称(目标)" line after line, an item whose bracket holds words rather than a number
 * ("政务服务效率(明显提升)") has its target there too. The caller decides that the cell is written so
 * (another item's target came from a bracket); this moves the bracket's text into the target.
 */
export function bracketAsTarget(item: ItemParts): ItemParts | null {
  // 时效指标(工期指标) is a category written two ways, not a name and its target.
  if (item.target !== "" || categoryOfLabel(item.name)) return null;
  const c = canon(item.name);
  const last = endBeforePunct(c, 0, c.length) - 1;
  if (last < 1 || c.charCodeAt(last) !== 41 /* ) after canon */) return null;
  const open = matchingOpen(c, 0, last);
  if (open <= 0) return null;
  let a = open + 1;
  let b = last;
  while (a < b && isSpace(c.charCodeAt(a))) a++;
  b = endBeforeSpace(c, a, b);
  if (a === b) return null;
  return {
    ...item,
    name: item.name.slice(0, endBeforeSpace(c, 0, open)),
    target: item.name.slice(a, b),
    targetCanon: c.slice(a, b),
    fromBracket: true,
  };
}

/** 指标名称： (and 三级指标：) before a name. */
const NAME_LABEL = /^\s*(指标名称|三级指标|指标内容)\s*:\s*/;
/** A target label with what may stand before it: "；指标值：", "，目标值:", " 预期目标：" (canonical text). */
const INNER_TARGET_LABEL =
  /(?:[;,\s]+目标|[;,\s]*(?:年度指标值|年度目标值|指标值|目标值|预期目标|预期值))\s*:$/;

/**
 * Where a labelled target starts in [p, end): the name ends before "；指标值：" and the target starts
 * after it. Null when there is no such label (a colon right after 值 or 目标 is looked for first).
 */
function labelledTarget(c: string, p: number, end: number): { nameEnd: number; target: number } | null {
  for (let i = p + 2; i < end; i++) {
    if (c.charCodeAt(i) !== 58) continue;
    let k = i;
    while (k > p && isSpace(c.charCodeAt(k - 1))) k--;
    const before = c.charCodeAt(k - 1);
    if (before !== 0x503c /* 值 */ && before !== 0x6807 /* 标 */) continue;
    const m = INNER_TARGET_LABEL.exec(c.slice(p, i + 1));
    if (m && m.index > 0) return { nameEnd: p + m.index, target: i + 1 };
  }
  return null;
}

function isBlank(c: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isSpace(c.charCodeAt(i))) return false;
  return true;
}

/** Where the colon of a leading "产出指标：" after `p` is (canonical text): within 25 characters, before any , 。 ; — or -1. */
function labelColon(c: string, p: number): number {
  const end = Math.min(c.length, p + 26);
  for (let i = p + 1; i < end; i++) {
    const code = c.charCodeAt(i);
    if (code === 58) return i;
    if (code === 44 || code === 0x3002 || code === 59) return -1;
  }
  return -1;
}
/** Where the comma after a leading "数量指标，" is (canonical text): right after 指标, within 25 characters — or -1. */
function labelComma(c: string, p: number): number {
  // The native search finds the comma; the rest is checked only where 指标 stands before it.
  const i = c.indexOf(",", p + 2);
  if (i < 0 || i >= p + 26 || i + 1 >= c.length) return -1;
  if (c.charCodeAt(i - 2) !== 0x6307 || c.charCodeAt(i - 1) !== 0x6807) return -1;
  for (let k = p + 2; k < i; k++) {
    const code = c.charCodeAt(k);
    if (code === 0x3002 || code === 59 || code === 58) return -1;
  }
  return i;
}

/** Where the space after a leading "数量指标 " is (canonical text): within 25 characters, right after 指标 — or -1. */
function labelSpace(c: string, p: number): number {
  const end = Math.min(c.length, p + 26);
  for (let i = p + 2; i < end; i++) {
    const code = c.charCodeAt(i);
    if (isSpace(code) || isDash(code)) {
      if (c.charCodeAt(i - 2) !== 0x6307 || c.charCodeAt(i - 1) !== 0x6807) return -1;
      // "[产出指标-数量指标]…": a bracketed heading is BRACKET_LABEL_PREFIX's.
      if (isDash(code) && isOpener(firstNonSpace(c, p, i))) return -1;
      // "数量指标——垃圾清运量≥1.8万吨": a run of dashes sets the label off as a space does (the
      // caller steps over the rest of the run).
      return i + 1 < c.length ? i : -1;
    }
    if (code === 44 || code === 0x3002 || code === 59 || code === 58) return -1;
  }
  return -1;
}

/** - — – (after canon, a full-width － is -). */
function isDash(code: number): boolean {
  return code === 45 || code === 0x2014 || code === 0x2013;
}

/** "(产出指标)巡查企业数…", "【效益指标】…": a category in brackets before the name. */
const BRACKET_LABEL_PREFIX = /^\s*[([【]([^)\]】]{2,24})[)\]】]\s*:?\s*/;

/** The first character code in [a, b) that RegExp \\s does not match, or NaN when there is none. */
function firstNonSpace(s: string, a: number, b: number): number {
  let i = a;
  while (i < b && isJsSpace(s.charCodeAt(i))) i++;
  return i < b ? s.charCodeAt(i) : NaN;
}

/**
 * Whether a name has a character NAME_COMPARATOR_PATTERN starts with (大 小 不 至 低 高 超 > < ≥ ≤ =):
 * most names have none, and then the pattern is not run.
 */
function mayHoldComparator(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (
      c === 0x5927 ||
      c === 0x5c0f ||
      c === 0x4e0d ||
      c === 0x81f3 ||
      c === 0x4f4e ||
      c === 0x9ad8 ||
      c === 0x8d85 ||
      c === 62 ||
      c === 60 ||
      c === 0x2265 ||
      c === 0x2264 ||
      c === 61
    )
      return true;
  }
  return false;
}
