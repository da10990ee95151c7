/**
 * Packing a write into requests. A write is a list of steps: small fixed steps (add a sheet, a
 * format, a table …) and row steps (a sheet's values). Steps go into batches, one sync each, in
 * order; row steps are cut at whatever row fills the batch, so the number of syncs is close to
 * total bytes / limit, and no batch exceeds the limit.
 */
import type { ExcelCellValue } from "./cellValues";
import { OP_OVERHEAD_BYTES, jsonBytes } from "./requestSize";

/** What a fixed step can reach when it runs: the request context and the sheets made so far. */
export interface StepEnv {
  context: Excel.RequestContext;
  /** By plan index; set by the plan's "add sheet" step. */
  sheets: Excel.Worksheet[];
}

export interface FixedStep {
  kind: "fixed";
  bytes: number;
  run: (env: StepEnv) => void;
}

export interface RowsStep {
  kind: "rows";
  sheet: number;
  rows: ExcelCellValue[][];
}

export type Step = FixedStep | RowsStep;

/** One `range.values` write: a rectangle of a plan's sheet, by 0-based indexes. */
export interface BlockWrite {
  kind: "block";
  sheet: number;
  rowIndex: number;
  columnIndex: number;
  values: ExcelCellValue[][];
}

export interface Batch {
  bytes: number;
  items: (FixedStep | BlockWrite)[];
}

/** Bytes of `getRangeByIndexes(r, c, n, w)` plus the values write, apart from the rows themselves. */
export const BLOCK_FIXED_BYTES = 2 * OP_OVERHEAD_BYTES + 40 + 2;

export function blockBytes(values: ExcelCellValue[][]): number {
  return 2 * OP_OVERHEAD_BYTES + 40 + jsonBytes(values);
}

/**
 * Packs steps into batches of at most `limit` bytes, each starting with `preambleBytes` (the
 * suspend-calculation/screen calls every write batch repeats).
 */
export function packSteps(steps: Step[], limit: number, preambleBytes: number): Batch[] {
  const batches: Batch[] = [];
  let cur: Batch = { bytes: preambleBytes, items: [] };
  const flush = () => {
    if (cur.items.length > 0) batches.push(cur);
    cur = { bytes: preambleBytes, items: [] };
  };
  const add = (item: FixedStep | BlockWrite, bytes: number) => {
    cur.items.push(item);
    cur.bytes += bytes;
  };
  for (const step of steps) {
    if (step.kind === "fixed") {
      if (cur.bytes + step.bytes > limit) flush();
      add(step, step.bytes);
      continue;
    }
    const rowBytes = step.rows.map((r) => jsonBytes(r) + 1); // +1: the comma between rows
    let r = 0;
    while (r < step.rows.length) {
      const room = limit - cur.bytes - BLOCK_FIXED_BYTES;
      let n = 0;
      let used = 0;
      while (r + n < step.rows.length && used + rowBytes[r + n] <= room) used += rowBytes[r + n++];
      if (n === 0) {
        if (cur.items.length > 0) {
          flush();
          continue;
        }
        // One row larger than a whole request: write it in column pieces.
        for (const piece of splitRow(step.rows[r], limit - preambleBytes - BLOCK_FIXED_BYTES)) {
          const block: BlockWrite = {
            kind: "block",
            sheet: step.sheet,
            rowIndex: r,
            columnIndex: piece.columnIndex,
            values: [piece.values],
          };
          if (cur.items.length > 0) flush();
          add(block, blockBytes(block.values));
        }
        r++;
        continue;
      }
      const values = step.rows.slice(r, r + n);
      add({ kind: "block", sheet: step.sheet, rowIndex: r, columnIndex: 0, values }, blockBytes(values));
      r += n;
      if (r < step.rows.length) flush();
    }
  }
  flush();
  return batches;
}

function splitRow(row: ExcelCellValue[], room: number): { columnIndex: number; values: ExcelCellValue[] }[] {
  const pieces: { columnIndex: number; values: ExcelCellValue[] }[] = [];
  let start = 0;
  let used = 2;
  for (let c = 0; c < row.length; c++) {
    const b = jsonBytes(row[c]) + 1;
    if (used + b > room && c > start) {
      pieces.push({ columnIndex: start, values: row.slice(start, c) });
      start = c;
      used = 2;
    }
    used += b;
  }
  pieces.push({ columnIndex: start, values: row.slice(start) });
  return pieces;
}
