/** Fills `{key}` placeholders in a localized template. */
import type { Localized } from "../i18n";

export function fill(template: Localized, data: Record<string, string | number> = {}): Localized {
  const sub = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
  return { zh: sub(template.zh), en: sub(template.en) };
}

/** A comparator as an officer writes it. */
export { comparatorSymbol } from "../text/comparators";

/** A number as written in a target (no trailing zeros, no exponent). */
export function numberText(v: number | null): string {
  if (v === null) return "";
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(12)));
}
