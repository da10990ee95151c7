/**
 * What a file holds, from its first bytes, whatever its name says: an .xlsx saved under an .xls name is
 * read, and an old .xls, a password-protected workbook, a web page or a text file saved as .xls or .xlsx
 * each get a message that says what to do. Every command checks files here, so each file gets the same
 * words in each of them. No Node APIs (the browser preview can use it too).
 */
import type { Localized } from "../core/i18n";

export type FileKind =
  | "empty"
  /** A ZIP package: an .xlsx (or another Office Open XML file). */
  | "zip"
  /** An OpenDocument spreadsheet (.ods), as WPS or LibreOffice save it. */
  | "ods"
  /** An OLE compound file: an Excel 97–2003 .xls (or WPS .et). */
  | "xls"
  /** An OLE compound file holding an encrypted workbook: an .xlsx with an opening password. */
  | "encrypted"
  /** A web page, as many systems export "Excel" files. */
  | "html"
  /** Excel 2003 XML (SpreadsheetML). */
  | "xml"
  /** Text: CSV, tab-separated, a note. */
  | "text"
  | "unknown";

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return prefix.every((b, i) => bytes[at + i] === b);
}

/** Whether `bytes` hold `text` written in UTF-16LE (the names inside an OLE file). */
function holdsUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern = Array.from(text).flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * The ASCII characters of `bytes` (every `step`-th byte), anything else as U+FFFD: enough to find the
 * ASCII marks of a format without a text decoder (not every page this runs in has one).
 */
function asciiOf(bytes: Uint8Array, step: number): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += step)
    out += bytes[i] < 0x80 ? String.fromCharCode(bytes[i]) : "\uFFFD";
  return out;
}

/** The kind of a file from its bytes (the whole file: an encrypted one names its stream anywhere). */
export function fileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, OLE)) return holdsUtf16(bytes, "EncryptionInfo") ? "encrypted" : "xls";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // An OpenDocument package stores its type first, uncompressed: "mimetype" then the type.
    return asciiOf(bytes.subarray(30, 30 + 8 + ODS_MIME.length), 1) === `mimetype${ODS_MIME}` ? "ods" : "zip";
  }
  if (startsWith(bytes, [0x50, 0x4b])) return "zip";
  const sample = bytes.subarray(0, 4096);
  // Text has no NUL byte (UTF-8, GBK); UTF-16 text starts with its byte-order mark.
  const utf16 = startsWith(sample, [0xff, 0xfe]) || startsWith(sample, [0xfe, 0xff]);
  if (!utf16 && sample.includes(0)) return "unknown";
  // The marks looked for are ASCII: read the ASCII characters (every other byte of UTF-16).
  const ascii = utf16 ? asciiOf(sample.subarray(sample[0] === 0xff ? 2 : 3), 2) : asciiOf(sample, 1);
  const text = ascii
    .replace(/^\uFFFD+/, "")
    .trimStart()
    .toLowerCase();
  if (text.startsWith("<?xml") && text.includes("urn:schemas-microsoft-com:office:spreadsheet")) return "xml";
  if (/^<(!doctype html|html|table|meta|head|body|style)\b/.test(text) || text.includes("<html"))
    return "html";
  return "text";
}

const SAVE_AS = {
  zh: "请在 Excel 中打开并另存为 .xlsx 后再试。",
  en: "Open it in Excel, save it as .xlsx, and try again.",
};

/** Why a file cannot be read as a workbook, in words an officer can act on; null for an .xlsx package. */
export function fileKindProblem(kind: FileKind, name: string): Localized | null {
  switch (kind) {
    case "zip":
      return null;
    case "empty":
      return {
        zh: `${name}：文件为空（0 字节），可能没有保存完整或下载中断。请重新保存或重新下载后再试。`,
        en: `${name}: the file is empty (0 bytes); it may not have been saved or downloaded completely. Save or download it again and retry.`,
      };
    case "xls":
      return {
        zh: `${name}：这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再试。`,
        en: `${name}: this is an old-format .xls file. Save it as .xlsx in Excel and try again.`,
      };
    case "encrypted":
      return {
        zh: `${name}：该工作簿设有打开密码，无法读取。请在 Excel 中打开，取消密码后另存为 .xlsx 再试。`,
        en: `${name}: the workbook is protected by an opening password and cannot be read. Open it in Excel, remove the password, save it as .xlsx and try again.`,
      };
    case "ods":
      return {
        zh: `${name}：这是 ODS 表格（WPS 或 LibreOffice 格式），不是 .xlsx。请另存为 Excel 工作簿（.xlsx）后再试。`,
        en: `${name}: this is an ODS spreadsheet (WPS or LibreOffice), not an .xlsx. Save it as an Excel workbook (.xlsx) and try again.`,
      };
    case "html":
      return {
        zh: `${name}：这是网页格式（HTML）的表格，只是以 Excel 文件命名（系统导出时常见）。${SAVE_AS.zh}`,
        en: `${name}: this is a web-page (HTML) table under an Excel file name, as many systems export them. ${SAVE_AS.en}`,
      };
    case "xml":
      return {
        zh: `${name}：这是 XML 格式的表格（Excel 2003 XML），不是 .xlsx。${SAVE_AS.zh}`,
        en: `${name}: this is an XML spreadsheet (Excel 2003 XML), not an .xlsx. ${SAVE_AS.en}`,
      };
    case "text":
      return {
        zh: `${name}：这是文本文件（如 .csv），不是 Excel 工作簿。${SAVE_AS.zh}`,
        en: `${name}: this is a text file (such as .csv), not an Excel workbook. ${SAVE_AS.en}`,
      };
    case "unknown":
      return {
        zh: `${name}：不是 Excel 工作簿（.xlsx），无法读取。${SAVE_AS.zh}`,
        en: `${name}: not an Excel workbook (.xlsx); it cannot be read. ${SAVE_AS.en}`,
      };
  }
}

/** An .xlsx package that ExcelJS could not open: cut short, damaged, or another program's ZIP file. */
export function damagedPackageProblem(name: string): Localized {
  return {
    zh: `${name}：文件不完整或已损坏（可能没有下载完整），无法作为 .xlsx 打开。请在 Excel 中打开并重新保存，或重新下载后再试。`,
    en: `${name}: the file is incomplete or damaged (perhaps not fully downloaded) and cannot be opened as an .xlsx. Open and save it again in Excel, or download it again, and retry.`,
  };
}
