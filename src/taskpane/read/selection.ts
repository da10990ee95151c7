/**
 * 读取选区: read the selection through the gateway, parse it, and re-parse with the officer's column
 * corrections. Keeps the grid as read so every later action works on the same cells.
 */
import type { WorkbookGateway } from "../../core/gateway";
import { a1, cellText, type Grid } from "../../core/grid";
import type { Localized } from "../../core/i18n";
import type { ParseResult } from "../../core/record";
import { noTableMessage } from "../../core/parse/noTable";
import { applyColumnOverrides, type ColumnOverrides } from "../services/columns";
import type { ParseService, ProgressListener } from "../services/types";

export interface Selection {
  /** The cells as read; never modified. */
  grid: Grid;
  overrides: ColumnOverrides;
  result: ParseResult;
}

/** `progress` is told how far the parse is, where the parser can tell (its worker). */
export async function readSelection(
  gateway: WorkbookGateway,
  parser: ParseService,
  progress?: ProgressListener,
): Promise<Selection> {
  const grid = await gateway.readSelection();
  return { grid, overrides: {}, result: await parser.parse(grid, progress) };
}

/** Parses again with corrections to the first table's column mapping (an empty object: automatic). */
export async function reparse(
  selection: Selection,
  overrides: ColumnOverrides,
  parser: ParseService,
  progress?: ProgressListener,
): Promise<Selection> {
  const auto = await parser.parse(selection.grid, progress);
  const table = auto.tables[0];
  if (!table || Object.keys(overrides).length === 0)
    return { grid: selection.grid, overrides: {}, result: auto };
  const result = await parser.parse(applyColumnOverrides(selection.grid, table, overrides), progress);
  return { grid: selection.grid, overrides, result };
}

/**
 * Throws the plain-words "no table" message when the selection holds no indicators: said once, in the
 * notice of whichever action found it; the 识别 tab then only says 没有识别出表格 and leaves the parser's
 * own copy of the advice out of its list.
 */
export function requireIndicators(selection: Selection): void {
  if (selection.result.tables.length === 0 || selection.result.indicators.length === 0)
    throw isEmpty(selection.grid)
      ? emptySelectionMessage(selection.grid.sheet)
      : noTableMessage(selection.grid.sheet);
}

/** Blank cells only: the officer selected the wrong place, and a table's expected headers are no help. */
export function emptySelectionMessage(sheet: string): Localized {
  return {
    zh: `工作表“${sheet}”的所选区域是空的，没有可读取的内容。请先选中绩效目标表所在的单元格，再点按钮。`,
    en: `The selection on sheet "${sheet}" is empty: there is nothing to read. Select the cells of the performance-target table first, then click the button.`,
  };
}

function isEmpty(grid: Grid): boolean {
  return grid.values.every((row) => row.every((v) => cellText(v).trim() === ""));
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
