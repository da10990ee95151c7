/** Parsing adapter: the core parser; the officer's corrections to the column mapping are in columns.ts. */
import type { Grid } from "../../core/grid";
import { parseGrid } from "../../core/parse";
import type { EngineRunner } from "./engineClient";
import type { ParseService } from "./types";

/** The parser on the pane's own thread: no progress to tell, the pane cannot paint until it is done. */
export const parseService = { parse: (grid: Grid) => parseGrid(grid) } satisfies ParseService;

/** The parser through the engine's runner, telling the bar how far its row walk is. */
export function createParseService(engine: EngineRunner): ParseService {
  return { parse: (grid, progress) => engine.run("parse", { grid }, progress) };
}
