/**
 * Completeness (完整性): does each project have the indicator categories a target table must have?
 * Categories come from the written 一级, else from the written or inferred 二级. A row whose category
 * cannot be told is left out where the table writes categories (its label, 制度指标, is one we do not
 * know); where none are written, such rows are likely effects the words did not reveal (群众生产生活条件
 * 明显改善), and the category rules stay silent rather than guess.
 */
import type { IndicatorRecord, Level1 } from "../../record";
import { BASIS } from "../basis";
import { projectExamples } from "../examples";
import { countsAsCost, isCostIndicator, label, level1Of, level2Of, misfiledLevel2 } from "../indicator";
import {
  charPairs,
  isApprovalName,
  isChangeName,
  isCountName,
  isSatisfactionName,
  normalize,
  polarityOf,
} from "../lexicon";
import { statesChange } from "../../text/comparatorWords";
import { targetWithColumn } from "../format";
import type { ProjectView, Report, Rule, RuleContext, RuleMeta } from "../types";
import { isMisfiledCost, isSpendingRate } from "./categories";

const unknown = (r: IndicatorRecord) => level1Of(r) === null;

/** Whether the project can be judged (see above); a project without indicators lacks every category. */
function categoriesKnown(view: ProjectView): boolean {
  const rows = view.indicators;
  if (!rows.some(unknown)) return true;
  return categoriesWritten(view) && rows.some((r) => !unknown(r));
}

/** Whether any row of the project writes its 一级 or 二级. */
function categoriesWritten(view: ProjectView): boolean {
  return view.indicators.some((r) => r.level1 !== null || r.level2 !== null);
}

/** Names shown of the rows left out. */
const MAX_NAMES = 3;

/** A note on the rows left out, so that the officer knows what was not counted. */
function leftOut(view: ProjectView): { noteZh: string; noteEn: string } {
  const rows = view.indicators.filter(unknown);
  if (rows.length === 0) return { noteZh: "", noteEn: "" };
  const names = rows.slice(0, MAX_NAMES).map(label).join("”“") + (rows.length > MAX_NAMES ? "”等" : "”");
  return {
    noteZh: `另有 ${rows.length} 条指标（“${names}）看不出类别，未计入。`,
    noteEn: ` ${rows.length} indicator(s) of unknown category (“${names.replace(/”等$/, "”…")}) were not counted.`,
  };
}

function hasLevel1(view: ProjectView, l1: Level1): boolean {
  return view.indicators.some((r) => level1Of(r) === l1);
}

function missingCategory(
  meta: RuleMeta,
  present: (v: ProjectView) => boolean,
  how: (v: ProjectView, ctx: RuleContext) => Pick<Report, "messageId" | "severity" | "data"> = () => ({}),
  candidates: (v: ProjectView) => IndicatorRecord[] = () => [],
): Rule {
  return {
    meta,
    check(view, ctx) {
      if (!categoriesKnown(view) || present(view)) return;
      const ex = projectExamples(view);
      const { data, ...said } = how(view, ctx);
      // A list with no headings (指标1：… 指标5：…): every category is the words' guess, and where a line may be
      // of the category missing (民转刑案件发生数 0起, guessed an output), the guess may be wrong — a warning naming
      // it, not an error (round 152 false alarm 2).
      const guessed = !categoriesWritten(view);
      const maybe = meta.severity === "error" && guessed ? candidates(view) : [];
      const left = leftOut(view);
      const names = maybe.slice(0, MAX_NAMES).map(label).join("”“");
      ctx.report({
        ...(maybe.length ? { severity: "warning" as const } : {}),
        ...said,
        data: {
          ...data,
          project: view.project.project,
          noteZh:
            left.noteZh +
            (maybe.length ? `本项目未写指标类别，“${names}”按名称推断为产出，如是效益请写明类别。` : ""),
          noteEn:
            left.noteEn +
            (maybe.length
              ? ` No categories are written: “${names}” was guessed an output from its name; if it is an effect, say so.`
              : ""),
          outputZh: ex.output.zh,
          outputEn: ex.output.en,
          effectZh: ex.effect.zh,
          effectEn: ex.effect.en,
          costZh: ex.cost.zh,
          costEn: ex.cost.en,
        },
      });
    },
  };
}

export const completeOutput = missingCategory(
  {
    code: "COMPLETE-OUTPUT",
    severity: "error",
    scope: "project",
    title: { zh: "缺少产出指标", en: "No output indicator" },
    messages: {
      missing: {
        zh: "项目没有产出指标（数量、质量、时效等）。{noteZh}",
        en: "The project has no output indicator (quantity, quality, timeliness …).{noteEn}",
      },
    },
    basis: BASIS.categories,
    fix: {
      zh: "补充产出指标，写明本项目完成的工作量、质量和时限{outputZh}。",
      en: "Add output indicators stating the work delivered, its quality and deadline{outputEn}.",
    },
  },
  (v) => hasLevel1(v, "产出指标"),
);

export const completeEffect = missingCategory(
  {
    code: "COMPLETE-EFFECT",
    severity: "error",
    scope: "project",
    title: { zh: "缺少效益指标", en: "No effect indicator" },
    messages: {
      missing: {
        zh: "项目没有效益指标（经济、社会、生态效益或可持续影响）。{noteZh}",
        en: "The project has no effect indicator (economic, social, ecological or sustainable impact).{noteEn}",
      },
    },
    basis: BASIS.categories,
    fix: {
      zh: "补充效益指标，写明项目带来的可衡量变化{effectZh}。",
      en: "Add effect indicators describing a measurable change the project brings{effectEn}.",
    },
  },
  // An effect's 二级 under a 一级 run on past its rows is an effect misfiled (CATEGORY-MISMATCH), not none.
  (v) => hasLevel1(v, "效益指标") || v.indicators.some((r) => misfiledLevel2(r) === "效益指标"),
  undefined,
  // What should not happen, counted (民转刑案件发生数 0起, 安全事故 0起): guessed the work's quality, often the effect.
  (v) =>
    v.indicators.filter(
      (r) =>
        level1Of(r) === "产出指标" &&
        level2Of(r) !== "时效指标" &&
        polarityOf(r.name) === "negative" &&
        !isCostIndicator(r),
    ),
);

export const completeSatisfaction = missingCategory(
  {
    code: "COMPLETE-SATISFACTION",
    severity: "warning",
    scope: "project",
    title: { zh: "缺少满意度指标", en: "No satisfaction indicator" },
    messages: {
      missing: {
        zh: "项目没有满意度指标。有服务对象或受益人的项目应设置服务对象满意度指标。{noteZh}",
        en: "The project has no satisfaction indicator. Projects with beneficiaries should measure their satisfaction.{noteEn}",
      },
      complaints: {
        zh: "满意度指标下填的是“{name}”，反映的是投诉或问题的多少，未反映服务对象满意度。{noteZh}",
        en: "Under 满意度指标 stands “{name}”, a count of complaints or problems, not the beneficiaries' satisfaction.{noteEn}",
      },
      spending: {
        zh: "满意度指标下填的是“{name}”，反映的是预算资金的支出进度，未反映服务对象满意度。{noteZh}",
        en: "Under 满意度指标 stands “{name}”, how much of the budget is spent, not the beneficiaries' satisfaction.{noteEn}",
      },
    },
    basis: BASIS.categories,
    fix: {
      zh: "补充服务对象满意度指标，如“服务对象满意度 ≥90%”；确无服务对象的，在说明中注明。",
      en: "Add a beneficiary-satisfaction indicator, e.g. “beneficiary satisfaction ≥ 90%”; if there are no beneficiaries, say so.",
    },
  },
  // A satisfaction indicator filed in the wrong block still exists (CATEGORY-MISMATCH reports the filing),
  // and so does one named otherwise (服务对象认可度 ≥90%); a change in satisfaction (满意度提升情况) is an
  // effect and does not count.
  // A complaint rate or count under 满意度指标 (市民投诉率 ≤2%) measures complaints, not satisfaction (round 112
  // miss 5): it does not count, and the finding names it.
  // So does a spending rate there (预算执行率 ≥95%; round 145 miss 4).
  (v) =>
    v.indicators.some((r) => level1Of(r) === "满意度指标" && !countsComplaints(r) && !isSpendingRate(r)) ||
    v.indicators.some((r) => (isSatisfactionName(r.name) || isApprovalName(r.name)) && !isChangeName(r.name)),
  (v) => {
    const filed = v.indicators.filter((r) => level1Of(r) === "满意度指标");
    const complaints = filed.filter(countsComplaints);
    if (complaints.length)
      return { messageId: "complaints", data: { name: complaints.map(label).join("”“") } };
    const spending = filed.filter(isSpendingRate);
    return spending.length
      ? { messageId: "spending", data: { name: spending.map(label).join("”“") } }
      : { messageId: "missing" };
  },
);

/** A measure of complaints or problems (投诉率, 投诉件数, 差评率): smaller is better, and no satisfaction. */
function countsComplaints(r: IndicatorRecord): boolean {
  return (
    !isSatisfactionName(r.name) && !isApprovalName(r.name) && polarityOf(r.name, r.direction) === "negative"
  );
}

export const completeCost: Rule = missingCategory(
  {
    code: "COMPLETE-COST",
    severity: "info",
    scope: "project",
    title: { zh: "缺少成本指标", en: "No cost indicator" },
    messages: {
      missing: {
        zh: "项目没有成本指标。按 2021 年指引，成本指标为一级指标。{noteZh}",
        en: "The project has no cost indicator. Under the 2021 guide, cost is a first-level indicator.{noteEn}",
      },
      sheet2021: {
        zh: "项目没有成本指标。本表其他项目按 2021 年指引把成本指标列为一级指标，本项目也应设置。{noteZh}",
        en: "The project has no cost indicator, while the table's other projects follow the 2021 guide with cost as a first-level indicator; this one should too.{noteEn}",
      },
    },
    basis: BASIS.cost2021,
    fix: {
      zh: "如按 2021 年指引编制，补充单位成本或分项成本控制数{costZh}。",
      en: "If following the 2021 guide, add a unit or itemised cost cap{costEn}.",
    },
  },
  // A cost filed under 数量指标 is a cost all the same: CATEGORY-MISMATCH asks for it to be moved, and
  // saying the project has none would contradict it.
  // A sum paid out that only the parser took for a cost (发放高龄津贴资金≥98万元) is none.
  (v) => v.indicators.some((r) => countsAsCost(r) || isMisfiledCost(r)),
  // Under the 2015 framework a cost is optional, a hint; where the table's other projects write 成本指标 as a
  // 一级 (the 2021 template), this one follows the same template and left it out (round 84 #125 治超).
  (v, ctx) => (sheetFollows2021(v, ctx.all) ? { messageId: "sheet2021", severity: "warning" } : {}),
);

/** A project that writes 成本指标 as its 一级: the 2021 template. */
const writes2021 = (v: ProjectView) => v.indicators.some((r) => r.level1 === "成本指标");

/** Other projects that make a table's template: one other project may be a table of its own pasted beside. */
const TEMPLATE_MIN = 2;

/** Whether most of the other projects on the project's sheet, two at least, write 成本指标 as a 一级. */
function sheetFollows2021(view: ProjectView, all: readonly ProjectView[]): boolean {
  const sheet = sheetCounts(all).get(view.project.sheet) ?? { projects: 0, following: 0 };
  // The others: the sheet's projects with indicators but this one.
  const mine = view.indicators.length > 0;
  const others = sheet.projects - (mine ? 1 : 0);
  const following = sheet.following - (mine && writes2021(view) ? 1 : 0);
  return following >= TEMPLATE_MIN && following * 2 > others;
}

/** Per review, each sheet's projects with indicators and how many of them follow the 2021 template. */
const SHEET_COUNTS = new WeakMap<
  readonly ProjectView[],
  Map<string, { projects: number; following: number }>
>();

/**
 * Counted once per review (round 200): counting the sheet's other projects anew for each project made a
 * table of 20,000 rows quadratic.
 */
function sheetCounts(all: readonly ProjectView[]): Map<string, { projects: number; following: number }> {
  let counts = SHEET_COUNTS.get(all);
  if (counts) return counts;
  counts = new Map();
  for (const o of all) {
    if (o.indicators.length === 0) continue;
    const c = counts.get(o.project.sheet) ?? { projects: 0, following: 0 };
    c.projects++;
    if (writes2021(o)) c.following++;
    counts.set(o.project.sheet, c);
  }
  SHEET_COUNTS.set(all, counts);
  return counts;
}

/** What each missing 二级 of 产出 leaves unsaid, and how to say it. */
const OUTPUT_PARTS = {
  both: {
    zh: "产出指标没有质量指标和时效指标，看不出完成得好不好、能否按时完成。",
    en: "The outputs have no quality and no timeliness indicator: nothing says how well or by when the work is done.",
    fixZh: "补充质量指标（如合格率、达标率、准确率 ≥95%）和时效指标（如“12月31日前完成”）。",
    fixEn:
      "Add a quality indicator (a pass, compliance or accuracy rate ≥ 95%) and a timeliness one (e.g. done by 31 December).",
  },
  quality: {
    zh: "产出指标没有质量指标，看不出完成得好不好。",
    en: "The outputs have no quality indicator: nothing says how well the work is done.",
    fixZh: "补充质量指标，如合格率、达标率、准确率 ≥95%。",
    fixEn: "Add a quality indicator, e.g. a pass, compliance or accuracy rate ≥ 95%.",
  },
  time: {
    zh: "产出指标没有时效指标，看不出能否按时完成。",
    en: "The outputs have no timeliness indicator: nothing says by when the work is done.",
    fixZh: "补充时效指标，如“12月31日前完成”“资金按季度拨付”。",
    fixEn: "Add a timeliness indicator, e.g. done by 31 December, funds paid quarterly.",
  },
};

/**
 * 产出 with quantity only (88号: 产出 is 数量, 质量, 时效 and 成本): a warning when neither how well nor by
 * when is said, a hint (like COMPLETE-COST) when one of the two is.
 */
/**
 * Words of a name that measure how well (合格率, 完好, 准确, 响应速度, 优良中等路比例, 公路技术等级), or by when
 * (及时, 工期, 进度).
 */
const QUALITY_WORDS =
  /率|比例|占比|合格|达标|完好|优良|好路|路况|等级|准确|正确|精准|通过|规范|质量|速度|吞吐|响应|稳定|可用|防治效果|防控效果|防效/;
const TIME_WORDS = /时间|时限|及时|按期|按时|按[月季年旬]|工期|进度|周期|用时|时长|前完成|底前|月底|年底/;

/** 发放及时率, 按时办结率: a rate of timeliness, which says by when, not how well. */
const TIME_RATE = /(?:及时|按时|按期|准时|如期)[\u4e00-\u9fff]{0,6}率$/;

function isPart(r: IndicatorRecord, part: "质量指标" | "时效指标", words: RegExp): boolean {
  if (r.level2 !== null) return r.level2 === part;
  // A guessed 二级 is read generously, but a rate of timeliness is never quality (round 75 临时救助).
  if (part === "质量指标" && TIME_RATE.test(normalize(r.name))) return false;
  return r.level2Inferred === part || words.test(normalize(r.name)) || words.test(normalize(r.target));
}

export const completeOutputDetail: Rule = {
  meta: {
    code: "COMPLETE-OUTPUT-DETAIL",
    // Neither quality nor timeliness: 产出 stated as quantity alone is incomplete (88号), a warning; one of
    // the two missing is a hint, reported as info.
    severity: "warning",
    scope: "project",
    title: { zh: "产出缺少数量、质量或时效指标", en: "Outputs lack quantity, quality or timeliness" },
    messages: {
      missing: { zh: "{zh}", en: "{en}" },
    },
    basis: BASIS.categories,
    fix: { zh: "{fixZh}", en: "{fixEn}" },
  },
  check(view, ctx) {
    // Prose with no category written (全年保障受助学生2.4万人，补助标准每生每天5元，学生营养状况有效改善…): a line whose
    // category the words do not tell is no reason to say nothing of the outputs the words do tell; it is read for
    // quality or time by its words as a guessed one is (round 157 miss 5).
    const guessed = !categoriesWritten(view);
    const untold = guessed ? view.indicators.filter(unknown) : [];
    // A project none of whose rows' categories can be told has no outputs either: the return below is its.
    const outputs = view.indicators.filter((r) => level1Of(r) === "产出指标" && !isCostIndicator(r));
    if (outputs.length === 0) return;
    // A written 二级 is the officer's word. A guessed one is generous: 合格率, 吞吐量 and 查询速度 may
    // well be what the officer meant as quality, so only a project with none such is told.
    // 老年人健康管理率 ≥65%, 疫苗接种率 ≥90% under 产出 with no 二级 and nothing counted: the population's coverage the
    // 基本公卫 template files as its 数量指标, guessed a quality by its words — the quantity, then, and not the quality
    // as well (round 157 false alarm 2). Beside a count, it is read generously as before.
    const counted = outputs.some(isQuantity);
    const coverage = counted ? [] : outputs.filter(isCoverageRate);
    const quality =
      outputs.some((r) => !coverage.includes(r) && isPart(r, "质量指标", QUALITY_WORDS)) ||
      untold.some((r) => isPart(r, "质量指标", QUALITY_WORDS) || statesStandard(r));
    // 资金按月足额发放, guessed a cost for its 资金, is the 时效 indicator its words say it is; a cost the
    // officer filed as such is not.
    const scheduled = view.indicators.some(
      (r) =>
        level1Of(r) === "产出指标" &&
        r.level2 === null &&
        isCostIndicator(r) &&
        (TIME_WORDS.test(normalize(r.name)) || TIME_WORDS.test(normalize(r.target))),
    );
    const time =
      scheduled ||
      [...outputs, ...untold].some((r) => isPart(r, "时效指标", TIME_WORDS) || r.kind === "date");
    // 平台正常运行率, 故障修复时间 and no count of what is run: how much work the money buys is unsaid (round
    // 105), a warning whatever else is there.
    if (!counted && coverage.length === 0) {
      ctx.report({ data: noQuantity(quality, time, view) });
      return;
    }
    // 保障幼儿园数量 100%, 资金拨付率 100%: every quantity a percentage of nothing counted (how many
    // kindergartens, children, km) — the outputs' scale is unsaid as where no 数量指标 is (round 145 miss 6). A
    // population's share (老年人健康管理率 ≥62%, the national template's 数量指标 of 基本公卫) counts people.
    const shares = counted ? outputs.filter(isQuantity) : coverage;
    if (shares.every((r) => countsNothing(r, view))) {
      ctx.report({ data: sharesOnly(shares, quality, time, view) });
      return;
    }
    if (quality && time) return;
    const both = !quality && !time;
    // 建档率, 健康管理率 shown as a guessed 质量 while counted as the quantity: the message says which they are
    // taken for, so it does not contradict the listing (round 185).
    const shownAsQuality = quality
      ? []
      : coverage.filter((r) => r.level2 === null && r.level2Inferred === "质量指标");
    ctx.report({
      data:
        !quality && coverage.some(guessedQuality)
          ? rateOnly(coverage, time)
          : shownAsQuality.length > 0
            ? coverageAsQuantity(shownAsQuality, time)
            : OUTPUT_PARTS[both ? "both" : quality ? "time" : "quality"],
      ...(both ? {} : { severity: "info" as const }),
    });
  },
};

/**
 * The work a project's name says it does, as the kind of count to write: a field's example would often be
 * about other work (a 城管 平台运维 runs no 人行道 repairs).
 */
function workExample(project: string): { zh: string; en: string } {
  const p = normalize(project);
  if (/建设|改造|新建|扩建|工程|修缮|购置|采购/.test(p))
    return {
      zh: "，如建设或购置的规模（面积、里程、设备台套数）",
      en: ", e.g. what is built or bought (area, km, pieces of equipment)",
    };
  // 城区园林绿化养护: its green space, not devices or lamps (round 182).
  if (/园林|绿化|绿地|公园|行道树/.test(p) && /养护|管护|管养|维护|运维/.test(p))
    return {
      zh: "，如养护的绿地面积（万平方米）、行道树株数",
      en: ", e.g. the green space tended (10,000 m²) or street trees",
    };
  if (/(?:公路|道路|路面)/.test(p) && /养护|管护|管养|维护/.test(p))
    return { zh: "，如养护的道路里程（公里）", en: ", e.g. the km of road maintained" };
  if (/河道|河湖|堤防|水库/.test(p) && /养护|管护|管养|维护|保洁/.test(p))
    return {
      zh: "，如管护的河道长度（公里）、水库座数",
      en: ", e.g. the km of river or the reservoirs looked after",
    };
  if (/运维|运行|维护|维保|管护|养护|电费|照明/.test(p))
    return {
      zh: "，如运维的设备、终端或路灯数量",
      en: ", e.g. the equipment, terminals or street lamps run",
    };
  return { zh: "，如服务人次、活动场次", en: ", e.g. people served, events held" };
}

/** A change said in words (明显改善, 持续扩大, 有效增强): what an effect says, not how the work is done. */
const CHANGE_WORDS =
  /改善|提升|提高|增强|增加|增长|扩大|减少|下降|降低|减轻|缓解|好转|巩固|发展|促进|推动|丰富|优化|完善|加强|改观|稳定|保障|满足/;

/**
 * A line of prose whose category the words do not tell, stating the standard the work keeps (垃圾 | 日产日清, 河面 |
 * 无明显漂浮垃圾), not a change: how well the work is done.
 */
function statesStandard(r: IndicatorRecord): boolean {
  const t = normalize(r.target);
  return (
    r.kind === "qualitative" && t !== "" && !CHANGE_WORDS.test(t) && !CHANGE_WORDS.test(normalize(r.name))
  );
}

/**
 * A count of work done: filed under 数量指标, or, none filed, guessed so (or a 时效 for its 按时, counted in people or
 * things) or counted in things.
 */
function isQuantity(r: IndicatorRecord): boolean {
  if (r.level2 !== null) return r.level2 === "数量指标";
  if (r.level2Inferred !== null) return r.level2Inferred === "数量指标" || countedOnTime(r);
  return r.kind === "quantitative" && !/[%‰元]|^$/.test(normalize(r.unit));
}

/** Units of time: a figure in them is a time, no count. */
const TIME_UNIT = /^(?:天|日|个?工作日|小时|分钟|个?月|年|周|季度?)$/;

/**
 * 按时发放全镇13个村（社区）干部报酬 286人: guessed a 时效 for its 按时, it counts those paid all the same (round 157).
 */
function countedOnTime(r: IndicatorRecord): boolean {
  const u = normalize(r.unit);
  return (
    r.level2Inferred === "时效指标" &&
    r.kind === "quantitative" &&
    /^[\u4e00-\u9fff]{1,3}$/.test(u) &&
    !TIME_UNIT.test(u) &&
    !/元/.test(u)
  );
}

/** Acts done to each of a population, whose rate is the share reached: 接种, 建档, 筛查, 签约, 体检, 随访, 参保. */
const REACHING_ACT = /(?:接种|建档|筛查|签约(?:服务)?|体检|随访|参保|入学|入园)率$/;
/** Care given to each of a population (规范管理率, 健康管理率, 系统管理率, 规范治疗率) — of people named. */
const CARE_RATE = /(?:管理(?:服务)?|治疗|救治|康复服务)率$/;
/** The people a care rate is of (老年人, 高血压患者, 孕产妇, 0-6岁儿童, 严重精神障碍患者). */
const POPULATION = /患者|老年人|老人|儿童|孕产妇|产妇|居民|人群|人口|妇女|学生|幼儿|新生儿|残疾人|对象/;
/** A rate of how well, not how many: 合格率, 准确率, 规范率, 履约率 … (涉案财物管理规范率, 签约服务履约率). */
const HOW_WELL_RATE = /(?:合格|达标|准确|正确|规范|履约|续约|告知|完好|及时)率$/;

/** A population's coverage, a percentage: 65岁及以上老年人健康管理率, 适龄儿童免疫规划疫苗接种率, 居民电子健康档案建档率. */
function isCoverageRate(r: IndicatorRecord): boolean {
  if (r.kind !== "quantitative" || !/^[%‰]$/.test(normalize(r.unit))) return false;
  const n = normalize(r.name);
  if (HOW_WELL_RATE.test(n)) return false;
  return REACHING_ACT.test(n) || (CARE_RATE.test(n) && POPULATION.test(n));
}

/** How much of the money went out (资金拨付率, 预算执行率, 经费使用率): the money's flow, no work. */
const MONEY_RATE = /(?:资金|经费|预算)[\u4e00-\u9fff]{0,6}率$/;
/** A completion rate of nothing named (任务完成率, 项目完成率): the share of a scale the table never states. */
const BARE_COMPLETION = /^(?:项目|任务|工作|计划)*完成率$/;

/**
 * A quantity as a percentage that counts nothing (UNIT-MISMATCH's 保障幼儿园数量 100%, 资金拨付率 100%, 任务完成率
 * 100%): no work done is counted by it.
 */
function countsNothing(r: IndicatorRecord, view: ProjectView): boolean {
  // 森林防火巡护 | 是, guessed a quantity: a deed said done, no count of it (round 185).
  if (answeredDone(r)) return true;
  if (r.kind !== "quantitative" || !/^[%‰]$/.test(normalize(r.unit))) return false;
  // 诈骗案件发案数 同比下降10%: a change in a count, no count written as a share.
  if (statesChange(r.target) || isChangeName(r.name)) return false;
  const n = normalize(r.name);
  return (
    isCountName(r.name) || MONEY_RATE.test(n) || BARE_COMPLETION.test(n) || completionOfUncounted(r, view)
  );
}

/** A row guessed a quantity and answered 是 (森林防火巡护 | 是): said done, nothing counted. */
function answeredDone(r: IndicatorRecord): boolean {
  return (
    r.level2 === null &&
    r.level2Inferred === "数量指标" &&
    r.kind === "qualitative" &&
    /^是[。.]?$/.test(normalize(r.target))
  );
}

/**
 * A completion rate of a named work (文物修缮完成率, 河道整治完成率), or the coverage of an activity (宣传覆盖率; round
 * 185): the work, before 完成率 or 覆盖率.
 */
const NAMED_COMPLETION =
  /^([\u4e00-\u9fff]{2,12}?)(?:任务|工作|计划)?完成率$|^(宣传|培训|巡护|巡查|巡逻|检查|演练)覆盖率$/;

/**
 * 文物修缮完成率 100% where neither the goal nor any other indicator counts the repairs (how many 处, 座, 平方米): a
 * share of a scale the project never states, as 任务完成率 is (round 165 miss 3). A goal or line with a count sharing
 * the work's words (修缮文物12处) states it.
 */
function completionOfUncounted(r: IndicatorRecord, view: ProjectView): boolean {
  const m = NAMED_COMPLETION.exec(normalize(r.name));
  const work = m?.[1] ?? m?.[2];
  if (!work) return false;
  const pairs = charPairs(work);
  const shares = (text: string) => [...pairs].some((p) => text.includes(p));
  const counted = view.indicators.some(
    (o) =>
      o !== r &&
      o.kind === "quantitative" &&
      o.value !== null &&
      normalize(o.unit) !== "" &&
      !/[%‰元]/.test(normalize(o.unit)) &&
      shares(normalize(o.name)),
  );
  // 花都区梯面小学中心级应急避难场所 | 中心级别应急避难场所建设完成率 100%: the project is the one work, and its
  // completion needs no count.
  if (
    counted ||
    (SINGLE_WORK.test(normalize(view.project.project)) && shares(normalize(view.project.project)))
  )
    return false;
  // The goal's clauses that hold a figure with a measure word (修缮文物12处, 完成3处古建筑修缮).
  return !normalize(view.project.goal)
    .split(/[，,；;。]/)
    .some((clause) => GOAL_COUNT.test(clause) && shares(clause));
}

/** A project named as one facility or one works (…应急避难场所, …文化中心, …除险加固工程). */
const SINGLE_WORK = /(?:场所|中心|馆|站|楼|厂|桥|院|校|室|工程|广场|公园)$/;

/** A figure with the measure word of a count or a size, as a goal writes it. */
const GOAL_COUNT =
  /[\d一二三四五六七八九十两百千万]+(?:\.\d+)?(?:万|千)?(?:个|处|座|所|项|家|户|人|名|公里|千米|亩|平方米|米|吨|条|台|套|件|间|辆|栋|幢|批|次|场)/;

/** A row the parser guessed to be quality (参保率 read as 质量指标 with no 二级 written). */
const guessedQuality = (r: IndicatorRecord) =>
  r.level2 === null && r.level2Inferred === "质量指标" && ENROLMENT.test(normalize(r.name));
/**
 * Those enrolled (参保率, 入学率, 入园率), whose count the money pays for head by head — not the 基本公卫 template's
 * rates of care, which stand for its quantity (round 157).
 */
const ENROLMENT = /(?:参保|入学|入园)率$/;

/**
 * What a project is told whose outputs are only a population's coverage (参保率 ≥93%), shown as a guessed quality: the
 * rate stands for the quantity and says how many nowhere (参保人数), and nothing else says how well (round 165:
 * "no 质量" beside a row marked 质量 said the wrong gap).
 */
function rateOnly(coverage: readonly IndicatorRecord[], time: boolean): Record<string, string> {
  const shown = coverage
    .slice(0, MAX_NAMES)
    .map((r) => `“${label(r)} ${targetWithColumn(r)}”`)
    .join("");
  const count = `${normalize(coverage[0].name).replace(/率$/, "")}人数 ≥（数量）人`;
  return {
    zh: `产出指标只有比率${shown}，没有写明覆盖多少人，也没有另设质量指标${time ? "" : "和时效指标"}。`,
    en: `The outputs state only a rate (${shown}): how many people it covers is not said, and there is no other quality${time ? "" : " or timeliness"} indicator.`,
    fixZh: `补充写明人数的数量指标，如“${count}”；并补充质量指标（如合格率、准确率 ≥95%）${time ? "" : "和时效指标（如“12月31日前完成”）"}。`,
    fixEn: `Add a quantity counting the people, e.g. “${count}”, and a quality indicator (a pass or accuracy rate ≥ 95%)${time ? "" : " and a timeliness one"}.`,
  };
}

/**
 * What a project is told whose outputs' population coverage (建档率 ≥90%, 老年人健康管理率 ≥62%) stands for its
 * quantity, though the listing shows it as a guessed 质量: which lines are taken as what, and what is missing.
 */
function coverageAsQuantity(coverage: readonly IndicatorRecord[], time: boolean): Record<string, string> {
  const shown = coverage
    .slice(0, MAX_NAMES)
    .map((r) => `“${label(r)} ${targetWithColumn(r)}”`)
    .join("");
  return {
    zh: `产出指标中${shown}是服务的覆盖面，按数量指标看待；此外没有质量指标${time ? "" : "，也没有时效指标"}，看不出完成得好不好${time ? "" : "、能否按时完成"}。`,
    en: `The outputs' ${shown} state how far the service reaches, read as its quantity; no other indicator says how well the work is done${time ? "" : ", and none says by when"}.`,
    fixZh: `补充质量指标，如健康档案合格率、数据准确率 ≥95%${time ? "" : "，以及时效指标（如“12月31日前完成”）"}。`,
    fixEn: `Add a quality indicator, e.g. a record-quality or data-accuracy rate ≥ 95%${time ? "" : ", and a timeliness one"}.`,
  };
}

/** What a project whose quantities are all percentages is told, with the other parts it lacks. */
function sharesOnly(
  shares: readonly IndicatorRecord[],
  quality: boolean,
  time: boolean,
  view: ProjectView,
): Record<string, string> {
  const shown = shares
    .slice(0, MAX_NAMES)
    .map((r) => `“${label(r)} ${targetWithColumn(r)}”`)
    .join("");
  const example = workExample(view.project.project);
  const more = [
    ...(quality ? [] : ["质量指标（如合格率、达标率 ≥95%）"]),
    ...(time ? [] : ["时效指标（如“12月31日前完成”）"]),
  ];
  const lacksEn = [...(quality ? [] : ["quality"]), ...(time ? [] : ["timeliness"])];
  return {
    zh: `产出的数量指标只写了${shares.some(answeredDone) ? "百分比或“是”" : "百分比"}（${shown}），没有一项写明完成多少工作，看不出资金办成了多少事。`,
    en: `The outputs' quantities are all percentages (${shown}); none counts the work done, so nothing says how much the money delivers.`,
    fixZh: `补充写明工作量的数量指标${example.zh}${more.length ? `；并补充${more.join("和")}` : ""}。`,
    fixEn: `Add a quantity indicator counting the work done${example.en}${lacksEn.length ? `, and ${lacksEn.join(" and ")} ones` : ""}.`,
  };
}

/** What a project with no 数量指标 is told, with the other parts it lacks. */
function noQuantity(quality: boolean, time: boolean, view: ProjectView): Record<string, string> {
  const lacks = ["数量指标", ...(quality ? [] : ["质量指标"]), ...(time ? [] : ["时效指标"])];
  const lacksEn = ["quantity", ...(quality ? [] : ["quality"]), ...(time ? [] : ["timeliness"])];
  const example = workExample(view.project.project);
  const more = [
    ...(quality ? [] : ["质量指标（如合格率、达标率 ≥95%）"]),
    ...(time ? [] : ["时效指标（如“12月31日前完成”）"]),
  ];
  return {
    zh: `产出指标没有${lacks.join("和")}，看不出要完成多少工作${quality ? "" : "、完成得好不好"}${time ? "" : "、能否按时完成"}。`,
    en: `The outputs have no ${lacksEn.join(", no ")} indicator: nothing says how much work is done${quality ? "" : ", how well"}${time ? "" : ", by when"}.`,
    fixZh: `补充数量指标，写明完成的工作量${example.zh}${more.length ? `；并补充${more.join("和")}` : ""}。`,
    fixEn: `Add a quantity indicator stating the work done${example.en}${more.length ? `, and ${lacksEn.slice(1).join(" and ")} ones` : ""}.`,
  };
}

export const completeFew: Rule = {
  meta: {
    code: "COMPLETE-FEW",
    severity: "warning",
    scope: "project",
    title: { zh: "指标过少", en: "Too few indicators" },
    messages: {
      few: {
        zh: "项目只有 {count} 条指标，少于 {min} 条，难以全面反映产出和效果。",
        en: "The project has only {count} indicator(s), fewer than {min}; too few to reflect its outputs and effects.",
      },
    },
    basis: BASIS.categories,
    fix: {
      zh: "按产出、效益、满意度分别补充指标，每类至少一条。",
      en: "Add indicators for output, effect and satisfaction, at least one each.",
    },
  },
  check(view, ctx) {
    const count = view.indicators.length;
    const min = ctx.settings.minIndicators;
    if (count < min) ctx.report({ data: { count, min } });
  },
};

export const completenessRules: Rule[] = [
  completeOutput,
  completeEffect,
  completeSatisfaction,
  completeCost,
  completeOutputDetail,
  completeFew,
];
