/** The preview's own words (the task pane has its own). */
import type { Localized } from "../core/i18n";

const L = (zh: string, en: string): Localized => ({ zh, en });

export const PREVIEW_TEXT = {
  title: L("绩效目标审核助手 · 浏览器预览", "Performance Target Reviewer · browser preview"),
  open: L("打开 .xlsx…", "Open .xlsx…"),
  dropHint: L("也可把 .xlsx 文件拖到本页", "or drop an .xlsx file on this page"),
  dropHere: L("松开鼠标即可打开该工作簿", "Release to open the workbook"),
  loading: L("正在打开示例工作簿…", "Opening the sample workbook…"),
  sampleFailed: L(
    "示例工作簿未能打开。请用“打开 .xlsx…”选择一个工作簿。",
    "The sample workbook could not be opened. Use “Open .xlsx…” to choose a workbook.",
  ),
  workbook: L("工作簿", "Workbook"),
  sheets: L("工作表", "Sheets"),
  pane: L("任务窗格", "Task pane"),
  gridLabel: (sheet: string): Localized =>
    L(
      `工作表“${sheet}”：拖动、Shift+单击或 Shift+方向键选择区域`,
      `Sheet "${sheet}": drag, Shift+click or Shift+arrows to select`,
    ),
  selected: (range: string): Localized => L(`已选择 ${range}`, `Selected ${range}`),
  showMore: L("显示更多行", "Show more rows"),
  opened: (name: string): Localized => L(`已打开：${name}`, `Opened: ${name}`),
};
