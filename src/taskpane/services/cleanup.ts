/**
 * Cleanup adapter: the core cleanup (src/core/cleanup) in the pane's terms. Cleanup changes cells, which
 * takes a gateway with the optional cleanup members (applyCleanupEntries, writeCleanupLog); with any
 * other gateway the preview still works and 应用 says plainly why it cannot.
 */
import type { WorkbookGateway } from "../../core/gateway";
import type { CellValue, Grid } from "../../core/grid";
import { cellAt } from "../../core/grid";
import type { Lang, Localized } from "../../core/i18n";
import { inLogSearchOrder, isResultSheetName } from "../../core/plan/sheetNames";
import {
  CLEANUP_RULES,
  entriesForRun,
  formatLogTime,
  isCleanupLogGrid,
  nextLogId,
  planRevert,
  readCleanupLog,
  rowsToRemove,
  type CleanupEdit,
  type CleanupSettings,
  type LogEntry,
} from "../../core/cleanup";
import { hasCleanupWithLog } from "../../core/cleanup/withLog";
import { inThread, type EngineRunner } from "./engineClient";
import type { CleanupService, PaneEdit, Unavailable } from "./types";

type CleanupWriter = WorkbookGateway &
  Required<Pick<WorkbookGateway, "applyCleanupEntries" | "writeCleanupLog">>;

/** Whether the gateway can change cells for cleanup (optional members of WorkbookGateway). */
export function canCarryOutCleanup(gateway: WorkbookGateway): gateway is CleanupWriter {
  return typeof gateway.applyCleanupEntries === "function" && typeof gateway.writeCleanupLog === "function";
}

/**
 * Carries out the entries, then replaces 清理日志 with the previous log plus the entries as carried out.
 * Where the gateway can do both in one go (Excel: one Ctrl+Z step on ExcelApi 1.20), it does.
 */
async function carryOut(
  writer: CleanupWriter,
  entries: LogEntry[],
  previousLog: readonly LogEntry[],
  lang: Lang,
): Promise<{ done: LogEntry[]; messages: Localized[]; logSheet: string | null }> {
  if (hasCleanupWithLog(writer)) {
    const r = await writer.applyCleanupWithLog(entries, previousLog, lang);
    return { done: r.done, messages: r.messages, logSheet: r.logSheet };
  }
  const done = await writer.applyCleanupEntries(entries);
  await writer.writeCleanupLog([...previousLog, ...done], lang);
  return { done, messages: [], logSheet: null };
}

export const CANNOT_WRITE: Localized = {
  zh: "在这里还不能修改单元格（连接模块缺少清理功能），所以只能预览，不能应用或撤销。",
  en: "Cells cannot be changed here yet (the workbook connection lacks cleanup), so the edits can be previewed but not applied or undone.",
};

const NO_PROPOSAL: Localized = {
  zh: "请先点“一键清理”预览要修改的内容。",
  en: "Click Clean up first to preview the edits.",
};

/** The officer's rule choice → the core's settings (TYPO stays propose-only even when chosen). */
export function settingsFor(rules: readonly string[]): CleanupSettings {
  const s = {} as CleanupSettings;
  for (const r of CLEANUP_RULES)
    s[r.id] = !rules.includes(r.id) ? "off" : r.defaultMode === "off" ? "apply" : r.defaultMode;
  return s;
}

async function readLog(
  gateway: WorkbookGateway,
  lang: Lang,
): Promise<{ entries: LogEntry[]; messages: Localized[] }> {
  if (gateway.readCleanupLog) return gateway.readCleanupLog(lang);
  // Without the gateway's own reader: a sheet named 清理日志 or Cleanup log (or a numbered copy) whose
  // header row is ours, the one in the officer's language first.
  const names = (await gateway.listSheets()).filter((n) => isResultSheetName("cleanupLog", n));
  for (const name of inLogSearchOrder(names, (n) => n, lang)) {
    const grid = await gateway.readSheet(name);
    if (isCleanupLogGrid(grid)) return readCleanupLog(grid);
  }
  return { entries: [], messages: [] };
}

/** Reads cells of the sheets a revert touches, one sheet read each. */
async function cellReader(gateway: WorkbookGateway, sheets: Iterable<string>) {
  const grids = new Map<string, Grid>();
  for (const sheet of sheets) grids.set(sheet, await gateway.readSheet(sheet));
  return (sheet: string, row: number, col: number): CellValue => {
    const g = grids.get(sheet);
    return g ? cellAt(g, row - g.top, col - g.left) : null;
  };
}

/**
 * `engine` works out the proposal (its worker where there is one); the workbook's reads and writes stay
 * with the gateway, on the pane's thread, where Office.js lives.
 */
export function createCleanupService(
  gateway: WorkbookGateway,
  engine: EngineRunner = inThread,
): CleanupService | Unavailable {
  let last: { edits: CleanupEdit[]; log: LogEntry[] } | null = null;
  const requireWriter = () => {
    if (!canCarryOutCleanup(gateway)) throw CANNOT_WRITE;
    return gateway;
  };

  return {
    available: true,
    rules: CLEANUP_RULES.map((r) => ({
      code: r.id,
      title: r.name,
      defaultOn: r.defaultMode !== "off",
      proposeOnly: r.defaultMode === "propose",
    })),

    async propose(grid, _result, rules, lang = "zh", progress) {
      const log = await readLog(gateway, lang);
      const settings = settingsFor(rules);
      let proposal = await engine.run("proposeCleanup", { grid, settings, log: log.entries }, progress);
      // Rows the workbook could not remove safely stay proposals, with the reason (the .xlsx gateway;
      // Excel moves what sits below a deleted row itself).
      const rows = rowsToRemove(proposal);
      if (rows.length > 0 && gateway.whyRowsStay) {
        const kept = await gateway.whyRowsStay(grid.sheet, rows);
        if (kept.size > 0)
          proposal = await engine.run(
            "proposeCleanup",
            { grid, settings, log: log.entries, keptRows: kept },
            progress,
          );
      }
      last = { edits: proposal.edits, log: log.entries };
      const edits: PaneEdit[] = proposal.edits.map((e, i) => ({
        id: String(i),
        sheet: e.sheet,
        cell: e.cell,
        rule: e.rule,
        before: e.before,
        after: e.after,
        checked: e.applied,
        ...(e.note ? { note: e.note } : {}),
      }));
      return { edits, messages: [...log.messages, ...proposal.messages] };
    },

    async apply(chosen, lang) {
      const writer = requireWriter();
      if (!last) throw NO_PROPOSAL;
      const ids = new Set(chosen.map((e) => e.id));
      const edits = last.edits.map((e, i) => ({ ...e, applied: ids.has(String(i)) }) as CleanupEdit);
      const entries = entriesForRun(edits, formatLogTime(new Date()), nextLogId(last.log));
      const { done, logSheet } = await carryOut(writer, entries, last.log, lang);
      last = null;
      return { applied: done.filter((e) => e.action === "apply").length, logSheet };
    },

    async revert(lang) {
      const writer = requireWriter();
      const log = await readLog(gateway, lang);
      const read = await cellReader(gateway, new Set(log.entries.map((e) => e.edit.sheet)));
      const plan = planRevert(log.entries, {}, read, formatLogTime(new Date()));
      const messages = [...log.messages, ...plan.conflicts.map((c) => c.message)];
      let restored = 0;
      if (plan.entries.length > 0) {
        const r = await carryOut(writer, plan.entries, log.entries, lang);
        restored = r.done.filter((e) => e.action === "revert").length;
        messages.push(...r.messages);
      }
      last = null;
      return { restored, messages };
    },
  };
}
