/**
 * What is said when no table is found. A module of its own, with no imports but a type, so the task pane
 * — which gives this advice once, in its notice — can say it, and leave the parser's copy out of its
 * list, without loading the engine.
 */
import type { Localized } from "../i18n";

export const NO_TABLE_TEXT = {
  zh: `没有找到绩效目标表：需要包含“项目名称”“绩效指标”或“一级指标/二级指标/三级指标/指标值”等表头，或选中写有指标文字的单元格。`,
  en: `No performance-target table found: expected headers such as 项目名称 and 绩效指标, or 一级指标/二级指标/三级指标/指标值, or cells holding indicator text.`,
};

/**
 * No table found, in plain words: the one wording of the pane, the ribbon commands and the command line.
 * `where` is what was read — the officer's selection (the pane, the ribbon, the CLI with --range) or a
 * whole sheet (the CLI without it), so a file read whole is not said to have a selection.
 */
export function noTableMessage(sheet: string, where: "selection" | "sheet" = "selection"): Localized {
  const header = {
    zh: "表头里要有“项目名称”和“绩效指标”，或者“一级指标”“二级指标”“三级指标”“指标值”",
    en: "the header needs 项目名称 and 绩效指标, or 一级指标, 二级指标, 三级指标 and 指标值",
  };
  if (where === "sheet")
    return {
      zh: `工作表“${sheet}”里没有找到绩效目标表。表格要连同表头一起：${header.zh}；没有表头时，要读取的单元格里要写着指标。`,
      en: `No performance-target table on sheet "${sheet}". A table is read with its header row: ${header.en}. Without a header, the cells read must hold the indicators.`,
    };
  return {
    zh: `工作表“${sheet}”的所选区域里没有找到绩效目标表。请连同表头选中整张表再试：${header.zh}；也可以只选中写着指标的单元格。`,
    en: `No performance-target table in the selection on sheet "${sheet}". Select the whole table with its header row and try again: ${header.en}. Or select just the cells that hold the indicators.`,
  };
}
