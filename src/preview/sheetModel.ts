/**
 * An ExcelJS worksheet as the preview draws it: each cell's shown text, its look (fill, font, alignment,
 * borders, data bars and cellIs rules) as CSS, its link, merges, column widths, row heights and frozen
 * panes. Read-only: the view never changes the workbook, only the gateway does.
 */
import type { Cell, Worksheet } from "exceljs";
import type { CSSProperties } from "react";
import { columnLetters, parseA1, parseRange } from "../core/grid";
import { formatDateValue, formatNumber } from "./numberFormat";

export interface ViewCell {
  address: string;
  text: string;
  style: CSSProperties;
  /** Internal link target ("Sheet", "B7") or an external URL. */
  link?: { sheet: string; cell: string } | { url: string };
  rowSpan?: number;
  colSpan?: number;
  /** Covered by a merge (not drawn). */
  hidden?: boolean;
  /** A number: right-aligned as in Excel unless aligned otherwise. */
  numeric: boolean;
  /** Pixels the text may take, running over empty cells to its right as in Excel (unset: its own cell). */
  spill?: number;
}

export interface SheetView {
  name: string;
  rows: ViewCell[][];
  rowCount: number;
  columnCount: number;
  /** Pixel widths by column (index 0 = A). */
  widths: number[];
  /** Pixel heights by row (index 0 = row 1); undefined = automatic. */
  heights: (number | undefined)[];
  frozenRows: number;
  frozenColumns: number;
  /** Rows left out because the sheet is long (shown on demand). */
  truncated: boolean;
}

const DEFAULT_WIDTH_CHARS = 8.43;
/** Excel's width unit (characters of the default font) in CSS pixels, roughly. */
const charsToPx = (w: number) => Math.round(w * 7.2 + 5);
const pointsToPx = (pt: number) => Math.round((pt * 4) / 3);

/** Office theme colours 0–9 (light 1, dark 1, light 2, dark 2, accents 1–6). */
const THEME = [
  "#FFFFFF",
  "#000000",
  "#E7E6E6",
  "#44546A",
  "#4472C4",
  "#ED7D31",
  "#A5A5A5",
  "#FFC000",
  "#5B9BD5",
  "#70AD47",
];

export function cssColor(c: { argb?: string; theme?: number } | undefined): string | undefined {
  if (!c) return undefined;
  if (typeof c.argb === "string" && /^[0-9A-Fa-f]{8}$/.test(c.argb)) return `#${c.argb.slice(2)}`;
  if (typeof c.argb === "string" && /^[0-9A-Fa-f]{6}$/.test(c.argb)) return `#${c.argb}`;
  if (typeof c.theme === "number") return THEME[c.theme];
  return undefined;
}

/** "#'Sheet'!$B$7" or "#Sheet!B7" → sheet and cell. */
export function internalTarget(href: string): { sheet: string; cell: string } | null {
  const m = /^#?(?:'((?:[^']|'')+)'|([^!']+))!\$?([A-Za-z]{1,3})\$?(\d+)/.exec(href);
  if (!m) return null;
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), cell: `${m[3].toUpperCase()}${m[4]}` };
}

function shownText(cell: Cell): { text: string; numeric: boolean } {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return { text: "", numeric: false };
  if (typeof v === "number") return { text: formatNumber(v, cell.numFmt), numeric: true };
  if (typeof v === "string") return { text: v, numeric: false };
  if (typeof v === "boolean") return { text: v ? "TRUE" : "FALSE", numeric: false };
  if (v instanceof Date) return { text: formatDateValue(v, cell.numFmt), numeric: true };
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText))
    return { text: (o.richText as { text: string }[]).map((t) => t.text).join(""), numeric: false };
  if ("formula" in o || "sharedFormula" in o) {
    const r = o.result as unknown;
    if (typeof r === "number") return { text: formatNumber(r, cell.numFmt), numeric: true };
    if (r instanceof Date) return { text: formatDateValue(r, cell.numFmt), numeric: true };
    if (r && typeof r === "object" && "error" in r)
      return { text: String((r as { error: unknown }).error), numeric: false };
    return { text: r === undefined || r === null ? "" : String(r), numeric: false };
  }
  if ("text" in o) {
    const t = o.text as unknown;
    if (typeof t === "string") return { text: t, numeric: false };
    if (t && typeof t === "object" && Array.isArray((t as { richText?: unknown }).richText))
      return {
        text: (t as { richText: { text: string }[] }).richText.map((x) => x.text).join(""),
        numeric: false,
      };
  }
  if ("error" in o) return { text: String(o.error), numeric: false };
  return { text: String(cell.text ?? ""), numeric: false };
}

function border(side: { style?: string; color?: { argb?: string } } | undefined): string | undefined {
  if (!side?.style) return undefined;
  const width = side.style === "medium" ? 2 : side.style === "thick" ? 3 : 1;
  return `${width}px solid ${cssColor(side.color) ?? "#000"}`;
}

function cellStyle(cell: Cell): CSSProperties {
  const s: CSSProperties = {};
  const fill = cell.fill as
    | { type?: string; pattern?: string; fgColor?: { argb?: string; theme?: number } }
    | undefined;
  if (fill?.type === "pattern" && fill.pattern === "solid") s.backgroundColor = cssColor(fill.fgColor);
  const font = cell.font;
  if (font) {
    if (font.bold) s.fontWeight = 600;
    if (font.italic) s.fontStyle = "italic";
    if (font.underline) s.textDecoration = "underline";
    if (font.strike) s.textDecoration = `${s.textDecoration ?? ""} line-through`.trim();
    const color = cssColor(font.color as { argb?: string; theme?: number } | undefined);
    if (color) s.color = color;
    if (font.size && font.size !== 11) s.fontSize = `${Math.round((font.size * 4) / 3)}px`;
  }
  const al = cell.alignment;
  if (al) {
    if (al.horizontal === "center" || al.horizontal === "centerContinuous") s.textAlign = "center";
    else if (al.horizontal === "right") s.textAlign = "right";
    else if (al.horizontal === "left") s.textAlign = "left";
    if (al.vertical === "top") s.verticalAlign = "top";
    else if (al.vertical === "middle") s.verticalAlign = "middle";
    if (al.wrapText) s.whiteSpace = "pre-wrap";
  }
  const b = cell.border;
  if (b) {
    const top = border(b.top as never);
    const bottom = border(b.bottom as never);
    const left = border(b.left as never);
    const right = border(b.right as never);
    if (top) s.borderTop = top;
    if (bottom) s.borderBottom = bottom;
    if (left) s.borderLeft = left;
    if (right) s.borderRight = right;
  }
  return s;
}

interface CfRule {
  type?: string;
  operator?: string;
  formulae?: (string | number)[];
  color?: { argb?: string };
  style?: {
    fill?: { bgColor?: { argb?: string }; fgColor?: { argb?: string } };
    font?: { color?: { argb?: string } };
  };
}

function inRange(ref: string, row: number, col: number): boolean {
  return ref.split(/\s+/).some((part) => {
    const b = parseRange(part);
    return b !== null && row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
  });
}

function cellIsHolds(rule: CfRule, v: number): boolean {
  const [a, b] = (rule.formulae ?? []).map(Number);
  switch (rule.operator) {
    case "greaterThan":
      return v > a;
    case "lessThan":
      return v < a;
    case "equal":
      return v === a;
    case "between":
      return v >= Math.min(a, b) && v <= Math.max(a, b);
    default:
      return false;
  }
}

/** Conditional formats the preview can show: data bars (as a bar behind the number) and cellIs fills. */
function applyConditionalFormats(ws: Worksheet, rows: ViewCell[][], numbers: (number | null)[][]): void {
  const list =
    (ws as unknown as { conditionalFormattings?: { ref: string; rules: CfRule[] }[] })
      .conditionalFormattings ?? [];
  for (const cf of list) {
    for (const rule of cf.rules) {
      const cells: { r: number; c: number; v: number }[] = [];
      rows.forEach((line, r) =>
        line.forEach((_, c) => {
          const v = numbers[r][c];
          if (v !== null && inRange(cf.ref, r + 1, c + 1)) cells.push({ r, c, v });
        }),
      );
      if (rule.type === "dataBar") {
        const max = Math.max(0, ...cells.map((x) => x.v));
        const color = cssColor(rule.color) ?? "#638EC6";
        for (const { r, c, v } of cells) {
          const pct = max > 0 ? Math.max(0, Math.min(100, (v / max) * 100)) : 0;
          rows[r][c].style.backgroundImage =
            `linear-gradient(to right, ${color} ${pct}%, transparent ${pct}%)`;
        }
      } else if (rule.type === "cellIs") {
        const fill = cssColor(rule.style?.fill?.bgColor ?? rule.style?.fill?.fgColor);
        const font = cssColor(rule.style?.font?.color);
        for (const { r, c, v } of cells) {
          if (!cellIsHolds(rule, v)) continue;
          if (fill) rows[r][c].style.backgroundColor = fill;
          if (font) rows[r][c].style.color = font;
        }
      }
    }
  }
}

/** Table ranges get Excel's banded look where the cells have no fill of their own. */
function applyTableLook(ws: Worksheet, rows: ViewCell[][]): void {
  const tables = (ws.getTables?.() ?? []) as unknown as { table?: { ref?: string; tableRef?: string } }[];
  for (const t of tables) {
    const ref = t.table?.tableRef ?? t.table?.ref;
    const b = ref ? parseRange(ref) : null;
    if (!b) continue;
    for (let r = b.top; r <= Math.min(b.bottom, rows.length); r++)
      for (let c = b.left; c <= b.right; c++) {
        const cell = rows[r - 1]?.[c - 1];
        if (!cell || cell.style.backgroundColor) continue;
        if (r === b.top) {
          cell.style.backgroundColor = "#4472C4";
          cell.style.color = cell.style.color ?? "#FFFFFF";
          cell.style.fontWeight = 600;
        } else if ((r - b.top) % 2 === 1) cell.style.backgroundColor = "#D9E1F2";
      }
  }
}

/** Left-aligned text that does not wrap runs over the empty cells to its right, as Excel shows it. */
function spillIntoEmptyNeighbours(rows: ViewCell[][], widths: number[]): void {
  for (const line of rows)
    line.forEach((cell, i) => {
      const align = cell.style.textAlign;
      if (!cell.text || cell.numeric || cell.hidden || cell.colSpan || cell.style.whiteSpace === "pre-wrap")
        return;
      if (align === "center" || align === "right") return;
      let width = widths[i];
      for (let j = i + 1; j < line.length && !line[j].text && !line[j].hidden && width < 2000; j++)
        width += widths[j];
      if (width > widths[i]) cell.spill = width;
    });
}

/** The worksheet as the view draws it; at most `maxRows` rows. */
export function sheetView(ws: Worksheet, maxRows: number): SheetView {
  const rowCount = ws.rowCount;
  const columnCount = Math.max(ws.columnCount, 1);
  const shownRows = Math.min(rowCount, maxRows);
  const rows: ViewCell[][] = [];
  const numbers: (number | null)[][] = [];
  for (let r = 1; r <= shownRows; r++) {
    const row = ws.getRow(r);
    const line: ViewCell[] = [];
    const nums: (number | null)[] = [];
    for (let c = 1; c <= columnCount; c++) {
      const cell = row.getCell(c);
      const follower = cell.isMerged && cell.master !== cell;
      const { text, numeric } = follower ? { text: "", numeric: false } : shownText(cell);
      const vc: ViewCell = { address: `${columnLetters(c)}${r}`, text, numeric, style: cellStyle(cell) };
      if (follower) vc.hidden = true;
      const href = (cell.value as { hyperlink?: unknown } | null)?.hyperlink;
      if (typeof href === "string") {
        const inner = href.startsWith("#") ? internalTarget(href) : null;
        vc.link = inner ?? (/^(https?:|mailto:)/i.test(href) ? { url: href } : undefined);
      }
      const v = cell.value as unknown;
      const n =
        typeof v === "number"
          ? v
          : typeof (v as { result?: unknown })?.result === "number"
            ? (v as { result: number }).result
            : null;
      nums.push(n);
      line.push(vc);
    }
    rows.push(line);
    numbers.push(nums);
  }
  // Merges: the master spans, the others are hidden.
  const merges = Object.keys((ws as unknown as { _merges?: Record<string, unknown> })._merges ?? {});
  for (const key of merges) {
    const model = (
      ws as unknown as {
        _merges: Record<
          string,
          { range?: string; model?: { top: number; left: number; bottom: number; right: number } }
        >;
      }
    )._merges[key];
    const b = model?.model ?? (model?.range ? parseRange(model.range) : parseRange(key));
    if (!b) continue;
    const master = rows[b.top - 1]?.[b.left - 1];
    if (!master) continue;
    master.rowSpan = Math.min(b.bottom, shownRows) - b.top + 1;
    master.colSpan = b.right - b.left + 1;
  }
  applyTableLook(ws, rows);
  applyConditionalFormats(ws, rows, numbers);

  const widths: number[] = [];
  for (let c = 1; c <= columnCount; c++) {
    const col = ws.getColumn(c);
    widths.push(col.hidden ? 0 : charsToPx(col.width ?? DEFAULT_WIDTH_CHARS));
  }
  spillIntoEmptyNeighbours(rows, widths);
  const heights: (number | undefined)[] = [];
  for (let r = 1; r <= shownRows; r++) {
    const h = ws.getRow(r).height;
    heights.push(typeof h === "number" && h > 0 ? pointsToPx(h) : undefined);
  }
  const view = (ws.views ?? [])[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  const frozen = view?.state === "frozen";
  return {
    name: ws.name,
    rows,
    rowCount,
    columnCount,
    widths,
    heights,
    frozenRows: frozen ? (view?.ySplit ?? 0) : 0,
    frozenColumns: frozen ? (view?.xSplit ?? 0) : 0,
    truncated: shownRows < rowCount,
  };
}

/** The used range of a worksheet as an A1 range ("A1:E34"); "A1" for an empty sheet. */
export function usedRange(ws: Worksheet): string {
  const rows = Math.max(ws.rowCount, 1);
  const cols = Math.max(ws.columnCount, 1);
  return rows === 1 && cols === 1 ? "A1" : `A1:${columnLetters(cols)}${rows}`;
}

export { parseA1 };
