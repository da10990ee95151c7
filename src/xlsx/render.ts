/**
 * Renders sheet plans into an ExcelJS workbook held in memory. No Node APIs here: the same code runs
 * in the command line (with files.ts doing the disk work) and in the browser preview.
 *
 * Every plan becomes a NEW worksheet; existing sheets are never touched. The sheets we create are
 * remembered as workbook-level defined names (_PTR_OUT_1 → '校验结果'!$A$1), because names survive
 * save and reopen, follow the sheet when the officer renames it, and vanish with it when it is deleted.
 */
import type { Borders, Cell, Workbook, Worksheet } from "exceljs";
import type { WritePlansOptions, WrittenSheet } from "../core/gateway";
import { a1, columnLetters, parseA1, parseRange } from "../core/grid";
import type { Localized } from "../core/i18n";
import type {
  PlanChart,
  PlanConditionalFormat,
  PlanFormat,
  PlanHyperlink,
  PlanTable,
  PlanValue,
  SheetPlan,
} from "../core/plan/types";
import { fitCellText, uniqueSheetName } from "../core/plan/types";
import { rowHeightRuns } from "../core/plan/rowHeights";
import { pagesWideOf, titleRowsOf } from "../core/plan/pageSetup";

/** A written sheet plus what could not be drawn as planned and what was drawn instead. */
export interface RenderedSheet extends WrittenSheet {
  fallbacks: Localized[];
}

/** Prefix of the defined names that mark the sheets this add-in created. */
export const CREATED_SHEET_NAME_PREFIX = "_PTR_OUT_";

const DEFAULT_BAR_COLOR = "#5B9BD5";
const LINK_FONT_COLOR = "#0563C1";

export function renderPlans(
  wb: Workbook,
  plans: SheetPlan[],
  options: WritePlansOptions = {},
): RenderedSheet[] {
  if (options.replacePrevious) removeCreatedSheets(wb);
  const sheets = createSheets(wb, plans);
  const actualName = new Map<string, string>();
  plans.forEach((plan, i) => {
    if (!actualName.has(plan.name)) actualName.set(plan.name, sheets[i].name);
  });
  const tableNames = takenTableNames(wb);
  return plans.map((plan, i) => {
    const ws = sheets[i];
    const fallbacks = renderPlan(ws, plan, { actualName, tableNames });
    return { name: ws.name, kind: plan.kind, fallbacks };
  });
}

interface RenderContext {
  /** Planned sheet name → the name it got, for links between sheets of one batch. */
  actualName: Map<string, string>;
  /** Table names already used in the workbook (lower case): Excel wants them unique workbook-wide. */
  tableNames: Set<string>;
}

function createSheets(wb: Workbook, plans: SheetPlan[]): Worksheet[] {
  const taken = wb.worksheets.map((ws) => ws.name);
  let counter = nextMarkerNumber(wb);
  return plans.map((plan) => {
    const name = uniqueSheetName(plan.name, taken);
    taken.push(name);
    const ws = wb.addWorksheet(name);
    wb.definedNames.add(`${quoteSheetName(name)}!$A$1`, `${CREATED_SHEET_NAME_PREFIX}${counter++}`);
    return ws;
  });
}

function renderPlan(ws: Worksheet, plan: SheetPlan, ctx: RenderContext): Localized[] {
  const fallbacks: Localized[] = [];
  writeValues(ws, plan.values);
  setColumnWidths(ws, plan.columnWidths);
  setRowHeights(ws, plan.rowHeights);
  setFreeze(ws, plan.freeze);
  setPageSetup(ws, plan.pageSetup);
  const tc = argb(plan.tabColor);
  if (tc) ws.properties.tabColor = { argb: tc };
  const tableRanges: Bounds[] = [];
  for (const t of plan.tables ?? []) {
    const b = addTable(ws, t, ctx.tableNames);
    if (b) tableRanges.push(b);
  }
  for (const m of plan.merges ?? []) {
    const note = addMerge(ws, m, tableRanges);
    if (note) fallbacks.push(note);
  }
  for (const link of plan.hyperlinks ?? []) addHyperlink(ws, link, ctx.actualName);
  for (const f of plan.formats ?? []) applyFormat(ws, f);
  for (const cf of plan.conditionalFormats ?? []) addConditionalFormat(ws, cf);
  for (const chart of plan.charts ?? []) {
    const note = chartFallback(ws, chart);
    fallbacks.push(note);
  }
  return fallbacks;
}

// ---------- values ----------

/** Writes values as values: ExcelJS only writes a formula for a {formula} object, so "=1+1" stays text. */
export function toExcelValue(v: PlanValue): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  // A text beyond Excel's limit is cut with a mark saying so, never silently.
  if (typeof v === "string") return fitCellText(v);
  return v;
}

function writeValues(ws: Worksheet, values: PlanValue[][]): void {
  values.forEach((row, r) => {
    if (!row || row.length === 0) return;
    const xrow = ws.getRow(r + 1);
    row.forEach((v, c) => {
      const value = toExcelValue(v);
      if (value !== null) xrow.getCell(c + 1).value = value;
    });
  });
}

function setColumnWidths(ws: Worksheet, widths: number[] | undefined): void {
  (widths ?? []).forEach((w, i) => {
    // Excel's limit is 255 characters; a zero or negative width would hide the column.
    if (Number.isFinite(w) && w > 0) ws.getColumn(i + 1).width = Math.min(w, 255);
  });
}

/** Heights for wrapped text: without them LibreOffice (and Excel for a file) shows one line only. */
function setRowHeights(ws: Worksheet, heights: SheetPlan["rowHeights"]): void {
  for (const run of rowHeightRuns(heights))
    for (let r = run.from; r <= run.to; r++) ws.getRow(r).height = run.height;
}

function setFreeze(ws: Worksheet, freeze: SheetPlan["freeze"]): void {
  if (!freeze) return;
  const rows = Math.max(0, Math.floor(freeze.rows));
  const columns = Math.max(0, Math.floor(freeze.columns));
  if (rows === 0 && columns === 0) return;
  ws.views = [{ state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: a1(rows + 1, columns + 1) }];
}

/** ExcelJS paper size codes (those of the file format): 9 is A4. */
const PAPER_SIZE = { A4: 9 } as const;

/** Printing only: the preview, which renders through here too, draws none of it. */
function setPageSetup(ws: Worksheet, p: SheetPlan["pageSetup"]): void {
  if (!p) return;
  const setup = ws.pageSetup;
  if (p.orientation) setup.orientation = p.orientation;
  if (p.paperSize) setup.paperSize = PAPER_SIZE[p.paperSize];
  const wide = pagesWideOf(p);
  if (wide !== null) {
    // fitToHeight 0 = as many pages down as needed; the file format's default (1) would squeeze
    // the whole sheet onto one page.
    setup.fitToPage = true;
    setup.fitToWidth = wide;
    setup.fitToHeight = 0;
  }
  const t = titleRowsOf(p);
  if (t) setup.printTitlesRow = `${t.first}:${t.last}`;
  if (p.header) ws.headerFooter.oddHeader = `&C${p.header}`;
  if (p.footer) ws.headerFooter.oddFooter = `&C${p.footer}`;
}

// ---------- ranges and cells ----------

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function boundsOf(range: string): Bounds | null {
  return parseRange(range);
}

function rangeText(b: Bounds): string {
  return `${a1(b.top, b.left)}:${a1(b.bottom, b.right)}`;
}

function overlaps(a: Bounds, b: Bounds): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function forEachCell(ws: Worksheet, b: Bounds, fn: (cell: Cell) => void): void {
  for (let r = b.top; r <= b.bottom; r++) {
    const row = ws.getRow(r);
    for (let c = b.left; c <= b.right; c++) fn(row.getCell(c));
  }
}

/** "#1F4E79" → "FF1F4E79"; undefined for anything else (a bad colour is skipped, not fatal). */
export function argb(color: string | undefined): string | undefined {
  if (!color) return undefined;
  const m = /^#?([0-9a-fA-F]{6})$/.exec(color.trim());
  return m ? `FF${m[1].toUpperCase()}` : undefined;
}

// ---------- formats ----------

function applyFormat(ws: Worksheet, f: PlanFormat): void {
  const b = boundsOf(f.range);
  if (!b) return;
  const fill = argb(f.fill);
  const fontColor = argb(f.font?.color);
  const borderColor = argb(f.border?.color);
  forEachCell(ws, b, (cell) => {
    // Each property gets a fresh object: ExcelJS may share style objects between cells.
    if (fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
    if (f.font) {
      const font = { ...(cell.font ?? {}) };
      if (f.font.bold !== undefined) font.bold = f.font.bold;
      if (f.font.italic !== undefined) font.italic = f.font.italic;
      if (f.font.underline !== undefined) font.underline = f.font.underline;
      if (f.font.size !== undefined) font.size = f.font.size;
      if (fontColor) font.color = { argb: fontColor };
      cell.font = font;
    }
    if (f.numberFormat !== undefined) cell.numFmt = f.numberFormat;
    if (f.wrapText !== undefined || f.horizontalAlignment || f.verticalAlignment) {
      const alignment = { ...(cell.alignment ?? {}) };
      if (f.wrapText !== undefined) alignment.wrapText = f.wrapText;
      if (f.horizontalAlignment) alignment.horizontal = f.horizontalAlignment;
      if (f.verticalAlignment)
        alignment.vertical = f.verticalAlignment === "center" ? "middle" : f.verticalAlignment;
      cell.alignment = alignment;
    }
    if (f.border) {
      const edge = { style: f.border.style, ...(borderColor ? { color: { argb: borderColor } } : {}) };
      const border: Partial<Borders> = {
        top: { ...edge },
        left: { ...edge },
        bottom: { ...edge },
        right: { ...edge },
      };
      cell.border = border;
    }
  });
}

// ---------- merges ----------

function addMerge(ws: Worksheet, range: string, tables: Bounds[]): Localized | null {
  const b = boundsOf(range);
  if (!b || (b.top === b.bottom && b.left === b.right)) return null;
  // Excel refuses merged cells inside a table and would "repair" the whole file.
  if (tables.some((t) => overlaps(t, b)))
    return {
      zh: `区域 ${rangeText(b)} 在表格内，不能合并单元格，已保持不合并。`,
      en: `Range ${rangeText(b)} lies inside a table, where cells cannot be merged; left unmerged.`,
    };
  try {
    ws.mergeCells(b.top, b.left, b.bottom, b.right);
    return null;
  } catch {
    // Overlaps an earlier merge of the same plan: keep the first one.
    return {
      zh: `区域 ${rangeText(b)} 与已合并的区域重叠，已保持不合并。`,
      en: `Range ${rangeText(b)} overlaps a merged range; left unmerged.`,
    };
  }
}

// ---------- hyperlinks ----------

/** 'Sheet name' quoted the way Excel writes it in references (inner quotes doubled). */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "B7" → "$B$7", "B7:C9" → "$B$7:$C$9". */
function absoluteAddress(address: string): string | null {
  const parts = address.split(":").map((p) => parseA1(p));
  if (parts.some((p) => p === null) || parts.length > 2) return null;
  return parts.map((p) => `$${columnLetters(p!.col)}$${p!.row}`).join(":");
}

/**
 * The hyperlink text for a link inside the workbook: "#'Sheet name'!$B$7".
 * The address is absolute on purpose: ExcelJS 4.4 also writes a `location` attribute for a relative
 * address ("#'S'!B7"), which Excel and LibreOffice then read as "#'S'!B7##'S'!B7" and cannot follow
 * (exceljs/exceljs#3027). With "$B$7" only the "#…" target is written, which both follow.
 */
export function internalLinkTarget(sheet: string, address: string): string | null {
  const abs = absoluteAddress(address);
  return abs ? `#${quoteSheetName(sheet)}!${abs}` : null;
}

function addHyperlink(ws: Worksheet, link: PlanHyperlink, actualName: Map<string, string>): void {
  const at = parseA1(link.cell);
  const target = internalLinkTarget(actualName.get(link.sheet) ?? link.sheet, link.target);
  if (!at || !target) return;
  const cell = ws.getCell(at.row, at.col);
  const v = cell.value;
  const text =
    typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : link.target;
  cell.value = { text, hyperlink: target, ...(link.tooltip ? { tooltip: link.tooltip } : {}) };
  // Look like a link (the plan's own formats, applied later, may override this).
  cell.font = { ...(cell.font ?? {}), color: { argb: argb(LINK_FONT_COLOR)! }, underline: true };
}

// ---------- tables ----------

function takenTableNames(wb: Workbook): Set<string> {
  const names = new Set<string>();
  for (const ws of wb.worksheets) {
    for (const t of ws.getTables() as unknown as { name?: string; table?: { name?: string } }[]) {
      const n = t.table?.name ?? t.name;
      if (n) names.add(n.toLowerCase());
    }
  }
  // Table names share one namespace with defined names.
  for (const dn of wb.definedNames.model) names.add(dn.name.toLowerCase());
  return names;
}

/** A valid Excel table name not in `taken`: letters, digits, underscore; never like a cell address. */
export function uniqueTableName(name: string, taken: Set<string>): string {
  let base = name.replace(/[^\p{L}\p{N}_]/gu, "_");
  if (!/^[\p{L}_]/u.test(base)) base = `T_${base}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(base) || /^[RrCc]\d*$/.test(base) || /^R\d+C\d+$/i.test(base))
    base = `T_${base}`;
  base = base.slice(0, 250);
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base}_${i}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** Header names of a table: text, unique and not empty (Excel repairs a file otherwise). */
function headerNames(ws: Worksheet, b: Bounds): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (let c = b.left; c <= b.right; c++) {
    const v = ws.getCell(b.top, c).value;
    let name = typeof v === "string" || typeof v === "number" ? String(v).trim() : "";
    if (!name) name = `列${c - b.left + 1}`;
    let candidate = name;
    for (let i = 2; seen.has(candidate.toLowerCase()); i++) candidate = `${name}${i}`;
    seen.add(candidate.toLowerCase());
    names.push(candidate);
  }
  return names;
}

function addTable(ws: Worksheet, t: PlanTable, taken: Set<string>): Bounds | null {
  const b0 = boundsOf(t.range);
  if (!b0) return null;
  // Excel needs at least one data row under the header.
  const b = { ...b0, bottom: Math.max(b0.bottom, b0.top + 1) };
  const rows: unknown[][] = [];
  for (let r = b.top + 1; r <= b.bottom; r++) {
    const row: unknown[] = [];
    for (let c = b.left; c <= b.right; c++) row.push(ws.getCell(r, c).value);
    rows.push(row);
  }
  const showFilter = t.showFilter ?? true;
  ws.addTable({
    name: uniqueTableName(t.name, taken),
    ref: a1(b.top, b.left),
    headerRow: true,
    style: { theme: (t.style ?? "TableStyleMedium2") as "TableStyleMedium2", showRowStripes: true },
    columns: headerNames(ws, b).map((name) => ({ name, filterButton: showFilter })),
    rows: rows as never,
  });
  return b;
}

// ---------- conditional formats ----------

type CfList = { ref: string; rules: unknown[] }[];

/** The sheet's conditional formats (present at runtime, missing from ExcelJS's typings). */
function conditionalFormats(ws: Worksheet): CfList {
  return (ws as unknown as { conditionalFormattings?: CfList }).conditionalFormattings ?? [];
}

/**
 * Adds a rule; rules over the same range share one block, because LibreOffice shows only one of two
 * blocks with the same range (Excel shows both). Each rule gets its own priority, as Excel expects.
 */
function addRule(ws: Worksheet, ref: string, rule: Record<string, unknown>): void {
  const existing = conditionalFormats(ws);
  const priority = existing.reduce((n, cf) => n + cf.rules.length, 0) + 1;
  const block = existing.find((cf) => cf.ref === ref);
  if (block) block.rules.push({ ...rule, priority });
  else ws.addConditionalFormatting({ ref, rules: [{ ...rule, priority } as never] });
}

/** Bars start at zero so that the smallest count still shows a bar of its size. */
function dataBarRule(color: string | undefined): Record<string, unknown> {
  return {
    type: "dataBar",
    // Solid bars: ExcelJS then writes the Excel 2010 extension with a matching id, as Excel does.
    gradient: false,
    cfvo: [{ type: "num", value: 0 }, { type: "max" }],
    color: { argb: argb(color) ?? argb(DEFAULT_BAR_COLOR)! },
  };
}

function addConditionalFormat(ws: Worksheet, cf: PlanConditionalFormat): void {
  const b = boundsOf(cf.range);
  if (!b) return;
  if (cf.type === "dataBar") {
    addRule(ws, rangeText(b), dataBarRule(cf.color));
    return;
  }
  const fill = argb(cf.fill);
  const fontColor = argb(cf.fontColor);
  addRule(ws, rangeText(b), {
    type: "cellIs",
    operator: cf.operator,
    formulae: [...cf.formula],
    style: {
      ...(fill ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: fill } } } : {}),
      ...(fontColor ? { font: { color: { argb: fontColor } } } : {}),
    },
  });
}

// ---------- charts ----------

/** The numbers a chart would draw: its data range without the header row and the category column. */
export function chartDataCells(chart: PlanChart): string | null {
  const b = boundsOf(chart.dataRange);
  if (!b || b.bottom <= b.top || b.right <= b.left) return null;
  return rangeText({ top: b.top + 1, left: b.left + 1, bottom: b.bottom, right: b.right });
}

/** ExcelJS cannot write charts: the chart's numbers get data bars instead, and the officer is told. */
function chartFallback(ws: Worksheet, chart: PlanChart): Localized {
  const cells = chartDataCells(chart);
  if (!cells)
    return {
      zh: `图表“${chart.title}”未能生成（数据区域 ${chart.dataRange} 无数值）。`,
      en: `Chart "${chart.title}" was not drawn (data range ${chart.dataRange} holds no numbers).`,
    };
  addRule(ws, cells, dataBarRule(DEFAULT_BAR_COLOR));
  return {
    zh: `图表“${chart.title}”在此文件中以数据条显示（${cells}）；在 Excel 加载项中会绘制为柱形图。`,
    en: `Chart "${chart.title}" is shown as data bars in this file (${cells}); the Excel add-in draws it as a column chart.`,
  };
}

// ---------- the sheets we created ----------

interface Marker {
  name: string;
  sheet: string;
}

/** "'校验结果 (2)'!$A$1" or "Sheet1!$A$1" → the sheet name; null for anything else. */
function sheetOfReference(ref: string): string | null {
  const quoted = /^'((?:[^']|'')+)'!/.exec(ref);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^([^'!]+)!/.exec(ref);
  return plain ? plain[1] : null;
}

function markers(wb: Workbook): Marker[] {
  const out: Marker[] = [];
  for (const dn of wb.definedNames.model) {
    if (!dn.name.startsWith(CREATED_SHEET_NAME_PREFIX)) continue;
    const sheet = dn.ranges.length > 0 ? sheetOfReference(dn.ranges[0]) : null;
    if (sheet !== null) out.push({ name: dn.name, sheet });
  }
  return out;
}

function nextMarkerNumber(wb: Workbook): number {
  let max = 0;
  for (const dn of wb.definedNames.model) {
    if (!dn.name.startsWith(CREATED_SHEET_NAME_PREFIX)) continue;
    const n = Number(dn.name.slice(CREATED_SHEET_NAME_PREFIX.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return max + 1;
}

/** Names of the sheets this add-in created that are still in the workbook, in tab order. */
export function createdSheetNames(wb: Workbook): string[] {
  const ours = new Set(markers(wb).map((m) => m.sheet));
  return wb.worksheets.filter((ws) => ours.has(ws.name)).map((ws) => ws.name);
}

/** Removes the sheets this add-in created (only those) and their markers; returns their names. */
export function removeCreatedSheets(wb: Workbook): string[] {
  const all = markers(wb);
  const ours = new Set(all.map((m) => m.sheet));
  const active = activeSheet(wb);
  const removed: string[] = [];
  for (const ws of [...wb.worksheets]) {
    if (!ours.has(ws.name)) continue;
    removed.push(ws.name);
    wb.removeWorksheet(ws.id);
  }
  // Drop our markers and every name pointing into a removed sheet (it would dangle otherwise).
  const gone = new Set(removed);
  const present = new Set(wb.worksheets.map((w) => w.name));
  const stale: { name: string; cell: Cell }[] = [];
  wb.definedNames.forEach((name, cell) => {
    // ExcelJS keeps the sheet name as written between quotes, inner quotes still doubled.
    const sheet = ((cell as unknown as { sheetName?: string }).sheetName ?? "").replace(/''/g, "'");
    const ourStale = name.startsWith(CREATED_SHEET_NAME_PREFIX) && !present.has(sheet);
    if (gone.has(sheet) || ourStale) stale.push({ name, cell });
  });
  for (const s of stale) wb.definedNames.removeEx(s.cell as never, s.name);
  keepActiveSheet(wb, active);
  return removed;
}

function activeSheet(wb: Workbook): Worksheet | undefined {
  const tab = wb.views?.[0]?.activeTab;
  return typeof tab === "number" ? wb.worksheets[tab] : undefined;
}

/** Removing sheets shifts tab positions; keep the officer's active sheet active (or the first). */
function keepActiveSheet(wb: Workbook, before: Worksheet | undefined): void {
  const view = wb.views?.[0];
  if (!view || typeof view.activeTab !== "number") return;
  const idx = before ? wb.worksheets.indexOf(before) : -1;
  view.activeTab = idx >= 0 ? idx : 0;
  if (typeof view.firstSheet === "number" && view.firstSheet >= wb.worksheets.length) view.firstSheet = 0;
}
