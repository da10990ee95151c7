/**
 * Carrying out log entries on grids in memory: the reference a gateway must match (tests and the
 * browser preview use it). Entries are carried out literally, in order: a cell gets `after`; a row is
 * removed (apply) or re-inserted with its saved values (revert).
 */
import type { CellValue, Grid } from "../grid";
import { parseA1 } from "../grid";
import type { LogEntry } from "./types";

function setCell(grid: Grid, row: number, col: number, value: CellValue): void {
  const r = row - grid.top;
  const c = col - grid.left;
  if (r < 0 || c < 0) return;
  while (grid.values.length <= r) grid.values.push([]);
  const line = grid.values[r];
  while (line.length < c) line.push(null);
  line[c] = value;
}

export function applyEntriesToGrid(grid: Grid, entries: readonly LogEntry[]): Grid {
  const out: Grid = {
    ...grid,
    values: grid.values.map((r) => [...r]),
    formulas: grid.formulas?.map((r) => [...r]),
  };
  for (const e of entries) {
    if (e.action === "declined" || e.edit.sheet !== grid.sheet) continue;
    const edit = e.edit;
    if (edit.kind === "cell") {
      const pos = parseA1(edit.cell);
      // An edit to "" empties the cell, as writing "" does in Excel.
      if (pos) setCell(out, pos.row, pos.col, edit.after === "" ? null : edit.after);
      continue;
    }
    const r = edit.row - out.top;
    if (e.action === "apply") {
      out.values.splice(r, 1);
      out.formulas?.splice(r, 1);
    } else {
      const width = Math.max(edit.values.length + edit.fromColumn - out.left, 0);
      const line: CellValue[] = [];
      for (let c = 0; c < width; c++) line.push(edit.values[out.left + c - edit.fromColumn] ?? null);
      while (out.values.length < r) out.values.push([]);
      out.values.splice(r, 0, line);
      out.formulas?.splice(
        r,
        0,
        line.map(() => false),
      );
    }
  }
  return out;
}
