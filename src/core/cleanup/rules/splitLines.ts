/**
 * SPLIT-LINES: a table pasted from a PDF arrives a row a cell ("产出指标 数量指标 培训人数 ≥500人次"). The
 * parser reads it by cutting each line into the header's columns (table/pastedLines.ts); this rule writes
 * that cut into the sheet, so that the officer has a table of real columns to keep working on. Each part
 * goes into the line's cell and the empty cells to its right; every write is logged and can be undone.
 */
import { a1, gridWidth, type Grid } from "../../grid";
import { parseGrid } from "../../parse";
import type { ParseResult } from "../../record";
import { rowTexts } from "../../table/layout";
import { pastedLines, type PastedLines } from "../../table/pastedLines";
import type { CellEdit, LinesRule } from "../types";

export const splitLinesRule: LinesRule = {
  id: "SPLIT-LINES",
  kind: "lines",
  name: { zh: "分列（从 PDF 复制的表格）", en: "Split lines into columns (tables copied from a PDF)" },
  description: {
    zh: "表格从 PDF 复制过来、每行的各列挤在一个单元格里时，按表头把每行分到各列（写入该行右侧的空单元格）；每个修改记入清理日志，可撤销。",
    en: "When a table copied from a PDF has each row's columns in one cell, split every row into the header's columns (into the empty cells to its right); every change is logged and can be undone.",
  },
  defaultMode: "off",
};

/** A selection the parser reads as a table pasted from a PDF: its texts and its lines cut into columns. */
export interface PastedRead {
  texts: string[][];
  lines: PastedLines;
}

/**
 * The grid's texts and its lines cut into columns — only where the parser reads the selection as pasted
 * lines (never beside a table of real columns). Read once per cleanup run, for both uses below; `read`:
 * the grid's parse when the caller has it already.
 */
export function readPasted(grid: Grid, read?: ParseResult): PastedRead | null {
  const width = gridWidth(grid);
  const texts: string[][] = [];
  for (let r = 0; r < grid.values.length; r++) texts.push(rowTexts(grid, r, width));
  const lines = pastedLines(texts);
  if (!lines || !(read ?? parseGrid(grid)).tables.some((t) => t.layout === "lines")) return null;
  return { texts, lines };
}

/**
 * The cells that hold a pasted table's lines (when the grid reads as one): their spaces separate columns,
 * so the text rules leave them alone — only the parts SPLIT-LINES writes are cleaned.
 */
export function pastedLineCells(grid: Grid, read: PastedRead | null): Set<string> {
  const cells = new Set<string>();
  read?.lines.lineColumn.forEach((at, r) => {
    if (at >= 0) cells.add(a1(grid.top + r, grid.left + at));
  });
  return cells;
}

/**
 * The writes that put each line's parts into columns, or none when the grid is no such table. A line
 * whose cells to the right are not empty (within the grid) is left as it is, so nothing is overwritten.
 */
export function splitLineEdits(grid: Grid, read: PastedRead | null, applied: boolean): CellEdit[] {
  if (!read) return [];
  const { texts, lines } = read;
  const edits: CellEdit[] = [];
  lines.texts.forEach((parts, r) => {
    const at = lines.lineColumn[r];
    // Cleanup never touches a formula, nor anything but text.
    if (at < 0 || grid.formulas?.[r]?.[at] || typeof grid.values[r]?.[at] !== "string") return;
    const row = grid.top + r;
    const line = texts[r][at];
    // A header's second line (its wrapped columns): its words now stand in the header row above.
    if (parts.length === 0 && line.trim() !== "") {
      edits.push({
        kind: "cell",
        sheet: grid.sheet,
        cell: a1(row, grid.left + at),
        rule: "SPLIT-LINES",
        before: line,
        after: "",
        applied,
      });
      return;
    }
    if (parts.filter((p) => p !== "").length < 2) return;
    const writes: CellEdit[] = [];
    for (let v = 0; v < parts.length; v++) {
      const c = at + v;
      const before = v === 0 ? line : (texts[r][c] ?? "");
      if (v > 0 && before.trim() !== "") return; // a filled cell in the way: leave the line whole
      const after = parts[v] ?? "";
      if (after === before) continue;
      writes.push({
        kind: "cell",
        sheet: grid.sheet,
        cell: a1(row, grid.left + c),
        rule: "SPLIT-LINES",
        before,
        after,
        applied,
      });
    }
    edits.push(...writes);
  });
  return edits;
}
