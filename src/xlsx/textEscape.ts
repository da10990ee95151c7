/**
 * Text that ExcelJS 4.4 would not write back as it read it (browser-safe, no Node APIs). Excel and Apache
 * POI store a carriage return, and the other control characters XML cannot hold, as `_x000D_` (`_xHHHH_`),
 * and a literal `_xHHHH_` typed in a cell as `_x005F_xHHHH_`; ExcelJS's reader decodes both, but its writer
 * writes a carriage return raw — which the next reader's XML parser folds into the line feed after it
 * (`…\r\n…` comes back `…\n…`) — drops the other control characters, and writes a literal `_xHHHH_` as it
 * is, which the next reader decodes. So a system export's CR LF line breaks were lost on every save, in
 * cells no cleanup edit touched and in the 清理日志's 修改前 column that revert writes back (round 178).
 *
 * `writeXlsxBuffer` writes every cell's text (plain, rich text runs, a link's text) and every note escaped
 * as Excel does, then puts the values back: the workbook in memory is unchanged, and the file reads back
 * exactly.
 */
import type { Cell, Workbook, Worksheet } from "exceljs";

/** A literal `_xHHHH_` (ExcelJS decodes upper-case hex only) or a control character XML cannot hold, or a CR. */
// The control characters are the point of these patterns (a tab and a line feed stay: XML holds them).
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /_x[0-9A-F]{4}_|[\u0000-\u0008\u000b-\u000d\u000e-\u001f]/;
// eslint-disable-next-line no-control-regex
const ESCAPES = /_x([0-9A-F]{4})_|[\u0000-\u0008\u000b-\u000d\u000e-\u001f]/g;

/** `text` as Excel stores it in a string part: `\r` as `_x000D_`, a literal `_x000D_` as `_x005F_x000D_`. */
export function escapeXlsxText(text: string): string {
  return escapedText(text) ?? text;
}

/** `text` escaped, or null when it needs nothing (nearly every text). */
function escapedText(text: string): string | null {
  if (!NEEDS_ESCAPE.test(text)) return null;
  return text.replace(ESCAPES, (m, hex: string | undefined) =>
    hex !== undefined
      ? `_x005F_x${hex}_`
      : `_x${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
}

interface TextRun {
  text: string;
}

function escapeRuns<T extends TextRun>(runs: readonly T[]): T[] | null {
  if (!runs.some((r) => typeof r.text === "string" && NEEDS_ESCAPE.test(r.text))) return null;
  return runs.map((r) => (typeof r.text === "string" ? { ...r, text: escapeXlsxText(r.text) } : r));
}

/** A cell value with its text escaped, or null when nothing needs it (numbers, dates, formulas: never). */
function escapedValue(value: unknown): unknown {
  if (typeof value === "string") return escapedText(value);
  if (!value || typeof value !== "object") return null;
  const v = value as { richText?: TextRun[]; text?: unknown; hyperlink?: unknown };
  if (Array.isArray(v.richText)) {
    const runs = escapeRuns(v.richText);
    return runs ? { ...v, richText: runs } : null;
  }
  if (typeof v.hyperlink === "string" && v.text !== undefined) {
    const text = escapedValue(v.text);
    return text === null ? null : { ...v, text };
  }
  return null;
}

/** A note (a string or a model with rich text runs) with its text escaped, or null. */
function escapedNote(note: unknown): unknown {
  if (typeof note === "string") return escapedText(note);
  const texts = (note as { texts?: TextRun[] } | undefined)?.texts;
  if (!Array.isArray(texts)) return null;
  const runs = escapeRuns(texts);
  return runs ? { ...(note as object), texts: runs } : null;
}

/**
 * Every cell the sheet holds, a note on an empty cell too, without making any (ExcelJS's eachRow and
 * eachCell either skip those or create the cells they visit): its own row and cell lists (exceljs 4.4.0,
 * pinned).
 */
function cellsOf(ws: Worksheet): Cell[] {
  const rows = (ws as unknown as { _rows?: ({ _cells?: (Cell | undefined)[] } | undefined)[] })._rows ?? [];
  const cells: Cell[] = [];
  for (const row of rows) for (const cell of row?._cells ?? []) if (cell) cells.push(cell);
  return cells;
}

/**
 * The workbook as .xlsx bytes, every text escaped as Excel writes it (see the module comment); the values
 * in memory are put back afterwards, also when writing fails.
 */
export async function writeXlsxBuffer(wb: Workbook): Promise<ArrayBuffer> {
  const undo: (() => void)[] = [];
  try {
    for (const ws of wb.worksheets)
      for (const cell of cellsOf(ws)) {
        // A merged cell's other cells show the first one's value: it is written once, from there.
        if (cell.isMerged && cell.master !== cell) continue;
        const value = cell.value;
        const escaped = escapedValue(value);
        if (escaped !== null) {
          cell.value = escaped as typeof value;
          undo.push(() => (cell.value = value));
        }
        const note = cell.note;
        const escapedN = note === undefined ? null : escapedNote(note);
        if (escapedN !== null) {
          cell.note = escapedN as typeof note;
          undo.push(() => (cell.note = note));
        }
      }
    return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
  } finally {
    for (const f of undo.reverse()) f();
  }
}
