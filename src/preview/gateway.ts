/**
 * The preview's gateway: the ExcelJS gateway over the workbook in memory, telling the workbook view what
 * changed — a sheet written, cells cleaned, a cell to go to — so it redraws as Excel would.
 */
import type { Workbook } from "exceljs";
import type { WritePlansOptions } from "../core/gateway";
import type { SheetPlan } from "../core/plan/types";
import type { LogEntry } from "../core/cleanup/types";
import type { Lang } from "../core/i18n";
import { XlsxGateway, type XlsxGatewayOptions } from "../xlsx/gateway";
import type { RenderedSheet } from "../xlsx/render";

export type WorkbookEvent =
  /** Cells or sheets changed; `activate` names a sheet to show (Excel activates a new result sheet). */
  | { type: "changed"; activate?: string }
  /** A finding was clicked in the pane: show the sheet, select the cell, scroll it into view. */
  | { type: "navigate"; sheet: string; cell: string };

export class PreviewGateway extends XlsxGateway {
  private readonly listeners = new Set<(e: WorkbookEvent) => void>();

  constructor(workbook: Workbook, options?: XlsxGatewayOptions) {
    super(workbook, options);
  }

  subscribe(listener: (e: WorkbookEvent) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  private emit(e: WorkbookEvent): void {
    for (const l of this.listeners) l(e);
  }

  override async writePlans(plans: SheetPlan[], options?: WritePlansOptions): Promise<RenderedSheet[]> {
    const written = await super.writePlans(plans, options);
    this.emit({ type: "changed", activate: written[0]?.name });
    return written;
  }

  override async navigate(sheet: string, cell: string): Promise<void> {
    await super.navigate(sheet, cell);
    const sel = this.getSelection();
    if (sel?.range) this.emit({ type: "navigate", sheet: sel.sheet, cell: sel.range });
  }

  override async applyCleanupEntries(entries: LogEntry[]): Promise<LogEntry[]> {
    const done = await super.applyCleanupEntries(entries);
    this.emit({ type: "changed" });
    return done;
  }

  override async writeCleanupLog(log: LogEntry[], lang?: Lang): Promise<void> {
    await super.writeCleanupLog(log, lang);
    this.emit({ type: "changed" });
  }
}
