/**
 * COMPARATOR-WORDS: 不少于 → ≥ and the like, only right before a number (off by default). Suffix forms
 * (90%以上, 3天以内) are left alone: rewriting them moves words around, which officers did not ask for.
 */
import type { TextRule } from "../types";

const BEFORE_NUMBER = "(?=\\s*[0-9０-９])";
const WORDS: [RegExp, string][] = [
  [new RegExp(`(?:大于等于|不少于|不低于|不小于|至少)${BEFORE_NUMBER}`, "g"), "≥"],
  [new RegExp(`(?:小于等于|不超过|不高于|不大于|不多于|最多)${BEFORE_NUMBER}`, "g"), "≤"],
  [new RegExp(`(?:大于|超过|高于|多于)${BEFORE_NUMBER}`, "g"), ">"],
  [new RegExp(`(?:小于|低于|少于)${BEFORE_NUMBER}`, "g"), "<"],
];

export function fixComparatorWords(text: string): string {
  let t = text;
  for (const [re, symbol] of WORDS) t = t.replace(re, symbol);
  return t;
}

export const comparatorWordsRule: TextRule = {
  id: "COMPARATOR-WORDS",
  kind: "text",
  name: { zh: "比较词改为符号", en: "Comparator words to symbols" },
  description: {
    zh: "数字前的“不少于、不超过、大于、低于”等改写为 ≥ ≤ > <。默认不启用。",
    en: "Write 不少于, 不超过, 大于, 低于 … before a number as ≥ ≤ > <. Off by default.",
  },
  defaultMode: "off",
  fix: fixComparatorWords,
};
