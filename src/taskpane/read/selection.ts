/**
 * 读取选区: read the selection through the gateway, parse it, and re-parse with the officer's column
 * corrections. Keeps the grid as read so every later action works on the same cells.
 */
import type { WorkbookGateway } from "../../core/gateway";
import { a1, type Grid } from "../../core/grid";
import type { ParseResult } from "../../core/record";
import { noTableMessage } from "../../core/summary";
import { applyColumnOverrides, type ColumnOverrides } from "../services/columns";
import type { ParseService } from "../services/types";

export interface Selection {
  /** The cells as read; never modified. */
  grid: Grid;
  overrides: ColumnOverrides;
  result: ParseResult;
}

export async function readSelection(gateway: WorkbookGateway, parser: ParseService): Promise<Selection> {
  const grid = await gateway.readSelection();
  return { grid, overrides: {}, result: parser.parse(grid) };
}

/** Parses again with corrections to the first table's column mapping (an empty object: automatic). */
export function reparse(selection: Selection, overrides: ColumnOverrides, parser: ParseService): Selection {
  const auto = parser.parse(selection.grid);
  const table = auto.tables[0];
  if (!table || Object.keys(overrides).length === 0)
    return { grid: selection.grid, overrides: {}, result: auto };
  const result = parser.parse(applyColumnOverrides(selection.grid, table, overrides));
  return { grid: selection.grid, overrides, result };
}

/** Throws the plain-words "no table" message when the selection holds no indicators. */
export function requireIndicators(selection: Selection): void {
  if (selection.result.tables.length === 0 || selection.result.indicators.length === 0)
    throw noTableMessage(selection.grid.sheet);
}

/** "Sheet1!A1:F40" for what was read. */
export function selectionAddress(grid: Grid): string {
  const rows = grid.values.length;
  let cols = 0;
  for (const row of grid.values) cols = Math.max(cols, row.length);
  const start = a1(grid.top, grid.left);
  if (rows <= 1 && cols <= 1) return `${grid.sheet}!${start}`;
  return `${grid.sheet}!${start}:${a1(grid.top + Math.max(rows, 1) - 1, grid.left + Math.max(cols, 1) - 1)}`;
}
