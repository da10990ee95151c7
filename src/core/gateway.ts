/**
 * The gateway: everything the task pane and the command line need from a workbook. Implemented over
 * Excel (src/excel), over an ExcelJS workbook (src/xlsx) and in the browser preview. Core never calls it.
 */
import type { Lang, Localized } from "./i18n";
import type { Grid } from "./grid";
import type { SheetPlan } from "./plan/types";
import type { LogEntry } from "./cleanup/types";
import type { ReadLogResult } from "./cleanup/log";

export interface WrittenSheet {
  /** The name the sheet got (a suffix is added on a clash). */
  name: string;
  kind: SheetPlan["kind"];
}

export interface WritePlansOptions {
  /** Remove the sheets this add-in created earlier (and only those) before writing. */
  replacePrevious?: boolean;
}

export interface WorkbookGateway {
  /** The selected range; the used range of the active sheet when a single cell is selected. */
  readSelection(): Promise<Grid>;
  /** The used range of a named sheet. */
  readSheet(name: string): Promise<Grid>;
  listSheets(): Promise<string[]>;
  /** Writes each plan to a new sheet; existing sheets are never modified. */
  writePlans(plans: SheetPlan[], options?: WritePlansOptions): Promise<WrittenSheet[]>;
  /** Activates the sheet, then selects the cell. */
  navigate(sheet: string, cell: string): Promise<void>;
  /**
   * Cleanup (optional until each gateway implements it; see docs/notes/cleanup.md). Carries out log
   * entries in order — a cell gets `after` as text, a row is removed ("apply") or re-inserted with its
   * saved values ("revert"); "declined" entries change nothing — as ONE undo step where the host allows.
   * Returns the entries as carried out (a removed row holds every cell of the row).
   */
  applyCleanupEntries?(entries: LogEntry[]): Promise<LogEntry[]>;
  /**
   * Reads the 清理日志 sheet back (found by its header row, named in either language, the officer's
   * `lang` first); no entries when there is none.
   */
  readCleanupLog?(lang?: Lang): Promise<ReadLogResult>;
  /**
   * Replaces the 清理日志 sheet with the whole log (cleanupLogPlan). It must not count as a replaceable
   * output sheet. An existing log keeps its name; a new one is named in `lang` (清理日志 | Cleanup log).
   */
  writeCleanupLog?(log: LogEntry[], lang?: Lang): Promise<void>;
  /**
   * Of the rows a cleanup would remove from a sheet, those that must stay (a reference the host would
   * not move, a merge across the row …), each with the reason; absent where the host moves everything
   * itself (Excel shifts formulas, validations and merges when a row is deleted).
   */
  whyRowsStay?(sheet: string, rows: number[]): Promise<Map<number, Localized>>;
}
