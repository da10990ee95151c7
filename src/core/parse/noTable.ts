/**
 * What the parser says when it finds no table. A module of its own, with no imports, so the task pane —
 * which gives this advice once, in its notice — can leave the parser's copy out of its list without
 * loading the engine.
 */
export const NO_TABLE_TEXT = {
  zh: `没有找到绩效目标表：需要包含“项目名称”“绩效指标”或“一级指标/二级指标/三级指标/指标值”等表头，或选中写有指标文字的单元格。`,
  en: `No performance-target table found: expected headers such as 项目名称 and 绩效指标, or 一级指标/二级指标/三级指标/指标值, or cells holding indicator text.`,
};
