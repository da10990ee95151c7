/**
 * Units for comparing: written forms of the same unit unified (％ → %, 公里 → 千米), a stray magnitude word
 * applied (万元 → 元 ×10000; the parser normally has done this already), and which units count things.
 */
import { periodFactor } from "./periods";

const SYNONYMS: Record<string, string> = {
  "％": "%",
  百分比: "%",
  百分率: "%",
  公里: "千米",
  平方公里: "平方千米",
  元人民币: "元",
  人民币: "元",
  周岁: "岁",
  // One person or one household counted either way: 350名 is 350人, 15000户 (商户) is 15000家.
  // 户次 (visits) stays another unit than 户.
  名: "人",
  户: "家",
  户次: "家次",
  // A set counted as one machine: 35台（套） among 台.
  "台(套)": "台",
  台套: "台",
};

/**
 * A rate per something, with the year written or not (元/人·年 and 元/人): an annual amount most districts
 * write without the year. Other periods (元/生·天 vs 元/生·年) stay different units.
 */
export function samePerYear(a: string, b: string): boolean {
  if (a === b) return true;
  const strip = (u: string) => u.replace(/(?:·|\/|每)年$/, "");
  const sa = strip(a);
  const sb = strip(b);
  return sa === sb && sa.includes("/") && (sa !== a || sb !== b);
}

/**
 * Measure words that count the same things once an indicator's name has said what is counted: 投放点位
 * 1000处 or 1000个, 家庭医生团队 110支 or 110个, 村卫生室 120家 or 120个, 运输车辆 30台 or 30辆, 赛事活动
 * 120场 or 120场次, per student or per person (元/生·年, 元/人·年). Each maps to the family's first word. Not
 * 人 and 人次, 户 and 户次 (people against visits), nor 台 and 套 (a set may hold several machines).
 */
const MEASURE_FAMILY: Record<string, string> = {
  处: "个",
  座: "个",
  所: "个",
  支: "个",
  队: "个",
  家: "个",
  辆: "台",
  部: "台",
  场次: "场",
  次: "场",
  生: "人",
  学生: "人",
};

/** A unit with each measure word replaced by its family's (元/生·年 → 元/人·年). */
export function familyOf(unit: string): string {
  return unit
    .split("/")
    .map((part) => {
      const [word, ...rest] = part.split("·");
      return [MEASURE_FAMILY[word] ?? word, ...rest].join("·");
    })
    .join("/");
}

/**
 * Two compared units that differ only in measure words of one family, with the year written or not
 * (处 and 个, 元/生·年 and 元/人·年, 元/生 and 元/人·年): the same count, compared and noted, not set aside.
 */
export function sameMeasure(a: string, b: string): boolean {
  if (a === b) return false;
  const fa = familyOf(a);
  const fb = familyOf(b);
  return fa !== a || fb !== b ? fa === fb || samePerYear(fa, fb) : false;
}

/**
 * One unit spelled two ways (千米 among 公里, 元/千米·年 among 元/公里·年, 克/千克 among g/kg): compared as one,
 * and the other spelling named beside the unit, as another measure word is.
 */
export function otherSpelling(written: string, shown: string): boolean {
  if (written === "") return false;
  const w = plainUnit(written);
  const s = plainUnit(shown);
  return w !== s && unitKey(written) === unitKey(shown) && /公里|千米|[a-z]/i.test(w + s);
}

/** A unit as compared before synonyms: full-width folded (ｋｍ, ％), spaces removed, lower case. */
function plainUnit(unit: string): string {
  // 元/（人·年）, 元/(人·年): the bracket round what the figure is per holds nothing of its own (元/人·年).
  return unit
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .toLowerCase()
    .replace(/\/\(([^()/]+)\)$/, "/$1");
}

const MAGNITUDE: [string, number][] = [
  ["千万", 1e7],
  ["百万", 1e6],
  ["亿", 1e8],
  ["万", 1e4],
];

/** Units a magnitude word may precede without forming another unit (千米 is a unit, not 千 × 米). */
const SCALABLE =
  /^(?:元|人|人次|家|家次|户|户次|项|个|件|份|次|册|台|套|吨|株|棵|亩|平方米|立方米|册次|条|宗|份次)$/;

/**
 * Units written in Latin letters, as their Chinese names, in each part of a unit (g/kg is 克/千克, kg/亩 is
 * 千克/亩, 元/m2 is 元/平方米): one unit written two ways, never a different unit.
 */
const LATIN: Record<string, string> = {
  mg: "毫克",
  g: "克",
  kg: "千克",
  t: "吨",
  mm: "毫米",
  cm: "厘米",
  m: "米",
  km: "千米",
  m2: "平方米",
  km2: "平方千米",
  m3: "立方米",
  ha: "公顷",
  ml: "毫升",
  l: "升",
};

/** Compared form of a unit. */
export function unitKey(unit: string): string {
  // 元/人/月, 元/生/学期: the period after a second slash is the period of the rate (元/人·月).
  const u = plainUnit(unit).replace(/^([^/]+\/[^/·]+)\/(年|月|学期|学年|季度|半年|天|日|周)$/, "$1·$2");
  const whole = SYNONYMS[u] ?? SYNONYMS[unit.trim()];
  if (whole !== undefined) return whole;
  if (!/[a-z]/.test(u)) return u;
  return u
    .split(/([/·])/)
    .map((part) => LATIN[part] ?? part)
    .join("");
}

/**
 * The compared unit of an indicator, its name read too: 元/月 on a name that says 人均 (基础养老金月人均标准)
 * is 元/人·月, as the districts that write the person write it.
 */
export function unitKeyOf(unit: string, name: string, target = ""): string {
  const u = unitKey(unit);
  const m = /^(元|万元)\/(月|年|天|日)$/.exec(u);
  if (m && name.includes("人均")) return `${m[1]}/人·${m[2]}`;
  // 每生每学期500元, 每人每月90元 (in the target or the name): money per head and period in words, as
  // 元/生·学期 and 元/人·月 are written.
  const w = /^(?:元|万元)$/.test(u) ? PER_HEAD_WORDS.exec(`${target} ${name}`) : null;
  return w ? `${u}/${HEAD[w[1]] ?? w[1]}·${w[2]}` : u;
}

const PER_HEAD_WORDS = /每(学生|生|人|名|户)每?(学年|学期|半年|季度|年|月|天|日|周)/;
const HEAD: Record<string, string> = { 学生: "生", 名: "人" };

/** Applies a magnitude word left in the unit: (5, "万元") → (50000, "元"). */
export function applyMagnitude(value: number | null, unit: string): { value: number | null; unit: string } {
  const u = unit.trim();
  for (const [word, factor] of MAGNITUDE) {
    if (u.startsWith(word) && SCALABLE.test(u.slice(word.length))) {
      return { value: value === null ? null : value * factor, unit: u.slice(word.length) };
    }
  }
  if (u.startsWith("千") && u.slice(1) === "元")
    return { value: value === null ? null : value * 1000, unit: "元" };
  return { value, unit: u };
}

const COUNT_UNITS =
  /^(?:家|家次|户|户次|项|个|件|份|次|人|人次|名|场|场次|宗|处|台|套|条|篇|期|批|支|座|栋|间|辆|艘|株|棵|块|张|本|册|部|单|所|座次|批次|起|例|班|课时|节|队|份次|册次|个次|台次|车次|架次|场所)$/;

/** True when the unit counts things (家次, 项, 份 …), so that one count per another makes sense. */
export function isCountUnit(unit: string): boolean {
  return COUNT_UNITS.test(unitKey(unit));
}

/**
 * A rate against a count of the same thing (健康管理率 % where the others count 健康管理人数 人, 签约人数 人 where
 * the others set 签约率 %): "rate" where `unit` is the rate and `other` the count, "count" the other way round,
 * null for any other pair. Offered for a check as a name variant is, but said as another kind of figure: the two
 * never compare, and a reviewer asks for the figure the others set rather than reading them as one indicator.
 */
export function rateOrCount(unit: string, other: string): "rate" | "count" | null {
  const rate = (u: string) => /^[%‰]$/.test(unitKey(u));
  if (rate(unit) && isCountUnit(other)) return "rate";
  if (isCountUnit(unit) && rate(other)) return "count";
  return null;
}

const OTHER_UNITS =
  /^(?:%|‰|元|万元|亿元|天|日|小时|分钟|秒|工作日|月|年|周|个月|千米|米|平方米|平方千米|立方米|吨|千克|公斤|亩|公顷|岁|分|度|倍|kb\/s|mb|gb|m)$/;

/** True when a short text is a unit by itself (in brackets after a name: 巡查企业（家次）). */
export function isUnitText(text: string): boolean {
  const u = unitKey(text.replace(/^单位[:：]?/, ""));
  if (!u) return false;
  if (COUNT_UNITS.test(u) || OTHER_UNITS.test(u)) return true;
  const parts = u.split("/");
  const one = (x: string) => x === "" || COUNT_UNITS.test(x) || OTHER_UNITS.test(x);
  // 元/人·月, 元/人·年: a rate per one thing and a period (round 181), as 元/人 is per one thing.
  const per = (x: string) => one(x) || x.split(/[·・]/).every((y) => y !== "" && one(y));
  return parts.length === 2 && one(parts[0]) && per(parts[1]);
}

const WRITTEN_SCALES: [number, string][] = [
  [1e8, "亿"],
  [1e7, "千万"],
  [1e6, "百万"],
  [1e4, "万"],
  [1e3, "千"],
];

/**
 * The magnitude word the officer wrote, told from the value (万, 亿 applied) against the numbers of the
 * target as written: 30万亩 read as 300000 亩 is 1e4; "≥8000" under a 万元 column read as 80000000 元 too.
 * 1 when the number stands as written.
 */
export function writtenScale(value: number | null, target: string): number {
  if (value === null || value === 0) return 1;
  for (const m of target.normalize("NFKC").matchAll(/\d+(?:\.\d+)?/g)) {
    const n = Number(m[0]);
    if (!(n > 0)) continue;
    for (const [scale] of WRITTEN_SCALES) if (Math.abs(value / (n * scale) - 1) < 1e-9) return scale;
  }
  return 1;
}

/** 万 for 1e4, 亿 for 1e8 …; "" for 1. */
export function scaleWord(scale: number): string {
  return WRITTEN_SCALES.find(([s]) => s === scale)?.[1] ?? "";
}

/**
 * Units of one measure that convert by a fixed factor (mass, length, area, rate), each as its size in the
 * measure's base: 吨 and 公斤, 千米 and 米, 亩 and 公顷 and 平方米, % and ‰. A district writing 300万公斤 where the
 * others write 吨 gives the same figure in other words.
 */
const CONVERTIBLE: Record<string, [measure: string, size: number]> = {
  吨: ["mass", 1000],
  千克: ["mass", 1],
  公斤: ["mass", 1],
  斤: ["mass", 0.5],
  克: ["mass", 0.001],
  毫克: ["mass", 1e-6],
  千米: ["length", 1000],
  米: ["length", 1],
  厘米: ["length", 0.01],
  毫米: ["length", 0.001],
  平方千米: ["area", 1e6],
  公顷: ["area", 1e4],
  亩: ["area", 1e4 / 15],
  平方米: ["area", 1],
  // A rate in hundredths or thousandths: 0.09% is 0.9‰ (森林火灾受害率 is written either way).
  "%": ["rate", 0.01],
  "‰": ["rate", 0.001],
};

/**
 * The factor that turns a value in `from` into `to` (公斤 → 吨: 0.001), or null when they do not convert. For a
 * school's funds (`school`), a term converts to a year (periods.ts).
 */
export function conversionFactor(from: string, to: string, school = false): number | null {
  if (from.includes("/") || to.includes("/")) return perFactor(from, to, school);
  const a = CONVERTIBLE[from];
  const b = CONVERTIBLE[to];
  if (!a || !b || from === to || a[0] !== b[0]) return null;
  return a[1] / b[1];
}

/**
 * A rate per one same thing whose numerators convert (0.43吨/亩 among 公斤/亩 is 430 公斤/亩): the numerators'
 * factor; one `/` each side. A rate per period among rates per another period of the same thing, where the
 * periods convert for certain (8640元/人·年 among 元/人·月 is 720 元/人·月; 600元/生·学期 among 元/生·年 is
 * 1200 元/生·年 for a school: periods.ts), the numerators alike or converting.
 */
function perFactor(from: string, to: string, school: boolean): number | null {
  const a = from.split("/");
  const b = to.split("/");
  if (a.length !== 2 || b.length !== 2 || from === to) return null;
  // (Per another thing, 元/公斤 against 元/吨, is another price: not converted.)
  // 元/人·季度 among 元/生·年: per student or per person, one thing (MEASURE_FAMILY).
  const period = a[1] === b[1] ? 1 : periodFactor(familyOf(a[1]), familyOf(b[1]), school);
  if (period === null) return null;
  // (元/生·学年 among 元/生·年 converts at 1: the periods differ, and the row says so.)
  if (a[0] === b[0]) return a[1] === b[1] ? null : period;
  if (!CONVERTIBLE[a[0]]) return null;
  const factor = conversionFactor(a[0], b[0]);
  return factor === null ? null : factor * period;
}

/** A unit's magnitude word applied, in a rate's numerator too (万元/户 → 1e4 元/户). */
function magnitudeOf(unit: string): { value: number; unit: string } {
  const [num, ...per] = unit.split("/");
  const a = applyMagnitude(1, num);
  return { value: a.value as number, unit: [a.unit, ...per].join("/") };
}

/** How many of `to` one `from` makes (人 in 万人: 0.0001, 米 in 公里: 0.001), or null when they do not convert. */
function sizeIn(from: string, to: string): number | null {
  const a = magnitudeOf(from);
  const b = magnitudeOf(to);
  const [ka, kb] = [unitKey(a.unit), unitKey(b.unit)];
  const factor = ka === kb ? 1 : conversionFactor(ka, kb);
  return factor === null ? null : (factor * a.value) / b.value;
}

/**
 * A power-of-ten slip that is a unit typed wrong: the figure right in another unit of its measure, by exactly
 * that factor. 12人 in a 万人 column (10⁴ too few): 万人 meant, 人 written; 900米 among 公里: 公里 meant;
 * 3000000万元 among 345万元 (10⁴ too many): 元 meant. `written` is the district's unit as written, `shown`
 * the column's, `k` the slip's power (1: ten times too large). Null where no unit explains it.
 */
export function unitSlip(
  written: string,
  shown: string,
  k: number,
): { meant: string; written: string } | null {
  if (!written || k === 0) return null;
  const base = magnitudeOf(written).unit;
  const candidates = [shown, base, `万${base}`, `亿${base}`];
  for (const meant of candidates) {
    if (meant === written) continue;
    const size = sizeIn(meant, written);
    // Read in the unit meant, the figure moves by 10^-k: back among the others.
    if (size !== null && Math.abs(Math.log10(size) + k) < 1e-9) return { meant, written };
  }
  return null;
}

/**
 * An amount gathered over a period (生活垃圾分类处理量 1500吨/日, 污水日处理量 立方米/日, 助餐服务 人次/年): a
 * district's own throughput, which adds up across districts as the amount does (深圳's 吨/日, round 213): a figure
 * of size for the OUTLIER's 规模差异, and a row a 合计 is checked on. Not a frequency (保洁 2次/日, 次/年: how
 * often), a time per period (小时/日), money per period (基本生活费 元/月, mostly a standard per head with the head
 * left unwritten), nor a figure per head, per unit or per area beside its period (升/人·日, 元/人·年, 元/吨), nor a
 * speed or a flow (公里/小时, 立方米/秒).
 */
export function amountPerPeriod(unit: string): boolean {
  const m = /^([^/·]+)\/(?:日|天|月|年)$/.exec(unit);
  if (!m) return false;
  return !/^(?:[%‰]|[万亿千]?元|次|遍|趟|回|天|日|工作日|个工作日|周|个月|月|年|小时|分钟)$/.test(m[1]);
}
