/** The selection in the workbook view: an anchor cell and an active cell, as in Excel. */
import { a1, parseA1, parseRange } from "../core/grid";

export interface Pos {
  row: number;
  col: number;
}

export interface CellSelection {
  anchor: Pos;
  active: Pos;
}

export const START: CellSelection = { anchor: { row: 1, col: 1 }, active: { row: 1, col: 1 } };

export function bounds(s: CellSelection) {
  return {
    top: Math.min(s.anchor.row, s.active.row),
    bottom: Math.max(s.anchor.row, s.active.row),
    left: Math.min(s.anchor.col, s.active.col),
    right: Math.max(s.anchor.col, s.active.col),
  };
}

/** "B7" for one cell, "A1:E34" for a range. */
export function rangeOf(s: CellSelection): string {
  const b = bounds(s);
  const from = a1(b.top, b.left);
  const to = a1(b.bottom, b.right);
  return from === to ? from : `${from}:${to}`;
}

/** A range or cell address as a selection (anchor top-left, active bottom-right); null when malformed. */
export function selectionOf(range: string): CellSelection | null {
  const b = parseRange(range);
  if (!b) return null;
  return { anchor: { row: b.top, col: b.left }, active: { row: b.bottom, col: b.right } };
}

export function cellSelection(address: string): CellSelection | null {
  const p = parseA1(address);
  return p ? { anchor: p, active: p } : null;
}

export function contains(s: CellSelection, row: number, col: number): boolean {
  const b = bounds(s);
  return row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
}

const KEY_MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  PageUp: [-20, 0],
  PageDown: [20, 0],
};

/**
 * A key press: arrows move the active cell (with Shift they extend the selection from the anchor).
 * Returns null for keys that do not move the selection.
 */
export function moveByKey(
  s: CellSelection,
  key: string,
  shift: boolean,
  limits: { rows: number; cols: number },
): CellSelection | null {
  const d = KEY_MOVES[key];
  let next: Pos;
  if (d) {
    next = {
      row: Math.min(Math.max(s.active.row + d[0], 1), Math.max(limits.rows, 1)),
      col: Math.min(Math.max(s.active.col + d[1], 1), Math.max(limits.cols, 1)),
    };
  } else if (key === "Home") next = { row: s.active.row, col: 1 };
  else if (key === "End") next = { row: s.active.row, col: Math.max(limits.cols, 1) };
  else return null;
  return shift ? { anchor: s.anchor, active: next } : { anchor: next, active: next };
}
