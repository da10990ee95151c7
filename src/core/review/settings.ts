/**
 * Review settings: which rules run and their thresholds. Defaults here; the CLI and the task pane change them
 * through `resolveSettings` / `parseRuleList`, which explain bad values in Chinese and English.
 */
import type { Localized } from "../i18n";
import type { ReviewSettings } from "./types";

export const DEFAULT_SETTINGS: ReviewSettings = {
  rules: null,
  satisfactionMin: 80,
  minIndicators: 3,
  budgetYear: null,
};

export function resolveSettings(partial: Partial<ReviewSettings> = {}): ReviewSettings {
  const s: ReviewSettings = { ...DEFAULT_SETTINGS };
  for (const [k, v] of Object.entries(partial))
    if (v !== undefined) (s as unknown as Record<string, unknown>)[k] = v;
  return s;
}

export class SettingsError extends Error {
  constructor(public readonly text: Localized) {
    super(text.en);
  }
}

/** "VAGUE, date-past；RATE-RANGE" → ["VAGUE", "DATE-PAST", "RATE-RANGE"]; unknown codes are an error. */
export function parseRuleList(list: string, known: readonly string[]): string[] {
  const codes = list
    .split(/[\s,，;；、]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
  const unknown = codes.filter((c) => !known.includes(c));
  if (codes.length === 0 || unknown.length > 0) {
    const bad = unknown.join(", ") || list;
    throw new SettingsError({
      zh: `不认识的规则代码：${bad}。可用代码：${known.join(", ")}`,
      en: `Unknown rule code(s): ${bad}. Known codes: ${known.join(", ")}`,
    });
  }
  return [...new Set(codes)];
}

/** A percentage setting such as --satisfaction-min: a number from 0 to 100. */
export function parsePercentSetting(name: string, value: string): number {
  const n = Number(value.replace(/[%％]$/, ""));
  if (value.trim() === "" || !Number.isFinite(n) || n < 0 || n > 100)
    throw new SettingsError({
      zh: `${name} 应为 0 到 100 之间的数字，收到“${value}”。`,
      en: `${name} must be a number from 0 to 100; got "${value}".`,
    });
  return n;
}

/** A year setting such as --budget-year: a four-digit year. */
export function parseYearSetting(name: string, value: string): number {
  const n = Number(value);
  if (!/^\d{4}$/.test(value.trim()) || n < 1990 || n > 2100)
    throw new SettingsError({
      zh: `${name} 应为四位年份（如 2023），收到“${value}”。`,
      en: `${name} must be a four-digit year (e.g. 2023); got "${value}".`,
    });
  return n;
}
