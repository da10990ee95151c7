/** What an action reports after writing (or not yet being able to write) its result sheets. */
import type { WrittenSheet } from "../../core/gateway";
import type { Localized } from "../../core/i18n";
import type { Notice } from "./useRunner";

export const SHEET_NOT_READY: Localized = {
  zh: "结果已显示在下方；这个版本还不能把它写成工作表。",
  en: "The results are shown below; this build cannot write them to a sheet yet.",
};

export function wroteNotice(sheets: WrittenSheet[], extra: Localized[] = []): Notice {
  const names = { zh: sheets.map((s) => s.name).join("、"), en: sheets.map((s) => s.name).join(", ") };
  const head: Localized =
    sheets.length > 0
      ? { zh: `已写入新工作表：${names.zh}`, en: `Written to new sheet(s): ${names.en}` }
      : SHEET_NOT_READY;
  return {
    intent: sheets.length > 0 && extra.length === 0 ? "success" : "warning",
    text: {
      zh: sentences([head.zh, ...extra.map((m) => m.zh)], "。", ""),
      en: sentences([head.en, ...extra.map((m) => m.en)], ".", " "),
    },
  };
}

/** Parts read as sentences: each closed by its full stop unless it already ends in one (已写入新工作表：区域对比。另有 …). */
function sentences(parts: string[], stop: string, gap: string): string {
  return parts.map((p, i) => (i < parts.length - 1 && !/[。！？.!?]$/.test(p) ? p + stop : p)).join(gap);
}
