/**
 * ExcelGateway: the WorkbookGateway over Office.js. The only place that calls Excel.run; every
 * failure leaves as an ExcelGatewayError with a Chinese and English message.
 */
import type { WorkbookGateway, WrittenSheet, WritePlansOptions } from "../core/gateway";
import type { Grid } from "../core/grid";
import type { Lang, Localized } from "../core/i18n";
import type { SheetPlan } from "../core/plan/types";
import type { LogEntry } from "../core/cleanup/types";
import type { ReadLogResult } from "../core/cleanup/log";
import type { CleanupRunResult } from "./cleanup";
import type { CleanupWithLog } from "./cleanupWithLog";
import { carryOutInContext, readLogInContext, whyRowsStayInContext, writeLogInContext } from "./cleanup";
import { sheetNotFound, toGatewayError } from "./errors";
import type { ExcelFeatures } from "./features";
import { detectFeatures, undoGroupOptions } from "./features";
import { areaOf, chooseReadArea, loadArea, readArea } from "./read";
import type { CreatedSheetRegistry } from "./registry";
import { DocumentSettingsRegistry } from "./registry";
import { writePlansInContext } from "./write";

export { hasCleanupWithLog, type CleanupWithLog } from "./cleanupWithLog";

/** Excel.run, or a stand-in in tests. */
export type ExcelRunner = <T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  options?: Excel.RunOptions,
) => Promise<T>;

export const officeRunner: ExcelRunner = (batch, options) =>
  options ? Excel.run(options, batch) : Excel.run(batch);

export interface ExcelGatewayOptions {
  run?: ExcelRunner;
  features?: ExcelFeatures;
  registry?: CreatedSheetRegistry;
  /** Largest request in bytes (tests make it small to see several batches). */
  requestLimit?: number;
}

export class ExcelGateway implements WorkbookGateway, CleanupWithLog {
  private readonly run: ExcelRunner;
  private readonly features: ExcelFeatures;
  private readonly registry: CreatedSheetRegistry;
  private readonly requestLimit?: number;

  constructor(options: ExcelGatewayOptions = {}) {
    this.run = options.run ?? officeRunner;
    this.features = options.features ?? detectFeatures();
    this.registry = options.registry ?? new DocumentSettingsRegistry();
    this.requestLimit = options.requestLimit;
  }

  private async guarded<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions) {
    try {
      return await this.run(batch, options);
    } catch (e) {
      throw toGatewayError(e);
    }
  }

  get cleanupIsOneUndoStep(): boolean {
    return this.features.mergeUndoGroup;
  }

  private get cleanupDeps() {
    return { features: this.features, requestLimit: this.requestLimit };
  }

  /**
   * Carries out cleanup entries in order (cells as text, whole rows removed or re-inserted), as one
   * undo step where ExcelApi 1.20 exists. Cells changed since the entries were planned are left alone
   * and are missing from the result (see applyCleanupWithLog for the messages).
   */
  async applyCleanupEntries(entries: LogEntry[]): Promise<LogEntry[]> {
    const result = await this.guarded(
      (context) => carryOutInContext(context, entries, null, this.cleanupDeps),
      undoGroupOptions(this.features),
    );
    return result.done;
  }

  applyCleanupWithLog(
    entries: LogEntry[],
    previousLog: readonly LogEntry[],
    lang?: Lang,
  ): Promise<CleanupRunResult> {
    return this.guarded(
      (context) => carryOutInContext(context, entries, previousLog, { ...this.cleanupDeps, lang }),
      undoGroupOptions(this.features),
    );
  }

  /**
   * Of the rows a cleanup would remove, those revert could not restore as they look (no ExcelApi 1.9
   * or 1.13, more formats than the log keeps, or a merge reaching out of the rows removed): they stay
   * proposals, with the reason. Excel itself moves what sits below a deleted row.
   */
  whyRowsStay(sheet: string, rows: number[]): Promise<Map<number, Localized>> {
    return this.guarded((context) => whyRowsStayInContext(context, sheet, rows, this.features));
  }

  readCleanupLog(lang?: Lang): Promise<ReadLogResult> {
    return this.guarded(async (context) => {
      const { entries, messages } = await readLogInContext(context, this.features, lang);
      return { entries, messages };
    });
  }

  async writeCleanupLog(log: LogEntry[], lang?: Lang): Promise<void> {
    await this.guarded(
      (context) => writeLogInContext(context, log, { ...this.cleanupDeps, lang }),
      undoGroupOptions(this.features),
    );
  }

  readSelection(): Promise<Grid> {
    return this.guarded(async (context) => {
      const selection = context.workbook.getSelectedRange();
      loadArea(selection);
      // The selection is always on the active sheet.
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      const used = sheet.getUsedRangeOrNullObject(true);
      loadArea(used);
      await context.sync();
      const area = chooseReadArea(areaOf(selection), used.isNullObject ? null : areaOf(used));
      return readArea(context, sheet, sheet.name, area);
    });
  }

  readSheet(name: string): Promise<Grid> {
    return this.guarded(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      sheet.load("name");
      await context.sync();
      if (sheet.isNullObject) throw sheetNotFound(name);
      const used = sheet.getUsedRangeOrNullObject(true);
      loadArea(used);
      await context.sync();
      const whole = { rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 };
      const area = used.isNullObject ? whole : areaOf(used);
      return readArea(context, sheet, sheet.name, area);
    });
  }

  listSheets(): Promise<string[]> {
    return this.guarded(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  writePlans(plans: SheetPlan[], options: WritePlansOptions = {}): Promise<WrittenSheet[]> {
    return this.guarded((context) =>
      writePlansInContext(context, plans, options, {
        features: this.features,
        registry: this.registry,
        requestLimit: this.requestLimit,
      }),
    );
  }

  /** Activate, sync, then select: selecting on a sheet that is not yet active fails on some hosts. */
  navigate(sheet: string, cell: string): Promise<void> {
    return this.guarded(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      ws.load("name");
      await context.sync();
      if (ws.isNullObject) throw sheetNotFound(sheet);
      ws.activate();
      await context.sync();
      ws.getRange(cell).select();
      await context.sync();
    });
  }
}
