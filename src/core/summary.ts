/** Human-readable summaries of a parse, for the CLI and the task pane. */
import type { Lang, Localized } from "./i18n";
import type { ParseResult } from "./record";

export function noTableMessage(sheet: string): Localized {
  return {
    zh: `在工作表“${sheet}”的所选区域中没有找到绩效目标表。需要一行表头，包含“项目名称”和“绩效指标”，或“一级指标/二级指标/三级指标/指标值”等列；也可以只选中写有指标文字的单元格。`,
    en: `No performance-target table found in the selection on sheet "${sheet}". Expected a header row with 项目名称 and 绩效指标, or 一级指标/二级指标/三级指标/指标值 columns; or select cells that hold indicator text.`,
  };
}

export function formatParseSummary(result: ParseResult, lang: Lang): string {
  const zh = lang === "zh";
  const lines: string[] = [];
  lines.push(zh ? `表格 ${result.tables.length} 个，项目 ${result.projects.length} 个，指标 ${result.indicators.length} 条。` : `${result.tables.length} table(s), ${result.projects.length} project(s), ${result.indicators.length} indicator(s).`);
  return lines.join("\n");
}
