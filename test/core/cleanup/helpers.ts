/** Test helpers: grids from rows, reading a cell of a grid, running a whole cleanup in memory. */
import type { CellValue, Grid } from "../../../src/core/grid";
import {
  applyEntriesToGrid,
  defaultCleanupSettings,
  entriesForRun,
  nextLogId,
  planRevert,
  proposeCleanup,
  type CleanupSettings,
  type LogEntry,
  type ReadCell,
  type RevertChoice,
  TEXT_RULES,
  type CleanupRuleId,
} from "../../../src/core/cleanup";

export const HEADER = ["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标"];

export function grid(values: CellValue[][], sheet = "Sheet1", formulas?: boolean[][]): Grid {
  return { sheet, top: 1, left: 1, values, formulas };
}

export function reader(g: Grid): ReadCell {
  return (_sheet, row, col) => g.values[row - g.top]?.[col - g.left] ?? null;
}

export const TIME = "2024-05-01 09:00:00";

/** One cleanup run in memory: the grid after it and the log including it. */
export function run(g: Grid, settings: CleanupSettings = defaultCleanupSettings(), log: LogEntry[] = []) {
  const proposal = proposeCleanup(g, settings, log);
  const entries = entriesForRun(proposal.edits, TIME, nextLogId(log));
  return { proposal, entries, grid: applyEntriesToGrid(g, entries), log: [...log, ...entries] };
}

export function revert(g: Grid, log: LogEntry[], choice: RevertChoice = {}) {
  const plan = planRevert(log, choice, reader(g), TIME);
  return { plan, grid: applyEntriesToGrid(g, plan.entries), log: [...log, ...plan.entries] };
}

/**
 * How many item numbers of a cell repeat or fall, per list as an officer reads it (a list starts again at
 * 1 under another of the 一级 names `level1`): items open the cell or follow one of `separators`.
 */
export function numberingFaults(text: string, level1: readonly string[], separators: string): number {
  const item = new RegExp(`(?:^|[${separators}])(\\d+)、([^：${separators}]*)`, "g");
  let bad = 0;
  let seen = new Set<number>();
  let last: string | null = null;
  let prev = 0;
  for (const m of text.matchAll(item)) {
    const n = Number(m[1]);
    const named = level1.includes(m[2]) ? m[2] : null;
    if (n === 1 && named && last && named !== last) seen = new Set();
    else if (seen.has(n) || n < prev) bad++;
    seen.add(n);
    prev = n;
    if (named) last = named;
  }
  return bad;
}

/** A text rule's fix as the engine runs it: quoted text and marks spoken of as marks left as typed (protectedSpans.ts). */
export function ruleFix(id: CleanupRuleId): (text: string) => string {
  const rule = TEXT_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`no text rule ${id}`);
  return rule.fix;
}

const ROW_COLUMNS = ["一级指标", "二级指标", "三级指标", "指标值", "备注"];

/** A default cleanup of one rows-table line (新建道路 under 产出/数量): its 指标值 and 备注 after, and the edits. */
export function cleanedRow(target: string, note = "") {
  const g = grid([ROW_COLUMNS, ["产出指标", "数量指标", "新建道路", target, note]]);
  const result = run(g);
  const values = result.grid.values[1];
  return {
    target: String(values[3] ?? ""),
    note: String(values[4] ?? ""),
    edits: result.proposal.edits,
    result,
    g,
  };
}
