/**
 * Periods a standard is written per (元/生·学期 among 元/生·年, 元/人·月 among 元/人·年): which convert for certain
 * (12 months, 4 quarters, 2 half-years a year; 2 terms a school's year), said in the row as the factor used,
 * and which do not (days, weeks, a term outside school), said as what differs.
 */
import type { Localized } from "../i18n";
import { familyOf } from "./units";

/** How many of each period a year holds, for certain. */
const PER_YEAR: Record<string, number> = { 年: 1, 半年: 2, 季度: 4, 季: 4, 月: 12 };
/** A school's periods: a school year is its year, and it has two terms (never converted to months). */
const SCHOOL_PER_YEAR: Record<string, number> = { 学年: 1, 学期: 2 };
/** Periods a year holds an uncertain number of (天: 365, 250 school days or 200 meals; 周; 课时). */
const UNCERTAIN = new Set(["天", "日", "周", "工作日", "课时"]);

const PERIOD = /^(.*?)[·・]?(学年|学期|半年|季度|季|年|月|工作日|天|日|周|课时)$/;

/** The thing a rate is per and its period: 人·学期 → [人, 学期], 学期 → ["", 学期]; null with no period. */
export function splitPeriod(per: string): { thing: string; period: string } | null {
  const m = PERIOD.exec(per);
  return m ? { thing: m[1], period: m[2] } : null;
}

/**
 * Words that make a term a school's (学生资助, 生均公用经费, 幼儿园保教费): where they stand in the indicator's or the
 * program's name, or 生 is what the standard is per, two terms make a year.
 */
const SCHOOL =
  /学生|生均|幼儿|学校|在校|教育|学前|义务|高中|中职|职校|助学|寄宿|学费|保教费|课后服务|营养改善|教学|校舍|师生/;

export function schoolFunds(texts: readonly string[]): boolean {
  return texts.some((t) => SCHOOL.test(t));
}

function perYear(period: string, school: boolean): number | null {
  return PER_YEAR[period] ?? (school ? (SCHOOL_PER_YEAR[period] ?? null) : null);
}

/**
 * The factor that turns a figure per `from` into one per `to` (人·学期 → 人·年 for a school: 2; 人·年 → 人·月:
 * 1/12), the thing per alike; null where either period is uncertain or they are one. A school's term or year
 * converts to a year or a term only (a term is no fixed number of months).
 */
export function periodFactor(from: string, to: string, school = false): number | null {
  const a = splitPeriod(from);
  const b = splitPeriod(to);
  if (!a || !b || a.thing !== b.thing || a.period === b.period) return null;
  const na = perYear(a.period, school);
  const nb = perYear(b.period, school);
  if (na === null || nb === null) return null;
  const termly = (p: string) => p in SCHOOL_PER_YEAR;
  const yearly = (p: string) => p === "年" || termly(p);
  if ((termly(a.period) || termly(b.period)) && !(yearly(a.period) && yearly(b.period))) return null;
  return na / nb;
}

const SMALL_IN_LARGE: Record<string, Localized> = {
  "学期|年": { zh: "每年两学期", en: "two terms a year" },
  "学期|学年": { zh: "每学年两学期", en: "two terms a school year" },
  "学年|年": { zh: "一学年即一年", en: "a school year as a year" },
  "月|年": { zh: "每年 12 个月", en: "twelve months a year" },
  "季度|年": { zh: "每年四个季度", en: "four quarters a year" },
  "季|年": { zh: "每年四个季度", en: "four quarters a year" },
  "半年|年": { zh: "每年两个半年", en: "two half-years a year" },
  "月|季度": { zh: "每季度三个月", en: "three months a quarter" },
  "月|季": { zh: "每季度三个月", en: "three months a quarter" },
  "月|半年": { zh: "每半年六个月", en: "six months a half-year" },
  "季度|半年": { zh: "每半年两个季度", en: "two quarters a half-year" },
  "季|半年": { zh: "每半年两个季度", en: "two quarters a half-year" },
};

/**
 * The periods a converted figure was turned by, in words for its row (已按每年两学期折合为 …): null where the
 * units differ in no period (万元 and 元, 公斤 and 吨).
 */
export function periodWords(from: string, to: string, school = false): Localized | null {
  const pa = familyOf(from).split("/");
  const pb = familyOf(to).split("/");
  if (pa.length !== 2 || pb.length !== 2 || periodFactor(pa[1], pb[1], school) === null) return null;
  const a = (splitPeriod(pa[1]) as { period: string }).period;
  const b = (splitPeriod(pb[1]) as { period: string }).period;
  return SMALL_IN_LARGE[`${a}|${b}`] ?? SMALL_IN_LARGE[`${b}|${a}`] ?? null;
}

const PERIOD_NAME: Record<string, Localized> = {
  年: { zh: "年", en: "year" },
  学年: { zh: "学年", en: "school year" },
  学期: { zh: "学期", en: "term" },
  半年: { zh: "半年", en: "half-year" },
  季度: { zh: "季度", en: "quarter" },
  季: { zh: "季度", en: "quarter" },
  月: { zh: "月", en: "month" },
  天: { zh: "天", en: "day" },
  日: { zh: "天", en: "day" },
  工作日: { zh: "工作日", en: "working day" },
  周: { zh: "周", en: "week" },
  课时: { zh: "课时", en: "class hour" },
};

/**
 * Two units that differ only in the period, where it does not convert for certain (5元/生·天 among 元/生·年; a
 * term among years outside school): what differs and why it was not converted, said after UNIT-DIFF's
 * sentence — "；两者仅计算期间不同（本县按天、多数县按年），一年按多少天计无法确定，未折算，请核对口径".
 */
export function periodOnlyClause(
  written: string,
  majority: string,
  noun: string,
  school = false,
): Localized | null {
  const pa = familyOf(written).split("/");
  const pb = familyOf(majority).split("/");
  if (pa.length !== 2 || pb.length !== 2 || pa[0] !== pb[0]) return null;
  const a = splitPeriod(pa[1]);
  const b = splitPeriod(pb[1]);
  if (!a || !b || a.thing !== b.thing || a.period === b.period) return null;
  if (periodFactor(pa[1], pb[1], school) !== null) return null;
  const na = PERIOD_NAME[a.period];
  const nb = PERIOD_NAME[b.period];
  // The larger period holds an uncertain number of the smaller one.
  const rank = (p: string) => perYear(p, true) ?? (UNCERTAIN.has(p) ? 1000 : 100);
  const [big, small] = rank(a.period) <= rank(b.period) ? [na, nb] : [nb, na];
  return {
    zh: `；两者仅计算期间不同（本${noun}按${na.zh}、多数${noun}按${nb.zh}），一${big.zh}按多少${small.zh}计无法确定，未折算，请核对口径`,
    en: `; only the period differs (per ${na.en} here, per ${nb.en} in most), and how many ${small.en}s make a ${big.en} is not certain, so it was not converted: check which is meant`,
  };
}

/**
 * A figure a period's share of the others' (a month's: 900 among 10800 a year; a term's: 600 among 1200), where
 * the district's own words say that period (每月, 月均, 月人均, 按月, 每学期), another district of the row wrote
 * its figure per that period (625元/生·学期 beside 625元/生·年), or, for a month, the figure is a twelfth of a
 * rate exactly: the period it was likely written for, to suggest as the outlier's cause
 * (疑为按月填写). `ratio` is the figure over the median or shared value.
 */
export function likelyPeriod(
  ratio: number,
  words: string,
  majorityUnit: string,
  /** Periods other districts of the row wrote (学期 where 大方县 wrote 625元/生·学期): evidence as words are. */
  rowPeriods: ReadonlySet<string> = new Set(),
): { period: string; times: number } | null {
  const per = majorityUnit.split("/")[1] ?? "";
  const own = splitPeriod(per)?.period ?? "年";
  if (!/年$/.test(own) && per.includes("·")) return null;
  if (!(ratio > 0) || ratio >= 1) return null;
  const near = (n: number, tol: number) => Math.abs(ratio * n - 1) <= tol;
  // Words say the period within a tolerance; another district's period in the row only at its share exactly.
  const by = (re: RegExp, period: string, n: number, tol: number) =>
    (near(n, tol) && re.test(words)) || (near(n, 0.03) && rowPeriods.has(period));
  // Without words, only a rate (money or a count per something) exactly a twelfth: a size may be anything.
  const exactTwelfth = majorityUnit.includes("/") && near(12, 0.03);
  if (by(/每月|月均|月人均|按月|[·/]月|每人每月|月标准|月补助/, "月", 12, 0.2) || exactTwelfth)
    return { period: "月", times: 12 };
  if (by(/每季度?|季度|按季/, "季度", 4, 0.1)) return { period: "季度", times: 4 };
  if (by(/每学期|学期|按学期/, "学期", 2, 0.1)) return { period: "学期", times: 2 };
  return null;
}
