/**
 * Revert: put back exactly the `before` of the chosen log entries. Entries are undone newest first;
 * undoing a cell edit also undoes the later edits of the same cell (otherwise its `before` could not
 * come back exactly). A cell that was changed since the cleanup (its text is no longer the logged
 * `after`) is not overwritten: it is reported instead.
 */
import type { CellValue } from "../grid";
import { a1, parseA1 } from "../grid";
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

  // Whether rows moved since the cleanup matters only to a removed row put back: worked out at the first one.
  let moved: ReturnType<typeof rowsMoved> | null = null;
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
      // Rows were inserted or deleted by hand since: row numbers no longer say where this row went.
      const shift = (moved ??= rowsMoved(ordered, inEffect, readCell)).get(edit.sheet);
      if (shift) {
        conflicts.push({
          entry: e,
          message: {
            zh: `第 ${e.id} 条：清理后工作表“${edit.sheet}”中插入或删除过行（如 ${shift.cell} 清理后的内容现在在 ${shift.now}），删除的行放不回原处，未还原。请在 Excel 中手动放回，或先撤销那次插入或删除。`,
            en: `Entry ${e.id}: rows were inserted or deleted on sheet "${edit.sheet}" after the cleanup (the cleaned text of ${shift.cell} is now in ${shift.now}), so the removed row cannot be put back where it was; not restored. Put it back by hand in Excel, or undo that insertion or deletion first.`,
          },
        });
        continue;
      }
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
    const elsewhere =
      current !== edit.after && !emptied
        ? movedTo(edit.after, pos, (r) => valueNow(edit.sheet, r, pos.col))
        : null;
    if (elsewhere !== null) {
      conflicts.push({
        entry: e,
        message: {
          zh: `第 ${e.id} 条：${edit.sheet}!${cell} 清理后的内容现在在 ${edit.sheet}!${a1(elsewhere, pos.col)}（清理后插入或删除过行），未还原。`,
          en: `Entry ${e.id}: the cleaned text of ${edit.sheet}!${cell} is now in ${edit.sheet}!${a1(elsewhere, pos.col)} (rows were inserted or deleted after the cleanup); not restored.`,
        },
      });
      continue;
    }
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

/** How far from its logged row a cleaned cell's text is looked for, when rows were inserted or deleted. */
const MOVED_SEARCH = 200;

/**
 * The row a cleaned text now stands in, when it is not where the log puts it but in the same column a
 * few rows away (rows inserted or deleted by hand after the cleanup); null when it is nowhere near, or
 * when it stands in several rows there (a repeated label such as 产出指标 shows no move).
 */
function movedTo(
  after: string,
  pos: { row: number; col: number },
  valueAt: (row: number) => CellValue,
): number | null {
  if (after.trim() === "") return null;
  const found: number[] = [];
  for (let r = Math.max(1, pos.row - MOVED_SEARCH); r <= pos.row + MOVED_SEARCH; r++)
    if (r !== pos.row && valueAt(r) === after) found.push(r);
  return found.length === 1 ? found[0] : null;
}

/**
 * The sheets whose rows were inserted or deleted by hand after the cleanup, each with one cleaned cell
 * that shows it (its text now some rows away): a removed row is put back by its row number, which such
 * a change makes wrong, so it must not be put back there. Only a cell's last edit in effect is looked at.
 */
function rowsMoved(
  ordered: readonly LogEntry[],
  inEffect: (e: LogEntry) => boolean,
  readCell: ReadCell,
): Map<string, { cell: string; now: string }> {
  const moved = new Map<string, { cell: string; now: string }>();
  ordered.forEach((e, i) => {
    const edit = e.edit;
    if (edit.kind !== "cell" || !inEffect(e) || moved.has(edit.sheet)) return;
    const later = ordered.slice(i + 1);
    if (
      later.some(
        (x) =>
          inEffect(x) && x.edit.kind === "cell" && x.edit.sheet === edit.sheet && x.edit.cell === edit.cell,
      )
    )
      return;
    const cell = cellNow(edit.sheet, edit.cell, later);
    const pos = cell ? parseA1(cell) : null;
    if (!cell || !pos || readCell(edit.sheet, pos.row, pos.col) === edit.after) return;
    const row = movedTo(edit.after, pos, (r) => readCell(edit.sheet, r, pos.col));
    if (row !== null)
      moved.set(edit.sheet, { cell: `${edit.sheet}!${cell}`, now: `${edit.sheet}!${a1(row, pos.col)}` });
  });
  return moved;
}
