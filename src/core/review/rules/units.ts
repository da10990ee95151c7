/** Units (计量单位): a number must say what it counts, and the unit must fit what the name measures. */
import { BASIS } from "../basis";
import { numberText, targetAsWritten } from "../format";
import { writesRatio } from "../indicator";
import { statesChange } from "../../text/comparatorWords";
import {
  isAmountName,
  isAnyCountName,
  isCountName,
  isPercentName,
  isPeopleCountName,
  isRateUnit,
  isTimeName,
  normalize,
} from "../lexicon";
import { exampleTargets, isPercentExampleName } from "../examples";
import type { IndicatorRecord } from "../../record";
import type { Rule } from "../types";
import { fractionOfOne } from "./rates";
import { bareTarget } from "./direction";
import { budgetYearOfView } from "./dates";

/**
 * A name that carries its own base (特种设备万台死亡率, 每万人口全科医生数, 亿元GDP生产安全事故死亡率, 千人口床位数):
 * the figure is so many per that base, and its unit is the name's (round 112 false alarm 4).
 */
const OWN_BASE =
  /(?:(?:十万|百万|千万|万|千)(?:人口|人|台|辆|户|床|车)|亿元(?:GDP|地区生产总值|生产总值)?)[\u4e00-\u9fff]{1,10}(?:率|数|量)$/;
function namesOwnBase(name: string): boolean {
  return OWN_BASE.test(normalize(name).replace(/[（(][^）)]*[）)]$/, ""));
}

export const noUnit: Rule = {
  meta: {
    code: "NO-UNIT",
    severity: "warning",
    scope: "indicator",
    title: { zh: "缺少计量单位", en: "No unit" },
    messages: {
      missing: {
        zh: "指标“{name}”的目标值“{target}”没有计量单位。",
        en: "The target of “{name}”, “{target}”, has no unit.",
      },
    },
    basis: BASIS.accuracy,
    fix: { zh: "{fixZh}", en: "{fixEn}" },
  },
  check(view, ctx) {
    for (const r of view.indicators) {
      if (r.kind !== "quantitative" || r.value === null || r.value === 0 || normalize(r.unit) !== "")
        continue;
      // 0.95 for 95%: RATE-FRACTION already says to write the %; 1:1 is a ratio, unitless. 市民满意度 95
      // with no comparator: NO-COMPARATOR's fix writes the % with it (“≥95%”), one fix for one number.
      if (fractionOfOne(r) || writesRatio(r.target) || bareTarget(r, view)?.percentMissing) continue;
      if (namesOwnBase(r.name)) continue;
      // Only names whose measure needs a unit; an index or a score may be unitless. Under a written 数量指标 a
      // bare number of two or more counts something whatever the name (购置折叠床 ≥1000, round 152 miss 2).
      const n = r.name;
      const measured =
        isCountName(n) || isAmountName(n) || isTimeName(n) || isPercentName(n) || PERCENT_DENSITY.test(n);
      if (measured || countedThing(r, budgetYearOfView(view, ctx.settings.budgetYear))) {
        const unit = goalUnit(r, view.project.goal);
        ctx.report({
          indicator: r,
          data: {
            name: n,
            target: targetAsWritten(r),
            fixZh: unit
              ? `在数值后写明单位，按绩效目标写作“${targetAsWritten(r)}${unit}”。`
              : "在数值后写明单位，如“人”“次”“万元”“天”“%”。",
            fixEn: unit
              ? `Write the unit after the number, as the goal does: “${targetAsWritten(r)}${unit}”.`
              : "Write the unit after the number, e.g. 人, 次, 万元, 天, %.",
          },
        });
      }
    }
  },
};

/** An index, a score, a grade, a code or a year: a number under 数量指标 that may stand with no unit. */
const UNITLESS_NAME =
  /指数|系数|评分|得分|分值|分数|等级|级别|星级|编号|编码|代码|序号|年份|年度|倍数|比值|比例|占比|率$/;

/**
 * A bare number of two or more under a written 数量指标, not an index, a code or a year (购置折叠床 ≥1000). A year
 * is a bare figure (2025) near the budget year, where it is known — never one bounded by ≥ or ≤: 冷库库容 ≥2000 counts
 * tonnes or cubic metres, as ≥1800 and ≥2200 do (round 165 miss 2).
 */
function countedThing(r: IndicatorRecord, year: number | null): boolean {
  if (r.value === null || r.value < 2) return false;
  if (r.level2 !== "数量指标" && !workCounted(r)) return false;
  if (looksLikeYear(r, year)) return false;
  const t = normalize(r.target);
  return (
    !/[%‰:：/]/.test(t) &&
    !/\p{Script=Han}/u.test(t.replace(BOUND_WORDS, "")) &&
    !UNITLESS_NAME.test(normalize(r.name))
  );
}

/** A work done to things, its verb before or after them (发放宣传资料, 媒体宣传投放, 举办培训班). */
const WORK_VERB =
  /发放|投放|印制|印发|购置|采购|配备|配置|举办|开展|组织|培训|新建|改建|扩建|改造|维修|修缮|安装|制作|种植|栽植|播出|刊播|刊登|放映|演出|发行|走访|慰问|检查/;
const WORK_NAME = new RegExp(
  `^(?:${WORK_VERB.source})[\\u4e00-\\u9fff]{2,}$|^[\\u4e00-\\u9fff]{2,}(?:${WORK_VERB.source})$`,
);

/**
 * The packed layout's bare count (发放宣传资料，≥5000; 媒体宣传投放，50): an 二级 inferred as 数量指标 under a written
 * 产出指标, and a name that is a work verb and its object — so many of them done (round 185 miss 2).
 */
function workCounted(r: IndicatorRecord): boolean {
  return (
    r.level2 === null &&
    r.level2Inferred === "数量指标" &&
    r.level1 === "产出指标" &&
    WORK_NAME.test(normalize(r.name))
  );
}

/** A bare whole number that may be a year: 1900–2100, written with no bound, within five years of the budget year. */
function looksLikeYear(r: IndicatorRecord, year: number | null): boolean {
  const v = r.value;
  if (v === null || !Number.isInteger(v) || v < 1900 || v > 2100) return false;
  if (r.comparator !== "=" && r.comparator !== null) return false;
  return year === null || Math.abs(v - year) <= 5;
}

const BOUND_WORDS = /不低于|不少于|不小于|不超过|不高于|达到|至少|大于|高于|超过|等于|及以上|以上|以下|以内/g;

/** The measure word the goal writes after the same number (折叠床1000张 → 张), or "". */
function goalUnit(r: IndicatorRecord, goal: string): string {
  if (r.value === null || !goal) return "";
  const figure = numberText(r.value);
  const m = new RegExp(`(?<![\\d.])${figure.replace(".", "\\.")}(?![\\d.])(${GOAL_UNIT.source})`).exec(
    normalize(goal),
  );
  return m ? m[1] : "";
}

/** A measure word as a goal writes it after a count, two-character ones first (800人次, not 800人). */
const GOAL_UNIT =
  /人次|场次|家次|户次|台次|车次|架次|批次|平方米|立方米|公里|千米|[张床套台个件次人名户场所座处辆块条间册份项家本双顶把只头株棵吨米亩天]/;

/** 免疫密度 (the share of the animals due that were vaccinated): a percentage, though its name says 密度 (round 137). */
const PERCENT_DENSITY = /(?:免疫|防疫|接种|消毒)密度$/;

/** What to change, by what does not fit. */
const MISMATCH_FIX = {
  otherMeasure: {
    fixZh: "满意度写在满意度指标中；本指标的目标值改为名称所衡量的内容。",
    fixEn: "Put satisfaction under 满意度指标, and give this indicator a target for what its name measures.",
  },
  countPercent: {
    fixZh: "目标值写成数量和单位（如“≥300人次”）；若衡量的是比例，把名称改为“…率”“…占比”。",
    fixEn: "State a number and unit (e.g. “≥ 300 person-times”); if a share is meant, name it …率 or …占比.",
  },
  statePercent: {
    fixZh:
      "改用能算比例的指标（如完成率、达标率、覆盖率），写明是什么占什么的比例；确实只能定性的，写出分级分档标准（好/较好/一般/较差）。",
    fixEn:
      "Use an indicator a percentage can be of (a completion or compliance rate), saying what is counted over what; where only words fit, state graded levels (好/较好/一般/较差).",
  },
  aimPercent: {
    fixZh:
      "名称写明衡量的量（如“…率”“…数”“…次数”），再给出百分比或数量；确实只能定性的，写明判断标准（如“全年不发生群体性事件”）。",
    fixEn:
      "Name what is measured (…率, …数, …次数) and give it a percentage or a number; where only words fit, say how it is judged (e.g. no mass incident all year).",
  },
  moneyStandard: {
    fixZh:
      "目标值写成金额标准（如“500元/人·月”“1000元/户”）；若衡量的是人数或户数，把名称改为“…人数”“…户数”。",
    fixEn:
      "State the standard as money (e.g. “500元/人·月”, “1000元/户”); if a count is meant, name it …人数 or …户数.",
  },
  sizeUnit: {
    fixZh: "核对数值和单位，使单位与名称所衡量的量（面积、长度）一致。",
    fixEn: "Check the figure and its unit, so that the unit fits what the name measures (an area, a length).",
  },
  rateUnit: {
    fixZh: "比率写成百分比（如“≥95%”）或“人/万人”这类比率单位；若衡量的是数量，把名称改为“…数”。",
    fixEn:
      "State the rate as a percentage (e.g. “≥ 95%”) or per so many (人/万人); if a count is meant, name it …数.",
  },
};

/** What a count's name counts in (村庄数 → 个, 户数 → 户, 学校 → 所): 人次 only of visits and sessions (round 152). */
const MEASURE_WORDS: readonly [RegExp, string][] = [
  [/人次$/, "人次"],
  [/(?:次|场)数?$|场次$/, "场（次）"],
  [/户数?$/, "户"],
  [/(?:学校|医院|卫生院|幼儿园)(?:数|数量)?$/, "所"],
  [/(?:企业|机构|单位|商户)(?:数|数量|家数)?$/, "家"],
  [/(?:村|村庄|社区|小区|站点|项目|个数)(?:数|数量)?$/, "个"],
  [/(?:公里|里程)$/, "公里"],
];

function measureWordOf(name: string): string {
  return MEASURE_WORDS.find(([re]) => re.test(name))?.[1] ?? "（计量单位）";
}

/**
 * What a count measures, and a target that fits it (养护里程 → 长度, “≥5公里”; 培训教师 → 人数, “≥（数量）人”):
 * 养护里程 ≥100% is no rate that has reached its top (round 84 #156), but a length written as a percentage.
 */
function countFix(name: string): Record<string, string> {
  const n = normalize(name);
  const [measure, measureEn] = /里程$|长度$/.test(n)
    ? ["长度", "a length"]
    : /面积$/.test(n)
      ? ["面积", "an area"]
      : isPeopleCountName(n)
        ? ["人数", "a number of people"]
        : ["数量", "a count or volume"];
  const byName = exampleTargets({ name, target: "" }, "");
  const example = byName.startsWith("≥")
    ? byName
    : measure === "人数"
      ? "≥（数量）人"
      : `≥（数量）${measureWordOf(n)}`;
  return {
    measure,
    measureEn,
    fixZh: `目标值写成${measure}和单位（如“${example}”）；若衡量的是比例，把名称改为“…率”“…占比”。`,
    fixEn: `State ${measureEn} with its unit (e.g. “${example}”); if a share is meant, name it …率 or …占比.`,
  };
}

/**
 * 维护基层社会稳定, 促进村集体经济发展, 保障村社区正常运转: a name that states an aim (a verb of purpose
 * before what it serves) measures nothing a percentage could be of (round 58: such rows with ≥95% passed).
 */
const AIM = /^(?:维护|促进|保障|推动|推进|助力|确保|加快|巩固|服务|支持)[\u4e00-\u9fa5]{2,}$/;
const isAim = (name: string) => AIM.test(normalize(name).replace(/[。.，,；;\s]+$/, ""));

/**
 * 非遗保护传承效果 100%, 非遗传承体系 100%: a name ending in an effect, a system or a state measures nothing a
 * percentage could be of (round 75). 机械化水平 and 城镇化水平 are rates by another name, and so are the defined
 * statistical rates named 水平 (居民健康素养水平, 公民科学素质水平: the share of people who meet a standard), and any
 * name the fields' own examples set as a percentage (round 100). 社会影响 100% and 社会影响力 100% are such a state
 * too (round 165 miss 3).
 */
const STATE = /(?:效果|成效|体系|机制|水平|能力|环境|氛围|意识|作用|影响力?)$/;
const RATE_NAMED_LEVEL = /(?:化|素养|素质)水平$/;
const isStateName = (name: string) => {
  const n = normalize(name).replace(/[。.，,；;\s]+$/, "");
  return STATE.test(n) && !RATE_NAMED_LEVEL.test(n) && !isPercentExampleName(n);
};

/** A rise written before a percentage, with no base named (提升100%, 提高20%; not 较上年, not 个百分点). */
const CHANGE_OF_STATE = /^(?:提升|提高|增强|增长)(?=[≥>＞]?\d[\d.]*%$)/;

/** A target that is a number and its bound alone (≥95%, 100%, 不低于90%), with no words of what it counts. */
function bareNumber(target: string): boolean {
  const rest = normalize(target).replace(
    /不低于|不少于|不小于|不超过|不高于|达到|至少|大于|高于|超过|等于|及以上|以上|以下|以内/g,
    "",
  );
  return !/\p{Script=Han}/u.test(rest);
}

export const unitMismatch: Rule = {
  meta: {
    code: "UNIT-MISMATCH",
    severity: "warning",
    scope: "indicator",
    title: { zh: "单位与指标不符", en: "Unit does not fit the indicator" },
    messages: {
      otherMeasure: {
        zh: "指标“{name}”的目标值写的是满意度（“{target}”），与指标名称所衡量的内容不符。",
        en: "The target of “{name}” measures satisfaction (“{target}”), not what the name says.",
      },
      countPercent: {
        zh: "指标“{name}”衡量的是{measure}，目标值却是百分比（{value}%）。",
        en: "“{name}” measures {measureEn}, yet its target is a percentage ({value}%).",
      },
      aimPercent: {
        zh: "指标“{name}”是一项工作目的，不是可计量的量，目标值“{target}”的百分比无从计算。",
        en: "“{name}” is an aim, not a measurable quantity: its target “{target}” is a percentage of nothing.",
      },
      statePercent: {
        zh: "指标“{name}”说的是一种效果或状态，不是可计量的量，目标值“{target}”是什么的百分之几无从计算。",
        en: "“{name}” names an effect or a state, not a measurable quantity: its target “{target}” is a percentage of nothing.",
      },
      moneyStandard: {
        zh: "指标“{name}”是补助或经费标准，应写每人（户、亩）多少元，目标值单位却是“{unit}”。",
        en: "“{name}” is a grant or funding standard, so much money a head (household, mu), yet its target unit is “{unit}”.",
      },
      sizeUnit: {
        zh: "指标“{name}”衡量的是{measure}，目标值单位却是“{unit}”（{wrongKind}单位）。",
        en: "“{name}” measures {measureEn}, yet its target unit is “{unit}” (a unit of {wrongKindEn}).",
      },
      rateUnit: {
        zh: "指标“{name}”是比率，目标值单位却是“{unit}”。",
        en: "“{name}” is a rate, yet its target unit is “{unit}”.",
      },
    },
    basis: BASIS.accuracy,
    fix: { zh: "{fixZh}", en: "{fixEn}" },
  },
  check(view, ctx) {
    for (const r of view.indicators) {
      if (r.kind !== "quantitative" || !r.name) continue;
      const unit = normalize(r.unit);
      let worked: RegExpExecArray | null; // PLACES_WORKED's match of the name, read once where it is asked
      const base = { name: r.name, target: r.target.trim(), value: numberText(r.value), unit: r.unit };
      const report = (messageId: keyof typeof MISMATCH_FIX, data: Record<string, string> = {}) =>
        ctx.report({ indicator: r, messageId, data: { ...base, ...MISMATCH_FIX[messageId], ...data } });
      if (normalize(r.target).includes("满意") && !normalize(r.name).includes("满意")) report("otherMeasure");
      // 基层医疗服务能力提升100%: a state has no base, so a change in it by a percentage is of nothing too
      // (round 133 miss 5); 培训人数增长10% is a count's change, and stays.
      else if (
        unit === "%" &&
        isStateName(r.name) &&
        !isPercentName(r.name) &&
        CHANGE_OF_STATE.test(normalize(r.target)) &&
        bareNumber(normalize(r.target).replace(CHANGE_OF_STATE, ""))
      )
        report("statePercent", { target: targetAsWritten(r) });
      // A change ("同比下降5%", "提高5个百分点") may be a percentage of a count, or points of a rate.
      else if (statesChange(r.target)) continue;
      else if (unit === "%" && isAnyCountName(r.name)) report("countPercent", countFix(r.name));
      // 检查定点医药机构 100% written under 数量指标: how many places the work reaches, a count (round 115 miss 4).
      else if (
        unit === "%" &&
        r.level2 === "数量指标" &&
        (worked = PLACES_WORKED.exec(normalize(r.name))) !== null &&
        !isPercentName(r.name)
      )
        report("countPercent", {
          measure: "数量",
          measureEn: "a count",
          fixZh: `目标值写成数量和单位（如“≥（数量）${placeUnit(worked[1])}”）；若衡量的是比例，把名称改为“…覆盖率”，写在质量指标下。`,
          fixEn: `State the count with its unit (e.g. “≥(number)${placeUnit(worked[1])}”); if a share is meant, name it …覆盖率 under 质量指标.`,
        });
      // 举办运动会 100%: an event held is counted in 场 or 次, and a percentage of it is of nothing (round 137).
      else if (
        unit === "%" &&
        EVENT_HELD.test(normalize(r.name).replace(/[。.，,；;\s]+$/, "")) &&
        !isPercentName(r.name) &&
        bareNumber(r.target)
      )
        report("countPercent", {
          measure: "场次",
          measureEn: "a number of events",
          fixZh: "目标值写成场次和单位（如“≥1场”“≥（数量）次”）；若衡量的是完成情况，改为“…完成率”。",
          fixEn:
            "State how many events with the unit (e.g. “≥1场”); if completion is meant, name it …完成率.",
        });
      // Quoted with its unit, from the unit column where it came from there (95 | % → 95%).
      else if (unit === "%" && isAim(r.name) && !isPercentName(r.name))
        report("aimPercent", { target: targetAsWritten(r) });
      // 网络99%连通 says what the percentage is of: only a bare one (100%, ≥95%) is of nothing.
      else if (unit === "%" && isStateName(r.name) && !isPercentName(r.name) && bareNumber(r.target))
        report("statePercent", { target: targetAsWritten(r) });
      // 事故死亡率 ≤0.08人/万台: a count per so many is a rate's own unit; 消费券杠杆率 ≥6倍: a sum set against
      // another (消费 against 消费券) is a multiple, and 倍 its own unit.
      else if (unit !== "" && isPercentName(r.name) && !isRateUnit(unit) && !isMultipleRatio(r.name, unit))
        report("rateUnit");
      // 补贴标准 ≥70人: a standard paid is so much money a head, never a count of heads (round 192 miss 2).
      else if (MONEY_STANDARD.test(normalize(r.name)) && COUNT_UNIT.test(unit)) report("moneyStandard");
      // 绿化养护面积 ≥260公里, 道路维修里程 ≥3万平方米: an area in a length's unit or a length in an area's (round 199).
      else {
        const wrong = sizeMismatch(r.name, unit);
        if (wrong) report("sizeUnit", wrong);
      }
    }
  },
};

/**
 * A ratio of one sum to another, which is told in 倍 as well as in % (消费券杠杆率 ≥6倍, 财政资金放大倍数, 投入产出比):
 * the money drawn in or brought about for each yuan put in, not a share of a whole.
 */
const MULTIPLE_RATIO = /杠杆|放大|乘数|撬动|拉动|带动|投入产出|产出投入/;
function isMultipleRatio(name: string, unit: string): boolean {
  return unit === "倍" && MULTIPLE_RATIO.test(normalize(name));
}

/** Units of length and of area, as the parser leaves them (magnitude words removed: 万平方米 → 平方米). */
const LENGTH_UNIT = /^(?:米|公里|千米|延米|km)$/i;
const AREA_UNIT = /^(?:平方米|平米|㎡|平方公里|亩|公顷|平方千米)$/;

/**
 * An area counted in a length's unit (绿化养护面积 ≥260公里) or a length or mileage in an area's (维修里程 ≥3平方米):
 * the unit was copied from another line or the name is wrong — what the figure is cannot be told (round 199 miss).
 */
function sizeMismatch(name: string, unit: string): Record<string, string> | null {
  const n = normalize(name).replace(/[。.，,；;\s]+$/, "");
  if (/面积$/.test(n) && LENGTH_UNIT.test(unit))
    return {
      measure: "面积",
      measureEn: "an area",
      wrongKind: "长度",
      wrongKindEn: "length",
      fixZh:
        "核对数值和单位：面积写平方米、万平方米或亩（如“≥（数量）万平方米”）；若衡量的是长度，把名称改为“…长度”或“…里程”。",
      fixEn:
        "Check the figure and its unit: an area is in 平方米, 万平方米 or 亩; if a length is meant, name it …长度 or …里程.",
    };
  if (/(?:里程|长度)$/.test(n) && AREA_UNIT.test(unit))
    return {
      measure: "长度",
      measureEn: "a length",
      wrongKind: "面积",
      wrongKindEn: "area",
      fixZh: "核对数值和单位：长度、里程写公里或米（如“≥（数量）公里”）；若衡量的是面积，把名称改为“…面积”。",
      fixEn: "Check the figure and its unit: a length is in 公里 or 米; if an area is meant, name it …面积.",
    };
  return null;
}

/** A standard of money paid (补贴标准, 生活补助标准, 资助定额, 奖补标准): its target is so many 元 a head. */
const MONEY_STANDARD = /(?:补贴|补助|资助|救助|奖补|奖励|津贴|扶助|抚恤|经费|保障)(?:资金)?(?:标准|定额)$/;

/** A unit that counts heads or things (人, 户, 人次, 个, 亩), with no money in it. */
const COUNT_UNIT = /^[万千]?(?:人|户|名|人次|户次|个|家|所|头|只|亩|处|座|项|次|套|台|辆|间)$/;

/** An event held (举办运动会, 召开培训会议, 开展应急演练): counted in 场 or 次. */
const EVENT_HELD =
  /^(?:举办|召开|举行|组织|开展)[\u4e00-\u9fa5]{0,8}?(?:运动会|比赛|赛事|活动|会议|展览|展会|节|论坛|培训班|演出|讲座|演练)$/;

/** Work done at places, each counted (检查定点医药机构, 走访企业, 抽查学校): the count of places reached. */
const PLACES_WORKED =
  /^(?:检查|巡查|抽查|督查|核查|稽查|走访|检测|监测|评估|审计|指导|培训|帮扶)[\u4e00-\u9fa5]{0,8}?(机构|单位|企业|学校|医院|场所|站点|门店|药店|商户|社区|村)$/;

/**
 * The measure word of the places counted (PLACES_WORKED's place): 家 for institutions and shops, 所 for schools,
 * 个 otherwise.
 */
function placeUnit(place: string): string {
  return /机构|单位|企业|医院|门店|药店|商户/.test(place) ? "家" : place === "学校" ? "所" : "个";
}

export const unitRules: Rule[] = [noUnit, unitMismatch];
