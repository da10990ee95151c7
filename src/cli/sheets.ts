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
  );
  const hidden = hiddenTablesText(null, hiddenSheets, withSheetFlag);
  return new UserError(
    `${name}：${m.zh}${hidden?.zh ?? ""}`,
    `${name}: ${m.en}${hidden ? ` ${hidden.en}` : ""}`,
  );
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

const UNCARRIED_KIND: Record<UncarriedSheet["kind"], Localized> = {
  chart: { zh: "图表工作表", en: "chart sheet" },
  dialog: { zh: "对话框工作表", en: "dialog sheet" },
  macro: { zh: "宏表（Excel 4.0 宏工作表）", en: "Excel 4.0 macro sheet" },
};

/** “图表1”（图表工作表）、… — the sheets a saved copy will not hold. */
function uncarriedList(sheets: readonly UncarriedSheet[]): Localized {
  return {
    zh: sheets.map((s) => `“${s.name}”（${UNCARRIED_KIND[s.kind].zh}）`).join("、"),
    en: sheets.map((s) => `"${s.name}" (${UNCARRIED_KIND[s.kind].en})`).join(", "),
  };
}

/**
 * Said beside a written copy (analyze, compare -o): the input's chart sheets and the like are not in it,
 * since ExcelJS cannot write them. Null when the copy holds every sheet.
 */
export function uncarriedNote(sheets: readonly UncarriedSheet[]): Localized | null {
  if (sheets.length === 0) return null;
  const list = uncarriedList(sheets);
  return {
    zh: `输出文件中没有原文件的工作表${list.zh}：命令行生成文件所用的程序库无法复制这类工作表。原文件未改动，该表请以原文件为准。`,
    en: `The output file does not hold the input's sheet(s) ${list.en}: the library the command line writes files with cannot copy such sheets. The input is unchanged; refer to it for them.`,
  };
}

/** Beside cleanup's dry run: the real run would be refused for these sheets (refuseUncarried). */
export function uncarriedDryRunNote(sheets: readonly UncarriedSheet[]): Localized | null {
  if (sheets.length === 0) return null;
  const list = uncarriedList(sheets);
  return {
    zh: `注意：本文件含有工作表${list.zh}，命令行保存文件时无法保留这类工作表，因此不会写出清理后的文件；请在 Excel 中用本加载项清理，或另存一份删去该工作表的副本。`,
    en: `Note: this file holds the sheet(s) ${list.en}, which the command line cannot keep when it saves, so it will not write a cleaned copy; clean it in Excel with the add-in, or save a copy without those sheets.`,
  };
}

/**
 * cleanup and revert write a copy meant to replace the officer's file: one that silently lost a chart
 * sheet must not be written. Throws, saying why and what to do, when the file holds such sheets.
 */
export function refuseUncarried(
  file: string,
  sheets: readonly UncarriedSheet[],
  what: "cleanup" | "revert",
): void {
  if (sheets.length === 0) return;
  const name = path.basename(file);
  const list = uncarriedList(sheets);
  const [zhDone, enDone, zhWay, enWay] =
    what === "cleanup"
      ? ["清理后", "cleaned", "用本加载项的“一键清理”", "with the add-in's cleanup"]
      : ["撤销后", "reverted", "用本加载项的“撤销清理”", "with the add-in's revert"];
  throw new UserError(
    `${name} 含有工作表${list.zh}，命令行保存文件时无法保留这类工作表，${zhDone}的文件会缺少它，所以没有写出文件。请在 Excel 中${zhWay}（直接在原工作簿中修改，不会丢失工作表），或在 Excel 中另存一份删去该工作表的副本，再对副本运行本命令。`,
    `${name} holds the sheet(s) ${list.en}, which the command line cannot keep when it saves a file: the ${enDone} copy would lack them, so nothing was written. Use Excel ${enWay} (it edits the workbook itself and keeps every sheet), or save a copy without those sheets in Excel and run this command on the copy.`,
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
