/** The quantity that closes a name and starts its target: 培训人数500人次, 25万人次-30万人次. */
import { endBeforeSpace, isDigit, isLatin, trimEndPunct } from "../chars";
import { boundOverAct, comparatorBefore, perBefore } from "../comparators";
import { endsWithListedUnit, isKnownUnit, lexiconUnitAt } from "../units";
import { groupedEnd, isCnMagnitudeCode, isCnNumeralCode, isGroupSpace } from "../numbers";
import { firstNonSpaceIndex } from "./scan";
import {
  TRAILING_QUANTITY,
  TRAILING_QUANTITY_UNGROUPED,
  TRAILING_PERCENT_WORDS,
  CHANGE_TO_TAIL,
} from "./patterns";
import { codeSet } from "../charClass";

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

/** One to three digits, a space, the point and maybe a space, right before the decimals: 3 . 5, 0 .5. */
const SPACED_WHOLE_BEFORE = /(?:^|[^\d.])(\d{1,3}) \. ?$/;

/** Where the whole part of a figure a PDF spaced (3 . 5) starts when its decimals start at `i`, else `i`. */
function spacedWholeStart(t: string, i: number): number {
  if (i < 3 || (t.charCodeAt(i - 1) !== 46 && t.charCodeAt(i - 2) !== 46)) return i;
  const from = Math.max(0, i - 8);
  const m = SPACED_WHOLE_BEFORE.exec(t.slice(from, i));
  // (The match opens with the character before the digits, when there is one: never a digit.)
  return m ? from + m.index + m[0].indexOf(m[1]) : i;
}

/** Where the numerator of "1/10万" starts when the number at `i` follows "digits/", else `i`. */
function rateNumeratorStart(t: string, i: number): number {
  if (t.charCodeAt(i - 1) !== 47 /* / */ || !isDigit(t.charCodeAt(i - 2))) return i;
  let k = i - 2;
  while (k > 0 && (isDigit(t.charCodeAt(k - 1)) || t.charCodeAt(k - 1) === 46)) k--;
  return k;
}

/**
 * TRAILING_QUANTITY's match in `t` — read again without spaces grouping digits where its figure is three digits
 * and groups that list numbers (101 102间, 分别 300 250 元/人: see groupedEnd, which reads the words before them).
 */
function trailingMatch(t: string): RegExpExecArray | null {
  const m = TRAILING_QUANTITY.exec(t);
  if (m && isGroupSpace(m[1].charCodeAt(3)) && groupedEnd(t, m.index, m.index + 3) === m.index + 3)
    return TRAILING_QUANTITY_UNGROUPED.exec(t);
  // "水质检测每半年一次", "巡查每半月一次": 半 of a period (半年, 半月) is no figure; the count after the period is.
  if (m && m[1] === "半" && HALF_PERIOD_THEN_COUNT.test(m[2])) {
    const from = m.index + 2;
    const count = TRAILING_QUANTITY.exec(t.slice(from));
    if (count) count.index += from;
    return count;
  }
  return m;
}

/** What follows 半 in 每半年一次, 每半月两次: the period's word, then a count in Chinese numerals. */
const HALF_PERIOD_THEN_COUNT = /^[年月天日][一二两三四五六七八九十]/;

export function trailingQuantity(c: string): number {
  const t = trimEndPunct(c);
  const words = TRAILING_PERCENT_WORDS.exec(t);
  if (words && words.index > 0) {
    const b = comparatorBefore(t, words.index);
    return b ? b.start : words.index;
  }
  const m = trailingMatch(t);
  if (!m || m.index === 0) return -1;
  // PM2.5, 国道G105, 省道S118: digits glued to Latin letters are a code in the name, no quantity.
  if (isLatin(t.charCodeAt(m.index - 1)) && isDigit(t.charCodeAt(m.index))) return -1;
  const unit = m[2];
  if (
    unit !== "" &&
    unit !== "%" &&
    !isKnownUnit(unit) &&
    !isWrittenUnit(t, m.index, m[1], unit) &&
    !isPercentThenVerb(unit)
  )
    return -1;
  // A year or a date (2022年, 5月) is not a target; a duration in years is (质保期2年, 使用年限10年以上).
  // 上半年 is a period, not half a year.
  const period = m[1] === "半" && (t[m.index - 1] === "上" || t[m.index - 1] === "下");
  if (/^[月日]/.test(unit) || (unit.startsWith("年") && (/^\d{4}$/.test(m[1]) || period))) return -1;
  // 2024学年, 2024-2025学年: a school year, not so many years of school (2学年).
  if (isSchoolYear(m[1], unit)) return -1;
  // An ordinal (第3季度, 第2批次) is no quantity.
  if (t.charCodeAt(m.index - 1) === 0x7b2c /* 第 */) return -1;
  // "发病率控制在1/10万以下": the quantity is a rate per so many, its numerator before the slash; "7×24小时":
  // the days of a week times the hours of a day are one figure (the target reads it as 24 小时).
  // (改造道路3 . 5公里: a PDF's spaces around the point — the figure starts at its whole part, as target.ts reads it.)
  const at = spacedWholeStart(t, timesStart(t, m.index, unit) ?? rateNumeratorStart(t, m.index));
  if (at === 0 || t.charCodeAt(at - 1) === 0x7b2c /* 第 */) return -1;
  // "群众满意度达90%以上": the comparator word before the number belongs to the target — and so does a
  // per before the number, with what stands before it ("补助标准为每生每年1200元", "水质监测频次每月1次").
  let before = comparatorBefore(t, at);
  const per = before ? -1 : perBefore(t, at);
  if (per > 0) before = comparatorBefore(t, per);
  // "每季度至少开展1次": a bound before the act it counts is the target's too.
  else if (!before) before = boundOverAct(t, at);
  // A Chinese numeral ends many names (排名第三名); it is a target after a comparator (达八成以上), as
  // tenths or times (九成, 两倍), before 以上 and the like, or as a count with its unit (检查两次).
  if (!/\d/.test(m[1]) && !before) {
    // (一 before a magnitude is a count too: 一千人次, 一万元; and 一批, a batch: 购置扑火物资一批; and after a
    // period, a frequency: 保洁每天一次 — and so after a period and the act it counts, 每季度开展一次, as
    // 每季度开展1次 reads.)
    const count =
      (m[1] !== "一" ||
        isCnMagnitudeCode(t.charCodeAt(m.index + 1)) ||
        unit === "批" ||
        oneOfThingsAtEnd(t, m.index, unit) ||
        per > 0 ||
        isPeriodActCount(t, m.index, unit)) &&
      unit !== "";
    if (!(unit === "成" || unit === "倍" || m[3] || count)) return -1;
  }
  let start = before ? before.start : per > 0 ? per : at;
  // "读者量25万人次-30万人次", "办结时间3天-5天": the range's first half, its magnitude and unit written too.
  if (!before) {
    const first = rangeFirstHalf(t, start, unit);
    if (first > 0) start = first;
  }
  // "示范区稻谷品质达国标三级以上": a grade on a standard's scale, with the verb that reaches it, is the target.
  if (!before && (unit === "级" || unit === "类") && t.charCodeAt(start - 1) === 0x6807 /* 标 */) {
    const scale = GRADE_SCALE_BEFORE.exec(t.slice(0, start));
    if (scale && scale.index >= 2) start = scale.index;
  }
  // "观众人数约2万人次", "补贴标准≈63元/亩": 约 (about), or ≈ ≒ written for it, belongs to the target.
  if (!before && start > 1 && isAbout(t.charCodeAt(start - 1))) start--;
  // "巡查时间夏秋两季共60天", "培训共计3期": 共 (in all) totals the figure — the target's, not the name's end.
  if (!before && start >= 3 && (t.charCodeAt(start - 1) === GONG || t.charCodeAt(start - 2) === GONG))
    start = totalStart(t, start);
  // "-5%": a signed number with no name before it is a bare quantity (isBareQuantity's).
  if (!before && t.charCodeAt(start - 1) === 45 && t.slice(0, start - 1).trim() === "") return -1;
  // "管网漏损率降至10%以下": so does the change to the figure.
  // (A change to a figure is a comparator too, 压缩至 ≤: where it starts from stays in the target,
  // 审批时限 | 由10个工作日压缩至5个工作日以内.)
  const toEnd = !before ? start : isToAt(t.charCodeAt(at - 1)) ? at : -1;
  const to = toEnd < 0 ? null : CHANGE_TO_TAIL.exec(t.slice(0, toEnd));
  if (to && to.index >= 2 && to.index <= start) start = to.index;
  return start > 0 ? start : -1;
}

/** 至 or 到 closing a change to a figure (压缩至, 提高到). */
function isToAt(k: number): boolean {
  return k === 0x81f3 /* 至 */ || k === 0x5230; /* 到 */
}

const GONG = 0x5171; // 共
/**
 * 每季度开展一次, 每月组织一次: 一次 after a period (每月, 每季度) and the act it counts (two to four characters),
 * a frequency — not 一次性 (a one-off) or 一次 in a name (一次验收合格率).
 */
/**
 * 建文化广场一个, 新建村级活动场所一处: 一 with a measure word of things closing the clause is a count, as 两座 is
 * (not 一户一档, a pair of 一s; 一张网 and 一体化 end in words, no measure word alone).
 */
function oneOfThingsAtEnd(t: string, at: number, unit: string): boolean {
  if (unit.length !== 1 || !THINGS_MEASURE.has(unit.charCodeAt(0)) || at < 2) return false;
  if (at + 2 !== t.length) return false;
  return !NOT_BEFORE_ONE.has(t.charCodeAt(at - 1)) && t.charCodeAt(at - 2) !== 0x4e00; /* 一 */
}
const THINGS_MEASURE = codeSet("个座处所台套辆条间栋幢口艘架部块支棵张份本");
/** 统一, 唯一, 第一, 同一, 单一, 逐一, 万一, 之一: 一 as a word's end, no count. */
const NOT_BEFORE_ONE = codeSet("统唯第同单逐万之一");

function isPeriodActCount(t: string, at: number, unit: string): boolean {
  if (unit !== "次" || t.charCodeAt(at + 2) === 0x6027 /* 性 */) return false;
  return PERIOD_ACT_BEFORE.test(t.slice(Math.max(0, at - 8), at));
}

const PERIOD_ACT_BEFORE = /每(?:天|日|周|旬|月|季度?|半年|年|学期)[\u4e00-\u9fa5]{2,4}$/;

/** 共, 共计, 总共, 一共 right before `start`, after a name of two characters or more (not 公共). */
const TOTAL_BEFORE = /(?<!公)(?:总共|一共|共计|共)$/;

/** Where the word that totals the figure at `start` starts (TOTAL_BEFORE), else `start`. */
function totalStart(t: string, start: number): number {
  const m = TOTAL_BEFORE.exec(t.slice(0, start));
  return m && m.index >= 2 ? m.index : start;
}

/** 达国标, 达到国标, 达行标: the verb and the standard before a grade (三级以上). */
const GRADE_SCALE_BEFORE = /(?:达到|达)\s*(?:国|省|行|部)标\s*$/;

/**
 * Characters of a verb, a state, a bound or a rate (完成, 提升, 达标, 以内, 覆盖率 …): words after a number
 * that hold one are a clause or a name, not its unit.
 */
const NOT_UNIT = codeSet(
  "完成建达提升降增减开展实施覆盖落保障改善率度标准合格以内外前后整治理到位发放号第办复",
);

/**
 * "监测点位100%覆盖", "问题100%整改", "议案建议100%办复": a percentage, then the verb it is reached by (two to four characters, one
 * of them a verb's — NOT_UNIT): both are the target, whose % is the unit.
 */
function isPercentThenVerb(unit: string): boolean {
  if (unit.charCodeAt(0) !== 37 /* % */ || unit.length < 3 || unit.length > 5) return false;
  let verb = false;
  for (let k = 1; k < unit.length; k++) {
    const ch = unit.charCodeAt(k);
    if (ch < 0x4e00 || ch > 0x9fff) return false;
    verb = verb || NOT_UNIT.has(ch);
  }
  return verb;
}

/** 110 … 129 and 123xx: the emergency and government hotlines (110, 119, 120, 122, 12345, 12315 …). */
const HOTLINE = /^(?:1[12]\d|123\d\d)$/;

/**
 * A unit the lexicon does not know, as an officer writes it after a figure closing the item (1.5万客,
 * 200皮长公里, 1.5万客次): one to four Chinese characters after a written figure, none of them a verb's,
 * a state's or a rate's (NOT_UNIT), and not a known unit followed by more words (3个村建设, 10家企业,
 * 3天内办结: then the words after the number are a clause or a name). A figure after a letter is a code
 * (ISO9001认证), not a quantity.
 */
function isWrittenUnit(t: string, at: number, figure: string, unit: string): boolean {
  if (unit.length > 4 || !isDigit(figure.charCodeAt(0))) return false;
  // Three or four characters only ending in a unit the list knows (皮长公里), as the target reads them.
  if (unit.length > 2 && !endsWithListedUnit(unit, 0, unit.length)) return false;
  // "12345热线", "110报警": a hotline's or an emergency number is a code, not a count.
  if (HOTLINE.test(figure) && !MAGNITUDE_LAST.has(t.charCodeAt(at + figure.length))) return false;
  const before = t.charCodeAt(at - 1);
  if ((before >= 65 && before <= 90) || (before >= 97 && before <= 122)) return false;
  for (let k = 0; k < unit.length; k++) {
    const ch = unit.charCodeAt(k);
    if (ch < 0x4e00 || ch > 0x9fff || NOT_UNIT.has(ch)) return false;
  }
  return lexiconUnitAt(unit, 0) === "";
}

/** Range separators between two numbers (canonical text): - ~ ～ 至 到 — – */
const RANGE_DASHES = codeSet("-~～至到—–");

const MAGNITUDE_LAST = codeSet("万亿千");

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

/**
 * Where the days of 7×24小时 start when the hours at `i` (digits, the unit 小时 or h) follow a times sign
 * and one or two digits, else null.
 */
function timesStart(t: string, i: number, unit: string): number | null {
  if (unit !== "小时" && unit !== "h" && unit !== "个小时") return null;
  let k = endBeforeSpace(t, 0, i);
  if (!TIMES_SIGNS.has(t.charCodeAt(k - 1))) return null;
  k = endBeforeSpace(t, 0, k - 1);
  let d = k;
  while (d > 0 && k - d < 3 && isDigit(t.charCodeAt(d - 1))) d--;
  return d < k && k - d <= 2 && !isDigit(t.charCodeAt(d - 1)) && t.charCodeAt(d - 1) !== 46 ? d : null;
}
const TIMES_SIGNS = codeSet([0xd7, 120, 88, 42]); // × x X *

/** 2024学年, 2024-2025学年: a figure of four digits before 学年 names a school year (a date, no count). */
function isSchoolYear(figure: string, unit: string): boolean {
  return unit.charCodeAt(0) === 0x5b66 /* 学 */ && unit.startsWith("学年") && /^\d{4}/.test(figure);
}

/** "3千人", "95%", "7×24小时": nothing but a number and its unit — a target with no name. */
export function isBareQuantity(c: string): boolean {
  const t = trimEndPunct(c);
  const m = trailingMatch(t);
  // "-5%": a minus sign before the number is the number's.
  const first = firstNonSpaceIndex(t);
  const at = t.charCodeAt(first) === 45 ? first + 1 : first;
  if (!m || !/^\d/.test(m[1])) return false;
  const unit = m[2];
  if (isSchoolYear(m[1], unit)) return false;
  if (m.index !== at && timesStart(t, m.index, unit) !== at) return false;
  return unit === "" || unit === "%" || lexiconUnitAt(unit, 0) === unit;
}

/** 约, or the signs written for it: ≈ ≒. */
export function isAbout(k: number): boolean {
  return k === 0x7ea6 /* 约 */ || k === 0x2248 /* ≈ */ || k === 0x2252 /* ≒ */;
}
