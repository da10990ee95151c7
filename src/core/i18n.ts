/** Every user-facing text exists in Chinese (first) and English. */
export interface Localized {
  zh: string;
  en: string;
}

export type Lang = "zh" | "en";

export function pick(text: Localized, lang: Lang): string {
  return lang === "en" ? text.en : text.zh;
}

/** Office's display language → our UI language: Chinese for any zh-* locale, English otherwise. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^zh\b/i.test(locale) ? "zh" : "en";
}
