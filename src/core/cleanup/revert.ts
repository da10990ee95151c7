/**
 * Revert: put back exactly the `before` of the chosen log entries. Entries are undone newest first;
 * undoing a cell edit also undoes the later edits of the same cell (otherwise its `before` could not
 * come back exactly). A cell that was changed since the cleanup (its text is no longer the logged
 * `after`) is not overwritten: it is reported instead.
 */
import type { CellValue } from "../grid";
import { parseA1 } from "../grid";
import type { Localized } from "../i18n";
import type { LogEntry, CleanupRuleId } from "./types";
import { cellNow, insertionPointNow, rowRef } from "./positions";

export interface RevertChoice {
  /** Only entries of these rules (all when absent). */
  rules?: readonly CleanupRuleId[];
  /** Only these log ids (all when absent). */
  ids?: readonly number[];
}

export interface RevertConflict {
  entry: LogEntry;
  message: Localized;
}

export interface RevertPlan {
  /** New log entries (action "revert"), in the order a gateway must carry them out. */
  entries: LogEntry[];
  conflicts: RevertConflict[];
  /** Ids undone although not chosen, because a chosen edit of the same cell came before them. */
  alsoReverted: number[];
}

/** Reads the current value of a cell (1-based row and column) of a sheet. */
export type ReadCell = (sheet: string, row: number, col: number) => CellValue;

function isInEffect(log: readonly LogEntry[]): (e: LogEntry) => boolean {
  const undone = new Set(log.filter((e) => e.action === "revert").map((e) => e.revertOf));
  return (e) => e.action === "apply" && !undone.has(e.id);
}

function chosen(e: LogEntry, choice: RevertChoice): boolean {
  if (choice.rules && !choice.rules.includes(e.edit.rule)) return false;
  if (choice.ids && !choice.ids.includes(e.id)) return false;
  return true;
}

export function planRevert(
  log: readonly LogEntry[],
  choice: RevertChoice,
  readCell: ReadCell,
  time: string,
): RevertPlan {
  const inEffect = isInEffect(log);
  const ordered = [...log].sort((a, b) => a.id - b.id);
  const history: LogEntry[] = [...ordered];
  const picked = new Set(ordered.filter((e) => inEffect(e) && chosen(e, choice)).map((e) => e.id));

  // Later edits of a chosen cell must go too; compare addresses as they are today.
  const alsoReverted: number[] = [];
  const today = (e: LogEntry) =>
    e.edit.kind === "cell" ? cellNow(e.edit.sheet, e.edit.cell, ordered.slice(ordered.indexOf(e) + 1)) : null;
  for (const e of ordered) {
    if (!picked.has(e.id) || e.edit.kind !== "cell") continue;
    const where = today(e);
    for (const later of ordered.slice(ordered.indexOf(e) + 1)) {
      if (picked.has(later.id) || !inEffect(later) || later.edit.kind !== "cell") continue;
      if (later.edit.sheet === e.edit.sheet && where !== null && today(later) === where) {
        picked.add(later.id);
        alsoReverted.push(later.id);
      }
    }
  }

  const entries: LogEntry[] = [];
  const conflicts: RevertConflict[] = [];
  // What the cells hold now, including the reverts planned so far.
  const pending = new Map<string, CellValue>();
  const inserted: { sheet: string; row: number; fromColumn: number; values: CellValue[] }[] = [];
  // A cell's value in the workbook as it will be after the reverts planned so far.
  const valueNow = (sheet: string, row: number, col: number): CellValue => {
    let r = row;
    for (const ins of [...inserted].reverse()) {
      if (ins.sheet !== sheet) continue;
      if (r === ins.row) return ins.values[col - ins.fromColumn] ?? null;
      if (r > ins.row) r--;
    }
    return readCell(sheet, r, col);
  };
  let id = ordered.reduce((m, e) => Math.max(m, e.id), 0) + 1;
  for (const e of [...ordered].reverse()) {
    if (!picked.has(e.id)) continue;
    const later = history.slice(history.indexOf(e) + 1);
    const edit = e.edit;
    if (edit.kind === "row") {
      const row = insertionPointNow(edit.sheet, edit.row, later);
      // Cells remembered in `pending` at or below the row move down with it.
      shiftPending(pending, edit.sheet, row);
      inserted.push({ sheet: edit.sheet, row, fromColumn: edit.fromColumn, values: edit.values });
      const undo: LogEntry = {
        id: id++,
        time,
        action: "revert",
        edit: { ...edit, cell: rowRef(row), row, before: "", after: edit.before, applied: true },
        revertOf: e.id,
      };
      entries.push(undo);
      history.push(undo);
      continue;
    }
    const cell = cellNow(edit.sheet, edit.cell, later);
    const pos = cell ? parseA1(cell) : null;
    if (!cell || !pos) {
      conflicts.push({
        entry: e,
        message: {
          zh: `第 ${e.id} 条：单元格 ${edit.sheet}!${edit.cell} 所在的行已被删除，无法还原。`,
          en: `Entry ${e.id}: the row of ${edit.sheet}!${edit.cell} was deleted; it cannot be restored.`,
        },
      });
      continue;
    }
    const key = `${edit.sheet}\u0000${cell}`;
    const current = pending.has(key) ? pending.get(key) : valueNow(edit.sheet, pos.row, pos.col);
    // An edit to "" left the cell empty: an empty cell reads as null.
    const emptied = edit.after === "" && (current === null || current === undefined);
    if (current !== edit.after && !emptied) {
      conflicts.push({
        entry: e,
        message: {
          zh: `第 ${e.id} 条：${edit.sheet}!${cell} 在清理后又被修改过，未还原（避免覆盖您的修改）。`,
          en: `Entry ${e.id}: ${edit.sheet}!${cell} was changed after the cleanup; not restored (so your change is kept).`,
        },
      });
      continue;
    }
    pending.set(key, edit.before);
    const undo: LogEntry = {
      id: id++,
      time,
      action: "revert",
      edit: { ...edit, cell, before: edit.after, after: edit.before, applied: true },
      revertOf: e.id,
    };
    entries.push(undo);
    history.push(undo);
  }
  return { entries, conflicts, alsoReverted };
}

function shiftPending(pending: Map<string, CellValue>, sheet: string, row: number): void {
  const moved: [string, CellValue][] = [];
  for (const [key, value] of pending) {
    const [s, cell] = key.split("\u0000");
    const pos = parseA1(cell);
    if (s !== sheet || !pos || pos.row < row) continue;
    pending.delete(key);
    moved.push([`${s}\u0000${cell.replace(/\d+$/, String(pos.row + 1))}`, value]);
  }
  for (const [k, v] of moved) pending.set(k, v);
}
