/**
 * COMPARATOR-WORDS: 不少于 → ≥ and the like, only where the word is the target's comparator — right
 * before a number and its unit that end the clause (off by default). Names (低于3岁婴幼儿入托人数), prose
 * (超过90%的地块另行奖补) and dates are left alone; so are suffix forms (90%以上, 3天以内): rewriting them moves
 * words around, which officers did not ask for.
 */
import { parseTarget } from "../../text/target";
import type { TextRule } from "../types";

const BEFORE_NUMBER = "(?=\\s*[0-9０-９])";
const WORDS: [RegExp, string][] = [
  [new RegExp(`(?:大于等于|不少于|不低于|不小于|至少)${BEFORE_NUMBER}`, "g"), "≥"],
  [new RegExp(`(?:小于等于|不超过|不高于|不大于|不多于|最多)${BEFORE_NUMBER}`, "g"), "≤"],
  [new RegExp(`(?:大于|超过|高于|多于)${BEFORE_NUMBER}`, "g"), ">"],
  [new RegExp(`(?:小于|低于|少于)${BEFORE_NUMBER}`, "g"), "<"],
];

const CLAUSE_END = /[，,；;。\n]/;
const NUMBER = /^\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\s*[万亿千]?/;
const TAIL = /(?:及?以上|及?以下|以内|之内|左右)$/;

/**
 * Whether the comparator word at `at` is the target's comparator: its clause (up to the next comma,
 * semicolon, full stop or line break) is the word, a number and the unit the parser reads, nothing
 * more. 低于3岁婴幼儿入托人数 (a name), 超过90%的地块另行奖补 (prose) and 不超过2024年12月 (a date) are not.
 */
function isTargetComparator(text: string, at: number, word: string): boolean {
  const rest = text.slice(at);
  const end = rest.search(CLAUSE_END);
  const clause = end < 0 ? rest : rest.slice(0, end);
  const number = NUMBER.exec(clause.slice(word.length));
  if (!number) return false;
  const after = clause
    .slice(word.length + number[0].length)
    .trim()
    .replace(TAIL, "");
  const read = parseTarget(clause);
  return read.kind === "quantitative" && read.comparator !== null && after === read.unit;
}

export function fixComparatorWords(text: string): string {
  let t = text;
  for (const [re, symbol] of WORDS)
    t = t.replace(re, (word: string, at: number, whole: string) =>
      isTargetComparator(whole, at, word) ? symbol : word,
    );
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
