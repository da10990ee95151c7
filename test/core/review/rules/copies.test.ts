import type { CellValue } from "../../../../src/core/grid";
import { indicatorCopy } from "../../../../src/core/review/rules/copies";
import { testRule } from "../ruleTester";

const rows = (...r: CellValue[][]) => ({
  grid: [["项目名称", "一级指标", "二级指标", "三级指标", "指标值"], ...r],
});

/** A training program's lines (round 75 g9: 干部教育培训 copied 党校培训's). */
const TRAINING = [
  ["产出指标", "数量指标", "培训学员人数", "≥900人次"],
  ["产出指标", "质量指标", "学员结业率", "≥98%"],
  ["产出指标", "时效指标", "培训计划完成率", "100%"],
  ["效益指标", "社会效益指标", "干部理论素养", "显著提升"],
];

/** One district's lines of a program, with its own figures. */
const district = (place: string, meals: string, people: string): CellValue[][] => [
  [`2026年社区居家养老服务补助（${place}）`, "产出指标", "数量指标", "长者饭堂助餐服务", meals],
  [null, "产出指标", "数量指标", "居家养老服务对象", people],
  [null, "产出指标", "质量指标", "服务质量合格率", "≥95%"],
  [null, "效益指标", "社会效益指标", "长者居家养老服务需求满足率", "≥90%"],
  [null, "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
];

/** One district's road upkeep: one quantity, the rest rates, a standard and words (round 84 miss 7). */
const roads = (place: string, length: string): CellValue[][] => [
  [`农村公路日常养护（${place}）`, "产出指标", "数量指标", "养护里程", length],
  [null, "产出指标", "质量指标", "优良中等路比例", "≥80%"],
  [null, "产出指标", "时效指标", "路面病害修复及时率", "≥95%"],
  [null, "成本指标", "经济成本指标", "养护补助标准", "≥7000元/公里·年"],
  [null, "效益指标", "社会效益指标", "群众出行条件", "持续改善"],
  [null, "满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"],
];

testRule(indicatorCopy, {
  clean: [
    // Two works sharing the standard lines of their kind (验收合格率, 安全事故, 满意度) are no copies.
    rows(
      ["办公楼维修", "产出指标", "数量指标", "维修面积", "3200平方米"],
      [null, "产出指标", "质量指标", "工程验收合格率", "100%"],
      [null, "产出指标", "质量指标", "安全事故", "0起"],
      [null, "产出指标", "时效指标", "完工时间", "2026年12月31日前"],
      [null, "产出指标", "成本指标", "维修单价", "≤1500元/平方米"],
      [null, "效益指标", "社会效益指标", "建筑使用年限延长", "≥10年"],
      [null, "满意度指标", "服务对象满意度指标", "干部职工满意度", "≥90%"],
      ["学校围墙改造", "产出指标", "数量指标", "改造围墙长度", "800米"],
      [null, "产出指标", "质量指标", "工程验收合格率", "100%"],
      [null, "产出指标", "质量指标", "安全事故", "0起"],
      [null, "产出指标", "时效指标", "完工时间", "2026年12月31日前"],
      [null, "产出指标", "成本指标", "改造单价", "≤600元/米"],
      [null, "效益指标", "社会效益指标", "校园安全隐患消除率", "100%"],
      [null, "满意度指标", "服务对象满意度指标", "干部职工满意度", "≥90%"],
    ),
    // One program filed by two districts: the same names and rates, each its own quantities.
    rows(...district("越秀区", "≥36万人次", "≥1800人"), ...district("荔湾区", "≥20万人次", "≥900人")),
    // Two districts alike in all but their one quantity are no copies.
    rows(...roads("湾沚区", "≥1260公里"), ...roads("繁昌区", "≥980公里")),
    // One allocation table read for several counties from its columns: one author's figures.
    {
      grid: [
        ["一级指标", "二级指标", "三级指标", "汝阳县", "伊川县"],
        ["产出指标", "数量指标", "支持联农带农产业项目个数（个）", 34, 34],
        [null, null, "“雨露计划”职业教育补助（人次）", 1620, 1620],
        [null, "质量指标", "项目验收合格率", "≥95%", "≥95%"],
        [null, "成本指标", "“雨露计划”补助标准（元/人·年）", 3000, 3000],
        ["满意度指标", "服务对象满意度指标", "受益脱贫人口满意度", "≥90%", "≥90%"],
      ],
    },
  ],
  flagged: [
    // Most of a project's lines, word for word another's: both are told (round 75 g9).
    {
      ...rows(
        ["县委党校主体班次培训", "产出指标", "数量指标", "举办主体班次", "≥12期"],
        ...TRAINING.map((r) => [null, ...r]),
        [null, "满意度指标", "服务对象满意度指标", "学员满意度", "≥95%"],
        ["干部教育培训", ...TRAINING[0]],
        ...TRAINING.slice(1).map((r) => [null, ...r]),
        [null, "满意度指标", "服务对象满意度指标", "学员满意度", "≥75%"],
      ),
      count: 2,
      includes: "本项目有 4 条指标与“县委党校主体班次培训”的名称和目标值完全相同",
    },
    // Every line alike, its one quantity too: the whole table copied (round 84 miss 7).
    {
      ...rows(...roads("湾沚区", "≥1260公里"), ...roads("繁昌区", "≥1260公里")),
      count: 2,
      includes: "本区有 6 条指标与同一项目的",
    },
    // Two districts with the same quantities: the scale copied, not only the rates (round 75 g10).
    {
      ...rows(...district("越秀区", "≥36万人次", "≥1800人"), ...district("海珠区", "≥36万人次", "≥1800人")),
      count: 2,
      includes: "本区有 5 条指标与同一项目的“海珠区”完全相同，连数量指标",
    },
  ],
});
