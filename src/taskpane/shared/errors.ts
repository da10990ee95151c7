/**
 * Any failure → one sentence an officer can act on, in both languages. Never a stack trace.
 */
import type { Localized } from "../../core/i18n";

export function isLocalized(v: unknown): v is Localized {
  return (
    !!v &&
    typeof v === "object" &&
    typeof (v as Localized).zh === "string" &&
    typeof (v as Localized).en === "string"
  );
}

/** Office.js errors carry a code; these are the ones an officer can do something about. */
const OFFICE_CODES: Record<string, Localized> = {
  InvalidSelection: {
    zh: "当前选区无法读取。请选中一个连续的单元格区域后再试。",
    en: "The current selection cannot be read. Select one continuous range of cells and try again.",
  },
  ItemNotFound: {
    zh: "找不到要操作的工作表或单元格，可能已被删除或改名。",
    en: "The sheet or cell could not be found; it may have been deleted or renamed.",
  },
  AccessDenied: {
    zh: "工作簿处于只读或受保护状态，无法写入。请取消保护后再试。",
    en: "The workbook is read-only or protected, so nothing could be written. Unprotect it and try again.",
  },
  InvalidOperationInCellEditMode: {
    zh: "Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑，再点按钮。",
    en: "Excel is editing a cell. Press Enter or Esc to finish editing, then click the button again.",
  },
  RequestPayloadSizeLimitExceeded: {
    zh: "一次要处理的数据太多。请选中较小的区域后再试。",
    en: "Too much data for one request. Select a smaller range and try again.",
  },
};

export function plainError(e: unknown): Localized {
  if (isLocalized(e)) return { zh: e.zh, en: e.en };
  // ExcelGatewayError and the core's SettingsError carry their bilingual text in `text`.
  const text = e && typeof e === "object" ? (e as { text?: unknown }).text : undefined;
  if (isLocalized(text)) return { zh: text.zh, en: text.en };
  const code = e && typeof e === "object" ? (e as { code?: unknown }).code : undefined;
  if (typeof code === "string" && OFFICE_CODES[code]) return OFFICE_CODES[code];
  const raw = e instanceof Error ? e.message : typeof e === "string" ? e : "";
  // Only the first line: a message must never turn into a stack trace.
  const detail = raw.split("\n")[0].trim().slice(0, 200);
  return detail
    ? { zh: `操作没有完成：${detail}`, en: `The action did not complete: ${detail}` }
    : {
        zh: "操作没有完成，原因不明。请再试一次。",
        en: "The action did not complete for an unknown reason. Please try again.",
      };
}
