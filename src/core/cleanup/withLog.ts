/**
 * Cleanup and its log in one go: what 一键清理 and 撤销清理 use where a gateway can offer it, so that
 * Ctrl+Z (Excel with ExcelApi 1.20) takes back the edits and their log lines together. ExcelGateway
 * implements it; the task pane and the ribbon ask for it with hasCleanupWithLog.
 */
import type { LogEntry } from "./types";
import type { Lang, Localized } from "../i18n";

export interface CleanupWithLogResult {
  /** Entries as carried out (declined ones included, unchanged). */
  done: LogEntry[];
  /**
   * Entries not carried out: a cell changed after the cleanup was planned, or a row that must stay
   * (logged as a proposal in `done`, with the reason).
   */
  skipped: LogEntry[];
  /** One message per skipped entry. */
  messages: Localized[];
  /** The log sheet's name, when the log was written. */
  logSheet: string | null;
}

export interface CleanupWithLog {
  /** Whether the whole apply is one Ctrl+Z step in this Excel; otherwise undo is 撤销清理 (the log). */
  readonly cleanupIsOneUndoStep: boolean;
  /**
   * Carries out `entries`, then rewrites 清理日志 as `previousLog` plus the entries as carried out (a new
   * log named in `lang`, an existing one under its name).
   */
  applyCleanupWithLog(
    entries: LogEntry[],
    previousLog: readonly LogEntry[],
    lang?: Lang,
  ): Promise<CleanupWithLogResult>;
}

/** Whether a gateway offers {@link CleanupWithLog}. */
export function hasCleanupWithLog<G extends object>(gateway: G): gateway is G & CleanupWithLog {
  return typeof (gateway as Partial<CleanupWithLog>).applyCleanupWithLog === "function";
}
