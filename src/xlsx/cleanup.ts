/**
 * Cleanup on an ExcelJS workbook held in memory: carry out log entries (cells get their new text, rows
 * are removed or re-inserted), and read and write the 清理日志 sheet. No Node APIs here, so the same
 * code runs in the command line and in the browser preview.
 */
import type * as ExcelJS from "exceljs";
import type { Workbook, Worksheet } from "exceljs";
import type { CellValue, Grid } from "../core/grid";
import type { ParseResult } from "../core/record";
import { parseA1 } from "../core/grid";
import type { Lang, Localized } from "../core/i18n";
import { inLogSearchOrder } from "../core/plan/sheetNames";
import type { KeptMerge, MergeBox, MergeValues } from "../core/cleanup/keptMerges";
import {
  holdsKept,
  keepMerge,
  keptArea,
  mergesLeavingWith,
  overlaps,
  valuesOver,
} from "../core/cleanup/keptMerges";
import {
  LOG_HIDDEN_COLUMN,
  cleanupLogPlan,
  entriesForRun,
  isCleanupLogGrid,
  MAX_LOOK_CHARS,
  nextLogId,
  planRevert,
  proposeCleanup,
  rowsToRemove,
  readCleanupLog,
  type CleanupEdit,
  type CleanupProposal,
  type CleanupSettings,
  type LogEntry,
  type RevertChoice,
  type RevertPlan,
  type RowLook,
} from "../core/cleanup";
import { refersAtOrBelow, shiftFormula, shiftRange, type RowShift } from "../core/cleanup/rowShift";
import { isDate1904, toCellValue, worksheetToGrid } from "./read";
import { CREATED_SHEET_NAME_PREFIX, renderPlans } from "./render";
import { editedValue, hasMixedFonts, isRichValue, keepOriginal, originalFor } from "./richCells";

/**
 * The 清理日志 sheet written by this tool, recognised by its header row whatever it is called now: the
 * one named in `lang` first, then the other language's (Cleanup log, written from an English Office),
 * then any other.
 */
export function findCleanupLogSheet(wb: Workbook, lang: Lang = "zh"): Worksheet | undefined {
  const candidates = inLogSearchOrder(wb.worksheets, (ws) => ws.name, lang);
  return candidates.find((ws) => isCleanupLogGrid(worksheetToGrid(ws, "A1:L1")));
}

export function readWorkbookCleanupLog(
  wb: Workbook,
  lang: Lang = "zh",
): {
  entries: LogEntry[];
  messages: Localized[];
  sheet: string | null;
} {
  const ws = findCleanupLogSheet(wb, lang);
  if (!ws) return { entries: [], messages: [], sheet: null };
  const { entries, messages } = readCleanupLog(worksheetToGrid(ws));
  return { entries, messages, sheet: ws.name };
}

/**
 * Replaces the 清理日志 sheet with the whole log. Returns the sheet's name: an existing log keeps the name
 * it has (清理日志 stays 清理日志 for an English officer sharing the file, a renamed log its new name); a
 * new log is named in `lang`.
 */
export function writeWorkbookCleanupLog(wb: Workbook, log: readonly LogEntry[], lang: Lang = "zh"): string {
  const old = findCleanupLogSheet(wb, lang);
  const plan = cleanupLogPlan(log, lang);
  if (old) {
    plan.name = old.name;
    dropNamesOf(wb, old.name);
    wb.removeWorksheet(old.id);
  }
  const [written] = renderPlans(wb, [plan]);
  // The restore data is for revert, not for reading or printing.
  const sheet = wb.worksheets.find((w) => w.name === written.name);
  if (sheet) sheet.getColumn(LOG_HIDDEN_COLUMN).hidden = true;
  // The log must survive "replace the add-in's previous output sheets": it is the only way back.
  // So it carries no output-sheet marker; it is found by its header row instead.
  dropNamesOf(wb, written.name, CREATED_SHEET_NAME_PREFIX);
  return written.name;
}

/** Removes defined names pointing into `sheet` (only ours when `prefix` is given). */
function dropNamesOf(wb: Workbook, sheet: string, prefix?: string): void {
  const quoted = (s: string) => s.replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  wb.definedNames.model = wb.definedNames.model.filter((dn) => {
    if (prefix && !dn.name.startsWith(prefix)) return true;
    return !dn.ranges.some((r) => quoted(r.replace(/!.*$/, "")) === sheet);
  });
}

export interface CarryOutResult {
  /** The entries as carried out (row removals hold the whole removed row). */
  done: LogEntry[];
}

function worksheet(wb: Workbook, name: string): Worksheet {
  const ws = wb.worksheets.find((w) => w.name === name);
  // Entries come from the log or from a proposal on this workbook; a missing sheet means the log
  // was edited by hand. That is the caller's message to give, so stop here with a plain error.
  if (!ws) throw new Error(`sheet not found: ${name}`);
  return ws;
}

function rowValues(ws: Worksheet, row: number): CellValue[] {
  const values: CellValue[] = [];
  const width = Math.max(ws.columnCount, ws.getRow(row).cellCount);
  const date1904 = isDate1904(ws.workbook);
  for (let c = 1; c <= width; c++) values.push(toCellValue(ws.getRow(row).getCell(c).value, date1904).value);
  while (values.length > 0 && values[values.length - 1] === null) values.pop();
  return values;
}

/** This gateway's RowLook: ExcelJS's own formats of a row and its cells (see RowLook in core). */
const LOOK_HOST = "xlsx";

interface XlsxRowLook {
  height: number | null;
  hidden: boolean;
  outlineLevel: number;
  /** The row's own format (what a cell of it not yet written takes). */
  style: Partial<ExcelJS.Style>;
  /** The formats its cells use, each once. */
  styles: Partial<ExcelJS.Style>[];
  /** [column, index in styles] of every cell the row holds, filled or not. */
  cells: [number, number][];
  /**
   * The merges over the row before the run removed it (all inside the rows removed with it, see
   * whyRowStays): first and last row relative to the row, first and last column, and every cell's value
   * as read then (a merged cell reads as its first cell).
   */
  merges?: KeptMerge[];
}

const copy = <T>(v: T | undefined): T => JSON.parse(JSON.stringify(v ?? {})) as T;

/**
 * How row `row` looks: every cell's format, the row's height, hidden state and outline level, and the
 * merges over it (`merges`: the sheet's as they were before the run's removals began, read once for
 * the run; by default those over the row now, the others' cells not read).
 */
export function rowLookOf(
  ws: Worksheet,
  row: number,
  merges: readonly MergeValues[] = mergesKept(ws, row),
): RowLook {
  const r = ws.getRow(row);
  const styles: string[] = [];
  const cells: [number, number][] = [];
  r.eachCell({ includeEmpty: true }, (cell, col) => {
    const key = JSON.stringify(cell.style ?? {});
    let i = styles.indexOf(key);
    if (i < 0) i = styles.push(key) - 1;
    cells.push([col, i]);
  });
  const data: XlsxRowLook = {
    height: r.height ?? null,
    hidden: r.hidden,
    outlineLevel: r.outlineLevel ?? 0,
    style: copy((r as unknown as { style?: Partial<ExcelJS.Style> }).style),
    styles: styles.map((k) => JSON.parse(k) as Partial<ExcelJS.Style>),
    cells,
  };
  const over = merges.filter((m) => m.top <= row && m.bottom >= row).map((m) => keepMerge(m, row, m.values));
  if (over.length > 0) data.merges = over;
  return { host: LOOK_HOST, data };
}

function isXlsxRowLook(v: unknown): v is XlsxRowLook {
  const d = v as Partial<XlsxRowLook> | null;
  return (
    !!d &&
    typeof d === "object" &&
    Array.isArray(d.cells) &&
    Array.isArray(d.styles) &&
    typeof d.hidden === "boolean"
  );
}

/** Puts back the look rowLookOf kept; false when `look` is not this gateway's. */
function restoreRowLook(ws: Worksheet, row: number, look: RowLook | undefined): boolean {
  if (look?.host !== LOOK_HOST || !isXlsxRowLook(look.data)) return false;
  const d = look.data;
  const r = ws.getRow(row);
  (r as unknown as { style: Partial<ExcelJS.Style> }).style = copy(d.style);
  const kept = new Set(d.cells.map(([col]) => col));
  r.eachCell({ includeEmpty: true }, (cell, col) => {
    if (!kept.has(col)) cell.style = {};
  });
  for (const [col, i] of d.cells) r.getCell(col).style = copy(d.styles[i]);
  if (d.height === null) delete (r as unknown as { height?: number }).height;
  else r.height = d.height;
  r.hidden = d.hidden;
  r.outlineLevel = d.outlineLevel;
  for (const m of d.merges ?? []) restoreMerge(ws, row, m);
  return true;
}

/** A cell's value as the grid reads it (a merged cell reads as its first cell). */
function cellValueOf(ws: Worksheet): (row: number, col: number) => CellValue {
  const date1904 = isDate1904(ws.workbook);
  return (r, c) => toCellValue(ws.getCell(r, c).value, date1904).value;
}

/** The sheet's merges (those over `row` alone, where given) with the values their cells read. */
function mergesKept(ws: Worksheet, row?: number): MergeValues[] {
  const valueAt = cellValueOf(ws);
  return mergesOf(ws)
    .filter((m) => row === undefined || (m.top <= row && m.bottom >= row))
    .map((m) => ({ ...m, values: valuesOver(m, valueAt) }));
}

/**
 * Puts back a merge over a re-inserted row once all of its rows are back: each row of a removed header
 * copy keeps the merges over it, and the one whose re-insertion completes a merge makes it (revert
 * goes newest first, rows were removed bottom-up; a revert of some rows alone works the same). The
 * merge is made only where every cell of it holds what it held before the removal and no other merge
 * overlaps it, so a row never merges with one that is not its own.
 */
function restoreMerge(ws: Worksheet, row: number, kept: KeptMerge): void {
  const area = keptArea(row, kept);
  if (!area) return;
  if (!holdsKept(area, kept, cellValueOf(ws))) return;
  if (!mergesOf(ws).some((m) => overlaps(m, area)))
    ws.mergeCells(area.top, area.left, area.bottom, area.right);
}

/**
 * A re-inserted header copy removed by an older version (its log keeps no look) takes the formats of
 * the header it copies (the nearest row above with the same texts).
 */
function styleLikeItsOriginal(ws: Worksheet, row: number, values: readonly CellValue[], from: number): void {
  const texts = values.map((v) => (v === null ? "" : String(v)));
  if (texts.filter((t) => t !== "").length < 2) return;
  const date1904 = isDate1904(ws.workbook);
  for (let r = row - 1; r >= 1; r--) {
    const same = texts.every((t, i) => {
      const v = toCellValue(ws.getRow(r).getCell(from + i).value, date1904).value;
      return (v === null ? "" : String(v)) === t;
    });
    if (!same) continue;
    const source = ws.getRow(r);
    const target = ws.getRow(row);
    if (source.height) target.height = source.height;
    source.eachCell({ includeEmpty: true }, (cell, col) => {
      target.getCell(col).style = { ...cell.style };
    });
    return;
  }
}

/** Carries out entries in order. Declined entries change nothing. */
export function carryOutEntries(wb: Workbook, entries: readonly LogEntry[]): CarryOutResult {
  const done: LogEntry[] = [];
  // The merges of each sheet before the run's first removal: a copy's row keeps every merge over it,
  // also one the removal of a row below it (bottom-up) already took apart.
  const mergesBefore = new Map<Worksheet, MergeValues[]>();
  for (const e of entries) {
    if (e.action === "declined") {
      done.push(e);
      continue;
    }
    const ws = worksheet(wb, e.edit.sheet);
    const edit = e.edit;
    if (edit.kind === "cell") {
      const pos = parseA1(edit.cell);
      if (pos) {
        const cell = ws.getCell(pos.row, pos.col);
        const current = cell.value;
        // A revert puts back the very value the cleanup found (runs of fonts, a link), where kept.
        const original =
          e.action === "revert" && e.revertOf !== null ? originalFor(wb, e.revertOf, edit.after) : undefined;
        // A link or rich text is kept for revert before it is changed (see richCells.ts).
        if (e.action === "apply" && isRichValue(current))
          keepOriginal(wb, e.id, edit.sheet, edit.cell, current);
        // A string value stays text in ExcelJS ("=…" is not a formula unless written as {formula}).
        // An edit to "" empties the cell (a revert of a write into an empty cell), as in Excel.
        cell.value = original ?? editedValue(current, edit.after);
      }
      done.push(e);
    } else if (e.action === "apply") {
      // Keep every cell of the removed row, also those outside the table, so revert restores all.
      const values = rowValues(ws, edit.row);
      // And how it looked, so that revert restores its own formats, height and hidden state.
      if (!mergesBefore.has(ws)) mergesBefore.set(ws, mergesKept(ws));
      const look = rowLookOf(ws, edit.row, mergesBefore.get(ws));
      spliceSheetRow(ws, { at: edit.row, delta: -1 });
      done.push({ ...e, edit: { ...edit, fromColumn: 1, values, look } });
    } else {
      const line: CellValue[] = [];
      edit.values.forEach((v, i) => (line[edit.fromColumn + i] = v));
      spliceSheetRow(ws, { at: edit.row, delta: 1 }, line);
      if (!restoreRowLook(ws, edit.row, edit.look))
        styleLikeItsOriginal(ws, edit.row, edit.values, edit.fromColumn);
      done.push(e);
    }
  }
  return { done };
}

function mergesOf(ws: Worksheet): MergeBox[] {
  const merges = (ws as unknown as { _merges?: Record<string, MergeBox> })._merges ?? {};
  return Object.values(merges).map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
}

interface ConditionalFormat {
  ref: string;
  rules?: { formulae?: unknown[] }[];
}

function conditionalFormatsOf(ws: Worksheet): ConditionalFormat[] {
  return (ws as unknown as { conditionalFormattings?: ConditionalFormat[] }).conditionalFormattings ?? [];
}

function validationsOf(ws: Worksheet): Record<string, { formulae?: unknown[] }> {
  return (ws as unknown as { dataValidations: { model: Record<string, { formulae?: unknown[] }> } })
    .dataValidations.model;
}

function formulaOf(value: unknown): string | null {
  if (value && typeof value === "object" && "formula" in value) {
    const f = (value as { formula?: unknown }).formula;
    return typeof f === "string" ? f : null;
  }
  return null;
}

function isSharedFormula(value: unknown): boolean {
  return !!value && typeof value === "object" && ("sharedFormula" in value || "shareType" in value);
}

function rowsOfRef(ref: string): number[] {
  return [...ref.matchAll(/\$?[A-Z]{1,3}\$?(\d+)/g)].map((m) => Number(m[1]));
}

const KEPT = (zh: string, en: string): Localized => ({
  zh: `保留此行，未删除：${zh}。`,
  en: `Row kept, not removed: ${en}.`,
});

/** Of `rows`, those whose removal could break a reference or not be restored, each with the reason. */
export function rowsThatStay(wb: Workbook, ws: Worksheet, rows: readonly number[]): Map<number, Localized> {
  const kept = new Map<number, Localized>();
  for (const row of rows) {
    const why = whyRowStays(wb, ws, row, rows);
    if (why) kept.set(row, why);
  }
  return kept;
}

/**
 * Why removing `row` could break the sheet (or revert could not restore it), or null when it is safe: the
 * references below it are then shifted exactly by spliceSheetRow. One short reason, for the preview and
 * the log. `removed`: the rows removed with it (a copy of a two-row header); a merge lying entirely in
 * them goes with them and comes back on revert (rowLookOf keeps it), one reaching out of them keeps
 * the row.
 */
export function whyRowStays(
  wb: Workbook,
  ws: Worksheet,
  row: number,
  removed: readonly number[] = [row],
): Localized | null {
  const shift: RowShift = { at: row, delta: -1 };
  const gone = new Set([...removed, row]);
  // A merge reaching out of the rows removed, or an empty one over several of them (core decides).
  const { inside, why } = mergesLeavingWith(mergesOf(ws), row, gone, cellValueOf(ws));
  if (why) return why;
  const validations = validationsOf(ws);
  let blocked: Localized | null = null;
  ws.getRow(row).eachCell({ includeEmpty: false }, (cell) => {
    if (blocked) return;
    if (cell.note || validations[cell.address] || formulaOf(cell.value) !== null || isRichValue(cell.value))
      blocked = KEPT(
        `${cell.address} 有批注、数据验证、公式、链接或格式文字，撤销时无法原样恢复`,
        `${cell.address} holds a comment, data validation, formula, link or formatted text that revert could not restore`,
      );
  });
  if (blocked) return blocked;
  if (JSON.stringify(rowLookOf(ws, row, inside)).length > MAX_LOOK_CHARS)
    return KEPT(
      "该行格式过多，清理日志无法保存，撤销时无法原样恢复",
      "the row holds more formats than the cleanup log can keep for revert",
    );
  if (Object.keys(validations).some((k) => parseA1(k.replace(/^range:/, ""))?.row === row))
    return KEPT(
      "该行有数据验证，撤销时无法原样恢复",
      "the row has a data validation that revert could not restore",
    );
  ws.eachRow({ includeEmpty: false }, (r) =>
    r.eachCell({ includeEmpty: false }, (cell) => {
      if (blocked) return;
      const f = formulaOf(cell.value);
      if (isSharedFormula(cell.value) || (f !== null && shiftFormula(f, shift, ws.name) === null))
        blocked = KEPT(
          `公式 ${cell.address} 的引用无法随之调整（引用了该行、整行或 INDIRECT/OFFSET，或为共享公式）`,
          `the references of formula ${cell.address} cannot follow (they name this row, whole rows, INDIRECT/OFFSET, or it is a shared formula)`,
        );
    }),
  );
  if (blocked) return blocked;
  const formulaeOk = (formulae: unknown[] | undefined) =>
    (formulae ?? []).every((f) => typeof f !== "string" || shiftFormula(f, shift, ws.name) !== null);
  const cf = conditionalFormatsOf(ws);
  if (
    !Object.values(validations).every((v) => formulaeOk(v.formulae)) ||
    !cf.every((c) => (c.rules ?? []).every((r) => formulaeOk(r.formulae)))
  )
    return KEPT(
      "数据验证或条件格式的公式引用了该行",
      "a data validation or conditional format refers to this row",
    );
  const quoted = (s: string) => s.replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  const below = (ref: string) => rowsOfRef(ref).some((r) => r >= row);
  const names = wb.definedNames.model.some((dn) =>
    dn.ranges.some((r) => quoted(r.replace(/!.*$/, "")) === ws.name && below(r.replace(/^.*!/, ""))),
  );
  const printArea = ws.pageSetup.printArea;
  if (names || (printArea && below(printArea)))
    return KEPT(
      "名称或打印区域引用了本表该行或以下的单元格",
      "a defined name or the print area refers to cells at or below this row",
    );
  // Another sheet's formula is not moved with the rows (ExcelJS shifts nothing, spliceSheetRow only this
  // sheet's): it blocks the removal only where it points at the row or below it. A shared formula is
  // filled down or across from its first cell, so one naming this sheet at all keeps the row.
  for (const other of wb.worksheets) {
    if (other === ws) continue;
    let at: string | null = null;
    other.eachRow({ includeEmpty: false }, (r) =>
      r.eachCell({ includeEmpty: false }, (cell) => {
        const f = formulaOf(cell.value);
        if (at !== null || f === null || !f.includes(ws.name)) return;
        if (isSharedFormula(cell.value) || refersAtOrBelow(f, ws.name, row)) at = cell.address;
      }),
    );
    if (at !== null)
      return KEPT(
        `工作表“${other.name}”的公式 ${at} 引用了本表该行或以下的单元格`,
        `formula ${at} on sheet "${other.name}" refers to cells at or below this row`,
      );
  }
  const tables = Object.keys((ws as unknown as { tables?: Record<string, unknown> }).tables ?? {}).length;
  if (tables > 0 || ws.getImages().length > 0 || ws.autoFilter)
    return KEPT(
      "工作表含表格对象、图片或筛选，删除行会使其错位",
      "the sheet has an Excel table, a picture or a filter that removing a row would misplace",
    );
  return null;
}

/**
 * Removes row `shift.at` (delta -1) or inserts `line` there (delta +1), moving with the rows below what
 * ExcelJS leaves behind: same-sheet formula references, merges, notes, data validations, conditional
 * formats, hidden rows and outline levels. Call it for a removal only when whyRowStays gave null.
 */
export function spliceSheetRow(ws: Worksheet, shift: RowShift, line?: CellValue[]): void {
  const { at, delta } = shift;
  // Formulas anywhere on the sheet may point below the row.
  ws.eachRow({ includeEmpty: false }, (r) =>
    r.eachCell({ includeEmpty: false }, (cell) => {
      const f = formulaOf(cell.value);
      if (f === null || isSharedFormula(cell.value)) return;
      const shifted = shiftFormula(f, shift, ws.name);
      if (shifted !== null && shifted !== f)
        cell.value = { ...(cell.value as object), formula: shifted } as ExcelJS.CellValue;
    }),
  );
  // Merges at or below the row are taken apart and put back where their rows went.
  const moved = mergesOf(ws).filter((m) => m.bottom >= at);
  for (const m of moved) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
  // Notes, hidden rows and outline levels below the row (ExcelJS does not move them).
  const first = delta === 1 ? at : at + 1;
  const notes: { row: number; col: number; note: ExcelJS.Comment | string }[] = [];
  const rows: { row: number; hidden: boolean; outlineLevel: number }[] = [];
  for (let r = first; r <= ws.rowCount; r++) {
    const wr = ws.getRow(r);
    rows.push({ row: r, hidden: wr.hidden, outlineLevel: wr.outlineLevel ?? 0 });
    wr.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.note) notes.push({ row: r, col, note: cell.note });
    });
  }
  if (delta === -1) ws.spliceRows(at, 1);
  else ws.spliceRows(at, 0, line ?? []);
  if (delta === 1) {
    ws.getRow(at).hidden = false;
    ws.getRow(at).outlineLevel = 0;
  }
  for (const r of rows) {
    const wr = ws.getRow(r.row + delta);
    wr.hidden = r.hidden;
    wr.outlineLevel = r.outlineLevel;
  }
  for (const n of notes) ws.getCell(n.row + delta, n.col).note = n.note;
  for (const m of moved) {
    const top = delta === 1 ? (m.top >= at ? m.top + 1 : m.top) : m.top > at ? m.top - 1 : m.top;
    const bottom = m.bottom + delta;
    // A merge inside the removed row goes with it (rowLookOf kept it for revert).
    if (bottom >= top && (bottom > top || m.right > m.left)) ws.mergeCells(top, m.left, bottom, m.right);
  }
  // Data validations are kept per cell; conditional formats per range.
  const validations = validationsOf(ws);
  const entries = Object.entries(validations);
  for (const [key] of entries) delete validations[key];
  for (const [key, v] of entries) {
    const range = key.replace(/^range:/, "");
    const shifted = shiftRange(range, shift);
    if (shifted === null) continue;
    validations[key.startsWith("range:") ? `range:${shifted}` : shifted] = {
      ...v,
      ...(v.formulae
        ? {
            formulae: v.formulae.map((f) =>
              typeof f === "string" ? (shiftFormula(f, shift, ws.name) ?? f) : f,
            ),
          }
        : {}),
    };
  }
  for (const c of conditionalFormatsOf(ws)) {
    c.ref = c.ref
      .split(/\s+/)
      .map((r) => shiftRange(r, shift))
      .filter((r): r is string => r !== null)
      .join(" ");
    for (const rule of c.rules ?? [])
      if (rule.formulae)
        rule.formulae = rule.formulae.map((f) =>
          typeof f === "string" ? (shiftFormula(f, shift, ws.name) ?? f) : f,
        );
  }
}

/** The cells among `edits` whose text is in mixed fonts (a plain rewrite would lose them). */
function richCellsEdited(ws: Worksheet, edits: readonly CleanupEdit[]): string[] {
  const cells = new Set<string>();
  for (const e of edits) {
    if (e.kind !== "cell" || !e.applied || cells.has(e.cell)) continue;
    const pos = parseA1(e.cell);
    if (pos && hasMixedFonts(ws.getCell(pos.row, pos.col).value)) cells.add(e.cell);
  }
  return [...cells];
}

/**
 * The cells and rows among `edits` that sheet protection locks (Excel refuses the edit until the sheet
 * is unprotected): every cell not unlocked by its format, every row removal.
 */
function lockedCellsEdited(ws: Worksheet, edits: readonly CleanupEdit[]): string[] {
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  if (!protection?.sheet) return [];
  const out = new Set<string>();
  for (const e of edits) {
    if (!e.applied) continue;
    if (e.kind === "row") {
      out.add(e.cell);
      continue;
    }
    const pos = parseA1(e.cell);
    if (pos && ws.getCell(pos.row, pos.col).protection?.locked !== false) out.add(e.cell);
  }
  return [...out];
}

export interface WorkbookCleanupOptions {
  sheet: string;
  settings: CleanupSettings;
  time: string;
  dryRun?: boolean;
  /** The sheet as the caller read it already, and its parse (the command line parses to find tables). */
  grid?: Grid;
  parsed?: ParseResult;
  /** "apply" where the officer named the rules: a budget system's project names are cleaned too (proposeCleanup). */
  systemNames?: "propose" | "apply";
  /** The language a new 清理日志 is named and its rule names written in (Chinese by default). */
  lang?: Lang;
}

export interface WorkbookCleanupResult {
  proposal: CleanupProposal;
  /** This run's log entries as carried out (empty for a dry run). */
  entries: LogEntry[];
  messages: Localized[];
  logSheet: string | null;
}

/** Proposes and (unless dry-run) applies a cleanup on one sheet, then rewrites the 清理日志. */
export function cleanupWorkbook(wb: Workbook, options: WorkbookCleanupOptions): WorkbookCleanupResult {
  const ws = worksheet(wb, options.sheet);
  const log = readWorkbookCleanupLog(wb, options.lang);
  const messages: Localized[] = [...log.messages];
  const grid = options.grid ?? worksheetToGrid(ws);
  const { parsed: given, systemNames } = options;
  let proposal = proposeCleanup(grid, options.settings, log.entries, { given, systemNames });
  // A row whose removal could break a reference, or that revert could not restore, stays (proposed
  // only, with the reason). Rows go bottom-up, so each is judged as the sheet is when its turn comes:
  // the rows below it that go first only move references, which the check follows the same way.
  const kept = rowsThatStay(wb, ws, rowsToRemove(proposal));
  if (kept.size > 0)
    proposal = proposeCleanup(grid, options.settings, log.entries, { given, keptRows: kept, systemNames });
  messages.push(...proposal.messages);
  const locked = lockedCellsEdited(ws, proposal.edits);
  if (locked.length > 0)
    messages.push({
      zh: `工作表“${ws.name}”设有工作表保护，${locked.join("、")} 已锁定：在 Excel 中须先撤销工作表保护，加载项才能作这些修改。命令行的修改只写入输出文件，原文件不变。`,
      en: `Sheet "${ws.name}" is protected and locks ${locked.join(", ")}: in Excel the add-in could make these edits only once the sheet is unprotected. The command line writes them to the output file only; the original stays as it is.`,
    });
  const rich = richCellsEdited(ws, proposal.edits);
  if (rich.length > 0)
    messages.push({
      zh: `单元格 ${rich.join("、")} 的文字格式不一（如部分加粗、变色）：修改后原有的字保留原格式，替换原字的新字沿用被替换字的格式，新增的字沿用前一个字的格式；撤销清理时按原样恢复。`,
      en: `Cell(s) ${rich.join(", ")} hold text in mixed fonts (bold or coloured parts): the characters kept keep their fonts, a character replacing another takes its font, one added the font before it; reverting restores the cell exactly.`,
    });
  if (options.dryRun) return { proposal, entries: [], messages, logSheet: log.sheet };
  const planned = entriesForRun(proposal.edits, options.time, nextLogId(log.entries));
  if (planned.length === 0) return { proposal, entries: [], messages, logSheet: log.sheet };
  const { done } = carryOutEntries(wb, planned);
  const logSheet = writeWorkbookCleanupLog(wb, [...log.entries, ...done], options.lang);
  return { proposal, entries: done, messages, logSheet };
}

export interface WorkbookRevertResult {
  plan: RevertPlan;
  messages: Localized[];
  logSheet: string | null;
}

/** Restores the `before` of the chosen log entries (or all) and records the revert in the 清理日志. */
export function revertWorkbook(
  wb: Workbook,
  choice: RevertChoice,
  time: string,
  lang: Lang = "zh",
): WorkbookRevertResult {
  const log = readWorkbookCleanupLog(wb, lang);
  const messages: Localized[] = [...log.messages];
  const missing = new Set(
    log.entries.map((e) => e.edit.sheet).filter((s) => !wb.worksheets.some((w) => w.name === s)),
  );
  for (const s of missing)
    messages.push({
      zh: `清理日志中的工作表“${s}”已不存在（可能已改名或删除），其修改无法还原。`,
      en: `Sheet "${s}" named in the cleanup log no longer exists (renamed or deleted); its edits cannot be restored.`,
    });
  const entries = log.entries.filter((e) => !missing.has(e.edit.sheet));
  const plan = planRevert(
    entries,
    choice,
    (sheet, row, col) => toCellValue(worksheet(wb, sheet).getCell(row, col).value).value,
    time,
  );
  if (plan.entries.length === 0) return { plan, messages, logSheet: log.sheet };
  const { done } = carryOutEntries(wb, plan.entries);
  const logSheet = writeWorkbookCleanupLog(wb, [...log.entries, ...done], lang);
  return { plan, messages, logSheet };
}
