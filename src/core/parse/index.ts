/**
 * grid → tables → projects → indicators. One pass over the rows (readGrid.ts): header rows start (or
 * repeat) a table, context rows (项目名称 | 值) set the project of a form-style block, data rows yield
 * indicators — a packed cell's items (packedCell.ts) or one indicator a row (indicatorRow.ts). Every
 * indicator keeps its raw text and source cell.
 */
import type { Grid } from "../grid";
import type { ParseResult } from "../record";
import { readGrid } from "./readGrid";

export function parseGrid(grid: Grid): ParseResult {
  return readGrid(grid, true, false);
}

export { mergeParseResults } from "./merge";
