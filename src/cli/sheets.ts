/**
 * Which sheets of a workbook the commands read: the officer's visible sheets, never the add-in's own
 * (result sheets, the 清理日志, the originals kept for revert). Every command finds tables the same way,
 * so that a workbook whose active sheet is a cover page reads alike in parse, analyze, compare and
 * cleanup.
 */
import * as path from "path";
import type { Workbook, Worksheet } from "exceljs";
import { UserError } from "./io";
import { parseGrid } from "../core/parse";
import type { ParseResult } from "../core/record";
import type { CompareSource } from "../core/compare";
import type { Localized } from "../core/i18n";
import { noTableMessage } from "../core/summary";
import { findCleanupLogSheet } from "../xlsx/cleanup";
import { worksheetToGrid } from "../xlsx/read";
import { createdSheetNames } from "../xlsx/render";
import { ORIGINALS_SHEET } from "../xlsx/richCells";
import type { UncarriedSheet } from "../xlsx/fileKind";

/** A workbook with no worksheet at all (a program wrote an empty package): the words parse uses. */
export function noWorksheets(file: string): UserError {
  const name = path.basename(file);
  return new UserError(`${name}：工作簿中没有工作表。`, `${name}: the workbook has no worksheets.`);
}

/** The officer's visible sheets, in tab order (the add-in's own sheets left out). */
export function officerSheets(wb: Workbook): Worksheet[] {
  const ours = ourSheetNames(wb);
  return wb.worksheets.filter((ws) => !ours.has(ws.name) && !isHidden(ws));
}

/** The add-in's own sheets: result sheets, the 清理日志, the originals kept for revert. */
function ourSheetNames(wb: Workbook): Set<string> {
  const ours = new Set(createdSheetNames(wb));
  const log = findCleanupLogSheet(wb)?.name;
  if (log !== undefined) ours.add(log);
  ours.add(ORIGINALS_SHEET);
  return ours;
}

function isHidden(ws: Worksheet): boolean {
  return ws.state === "hidden" || ws.state === "veryHidden";
}

/**
 * The officer's hidden sheets (hidden or very hidden) that hold a performance-target table. They are not
 * read unless named with --sheet, but never passed over in silence: a district's table may sit there.
 */
export function hiddenSheetsWithTables(wb: Workbook): Worksheet[] {
  const ours = ourSheetNames(wb);
  return wb.worksheets.filter(
    (ws) => isHidden(ws) && !ours.has(ws.name) && parseGrid(worksheetToGrid(ws)).tables.length > 0,
  );
}

/**
 * "Hidden sheet X holds a table, not read": how to read it is `--sheet X` where the command takes it
 * (parse, compare, cleanup), else unhiding the sheet in Excel (analyze reads every visible sheet).
 */
export function hiddenTablesNote(
  file: string,
  sheets: readonly Worksheet[],
  withSheetFlag: boolean,
): Localized | null {
  return hiddenTablesText(path.basename(file), sheets, withSheetFlag);
}

/**
 * "文件：在工作表……没有找到绩效目标表" for a file none of whose visible sheets holds a table, naming the hidden
 * sheets that do (and how to read them).
 */
export function noTableError(
  wb: Workbook,
  name: string,
  hiddenSheets: readonly Worksheet[],
  withSheetFlag: boolean,
): UserError {
  const m = noTableMessage(
    officerSheets(wb)
      .map((s) => s.name)
      .join("、") || name,
    "sheet",
  );
  const hidden = hiddenTablesText(null, hiddenSheets, withSheetFlag);
  const blank = blankSheetsNote(officerSheets(wb));
  return new UserError(
    `${name}：${blank?.zh ?? ""}${m.zh}${hidden?.zh ?? ""}`,
    `${name}: ${blank ? `${blank.en} ` : ""}${m.en}${hidden ? ` ${hidden.en}` : ""}`,
  );
}

/** Whether a sheet holds no cell with a value (it may hold pictures, which ExcelJS lists apart). */
function isBlankSheet(ws: Worksheet): boolean {
  return ws.actualRowCount === 0 || worksheetToGrid(ws).values.every((r) => r.every((v) => v === null));
}

/**
 * Why no table was found, when the reason is plainer than a missing header: the sheets hold nothing, or
 * only pictures (a scanned table pasted in, which no cell holds as text). Null when a sheet has content.
 */
export function blankSheetsNote(sheets: readonly Worksheet[]): Localized | null {
  if (sheets.length === 0 || !sheets.every(isBlankSheet)) return null;
  const zhNames = sheets.map((s) => `“${s.name}”`).join("、");
  const enNames = sheets.map((s) => `"${s.name}"`).join(", ");
  const [enSheet, enIs, enHold] = sheets.length === 1 ? ["Sheet", "is", "holds"] : ["Sheets", "are", "hold"];
  const pictures = sheets.some((s) => s.getImages().length > 0);
  if (pictures)
    return {
      zh: `工作表${zhNames}的单元格中没有任何文字，只有图片；本工具不能读取图片（如扫描件、截图）中的文字，请向报送单位索要 Excel 原表，或把表格内容以文字填入单元格。`,
      en: `${enSheet} ${enNames} ${enHold} no text in any cell, only pictures; text in a picture (a scan, a screenshot) cannot be read. Ask for the Excel table itself, or type the table into cells.`,
    };
  return {
    zh: `工作表${zhNames}是空的，没有任何填写内容。`,
    en: `${enSheet} ${enNames} ${enIs} empty: no cell holds anything.`,
  };
}

/**
 * A --range that holds nothing: said with the sheet's used area, since a range beyond it (a typo, a range
 * meant for another sheet) otherwise reads as "no table found". Null when the range holds a value.
 */
export function blankRangeNote(
  ws: Worksheet,
  range: string,
  values: readonly (readonly unknown[])[],
): Localized | null {
  if (values.some((r) => r.some((v) => v !== null))) return null;
  if (isBlankSheet(ws)) return blankSheetsNote([ws]);
  const used = ws.dimensions ? ws.dimensions.range : null;
  return {
    zh: `所给区域 ${range} 中没有任何内容${used ? `（工作表“${ws.name}”中填有内容的区域为 ${used}）` : ""}。请核对 --range，或去掉它以读取整个工作表。`,
    en: `The range ${range} holds nothing${used ? ` (sheet "${ws.name}" has content in ${used})` : ""}. Check --range, or leave it out to read the whole sheet.`,
  };
}

/** The same words, without the file's name (for a message that names it already). */
export function hiddenTablesText(
  name: string | null,
  sheets: readonly Worksheet[],
  withSheetFlag: boolean,
): Localized | null {
  if (sheets.length === 0) return null;
  const zhNames = sheets.map((s) => `“${s.name}”`).join("、");
  const enNames = sheets.map((s) => `"${s.name}"`).join(", ");
  const first = quoteArg(sheets[0].name);
  return {
    zh:
      `${name ? `${name}：` : ""}已隐藏的工作表${zhNames}中有绩效目标表，未读取。` +
      (withSheetFlag
        ? `如需读取，请加 --sheet ${first}，或在 Excel 中取消隐藏该工作表。`
        : "如需一并审核，请在 Excel 中取消隐藏该工作表后另存再运行。"),
    en:
      `${name ? `${name}: the` : "The"} hidden sheet(s) ${enNames} hold a performance-target table, not read.` +
      (withSheetFlag
        ? ` To read it, add --sheet ${first}, or unhide the sheet in Excel.`
        : " To review it too, unhide the sheet in Excel, save, and run again."),
  };
}

export interface SheetTables {
  sheet: Worksheet;
  result: ParseResult;
}

/** The officer's sheets that hold a performance-target table, each with its parse (`skip` left out). */
export function sheetsWithTables(wb: Workbook, skip?: Worksheet): SheetTables[] {
  const out: SheetTables[] = [];
  for (const sheet of officerSheets(wb)) {
    if (sheet === skip) continue;
    const result = parseGrid(worksheetToGrid(sheet));
    if (result.tables.length > 0) out.push({ sheet, result });
  }
  return out;
}

/**
 * A file's sheets holding tables as the comparison's sources: one per sheet, labelled "file · sheet" when
 * there are several. compare and analyze both build their sources here, so that they place a file's
 * entries alike (each sheet's name is read as a district's where the districts stand a sheet each).
 */
export function compareSources(file: string, found: readonly SheetTables[]): CompareSource[] {
  const name = path.basename(file);
  return found.map(({ sheet, result }) => ({
    label: found.length > 1 ? `${name} · ${sheet.name}` : name,
    projects: result.projects,
    indicators: result.indicators,
  }));
}

/** "The tables are on sheets …; add --sheet NAME", for a sheet that holds none. */
export function tablesElsewhereHint(sheets: readonly Worksheet[]): Localized | null {
  if (sheets.length === 0) return null;
  const names = sheets.map((s) => s.name);
  return {
    zh: `绩效目标表在工作表：${names.join("、")}。请加 --sheet 名称 指定，如 --sheet ${quoteArg(names[0])}。`,
    en: `The performance-target tables are on sheet(s): ${names.join(", ")}. Add --sheet NAME, e.g. --sheet ${quoteArg(names[0])}.`,
  };
}

/** A sheet name as typed on the command line (quoted when it holds spaces or shell characters). */
function quoteArg(name: string): string {
  return /^[^\s"'`$&|;<>()\\*?!#~]+$/.test(name) ? name : `"${name.replace(/(["\\$`])/g, "\\$1")}"`;
}

/**
 * The note naming the hidden rows and columns read inside the tables (hidden by hand, or rows a filter
 * leaves out), as the parser wrote it (core/parse/messages.ts): printed apart from the summary where
 * messages are not. Null when the tables have none.
 */
export function hiddenNote(result: ParseResult): Localized | null {
  return result.messages.find((m) => m.code === "HIDDEN-PARTS")?.text ?? null;
}

/**
 * The warning naming a table's cells that hold an Excel error value (#REF!, #N/A), read as blank: analyze
 * prints it beside its summary, since a finding on such a cell (no goal, no indicator) has this cause.
 */
export function errorValuesNote(result: ParseResult): Localized | null {
  const m = result.messages.find((x) => x.code === "ERROR-VALUES");
  if (!m) return null;
  return m.sheet
    ? { zh: `工作表“${m.sheet}”：${m.text.zh}`, en: `Sheet "${m.sheet}": ${m.text.en}` }
    : m.text;
}

const UNCARRIED_KIND: Record<Exclude<UncarriedSheet["kind"], "vba">, Localized> = {
  chart: { zh: "图表工作表", en: "chart sheet" },
  dialog: { zh: "对话框工作表", en: "dialog sheet" },
  macro: { zh: "宏表（Excel 4.0 宏工作表）", en: "Excel 4.0 macro sheet" },
};

/**
 * 工作表“图表1”（图表工作表）、…、宏（VBA 代码） — what a saved copy will not hold, and the words for
 * it ("这类工作表" when only sheets, as before; "这些内容" once an .xlsm's macros are among them).
 */
function uncarriedList(items: readonly UncarriedSheet[]): { list: Localized; what: Localized; vba: boolean } {
  const sheets = items.filter(
    (s): s is UncarriedSheet & { kind: Exclude<UncarriedSheet["kind"], "vba"> } => s.kind !== "vba",
  );
  const vba = items.some((s) => s.kind === "vba");
  const zh: string[] = [];
  const en: string[] = [];
  if (sheets.length > 0) {
    zh.push("工作表" + sheets.map((s) => `“${s.name}”（${UNCARRIED_KIND[s.kind].zh}）`).join("、"));
    en.push("the sheet(s) " + sheets.map((s) => `"${s.name}" (${UNCARRIED_KIND[s.kind].en})`).join(", "));
  }
  if (vba) {
    zh.push("宏（VBA 代码）");
    en.push("VBA macros");
  }
  return {
    list: { zh: zh.join("和"), en: en.join(" and ") },
    what: vba ? { zh: "这些内容", en: "these" } : { zh: "这类工作表", en: "such sheets" },
    vba,
  };
}

/**
 * Said beside a written copy (analyze, compare -o): the input's chart sheets and the like are not in it,
 * since ExcelJS cannot write them. Null when the copy holds every sheet.
 */
export function uncarriedNote(sheets: readonly UncarriedSheet[]): Localized | null {
  if (sheets.length === 0) return null;
  const { list, what, vba } = uncarriedList(sheets);
  return {
    zh: `输出文件中没有原文件的${list.zh}：命令行生成文件所用的程序库无法复制${what.zh}。原文件未改动，${vba ? what.zh : "该表"}请以原文件为准。`,
    en: `The output file does not hold the input's ${list.en.replace(/^the /, "")}: the library the command line writes files with cannot copy ${what.en}. The input is unchanged; refer to it for them.`,
  };
}

/** Beside cleanup's dry run: the real run would be refused for these sheets (refuseUncarried). */
export function uncarriedDryRunNote(sheets: readonly UncarriedSheet[]): Localized | null {
  if (sheets.length === 0) return null;
  const { list, what, vba } = uncarriedList(sheets);
  return {
    zh: `注意：本文件含有${list.zh}，命令行保存文件时无法保留${what.zh}，因此不会写出清理后的文件；请在 Excel 中用本加载项清理，或另存一份删去${what.zh}的副本。`,
    en: `Note: this file holds ${list.en}, which the command line cannot keep when it saves, so it will not write a cleaned copy; clean it in Excel with the add-in, or save a copy without ${vba ? "them" : "those sheets"}.`,
  };
}

/**
 * cleanup and revert write a copy meant to replace the officer's file: one that silently lost a chart
 * sheet (or an .xlsm's macros) must not be written. Throws, saying why and what to do, when the file
 * holds such parts.
 */
export function refuseUncarried(
  file: string,
  sheets: readonly UncarriedSheet[],
  what: "cleanup" | "revert",
): void {
  if (sheets.length === 0) return;
  const name = path.basename(file);
  const { list, what: kind, vba } = uncarriedList(sheets);
  const [zhDone, enDone, zhWay, enWay] =
    what === "cleanup"
      ? ["清理后", "cleaned", "用本加载项的“一键清理”", "with the add-in's cleanup"]
      : ["撤销后", "reverted", "用本加载项的“撤销清理”", "with the add-in's revert"];
  const keeps = vba ? "不会丢失工作表或宏" : "不会丢失工作表";
  const enKeeps = vba ? "keeps every sheet and macro" : "keeps every sheet";
  throw new UserError(
    `${name} 含有${list.zh}，命令行保存文件时无法保留${kind.zh}，${zhDone}的文件会缺少它，所以没有写出文件。请在 Excel 中${zhWay}（直接在原工作簿中修改，${keeps}），或在 Excel 中另存一份删去${vba ? "这些内容" : "该工作表"}的副本，再对副本运行本命令。`,
    `${name} holds ${list.en}, which the command line cannot keep when it saves a file: the ${enDone} copy would lack them, so nothing was written. Use Excel ${enWay} (it edits the workbook itself and ${enKeeps}), or save a copy without ${vba ? "them" : "those sheets"} in Excel and run this command on the copy.`,
  );
}

/**
 * A table found but nothing under its header (a template sent back unfilled, a paste that lost its rows):
 * an error the officer must fix, not an empty result. Null when the tables hold a project or an indicator.
 */
export function headerOnlyError(file: string, result: ParseResult): UserError | null {
  if (result.tables.length === 0 || result.projects.length > 0 || result.indicators.length > 0) return null;
  const name = path.basename(file);
  const where = result.tables.map((t) => ({ sheet: t.sheet, row: t.headerRow }));
  const zh = where.map((w) => `工作表“${w.sheet}”${w.row !== null ? `第 ${w.row} 行` : ""}`).join("、");
  const en = where.map((w) => `sheet "${w.sheet}"${w.row !== null ? ` row ${w.row}` : ""}`).join(", ");
  return new UserError(
    `${name}：绩效目标表只有表头（${zh}），表头下没有项目或指标，没有可读取的内容。请确认表格已填写完整（粘贴时是否漏了表头下的行），或用 --sheet 指定表格所在的工作表。`,
    `${name}: the performance-target table has a header (${en}) but no rows under it: no project or indicator to read. Check that the table was filled in (or pasted whole), or name the sheet that holds it with --sheet.`,
  );
}
