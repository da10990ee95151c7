/**
 * A target text → comparator, number, unit, kind and date. Reads left to right once: date spans first
 * (their numbers are not targets), then the first number with its magnitude word, unit, the comparator
 * before it (不少于, ≥ …) or after it (以上, 以内 …), and a range (1-3场次, 1至3).
 */
import type { Comparator, IndicatorKind } from "../record";
import { DAYS_1904 } from "../grid";
import { canon, endBeforeSpace, isCjk, isDigit, isJsSpace, isLatin, matchAt } from "./chars";
import {
  BOUND_BEFORE_REFERENCE,
  comparatorAfter,
  comparatorBefore,
  boundOverAct,
  perBefore,
  averageBefore,
  REFERENCE_WORDS,
  startsComparatorAfter,
} from "./comparators";
import {
  findDates,
  isPlausibleSerial,
  deadlineOf,
  serialToDate,
  CLOCK,
  CLOCK_RANGE,
  DAY_PART,
  STAGE_START,
  TIME_NAME,
  YEAR_END_STAGE,
  type DateSpan,
} from "./dates";
import {
  cnNumeralValue,
  digitsValue,
  groupedEnd,
  isCnMagnitudeCode,
  isCnNumeralChar,
  isCnNumeralCode,
  isGroupSpace,
  MAGNITUDES,
  scale,
} from "./numbers";
import { lexiconUnitAt, readUnit } from "./units";
import { numberCut } from "./brokenLines";
import { codeSet } from "./charClass";

export interface TargetParse {
  comparator: Comparator | null;
  value: number | null;
  valueMax: number | null;
  unit: string;
  kind: IndicatorKind;
  date: string | null;
}

export interface TargetContext {
  /** The indicator's name: a bare serial number under a time-like name is a date. */
  name?: string;
  /** Written or inferred 二级: 时效指标 makes a bare serial a date. */
  level2?: string | null;
  /** The target came from a number cell (not typed text). */
  numeric?: boolean;
  /** The workbook counts dates from 1904: a serial is 1,462 days less than the 1900 one. */
  date1904?: boolean;
}

/** Words that only say a figure is held at (控制在95%以上): the word after it decides the bound. */
const HELD_AT = /^(?:控制在|保持在|稳定在|保持稳定在)/;

/** An event that must not happen: 无, 不发生, 零, 杜绝. */
const NO_EVENT = /无|不发生|未发生|不出现|零|杜绝|没有/;

/** Excel's error values (#DIV/0!, #N/A …): a formula that failed, never a target. */
const ERROR_VALUE =
  /^\s*#(?:DIV\/0!|N\/A|REF!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)\s*$/;

export function isErrorValue(text: string): boolean {
  return text.indexOf("#") >= 0 && ERROR_VALUE.test(text);
}

const EMPTY: TargetParse = {
  comparator: null,
  value: null,
  valueMax: null,
  unit: "",
  kind: "empty",
  date: null,
};

/** Placeholder characters of an unfilled template: ≥ %, **, XX, ——, / … */
const PLACEHOLDER_CODES = codeSet("≥≤<>=＞＜*＊xX×?？/\\-—–_%.。，,;；:：()（）[]【】…");

function isPlaceholderOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!PLACEHOLDER_CODES.has(c) && !isJsSpace(c)) return false;
  }
  return true;
}

interface NumberAt {
  start: number;
  end: number; // after the number and its magnitude word
  value: number;
  /** The magnitude word's factor (1 when there is none). */
  factor: number;
  /** 2000余户, 300多人: more than the number. */
  approx: boolean;
}

function onlySpacesBefore(s: string, i: number): boolean {
  for (let k = 0; k < i; k++) if (!isJsSpace(s.charCodeAt(k))) return false;
  return true;
}

/** Whether only spaces and sentence marks follow `k`. */
function endsHere(s: string, k: number): boolean {
  for (let i = k; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isJsSpace(c) && c !== 0x3002 && c !== 46 && c !== 59 && c !== 44) return false;
  }
  return true;
}

/** 余 or 多 at j, after a number and before a magnitude word, a unit or the end (2000余户, 两千余人). */
function approxAt(s: string, j: number): boolean {
  const c = s.charCodeAt(j);
  if (c !== 0x4f59 /* 余 */ && c !== 0x591a /* 多 */) return false;
  const m = s.charCodeAt(j + 1);
  return j + 1 === s.length || m === 0x4e07 || m === 0x4ebf || m === 0x5343 || lexiconUnitAt(s, j + 1) !== "";
}

/** A number starting at i (digits, 1,500, 0.5, Chinese numerals), with its magnitude word applied. */
/**
 * The denominator of a fraction whose slash is at `slash` (1/3, 2/5): one to three digits not followed
 * by more digits, a decimal point or a magnitude word (1/10万 is a rate, 2023/7/1 a date).
 */
function fractionAt(s: string, slash: number): { denominator: number; end: number } | null {
  let k = slash + 1;
  while (k < s.length && k - slash <= 3 && isDigit(s.charCodeAt(k))) k++;
  if (k === slash + 1 || isDigit(s.charCodeAt(k)) || s.charCodeAt(k) === 46 || s.charCodeAt(k) === 47)
    return null;
  if (MAGNITUDE_FIRST.has(s.charCodeAt(k))) return null;
  const denominator = Number(s.slice(slash + 1, k));
  return denominator > 0 ? { denominator, end: k } : null;
}
const MAGNITUDE_FIRST = codeSet("万亿千百");

/**
 * The second term of a ratio whose colon is at `colon` (1:3, 1:0.5): a number, not followed by another term
 * (1:2:3) or a digit; null when there is none.
 */
function ratioTermAt(s: string, colon: number): { value: number; end: number } | null {
  let k = colon + 1;
  while (s.charCodeAt(k) === 32) k++;
  const from = k;
  while (isDigit(s.charCodeAt(k))) k++;
  if (k === from) return null;
  if (s.charCodeAt(k) === 46 && isDigit(s.charCodeAt(k + 1))) {
    k++;
    while (isDigit(s.charCodeAt(k))) k++;
  }
  if (s.charCodeAt(k) === 58 || s.charCodeAt(k) === 46) return null;
  const value = Number(s.slice(from, k));
  return value > 0 ? { value, end: k } : null;
}

/** A fraction's value to four decimals (1/3 → 0.3333): what a reviewer reads, not a float's tail. */
function roundTo4(v: number): number {
  return Math.round(v * 10000) / 10000;
}

/** 逾, 超: "more than", which may stand right before a magnitude word alone (逾千人, 超万人次). */
function isExceedCode(c: number): boolean {
  return c === 0x903e || c === 0x8d85;
}

/**
 * Where the Chinese numeral starting at `i` ends: 三十五, 二百一十六, and 千, 万 or 亿 inside it — before another
 * numeral (一千二百, 一千零五十) or after a larger one (一万二千). A magnitude that closes the run (两千, 一百二十万)
 * is left to the magnitude words.
 */
function cnNumeralEnd(s: string, i: number): number {
  let j = i;
  let larger = 0; // the largest magnitude inside the run: 万 1, 亿 2
  while (j < s.length && j - i < 10) {
    const c = s.charCodeAt(j);
    if (isCnNumeralCode(c)) {
      if (c === 0x534a /* 半 */ && j > i) break;
      j++;
    } else if (j > i && isCnMagnitudeCode(c)) {
      const rank = c === 0x4ebf ? 2 : c === 0x4e07 ? 1 : 0;
      const next = s.charCodeAt(j + 1);
      if (isCnNumeralCode(next) && next !== 0x534a) {
        larger = Math.max(larger, rank);
        j++;
      } else {
        if (rank < larger) j++;
        break;
      }
    } else {
      break;
    }
  }
  // Digits alone (一二三四五) are no numeral of more than four characters.
  return j - i > 4 && !/[十百千万亿]/.test(s.slice(i, j)) ? i + 4 : j;
}

/**
 * Where the decimals of a Chinese numeral end when 点 at `j` opens them (一点二, 三点五), else `j`: one to three
 * numerals 零…九 — not a clock's (九点半, 九点三十分), whose minutes go on with 十, 半, 分 or 钟.
 */
function cnDecimalsEnd(s: string, j: number): number {
  if (s.charCodeAt(j) !== 0x70b9 /* 点 */) return j;
  let k = j + 1;
  while (k < s.length && k - j <= 3 && CN_DIGIT.indexOf(s[k]) >= 0) k++;
  return k > j + 1 && !CLOCK_AFTER.has(s.charCodeAt(k)) ? k : j;
}
const CLOCK_AFTER = codeSet("十半分钟");

/** No unit read after a number. */
const NO_UNIT = { unit: "", length: 0 };

/** Whether a range's separator stands at `j` (至, 到, ~, -), then a Chinese numeral read as a count (五次). */
function cnRangeGoesOn(s: string, j: number): boolean {
  const c = s.charCodeAt(j);
  if (c !== 0x81f3 /* 至 */ && c !== 0x5230 /* 到 */ && c !== 126 && c !== 0xff5e && c !== 45) return false;
  return isCnNumeralCode(s.charCodeAt(j + 1)) && readNumber(s, j + 1) !== null;
}

/**
 * Where the decimals start after a point written with a space before it at `j` (0 . 5, 0 .5: a PDF's spaces, one
 * on each side at most), after one to three digits from `i`; else `j`. (1. 5个 is a list's 1. before its item, and
 * 2024 . 5 a year and its month.)
 */
export function spacedPointEnd(s: string, i: number, j: number): number {
  if (j - i > 3 || !isGroupSpace(s.charCodeAt(j)) || s.charCodeAt(j + 1) !== 46) return j;
  const k = isGroupSpace(s.charCodeAt(j + 2)) ? j + 3 : j + 2;
  return isDigit(s.charCodeAt(k)) ? k : j;
}

function readNumber(s: string, i: number): NumberAt | null {
  const c = s.charCodeAt(i);
  let j = i;
  let value: number;
  let approx = false;
  if (isCnMagnitudeCode(c)) {
    // 逾千人, 超万人次: one thousand, ten thousand — the caller has seen the bound before it.
    value = 1;
  } else if (isDigit(c)) {
    while (j < s.length && isDigit(s.charCodeAt(j))) j++;
    // Thousands separators: 1,500 / 12,000,000, and 3 600 / 1 200 000 with spaces (a PDF's copy).
    j = groupedEnd(s, i, j);
    if (s.charCodeAt(j) === 46 && isDigit(s.charCodeAt(j + 1))) {
      j++;
      while (j < s.length && isDigit(s.charCodeAt(j))) j++;
    } else {
      // ≥ 0 . 5, 0. 5, 0 .5: a point with a PDF's spaces beside it, digits either side, is the number's own.
      const after = spacedPointEnd(s, i, j);
      if (after > j) {
        j = after;
        while (j < s.length && isDigit(s.charCodeAt(j))) j++;
      }
    }
    value = digitsValue(s, i, j);
    if (approxAt(s, j)) approx = ++j > 0;
  } else if (isCnNumeralCode(c)) {
    j = cnNumeralEnd(s, i);
    const v = cnNumeralValue(s.slice(i, j));
    if (v === null) return null;
    value = v;
    // 一点二万人, 三点五公里: digits after 点 are the decimals, one numeral each (as 百分之八十五点五's).
    const decimals = cnDecimalsEnd(s, j);
    if (decimals > j) {
      value = Number(`${v}.${[...s.slice(j + 1, decimals)].map((d) => CN_DIGIT.indexOf(d)).join("")}`);
      j = decimals;
    }
    if (approxAt(s, j)) approx = ++j > 0;
    // A Chinese numeral counts only before a unit: 两次, 半小时, 三个 — not 五进, 一是.
    const after = s.slice(j);
    let k = j;
    // (The longest magnitude word: 两千万元 is 千万's, not 千's.)
    for (const [word] of MAGNITUDES)
      if (after.startsWith(word)) {
        k = j + word.length;
        break;
      }
    if (k > j && approxAt(s, k)) k++; // 两千余人
    const u = lexiconUnitAt(s, k);
    // 两千, 十二 alone in a value cell (the unit has a column of its own) are numbers too — and so is the
    // lower bound of a range of them, before its upper one and the unit (三至五次, 两到三场).
    if (
      !(!u && k === j && cnRangeGoesOn(s, j)) &&
      (u || !endsHere(s, k) || !(onlySpacesBefore(s, i) || comparatorBefore(s, i)?.start === 0))
    ) {
      // 一次性, 一站式, 一级响应 are words; 分 after a numeral is a score (三分) only in scoring text.
      if (!u || s[k] === "分" || s[k + u.length] === "性" || s[k + u.length] === "式") return null;
      // 二次污染, 一户一档: a numeral inside a fixed word.
      if (isNumeralWord(s, i, k, u)) return null;
      // 一级A标准, 二级标准: a grade's name, not a count.
      if (isLatin(s.charCodeAt(k + u.length)) || s.startsWith("标准", k + u.length)) return null;
      // 一类地区, 三级甲等: a class or grade named by its numeral.
      if ((u === "类" || u === "级") && isCjk(s.charCodeAt(k + u.length))) return null;
      // 一成不变, 三成本: 成 before more words is not tenths.
      if (u === "成" && !readUnit(s, s, k).unit) return null;
    }
  } else {
    return null;
  }
  // Units that begin with a magnitude character (千米, 千克, 千瓦, 百分比) are units, not magnitudes.
  // "2 万": a space may be typed before the magnitude word (万 and 亿 only: they are never units alone).
  if (s.charCodeAt(j) === 32 && isDigit(c)) {
    let k = j;
    while (s.charCodeAt(k) === 32) k++;
    if (s.charCodeAt(k) === 0x4e07 || s.charCodeAt(k) === 0x4ebf) j = k;
  }
  const m = s.charCodeAt(j);
  let applied = 1;
  // Every magnitude word starts with 千 百 亿 or 万.
  if (
    (m === 0x5343 || m === 0x767e || m === 0x4ebf || m === 0x4e07) &&
    (!lexiconUnitAt(s, j) || m === 0x4ebf)
  ) {
    for (const [word, factor] of MAGNITUDES) {
      if (matchAt(s, word, j)) {
        const unitAfter = lexiconUnitAt(s, j + word.length) || approxAt(s, j + word.length);
        // 千 alone is a magnitude only when a unit or the end follows (3千人); 万/亿 always.
        if (word === "千" && !unitAfter && j + 1 < s.length && isCjk(s.charCodeAt(j + 1))) break;
        value = scale(value, factor);
        applied = factor;
        j += word.length;
        break;
      }
    }
  }
  if (applied === 1 && isCnMagnitudeCode(c)) return null;
  // 2万余人, 1.5万多元
  if (!approx && applied !== 1 && approxAt(s, j)) approx = ++j > 0;
  return { start: i, end: j, value, factor: applied, approx };
}

/**
 * A numeral inside a fixed word, no count: 二次 before the thing it is said of (二次污染, 二次伤害, 二次供水, 二次返贫 —
 * a count of two is written 两次, and 二次 a count is followed by its bound, 二次以上, or nothing), and a pair of 一s
 * (一户一档, 一村一品, 一人一策). `i` is the numeral's start, `k` its measure word's, `u` the measure word.
 */
function isNumeralWord(s: string, i: number, k: number, u: string): boolean {
  if (k !== i + 1) return false;
  const c = s.charCodeAt(i);
  const next = s.charCodeAt(k + u.length);
  if (c === 0x4e00 /* 一 */) return next === 0x4e00 && u.length === 1;
  return c === 0x4e8c /* 二 */ && u === "次" && isCjk(next) && !COUNT_BOUND_START.has(next);
}
/** 以上, 及以上, 左右, 以内, 以下, 每: what follows a count, not a word it makes. */
const COUNT_BOUND_START = codeSet("以及左上内下每或");

/**
 * The unit after a number, also when a space was typed between them ("3 次", "95 %") — or a line break, where
 * a cell copied from a PDF wraps before the unit and the line holds the unit alone ("≥360\n场次").
 */
function unitAfter(s: string, raw: string, pos: number): { unit: string; length: number } {
  const read = readUnit(s, raw, pos);
  // (Character codes compared, no table looked up: `pos` is often the text's end.)
  if (read.unit || !isGap(s.charCodeAt(pos))) return read;
  let k = pos;
  let wrapped = false;
  while (isGap(s.charCodeAt(k))) wrapped = s.charCodeAt(k++) === 10 || wrapped;
  if (!lexiconUnitAt(s, k)) return read;
  const spaced = readUnit(s, raw, k);
  if (!spaced.unit || (wrapped && !unitEndsLine(s, k + spaced.length))) return read;
  return { unit: spaced.unit, length: k - pos + spaced.length };
}

/** A space, a tab or a line break between a number and its unit (canonical text). */
function isGap(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** Whether only spaces and a closing bracket stand between `k` and the line's end or a sentence mark. */
function unitEndsLine(s: string, k: number): boolean {
  for (let i = k; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || c === 0x3002 || c === 59 || c === 44) return true;
    if (!isJsSpace(c) && c !== 41) return false;
  }
  return true;
}

/**
 * Where the words after a condition's 的 (at `k`) go on to a figure of their own in the same clause (站点整改率100%):
 * two Chinese characters or more, then a digit — the start of those words, or -1.
 */
function figureLaterInClause(s: string, k: number): number {
  let i = k;
  while (i < s.length && isCjk(s.charCodeAt(i))) i++;
  return i - k >= 2 && isDigit(s.charCodeAt(i)) ? k : -1;
}

/** × x X * between two numbers (7×24小时). */
function isTimesSign(c: number): boolean {
  return c === 0xd7 || c === 120 || c === 88 || c === 42;
}

/** Where the hours of 7×24小时 start (`k` after the sign), or -1: digits, then 小时 or h. */
function hoursAfterTimes(s: string, raw: string, k0: number): number {
  let k = k0;
  while (k < s.length && isJsSpace(s.charCodeAt(k))) k++;
  let e = k;
  while (e < s.length && isDigit(s.charCodeAt(e))) e++;
  if (e === k || e - k > 2) return -1;
  const u = unitAfter(s, raw, e).unit;
  return u === "小时" || u === "个小时" || u === "h" ? k : -1;
}

/** The periods a count may be given in after 一 (一年两次, 一月一次, 一周三次). */
const PERIOD_UNITS = new Set(["年", "月", "个月", "季度", "个季度", "周", "天", "日", "学期"]);

/** Whether a count (a number and a unit that is no period: 两次, 2场) stands at `pos`. */
function countFollows(s: string, raw: string, pos: number): boolean {
  const c = s.charCodeAt(pos);
  if (!isDigit(c) && !isCnNumeralCode(c)) return false;
  const next = readNumber(s, pos);
  if (!next) return false;
  const u = unitAfter(s, raw, next.end).unit;
  return u !== "" && !PERIOD_UNITS.has(u) && !TIME_UNITS.has(u);
}
const TIME_UNITS = new Set(["小时", "个小时", "分钟", "秒", "工作日", "个工作日", "h", "min"]);

function inSpans(pos: number, spans: readonly DateSpan[]): DateSpan | null {
  for (const sp of spans) if (pos >= sp.start && pos < sp.end) return sp;
  return null;
}

/** Inside quotation marks “五进” or a name-like 《…》: not a target number. */
function quoted(s: string, pos: number): boolean {
  // Most targets have no quotes: two searches from the end, and the answer is known.
  const open = Math.max(s.lastIndexOf("“", pos), s.lastIndexOf("《", pos));
  if (open < 0) return false;
  const close = Math.max(s.indexOf("”", open), s.indexOf("》", open));
  return close > pos;
}

const RANGE_SEP = /\s*(?:-|~|～|至|到|—|–|－|~)\s*/y;

/** Whether a range separator (after spaces) stands at `pos`: the sticky pattern runs only then. */
function rangeSeparatorAt(s: string, pos: number): boolean {
  let p = pos;
  while (p < s.length && isJsSpace(s.charCodeAt(p))) p++;
  const c = s.charCodeAt(p);
  return (
    c === 45 ||
    c === 126 ||
    c === 0xff5e ||
    c === 0x81f3 ||
    c === 0x5230 ||
    c === 0x2014 ||
    c === 0x2013 ||
    c === 0xff0d
  );
}

/** Marks and spaces around the words of a target that has no number. */
const NOT_LETTERS = /[\s≥≤<>=*%.。，,;；:：()（）]/g;
const NOT_LETTER_CODES = codeSet("≥≤<>=*%.。，,;；:：()（）");

function hasNotLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (NOT_LETTER_CODES.has(c) || isJsSpace(c)) return true;
  }
  return false;
}

/** “ or 《 anywhere: only then can a number be quoted. */
function hasOpeningQuote(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x201c || c === 0x300a) return true;
  }
  return false;
}

/** Five digits, maybe .0…, and nothing else but spaces around: what /^\d{5}(\.0+)?$/ says of the trimmed text. */
export function isSerialText(s: string): boolean {
  let a = 0;
  let b = s.length;
  while (a < b && isJsSpace(s.charCodeAt(a))) a++;
  while (b > a && isJsSpace(s.charCodeAt(b - 1))) b--;
  let i = a;
  while (i < b && isDigit(s.charCodeAt(i))) i++;
  if (i - a !== 5) return false;
  if (i === b) return true;
  if (s.charCodeAt(i) !== 46 || i + 1 === b) return false;
  for (let k = i + 1; k < b; k++) if (s.charCodeAt(k) !== 48) return false;
  return true;
}

const CN_DIGIT = "零一二三四五六七八九";

/** "不低于百分之九十", "百分之95以上", "低于千分之三" (‰), "万分之一以下" (‱): a percentage in words. */
function percentWords(s: string, at: number, unit: string, length = 3): TargetParse | null {
  let j = at + length;
  let value: number | null = null;
  if (isDigit(s.charCodeAt(j))) {
    const k = j;
    while (isDigit(s.charCodeAt(j)) || (s.charCodeAt(j) === 46 && isDigit(s.charCodeAt(j + 1)))) j++;
    value = Number(s.slice(k, j));
  } else {
    const k = j;
    while (j < s.length && j - k < 5 && isCnNumeralChar(s[j])) j++;
    value = j > k ? cnNumeralValue(s.slice(k, j)) : null;
    // 八十五点五: digits after 点 are the decimals, one numeral each.
    if (value !== null && s[j] === "点") {
      let frac = "";
      while (j + 1 < s.length && frac.length < 3 && CN_DIGIT.indexOf(s[j + 1]) >= 0)
        frac += CN_DIGIT.indexOf(s[++j]);
      if (frac) {
        value = Number(`${value}.${frac}`);
        j++;
      }
    }
  }
  if (value === null) return null;
  const before = comparatorBefore(s, at);
  const after = comparatorAfter(s, j);
  const comparator = before?.comparator ?? after?.comparator ?? "=";
  return { comparator, value, valueMax: null, unit, kind: "quantitative", date: null };
}

/** Where 百分之, 千分之 or 万分之 starts in `s`, its unit and its length; null when none does. */
function perWordsAt(s: string): { at: number; unit: string; length: number } | null {
  const k = s.indexOf("分之");
  if (k < 1) return null;
  // 十万分之十五, 百万分之一, 10万分之15: a rate per so many, as 15/10万 writes it (unit /10万).
  if (s[k - 1] === "万") {
    const tens = TENS_BEFORE_WAN[s[k - 2]];
    if (tens && !/[十百千万亿\d]/.test(s[k - 3] ?? "")) return { at: k - 2, unit: `/${tens}万`, length: 4 };
    let d = k - 1;
    while (d > 0 && k - 1 - d < 4 && isDigit(s.charCodeAt(d - 1))) d--;
    if (d < k - 1 && s.charCodeAt(d - 1) !== 46 && !isDigit(s.charCodeAt(d - 1)))
      return { at: d, unit: `/${s.slice(d, k - 1)}万`, length: k + 2 - d };
  }
  const unit = PER_WORD_UNIT[s[k - 1]];
  // 亿分之一, 千万分之一: a denominator the units do not name — left to the words.
  return unit && !/[十百千万亿]/.test(s[k - 2] ?? "") ? { at: k - 1, unit, length: 3 } : null;
}
const PER_WORD_UNIT: Record<string, string> = { 百: "%", 千: "‰", 万: "‱" };
const TENS_BEFORE_WAN: Record<string, string> = { 十: "10", 百: "100", 千: "1000" };

/**
 * Where the last stage of a staged target starts (6月底前≥50%，12月底前100%), or -1: the target is cut
 * at , ; 、 into two parts or more, and every part is a period and its figure (STAGE_START).
 */
export function lastStage(s: string): number {
  // Most targets have no , ; or 、 at all: three native searches say so.
  if (s.indexOf(",") < 0 && s.indexOf(";") < 0 && s.indexOf("、") < 0) return -1;
  let from = 0;
  let last = -1;
  let parts = 0;
  let figureFirst = false; // 2次，全年不少于24次: a figure first, then the year's
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 44;
    if (c !== 44 && c !== 59 && c !== 0x3001) continue;
    if (i === s.length && parts === 0) return -1;
    const part = s.slice(from, i);
    if (part.trim() !== "") {
      if (!STAGE_START.test(part)) {
        if (parts > 0 || !FIGURE_FIRST.test(part)) return -1;
        figureFirst = true;
      }
      last = from;
      parts++;
    }
    from = i + 1;
  }
  if (parts < 2) return -1;
  // After a figure of its own, only the year's figure overrides it (not 12期，上半年完成6期).
  return figureFirst && (parts !== 2 || !YEAR_END_STAGE.test(s.slice(last))) ? -1 : last;
}

/**
 * Whether the text is milestones, each a period and its work (6月底前完成招标，12月底前完工;
 * 一季度开展摸底调查，四季度完成验收): two parts or more, cut at , ; 、.
 */
export function isMilestones(s: string): boolean {
  const parts = s.split(/[,;、]/).filter((p) => p.trim() !== "");
  if (parts.length < 2) return false;
  // (6月底前完成招标，2025年12月31日前: the last a date alone, the work's end after a milestone's — its deed unsaid.)
  const last = parts.length - 1;
  return parts.every((p, k) => MILESTONE.test(p) || (k === last && LAST_DATE_ALONE.test(p)));
}

/** A full date alone, its year written, closing milestones: 2025年12月31日前. */
const LAST_DATE_ALONE =
  /^\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?(?:底|末)?\s*(?:前|以前|之前)?[\s。.]*$/;

const MILESTONE =
  /^\s*(?:截至|到)?\s*(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?(?:底|末)?|第?\s*[一二三四1-4]\s*季度(?:末|底)?|[上下]半年|年中|年底|年末)\s*(?:前|以前|之前|内)?\s*[^\d\s,;、]{2,}[\s。.]*$/;

/** A figure that opens a target: 2次, ≥95%, 不少于3次, and per a period (每日不少于300份). */
const FIGURE_FIRST =
  /^\s*(?:每(?:日|天|周|月|季度?|年|半年)\s*)?(?:[≥≤<>=]{1,2}|不少于|不低于|不超过|达到)?\s*\d/;

/** A target that is the hours of a day: 9:00-21:00, 每日8:30-17:30, 夜间22:00至次日6:00. */
const CLOCK_ONLY = new RegExp(`^\\s*(?:${DAY_PART})?\\s*${CLOCK_RANGE}\\s*$`);

const CLOCK_SPAN = new RegExp(
  `(?:${DAY_PART})\\s*(?:${CLOCK_RANGE}|${CLOCK})|(?<![\\d.])${CLOCK_RANGE}|(?<![\\d.])${CLOCK}(?=\\s*(?:前|以前|之前))`,
  "g",
);

const NO_SPANS: readonly DateSpan[] = [];

/** Where the hours of a day stand: 8:30-17:30, 上午9:30, 9:30前 (not a ratio such as 1:15). */
function clockSpans(s: string): DateSpan[] {
  const spans: DateSpan[] = [];
  CLOCK_SPAN.lastIndex = 0;
  for (let m = CLOCK_SPAN.exec(s); m; m = CLOCK_SPAN.exec(s))
    spans.push({ start: m.index, end: m.index + m[0].length, date: null });
  return spans;
}

/** 岁, after 周 in 周岁. */
const SUI = 0x5c81;

const FROM_TO = /^[^\d,;。]{0,6}?(?:至|到)/;

/** Whether 的 stands right before the number at `i` (spaces aside), `prev` the character before it. */
function afterDe(s: string, i: number, prev: number): boolean {
  if (prev === 0x7684 /* 的 */) return true;
  return isJsSpace(prev) && s.charCodeAt(endBeforeSpace(s, 0, i) - 1) === 0x7684;
}

/** The last characters of REFERENCE_WORDS: 准 平 额 量 值 数. */
const REFERENCE_LAST = codeSet(REFERENCE_WORDS.split("|").map((w) => w.charCodeAt(w.length - 1)));
/**
 * 不低于当地低保标准, 不超过预算总额: an inclusive bound, then what is multiplied or shared — a standard, a level,
 * a total — right before the number; not last year's (不低于上年水平5% is a change).
 */
export const BOUND_OF_REFERENCE = new RegExp(`^\\s*${BOUND_BEFORE_REFERENCE}\\s*$`);

/** 不低于当地标准130%: the number right after the reference an inclusive bound opening the target names. */
export function afterReference(s: string, i: number, prev: number): boolean {
  if (
    !REFERENCE_LAST.has(prev) &&
    !(isJsSpace(prev) && REFERENCE_LAST.has(s.charCodeAt(endBeforeSpace(s, 0, i) - 1)))
  )
    return false;
  return BOUND_OF_REFERENCE.test(s.slice(0, i));
}

/** Whether 倍 or % follows the number that ends at `end` (spaces aside): 的1.3倍, 的15%. */
function isTimesOrShare(s: string, end: number): boolean {
  let k = end;
  while (s.charCodeAt(k) === 32) k++;
  const c = s.charCodeAt(k);
  return c === 0x500d /* 倍 */ || c === 37; /* % */
}

const LEADING_COMPARATOR = /^\s*(?:不少于|不低于|不超过|不高于|不大于|大于|小于|低于|高于|超过|达到)/;

/** The verbs that lead a state into its target: 新增违法建设实现“零增长”, 安全事故做到零发生. */
export const LEAD_VERBS = ["实现", "做到", "确保", "力争"];

/**
 * 零, 零发生, 零投诉, 零填埋, 零排放, 零安全事故: none at all of what 零 is said of, a number (0) — in quotes too
 * (“零发生”). Not the words 零 starts (零星, 零散, 零售, 零部件, 零工, 零时), nor an attitude (零容忍, 零距离);
 * 零增长 says the growth is none, not the amount: it stays words. A lead verb may come first (实现“零发生”), and
 * 为 (危险化学品较大事故，为零; 保持为零), as before 0.
 */
const ZERO_TARGET = new RegExp(
  String.raw`^\s*(?:${LEAD_VERBS.join("|")})?\s*(?:保持)?为?\s*[“"]?零(?!增长|部件|件|售|星|散|碎|钱|工|容忍|距离|时|点|下|报告|担|食|用|花)[\u4e00-\u9fa5]{0,4}[”"]?[\s。.;,]*$`,
);

/** Words after a number that make it a label, not a quantity: an age, a building. */
/**
 * "覆盖30个行政村（社区）以上", "培训50名村干部以上": the counted thing sits between the measure word and
 * the bound that ends the target. Only a short run of letters (and one bracketed note) may stand between.
 */
const BOUND_AFTER_NOUN = /^[\u4e00-\u9fff]{1,8}(?:\([^()\d]{1,6}\))?(?:及|或)?(以上|以下|以内)[\s.;,!]*$/;

/**
 * A grade, a level or an age before the bound: 以上 qualifies it, not the count (引进10名硕士及以上, 宣传报道3次
 * 县级以上, 新增5家规模以上, 救助20名六岁以下 — 10 people, each a master or above).
 */
const LEVEL_WORD =
  /级|星|硕士|博士|研究生|本科|大专|专科|中专|高中|初中|小学|学历|学位|职称|副高|正高|规模|期刊|良好|优良|优秀|合格|及格|岁|重症|低保|等级|档次|标准/;

function boundAfterNoun(
  s: string,
  pos: number,
  comparator: Comparator | null,
): { comparator: Comparator; length: number } | null {
  if ((comparator !== null && comparator !== "=") || pos >= s.length || !isCjk(s.charCodeAt(pos)))
    return null;
  const m = BOUND_AFTER_NOUN.exec(s.slice(pos));
  if (!m || startsComparatorAfter(s.charCodeAt(pos)) || LEVEL_WORD.test(m[0])) return null;
  return { comparator: m[1] === "以上" ? ">=" : "<=", length: m[0].length };
}

/**
 * The comparator a 指标方向 or 指标性质 cell writes (≥, 不低于, 正向 …), read as it would be before a
 * figure; null where it writes none.
 */
export function comparatorOfColumn(cell: string): Comparator | null {
  return parseTarget(`${cell}1`).comparator;
}

/** What 一次 is said of when it means at the first try: a grade met or a test passed (一次合格, 一次性通过验收). */
const AT_FIRST_TRY = /^性?(?:合格|通过|验收|成功|达标)/;

const LABEL_AFTER_NUMBER = /^\s*(?:周岁|岁|号楼|#楼|号|#|栋|幢)/;

export function parseTarget(raw: string, ctx: TargetContext = {}, canonical?: string): TargetParse {
  const s = canonical ?? canon(raw);
  if (s.length === 0 || isPlaceholderOnly(s) || isErrorValue(s)) return EMPTY;
  // ≥5⏎8%: a number a PDF's line cut in two is read whole (also where the caller read the break as a space).
  if (raw.length === s.length && raw.indexOf("\n") > 0) {
    const cut = numberCut(s.indexOf("\n") > 0 ? s : canon(raw));
    if (cut)
      return parseTarget(raw.slice(0, cut[0]) + raw.slice(cut[1]), ctx, s.slice(0, cut[0]) + s.slice(cut[1]));
  }

  // Excel date serial leaking into a 时效 value.
  if (isSerialText(s)) {
    const n = Number(s.trim()) + (ctx.date1904 ? DAYS_1904 : 0);
    const timeLike = (ctx.name !== undefined && TIME_NAME.test(ctx.name)) || ctx.level2 === "时效指标";
    if (isPlausibleSerial(n) && timeLike) {
      return { comparator: null, value: null, valueMax: null, unit: "", kind: "date", date: serialToDate(n) };
    }
  }

  // 9:00-21:00, 8:30至17:30: the hours of a day are no quantity.
  const colon = s.indexOf(":") > 0;
  if (colon && CLOCK_ONLY.test(s))
    return { comparator: null, value: null, valueMax: null, unit: "", kind: "qualitative", date: null };
  // 一季度25%，二季度50%，…，四季度100%: a target in stages; the last one is what the year must reach.
  const stage = lastStage(s);
  if (stage > 0) {
    const t = parseTarget(raw.slice(stage), ctx, s.slice(stage));
    if (t.kind === "quantitative") return t;
  }

  const per = perWordsAt(s);
  if (per) {
    const p = percentWords(s, per.at, per.unit, per.length);
    if (p) return p;
  }
  const dates = findDates(s);
  // 每日8:30-17:30开放, 上午9:30前: the hours of a day hold no target number.
  const clocks = colon ? clockSpans(s) : NO_SPANS;
  const hasQuotes = hasOpeningQuote(s);
  let i = 0;
  let timesAt = -1; // where the hours of 7×24小时 start
  while (i < s.length) {
    const c = s.charCodeAt(i);
    // (A magnitude word alone is the number right after 逾 or 超: 逾千人, 超万人次 — not after a sign, ≤ 万元
    // is a template's blank.)
    if (!isDigit(c) && !isCnNumeralCode(c) && !(isCnMagnitudeCode(c) && isExceedCode(s.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    // Skip digits glued to Latin letters (RTO2, 5G) and numbers inside dates or quotes.
    const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
    const span = inSpans(i, dates) ?? (clocks.length > 0 ? inSpans(i, clocks) : null);
    if (span) {
      i = span.end;
      continue;
    }
    if (
      isDigit(c) &&
      i !== timesAt &&
      ((prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122) || isDigit(prev) || prev === 46)
    ) {
      while (i < s.length && (isDigit(s.charCodeAt(i)) || s.charCodeAt(i) === 46)) i++;
      continue;
    }
    // #1泵站, #2机组: a number after # labels a thing, it is no quantity.
    if (prev === 35 /* # */) {
      while (i < s.length && isDigit(s.charCodeAt(i))) i++;
      continue;
    }
    // 每半年, 每2年, 每100人: a count right after 每 describes the period, it is not the target (the
    // digits after the first are skipped below as glued to it — and the groups of 每10 000人 with them).
    if (prev === 0x6bcf /* 每 */) {
      let j = i + 1;
      while (isDigit(s.charCodeAt(j))) j++;
      i = isDigit(c) ? groupedEnd(s, i, j) : i + 1;
      continue;
    }
    // 按半年发放: a schedule, as 按月发放 is — 半 names the period, not a count.
    if (prev === 0x6309 /* 按 */ && s.charCodeAt(i) === 0x534a /* 半 */) {
      i++;
      continue;
    }
    // 6月、10月分两批完成: with a date, the batches after 分 say how it is met; they are not the target.
    if (prev === 0x5206 /* 分 */ && dates.length > 0) {
      i++;
      continue;
    }
    // 一次合格, 一次性通过: at the first try, how a grade is met or a test passed — no count.
    if (
      c === 0x4e00 /* 一 */ &&
      s.charCodeAt(i + 1) === 0x6b21 /* 次 */ &&
      AT_FIRST_TRY.test(s.slice(i + 2, i + 5))
    ) {
      i += 2;
      continue;
    }
    const num = readNumber(s, i);
    if (!num) {
      i++;
      continue;
    }
    if (hasQuotes && quoted(s, i)) {
      i = num.end;
      continue;
    }
    // "由5个工作日压缩至3个工作日": the figure it starts from is not the target; the one it goes to is.
    if (prev === 0x7531 /* 由 */ && FROM_TO.test(s.slice(num.end, num.end + 10))) {
      i = num.end;
      continue;
    }
    // 7×24小时, 5×8小时: the days of a week times the hours of a day — the service's hours are the figure.
    // (7 × 24小时: spaces around the sign, as a typed formula has them.)
    let sign = num.end;
    while (sign < s.length && isJsSpace(s.charCodeAt(sign))) sign++;
    if (num.factor === 1 && sign - num.end <= 2 && isTimesSign(s.charCodeAt(sign))) {
      const hours = hoursAfterTimes(s, raw, sign + 1);
      if (hours > 0) {
        i = timesAt = hours;
        continue;
      }
    }
    // A number glued to a following Latin letter is a name (5G, 3D), unless it is a unit (500KB/S).
    // (三至五次: a Chinese numeral before a range's separator and another is the lower bound, with no unit.)
    const read = isCnNumeralCode(c) && cnRangeGoesOn(s, num.end) ? NO_UNIT : unitAfter(s, raw, num.end);
    let unit = read.unit;
    const length = read.length;
    // Digits followed by letters that are not a unit-like run: 4G网络 → not a target.
    if (isDigit(c) && !unit && isLatin(s.charCodeAt(num.end))) {
      i = num.end + 1;
      continue;
    }
    let pos = num.end + length;
    // 一年两次, 一月一次: one period, then the count in it — the count is the figure, as after 每.
    if (num.value === 1 && num.factor === 1 && PERIOD_UNITS.has(unit) && countFollows(s, raw, pos)) {
      i = pos;
      continue;
    }
    // "轮换比例不低于1/3": a fraction (no unit read: /10万 is a rate's unit) is its value, not its numerator.
    const fraction =
      !unit && num.factor === 1 && s.charCodeAt(num.end) === 47 ? fractionAt(s, num.end) : null;
    if (fraction) pos = fraction.end;
    // "创业带动就业比例:1:3", "师生比1：15": a ratio of one to so many — so many is its value (1:3 → 3).
    const ratio =
      !unit && !fraction && num.value === 1 && num.factor === 1 && s.charCodeAt(num.end) === 58 /* : */
        ? ratioTermAt(s, num.end)
        : null;
    if (ratio) pos = ratio.end;
    let comparator: Comparator | null = null;
    let valueMax: number | null = null;
    // "-5%", "同比-5%", "≤-2": a minus sign right before the digits (not a range: 1-3, not A-1).
    const minus =
      isDigit(c) &&
      (prev === 45 || prev === 0x2212) &&
      !(
        i >= 2 &&
        (isDigit(s.charCodeAt(i - 2)) || isLatin(s.charCodeAt(i - 2)) || s.charCodeAt(i - 2) === 46)
      );
    let before = comparatorBefore(s, minus ? i - 1 : num.start);
    // "不低于每人每月1240元", "≥每万人口3.5名": a per between the comparator and the number.
    if (!before && !minus && prev !== 0) {
      const per = perBefore(s, num.start);
      if (per > 0) before = comparatorBefore(s, per);
      else {
        // "≤人均40元", "不低于户均500元": an average between the comparator and the number, as a per.
        const average = averageBefore(s, num.start);
        if (average > 0) before = comparatorBefore(s, average);
        // "至少开展1次": the bound stands before the act it counts.
        before ??= boundOverAct(s, num.start);
      }
    }
    // "不低于当地…人均消费支出的1.3倍", "不低于资金总额的15%": the comparator opens the target, before what is
    // multiplied or shared.
    // (So does 不低于当地低保标准1.3倍: a standard or a level named right before the number, with no 的.)
    if (!before && (afterDe(s, i, prev) || afterReference(s, i, prev)) && isTimesOrShare(s, num.end)) {
      const lead = LEADING_COMPARATOR.exec(s);
      if (lead) before = comparatorBefore(s, lead[0].length);
    }
    if (before) comparator = before.comparator;
    // Range: 1-3场次, 80%-90%, 1至3
    let low = num.value;
    let rangeMatch: RegExpExecArray | null = null;
    if (rangeSeparatorAt(s, pos)) {
      RANGE_SEP.lastIndex = pos;
      rangeMatch = RANGE_SEP.exec(s);
    }
    // (控制在18-26℃, 保持在90%-95%: a range held at is a range, not a ceiling at its lower bound.)
    const heldRange = before !== null && HELD_AT.test(s.slice(before.start, before.start + 5));
    if (rangeMatch && (!comparator || heldRange)) {
      const k = pos + rangeMatch[0].length;
      // 2022-2023年度: two years are a period (a date span), not a range of numbers.
      const dateAfter = inSpans(k, dates);
      if (dateAfter) {
        i = dateAfter.end;
        continue;
      }
      const second = k < s.length ? readNumber(s, k) : null;
      // "8-10万人次": the magnitude written once, after the upper bound, is both bounds'.
      if (second && second.factor > 1 && num.factor === 1 && !unit) low = scale(num.value, second.factor);
      if (second && second.value >= low) {
        const u2 = unitAfter(s, raw, second.end);
        // 5000元-8000元/户: the second half's unit says more when it starts with the first's.
        if (!unit || (u2.unit.length > unit.length && u2.unit.startsWith(unit))) unit = u2.unit;
        valueMax = second.value;
        comparator = "between";
        pos = second.end + u2.length;
      }
    }
    // "65岁以上老人3000人", "2号楼加装电梯1部": an age or a building labels what is counted after it.
    // (周岁 reads as the unit 周 first: 80周岁以上每人每月100元.)
    if (!before && (!unit || (unit === "周" && s.charCodeAt(num.end + 1) === SUI))) {
      const at = unit ? num.end : pos;
      const label = LABEL_AFTER_NUMBER.exec(s.slice(at, at + 4));
      if (label) {
        const k = at + label[0].length;
        const counted = parseTarget(raw.slice(k), ctx, s.slice(k));
        if (counted.kind === "quantitative" && counted.unit) return counted;
      }
    }
    // "一类1000元/人，二类800元/人": a class before its figure labels it; the first class's figure is the
    // target's, as the first of two seasons' is (record.md's sample: 汛期…300人次；非汛期…100人次 is 300).
    if (!before && (unit === "类" || unit === "档") && isDigit(s.charCodeAt(pos))) {
      const counted = parseTarget(raw.slice(pos), ctx, s.slice(pos));
      if (counted.kind === "quantitative" && counted.unit) return counted;
    }
    // "不足95%的站点整改率100%", "超过60岁的老人体检率100%": a bound and its number before 的 qualify the
    // things counted — a condition; the figure the clause goes on to require is the target.
    if (before && s.charCodeAt(pos) === 0x7684 /* 的 */) {
      const required = figureLaterInClause(s, pos + 1);
      if (required > 0) {
        const t = parseTarget(raw.slice(required), ctx, s.slice(required));
        if (t.kind === "quantitative") return t;
      }
    }
    const after = comparatorAfter(s, pos) ?? boundAfterNoun(s, pos, comparator);
    if (after && comparator !== "between") {
      // 达到…以上: both say ≥; 不超过…以内: both say ≤. The word before decides when they disagree —
      // unless it only says "held at" (控制在95%以上, 保持在3%以下): then the word after does.
      const heldAt = before !== null && HELD_AT.test(s.slice(before.start, before.start + 5));
      if (!comparator || comparator === "=" || heldAt) comparator = after.comparator;
    }
    // 2000余户: more than 2000, as 2000户以上 says.
    if (!comparator) comparator = num.approx ? ">=" : "=";
    // 九成以上, 八成: tenths are a percentage (90%, 80%).
    if (unit === "成" && !minus && !fraction) {
      return {
        comparator,
        value: scale(valueMax !== null ? low : num.value, 10),
        valueMax: valueMax !== null ? scale(valueMax, 10) : null,
        unit: "%",
        kind: "quantitative",
        date: null,
      };
    }
    // A bare percentage on a 100% scale stays as written (95% → 95).
    return {
      comparator,
      value: minus
        ? -num.value
        : valueMax !== null
          ? low
          : fraction
            ? roundTo4(num.value / fraction.denominator)
            : ratio
              ? ratio.value
              : num.value,
      valueMax,
      unit,
      kind: "quantitative",
      date: null,
    };
  }

  // 全年无重大安全事故, 年内不发生…: a period the event must not happen in is no deadline.
  if (dates.length > 0 && !(dates.every((d) => d.date === null) && NO_EVENT.test(s))) {
    return {
      comparator: null,
      value: null,
      valueMax: null,
      unit: "",
      kind: "date",
      date: deadlineOf(s, dates),
    };
  }
  // Only a unit left (an unfilled template like "万元" or "个"): empty.
  const letters = hasNotLetter(s) ? s.replace(NOT_LETTERS, "") : s;
  const unitOnly = letters.replace(/^(千万|百万|亿|万|千)/, "");
  if (
    letters.length === 0 ||
    (unitOnly.length <= 6 && unitOnly.length > 0 && lexiconUnitAt(unitOnly, 0) === unitOnly)
  )
    return EMPTY;
  if (/^[\s*＊xX×]+$/.test(letters)) return EMPTY;
  // 万吨/日, 元/人, km, m³/d: a unit per a unit, or a Latin unit, with no number either.
  if (isCompoundUnitOnly(s)) return EMPTY;
  // 零, 零发生: none at all is a number (0), as 0起 is.
  if (ZERO_TARGET.test(s))
    return { comparator: "=", value: 0, valueMax: null, unit: "", kind: "quantitative", date: null };
  // "XX人", "**万元": a placeholder and a unit — and a bound after it, "XX日内", "**人以上".
  const unfilled = /^(?:[*＊xX×]{2,}|[xX×])(?:千万|百万|亿|万|千)?/.exec(letters);
  if (unfilled) {
    const unit = lexiconUnitAt(letters, unfilled[0].length).length;
    const rest = letters.length - unfilled[0].length - unit;
    if (rest === 0 || (unit > 0 && UNFILLED_BOUND.test(letters.slice(letters.length - rest)))) return EMPTY;
  }
  return { comparator: null, value: null, valueMax: null, unit: "", kind: "qualitative", date: null };
}

/** A bound after an unfilled template's unit: XX日内, **人以上, XX天以内. */
const UNFILLED_BOUND = /^(?:以内|之内|内|以上|以下|左右)$/;

/** Latin units a template may leave alone in a target cell: km, m³, kg, kWh … */
const LATIN_UNIT = /^(?:k?m[²³23]?|kg|t|h|d|kW|MW|kWh|GB|TB|Mbps|MB)$/i;

/** One unit word, a magnitude before it allowed: 万吨, 日, 平方米, km. */
function isUnitWord(w: string): boolean {
  const u = w.trim().replace(/^(千万|百万|亿|万|千)/, "");
  return u.length > 0 && u.length <= 6 && (LATIN_UNIT.test(u) || lexiconUnitAt(u, 0) === u);
}

/** A target that is a unit and nothing else, written with a per (万吨/日, 元/人·年 aside) or in Latin (km). */
function isCompoundUnitOnly(s: string): boolean {
  if (s.length > 16 || /\d/.test(s)) return false;
  const parts = s.trim().split(/\s*[/／]\s*/);
  if (parts.length > 2) return false;
  return parts.every(isUnitWord) && (parts.length === 2 || LATIN_UNIT.test(parts[0].trim()));
}
