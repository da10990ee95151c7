import { costBudget } from "../../../../src/core/review/rules/costs";
import { testRule } from "../ruleTester";

testRule(costBudget, {
  clean: [
    "1、成本指标：人均培训成本，≤800元/人。",
    // A total beside a unit cost is one figure among others.
    "1、成本指标：人均培训成本，≤800元/人。2、成本指标：项目总成本，≤50万元。",
    "1、成本指标：每公里造价，≤85万元/公里。",
    // A rate is not the budget's sum (成本控制率 is a matter of its own).
    "1、成本指标：成本控制率，100%。",
    // No cost indicator at all is COMPLETE-COST's.
    "1、产出指标：培训人数，≥500人。",
  ],
  flagged: [
    { text: "1、成本指标：成本控制，控制在预算内。", includes: "只写了“控制在预算内”" },
    "1、成本指标：保洁成本，控制在预算以内。",
    "1、成本指标：工程总投资，控制在概算以内。",
    "1、成本指标：工程造价，不超过批复预算。",
    // Words are no cost target even beside a unit cost.
    { text: "1、成本指标：人均培训成本，≤800元/人。2、成本指标：成本控制，不超过预算。", count: 1 },
    { text: "1、成本指标：项目总成本，≤860万元。", includes: "唯一的成本指标是总额“项目总成本”（≤860万元）" },
    {
      grid: [
        ["一级指标", "二级指标", "三级指标", "指标值及单位"],
        ["产出指标", "成本指标", "控制在预算成本内", "180万"],
      ],
      includes: "（180万）",
    },
  ],
});
