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
  /** A PDF document (a table printed to PDF, sent as the "Excel" file). */
  | "pdf"
  /** A picture: PNG, JPEG, GIF, TIFF (a scan or a screenshot of a table). */
  | "picture"
  /** Text: CSV, tab-separated, a note. */
  | "text"
  | "unknown";

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The full signatures of PNG, JPEG, GIF and TIFF files (a shorter match is no proof of a picture). */
const PICTURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38, 0x37, 0x61],
  [0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
  [0x49, 0x49, 0x2a, 0x00],
  [0x4d, 0x4d, 0x00, 0x2a],
];
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
  // A PDF starts "%PDF-" and carries binary bytes that would otherwise read as text.
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf";
  if (PICTURES.some((p) => startsWith(bytes, p))) return "picture";
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
    case "pdf":
      return {
        zh: `${name}：这是 PDF 文件，不是 Excel 工作簿，无法读取。请向报送单位索要 Excel 原表；或把 PDF 中的表格复制粘贴到 Excel，另存为 .xlsx 后再试。`,
        en: `${name}: this is a PDF document, not an Excel workbook; it cannot be read. Ask for the Excel table itself, or copy the table from the PDF into Excel, save it as .xlsx and try again.`,
      };
    case "picture":
      return {
        zh: `${name}：这是图片文件（如扫描件、截图），不是 Excel 工作簿；本工具不能读取图片中的文字。请向报送单位索要 Excel 原表。`,
        en: `${name}: this is a picture (a scan or a screenshot), not an Excel workbook; text in a picture cannot be read. Ask for the Excel table itself.`,
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

/** One file inside a ZIP package, as its central directory lists it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

/**
 * The files a ZIP package holds, from its central directory (names only, nothing decompressed): enough
 * to tell a Word document named .xlsx, or an .xlsx holding sheets ExcelJS cannot carry. Null when the
 * directory cannot be read (a damaged file: ExcelJS then says so).
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const u16 = (at: number) => bytes[at] | (bytes[at + 1] << 8);
  const u32 = (at: number) => (u16(at) | (u16(at + 2) << 16)) >>> 0;
  // The end-of-directory record: its signature within the last 64 KB (a comment may follow it).
  let end = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xffff; i--)
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      end = i;
      break;
    }
  if (end < 0) return null;
  const count = u16(end + 10);
  let at = u32(end + 16);
  const out: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) return null;
    const nameLength = u16(at + 28);
    const extra = u16(at + 30);
    const comment = u16(at + 32);
    let name = "";
    for (let i = 0; i < nameLength; i++) name += String.fromCharCode(bytes[at + 46 + i]);
    out.push({ name, method: u16(at + 10), compressedSize: u32(at + 20), localOffset: u32(at + 42) });
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

/**
 * A ZIP package that is no Excel workbook (nothing under xl/): a Word document or a PowerPoint
 * presentation renamed .xlsx, or any other ZIP file — named for what it is. Null for a workbook.
 */
export function packageProblem(names: readonly string[], name: string): Localized | null {
  if (names.some((n) => n.startsWith("xl/"))) return null;
  if (names.includes("word/document.xml"))
    return {
      zh: `${name}：这是 Word 文档（.docx），不是 Excel 工作簿，只是以 .xlsx 命名。请打开绩效目标表所在的 Excel 文件后再试。`,
      en: `${name}: this is a Word document (.docx) under an Excel file name, not an Excel workbook. Give the Excel file that holds the performance-target table.`,
    };
  if (names.includes("ppt/presentation.xml"))
    return {
      zh: `${name}：这是 PowerPoint 演示文稿（.pptx），不是 Excel 工作簿，只是以 .xlsx 命名。请打开绩效目标表所在的 Excel 文件后再试。`,
      en: `${name}: this is a PowerPoint presentation (.pptx) under an Excel file name, not an Excel workbook. Give the Excel file that holds the performance-target table.`,
    };
  return {
    zh: `${name}：这是一个压缩包（.zip），其中没有 Excel 工作簿内容，不是 .xlsx 文件。请解压后找到绩效目标表所在的 Excel 文件再试。`,
    en: `${name}: this is a ZIP archive holding no Excel workbook, not an .xlsx file. Unpack it and give the Excel file that holds the performance-target table.`,
  };
}

/** A sheet of the package that ExcelJS neither reads nor writes back. */
export interface UncarriedSheet {
  name: string;
  /** "vba": not a sheet but the workbook's VBA project (an .xlsm's macros), named by its part. */
  kind: "chart" | "dialog" | "macro" | "vba";
}

/** The part of a macro-enabled workbook that holds its VBA code: ExcelJS drops it on saving. */
export const VBA_PART = "xl/vbaProject.bin";

/** Where a package keeps the sheets ExcelJS drops, and what each is. */
export const UNCARRIED_FOLDERS: readonly [string, UncarriedSheet["kind"]][] = [
  ["chartsheets/", "chart"],
  ["dialogsheets/", "dialog"],
  ["macrosheets/", "macro"],
];

/** Decodes the five XML entities and numeric references of an attribute value. */
function xmlAttr(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (e[0] !== "#") return named[e.toLowerCase()];
    return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}

/**
 * The sheets of workbook.xml whose relationship (workbook.xml.rels) points at a chart sheet, a dialog
 * sheet or an Excel 4 macro sheet: ExcelJS has no support for these, and a copy it saves has lost them.
 */
export function uncarriedSheets(workbookXml: string, relsXml: string): UncarriedSheet[] {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target);
  }
  const out: UncarriedSheet[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\b\w+:id="([^"]*)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name === undefined || !target) continue;
    const kind = UNCARRIED_FOLDERS.find(([folder]) => target.includes(folder))?.[1];
    if (kind) out.push({ name: xmlAttr(name), kind });
  }
  return out;
}
