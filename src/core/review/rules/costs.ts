/**
 * Cost indicators that state no cost (相关性, 101号): "控制在预算内" or the project's whole budget as the
 * only cost indicator say the money will be spent, not what a unit of output costs.
 */
import type { IndicatorRecord } from "../../record";
import { BASIS } from "../basis";
import { projectExamples } from "../examples";
import { numberText, targetAsWritten, targetWithColumn } from "../format";
import { countsAsCost, isCostIndicator, level2Of } from "../indicator";
import { charPairs, isRecoveredMoney, normalize } from "../lexicon";
import { deliveredCounts, outputCounts, perUnitOf } from "./categories";
import type { ProjectView, Rule } from "../types";
import { capPayouts, fundsAreShare, payouts } from "../standards";
import { goalStandard } from "../goalStandard";

/** 控制在预算内, 不超过预算, 在预算成本范围内, 控制在概算以内: the budget as the limit, in words. */
const WITHIN_BUDGET =
  /[预概]算[^，,；;。]{0,4}(?:范围)?[以之]?内|不(?:超过?|突破|高于)[^，,；;。]{0,4}[预概]算/;

/** 人均, 每公里, 单价, 单灯, 单条, 元/人 …: a cost per unit of output, or an item's standard. */
const PER_UNIT =
  /单位|单[个项户村人家所座台站套批处辆船车灯盏条间场亩吨头张]|[人户亩生次村校场站所家件台车]均|平均|每|单价|均价|单方|标准|定额|造价/;

/**
 * 项目总成本, 年度预算总额, 项目资金: the whole budget; also a sum named as the work's funds or costs (卫生应急
 * 及监督执法经费 ≤68万元, 年度投资 5610.20万元, 维修养护费用 控制在75.5万元以内), or the cost of the whole works
 * (工程建设成本 ≤1360万元 of 8 座 reservoirs; round 145 miss 5), which as the only cost figure is the budget again.
 */
const WHOLE =
  /总成本|总费用|总投资|总额|总金额|总预算|总支出|预算|项目成本|项目资金|资金总|成本控制|(?:经费|费用|资金|投资|投资额|支出)$|(?:工程|建设|施工|建安)成本$/;

/** A sum of money as written (868.40万元), left out when the budget's words are looked for around it. */
const SUM = /[\d.,，]+[万亿千百]?元/g;

/** The budget held as the limit, in the name or the target (成本控制 | 控制在预算内, 控制在预算868.40万元以内). */
function withinBudget(r: IndicatorRecord): boolean {
  const t = normalize(r.target).replace(SUM, "");
  return WITHIN_BUDGET.test(normalize(r.name)) || WITHIN_BUDGET.test(t);
}

function isUnitCost(r: IndicatorRecord): boolean {
  return r.unit.includes("/") || PER_UNIT.test(normalize(r.name));
}

/** A sum of money (≤860万元, 180万), not a rate such as 成本控制率 100%. */
function isMoney(r: IndicatorRecord): boolean {
  const unit = normalize(r.unit);
  return r.kind === "quantitative" && (unit.includes("元") || (unit === "" && /[万亿]/.test(r.target)));
}

/**
 * 完成投资, 一季度完成投资额: how far the spending has gone, a measure of progress, not the budget; 为群众节约
 * 费用: a cost saved, a gain.
 */
const PROGRESS = /完成|节约|节省/;

/**
 * The work a project is named for, which a cost named after it pays for whole (运维服务费 of 教育信息化设备运维,
 * 设备采购成本 of 医疗设备购置, 培训费 of 从业人员培训); an item's cost (印刷费 of a publicity project) is not.
 */
const WORK =
  /运维|维护|养护|管养|保洁|采购|购置|购买|培训|建设|改造|维修|修缮|运营|运行|宣传|监测|检测|疏浚|治理|整治/g;
const workOf = (text: string) =>
  new Set((normalize(text).match(WORK) ?? []).map((w) => (/购置|购买/.test(w) ? "采购" : w)));

function namedForProjectWork(r: IndicatorRecord, view: ProjectView): boolean {
  const project = workOf(view.project.project);
  return [...workOf(r.name)].some((w) => project.has(w));
}

/** A sum the 绩效目标 states (安排资金198万元) within a tenth of the cost: the project's money, whole. */
const GOAL_SUM = /(\d+(?:\.\d+)?)(万|亿)?元/g;
const NEAR = 0.1;

function budgetInGoal(r: IndicatorRecord, view: ProjectView): boolean {
  const v = r.value;
  if (v === null || v <= 0) return false;
  for (const m of normalize(view.project.goal).replace(/,/g, "").matchAll(GOAL_SUM)) {
    const sum = Number(m[1]) * (m[2] === "亿" ? 1e8 : m[2] === "万" ? 1e4 : 1);
    if (Math.abs(sum - v) <= NEAR * v) return true;
  }
  return false;
}

/** Within 1%: a cost equal to the money the table's amount column gives the project (预算金额 45万元). */
const SAME = 0.01;

/** The cost is the project's money as its amount column states it (物资采购支出 45万元 beside 预算金额 45). */
function budgetInColumn(r: IndicatorRecord, view: ProjectView): boolean {
  const v = r.value;
  if (v === null || v <= 0) return false;
  return (view.project.budget ?? []).some((sum) => Math.abs(sum - v) <= SAME * v);
}

/** Under half the project's known money: one item's cost, not the budget restated. */
const ITEM_SHARE = 0.5;

/**
 * 冷链巡检经费 ≤12万元 beside 预算金额 186.5万元: a sum named after a part of the work and well under the money the
 * amount column gives the project is an item's cost limit, which 101号 allows (分项成本控制数; round 125 false
 * alarm 1) — never a total named so (总经费, 项目资金, 预算).
 */
function itemCost(r: IndicatorRecord, view: ProjectView): boolean {
  const v = r.value;
  const sums = view.project.budget ?? [];
  if (v === null || v <= 0 || sums.length === 0) return false;
  const n = normalize(r.name);
  if (TOTAL_NAME.test(n) || /预算|项目成本|项目资金|项目经费|资金总/.test(n)) return false;
  return v < ITEM_SHARE * Math.max(...sums);
}

/**
 * The budget as the cost: held as the limit in words, named as the whole (项目总成本), or a lump sum named
 * after the project's own work or equal to the sum its goal states (round 84 miss 5: 运维服务费≤198万元) or its
 * amount column (round 96 miss 6: 物资采购支出 45万元 beside 预算金额 45).
 */
function isWholeBudget(r: IndicatorRecord, view: ProjectView): boolean {
  const n = normalize(r.name);
  if (!isMoney(r) || isUnitCost(r)) return false;
  if (withinBudget(r)) return true;
  if (PROGRESS.test(n)) return false;
  if (itemCost(r, view)) return false;
  return (
    WHOLE.test(n) ||
    namedForProjectWork(r, view) ||
    budgetInGoal(r, view) ||
    budgetInColumn(r, view) ||
    lumpCost(r, view)
  );
}

/**
 * 物资采购成本, 设备购置成本: the cost of all that is bought, named as a lump. Asked only where WHOLE is not met, which
 * already takes what is built (建设成本, 工程成本) and every 总成本.
 */
const LUMP_COST = /(?:采购|购置)成本$/;

/**
 * 物资采购成本 ≤150万元 in 应急救灾物资储备, beside 购置棉被 2000床 (round 152 miss 8): with no budget known to
 * tell an item's cap from the whole, a lump cost that is the only one, where a count of the work stands to
 * divide it by, is the project's money again.
 */
function lumpCost(r: IndicatorRecord, view: ProjectView): boolean {
  if ((view.project.budget ?? []).length > 0) return false;
  // A single piece's total is its price (采购CT 1台): a count of more than one to divide by.
  return LUMP_COST.test(normalize(r.name)) && workCounts(r, view).some((o) => (o.value ?? 0) > 1);
}

/** 社会成本 and 生态环境成本 are no sums of money: the budget stands among the economic costs alone. */
function isSocialOrEcological(r: IndicatorRecord): boolean {
  const l2 = level2Of(r);
  return l2 === "社会成本指标" || l2 === "生态环境成本指标";
}

/** Money spent on things bought (物资储备费用, 设备采购成本, 器材购置费). */
const PURCHASE = /物资|设备|器材|装备|采购|购置|购买/;
const PURCHASE_COST = {
  zh: "，如“主要物资（设备）采购单价 ≤（金额）元/件（台）”",
  en: ", e.g. “unit price of the main items bought ≤ (amount) yuan each”",
};

/** The least a lump sum of a whole budget is (1万元). */
const LUMP_SUM = 10000;
/** A subsidy paid (补助, 补贴, 奖补): a count of those paid is what a subsidy's sum is per. */
const PAID = /补助|补贴|奖补|津贴/;

/** Units that count no work done: money, time, kinds and grades. */
const NO_WORK_UNIT = /元|年|月|日|天|小时|分|秒|种|类|级|%|‰/;

/** The project's counts of work under 数量指标 (8座, 260台（套）, 98公里), none of money, time or kinds. */
function workCounts(r: IndicatorRecord, view: ProjectView): IndicatorRecord[] {
  // A lump sum is 万元 at least; 120元 is a unit's cost whatever its name says.
  if ((r.value ?? 0) < LUMP_SUM) return [];
  const paid = PAID.test(normalize(r.name));
  return outputCounts(r, view, (o, unit) => {
    // 村级防疫员补助人数: people paid a subsidy, which only a subsidy's sum is per.
    if (!paid && PAID.test(normalize(o.name))) return false;
    if (level2Of(o) !== "数量指标") return false;
    const u = unit.replace(/^[万亿]/, "");
    return /^[\u4e00-\u9fff()（）]{1,5}$/.test(u) && !NO_WORK_UNIT.test(u);
  });
}

/**
 * The name of a field's cost example (“每件热线服务成本 ≤（金额）元/件”, “单位面积造价 ≤3000元/平方米”) when it is per
 * `unit`, else undefined.
 */
function fieldCostName(example: string, unit: string): string | undefined {
  const m = /“([^“”\s≤]+)\s*≤[^“”元]*元\/([^”]+)”/.exec(example);
  return m && normalize(m[2]) === normalize(unit) ? m[1] : undefined;
}

/** The project's funds: the largest sum its budget states, or null where it states none above zero. */
function projectFunds(view: ProjectView): number | null {
  const sums = view.project.budget ?? [];
  if (sums.length === 0) return null;
  const budget = Math.max(...sums);
  return budget > 0 ? budget : null;
}

/** Whether a sum is above the funds, beyond rounding (COST-OVER-BUDGET's test). */
const aboveFunds = (value: number, funds: number) => value > funds * (1 + SAME);

/** The project's funds where a cost is above them (COST-OVER-BUDGET's case), else null. */
function fundsBelow(r: IndicatorRecord, view: ProjectView): number | null {
  if (r.value === null) return null;
  const funds = projectFunds(view);
  return funds !== null && aboveFunds(r.value, funds) ? funds : null;
}

/** Pairs a field's cost name shares with every count's: words of cost and of measure, which tell nothing. */
const COST_WORDS = /成本|费用|经费|年度|每[个件人户次]|单位|数量|个数/g;

/**
 * The field's cost name where it names what the count counts (每件热线服务成本 for 受理热线工单 件), else undefined:
 * 每个接入单位年运维成本 is no name for 系统模块升级数量 3个, which only shares its measure word (round 199).
 */
function fittingFieldName(field: string | undefined, done: IndicatorRecord | undefined): string | undefined {
  if (!field || !done) return undefined;
  const count = normalize(done.name);
  const unit = normalize(done.unit);
  // 每公里成本, 亩均成本: a cost per the measure word alone names no thing, and fits any count in that word.
  const own = normalize(field)
    .split(`每${unit}`)
    .join("")
    .split(`${unit}均`)
    .join("")
    .replace(COST_WORDS, "")
    .replace(/年/g, "");
  if (own.length < 2) return field;
  return [...charPairs(own)].some((p) => count.includes(p)) ? field : undefined;
}

export const costBudget: Rule = {
  meta: {
    code: "COST-BUDGET",
    severity: "warning",
    scope: "indicator",
    title: { zh: "成本指标只写了预算总额", en: "Cost indicator states only the budget" },
    messages: {
      within: {
        zh: "成本指标{named}只写了“{target}”：不超预算（概算）是预算执行的要求，说明不了成本高低。",
        en: "Cost indicator {named} says only “{target}”: keeping within the budget (or estimate) is a rule of budget execution and says nothing of what the output costs.",
      },
      fund: {
        zh: "“{name}”（{target}）是本项目的资金总额{how}，属于投入，不是成本控制数，也不是产出。",
        en: "“{name}” ({target}) is the project's whole funds{howEn}, an input, neither a cost cap nor an output.",
      },
      whole: {
        zh: "本项目唯一的成本指标是总额“{name}”（{target}），看不出单位产出或各分项花多少钱。",
        en: "The project's only cost indicator is a total, “{name}” ({target}); it shows neither the cost per unit of output nor the cost of each item.",
      },
    },
    basis: BASIS.cost2021,
    fix: {
      zh: "设单位成本或分项成本控制数{costZh}；单位成本无法拆分的，列出主要分项的成本上限。",
      en: "State a unit or itemised cost cap{costEn}; where unit cost cannot be separated, cap the main items.",
    },
  },
  check(view, ctx) {
    const { cost } = projectExamples(view);
    const findings = budgetAsCost(view);
    if (findings.length === 0) return;
    // 物资采购成本 beside 购置棉被 2000床 and 购置折叠床 1000: the money buys several kinds, priced by the piece.
    const kinds = view.indicators.filter(
      (o) => level2Of(o) === "数量指标" && /^(?:购置|采购|购买|配置|配备)/.test(normalize(o.name)),
    ).length;
    const report = (r: IndicatorRecord, messageId: CostFinding[1], fund: Fund | undefined) => {
      if (fund) {
        ctx.report({
          indicator: r,
          messageId,
          data: {
            name: r.name,
            target: targetAsWritten(r),
            how: fund.how,
            howEn: fund.howEn,
            costZh: `（本项目已有单位成本“${fund.unit.name}”，这条总额可删去）`,
            costEn: ` (“${fund.unit.name}” already states the unit cost; this total can go)`,
          },
        });
        return;
      }
      // 培训经费 30万元 beside 培训基层卫生人员 500人: the cost per head follows from the two (round 112); not
      // where the money buys several kinds (编织袋 and 救生衣) or a single piece (the total is its price).
      const counts = messageId === "whole" ? deliveredCounts(r, view) : [];
      // 工程建设成本 ≤1360万元 beside 除险加固水库 8座, 运行维护费 beside 维护设施设备 260台（套）: a total of no
      // telling kind pays for the project's one count of work (round 145), never an effect's figure (货运量).
      // Not where the money names what it buys (疫苗采购支出: priced by the piece, never per 防疫员).
      const fallback = messageId === "whole" && counts.length === 0 && !PURCHASE.test(normalize(r.name));
      const works = fallback ? workCounts(r, view) : counts;
      const severalBought = PURCHASE.test(normalize(r.name)) && kinds > 1;
      // 项目总投资 ≤800万元 beside 2000亩 and 5条, under a field whose cost is per 亩 (亩均成本): the count in the field's
      // unit is the one to put it per (round 176), where it alone is in that unit.
      // Only the first count, the project's main work, and only where the field names its cost as a cap (亩均成本 ≤,
      // 每公里成本 ≤), never a standard paid (人均补助标准 ≥, round 159) nor the bare 单位成本 of any count.
      const named = (o: IndicatorRecord) => fieldCostName(cost.zh, o.unit) ?? "单位成本";
      const inField = fallback ? works.filter((o) => named(o) !== "单位成本") : [];
      const one =
        works.length === 1
          ? works[0]
          : inField.length === 1 && inField[0] === works[0]
            ? inField[0]
            : undefined;
      const done = one && (one.value ?? 0) > 1 && !severalBought ? one : undefined;
      // The field's example per the same unit keeps its name (每件热线服务成本), the figure worked out.
      const fieldName = fallback && done ? fieldCostName(cost.zh, done.unit) : undefined;
      const field = fittingFieldName(fieldName, done);
      // The field's cost is per another thing in the count's measure word (接入单位 vs 模块升级, both 个): the sum is
      // not that count's, and the field's example is given as it is (round 199).
      // 养护总成本 ≤560万元 against 480万元 of funds (COST-OVER-BUDGET): the unit cost is the funds' (round 199).
      const funds = fundsBelow(r, view);
      const per =
        done && !(fieldName && !field)
          ? funds
            ? perUnitOf({ ...r, value: funds }, done, field, {
                zh: `按预算${sumText(funds)}`,
                en: `the funds, ${sumText(funds)}`,
              })
            : perUnitOf(r, done, field)
          : null;
      // 按每人每月800元标准发放 in the goal: the cap to write is stated already, and is the officer's own figure, not
      // the funds divided by a count (round 243).
      const stated = goalStandard(view.project.goal);
      // 物资储备费用, 设备采购成本: what is bought is priced by the piece.
      const example = stated
        ? {
            zh: `，绩效目标已写明标准“${stated.text}”，可写作“${stated.name} ${stated.cap}”`,
            en: `; the goal already states the standard (“${stated.text}”): write “${stated.cap}”`,
          }
        : per
          ? { zh: `，如${per.zh}`, en: `, e.g. ${per.en}` }
          : PURCHASE.test(normalize(r.name))
            ? PURCHASE_COST
            : cost;
      ctx.report({
        indicator: r,
        messageId,
        data: {
          name: r.name,
          named: r.name ? `“${r.name}”` : "",
          target: targetAsWritten(r),
          costZh: example.zh,
          costEn: example.en,
        },
      });
    };
    for (const [r, messageId, fund] of findings) report(r, messageId, fund);
  },
};

/** The project's funds restated (fundTotal): the unit cost beside them, and how the sum is theirs. */
type Fund = { unit: IndicatorRecord; how: string; howEn: string };

/** A cost indicator COST-BUDGET reports, its message, and for "fund" what fundTotal found. */
type CostFinding = [IndicatorRecord, "within" | "whole" | "fund", Fund?];

/**
 * The cost indicators COST-BUDGET reports, each with its message: 控制在预算内 in words, and a lone total that is
 * the budget again. NO-COMPARATOR leaves these alone, for a total is the wrong measure whatever its comparator.
 */
export function budgetAsCost(view: ProjectView): CostFinding[] {
  // A row only the parser took for a cost counts when it reads as one (≤, 成本, 控制在预算内): a sum paid
  // out (发放高龄津贴资金≥98万元) is no cost indicator the officer wrote, and CATEGORY-MISMATCH calls it an input.
  const costs = view.indicators.filter(
    (r) =>
      isCostIndicator(r) &&
      r.kind !== "empty" &&
      !isRecoveredMoney(r.name) &&
      (countsAsCost(r) || withinBudget(r)),
  );
  // 控制在预算内 in words is no cost target wherever it stands.
  const words = costs.filter((r) => r.kind !== "quantitative" && withinBudget(r));
  const found: CostFinding[] = words.map((r) => [r, "within"]);
  // The whole budget is one cost figure among others, a fault only when it is the only one.
  const others = costs.filter((r) => !words.includes(r) && !isSocialOrEcological(r));
  if (others.length > 0 && others.every((r) => isWholeBudget(r, view))) found.push([others[0], "whole"]);
  else
    for (const r of others) {
      const fund = fundTotal(r, view);
      if (fund) found.push([r, "fund", fund]);
    }
  return found;
}

/** The project's money named as such: 救助资金, 补助经费, 奖补资金 — not a cost, a price or an investment. */
const FUND_NAME =
  /^(?!.*(?:成本|造价|投资|费用|单价))[\u4e00-\u9fff（）()]*(?:资金|经费|[补救奖资]助金|补贴金)(?:总额|额|数)?$/;

/**
 * 救助资金 150万元 beside 救助标准 1万元/人 and 救助人数 150人 (round 152 miss 7): a sum that is a standard times
 * the count it is paid for, or the money the amount column gives the project, restates the project's funds —
 * an input — beside the unit cost that already stands.
 */
function fundTotal(r: IndicatorRecord, view: ProjectView): Fund | null {
  const v = r.value;
  if (v === null || v < LUMP_SUM || !isMoney(r) || isUnitCost(r) || PROGRESS.test(normalize(r.name)))
    return null;
  // A cap on the total (项目总成本 控制在680万元以内, 工程总投资) beside unit costs is a cost limit the officer set,
  // which round 84 leaves alone; only the money stated as such (救助资金 150万元) is the input restated.
  if (!FUND_NAME.test(normalize(r.name)) || r.comparator === "<=" || r.comparator === "<") return null;
  const units = view.indicators.filter(
    (o) => o !== r && isCostIndicator(o) && o.kind === "quantitative" && (o.value ?? 0) > 0 && isUnitCost(o),
  );
  if (units.length > 0 && budgetInColumn(r, view))
    return { unit: units[0], how: "（与预算金额相同）", howEn: " (the amount column's sum)" };
  for (const unit of units) {
    const per = /元\/(.+)$/.exec(normalize(unit.unit))?.[1];
    if (!per) continue;
    const paid = view.indicators.find(
      (c) =>
        level2Of(c) === "数量指标" &&
        c.kind === "quantitative" &&
        normalize(c.unit).replace(/^万/, "") === per &&
        Math.abs((c.value ?? 0) * (unit.value ?? 0) - v) <= SAME * v,
    );
    if (paid)
      return {
        unit,
        how: `（即“${unit.name} ${targetAsWritten(unit)}”×“${paid.name} ${targetAsWritten(paid)}”）`,
        howEn: ` (“${unit.name}” × “${paid.name}”)`,
      };
  }
  return null;
}

/** A total's name (总投资, 项目总成本): the sum the whole project costs. */
const TOTAL_NAME = /总投资|总成本|总费用|总预算|总经费|投资总额|成本总额|费用总额|总额/;

/** A sum in 元 as a reviewer reads it: 120万元, 1.5亿元, 8000元. */
function sumText(v: number): string {
  // numberText drops the float's tail (1.2e6 / 1e4 prints 120).
  if (v >= 1e8) return `${numberText(v / 1e8)}亿元`;
  if (v >= 1e4) return `${numberText(v / 1e4)}万元`;
  return `${numberText(v)}元`;
}

/**
 * A total cost above the money the project's amount column gives it (总投资≤260万元 beside 预算金额 120): the
 * figure was copied from another project or mis-computed, for a cost cannot exceed the funds (round 98 miss 3).
 * A bare amount cell may be 元 or 万元; only a cost above the larger reading is said.
 */
export const costOverBudget: Rule = {
  meta: {
    code: "COST-OVER-BUDGET",
    severity: "warning",
    scope: "indicator",
    title: { zh: "成本高于项目预算", en: "Cost above the project's budget" },
    messages: {
      over: {
        zh: "成本指标“{name}”的目标值“{target}”高于本项目的预算金额（{budget}），数字可能照搬自其他项目或计算有误。",
        en: "The cost indicator “{name}” (“{target}”) is above the project's budget ({budget}): the figure may have been copied from another project or mis-computed.",
      },
      payout: {
        zh: "按“{name} {target}”×{counts}，需资金约{total}，高于本项目的资金（{budget}）：标准、数量和资金对不上；如差额由上级补助或其他资金承担，应在目标中写明，否则目标无法按此实现。",
        en: "“{name} {target}” × {countsEn} comes to about {total}, above the project's funds ({budget}): the standard, the numbers and the funds disagree; if the difference comes from higher-level grants or other funds, say so in the targets, or they cannot be met so.",
      },
      cap: {
        zh: "按成本上限“{name} {target}”×{counts}，需资金约{total}，高于本项目的资金（{budget}）：按现有资金和这一数量，单位成本只有约{per}，成本上限、数量和资金对不上。",
        en: "At the cost cap “{name} {target}” × {countsEn} the work costs about {total}, above the project's funds ({budget}): the funds pay about {per} a unit for this number, so the cap, the number and the funds disagree.",
      },
    },
    basis: BASIS.accuracy,
    fix: {
      zh: "{fixZh}",
      en: "{fixEn}",
    },
  },
  check(view, ctx) {
    // Worked out once for the project; each cost is then held against it as fundsBelow does.
    const budget = projectFunds(view);
    if (budget === null) return;
    const shown = sumText(budget);
    for (const r of view.indicators) {
      const v = r.value;
      if (v === null || !isMoney(r) || isUnitCost(r) || PROGRESS.test(normalize(r.name))) continue;
      // 追回违规医保基金 ≥1200万元 filed under 成本: a result, not a cost (CATEGORY-MISMATCH says so; round 152).
      if (isRecoveredMoney(r.name)) continue;
      if (!isCostIndicator(r) && !TOTAL_NAME.test(normalize(r.name))) continue;
      if (!aboveFunds(v, budget)) continue;
      ctx.report({
        indicator: r,
        messageId: "over",
        data: {
          name: r.name,
          target: targetAsWritten(r),
          budget: shown,
          fixZh: `核对预算金额和成本测算，按本项目的实际资金（${shown}）重写成本指标，宜设单位成本或分项成本控制数。`,
          fixEn: `Check the budget and the costing, and rewrite the cost indicator from the project's own funds (${shown}), preferably as unit or itemised costs.`,
        },
      });
    }
    // 8500人 × 5元/生·天 × 200天 = 850万元 against 年度资金总额 500万元 (round 176 miss 1): what the standard and the
    // counts pay out is more than the money — a standard, a count or the funds is wrong.
    // 本项目为县级承担部分（25%），中央和省市资金另行下达 (round 182 FA1): the standard × count is the whole policy's.
    if (fundsAreShare([view.project.goal])) return;
    for (const p of payouts(view.indicators, view.project.goal)) {
      if (p.total <= budget * (1 + PAYOUT_MARGIN)) continue;
      if (fundsAreShare([p.standard.text, p.count.text, p.standard.target])) continue;
      const parts = [p.count, ...(p.days ? [p.days] : [])];
      const unit = p.count.unit.replace(/^[万亿]/, "");
      const funded = Math.floor(budget / (p.total / (p.count.value as number)));
      ctx.report({
        indicator: p.standard,
        messageId: "payout",
        data: {
          name: p.standard.name,
          target: targetAsWritten(p.standard),
          counts:
            parts.map((c) => `“${c.name} ${targetAsWritten(c)}”`).join("×") +
            (p.goalDays ? `×绩效目标所写“${p.goalDays.text}”` : ""),
          countsEn:
            parts.map((c) => `“${c.name}”`).join(" × ") +
            (p.goalDays ? ` × the goal's “${p.goalDays.text}”` : ""),
          total: sumText(p.total),
          budget: shown,
          fixZh: `核对标准、数量和资金三者：按现有资金${shown}和这一标准，只能保障约${roughCount(funded)}${unit}；或调增资金，或核减数量，使标准×数量不超过资金。`,
          fixEn: `Check the standard, the numbers and the funds: at this standard ${shown} pays for about ${numberText(funded)}; raise the funds or lower the numbers so that standard × numbers is within them.`,
        },
      });
    }
    // 垃圾清运单价 ≤120元/吨 × 垃圾清运量 ≥5万吨 = 600万元 against 300万元 (round 192 miss 3): at the cap the work
    // costs twice the money — the cap was copied from elsewhere, or the count or the funds is wrong.
    for (const p of capPayouts(view.indicators, view.project.goal)) {
      if (p.total <= budget * (1 + CAP_MARGIN)) continue;
      if (fundsAreShare([p.standard.text, p.count.text, p.standard.target])) continue;
      const unit = normalize(p.count.unit).replace(/^[万亿]/, "");
      // A cap by the month (5000元/人·月) is held to the funds per head per month (round 230).
      const months = p.goalDays?.value ?? 1;
      const per = perText(budget / (p.count.value as number) / months, p.goalDays ? `${unit}·月` : unit);
      ctx.report({
        indicator: p.standard,
        messageId: "cap",
        data: {
          name: p.standard.name,
          target: targetWithColumn(p.standard),
          counts:
            `“${p.count.name} ${targetWithColumn(p.count)}”` +
            (p.goalDays ? `×绩效目标所写“${p.goalDays.text}”（${p.goalDays.value}个月）` : ""),
          countsEn:
            `“${p.count.name}”` +
            (p.goalDays ? ` × the goal's “${p.goalDays.text}” (${p.goalDays.value} months)` : ""),
          total: sumText(p.total),
          budget: shown,
          per,
          fixZh: `核对单位成本、数量和资金三者：按现有资金${shown}完成“${p.count.name} ${targetAsWritten(p.count)}”，单位成本约${per}；如单价确需“${targetAsWritten(p.standard)}”，应调增资金或核减数量；如差额由其他资金承担，应在目标中写明。`,
          fixEn: `Check the unit cost, the number and the funds: ${shown} for “${p.count.name}” is about ${per} a unit; if the price must be “${targetAsWritten(p.standard)}”, raise the funds or lower the number; if other funds pay the rest, say so in the targets.`,
        },
      });
    }
  },
};

/** A unit cost as a reviewer says it: 60元/吨, 750元/户, 13.3万元/座. */
function perText(v: number, unit: string): string {
  const rounded = v >= 1e4 ? Math.round(v / 1e3) * 1e3 : v >= 100 ? Math.round(v) : Math.round(v * 100) / 100;
  return `${sumText(rounded)}/${unit}`;
}

/** A cap this far above what the funds pay for a unit is said: a cap leaves room under it, and some rounding. */
const CAP_MARGIN = 0.2;

/** A count as a reviewer says it roughly: 650, 1.6万, 19.8万 (not 197872; round 182 FA2). */
function roughCount(n: number): string {
  if (n < 1e4) return numberText(n);
  if (n >= 1e8) return `${numberText(Math.round(n / 1e6) / 100)}亿`;
  const wan = n / 1e4;
  return `${numberText(wan >= 100 ? Math.round(wan) : Math.round(wan * 10) / 10)}万`;
}

/** A payout this far above the funds is said: the rest may be rounding, or money from elsewhere. */
const PAYOUT_MARGIN = 0.1;

export const costRules: Rule[] = [costBudget, costOverBudget];
