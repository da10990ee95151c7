/** grid → tables → projects → indicators. (Being written.) */
import type { Grid } from "./grid";
import type { ParseResult } from "./record";

export function parseGrid(_grid: Grid): ParseResult {
  return { tables: [], projects: [], indicators: [], messages: [] };
}
