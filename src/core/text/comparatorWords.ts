/**
 * Whether a target says which way it points: the words and signs an officer writes a comparator with, by
 * the comparator they write, and the verbs of a change (同比下降5%). One list for every "was a comparator
 * written?" check — the comparison's 未写比较词 and the review's NO-COMPARATOR — and one for "is this a
 * change?" — the review's rules and the parse summary — so that they never disagree about a target.
 * Which comparator a target has, and where it stands, is the parser's reading (comparators.ts).
 */
import type { Comparator } from "../record";
import { LOWERED_TO, RAISED_TO } from "./comparators";

export const COMPARATOR_WORDS: Readonly<Record<Comparator, readonly string[]>> = {
  // (提高至95%, 降低到5%: a level reached, as 达到 is.)
  ">=": ["≥", "≧", "不少于", "不低于", "不小于", "至少", "最少", "达到", "以上", ...RAISED_TO],
  ">": [">", "›", "大于", "超过", "高于", "多于"],
  "<=": [
    ...["≤", "≦", "不超过", "不高于", "不大于", "不多于", "至多", "最多", "以下", "以内", "之内", "控制在"],
    ...LOWERED_TO,
  ],
  "<": ["<", "‹", "小于", "低于", "少于"],
  "=": ["=", "等于"],
  between: ["±", "区间", "范围内"],
};

/**
 * Words that write a comparator only right before a number (超5%, 逾500, 不足1%, 最低85%, 不超10%), not
 * inside other words (超标率, 超市, 逾期, 不足额, 最低生活保障, 不到位, 不超标): the parser reads them so (comparators.ts).
 */
export const BEFORE_NUMBER_WORDS: Readonly<Partial<Record<Comparator, readonly string[]>>> = {
  ">=": ["最低"],
  ">": ["超", "逾", "突破"],
  "<=": ["不超", "最高"],
  "<": ["不足", "不到"],
};

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every word, longest first, as one alternation. */
const ANY_WORD = Object.values(COMPARATOR_WORDS)
  .flat()
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join("|");

/** BEFORE_NUMBER_WORDS, longest first, each before a digit or a Chinese numeral or magnitude (超百万). */
const BEFORE_NUMBER = `(?:${Object.values(BEFORE_NUMBER_WORDS)
  .flat()
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join("|")})(?=[\\d一二两三四五六七八九十百千万亿])`;

/**
 * The words of a ceiling (≤, 不超过, 以内, 控制在, 降至, 低于 …), none read inside the floor that negates it: 低于 in
 * 不低于, 小于 in 不小于, 少于 in 不少于 are floors (round 152: a goal's 不低于95% read as a ceiling).
 */
export const CEILING_WORD = new RegExp(
  [...COMPARATOR_WORDS["<="], ...COMPARATOR_WORDS["<"]]
    .sort((a, b) => b.length - a.length)
    .map((w) => (w.startsWith("不") ? escape(w) : `(?<!不)${escape(w)}`))
    .join("|"),
);

const WRITTEN = new RegExp(`${ANY_WORD}|${BEFORE_NUMBER}`);

/** Full-width signs read as half-width, spaces dropped (不 少 于 as pasted from a PDF). */
const compact = (text: string) => text.normalize("NFKC").replace(/\s+/g, "");

/**
 * Whether the text writes a comparator (≥, 不少于, …以上, 等于 …). Full-width signs (＞, ＝) and spaces
 * inside a word (不 少 于) are read as written. The record's comparator is "=" both for a written "=" and
 * for a bare number, so the checks that care about bare numbers look here.
 */
export function writesComparator(text: string): boolean {
  return WRITTEN.test(compact(text));
}

/**
 * A change written before the number: 下降5%, 较上年提高5个百分点, 增长10%, 缩短3天, 压缩10%, and with
 * a comparator bounding the change (下降≥5%, 下降不少于5%).
 */
const CHANGE = new RegExp(
  `(?:下降|减少|降低|压减|压缩|缩短|提高|增长|增加|上升|提升)了?(?:${ANY_WORD})?[\\d一二三四五六七八九十两半]`,
);

/**
 * Whether the target states a change rather than a level ("同比下降5%"): its % or 个百分点 is a rate
 * of change, whatever the indicator counts, and its verb already says which way. Not 提高到95%, a level.
 */
export function statesChange(target: string): boolean {
  return CHANGE.test(compact(target));
}
