/**
 * TOTAL-DIFF: a 合计/总计 column beside the districts' columns (瑶海区 | 庐阳区 | 长丰县 | 合计) is no district and
 * is left out of the comparison; each row's total is checked against the sum of its districts' targets, as a
 * provincial reviewer does. Only for figures that add up: counts, areas, amounts, in all or per period (吨/日) —
 * not rates (%, ‰, 元/人), and not a row whose "total" is no larger than its parts (满意度 ≥90 under 合计 as
 * under each district).
 */
import { amountPerPeriod, conversionFactor, applyMagnitude, unitKeyOf } from "../units";
import { shownUnit, shownValue, totalDiff } from "../sentences";
import type { AlignedIndicator, CompareFlag, DistrictCell } from "../types";
import type { RowTotal } from "../../record";
import { exact } from "../stats";
import type { FlagRule } from "./types";
import { isOwnLevelColumn } from "../districts";

/** Names of figures that do not add up across districts (a rate, an average, a standard per head). */
const NOT_ADDED = /率|满意度|比例|比重|占比|指数|平均|人均|户均|生均|均值|单价|价格|时限|时间|周期|天数/;

/**
 * A standard as a rate per head or per unit (补助标准, 发放标准, 标准为…元/人, 日常养护补助标准), which does not
 * add up; not 标准 as a quality of the thing counted (高标准农田, 标准化厂房, 标准化考场: areas and counts).
 */
const STANDARD =
  /标准(?:[为是:：（(]|$)|(?:补助|补贴|发放|资助|奖补|奖励|救助|收费|保障|供养|抚恤|津贴|计发|支付|拨付|定额)标准/;

/** True when the indicator's figures do not add up across districts (rates, averages, standards per head). */
export function notAdded(name: string): boolean {
  return NOT_ADDED.test(name) || STANDARD.test(name);
}

/** Equal but for floating-point noise, relative to the first figure. */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));
export const totalRule: FlagRule = {
  code: "TOTAL-DIFF",
  label: { zh: "合计不符", en: "Total differs" },
  description: {
    zh: "表中合计（总计）列不是区县，未纳入对比；某行的合计与各区数值之和不一致时列出两者。",
    en: "A total column among the districts' columns is no district and is left out of the comparison; where a row's total differs from the sum of the districts' figures, both are given.",
  },
  check({ indicator, noun = "区", totals = totalChecks(indicator, noun) }) {
    return totals.flatMap((c) => (c.flag ? [c.flag] : []));
  },
};

/** One row's total checked against its districts' sum: the total, its districts' cells, and the flag if they differ. */
export interface TotalCheck {
  total: RowTotal;
  cells: DistrictCell[];
  flag: CompareFlag | null;
  /**
   * The one district whose figure moved by a power of ten makes the sum the total: the evidence for its
   * slip, and the power (1: one zero too many, -4: four too few), which the OUTLIER then names too.
   */
  slip?: { district: string; power: number };
}

/**
 * Each row total of the indicator that was checked against the sum of its districts (a figure that adds up,
 * every place of the row compared in one unit): the flag where they differ. A total not checked is absent.
 */
export function totalChecks(
  indicator: AlignedIndicator,
  noun = "区",
  /**
   * Districts' figures read as slips (台儿庄 160000 in a 万人 column), counted as corrected (16): the total is
   * then checked against the sum so corrected, and the correction said.
   */
  corrected: ReadonlyMap<string, number> = new Map(),
  /**
   * Districts whose OUTLIER names its slip as a unit typed wrong (丰城市 8.2 人 for 8.2 万人): the total's
   * sentence names that district's slip so too (round 174), never as zeros beside it.
   */
  slipUnits: ReadonlyMap<string, { meant: string; written: string }> = new Map(),
): TotalCheck[] {
  const unit = indicator.unit;
  // An amount per period (吨/日) adds up as the amount does; a figure per head or unit (元/人) does not.
  if (/^[%‰]$/.test(unit) || (unit.includes("/") && !amountPerPeriod(unit)) || notAdded(indicator.name))
    return [];
  const byTotal = new Map<string, DistrictCell[]>();
  for (const c of Object.values(indicator.cells)) {
    if (!c.rowTotal) continue;
    const list = byTotal.get(c.rowTotal.cell) ?? [];
    list.push(c);
    byTotal.set(c.rowTotal.cell, list);
  }
  const checks: TotalCheck[] = [];
  for (const cells of byTotal.values()) {
    const total = cells[0].rowTotal;
    if (!total || total.value === null || total.valueMax !== null) continue;
    // A column of targets left unread (no place to the parser) is in the total, not in the sum: no check;
    // but the city's own level (市本级 | 合计), no district, is added into the sum.
    const own = ownLevelFigures(total, unit, indicator.name);
    if (own === null) continue;
    // Every place of the row compared, each a single figure in the indicator's unit.
    if (cells.length !== total.places) continue;
    if (cells.some((c) => c.value === null || c.valueMax !== null || c.unitKey !== unit)) continue;
    const value = inUnit(total, unit, indicator.name);
    if (value === null) continue;
    const figure = (c: DistrictCell) => corrected.get(c.district) ?? (c.value as number);
    const fixed = cells.filter((c) => corrected.has(c.district));
    const ownSum = own.reduce((s, o) => s + o.value, 0);
    const sum = exact(cells.reduce((s, c) => s + figure(c), ownSum));
    const largest = Math.max(...cells.map(figure));
    if (same(value, sum)) {
      // (A "total" no larger than its largest part sums nothing: each district's rate again.)
      if (value > largest) checks.push({ total, cells, flag: null });
      continue;
    }
    // 田林 220000 for 22000, 神木 22500000 for 2250: the total equals the sum with exactly one district's
    // figure moved by a power of ten — the evidence for that district's slip. Checked so even where the slip
    // makes the figure larger than the total.
    const slip = fixed.length === 0 ? slipToTotal(cells, sum, value) : undefined;
    const ownShown = own.map((o) => ({ header: o.header, value: shownValue(indicator, o.value) }));
    // A "total" no larger than its largest part sums nothing (each district's rate again).
    if (!slip && value <= largest) continue;
    const u = shownUnit(indicator);
    checks.push({
      total,
      cells,
      ...(slip
        ? { slip: { district: slip.district, power: Math.round(Math.log10(slip.written / slip.meant)) } }
        : {}),
      flag: {
        code: "TOTAL-DIFF",
        district: total.header,
        indicator: indicator.name,
        ratio: sum > 0 ? value / sum : null,
        message: totalDiff(
          total.header,
          indicator.name,
          shownValue(indicator, value),
          shownValue(indicator, sum),
          u,
          cells.length,
          total.cell,
          noun,
          slip && {
            district: slip.district,
            written: shownValue(indicator, slip.written),
            meant: shownValue(indicator, slip.meant),
            zeros: slip.zeros,
            ...(slipUnits.has(slip.district) ? { units: slipUnits.get(slip.district) } : {}),
          },
          ownShown,
          fixed.map((c) => ({
            district: c.district,
            written: shownValue(indicator, c.value as number),
            meant: shownValue(indicator, figure(c)),
          })),
        ),
      },
    });
  }
  return checks;
}

/** A figure (a total, a 市本级 column's) in the indicator's unit, or null where it is none or does not convert. */
function inUnit(
  t: { value?: number | null; valueMax?: number | null; unit?: string },
  unit: string,
  name: string,
): number | null {
  if (t.value === null || t.value === undefined || (t.valueMax ?? null) !== null) return null;
  const written = applyMagnitude(t.value, t.unit ?? "");
  const key = unitKeyOf(written.unit, name);
  const factor = key === unit ? 1 : conversionFactor(key, unit);
  return factor === null || written.value === null ? null : exact(written.value * factor);
}

/**
 * The figures of the row's unread columns, each the city's own level (市本级 | 合计) in the indicator's unit,
 * to add into the sum; none where there are no such columns; null where a column is another (市直 among the
 * places, a header no rule reads) or its figure cannot be added: the total is then not checked.
 */
function ownLevelFigures(
  total: RowTotal,
  unit: string,
  name: string,
): { header: string; value: number }[] | null {
  const out: { header: string; value: number }[] = [];
  for (const u of total.unread ?? []) {
    if (!isOwnLevelColumn(u.header)) return null;
    const v = inUnit(u, unit, name);
    if (v === null) return null;
    out.push({ header: u.header, value: v });
  }
  return out;
}

/**
 * The one district whose figure moved by a power of ten (one to eight zeros too many or too few) makes the
 * sum exactly the total: that district, its figure and the figure meant; undefined when none or several do.
 */
function slipToTotal(
  cells: DistrictCell[],
  sum: number,
  total: number,
): { district: string; written: number; meant: number; zeros: number } | undefined {
  const found: { district: string; written: number; meant: number; zeros: number }[] = [];
  for (const c of cells) {
    const v = c.value as number;
    if (!(v > 0)) continue;
    for (let k = 1; k <= 8; k++)
      for (const meant of [v / 10 ** k, v * 10 ** k]) {
        if (same(total, sum - v + meant))
          found.push({ district: c.district, written: v, meant: exact(meant), zeros: k });
      }
  }
  return found.length === 1 ? found[0] : undefined;
}
