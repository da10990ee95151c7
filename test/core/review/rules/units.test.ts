import { noUnit, unitMismatch } from "../../../../src/core/review/rules/units";
import { runRule, testRule } from "../ruleTester";

testRule(noUnit, {
  clean: [
    "1、产出指标：培训人数，≥500人。",
    "1、产出指标：系统吞吐量，500KB/S。",
    "1、效益指标：空气质量指数，≤50。",
    "1、产出指标：项目安全生产事故数，0。",
    // 1 for 100%, 0.95 for 95%: RATE-FRACTION says to write the %.
    "1、产出指标：党史工作覆盖率，1。",
    "1、满意度指标：学员满意度，0.95。",
    // A ratio needs no unit.
    "1、产出指标：资金配套比例，1:1。",
    "1、效益指标：孕产妇死亡率，低于10/10万。",
    // No comparator and no %: NO-COMPARATOR's one fix writes both (“≥95%”, round 75 g5).
    {
      grid: [
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["路灯维护", "满意度指标", "服务对象满意度指标", "市民满意度", "95"],
      ],
    },
  ],
  flagged: [
    { text: "1、效益指标：避难场所可容纳人数，3343。", includes: "3343" },
    "1、产出指标：培训次数，≥12。",
    "1、产出指标：验收合格率，≥95。",
    "1、成本指标：项目总成本，≤120。",
    // Quoted as written: 180万, not 1800000.
    { text: "1、成本指标：项目总成本，180万。", includes: "“180万”" },
  ],
});

testRule(unitMismatch, {
  clean: [
    "1、产出指标：验收合格率，≥95%。",
    "1、满意度指标：群众满意度，≥90分。",
    "1、产出指标：培训人次，≥500人次。",
    // A share of those served, named as such, is a rate.
    "1、产出指标：培训教师覆盖率，≥95%。",
    // A change may be a percentage of a count, or points of a rate.
    "1、效益指标：生产安全事故起数，同比下降5%。",
    "1、效益指标：群众知晓率，较上年提高5个百分点。",
    // Also with a bound on the change, and in the verbs of 压缩 and 缩短.
    "1、效益指标：生产安全事故起数，较上年下降不少于5%。",
    "1、效益指标：投诉件数，压缩10%。",
    "1、产出指标：数据报表查询速率，≤2秒。",
    // An aim with a measure after it is measurable.
    "1、效益指标：保障困难群众救助覆盖率，≥95%。",
    "1、效益指标：促进就业人数，≥500人。",
    "1、满意度指标：服务对象满意度，调查满意度达到90%以上。",
    "1、产出指标：隐患整改数量占比，≥90%。",
    // A count per so many is a rate's own unit.
    "社会效益指标：特种设备事故死亡率≤0.08人/万台；",
    "1、效益指标：孕产妇死亡率，≤10/10万。",
    "1、效益指标：交通事故死亡率，≤2人/万人。",
    "1、产出指标：票据差错率，≤1‱。",
    // 机械化水平 is a rate by another name (round 75); a target that says what its percentage is of is
    // no percentage of nothing.
    "1、效益指标：主要农作物耕种收综合机械化水平，≥75%。",
    "1、产出指标：通讯能力，网络99%连通保障会场通信要求。",
    // Tenths are a rate too (九成 = 90%).
    "1、产出指标：项目验收合格率，达到九成以上。",
  ],
  flagged: [
    // An aim (round 58: 维护基层社会稳定 ≥95% passed with 优).
    { text: "1、效益指标：维护基层社会稳定，≥95%。", includes: "是一项工作目的" },
    { text: "1、效益指标：促进村集体经济发展，≥95%。", includes: "是一项工作目的" },
    // An effect, a system or a state given a percentage (round 75 g7).
    { text: "1、效益指标：非遗保护传承效果，100%。", includes: "是什么的百分之几无从计算" },
    { text: "1、可持续影响指标：非遗传承体系，100%。", includes: "一种效果或状态" },
    { text: "1、效益指标：社会治安防控能力，≥95%。", includes: "一种效果或状态" },
    {
      text: "1、产出指标：台帐查询访问量，通过满意度调查得到项目预计服务对象满意度，调查结果满意度达到90%以上。",
      includes: "满意度",
    },
    { text: "1、产出指标：巡查企业数量，≥90%。", includes: "数量" },
    // A length or people served, written as a percentage (round 84 #156, miss 6).
    { text: "1、产出指标：养护里程，≥100%。", count: 1, includes: "衡量的是长度" },
    { text: "1、产出指标：培训教师，≥95%。", count: 1, includes: "衡量的是人数" },
    { text: "1、产出指标：验收合格率，≥20个。", includes: "比率" },
  ],
});

describe("UNIT-MISMATCH on a count written as a percentage asks for the count in its unit (round 84 #156)", () => {
  it("asks a length for kilometres and people for a number of people", () => {
    const [length] = runRule(unitMismatch, "1、产出指标：养护里程，≥100%。");
    expect(length.fix?.zh).toContain("“≥5公里”");
    const [people] = runRule(unitMismatch, "1、产出指标：培训教师，≥95%。");
    expect(people.fix?.zh).toContain("“≥（数量）人”");
  });
});
