/**
 * Cleanup in Excel: carrying out log entries (cells get their new text, whole rows are removed or
 * re-inserted) and reading and rewriting the 清理日志 sheet, in a fixed, small number of requests:
 *
 *   1. look: sheet names (and events state);
 *   2. look: used ranges of the sheets involved, and header rows to find the log;
 *   3. read the current values of the rows involved (one request per ≤ 2 MB);
 *   4. write: row operations, then each edited cell once, then the log (one request per ≤ 2 MB).
 *
 * Everything is decided between 3 and 4 (cleanupPlan.ts), so nothing is synced per cell.
 */
import type { Grid } from "../core/grid";
import { a1, columnLetters } from "../core/grid";
import type { Localized } from "../core/i18n";
import {
  CLEANUP_LOG_SHEET,
  cleanupLogPlan,
  isCleanupLogGrid,
  LOG_HIDDEN_COLUMN,
  readCleanupLog,
} from "../core/cleanup/log";
import type { ReadLogResult } from "../core/cleanup/log";
import type { LogEntry } from "../core/cleanup/types";
import { uniqueSheetName } from "../core/plan/types";
import { planWidth, toExcelRows, toExcelValue } from "./cellValues";
import type { CellWrite, RowOp } from "./cleanupPlan";
import type { CleanupWithLogResult } from "./cleanupWithLog";
import { planCarryOut, placeOf, readAreas } from "./cleanupPlan";
import { sheetNotFound } from "./errors";
import type { ExcelFeatures } from "./features";
import type { Batch, FixedStep, Step, StepEnv } from "./pack";
import { packSteps } from "./pack";
import type { Area } from "./read";
import { areaOf, loadArea, readArea, toGridRows } from "./read";
import { OP_OVERHEAD_BYTES, REQUEST_LIMIT_BYTES, jsonBytes, measureQueued, opBytes } from "./requestSize";
import { applyFormat, charsToPoints, columnWidthRuns } from "./steps";
import { queueBatch, queuePreamble } from "./write";

export interface CleanupDeps {
  features: ExcelFeatures;
  requestLimit?: number;
}

/** What a cleanup run did (see cleanupWithLog.ts). */
export type CleanupRunResult = CleanupWithLogResult;

const LOG_COLUMNS = 12;
const HEADER_RANGE = `A1:${columnLetters(LOG_COLUMNS)}1`;

interface SheetLook {
  /** Used range (values only), null for an empty sheet. */
  used: Area | null;
}

interface WorkbookLook {
  names: string[];
  sheets: Map<string, SheetLook>;
  /** The 清理日志 written by this tool: its name and last used row. */
  log: { name: string; lastRow: number } | null;
  eventsWere: boolean;
  runtime: Excel.Runtime | null;
}

/** Syncs 1 and 2: which sheets exist, the used ranges of `sheets`, and (when asked) where the log is. */
async function lookAtWorkbook(
  context: Excel.RequestContext,
  sheets: readonly string[],
  findLog: boolean,
  features: ExcelFeatures,
): Promise<WorkbookLook> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const runtime = features.toggleEvents ? context.runtime : null;
  if (runtime) runtime.load("enableEvents");
  await context.sync();
  const names = worksheets.items.map((w) => w.name);
  for (const s of sheets) if (!names.includes(s)) throw sheetNotFound(s);

  const wanted = findLog ? names : [...sheets];
  const used = new Map<string, Excel.Range>();
  const heads = new Map<string, Excel.Range>();
  for (const name of wanted) {
    const ws = worksheets.getItem(name);
    const u = ws.getUsedRangeOrNullObject(true);
    loadArea(u);
    used.set(name, u);
    if (findLog) {
      const h = ws.getRange(HEADER_RANGE);
      h.load("values");
      heads.set(name, h);
    }
  }
  await context.sync();

  const look: WorkbookLook["sheets"] = new Map();
  for (const [name, u] of used) look.set(name, { used: u.isNullObject ? null : areaOf(u) });
  let log: WorkbookLook["log"] = null;
  if (findLog) {
    // The sheet called 清理日志 first, then any other sheet with our header row (renamed by the officer).
    const ordered = [...names].sort((a, b) =>
      a === CLEANUP_LOG_SHEET ? -1 : b === CLEANUP_LOG_SHEET ? 1 : 0,
    );
    for (const name of ordered) {
      const grid: Grid = {
        sheet: name,
        top: 1,
        left: 1,
        values: toGridRows(heads.get(name)!.values, null).values,
      };
      if (!isCleanupLogGrid(grid)) continue;
      const area = look.get(name)?.used;
      log = { name, lastRow: area ? area.rowIndex + area.rowCount : 1 };
      break;
    }
  }
  return { names, sheets: look, log, eventsWere: runtime ? runtime.enableEvents : true, runtime };
}

function usedRight(look: SheetLook | undefined): number {
  return look?.used ? look.used.columnIndex + look.used.columnCount : 0;
}

/** Step 3: the current values of the rows the entries touch, per sheet (original addresses). */
async function readCurrent(
  context: Excel.RequestContext,
  entries: readonly LogEntry[],
  look: WorkbookLook,
): Promise<{ grids: Map<string, Grid>; widths: Map<string, number> }> {
  const grids = new Map<string, Grid>();
  const widths = new Map<string, number>();
  for (const [sheet, a] of readAreas(entries)) {
    const width = usedRight(look.sheets.get(sheet));
    widths.set(sheet, width);
    const right = a.wholeRows ? Math.max(a.right, width) : a.right;
    const area: Area = {
      rowIndex: a.top - 1,
      columnIndex: a.left - 1,
      rowCount: a.bottom - a.top + 1,
      columnCount: right - a.left + 1,
    };
    // One request per ≤ 2 MB block (readArea); usually one for the whole table.
    grids.set(sheet, await readArea(context, context.workbook.worksheets.getItem(sheet), sheet, area));
  }
  return { grids, widths };
}

function fixedStep(bytes: number, run: (env: StepEnv) => void): FixedStep {
  return { kind: "fixed", bytes, run };
}

function measured(run: (env: StepEnv) => void): FixedStep {
  const bytes = measureQueued((ctx) =>
    run({
      context: ctx as Excel.RequestContext,
      sheets: new Proxy([], { get: () => (ctx as { sheet: unknown }).sheet }) as unknown as Excel.Worksheet[],
    }),
  );
  return fixedStep(bytes, run);
}

/** Sheet handles by name, fetched once per run (they stay valid across requests of one Excel.run). */
class SheetSlots {
  private readonly index = new Map<string, number>();
  slot(name: string): number {
    if (!this.index.has(name)) this.index.set(name, this.index.size);
    return this.index.get(name)!;
  }
  /** A step that fetches the sheet into its slot; null when already fetched. */
  fetch(name: string, fetched: Set<string>): FixedStep | null {
    if (fetched.has(name)) return null;
    fetched.add(name);
    const i = this.slot(name);
    return measured((env) => {
      env.sheets[i] = env.context.workbook.worksheets.getItem(name);
    });
  }
}

/** Whole-row delete or insert: the entire row, so cells outside the table move with it. */
function rowOpSteps(ops: readonly RowOp[], slots: SheetSlots, fetched: Set<string>): FixedStep[] {
  const steps: FixedStep[] = [];
  for (const op of ops) {
    const get = slots.fetch(op.sheet, fetched);
    if (get) steps.push(get);
    const i = slots.slot(op.sheet);
    const ref = `${op.row}:${op.row}`;
    steps.push(
      measured((env) => {
        const range = env.sheets[i].getRange(ref);
        if (op.insert) range.insert("Down");
        else range.delete("Up");
      }),
    );
  }
  return steps;
}

/**
 * Consecutive rows of one column, all text or all not: one range each, cut where a range would carry
 * more than `maxBytes` (so that no single write is larger than a request may be).
 */
export function writeRuns(writes: readonly CellWrite[], maxBytes = Infinity): CellWrite[][] {
  const sorted = [...writes].sort((x, y) =>
    x.sheet !== y.sheet ? (x.sheet < y.sheet ? -1 : 1) : x.col - y.col || x.row - y.row,
  );
  const runs: CellWrite[][] = [];
  let bytes = 0;
  for (const w of sorted) {
    // A cell costs its value, its format and the JSON around both.
    const cost = jsonBytes(toExcelValue(w.value)) + (w.asText ? 6 : 0) + 4;
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    const joins =
      last &&
      last.sheet === w.sheet &&
      last.col === w.col &&
      last.row === w.row - 1 &&
      last.asText === w.asText;
    if (joins && bytes + cost <= maxBytes) {
      run.push(w);
      bytes += cost;
    } else {
      runs.push([w]);
      bytes = cost;
    }
  }
  return runs;
}

/**
 * Cell writes: the number format "@" (text) on exactly the edited cells, then their values, so that
 * "100%", "1-3" or "20:20" stay text. Formula-looking text also gets an apostrophe (cellValues.ts).
 */
function cellWriteSteps(
  writes: readonly CellWrite[],
  slots: SheetSlots,
  fetched: Set<string>,
  maxBytes: number,
): FixedStep[] {
  const steps: FixedStep[] = [];
  for (const run of writeRuns(writes, maxBytes)) {
    const { sheet, row, col, asText } = run[0];
    const get = slots.fetch(sheet, fetched);
    if (get) steps.push(get);
    const i = slots.slot(sheet);
    const values = run.map((w) => [toExcelValue(w.value)]);
    const formats = asText ? run.map(() => ["@"]) : null;
    const where = [row - 1, col - 1, run.length, 1];
    const bytes = opBytes(where) + (formats ? opBytes(formats) : 0) + opBytes(values);
    steps.push(
      fixedStep(bytes, (env) => {
        const range = env.sheets[i].getRangeByIndexes(row - 1, col - 1, run.length, 1);
        if (formats) range.numberFormat = formats;
        range.values = values;
      }),
    );
  }
  return steps;
}

/**
 * The whole log into the 清理日志 sheet. An existing log sheet is rewritten in place (deleting a
 * sheet cannot be undone in Excel and would cost the officer the undo history); a new one is added.
 * It is never recorded as an output sheet, so "replace previous results" never removes it.
 */
function logSteps(
  log: readonly LogEntry[],
  look: WorkbookLook,
  slots: SheetSlots,
): { steps: Step[]; sheetName: string } {
  const plan = cleanupLogPlan(log);
  const i = slots.slot("\u0000log");
  const steps: Step[] = [];
  const existing = look.log;
  const sheetName = existing ? existing.name : uniqueSheetName(CLEANUP_LOG_SHEET, look.names);
  steps.push(
    measured((env) => {
      if (existing) env.sheets[i] = env.context.workbook.worksheets.getItem(sheetName);
      else {
        const ws = env.context.workbook.worksheets.add(sheetName);
        if (plan.tabColor) ws.tabColor = plan.tabColor;
        env.sheets[i] = ws;
      }
    }),
  );
  // Formats first: the text format must be on the cells before "20:20" or a time arrives.
  for (const f of plan.formats ?? [])
    steps.push(measured((env) => applyFormat(env.sheets[i].getRange(f.range), f)));
  const width = planWidth(plan.values);
  steps.push({ kind: "rows", sheet: i, rows: toExcelRows(plan.values, width) });
  const rows = plan.values.length;
  if (existing && existing.lastRow > rows) {
    const rest = `A${rows + 1}:${a1(existing.lastRow, LOG_COLUMNS)}`;
    steps.push(measured((env) => env.sheets[i].getRange(rest).clear("Contents")));
  }
  if (!existing) {
    for (const run of columnWidthRuns(plan.columnWidths ?? [])) {
      const cols = `${columnLetters(run.from + 1)}:${columnLetters(run.to + 1)}`;
      steps.push(
        measured((env) => (env.sheets[i].getRange(cols).format.columnWidth = charsToPoints(run.width))),
      );
    }
    if (plan.freeze && plan.freeze.rows > 0) {
      const n = plan.freeze.rows;
      steps.push(measured((env) => env.sheets[i].freezePanes.freezeRows(n)));
    }
  }
  // The data revert needs is the officer's to keep, not to read or print.
  const hidden = columnLetters(LOG_HIDDEN_COLUMN);
  steps.push(measured((env) => (env.sheets[i].getRange(`${hidden}:${hidden}`).columnHidden = true)));
  return { steps, sheetName };
}

/**
 * Step 4: the batches, one request each. Calculation and screen updating are suspended for each
 * request; events are off from the first request and back on at the end of the last one.
 */
async function runBatches(
  context: Excel.RequestContext,
  batches: Batch[],
  look: WorkbookLook,
  features: ExcelFeatures,
): Promise<void> {
  const env: StepEnv = { context, sheets: [] };
  const runtime = look.runtime;
  let eventsOff = false;
  try {
    for (let b = 0; b < batches.length; b++) {
      queuePreamble(context, features);
      if (runtime && !eventsOff) {
        runtime.enableEvents = false;
        eventsOff = true;
      }
      queueBatch(env, batches[b]);
      if (runtime && b === batches.length - 1) {
        runtime.enableEvents = look.eventsWere;
        eventsOff = false;
      }
      // One request per ≤ 2 MB batch: the batches exist because one request cannot carry it all.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
  } catch (e) {
    if (runtime && eventsOff) {
      runtime.enableEvents = look.eventsWere;
      await context.sync().catch(() => undefined);
    }
    throw e;
  }
}

function skippedMessage(e: LogEntry): Localized {
  const where = placeOf(e);
  return e.action === "revert"
    ? {
        zh: `第 ${e.revertOf} 条：${where} 在清理后又被修改过，未还原（保留您的修改）。`,
        en: `Entry ${e.revertOf}: ${where} was changed after the cleanup; not restored (your change is kept).`,
      }
    : {
        zh: `${where} 在预览后又被修改过，未清理（保留您的修改）。`,
        en: `${where} was changed after the preview; not cleaned (your change is kept).`,
      };
}

/**
 * Carries out `entries` in one Excel.run (the caller asks for one undo group) and, when `log` is
 * given, rewrites the 清理日志 with `log` plus the entries as carried out, in the same requests.
 */
export async function carryOutInContext(
  context: Excel.RequestContext,
  entries: readonly LogEntry[],
  log: readonly LogEntry[] | null,
  deps: CleanupDeps,
): Promise<CleanupRunResult> {
  const active = entries.filter((e) => e.action !== "declined");
  const sheets = [...new Set(active.map((e) => e.edit.sheet))];
  if (sheets.length === 0 && log === null)
    return { done: [...entries], skipped: [], messages: [], logSheet: null };
  const look = await lookAtWorkbook(context, sheets, log !== null, deps.features);
  const { grids, widths } = await readCurrent(context, active, look);
  const plan = planCarryOut(entries, grids, widths);

  const limit = deps.requestLimit ?? REQUEST_LIMIT_BYTES;
  const preamble = measureQueued((ctx) => {
    queuePreamble(ctx as Excel.RequestContext, deps.features);
    const c = ctx as Excel.RequestContext;
    c.runtime.enableEvents = false;
    c.runtime.enableEvents = true;
  });
  // Room for one write in a request: the limit less the preamble and the range call around it.
  const room = limit - preamble - 3 * OP_OVERHEAD_BYTES - 64;
  const slots = new SheetSlots();
  const fetched = new Set<string>();
  const steps: Step[] = [
    ...rowOpSteps(plan.rowOps, slots, fetched),
    ...cellWriteSteps(plan.writes, slots, fetched, room),
  ];
  let logSheet: string | null = null;
  if (log !== null) {
    const written = logSteps([...log, ...plan.done], look, slots);
    steps.push(...written.steps);
    logSheet = written.sheetName;
  }
  const batches = packSteps(steps, limit, preamble);
  await runBatches(context, batches, look, deps.features);
  return { done: plan.done, skipped: plan.skipped, messages: plan.skipped.map(skippedMessage), logSheet };
}

/** Rewrites the 清理日志 with the whole log. */
export async function writeLogInContext(
  context: Excel.RequestContext,
  log: readonly LogEntry[],
  deps: CleanupDeps,
): Promise<string> {
  const result = await carryOutInContext(context, [], log, deps);
  return result.logSheet ?? CLEANUP_LOG_SHEET;
}

/** Reads the 清理日志 back (found by its header row); no entries when there is none. */
export async function readLogInContext(
  context: Excel.RequestContext,
  features: ExcelFeatures,
): Promise<ReadLogResult & { sheet: string | null }> {
  // Events are not touched when only reading.
  const look = await lookAtWorkbook(context, [], true, { ...features, toggleEvents: false });
  if (!look.log) return { entries: [], messages: [], sheet: null };
  const area: Area = { rowIndex: 0, columnIndex: 0, rowCount: look.log.lastRow, columnCount: LOG_COLUMNS };
  const grid = await readArea(
    context,
    context.workbook.worksheets.getItem(look.log.name),
    look.log.name,
    area,
    { hiddenToo: false },
  );
  return { ...readCleanupLog(grid), sheet: look.log.name };
}
