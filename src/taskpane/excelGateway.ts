/**
 * The one place the Office entry picks the Excel gateway (src/excel is the only code calling Excel.run).
 * Its code travels with the engine (chunk "engine", loaded on first use: shared/onFirstUse.ts), so the
 * pane's first screen does not wait for it; this stand-in loads it on the first call.
 */
import type { WorkbookGateway, WritePlansOptions, WrittenSheet } from "../core/gateway";
import type { Grid } from "../core/grid";
import type { Lang, Localized } from "../core/i18n";
import type { SheetPlan } from "../core/plan/types";
import type { LogEntry } from "../core/cleanup/types";
import type { ReadLogResult } from "../core/cleanup/log";
import type { CleanupWithLogResult } from "../core/cleanup/withLog";
import type { ExcelGateway } from "../excel/gateway";
import { onFirstUse } from "./shared/onFirstUse";

type ExcelModule = typeof import("../excel/gateway");

/**
 * Every member of ExcelGateway the pane uses, each loading the gateway first. A failed load throws
 * EngineLoadError (the pane's plain message), and the next call tries again.
 */
export class LazyExcelGateway implements WorkbookGateway {
  private instance: ExcelGateway | null = null;
  private readonly load: () => Promise<ExcelModule>;

  constructor(
    importer: () => Promise<ExcelModule> = () => import(/* webpackChunkName: "engine" */ "../excel/gateway"),
  ) {
    this.load = onFirstUse(importer);
  }

  private async real(): Promise<ExcelGateway> {
    if (!this.instance) {
      const { ExcelGateway } = await this.load();
      this.instance ??= new ExcelGateway();
    }
    return this.instance;
  }

  async readSelection(): Promise<Grid> {
    return (await this.real()).readSelection();
  }
  async readSheet(name: string): Promise<Grid> {
    return (await this.real()).readSheet(name);
  }
  async listSheets(): Promise<string[]> {
    return (await this.real()).listSheets();
  }
  async writePlans(plans: SheetPlan[], options?: WritePlansOptions): Promise<WrittenSheet[]> {
    return (await this.real()).writePlans(plans, options);
  }
  async navigate(sheet: string, cell: string): Promise<void> {
    return (await this.real()).navigate(sheet, cell);
  }
  async applyCleanupEntries(entries: LogEntry[]): Promise<LogEntry[]> {
    return (await this.real()).applyCleanupEntries(entries);
  }
  /** What hasCleanupWithLog looks for: the edits and their log as one Ctrl+Z step where Excel allows. */
  async applyCleanupWithLog(
    entries: LogEntry[],
    previousLog: readonly LogEntry[],
    lang?: Lang,
  ): Promise<CleanupWithLogResult> {
    return (await this.real()).applyCleanupWithLog(entries, previousLog, lang);
  }
  async readCleanupLog(lang?: Lang): Promise<ReadLogResult> {
    return (await this.real()).readCleanupLog(lang);
  }
  async writeCleanupLog(log: LogEntry[], lang?: Lang): Promise<void> {
    return (await this.real()).writeCleanupLog(log, lang);
  }
  async whyRowsStay(sheet: string, rows: number[]): Promise<Map<number, Localized>> {
    return (await this.real()).whyRowsStay(sheet, rows);
  }
}

export function createPaneGateway(): WorkbookGateway {
  return new LazyExcelGateway();
}
