/**
 * Addresses in the log are those at the moment each entry was carried out. Row removals and
 * re-insertions that came later shift them; replaying those shifts gives the address today.
 */
import { a1, parseA1 } from "../grid";
import type { LogEntry } from "./types";

/** A row removed (action "apply") or re-inserted (action "revert") by an entry, else null. */
export function rowOp(entry: LogEntry): { sheet: string; row: number; insert: boolean } | null {
  if (entry.edit.kind !== "row" || entry.action === "declined") return null;
  return { sheet: entry.edit.sheet, row: entry.edit.row, insert: entry.action === "revert" };
}

/** Where a row recorded before `later` happened is now; null when it was itself removed. */
export function rowNow(sheet: string, row: number, later: readonly LogEntry[]): number | null {
  let r = row;
  for (const e of later) {
    const op = rowOp(e);
    if (!op || op.sheet !== sheet) continue;
    if (op.insert) {
      if (r >= op.row) r++;
    } else if (r === op.row) return null;
    else if (r > op.row) r--;
  }
  return r;
}

/** Where a row that a removal took out would go back today (the place between its old neighbours). */
export function insertionPointNow(sheet: string, row: number, later: readonly LogEntry[]): number {
  let p = row;
  for (const e of later) {
    const op = rowOp(e);
    if (!op || op.sheet !== sheet) continue;
    if (op.insert) {
      if (p >= op.row) p++;
    } else if (p > op.row) p--;
  }
  return p;
}

/** The A1 address today of a cell recorded before `later`; null when its row was removed since. */
export function cellNow(sheet: string, cell: string, later: readonly LogEntry[]): string | null {
  const pos = parseA1(cell);
  if (!pos) return null;
  const r = rowNow(sheet, pos.row, later);
  return r === null ? null : a1(r, pos.col);
}

export function rowRef(row: number): string {
  return `${row}:${row}`;
}
