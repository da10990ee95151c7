/**
 * The sentences an officer pastes into a review note, Chinese and English:
 * "白云区 巡查企业数 60000 家次，为各区中位数 10000 的 6.0 倍".
 */
import type { Localized } from "../i18n";
import { COMPARATOR_SYMBOL } from "../text/comparators";
import { writesComparator } from "../text/comparatorWords";
import type { Comparator } from "../record";
import type { LoneProgram, NearName, PhasedFiling, SummaryCheck, UnplacedProject } from "./types";
import { exact } from "./stats";
import { scaleWord } from "./units";
import { isOwnLevelColumn } from "./districts";

/**
 * A cell's reference, with its file where another file of the program has a sheet of the same name
 * (Sheet1 in every district's file): Excel's own way, [新昌县（修改稿）.xlsx]Sheet1!E4.
 */
export function cellRef(r: { sheet: string; cell: string; file?: string }): string {
  return r.file ? `[${r.file}]${r.sheet}!${r.cell}` : `${r.sheet}!${r.cell}`;
}

/** 60000 → "60000"; 0.375 → "0.38"; never an exponent for ordinary numbers. */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return "";
  if (Number.isInteger(v)) return String(v);
  const abs = Math.abs(v);
  if (abs >= 0.01) return String(Number(v.toFixed(2)));
  return String(Number(v.toPrecision(2)));
}

/**
 * A computed figure (a ratio, a median of ratios) as a sentence says it: 2666.67 → 2667, 14.28 → 14.3;
 * below 10 as formatNumber (0.38, 1.11). The digits cut say nothing an officer would act on.
 */
export function roundDerived(v: number): number {
  const abs = Math.abs(v);
  if (abs >= 100) return Math.round(v);
  if (abs >= 10) return Math.round(v * 10) / 10;
  return v;
}

/**
 * An indicator's unit as a header says it, with the other measure words counted with it: "处；另有写作“个”"
 * / '处; also written "个"'.
 */
export function unitWithVariants(unit: string, variants: readonly string[] = []): Localized {
  if (variants.length === 0) return { zh: unit, en: unit };
  return {
    zh: `${unit}；另有写作${variants.map((v) => `“${v}”`).join("、")}`,
    en: `${unit}; also written ${variants.map((v) => `"${v}"`).join(", ")}`,
  };
}

/** An indicator's value in the magnitude most districts wrote (300000 亩 → 30 when they wrote 万亩). */
export function shownValue(ind: { displayScale?: number }, v: number): number {
  const scale = ind.displayScale ?? 1;
  // 28999.999… / 1e4 is 2.9: the division may not land exactly.
  return scale === 1 ? v : exact(v / scale);
}

/** The unit values are shown in: 万亩 where most districts wrote it, else the unit as most wrote it. */
export function shownUnit(ind: { unitLabel: string; displayUnit?: string }): string {
  return ind.displayUnit ?? ind.unitLabel;
}

/** "60000 家次", "21%", "1.5/月". */
export function withUnit(v: number, unit: string): string {
  const n = formatNumber(v);
  if (!unit) return n;
  return /^[%‰/]/.test(unit) ? `${n}${unit}` : `${n} ${unit}`;
}

/**
 * 6 → "6.0"; 0.375 → "0.38"; 1.05 → "1.05" (one decimal would read as no difference); below 0.01 to two
 * significant digits (0.0013, never 0.00 for a 万 left out).
 */
export function formatRatio(r: number): string {
  if (r > 0 && r < 0.01)
    return r
      .toFixed(Math.min(20, 1 - Math.floor(Math.log10(r))))
      .replace(/0+$/, "")
      .replace(/\.$/, "");
  if (r < 1) return r.toFixed(2);
  return Math.abs(r - 1) < 0.1 && r !== 1 ? r.toFixed(2) : r.toFixed(1);
}

/** The target as written, without the sentence's closing punctuation. */
function cleanTarget(t: string): string {
  return t.trim().replace(/[。；;，,.、\s]+$/u, "");
}

export { COMPARATOR_SYMBOL };

/** What a district's target cell said, as it reads in a sentence: the target with its sign and unit. */
export interface ShownTarget {
  target: string;
  text: string;
  value: number | null;
  unit: string;
  /** The magnitude word the figure was written with, as a factor (万: 1e4). */
  scale?: number;
  /** The figure as written, where it was converted to be compared. */
  converted?: { from: string };
  comparator: Comparator | null;
  comparatorWritten: boolean;
}

/**
 * The target quoted with its sign and unit: a table with 指标方向 and 计量单位 columns holds only the
 * number in the target cell ("89"), which reads as ≥89元/人 with its direction and unit.
 */
export function shownTarget(c: ShownTarget): string {
  let t = cleanTarget(c.target || c.text);
  if (c.value === null || !t) return t;
  if (c.comparator !== null && c.comparatorWritten && !writesComparator(t) && c.comparator !== "between")
    t = `${COMPARATOR_SYMBOL[c.comparator]}${t}`;
  // Only where the cell holds the number itself: 2000 in a rows table whose 计量单位 is 万元 reads 2000万元.
  const bare = /^[^0-9]*?([0-9]+(?:\.[0-9]+)?)$/.exec(t);
  // Converted to be compared (300 under 万公斤 among 吨): the figure as written.
  if (c.converted && bare) return `${t.slice(0, t.length - bare[1].length)}${c.converted.from}`;
  const scale = c.scale ?? 1;
  const unit = writtenUnit(c);
  if (c.unit && bare && Number(bare[1]) * scale === c.value && !t.includes(unit)) t = `${t}${unit}`;
  // 3000万 under a 计量单位 of 人次: the unit after its magnitude word, 3000万人次.
  const magnitude = /^[^0-9]*?([0-9]+(?:\.[0-9]+)?)(万|亿)$/.exec(t);
  if (c.unit && magnitude && Number(magnitude[1]) * scale === c.value && !t.endsWith(c.unit))
    t = `${t}${c.unit}`;
  return t;
}

const COMPARATOR_WORD: Record<Comparator, Localized> = {
  ">=": { zh: "不少于", en: "at least" },
  ">": { zh: "大于", en: "more than" },
  "<=": { zh: "不超过", en: "at most" },
  "<": { zh: "小于", en: "less than" },
  "=": { zh: "等于", en: "equal" },
  between: { zh: "区间", en: "a range" },
};

export interface Subject {
  district: string;
  /** Indicator name or "巡查查处隐患数÷巡查企业数". */
  name: string;
  value: number;
  unit: string;
  /**
   * The target as the district wrote it, where it was written in another magnitude or unit than the one
   * shown (≤0.2万元/户 among 元/户): quoted first, the compared figure after it in brackets.
   */
  written?: string;
  /** The range the district wrote (90%-95%), compared by its lower bound (`value`): quoted as a range. */
  range?: string;
}

/** The subject's figure: as written, then as compared (≤0.2万元/户（2000 元/户）); else as compared. */
function subjectFigure(s: Subject): Localized {
  const v = withUnit(s.value, s.unit);
  // 90%-95% is no 90%: the range as written, then the bound compared.
  if (s.range && !s.written)
    return {
      zh: `写作区间“${s.range}”（按下限 ${v} 比较）`,
      en: `written as the range "${s.range}" (compared by its lower bound, ${v})`,
    };
  return s.written ? { zh: `${s.written}（${v}）`, en: `${s.written} (${v})` } : { zh: v, en: v };
}

/** A power-of-ten slip, said after the ratio: "，疑多写一个 0" / ", possibly one zero too many". */
export interface Slip {
  far?: boolean;
  powerOfTen?: number;
  /**
   * The slip is a unit typed wrong, its factor that of the units (12人 in a 万人 column, 900米 among 公里):
   * said as 疑将“万人”写作“人”, which tells what to fix.
   */
  units?: { meant: string; written: string };
}

const COUNT_ZH = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九"];
const COUNT_EN = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** How many zeros, in one numeral style everywhere: 一个 0, 两个 0 … 八个 0; one zero, four zeros. */
function zerosWords(n: number): Localized {
  const zh = n < COUNT_ZH.length ? COUNT_ZH[n] : String(n);
  const en = n < COUNT_EN.length ? COUNT_EN[n] : String(n);
  return { zh: `${zh}个 0`, en: n === 1 ? "one zero" : `${en} zeros` };
}

/**
 * A slip in a finding's words, without the words before it: 疑将“万人”写作“人” / "人" written for "万人" (the
 * unit typed wrong), 疑多写一个 0 / one zero too many; null where the finding names no power of ten.
 */
function slipPhrase(slip: Slip): Localized | null {
  if (slip.units)
    return {
      zh: `疑将“${slip.units.meant}”写作“${slip.units.written}”`,
      en: `"${slip.units.written}" written for "${slip.units.meant}"`,
    };
  const k = slip.powerOfTen;
  if (!k) return null;
  const n = zerosWords(Math.abs(k));
  return k > 0
    ? { zh: `疑多写${n.zh}`, en: `${n.en} too many` }
    : { zh: `疑少写${n.zh}`, en: `${n.en} too few` };
}

function slipWords(slip: Slip | undefined): Localized {
  const w = slip?.powerOfTen ? slipPhrase(slip) : null;
  return w ? { zh: `，${w.zh}`, en: `; possibly ${w.en}` } : { zh: "", en: "" };
}

/**
 * For a rate (% or ‰): how far a value stands from another in percentage points — " 低 5 个百分点" / "5
 * percentage points below" — or per-mille points (" 高 0.1 个千分点"); null for any other unit.
 */
function points(value: number, base: number, unit: string): Localized | null {
  if ((unit !== "%" && unit !== "‰") || value === base) return null;
  const d = formatNumber(Math.abs(value - base));
  const [zh, en0] = unit === "%" ? ["百分点", "percentage points"] : ["千分点", "per-mille points"];
  // 1 percentage point, 1.5 percentage points.
  const en = d === "1" ? en0.replace(/s$/, "") : en0;
  return value > base
    ? { zh: ` 高 ${d} 个${zh}`, en: `${d} ${en} above` }
    : { zh: ` 低 ${d} 个${zh}`, en: `${d} ${en} below` };
}

export function outlierByRatio(
  s: Subject,
  median: number,
  ratio: number,
  high: boolean,
  slip?: Slip,
  noun = "区",
  size = false,
): Localized {
  const v = subjectFigure(s);
  // The median with its unit (中位数 1800 公里, 中位数 2.9 万亩), as the value before it.
  const m = withUnit(median, s.unit);
  const r = formatRatio(ratio);
  const w = slipWords(slip);
  // A plain gap in size (规模差异): information to weigh against the district's size, not a slip.
  if (size)
    return high
      ? {
          zh: `${s.district} ${s.name} ${v.zh}，偏高，为各${noun}中位数 ${m} 的 ${r} 倍（规模差异，可能与辖区规模有关，请结合实际核对）`,
          en: `${s.district}: ${s.name} ${v.en} is high, ${r} times the median of all districts (${m}); a difference in size, which may reflect the district's size — please check against its circumstances.`,
        }
      : {
          zh: `${s.district} ${s.name} ${v.zh}，偏低，仅为各${noun}中位数 ${m} 的 ${r} 倍（规模差异，可能与辖区规模有关，请结合实际核对）`,
          en: `${s.district}: ${s.name} ${v.en} is low, only ${r} times the median of all districts (${m}); a difference in size, which may reflect the district's size — please check against its circumstances.`,
        };
  const pp = points(s.value, median, s.unit);
  if (pp)
    return {
      zh: `${s.district} ${s.name} ${v.zh}，比各${noun}中位数 ${withUnit(median, s.unit)}${pp.zh}${w.zh}`,
      en: `${s.district}: ${s.name} ${v.en} is ${pp.en} the median of all districts (${withUnit(median, s.unit)})${w.en}.`,
    };
  return high
    ? {
        zh: `${s.district} ${s.name} ${v.zh}，为各${noun}中位数 ${m} 的 ${r} 倍${w.zh}`,
        en: `${s.district}: ${s.name} ${v.en} is ${r} times the median of all districts (${m})${w.en}.`,
      }
    : {
        zh: `${s.district} ${s.name} ${v.zh}，仅为各${noun}中位数 ${m} 的 ${r} 倍${w.zh}`,
        en: `${s.district}: ${s.name} ${v.en} is only ${r} times the median of all districts (${m})${w.en}.`,
      };
}

export function outlierByMad(
  s: Subject,
  median: number,
  ratio: number | null,
  z: number,
  noun = "区",
): Localized {
  const v = subjectFigure(s);
  // The median with its unit (中位数 1800 公里, 中位数 2.9 万亩), as the value before it.
  const m = withUnit(median, s.unit);
  const high = z > 0;
  const zs = Math.abs(z).toFixed(1);
  const rz = ratio === null ? "" : `，为中位数的 ${formatRatio(ratio)} 倍`;
  const re = ratio === null ? "" : `, ${formatRatio(ratio)} times the median`;
  return {
    zh: `${s.district} ${s.name} ${v.zh}，明显${high ? "高于" : "低于"}各${noun}中位数 ${m}（稳健 z 值 ${zs}${rz}）`,
    en: `${s.district}: ${s.name} ${v.en} is far ${high ? "above" : "below"} the median of all districts (${m}); robust z-score ${zs}${re}.`,
  };
}

export function outlierByShared(
  s: Subject,
  shared: number,
  sharing: number,
  ratio: number | null,
  slip?: Slip,
  noun = "区",
): Localized {
  const v = subjectFigure(s);
  const sv = withUnit(shared, s.unit);
  const w = slipWords(slip);
  const far =
    slip?.far && !w.zh ? { zh: ratio !== null && ratio > 1 ? "，明显偏高" : "，明显偏低", en: "" } : w;
  // A rate is told apart in percentage points (低 5 个百分点), not as a multiple of another rate.
  const pp = points(s.value, shared, s.unit);
  const rz = pp
    ? `（${pp.zh.trim()}${far.zh}）`
    : ratio === null
      ? ""
      : `（为其 ${formatRatio(ratio)} 倍${far.zh}）`;
  const re = pp ? ` (${pp.en}${far.en})` : ratio === null ? "" : ` (${formatRatio(ratio)} times${far.en})`;
  return {
    zh: `${s.district} ${s.name} ${v.zh}，而 ${sharing} 个${noun}均为 ${sv}${rz}`,
    en: `${s.district}: ${s.name} ${v.en}, while ${sharing} districts all set ${sv}${re}.`,
  };
}

export function missingIndicator(
  district: string,
  name: string,
  having: number,
  total: number,
  noun = "区",
): Localized {
  return {
    zh: `${district} 未设置“${name}”指标（${total} 个${noun}中有 ${having} 个${noun}设置了该指标）`,
    en: `${district}: no "${name}" indicator, which ${having} of ${total} districts set.`,
  };
}

/** A district's cell left blank on a row where the others, a column each, wrote the indicator's target. */
export function blankCell(
  district: string,
  name: string,
  at: string,
  having: number,
  noun = "区",
): Localized {
  return {
    zh: `${district} “${name}”一栏未填写（${at} 为空），而 ${having} 个${noun}填写了目标`,
    en: `${district}: "${name}" is left blank (${at}), while ${having} districts fill it in.`,
  };
}

export function missingUnderOtherName(
  district: string,
  name: string,
  variants: (string | { name: string; unit?: string })[],
  having: number,
  total: number,
  noun = "区",
): Localized {
  const list = variants.map((x) => (typeof x === "string" ? { name: x } : x));
  // 其“资助学生人次”（单位人次）: the unit named where it is another than the others'.
  const v = list.map((x) => `“${x.name}”${x.unit ? `（单位${x.unit}）` : ""}`).join("、");
  const ve = list.map((x) => `"${x.name}"${x.unit ? ` (in ${x.unit})` : ""}`).join(", ");
  return {
    zh: `${district} 未设置同名指标，其${v}可能为同一指标，请人工核对（${total} 个${noun}中有 ${having} 个${noun}设置了“${name}”）`,
    en: `${district}: no indicator named "${name}" (set by ${having} of ${total} districts); its ${ve} may be the same indicator — please check.`,
  };
}

/** A rate beside the others' count, or a count beside their rate, in words (missingInOtherKind, otherKind). */
const KIND_WORDS = {
  rate: { mine: "比率", others: "数量", mineEn: "a rate", othersEn: "a count" },
  count: { mine: "数量", others: "比率", mineEn: "a count", othersEn: "a rate" },
} as const;

/**
 * A district that set a rate where the others count (or a count where they set a rate): 青山区's
 * “65岁以上老年人健康管理率”（%） beside the others' 健康管理人数 — another kind of figure, not a name to check.
 */
export function missingInOtherKind(
  district: string,
  name: string,
  variants: { name: string; unit?: string }[],
  kind: "rate" | "count",
  unit: string,
  having: number,
  total: number,
  noun = "区",
): Localized {
  const own = variants.map((x) => `“${x.name}”`).join("、");
  const ownEn = variants.map((x) => `"${x.name}"`).join(", ");
  const theirs = variants.map((x) => x.unit ?? "").find((u) => u !== "") ?? "";
  const { mine, others, mineEn, othersEn } = KIND_WORDS[kind];
  return {
    zh: `${district} 未设置“${name}”，其${own}为${mine}（${theirs}），与其他${noun}的${others}（${unit}）不能直接比较，请人工核对（${total} 个${noun}中有 ${having} 个${noun}设置了“${name}”）`,
    en: `${district}: no "${name}" (set by ${having} of ${total} districts); its ${ownEn} is ${mineEn} (in ${theirs}), not ${othersEn} like the others' (in ${unit}), and the two cannot be compared — please check.`,
  };
}

/** An unaligned rate like a count the others set (or the other way): why it is left apart. */
export function otherKind(
  kind: "rate" | "count",
  unit: string,
  like: string,
  likeUnit: string,
  noun = "区",
): Localized {
  const { mine, others, mineEn, othersEn } = KIND_WORDS[kind];
  return {
    zh: `其他${noun}没有同名指标；本指标为${mine}（${unit}），其他${noun}设置的“${like}”为${others}（${likeUnit}），不能直接比较，请人工核对`,
    en: `No other district has an indicator of this name; it is ${mineEn} (in ${unit}), while "${like}", which the others set, is ${othersEn} (in ${likeUnit}): the two cannot be compared — please check.`,
  };
}

export function missingNumber(
  district: string,
  name: string,
  target: string,
  having: number,
  noun = "区",
): Localized {
  const t = cleanTarget(target);
  return {
    zh: `${district} “${name}”未写明数值（${t ? `目标：${t}` : "目标未填写"}），而 ${having} 个${noun}写了数值`,
    en: `${district}: "${name}" has no number (${t ? `target: ${t}` : "no target filled in"}), while ${having} districts give one.`,
  };
}

/**
 * How a district's own comparator reads after its quoted target, with no brackets inside brackets:
 * "（≥）" for a written one, "，未写比较词（按等于理解）" for a bare number, "，未写比较方式" for none.
 */
function ownComparator(c: Comparator | null, written: boolean): Localized {
  if (c === null) return { zh: "，未写比较方式", en: " has no comparator" };
  if (c === "=" && !written)
    return { zh: "，未写比较词（按等于理解）", en: " writes no comparator (read as =)" };
  const sym = c === "between" ? "区间" : COMPARATOR_SYMBOL[c];
  return { zh: `（${sym}）`, en: ` uses ${c} (${COMPARATOR_WORD[c].en})` };
}

/** "而其余 5 个市（县）均为“≥”（不少于）": the majority's comparator, sign quoted and word in one bracket. */
function majorityComparator(
  majority: { comparator: Comparator; count: number; unwritten?: number; shown?: readonly string[] },
  total: number | undefined,
  noun: string,
): Localized {
  const c = majority.comparator;
  const who = `${total !== undefined && majority.count === total - 1 ? "其余" : ""} ${majority.count} 个${noun}`;
  const unwritten = majority.unwritten ?? 0;
  if (c === "=" && unwritten >= majority.count)
    return {
      zh: `，而${who}均未写比较词（按等于理解）`,
      en: `, while ${majority.count} districts write no comparator (read as =)`,
    };
  // 均为“90%-95%”（区间）: a range quoted as written; ranges that differ, each (均为区间：“90%-95%”“92%-98%”).
  const ranges = c === "between" ? (majority.shown ?? []).filter((x) => x) : [];
  if (ranges.length > 1)
    return {
      zh: `，而${who}均为区间（${ranges
        .slice(0, 3)
        .map((r) => `“${r}”`)
        .join("")}${ranges.length > 3 ? "等" : ""}）`,
      en: `, while ${majority.count} districts use a range (${ranges.slice(0, 3).join(", ")}${ranges.length > 3 ? " …" : ""})`,
    };
  if (ranges.length === 1)
    return {
      zh: `，而${who}均为“${ranges[0]}”（区间）`,
      en: `, while ${majority.count} districts use the range ${ranges[0]}`,
    };
  const sym = c === "between" ? "区间" : COMPARATOR_SYMBOL[c];
  const some = c === "=" && unwritten > 0 ? `；其中 ${unwritten} 个${noun}未写比较词` : "";
  const someEn = c === "=" && unwritten > 0 ? `; ${unwritten} of them wrote no comparator` : "";
  return {
    zh: `，而${who}均为“${sym}”（${COMPARATOR_WORD[c].zh}${some}）`,
    en: `, while ${majority.count} districts use ${c} (${COMPARATOR_WORD[c].en}${someEn})`,
  };
}

/** "红安县 工程完工时间 2026年6月底前，晚于其余 4 个县（均为“2025年12月底前”）" (round 177). */
export function laterDeadline(
  district: string,
  name: string,
  target: string,
  shared: string,
  count: number,
  allOthers: boolean,
  noun = "区",
): Localized {
  const t = cleanTarget(target);
  const s = cleanTarget(shared);
  return {
    zh: `${district} ${name} ${t}，晚于${allOthers ? "其余" : ""} ${count} 个${noun}（均为“${s}”）`,
    en: `${district}: ${name} ${t}, later than ${allOthers ? "the other " : ""}${count} districts (all "${s}").`,
  };
}

export function comparatorDiff(
  district: string,
  name: string,
  target: string,
  own: Comparator | null,
  majority: {
    comparator: Comparator;
    count: number;
    unwritten?: number;
    shown?: readonly string[];
  } | null,
  split: Localized,
  ownWritten = true,
  noun = "区",
  /** Districts with a number: "其余" when the majority is every one of the others. */
  total?: number,
): Localized {
  const o = ownComparator(own, ownWritten);
  const t = cleanTarget(target);
  if (majority) {
    const m = majorityComparator(majority, total, noun);
    return {
      zh: `${district} ${name} 目标为“${t}”${o.zh}${m.zh}`,
      en: `${district}: ${name} target "${t}"${o.en}${m.en}.`,
    };
  }
  return {
    zh: `${district} ${name} 目标为“${t}”${o.zh}；各${noun}写法不统一：${split.zh}`,
    en: `${district}: ${name} target "${t}"${o.en}; districts differ: ${split.en}.`,
  };
}

/** "平度市 居民参保率 写作 0.96，疑为 96%（已按 96% 与其他 2 个市比较）". */
export function rateFraction(
  district: string,
  name: string,
  written: string,
  percent: number,
  others: number,
  noun = "区",
  /** The others' unit: % (0.96 → 96%), or 个百分点 (0.03 → 3 个百分点). */
  unit: "%" | "个百分点" = "%",
): Localized {
  const p = withUnit(percent, unit);
  const en =
    unit === "%" ? p : `${formatNumber(percent)} percentage point${formatNumber(percent) === "1" ? "" : "s"}`;
  return {
    zh: `${district} ${name} 写作 ${written}，疑为 ${p}（已按 ${p} 与其他 ${others} 个${noun}比较）`,
    en: `${district}: ${name} is written ${written}, probably ${en} (compared with the other ${others} districts as ${en}).`,
  };
}

/**
 * The figure as written, every digit kept (0.125万元, not 0.13): the value in the magnitude and unit the
 * district wrote (300万公斤, 0.96, 4500米).
 */
export function writtenFigure(c: { value: number | null; scale?: number; unit: string }): string {
  const scale = c.scale ?? 1;
  return `${String(exact((c.value as number) / scale))}${scaleWord(scale)}${c.unit}`;
}

/**
 * A number written in another magnitude than the column shows (100000元/个·年 under 万元/个·年, shown as 10;
 * 0.5万人 under 人, shown as 5000): quoted as written beside the number shown, so that it can be found on the
 * district's form.
 */
export function rescaled(
  ind: { unit: string; displayScale?: number },
  c: {
    value: number | null;
    valueMax: number | null;
    comparator: Comparator | null;
    unitKey: string;
    scale?: number;
    converted?: unknown;
  },
): boolean {
  if (c.converted || c.value === null || c.unitKey !== ind.unit) return false;
  if (c.comparator === "between" && c.valueMax !== null) return false;
  return (c.scale ?? 1) !== (ind.displayScale ?? 1);
}

/**
 * The figures converted in an indicator, said in its row: "扶沟县 写作“300万公斤”，已折合为 3000 吨" /
 * "平度市 写作 0.96，按 96% 计" / "信丰县 写作“0.5万人”，已折合为 5000 人" (another magnitude than the row
 * shows). Null when none was.
 */
export function conversionNote(ind: {
  cells: Record<
    string,
    Parameters<typeof rescaled>[1] & {
      unit: string;
      converted?: { from: string; kind: "fraction" | "unit"; period?: Localized };
    }
  >;
  unit: string;
  unitLabel: string;
  displayUnit?: string;
  displayScale?: number;
  statsLeftOut?: string[];
}): Localized | null {
  const zh: string[] = [];
  const en: string[] = [];
  for (const [d, c] of Object.entries(ind.cells)) {
    // A figure left out as a likely slip (3000万 among 人次 of thousands) is said as one, never as converted.
    if (c.value === null || ind.statsLeftOut?.includes(d)) continue;
    const v = withUnit(shownValue(ind, c.value), shownUnit(ind));
    if (!c.converted) {
      if (!rescaled(ind, c)) continue;
      const from = writtenFigure(c);
      zh.push(`${d} 写作“${from}”，已折合为 ${v}`);
      en.push(`${d} wrote "${from}", converted to ${v}`);
    } else if (c.converted.kind === "fraction") {
      zh.push(`${d} 写作 ${c.converted.from}，按 ${v} 计`);
      en.push(`${d} wrote ${c.converted.from}, read as ${v}`);
    } else if (c.converted.period) {
      // 600元/生·学期 among 元/生·年: the periods used, so the factor is seen (已按每年两学期折合为).
      const p = c.converted.period;
      zh.push(`${d} 写作“${c.converted.from}”，已按${p.zh}折合为 ${v}`);
      en.push(`${d} wrote "${c.converted.from}", converted at ${p.en} to ${v}`);
    } else {
      zh.push(`${d} 写作“${c.converted.from}”，已折合为 ${v}`);
      en.push(`${d} wrote "${c.converted.from}", converted to ${v}`);
    }
  }
  return zh.length ? { zh: zh.join("；"), en: en.join("; ") } : null;
}

/** The unit a figure was written in, with its magnitude word (2000 万元 read as 20000000 元: 万元). */
export function writtenUnit(c: { unit: string; scale?: number }): string {
  return c.unit ? `${scaleWord(c.scale ?? 1)}${c.unit}` : c.unit;
}

export function unitDiff(
  district: string,
  name: string,
  unit: string,
  majorityUnit: string,
  count: number,
  noun = "区",
  /** The target as written (2000万元), said before its unit: a total among unit costs shows at once. */
  figure = "",
): Localized {
  const u = unit || "（未写单位）";
  const ue = unit || "(no unit)";
  const m = majorityUnit || "（无单位）";
  const me = majorityUnit || "(no unit)";
  const f = cleanTarget(figure);
  // The target quoted shows its unit (2000万元): said once; a bare figure (1050) says it has none.
  if (f && (!unit || f.includes(unit)))
    return {
      zh: `${district} ${name} 目标为“${f}”${unit ? "" : "，未写单位"}，而 ${count} 个${noun}的单位为“${m}”，未纳入统计`,
      en: `${district}: ${name} target "${f}"${unit ? "" : " has no unit"}, while ${count} districts use "${me}"; left out of the statistics.`,
    };
  return {
    zh: `${district} ${name} 单位为“${u}”，而 ${count} 个${noun}为“${m}”，未纳入统计`,
    en: `${district}: ${name} is in "${ue}", while ${count} districts use "${me}"; left out of the statistics.`,
  };
}

/**
 * "未识别区县：项目（文件 · 表 第 N 行）", for a project whose district could not be told. Where a word like a
 * place was seen (（城区）), the note names it instead of asking for a district the officer did write.
 */
/**
 * 另有 1 个项目只有一个区县报送，未参与对比：东阳市“被征地农民养老保险”（东阳市-被征地农民养老保险.xlsx）: one
 * line for the programs only one district filed; null when there are none.
 */
export function loneProgramsMessage(list: readonly LoneProgram[] | undefined): Localized | null {
  if (!list || list.length === 0) return null;
  const shown = list.slice(0, 5);
  const more = list.length > shown.length;
  const zh = shown.map((l) => `${l.district}“${l.program}”（${l.source}）`).join("、");
  const en = shown.map((l) => `${l.district} "${l.program}" (${l.source})`).join("; ");
  return {
    zh: `另有 ${list.length} 个项目只有一个区县报送，未参与对比：${zh}${more ? "等" : ""}`,
    en: `${list.length} more ${list.length === 1 ? "program was" : "programs were"} filed by one district only and not compared: ${en}${more ? " …" : ""}.`,
  };
}

export function unplacedMessage(u: {
  project: string;
  source: string;
  sheet: string;
  row: number;
  seen?: string;
  own?: UnplacedProject["own"];
}): Localized {
  // A source of several sheets is labelled "文件 · 表" already: the sheet is not said twice (三穗，三穗).
  const named = u.source === u.sheet || u.source.endsWith(` · ${u.sheet}`);
  const where = named
    ? {
        zh: `${u.project}（${u.source} 第 ${u.row} 行）`,
        en: `${u.project} (${u.source} row ${u.row})`,
      }
    : {
        zh: `${u.project}（${u.source}，${u.sheet} 第 ${u.row} 行）`,
        en: `${u.project} (${u.source}, ${u.sheet} row ${u.row})`,
      };
  if (u.own) {
    const field = {
      budgetUnit: { zh: "预算单位", en: "budget unit" },
      department: { zh: "主管部门", en: "department" },
      project: { zh: "项目名称", en: "project name" },
      district: { zh: "区县栏", en: "district column" },
      sheet: { zh: "工作表名", en: "sheet name" },
      file: { zh: "文件名", en: "file name" },
    }[u.own.field];
    return {
      zh: `${u.own.level}项目：${where.zh}的${field.zh}为“${u.own.text}”，不属于区县，未纳入对比`,
      en: `The prefecture's own project: ${where.en} has the ${field.en} "${u.own.text}", a project of the prefecture itself (${u.own.level}), no district's; not compared.`,
    };
  }
  if (u.seen)
    return {
      zh: `未识别区县：${where.zh}未纳入对比：“${u.seen}”不能确认为区县名，请核对是哪个区县`,
      en: `District unknown: ${where.en} is not compared; "${u.seen}" could not be confirmed as a district name — please check which district it is.`,
    };
  return {
    zh: `未识别区县：${where.zh}未纳入对比，请在项目名称或预算单位中写明区县`,
    en: `District unknown: ${where.en} is not compared; name the district in the project or budget unit.`,
  };
}

/**
 * Names that differ from the program's only by a year, an ending (项目, 资金 …) or a place in brackets,
 * compared as one: "项目名称不完全相同，已按同一项目“…”对比：沈丘县“高标准农田建设”…".
 */
export function nameVariantsMessage(
  program: string,
  variants: readonly { district: string; project: string; phase?: string }[],
): Localized {
  // 盱眙县…（一期） alone beside the others' program: its phase mark named among the differences (round 177).
  const phase = variants.find((v) => v.phase)?.phase;
  return {
    zh: `项目名称不完全相同，已按同一项目“${program}”对比（名称只差年份、“项目”“资金”等字样${phase ? `、期次（${phase}）` : ""}或括号中的地名）：${variants.map((v) => `${v.district}“${v.project}”`).join("、")}`,
    en: `Project names differ slightly and were compared as one program "${program}" (they differ only by a year, an ending such as 项目 or 资金, ${phase ? `a phase (${phase}), ` : ""}or a place in brackets): ${variants.map((v) => `${v.district} "${v.project}"`).join(", ")}.`,
  };
}

/** "名称相近的项目未纳入对比：沈丘县“高标准农田建设工程”（沈丘县.xlsx，Sheet1 第 1 行）…". */
export function nearNameMessage(program: string, n: NearName): Localized {
  const where = {
    zh: `（${n.source}，${n.sheet} 第 ${n.row} 行）`,
    en: ` (${n.source}, ${n.sheet} row ${n.row})`,
  };
  if (n.alsoCompared)
    return {
      zh: `名称相近的项目未纳入对比：${n.district}另填报了“${n.project}”${where.zh}，对比中用的是其“${program}”；请核对两者是否为同一项目`,
      en: `A project of a like name is not compared: ${n.district} also filed "${n.project}"${where.en}; the comparison uses its "${program}" — please check whether the two are one program.`,
    };
  return {
    zh: `名称相近的项目未纳入对比：${n.district}“${n.project}”${where.zh}，与“${program}”名称不同；如为同一项目，请统一项目名称后再对比`,
    en: `A project of a like name is not compared: ${n.district} "${n.project}"${where.en} is not named "${program}"; if it is the same program, give it the same name and compare again.`,
  };
}

const RESUBMISSION_WHY: Record<"revision" | "saved" | "order" | "phases", Localized> = {
  phases: {
    zh: "分期报送的各期合为一处对比；未标期次的一份不作为另一期",
    en: "the phases are compared as one; the copy that marks no phase is not taken for another phase",
  },
  revision: { zh: "文件名表明是修改后的版本", en: "its name marks it as the revision" },
  saved: { zh: "保存时间较晚", en: "it was saved later" },
  order: {
    zh: "在所给文件中排在后面；如应使用另一份，请只提供那一份",
    en: "it was given later; if the other is the right one, give only that one",
  },
};

/** "新昌县 报送了两份：新昌县.xlsx、新昌县（修改稿）.xlsx；对比使用 新昌县（修改稿）.xlsx（…），另一份未纳入对比". */
export function resubmissionMessage(r: {
  district: string;
  files: readonly string[];
  used: string;
  why: "revision" | "saved" | "order" | "phases";
}): Localized {
  const n = r.files.length;
  const count = n === 2 ? "两" : String(n);
  const why = RESUBMISSION_WHY[r.why];
  return {
    zh: `${r.district} 报送了${count}份：${r.files.join("、")}；对比使用 ${r.used}（${why.zh}），${n === 2 ? "另一份" : "其余"}未纳入对比`,
    en: `${r.district} filed the program ${n === 2 ? "twice" : `${n} times`}: ${r.files.join(", ")}; the comparison uses ${r.used} (${why.en}), not the other${n === 2 ? "" : "s"}.`,
  };
}

/**
 * 盱眙县 分 2 期报送（一期“…（一期）”、二期“…（二期）”），合为一处对比；“新建高标准农田面积”按各期之和对比（一期 ≥3万亩、
 * 二期 ≥2万亩）；“项目区农户满意度”各期取值不同（一期 ≥90%、二期 ≥95%），对比用一期的取值 (round 177).
 */
export function phasedMessage(f: PhasedFiling): Localized {
  const n = f.phases.length;
  const projects = f.phases.map((p) => `${p.phase}“${p.project}”`).join("、");
  const projectsEn = f.phases.map((p) => `${p.phase} "${p.project}"`).join(", ");
  const parts = (x: PhasedFiling["summed"][number]) => x.parts.map((p) => `${p.phase} ${p.target}`);
  const summed = f.summed.length
    ? `；${f.summed.map((x) => `“${x.indicator}”按各期之和对比（${parts(x).join("、")}）`).join("，")}`
    : "";
  const summedEn = f.summed.length
    ? `; summed across the phases: ${f.summed.map((x) => `"${x.indicator}" (${parts(x).join(", ")})`).join(", ")}`
    : "";
  const first = f.phases[0].phase;
  const each = f.each.length
    ? `；${f.each.map((x) => `“${x.indicator}”各期取值不同（${parts(x).join("、")}）`).join("，")}，不能相加，对比用${first}的取值`
    : "";
  const eachEn = f.each.length
    ? `; differing by phase and not added up, so ${first}'s is compared: ${f.each.map((x) => `"${x.indicator}" (${parts(x).join(", ")})`).join(", ")}`
    : "";
  return {
    zh: `${f.district} 分 ${n} 期报送（${projects}），合为一处对比${summed}${each}`,
    en: `${f.district} filed the program in ${n} phases (${projectsEn}), compared as one${summedEn}${eachEn}.`,
  };
}

/**
 * 渭南市…汇总表.xlsx 汇总了 9 个区（县），未作为各区（县）的报送表对比（各区（县）按其报送表对比），用作核对：与报送表
 * 不一致的有 大荔县 受益人口（汇总表 ≥72000人，报送表 ≥70000人） (round 181).
 */
export function summaryCheckMessage(s: SummaryCheck, noun = "区"): Localized {
  const n = s.districts.length;
  const head = `${s.source} 汇总了 ${n} 个${noun}，未作为各${noun}的报送表对比（各${noun}按其报送表对比），用作核对`;
  const headEn = `${s.source} sums up ${n} districts: it is not compared as their filings (each district is compared by its own file) but used as a cross-check`;
  const only = s.districts.filter((d) => !s.checked.includes(d));
  const onlyZh = only.length ? `；${only.join("、")} 只见于汇总表，按汇总表对比` : "";
  const onlyEn = only.length ? `; ${only.join(", ")} appear only in it and are compared by it` : "";
  // Its own 合计 that does not hold, against its places or the districts' own files (round 205).
  const totals = s.totals ?? [];
  const totalsZh = totals.length ? `；${totals.map((t) => t.message.zh).join("；")}，请核对` : "";
  const totalsEn = totals.length ? `; ${totals.map((t) => t.message.en).join("; ")}, please check` : "";
  if (s.checked.length === 0)
    return { zh: `${head}${onlyZh}${totalsZh}`, en: `${headEn}${onlyEn}${totalsEn}.` };
  if (s.differences.length === 0)
    return {
      zh: `${head}：${s.checked.join("、")} 的取值与其报送表一致${onlyZh}${totalsZh}`,
      en: `${headEn}: the figures of ${s.checked.join(", ")} agree with their own files${onlyEn}${totalsEn}.`,
    };
  const list = s.differences.map(
    (d) => `${d.district} ${d.indicator}（汇总表 ${d.summary}，报送表 ${d.own}）`,
  );
  const listEn = s.differences.map(
    (d) => `${d.district} ${d.indicator} (summary ${d.summary}, own file ${d.own})`,
  );
  return {
    zh: `${head}：与报送表不一致的有 ${list.join("、")}，请核对${onlyZh}${totalsZh}`,
    en: `${headEn}: it differs from the districts' own files on ${listEn.join(", ")}; please check${onlyEn}${totalsEn}.`,
  };
}

/** What a program's reader should know of its projects: districts filed twice, names taken for one, names left out. */
export function programNotes(p: {
  name: string;
  nameVariants: readonly { district: string; project: string }[];
  nearNames: readonly Parameters<typeof nearNameMessage>[1][];
  resubmissions: readonly Parameters<typeof resubmissionMessage>[0][];
  summaries?: readonly SummaryCheck[];
  totalColumns?: readonly { header: string; sheet: string; column: string; checked?: readonly string[] }[];
  placeWord?: string;
  bareNamed?: readonly { district: string; sheet: string; file?: string }[];
  shortNamed?: readonly { district: string; written: string; asWritten: boolean }[];
  titleNamed?: readonly { sheet: string; cell: string; source?: string }[];
  members?: readonly { project: string; sheet: string; source: string }[];
  funds?: readonly { district: string; amount: number; unit: string }[];
  phased?: readonly PhasedFiling[];
  indicators?: readonly {
    name: string;
    statsLeftOut?: readonly string[];
    flags?: readonly LeftOutFlag[];
  }[];
}): Localized[] {
  return [
    ...(p.titleNamed?.length ? [titleNamedMessage(p.name, p.titleNamed, titleNames(p))] : []),
    ...(p.bareNamed ?? []).map(bareNamedMessage),
    ...shortNamedMessages(p.shortNamed ?? []),
    ...(p.summaries ?? []).map((s) => summaryCheckMessage(s, p.placeWord)),
    ...p.resubmissions.map(resubmissionMessage),
    ...(p.phased ?? []).map(phasedMessage),
    ...(p.nameVariants.length ? [nameVariantsMessage(p.name, p.nameVariants)] : []),
    ...p.nearNames.map((n) => nearNameMessage(p.name, n)),
    ...(p.totalColumns ?? []).map((t) => totalColumnMessage(t, p.placeWord)),
    ...(p.funds?.length ? [fundsMessage(p.funds, p.placeWord)] : []),
    ...(p.indicators ?? []).flatMap((i) =>
      i.statsLeftOut?.length ? [leftOutMessage(i.name, i.statsLeftOut, i.flags)] : [],
    ),
  ];
}

/**
 * 补助资金：镇巴县的取值疑多写一个 0，未计入最小值、中位数和最大值: a likely slip kept out of the statistics, in its
 * finding's words (the unit typed wrong, or how many zeros); 疑多写或少写 0 only where a finding says neither.
 */
function leftOutMessage(
  name: string,
  districts: readonly string[],
  flags: readonly LeftOutFlag[] = [],
): Localized {
  // 金塔县 180米 among 公里: the unit typed wrong, as its finding says; 奉新县 90000万元: 疑多写一个 0.
  const slips = districts.map((d): Localized | null => {
    const f = flags.find((x) => x.code === "OUTLIER" && x.district === d);
    const w = f ? slipPhrase(f) : null;
    return w ? { zh: w.zh, en: `likely has ${w.en}` } : null;
  });
  if (slips.every((w) => w !== null)) {
    const ws = slips as Localized[];
    return {
      zh: `${name}：${districts.map((d, i) => `${d}的取值${ws[i].zh}`).join("，")}，未计入最小值、中位数和最大值`,
      en: `${name}: ${districts.map((d, i) => `the value of ${d} ${ws[i].en}`).join("; ")}, and is left out of the min, median and max.`,
    };
  }
  return {
    zh: `${name}：${districts.join("、")}的取值疑多写或少写 0，未计入最小值、中位数和最大值`,
    en: `${name}: the value of ${districts.join(", ")} likely has a zero too many or too few and is left out of the min, median and max.`,
  };
}

/** What a left-out note reads of a district's finding. */
type LeftOutFlag = Slip & { code: string; district: string };

/**
 * 资金列读作各区（县）的预算金额（黄石港区 4500 万元、…），不是指标，未作对比: a 分解表's money column, read as each
 * district's funds, said where the comparison leaves it out (round 174).
 */
export function fundsMessage(
  funds: readonly { district: string; amount: number; unit: string }[],
  noun = "区",
): Localized {
  const list = funds.map((f) => `${f.district} ${withUnit(f.amount, f.unit)}`);
  return {
    zh: `资金列读作各${noun}的预算金额（${list.join("、")}），不是指标，未作对比，请另行核对`,
    en: `The money column was read as each district's budget (${list.join(", ")}), not as an indicator, and is not compared; please check it separately.`,
  };
}

/** 表中未写项目名称，按表题（Sheet1!A1）取为“农村义务教育学生营养改善计划”: a name read from a title, said. */
export function titleNamedMessage(
  name: string,
  titles: readonly { sheet: string; cell: string }[],
  written: readonly string[] = [],
): Localized {
  const refs = [...new Set(titles.map((t) => cellRef(t)))];
  const { zh, en } = titleTaken(name, written);
  return {
    zh: `表中未写项目名称，按表题（${refs.join("、")}）取为“${name}”${zh}，请核对`,
    en: `No project name is written; it is taken from the title (${refs.join(", ")}) as "${name}"${en} — please check.`,
  };
}

/**
 * What was taken off the titles to name the program: （去掉地名、年度） where the titles say no more (or are not
 * known), else only what was (新源县2025年草原防火项目 → 新源县草原防火项目: （去掉年度）; round 181).
 */
function titleTaken(name: string, titles: readonly string[]): Localized {
  const both = { zh: "（去掉地名、年度）", en: ", without its place and year" };
  const written = titles.map((t) => t.normalize("NFKC").trim()).filter((t) => t !== "");
  if (written.length === 0) return both;
  const years = /(?:19|20)\d\d\s*年度?/g;
  const head = name.normalize("NFKC").trim().slice(0, 2);
  // The place kept (the county over its 乡镇): only a year taken off, or nothing.
  if (written.some((t) => !t.replace(years, "").startsWith(head))) return both;
  if (written.some((t) => /(?:19|20)\d\d\s*年/.test(t)))
    return { zh: "（去掉年度）", en: ", without its year" };
  return { zh: "", en: "" };
}

/** The project names read from the program's titles (its members on the titles' sheets). */
function titleNames(p: {
  titleNamed?: readonly { sheet: string; source?: string }[];
  members?: readonly { project: string; sheet: string; source: string }[];
}): string[] {
  const on = (m: { sheet: string; source: string }) =>
    p.titleNamed?.some((t) => t.sheet === m.sheet && (t.source === undefined || t.source === m.source));
  return [...new Set((p.members ?? []).filter(on).map((m) => m.project))];
}

/**
 * The districts the table wrote by their short form, those compared as written in one line (表中“龙海”“漳浦”
 * 未写明是区、县还是市，已按所写名称参与对比: five such notes read as five problems), the others each in theirs.
 */
function shortNamedMessages(
  list: readonly { district: string; written: string; asWritten: boolean }[],
): Localized[] {
  const asWritten = list.filter((n) => n.asWritten);
  const out = list.filter((n) => !n.asWritten).map(shortNamedMessage);
  if (asWritten.length === 1) out.unshift(shortNamedMessage(asWritten[0]));
  else if (asWritten.length > 1)
    out.unshift({
      zh: `表中${asWritten.map((n) => `“${n.written}”`).join("")}未写明是区、县还是市，已按所写名称参与对比，请核对`,
      en: `${asWritten.map((n) => `"${n.written}"`).join(", ")} in the table do not say whether each is a district, county or city; they are compared as written — please check.`,
    });
  return out;
}

/**
 * 表中“洮南”按县级市“洮南市”参与对比 / 表中“镇赉”未写明是区、县还是市，已按“镇赉”参与对比: a district the table
 * wrote by its short form.
 */
function shortNamedMessage(n: { district: string; written: string; asWritten: boolean }): Localized {
  return n.asWritten
    ? {
        zh: `表中“${n.written}”未写明是区、县还是市，已按“${n.written}”参与对比，请核对`,
        en: `"${n.written}" in the table does not say whether it is a district, county or city; it is compared as "${n.written}" — please check.`,
      }
    : n.district === `${n.written}市`
      ? {
          zh: `表中“${n.written}”按县级市“${n.district}”参与对比，请核对`,
          en: `"${n.written}" in the table is compared as the county-level city ${n.district} — please check.`,
        }
      : {
          zh: `表中“${n.written}”按“${n.district}”参与对比，请核对`,
          en: `"${n.written}" in the table is compared as ${n.district} — please check.`,
        };
}

/** 工作表“三穗”的项目未写明区县…已按“三穗”参与对比: a district compared under a sheet's or file's bare name. */
export function bareNamedMessage(n: { district: string; sheet: string; file?: string }): Localized {
  const zh =
    n.file !== undefined
      ? { what: `文件“${n.file}”`, name: "文件名" }
      : { what: `工作表“${n.sheet}”`, name: "表名" };
  const en =
    n.file !== undefined
      ? { what: `file "${n.file}"`, name: "file's" }
      : { what: `sheet "${n.sheet}"`, name: "sheet's" };
  return {
    zh: `${zh.what}的项目未写明区县，${zh.name}“${n.district}”未写明是区、县还是市，已按“${n.district}”参与对比，请核对`,
    en: `The projects of ${en.what} name no district, and the ${en.name} name "${n.district}" does not say whether it is a district, county or city; they are compared as "${n.district}" — please check.`,
  };
}

/**
 * 合计列（Sheet1 H 列）不是区县，未纳入对比: said, never skipped in silence; and the indicators whose totals
 * were checked against the districts' sum named (“新建高标准农田面积”的合计已与各县之和核对), no more.
 */
export function totalColumnMessage(
  t: {
    header: string;
    sheet: string;
    column: string;
    inRow?: true;
    checked?: readonly string[];
    unread?: readonly { column: string; header: string }[];
  },
  noun = "区",
): Localized {
  const head = t.inRow
    ? {
        zh: `“${t.header}”行（${t.sheet} 第 ${t.column} 行）不是${noun}，未纳入对比`,
        en: `The "${t.header}" row (${t.sheet}, row ${t.column}) is no district and is not compared`,
      }
    : {
        zh: `“${t.header}”列（${t.sheet} ${t.column} 列）不是${noun}，未纳入对比`,
        en: `The "${t.header}" column (${t.sheet}, column ${t.column}) is no district and is not compared`,
      };
  // 市本级 beside the places: the city's own level, not compared, its figures added into the sum checked.
  const own = (t.unread ?? []).filter((u) => isOwnLevelColumn(u.header));
  const others = (t.unread ?? []).filter((u) => !isOwnLevelColumn(u.header));
  // (In a 分解表 each is a row between the places: 第 6 行“市直”.)
  const line = (u: { column: string; header: string }) =>
    t.inRow ? `第 ${u.column} 行“${u.header}”` : `${u.column} 列“${u.header}”`;
  const lineEn = (u: { column: string; header: string }) =>
    t.inRow ? `row ${u.column} ("${u.header}")` : `column ${u.column} ("${u.header}")`;
  if (own.length > 0 && others.length === 0) {
    const cols = own.map(line).join("、");
    const colsEn = own.map(lineEn).join(", ");
    const rest = totalColumnMessage({ ...t, unread: [] }, noun);
    const tail = rest.zh.slice(head.zh.length);
    const tailEn = rest.en.slice(head.en.length);
    return {
      zh: `${head.zh}；${cols}是本级，不作为${noun}对比，其目标值计入${t.header}核对${tail}`,
      en: `${head.en}; ${colsEn} ${own.length === 1 ? "is" : "are"} the city's own level, not compared as a district, and ${own.length === 1 ? "its" : "their"} targets are added into the sum checked against the total${tailEn}`,
    };
  }
  // 市直, or a header no rule read as a place, with targets under it: named, and no total checked.
  if (t.unread?.length)
    return {
      zh: `${head.zh}；${t.unread.map(line).join("、")}有目标值但未作为${noun}读取，未纳入对比，${t.header}未与各${noun}之和核对`,
      en: `${head.en}; ${t.unread.map(lineEn).join(", ")} ${t.unread.length === 1 ? "holds" : "hold"} targets but ${t.unread.length === 1 ? "was" : "were"} not read as a district and ${t.unread.length === 1 ? "is" : "are"} not compared, so no total was checked against the sum of the districts.`,
    };
  const checked = t.checked ?? [];
  if (checked.length === 0)
    return {
      zh: `${head.zh}；各项指标的${t.header}均未与各${noun}之和核对（比率、标准、均值等不相加，或有${noun}未写数值）`,
      en: `${head.en}; no indicator's total was checked against the sum of the districts (rates, standards and averages do not add up, or a district wrote no figure).`,
    };
  const shown = checked.slice(0, 3);
  const more = checked.length > shown.length ? `等 ${checked.length} 项指标` : "";
  const moreEn = checked.length > shown.length ? ` and ${checked.length - shown.length} more` : "";
  return {
    zh: `${head.zh}；${shown.map((n) => `“${n}”`).join("")}${more}的${t.header}已与各${noun}之和核对`,
    en: `${head.en}; the totals of ${shown.map((n) => `"${n}"`).join(", ")}${moreEn} were checked against the sum of the districts.`,
  };
}

/** 合计 校舍改造面积 117500 平方米（H5），而 9 个区之和为 116500 平方米（相差 1000 平方米），请核对. */
export function totalDiff(
  header: string,
  name: string,
  total: number,
  sum: number,
  unit: string,
  places: number,
  cell: string,
  noun = "区",
  /**
   * The one district whose figure a power of ten off (220000 for 22000; `zeros`, 1 when absent) makes
   * exactly the difference.
   */
  slip?: {
    district: string;
    written: number;
    meant: number;
    zeros?: number;
    /** The slip is a unit typed wrong (8.2 in a 人 column for 8.2 万人): said so, as the OUTLIER says it. */
    units?: { meant: string; written: string };
  },
  /** The city's own level (市本级 | 合计), no district, added into the sum. */
  own: readonly { header: string; value: number }[] = [],
  /** Districts' figures read as slips, counted in the sum as corrected (台儿庄区 160000 → 16). */
  corrected: readonly { district: string; written: number; meant: number }[] = [],
): Localized {
  const d = exact(Math.abs(total - sum));
  const zhFixed = corrected
    .map((c) => `${c.district} ${formatNumber(c.written)} 按 ${withUnit(c.meant, unit)}计，`)
    .join("");
  const enFixed = corrected
    .map((c) => `counting ${c.district}'s ${formatNumber(c.written)} as ${withUnit(c.meant, unit)}; `)
    .join("");
  const more = slip !== undefined && slip.written > slip.meant;
  const { zh: zhZeros, en: enZeros } = zerosWords(slip?.zeros ?? 1);
  const zhWhat = slip?.units
    ? `将“${slip.units.meant}”写作“${slip.units.written}”`
    : `${more ? "多" : "少"}写${zhZeros} `;
  const enWhat = slip?.units
    ? `"${slip.units.written}" written for "${slip.units.meant}"`
    : `${enZeros} too ${more ? "many" : "few"}`;
  const zhSlip = slip
    ? `，与${slip.district}疑${zhWhat}相符：${formatNumber(slip.written)} → ${formatNumber(slip.meant)}`
    : "";
  const enSlip = slip
    ? `, exactly ${slip.district}'s figure with ${enWhat}: ${formatNumber(slip.written)} → ${formatNumber(slip.meant)}`
    : "";
  const zhOwn = own.map((o) => `与${o.header} ${withUnit(o.value, unit)}`).join("");
  const enOwn = own.map((o) => ` and ${o.header} ${withUnit(o.value, unit)}`).join("");
  return {
    zh: `${header} ${name} ${withUnit(total, unit)}（${cell}），而 ${places} 个${noun}${zhOwn}之和为 ${withUnit(sum, unit)}（${zhFixed}相差 ${withUnit(d, unit)}${zhSlip}），请核对`,
    en: `${header}: ${name} ${withUnit(total, unit)} (${cell}), while the ${places} districts${enOwn} add up to ${withUnit(sum, unit)} (${enFixed}a difference of ${withUnit(d, unit)}${enSlip}); please check.`,
  };
}
