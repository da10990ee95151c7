/**
 * What the task pane needs from each core capability, in the pane's own terms. One adapter module per
 * capability (parse, review, compare, cleanup) translates the core's API into these shapes, so wiring a
 * capability in — or replacing it in a test — is one small change.
 */
import type { Grid } from "../../core/grid";
import type { Lang, Localized } from "../../core/i18n";
import type { SheetPlan } from "../../core/plan/types";
import type { ParseResult } from "../../core/record";

export type Severity = "error" | "warning" | "info";

/**
 * A result now (the engine on the pane's thread, a test's fake) or later (the engine's worker, so the
 * pane keeps painting while it works). Callers await either.
 */
export type Awaitable<T> = T | Promise<T>;

/** The engine's step under way and how far it is: 正在校验… 120/400 个项目. */
export interface ProgressStep {
  /** The step's name, 正在校验… */
  label: Localized;
  /** Units done and in all; total 0 while the step does not say (the bar then only moves). */
  done: number;
  total: number;
  /** What is counted: 个项目, 行, 个单元格; null for a step that is not counted. */
  unit: Localized | null;
}

/**
 * Told as a long job goes: the fraction of its work done, 0 to 1 (null: not known, the bar only moves),
 * and the engine's step it is in. Without a step the action's own label stands (a workbook read or write).
 */
export type ProgressListener = (fraction: number | null, step?: ProgressStep) => void;

/** A capability that is not part of this build yet: the button says so instead of failing. */
export interface Unavailable {
  available: false;
  reason: Localized;
}

// ---------------------------------------------------------------- parse

export interface ParseService {
  parse(grid: Grid, progress?: ProgressListener): Awaitable<ParseResult>;
}

// ---------------------------------------------------------------- review

export interface RuleInfo {
  code: string;
  severity: Severity;
  title: Localized;
}

export interface ReviewOptions {
  /** Rule codes that run; every rule when empty list is not given. */
  rules: string[];
  satisfactionMin: number;
}

export interface PaneFinding {
  code: string;
  severity: Severity;
  sheet: string;
  cell: string;
  row: number;
  project: string;
  indicator: string;
  message: Localized;
  fix: Localized | null;
}

export interface ReviewService {
  available: true;
  rules: RuleInfo[];
  review(result: ParseResult, options: ReviewOptions, progress?: ProgressListener): Awaitable<PaneFinding[]>;
  /** The 指标明细 sheet; null while this build cannot lay it out. */
  indicatorSheet:
    | ((result: ParseResult, lang: Lang, progress?: ProgressListener) => Awaitable<SheetPlan>)
    | null;
  /** The 校验结果 sheet; null while this build cannot lay it out. */
  findingSheet:
    | ((
        result: ParseResult,
        findings: PaneFinding[],
        lang: Lang,
        progress?: ProgressListener,
      ) => Awaitable<SheetPlan>)
    | null;
}

// ---------------------------------------------------------------- compare

/** How projects are grouped into programs before comparing districts. */
export type GroupingChoice =
  | { mode: "auto" }
  | { mode: "column"; column: string }
  | { mode: "manual"; projectIds: number[] };

export interface ProgramGroup {
  program: string;
  projectIds: number[];
  districts: string[];
}

export interface CompareOptions {
  outlierRatio: number;
  robustZ: boolean;
  zThreshold: number;
}

export interface CompareFlag {
  district: string;
  code: string;
  /** What kind of finding it is, in the officer's words (偏高（规模差异）, 合计不符): shown, never the code. */
  kind: Localized;
  indicator: string;
  message: Localized;
}

export interface ProgramComparison {
  program: string;
  districts: string[];
  indicators: string[];
  flags: CompareFlag[];
}

/** What was read: the cells (for a grouping column) and their parse. */
export interface ParsedSelection {
  grid: Grid;
  result: ParseResult;
}

export interface CompareRun {
  comparisons: ProgramComparison[];
  /** The 区域对比 sheet, or null when this build cannot lay it out yet. */
  sheet: SheetPlan | null;
  messages: Localized[];
}

export interface CompareService {
  available: true;
  /** The programs a grouping finds, for the officer to confirm. */
  programs(selection: ParsedSelection, grouping: GroupingChoice): ProgramGroup[];
  compare(
    selection: ParsedSelection,
    grouping: GroupingChoice,
    options: CompareOptions,
    lang: Lang,
    progress?: ProgressListener,
  ): Awaitable<CompareRun>;
}

// ---------------------------------------------------------------- cleanup

export interface CleanupRuleInfo {
  code: string;
  title: Localized;
  /** On unless the officer turns it off. */
  defaultOn: boolean;
  /** Proposed but left unticked in the preview (TYPO). */
  proposeOnly: boolean;
}

export interface PaneEdit {
  /** Stable within one proposal. */
  id: string;
  sheet: string;
  cell: string;
  rule: string;
  before: string | number | boolean | null;
  after: string | number | boolean | null;
  /** Ticked in the preview when it first appears. */
  checked: boolean;
  /** Why a row stays, or that a name is changed (shown under the edit). */
  note?: Localized;
}

export interface CleanupService {
  available: true;
  rules: CleanupRuleInfo[];
  /** Reads the 清理日志 (so declined proposals are not offered again) and proposes edits. */
  propose(
    grid: Grid,
    result: ParseResult,
    rules: string[],
    /** The officer's language: the log named in it is looked for first. */
    lang?: Lang,
    progress?: ProgressListener,
  ): Promise<{ edits: PaneEdit[]; messages: Localized[] }>;
  /**
   * Writes the chosen edits of the last proposal into the workbook and logs every proposal in 清理日志
   * (the unchosen as declined). Returns how many edits were applied and the log sheet's name, where the
   * gateway says it (清理日志, or Cleanup log when first written from an English Office).
   */
  apply(chosen: PaneEdit[], lang: Lang): Promise<{ applied: number; logSheet: string | null }>;
  /** Restores the `before` values recorded in 清理日志; cells changed since are reported, not overwritten. */
  revert(lang: Lang): Promise<{ restored: number; messages: Localized[] }>;
}

export interface PaneServices {
  /**
   * Stops the engine's work (取消): its worker ended, a job under way and any later one rejected with
   * `Cancelled` until `resume`. Absent where there is nothing to stop (a test's fake).
   */
  cancel?(): void;
  /** Lets jobs run again: called as each action starts. */
  resume?(): void;
  parse: ParseService;
  review: ReviewService | Unavailable;
  compare: CompareService | Unavailable;
  /** Cleanup writes cells, so its adapter is made per gateway. */
  cleanup: CleanupService | Unavailable;
}
