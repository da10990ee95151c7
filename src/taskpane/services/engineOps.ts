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

/** Told as a long job goes: units done of the total (rows, projects, programs, cells). */
export type Progress = (done: number, total: number) => void;

export interface EngineOps {
  parse(args: { grid: Grid }, progress: Progress): ParseResult;
  review(args: { result: ParseResult; options: ReviewOptions }, progress: Progress): PaneFinding[];
  indicatorSheet(args: { result: ParseResult; lang: Lang }): SheetPlan;
  findingSheet(args: { result: ParseResult; findings: PaneFinding[]; lang: Lang }): SheetPlan;
  compare(
    args: {
      selection: ParsedSelection;
      grouping: GroupingChoice;
      options: CompareOptions;
      lang: Lang;
    },
    progress: Progress,
  ): CompareRun;
  proposeCleanup(
    args: {
      grid: Grid;
      settings: CleanupSettings;
      log: LogEntry[];
      keptRows?: Map<number, Localized>;
    },
    progress: Progress,
  ): CleanupProposal;
}

export type OpName = keyof EngineOps;
export type OpArgs<K extends OpName> = Parameters<EngineOps[K]>[0];
export type OpResult<K extends OpName> = ReturnType<EngineOps[K]>;

export const ENGINE_OPS: EngineOps = {
  parse: ({ grid }, progress) => parseGrid(grid, { onProgress: progress }),
  review: ({ result, options }, progress) => reviewFindings(result, options, progress),
  indicatorSheet: ({ result, lang }) => indicatorSheetPlan(result, lang),
  findingSheet: ({ result, findings, lang }) => findingSheetPlan(result, findings, lang),
  compare: ({ selection, grouping, options, lang }, progress) =>
    compareRun(selection, grouping, options, lang, progress),
  proposeCleanup: ({ grid, settings, log, keptRows }, progress) =>
    proposeCleanup(grid, settings, log, { ...(keptRows ? { keptRows } : {}), onProgress: progress }),
};

const L = (zh: string, en: string): Localized => ({ zh, en });

/**
 * Each job's name beside the bar, and what it counts (正在校验… 120/400 个项目). The two sheet layouts are
 * not counted: they take a moment next to the others, and a bar for them would only flash.
 */
export const OP_STEPS: Record<OpName, { label: Localized; unit: Localized | null }> = {
  parse: { label: L("正在读取表格…", "Reading the table…"), unit: L("行", "rows") },
  review: { label: L("正在校验…", "Validating…"), unit: L("个项目", "projects") },
  indicatorSheet: { label: L("正在排版“指标明细”…", "Laying out the indicator sheet…"), unit: null },
  findingSheet: { label: L("正在排版“校验结果”…", "Laying out the findings sheet…"), unit: null },
  compare: { label: L("正在对比各区…", "Comparing districts…"), unit: L("个项目", "programs") },
  proposeCleanup: {
    label: L("正在查找可清理的内容…", "Looking for things to clean up…"),
    unit: L("个单元格", "cells"),
  },
};

/** Runs one job by name, on whatever thread calls it. */
export function runOp<K extends OpName>(op: K, args: OpArgs<K>, progress: Progress): OpResult<K> {
  const run = ENGINE_OPS[op] as (a: OpArgs<K>, p: Progress) => OpResult<K>;
  return run(args, progress);
}
