/**
 * A workbook gateway over grids in memory, for the screenshot harness: the selection is the sample table,
 * result sheets are kept as plans, cleanup edits are carried out with the core's reference implementation.
 */
import type { WorkbookGateway, WrittenSheet } from "../../../src/core/gateway";
import type { Grid } from "../../../src/core/grid";
import type { SheetPlan } from "../../../src/core/plan/types";
import { applyEntriesToGrid, type LogEntry } from "../../../src/core/cleanup";

export class MemoryGateway implements WorkbookGateway {
  plans: SheetPlan[] = [];
  log: LogEntry[] = [];
  navigations: string[] = [];

  constructor(public grid: Grid) {}

  async readSelection(): Promise<Grid> {
    return this.grid;
  }
  async readSheet(name: string): Promise<Grid> {
    if (name === this.grid.sheet) return this.grid;
    const plan = this.plans.find((p) => p.name === name);
    if (!plan) throw { zh: `找不到工作表“${name}”。`, en: `Sheet "${name}" not found.` };
    return { sheet: name, top: 1, left: 1, values: plan.values };
  }
  async listSheets(): Promise<string[]> {
    return [this.grid.sheet, ...this.plans.map((p) => p.name)];
  }
  async writePlans(plans: SheetPlan[]): Promise<WrittenSheet[]> {
    this.plans.push(...plans);
    return plans.map((p) => ({ name: p.name, kind: p.kind }));
  }
  async navigate(sheet: string, cell: string): Promise<void> {
    this.navigations.push(`${sheet}!${cell}`);
  }
  async applyCleanupEntries(entries: LogEntry[]): Promise<LogEntry[]> {
    this.grid = applyEntriesToGrid(this.grid, entries);
    return entries;
  }
  async readCleanupLog() {
    return { entries: this.log, messages: [] };
  }
  async writeCleanupLog(log: LogEntry[]): Promise<void> {
    this.log = log;
  }
}
