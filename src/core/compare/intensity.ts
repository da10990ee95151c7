/**
 * Intensity ratios between count indicators of the same district (隐患数 per 企业数, 学生数 per 学校数):
 * a district that plans many enterprise visits but few hazards stands out here even when each number alone
 * looks ordinary. By default only work per the places or bodies served (see defaultRatios); any other pair
 * the officer chooses.
 */
import { outlierFlags } from "./flags";
import { nameKey } from "./names";
import { ratioTo, valueStats } from "./stats";
import type { AlignedIndicator, CompareSettings, IntensityRatio, RatioChoice } from "./types";
import { isCountUnit, unitKey } from "./units";
import { shownUnit, shownValue, withUnit } from "./sentences";
import type { Localized } from "../i18n";

function numberIn(ind: AlignedIndicator, d: string): number | null {
  const c = ind.cells[d];
  return c && c.value !== null && c.unitKey === ind.unit ? c.value : null;
}

function presence(ind: AlignedIndicator, districts: string[]): number {
  return districts.filter((d) => numberIn(ind, d) !== null).length / districts.length;
}

export function buildRatio(
  num: AlignedIndicator,
  den: AlignedIndicator,
  districts: string[],
  settings: CompareSettings,
  chosen: boolean,
  noun = "区",
): IntensityRatio {
  const values: Record<string, number | null> = {};
  for (const d of districts) {
    const a = numberIn(num, d);
    const b = numberIn(den, d);
    values[d] = a !== null && b !== null && b > 0 ? a / b : null;
  }
  const stats = valueStats(Object.values(values).filter((v): v is number => v !== null));
  const ratios: Record<string, number | null> = {};
  for (const d of districts) ratios[d] = stats ? ratioTo(values[d], stats.median) : null;
  const unit = num.unitLabel && den.unitLabel ? `${num.unitLabel}/${den.unitLabel}` : "";
  const name = `${num.name}÷${den.name}`;
  return {
    numerator: num.name,
    denominator: den.name,
    numeratorKey: num.key,
    denominatorKey: den.key,
    unit,
    chosen,
    values,
    stats,
    ratios,
    flags: outlierFlags(values, stats, settings, name, unit, districts, noun, {
      derived: true,
      because: (d) => becauseOf(d, [num, den]),
    }),
  };
}

/**
 * Why a district's ratio stands out, where one of its two targets is itself flagged far from the others
 * (维修养护农村供水工程数量 500 处): the slip is that target's, said there, not the ratio's.
 */
function becauseOf(district: string, parts: AlignedIndicator[]): Localized | null {
  for (const ind of parts) {
    const f = ind.flags.find((x) => x.code === "OUTLIER" && x.district === district);
    const c = ind.cells[district];
    if (!f || !c || c.value === null) continue;
    const v = withUnit(shownValue(ind, c.value), shownUnit(ind));
    const high = f.direction === "high";
    return {
      zh: `，因其“${ind.name}”${v}${high ? "偏高" : "偏低"}（已另行说明）`,
      en: `, because its "${ind.name}" ${v} is ${high ? "high" : "low"} (noted above)`,
    };
  }
  return null;
}

/**
 * Units that count the places or bodies a program serves (enterprises, households, schools, villages):
 * a count per one of them means something (隐患数 per 企业, 学生 per 学校). 家次/户次 are visits to them.
 * Not 座: bridges, reservoirs, toilets and pump stations are built or maintained, not served (受益人口 per
 * 危桥改造座数 means nothing to an officer).
 */
const SERVED_UNITS = /^(?:家|家次|户|户次|所|校|村|个村)$/;
/** Under a generic unit (个, 处), the name says whether places or bodies served are counted. */
const SERVED_NAME =
  /学校|企业|单位|商户|农户|家庭|村|社区|小区|医院|卫生院|卫生室|养老院|幼儿园|机构|场所|乡镇|街道|园区/;

/**
 * Households moved or resettled (搬迁避让户数, 易地扶贫搬迁户, 安置户): work done for some of the people served,
 * not the bodies served (受威胁群众 ÷ 搬迁避让户数 means nothing).
 */
const MOVED_NAME = /搬迁|避让|安置|移民/;

function isServedCount(ind: AlignedIndicator): boolean {
  const u = unitKey(ind.unit);
  if (MOVED_NAME.test(ind.name)) return false;
  return SERVED_UNITS.test(u) || (/^(?:个|处)$/.test(u) && SERVED_NAME.test(ind.name));
}

/** Units counting people (人, 人次 …; 万人 once its magnitude is applied). */
const PEOPLE_UNITS = /^(?:人|人次|名)$/;
/** Units counting households (户, compared as 家, which counts enterprises and institutions too). */
const HOUSEHOLD_UNITS = /^(?:户|家)$/;
/** A name that says households are counted (搬迁避让户数, 农户数, 受益家庭), not 机构 or 企业 under 家. */
const HOUSEHOLD_NAME = /户|家庭/;
/** What is counted, the count's own words off: 受益人口 → 受益, 受益户数 → 受益. */
const subjectOf = (name: string) => name.replace(/(?:人口|人数|人次|人|户数|户|家数|数量|个数|总数|数)$/, "");

/**
 * People per household where the two count different things (受威胁群众 ÷ 搬迁避让户数, 培训人次 ÷ 贫困户数):
 * no default ratio. People per household of one subject (受益人口 ÷ 受益户数) is one: their names share
 * two characters in a row once the count's words are off.
 */
function peopleOverOtherHouseholds(num: AlignedIndicator, den: AlignedIndicator): boolean {
  if (!PEOPLE_UNITS.test(unitKey(num.unit))) return false;
  if (!HOUSEHOLD_UNITS.test(unitKey(den.unit)) || !HOUSEHOLD_NAME.test(den.name)) return false;
  const a = subjectOf(num.name);
  const b = subjectOf(den.name);
  for (let i = 0; i + 2 <= a.length; i++) if (b.includes(a.slice(i, i + 2))) return false;
  return true;
}

/** A default ratio whose median is below this prints 0.0x for every district: it is turned round. */
const FLIP_BELOW = 0.1;

/** A ceiling (事故 ≤ 0, 投诉 < 5) is something to avoid, not an amount of work: no part of a ratio. */
function isCeiling(ind: AlignedIndicator): boolean {
  return ind.comparator === "<=" || ind.comparator === "<";
}

/**
 * The default intensity ratios, when the officer chose none: one count of work per the places or bodies
 * the program serves, within each district (巡查查处隐患数 ÷ 巡查企业数, 保障学生人数 ÷ 保障学校数量).
 *
 * - Both are count indicators (家次, 项, 人 …) with a number in at least `ratioPresence` of the districts,
 *   neither a ceiling (≤/<), both with a positive median.
 * - The denominator counts places or bodies served: 家, 户, 所, 村 … (or 个/处 with a name such as 学校,
 *   企业, 社区); never people (人/人: 低保人数 ÷ 特困人数), events (次, 起: 学生数 ÷ 事故次数, 护林员 ÷
 *   宣传次数) or things built or maintained (块: 巡河次数 ÷ 公示牌数量; 座: 受益人口 ÷ 危桥改造座数). Where several
 *   qualify, the smallest.
 * - No zero denominator: a district writing 0 for it rules the pair out, and the ratio must be defined in
 *   at least `ratioPresence` of the districts.
 * Other pairs the officer chooses (--ratio, the task pane).
 */
export function defaultRatios(
  indicators: AlignedIndicator[],
  districts: string[],
  settings: CompareSettings,
  noun = "区",
): IntensityRatio[] {
  const counts = indicators.filter(
    (ind) =>
      ind.quantitative &&
      ind.stats !== null &&
      ind.stats.median > 0 &&
      !isCeiling(ind) &&
      isCountUnit(ind.unit) &&
      presence(ind, districts) + 1e-9 >= settings.ratioPresence,
  );
  const bases = counts.filter((ind) => isServedCount(ind) && districts.every((d) => numberIn(ind, d) !== 0));
  if (bases.length === 0 || counts.length < 2) return [];
  const base = bases.reduce((a, b) => ((b.stats?.median ?? 0) < (a.stats?.median ?? 0) ? b : a));
  return counts
    .filter((c) => c !== base && !peopleOverOtherHouseholds(c, base))
    .map((num) => {
      const r = buildRatio(num, base, districts, settings, false, noun);
      // 项目个数 ÷ 带动户数 reads 0.0067 个/户 everywhere: turned round it is a quantity per unit of the
      // other (150 户/个), the way an officer says it. Only where no district has 0 of the new divisor.
      const small = r.stats !== null && r.stats.median < FLIP_BELOW;
      return small && districts.every((d) => numberIn(num, d) !== 0)
        ? buildRatio(base, num, districts, settings, false, noun)
        : r;
    })
    .filter((r) => {
      const defined = districts.filter((d) => r.values[d] !== null).length;
      return defined / districts.length + 1e-9 >= settings.ratioPresence;
    })
    .slice(0, settings.maxDefaultRatios);
}

/** The aligned indicator an officer means by a name; null when none or more than one fit. */
export function findIndicator(indicators: AlignedIndicator[], name: string): AlignedIndicator | null {
  const key = nameKey(name).key;
  const exact = indicators.filter((i) => i.key === key || i.key.startsWith(`${key}|`));
  if (exact.length === 1) return exact[0];
  const partial = indicators.filter((i) => i.key.includes(key));
  return partial.length === 1 ? partial[0] : null;
}

export function chosenRatios(
  indicators: AlignedIndicator[],
  districts: string[],
  settings: CompareSettings,
  choices: RatioChoice[],
  noun = "区",
): { ratios: IntensityRatio[]; unmatched: RatioChoice[] } {
  const ratios: IntensityRatio[] = [];
  const unmatched: RatioChoice[] = [];
  for (const c of choices) {
    const num = findIndicator(indicators, c.numerator);
    const den = findIndicator(indicators, c.denominator);
    if (!num || !den || num === den) unmatched.push(c);
    else ratios.push(buildRatio(num, den, districts, settings, true, noun));
  }
  return { ratios, unmatched };
}
