/** The UI language for every component below the App, and a helper to pick a text in it. */
import { createContext, useContext } from "react";
import { pick, type Lang, type Localized } from "../../core/i18n";

export const LangContext = createContext<Lang>("zh");

export function useLang(): Lang {
  return useContext(LangContext);
}

/** `const t = useT(); t(TEXT.parse)` */
export function useT(): (text: Localized) => string {
  const lang = useLang();
  return (text) => pick(text, lang);
}

/**
 * A rule's title with its code beside it, bracketed as each language brackets: 标点（PUNCT） in the Chinese
 * UI, "Punctuation (PUNCT)" in the English one — the same in 清理, 设置 and the findings filter.
 */
export function withCode(title: string, code: string, lang: Lang): string {
  return lang === "zh" ? `${title}（${code}）` : `${title} (${code})`;
}
