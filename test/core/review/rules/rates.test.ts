import {
  rate100Ge,
  rateFraction,
  rateRange,
  satisfaction100,
  satisfactionLow,
} from "../../../../src/core/review/rules/rates";
import { testRule } from "../ruleTester";

testRule(rateRange, {
  clean: [
    "1、产出指标：验收合格率，100%。",
    "1、产出指标：覆盖率，0%-100%。",
    // Growth may exceed 100%.
    "1、效益指标：接待人次增长率，≥120%。",
    "1、效益指标：营业收入同比增长，150%。",
    "1、产出指标：培训人次，120人次。",
  ],
  flagged: [
    { text: "1、产出指标：验收合格率，120%。", includes: "120%" },
    "1、产出指标：完成率，≥110%。",
    "1、效益指标：覆盖率，80-120%。",
  ],
});

testRule(rate100Ge, {
  clean: [
    "1、产出指标：验收合格率，=100%。",
    "1、产出指标：验收合格率，100%。",
    "1、产出指标：验收合格率，≥98%。",
    "1、效益指标：业务量增长率，≥100%。",
    // Satisfaction at 100% has its own rule and advice.
    "1、满意度指标：群众满意度，≥100%。",
    // 达到100% says the rate reaches 100%, which is =100%.
    "社会效益指标：500米公交站点覆盖率达到100%；",
    "1、产出指标：补贴对象精准率，实现100%。",
    // A length is no rate: UNIT-MISMATCH asks for kilometres (round 84 #156).
    "1、产出指标：养护里程，≥100%。",
  ],
  flagged: [
    { text: "1、产出指标：验收合格率，≥100%。", includes: "目标值“≥100%”" },
    // Quoted as written, not rewritten as ≥100%.
    { text: "1、产出指标：验收合格率，100%以上。", includes: "目标值“100%以上”" },
    // The comparator in a column of its own.
    {
      grid: [
        ["项目名称", "三级指标", "符号", "指标值", "计量单位"],
        ["项目甲", "资金执行率", "≥", "100", "%"],
      ],
      includes: "目标值“≥100%”",
    },
    // A template's direction with its own figure (≥100% | 100%) is quoted once (round 70 秀屿).
    {
      grid: [
        ["项目名称", "三级指标", "指标方向", "指标值"],
        ["项目甲", "项目开工率", "≥100%", "100%"],
      ],
      includes: "目标值“≥100%”：",
    },
    "1、产出指标：项目完成率，不低于100%。",
    "1、产出指标：任务完成率，>100%。",
  ],
});

testRule(satisfactionLow, {
  clean: [
    "1、满意度指标：群众满意度，≥90%。",
    "1、满意度指标：群众满意度，80%。",
    { text: "1、满意度指标：群众满意度，≥75%。", settings: { satisfactionMin: 70 } },
    // Not satisfaction levels: a change in it, dissatisfaction, complaints.
    "1、效益指标：群众满意度提升，5%。",
    "1、满意度指标：群众不满意率，≤5%。",
    "1、满意度指标：投诉率，≤5%。",
  ],
  flagged: [
    { text: "1、满意度指标：操作人员使用满意度，0。", includes: "0" },
    { text: "1、满意度指标：服务对象满意度，≥70%。", includes: "低于 80%" },
    {
      text: "1、满意度指标：服务对象满意度，≥85%。",
      settings: { satisfactionMin: 90 },
      includes: "低于 90%",
    },
  ],
});

testRule(satisfaction100, {
  clean: [
    "1、满意度指标：群众满意度，≥95%。",
    "1、产出指标：验收合格率，100%。",
    "1、满意度指标：群众满意度，90-100%。",
  ],
  flagged: [
    "1、满意度指标：群众满意度，100%。",
    "1、满意度指标：服务对象满意度，≥100%。",
    "1、满意度指标：参训人员满意度，=100%。",
    // Quoted as written (达到100%), not as a rewritten ≥100%.
    { text: "1、满意度指标：群众满意度，达到100%。", includes: "“达到100%”" },
  ],
});

testRule(rateFraction, {
  clean: [
    "1、产出指标：验收合格率，≥95%。",
    // A rate that should be low may well be a fraction of a percent.
    "1、效益指标：事故发生率，≤0.5%。",
    "1、产出指标：培训人次，1人次。",
    "1、效益指标：合格率增长，0.5%。",
  ],
  flagged: [
    { text: "1、产出指标：验收合格率，0.95。", includes: "95%" },
    { text: "1、满意度指标：群众满意度，≥0.9。", includes: "90%" },
    "1、产出指标：资金到位率，1%。",
  ],
});
