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

/** Character-set similarity (Dice over characters): 河湖巡查次 and 巡河次 share every character of the shorter. */
function charSimilarity(a: string, b: string): number {
  const pool = new Map<string, number>();
  for (const ch of b) pool.set(ch, (pool.get(ch) ?? 0) + 1);
  let shared = 0;
  for (const ch of a) {
    const n = pool.get(ch) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(ch, n - 1);
    }
  }
  const total = [...a].length + [...b].length;
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * How likely two indicator keys name one indicator, 0..1, for offering "maybe the same as …" (never for
 * merging): bigram similarity; one name inside the other (各级河湖长巡河次 holds 巡河次); or, in the same
 * unit, the same characters reordered (河湖巡查次 and 巡河次).
 */
export function variantScore(a: string, b: string, sameUnit: boolean): number {
  let score = similarity(a, b);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 2 && long.includes(short)) score = Math.max(score, 0.8);
  if (sameUnit && short.length >= 3) score = Math.max(score, charSimilarity(a, b) >= 0.7 ? 0.6 : 0);
  return score;
}

/** An aligned key without the unit a split key carries (慰问困难群众|人 → 慰问困难群众): the name's part. */
export function nameOfKey(key: string): string {
  return key.replace(/\|.*$/, "");
}
