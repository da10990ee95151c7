/**
 * Merged cells kept with a removed row, so that revert makes them again: the shape both gateways keep in
 * their row looks (src/xlsx/cleanup.ts, src/excel/cleanup.ts), and the checks both make around it.
 */
import type { CellValue } from "../grid";
import type { Localized } from "../i18n";

/** A merged area, 1-based rows and columns. */
export interface MergeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A merge kept with a removed row: first and last row relative to the row, first and last column, and
 * every cell's value as read then (a merged cell reads as its first cell).
 */
export interface KeptMerge {
  rows: [number, number];
  cols: [number, number];
  values: CellValue[][];
}

/** Every cell's value over `m`, row by row. */
export function valuesOver(m: MergeBox, valueAt: (row: number, col: number) => CellValue): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = m.top; r <= m.bottom; r++) {
    const line: CellValue[] = [];
    for (let c = m.left; c <= m.right; c++) line.push(valueAt(r, c));
    out.push(line);
  }
  return out;
}

/** The merge `m` kept with row `row`, its cells holding `values`. */
export function keepMerge(m: MergeBox, row: number, values: CellValue[][]): KeptMerge {
  return { rows: [m.top - row, m.bottom - row], cols: [m.left, m.right], values };
}

/** Where a kept merge lies once its row is back at `row`; null where it names no merge (one cell, or above row 1). */
export function keptArea(row: number, kept: KeptMerge): MergeBox | null {
  const area = {
    top: row + kept.rows[0],
    bottom: row + kept.rows[1],
    left: kept.cols[0],
    right: kept.cols[1],
  };
  return area.top < 1 || (area.bottom === area.top && area.right === area.left) ? null : area;
}

/** Whether two areas share a cell. */
export function overlaps(a: MergeBox, b: MergeBox): boolean {
  return a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;
}

/** Whether every row of `m` is among `rows`. */
export function withinRows(m: MergeBox, rows: ReadonlySet<number>): boolean {
  for (let r = m.top; r <= m.bottom; r++) if (!rows.has(r)) return false;
  return true;
}

/** The merges over `row` lying entirely in the rows `gone`, and whether another reaches out of them. */
export function mergesOver(
  merges: readonly MergeBox[],
  row: number,
  gone: ReadonlySet<number>,
): { inside: MergeBox[]; reachesOut: boolean } {
  const inside: MergeBox[] = [];
  let reachesOut = false;
  for (const m of merges) {
    if (m.top > row || m.bottom < row) continue;
    if (withinRows(m, gone)) inside.push(m);
    else reachesOut = true;
  }
  return { inside, reachesOut };
}

/** Why a row with a merge reaching out of the rows removed stays (withinRows false): both gateways say it so. */
export const KEPT_MERGE_OUT: Localized = {
  zh: "保留此行，未删除：该行有合并单元格延伸到不删除的行。",
  en: "Row kept, not removed: the row has merged cells reaching rows that stay.",
};

/** Why a row with an empty merge over several rows, all among the rows removed, stays. */
export const KEPT_BLANK_MERGE: Localized = {
  zh: "保留此行，未删除：该行有跨行的空白合并单元格，撤销时无法可靠恢复。",
  en: "Row kept, not removed: the row has an empty merged cell over several rows that revert could not restore reliably.",
};

/** A merge and every cell's value over it, row by row. */
export type MergeValues = MergeBox & { values: CellValue[][] };

/**
 * What the merges over `row` say about removing it with the rows `gone`, the one answer both gateways
 * give: the merges lying entirely in those rows (they go with it and are kept for revert, each with
 * its cells' values), and why the row stays, or null. A merge reaching out of the rows keeps it (the
 * host would shrink the merge, and revert could not stretch it back), and so does a merge over several
 * rows whose cells are all empty: revert makes a kept merge again only over cells holding what they
 * held (holdsKept), and empty cells could be any rows, not the merge's own.
 */
export function mergesLeavingWith(
  merges: readonly MergeBox[],
  row: number,
  gone: ReadonlySet<number>,
  valueAt: (row: number, col: number) => CellValue,
): { inside: MergeValues[]; why: Localized | null } {
  const over = mergesOver(merges, row, gone);
  const inside = over.inside.map((m) => ({ ...m, values: valuesOver(m, valueAt) }));
  if (over.reachesOut) return { inside, why: KEPT_MERGE_OUT };
  const blank = inside.some((m) => m.bottom > m.top && m.values.every((l) => l.every((v) => v === null)));
  return { inside, why: blank ? KEPT_BLANK_MERGE : null };
}

/**
 * Whether the cells over `area` (where a kept merge lies once its row is back, keptArea) still hold
 * what they held when it was kept, every one of them: only then is the merge made again. `valueAt`
 * gives undefined for a cell not read, which holds nothing.
 */
export function holdsKept(
  area: MergeBox,
  kept: KeptMerge,
  valueAt: (row: number, col: number) => CellValue | undefined,
): boolean {
  const values: unknown = kept.values;
  if (!Array.isArray(values) || values.length !== area.bottom - area.top + 1) return false;
  for (let r = area.top; r <= area.bottom; r++) {
    const line: unknown = values[r - area.top];
    if (!Array.isArray(line) || line.length !== area.right - area.left + 1) return false;
    for (let c = area.left; c <= area.right; c++) if (valueAt(r, c) !== line[c - area.left]) return false;
  }
  return true;
}
