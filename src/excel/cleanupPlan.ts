/**
 * Carrying out cleanup log entries, decided in memory before anything is written to Excel. Entries
 * name addresses as they are at the moment each is carried out; rows removed or re-inserted earlier
 * in the same batch move them. Replaying those moves here lets Excel get every row operation first
 * and then each cell's final value once, at its final address, in a few requests.
 *
 * A cell is written only while it still holds the entry's `before` (for a revert: the text the
 * cleanup wrote); one that was changed since is skipped and reported, never overwritten.
 */
import type { CellValue, Grid } from "../core/grid";
import { a1, cellAt, parseA1 } from "../core/grid";
import type { Localized } from "../core/i18n";
import type { LogEntry, RowLook } from "../core/cleanup/types";
import type { KeptMerge, MergeBox } from "../core/cleanup/keptMerges";

/** A whole-row operation on one sheet, in the order the entries give. */
export interface RowOp {
  sheet: string;
  /** 1-based sheet row at the moment of the operation. */
  row: number;
  insert: boolean;
}

/** One cell's final value, at its address after every row operation of the batch. */
export interface CellWrite {
  sheet: string;
  row: number;
  col: number;
  value: CellValue;
  /** Written as text (number format "@" first): cleanup text and restored text cells. */
  asText: boolean;
}

/** Where the current values must be read: original rows and columns, per sheet. */
export interface ReadArea {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** A row is removed: read whole rows from column 1 (its saved values must hold every cell). */
  wholeRows: boolean;
}

/** A re-inserted row's look (read before it was removed), at its address after every row operation. */
export interface LookRestore {
  sheet: string;
  row: number;
  look: RowLook;
}

/** This gateway's RowLook (see RowLook in core and ExcelRowLook in cleanup.ts). */
export const LOOK_HOST = "excel";

/** The merges kept in a row's look (none where the look is another gateway's or keeps none). */
export function keptMerges(look: RowLook | undefined): KeptMerge[] {
  if (look?.host !== LOOK_HOST) return [];
  const merges = (look.data as { merges?: unknown } | null)?.merges;
  return Array.isArray(merges) ? (merges as KeptMerge[]) : [];
}

export interface CarryOutPlan {
  /** Entries as carried out (a removed row holds every cell of the row, from column 1, and its look). */
  done: LogEntry[];
  /**
   * Entries not carried out: cell entries whose cell no longer holds their `before`, and removals of
   * rows that must stay (`keep` of planCarryOut), as the proposals they are logged as (with the reason).
   */
  skipped: LogEntry[];
  rowOps: RowOp[];
  writes: CellWrite[];
  /** Looks to put back on re-inserted rows, after their values are written. */
  restores: LookRestore[];
  /**
   * A cell's value once the batch is done, at its final address: a row the batch inserts holds what it
   * writes there, another row what it held (read before the batch) and what the batch writes. Undefined
   * where that was not read (see readAreas).
   */
  valueAt: (sheet: string, row: number, col: number) => CellValue | undefined;
  /**
   * The merges read before the batch (`merges` of planCarryOut), where the batch leaves them: Excel
   * moves a merge with its rows and stretches one over a row inserted inside it. A sheet is missing
   * where they were not read or a removal takes a merge's first or last row.
   */
  mergesNow: Map<string, MergeBox[]>;
}

/** A row now: an original row of the sheet, or the row inserted by the k-th operation. */
type RowId = { orig: number } | { inserted: number };

function rowOpOf(e: LogEntry): RowOp | null {
  if (e.action === "declined" || e.edit.kind !== "row") return null;
  return { sheet: e.edit.sheet, row: e.edit.row, insert: e.action === "revert" };
}

/** Which row `row` is after the first `count` operations of a sheet: replays them backwards. */
function rowIdentity(ops: readonly RowOp[], count: number, row: number): RowId {
  let r = row;
  for (let k = count - 1; k >= 0; k--) {
    const op = ops[k];
    if (op.insert) {
      if (r === op.row) return { inserted: k };
      if (r > op.row) r--;
    } else if (r >= op.row) r++;
  }
  return { orig: r };
}

/** Where `row` (as it is after the first `from` operations) ends up after all of them; null if removed. */
function finalRow(ops: readonly RowOp[], from: number, row: number): number | null {
  let r = row;
  for (let k = from; k < ops.length; k++) {
    const op = ops[k];
    if (op.insert) {
      if (r >= op.row) r++;
    } else if (r === op.row) return null;
    else if (r > op.row) r--;
  }
  return r;
}

/** Row operations per sheet, in entry order. */
function opsBySheet(entries: readonly LogEntry[]): Map<string, RowOp[]> {
  const out = new Map<string, RowOp[]>();
  for (const e of entries) {
    const op = rowOpOf(e);
    if (!op) continue;
    const list = out.get(op.sheet) ?? [];
    list.push(op);
    out.set(op.sheet, list);
  }
  return out;
}

/** Walks the entries, telling each one's row identity; `visit` sees the op count so far. */
function walk(
  entries: readonly LogEntry[],
  ops: Map<string, RowOp[]>,
  visit: (e: LogEntry, index: number, id: RowId | null, opIndex: number) => void,
): void {
  const done = new Map<string, number>();
  entries.forEach((e, i) => {
    if (e.action === "declined") return visit(e, i, null, -1);
    const sheet = e.edit.sheet;
    const list = ops.get(sheet) ?? [];
    const count = done.get(sheet) ?? 0;
    const edit = e.edit;
    if (edit.kind === "cell") {
      const pos = parseA1(edit.cell);
      visit(e, i, pos ? rowIdentity(list, count, pos.row) : null, count);
      return;
    }
    // A removal is identified before it happens; an insertion is the row it creates.
    const id: RowId = e.action === "apply" ? rowIdentity(list, count, edit.row) : { inserted: count };
    visit(e, i, id, count);
    done.set(sheet, count + 1);
  });
}

/**
 * The entries with the removals of the rows in `keep` (per sheet, original rows, with the reason) left
 * out, each logged as the proposal it stays (declined, with the reason as its note, as the preview
 * keeps it): the entries after it on its sheet name their rows as if it had not happened.
 */
export function keepRows(
  entries: readonly LogEntry[],
  keep: ReadonlyMap<string, ReadonlyMap<number, Localized>>,
): { entries: LogEntry[]; kept: LogEntry[] } {
  if (keep.size === 0) return { entries: [...entries], kept: [] };
  const reasons = new Map<number, Localized>();
  walk(entries, opsBySheet(entries), (e, i, id) => {
    if (e.action !== "apply" || e.edit.kind !== "row" || !id || !("orig" in id)) return;
    const why = keep.get(e.edit.sheet)?.get(id.orig);
    if (why) reasons.set(i, why);
  });
  if (reasons.size === 0) return { entries: [...entries], kept: [] };
  // The rows left out so far, per sheet, each as the sheet was when it was to be removed.
  const dropped = new Map<string, number[]>();
  const unshift = (sheet: string, row: number) => {
    let r = row;
    const list = dropped.get(sheet) ?? [];
    for (let k = list.length - 1; k >= 0; k--) if (r >= list[k]) r++;
    return r;
  };
  const out: LogEntry[] = [];
  const kept: LogEntry[] = [];
  entries.forEach((e, i) => {
    const edit = e.edit;
    if (edit.kind === "row") {
      const row = unshift(edit.sheet, edit.row);
      const why = reasons.get(i);
      const moved: LogEntry = { ...e, edit: { ...edit, row, cell: `${row}:${row}` } };
      if (!why) return void out.push(moved);
      const stays: LogEntry = {
        ...moved,
        action: "declined",
        edit: { ...moved.edit, applied: false, note: why },
      };
      out.push(stays);
      kept.push(stays);
      dropped.set(edit.sheet, [...(dropped.get(edit.sheet) ?? []), edit.row]);
      return;
    }
    const pos = parseA1(edit.cell);
    if (!pos) return void out.push(e);
    const cell = a1(unshift(edit.sheet, pos.row), pos.col);
    if (cell === edit.cell) return void out.push(e);
    const { previewCell, ...rest } = edit;
    out.push({
      ...e,
      edit: { ...rest, cell, ...(previewCell && previewCell !== cell ? { previewCell } : {}) },
    });
  });
  return { entries: out, kept };
}

/** The original rows and columns whose current values decide the batch, per sheet. */
export function readAreas(entries: readonly LogEntry[]): Map<string, ReadArea> {
  const ops = opsBySheet(entries);
  const areas = new Map<string, ReadArea>();
  const touch = (sheet: string, row: number, col: number | null) => {
    const a = areas.get(sheet);
    const left = col ?? 1;
    const right = col ?? 1;
    if (!a) areas.set(sheet, { top: row, bottom: row, left, right, wholeRows: col === null });
    else {
      a.top = Math.min(a.top, row);
      a.bottom = Math.max(a.bottom, row);
      a.left = Math.min(a.left, left);
      a.right = Math.max(a.right, right);
      a.wholeRows = a.wholeRows || col === null;
    }
  };
  walk(entries, ops, (e, _i, id, opIndex) => {
    const edit = e.edit;
    if (edit.kind === "row" && e.action === "revert") {
      // A kept merge is made again only where every cell holds what it held: its rows that are on the
      // sheet, not inserted by this batch (a row of the copy reverted before), are read too.
      const list = ops.get(edit.sheet) ?? [];
      const at = finalRow(list, opIndex + 1, edit.row);
      if (at === null) return;
      for (const k of keptMerges(edit.look))
        for (let r = at + k.rows[0]; r <= at + k.rows[1]; r++) {
          const other = r >= 1 ? rowIdentity(list, list.length, r) : null;
          if (other && "orig" in other) for (const c of k.cols) touch(edit.sheet, other.orig, c);
        }
      return;
    }
    if (!id || !("orig" in id)) return;
    if (edit.kind === "cell") touch(edit.sheet, id.orig, parseA1(edit.cell)!.col);
    else if (e.action === "apply") touch(edit.sheet, id.orig, null);
  });
  for (const a of areas.values()) if (a.wholeRows) a.left = 1;
  return areas;
}

/** The original rows each sheet's entries remove: the rows whose look is read before the batch. */
export function removedRows(entries: readonly LogEntry[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  walk(entries, opsBySheet(entries), (e, _i, id) => {
    if (e.action !== "apply" || e.edit.kind !== "row" || !id || !("orig" in id)) return;
    const rows = out.get(e.edit.sheet) ?? [];
    if (!rows.includes(id.orig)) rows.push(id.orig);
    out.set(e.edit.sheet, rows);
  });
  return out;
}

/**
 * How far down each sheet the merges must be read for the row entries (their rows as the entries
 * name them, plus one): a merge is found by its first cell (see cleanup.ts), so from row 1 down.
 */
export function mergeReadRows(entries: readonly LogEntry[]): Map<string, number> {
  const out = new Map<string, number>();
  // A kept merge reaches that far below its re-inserted row: a merge there would overlap it.
  const reach = new Map<string, number>();
  for (const e of entries)
    if (e.action === "revert" && e.edit.kind === "row")
      for (const k of keptMerges(e.edit.look))
        reach.set(e.edit.sheet, Math.max(reach.get(e.edit.sheet) ?? 0, k.rows[1]));
  // An entry's row is as the rows before it left the sheet: each of them may have moved it by one.
  for (const [sheet, list] of opsBySheet(entries))
    out.set(sheet, Math.max(...list.map((op) => op.row)) + list.length + 1 + (reach.get(sheet) ?? 0));
  return out;
}

/** Text compare as an officer sees it: an empty cell equals "", a number or a formula never equals text. */
function holdsText(current: CellValue, expected: string): boolean {
  if (current === null) return expected === "";
  return typeof current === "string" && current === expected;
}

/** A formula cell counts as changed: cleanup never overwrites one. */
const FORMULA = Symbol("formula");
type Current = CellValue | typeof FORMULA;

/**
 * Decides everything: which entries are carried out, the row operations, and each cell's final
 * value at its final address. `grids` hold the current values (original addresses) of
 * {@link readAreas}; `widths` the used width of each sheet (for whole removed rows). The removals of
 * the rows in `keep` (original rows, with the reason) are not carried out (keepRows): they are skipped,
 * and logged as proposals.
 */
export function planCarryOut(
  given: readonly LogEntry[],
  grids: ReadonlyMap<string, Grid>,
  widths: ReadonlyMap<string, number> = new Map(),
  looks: ReadonlyMap<string, ReadonlyMap<number, RowLook>> = new Map(),
  merges: ReadonlyMap<string, readonly MergeBox[]> = new Map(),
  keep: ReadonlyMap<string, ReadonlyMap<number, Localized>> = new Map(),
): CarryOutPlan {
  // Rows that must stay are left out first: the other entries are planned as the sheet then is.
  const { entries: list, kept } = keepRows(given, keep);
  const entries: readonly LogEntry[] = list;
  const ops = opsBySheet(entries);
  // Values written or inserted during the batch, by row identity and column.
  const changed = new Map<string, Map<number, CellValue>>();
  const idKey = (sheet: string, id: RowId) =>
    `${sheet}\u0000${"orig" in id ? `o${id.orig}` : `i${id.inserted}`}`;
  const rowChanges = (sheet: string, id: RowId) => {
    const k = idKey(sheet, id);
    let m = changed.get(k);
    if (!m) changed.set(k, (m = new Map()));
    return m;
  };
  const original = (sheet: string, row: number, col: number, asValue: boolean): Current => {
    const g = grids.get(sheet);
    if (!g) return null;
    const r = row - g.top;
    const c = col - g.left;
    if (!asValue && g.formulas?.[r]?.[c]) return FORMULA;
    return cellAt(g, r, c);
  };
  /** The cell now; `asValue`: a formula's result rather than the formula marker. */
  const current = (sheet: string, id: RowId, col: number, asValue = false): Current => {
    const m = changed.get(idKey(sheet, id));
    if (m?.has(col)) return m.get(col)!;
    return "orig" in id ? original(sheet, id.orig, col, asValue) : null;
  };

  const done: LogEntry[] = [];
  const skipped: LogEntry[] = [...kept];
  const rowOps: RowOp[] = [];
  // Last value per cell identity; the final address is worked out once the batch is known.
  const pending = new Map<
    string,
    { sheet: string; id: RowId; col: number; value: CellValue; asText: boolean }
  >();
  const setCell = (sheet: string, id: RowId, col: number, value: CellValue, asText: boolean) => {
    rowChanges(sheet, id).set(col, value);
    pending.set(`${idKey(sheet, id)}\u0000${col}`, { sheet, id, col, value, asText });
  };

  const restored: { sheet: string; op: number; look: RowLook }[] = [];
  walk(entries, ops, (e, _i, id, opIndex) => {
    if (e.action === "declined") return void done.push(e);
    const edit = e.edit;
    if (edit.kind === "cell") {
      const pos = parseA1(edit.cell);
      const now = id && pos ? current(edit.sheet, id, pos.col) : FORMULA;
      if (!id || !pos || now === FORMULA || !holdsText(now, edit.before)) return void skipped.push(e);
      // An emptied cell needs no text format: nothing is left to convert.
      setCell(edit.sheet, id, pos.col, edit.after, edit.after !== "");
      done.push(e);
      return;
    }
    // How a removed row looked, read before the batch (its original row), kept for revert.
    const look = e.action === "apply" && id && "orig" in id ? looks.get(edit.sheet)?.get(id.orig) : undefined;
    rowOps.push({ sheet: edit.sheet, row: edit.row, insert: e.action === "revert" });
    if (e.action === "apply") {
      const touched = Math.max(0, ...(changed.get(idKey(edit.sheet, id!))?.keys() ?? []));
      const width = Math.max(widths.get(edit.sheet) ?? 0, touched);
      const values: CellValue[] = [];
      // Formula cells keep their result: a removed row comes back as values (see the notes).
      for (let c = 1; c <= width; c++) values.push(current(edit.sheet, id!, c, true) as CellValue);
      while (values.length > 0 && values[values.length - 1] === null) values.pop();
      done.push({ ...e, edit: { ...edit, fromColumn: 1, values, ...(look ? { look } : {}) } });
      return;
    }
    edit.values.forEach((v, j) => {
      if (v !== null) setCell(edit.sheet, id!, edit.fromColumn + j, v, typeof v === "string");
    });
    if (edit.look) restored.push({ sheet: edit.sheet, op: opIndex, look: edit.look });
    done.push(e);
  });

  const writes: CellWrite[] = [];
  for (const p of pending.values()) {
    const list = ops.get(p.sheet) ?? [];
    // Where the row is right after it came to be (or at the start), then through the later operations.
    const [row, from] = "orig" in p.id ? [p.id.orig, 0] : [list[p.id.inserted].row, p.id.inserted + 1];
    const at = finalRow(list, from, row);
    if (at !== null) writes.push({ sheet: p.sheet, row: at, col: p.col, value: p.value, asText: p.asText });
  }
  const restores: LookRestore[] = [];
  for (const r of restored) {
    const list = ops.get(r.sheet) ?? [];
    // Where the row was inserted, then through the later operations.
    const at = finalRow(list, r.op + 1, list[r.op].row);
    if (at !== null) restores.push({ sheet: r.sheet, row: at, look: r.look });
  }
  const areas = readAreas(entries);
  const valueAt = (sheet: string, row: number, col: number): CellValue | undefined => {
    const id = rowIdentity(ops.get(sheet) ?? [], (ops.get(sheet) ?? []).length, row);
    if ("inserted" in id) return changed.get(idKey(sheet, id))?.get(col) ?? null;
    const a = areas.get(sheet);
    const read =
      grids.has(sheet) &&
      !!a &&
      id.orig >= a.top &&
      id.orig <= a.bottom &&
      col >= a.left &&
      (a.wholeRows || col <= a.right);
    return read ? (current(sheet, id, col, true) as CellValue) : undefined;
  };
  const mergesNow = new Map<string, MergeBox[]>();
  for (const [sheet, list] of merges) {
    const ops2 = ops.get(sheet) ?? [];
    const moved: MergeBox[] = [];
    let sure = true;
    for (const m of list) {
      const top = finalRow(ops2, 0, m.top);
      const bottom = finalRow(ops2, 0, m.bottom);
      if (top === null || bottom === null) sure = false;
      else moved.push({ ...m, top, bottom });
    }
    if (sure) mergesNow.set(sheet, moved);
  }
  return { done, skipped, rowOps, writes, restores, valueAt, mergesNow };
}

/** For messages: "Sheet!E6". */
export function placeOf(e: LogEntry): string {
  return `${e.edit.sheet}!${e.edit.cell}`;
}
