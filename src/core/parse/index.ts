/**
 * grid → tables → projects → indicators. One pass over the rows (readGrid.ts): header rows start (or
 * repeat) a table, context rows (项目名称 | 值) set the project of a form-style block, data rows yield
 * indicators — a packed cell's items (packedCell.ts) or one indicator a row (indicatorRow.ts). Every
 * indicator keeps its raw text and source cell.
 */
import type { Grid } from "../grid";
import type { ParseResult } from "../record";
import { readGrid, type RowProgress } from "./readGrid";

export type { RowProgress } from "./readGrid";

export interface ParseOptions {
  /** Told how many rows are read as the walk goes (the task pane's progress bar); never changes the result. */
  onProgress?: RowProgress;
}

export function parseGrid(grid: Grid, options: ParseOptions = {}): ParseResult {
  return readGrid(grid, true, false, options.onProgress);
}

export { mergeParseResults } from "./merge";
