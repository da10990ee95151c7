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
