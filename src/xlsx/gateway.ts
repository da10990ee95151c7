/**
 * The workbook gateway over an ExcelJS workbook held in memory: what Excel gives the task pane, given by
 * a workbook the command line loaded from disk or the browser preview built. No Node APIs here.
 */
import type { Workbook, Worksheet } from "exceljs";
import { UserError } from "../cli/io";
import type { WorkbookGateway, WritePlansOptions } from "../core/gateway";
import type { Grid } from "../core/grid";
import type { Lang, Localized } from "../core/i18n";
import { parseA1, parseRange } from "../core/grid";
import type { SheetPlan } from "../core/plan/types";
import type { LogEntry } from "../core/cleanup/types";
import type { ReadLogResult } from "../core/cleanup/log";
import { carryOutEntries, readWorkbookCleanupLog, rowsThatStay, writeWorkbookCleanupLog } from "./cleanup";
import { activeWorksheet, findWorksheet, worksheetToGrid } from "./read";
import { renderPlans, type RenderedSheet } from "./render";

export interface XlsxSelection {
  sheet: string;
  /** A1 range or single cell; absent means "the whole used range of the sheet". */
  range?: string;
}

export interface XlsxGatewayOptions {
  /** What the officer has selected; defaults to the sheet that was active when the file was saved. */
  selection?: XlsxSelection;
}

function isSingleCell(range: string): boolean {
  const b = parseRange(range);
  return b !== null && b.top === b.bottom && b.left === b.right;
}

export class XlsxGateway implements WorkbookGateway {
  private selection: XlsxSelection | undefined;
  /** The sheets written by the last writePlans call, with their chart fallbacks. */
  lastWritten: RenderedSheet[] = [];

  constructor(
    readonly workbook: Workbook,
    options: XlsxGatewayOptions = {},
  ) {
    if (options.selection) this.setSelection(options.selection.sheet, options.selection.range);
  }

  /** The current selection: the sheet and the selected range or cell (as navigate or setSelection left it). */
  getSelection(): XlsxSelection | undefined {
    if (this.selection) return { ...this.selection };
    const ws = activeWorksheet(this.workbook);
    return ws ? { sheet: ws.name } : undefined;
  }

  /** Selects a range (or, without one, the whole sheet) the way a click in Excel would. */
  setSelection(sheet: string, range?: string): void {
    const ws = findWorksheet(this.workbook, sheet);
    if (range !== undefined && !parseRange(range))
      throw new UserError(
        `区域格式不正确：${range}（应如 A1:F40）`,
        `Malformed range: ${range} (expected e.g. A1:F40)`,
      );
    this.selection =
      range === undefined ? { sheet: ws.name } : { sheet: ws.name, range: range.replace(/^.*!/, "") };
  }

  async readSelection(): Promise<Grid> {
    const sel = this.getSelection();
    if (!sel) throw new UserError("工作簿中没有工作表。", "The workbook has no worksheets.");
    const ws = findWorksheet(this.workbook, sel.sheet);
    // One selected cell means "this sheet", as in Excel: read the used range instead.
    if (!sel.range || isSingleCell(sel.range)) return worksheetToGrid(ws);
    return worksheetToGrid(ws, sel.range);
  }

  async readSheet(name: string): Promise<Grid> {
    return worksheetToGrid(findWorksheet(this.workbook, name));
  }

  async listSheets(): Promise<string[]> {
    return this.workbook.worksheets.map((ws: Worksheet) => ws.name);
  }

  async writePlans(plans: SheetPlan[], options?: WritePlansOptions): Promise<RenderedSheet[]> {
    this.lastWritten = renderPlans(this.workbook, plans, options);
    // A removed sheet may have been the selected one.
    if (this.selection && !this.workbook.worksheets.some((ws) => ws.name === this.selection?.sheet))
      this.selection = undefined;
    return this.lastWritten;
  }

  async navigate(sheet: string, cell: string): Promise<void> {
    if (!parseA1(cell))
      throw new UserError(
        `单元格地址不正确：${cell}（应如 B7）`,
        `Malformed cell address: ${cell} (expected e.g. B7)`,
      );
    const ws = findWorksheet(this.workbook, sheet);
    this.selection = { sheet: ws.name, range: cell.replace(/\$/g, "").toUpperCase() };
  }

  /** Carries out cleanup log entries in order (cells get their text, rows are removed or re-inserted). */
  async applyCleanupEntries(entries: LogEntry[]): Promise<LogEntry[]> {
    return carryOutEntries(this.workbook, entries).done;
  }

  async readCleanupLog(lang?: Lang): Promise<ReadLogResult> {
    const { entries, messages } = readWorkbookCleanupLog(this.workbook, lang);
    return { entries, messages };
  }

  /** The rows whose removal ExcelJS could not carry out safely (see whyRowStays), with the reason. */
  async whyRowsStay(sheet: string, rows: number[]): Promise<Map<number, Localized>> {
    return rowsThatStay(this.workbook, findWorksheet(this.workbook, sheet), rows);
  }

  /** Replaces the 清理日志 sheet (found by its header row) with the whole log. */
  async writeCleanupLog(log: LogEntry[], lang?: Lang): Promise<void> {
    writeWorkbookCleanupLog(this.workbook, log, lang);
    // The old log sheet was removed and written anew: a selection on it would point at nothing.
    if (this.selection && !this.workbook.worksheets.some((ws) => ws.name === this.selection?.sheet))
      this.selection = undefined;
  }
}
