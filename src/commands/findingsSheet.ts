/**
 * The 校验结果 sheet the 一键校验 button writes: one row per finding, a link to its cell. A small
 * local builder until core has a shared findings plan (then this file should use that one).
 */
import type { Lang } from "../core/i18n";
import { pick } from "../core/i18n";
import type { SheetPlan } from "../core/plan/types";
import type { Finding, Severity } from "../core/review";

const SEVERITY: Record<Severity, { zh: string; en: string; rank: number }> = {
  error: { zh: "错误", en: "Error", rank: 0 },
  warning: { zh: "警告", en: "Warning", rank: 1 },
  info: { zh: "提示", en: "Note", rank: 2 },
};

export function findingsSheetPlan(findings: Finding[], lang: Lang): SheetPlan {
  const zh = lang === "zh";
  const header = zh
    ? ["级别", "位置", "项目", "指标", "问题", "建议", "依据", "规则"]
    : ["Severity", "Cell", "Project", "Indicator", "Problem", "Suggestion", "Basis", "Rule"];
  const sorted = [...findings].sort(
    (a, b) => SEVERITY[a.severity].rank - SEVERITY[b.severity].rank || a.row - b.row,
  );
  const rows = sorted.map((f) => [
    pick(SEVERITY[f.severity], lang),
    `${f.sheet}!${f.cell}`,
    f.project,
    f.indicator,
    pick(f.message, lang),
    f.fix ? pick(f.fix, lang) : "",
    pick(f.basis, lang),
    f.code,
  ]);
  const last = rows.length + 1;
  return {
    name: zh ? "校验结果" : "Findings",
    kind: "findings",
    values: [header, ...rows],
    columnWidths: [8, 14, 28, 24, 48, 40, 36, 14],
    freeze: { rows: 1, columns: 0 },
    formats: [
      { range: "A1:H1", fill: "#1F4E78", font: { bold: true, color: "#FFFFFF" } },
      ...(rows.length > 0
        ? [{ range: `A2:H${last}`, wrapText: true, verticalAlignment: "top" as const }]
        : []),
    ],
    hyperlinks: sorted.map((f, i) => ({
      cell: `B${i + 2}`,
      sheet: f.sheet,
      target: f.cell,
      tooltip: zh ? "转到该单元格" : "Go to the cell",
    })),
    tables: rows.length > 0 ? [{ name: "校验结果", range: `A1:H${last}`, style: "TableStyleMedium2" }] : [],
  };
}
