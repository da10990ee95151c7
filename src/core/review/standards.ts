/**
 * A standard paid per head or per unit (资助标准 1000元/生·年, 营养膳食补助标准 5元/生·天) and the project's count of
 * those heads or units (资助幼儿人数 ≥3200人, 受益学生人数 ≥8500人): their product is what the project pays out, to be
 * held against its funds (COST-OVER-BUDGET) and, the funds divided by the standard, the count the project's money
 * pays for (INDICATOR-COPY's owner; round 176). Paired strictly — the same measure word, one count of it, the days
 * or months counted where the standard is per day or month — for a false alarm costs more than a miss.
 */
import type { IndicatorRecord } from "../record";
import { isCostIndicator, level1Of, level2Of } from "./indicator";
import { charPairs, normalize } from "./lexicon";

/** Measure words of people that count the same heads (名 and 生 are 人); others compare as written. */
export function headKey(unit: string): string {
  const u = normalize(unit).replace(/^[万亿]/, "");
  return /^(?:人|名|生|学生|幼儿|位)$/.test(u) ? "人" : u;
}

/** A standard's name: money a policy sets per head or unit (补助标准, 资助定额, 奖补标准), not a cost cap. */
const STANDARD_NAME = /标准|定额/;

/**
 * A standard several levels of government pay together (城乡居民医保 人均财政补助标准 670元, 市级补助标准 10元/人,
 * 计划生育奖励扶助标准 960元/人·年): the
 * project's funds are one level's share of it, never the whole.
 */
const SHARED_STANDARD =
  /财政|中央|省级|市级|县级|区级|州级|配套|参保|医保|医疗保险|奖励扶助|特别扶助|基本公共卫生|基本公卫|公卫/;

/**
 * A goal or line saying the project's money is one level's share, or only part of the year's (round 182 FA1, FA2):
 * 资助资金由中央、省、市、县按比例分担，本项目为县级承担部分（25%），中央和省市资金另行下达; 人均财政补助标准94元
 * (a standard every level pays); 自7月起, 秋季学期; 总投资6000万元，其中本级资金3000万元, 其余由县财政配套解决, 群众自筹
 * (round 192). The standard × count is then the whole policy's, not these funds'.
 */
const SHARE_WORDS =
  /其[余他][^，。；,;]{0,6}由|财政配套|[县市区省州]级?配套|自筹|其中[^，。；,;]{0,8}(?:资金|补助|投入|投资)|分担|[县市区省州本]级承担|承担部分|本级配套|配套资金|另行下达|另行拨付|按比例|财政补助标准|(?:中央|省级|省|上级)[^，。；,;]{0,6}(?:资金|补助)[^，。；,;]{0,4}(?:另行|单独|直接|下达)|(?:承担|负担|分担)[^，。；,;]{0,8}\d+(?:\.\d+)?[%％]|\d+(?:\.\d+)?[%％][^，。；,;]{0,4}(?:承担|负担|分担)|下半年|(?:[2-9]|1[0-2])月(?:1日)?起|秋季学期|春季学期|一个学期/;

/** Whether the goal (or a line) says the funds are a share of what the standard pays out, or part of the year's. */
export function fundsAreShare(texts: readonly string[]): boolean {
  return texts.some((t) => SHARE_WORDS.test(normalize(t)));
}

/** A poverty line the payment makes up to (低保标准, 最低生活保障标准): the payout is the gap, not the standard. */
const GAP_STANDARD = /低保|最低生活保障|最低工资/;

/**
 * Words that make a standard one part's (县道养护补助标准 of 农村公路, 分散供养标准 of 特困人员, 生均公用经费标准（初中）):
 * it pays only where the count's name says the same part.
 */
const PART_WORDS =
  /县道|乡道|村道|国道|省道|分散|集中|城市|农村|城镇|城区|初中|小学|高中|幼儿园|学前|一类|二类|三类|一级|二级|三级|重度|中度|轻度|[A-D]级|[A-D]类/g;

/** Whether a standard's part (its PART_WORDS, a bracket's words) is the count's own. */
function sameParts(standard: string, count: string): boolean {
  const s = normalize(standard);
  const c = normalize(count);
  if (/[(（][^)）]+[)）]/.test(s)) {
    const inner = /[(（]([^)）]+)[)）]/.exec(s)?.[1] ?? "";
    if (!c.includes(inner)) return false;
  }
  return (s.match(PART_WORDS) ?? []).every((w) => c.includes(w));
}

/** A standard per head or unit and what it is per: its head's measure word and its period (年, 天, 月, or none). */
interface Standard {
  r: IndicatorRecord;
  head: string;
  period: "" | "年" | "天" | "月";
}

/**
 * 营养膳食补助标准 5元/生·天 → {head 人, period 天}: a standard written as a figure (bare, =, ≥; never a cap ≤ nor a
 * range), in 元 per a measure word and at most a period, under no satisfaction.
 */
function standardOf(r: IndicatorRecord): Standard | null {
  if (r.kind !== "quantitative" || r.value === null || r.value <= 0) return null;
  if (r.comparator !== "=" && r.comparator !== ">=") return null;
  if (!STANDARD_NAME.test(normalize(r.name)) || level1Of(r) === "满意度指标") return null;
  if (SHARED_STANDARD.test(normalize(r.name))) return null;
  // 农村牧区低保标准 7560元/人·年: a line under which a family's income is made up (补差), never paid whole per head.
  if (GAP_STANDARD.test(normalize(r.name))) return null;
  const m = /^元\/([\u4e00-\u9fff]{1,2}?)(?:[·.]?([年天日月]))?$/.exec(
    normalize(r.unit).replace(/[()（）]/g, ""),
  );
  if (!m || /^[年天日月]$/.test(m[1])) return null;
  const period = m[2] === "日" ? "天" : ((m[2] ?? "") as Standard["period"]);
  return { r, head: headKey(m[1]), period };
}

/** A count under 数量指标 as a floor or a figure (≥8500人, 200天), of the measure word `key` (headKey). */
function countsOf(indicators: readonly IndicatorRecord[], key: string): IndicatorRecord[] {
  return indicators.filter(
    (c) =>
      level2Of(c) === "数量指标" &&
      c.kind === "quantitative" &&
      c.value !== null &&
      c.value > 0 &&
      (c.comparator === ">=" || c.comparator === "=" || c.comparator === ">") &&
      headKey(c.unit) === key,
  );
}

/** Words every standard's or count's name may carry, which tell nothing of what it is paid for. */
const GENERIC =
  /补助|补贴|奖励|奖补|资助|标准|定额|人均|户均|亩均|生均|每[人户亩头个]|资金|经费|面积|人数|户数|数量|规模|其中|[:：、，,（）()·.\s]/g;

/**
 * The count a standard is paid for: the one count of its measure word, or among several (禁牧面积, 草畜平衡面积 in 亩),
 * the one whose name shares its own words (禁牧补助标准 ↔ 禁牧面积; round 182 M2) or its part (C级危房户均补助标准 ↔
 * 其中：C级危房加固户数). None where that does not tell one.
 */
function countFor(standard: IndicatorRecord, counts: readonly IndicatorRecord[]): IndicatorRecord | null {
  if (counts.length <= 1) return counts[0] ?? null;
  const parted = counts.filter((c) => sameParts(standard.name, c.name));
  const names = parted.map((c) => normalize(c.name).replace(GENERIC, ""));
  const own = normalize(standard.name).replace(GENERIC, "");
  // The standard's pairs of characters that not every count shares (危房 of 危房改造户数 and of its parts tells none).
  const pairs = [...charPairs(own)].filter((p) => !names.every((n) => n.includes(p)));
  const keyed = parted.filter((_, i) => pairs.some((p) => names[i].includes(p)));
  if (keyed.length === 1) return keyed[0];
  // 县道养护补助标准 among 农村公路, 县道 and 乡道 counts: the one count of its part.
  return parted.length === 1 && parted.length < counts.length ? parted[0] : null;
}

/** A standard times the project's one count of its heads (times its one count of days or months): what it pays. */
export interface Payout {
  standard: IndicatorRecord;
  count: IndicatorRecord;
  /** The count of days or months the standard is per, where it is per day or month. */
  days?: IndicatorRecord;
  /** The days or months the goal states (全年按200天计) where no indicator counts them (round 185 miss 3). */
  goalDays?: { value: number; text: string };
  total: number;
}

/**
 * The one span of days or months a goal states the year by (每生每天5元，全年按200天计; 按10个月计; 每年供餐200天): a figure
 * after 按, 全年, 每年 or 年 and before 天, 日 or 个月 — null where none, or several differ.
 */
function goalSpan(goal: string, period: "天" | "月"): { value: number; text: string } | null {
  const unit = period === "天" ? "(?:天|日)(?!前|内|以内)" : "个月";
  const re = new RegExp(
    `(?:按|全年|每年|年均|一年|学年)(?:共|约|供餐|在校|教学|发放|补助)?(\\d+(?:\\.\\d+)?)${unit}(?:计|计算)?`,
    "g",
  );
  const found = [...normalize(goal).matchAll(re)];
  const values = new Set(found.map((m) => Number(m[1])));
  // 保障队伍200人全年备勤 with a standard per head per month: the year's twelve months, where the goal counts no
  // months of its own (round 230).
  if (values.size === 0 && period === "月" && YEAR_ROUND.test(goal) && !/\d+个?月/.test(goal)) {
    const m = YEAR_ROUND.exec(goal) as RegExpExecArray;
    return { value: 12, text: m[0] };
  }
  if (values.size !== 1) return null;
  const value = [...values][0];
  if (!(value > 0) || value > (period === "天" ? 366 : 12)) return null;
  return { value, text: found[0][0] };
}

/** 全年备勤, 全年运行, 常年驻守: the work goes on the whole year. */
const YEAR_ROUND = /(?:全年|常年)(?:备勤|值守|驻守|驻勤|在岗|运行|开展|巡护|巡查|服务|保障|聘用)/;

/** Each standard the project states times its one count of heads (and of days or months): none where unpaired. */
export function payouts(indicators: readonly IndicatorRecord[], goal = ""): Payout[] {
  const out: Payout[] = [];
  for (const r of indicators) {
    const s = standardOf(r);
    if (!s) continue;
    const count = countFor(r, countsOf(indicators, s.head));
    // 城乡居民参保人数: a count of those insured is paid for by every level together.
    if (!count || SHARED_STANDARD.test(normalize(count.name)) || !sameParts(r.name, count.name)) continue;
    let total = (r.value as number) * (count.value as number);
    let days: IndicatorRecord | undefined;
    if (s.period === "天" || s.period === "月") {
      const spans = [
        ...countsOf(indicators, s.period),
        ...(s.period === "天" ? countsOf(indicators, "日") : []),
      ];
      // No indicator counts the days: the goal's (全年按200天计; round 185 miss 3).
      const fromGoal = spans.length === 0 ? goalSpan(goal, s.period) : null;
      if (fromGoal) {
        out.push({ standard: r, count, goalDays: fromGoal, total: total * fromGoal.value });
        continue;
      }
      if (spans.length !== 1) continue;
      days = spans[0];
      total *= days.value as number;
    }
    out.push({ standard: r, count, days, total });
  }
  return out;
}

/**
 * A unit cost capped (垃圾清运单价 ≤120元/吨, 户均改厕补助 ≤1000元/户, 单座厕所建设成本 ≤20万元/座) times the project's
 * one count of that unit (垃圾清运量 ≥5万吨): what the work costs at the cap, which the funds must meet (round 192
 * miss 3). Paired as strictly as a standard — the same measure word, one count of it, no period but the year — and
 * never a standard several levels pay (SHARED_STANDARD).
 */
export function capPayouts(indicators: readonly IndicatorRecord[], goal = ""): Payout[] {
  const out: Payout[] = [];
  for (const r of indicators) {
    if (r.kind !== "quantitative" || r.value === null || r.value <= 0) continue;
    if ((r.comparator !== "<=" && r.comparator !== "<") || !isCostIndicator(r)) continue;
    if (level1Of(r) === "满意度指标" || SHARED_STANDARD.test(normalize(r.name))) continue;
    const m = /^元\/([\u4e00-\u9fff]{1,3}?)(?:[·.]?([年月]))?$/.exec(
      normalize(r.unit).replace(/[()（）]/g, ""),
    );
    // 单位面积维修改造成本 ≤800元/平方米 (round 237): a measure word of three characters (平方米, 立方米) is per as well.
    const head = m ? m[1] : perOfName(r);
    if (!head || /^[年天日月]$/.test(head)) continue;
    const count = countFor(r, headCounts(indicators, headKey(head)));
    if (!count || SHARED_STANDARD.test(normalize(count.name)) || !sameParts(r.name, count.name)) continue;
    const total = r.value * (count.value as number);
    // 队员备勤补助标准 ≤5000元/人·月 beside 全年备勤 in the goal: the cap by the month, times the goal's twelve months
    // (round 230); a month's cap with no months counted anywhere is left unread, as a standard's is.
    if (m?.[2] === "月") {
      const months = countsOf(indicators, "月").length === 0 ? goalSpan(goal, "月") : null;
      if (months) out.push({ standard: r, count, goalDays: months, total: total * months.value });
      continue;
    }
    out.push({ standard: r, count, total });
  }
  return out;
}

/**
 * 人均培训成本 ≤2000元, 亩均补助 ≤800元, 每公里养护成本 ≤2万元 (round 199 miss): the sum written bare, what it is per
 * said by the name's 人均/户均/亩均/生均 or 每X — the same cap as ≤2000元/人.
 */
const PER_IN_NAME =
  /^(?:[^每]*?)([人户亩生])均|^每(人|户|亩|公里|平方米|吨|座|个|处|所|场|次|台|套|辆)(?![\u4e00-\u9fff]*[每均])/;

/** What a cost written in bare 元 is per, by its name (人均 → 人, 每公里 → 公里); null where the name does not say. */
function perOfName(r: IndicatorRecord): string | null {
  if (normalize(r.unit) !== "元") return null;
  const m = PER_IN_NAME.exec(normalize(r.name));
  return m ? (m[1] ?? m[2]) : null;
}

/**
 * The counts a cost per head is held against: of people (人), else — none counted so — of person-times (人次), for a
 * training's 人均 cost is per trainee and trainees are counted in 人次 (培训农民工 ≥1500人次; round 199 miss).
 */
function headCounts(indicators: readonly IndicatorRecord[], key: string): IndicatorRecord[] {
  const counts = countsOf(indicators, key);
  return key === "人" && counts.length === 0 ? countsOf(indicators, "人次") : counts;
}

/** The count a project's funds pay for at a standard per head or unit by the year (320万元 ÷ 1000元/生·年 = 3200). */
export function headsFunded(
  indicators: readonly IndicatorRecord[],
  budget: readonly number[],
  key: string,
): number[] {
  const out: number[] = [];
  for (const r of indicators) {
    const s = standardOf(r);
    if (!s || s.head !== key || (s.period !== "" && s.period !== "年")) continue;
    for (const sum of budget) if (sum > 0) out.push(sum / (r.value as number));
  }
  return out;
}
