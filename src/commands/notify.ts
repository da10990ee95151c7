/**
 * Showing a command's outcome. Function commands have no UI of their own, so the message opens in
 * a small Office dialog (DialogApi 1.1) showing commands.html?zh=…&en=…; the officer closes it.
 * Results themselves are on the new sheet the command wrote and activated.
 */
import type { Lang, Localized } from "../core/i18n";
import { pick } from "../core/i18n";

export function dialogUrl(base: string, text: Localized): string {
  const url = new URL(base);
  url.search = new URLSearchParams({ zh: text.zh, en: text.en }).toString();
  return url.toString();
}

/** Opens the dialog; resolves once it is shown (or could not be). Never throws. */
export function showMessage(text: Localized, _lang: Lang): Promise<void> {
  return new Promise((resolve) => {
    try {
      if (!Office.context?.requirements?.isSetSupported("DialogApi", "1.1")) return resolve();
      const url = dialogUrl(window.location.href.split("?")[0], text);
      Office.context.ui.displayDialogAsync(url, { height: 25, width: 30, displayInIframe: true }, () =>
        resolve(),
      );
    } catch {
      resolve();
    }
  });
}

/** The dialog page: the message in the officer's language, with the other language below. */
export function renderMessagePage(doc: Document, text: Localized, lang: Lang): void {
  doc.title = lang === "zh" ? "绩效目标审核助手" : "Performance Target Reviewer";
  const main = doc.createElement("p");
  main.textContent = pick(text, lang);
  main.style.cssText = "font: 15px/1.5 'Microsoft YaHei', 'PingFang SC', sans-serif; margin: 16px;";
  const other = doc.createElement("p");
  other.textContent = pick(text, lang === "zh" ? "en" : "zh");
  other.style.cssText = "font: 12px/1.5 sans-serif; color: #666; margin: 0 16px;";
  doc.body.append(main, other);
}
