/** Parsing adapter: the core parser; the officer's corrections to the column mapping are in columns.ts. */
import { parseGrid } from "../../core/parse";
import type { ParseService } from "./types";

export const parseService: ParseService = { parse: parseGrid };
