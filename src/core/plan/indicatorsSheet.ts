/**
 * The 指标明细 sheet: one row per indicator, as an Excel table with filters and a frozen header, each row
 * linked back to its source cell. Data only; a gateway renders it.
 */
import { pick, type Lang } from "../i18n";
import type { IndicatorKind, IndicatorRecord } from "../record";
import type { Finding } from "../review/types";
import { label } from "../review/indicator";
import type { PlanFormat, PlanHyperlink, PlanValue, SheetPlan } from "./types";
import { localSource, type SourceRef } from "./source";
import { comparatorSymbol } from "../text/comparators";
import { estimateRowHeights } from "./rowHeights";
import { resultPageSetup } from "./pageSetup";
import { RESULT_SHEET_NAMES, resultSheetName } from "./sheetNames";

/** The sheet's Chinese name; an English sheet is named by resultSheetName("indicators", "en"). */
export const INDICATORS_SHEET_NAME = RESULT_SHEET_NAMES.indicators.zh;

/** Widths keep the sheet about one landscape page wide; the long texts wrap (see `wrap`). */
const HEADERS = [
  { zh: "项目", en: "Project", width: 30, wrap: true },
  { zh: "区", en: "District", width: 7 },
  { zh: "一级指标", en: "Level 1", width: 11 },
  { zh: "二级指标", en: "Level 2", width: 20 },
  { zh: "指标名称", en: "Indicator", width: 26, wrap: true },
  { zh: "比较符", en: "Comparator", width: 7 },
  { zh: "目标值", en: "Target", width: 9 },
  { zh: "上限", en: "Upper bound", width: 7 },
  { zh: "单位", en: "Unit", width: 8 },
  { zh: "类型", en: "Kind", width: 6 },
  { zh: "原文", en: "Original text", width: 48, wrap: true },
  { zh: "来源", en: "Source", width: 22 },
  { zh: "问题", en: "Findings", width: 16, wrap: true },
];

const KIND_LABEL: Record<IndicatorKind, { zh: string; en: string }> = {
  quantitative: { zh: "定量", en: "number" },
  qualitative: { zh: "定性", en: "words" },
  date: { zh: "时间", en: "date" },
  empty: { zh: "未填", en: "empty" },
};

/** The sheet's 比较符 column: the symbols officers write (区间 is "range" in English). */
const COMPARATOR_LABEL = (c: string, lang: Lang): string =>
  c === "between" && lang === "en" ? "range" : comparatorSymbol(c);

export interface IndicatorsSheetOptions {
  lang?: Lang;
  /** Findings, to list each indicator's codes in the 问题 column. */
  findings?: readonly Finding[];
  /** Where each record came from (default: its own sheet and cell in this workbook). */
  sourceOf?: (r: IndicatorRecord, index: number) => SourceRef;
}

/** The written 二级, or the inferred one marked as such. */
export function level2Label(r: IndicatorRecord, lang: Lang = "zh"): string {
  if (r.level2) return r.level2;
  if (r.level2Inferred)
    return lang === "en" ? `${r.level2Inferred} (inferred)` : `${r.level2Inferred}（推断）`;
  return "";
}

export function indicatorsSheetPlan(
  records: readonly IndicatorRecord[],
  options: IndicatorsSheetOptions = {},
): SheetPlan {
  const lang = options.lang ?? "zh";
  const sourceOf = options.sourceOf ?? ((r: IndicatorRecord) => localSource(r.sheet, r.cell));
  const codes = new Map<string, string[]>();
  for (const f of options.findings ?? []) {
    if (!f.indicator) continue;
    const key = `${f.projectId}|${f.sheet}|${f.cell}|${f.indicator}`;
    const list = codes.get(key) ?? [];
    if (!list.includes(f.code)) list.push(f.code);
    codes.set(key, list);
  }
  const values: PlanValue[][] = [HEADERS.map((h) => pick(h, lang))];
  const hyperlinks: PlanHyperlink[] = [];
  records.forEach((r, i) => {
    const row = i + 2;
    const src = sourceOf(r, i);
    const name = r.name || r.text;
    values.push([
      r.project,
      r.district ?? "",
      r.level1 ?? "",
      level2Label(r, lang),
      name,
      r.comparator ? COMPARATOR_LABEL(r.comparator, lang) : "",
      r.value,
      r.valueMax,
      r.unit,
      pick(KIND_LABEL[r.kind], lang),
      r.text,
      src.label,
      (codes.get(`${r.projectId}|${r.sheet}|${r.cell}|${label(r)}`) ?? []).join(", "),
    ]);
    if (src.sheet !== null)
      hyperlinks.push({ cell: `L${row}`, sheet: src.sheet, target: src.cell, tooltip: src.label });
  });
  const last = records.length + 1;
  const formats: PlanFormat[] = [{ range: "A1:M1", font: { bold: true }, verticalAlignment: "center" }];
  if (records.length > 0) {
    formats.push(
      { range: `A2:F${last}`, numberFormat: "@" },
      { range: `G2:H${last}`, numberFormat: "General" },
      { range: `I2:M${last}`, numberFormat: "@" },
      { range: `A2:M${last}`, verticalAlignment: "top" },
    );
    // Long texts wrap; the rows get heights below, as LibreOffice does not grow them by itself.
    HEADERS.forEach((h, c) => {
      const col = String.fromCharCode(65 + c);
      if (h.wrap) formats.push({ range: `${col}2:${col}${last}`, wrapText: true });
    });
  }
  const plan: SheetPlan = {
    name: resultSheetName("indicators", lang),
    kind: "indicators",
    tabColor: "#4472C4",
    values,
    columnWidths: HEADERS.map((h) => h.width),
    freeze: { rows: 1, columns: 0 },
    formats,
    hyperlinks,
    tables:
      records.length > 0
        ? [{ name: "IndicatorDetails", range: `A1:M${last}`, style: "TableStyleMedium2", showFilter: true }]
        : [],
    pageSetup: resultPageSetup({ lang, titleRow: 1 }),
  };
  return { ...plan, rowHeights: estimateRowHeights(plan) };
}
