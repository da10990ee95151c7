/**
 * The disk side of the ExcelJS gateway (Node only): loading and saving .xlsx files, and writing a copy
 * of a workbook with the add-in's output sheets. Everything else in src/xlsx stays browser-safe.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { UserError } from "../cli/io";
import type { WritePlansOptions } from "../core/gateway";
import type { SheetPlan } from "../core/plan/types";
import { renderPlans, type RenderedSheet } from "./render";
import * as zlib from "zlib";
import {
  damagedPackageProblem,
  fileKind,
  fileKindProblem,
  packageProblem,
  UNCARRIED_FOLDERS,
  uncarriedSheets,
  VBA_PART,
  zipEntries,
  type UncarriedSheet,
  type ZipEntry,
} from "./fileKind";
import { writeWholeParts } from "./zipText";
import { writeXlsxBuffer } from "./textEscape";
import { type Localized } from "../core/i18n";

// A character beyond U+FFFF is written as it is, wherever it falls in a part (zipText.ts).
writeWholeParts();

/**
 * Loads a workbook, with clear messages for a missing file or one that is not an .xlsx. What the file
 * holds decides, not its name (fileKind.ts): an .xlsx saved as .xls is read; an old .xls, a text file
 * or a web page named .xlsx is named for what it is, in the same words in every command.
 */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  if (!fs.existsSync(file)) throw new UserError(`找不到文件：${file}`, `File not found: ${file}`);
  if (fs.statSync(file).isDirectory())
    throw new UserError(
      `这是一个文件夹，不是 .xlsx 文件：${file}`,
      `This is a folder, not an .xlsx file: ${file}`,
    );
  const name = path.basename(file);
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(file);
  } catch {
    throw new UserError(
      `无法读取 ${name}：没有读取权限，或文件正被其他程序占用。`,
      `Cannot read ${name}: no permission, or another program holds the file.`,
    );
  }
  const problem = fileKindProblem(fileKind(bytes), name);
  if (problem) throw new UserError(problem.zh, problem.en);
  // A Word document or another ZIP file named .xlsx: said for what it is, not "a workbook with no sheets".
  const entries = zipEntries(bytes);
  const notWorkbook = entries
    ? packageProblem(
        entries.map((e) => e.name),
        name,
      )
    : null;
  if (notWorkbook) throw new UserError(notWorkbook.zh, notWorkbook.en);
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS takes the bytes as an ArrayBuffer (its own Buffer type).
    await wb.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ExcelJS.Buffer,
    );
  } catch {
    const damaged = damagedPackageProblem(name);
    throw new UserError(damaged.zh, damaged.en);
  }
  if (entries && wb.worksheets.length === 0 && listsSheets(bytes, entries)) {
    // workbook.xml names sheets whose parts are missing: a damaged file, not "a workbook without sheets".
    const damaged = damagedPackageProblem(name);
    throw new UserError(damaged.zh, damaged.en);
  }
  if (entries?.some((e) => UNCARRIED_FOLDERS.some(([folder]) => e.name.startsWith(`xl/${folder}`))))
    uncarried.set(wb, readUncarried(bytes, entries));
  // An .xlsm's macros: ExcelJS reads the sheets but writes no VBA project, so a copy would lose them.
  if (entries?.some((e) => e.name === VBA_PART))
    uncarried.set(wb, [...sheetsNotCarried(wb), { name: VBA_PART, kind: "vba" }]);
  return wb;
}

/** The sheets of each loaded workbook that ExcelJS dropped when it read the file (chart sheets …). */
const uncarried = new WeakMap<ExcelJS.Workbook, UncarriedSheet[]>();

/**
 * The sheets of the file `wb` was loaded from that a copy saved by the command line will not hold: chart
 * sheets, dialog sheets and Excel 4 macro sheets, which ExcelJS neither reads nor writes, and an .xlsm's
 * VBA macros (kind "vba"). Empty for most.
 */
export function sheetsNotCarried(wb: ExcelJS.Workbook): readonly UncarriedSheet[] {
  return uncarried.get(wb) ?? [];
}

/** One part of the package, decompressed; null where it cannot be read. */
function zipPart(bytes: Buffer, entries: readonly ZipEntry[], name: string): string | null {
  const e = entries.find((x) => x.name === name);
  if (!e) return null;
  try {
    const start =
      e.localOffset + 30 + bytes.readUInt16LE(e.localOffset + 26) + bytes.readUInt16LE(e.localOffset + 28);
    const data = bytes.subarray(start, start + e.compressedSize);
    if (e.method === 0) return data.toString("utf8");
    if (e.method === 8) return zlib.inflateRawSync(data).toString("utf8");
  } catch {
    // Unreadable: the folders alone name what is lost (below).
  }
  return null;
}

/** Whether the package's workbook.xml lists a worksheet (not only chart sheets and the like). */
function listsSheets(bytes: Buffer, entries: readonly ZipEntry[]): boolean {
  const book = zipPart(bytes, entries, "xl/workbook.xml");
  if (book === null) return false;
  const listed = (book.match(/<(?:\w+:)?sheet\b/g) ?? []).length;
  const rels = zipPart(bytes, entries, "xl/_rels/workbook.xml.rels");
  return listed > (rels ? uncarriedSheets(book, rels).length : 0);
}

function readUncarried(bytes: Buffer, entries: readonly ZipEntry[]): UncarriedSheet[] {
  const book = zipPart(bytes, entries, "xl/workbook.xml");
  const rels = zipPart(bytes, entries, "xl/_rels/workbook.xml.rels");
  const named = book && rels ? uncarriedSheets(book, rels) : [];
  if (named.length > 0) return named;
  // The sheets' names could not be read: name the parts instead.
  return entries.flatMap((e) => {
    const kind = UNCARRIED_FOLDERS.find(
      ([f]) => e.name.startsWith(`xl/${f}`) && e.name.endsWith(".xml"),
    )?.[1];
    return kind && !e.name.includes("/_rels/") ? [{ name: e.name, kind }] : [];
  });
}

/** Why a file could not be written (from Node's error code), in words an officer can act on. */
export function saveErrorMessage(file: string, err: unknown): UserError {
  const code = (err as { code?: string } | null)?.code;
  const dir = path.dirname(path.resolve(file));
  switch (code) {
    case "ENOENT":
      return new UserError(
        `无法保存 ${file}：文件夹 ${dir} 不存在。`,
        `Cannot save ${file}: the folder ${dir} does not exist.`,
      );
    case "EISDIR":
      return new UserError(
        `无法保存 ${file}：这是一个文件夹。请给出文件名，如 结果.xlsx。`,
        `Cannot save ${file}: it is a folder. Give a file name such as result.xlsx.`,
      );
    case "EACCES":
    case "EPERM":
    case "EBUSY":
      return new UserError(
        `无法保存 ${file}：没有写入权限，或文件正在 Excel 中打开。请关闭该文件或换一个文件名后重试。`,
        `Cannot save ${file}: no permission, or the file is open in Excel. Close it or choose another name, then try again.`,
      );
    case "ENOSPC":
      return new UserError(`无法保存 ${file}：磁盘空间不足。`, `Cannot save ${file}: the disk is full.`);
    default:
      return new UserError(`无法保存 ${file}。`, `Cannot save ${file}.`);
  }
}

/**
 * Said when the output file is already there (an earlier result, or a file given by mistake): it is
 * replaced, and the officer must hear so rather than find it gone. Asked before saving; null for a new file.
 */
export function replacedNote(output: string): Localized | null {
  let isFile = false;
  try {
    isFile = fs.statSync(output).isFile();
  } catch {
    return null;
  }
  if (!isFile) return null;
  const name = path.basename(output);
  return {
    zh: `注意：已有同名文件 ${name}，已被新文件替换。`,
    en: `Note: a file named ${name} was already there; it has been replaced.`,
  };
}

/** Refuses an output name not ending in .xlsx, naming the name to use instead. */
export function requireXlsxName(output: string): void {
  const base = path.basename(output);
  if (/\.xlsx$/i.test(base)) return;
  const ext = path.extname(base);
  const stem = ext ? base.slice(0, -ext.length) : base;
  const zhWhat = ext ? `扩展名 ${ext}` : "没有扩展名";
  const enWhat = ext ? `ends in ${ext}` : "has no extension";
  throw new UserError(
    `输出文件名 ${base} ${zhWhat}：命令行写出的是 .xlsx 工作簿（不含宏），以其他扩展名保存时 Excel 会提示文件格式或扩展名无效而无法打开。请改用 .xlsx，如 -o ${stem || "结果"}.xlsx。未写出文件。`,
    `The output name ${base} ${enWhat}: the command line writes an .xlsx workbook (without macros), which Excel refuses to open under another extension. Use .xlsx, e.g. -o ${stem || "result"}.xlsx. Nothing was written.`,
  );
}

/**
 * Writes the workbook to `file`; any failure becomes one clear bilingual message. Returns the note that an
 * existing file was replaced (replacedNote, asked before the write), or null: every command that saves says it.
 */
export async function saveWorkbook(wb: ExcelJS.Workbook, file: string): Promise<Localized | null> {
  const replaced = replacedNote(file);
  let data: Buffer;
  try {
    // Every text as Excel stores it, CR LF line breaks included (textEscape.ts): the file reads back exactly.
    data = Buffer.from(await writeXlsxBuffer(wb));
  } catch {
    throw new UserError(`无法生成工作簿 ${file}。`, `Could not build the workbook ${file}.`);
  }
  try {
    // Build in memory first, then write once: a failed save never leaves half a file behind.
    await fs.promises.writeFile(file, data);
  } catch (err) {
    throw saveErrorMessage(file, err);
  }
  return replaced;
}

/** The path as the disk knows it (through links); the path itself where the disk cannot say. */
export function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

/** Whether two paths name one file (also through a symbolic link). */
function sameFile(a: string, b: string): boolean {
  const ra = path.resolve(a);
  const rb = path.resolve(b);
  return ra === rb || (fs.existsSync(rb) && realPath(ra) === realPath(rb));
}

/**
 * The output file must be new: the officer's originals stay untouched, whatever path names them. And it
 * must be named .xlsx, since an .xlsx is what is written: under .csv or .xlsm Excel refuses to open it
 * ("the file format or extension is not valid").
 */
export function requireNewOutput(output: string, inputs: readonly string[]): void {
  requireXlsxName(output);
  if (inputs.some((input) => sameFile(input, output)))
    throw new UserError(
      `输出文件不能与输入文件相同（${output}）：原文件必须保持不变。请换一个输出文件名。`,
      `The output file must differ from the input (${output}): the original stays untouched. Choose another output name.`,
    );
}

/**
 * The input workbook plus new sheets rendered from `plans`, saved as `outPath`. The input file is never
 * written, and its sheets are never modified. Returns the sheets added (with any chart fallbacks) and the
 * input's sheets the copy does not hold (chart sheets …, which ExcelJS cannot write): the command says so
 * rather than claim every original sheet is kept. And `replaced`, saveWorkbook's note that `outPath` was there.
 */
export async function copyWithPlans(
  inputPath: string,
  outPath: string,
  plans: SheetPlan[],
  options: WritePlansOptions = {},
): Promise<{ written: RenderedSheet[]; notCarried: readonly UncarriedSheet[]; replaced: Localized | null }> {
  requireNewOutput(outPath, [inputPath]);
  const wb = await loadWorkbook(inputPath);
  const written = renderPlans(wb, plans, options);
  const replaced = await saveWorkbook(wb, outPath);
  return { written, notCarried: sheetsNotCarried(wb), replaced };
}
