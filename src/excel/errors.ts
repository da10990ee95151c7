/**
 * Failures an officer can act on, in plain words. Office's own errors (codes such as ItemNotFound)
 * are translated here so that no stack trace or English-only code reaches the task pane.
 */
import type { Localized } from "../core/i18n";

export class ExcelGatewayError extends Error {
  constructor(public readonly text: Localized) {
    super(`${text.zh}\n${text.en}`);
    this.name = "ExcelGatewayError";
  }
}

/** Excel refuses to read more than this many cells in one range (it returns null past it). */
export const MAX_READ_CELLS = 5_000_000;

export function tooManyCells(cells: number, address: string): ExcelGatewayError {
  const n = cells.toLocaleString("en-US");
  return new ExcelGatewayError({
    zh: `所选区域 ${address} 有 ${n} 个单元格，超过了 Excel 一次能读取的 5,000,000 个单元格。请只选中绩效目标表所在的行和列后重试。`,
    en: `The selection ${address} has ${n} cells, more than the 5,000,000 cells Excel can read at once. Select only the rows and columns of the performance-target table and try again.`,
  });
}

export function sheetNotFound(name: string): ExcelGatewayError {
  return new ExcelGatewayError({
    zh: `找不到工作表“${name}”，它可能已被重命名或删除。`,
    en: `Sheet "${name}" was not found; it may have been renamed or deleted.`,
  });
}

/** A sheet the officer protected: refused before any change, naming the sheet. */
export function protectedSheet(name: string): ExcelGatewayError {
  return new ExcelGatewayError({
    zh: `工作表“${name}”受保护，未做任何修改。请在“审阅”选项卡中撤销工作表保护后重试。`,
    en: `Sheet "${name}" is protected; nothing was changed. Unprotect it (Review tab) and try again.`,
  });
}

/** A workbook whose structure is protected takes no new sheet: refused before any change. */
export function protectedWorkbook(): ExcelGatewayError {
  return new ExcelGatewayError({
    zh: "工作簿结构受保护，无法新建或删除工作表，未做任何修改。请在“审阅”选项卡中取消“保护工作簿”后重试。",
    en: "The workbook's structure is protected, so no sheet can be added or removed; nothing was changed. Unprotect the workbook (Review tab) and try again.",
  });
}

const BY_CODE: Record<string, Localized> = {
  InvalidOperationInCellEditMode: {
    zh: "Excel 正处于单元格编辑状态。请先按 Enter 或 Esc 结束编辑，再重试。",
    en: "Excel is in cell-edit mode. Press Enter or Esc to finish editing, then try again.",
  },
  AccessDenied: {
    zh: "工作簿或工作表受保护，无法写入。请取消保护后重试。",
    en: "The workbook or sheet is protected and cannot be changed. Unprotect it and try again.",
  },
  // The gateway already cuts its requests to stay under the limit: what is left is a single cell or
  // step too large, so the advice is a smaller piece of work, never only "a smaller selection".
  RequestPayloadSizeLimitExceeded: {
    zh: "一次传给 Excel 的数据过多，工作簿未被修改或只完成了一部分。请缩小选区或分几次处理后重试。",
    en: "Too much data for one request to Excel; the workbook was not changed or only partly changed. Select a smaller range or work in smaller parts, then try again.",
  },
  ResponsePayloadSizeLimitExceeded: {
    zh: "Excel 一次返回的数据过多。请缩小选区后重试。",
    en: "Too much data for Excel to return at once. Select a smaller range and try again.",
  },
  ItemNotFound: {
    zh: "找不到要处理的工作表或单元格，它可能已被重命名或删除。",
    en: "The sheet or cell was not found; it may have been renamed or deleted.",
  },
  // Excel's code for many refusals (a name, a value, an address it will not take), not only addresses.
  InvalidArgument: {
    zh: "Excel 拒绝了这次操作的内容（参数无效），工作簿未被修改或只完成了一部分。请重试；如仍失败，请保存工作簿后重新打开。",
    en: "Excel refused what this operation gave it (an invalid argument); the workbook was not changed or only partly changed. Try again; if it still fails, save and reopen the workbook.",
  },
  // Several areas selected with Ctrl, a chart or a shape selected, or a chart sheet active: Excel has no
  // single range to give.
  InvalidSelection: {
    zh: "当前选中的不是一块连续的单元格区域（可能按 Ctrl 选了多块，或选中了图表、图形或图表工作表）。请在绩效目标表所在的工作表上只选中一块区域后重试。",
    en: "The selection is not one continuous range of cells (several areas selected with Ctrl, or a chart, a shape or a chart sheet). Select one range on the sheet of the performance-target table and try again.",
  },
  ItemAlreadyExists: {
    zh: "工作簿中已有同名的工作表或表格，Excel 未能新建。请重试；如仍失败，请重命名同名的工作表后重试。",
    en: "A sheet or table of the same name already exists, so Excel could not add it. Try again; if it still fails, rename the sheet of that name and try again.",
  },
};

const GENERIC: Localized = {
  zh: "Excel 未能完成操作，工作簿未被修改或只完成了一部分。请重试；如仍失败，请保存工作簿后重新打开。",
  en: "Excel could not finish the operation; the workbook was not changed or only partly changed. Try again; if it still fails, save and reopen the workbook.",
};

/** Any thrown value → an ExcelGatewayError with a message an officer understands. */
export function toGatewayError(e: unknown): ExcelGatewayError {
  if (e instanceof ExcelGatewayError) return e;
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  if (typeof code === "string" && BY_CODE[code]) return new ExcelGatewayError(BY_CODE[code]);
  return new ExcelGatewayError(GENERIC);
}
