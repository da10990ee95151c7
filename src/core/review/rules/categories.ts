/**
 * Category mix-ups (相关性): a satisfaction indicator filed as output or effect, a cost filed as a quantity,
 * and inputs (money, staff) stated as outputs or effects.
 */
import { BASIS } from "../basis";
import { COST_LEVEL2 } from "../indicator";
import { isChangeName, isCostName, isMoneyInput, isSatisfactionName, isStaffInput } from "../lexicon";
import type { Rule } from "../types";

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
      cost: {
        zh: "“{name}”是成本或费用，却被归入数量指标。",
        en: "“{name}” is a cost, yet it is filed as a quantity indicator (数量指标).",
      },
      input: {
        zh: "“{name}”是投入（资金或人员），不是{level1}；投入不能作为产出或效益。",
        en: "“{name}” is an input (money or staff), not an output or effect ({level1}); inputs are not results.",
      },
    },
    basis: BASIS.relevance,
    fix: {
      zh: "把指标移到正确的类别：满意度归入满意度指标，成本归入成本指标；投入改写为由它带来的产出（如“培训人数”“巡查企业数”）。",
      en: "Move the indicator to its category: satisfaction under 满意度指标, cost under 成本指标; restate inputs as what they produce (people trained, firms inspected).",
    },
  },
  check(view, ctx) {
    for (const r of view.indicators) {
      const l1 = r.level1;
      const data = { name: r.name, level1: l1 ?? "" };
      const outputOrEffect = l1 === "产出指标" || l1 === "效益指标";
      // Only what the officer wrote counts as filing; an inferred 二级 is our guess, not theirs.
      const filedAsCost = r.level2 !== null && COST_LEVEL2.includes(r.level2);
      // A change in satisfaction (满意度提升情况) reads as an effect, so only satisfaction levels are judged.
      if (outputOrEffect && isSatisfactionName(r.name) && !isChangeName(r.name) && !filedAsCost)
        ctx.report({ indicator: r, messageId: "satisfaction", data });
      else if (r.level2 === "数量指标" && isCostName(r.name, r.unit))
        ctx.report({ indicator: r, messageId: "cost", data });
      else if (outputOrEffect && !filedAsCost && (isMoneyInput(r.name, r.unit) || isStaffInput(r.name)))
        ctx.report({ indicator: r, messageId: "input", data });
    }
  },
};

export const categoryRules: Rule[] = [categoryMismatch];
