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
    // An item's cost beside the budget's sum is no whole budget.
    "1、成本指标：冷链运转保障经费，≤25.5万元。2、成本指标：每剂次接种成本，≤5元/剂次。",
    // A sum per village, and the investment done by a date (progress), are no budget.
    "1、成本指标：村均运转经费，10.28万元。",
    "1、成本指标：单个网点补助资金，15万元。",
    // 单站: per station, whatever the project runs.
    { projects: [{ name: "海洋生态观测站运行", text: "1、成本指标：单站年运行成本，153万元。" }] },
    "1、成本指标：一季度完成投资额，≥500万元。",
    // A cost saved is a gain, not the budget.
    "1、成本指标：为群众节约费用，≥100万元。",
    // No cost indicator at all is COMPLETE-COST's.
    "1、产出指标：培训人数，≥500人。",
    // An item's cost, named for no work the project is named for and stating no sum its goal names, is
    // the 分项成本控制数 101号 allows (round 84).
    {
      projects: [
        {
          name: "科普宣传活动",
          goal: "全年开展科普活动50场。",
          text: "1、产出指标：开展科普活动，≥50场。2、成本指标：科普资料印刷费，≤2万元。",
        },
      ],
    },
    // A sum paid out that the officer did not write as a cost is no cost indicator (round 75 g6).
    "一、产出指标：1.发放高龄津贴资金≥98万元；2.发放人数≥1560人。二、效益指标：1.津贴覆盖率100%。",
  ],
  flagged: [
    { text: "1、成本指标：成本控制，控制在预算内。", includes: "只写了“控制在预算内”" },
    "1、成本指标：保洁成本，控制在预算以内。",
    "1、成本指标：工程总投资，控制在概算以内。",
    "1、成本指标：工程造价，不超过批复预算。",
    // Words are no cost target even beside a unit cost.
    { text: "1、成本指标：人均培训成本，≤800元/人。2、成本指标：成本控制，不超过预算。", count: 1 },
    { text: "1、成本指标：项目总成本，≤860万元。", includes: "唯一的成本指标是总额“项目总成本”（≤860万元）" },
    // The money put in (培训经费) is no cost indicator; the cost written as one (培训费用) is (round 75 g1).
    {
      text: "产出指标：培训经费50万元；培训教师人数≥300人；培训费用≤50万元。",
      count: 1,
      includes: "唯一的成本指标是总额“培训费用”（≤50万元）",
    },
    // A lump sum named after the project's own work, or equal to the sum its goal states, is the whole
    // budget again (round 84 miss 5).
    {
      projects: [
        {
          name: "教育信息化设备运维",
          text: "产出指标：数量指标：运维设备≥2600套；成本指标：运维服务费≤198万元。",
        },
      ],
      includes: "唯一的成本指标是总额“运维服务费”（≤198万元）",
    },
    {
      projects: [
        {
          name: "区人民医院医疗设备购置",
          text: "产出指标：数量指标：采购CT 1台；成本指标：设备采购成本≤760万元。",
        },
      ],
      includes: "“设备采购成本”",
    },
    {
      projects: [
        {
          name: "I项目",
          goal: "安排资金198万元，保障全区学校设备正常运行。",
          text: "产出指标：数量指标：服务学校≥120所；成本指标：服务费≤198万元。",
        },
      ],
      includes: "“服务费”",
    },
    // A ceiling on money in the 产出 block is a cost (2015), and the budget again.
    {
      text: "1、产出指标：召开会议次数1次；会议经费≤3万元。2、效益指标：参会覆盖率100%。",
      includes: "“会议经费”（≤3万元）",
    },
    // The work's 费用 as the only cost is the budget again (round 70 甘井子: 75.5万元, the row's money).
    {
      text: "1、产出指标：维修养护供水工程，不少于18处。2、成本指标：维修养护费用，控制在75.5万元以内。",
      includes: "唯一的成本指标是总额“维修养护费用”（控制在75.5万元以内）",
    },
    {
      grid: [
        ["一级指标", "二级指标", "三级指标", "指标值及单位"],
        ["产出指标", "成本指标", "控制在预算成本内", "180万"],
      ],
      includes: "（180万）",
    },
    // Rows tables and forms (round 64): the budget with its figure, and the work's funds or the year's
    // investment as the only cost.
    {
      grid: [
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "传染病报告数", "≥100例"],
        ["产出指标", "成本指标", "部门整体支出成本", "控制在预算868.40万元以内"],
      ],
      includes: "“部门整体支出成本”",
    },
    // The 2021 template's 社会成本 and 生态环境成本 rows are no sums beside it.
    {
      grid: [
        ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
        ["产出指标", "数量指标", "开展应急培训", "4", "次"],
        ["成本指标", "经济成本指标", "卫生应急及监督执法经费", "≤68", "万元"],
        ["成本指标", "社会成本指标", "实施项目对社会产生的不利影响", "减少", null],
        ["成本指标", "生态环境成本指标", "实施项目对生态产生的不利影响", "减少", null],
      ],
      includes: "唯一的成本指标",
    },
    {
      grid: [
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "村道提质改造里程", "8.5公里"],
        ["产出指标", "成本指标", "年度投资", "5610.20万元"],
      ],
      includes: "“年度投资”",
    },
  ],
});
