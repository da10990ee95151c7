/**
 * Cleanup edits of cells that hold more than text: a hyperlink keeps its link, rich text (runs of
 * different fonts) keeps each kept character's font — a character replacing another takes its font, one
 * inserted the font of the one before it — and revert puts the original back exactly. The 清理日志 holds
 * only text (core/cleanup/log.ts), so the original value of every such cell is kept, by log number, in a
 * hidden sheet this gateway owns (ORIGINALS_SHEET). No Node APIs here.
 */
import type { CellValue as ExcelCellValue, RichText, Workbook, Worksheet } from "exceljs";

/** The hidden sheet with the original value of every rich or linked cell a cleanup changed. */
export const ORIGINALS_SHEET = "原格式（清理撤销用）";

const HEADERS = [
  "序号 No.",
  "工作表 Sheet",
  "单元格 Cell",
  "原文字 Text",
  "原格式（请勿修改） Format data (do not edit)",
];
/** Excel keeps at most 32,767 characters in a cell: longer data goes on in the next columns. */
const CHUNK = 32000;
const DATA_COLUMN = 5;

type Rich = { richText: RichText[] };
type Linked = { text: unknown; hyperlink: string; tooltip?: string };

function isRich(v: unknown): v is Rich {
  return typeof v === "object" && v !== null && Array.isArray((v as Rich).richText);
}

function isLinked(v: unknown): v is Linked {
  return (
    typeof v === "object" &&
    v !== null &&
    "hyperlink" in v &&
    typeof (v as Linked).hyperlink === "string" &&
    "text" in v
  );
}

/** The plain text of a string, rich text or hyperlink value; null for anything else. */
export function plainText(v: unknown): string | null {
  if (typeof v === "string") return v;
  if (isRich(v)) return v.richText.map((r) => r.text).join("");
  if (isLinked(v)) return plainText(v.text);
  return null;
}

/** Whether a cell value carries more than its text (a link, fonts of its own), so an edit must keep it. */
export function isRichValue(v: unknown): boolean {
  return isRich(v) || isLinked(v);
}

/** Whether rich text has runs of more than one font (what a plain rewrite would lose). */
export function hasMixedFonts(v: unknown): boolean {
  const rich = isRich(v) ? v : isLinked(v) && isRich(v.text) ? v.text : null;
  if (!rich) return false;
  const key = (r: RichText) => JSON.stringify(r.font ?? {});
  return rich.richText.some((r) => key(r) !== key(rich.richText[0]));
}

/**
 * For each character of `after`, the index in `before` it was kept from, or -1 where it is new: the
 * shortest edit script (Myers), after the common head and tail. Past `maxEdits` the middle counts as
 * replaced whole.
 */
export function keptFrom(before: string, after: string, maxEdits = 2000): number[] {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;
  const a = before.slice(head, before.length - tail);
  const b = after.slice(head, after.length - tail);
  const out: number[] = [];
  for (let i = 0; i < head; i++) out.push(i);
  const middle = myers(a, b, maxEdits);
  for (const m of middle) out.push(m < 0 ? -1 : m + head);
  for (let i = 0; i < tail; i++) out.push(before.length - tail + i);
  return out;
}

/** Myers' diff of a → b: for each character of b, its index in a or -1. */
function myers(a: string, b: string, maxEdits: number): number[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return new Array<number>(m).fill(-1);
  const max = Math.min(n + m, maxEdits);
  // trace[d] holds V for k in [-d, d] (index k + d) after d edits.
  const trace: Int32Array[] = [];
  let v = new Int32Array(1);
  let found = -1;
  for (let d = 0; d <= max; d++) {
    const next = new Int32Array(2 * d + 1);
    for (let k = -d; k <= d; k += 2) {
      const prev = (kk: number) => v[kk + d - 1];
      let x: number;
      if (d === 0) x = 0;
      else if (k === -d || (k !== d && prev(k - 1) < prev(k + 1))) x = prev(k + 1);
      else x = prev(k - 1) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[k + d] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    trace.push(next);
    v = next;
    if (found >= 0) break;
  }
  if (found < 0) return new Array<number>(m).fill(-1);
  const out = new Array<number>(m).fill(-1);
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const vPrev = trace[d - 1];
    const at = (kk: number) => vPrev[kk + d - 1];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      out[y] = x;
    }
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    out[y] = x;
  }
  return out;
}

/**
 * `after` as runs: each kept character in the font it had in `runs`; a new character that replaces others
 * (1、 → 2、, ％ → %, 不少于 → ≥) in the font of the one it replaces (the first it replaces, the second the
 * second…, any more the last's); a new one inserted where none went in the font before it.
 */
export function remapRuns(runs: readonly RichText[], after: string): RichText[] {
  const before = runs.map((r) => r.text).join("");
  const runOf: number[] = [];
  runs.forEach((r, i) => {
    for (let c = 0; c < r.text.length; c++) runOf.push(i);
  });
  const kept = keptFrom(before, after);
  const fontKey = runs.map((r) => JSON.stringify(r.font ?? null));
  const out: RichText[] = [];
  let current: string | null = null;
  // A new character at the very start takes the font of the first kept one after it.
  let last = runOf[kept.find((k) => k >= 0) ?? 0] ?? 0;
  // The characters of `before` the stretch of new characters now being written replaces, and how many of
  // the stretch are written.
  let replaced: number[] = [];
  let written = 0;
  for (let i = 0; i < after.length; i++) {
    if (kept[i] < 0 && (i === 0 || kept[i - 1] >= 0)) {
      replaced = replacedBy(kept, i, before.length);
      written = 0;
    }
    const run =
      kept[i] >= 0
        ? runOf[kept[i]]
        : replaced.length > 0
          ? runOf[replaced[Math.min(written++, replaced.length - 1)]]
          : last;
    last = run;
    // Neighbouring runs of one font become one run.
    const key = fontKey[run] ?? "null";
    if (key === current && out.length > 0) out[out.length - 1].text += after[i];
    else {
      const font = runs[run]?.font;
      out.push(font === undefined ? { text: after[i] } : { text: after[i], font: clone(font) });
      current = key;
    }
  }
  return out;
}

/** The indices of `before` dropped between the kept characters around the new ones starting at `i`. */
function replacedBy(kept: readonly number[], i: number, length: number): number[] {
  let from = -1;
  for (let k = i - 1; k >= 0 && from < 0; k--) if (kept[k] >= 0) from = kept[k];
  let to = length;
  for (let k = i; k < kept.length; k++)
    if (kept[k] >= 0) {
      to = kept[k];
      break;
    }
  const out: number[] = [];
  for (let b = from + 1; b < to; b++) out.push(b);
  return out;
}

function isPlainRun(r: RichText): boolean {
  return r.font === undefined || Object.keys(r.font).length === 0;
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/**
 * The value a cleanup writes for `after` in a cell now holding `current`: a link keeps its link, rich
 * text its fonts; plain text (and "" as an empty cell) otherwise.
 */
export function editedValue(current: ExcelCellValue, after: string): ExcelCellValue {
  if (after === "") return null;
  if (isRich(current)) {
    const runs = remapRuns(current.richText, after);
    // Runs that differ only in their text were one text in one font: write it as such.
    if (runs.length === 1 && isPlainRun(runs[0])) return after;
    return { richText: runs };
  }
  if (isLinked(current)) {
    // Rich text inside a link: fonts mapped as above; ExcelJS writes a link's text as one string.
    const link: Linked = { text: after, hyperlink: current.hyperlink };
    if (current.tooltip !== undefined) link.tooltip = current.tooltip;
    return link as ExcelCellValue;
  }
  return after;
}

/** The originals sheet, or undefined when no cleanup ever changed a rich or linked cell. */
function originalsSheet(wb: Workbook): Worksheet | undefined {
  const ws = wb.worksheets.find((w) => w.name === ORIGINALS_SHEET);
  if (!ws) return undefined;
  return String(ws.getCell(1, 1).value ?? "").startsWith("序号") ? ws : undefined;
}

/** Keeps `value` (the cell before log entry `id` changed it) for an exact revert. */
export function keepOriginal(
  wb: Workbook,
  id: number,
  sheet: string,
  cell: string,
  value: ExcelCellValue,
): void {
  let ws = originalsSheet(wb);
  if (!ws) {
    ws = wb.addWorksheet(ORIGINALS_SHEET, { state: "hidden" });
    HEADERS.forEach((h, i) => (ws!.getCell(1, i + 1).value = h));
    ws.getRow(1).font = { bold: true };
  }
  const row = rowOfId(ws, id) || ws.rowCount + 1;
  const data = JSON.stringify(value);
  const line = ws.getRow(row);
  for (let c = 1; c <= line.cellCount; c++) line.getCell(c).value = null;
  line.getCell(1).value = id;
  line.getCell(2).value = sheet;
  line.getCell(3).value = cell;
  line.getCell(4).value = (plainText(value) ?? "").slice(0, 32767);
  for (let i = 0; i * CHUNK < data.length; i++)
    line.getCell(DATA_COLUMN + i).value = data.slice(i * CHUNK, (i + 1) * CHUNK);
}

/** The row of the originals sheet that keeps log entry `id`, or 0. */
function rowOfId(ws: Worksheet, id: number): number {
  for (let r = 2; r <= ws.rowCount; r++) if (Number(ws.getCell(r, 1).value) === id) return r;
  return 0;
}

/**
 * The original value kept for log entry `id`, when it still reads as `text` (what the revert puts
 * back); undefined otherwise, and for kept data that was edited by hand.
 */
export function originalFor(wb: Workbook, id: number, text: string): ExcelCellValue | undefined {
  const ws = originalsSheet(wb);
  if (!ws) return undefined;
  const r = rowOfId(ws, id);
  if (r === 0) return undefined;
  let data = "";
  for (let c = DATA_COLUMN; c <= ws.getRow(r).cellCount; c++) {
    const part = ws.getCell(r, c).value;
    if (typeof part !== "string") break;
    data += part;
  }
  try {
    const value = JSON.parse(data) as ExcelCellValue;
    return isRichValue(value) && plainText(value) === text ? value : undefined;
  } catch {
    return undefined;
  }
}
