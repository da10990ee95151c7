/**
 * Category mix-ups (相关性): a satisfaction indicator filed as output, a cost filed as a quantity, and inputs
 * (money, staff) stated as outputs or effects.
 */
import type { IndicatorRecord } from "../../record";
import { BASIS } from "../basis";
import {
  asWritten,
  COST_LEVEL2,
  isCeilingCost,
  label,
  level1Of,
  level2Of,
  misfiledLevel2,
} from "../indicator";
import {
  isPercentUnit,
  isChangeName,
  isCostName,
  isMoneyInput,
  isPerUnitMoney,
  isProgramMoney,
  isRecoveredMoney,
  isResultMoney,
  isSatisfactionName,
  isStaffInput,
  isStaffPost,
  isTimelyTarget,
  lexicon,
  nameKey,
  normalize,
} from "../lexicon";
import { projectExamples } from "../examples";
import { amountAsWritten, numberText, targetAsWritten, targetWithColumn } from "../format";
import type { ProjectView, Rule } from "../types";

const FIX = {
  recovered: {
    fixZh:
      "把这条移到产出或效益指标下（如“违规资金追回率 ≥95%”“追回违规资金 ≥（金额）万元”），成本指标改写本项目的单位成本或分项成本控制数。",
    fixEn:
      "Move it under outputs or effects (e.g. the share of misused funds recovered ≥95%), and state the project's own unit or itemised costs under 成本指标.",
  },
  satisfaction: {
    fixZh: "把这条指标移到满意度指标（服务对象满意度指标）下。",
    fixEn: "Move the indicator under 满意度指标 (beneficiary satisfaction).",
  },
  cost: {
    fixZh: "把这条指标移到成本指标下；数量指标写完成的工作量，如补助人数、建设里程。",
    fixEn:
      "Move the indicator under 成本指标 (cost); let 数量指标 state the work done, e.g. people subsidised, km built.",
  },
  costStandard: {
    fixZh: "把这条标准移到成本指标下（如经济成本指标），质量指标写合格率、达标率等。",
    fixEn:
      "Move the standard under 成本指标 (e.g. economic cost); let 质量指标 state pass or compliance rates.",
  },
  budget: {
    fixZh: "改写为这笔资金带来的产出，如补助人数、服务企业数、兑付券数。",
    fixEn: "State what the money delivers instead, e.g. people subsidised, firms served, vouchers redeemed.",
  },
  staff: {
    fixZh: "改写为这些人员完成的工作量或服务，如受理诉求件数、保洁面积、巡查次数、服务人次。",
    fixEn:
      "State the work the staff deliver instead, e.g. requests handled, area cleaned, patrols made, people served.",
  },
  input: {
    fixZh: "改写为由投入带来的产出或效果，如“培训人数”“巡查企业数”“服务人次”。",
    fixEn: "Restate the input as what it produces, e.g. people trained, firms inspected, services delivered.",
  },
};

/** The effects' own 二级 (社会效益指标, 可持续影响指标), where no satisfaction belongs. */
const EFFECT_LEVEL2 = /(?:经济|社会|生态|环境)效益|可持续/;

/**
 * Where satisfaction goes: the 一级 满意度指标 when the project has one; else, in a table of the 2015 framework
 * (satisfaction inside the 效益 block), its 二级 服务对象满意度指标.
 */
function satisfactionFix(view: ProjectView): { fixZh: string; fixEn: string } {
  if (view.indicators.some((o) => o.level1 === "满意度指标"))
    return {
      fixZh: "把这条指标移到满意度指标（服务对象满意度指标）下。",
      fixEn: "Move the indicator under 满意度指标 (beneficiary satisfaction).",
    };
  return {
    fixZh:
      "单列一级指标“满意度指标—服务对象满意度指标”（按2015年框架放在效益指标下的，二级指标写“服务对象满意度指标”），把这条指标移过去。",
    fixEn:
      "Set a 一级 满意度指标 with 服务对象满意度指标 under it (under the 2015 framework, a 二级 服务对象满意度指标 in the 效益 block) and move the indicator there.",
  };
}

/** What a sum of the project's money delivers, by what the name says it is spent on; the first that matches. */
const DELIVERS: readonly [RegExp, string, string][] = [
  // 防汛物资储备 260万元: what is stocked, by kind and number.
  [
    /物资储备|储备物资|(?:应急|救灾|防汛|防疫|防火|消防|抗旱)物资/,
    "储备物资的品种和数量（如救生衣、帐篷件数）",
    "the kinds and numbers of supplies stocked",
  ],
  [/采购|购置|购买|设备|器材|装备/, "采购设备台（套）数", "pieces of equipment bought"],
  [/培训/, "培训人次", "people trained"],
  [/会议|会务/, "召开会议次数、参会人次", "meetings held, attendance"],
  [/宣传/, "宣传活动场次、覆盖人次", "publicity events, people reached"],
  [/券/, "兑付券数、服务企业数", "vouchers redeemed, firms served"],
  [
    /建设|维修|改造|修缮|工程|施工|整治|治理|拆除|清理|清除/,
    "完成的工程量（面积、里程、处数）",
    "works done (area, length, sites)",
  ],
  [
    /津贴|补贴|补助|救助|资助|慰问|奖补|奖励|低保|抚恤|发放/,
    "补助（发放）人数、户数",
    "people or households paid",
  ],
];

/** Examples of what the money delivers, fitted to its name, or the given ones. */
function delivered(name: string, zh: string, en: string): { zh: string; en: string } {
  const hit = DELIVERS.find(([re]) => re.test(normalize(name)));
  return hit ? { zh: hit[1], en: hit[2] } : { zh, en };
}

/**
 * A cost filed as a quantity: its name says cost (培训费用, 培训费, 村干部报酬, 项目金额控制), or it is a cost
 * per unit or a standard (每户补助, 按每人每年不低于3.6万元标准发放).
 */
function namesCost(r: IndicatorRecord): boolean {
  const n = normalize(r.name);
  const { costWords, payWords } = lexicon.measures;
  return (
    [...costWords, ...payWords].some((w) => n.includes(w)) ||
    /控制/.test(n) ||
    isPerUnitMoney(r.name, r.unit) ||
    isPerUnitMoney(r.target, "")
  );
}

/**
 * A cost the officer filed under 数量指标 (资助标准 2000元/人·年, 培训费用) or a standard filed under 质量指标
 * (生均公用经费基准定额): CATEGORY-MISMATCH tells them to move it, and COMPLETE-COST counts it as the cost it is.
 */
export function isMisfiledCost(r: IndicatorRecord): boolean {
  return (
    (r.level2 === "数量指标" && isCostName(r.name, r.unit) && !isResultMoney(r.name) && namesCost(r)) ||
    isCostStandardAsQuality(r)
  );
}

/**
 * A standard of pay or funds filed under 质量指标, as written or as read under 产出指标 (见习补贴标准 按当地最低
 * 工资标准的60%发放, 生均公用经费基准定额 ≥720元/生·年, 特困人员集中供养标准 ≥1050元/人·月): a cost, to be moved
 * as a 资助标准 under 数量 is.
 */
function isCostStandardAsQuality(r: IndicatorRecord): boolean {
  const underQuality =
    r.level2 === "质量指标" ||
    (r.level2 === null && r.level1 === "产出指标" && r.level2Inferred === "质量指标");
  if (!underQuality || isResultMoney(r.name)) return false;
  const n = normalize(r.name);
  if (!/(?:标准|定额)$/.test(n)) return false;
  // 特困人员集中供养标准 ≥1050元/人·月 under a written 质量指标: a standard of support paid per head is pay as a
  // 补助标准 is (round 145) — where the officer filed it so and wrote its sum.
  const support =
    r.level2 === "质量指标" &&
    /供养|救助|抚恤|低保|扶助|资助|奖补|生活费|护理费/.test(n) &&
    /元/.test(normalize(r.unit) + normalize(r.target));
  if (!support && !/补贴|补助|补偿|经费|资金|工资|报酬|津贴/.test(n)) return false;
  return isPerUnitMoney(r.name, r.unit) || /工资标准|元/.test(normalize(r.target));
}

/**
 * Posts a programme pays for to give work to people on low incomes (生态护林员, 公益性岗位, 乡村保洁员, 护路员): the
 * hiring is the policy's output (选聘生态护林员人数 is the national template's first 数量指标), not staff put in.
 */
const JOB_POSTS = /护林员|护草员|护路员|管护员|巡河员|保洁员|公益性岗位|公益岗位?|乡村公益/;
/** Public-welfare posts (公益性岗位): a project so named employs, whatever post the row names. */
const WELFARE_POSTS = /公益性岗位|公益岗位?/;

/**
 * Whether the project is about employing the people the row counts (round 133 false alarm 2): its name names
 * the post (生态护林员补助), or its goal hires them (选聘生态护林员300名); 聘用专职护林员 of a 林业有害生物防治
 * project stays staff put in.
 */
function hiringIsTheOutput(r: IndicatorRecord, view: ProjectView): boolean {
  const project = normalize(view.project.project);
  if (WELFARE_POSTS.test(project)) return true;
  const post = JOB_POSTS.exec(normalize(r.name))?.[0];
  if (!post) return false;
  return (
    project.includes(post) ||
    new RegExp(`(?:选聘|续聘|聘用|聘请|招聘|安置|吸纳)[^，,；;。]{0,8}${post}`).test(
      normalize(view.project.goal),
    )
  );
}

/** A post staffed, counted under 数量指标 (坐席人员 ≥60人): the people put in, not the work they do. */
function isStaffCount(r: IndicatorRecord): boolean {
  return level2Of(r) === "数量指标" && isStaffPost(r.name, r.unit);
}

/**
 * Money that is an input where an output or effect should be: the project's own funds (专项资金 500万元),
 * not a cost per unit (亩均财政投入 ≤3000元/亩), not when they are paid (资金按季度拨付, a 时效 indicator),
 * and not others' money or money the project brings about (撬动企业研发投入, 促进增收节支金额).
 */
/** A sum named as a cost (设备采购成本, 车辆购置成本, 项目成本总额). */
const NAMED_COST = /成本(?:控制数|总额|金额)?$/;

function isInput(r: IndicatorRecord, view: ProjectView): boolean {
  if (isStaffInput(r.name) || isStaffCount(r)) return !hiringIsTheOutput(r, view);
  // 会议经费≤3万元 in the 产出 block is the 2015 framework's 成本指标: a ceiling on money is a cost, which
  // COST-BUDGET judges, not an input posing as an output.
  if (isCeilingCost(r)) return false;
  // 设备采购成本 45万元 in the 产出 block (round 185): a cost named so is the 2015 framework's 成本指标 too; COST-BUDGET
  // says a lump is the whole budget, and one defect is said once.
  if (NAMED_COST.test(normalize(r.name))) return false;
  if (!isMoneyInput(r.name, r.unit) || isResultMoney(r.name) || isPerUnitMoney(r.name, r.unit)) return false;
  const timely = level2Of(r) === "时效指标" || r.kind === "date" || isTimelyTarget(r.target);
  return !timely;
}

/**
 * A cost under 数量指标 moves to 成本指标; a lump sum (宣传经费 80万元, 会议经费) moves as a cost per unit or
 * a norm, which a total of the money is not.
 */
function costFix(r: IndicatorRecord, view: ProjectView): { fixZh: string; fixEn: string } {
  if (isPerUnitMoney(r.name, r.unit) || isPerUnitMoney(r.target, "")) return FIX.cost;
  const work = delivered(r.name, "补助人数、建设里程", "people subsidised, km built");
  // 培训经费 ≥45万元 beside 人均培训费 1500元/人: the project has its cost per unit already, and a second
  // figure for it could only contradict the first (round 84 #7).
  const perUnit = view.indicators.find(
    (o) => o !== r && o.kind === "quantitative" && isPerUnitMoney(o.name, o.unit) && !isResultMoney(o.name),
  );
  if (perUnit) {
    const own = `${perUnit.name} ${targetWithColumn(perUnit)}`;
    return {
      fixZh: `本项目已有单位成本指标“${own}”，这条总额可删去，或移到成本指标下作为分项成本；数量指标写完成的工作量，如${work.zh}。`,
      fixEn: `The project already states its cost per unit (“${own}”): delete this total, or move it under 成本指标 (cost) as an item's cost; let 数量指标 state the work done, e.g. ${work.en}.`,
    };
  }
  // 培训经费 40万元 beside 培训农民 ≥1500人次: the work is counted already, and the cost per head follows from it
  // (round 105).
  const done = deliveredAlready(r, view);
  if (done) {
    const own = `${done.name} ${targetWithColumn(done)}`;
    const per = perUnitOf(r, done);
    const { cost } = projectExamples(view);
    return {
      fixZh: `把这条指标移到成本指标下，写成单位成本或定额${per ? `，如${per.zh}` : cost.zh}，不只写总额；数量指标已有“${own}”。`,
      fixEn: `Move the indicator under 成本指标 (cost) as a cost per unit or a norm${per ? `, e.g. ${per.en}` : cost.en}, not only a total; 数量指标 already has “${own}”.`,
    };
  }
  const { cost } = projectExamples(view);
  return {
    fixZh: `把这条指标移到成本指标下，写成单位成本或定额${cost.zh}，不只写总额；数量指标写完成的工作量，如${work.zh}。`,
    fixEn: `Move the indicator under 成本指标 (cost) as a cost per unit or a norm${cost.en}, not only a total; let 数量指标 state the work done, e.g. ${work.en}.`,
  };
}

/** A sum of money (120万元), not a cost per unit (元/人) nor a standard: money put in, whatever it buys. */
function isSum(r: IndicatorRecord): boolean {
  return (
    r.kind === "quantitative" &&
    /元/.test(normalize(r.unit)) &&
    !isPerUnitMoney(r.name, r.unit) &&
    !isPerUnitMoney(r.target, "")
  );
}

/**
 * The project's output that already counts what the money delivers (培训经费 40万元 beside 培训农民 ≥1500人次),
 * a count of people first.
 */
function deliveredAlready(r: IndicatorRecord, view: ProjectView): IndicatorRecord | undefined {
  const counts = deliveredCounts(r, view);
  return counts.find((o) => /人|户/.test(normalize(o.unit))) ?? counts[0];
}

/** The project's outputs that count what the money delivers (see deliveredAlready), all of them. */
export function deliveredCounts(r: IndicatorRecord, view: ProjectView): IndicatorRecord[] {
  const hit = DELIVERS.find(([re]) => re.test(normalize(r.name)));
  if (!hit) return [];
  return outputCounts(
    r,
    view,
    (o, unit) => unit !== "" && !/元|%|‰/.test(unit) && hit[0].test(normalize(o.name)),
  );
}

/**
 * The sum per unit of the work done (40万元 ÷ 1500人次 → 人均成本 ≤267元/人次), or null when no sum is written.
 * `divided` says what sum is divided where it is not the line's own as written (按预算480万元: the funds).
 */
export function perUnitOf(
  r: IndicatorRecord,
  done: IndicatorRecord,
  named?: string,
  divided?: { zh: string; en: string },
): { zh: string; en: string } | null {
  const unit = done.unit.trim();
  const sum = normalize(r.unit);
  if (!r.value || !done.value || !/元/.test(sum) || sum.includes("/")) return null;
  // 日均清运生活垃圾 260吨 beside the year's 580万元: a day's count, put to the year before dividing (round 165).
  const period = periodOfCount(done);
  if (period === null) return null;
  const per = r.value / (done.value * period.times);
  // 3400000元/台 reads as 340万元/台; 0.04元/尾 (60万元 ÷ 1500万尾) keeps its two figures, never 0元.
  // 260万元 ÷ 46公里 → 5.65万元, not 56522元: 万元 from ten thousand on, as a reviewer writes it (round 176).
  const money =
    per >= 10000
      ? `${numberText(Number((per / 10000).toFixed(per >= 100000 ? 1 : 2)))}万元`
      : `${per >= 10 ? Math.round(per) : per >= 1 ? Number(per.toFixed(1)) : Number(per.toPrecision(2))}元`;
  const head = /^(?:人|人次|名)$/.test(unit)
    ? "人均"
    : unit === "户"
      ? "户均"
      : unit === "亩"
        ? "亩均"
        : /^[\u4e00-\u9fff]{1,2}$/.test(unit)
          ? `每${unit}`
          : "单位";
  // 培训经费 → 人均培训成本, 整治经费 → 每处整治成本: the work the money pays for names the cost.
  // 项目资金 ÷ 新建改建旅游厕所 → 每座新建改建旅游厕所成本: a whole budget is named by the work (round 127).
  const work = BUDGET_TOTAL.test(normalize(r.name))
    ? normalize(done.name)
        .replace(PER_PERIOD_NAME, "")
        .replace(/(?:数量|个数|次数|人数|数)$/, "")
    : (/^([\u4e00-\u9fff]{2,4}?)(?:经费|资金|费用|费|成本|总额|投入)$/.exec(normalize(r.name))?.[1] ?? "");
  // A subsidy per head is a standard paid in full, not a cost held down (see DIRECTION's standardCap).
  const paid = /津贴|补贴|补助|救助|资助|抚恤|低保|奖补/.test(normalize(r.name));
  // The field's own name for the cost (每件热线服务成本), where it is per the same unit.
  const measure = named
    ? `${named} ≤${money}/${unit}`
    : `${paid ? "补助标准 " : `${head}${work}成本 ≤`}${money}/${unit}`;
  const count =
    period.times === 1 ? amountAsWritten(done) : `（${amountAsWritten(done)}×${period.times}${period.zh}）`;
  const countEn =
    period.times === 1 ? amountAsWritten(done) : `(${amountAsWritten(done)} × ${period.times} ${period.en})`;
  return {
    zh: `“${measure}”（${divided?.zh ?? amountAsWritten(r)}÷${count}）`,
    en: `“${measure}” (${divided?.en ?? amountAsWritten(r)} ÷ ${countEn})`,
  };
}

/** A count per day or per month by its name (日均清运, 每日处理, 日处理能力, 月均接诊): its period's length in days. */
const PER_PERIOD_NAME = /^(?:日均|每日|每天|日处理|月均|每月)/;

/**
 * How many of the count's periods the year holds: once for a count of the year, 365 days for one a day (日均清运
 * 260吨), 12 months for one a month; null for a daily capacity (日处理能力), which says nothing of the year's work.
 */
function periodOfCount(done: IndicatorRecord): { times: number; zh: string; en: string } | null {
  const n = normalize(done.name);
  const t = normalize(done.target);
  if (/^日/.test(n) && /能力|规模/.test(n)) return null;
  // 日均就餐人数 300人: much the same people each day, whose cost per head is the year's; 人次 and tonnes flow.
  if (/^(?:人|名|户)$/.test(normalize(done.unit))) return { times: 1, zh: "", en: "" };
  if (/^(?:日均|每日|每天|日处理|日清运|日收运)/.test(n) || /^每(?:日|天)|\/(?:日|天)$/.test(t))
    return { times: 365, zh: "天", en: "days" };
  if (/^(?:月均|每月)/.test(n) || /^每月|\/月$/.test(t)) return { times: 12, zh: "个月", en: "months" };
  return { times: 1, zh: "", en: "" };
}

/**
 * The fix for money whose work the project counts already: no second output, and, where a cost is wanted,
 * the sum per unit of that work, not an output it already has (round 105).
 */
function alreadyFix(
  r: IndicatorRecord,
  done: IndicatorRecord,
  view: ProjectView,
): { fixZh: string; fixEn: string } {
  const own = `${done.name} ${targetWithColumn(done)}`;
  // A cost per unit set already (人均培训费 1500元/人): a second could only contradict it (round 84 #7).
  const perUnit = view.indicators.find(
    (o) => o !== r && o.kind === "quantitative" && isPerUnitMoney(o.name, o.unit) && !isResultMoney(o.name),
  );
  if (perUnit) {
    const cost = `${perUnit.name} ${targetWithColumn(perUnit)}`;
    return {
      fixZh: `本项目已有产出指标“${own}”和单位成本指标“${cost}”，这条可删去。`,
      fixEn: `The project already counts what the money delivers (“${own}”) and its cost per unit (“${cost}”): delete this row.`,
    };
  }
  const unit = done.unit.trim();
  const per = perUnitOf(r, done) ?? {
    zh: `单位成本（总额÷${unit}数）`,
    en: `the sum per ${unit} (the total ÷ the count)`,
  };
  return {
    fixZh: `本项目已有产出指标“${own}”反映这笔资金办成的事，这条可删去；如需反映成本，改为${per.zh}，列入成本指标。`,
    fixEn: `The project already counts what the money delivers (“${own}”): delete this row; if a cost is wanted, state ${per.en} under 成本指标 (cost).`,
  };
}

/** The project's own money under 数量指标: what it delivers, fitted to what it is spent on. */
function budgetFix(r: IndicatorRecord, view: ProjectView): { fixZh: string; fixEn: string } {
  const done = deliveredAlready(r, view);
  if (done) return alreadyFix(r, done, view);
  const d = delivered(
    r.name,
    "补助人数、服务企业数、兑付券数",
    "people subsidised, firms served, vouchers redeemed",
  );
  return {
    fixZh: `改写为这笔资金带来的产出，如${d.zh}。`,
    fixEn: `State what the money delivers instead, e.g. ${d.en}.`,
  };
}

/**
 * What staff of a kind deliver, by what the post or the project says they do (聘用安保人员 in 校园安全保障:
 * schools guarded, not 保洁面积); the first that matches, else FIX.staff's mixed list.
 */
const STAFF_WORK: readonly [RegExp, (project: string) => string, string, RegExp?][] = [
  [
    /安保|保安|护校|安全保卫|门卫|巡防/,
    (p) =>
      /学校|校园|校舍|中小学|幼儿园|教育/.test(p)
        ? "安保覆盖学校数 ≥（数）所、在岗值守率 ≥（数）%"
        : "安保覆盖场所（点位）数 ≥（数）个、在岗值守率 ≥（数）%",
    "sites guarded, on-duty rate",
  ],
  [
    /保洁|环卫|清扫|清运/,
    () => "保洁面积、清扫保洁频次、垃圾清运量",
    "area cleaned, sweeps made, waste removed",
  ],
  [/坐席|话务|接线|热线|12345/, () => "受理诉求件数、接通率", "requests handled, answer rate"],
  [/巡查员|巡逻|网格员|协管/, () => "巡查次数、发现问题处置率", "patrols made, problems resolved"],
  // 聘用专职护林员 of 林业有害生物防治: the rounds they walk (round 125), not another field's stock words.
  [
    /护林|管护员|巡护员|林管/,
    () => "“防火巡护里程 ≥（数）公里”“巡护天数 ≥（数）天”",
    "distance patrolled, days on patrol",
    /巡护|巡山|巡查/,
  ],
];

/** The work staff deliver, fitted to the post and the project. */
function staffFix(r: IndicatorRecord, view: ProjectView): { fixZh: string; fixEn: string } {
  const post = normalize(r.name);
  const project = normalize(view.project.project);
  const hit = STAFF_WORK.find(([re]) => re.test(post)) ?? STAFF_WORK.find(([re]) => re.test(project));
  if (!hit) return FIX.staff;
  // The project already counts that work (防火巡护里程 ≥15万公里): the line can go.
  const work = hit[3];
  const done =
    work &&
    view.indicators.find(
      (o) => o !== r && o.kind === "quantitative" && !isPercentUnit(o.unit) && work.test(o.name),
    );
  if (done)
    return {
      fixZh: `改写为这些人员完成的工作量，如${hit[1](project)}（本项目已有“${done.name} ${targetAsWritten(done)}”，可删去本条）。`,
      fixEn: `State the work the staff deliver instead, e.g. ${hit[2]} (the project already has “${done.name}”; this line can go).`,
    };
  return {
    fixZh: `改写为这些人员完成的工作量或服务，如${hit[1](project)}。`,
    fixEn: `State the work the staff deliver instead, e.g. ${hit[2]}.`,
  };
}

/** The project's other outputs with a figure above zero whose unit (normalised) and record pass `keep`. */
export function outputCounts(
  r: IndicatorRecord,
  view: ProjectView,
  keep: (o: IndicatorRecord, unit: string) => boolean,
): IndicatorRecord[] {
  return view.indicators.filter(
    (o) =>
      o !== r &&
      level1Of(o) === "产出指标" &&
      o.kind === "quantitative" &&
      o.value !== null &&
      o.value > 0 &&
      keep(o, normalize(o.unit)),
  );
}

/** A measure word of one or two characters (座, 个, 人次), none in `notCount` (money, time). */
const countedIn =
  (notCount: RegExp) =>
  (_o: IndicatorRecord, unit: string): boolean =>
    /^[\u4e00-\u9fff]{1,2}$/.test(unit) && !notCount.test(unit);

/**
 * The work a sum of no telling kind (运维经费, 工作经费) pays for: the project's count that shares the money's own
 * word (运维经费 → 运维终端数量), else its count of people (选派科技特派员 ≥60人); a count of what else the
 * project buys (人员经费 beside 办公设备购置 5台) is not what the money pays for.
 */
function ownWork(r: IndicatorRecord, view: ProjectView): IndicatorRecord | undefined {
  const word = /^([\u4e00-\u9fff]{2,4}?)(?:经费|资金)$/.exec(normalize(r.name))?.[1];
  // 驻村工作经费 每人每年1万元 is a standard already.
  if (!word || !r.value || isPerUnitMoney(r.name, r.unit) || isPerUnitMoney(r.target, "")) return undefined;
  const works = outputCounts(r, view, countedIn(/元|年|月|日|天|时|分/));
  const counts = works.filter((o) => !normalize(o.unit).includes("次"));
  const own =
    counts.find((o) => normalize(o.name).includes(word)) ??
    counts.find((o) => /^(?:人|人次|户|名)$/.test(normalize(o.unit)));
  if (own || !BUDGET_TOTAL.test(normalize(r.name))) return own;
  // 项目资金 300万元 beside 新建改建旅游厕所 15座, 工作经费 50万元 beside 河湖巡查 ≥1200次: the whole budget pays for
  // the project's one count of work (round 127); with several, which it pays for cannot be told.
  return works.length === 1 ? works[0] : undefined;
}

/** The project's whole budget by name (专项资金, 项目资金, 工作经费), which pays for all its work. */
const BUDGET_TOTAL = /^(?:专项|项目|工作)(?:资金|经费)$/;

/** An input as an output or effect: what it produces, fitted to what the money is spent on. */
function inputFix(r: IndicatorRecord, view: ProjectView): { fixZh: string; fixEn: string } {
  if (isStaffInput(r.name) || isStaffCount(r)) return staffFix(r, view);
  if (!isMoneyInput(r.name, r.unit)) return FIX.input;
  const done = deliveredAlready(r, view);
  if (done) return alreadyFix(r, done, view);
  const hit = DELIVERS.find(([re]) => re.test(normalize(r.name)));
  if (!hit) {
    // 运维经费 95万元 beside 运维终端数量 ≥126个: money of no telling kind pays for the project's own work (round 119).
    const own = ownWork(r, view);
    if (!own) return FIX.input;
    const per = perUnitOf(r, own) ?? {
      zh: `单位成本（总额÷${own.unit.trim()}数）`,
      en: `the sum per ${own.unit.trim()} (the total ÷ the count)`,
    };
    const done = `${own.name} ${targetWithColumn(own)}`;
    return {
      fixZh: `本项目已有产出指标“${done}”反映这笔资金办成的事，这条可删去；如需反映成本，改为${per.zh}，列入成本指标。`,
      fixEn: `The project already counts what the money delivers (“${done}”): delete this row; if a cost is wanted, state ${per.en} under 成本指标 (cost).`,
    };
  }
  return {
    fixZh: `改写为由投入带来的产出或效果，如${hit[1]}。`,
    fixEn: `Restate the input as what it produces, e.g. ${hit[2]}.`,
  };
}

/** Words before a count that say it was done (完成农村户厕改造, 新增…): the same work as the bare name. */
const DONE = /^(?:完成|实现|新增|累计完成)/;

/** Words after a count that say it holds (种植面积稳定, 保持稳定): the same count as the bare name. */
const HELD = /(?:保持)?稳定(?:在)?$|保持$/;

/**
 * An effect that restates an output, name and figure (效益指标：完成农村户厕改造 1200座, beside 产出指标：农村户厕
 * 改造 1200座): the work done, not what it brings (round 84 miss 2).
 */
export function restatedOutput(r: IndicatorRecord, view: ProjectView): IndicatorRecord | undefined {
  const unit = normalize(r.unit);
  if (level1Of(r) !== "效益指标" || r.kind !== "quantitative" || !r.value || unit === "" || unit === "%")
    return undefined;
  // 大豆种植面积稳定 ≥180万亩 beside 补贴大豆种植面积 ≥180万亩: the same area said to hold (round 192 miss 5).
  const key = nameKey(r.name).replace(DONE, "").replace(HELD, "");
  if (key.length < 2) return undefined;
  return view.indicators.find((o) => {
    if (o === r || level1Of(o) !== "产出指标" || o.kind !== "quantitative") return false;
    if (o.value !== r.value || normalize(o.unit) !== unit) return false;
    const k = nameKey(o.name).replace(DONE, "");
    return k.length >= 2 && (k === key || k.includes(key) || key.includes(k));
  });
}

/**
 * Places an output makes and the people an effect counts taking them, one for one: 开发公益性岗位 60个 and
 * 带动脱贫人口就业 60人 are the same sixty jobs (round 105). Each: the slots, who takes them, an effect to say.
 */
const SLOTS: readonly { slot: RegExp; taken: RegExp; zh: string; en: string }[] = [
  {
    // 选聘生态护林员 320人 is 320 posts as well (round 182 minor 2).
    slot: /岗位|选聘|聘用|护林员|护草员|护路员|管护员|巡河员|保洁员/,
    taken: /就业|上岗|务工|安置/,
    zh: "“上岗人员人均年增收 ≥（金额）元”",
    en: "more yearly income per person placed",
  },
  {
    slot: /学位/,
    taken: /入学|入园|就读|就学/,
    zh: "“适龄儿童入学率 ≥98%”",
    en: "the enrolment rate of children of age",
  },
  { slot: /床位/, taken: /入住|收住|收治|养老/, zh: "“床位使用率 ≥80%”", en: "the bed occupancy rate" },
];
/** Units that count people: those taking the places. */
const PEOPLE_UNIT = /^(?:人|名|人次|位)$/;

/**
 * An effect counting the people who take the places an output makes, with the output's figure (带动就业 60人
 * beside 开发公益性岗位 60个): the output again, said of people; its fix, fitted to the kind of place.
 */
function slotsTaken(
  r: IndicatorRecord,
  view: ProjectView,
): { output: IndicatorRecord; zh: string; en: string } | undefined {
  if (
    level1Of(r) !== "效益指标" ||
    r.kind !== "quantitative" ||
    !r.value ||
    !PEOPLE_UNIT.test(normalize(r.unit))
  )
    return undefined;
  const name = normalize(r.name);
  for (const s of SLOTS) {
    if (!s.taken.test(name) || /率|比例|收入|增收/.test(name)) continue;
    const output = view.indicators.find(
      (o) =>
        level1Of(o) === "产出指标" &&
        o.kind === "quantitative" &&
        o.value === r.value &&
        s.slot.test(normalize(o.name)) &&
        !/标准|补贴|补助|资金|费|率/.test(normalize(o.name)),
    );
    if (output) return { output, zh: s.zh, en: s.en };
  }
  return undefined;
}

/**
 * How much of the budget is spent (预算执行率, 资金支出进度, 资金执行率): the money's progress, which the
 * self-evaluation scores apart (its 10 points), never the beneficiaries' judgement (round 145 miss 4).
 */
const SPENDING_RATE =
  /(?:预算|资金|经费|支出)[\u4e00-\u9fff]{0,4}?(?:执行率|执行进度|支出率|支出进度|支付率|支付进度|拨付率|使用率)$|^(?:支出|执行)进度$/;

/** A rate of spending the budget (see SPENDING_RATE), no satisfaction whatever block it is filed in. */
export function isSpendingRate(r: IndicatorRecord): boolean {
  const n = nameKey(r.name);
  return SPENDING_RATE.test(n) && !isSatisfactionName(r.name);
}

/** A spending rate filed under 满意度指标 (as written, never guessed). */
function spendingAsSatisfaction(r: IndicatorRecord): boolean {
  const filed = r.level1 === "满意度指标" || r.level2 === "服务对象满意度指标";
  return filed && isSpendingRate(r);
}

/** Where a spending rate goes, and what the satisfaction should state instead. */
function spendingFix(r: IndicatorRecord, view: ProjectView): { fixZh: string; fixEn: string } {
  const own = view.indicators.find(
    (o) => o !== r && level1Of(o) === "满意度指标" && isSatisfactionName(o.name) && o.kind === "quantitative",
  );
  const keep = own
    ? { zh: `满意度指标保留“${label(own)}”即可`, en: `keep “${label(own)}” as the satisfaction indicator` }
    : {
        zh: "满意度指标写服务对象对本项目的评价，如“服务对象满意度 ≥90%”",
        en: "let the satisfaction indicator state the beneficiaries' judgement, e.g. “beneficiary satisfaction ≥ 90%”",
      };
  return {
    fixZh: `移出满意度指标：资金支出进度可写在产出指标的时效指标下（如“资金支出进度 12月底前达到100%”），或删去（自评时预算执行率另行计分）；${keep.zh}。`,
    fixEn: `Take it out of 满意度指标: the spending progress may go under 产出指标/时效指标 (e.g. all funds spent by the end of December) or be dropped (self-evaluation scores the budget execution rate apart); ${keep.en}.`,
  };
}

/** Acts whose rate says how much was handled, or how well (处理率, 办结率, 合格率): not how fast. */
const HANDLED =
  /(?:处理|办理|办结|处置|整改|结案|解决|回复|答复|调处|查处|受理|合格|达标|验收|通过|完好|覆盖)率$/;
/** A rate whose name says time (及时率, 按期, 时限, 24小时内, 日产日清), or a schedule's progress (计划, 进度). */
const TIMELY_NAME =
  /及时|按时|准时|按期|如期|限时|时限|时效|当日|当天|日清|日结|逾期|超时|时长|用时|时间|周期|[秒时日天周月]内|工作日|计划|进度/;

/**
 * A rate of handling or of quality filed under 时效指标 (投诉举报处理率 ≥95%): it measures how much is handled
 * or how well, a 质量指标; timeliness is the 及时率 or the time allowed (round 105). Only the officer's filing
 * is judged, never an inferred 二级.
 */
function rateAsTimely(r: IndicatorRecord): boolean {
  if (r.level2 !== "时效指标") return false;
  const name = nameKey(r.name);
  return HANDLED.test(name) && !TIMELY_NAME.test(name);
}

/** The fix for a rate filed as timeliness: where it belongs, and what 时效 would state of the same work. */
function rateAsTimelyFix(r: IndicatorRecord): { fixZh: string; fixEn: string } {
  const name = nameKey(r.name);
  const act = /(处理|办理|办结|处置|整改|结案|解决|回复|答复|调处|查处|受理)率$/.exec(name);
  if (act) {
    const stem = name.slice(0, -1);
    return {
      fixZh: `移到质量指标下；时效指标写办理的时限，如“${stem}及时率 ≥95%”或“${stem}时限 ≤N个工作日”。`,
      fixEn: `Move it under 质量指标 (quality); let 时效指标 state the time allowed, e.g. “${stem}及时率 ≥95%” or “within N working days”.`,
    };
  }
  return {
    fixZh: "移到质量指标下；时效指标写完成的时间，如“12月底前完成”。",
    fixEn:
      "Move it under 质量指标 (quality); let 时效指标 state when the work is done, e.g. “by the end of December”.",
  };
}

/** Verbs of work done (推广, 举办, 建设, 购置 …) that open a count of it. */
const WORK_DONE =
  /^(?:推广|举办|开展|组织|召开|建设|新建|建成|改建|扩建|购置|采购|配备|安装|维修|修缮|改造|实施|开发|编制|印发|制定|发放|选派|检测|巡查|培训|引进|示范)/;
/** Units that count things done (项, 场, 个, 台, 公里), not people or households served. */
const WORK_UNIT =
  /^(?:项|场|场次|个|期|次|批|台|套|台套|处|座|所|件|份|篇|部|册|公里|千米|米|平方米|间|条|块|宗)$/;

/**
 * A count of work done filed as an effect (经济效益指标：推广新技术新品种 ≥30项): an output; the effect is what
 * the work brings (亩均增收), round 105.
 */
function workAsEffect(r: IndicatorRecord): boolean {
  return (
    level1Of(r) === "效益指标" &&
    r.kind === "quantitative" &&
    r.value !== null &&
    WORK_UNIT.test(normalize(r.unit)) &&
    WORK_DONE.test(normalize(r.name))
  );
}

/** The project's own activity (培训, 演出, 宣传 …) and how far it reached: its coverage or its headcount. */
const OWN_ACTIVITY = /^(?:培训|参训|受训|宣传|演出|展演|活动|讲座|观看|参加|参与|参赛|演练)/;
const REACH = /(?:覆盖面|覆盖率|参训率|参与率|完成率|人次|人数)$/;
/**
 * What the activity is about, written before it (电商培训, 普法活动, 应急演练, 文艺演出): two to four characters
 * that name no public (群众文化活动参与率 measures the people's own cultural life, an effect).
 */
const QUALIFIED_ACTIVITY =
  /^(?![^培参受宣演活讲观]{0,4}?(?:群众|居民|市民|公众|全民|村民|农民|社会|学生|老年|妇女|儿童|青少年))[\u4e00-\u9fa5]{2,4}?(?:培训|宣传活动|宣传|演出|活动|讲座|演练|比赛|赛事)/;
/** 培训后就业人数, 演练知晓率: what the activity brought, an effect after all. */
const BROUGHT = /就业|创业|增收|获奖|获得|合格|取证|持证|达标|知晓|满意|掌握|提升|提高/;

/**
 * How far the project's own activity reached, filed as an effect (培训覆盖面 100%, 观看群众人次 ≥15万人次): the
 * activity done, an output; the effect is what it brings (round 112 miss 7).
 */
function reachAsEffect(r: IndicatorRecord): boolean {
  if (level1Of(r) !== "效益指标" || r.kind !== "quantitative" || r.value === null) return false;
  const n = normalize(r.name);
  if (BROUGHT.test(n)) return false;
  if (activityReach(n)) return true;
  // 培训农民 ≥1万人次, 举办讲座 ≥20场: the work itself counted in its sessions or heads (round 125 miss 6).
  return WORK_VERB.test(n) && SESSION_UNIT.test(normalize(r.unit));
}

/** 培训覆盖面, 观看群众人次: the activity's coverage or headcount by its name (not its sessions held). */
const activityReach = (n: string) => (OWN_ACTIVITY.test(n) || QUALIFIED_ACTIVITY.test(n)) && REACH.test(n);

/** 开展公益文化活动场次 ≥300场: sessions held, work done — said as such, not as a reach (round 237). */
const sessionsOnly = (r: IndicatorRecord) =>
  !activityReach(normalize(r.name)) && /^万?(?:场|场次|次|期)$/.test(normalize(r.unit));

/** A name that opens with the work done (培训农民, 举办活动, 开展巡诊, 发放资料). */
const WORK_VERB = /^(?:培训|举办|发放|开展|组织)/;
/** The units the work is counted in: sessions held or heads served. */
const SESSION_UNIT = /^万?(?:人次|场|场次|次|期)$/;

export const categoryMismatch: Rule = {
  meta: {
    code: "CATEGORY-MISMATCH",
    severity: "warning",
    scope: "indicator",
    title: { zh: "指标类别不当", en: "Indicator in the wrong category" },
    messages: {
      satisfaction: {
        zh: "满意度指标“{name}”被归入{level1}，应归入满意度指标。",
        en: "Satisfaction indicator “{name}” is filed under {level1}; it belongs under 满意度指标 (satisfaction).",
      },
      spending: {
        zh: "“{name}”反映的是预算资金的支出进度，不是服务对象的满意度，却被归入满意度指标。",
        en: "“{name}” measures how much of the budget is spent, not the beneficiaries' satisfaction, yet it is filed under 满意度指标 (satisfaction).",
      },
      level2Misfiled: {
        zh: "“{name}”的二级指标“{level2}”属于{own}，却列在一级指标“{level1}”下。",
        en: "The 二级 “{level2}” of “{name}” belongs under {own}, yet it is filed under the 一级 “{level1}”.",
      },
      satisfactionAsEffect: {
        zh: "满意度指标“{name}”被归入{level2}；满意度是服务对象的评价，不是项目带来的效益，应单列为满意度指标。",
        en: "Satisfaction indicator “{name}” is filed under {level2}; satisfaction is the beneficiaries' judgement, not an effect, and belongs under 满意度指标 (satisfaction).",
      },
      recovered: {
        zh: "“{name}”是追回（收缴）的资金，是监管执法工作的结果，不是项目的成本，却被归入{filed}。",
        en: "“{name}” is money recovered or collected, a result of the work and not its cost, yet it is filed under {filed}.",
      },
      cost: {
        zh: "“{name}”是成本或费用，却被归入数量指标。",
        en: "“{name}” is a cost, yet it is filed as a quantity indicator (数量指标).",
      },
      costStandard: {
        zh: "“{name}”是补助或经费标准，属于成本，却被归入{filed}。",
        en: "“{name}” is a standard of pay or funds, a cost, yet it is filed under {filed}.",
      },
      budget: {
        zh: "“{name}”是项目自身的资金，属于投入；把发放或安排的金额当作数量指标，看不出这笔钱办成了什么。",
        en: "“{name}” is the project's own money, an input; stating the sum paid out as a quantity says nothing of what it achieves.",
      },
      workAsEffect: {
        zh: "效益指标“{name}”（{target}）是完成的工作量，属于产出指标，不是这项工作带来的效益。",
        en: "The effect “{name}” ({target}) counts work done, an output, not what the work brings.",
      },
      reachAsEffect: {
        zh: "效益指标“{name}”（{target}）是本项目活动自身的覆盖面或参与人次，属于产出指标，不是活动带来的效益。",
        en: "The effect “{name}” ({target}) is how far the project's own activity reached, an output, not what the activity brings.",
      },
      rateAsTimely: {
        zh: "“{name}”衡量处理了多少、办得好不好，是质量指标，却被归入时效指标；时效指标应反映完成或办理的时限。",
        en: "“{name}” measures how much is handled, or how well: a quality indicator, yet it is filed under 时效指标 (timeliness), which should state the time taken or allowed.",
      },
      slotsTaken: {
        zh: "效益指标“{name}”（{target}）只是把产出指标“{output}”（{outputTarget}）换成了人数，数值相同，写的仍是完成的工作量，不是带来的效益。",
        en: "The effect “{name}” ({target}) is the output “{output}” ({outputTarget}) again, the same figure counted as people: it states the work done, not what it brings.",
      },
      outputAsEffect: {
        zh: "效益指标“{name}”与产出指标“{output}”是同一项工作、同一数值（{target}），写的是完成的工作量，不是带来的效益。",
        en: "The effect “{name}” is the output “{output}” again, work and figure ({target}): it states the work done, not what it brings.",
      },
      money: {
        zh: "数量指标“{name}”写的是金额（{target}），是投入的资金，不是完成的工作量，看不出这笔钱办成了什么。",
        en: "The quantity “{name}” states a sum of money ({target}): an input, not the work done, saying nothing of what the money achieves.",
      },
      input: {
        zh: "“{name}”是投入（资金或人员），不是{level1}；投入不能作为产出或效益。",
        en: "“{name}” is an input (money or staff), not an output or effect ({level1}); inputs are not results.",
      },
    },
    basis: BASIS.relevance,
    fix: { zh: "{fixZh}", en: "{fixEn}" },
  },
  check(view, ctx) {
    for (const r of view.indicators) {
      const l1 = r.level1;
      // A row's name is whole; a packed cell's is quoted with its target when the name alone is a fragment.
      const data = { name: r.text.includes("|") ? label(r) : asWritten(r), level1: l1 ?? "" };
      const outputOrEffect = l1 === "产出指标" || l1 === "效益指标";
      // Only what the officer wrote counts as filing; an inferred 二级 is our guess, not theirs.
      const filedAsCost = r.level2 !== null && COST_LEVEL2.includes(r.level2);
      // A change in satisfaction (满意度提升情况) reads as an effect, so only satisfaction levels are judged.
      // Satisfaction under 效益指标 is the 2015 template's own place for it (财预〔2015〕88号), not a misfiling.
      if ((filedAsCost || l1 === "成本指标") && isRecoveredMoney(r.name) && r.kind === "quantitative")
        ctx.report({
          indicator: r,
          messageId: "recovered",
          data: { ...data, filed: r.level2 ?? l1 ?? "", ...FIX.recovered },
        });
      else if (spendingAsSatisfaction(r))
        ctx.report({ indicator: r, messageId: "spending", data: { ...data, ...spendingFix(r, view) } });
      else if (l1 === "产出指标" && isSatisfactionName(r.name) && !isChangeName(r.name) && !filedAsCost)
        ctx.report({ indicator: r, messageId: "satisfaction", data: { ...data, ...FIX.satisfaction } });
      // 群众满意度 under 社会效益指标: satisfaction has a 二级 of its own in the 2015 framework (inside the 效益
      // block) and a 一级 in the 2021 one, never an effect's (round 100).
      else if (
        l1 === "效益指标" &&
        r.level2 !== null &&
        EFFECT_LEVEL2.test(r.level2) &&
        isSatisfactionName(r.name) &&
        !isChangeName(r.name)
      )
        ctx.report({
          indicator: r,
          messageId: "satisfactionAsEffect",
          data: { ...data, level2: r.level2, ...satisfactionFix(view) },
        });
      // 产出指标 | 社会效益指标 | 安全通行保障率: a merged 一级 cell run on past its rows; the 二级 says what it is.
      else if (misfiledLevel2(r))
        ctx.report({
          indicator: r,
          messageId: "level2Misfiled",
          data: {
            ...data,
            level2: r.level2 ?? "",
            own: misfiledLevel2(r) ?? "",
            fixZh: `把一级指标改为“${misfiledLevel2(r)}”，或按指标内容改写二级指标。`,
            fixEn: `Set its 一级 to “${misfiledLevel2(r)}”, or write the 二级 its content calls for.`,
          },
        });
      // A sum of money under 数量指标: a cost, or the project's own funds; a loan made or money drawn in
      // (发放创业担保贷款 ≥10亿元) is the output itself.
      else if (isCostStandardAsQuality(r))
        ctx.report({
          indicator: r,
          messageId: "costStandard",
          data: { ...data, filed: r.level2 ?? l1 ?? "", ...FIX.costStandard },
        });
      else if (r.level2 === "数量指标" && isCostName(r.name, r.unit) && !isResultMoney(r.name)) {
        if (isMisfiledCost(r))
          ctx.report({ indicator: r, messageId: "cost", data: { ...data, ...costFix(r, view) } });
        else if (isProgramMoney(r.name))
          ctx.report({ indicator: r, messageId: "budget", data: { ...data, ...budgetFix(r, view) } });
        // 采购防汛物资 120万元: a sum, not a count of what it buys, whatever the name (round 100); 补助 5元/人·天
        // is a cost per unit, which a 数量指标 may misfile but is no input.
        else if (isSum(r))
          ctx.report({
            indicator: r,
            messageId: "money",
            data: { ...data, target: targetAsWritten(r), ...budgetFix(r, view) },
          });
      } else if (outputOrEffect && !filedAsCost && isInput(r, view))
        ctx.report({ indicator: r, messageId: "input", data: { ...data, ...inputFix(r, view) } });
      else if (rateAsTimely(r))
        ctx.report({ indicator: r, messageId: "rateAsTimely", data: { ...data, ...rateAsTimelyFix(r) } });
      else {
        const taken = slotsTaken(r, view);
        const output = taken ? undefined : restatedOutput(r, view);
        if (taken) {
          ctx.report({
            indicator: r,
            messageId: "slotsTaken",
            data: {
              name: label(r),
              target: targetAsWritten(r),
              output: label(taken.output),
              outputTarget: targetAsWritten(taken.output),
              fixZh: `效益指标改写为这些${/岗位/.test(taken.output.name) ? "岗位" : "名额"}带来的变化，如${taken.zh}；数量写在产出指标中即可。`,
              fixEn: `State the change they bring as the effect, e.g. ${taken.en}; the number belongs under 产出指标 (outputs) alone.`,
            },
          });
        } else if (output) {
          const { effect } = projectExamples(view);
          ctx.report({
            indicator: r,
            messageId: "outputAsEffect",
            data: {
              name: label(r),
              output: label(output),
              target: targetAsWritten(r),
              fixZh: `效益指标改写为这项工作带来的变化${effect.zh}；完成的工作量写在产出指标中即可。`,
              fixEn: `State the change the work brings as the effect${effect.en}; the work done belongs under 产出指标 (outputs) alone.`,
            },
          });
        } else if (reachAsEffect(r)) {
          const { effect } = projectExamples(view);
          const sessions = sessionsOnly(r);
          ctx.report({
            indicator: r,
            messageId: sessions ? "workAsEffect" : "reachAsEffect",
            data: {
              name: label(r),
              target: targetAsWritten(r),
              fixZh: sessions
                ? `移到产出指标（数量指标）下；效益指标写活动带来的变化${effect.zh}。`
                : `移到产出指标下（覆盖面、完成率写质量指标，人次写数量指标）；效益指标写活动带来的变化${effect.zh}。`,
              fixEn: sessions
                ? `Move it under 产出指标 (outputs, 数量指标); let the effect state the change the activity brings${effect.en}.`
                : `Move it under 产出指标 (outputs: a coverage or completion rate as quality, a headcount as quantity); let the effect state the change the activity brings${effect.en}.`,
            },
          });
        } else if (workAsEffect(r)) {
          // Farming work (推广新品种 in a 科技特派员 project) brings the farmers' income, whatever the sector's words.
          const farm = /农|品种|种植|养殖|畜牧|渔业/.test(normalize(r.name + view.project.project));
          const effect = farm
            ? {
                zh: "，如“示范推广区农户亩均增收 ≥（金额）元”",
                en: ", e.g. more income per mu for the farmers reached",
              }
            : projectExamples(view).effect;
          ctx.report({
            indicator: r,
            messageId: "workAsEffect",
            data: {
              name: label(r),
              target: targetAsWritten(r),
              fixZh: `移到产出指标（数量指标）下；效益指标写这项工作带来的变化${effect.zh}。`,
              fixEn: `Move it under 产出指标 (outputs, 数量指标); let the effect state the change the work brings${effect.en}.`,
            },
          });
        }
      }
    }
  },
};

/**
 * A fine or confiscation quota (罚没收入 ≥80万元, 治超执法罚款收缴 ≥200万元; round 127): 《行政处罚法》第七十四条
 * forbids fines as a basis of appraisal. Money recovered (追回违规资金, 追缴) is a legitimate output (round 119) and
 * is no fine; a ceiling or a count of cases (罚款案件数) is no quota.
 */
const FINE = /罚没|罚款/;
const NOT_A_FINE_QUOTA = /追回|追缴|退还|返还|案件|案数|件数|起数|率$|标准$/;

export function fineQuota(r: IndicatorRecord): boolean {
  const n = normalize(r.name);
  if (!FINE.test(n) || NOT_A_FINE_QUOTA.test(n)) return false;
  if (r.value === null || r.value <= 0 || r.comparator === "<=" || r.comparator === "<") return false;
  return /元/.test(normalize(r.unit));
}

export const fineTarget: Rule = {
  meta: {
    code: "FINE-QUOTA",
    severity: "warning",
    scope: "indicator",
    title: { zh: "罚没收入作为目标", en: "Fines set as a target" },
    messages: {
      quota: {
        zh: "指标“{name}”以罚没（罚款）收入“{target}”为目标；罚没款不得与执法机关的考核、考评挂钩，不宜设定罚没收入指标。",
        en: "“{name}” sets fines collected (“{target}”) as a target; fines may not be tied to the enforcing body's appraisal, so no such target should be set.",
      },
    },
    basis: BASIS.fines,
    fix: {
      zh: "删去这条指标，改用反映执法工作的指标，如“案件查处数 ≥（数）件”“案件结案率 ≥95%”或“违法行为发生数较上年下降 ≥（数值）%”。",
      en: "Drop it and measure the enforcement work instead: cases handled (案件查处数 ≥ n件), the closing rate (案件结案率 ≥95%) or offences down on last year.",
    },
  },
  check(view, ctx) {
    for (const r of view.indicators)
      if (fineQuota(r))
        ctx.report({ indicator: r, messageId: "quota", data: { name: r.name, target: targetWithColumn(r) } });
  },
};

export const categoryRules: Rule[] = [categoryMismatch, fineTarget];
