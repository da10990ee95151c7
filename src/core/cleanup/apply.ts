/**
 * Turning proposals into the ordered entries a gateway carries out and logs. Rows are removed first,
 * bottom-up (so each removal's row number is still the one the officer saw), then cells are edited at
 * their addresses after the removals. Declined proposals are logged too, so they are not offered again.
 */
import type { CellEdit, CleanupEdit, LogEntry, RowEdit } from "./types";
import { cellNow, rowNow, rowRef } from "./positions";

export function entriesForRun(edits: readonly CleanupEdit[], time: string, firstId: number): LogEntry[] {
  const out: LogEntry[] = [];
  let id = firstId;
  const push = (action: LogEntry["action"], edit: CleanupEdit) =>
    out.push({ id: id++, time, action, edit, revertOf: null });

  const removals = edits
    .filter((e): e is RowEdit => e.kind === "row" && e.applied)
    .sort((a, b) => (a.sheet === b.sheet ? b.row - a.row : a.sheet < b.sheet ? -1 : 1));
  for (const e of removals) push("apply", e);
  const removalEntries = [...out];

  for (const e of edits) {
    if (e.kind === "row") {
      // A row proposal is logged where the row is after the removals, as a cell is (so the next run finds it).
      const row = e.applied ? null : rowNow(e.sheet, e.row, removalEntries);
      if (row !== null) push("declined", row === e.row ? e : { ...e, row, cell: rowRef(row) });
      continue;
    }
    const cell = cellNow(e.sheet, e.cell, removalEntries);
    if (cell === null) continue; // its row is being removed
    const moved: CellEdit = cell === e.cell ? e : { ...e, cell, previewCell: e.cell };
    push(e.applied ? "apply" : "declined", moved);
  }
  return out;
}

/** The entries a gateway must carry out (declined ones change nothing). */
export function entriesToCarryOut(entries: readonly LogEntry[]): LogEntry[] {
  return entries.filter((e) => e.action !== "declined");
}

/** The next free log id. */
export function nextLogId(log: readonly LogEntry[]): number {
  return log.reduce((m, e) => Math.max(m, e.id), 0) + 1;
}
