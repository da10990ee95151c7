/**
 * The names of the sheets the add-in writes, in the officer's language: a Chinese Office gets 指标明细,
 * 校验结果, 区域对比 and 清理日志 as always, any other Office their English names. One workbook may hold
 * both (an officer switched Office's language, or two officers share the file), so whatever looks a
 * sheet up by name asks here, in both languages.
 */
import type { Lang, Localized } from "../i18n";
import { pick } from "../i18n";

export type ResultSheetKind = "indicators" | "findings" | "compare" | "cleanupLog";

/** Short, and ≤ 31 characters with a " (99)" suffix, so a numbered copy keeps the whole name. */
export const RESULT_SHEET_NAMES: Readonly<Record<ResultSheetKind, Localized>> = {
  indicators: { zh: "指标明细", en: "Indicators" },
  findings: { zh: "校验结果", en: "Review findings" },
  compare: { zh: "区域对比", en: "District comparison" },
  cleanupLog: { zh: "清理日志", en: "Cleanup log" },
};

export function resultSheetName(kind: ResultSheetKind, lang: Lang): string {
  return pick(RESULT_SHEET_NAMES[kind], lang);
}

/** "指标明细 (2)" → "指标明细": the name a numbered copy (uniqueSheetName) was made from. */
function unnumbered(name: string): string {
  return name.replace(/ \(\d+\)$/, "");
}

/**
 * Whether `name` is the sheet `kind`'s name in either language, or a numbered copy of it (Excel compares
 * sheet names without regard to case, and so does this).
 */
export function isResultSheetName(kind: ResultSheetKind, name: string): boolean {
  const base = unnumbered(name).toLowerCase();
  const { zh, en } = RESULT_SHEET_NAMES[kind];
  return base === zh || base === en.toLowerCase();
}

/**
 * Where a sheet stands in the search for the cleanup log: the log named in `lang` first, then the one
 * named in the other language, then their numbered copies, then any other sheet (a log the officer
 * renamed, found by its header row). Lower comes first.
 */
export function cleanupLogRank(name: string, lang: Lang): number {
  const own = resultSheetName("cleanupLog", lang);
  const other = resultSheetName("cleanupLog", lang === "zh" ? "en" : "zh");
  const lower = name.toLowerCase();
  if (lower === own.toLowerCase()) return 0;
  if (lower === other.toLowerCase()) return 1;
  return isResultSheetName("cleanupLog", name) ? 2 : 3;
}

/** `names` in the order the cleanup log is looked for (see cleanupLogRank); a stable sort. */
export function inLogSearchOrder<T>(items: readonly T[], nameOf: (item: T) => string, lang: Lang): T[] {
  return items
    .map((item, i) => ({ item, i, rank: cleanupLogRank(nameOf(item), lang) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.item);
}
