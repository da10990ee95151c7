/**
 * Indicator names for matching: 巡查企业数, 巡查企业数量, 巡查企业（家次） and 巡查 企业的数量 are one indicator.
 * Only differences that cannot change the meaning are removed; anything else is left for the officer.
 */
import { isUnitText, unitKey } from "./units";

const BRACKETS = /[([【{<《]([^()[\]【】{}<>《》]*)[)\]】}>》]/g;

/** Bracket contents that are a target written into the name (≥80%, 不少于20场). */
const TARGET_LIKE = /[0-9≥≤><=＞＜]|不少于|不低于|不超过|以上|以内|以下|\*\*|XX/i;

export interface NameKey {
  key: string;
  /** A unit found in brackets inside the name, "" when none. */
  unitHint: string;
}

/** The part of the name that decides which indicator it is. */
export function nameKey(name: string): NameKey {
  let unitHint = "";
  let t = name.normalize("NFKC").replace(/\s+/g, "");
  t = t.replace(BRACKETS, (_all, inner: string) => {
    const content = inner.trim();
    if (content && isUnitText(content)) {
      unitHint = unitHint || content.replace(/^单位[:：]?/, "");
      return "";
    }
    if (TARGET_LIKE.test(content)) return "";
    return content;
  });
  t = t
    .replace(/[\p{P}\p{S}]/gu, "")
    .replace(/的/g, "")
    .replace(/^(?:本年度|年度|全年)/, "")
    .replace(/(?:数量|个数|总数|总量|数)$/, "");
  return { key: t || name.trim(), unitHint: unitHint ? unitKey(unitHint) : "" };
}

/** Character-bigram similarity (Dice), for offering "maybe the same as …" to the officer. */
export function similarity(a: string, b: string): number {
  const grams = (s: string): string[] => {
    const out: string[] = [];
    for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
    return out;
  };
  const ga = grams(a);
  const gb = grams(b);
  if (ga.length === 0 || gb.length === 0) return a === b ? 1 : 0;
  const pool = new Map<string, number>();
  for (const g of gb) pool.set(g, (pool.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of ga) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(g, n - 1);
    }
  }
  return (2 * shared) / (ga.length + gb.length);
}
