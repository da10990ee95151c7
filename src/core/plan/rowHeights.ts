/**
 * Row heights for wrapped text. Spreadsheets grow a row for wrapped text only when they measure it
 * themselves; a file written by ExcelJS (and a range written through Office.js) carries no heights, so
 * LibreOffice and often Excel show one line and cut the rest. We estimate the lines from the text and
 * the column width, the way the text will wrap, and write the heights with the sheet.
 */
import { parseRange } from "../grid";
import type { PlanFormat, SheetPlan } from "./types";

export interface RowHeightOptions {
  /** Points per line of 11-point text (Excel and LibreOffice draw about 15). */
  pointsPerLine?: number;
  /** At most this many lines: one giant cell must not make a page-high row. */
  maxLines?: number;
  /** Points added to a row above and below its lines (Chinese fonts draw lines a little taller than 15). */
  paddingPoints?: number;
}

export const POINTS_PER_LINE = 15;
export const MAX_LINES = 8;
export const ROW_PADDING = 3;
const DEFAULT_FONT_SIZE = 11;
/** Excel's column width counts digits of the default font; a cell keeps about one of them as padding. */
const CELL_PADDING = 1;

/** Full-width characters (CJK, kana, Hangul, full-width punctuation and forms) take two width units. */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

/** Width of one character in column-width units (digits of an 11-point font). */
export function charWidth(ch: string): number {
  if (WIDE.test(ch)) return 2;
  const cp = ch.codePointAt(0) ?? 0;
  return cp >= 0x20000 && cp <= 0x3fffd ? 2 : 1; // CJK extension planes
}

/** Width of a text on one line, in column-width units. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

/**
 * The lines a text takes in a column `width` units wide, wrapping as spreadsheets do: Chinese may
 * break between any two characters, Latin words move whole to the next line unless longer than a line.
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - CELL_PADDING);
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    lines++;
    let used = 0;
    // Tokens: a run of Latin non-space characters (a word), a run of spaces, or one other character.
    for (const token of paragraph.match(/[^\s\u2E80-\uFFFF]+|\s+|[\s\S]/gu) ?? []) {
      const w = textWidth(token);
      if (/^\s+$/.test(token)) {
        used = Math.min(room, used + w); // spaces at a line end hang; they never start a line
        continue;
      }
      if (used + w <= room) {
        used += w;
        continue;
      }
      if (used > 0) lines++;
      if (w <= room) used = w;
      else {
        // A word longer than the line is broken wherever it reaches the edge.
        lines += Math.ceil(w / room) - 1;
        used = w - (Math.ceil(w / room) - 1) * room;
      }
    }
  }
  return lines;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface Styled {
  box: Box;
  format: PlanFormat;
}

function boxes(formats: readonly PlanFormat[], has: (f: PlanFormat) => boolean): Styled[] {
  const out: Styled[] = [];
  for (const f of formats) {
    if (!has(f)) continue;
    const box = parseRange(f.range);
    if (box) out.push({ box, format: f });
  }
  return out;
}

const inside = (b: Box, row: number, col: number) =>
  row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;

/** The last format touching a cell wins, as in every gateway (formats are applied in order). */
function lastAt<T>(list: Styled[], row: number, col: number, get: (f: PlanFormat) => T): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (inside(list[i].box, row, col)) return get(list[i].format);
  return undefined;
}

/**
 * Heights in points for the rows whose wrapped text needs more than one line (1-based sheet row →
 * points). Rows that fit on one line are left out, so they keep the spreadsheet's own height.
 */
export function estimateRowHeights(plan: SheetPlan, options: RowHeightOptions = {}): Record<number, number> {
  const perLine = options.pointsPerLine ?? POINTS_PER_LINE;
  const maxLines = Math.max(1, options.maxLines ?? MAX_LINES);
  const padding = options.paddingPoints ?? ROW_PADDING;
  const formats = plan.formats ?? [];
  const wraps = boxes(formats, (f) => f.wrapText !== undefined);
  if (!wraps.some((w) => w.format.wrapText)) return {};
  const sizes = boxes(formats, (f) => f.font?.size !== undefined);
  const merges = (plan.merges ?? []).map((m) => parseRange(m)).filter((b): b is Box => b !== null);
  const widths = plan.columnWidths ?? [];
  const widthOf = (col: number) => widths[col - 1] ?? 8.43; // Excel's default column width
  const heights: Record<number, number> = {};
  plan.values.forEach((line, r) => {
    const row = r + 1;
    let tallest = 0;
    line.forEach((v, c) => {
      const col = c + 1;
      if (typeof v !== "string" || v === "") return;
      if (lastAt(wraps, row, col, (f) => f.wrapText) !== true) return;
      let width = widthOf(col);
      const merge = merges.find((m) => inside(m, row, col));
      if (merge) {
        // Text of a merge sits in its top-left cell; one spanning rows shares their height.
        if (merge.top !== row || merge.left !== col || merge.bottom !== merge.top) return;
        for (let k = merge.left + 1; k <= merge.right; k++) width += widthOf(k);
      }
      const scale = (lastAt(sizes, row, col, (f) => f.font?.size) ?? DEFAULT_FONT_SIZE) / DEFAULT_FONT_SIZE;
      const lines = Math.min(maxLines, wrappedLines(v, width / scale));
      if (lines > 1) tallest = Math.max(tallest, lines * perLine * scale);
    });
    if (tallest > 0) heights[row] = Math.round((tallest + padding) * 4) / 4;
  });
  return heights;
}

/** Consecutive rows of equal height, for gateways that set one height per range. */
export function rowHeightRuns(
  heights: Readonly<Record<number, number>> | undefined,
): { from: number; to: number; height: number }[] {
  const runs: { from: number; to: number; height: number }[] = [];
  const rows = Object.keys(heights ?? {})
    .map(Number)
    .filter((r) => Number.isInteger(r) && r >= 1)
    .sort((a, b) => a - b);
  for (const row of rows) {
    const h = heights![row];
    if (!Number.isFinite(h) || h <= 0) continue;
    const height = Math.min(h, 409); // Excel's largest row height
    const last = runs[runs.length - 1];
    if (last && last.to === row - 1 && last.height === height) last.to = row;
    else runs.push({ from: row, to: row, height });
  }
  return runs;
}
