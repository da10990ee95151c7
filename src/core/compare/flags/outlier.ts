/**
 * OUTLIER: a district's value far from the others. By default the ratio to the median (≥ 2 or ≤ 0.5);
 * as a setting a robust z-score from the median absolute deviation. When most districts share one value
 * (the MAD is then 0 and a ratio rule would pass 21% against 20%), every other value is reported against it.
 */
import type { Localized } from "../../i18n";
import type { AlignedIndicator, CompareFlag, CompareSettings, ValueStats } from "../types";
import { median, mode, ratioTo } from "../stats";
import {
  outlierByMad,
  outlierByRatio,
  formatRatio,
  outlierByShared,
  roundDerived,
  shownUnit,
  shownTarget,
  shownValue,
  withUnit,
  writtenUnit,
} from "../sentences";
import { notAdded } from "./total";
import { amountPerPeriod, applyMagnitude, conversionFactor, sameMeasure, unitKey, unitSlip } from "../units";
import { likelyPeriod } from "../periods";
import type { FlagRule } from "./types";

const EPS = 1e-9;
/** Scales the MAD to a standard deviation for normal data (Iglewicz & Hoaglin). */
const MAD_SCALE = 0.6745;

/**
 * A value ten times (or a tenth of) its base or further, or exactly a power of ten away from it: 9600 for
 * 960, 7% for 70%, 20 days for 200 — most likely a zero too many or too few.
 */
export function magnitude(ratio: number | null): { far?: true; powerOfTen?: number } {
  if (ratio === null || !Number.isFinite(ratio)) return {};
  const out: { far?: true; powerOfTen?: number } = {};
  if (ratio > 0) {
    const k = Math.round(Math.log10(ratio));
    if (k !== 0 && Math.abs(ratio / 10 ** k - 1) < 1e-9) out.powerOfTen = k;
  }
  if (ratio + EPS >= 10 || ratio - EPS <= 0.1 || out.powerOfTen !== undefined) out.far = true;
  return out;
}

/**
 * Against a median, a zero too many or too few where the value moved by that power of ten falls among the
 * others: where they agree (within a factor of two), 100000 among 9000–11000, 150 公里 among 10–16; where
 * they differ more (a county three times another's), 3000 among 250–610 and 16000 among 500–1500, as long
 * as their spread is under half that power of ten and the value stands at least twice beyond them. Not
 * 2600 among 140–2300 (÷10 lands among districts that differ sixteenfold), nor 110 among 12–70, nor 160
 * among 18–52 (÷10 is 16, below them all). The power
 * (1: one zero too many), or null.
 */
export function slipAmong(
  v: number,
  others: number[],
  unitMeant: (k: number) => boolean = () => false,
  unitOwn = false,
): number | null {
  if (!(v > 0) || others.length === 0) return null;
  const lo = Math.min(...others);
  const hi = Math.max(...others);
  if (!(lo > 0)) return null;
  const agree = hi <= 2 * lo;
  const k = Math.round(Math.log10(v / (agree ? (lo + hi) / 2 : Math.sqrt(lo * hi))));
  if (k === 0) return null;
  // Where two powers of ten both land the value among the others (2400 among 10–320: 240 and 24), the one
  // landing nearest their median, in log terms, is the slip (240 beside the median 235: one zero too many).
  const mid = median(others);
  const near = (j: number) => Math.abs(Math.log(v / 10 ** j / mid));
  const powers = [k - 1, k, k + 1].filter((j) => j !== 0 && Math.sign(j) === Math.sign(k));
  // Landing among the others first; else a unit's magnitude landing within a county's size (unitSlipBy).
  const among = powers.filter((j) => slipBy(v, others, j));
  const byMagnitude = powers.filter((j) => unitMeant(j) && unitSlipBy(v, lo, hi, mid, j));
  // ≥210亩 in a 万亩 row among 20–100 万亩: the district's own unit word (亩 for 万亩) explains the slip, and
  // read in the unit meant it stands where a county of their size may (210 万亩) — that, not three zeros
  // dropped (21 万亩, round 181).
  const fits = unitOwn && byMagnitude.length > 0 ? byMagnitude : among.length > 0 ? among : byMagnitude;
  // 0.35 in a 人 column among 200–7000: 0.35万人 (a unit typed wrong, four zeros) before 350 (three zeros
  // dropped around a decimal point), where both land among the others.
  const byUnit = fits.filter((j) => unitMeant(j));
  const pool = byUnit.length > 0 ? byUnit : fits;
  return pool.length === 0 ? null : pool.reduce((a, b) => (near(b) < near(a) ? b : a));
}

/**
 * A unit's magnitude typed wrong (3000万人 among 6000人–2万人: 人 meant): the value stands twice beyond the
 * others, and moved back by a thousandfold or more — the factor between the unit written and one of its
 * measure — it lands where a county of their size may stand, within five times of their median (3000 人,
 * 0.29× of 10500), if not inside their range: no gap in size reaches a thousandfold.
 */
function unitSlipBy(v: number, lo: number, hi: number, mid: number, k: number): boolean {
  if (Math.abs(k) < UNIT_POWER) return false;
  return beyond(v, lo, hi, k) && withinSizeSpan(v / 10 ** k / mid);
}

/** The value at least twice beyond the others (lo–hi), on the side the power of ten `k` says. */
function beyond(v: number, lo: number, hi: number, k: number): boolean {
  return k > 0 ? v >= 2 * hi - EPS : v <= lo / 2 + EPS;
}

/**
 * The slips (`slipAmong`) of the flagged districts, settled together: where several are suspected, the one
 * whose value moved back leaves all the values the narrowest spread is taken first, and each other is
 * suspected still only against the values so corrected. 300 / 8000 / 1200 米: 8000 → 800 brings all three
 * within 4×, 300 → 3000 leaves 6.7×; against 800 and 1200, 300 is no slip (a small district, or a gap to
 * check), so only 8000 is named. Two values each a zero too many among agreeing ones both stay slips.
 */
function oneSlipEach(
  values: Record<string, number | null>,
  flagged: string[],
  present: string[],
  unitMeant: (d: string, k: number) => boolean = () => false,
  pinned: ReadonlyMap<string, number> = new Map(),
  unitOwn: (d: string) => boolean = () => false,
): Map<string, number> {
  const current = new Map(present.map((d) => [d, values[d] as number]));
  const others = (d: string) => present.filter((o) => o !== d).map((o) => current.get(o) as number);
  // A slip the 合计 proves (the total is the sum with that figure moved back) is settled first, by its power.
  const found = new Map<string, number>();
  for (const d of flagged) {
    const k = pinned.get(d);
    if (k === undefined) continue;
    found.set(d, k);
    current.set(d, (values[d] as number) / 10 ** k);
  }
  let open = new Map<string, number>();
  for (const d of flagged) {
    if (found.has(d)) continue;
    const k = slipAmong(values[d] as number, others(d), (j) => unitMeant(d, j), unitOwn(d));
    if (k !== null) open.set(d, k);
  }
  if (open.size < 2) return new Map([...found, ...open]);
  while (open.size > 0) {
    // The spread of every value with d's moved back by k.
    const spread = (d: string, k: number) => {
      const all = present.map((o) =>
        o === d ? (values[o] as number) / 10 ** k : (current.get(o) as number),
      );
      return Math.max(...all) / Math.min(...all);
    };
    let best: [string, number] | null = null;
    for (const [d, k] of open) if (best === null || spread(d, k) < spread(...best) - EPS) best = [d, k];
    const [d, k] = best as [string, number];
    found.set(d, k);
    current.set(d, (values[d] as number) / 10 ** k);
    open.delete(d);
    const next = new Map<string, number>();
    for (const o of open.keys()) {
      const j = slipAmong(values[o] as number, others(o), (i) => unitMeant(o, i), unitOwn(o));
      if (j !== null) next.set(o, j);
    }
    open = next;
  }
  return found;
}

/** A thousandfold (千米/米, 吨/公斤) or more (万, 亿): the power of ten of a unit's magnitude, beyond any size. */
const UNIT_POWER = 3;

/** Whether the value moved back by the power of ten `k` falls among the others (see `slipAmong`). */
function slipBy(v: number, others: number[], k: number): boolean {
  const lo = Math.min(...others);
  const hi = Math.max(...others);
  const agree = hi <= 2 * lo;
  const moved = v / 10 ** k;
  if (!(moved >= 0.8 * lo - EPS && moved <= 1.25 * hi + EPS)) return false;
  // The value moved back must not pass beyond them all: 150 among 620–1200 would be 1500, above every other
  // district (0.22× of their median: a small zone, not a dropped zero; round 177), 160 among 18–52 would be
  // 16, below every other county (a large county, consistently large), while 16000 among 500–1500 is 1600,
  // still the largest as the value was. Only where the others agree and the value stands further than a
  // size gap reaches from their median (25 among 200–210, 0.12×: 250, a quarter past them) is it a slip
  // still. Not at a thousandfold or more (a unit's magnitude: 千, 万, 亿), which no gap in size explains:
  // 5000000 among 600–1800 万元 is 500 万元 written in 元, just under the smallest.
  const passes = k > 0 ? moved < lo - EPS : moved > hi + EPS;
  if (Math.abs(k) < UNIT_POWER && passes && (!agree || withinSizeSpan(v / median(others)))) return false;
  if (agree) return true;
  if (!beyond(v, lo, hi, k)) return false;
  if (hi / lo < 10 ** Math.abs(k) / 2) return true;
  // However widely the others spread (620–4200 公里), a value twice beyond them whose tenth lands inside
  // their range and within a factor of two of their median (13000 → 1300 among 620–4200, median 1625) is a
  // likely slip; not 620 among 1450–13000 (×10 is 6200, far above their median 3000).
  const mid = median(others);
  const inside = moved >= lo - EPS && moved <= hi + EPS;
  return inside && moved >= mid / 2 - EPS && moved <= 2 * mid + EPS;
}

/** A likely slip (疑多写一个 0) or a value ten times off before the nearer ones, each side in district order. */
function slipsFirst(flags: CompareFlag[]): CompareFlag[] {
  return [...flags.filter((f) => f.far), ...flags.filter((f) => !f.far)];
}

/**
 * A program's flags in the order the sheet and the summary list them: the far cases (a likely slip of a
 * zero, ten times off) first, plain gaps in size (规模差异) last; within each, by district, then indicator
 * (the ratios after the indicators), each indicator's flags as its rule listed them.
 */
export function reviewOrder(p: {
  districts: string[];
  indicators: { flags: CompareFlag[] }[];
  ratios: { flags: CompareFlag[] }[];
}): CompareFlag[] {
  const all: { flag: CompareFlag; order: number; at: number }[] = [];
  p.indicators.forEach((ind, j) => ind.flags.forEach((flag) => all.push({ flag, order: j, at: all.length })));
  p.ratios.forEach((r, j) => r.flags.forEach((flag) => all.push({ flag, order: 1000 + j, at: all.length })));
  const di = new Map(p.districts.map((d, i) => [d, i]));
  // A district's findings of one consistent ratio (比例一致) stand together: with the far ones where every
  // one is ten times off (陆河县 0.06×), else after them (常山开发区 0.09× and 0.13×).
  const rank = (f: CompareFlag) =>
    f.sameSize ? (f.sameSize === "far" ? 0 : 1) : f.code === "OUTLIER" && f.far ? 0 : f.sizeGap ? 2 : 1;
  return all
    .sort(
      (a, b) =>
        rank(a.flag) - rank(b.flag) ||
        (di.get(a.flag.district) ?? 0) - (di.get(b.flag.district) ?? 0) ||
        a.order - b.order ||
        a.at - b.at,
    )
    .map((x) => x.flag);
}

/** Units of time or of no size (天, 个月, 年, 小时): a figure in them does not grow with a district. */
const TIME_UNIT = /^(?:天|日|工作日|个工作日|周|个月|月|年|小时|分钟|次\/年)$/;

/**
 * A figure that grows with the district's size — a count, an area, an amount, in all or per period (受益人数 人,
 * 新建面积 万亩, 养护里程 公里, 处理量 吨/日): one that adds up across districts (not a rate, ‰, a figure per head
 * or per unit, an average, a standard or a time).
 */
export function sizeFigure(name: string, unit: string): boolean {
  return (
    !/^[%‰]$/.test(unit) &&
    (!unit.includes("/") || amountPerPeriod(unit)) &&
    !TIME_UNIT.test(unit) &&
    !notAdded(name)
  );
}

/**
 * How far districts of one prefecture differ in size: the counties of a prefecture rarely hold more than
 * about five times the people of their median one (广州: 白云区 3.7 million against 越秀区 1 million). A
 * figure further off than that is more than size explains, and stays a finding to check.
 */
const SIZE_SPAN = 5;

function withinSizeSpan(ratio: number): boolean {
  return ratio > 0 && ratio <= SIZE_SPAN + EPS && ratio >= 1 / SIZE_SPAN - EPS;
}

/**
 * Units of one family: one unit (万元 and 元 once the magnitude is applied), measure words of one family
 * (处, 个) or units that convert (亩, 公顷).
 */
function oneUnitFamily(units: string[]): boolean {
  const key = (u: string) => unitKey(applyMagnitude(null, u).unit);
  const [first, ...rest] = units.map(key);
  return rest.every((u) => u === first || sameMeasure(u, first) || conversionFactor(u, first) !== null);
}

/** Ratios within this factor of one another agree (0.10, 0.11 and 0.13 of the medians). */
const RATIOS_AGREE = 1.5;

/** Ratios on one side of the median, within RATIOS_AGREE of one another. */
function ratiosAgree(ratios: number[]): boolean {
  const lo = Math.min(...ratios);
  const hi = Math.max(...ratios);
  return lo < 1 === hi < 1 && hi / lo <= RATIOS_AGREE + EPS;
}

/**
 * The district's ratio on each row to the median of the districts that set every one of the rows (a value
 * counted in the row's statistics; the district's own counted whatever was left out of them), where at least
 * two others do: the same set of districts behind each median. Null where too few.
 */
function commonRatios(
  rows: AlignedIndicator[],
  districts: string[],
  d: string,
): { ratios: number[]; count: number } | null {
  const counted = (i: AlignedIndicator, o: string) => {
    const c = i.cells[o];
    return !!c && c.value !== null && c.unitKey === i.unit && (o === d || !i.statsLeftOut?.includes(o));
  };
  const others = districts.filter((o) => o !== d && rows.every((i) => counted(i, o)));
  if (others.length < 2) return null;
  const ratios = rows.map((i) => {
    const mid = median([d, ...others].map((o) => i.cells[o].value as number));
    return mid > 0 ? (i.cells[d].value as number) / mid : 0;
  });
  return ratios.every((r) => r > 0) ? { ratios, count: others.length + 1 } : null;
}

/**
 * A district beyond five times the median on every figure of size it sets (奎屯市 0.10, 0.11 and 0.13 on
 * 禁牧面积, 草畜平衡面积 and 补助牧户数), with ratios that agree: a small (or large) district, consistently so.
 * Each such flag stays a finding, and says so in one clause. A zero too many or too few suspected on such a
 * row (吴堡县 0.18 on both 面积 and 资金: ÷10 would land among the others) is no slip: two dropped zeros on
 * one district at one ratio are far less likely than a small county — the guess is dropped (where the
 * district stands within tenfold of the median on every row: beyond that, a unit typed wrong on every money
 * row stays a slip), and a row within five times the median becomes a plain 规模差异 like the others.
 */
export function sameSizeRatios(indicators: AlignedIndicator[], districts: string[], noun = "区"): void {
  const sized = indicators.filter((i) => sizeFigure(i.name, i.unit));
  for (const d of districts) {
    // A row whose median is 0 (重大安全事故起数 0 起 in most districts) tells no ratio: not weighed.
    const set = sized.filter((i) => {
      const c = i.cells[d];
      return c && c.value !== null && c.unitKey === i.unit && (i.stats?.median ?? 0) > 0;
    });
    if (set.length < 2) continue;
    const found = set.map((i) =>
      i.flags.find(
        (f) =>
          f.district === d &&
          f.code === "OUTLIER" &&
          f.basis === "ratio" &&
          typeof f.ratio === "number" &&
          f.ratio > 0,
      ),
    );
    if (found.some((f) => f === undefined)) continue;
    const flags = found as CompareFlag[];
    let ratios = flags.map((f) => f.ratio as number);
    // The medians of rows other districts left blank, or where a slip was left out, come from different
    // sets (白银区 0.33× on 面积, 0.20× on 资金 where 平川区 named its money row otherwise): weighed again
    // against the districts that set every one of these rows, the ratios may agree (0.25 and 0.25; round 181).
    let common: number | null = null;
    if (!ratiosAgree(ratios)) {
      const again = commonRatios(set, districts, d);
      if (!again || !ratiosAgree(again.ratios)) continue;
      ratios = again.ratios;
      common = again.count;
    }
    const lo = Math.min(...ratios);
    const hi = Math.max(...ratios);
    if (flags.some((f) => f.powerOfTen !== undefined)) {
      // Within tenfold on every row: a consistently small (or large) district, not a slip on each. Beyond
      // it, the slip stays only where the rows share a unit (a unit typed wrong on every money row); rows in
      // 艘, 次 and 人次 at one ratio cannot share one typing slip (陆河县 0.04× on all three: a small county).
      if (ratios.some((r) => magnitude(r).far) && oneUnitFamily(set.map((i) => i.unit))) continue;
      set.forEach((ind, j) => {
        const f = flags[j];
        if (f.powerOfTen === undefined || !ind.stats) return;
        const c = ind.cells[d];
        const v = shownValue(ind, c.value as number);
        const median = shownValue(ind, ind.stats.median);
        const ratio = f.ratio as number;
        const size = withinSizeSpan(ratio);
        delete f.powerOfTen;
        delete f.units;
        // Ten times off or further stays 明显偏低/偏高, now without a slip guessed.
        if (!magnitude(ratio).far) delete f.far;
        if (size) f.sizeGap = true;
        const subject = { district: d, name: ind.name, value: v, unit: shownUnit(ind) };
        f.message = outlierByRatio(subject, median, ratio, ratio > 1, {}, noun, size);
      });
    }
    const findings = flags.filter((f) => !f.sizeGap && !withinSizeSpan(f.ratio as number));
    // Said on each finding beyond five times (a 规模差异 among them says it itself): 吴堡县 0.19 on 面积 and
    // 0.22 on 资金 — a 规模差异 once a slip left the median — is consistently small on both.
    if (findings.length === 0) continue;
    const [a, b] = [formatRatio(lo), formatRatio(hi)];
    const span = a === b ? a : `${a}–${b}`;
    const allFar = findings.every((f) => f.far);
    const among = common === null ? "" : `按均填写这些指标的 ${common} 个${noun}计，`;
    const amongEn = common === null ? "" : `among the ${common} districts that set them all, `;
    // The note names every row of the set: one within five times (渭南高新区 工程 0.20×) is listed apart as a
    // 规模差异, and the note says so rather than contradict the list (round 181).
    const apart = set.filter((_, j) => flags[j].sizeGap).map((ind) => ind.name);
    const apartZh = apart.length ? `；其中${apart.map((n) => `“${n}”`).join("")}列为规模差异` : "";
    const apartEn = apart.length
      ? `; ${apart.map((n) => `"${n}"`).join(", ")} ${apart.length === 1 ? "is" : "are"} listed as a difference in size`
      : "";
    for (const f of findings) {
      f.sameSize = allFar ? "far" : "near";
      const en = f.message.en.replace(/\.$/, "");
      f.message = {
        zh: `${f.message.zh}（${set.length} 项规模指标${among}均为中位数的 ${span} 倍，比例一致，可能与辖区规模有关${apartZh}）`,
        en: `${en} (${amongEn}all ${set.length} size figures stand at ${span}× the median, in agreement: this may reflect the district's size${apartEn}).`,
      };
    }
  }
}

/** How far a flag's value stands from its base, either way: 0.34 倍 is further than 2.3 倍. */
function howFar(f: CompareFlag): number {
  return f.ratio !== undefined && f.ratio !== null && f.ratio > 0 ? Math.abs(Math.log(f.ratio)) : 0;
}

/**
 * One indicator's outliers: a likely slip (疑多写一个 0) or a value ten times off first, then the others
 * by how far off they are (鹤城 0.34 倍 before 沅陵 2.3 倍), ties in district order.
 */
function furthestFirst(flags: CompareFlag[]): CompareFlag[] {
  const far = flags.filter((f) => f.far);
  const near = flags.filter((f) => !f.far);
  const byDistance = (list: CompareFlag[]) =>
    list
      .map((f, i) => ({ f, i, d: howFar(f) }))
      .sort((a, b) => b.d - a.d || a.i - b.i)
      .map((x) => x.f);
  return [...far, ...byDistance(near)];
}

/** How the values were come by: as written (targets), or computed (an intensity ratio). */
export interface OutlierOptions {
  /**
   * The values are computed (隐患数 ÷ 企业数): equal ones are a coincidence of round targets, not an
   * agreed figure, so the "most share one value" rule does not apply; and a power of ten away is no slip
   * of the ratio's own (the slip is in a target, flagged there), so no 疑多写/少写 0 is said.
   */
  derived?: boolean;
  /** Said after the sentence of a district's flag (why a ratio stands out: a target already flagged). */
  because?: (district: string) => Localized | null;
  /**
   * Targets as written where written in another magnitude or unit than shown (≤0.2万元/户 among 元/户):
   * quoted in a sentence that suspects a zero too many or too few.
   */
  written?: Record<string, string>;
  /** Targets written as a range (90%-95%), compared by their lower bound: quoted as the range. */
  ranges?: Record<string, string>;
  /**
   * Each district's unit as written (人 in a 万人 column, 米 among 公里): a slip by exactly the factor between
   * it and another unit of its measure is said as that unit typed wrong (疑将“万人”写作“人”).
   */
  writtenUnits?: Record<string, string>;
  /**
   * The figure grows with the district (`sizeFigure`): a gap against the median with no slip suspected is
   * said as 规模差异 (`sizeGap`), to be weighed against the district's size.
   */
  size?: boolean;
  /**
   * Slips a 合计 proves, by district: the power of ten (1: one zero too many) that makes the districts' sum
   * the total. Such a district's slip is that power, whatever else the others suggest.
   */
  pinned?: ReadonlyMap<string, number>;
  /**
   * Districts whose figures a 合计 confirms as written (the total is their sum, 329.5 万人 with 东部新区's 3.5):
   * far from the others maybe, but no zero too many or too few is guessed in them.
   */
  confirmed?: ReadonlySet<string>;
}

function withBecause(flag: CompareFlag, because: OutlierOptions["because"]): CompareFlag {
  const b = because?.(flag.district);
  if (!b) return flag;
  const en = flag.message.en.replace(/\.$/, "");
  return { ...flag, message: { zh: `${flag.message.zh}${b.zh}`, en: `${en}${b.en}.` } };
}

/** The outliers of one indicator (or ratio), each with the reason it is derived from where one is known. */
export function outlierFlags(...args: Parameters<typeof outlierFlagsOf>): CompareFlag[] {
  const because = args[7]?.because;
  return outlierFlagsOf(...args).map((f) => withBecause(f, because));
}

function outlierFlagsOf(
  values: Record<string, number | null>,
  stats: ValueStats | null,
  settings: CompareSettings,
  name: string,
  unit: string,
  order: string[],
  noun = "区",
  options: OutlierOptions = {},
): CompareFlag[] {
  const derived = options.derived === true;
  // The officer's own figure is quoted where a zero too many or too few is suspected in it.
  const subject = (d: string, v: number, slip?: { far?: boolean; powerOfTen?: number }) => {
    const w = derived || slip?.powerOfTen === undefined ? undefined : options.written?.[d];
    const range = derived ? undefined : options.ranges?.[d];
    return {
      district: d,
      name,
      value: shown(v),
      unit,
      ...(w ? { written: w } : {}),
      ...(range ? { range } : {}),
    };
  };
  // 12人 in a 万人 column: the slip's factor is the units', and the unit is what to fix.
  const unitsOf = (d: string, k: number) => unitSlip(options.writtenUnits?.[d] ?? unit, unit, k);
  const withUnits = <T extends { powerOfTen?: number }>(d: string, slip: T): T => {
    const k = slip.powerOfTen;
    const units = derived || k === undefined ? null : unitsOf(d, k);
    return units ? { ...slip, units } : slip;
  };
  if (!stats || stats.count < settings.minValuesForOutlier) return [];
  const present = order.filter((d) => values[d] !== null && values[d] !== undefined);
  const nums = present.map((d) => values[d] as number);
  const flags: CompareFlag[] = [];
  const shared = derived ? null : mode(nums);
  // A computed figure is said rounded (2667, not 2666.67); a target as written.
  const shown = (v: number) => (derived ? roundDerived(v) : v);
  const mostShare =
    shared !== null && !shared.tied && shared.count / nums.length > settings.majorityShare + EPS;
  const madZero = settings.outlierMethod === "mad" && stats.mad === 0;
  if (mostShare || madZero) {
    const base = mostShare && shared ? shared.value : stats.median;
    const sharing = nums.filter((v) => v === base).length;
    for (const d of present) {
      const v = values[d] as number;
      if (v === base) continue;
      const ratio = ratioTo(v, base);
      const { powerOfTen, ...far } = magnitude(ratio);
      const slip =
        derived || options.confirmed?.has(d)
          ? far
          : withUnits(d, { ...far, ...(powerOfTen !== undefined ? { powerOfTen } : {}) });
      flags.push({
        code: "OUTLIER",
        district: d,
        indicator: name,
        ratio,
        direction: v > base ? "high" : "low",
        basis: "shared",
        ...slip,
        message: outlierByShared(subject(d, v, slip), base, sharing, ratio, slip, noun),
      });
    }
    return slipsFirst(flags);
  }
  // Far enough from the median to flag: the one test the slips and the flags below share.
  const isHigh = (ratio: number) => ratio + EPS >= settings.ratioHigh;
  const isLow = (ratio: number) => ratio - EPS <= settings.ratioLow;
  // The slips each district's value suggests, settled together (300 and 8000 among 1200: one, not both).
  const slips =
    derived || settings.outlierMethod === "mad"
      ? new Map<string, number>()
      : oneSlipEach(
          values,
          present.filter((d) => {
            const ratio = ratioTo(values[d] as number, stats.median);
            return ratio !== null && (isHigh(ratio) || isLow(ratio));
          }),
          present,
          (d, k) => unitsOf(d, k) !== null,
          provenSlips(values, stats.median, options.pinned),
          (d) => (options.writtenUnits?.[d] ?? unit) !== unit,
        );
  for (const d of present) {
    const v = values[d] as number;
    const ratio = ratioTo(v, stats.median);
    if (settings.outlierMethod === "mad") {
      const z = (MAD_SCALE * (v - stats.median)) / stats.mad;
      if (Math.abs(z) + EPS < settings.madThreshold) continue;
      flags.push({
        code: "OUTLIER",
        district: d,
        indicator: name,
        ratio,
        direction: z > 0 ? "high" : "low",
        basis: "mad",
        z,
        message: outlierByMad(subject(d, v), shown(stats.median), ratio, z, noun),
      });
    } else {
      if (ratio === null) continue;
      const high = isHigh(ratio);
      const low = isLow(ratio);
      if (!high && !low) continue;
      // Against a median, a power of ten away is a slip only where the others agree (slipAmong);
      // the ratio alone says only whether the value is far.
      const k = options.confirmed?.has(d) ? null : (slips.get(d) ?? null);
      const slip =
        k !== null ? withUnits(d, { far: true, powerOfTen: k }) : magnitude(ratio).far ? { far: true } : {};
      const size = !derived && options.size === true && !slip.far && withinSizeSpan(ratio);
      flags.push({
        code: "OUTLIER",
        district: d,
        indicator: name,
        ratio,
        direction: high ? "high" : "low",
        basis: "ratio",
        ...slip,
        ...(size ? { sizeGap: true } : {}),
        message: outlierByRatio(subject(d, v, slip), shown(stats.median), ratio, high, slip, noun, size),
      });
    }
  }
  return furthestFirst(flags);
}

/**
 * The slips a 合计 proves that point the way the value stands from the median (a zero too many on a value
 * above it, too few below).
 */
function provenSlips(
  values: Record<string, number | null>,
  median: number,
  pinned: ReadonlyMap<string, number> | undefined,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const [d, k] of pinned ?? []) {
    const v = values[d];
    if (v !== null && v !== undefined && (k > 0 ? v > median : v < median)) out.set(d, k);
  }
  return out;
}

/** The unit a district wrote (人 for ≥12人 in a 万人 column, 米 for 900米 converted to 公里). */
function unitAsWritten(c: AlignedIndicator["cells"][string]): string {
  if (c.converted?.kind === "unit")
    return c.converted.from.replace(/^[^0-9]*[0-9]+(?:\.[0-9]+)?\s*/, "").trim();
  return writtenUnit(c);
}

export const outlierRule: FlagRule = {
  code: "OUTLIER",
  label: { zh: "偏高/偏低", en: "Far from the others" },
  description: {
    zh: "与各区中位数相比明显偏高或偏低（默认：为中位数的 2 倍及以上或一半及以下）；多数区取值相同时，与之不同的区；为中位数或多数值的 10 倍及以上、十分之一及以下或恰差 10 的整数次方（疑多写或少写 0）时总为明显偏高/偏低。",
    en: "Far above or below the districts' median (default: at least twice or at most half of it); when most districts share one value, any district that differs; ten times or a tenth of the median or shared value or more, or exactly a power of ten away (a zero too many or too few), is always far above or below.",
  },
  check({ indicator, districts, settings, noun, totals = [] }) {
    // In the magnitude most districts wrote (30 万亩 against 2.9, not 300000 against 29000): ratios and
    // slips are the same either way.
    const shown = (v: number) => shownValue(indicator, v);
    const values: Record<string, number | null> = {};
    const written: Record<string, string> = {};
    const writtenUnits: Record<string, string> = {};
    const ranges: Record<string, string> = {};
    const scale = indicator.displayScale ?? 1;
    for (const d of districts) {
      const c = indicator.cells[d];
      values[d] = c && c.value !== null && c.unitKey === indicator.unit ? shown(c.value) : null;
      if (values[d] !== null && c) writtenUnits[d] = unitAsWritten(c);
      // 0.2万元/户 among 元/户: the officer's own figure is quoted, the compared one after it.
      if (values[d] !== null && c && (c.converted?.kind === "unit" || (c.scale ?? 1) !== scale))
        written[d] = shownTarget(c);
      if (values[d] !== null && c && c.comparator === "between" && c.valueMax !== null)
        ranges[d] = shownTarget(c);
    }
    const s = indicator.stats;
    const stats = s && {
      ...s,
      min: shown(s.min),
      median: shown(s.median),
      max: shown(s.max),
      mad: shown(s.mad),
    };
    // 900 among 10800 元/人·年 where the district writes 每月 or 月均 (or lands there exactly times twelve): a
    // month's figure, said as the likely cause (疑为按月填写) instead of a zero dropped.
    const byPeriod = new Map<string, Localized>();
    // The periods other districts of the row wrote (625元/生·学期): a figure at that share is likely one too.
    const rowPeriods = new Set(districts.flatMap((d) => indicator.cells[d]?.converted?.periodName ?? []));
    for (const d of districts) {
      const c = indicator.cells[d];
      if (!c || values[d] === null || !s || !(s.median > 0) || c.converted) continue;
      const p = likelyPeriod(
        (c.value as number) / s.median,
        `${c.name} ${c.target}`,
        indicator.unit,
        rowPeriods,
      );
      if (!p) continue;
      const v = withUnit(roundDerived(shown((c.value as number) * p.times)), shownUnit(indicator));
      const [zh, en] = PERIOD_SAID[p.period];
      byPeriod.set(d, {
        zh: `，疑为按${zh}填写（${PERIOD_TIMES[p.period]}计为 ${v}）`,
        en: `; possibly written per ${en} (${v} a year)`,
      });
    }
    const confirmed = new Set(totals.flatMap((t) => (t.flag === null ? t.cells.map((c) => c.district) : [])));
    for (const d of byPeriod.keys()) confirmed.add(d);
    return outlierFlags(values, stats, settings, indicator.name, shownUnit(indicator), districts, noun, {
      because: (d) => byPeriod.get(d) ?? null,
      written,
      writtenUnits,
      ranges,
      size: sizeFigure(indicator.name, indicator.unit),
      pinned: new Map(
        totals.flatMap((t) => (t.slip ? [[t.slip.district, t.slip.power] as [string, number]] : [])),
      ),
      confirmed,
    });
  },
};

const PERIOD_SAID: Record<string, [string, string]> = {
  月: ["月", "month"],
  季度: ["季度", "quarter"],
  学期: ["学期", "term"],
};
const PERIOD_TIMES: Record<string, string> = {
  月: "按每年 12 个月",
  季度: "按每年四个季度",
  学期: "按每年两学期",
};
