/**
 * Example targets for a fix, fitted to what the indicator measures: 堤防长度 gets "≥5公里", not "≥95%";
 * 规章制度建立与否 gets a state, not a number.
 */
import type { IndicatorRecord } from "../record";
import { isPercentName, isSatisfactionName, normalize, polarityOf } from "./lexicon";

/** Name patterns and the example each gets, the first that matches winning. */
const BY_NAME: readonly [RegExp, string][] = [
  [/用时|耗时|时长|(?:响应|处理|恢复|等待|办结)时间/, "≤24小时"],
  [/时间|日期|时限|期限|截止|完成时/, "12月31日前完成"],
  // What the name ends with is what it counts: 补助农户数 counts households.
  [/人次$/, "≥500人次"],
  [/人数$|人口$|人$/, "≥500人"],
  [/户数$|户$/, "≥100户"],
  [/(?:场次|次数|批次|期数)$/, "≥10场次"],
  [/长度$|里程$/, "≥5公里"],
  [/面积$/, "≥1000平方米"],
  [/单位成本|人均|户均|亩均|单价|标准$|补助|补贴/, "≤800元/人"],
  [/成本|费用|资金|金额|投资|造价|经费/, "≤50万元"],
];

/** What a template target keeps of its unit: "≧ 台" → 台. */
function templateUnit(target: string): string {
  const u = normalize(target).replace(/[≥≤≧≦><=＞＜*＊Xx×○〇\d.]/g, "");
  return /^[\u4e00-\u9fff]{1,3}$/.test(u) ? u : "";
}

/** Whether the name asks yes or no (规章制度建立与否, 是否按期完成). */
export function asksYesNo(name: string): boolean {
  return /与否|是否/.test(normalize(name));
}

/**
 * Example targets for the indicator, as the fix quotes them ("≥5公里"), or the rule's own fallback
 * (“≥95%”“≥500人次”) when neither the name nor a template's unit says what it measures.
 */
export function exampleTargets(
  r: Pick<IndicatorRecord, "name" | "target">,
  fallback = "≥95%”“≥500人次",
): string {
  const n = normalize(r.name);
  if (isSatisfactionName(n)) return "≥90%";
  // 发生率 should be low: its example is a ceiling.
  if (normalize(r.target).includes("%") || isPercentName(n))
    return polarityOf(n) === "negative" ? "≤1%" : "≥95%";
  const hit = BY_NAME.find(([re]) => re.test(n));
  // A time is told by its name; otherwise the unit a template kept (≧ 台) says what is counted.
  if (hit && !hit[1].startsWith("≥")) return hit[1];
  const unit = templateUnit(r.target);
  if (unit) return BY_NAME.find(([, e]) => e.endsWith(unit) && e.startsWith("≥"))?.[1] ?? `≥10${unit}`;
  return hit ? hit[1] : fallback;
}

/**
 * Vague words and the measurable form that keeps what the officer meant: 较上年下降 → “较上年下降 ≥5%” (not
 * “≥95%” for an incidence rate), 得到满足 → “满足率 ≥95%”, 稳中有增 → “较上年增长 ≥3%”.
 */
const BY_VAGUE_WORD: readonly [RegExp, string][] = [
  [/下降|减少|降低|减轻|缓解|控制|压减|遏制|减/, "较上年下降 ≥5%"],
  [/满足/, "满足率 ≥95%"],
  [/保障|到位|落实/, "保障率 100%"],
  [/稳中有增|稳中有升|增长|增加|增收|增/, "较上年增长 ≥3%"],
  [/稳定|平稳/, "与上年相比波动不超过 ±5%"],
  [/提升|提高|改善|增强|好转|向好|丰富|便捷|优化|完善/, "较上年提高 ≥5%"],
];

/**
 * An example number for a vague target, fitted to its name and words. What the name counts comes first
 * (培训人数 有所增加 → ≥500人); a sentence read as a name (群众补贴负担减轻) is told by its words first,
 * its name being the whole sentence.
 */
export function exampleForVague(name: string, word: string, sentence = false): string {
  const n = normalize(name);
  if (isSatisfactionName(n)) return "≥90%";
  const w = normalize(word);
  // A rate keeps its own scale: 合格率 ≥95%; one that should fall says by how much (发病率 较上年下降 ≥5%).
  if (isPercentName(n)) {
    if (w && BY_VAGUE_WORD[0][0].test(w)) return BY_VAGUE_WORD[0][1];
    return polarityOf(n) === "negative" ? "≤1%" : "≥95%";
  }
  const byWord = w ? BY_VAGUE_WORD.find(([re]) => re.test(w))?.[1] : undefined;
  const byName = exampleTargets({ name, target: "" }, "");
  return (sentence ? (byWord ?? byName) : byName || byWord) || "≥95%”“≥20场";
}
