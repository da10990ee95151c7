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
import { findCleanupLogSheet } from "../xlsx/cleanup";
import { worksheetToGrid } from "../xlsx/read";
import { createdSheetNames } from "../xlsx/render";
import { ORIGINALS_SHEET } from "../xlsx/richCells";

/** A workbook with no worksheet at all (a program wrote an empty package): the words parse uses. */
export function noWorksheets(file: string): UserError {
  const name = path.basename(file);
  return new UserError(`${name}：工作簿中没有工作表。`, `${name}: the workbook has no worksheets.`);
}

/** The officer's visible sheets, in tab order (the add-in's own sheets left out). */
export function officerSheets(wb: Workbook): Worksheet[] {
  const ours = new Set(createdSheetNames(wb));
  const log = findCleanupLogSheet(wb)?.name;
  if (log !== undefined) ours.add(log);
  ours.add(ORIGINALS_SHEET);
  return wb.worksheets.filter(
    (ws) => !ours.has(ws.name) && ws.state !== "hidden" && ws.state !== "veryHidden",
  );
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
