/**
 * A sheet plan → write steps, in the order Excel needs: the sheet, its values, then merges, formats
 * (one per plan range, never per cell), the table (after its values), hyperlinks, conditional
 * formats, charts, column widths, row heights, frozen panes and, where ExcelApi 1.9 allows, the
 * print setup.
 */
import type {
  PlanCellIs,
  PlanChart,
  PlanConditionalFormat,
  PlanFormat,
  PlanHyperlink,
  PlanPageSetup,
  PlanTable,
  SheetPlan,
} from "../core/plan/types";
import { cellText, columnLetters, parseA1, parseRange } from "../core/grid";
import { looksLikeFormula } from "../core/plan/types";
import { rowHeightRuns } from "../core/plan/rowHeights";
import { pagesWideOf, titleRowsOf } from "../core/plan/pageSetup";
import { planWidth, toExcelRows } from "./cellValues";
import type { ExcelFeatures } from "./features";
import type { FixedStep, Step, StepEnv } from "./pack";
import { measureQueued } from "./requestSize";

/** Names decided after looking at the workbook: sheet names with suffixes, unique table names. */
export interface ResolvedNames {
  /** Sheet name each plan gets, by plan index. */
  sheets: string[];
  /** Table name each plan table gets, by plan index then table index. */
  tables: string[][];
  /** Requested plan name → name given, for hyperlinks between the new sheets. */
  renamed: Map<string, string>;
}

function fixed(run: (env: StepEnv) => void): FixedStep {
  // Measured against a recorder: the same calls, counted as Office.js would frame them.
  const bytes = measureQueued((ctx) =>
    run({ context: ctx as Excel.RequestContext, sheets: recorderSheets(ctx) }),
  );
  return { kind: "fixed", bytes, run };
}

function recorderSheets(ctx: unknown): Excel.Worksheet[] {
  return new Proxy([], { get: () => (ctx as { sheet: unknown }).sheet }) as unknown as Excel.Worksheet[];
}

export function planSteps(
  plans: SheetPlan[],
  names: ResolvedNames,
  features: Pick<ExcelFeatures, "pageLayout"> = { pageLayout: false },
): Step[] {
  const steps: Step[] = [];
  plans.forEach((plan, i) => {
    steps.push(
      fixed((env) => {
        const ws = env.context.workbook.worksheets.add(names.sheets[i]);
        if (plan.tabColor) ws.tabColor = plan.tabColor;
        env.sheets[i] = ws;
      }),
    );
    const width = planWidth(plan.values);
    if (width > 0) steps.push({ kind: "rows", sheet: i, rows: toExcelRows(plan.values, width) });
    for (const m of plan.merges ?? []) steps.push(fixed((env) => env.sheets[i].getRange(m).merge(false)));
    for (const f of plan.formats ?? [])
      steps.push(fixed((env) => applyFormat(env.sheets[i].getRange(f.range), f)));
    (plan.tables ?? []).forEach((t, k) =>
      steps.push(fixed((env) => addTable(env.sheets[i], t, names.tables[i][k]))),
    );
    for (const h of plan.hyperlinks ?? []) {
      const text = hyperlinkText(plan, h);
      const target = names.renamed.get(h.sheet) ?? h.sheet;
      steps.push(fixed((env) => setHyperlink(env.sheets[i].getRange(h.cell), h, target, text)));
    }
    for (const c of plan.conditionalFormats ?? [])
      steps.push(fixed((env) => addConditionalFormat(env.sheets[i].getRange(c.range), c)));
    for (const ch of plan.charts ?? []) steps.push(fixed((env) => addChart(env.sheets[i], ch)));
    for (const run of columnWidthRuns(plan.columnWidths ?? []))
      steps.push(
        fixed((env) => {
          const cols = `${columnLetters(run.from + 1)}:${columnLetters(run.to + 1)}`;
          env.sheets[i].getRange(cols).format.columnWidth = charsToPoints(run.width);
        }),
      );
    // One write per run of equal heights (rows 2:4 at 30 pt), never one per row.
    for (const run of rowHeightRuns(plan.rowHeights))
      steps.push(
        fixed((env) => {
          env.sheets[i].getRange(`${run.from}:${run.to}`).format.rowHeight = run.height;
        }),
      );
    const fz = plan.freeze;
    if (fz && (fz.rows > 0 || fz.columns > 0))
      steps.push(fixed((env) => freeze(env.sheets[i], fz.rows, fz.columns)));
    // Printing is a nicety: an Excel without ExcelApi 1.9 gets the sheet without it, silently.
    const ps = plan.pageSetup;
    if (ps && features.pageLayout) steps.push(fixed((env) => setPageLayout(env.sheets[i], ps)));
  });
  return steps;
}

// String literals rather than Excel.* enums: the enums exist only where office.js is loaded.
type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", center: "Center", bottom: "Bottom" } as const;

export function applyFormat(range: Excel.Range, f: PlanFormat): void {
  if (f.fill) range.format.fill.color = f.fill;
  if (f.font) {
    const font = range.format.font;
    if (f.font.bold !== undefined) font.bold = f.font.bold;
    if (f.font.italic !== undefined) font.italic = f.font.italic;
    if (f.font.color) font.color = f.font.color;
    if (f.font.size) font.size = f.font.size;
    if (f.font.underline !== undefined) font.underline = f.font.underline ? "Single" : "None";
  }
  // A 1×1 array applies to every cell of the range: one write for the whole range.
  if (f.numberFormat) range.numberFormat = [[f.numberFormat]];
  if (f.wrapText !== undefined) range.format.wrapText = f.wrapText;
  if (f.horizontalAlignment) range.format.horizontalAlignment = H_ALIGN[f.horizontalAlignment];
  if (f.verticalAlignment) range.format.verticalAlignment = V_ALIGN[f.verticalAlignment];
  if (f.border) {
    const box = parseRange(f.range);
    const edges: BorderEdge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (box && box.bottom > box.top) edges.push("InsideHorizontal");
    if (box && box.right > box.left) edges.push("InsideVertical");
    for (const edge of edges) {
      const b = range.format.borders.getItem(edge);
      b.style = "Continuous";
      b.weight = f.border.style === "medium" ? "Medium" : "Thin";
      if (f.border.color) b.color = f.border.color;
    }
  }
}

function addTable(ws: Excel.Worksheet, t: PlanTable, name: string): void {
  const table = ws.tables.add(ws.getRange(t.range), true);
  table.name = name;
  if (t.style) table.style = t.style;
  if (t.showFilter !== undefined) table.showFilterButton = t.showFilter;
}

/** The text already in the link's cell; a hyperlink shows it rather than the bare address. */
function hyperlinkText(plan: SheetPlan, h: PlanHyperlink): string {
  const at = parseA1(h.cell);
  if (!at) return "";
  return cellText(plan.values[at.row - 1]?.[at.col - 1]);
}

export function documentReference(sheet: string, target: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${target}`;
}

function setHyperlink(cell: Excel.Range, h: PlanHyperlink, sheet: string, text: string): void {
  const link: Excel.RangeHyperlink = { documentReference: documentReference(sheet, h.target) };
  if (h.tooltip) link.screenTip = h.tooltip;
  // Text that looks like a formula is already in the cell as text; never hand it over again.
  if (text && !looksLikeFormula(text)) link.textToDisplay = text;
  cell.hyperlink = link;
}

const OPERATORS = {
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  equal: "EqualTo",
  between: "Between",
} as const satisfies Record<PlanCellIs["operator"], string>;

function addConditionalFormat(range: Excel.Range, c: PlanConditionalFormat): void {
  if (c.type === "dataBar") {
    const cf = range.conditionalFormats.add("DataBar");
    cf.dataBar.positiveFormat.fillColor = c.color;
    return;
  }
  const cf = range.conditionalFormats.add("CellValue");
  cf.cellValue.format.fill.color = c.fill;
  if (c.fontColor) cf.cellValue.format.font.color = c.fontColor;
  const rule: Excel.ConditionalCellValueRule = { formula1: c.formula[0], operator: OPERATORS[c.operator] };
  if (c.formula[1] !== undefined) rule.formula2 = c.formula[1];
  cf.cellValue.rule = rule;
}

function addChart(ws: Excel.Worksheet, c: PlanChart): void {
  const chart = ws.charts.add(
    "ColumnClustered",
    ws.getRange(c.dataRange),
    c.seriesBy === "rows" ? "Rows" : "Columns",
  );
  chart.title.text = c.title;
  chart.setPosition(c.from, c.to);
  if (c.yAxisTitle) chart.axes.valueAxis.title.text = c.yAxisTitle;
}

function freeze(ws: Excel.Worksheet, rows: number, columns: number): void {
  if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else ws.freezePanes.freezeColumns(columns);
}

function setPageLayout(ws: Excel.Worksheet, p: PlanPageSetup): void {
  const layout = ws.pageLayout;
  if (p.orientation) layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  if (p.paperSize) layout.paperSize = p.paperSize;
  const wide = pagesWideOf(p);
  // Width only: Excel then leaves the height automatic (as many pages down as the rows need).
  if (wide !== null) layout.zoom = { horizontalFitToPages: wide };
  const t = titleRowsOf(p);
  if (t) layout.setPrintTitleRows(`$${t.first}:$${t.last}`);
  const page = layout.headersFooters.defaultForAllPages;
  if (p.header) page.centerHeader = p.header;
  if (p.footer) page.centerFooter = p.footer;
}

/** Character widths → Excel points (Calibri 11: 7 px a character plus 5 px padding; 0.75 pt a px). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Consecutive columns of equal width share one write. */
export function columnWidthRuns(
  widths: (number | undefined)[],
): { from: number; to: number; width: number }[] {
  const runs: { from: number; to: number; width: number }[] = [];
  widths.forEach((w, c) => {
    if (!w || !(w > 0)) return;
    const last = runs[runs.length - 1];
    if (last && last.to === c - 1 && last.width === w) last.to = c;
    else runs.push({ from: c, to: c, width: w });
  });
  return runs;
}
