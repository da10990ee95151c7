/**
 * Whether a text writes a comparator at all: the words and signs an officer writes one with, by the
 * comparator they write. One list for every "was a comparator written?" check — the comparison's
 * 未写比较词 and the review's NO-COMPARATOR — so that the two never disagree about a target. Which
 * comparator a target has, and where it stands, is the parser's reading (comparators.ts).
 */
import type { Comparator } from "../record";

export const COMPARATOR_WORDS: Readonly<Record<Comparator, readonly string[]>> = {
  ">=": ["≥", "≧", "不少于", "不低于", "不小于", "至少", "最少", "达到", "以上"],
  ">": [">", "›", "大于", "超过", "高于", "多于"],
  "<=": ["≤", "≦", "不超过", "不高于", "不大于", "不多于", "至多", "最多", "以下", "以内", "之内", "控制在"],
  "<": ["<", "‹", "小于", "低于", "少于"],
  "=": ["=", "等于"],
  between: ["±", "区间", "范围内"],
};

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const WRITTEN = new RegExp(
  Object.values(COMPARATOR_WORDS)
    .flat()
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|"),
);

/**
 * Whether the text writes a comparator (≥, 不少于, …以上, 等于 …). Full-width signs (＞, ＝) and spaces
 * inside a word (不 少 于) are read as written. The record's comparator is "=" both for a written "=" and
 * for a bare number, so the checks that care about bare numbers look here.
 */
export function writesComparator(text: string): boolean {
  return WRITTEN.test(text.normalize("NFKC").replace(/\s+/g, ""));
}
