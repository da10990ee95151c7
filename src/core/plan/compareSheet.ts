/**
 * The 区域对比 sheet: one block per program — districts × indicators (unit in the header, the comparator
 * shown before each number), min/median/max, flagged cells coloured with a legend, intensity ratios, the
 * sentences to paste into a review note, what could not be aligned, and a clustered column chart per unit.
 * Charts float over small chart-data tables under the block, within its columns (so that the sheet prints
 * at the width of its table); gateways without charts (the .xlsx file) show those tables with data bars.
 */
import { a1 } from "../grid";
import { pick, type Lang, type Localized } from "../i18n";
import type { Comparator } from "../record";
import {
  cellRef,
  COMPARATOR_SYMBOL,
  formatNumber,
  programNotes,
  roundDerived,
  rescaled,
  shownTarget,
  writtenFigure,
  shownUnit,
  shownValue,
  unitWithVariants,
  unplacedMessage,
  loneProgramsMessage,
} from "../compare/sentences";
import { reviewOrder } from "../compare/flags/outlier";
import { flagKind } from "../compare/flagKind";
import type {
  AlignedIndicator,
  CompareFlag,
  ComparisonResult,
  IntensityRatio,
  Program,
  UnplacedProject,
} from "../compare/types";
import type { PlanChart, PlanFormat, PlanValue, SheetPlan } from "./types";
import { estimateRowHeights, textWidth } from "./rowHeights";
import { resultPageSetup } from "./pageSetup";
import { resultSheetName } from "./sheetNames";

export const COMPARE_COLORS = {
  high: "#F8CBAD",
  low: "#BDD7EE",
  shared: "#FFE699",
  unit: "#D9D2E9",
  missing: "#D9D9D9",
  comparatorFont: "#7030A0",
  title: "#DDEBF7",
  header: "#F2F2F2",
  stats: "#FAFAFA",
  english: "#595959",
  note: "#FFF2CC",
  converted: "#E2EFDA",
  /** A plain gap in size (规模差异): the high and low colours, lighter — information, not a finding. */
  sizeHigh: "#FCE4D6",
  sizeLow: "#E6F0FA",
};

/** The header rows of the matrix and of the ratio table look alike. */
const HEADER_STYLE = {
  fill: COMPARE_COLORS.header,
  font: { bold: true },
  horizontalAlignment: "center",
  border: { style: "thin", color: "#BFBFBF" },
} as const;

/**
 * The legend, in the program's place word (与多数市（县）取值不同, not always 多数区); `legend` keeps only the
 * colours a block's matrix uses (the converted and size colours only where a figure was converted or a gap
 * in size said).
 */
function legendItems(noun: string): { fill?: string; font?: string; text: Localized }[] {
  return [
    {
      fill: COMPARE_COLORS.high,
      text: {
        zh: "偏高（10 倍及以上或疑多写 0 为明显偏高）",
        en: "High (ten times or more, or a zero likely too many: far above)",
      },
    },
    {
      fill: COMPARE_COLORS.low,
      text: {
        zh: "偏低（十分之一及以下或疑少写 0 为明显偏低）",
        en: "Low (a tenth or less, or a zero likely too few: far below)",
      },
    },
    {
      fill: COMPARE_COLORS.sizeHigh,
      text: {
        zh: "浅橙：偏高（规模差异，在中位数 5 倍以内，可能与辖区规模有关）",
        en: "Light orange: high (a difference in size, within five times the median)",
      },
    },
    {
      fill: COMPARE_COLORS.sizeLow,
      text: {
        zh: "浅蓝：偏低（规模差异，不低于中位数的五分之一，可能与辖区规模有关）",
        en: "Light blue: low (a difference in size, at least a fifth of the median)",
      },
    },
    {
      fill: COMPARE_COLORS.shared,
      text: { zh: `与多数${noun}取值不同`, en: "Differs from the shared value" },
    },
    {
      fill: COMPARE_COLORS.unit,
      text: { zh: "单位不同（未纳入统计）", en: "Other unit (not in the statistics)" },
    },
    {
      fill: COMPARE_COLORS.converted,
      text: {
        zh: "已换算后纳入统计（写成小数或其他单位，括号中为原写法）",
        en: "Converted and compared (a fraction or another unit; as written in brackets)",
      },
    },
    { fill: COMPARE_COLORS.missing, text: { zh: "缺少指标或数值", en: "Missing" } },
    {
      font: COMPARE_COLORS.comparatorFont,
      text: { zh: `紫色粗体：比较方式与多数${noun}不同`, en: "Purple bold: other comparator" },
    },
  ];
}

/** Chinese sheets carry both languages (as officers have always had them); English sheets only English. */
function both(zh: string, en: string): Localized {
  return { zh: `${zh} ${en}`, en };
}

/** The sheet's fixed texts; district and indicator names are written as the officer wrote them. */
const T = {
  district: both("区域", "District"),
  unit: both("单位", "Unit"),
  noUnit: { zh: "（无单位）", en: "(no unit)" },
  absent: { zh: "（缺）", en: "(missing)" },
  blank: { zh: "（未填）", en: "(blank)" },
  min: both("最小值", "Min"),
  median: both("中位数", "Median"),
  max: both("最大值", "Max"),
  comparator: both("多数比较方式", "Comparator"),
  mixed: { zh: "不统一", en: "mixed" },
  legend: both("图例", "Legend"),
  ratios: {
    zh: "强度比（同一区内两项指标之比）Intensity ratios",
    en: "Intensity ratios (one indicator ÷ another, within each district)",
  },
  chartDistrict: { zh: "区域", en: "District" },
  charts: { zh: "图表（按单位）Charts by unit", en: "Charts by unit" },
  chartNoUnit: { zh: "无单位", en: "no unit" },
  indicator: both("指标", "Indicator"),
  type: both("类型", "Type"),
  note: { zh: "说明（中文 / English）", en: "Note" },
  cell: both("位置", "Cell"),
  reason: both("原因", "Reason"),
  sources: both("项目来源", "Projects compared"),
  row: both("位置", "Row"),
  project: { zh: "项目名称（文件）Project (file)", en: "Project (file)" },
  unplaced: { zh: "未识别区县", en: "District unknown" },
  unplacedTitle: {
    zh: "未识别区县的项目（未纳入对比）Projects of unknown district (not compared)",
    en: "Projects of unknown district (not compared)",
  },
};

/** The block's second line, in the title's place word (各县（区）填报…, not always 各区). */
function explanation(noun: string): Localized {
  return {
    zh: `数值为各${noun}填报的目标值（万、亿已换算），数字前的符号为比较方式。Each district's target value (万/亿 converted); the sign before a number is its comparator.`,
    en: "Each district's target value (ten-thousands and hundred-millions converted); the sign before a number is its comparator.",
  };
}

/** The sheet's type column: both languages on a Chinese sheet, as its other fixed texts. */
function flagLabel(f: CompareFlag, lang: Lang): string {
  const k = flagKind(f);
  return pick(both(k.zh, k.en), lang);
}

/** Yellow for a small difference from the shared value; a tenfold one (a likely slip) is high or low. */
function outlierFill(f: CompareFlag): string {
  if (f.basis === "shared" && !f.far) return COMPARE_COLORS.shared;
  if (f.sizeGap) return f.direction === "high" ? COMPARE_COLORS.sizeHigh : COMPARE_COLORS.sizeLow;
  return f.direction === "high" ? COMPARE_COLORS.high : COMPARE_COLORS.low;
}

/** The fill of a cell from its flags: an outlier first, then another unit, then missing. */
function cellFill(flags: CompareFlag[]): string | undefined {
  const o = flags.find((f) => f.code === "OUTLIER");
  if (o) return outlierFill(o);
  if (flags.some((f) => f.code === "UNIT-DIFF")) return COMPARE_COLORS.unit;
  if (flags.some((f) => f.code === "RATE-FRACTION")) return COMPARE_COLORS.converted;
  // A deadline later than the one most districts share: yellow, as a figure that differs from it.
  if (flags.some((f) => f.code === "DATE-DIFF")) return COMPARE_COLORS.shared;
  if (flags.some((f) => f.code === "MISSING")) return COMPARE_COLORS.missing;
  return undefined;
}

/** ≥, >, …; a range is 区间 in Chinese and "range" in English. */
function comparatorSymbol(c: Comparator, lang: Lang): string {
  return c === "between" && lang === "en" ? "range" : COMPARATOR_SYMBOL[c];
}

/** Number format that shows the comparator before the number (and a word after it) and keeps the cell numeric. */
function comparatorFormat(c: Comparator | null, after = ""): string {
  const tail = after ? `"${after.replace(/"/g, "")}"` : "";
  if (c === null || c === "=" || c === "between") return tail ? `General${tail}` : "General";
  return `"${COMPARATOR_SYMBOL[c]}"General${tail}`;
}

/**
 * The measure word a district wrote where it is another than the header's but counted with it (110支 under
 * 个): shown after its number, so that the cell reads as written. "" otherwise.
 */
function writtenWord(ind: AlignedIndicator, c: { unit: string; unitKey: string }): string {
  if ((ind.displayScale ?? 1) !== 1 || !c.unit || c.unit === ind.unitLabel) return "";
  return ind.unitVariants?.includes(c.unit) ? c.unit : "";
}

/** "名称（单位）": full-width brackets in Chinese, plain ones in English. */
function inBrackets(text: string, lang: Lang): string {
  return lang === "en" ? `(${text})` : `（${text}）`;
}

function header(name: string, unit: string, lang: Lang): string {
  return unit
    ? lang === "en"
      ? `${name} ${inBrackets(unit, lang)}`
      : `${name}${inBrackets(unit, lang)}`
    : name;
}

const round = (v: number): number => Math.round(v * 10000) / 10000;

/** Mutable sheet under construction: values grid plus formats, merges, charts. */
class Sheet {
  constructor(readonly lang: Lang) {}
  t(text: Localized): string {
    return pick(text, this.lang);
  }
  values: PlanValue[][] = [];
  formats: PlanFormat[] = [];
  charts: PlanChart[] = [];
  merges: string[] = [];
  /** Notes (column D) run to this column, merged, and wrap there. */
  noteRight = 4;
  /** The width a column needs for a number whose format says more (≤10（写作100000元/个·年）). */
  readonly needs = new Map<number, number>();
  fit(col: number, text: string): void {
    const w = Math.ceil(textWidth(text) * 1.1) + 2;
    if (w > (this.needs.get(col) ?? 0)) this.needs.set(col, w);
  }
  set(row: number, col: number, v: PlanValue): void {
    while (this.values.length < row) this.values.push([]);
    const r = this.values[row - 1];
    while (r.length < col) r.push(null);
    r[col - 1] = v;
  }
  /** Rows `from`..`to` of a notes list: each note spans D to noteRight and wraps; every cell reads from the top. */
  wrapNotes(from: number, to: number): void {
    if (to < from) return;
    if (this.noteRight > 4) for (let r = from; r <= to; r++) this.merges.push(range(r, 4, r, this.noteRight));
    this.format({ range: range(from, 1, to, this.noteRight), verticalAlignment: "top" });
    this.format({ range: range(from, 4, to, 4), wrapText: true });
    // The indicator column wraps too: a ratio's name (巡河次数÷河湖长公示牌维护数量) is longer than it.
    this.format({ range: range(from, 2, to, 2), wrapText: true });
  }
  format(f: PlanFormat): void {
    this.formats.push(f);
  }
}

function range(top: number, left: number, bottom: number, right: number): string {
  return top === bottom && left === right ? a1(top, left) : `${a1(top, left)}:${a1(bottom, right)}`;
}

interface Placed {
  /** First row after the part. */
  next: number;
}

/** The colours (fills) and the purple comparator font a block's matrix uses: its legend names only those. */
interface Used {
  fills: Set<string>;
  comparatorFont: boolean;
}

function matrix(s: Sheet, p: Program, top: number): Placed & { used: Used } {
  const used: Used = { fills: new Set(), comparatorFont: false };
  const inds = p.indicators;
  const last = 1 + inds.length;
  // Name and unit on two header rows, so that no header needs wrapping.
  s.set(top, 1, s.t(T.district));
  s.set(top + 1, 1, s.t(T.unit));
  inds.forEach((ind, j) => {
    s.set(top, 2 + j, ind.name);
    const unit = s.t(unitWithVariants(shownUnit(ind), ind.unitVariants));
    s.set(top + 1, 2 + j, ind.unitLabel ? inBrackets(unit, s.lang) : s.t(T.noUnit));
  });
  s.format({
    range: range(top, 1, top + 1, last),
    ...HEADER_STYLE,
  });
  top += 1;
  p.districts.forEach((d, i) => {
    const row = top + 1 + i;
    s.set(row, 1, d);
    inds.forEach((ind, j) => {
      const col = 2 + j;
      const c = ind.cells[d];
      const flags = ind.flags.filter((f) => f.district === d);
      if (!c) s.set(row, col, s.t(T.absent));
      else if (c.value === null) s.set(row, col, c.target.trim() || s.t(T.blank));
      // Another unit: the target as written, sign and all (≥50个), since the number alone is not comparable.
      else if (c.unitKey !== ind.unit) s.set(row, col, shownTarget(c));
      else if (c.comparator === "between" && c.valueMax !== null)
        s.set(
          row,
          col,
          `${shownValue(ind, c.value)}${s.lang === "en" ? "–" : "～"}${shownValue(ind, c.valueMax)}`,
        );
      else s.set(row, col, shownValue(ind, c.value));
      const f: PlanFormat = { range: a1(row, col) };
      // Written in another magnitude than shown (100000元/个·年 under 万元/个·年): the figure as written.
      const from = c?.converted?.from ?? (c && rescaled(ind, c) ? writtenFigure(c) : undefined);
      // 600元/生·学期 in a 元/生·年 column: the periods it was converted by, as the summary says them.
      const period = c?.converted?.period;
      const written =
        from === undefined
          ? undefined
          : period
            ? s.t({ zh: `（写作${from}，按${period.zh}）`, en: ` (written ${from}, at ${period.en})` })
            : s.t({ zh: `（写作${from}）`, en: ` (written ${from})` });
      if (c && c.value !== null && c.unitKey === ind.unit)
        f.numberFormat = comparatorFormat(c.comparator, written ?? writtenWord(ind, c));
      // A number that does not fit its column shows as ####: the column widens to the figure as written.
      if (written !== undefined && c && c.value !== null)
        s.fit(col, `≥${shownValue(ind, c.value)}${written}`);
      const fill = cellFill(flags) ?? (from !== undefined ? COMPARE_COLORS.converted : undefined);
      if (fill) {
        f.fill = fill;
        used.fills.add(fill);
      }
      if (flags.some((x) => x.code === "COMPARATOR-DIFF")) {
        f.font = { bold: true, color: COMPARE_COLORS.comparatorFont };
        used.comparatorFont = true;
      }
      if (!c || c.value === null || c.unitKey !== ind.unit) f.horizontalAlignment = "right";
      if (Object.keys(f).length > 1) s.format(f);
    });
  });
  let row = top + 1 + p.districts.length;
  const stats: [string, (ind: AlignedIndicator) => PlanValue][] = [
    [s.t(T.min), (ind) => (ind.stats ? round(shownValue(ind, ind.stats.min)) : null)],
    [s.t(T.median), (ind) => (ind.stats ? round(shownValue(ind, ind.stats.median)) : null)],
    [s.t(T.max), (ind) => (ind.stats ? round(shownValue(ind, ind.stats.max)) : null)],
  ];
  // No district wrote a comparator (a column per place of bare figures): no row of "=" across the block.
  const anyComparator = inds.some((ind) => Object.values(ind.cells).some((c) => c?.comparatorWritten));
  if (anyComparator)
    stats.push([
      s.t(T.comparator),
      (ind) =>
        ind.comparator ? comparatorSymbol(ind.comparator, s.lang) : ind.quantitative ? s.t(T.mixed) : null,
    ]);
  const statsTop = row;
  for (const [label, get] of stats) {
    s.set(row, 1, label);
    inds.forEach((ind, j) => s.set(row, 2 + j, get(ind)));
    row++;
  }
  s.format({
    range: range(statsTop, 1, row - 1, last),
    fill: COMPARE_COLORS.stats,
    font: { italic: true },
    border: { style: "thin", color: "#BFBFBF" },
  });
  s.format({ range: range(statsTop, 2, statsTop + 2, last), numberFormat: "General" });
  if (anyComparator)
    s.format({ range: range(statsTop + 3, 2, statsTop + 3, last), horizontalAlignment: "right" });
  s.format({ range: range(top + 1, 1, statsTop - 1, last), border: { style: "thin", color: "#BFBFBF" } });
  return { next: row, used };
}

function legend(s: Sheet, top: number, noun: string, width: number, used: Used): Placed {
  // Only the colours the block's matrix uses (a block of words alone uses none: no legend; round 181).
  const items = legendItems(noun).filter((l) => (l.fill ? used.fills.has(l.fill) : used.comparatorFont));
  if (items.length === 0) return { next: top - 1 };
  s.set(top, 1, s.t(T.legend));
  s.format({ range: a1(top, 1), font: { bold: true } });
  items.forEach((l, i) => {
    const row = top + 1 + i;
    s.set(row, 1, s.t(both(l.text.zh, l.text.en)));
    // Over the block's columns (three at least), wrapping there, so that the coloured cell holds its text
    // on paper too (已换算后纳入统计… ran past three columns and was cut).
    const right = Math.max(3, width);
    s.merges.push(range(row, 1, row, right));
    s.format({
      range: range(row, 1, row, right),
      wrapText: true,
      ...(l.fill ? { fill: l.fill } : {}),
      ...(l.font ? { font: { bold: true, color: l.font } } : {}),
    });
  });
  return { next: top + 1 + items.length };
}

/** A ratio as the table shows it, to the digits its sentences quote: 233333.33 → 233333, 14.28 → 14.3, 1.111 → 1.11. */
const shownRatio = (v: number): number => Number(formatNumber(roundDerived(v)));

function ratiosPart(s: Sheet, p: Program, top: number): Placed {
  if (p.ratios.length === 0) return { next: top };
  s.set(top, 1, s.t(T.ratios));
  s.format({ range: a1(top, 1), font: { bold: true } });
  let h = top + 1;
  const last = 1 + p.ratios.length;
  s.set(h, 1, s.t(T.district));
  s.set(h + 1, 1, "÷");
  s.set(h + 2, 1, s.t(T.unit));
  p.ratios.forEach((r, j) => {
    s.set(h, 2 + j, r.numerator);
    s.set(h + 1, 2 + j, `÷ ${r.denominator}`);
    s.set(h + 2, 2 + j, r.unit ? inBrackets(r.unit, s.lang) : "");
  });
  s.format({
    range: range(h, 1, h + 2, last),
    ...HEADER_STYLE,
  });
  h += 2;
  p.districts.forEach((d, i) => {
    const row = h + 1 + i;
    s.set(row, 1, d);
    p.ratios.forEach((r: IntensityRatio, j) => {
      const v = r.values[d];
      s.set(row, 2 + j, v === null ? "—" : shownRatio(v));
      const o = r.flags.find((f) => f.district === d);
      if (o) s.format({ range: a1(row, 2 + j), fill: outlierFill(o) });
    });
  });
  const med = h + 1 + p.districts.length;
  s.set(med, 1, s.t(T.median));
  p.ratios.forEach((r, j) => s.set(med, 2 + j, r.stats ? shownRatio(r.stats.median) : null));
  s.format({ range: range(h + 1, 2, med, last), numberFormat: "General", horizontalAlignment: "right" });
  s.format({ range: range(med, 1, med, last), fill: COMPARE_COLORS.stats, font: { italic: true } });
  s.format({ range: range(h + 1, 1, med, last), border: { style: "thin", color: "#BFBFBF" } });
  return { next: med + 1 };
}

/** Columns a chart spans at least (the district column and one of the block's): two fit side by side in most blocks. */
const CHART_MIN_COLUMNS = 2;

/**
 * Chart-data tables under the block, one per unit, each under its chart, packed side by side within the
 * block's own columns: the sheet prints one page wide at the width of its table, not squeezed beside a
 * block of bars (an A4 page showed the table at half size when the bars stood to its right).
 */
function charts(s: Sheet, p: Program, top: number, width: number): Placed {
  const byUnit = new Map<string, AlignedIndicator[]>();
  for (const ind of p.indicators) {
    if (!ind.quantitative || !ind.stats) continue;
    // One chart per unit as shown: 万亩 and 亩 are not drawn on one axis.
    const key = `${ind.unit}\u0000${ind.displayScale ?? 1}`;
    const list = byUnit.get(key) ?? [];
    list.push(ind);
    byUnit.set(key, list);
  }
  if (byUnit.size === 0) return { next: top };
  const slotH = Math.max(16, p.districts.length + 3);
  s.set(top, 1, s.t(T.charts));
  s.format({ range: a1(top, 1), font: { bold: true } });
  let row = top + 1;
  let col = 1;
  for (const inds of byUnit.values()) {
    const cols = Math.min(width, Math.max(CHART_MIN_COLUMNS, 1 + inds.length));
    if (col > 1 && col + cols - 1 > width) {
      col = 1;
      row += slotH;
    }
    s.set(row, col, s.t(T.chartDistrict));
    inds.forEach((ind, j) => s.set(row, col + 1 + j, ind.name));
    p.districts.forEach((d, k) => {
      // A likely slip left out of min/median/max is left out of the bars too (东山 12000000 flattened the
      // others), and its label says so.
      const out = inds.filter((ind) => ind.statsLeftOut?.includes(d));
      const outNames = inds.length > 1 ? out.map((ind) => ind.name) : [];
      s.set(
        row + 1 + k,
        col,
        out.length === 0
          ? d
          : s.t({
              zh: `${d}（${outNames.join("、")}疑笔误，未计入）`,
              en: `${d} (${outNames.length > 0 ? `${outNames.join(", ")}: ` : ""}likely slip, left out)`,
            }),
      );
      inds.forEach((ind, j) => {
        const c = ind.cells[d];
        const counted = c && c.value !== null && c.unitKey === ind.unit && !out.includes(ind);
        s.set(row + 1 + k, col + 1 + j, counted ? shownValue(ind, c.value as number) : null);
      });
    });
    s.format({
      range: range(row, col, row, col + inds.length),
      font: { bold: true, color: COMPARE_COLORS.english },
    });
    const unit = shownUnit(inds[0]);
    const title =
      inds.length === 1
        ? header(inds[0].name, unit, s.lang)
        : header(p.name, unit || s.t(T.chartNoUnit), s.lang);
    s.charts.push({
      type: "columnClustered",
      title,
      dataRange: range(row, col, row + p.districts.length, col + inds.length),
      seriesBy: "columns",
      from: a1(row, col),
      to: a1(row + slotH - 2, col + cols - 1),
      ...(unit ? { yAxisTitle: unit } : {}),
    });
    col += cols;
  }
  return { next: row + slotH };
}

function sentences(s: Sheet, p: Program, top: number): Placed {
  // The far cases (a likely slip of a zero) first, so that a 12× stands above five counties at half; plain
  // gaps in size (规模差异) last, after every other flag of the block — as the summary lists them.
  const all = reviewOrder(p).map((flag) => ({ flag }));
  const sizeGaps = all.filter((a) => a.flag.sizeGap).length;
  s.set(
    top,
    1,
    s.t({
      zh: `问题说明（可直接粘贴到审核意见）Notes for the review — ${all.length} 条${sizeGaps ? `（其中 ${sizeGaps} 条为规模差异，列在最后）` : ""}`,
      en: `Notes for the review (ready to paste into a review opinion) — ${all.length}${sizeGaps ? ` (${sizeGaps} differences in size, listed last)` : ""}`,
    }),
  );
  s.format({ range: a1(top, 1), font: { bold: true } });
  if (all.length === 0) {
    s.set(
      top + 1,
      1,
      s.t({
        zh: `各${p.placeWord}目标未发现需要说明的差异。No differences to note.`,
        en: "No differences to note.",
      }),
    );
    return { next: top + 2 };
  }
  const h = top + 1;
  [T.district, T.indicator, T.type, T.note].forEach((t, c) => s.set(h, 1 + c, s.t(t)));
  s.format({ range: range(h, 1, h, 4), fill: COMPARE_COLORS.header, font: { bold: true } });
  let row = h + 1;
  for (const { flag } of all) {
    s.set(row, 1, flag.district);
    s.set(row, 2, flag.indicator);
    s.set(row, 3, flagLabel(flag, s.lang));
    // Chinese: the sentence, with its English under it; English: the English sentence alone.
    s.set(row, 4, s.t(flag.message));
    if (s.lang === "zh") {
      s.set(row + 1, 4, flag.message.en);
      s.format({ range: a1(row + 1, 4), font: { italic: true, color: COMPARE_COLORS.english } });
    }
    const fill = cellFill([flag]);
    if (fill) s.format({ range: a1(row, 3), fill });
    else s.format({ range: a1(row, 3), font: { bold: true, color: COMPARE_COLORS.comparatorFont } });
    row += s.lang === "zh" ? 2 : 1;
  }
  s.wrapNotes(h + 1, row - 1);
  // 明显偏低（比例一致） Far below (consistent ratio) is wider than its column: wrapped, not cut (round 181).
  s.format({ range: range(h + 1, 3, row - 1, 3), wrapText: true });
  return { next: row };
}

function unalignedPart(s: Sheet, p: Program, top: number): Placed {
  if (p.unaligned.length === 0) return { next: top };
  s.set(
    top,
    1,
    s.t({
      zh: `未能对齐的指标（请人工核对）Not aligned — ${p.unaligned.length} 条`,
      en: `Indicators not aligned (please check by hand) — ${p.unaligned.length}`,
    }),
  );
  s.format({ range: a1(top, 1), font: { bold: true } });
  const h = top + 1;
  [T.district, T.indicator, T.cell, T.reason].forEach((t, c) => s.set(h, 1 + c, s.t(t)));
  s.format({ range: range(h, 1, h, 4), fill: COMPARE_COLORS.header, font: { bold: true } });
  let row = h + 1;
  for (const u of p.unaligned) {
    s.set(row, 1, u.district);
    s.set(row, 2, u.name || u.text);
    // [附件3-兴宾区.xlsx]Sheet1!D9 whole: the column widens to the address rather than run into the reason.
    s.set(row, 3, cellRef(u));
    s.fit(3, cellRef(u));
    s.set(row, 4, s.t(u.reason));
    if (s.lang === "zh") {
      s.set(row + 1, 4, u.reason.en);
      s.format({ range: a1(row + 1, 4), font: { italic: true, color: COMPARE_COLORS.english } });
    }
    row += s.lang === "zh" ? 2 : 1;
  }
  s.wrapNotes(h + 1, row - 1);
  return { next: row };
}

function sourcesPart(s: Sheet, p: Program, top: number): Placed {
  s.set(top, 1, s.t(T.sources));
  s.format({ range: a1(top, 1), font: { bold: true } });
  const h = top + 1;
  [T.district, T.row, T.project].forEach((t, c) => s.set(h, 1 + c, s.t(t)));
  s.format({ range: range(h, 1, h, 3), fill: COMPARE_COLORS.header, font: { bold: true } });
  p.members.forEach((m, i) => {
    // 巴马瑶族自治县（写作“巴马县”）: the name compared, and the project's own where it differs.
    s.set(
      h + 1 + i,
      1,
      m.written
        ? s.t({ zh: `${m.district}（写作“${m.written}”）`, en: `${m.district} (written ${m.written})` })
        : m.district,
    );
    s.set(h + 1 + i, 2, s.t({ zh: `${m.sheet} 第 ${m.row} 行`, en: `${m.sheet} row ${m.row}` }));
    s.set(h + 1 + i, 3, s.t({ zh: `${m.project}（${m.source}）`, en: `${m.project} (${m.source})` }));
  });
  return unplacedRows(s, p.unplaced, h + 1 + p.members.length);
}

/**
 * The title's clause on projects left out: the prefecture's own (1 个市本级项目未参与对比) apart from those of
 * unknown district (1 个项目未识别区县), each pointing to the sources.
 */
function unplacedCounts(list: UnplacedProject[]): Localized {
  const own = list.filter((u) => u.own);
  const unknown = list.length - own.length;
  const levels = [...new Set(own.map((u) => (u.own as NonNullable<UnplacedProject["own"]>).level))];
  const zh: string[] = [];
  const en: string[] = [];
  if (own.length > 0) {
    zh.push(`${own.length} 个${levels.length === 1 ? levels[0] : "本级"}项目未参与对比`);
    en.push(`${own.length} project(s) of the prefecture's own level not compared`);
  }
  if (unknown > 0) {
    zh.push(`${unknown} 个项目未识别区县`);
    en.push(`${unknown} project(s) of unknown district`);
  }
  return zh.length === 0
    ? { zh: "", en: "" }
    : { zh: `；${zh.join("，")}，见项目来源`, en: `; ${en.join(", ")}, see the sources` };
}

/** Projects whose district is unknown, under the compared ones: named, marked grey, never dropped silently. */
function unplacedRows(s: Sheet, list: UnplacedProject[], top: number): Placed {
  list.forEach((u, i) => {
    const row = top + i;
    // 市本级 (told, not unknown): its level, not 未识别区县.
    s.set(row, 1, s.t(u.own ? { zh: u.own.level, en: "Prefecture's own" } : T.unplaced));
    s.set(row, 2, s.t({ zh: `${u.sheet} 第 ${u.row} 行`, en: `${u.sheet} row ${u.row}` }));
    s.set(row, 3, s.t(unplacedMessage(u)));
    s.format({ range: range(row, 1, row, 3), fill: COMPARE_COLORS.missing });
    // The reason runs to the block's right edge and wraps there, not past the printed width.
    if (s.noteRight > 3) s.merges.push(range(row, 3, row, s.noteRight));
    s.format({ range: range(row, 1, row, s.noteRight), verticalAlignment: "top" });
    s.format({ range: a1(row, 3), wrapText: true });
  });
  return { next: top + list.length };
}

/**
 * What to know before the figures, under the block's title: a district that filed twice and the file
 * compared, names taken for one program, projects of a like name left out. Each over the block's width.
 */
function notesPart(s: Sheet, p: Program, top: number, width: number): Placed {
  let row = top;
  for (const n of programNotes(p)) {
    const lines = s.lang === "zh" ? [n.zh, n.en] : [n.en];
    lines.forEach((text, i) => {
      s.set(row, 1, text);
      s.merges.push(range(row, 1, row, width));
      s.format({
        range: range(row, 1, row, width),
        fill: COMPARE_COLORS.note,
        wrapText: true,
        verticalAlignment: "top",
        ...(i > 0 ? { font: { italic: true, color: COMPARE_COLORS.english } } : {}),
      });
      row++;
    });
  }
  return { next: row };
}

function blockWidth(p: Program): number {
  return 1 + Math.max(p.indicators.length, p.ratios.length, 3);
}

/** One program's block from row `top`, `width` columns wide (charts under it). Returns the next free row. */
function block(s: Sheet, p: Program, top: number, width: number): number {
  const n = p.districts.length;
  const k = p.indicators.length;
  const leftOut = unplacedCounts(p.unplaced);
  s.set(
    top,
    1,
    s.t({
      zh: `区域对比：${p.name}（${n} 个${p.placeWord}，${k} 项指标${leftOut.zh}）`,
      en: `District comparison: ${p.name} (${n} districts, ${k} indicators${leftOut.en})`,
    }),
  );
  s.format({ range: range(top, 1, top, width), fill: COMPARE_COLORS.title, font: { bold: true, size: 13 } });
  s.set(top + 1, 1, s.t(explanation(p.placeWord)));
  s.format({ range: a1(top + 1, 1), font: { italic: true, color: COMPARE_COLORS.english } });
  const m = matrix(s, p, notesPart(s, p, top + 2, width).next);
  const lg = legend(s, m.next + 1, p.placeWord, width, m.used);
  const rt = ratiosPart(s, p, lg.next + 1);
  const se = sentences(s, p, rt.next + 1);
  const un = unalignedPart(s, p, se.next + 1);
  const so = sourcesPart(s, p, un.next + 1);
  return charts(s, p, so.next + 1, width).next;
}

export interface CompareSheetOptions {
  /** Language of the sheet's fixed texts; Chinese (default) keeps the English beside it. */
  lang?: Lang;
}

/**
 * The 区域对比 sheet, or null when no program has at least two districts. It is named in the sheet's
 * language (District comparison in English), as 指标明细 and 校验结果 are; the gateways find the add-in's
 * earlier sheets by what they recorded, never by name (see sheetNames.ts).
 */
export function compareSheetPlan(
  result: ComparisonResult,
  options: CompareSheetOptions = {},
): SheetPlan | null {
  if (result.programs.length === 0) return null;
  const s = new Sheet(options.lang ?? "zh");
  const widest = Math.max(...result.programs.map(blockWidth));
  s.noteRight = widest;
  let row = 1;
  for (const p of result.programs) row = block(s, p, row, widest) + 3;
  if (result.unplaced.length > 0) {
    s.set(row, 1, s.t(T.unplacedTitle));
    s.format({ range: a1(row, 1), font: { bold: true } });
    row = unplacedRows(s, result.unplaced, row + 1).next;
  }
  // Programs only one district filed: one line, never dropped silently.
  const lone = loneProgramsMessage(result.lonePrograms);
  if (lone) {
    s.set(row, 1, s.t(lone));
    row++;
  }
  // Column A holds the districts' names whole (莫力达瓦达斡尔族自治旗 was cut to …自治 on paper): a printed
  // Chinese character takes a little more than the two units it counts for.
  const longest = Math.max(0, ...result.programs.flatMap((p) => p.districts.map(textWidth)));
  const columnWidths = [Math.max(24, Math.ceil(longest * 1.2) + 2)];
  for (let c = 2; c <= widest; c++) columnWidths.push(Math.max(22, s.needs.get(c) ?? 0));
  const plan: SheetPlan = {
    name: resultSheetName("compare", options.lang ?? "zh"),
    kind: "compare",
    tabColor: "#2E75B6",
    values: s.values,
    columnWidths,
    formats: s.formats,
    merges: s.merges,
    charts: s.charts,
    // One block per program, each with its own headers: no single row to repeat.
    pageSetup: resultPageSetup({ lang: options.lang }),
  };
  return { ...plan, rowHeights: estimateRowHeights(plan) };
}
