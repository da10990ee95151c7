import type { CellValue, Grid } from "../../src/core/grid";

/** A grid from rows, placed at A1 of "Sheet1" unless told otherwise. */
export function grid(values: CellValue[][], sheet = "Sheet1", top = 1, left = 1): Grid {
  return { sheet, top, left, values };
}
