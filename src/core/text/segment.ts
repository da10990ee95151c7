/**
 * Splits a packed 绩效指标 cell into indicator items and category headings, keeping offsets into the
 * original text so that nothing is lost: items + headings + separators = the whole cell.
 *
 * Numbering may be 1、 1. (1) （一） ① 指标1: 指标1. and may repeat or skip. Headings are lines or
 * bracketed labels such as 产出指标：, 一、产出指标（40分）, 【产出指标-数量指标】.
 */
import { canon, isCjk, isSpace, isTerminator } from "./chars";
import { CN_NUMERAL_1_10, codeSet, hasClass, TOKEN_START } from "./charClass";
import {
  categoryOfLabel,
  namesOtherBlock,
  isSentenceMark,
  trailingRunStart,
  type Category,
} from "./categories";
import {
  commaSeparatesIndicators,
  endsWithCnCount,
  fullStopSeparatesIndicators,
  hasDigitOrMark,
  isThousandsComma,
  labelledClauseCuts,
  labelledStatesCut,
  proseClauseCuts,
  slashSeparatesItems,
  LEAD_IN,
  BARE_TARGET_START,
  headsIndicators,
  restatesTarget,
  semicolonSeparatesIndicators,
  stageGoesOn,
  startsDigitLedName,
  stateThenIndicator,
  wrapsIntoNextLine,
  AGE_LED,
} from "./sentences";
import { cnNumeralValue, digitsValue } from "./numbers";
import { mayStartStageAt } from "./dates";
import { lexiconUnitAt } from "./units";
import { isDash, pastBullet } from "./item/scan";
import { STATE_TAIL, VERB_OBJECT_FIRST } from "./item/patterns";
import {
  categoryFieldAt,
  fieldLabelColon,
  isLabelledField,
  targetLabelGoesOn,
  unitLabelGoesOn,
  aspectBefore,
  labelWordBefore,
  endsWithLabelScore,
} from "./item/labels";

export interface Segment {
  kind: "item" | "heading";
  /** [start, end) in the cell text, trimmed of separators (a single terminal 。 is kept on items). */
  start: number;
  end: number;
  /** The numbering token the segment starts with, when it starts with one (offsets in the cell). */
  numbering?: NumberingToken;
}

export interface NumberingToken {
  start: number;
  end: number;
  seq: number;
  /** A section number (1.1, 2.1.1): a heading it numbers keeps it in its segment, and is read from after it. */
  section?: true;
}

// 一 二 三 四 五 六 七 八 九 十 (a table lookup: this runs on every character of every cell).
export const isCnNumeral = (c: number) => hasClass(c, CN_NUMERAL_1_10);
const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** 壹 贰 叁 肆 伍 陆 柒 捌 玖 拾: the numerals of accounts, which some tables number their 一级 with (壹、产出指标). */
const FORMAL_NUMERALS = "壹贰叁肆伍陆柒捌玖拾";
const FORMAL_NUMERAL = codeSet(FORMAL_NUMERALS);

/** What a Roman numeral classifies when it is no numbering: Ⅲ类, Ⅱ级, Ⅰ等, Ⅳ型, Ⅱ期, Ⅲ区. */
const ROMAN_CLASS = codeSet("类级等型期号区度档");

/** Characters after which a numbering token may start (besides the start of the cell). */
function atBoundary(s: string, i: number): boolean {
  let p = i - 1;
  let sawSpace = false;
  while (p >= 0 && isSpace(s.charCodeAt(p))) {
    sawSpace = true;
    p--;
  }
  if (p < 0) return true;
  const c = s.charCodeAt(p);
  // "一、产出指标（一）数量指标…" on one line: a category label ends where numbering may start.
  if (c === 0x6807 /* 标 */ && p > 0 && s.charCodeAt(p - 1) === 0x6307 /* 指 */) return true;
  return isTerminator(c) || c === 58 /* : */ || sawSpace || c === 0x3002;
}

/**
 * "…≥100人.2.效益指标:…": a half-width full stop right after words (not a decimal's digits) ends the item
 * before, as 。 does, and "2." after it numbers the next.
 */
function stopBefore(s: string, i: number): boolean {
  return i >= 2 && s.charCodeAt(i - 1) === 46 && isCjk(s.charCodeAt(i - 2));
}

/**
 * "1.完成村庄立面改造45户，2.新建游步道1.2公里，3.…": a comma before "N." numbers the next item when N is the
 * next of the numbering before it (the caller has checked no digit follows the mark: ，2.5万元 is a decimal).
 */
function nextAfterComma(s: string, i: number, j: number, out: NumberingToken[]): boolean {
  if (out.length === 0 || j - i > 2) return false;
  let p = i - 1;
  while (p >= 0 && isSpace(s.charCodeAt(p))) p--;
  return p > 0 && s.charCodeAt(p) === 44 && digitsValue(s, i, j) === out[out.length - 1].seq + 1;
}

/**
 * Whether "N." (digits [i, j), the mark at k) before more digits numbers a name led by digits (2.65岁…,
 * 4.0-6岁…, 1.12345热线…) rather than writing a decimal (2.5万人次): one or two digits, a full stop, at a
 * line's or a sentence's start, and a name that digits lead after it.
 */
function numbersDigitLedName(s: string, i: number, j: number, k: number): boolean {
  if (j - i > 2 || k !== j || !atBoundary(s, i)) return false;
  const mark = s.charCodeAt(k);
  if (mark === 46) return startsDigitLedName(s, k + 1);
  // "数量指标：1、65岁及以上老年人…", "1、0-6岁儿童…": after 、 only an age, since 1、2号楼 lists buildings.
  return mark === 0x3001 && AGE_AFTER.test(s.slice(k + 1, k + 12));
}

/** An age leading a name: 65岁, 0-6岁, 65周岁, 3岁以下 (the age DIGIT_LED_NAME reads too). */
const AGE_AFTER = new RegExp(`^${AGE_LED}`);

/**
 * 四、五类危桥, 三、四级公路, 一、二、三类: after 一、 the numerals of a list of classes or grades (one a
 * character, each but the last before 、) and the class word — the first numeral is one of them, no
 * numbering.
 */
function classListAfter(s: string, k: number): boolean {
  let j = k;
  while (isCnNumeral(s.charCodeAt(j))) {
    if (s.charCodeAt(j + 1) !== 0x3001) return CLASS_WORD.has(s.charCodeAt(j + 1));
    j += 2;
  }
  return false;
}
const CLASS_WORD = codeSet("类级等档星");

/**
 * "…2.B≥2个（二）质量指标：1.…", "…≥3000吨二、效益指标：1.…": a second or later outline numeral glued to the
 * item before it (the punctuation lost in a PDF paste) numbers a heading where a category label and a
 * colon follow it at `k` — so 统一、规范 and 一、二类 stay words. The same headings as listHeadings.ts's
 * GLUED_HEADING (the cleanup's and the review's NUMBERING).
 */
function gluedHeadingAt(s: string, k: number, seq: number | null): boolean {
  if (seq === null || seq < 2) return false;
  const colon = s.indexOf(":", k);
  if (colon >= k + 2 && colon <= k + 16) {
    const label = s.slice(k, colon).trim();
    if (!/[\s。;,、\d()【】]/.test(label) && categoryOfLabel(label) !== null) return true;
  }
  return fullLabelAt(s, k);
}

/**
 * "…2024年11月底（二）效益指标 1.…": with no colon, a full label ending in 指标 (效益指标, 满意度指标) at `k`,
 * then a space, the next item's number or the cell's end — a heading's words, not a name's.
 */
function fullLabelAt(s: string, k: number): boolean {
  let j = skipSpaces(s, k);
  const from = j;
  while (j < s.length && j - from < 12 && s.charCodeAt(j) >= 0x4e00 && s.charCodeAt(j) <= 0x9fa5) j++;
  if (j - from < 4 || s.charCodeAt(j - 2) !== 0x6307 /* 指 */ || s.charCodeAt(j - 1) !== 0x6807 /* 标 */)
    return false;
  const next = s.charCodeAt(j);
  if (!(j === s.length || isSpace(next) || isDigitCode(next))) return false;
  return categoryOfLabel(s.slice(from, j)) !== null;
}

/** Four digits and 年 at `k`: a year, as a deadline starts. */
function yearAt(s: string, k: number): boolean {
  for (let d = 0; d < 4; d++) if (!isDigitCode(s.charCodeAt(k + d))) return false;
  return s.charCodeAt(k + 4) === 0x5e74 /* 年 */;
}

/**
 * The number of a numbering label (指标1：, 目标二：) at `start`: up to three digits, or three Chinese numerals when
 * the first is one, and where the spaces after it end — null when it runs on to a fourth or reads as no number.
 */
function numberAfter(s: string, start: number): { seq: number; end: number } | null {
  const digits = isDigitCode(s.charCodeAt(start));
  let k = start;
  while (
    k < s.length &&
    k - start < 4 &&
    (digits ? isDigitCode(s.charCodeAt(k)) : isCnNumeral(s.charCodeAt(k)))
  )
    k++;
  if (k === start || k - start > 3) return null;
  const seq = digits ? Number(s.slice(start, k)) : cnNumeralValue(s.slice(start, k));
  return seq === null ? null : { seq, end: skipSpaces(s, k) };
}

function skipSpaces(s: string, k: number): number {
  while (k < s.length && s.charCodeAt(k) === 32) k++;
  return k;
}

/** 项目一：, 项目2: at a line's start (canonical text): a sub-project's line. */
const SUB_PROJECT_LINE = /^项目\s*[\d一二三四五六七八九十]+\s*:/;

/** The last character of a category word before 指标 (数量 质量 时效 成本 效益 满意度 产出 影响). */
const CATEGORY_LAST = codeSet("量效本益度出响");

/** Words that make 指标N： a template's numbering label with them: 考核指标1：, 核心指标二：, 具体指标3：. */
const NUMBERED_LABEL_WORDS = new Set("考核 核心 具体 关键 主要 三级 绩效 个性 共性".split(" "));

/** The first characters of those words, for leadingNumbering's quick rejection. */
const NUMBERED_LABEL_FIRST = codeSet(Array.from(NUMBERED_LABEL_WORDS, (w) => w.charCodeAt(0)));

/**
 * Where the numbering token of 指标 at `i` starts: at the label word before it when there is one at a
 * boundary where an item may start (考核指标2：…, a template's slot), else at 指标 itself.
 */
function numberedLabelStart(s: string, i: number): number {
  return i >= 2 && NUMBERED_LABEL_WORDS.has(s.slice(i - 2, i)) && atBoundary(s, i - 2) ? i - 2 : i;
}

/** Whether the words before 指标 at `i` (back to a mark or a space) make a category: 数量指标1:, not 提升服务质量指标1:. */
function categoryBefore(s: string, i: number): boolean {
  let j = i;
  while (j > 0 && i - j < 12 && s.charCodeAt(j - 1) >= 0x4e00 && s.charCodeAt(j - 1) <= 0x9fa5) j--;
  return categoryOfLabel(`${s.slice(j, i)}指标`) !== null;
}

/** Where an item may start before `i`: the cell's or a line's start, or after ; : 。 (spaces between). */
function atItemStart(s: string, i: number): boolean {
  let p = i - 1;
  while (p >= 0 && (s.charCodeAt(p) === 32 || s.charCodeAt(p) === 9 || s.charCodeAt(p) === 0x3000)) p--;
  if (p < 0) return true;
  const c = s.charCodeAt(p);
  return c === 10 || c === 59 /* ; */ || c === 58 /* : */ || c === 0x3002 /* 。 */;
}

/** A category's words, whole, before its 指标: 数量, 成本, 经济成本, 服务对象满意度 …. */
const LABEL_START =
  /^(?:产出|效益|效果|满意度?|成本|数量|质量|时效|经济|社会|生态|环境|可持续|服务对象|社会公众|影响力?)[\u4e00-\u9fa5]{0,8}$/;

/** One or two digits, then .digits once or twice: 1.1 2.1.1 (at a digit). */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2}){1,2}(?!\d)/;

/**
 * A two- or three-level section number at `i` (1.1 数量指标：…, 1.2、质量指标：, 2.1.1 带动增收≥500元), or
 * null — a decimal (增长1.5万人次, ：1.5万人次, ≥1.1) stays a value. At an item's start only, and then
 * followed by a space or 、, by a category label, or by the next number of its list (1.1接入单位…；1.2…).
 * seq is its last number.
 */
function sectionNumberAt(s: string, i: number): NumberingToken | null {
  // 1.产出指标 1.1数量指标：…≥126人 1.2质量指标：… (a PDF's lines joined by spaces): after a space too, but
  // then only with the evidence below — a label, its list, or its parent's heading — never for 、 or a space.
  const spaced = !atItemStart(s, i);
  if (spaced && !afterSpace(s, i)) return null;
  const m = SECTION_NUMBER.exec(s.slice(i, i + 9));
  if (!m) return null;
  const numEnd = i + m[0].length;
  const lastDot = m[0].lastIndexOf(".");
  const seq = Number(m[0].slice(lastDot + 1));
  let k = numEnd;
  while (k < s.length && s.charCodeAt(k) === 32) k++;
  const c = s.charCodeAt(k);
  if (c === 0x3001 /* 、 */) return spaced ? null : { start: i, end: k + 1, seq, section: true };
  // A unit or more digits after it make it a value (1.5 万人次) — but not the first of a list right under
  // its parent's category heading (2.效益指标 2.1社区环境明显改善: 社区 is no unit there).
  if (!(c >= 0x4e00 && c <= 0x9fa5) || "万亿千百".includes(s[k])) return null;
  const prefix = m[0].slice(0, lastDot + 1);
  // 1.1数量指标：… — a category's words right after it up to its 指标; asked before the units, as 1.4成本指标：
  // starts with 成 (八成) — not 3.6公里【产出指标… or 3.6公里质量指标：…, a value before the next label.
  if (k === numEnd || !spaced) {
    const at = s.indexOf("指标", k);
    if (
      at >= 0 &&
      at < k + 12 &&
      LABEL_START.test(s.slice(k, at)) &&
      categoryOfLabel(s.slice(k, at + 2)) !== null
    )
      return { start: i, end: k, seq, section: true };
  }
  if (lexiconUnitAt(s, k) !== "")
    return seq === 1 && underParentHeading(s, i, prefix) ? { start: i, end: k, seq, section: true } : null;
  if (k > numEnd) return spaced ? null : { start: i, end: k, seq, section: true };
  // 1.1产出-数量指标：… — a label with a mark inside it.
  const zb = s.indexOf("指标", k);
  if (zb >= 0 && zb < k + 12 && categoryOfLabel(s.slice(k, zb + 2)) !== null)
    return { start: i, end: k, seq, section: true };
  // 3.满意度指标 3.1居民满意度≥85%: the first of its list right under its parent's category heading.
  if (underParentHeading(s, i, prefix)) return { start: i, end: k, seq, section: true };
  // The next of its list later in the cell: 1.1 … 1.2, 2.1.1 … 2.1.2.
  const next = `${prefix}${seq + 1}`;
  const prevNum = seq > 1 ? `${prefix}${seq - 1}` : "";
  for (const probe of prevNum ? [next, prevNum] : [next]) {
    let at = s.indexOf(probe, probe === next ? numEnd : 0);
    while (at >= 0) {
      if (
        (probe === next || at < i) &&
        (atItemStart(s, at) || (spaced && afterSpace(s, at))) &&
        !isDigitCode(s.charCodeAt(at + probe.length)) &&
        s.charCodeAt(at + probe.length) !== 46
      )
        return { start: i, end: k, seq, section: true };
      at = s.indexOf(probe, at + 1);
    }
  }
  return null;
}

/**
 * Whether the bracket [open, close] is a score after a label, 满意度指标（10）分 (canonical text) — the 分 a word of its
 * own, not the first of an item's name (数量指标（1）分类收集点, 质量指标(2)分项验收合格率, round 231).
 */
function scoreAfterLabel(s: string, open: number, close: number): boolean {
  const fen = skipSpaces(s, close + 1);
  if (s.charCodeAt(fen) !== 0x5206 /* 分 */ || isCjk(s.charCodeAt(fen + 1))) return false;
  let p = open;
  while (p > 0 && isSpace(s.charCodeAt(p - 1))) p--;
  return p >= 2 && s.charCodeAt(p - 2) === 0x6307 /* 指 */ && s.charCodeAt(p - 1) === 0x6807 /* 标 */;
}

/**
 * A list's number and its item's joined by a hyphen at an item's start (1-1改造供热管网…, 2-1…: `i` at the first
 * digit, `j` at the hyphen), before a word — not a range before its unit or its magnitude (3-5家企业, 8-10万人次), or a
 * span of months, ages or grades (1-2月完成, 3-6岁儿童, 1-3级), nor 0-3岁. seq is the item's number.
 */
function hyphenNumberAt(s: string, i: number, j: number): NumberingToken | null {
  if (s.charCodeAt(i) === 48 || !atItemStart(s, i)) return null;
  let k = j + 1;
  while (k < s.length && k - j <= 3 && isDigitCode(s.charCodeAt(k))) k++;
  if (k === j + 1 || k - j > 3 || s.charCodeAt(j + 1) === 48 || s.charCodeAt(k) === 46) return null;
  const w = hanAfterSpaces(s, k);
  if (w < 0 || SPAN_WORD_FIRST.has(s.charCodeAt(w)) || lexiconUnitAt(s, w) !== "") return null;
  return { start: i, end: k, seq: digitsValue(s, j + 1, k), section: true };
}

/**
 * A capital letter numbering a list (A.产出指标：…⏎B.成本指标：…), A to H, then . or 、 at an item's start, before a
 * word — not AAA级, A类, PM2.5 nor A、B类 (a letter listed). seq is its place in the alphabet.
 */
function letterNumberAt(s: string, i: number): NumberingToken | null {
  const mark = s.charCodeAt(i + 1);
  if ((mark !== 46 && mark !== 0x3001) || !atItemStart(s, i)) return null;
  return hanAfterSpaces(s, i + 2) >= 0 ? { start: i, end: i + 2, seq: s.charCodeAt(i) - 64 } : null;
}

/** 壹、产出指标, 贰、效益指标: a numeral of accounts and 、 where an item may start, before a word (seq its value). */
function formalNumberAt(s: string, i: number): NumberingToken | null {
  if (s.charCodeAt(i + 1) !== 0x3001 || !atItemStart(s, i)) return null;
  return hanAfterSpaces(s, i + 2) >= 0
    ? { start: i, end: i + 2, seq: FORMAL_NUMERALS.indexOf(s[i]) + 1 }
    : null;
}

/** Where the word after a number starts, past its spaces, when it is a Chinese character; -1 when it is none. */
function hanAfterSpaces(s: string, k: number): number {
  while (k < s.length && s.charCodeAt(k) === 32) k++;
  const c = s.charCodeAt(k);
  return c >= 0x4e00 && c <= 0x9fa5 ? k : -1;
}

/**
 * What a span of numbers counts (1-2月, 3-6岁, 1-3级, 2-3层, 1-2号楼, 1-6年级, 1-2季度, 3-5批, 1-2周), or its
 * magnitude before the unit (8-10万人次, 3-5万元).
 */
const SPAN_WORD_FIRST = codeSet("月年日号岁级层楼季期批周时天类万亿千百");

/** Whether a space or a tab stands right before `i`. */
function afterSpace(s: string, i: number): boolean {
  const c = i > 0 ? s.charCodeAt(i - 1) : 0;
  return c === 32 || c === 9;
}

/**
 * Whether the section number at `i` (its parent's number `prefix`, 2.) stands right after that parent's
 * category heading, at an item's start: 2.效益指标 2.1…, 2.效益指标⏎2.1….
 */
function underParentHeading(s: string, i: number, prefix: string): boolean {
  let p = i;
  while (p > 0 && (s.charCodeAt(p - 1) === 32 || s.charCodeAt(p - 1) === 10 || s.charCodeAt(p - 1) === 9))
    p--;
  if (p < i - 4 || p < 2 + prefix.length) return false;
  if (s.charCodeAt(p - 1) === 58 /* : */) p--;
  if (s.slice(p - 2, p) !== "指标") return false;
  let w = p - 2;
  while (w > 0 && p - w < 12 && s.charCodeAt(w - 1) >= 0x4e00 && s.charCodeAt(w - 1) <= 0x9fa5) w--;
  if (categoryOfLabel(s.slice(w, p)) === null) return false;
  while (w > 0 && s.charCodeAt(w - 1) === 32) w--;
  // (1.2质量指标 ⏎ 1.2.1…: a section's own number is written without the dot its items add.)
  for (const parent of prefix.indexOf(".") < prefix.length - 1 ? [prefix, prefix.slice(0, -1)] : [prefix]) {
    const at = w - parent.length;
    if (at >= 0 && s.slice(at, w) === parent && !isDigitCode(s.charCodeAt(at - 1)) && atItemStart(s, at))
      return true;
  }
  return false;
}

/**
 * Numbering tokens of a cell (canonical text), in order. A hand-written scanner (it runs on every
 * cell): 1、 anywhere; 1. 1) (1) （一） 一、 only after a sentence boundary; ① ⑴ ⒈ and 指标1: anywhere.
 */
/** Whether a comparator's sign (≥ ≤ > < =) stands right before `i`, spaces between. */
function afterSign(s: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isSpace(s.charCodeAt(k))) k--;
  const c = k >= 0 ? s.charCodeAt(k) : 0;
  return c === 0x2265 || c === 0x2264 || c === 60 || c === 61 || c === 62;
}

export function findNumbering(s: string): NumberingToken[] {
  const out: NumberingToken[] = [];
  const n = s.length;
  // The number of the last (n) with digits taken: (2) after words goes on its count (below).
  let lastParen = -1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (!hasClass(c, TOKEN_START)) {
      const lettered =
        c >= 65 && c <= 72 ? letterNumberAt(s, i) : FORMAL_NUMERAL.has(c) ? formalNumberAt(s, i) : null;
      if (lettered) {
        out.push(lettered);
        i = lettered.end - 1;
      }
      continue;
    }
    if (isDigitCode(c)) {
      let j = i;
      while (j < n && isDigitCode(s.charCodeAt(j))) j++;
      const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
      // "1.1 数量指标：", "2.1.1 带动增收≥500元": a section number, at an item's start only.
      if (j - i <= 2 && s.charCodeAt(j) === 46 && isDigitCode(s.charCodeAt(j + 1)) && prev !== 46) {
        const sec = sectionNumberAt(s, i);
        if (sec) {
          out.push(sec);
          i = sec.end - 1;
          continue;
        }
      }
      // "1-1改造供热管网≥18公里", "2-1…": a list's number and its item's joined by a hyphen.
      if (j - i <= 2 && s.charCodeAt(j) === 45 /* - */ && prev !== 45) {
        const dashed = hyphenNumberAt(s, i, j);
        if (dashed) {
          out.push(dashed);
          i = dashed.end - 1;
          continue;
        }
      }
      // Not the decimals of 1.2、 — but "…家次.2、" is a half-width full stop before the next item. Nor the
      // minutes of a clock ("(每日8:30-17:30)": 30) closes the bracket, it numbers nothing).
      const clock = prev === 58 && i >= 2 && isDigitCode(s.charCodeAt(i - 2));
      if (
        j - i <= 3 &&
        !clock &&
        (prev !== 46 || (i >= 2 && !isDigitCode(s.charCodeAt(i - 2)))) &&
        // (完成率≥ 0 . 5: after a comparator's sign the digits are its figure, a PDF's spaces in it.)
        !afterSign(s, i)
      ) {
        const k = skipSpaces(s, j);
        const nc = s.charCodeAt(k);
        const after = k + 1 < n ? s.charCodeAt(k + 1) : 0;
        // "1、2号楼" lists numbers; "1、2024年底前完工" and "1.2024年6月底前完成招标" number a deadline, and
        // "2.65岁及以上老年人…", "4.0-6岁儿童…", "1.12345热线…" at a line's start a name led by digits.
        if (
          (!isDigitCode(after) || yearAt(s, k + 1) || numbersDigitLedName(s, i, j, k)) &&
          (nc === 0x3001 ||
            (nc === 46 &&
              after !== 46 &&
              (atBoundary(s, i) || stopBefore(s, i) || nextAfterComma(s, i, j, out))) ||
            (nc === 41 && atBoundary(s, i)))
        )
          out.push({ start: i, end: k + 1, seq: digitsValue(s, i, j) });
      }
      i = j - 1;
      continue;
    }
    if (c === 40 /* ( */) {
      let k = skipSpaces(s, i + 1);
      const start = k;
      let seq: number | null = null;
      if (isDigitCode(s.charCodeAt(k))) {
        while (k < n && k - start < 4 && isDigitCode(s.charCodeAt(k))) k++;
        if (k - start <= 3) seq = Number(s.slice(start, k));
      } else if (isCnNumeral(s.charCodeAt(k))) {
        while (k < n && k - start < 4 && isCnNumeral(s.charCodeAt(k))) k++;
        if (k - start <= 3) seq = cnNumeralValue(s.slice(start, k));
      }
      if (seq !== null) {
        k = skipSpaces(s, k);
        const digits = isDigitCode(s.charCodeAt(start));
        // （1）集中育秧面积：12.5万亩（2）补贴标准：… pasted with its line breaks lost: a (2) straight after
        // words or a figure numbers the next item when it goes on the count of the (1) before it — not
        // （含）, （1-3月） or a lone footnote's (2).
        // 满意度指标（10）分：… — a label's score, the 分 after the bracket, numbers nothing.
        if (
          s.charCodeAt(k) === 41 &&
          !scoreAfterLabel(s, i, k) &&
          (atBoundary(s, i) ||
            (digits && seq === lastParen + 1 && lastParen > 0) ||
            (isCnNumeral(s.charCodeAt(start)) && gluedHeadingAt(s, k + 1, seq)))
        ) {
          out.push({ start: i, end: k + 1, seq });
          if (digits) lastParen = seq;
          i = k;
        }
      }
      continue;
    }
    if (c === 0x6307 /* 指 */ && s.charCodeAt(i + 1) === 0x6807 /* 标 */) {
      let k = skipSpaces(s, i + 2);
      const start = k;
      // 指标1: anywhere, and 指标一： where an item may start (not 考核指标二：, a name's own words). Most
      // 指标 (产出指标：…) have no number after them: nothing more to look at.
      const digits = isDigitCode(s.charCodeAt(k));
      if (!digits && !isCnNumeral(s.charCodeAt(k))) continue;
      // 数量指标1: 质量指标1: — a category numbered, its label, not the numbering of an item.
      if (i > 0 && CATEGORY_LAST.has(s.charCodeAt(i - 1)) && categoryBefore(s, i)) continue;
      const from = numberedLabelStart(s, i);
      if (!digits && !atBoundary(s, from)) continue;
      const number = numberAfter(s, start);
      if (number !== null) {
        k = number.end;
        const nc = s.charCodeAt(k);
        // "指标1:65岁以上老年人体检人数": after 指标N: a digit starts the name; after 指标1. it may be 1.5 —
        // but not before a year (指标4.2024年11月前完成, 指标4、2024年底前完工), a deadline numbered.
        if (
          (nc === 58 || nc === 46 || nc === 0x3001) &&
          (nc === 58 || !isDigitCode(s.charCodeAt(k + 1)) || yearAt(s, k + 1))
        ) {
          out.push({ start: from, end: k + 1, seq: number.seq });
          i = k;
        }
      }
      continue;
    }
    if (c === 0x76ee /* 目 */ && s.charCodeAt(i + 1) === 0x6807 /* 标 */) {
      // 目标1：发展烤烟种植1200亩 — a goal numbered as 指标1: is, where an item may start, with a colon
      // (not 年度目标1：, nor 目标1个 or 目标值).
      const start = skipSpaces(s, i + 2);
      if (!isDigitCode(s.charCodeAt(start)) && !isCnNumeral(s.charCodeAt(start))) continue;
      const number = numberAfter(s, start);
      if (number !== null && s.charCodeAt(number.end) === 58 && atBoundary(s, i)) {
        out.push({ start: i, end: number.end + 1, seq: number.seq });
        i = number.end;
      }
      continue;
    }
    if (c >= 0x2460 && c <= 0x249b) {
      const seq = c <= 0x2473 ? c - 0x2460 + 1 : c <= 0x2487 ? c - 0x2474 + 1 : c - 0x2488 + 1;
      out.push({ start: i, end: i + 1, seq });
      continue;
    }
    if ((c >= 0x2160 && c <= 0x216b) || (c >= 0x2170 && c <= 0x217b)) {
      // Ⅰ、 Ⅱ. ⅲ — Roman numerals, with or without a mark after them; without one only where an item
      // may start, and never before a class or grade (地表水达到Ⅲ类, Ⅱ级以上).
      const k = skipSpaces(s, i + 1);
      const mark = s.charCodeAt(k);
      const marked = mark === 0x3001 || mark === 46 || mark === 58;
      if (!marked && (!atBoundary(s, i) || ROMAN_CLASS.has(mark))) continue;
      const end = marked ? k + 1 : i + 1;
      out.push({ start: i, end, seq: (c >= 0x2170 ? c - 0x2170 : c - 0x2160) + 1 });
      i = end - 1;
      continue;
    }
    if (c === 0x7b2c /* 第 */) {
      // 第一，… 第二，…: an ordinal followed by a comma or 、 at a sentence boundary (not 第一名, 第三季度).
      let j = i + 1;
      while (j < n && j - i <= 3 && (isCnNumeral(s.charCodeAt(j)) || isDigitCode(s.charCodeAt(j)))) j++;
      const k = skipSpaces(s, j);
      const mark = s.charCodeAt(k);
      if (j > i + 1 && (mark === 44 || mark === 0x3001 || mark === 58) && atBoundary(s, i)) {
        const digits = s.slice(i + 1, j);
        const seq = isDigitCode(digits.charCodeAt(0)) ? Number(digits) : cnNumeralValue(digits);
        if (seq !== null && Number.isFinite(seq)) {
          out.push({ start: i, end: k + 1, seq });
          i = k;
        }
      }
      continue;
    }
    if (isCnNumeral(c)) {
      let j = i;
      while (j < n && j - i < 4 && isCnNumeral(s.charCodeAt(j))) j++;
      const k = skipSpaces(s, j);
      // 一、 二、 and 一是… 二是… (as reports list their points)
      const mark = s.charCodeAt(k);
      if (
        j - i <= 3 &&
        (mark === 0x3001 || (mark === 0x662f /* 是 */ && k === j)) &&
        (atBoundary(s, i) || (mark === 0x3001 && gluedHeadingAt(s, k + 1, cnNumeralValue(s.slice(i, j))))) &&
        !(mark === 0x3001 && j - i === 1 && classListAfter(s, k + 1))
      ) {
        const seq = cnNumeralValue(s.slice(i, j));
        if (seq !== null) {
          out.push({ start: i, end: k + 1, seq });
          i = k;
          continue;
        }
      }
      i = j - 1;
    }
  }
  return withSkippedNumbers(s, out);
}

/**
 * "1、65岁以上老年人健康管理率≥70%；2、…": a number before a name that starts with digits is not taken
 * for numbering on its own (1、2号楼 lists two numbers), but it is one where it continues the cell's
 * sequence — the token after it numbers the next one. Cells numbered 1, 2, 3 … in order have nothing
 * to add, and are returned as they are.
 */
function withSkippedNumbers(s: string, tokens: NumberingToken[]): NumberingToken[] {
  let inOrder = tokens.length > 0 && tokens[0].seq === 1;
  for (let k = 1; k < tokens.length && inOrder; k++) inOrder = tokens[k].seq === tokens[k - 1].seq + 1;
  if (inOrder) {
    // "…1、维修屋面1200平方米；2、3号楼加装电梯1部；3、4号楼…": only numbers after the last can be
    // missing, each the next of the one before.
    let out = tokens;
    const tail = tokens[tokens.length - 1].end;
    if (s.indexOf("、", tail) < 0 && s.indexOf(".", tail) < 0) return out;
    let last = tokens[tokens.length - 1];
    NUMBER_BEFORE_DIGITS.lastIndex = last.end;
    for (let m = NUMBER_BEFORE_DIGITS.exec(s); m; m = NUMBER_BEFORE_DIGITS.exec(s)) {
      if (Number(m[2]) !== last.seq + 1) {
        // (A decimal after a sentence, ；2.5万元, is no number of the list: look on past it.)
        if (isDecimalStop(m)) continue;
        return out;
      }
      if (isDecimalStop(m) && !afterSentence(m)) continue;
      last = { start: m.index + m[1].length, end: m.index + m[0].length, seq: last.seq + 1 };
      out = [...out, last];
    }
    return out;
  }
  const candidates: (NumberingToken & { stop: boolean })[] = [];
  NUMBER_BEFORE_DIGITS.lastIndex = 0;
  for (let m = NUMBER_BEFORE_DIGITS.exec(s); m; m = NUMBER_BEFORE_DIGITS.exec(s)) {
    const start = m.index + m[1].length;
    const stop = isDecimalStop(m);
    if (!tokens.some((t) => t.start === start) && (!stop || afterSentence(m)))
      candidates.push({ start, end: m.index + m[0].length, seq: Number(m[2]), stop });
  }
  if (candidates.length === 0) return tokens;
  // A candidate continues the sequence when the number after it comes later, or the one before it earlier.
  const all = [...tokens, ...candidates];
  const continues = (c: NumberingToken) =>
    all.some((t) => (t.seq === c.seq + 1 && t.start > c.end) || (t.seq === c.seq - 1 && t.end <= c.start));
  // "1.市容秩序明显好转；2.12345市容类投诉量…": N. before digits after a sentence could be a decimal
  // (；2.5万元); it numbers an item only where the numbering runs on — the nearest number before it is N-1.
  const runsOn = (c: NumberingToken) => {
    let before: NumberingToken | null = null;
    for (const t of tokens) if (t.end <= c.start && (before === null || t.start > before.start)) before = t;
    return before !== null && before.seq === c.seq - 1;
  };
  const added = candidates.filter((c) => (c.stop ? runsOn(c) : continues(c) || numbersLoneItem(s, c)));
  return added.length === 0 ? tokens : [...tokens, ...added].sort((a, b) => a.start - b.start);
}

/**
 * "1、12345热线接通率≥95%", "1、65岁以上老年人健康管理率≥70%" alone in a cell: a 1、 that starts the cell
 * numbers its only item when the digits after it cannot be a list's second member: not a number
 * listed on (1、3、5号楼), not a one-digit building, class or month (1、2号楼, 1、2年级, 1、2月份) — unless
 * it names 1 again (1、1号楼).
 */
function numbersLoneItem(s: string, c: NumberingToken): boolean {
  if (c.seq !== 1 || s.slice(0, c.start).trim() !== "") return false;
  const m = LIST_MEMBER.exec(s.slice(c.end, c.end + 12));
  // 1、1号楼: a list does not name 1 twice.
  return m === null || Number(m[1]) <= c.seq;
}

/** What a list's next member looks like: 3、, 2和, a one-digit building, door, class or month (3号楼, 2年级, 2月份). */
const LIST_MEMBER =
  /^\s*(\d+)\s*(?:、|,|和|及|与|(?<=^\s*\d)(?:号|#|栋|幢|单元|年|级|班|期|批|类|月|季度|日))/;

/**
 * A number (1 to 99) and 、 at the start of the cell or a sentence, before digits (canonical text; not
 * 1.5) — or a . before digits glued to a letter (2.5G基站, after 1.…。), or any . before digits (group 3:
 * 2.12345热线 after 1.…；, which only a run of numbers tells from a decimal).
 */
const NUMBER_BEFORE_DIGITS = /(^|[。;\n]\s*)([1-9]\d?)\s*(?:、|\.(?=\d+[A-Za-z])|(\.))\s*(?=\d)/g;

/** A match of NUMBER_BEFORE_DIGITS whose . might be a decimal point (2.12345…, 2.5万). */
const isDecimalStop = (m: RegExpExecArray) => m[3] !== undefined;

/** A match right after a sentence's end (；, 。), not at the cell's or a line's start. */
const afterSentence = (m: RegExpExecArray) => /[。;]/.test(m[1]);

/** First characters a numbering token can start with: digits, (, 指, Chinese numerals, ①…⒛. */
function canStartToken(c: number): boolean {
  return hasClass(c, TOKEN_START);
}

/** The numbering token at the very start of an item's text, if any. */
export function leadingNumbering(s: string): NumberingToken | null {
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  const c = s.charCodeAt(i);
  if (
    i >= s.length ||
    !(canStartToken(c) || NUMBERED_LABEL_FIRST.has(c) || (c >= 65 && c <= 72) || FORMAL_NUMERAL.has(c))
  )
    return null;
  const toks = findNumbering(s.slice(i, i + 12));
  const t = toks[0];
  if (!t || t.start !== 0) return null;
  return { start: i, end: i + t.end, seq: t.seq };
}

const CATEGORY_WORD = /产出|效益|满意|成本|数量|质量|时效/;

/**
 * A heading: a category label alone, maybe numbered, in brackets, with a score and a colon — here the
 * span [a, b) of canonical text. Every segment of every cell is asked, so the quick rejections run
 * before anything is sliced.
 */
export function headingCategoryAt(s: string, a0: number, b: number): Category | null {
  // A heading is short, has no name/target comma, and names a category.
  if (b - a0 > 40) return null;
  let first = a0;
  while (first < b && isSpace(s.charCodeAt(first))) first++;
  // 一级指标：产出指标, 二级指标：数量指标: a level's label before the heading (a form's column headers kept in a
  // cell); the words after it are read.
  let a = levelLabelEnd(s, first, b);
  if (a > first) {
    while (a < b && isSpace(s.charCodeAt(a))) a++;
    first = a;
    // 一级指标：产出指标，二级指标：…: the comma or 、 that closes such a field is no sentence's.
    while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
    if (b > a && (s.charCodeAt(b - 1) === 44 || s.charCodeAt(b - 1) === 0x3001)) b--;
  }
  // Sentence marks before the trailing run make it a sentence (as in hasInnerPunct), unless it starts
  // with 指标1: numbering; checked in the same loop, so an item stops being a candidate at its first mark.
  const inner = s.charCodeAt(first) === 0x6307 ? a : trailingRunStart(s, a, b);
  let sawZhibiao = false;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 0xff0c || (i < inner && isSentenceMark(c)))
      return c === 58 && i > a ? pairedHeading(s, a, i, b) : null;
    if (c === 0x6307 /* 指 */ && i + 1 < b && s.charCodeAt(i + 1) === 0x6807 /* 标 */) sawZhibiao = true;
  }
  const text = s.slice(a, b);
  if (!sawZhibiao && !CATEGORY_WORD.test(text)) return null;
  let t = text.trim();
  const num = leadingNumbering(t);
  if (num) t = t.slice(num.end);
  // ◆满意度指标: a list's bullet before the heading is no word of its label (read with it, 满意度指标 after
  // another word is a 二级's).
  t = t.slice(pastBullet(t, 0, t.length));
  t = t.replace(/^[【[]\s*|\s*[】\]]\s*$/g, "").replace(/[:;。，,\s]+$/, "");
  if (!t) return null;
  // "管理指标：" alone on a line: a heading of a block of no category record.md names — no indicator.
  return categoryOfLabel(t) ?? (namesOtherBlock(t) ? NO_CATEGORY : null);
}

const NO_CATEGORY: { level1: null; level2: null } = Object.freeze({ level1: null, level2: null });

/**
 * The last character of a 一级's label before its colon — 产出指标, 产出, 效益, 满意度, 成本: every name：target
 * segment reaches pairedHeading, and this turns nearly all of them away before any slicing.
 */
const LEVEL1_LABEL_END = codeSet([
  0x6807 /* 标 */, 0x51fa /* 出 */, 0x76ca /* 益 */, 0x5ea6 /* 度 */, 0x672c /* 本 */,
]);

/**
 * 产出指标：数量指标： — a 一级's label and colon, then one of its 二级's, the heading of the items after it (the
 * colon at `colon`): the 二级's category, when it is the 一级's (or satisfaction, written under 效益指标).
 */
function pairedHeading(s: string, a: number, colon: number, b: number): Category | null {
  // Both labels are short (数量指标：, 服务对象满意度指标：): a name：target segment runs on past them.
  if (colon - a > 14 || b - colon > 16 || !LEVEL1_LABEL_END.has(s.charCodeAt(colon - 1))) return null;
  // The second is a label too: no comma, no figure after its words (1、效益指标:培训人数,≤0.5%; is an item,
  // not two labels); a number before its words (1.数量指标：) is its numbering.
  let words = false;
  for (let i = colon + 1; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 0xff0c || (words && c >= 48 && c <= 57)) return null;
    if (isCjk(c)) words = true;
  }
  const first = headingCategoryAt(s, a, colon + 1);
  if (!first?.level1 || first.level2) return null;
  const second = headingCategoryAt(s, colon + 1, b);
  if (!second?.level2) return null;
  const satisfaction = second.level1 === "满意度指标" && first.level1 === "效益指标";
  return second.level1 === first.level1 || satisfaction ? second : null;
}

/**
 * Where the label 一级指标： or 二级指标： starting at `i` ends (after its colon; canonical text), before words
 * within [i, b); else `i`. A cell that copies a form's rows keeps the form's column headers as labels:
 * 一级指标：产出指标 / 二级指标：数量指标 / 三级指标：名称≥320公里.
 */
export function levelLabelEnd(s: string, i: number, b: number): number {
  const c = s.charCodeAt(i);
  if ((c !== 0x4e00 /* 一 */ && c !== 0x4e8c) /* 二 */ || !s.startsWith("级指标", i + 1)) return i;
  let k = i + 4;
  while (k < b && isSpace(s.charCodeAt(k))) k++;
  return s.charCodeAt(k) === 58 && k + 1 < b ? k + 1 : i;
}

function trimStart(s: string, a: number, b: number): number {
  while (a < b && (isSpace(s.charCodeAt(a)) || s.charCodeAt(a) === 44)) a++;
  return a;
}

/** Trims spaces and keeps one terminal punctuation mark; the rest ("。。", "；\n") are separators. */
function trimEnd(s: string, a: number, b: number): number {
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  while (b - 1 > a && isSepPunct(s.charCodeAt(b - 1)) && isSepPunct(s.charCodeAt(b - 2))) b--;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return b;
}

function isSepPunct(c: number): boolean {
  return isTerminator(c) || c === 44 || isSpace(c);
}

function tokenEndsAt(tokens: NumberingToken[], i: number): boolean {
  for (const t of tokens) if (t.end === i) return true;
  return false;
}

/** Sorts a short, nearly sorted list of cut positions in place (insertion sort: no comparator calls). */
function sortCuts(cuts: number[]): void {
  for (let k = 1; k < cuts.length; k++) {
    const v = cuts[k];
    let j = k - 1;
    while (j >= 0 && cuts[j] > v) {
      cuts[j + 1] = cuts[j];
      j--;
    }
    cuts[j + 1] = v;
  }
}

/**
 * After a sentence end at `i`: where a short "label:" that follows has its colon (canonical text), or the
 * comma of "…方面，", or -1 — at most 18 characters, no comma or sentence end before the colon, not a numbered item. Cheap on
 * purpose: it runs after every sentence end of every cell. Sets `labelStart`.
 */
let labelStart = 0;
function labelColonAhead(s: string, from: number, isTokenStart: (j: number) => boolean): number {
  let j = from;
  // Past spaces and further sentence ends ("。。", "；\n"): the label, if any, starts after them.
  while (j < s.length && (isSpace(s.charCodeAt(j)) || isTerminator(s.charCodeAt(j)))) j++;
  if (isTokenStart(j)) return -1;
  labelStart = j;
  const end = Math.min(s.length, j + 20);
  for (let k = j + 2; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c === 58) return k;
    // 满意度-④…, 效益-经济效益-④…: a label closed by a dash before the next item's numbering.
    if (isDash(c)) {
      let m = k + 1;
      while (m < s.length && isDash(s.charCodeAt(m))) m++;
      if (isTokenStart(m)) return k;
    }
    // 效益指标方面，…: a prose label of a block's aspect, closed by a comma as by a colon.
    if (c === 44) return aspectBefore(s, k) ? k : -1;
    if (c === 59 || c === 0x3002 || c === 10) return -1;
  }
  return -1;
}

/**
 * Whether the . at `i` (canonical text) ends a sentence before a category's label and its colon
 * (…≤400元.效益指标:…, …明显提升.满意度指标:…): words before it, no numbering's mark, and the label after it.
 */
function fullStopBeforeLabel(
  s: string,
  i: number,
  tokens: NumberingToken[],
  isTokenStart: (j: number) => boolean,
): boolean {
  const prev = s.charCodeAt(i - 1);
  if (i === 0 || isDigitCode(prev) || isSpace(prev) || tokenEndsAt(tokens, i + 1)) return false;
  let j = i + 1;
  while (j < s.length && s.charCodeAt(j) === 32) j++;
  const next = s.charCodeAt(j);
  if (!(next >= 0x4e00 && next <= 0x9fa5)) return false;
  const colon = labelColonAhead(s, i + 1, isTokenStart);
  return colon > 0 && categoryOfLabel(s.slice(labelStart, colon)) !== null;
}

/** Whether the next numbering token (tokens[rp] on) starts at `from`, after spaces. */
function nextIsToken(s: string, tokens: NumberingToken[], rp: number, from: number): boolean {
  let j = from;
  while (j < s.length && isSpace(s.charCodeAt(j))) j++;
  return rp < tokens.length && tokens[rp].start === j;
}

/**
 * Where the category labels after a numbering token end (2.效益指标：…, (1)产出指标：生态效益指标：…: after
 * the last label's colon), or -1 where no label and colon follow it. The number then numbers the
 * category, and the indicators under the label are written without numbers of their own.
 */
const UNKNOWN = -2;

function labelsEndAfter(s: string, from: number): number {
  let end = -1;
  let j = from;
  for (;;) {
    while (j < s.length && s.charCodeAt(j) === 32) j++;
    // A label is CJK up to its colon, within 20 characters.
    if (!(s.charCodeAt(j) >= 0x4e00 && s.charCodeAt(j) <= 0x9fa5)) return end;
    let k = j + 2;
    const stop = Math.min(s.length, j + 20);
    while (k < stop && s.charCodeAt(k) !== 58 && !isClauseMark(s.charCodeAt(k))) k++;
    // 效益指标方面，… and 效益指标，…: a prose label closed by a comma as by a colon (labels.ts labelComma).
    if (
      k >= stop ||
      !(s.charCodeAt(k) === 58 || labelCommaAt(s, k)) ||
      categoryOfLabel(s.slice(j, k)) === null
    )
      return end;
    end = k + 1;
    j = k + 1;
  }
}

/** Whether `k` is a comma right after 方面 or 指标 (产出指标方面，, 效益指标，). */
function labelCommaAt(s: string, k: number): boolean {
  return s.charCodeAt(k) === 44 && labelWordBefore(s, k);
}

function isClauseMark(c: number): boolean {
  return c === 44 || c === 59 || c === 0x3002 || c === 10 || c === 0x3001;
}

/**
 * Whether the line break at `i` cuts a name in two (开展食品安全监督抽检 / 批次(≥2800批次)), the next line
 * ending at `lineEnd`: the line before is words that hold no target (sentences.ts's wrapsIntoNextLine),
 * after a label's colon if it has one, and the next line is no numbered item, no label and no heading,
 * and holds the target (a digit or a placeholder). One indicator a line (培训人数≥500人 / 合格率≥95%) has
 * its target on the line before, and is cut as ever.
 */
function wrapsAt(s: string, i: number, lineEnd: number, rp: number, tokens: NumberingToken[]): boolean {
  if (!hasDigitOrMark(s, i + 1, lineEnd) || nextIsToken(s, tokens, rp, i + 1)) return false;
  const c = s.charCodeAt(i + 1);
  if (c === 0x3010 /* 【 */ || c === 10) return false;
  let a = s.lastIndexOf("\n", i - 1) + 1;
  // After a category label's colon (数量指标：开展…); after a name's colon the words are its target
  // (健康档案动态管理:持续), a whole item.
  const colon = s.lastIndexOf(":", i - 1);
  if (colon >= a) {
    if (categoryOfLabel(s.slice(a, colon).trim()) === null) return false;
    a = colon + 1;
  }
  if (!wrapsIntoNextLine(s.slice(a, i))) return false;
  // The next line names no category (质量指标：…, 效益指标-服务对象满意度指标-…:≥90%).
  const zb = s.indexOf("指标", i + 1);
  return zb < 0 || zb >= lineEnd;
}

/**
 * Whether the line break at `i` stands between a number and its unit (≥360 / 场次；): a digit ends the
 * line (spaces aside), and the next line holds a unit of the list alone, then only a closing bracket before its
 * end or a sentence mark.
 */
function unitWrapsAt(s: string, i: number): boolean {
  let a = i;
  while (a > 0 && isSpace(s.charCodeAt(a - 1))) a--;
  const last = s.charCodeAt(a - 1);
  if (!(last >= 48 && last <= 57)) return false;
  let k = i + 1;
  while (k < s.length && isSpace(s.charCodeAt(k)) && s.charCodeAt(k) !== 10) k++;
  const unit = lexiconUnitAt(s, k);
  if (unit === "") return false;
  for (k += unit.length; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 10 || c === 0x3002 || c === 59 || c === 44) return true;
    if (!isSpace(c) && c !== 41) return false;
  }
  return true;
}

/**
 * 产出指标 新建温室大棚40座 验收合格率100% 2024年10月底前完工 效益指标 带动就业60人 满意度指标 受益户满意度95%:
 * a packed cell pasted from Word with its line breaks turned to spaces (canonical text, no numbering). Where
 * the cell has that shape throughout — no sentence mark or line break, a category label first and another
 * later (alone, or before its first item's words: 效益指标:带动就业60人), and every other piece between
 * spaces holds words and a figure — the starts of its pieces, each an item or a heading; else null. A
 * space inside a name or a target (3 万 元, ≥ 90 %, 2024 年, 新建 大棚40座) leaves a piece of no words or
 * no figure, and the cell is left as it is.
 * A line of its own (产出指标 清运垃圾约3600吨 改厕200户⏎效益指标 …) is cut so too, with one label first and
 * two items or more after it, each opening with words (a name) and holding a figure.
 */
function spacePackedStarts(s: string): number[] | null {
  if (s.indexOf(" ") < 0) return null;
  if (s.indexOf("指标") < 0) return spacedWholeStarts(s);
  const whole = spacePackedLine(s, 0, s.length);
  if (whole !== null && whole.labels >= 2 && whole.items >= 2) return whole.starts;
  // Line by line (a line with a stop mark is left to the other cuts): one label, two items or more.
  let out: number[] | null = null;
  for (let a = 0; a < s.length; ) {
    let b = s.indexOf("\n", a);
    if (b < 0) b = s.length;
    const line = spacePackedLine(s, a, b, true);
    if (line && line.labels === 1 && line.items >= 2) (out ??= []).push(...line.starts);
    a = b + 1;
  }
  return out;
}

/**
 * The pieces between spaces of [a, b) (see spacePackedStarts): their starts, how many are labels and how
 * many items — null when a stop mark, or a piece neither label nor item, is met, or the first is no label.
 * `named`: each item opens with a CJK character (a name, never 2024年 or a figure cut from its name).
 */
function spacePackedLine(
  s: string,
  a: number,
  b: number,
  named = false,
): { starts: number[]; labels: number; items: number } | null {
  for (let i = a; i < b; i++) if (SPACE_PACKED_STOP.has(s.charCodeAt(i))) return null;
  const starts: number[] = [];
  let labels = 0;
  let items = 0;
  for (let i = a; i < b; ) {
    while (i < b && s.charCodeAt(i) === 32) i++;
    if (i >= b) break;
    let j = i;
    let digit = false;
    let cjk = false;
    while (j < b && s.charCodeAt(j) !== 32) {
      const c = s.charCodeAt(j++);
      digit ||= isDigitCode(c);
      cjk ||= isCjk(c);
    }
    const piece = s.slice(i, j);
    const colon = piece.indexOf(":");
    const label = colon < 0 ? piece : piece.slice(0, colon);
    // (产出指标（40分） 培训人数≥500人次 …: a label with its score is a label too — categoryOfLabel drops the score.)
    const labelled =
      (label.endsWith("指标") || (colon < 0 && endsWithLabelScore(label))) && categoryOfLabel(label) !== null;
    if (labelled) labels++;
    else if (starts.length === 0) return null;
    if (labelled && (colon < 0 || colon === piece.length - 1)) {
      // A label alone (产出指标, 产出指标:).
    } else if (digit && cjk && (!named || labelled || isCjk(s.charCodeAt(i)))) items++;
    // 效益指标（30分） 村容村貌改善 满意度指标 …: a statement in words between labels, whole as a town writes it.
    else if (!digit && labels > 0 && wordsStatement(piece)) items++;
    else return null;
    starts.push(i);
    i = j;
  }
  return { starts, labels, items };
}
/**
 * A piece of words alone that is a whole indicator (wholePiece): closed by a state (验收合格, 全部到位) or a change
 * (村容村貌改善, 环境明显改善), or opened by its verb (提升基层组织服务能力) — never a name cut from its value (培训 人数≥…).
 */
function wordsStatement(piece: string): boolean {
  if (piece.length < 4 || piece.length > 16 || !/^[\u4e00-\u9fa5]+$/.test(piece)) return false;
  return wholePiece(piece) === false;
}

/**
 * 维修村部3处 验收合格 6月底前完成 提升基层组织服务能力 群众满意: a town's cell whose items are set apart by spaces
 * only, with no label (canonical text, one line, no sentence mark). Where every piece between spaces is a whole
 * indicator — a name and its figure (维修村部3处, 验收合格率100%), a date and its deed (6月底前完成), or a statement
 * closed by a state or opened by its verb (验收合格, 提升基层组织服务能力) — and one piece at least has a figure,
 * the starts of its pieces; else null. A space inside a name or a target (新建 大棚40座, 合格率 ≥95%, C25 混凝土)
 * leaves a piece that is none of these, and the cell is left as it is.
 */
function spacedWholeStarts(s: string): number[] | null {
  for (let i = 0; i < s.length; i++) if (SPACE_PACKED_STOP.has(s.charCodeAt(i))) return null;
  const starts: number[] = [];
  let figures = 0;
  for (let i = 0; i < s.length; ) {
    while (i < s.length && s.charCodeAt(i) === 32) i++;
    if (i >= s.length) break;
    let j = i;
    while (j < s.length && s.charCodeAt(j) !== 32) j++;
    const kind = wholePiece(s.slice(i, j));
    if (kind === null) return null;
    if (kind) figures++;
    starts.push(i);
    i = j;
  }
  return starts.length >= 2 && figures > 0 ? starts : null;
}

/** A name and its figure: 维修村部3处, 验收合格率100%, 满意度≥90%, 受益群众600人以上. */
const NAME_FIGURE =
  /^[\u4e00-\u9fa5]{2,16}[≥≤<>=]?(?:约|达到?|不少于|不低于)?\d+(?:\.\d+)?(?:[万千亿])?([^\d]{0,4})$/;
/** A date and its deed: 6月底前完成, 2025年10月底前竣工. */
const DATE_DEED =
  /^(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?(?:前|以前|之前)?[\u4e00-\u9fa5]{0,6}$/;
/** What may close a figure: its unit, a percentage, its bound. */
const FIGURE_TAIL = /^(?:%|[\u4e00-\u9fa5a-zA-Z²³/]{0,3}?(?:以上|以内|以下|左右)?)$/;

/** Whether a piece is a whole indicator (true: with a figure, false: words or a date), or null. */
function wholePiece(piece: string): boolean | null {
  const c = piece.charCodeAt(0);
  if (isDigitCode(c)) return DATE_DEED.test(piece) ? false : null;
  if (!isCjk(c)) return null;
  const m = NAME_FIGURE.exec(piece);
  if (m)
    return FIGURE_TAIL.test(m[1]) && (m[1] === "" || m[1] === "%" || lexiconUnitAt(m[1], 0) !== "")
      ? true
      : null;
  if (piece.length < 4 || piece.length > 16 || !/^[\u4e00-\u9fa5]+$/.test(piece)) return null;
  return STATE_TAIL.test(piece) || VERB_OBJECT_FIRST.test(piece) || CHANGE_CLOSED.test(piece) ? false : null;
}
/** A subject and the change it is to see, in words: 火灾隐患明显减少, 村容村貌改善, 群众出行条件持续改善. */
const CHANGE_CLOSED =
  /^[\u4e00-\u9fa5]{2,}?(?:明显|显著|有效|持续|逐步|进一步|大幅)?(?:改善|提升|提高|增强|好转|减少|下降|降低)$/;

/** Marks that make a cell no space-packed one: sentence marks, commas, 、 and line breaks (canonical). */
const SPACE_PACKED_STOP = codeSet("。;,、\n\t");

/** Splits a cell into items and headings. */
export function segmentCell(raw: string, canonical?: string): Segment[] {
  const s = canonical ?? canon(raw);
  const n = s.length;
  const tokens = findNumbering(s);
  const numbered = tokens.length > 0;
  // Cut positions, in any order and with repeats; sorted and deduplicated below.
  const cuts: number[] = [0];
  for (const t of tokens) cuts.push(t.start);
  // A cell whose line breaks became spaces: cut at its pieces (see spacePackedStarts).
  const spaced = numbered ? null : spacePackedStarts(s);
  if (spaced) for (const k of spaced) cuts.push(k);
  // Label look-aheads move forward through the cell, and so does this pointer into the tokens.
  let tp = 0;
  const isTokenStart = (j: number) => {
    while (tp < tokens.length && tokens[tp].start < j) tp++;
    return tp < tokens.length && tokens[tp].start === j;
  };
  // Whether the text at hand belongs to a numbered item. Under a numbered heading ("（一）数量指标" on a
  // line of its own) items are unnumbered again and cut as in a cell without numbering.
  let inItem = numbered;
  // Under a numbered category label (2.效益指标：…), where its words start; else -1.
  let labelled = -1;
  let labelsFrom = 0;
  const labelsEnd = (): number => {
    if (labelled === UNKNOWN) labelled = labelsEndAfter(s, labelsFrom);
    return labelled;
  };
  // Where the category labels opening the current sentence end (效益指标（30分）：…), or -1; found when a comma asks.
  let opening = UNKNOWN;
  let openingFrom = 0;
  const openingLabelEnd = (): number => {
    if (opening === UNKNOWN) opening = labelsEndAfter(s, openingFrom);
    return opening;
  };
  let pending = -1; // a token whose heading-ness is not decided yet
  let nextToken = numbered ? tokens[0].start : -1;
  let rp = 0; // the next token whose region starts ahead
  if (numbered && tokens[0].start === 0) {
    const lineEnd = s.indexOf("\n");
    if (headingCategoryAt(s, 0, lineEnd < 0 ? n : lineEnd) !== null && lineEnd >= 0) cuts.push(lineEnd + 1);
  }
  let depth = 0; // brackets open at i
  let leadIn = -1; // where a lead-in ("通过实施该项目，") starts, if the cell has one
  // One pass over the cell for every other kind of cut.
  let sentenceFrom = 0; // where the text since the last sentence end (or token) starts
  let sentenceStart = 0; // where the current sentence (or comma-cut piece) starts, for unnumbered cells
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (i === nextToken) {
      // Whether the token starts a heading is decided when it matters (a comma or a sentence end):
      // a comma in its text already says it does not — no heading has one.
      pending = rp;
      inItem = true;
      sentenceFrom = tokens[rp].end;
      opening = -1; // (the item's labels are labelsEnd's)
      // Where the token's category labels end is found when a cut asks (most items never do).
      labelled = UNKNOWN;
      labelsFrom = sentenceFrom;
      rp++;
      nextToken = rp < tokens.length ? tokens[rp].start : -1;
    }
    // Inside brackets nothing is cut: "≥500人次（其中，线上200人次）" is one target with its note.
    if (c === 40 || c === 41) {
      depth = c === 40 ? depth + 1 : Math.max(0, depth - 1);
      continue;
    }
    if (depth > 0 && (c === 44 || c === 32 || c === 0x3001)) continue;
    if (c === 32 && i > sentenceStart) {
      // 数量指标：维修路灯120盏 质量指标：亮灯率≥98%, 一级指标：效益指标 二级指标：经济效益指标 三级指标：亩均补贴
      // 指标值：…: a space before the next field's label, after a labelled field, cuts as a line break does —
      // in a numbered item only between two categories' fields (1.数量指标：新建服务站 12个 质量指标：合格率
      // 100%), never between the levels' labels of its one indicator.
      const from = inItem ? Math.max(sentenceStart, sentenceFrom) : sentenceStart;
      let k = !inItem || i > from ? fieldAfterSpaces(s, i, from) : -1;
      if (k > 0 && inItem && !(categoryFieldAt(s, k) && categoryFieldAt(s, from))) k = -1;
      if (k > 0) {
        cuts.push(k);
        sentenceStart = k;
        sentenceFrom = k;
        opening = UNKNOWN;
        openingFrom = k;
        i = k - 1;
        continue;
      }
    }
    if (c === 32 && !inItem && s.charCodeAt(i + 1) === 32 && i > sentenceStart) {
      // "培训人数 300人次  合格率 ≥95%": a run of spaces (a table copied from a PDF) between whole indicators.
      let k = i;
      while (s.charCodeAt(k) === 32) k++;
      if (k < n && commaSeparatesIndicators(s, sentenceStart, i)) {
        cuts.push(k);
        sentenceStart = k;
      }
      i = k - 1;
      continue;
    }
    if (c === 0x3001 /* 、 */) {
      // "面积460万平方米、清运量约320吨、清扫率达85%": a 、 between whole indicators, as a comma — also
      // inside a numbered item after a number ("1.数量指标：储备编织袋2万条、救生衣500件"), as a comma there.
      const from = inItem ? Math.max(sentenceStart, sentenceFrom) : sentenceStart;
      if (
        ((!inItem || hasDigitOrMark(s, from, i)) && commaSeparatesIndicators(s, from, i)) ||
        fieldAfterMark(s, i, from)
      ) {
        cuts.push(i + 1);
        sentenceStart = i + 1;
        sentenceFrom = i + 1;
      }
      continue;
    }
    if (c === 47 /* / */) {
      // "新建健身路径50条/笼式足球场4个": a / between two whole quantity items, as a 、 (never in a unit: 元/人次).
      const from = inItem ? Math.max(sentenceStart, sentenceFrom) : sentenceStart;
      if (slashSeparatesItems(s, from, i)) {
        cuts.push(i + 1);
        sentenceStart = i + 1;
        sentenceFrom = i + 1;
      }
      continue;
    }
    if (c === 44 /* , */ && !isThousandsComma(raw, i)) {
      pending = -1;
      // "巡查企业数≥2万家次，隐患整改率≥95%": a comma between two whole indicators separates them — also
      // inside a numbered item ("1、数量指标：培训人数≥500人次，培训场次≥10场"), from the item's text on.
      const from = inItem ? Math.max(sentenceStart, sentenceFrom) : sentenceStart;
      if (
        !inItem &&
        sentenceStart === 0 &&
        ((LEAD_IN.test(s.slice(0, i)) &&
          hasDigitOrMark(s, i, sentenceEnd(s, i)) &&
          !BARE_TARGET_START.test(s.slice(i + 1, i + 12))) ||
          // (在建项目，完成投资3000万元，新增就业120人: a name heading the indicators after it.)
          headsIndicators(s, i))
      ) {
        // The lead-in is a segment of its own, read as no indicator (a heading with no category) — also a
        // point in time before the figures it dates ("2024年12月底前，资金发放率100%").
        leadIn = sentenceStart;
        cuts.push(i + 1);
        sentenceStart = i + 1;
        continue;
      }
      // Under a category label, numbered or not (2、效益指标：…, 效益指标（30分）：…), the words after its colon
      // are what is cut: the label's score is no figure of theirs, nor its name a clause of theirs.
      const label = Math.max(labelsEnd(), openingLabelEnd());
      // (效益指标方面，…: the label's own comma cuts nothing.)
      if (label > i) continue;
      const words = Math.max(from, label);
      if (
        commaCuts(s, words, i, inItem) ||
        // 时效指标：年底前完成，满意度指标：群众满意度≥90%: the next labelled field, whatever this one ends with.
        fieldAfterMark(s, i, from) ||
        // Towns' comma chains, numbered or not (1.组织防汛演练不少于2次，全年无安全事故，群众满意度90%).
        proseClauseCuts(s, words, i) ||
        (label >= 0 && labelledStatesCut(s, words, i))
      ) {
        cuts.push(i + 1);
        sentenceStart = i + 1;
        sentenceFrom = i + 1;
      }
      continue;
    }
    if (c === 0x3010 /* 【 */) {
      // A bracketed heading 【…】 is a segment of its own, wherever it stands — but right after a
      // numbering token ("2、【效益指标】名称…") it is the item's own category.
      const close = s.indexOf("】", i);
      let before = i;
      while (before > 0 && isSpace(s.charCodeAt(before - 1))) before--;
      if (!tokenEndsAt(tokens, before) && close > i && headingCategoryAt(s, i, close + 1))
        cuts.push(i, close + 1);
      continue;
    }
    // "…人均成本≤400元.效益指标:社会效益指标:…": a half-width full stop before a category's label and colon
    // ends a sentence as 。 does (not 1.产出指标:, numbering, nor 4.5 or 1.1, digits).
    if (c === 46 ? !fullStopBeforeLabel(s, i, tokens, isTokenStart) : c !== 59 && c !== 0x3002 && c !== 10)
      continue;
    // "开展活动场次≥360\n场次；": a cell copied from a PDF wraps between the number and its unit; the unit's
    // line goes on the number's.
    if (c === 10 && unitWrapsAt(s, i)) continue;
    depth = 0; // a bracket left open does not run past the sentence
    if (pending >= 0) {
      inItem = !tokenStartsHeading(s, tokens, pending);
      pending = -1;
    }
    const lineFrom = sentenceStart;
    sentenceStart = i + 1;
    if (c === 10) {
      // A line start is a cut where the line is a heading, or the text is not a numbered item's.
      const lineEnd = s.indexOf("\n", i + 1);
      const heading = headingCategoryAt(s, i + 1, lineEnd < 0 ? n : lineEnd) !== null;
      // 项目二：居家适老化改造 — a sub-project's line is context of its own, never the item's go-on.
      const subProject =
        s.charCodeAt(i + 1) === 0x9879 /* 项 */ && SUB_PROJECT_LINE.test(s.slice(i + 1, i + 16));
      // 开展食品安全监督抽检 / 批次(≥2800批次): a name cut by the line break goes on on the next line.
      const wraps =
        !inItem && !heading && !subProject && wrapsAt(s, i, lineEnd < 0 ? n : lineEnd, rp, tokens);
      // 三级指标：维修干渠渠段⏎指标值：≥18公里: a target's label on the line after its name's goes on it.
      // …指标值：1260⏎计量单位：人: the unit's label after the target's goes on it too.
      const labelGoesOn =
        !inItem &&
        !wraps &&
        !heading &&
        !subProject &&
        (targetLabelGoesOn(s, lineFrom, i) || unitLabelGoesOn(s, lineFrom, i));
      if (wraps || labelGoesOn) sentenceStart = lineFrom;
      // Under a numbered category label, a line that is a whole indicator after one is another.
      if (
        (!inItem && !wraps && !labelGoesOn) ||
        heading ||
        subProject ||
        (labelsEnd() >= 0 && labelledClauseCuts(s, Math.max(sentenceFrom, labelled), i))
      )
        cuts.push(i + 1);
      if ((heading || subProject) && lineEnd >= 0) cuts.push(lineEnd + 1);
    } else if (!inItem) {
      // Without numbering, each sentence is an item: 数量指标:名称≥300人;质量指标:名称≥80%。 — but not
      // a stage of the target before it (支出进度：一季度25%；二季度50%).
      // Nor a clause that restates the target before it (合格率达到95%；较上年有所提高), nor the target's label
      // after its name's (指标名称：查验设施运维台套数；指标值：≥45台套).
      if (c === 59 && (targetLabelGoesOn(s, lineFrom, i) || unitLabelGoesOn(s, lineFrom, i)))
        sentenceStart = lineFrom;
      else if (
        c !== 59 ||
        !(
          (mayStartStageAt(s, i + 1) && stageGoesOn(s, sentenceFrom, i)) ||
          (hasDigitOrMark(s, sentenceFrom, i) && restatesTarget(s.slice(i + 1, sentenceEnd(s, i + 1))))
        )
      )
        cuts.push(i + 1);
    } else if (
      c === 0x3002
        ? !nextIsToken(s, tokens, rp, i + 1) && fullStopSeparatesIndicators(s, sentenceFrom, i)
        : c === 59 &&
          !nextIsToken(s, tokens, rp, i + 1) &&
          (semicolonSeparatesIndicators(s, sentenceFrom, i) ||
            stateThenIndicator(s, sentenceFrom, i) ||
            (labelsEnd() >= 0 && labelledClauseCuts(s, Math.max(sentenceFrom, labelled), i)))
    ) {
      // "1、产出指标：抽检批次，不少于1200批次；快检批次，不少于5000批次。": two indicators in one item —
      // also after a 。 that closes a figure (…完成时间，2024年11月底前。单批次检验成本，≤375元/批次).
      cuts.push(i + 1);
    }
    sentenceFrom = i + 1;
    opening = UNKNOWN;
    openingFrom = i + 1;
    // After a sentence end, a category label with a colon starts something new even in a numbered
    // cell: "…下降10%。满意度指标：企业满意度≥90%。" (an unnumbered item) or "…。效益指标：1.…" (a heading).
    const colon = labelColonAhead(s, i + 1, isTokenStart);
    if (colon > 0 && categoryOfLabel(s.slice(labelStart, colon))) cuts.push(i + 1);
  }
  sortCuts(cuts);
  const segments: Segment[] = [];
  let next = 0; // tokens before this index start before the current segment
  for (let k = 0; k < cuts.length; k++) {
    const a0 = cuts[k];
    if (k > 0 && a0 === cuts[k - 1]) continue;
    let k1 = k + 1;
    while (k1 < cuts.length && cuts[k1] === a0) k1++;
    const b0 = k1 < cuts.length ? cuts[k1] : n;
    const a = trimStart(s, a0, b0);
    const b = trimEnd(s, a, b0);
    if (b <= a || onlySeparators(s, a, b)) continue;
    while (next < tokens.length && tokens[next].start < a) next++;
    const numbering = next < tokens.length && tokens[next].start === a ? tokens[next] : undefined;
    // "考核指标2：" with nothing after it (a template's empty slot): numbering and no indicator — a segment
    // of its own, so that nothing is lost, read as a heading with no category (as a lead-in is).
    const slot = numbering !== undefined && numbering.end <= b && onlySeparators(s, numbering.end, b);
    const heading = a0 === leadIn || slot || headingCategoryAt(s, a, b);
    segments.push(
      numbering && numbering.end <= b
        ? { kind: heading ? "heading" : "item", start: a, end: b, numbering }
        : { kind: heading ? "heading" : "item", start: a, end: b },
    );
  }
  return segments;
}

/**
 * Where the next field's label starts after the spaces at `i` (canonical text), when the text since `from`
 * is a labelled field (item/labels.ts isLabelledField: 数量指标：维修路灯120盏, 一级指标：效益指标) — else -1.
 * Cheap: a CJK character after the spaces before any label is read.
 */
function fieldAfterSpaces(s: string, i: number, from: number, end = i): number {
  let k = i;
  while (k < s.length && s.charCodeAt(k) === 32) k++;
  if (!isCjk(s.charCodeAt(k)) || fieldLabelColon(s, k) < 0) return -1;
  return isLabelledField(s, from, end) ? k : -1;
}

/**
 * Whether the comma or 、 at `i` (canonical text) ends a labelled field (the text since `from`) before the
 * next field's label: 数量指标:低改八角林800亩、质量指标:…、时效指标:当年完成、满意度:群众满意 — whatever
 * the field before ends with (a figure, a date, words).
 */
function fieldAfterMark(s: string, i: number, from: number): boolean {
  return fieldAfterSpaces(s, i + 1, from, i) > 0;
}

/**
 * Whether the comma at `i` cuts between two indicators, the text before it starting at `from`. In a
 * numbered item the writer numbers the indicators: a comma there cuts only after a number (digits or a
 * placeholder's *), never after a name ("1、产出指标：巡查企业数，不少于2万家次") — or after words that
 * are a whole indicator in themselves before another with its comparator ("1、报修及时处理，满意度≥90%").
 */
function commaCuts(s: string, from: number, i: number, inItem: boolean): boolean {
  return (
    ((!inItem || hasDigitOrMark(s, from, i) || zeroBefore(s, i) || endsWithCnCount(s, from, i)) &&
      commaSeparatesIndicators(s, from, i)) ||
    stateThenIndicator(s, from, i)
  );
}

/** Whether 零发生 (maybe in quotes) ends the text before `i`: none at all is a figure as digits are. */
function zeroBefore(s: string, i: number): boolean {
  const k = s.charCodeAt(i - 1) === 0x201d || s.charCodeAt(i - 1) === 34 ? i - 1 : i;
  return k >= 3 && s.startsWith("零发生", k - 3);
}

/** Where the sentence that holds `i` ends: the next 。 ; or line break, or the end of the text. */
function sentenceEnd(s: string, i: number): number {
  let k = i;
  while (k < s.length && s.charCodeAt(k) !== 0x3002 && s.charCodeAt(k) !== 59 && s.charCodeAt(k) !== 10) k++;
  return k;
}

/** Whether [a, b) up to its first line break holds nothing but spaces and sentence ends. */
function onlySpacesOrMarks(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) return true;
    if (!(isSpace(c) || c === 0x3002 || c === 59)) return false;
  }
  return true;
}

/** Whether token k starts a heading: its text up to the line end or the next token names a category. */
function tokenStartsHeading(s: string, tokens: NumberingToken[], k: number): boolean {
  const a = tokens[k].start;
  const next = k + 1 < tokens.length ? tokens[k + 1].start : s.length;
  // Up to the line end or the next token, whichever is first; a heading is short (≤ 40) and has no comma,
  // so most items are rejected here without a look at the words.
  let b = a;
  while (b < next && b - a <= 40) {
    const c = s.charCodeAt(b);
    if (c === 10) break;
    if (c === 44) return false;
    // A sentence end, or a colon, with more words after it (before the next token) makes an item
    // ("1、产出指标：巡查企业数：…"), not a heading ("一、产出指标：").
    if ((c === 0x3002 || c === 59 || c === 58) && !onlySpacesOrMarks(s, b + 1, next)) return false;
    b++;
  }
  if (b - a > 40) return false;
  return headingCategoryAt(s, a, b) !== null;
}

/** Characters that separate items and may be dropped: spaces and 。;!?,:、. (canonical forms). */
function onlySeparators(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (
      !(
        isSpace(c) ||
        c === 0x3002 ||
        c === 59 ||
        c === 33 ||
        c === 63 ||
        c === 44 ||
        c === 58 ||
        c === 0x3001 ||
        c === 46
      )
    )
      return false;
  }
  return true;
}
