/**
 * Cleanup in Excel: carrying out log entries (cells get their new text, whole rows are removed or
 * re-inserted) and reading and rewriting the 清理日志 sheet, in a fixed, small number of requests:
 *
 *   1. look: sheet names (and events state);
 *   2. look: used ranges of the sheets involved, and header rows to find the log;
 *   3. read the current values of the rows involved (one request per ≤ 2 MB);
 *   4. write: row operations, then each edited cell once, then the log (one request per ≤ 2 MB).
 *
 * Everything is decided between 3 and 4 (cleanupPlan.ts), so nothing is synced per cell. The merged
 * cells over the rows removed or re-inserted (ExcelApi 1.13) are read with 2; where Excel refuses them
 * (more than 512 in a block of rows) 2 is asked again without them and they are read sheet by sheet in
 * smaller blocks (syncWithMerges: 2 or 3 more requests, only then).
 */
import type { CellValue, Grid } from "../core/grid";
import { a1, cellAt, columnLetters } from "../core/grid";
import type { Lang, Localized } from "../core/i18n";
import {
  cleanupLogPlan,
  isCleanupLogGrid,
  LOG_HIDDEN_COLUMN,
  MAX_LOOK_CHARS,
  readCleanupLog,
} from "../core/cleanup/log";
import type { ReadLogResult } from "../core/cleanup/log";
import type { LogEntry, RowLook } from "../core/cleanup/types";
import { uniqueSheetName } from "../core/plan/types";
import { inLogSearchOrder, resultSheetName } from "../core/plan/sheetNames";
import { planWidth, toExcelRows, toExcelValue } from "./cellValues";
import type { CarryOutPlan, CellWrite, LookRestore, RowOp } from "./cleanupPlan";
import type { KeptMerge, MergeBox } from "../core/cleanup/keptMerges";
import { holdsKept, keepMerge, keptArea, mergesLeavingWith, overlaps } from "../core/cleanup/keptMerges";
import type { CleanupWithLogResult } from "./cleanupWithLog";
import {
  LOOK_HOST,
  keptMerges,
  mergeReadRows,
  planCarryOut,
  placeOf,
  readAreas,
  removedRows,
} from "./cleanupPlan";
import { protectedSheet, protectedWorkbook, sheetNotFound } from "./errors";
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
  /** The officer's language: a new 清理日志 is named in it (Cleanup log), and the log is looked for in it first. */
  lang?: Lang;
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
  /**
   * The merges of the sheets asked for (ExcelApi 1.13), 1-based, as they are before the run; null for a
   * sheet whose merges Excel would not answer (see syncWithMerges).
   */
  merges: Map<string, MergeBox[] | null>;
}

/**
 * Syncs 1 and 2: which sheets exist, the used ranges of `sheets`, (when asked) where the log is, and
 * the merges of `mergeRows`' sheets down to their row (see queueMergeReads).
 */
async function lookAtWorkbook(
  context: Excel.RequestContext,
  sheets: readonly string[],
  findLog: boolean,
  features: ExcelFeatures,
  mergeRows: ReadonlyMap<string, number> = new Map(),
  lang: Lang = "zh",
): Promise<WorkbookLook> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const runtime = features.toggleEvents ? context.runtime : null;
  if (runtime) runtime.load("enableEvents");
  // A protected structure refuses a new 清理日志 (ExcelApi 1.7; absent in test stand-ins).
  const structure = findLog
    ? (context.workbook.protection as Excel.WorkbookProtection | undefined)
    : undefined;
  structure?.load("protected");
  await context.sync();
  const names = worksheets.items.map((w) => w.name);
  for (const s of sheets) if (!names.includes(s)) throw sheetNotFound(s);

  const wanted = findLog ? names : [...sheets];
  const guards = new Map<string, Excel.WorksheetProtection>();
  const {
    queued: { used, heads },
    merges,
  } = await syncWithMerges(context, mergeRows, () => {
    const used = new Map<string, Excel.Range>();
    const heads = new Map<string, Excel.Range>();
    for (const name of wanted) {
      const ws = worksheets.getItem(name);
      const u = ws.getUsedRangeOrNullObject(true);
      loadArea(u);
      used.set(name, u);
      // Whether the sheet is protected (ExcelApi 1.2), asked before any change: a run that failed on
      // its second sheet would leave the first cleaned with no log to revert it.
      const guard = protectionOf(ws);
      guard?.load("protected");
      if (guard) guards.set(name, guard);
      if (findLog) {
        const h = ws.getRange(HEADER_RANGE);
        h.load("values");
        heads.set(name, h);
      }
    }
    return { used, heads };
  });

  const look: WorkbookLook["sheets"] = new Map();
  for (const [name, u] of used) look.set(name, { used: u.isNullObject ? null : areaOf(u) });
  let log: WorkbookLook["log"] = null;
  if (findLog) {
    // The log named in the officer's language first, then in the other (清理日志 | Cleanup log), then any
    // other sheet with our header row (renamed by the officer).
    const ordered = inLogSearchOrder(names, (n) => n, lang);
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
  // Only `true` refuses: an older host's answer (an error string, undefined) is not a protection.
  for (const name of [...sheets, ...(log ? [log.name] : [])])
    if (guards.get(name)?.protected === true) throw protectedSheet(name);
  if (findLog && !log && structure?.protected === true) throw protectedWorkbook();
  return {
    names,
    sheets: look,
    log,
    eventsWere: runtime ? runtime.enableEvents : true,
    runtime,
    merges,
  };
}

/** A sheet's protection object: absent in test stand-ins that do not model it (then never a refusal). */
function protectionOf(ws: Excel.Worksheet): Excel.WorksheetProtection | undefined {
  return (ws as { protection?: Excel.WorksheetProtection }).protection;
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

/**
 * This gateway's RowLook (see RowLook in core, its host LOOK_HOST in cleanupPlan.ts): Excel's own cell and
 * row properties (ExcelApi 1.9).
 */
export interface ExcelRowLook {
  /** Hidden, and its height (or the standard height). */
  row: Excel.SettableRowProperties;
  /** The formats the row's cells use, each once … */
  formats: Excel.SettableCellProperties[];
  /** … and which one each cell from column A has. */
  cells: number[];
  numberFormats: string[];
  /**
   * The merges over the row (ExcelApi 1.13), all inside the rows removed with it (whyRowsStay keeps a
   * row with one reaching out): first and last row relative to the row, first and last column, and
   * every cell's value as read then (a merged cell reads as its first cell). The shape of src/xlsx's.
   */
  merges?: KeptMerge[];
}

/** Everything of a cell's look that setCellProperties can put back. */
const CELL_LOOK: Excel.CellPropertiesLoadOptions = {
  style: true,
  format: {
    autoIndent: true,
    horizontalAlignment: true,
    indentLevel: true,
    protection: true,
    readingOrder: true,
    shrinkToFit: true,
    textOrientation: true,
    verticalAlignment: true,
    wrapText: true,
    fill: { color: true, pattern: true, patternColor: true, patternTintAndShade: true, tintAndShade: true },
    font: {
      bold: true,
      color: true,
      italic: true,
      name: true,
      size: true,
      strikethrough: true,
      subscript: true,
      superscript: true,
      tintAndShade: true,
      underline: true,
    },
    borders: { color: true, style: true, tintAndShade: true, weight: true },
  },
};

const ROW_LOOK: Excel.RowPropertiesLoadOptions = {
  rowHidden: true,
  format: { rowHeight: true, useStandardHeight: true },
};

/** The value without null or undefined members (Excel answers null where a property does not apply). */
function defined<T>(v: T): T {
  if (Array.isArray(v)) return v.map(defined) as T;
  if (v === null || typeof v !== "object") return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (x !== null && x !== undefined) out[k] = defined(x);
  return out as T;
}

interface LookRead {
  sheet: string;
  row: number;
  cells: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  rows: OfficeExtension.ClientResult<Excel.RowProperties[]>;
  /** The row's cells from column A (their number formats are loaded). */
  span: Excel.Range;
}

/**
 * Queues the reads of how `rows` (1-based) look, across `width` columns (and, `withValues`, what they
 * hold); answered by the next sync.
 */
function queueLookReads(
  context: Excel.RequestContext,
  rows: ReadonlyMap<string, readonly number[]>,
  widthOf: (sheet: string) => number,
  withValues = false,
): LookRead[] {
  const reads: LookRead[] = [];
  for (const [sheet, list] of rows) {
    const ws = context.workbook.worksheets.getItem(sheet);
    const width = Math.max(1, widthOf(sheet));
    for (const row of list) {
      const span = ws.getRangeByIndexes(row - 1, 0, 1, width);
      span.load(withValues ? "numberFormat,values" : "numberFormat");
      reads.push({
        sheet,
        row,
        span,
        cells: span.getCellProperties(CELL_LOOK),
        rows: ws.getRange(`${row}:${row}`).getRowProperties(ROW_LOOK),
      });
    }
  }
  return reads;
}

/**
 * Rows per request for merged areas: Excel answers at most 512 merges a range (more fails the whole
 * request), so a sheet is asked in blocks of rows (a 绩效目标表 merges a few cells a row at most).
 */
const MERGE_BLOCK_ROWS = 100;

/**
 * Where a block of MERGE_BLOCK_ROWS holds more than Excel answers, a sheet is asked again alone in
 * smaller blocks, one request each; at most MAX_MERGE_READS ranges a request (a request stays small).
 */
const MERGE_RETRY_ROWS = [10, 1];
const MAX_MERGE_READS = 2000;

/**
 * Queues the reads of the merged areas of each sheet's rows 1 to `rows` (whole rows, `block` rows a
 * range); answered by the next sync. Excel names a merge only in a range holding its first cell, with
 * its whole extent, so a merge coming down into a removed row from far above is found by reading from
 * the top.
 */
function queueMergeReads(
  context: Excel.RequestContext,
  rows: ReadonlyMap<string, number>,
  block = MERGE_BLOCK_ROWS,
): Map<string, Excel.RangeAreas[]> {
  const reads = new Map<string, Excel.RangeAreas[]>();
  for (const [sheet, last] of rows) {
    const ws = context.workbook.worksheets.getItem(sheet);
    const list: Excel.RangeAreas[] = [];
    for (let top = 1; top <= last; top += block) {
      const bottom = Math.min(last, top + block - 1);
      const areas = ws.getRange(`${top}:${bottom}`).getMergedAreasOrNullObject();
      areas.load(MERGE_PROPS);
      list.push(areas);
    }
    reads.set(sheet, list);
  }
  return reads;
}

const MERGE_PROPS = ["rowIndex", "columnIndex", "rowCount", "columnCount"]
  .map((p) => `areas/items/${p}`)
  .join(",");

/**
 * Syncs what `queue` asks for together with the merges of `rows`' sheets (queueMergeReads): on the
 * common path no request of their own. Where Excel refuses a merge read (more than 512 merges in a
 * block of rows) it fails the whole request: then `queue` is asked again alone (one more request) and
 * the merges are read apart (readMergesApart); a sheet whose merges cannot be read is null. Whatever
 * fails without the merges fails as before.
 */
async function syncWithMerges<T>(
  context: Excel.RequestContext,
  rows: ReadonlyMap<string, number>,
  queue: () => T,
): Promise<{ queued: T; merges: Map<string, MergeBox[] | null> }> {
  const first = queue();
  const reads = queueMergeReads(context, rows);
  try {
    await context.sync();
    const merges = new Map<string, MergeBox[] | null>();
    for (const [sheet, list] of reads) merges.set(sheet, mergesFrom(list));
    return { queued: first, merges };
  } catch (e) {
    if (reads.size === 0) throw e;
  }
  const queued = queue();
  await context.sync();
  return { queued, merges: await readMergesApart(context, rows) };
}

/** Each sheet's merges in its own requests, in smaller blocks until one answers; null where none does. */
async function readMergesApart(
  context: Excel.RequestContext,
  rows: ReadonlyMap<string, number>,
): Promise<Map<string, MergeBox[] | null>> {
  const merges = new Map<string, MergeBox[] | null>();
  for (const [sheet, last] of rows) {
    merges.set(sheet, null);
    for (const block of MERGE_RETRY_ROWS) {
      if (Math.ceil(last / block) > MAX_MERGE_READS) break;
      const reads = queueMergeReads(context, new Map([[sheet, last]]), block);
      try {
        // Only where a request failed: each answer decides whether smaller blocks are needed.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        merges.set(sheet, mergesFrom(reads.get(sheet)));
        break;
      } catch {
        // More than Excel answers in a block: smaller blocks, or none.
      }
    }
  }
  return merges;
}

/** The merges the reads found (after the sync), each once, 1-based. */
function mergesFrom(reads: readonly Excel.RangeAreas[] | undefined): MergeBox[] {
  const out = new Map<string, MergeBox>();
  for (const areas of reads ?? []) {
    if (areas.isNullObject) continue;
    for (const a of areas.areas.items) {
      const m: MergeBox = {
        top: a.rowIndex + 1,
        left: a.columnIndex + 1,
        bottom: a.rowIndex + a.rowCount,
        right: a.columnIndex + a.columnCount,
      };
      if (m.bottom > m.top || m.right > m.left) out.set(`${m.top},${m.left},${m.bottom},${m.right}`, m);
    }
  }
  return [...out.values()];
}

/** A row's look from its reads (after the sync). */
function lookOf(read: LookRead): RowLook {
  const keys: string[] = [];
  const formats: Excel.SettableCellProperties[] = [];
  const cells = (read.cells.value[0] ?? []).map((c) => {
    const { format, style } = defined(c);
    const one: Excel.SettableCellProperties = { ...(style ? { style } : {}), ...(format ? { format } : {}) };
    const key = JSON.stringify(one);
    let i = keys.indexOf(key);
    if (i < 0) {
      i = keys.push(key) - 1;
      formats.push(one);
    }
    return i;
  });
  const props = defined(read.rows.value[0] ?? {});
  const row: Excel.SettableRowProperties = {
    rowHidden: props.rowHidden === true,
    format: props.format?.useStandardHeight
      ? { useStandardHeight: true }
      : props.format?.rowHeight !== undefined
        ? { rowHeight: props.format.rowHeight }
        : {},
  };
  const numberFormats = ((read.span.numberFormat as unknown[][] | undefined)?.[0] ?? []).map((f) =>
    typeof f === "string" ? f : "General",
  );
  const data: ExcelRowLook = { row, formats, cells, numberFormats };
  return { host: LOOK_HOST, data };
}

function isExcelRowLook(v: unknown): v is ExcelRowLook {
  const d = v as Partial<ExcelRowLook> | null;
  return !!d && typeof d === "object" && Array.isArray(d.formats) && Array.isArray(d.cells) && !!d.row;
}

/**
 * A re-inserted row takes the formats of the row above it (Excel's insert); its own look, kept when it
 * was removed, is put back after its values are written: row height and hidden state, each cell's
 * format, then the number formats (text stays text: a format set after the value does not convert it).
 */
function lookSteps(restores: readonly LookRestore[], slots: SheetSlots, fetched: Set<string>): FixedStep[] {
  const steps: FixedStep[] = [];
  for (const r of restores) {
    if (r.look.host !== LOOK_HOST || !isExcelRowLook(r.look.data)) continue;
    const d = r.look.data;
    const get = slots.fetch(r.sheet, fetched);
    if (get) steps.push(get);
    const i = slots.slot(r.sheet);
    const cells = d.cells.map((k) => d.formats[k] ?? {});
    steps.push(
      measured((env) => {
        const ws = env.sheets[i];
        ws.getRange(`${r.row}:${r.row}`).setRowProperties([d.row]);
        if (cells.length > 0) ws.getRangeByIndexes(r.row - 1, 0, 1, cells.length).setCellProperties([cells]);
        if (d.numberFormats.length > 0)
          ws.getRangeByIndexes(r.row - 1, 0, 1, d.numberFormats.length).numberFormat = [d.numberFormats];
      }),
    );
  }
  return steps;
}

function gridValue(grid: Grid | undefined): (row: number, col: number) => CellValue {
  return (r, c) => (grid ? cellAt(grid, r - grid.top, c - grid.left) : null);
}

/**
 * Merges kept with re-inserted rows, made again once all of their rows are back and every cell holds
 * what it held (as src/xlsx restoreMerge: each row of a copy keeps the merges over it, and the one whose
 * re-insertion completes a merge makes it, in this batch or after a row reverted before), where no
 * merge already on the sheet would overlap it: Excel stretches a merge over a row inserted inside it,
 * so only where the sheet's merges were read (ExcelApi 1.13). After the values and formats, each merge
 * once.
 */
function mergeSteps(plan: CarryOutPlan, slots: SheetSlots, fetched: Set<string>): FixedStep[] {
  const steps: FixedStep[] = [];
  const made = new Set<string>();
  for (const r of plan.restores) {
    const existing = plan.mergesNow.get(r.sheet);
    if (!existing || !isExcelRowLook(r.look.data)) continue;
    for (const k of keptMerges(r.look)) {
      const m = keptArea(r.row, k);
      if (!m) continue;
      const key = `${r.sheet}\u0000${m.top},${m.left},${m.bottom},${m.right}`;
      if (made.has(key)) continue;
      if (!holdsKept(m, k, (row, c) => plan.valueAt(r.sheet, row, c))) continue;
      if (existing.some((x) => overlaps(x, m))) continue;
      made.add(key);
      const get = slots.fetch(r.sheet, fetched);
      if (get) steps.push(get);
      const i = slots.slot(r.sheet);
      steps.push(
        measured((env) =>
          env.sheets[i]
            .getRangeByIndexes(m.top - 1, m.left - 1, m.bottom - m.top + 1, m.right - m.left + 1)
            .merge(false),
        ),
      );
    }
  }
  return steps;
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
    const cost = jsonBytes(toExcelValue(w.value, w.asText)) + (w.asText ? 6 : 0) + 4;
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
    const values = run.map((w) => [toExcelValue(w.value, w.asText)]);
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
  lang: Lang = "zh",
): { steps: Step[]; sheetName: string } {
  const plan = cleanupLogPlan(log, lang);
  const i = slots.slot("\u0000log");
  const steps: Step[] = [];
  const existing = look.log;
  // An existing log keeps its name, whichever language wrote it: the officers sharing a file share one log.
  const sheetName = existing ? existing.name : uniqueSheetName(plan.name, look.names);
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
  // A row that stays: why, as the preview says it.
  if (e.action === "declined" && e.edit.note)
    return { zh: `${where}：${e.edit.note.zh}`, en: `${where}: ${e.edit.note.en}` };
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
 * A copy of a header goes whole, both rows or neither (as the preview keeps it): a row removed next to
 * one that stays, in the same run, stays too, with its reason.
 */
function keepWholeCopies(
  keep: Map<string, Map<number, Localized>>,
  removing: ReadonlyMap<string, readonly number[]>,
): void {
  for (const [sheet, why] of keep) {
    const rows = new Set(removing.get(sheet));
    for (const [row, reason] of [...why]) {
      for (const step of [-1, 1])
        for (let r = row + step; rows.has(r) && !why.has(r); r += step) why.set(r, reason);
    }
  }
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
  // The merges over the rows removed or re-inserted (ExcelApi 1.13): kept with a removed row, and on
  // revert told apart from those already on the sheet.
  const mergeRows = deps.features.mergedAreas ? mergeReadRows(active) : new Map<string, number>();
  const look = await lookAtWorkbook(context, sheets, log !== null, deps.features, mergeRows, deps.lang);
  // A sheet whose merges Excel would not answer (whyRowsStay kept its rows; the sheet changed since):
  // its rows stay, as the preview keeps them (see keep below).
  const merges = new Map<string, MergeBox[]>();
  for (const [sheet, list] of look.merges) if (list) merges.set(sheet, list);
  // How the rows to remove look, so that revert restores them as they were: asked with the reads of
  // their values (answered by the same sync), where ExcelApi 1.9 can read and write it.
  const removing = removedRows(active);
  const lookReads = deps.features.cellProperties
    ? queueLookReads(context, removing, (sheet) => usedRight(look.sheets.get(sheet)))
    : [];
  const { grids, widths } = await readCurrent(context, active, look);
  // Rows revert could not restore stay, with the preview's reason (whyRowsStay): the sheet changed
  // after the preview.
  const keep = new Map<string, Map<number, Localized>>();
  const stays = (sheet: string, row: number, why: Localized) => {
    const bySheet = keep.get(sheet) ?? new Map<number, Localized>();
    if (!bySheet.has(row)) bySheet.set(row, why);
    keep.set(sheet, bySheet);
  };
  for (const [sheet, rows] of removing)
    if (look.merges.get(sheet) === null) for (const r of rows) stays(sheet, r, KEPT_MERGES_UNREAD);
  const looks = new Map<string, Map<number, RowLook>>();
  for (const read of lookReads) {
    const kept = lookOf(read);
    // A merge inside the rows removed goes with them and is kept for revert; one reaching out of them
    // (Excel would shrink it), or an empty one over several rows, keeps the row (core decides, as for
    // the .xlsx gateway).
    const { inside, why } = mergesLeavingWith(
      merges.get(read.sheet) ?? [],
      read.row,
      new Set(removing.get(read.sheet)),
      gridValue(grids.get(read.sheet)),
    );
    if (why) stays(read.sheet, read.row, why);
    if (inside.length > 0)
      (kept.data as ExcelRowLook).merges = inside.map((m) => keepMerge(m, read.row, m.values));
    // A look too large for the log cannot be kept: the row stays.
    if (JSON.stringify(kept).length > MAX_LOOK_CHARS) stays(read.sheet, read.row, KEPT_LARGE_LOOK);
    const bySheet = looks.get(read.sheet) ?? new Map<number, RowLook>();
    bySheet.set(read.row, kept);
    looks.set(read.sheet, bySheet);
  }
  keepWholeCopies(keep, removing);
  const plan = planCarryOut(entries, grids, widths, looks, merges, keep);

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
    ...lookSteps(plan.restores, slots, fetched),
    ...mergeSteps(plan, slots, fetched),
  ];
  let logSheet: string | null = null;
  if (log !== null) {
    const written = logSteps([...log, ...plan.done], look, slots, deps.lang);
    steps.push(...written.steps);
    logSheet = written.sheetName;
  }
  const batches = packSteps(steps, limit, preamble);
  await runBatches(context, batches, look, deps.features);
  return { done: plan.done, skipped: plan.skipped, messages: plan.skipped.map(skippedMessage), logSheet };
}

const KEPT_NO_LOOK: Localized = {
  zh: "保留此行，未删除：此版本的 Excel 无法读取该行的格式（需 ExcelApi 1.9），撤销时无法原样恢复。",
  en: "Row kept, not removed: this Excel cannot read the row's formats (ExcelApi 1.9 is needed), so revert could not restore it.",
};
const KEPT_NO_MERGES: Localized = {
  zh: "保留此行，未删除：此版本的 Excel 无法读取合并单元格（需 ExcelApi 1.13），撤销时无法原样恢复。",
  en: "Row kept, not removed: this Excel cannot read merged cells (ExcelApi 1.13 is needed), so revert could not restore them.",
};
const KEPT_MERGES_UNREAD: Localized = {
  zh: "保留此行，未删除：该表合并单元格过多，Excel 无法读取，撤销时无法原样恢复。",
  en: "Row kept, not removed: the sheet has more merged cells than Excel can read, so revert could not restore them.",
};
const KEPT_LARGE_LOOK: Localized = {
  zh: "保留此行，未删除：该行格式过多，清理日志无法保存，撤销时无法原样恢复。",
  en: "Row kept, not removed: the row holds more formats than the cleanup log can keep for revert.",
};

/**
 * Of the rows a cleanup would remove from `sheet` (together: a copy of a two-row header), those that
 * must stay, with the reason: Excel moves what sits below a deleted row itself, but revert can restore a
 * row's own look (formats, height, hidden) only where it can be read (ExcelApi 1.9) and kept in the log,
 * and its merges only where they can be read (ExcelApi 1.13) and lie entirely inside the rows removed
 * (Excel would shrink one reaching out of them, and revert could not stretch it back).
 */
export async function whyRowsStayInContext(
  context: Excel.RequestContext,
  sheet: string,
  rows: readonly number[],
  features: ExcelFeatures,
): Promise<Map<number, Localized>> {
  const kept = new Map<number, Localized>();
  if (rows.length === 0) return kept;
  if (!features.cellProperties || !features.mergedAreas) {
    for (const r of rows) kept.set(r, features.cellProperties ? KEPT_NO_MERGES : KEPT_NO_LOOK);
    return kept;
  }
  const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
  loadArea(used);
  await context.sync();
  const width = used.isNullObject ? 1 : usedRight({ used: areaOf(used) });
  // The rows' values too: the merges kept with a row keep what their cells hold, and count in its size.
  const { queued: reads, merges: read } = await syncWithMerges(
    context,
    new Map([[sheet, Math.max(...rows) + 1]]),
    () => queueLookReads(context, new Map([[sheet, rows]]), () => width, true),
  );
  const merges = read.get(sheet);
  if (!merges) {
    for (const r of rows) kept.set(r, KEPT_MERGES_UNREAD);
    return kept;
  }
  const gone = new Set(rows);
  // Each row's values as the grid reads them (read.ts), as carryOutInContext reads them.
  const byRow = new Map(
    reads.map((r) => {
      const line: unknown = (r.span.values as unknown[][] | undefined)?.[0];
      return [r.row, toGridRows([Array.isArray(line) ? line : []], null).values[0]];
    }),
  );
  const valueAt = (r: number, c: number): CellValue => byRow.get(r)?.[c - 1] ?? null;
  for (const read of reads) {
    // A merge reaching out of the rows removed, or an empty one over several of them, keeps the row.
    const { inside, why } = mergesLeavingWith(merges, read.row, gone, valueAt);
    if (why) {
      kept.set(read.row, why);
      continue;
    }
    // As carryOutInContext keeps it: the look and the merges inside the rows removed.
    const look = lookOf(read);
    if (inside.length > 0)
      (look.data as ExcelRowLook).merges = inside.map((m) => keepMerge(m, read.row, m.values));
    if (JSON.stringify(look).length > MAX_LOOK_CHARS) kept.set(read.row, KEPT_LARGE_LOOK);
  }
  return kept;
}

/** Rewrites the 清理日志 with the whole log. */
export async function writeLogInContext(
  context: Excel.RequestContext,
  log: readonly LogEntry[],
  deps: CleanupDeps,
): Promise<string> {
  const result = await carryOutInContext(context, [], log, deps);
  return result.logSheet ?? resultSheetName("cleanupLog", deps.lang ?? "zh");
}

/** Reads the 清理日志 back (found by its header row); no entries when there is none. */
export async function readLogInContext(
  context: Excel.RequestContext,
  features: ExcelFeatures,
  lang: Lang = "zh",
): Promise<ReadLogResult & { sheet: string | null }> {
  // Events are not touched when only reading.
  const look = await lookAtWorkbook(context, [], true, { ...features, toggleEvents: false }, new Map(), lang);
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
