/**
 * The engine's long jobs, by name, over plain data: what the engine worker (engine.worker.ts) runs, and
 * what the pane runs on its own thread where there is no worker (engineClient.ts). One table for both,
 * so a result never depends on where it was worked out. Arguments and results cross to and from the
 * worker by structured clone: no functions, no class instances whose methods matter.
 */
import type { Grid } from "../../core/grid";
import type { Lang } from "../../core/i18n";
import type { ParseResult } from "../../core/record";
import type { SheetPlan } from "../../core/plan/types";
import type { CleanupProposal, CleanupSettings, LogEntry } from "../../core/cleanup";
import type { Localized } from "../../core/i18n";
import { parseGrid } from "../../core/parse";
import { proposeCleanup } from "../../core/cleanup";
import { reviewFindings, findingSheetPlan, indicatorSheetPlan } from "./review";
import { compareRun } from "./compare";
import type {
  CompareOptions,
  CompareRun,
  GroupingChoice,
  ParsedSelection,
  PaneFinding,
  ReviewOptions,
} from "./types";

/** Told as a long job goes: a fraction of its work done, 0 to 1. */
export type Progress = (fraction: number) => void;

export interface EngineOps {
  parse(args: { grid: Grid }, progress: Progress): ParseResult;
  review(args: { result: ParseResult; options: ReviewOptions }): PaneFinding[];
  indicatorSheet(args: { result: ParseResult; lang: Lang }): SheetPlan;
  findingSheet(args: { result: ParseResult; findings: PaneFinding[]; lang: Lang }): SheetPlan;
  compare(args: {
    selection: ParsedSelection;
    grouping: GroupingChoice;
    options: CompareOptions;
    lang: Lang;
  }): CompareRun;
  proposeCleanup(args: {
    grid: Grid;
    settings: CleanupSettings;
    log: LogEntry[];
    keptRows?: Map<number, Localized>;
  }): CleanupProposal;
}

export type OpName = keyof EngineOps;
export type OpArgs<K extends OpName> = Parameters<EngineOps[K]>[0];
export type OpResult<K extends OpName> = ReturnType<EngineOps[K]>;

export const ENGINE_OPS: EngineOps = {
  parse: ({ grid }, progress) => parseGrid(grid, { onProgress: (done, total) => progress(done / total) }),
  review: ({ result, options }) => reviewFindings(result, options),
  indicatorSheet: ({ result, lang }) => indicatorSheetPlan(result, lang),
  findingSheet: ({ result, findings, lang }) => findingSheetPlan(result, findings, lang),
  compare: ({ selection, grouping, options, lang }) => compareRun(selection, grouping, options, lang),
  proposeCleanup: ({ grid, settings, log, keptRows }) =>
    proposeCleanup(grid, settings, log, keptRows ? { keptRows } : {}),
};

/** Runs one job by name, on whatever thread calls it. */
export function runOp<K extends OpName>(op: K, args: OpArgs<K>, progress: Progress): OpResult<K> {
  const run = ENGINE_OPS[op] as (a: OpArgs<K>, p: Progress) => OpResult<K>;
  return run(args, progress);
}
