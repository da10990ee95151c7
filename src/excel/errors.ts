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

const BY_CODE: Record<string, Localized> = {
  InvalidOperationInCellEditMode: {
    zh: "Excel 正处于单元格编辑状态。请先按 Enter 或 Esc 结束编辑，再重试。",
    en: "Excel is in cell-edit mode. Press Enter or Esc to finish editing, then try again.",
  },
  AccessDenied: {
    zh: "工作簿或工作表受保护，无法写入。请取消保护后重试。",
    en: "The workbook or sheet is protected and cannot be changed. Unprotect it and try again.",
  },
  RequestPayloadSizeLimitExceeded: {
    zh: "一次传给 Excel 的数据过多。请缩小选区后重试。",
    en: "Too much data for one request to Excel. Select a smaller range and try again.",
  },
  ItemNotFound: {
    zh: "找不到要处理的工作表或单元格，它可能已被重命名或删除。",
    en: "The sheet or cell was not found; it may have been renamed or deleted.",
  },
  InvalidArgument: {
    zh: "单元格地址无效。",
    en: "The cell address is not valid.",
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
