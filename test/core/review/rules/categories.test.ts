import { categoryMismatch } from "../../../../src/core/review/rules/categories";
import { runRule, testRule } from "../ruleTester";

const rows = (...r: string[][]) => ({
  grid: [["项目名称", "一级指标", "二级指标", "三级指标", "指标值"], ...r],
});

testRule(categoryMismatch, {
  clean: [
    // An effect in the output's unit that counts something else (受益农户 beside 改造户厕) is an effect.
    "产出指标：数量指标：农村户厕改造1200户。效益指标：社会效益指标：受益农户1200户。",
    "1、满意度指标：群众满意度，≥90%。",
    rows(["项目甲", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]),
    rows(["项目甲", "效益指标", "社会公众或服务对象满意度指标", "群众满意度", "≥90%"]),
    rows(["项目甲", "产出指标", "成本指标", "人均培训成本", "≤800元/人"]),
    rows(["项目甲", "成本指标", "经济成本指标", "项目资金", "≤120万元"]),
    "1、产出指标：资金到位率，100%。",
    "1、产出指标：培训人数，≥500人。",
    "1、效益指标：市民满意度提升情况，提升5个百分点。",
    // The 2015 template files satisfaction inside the 效益 block.
    "项目完成指标：1.新增馆藏图书≥2万册；项目效益指标：2.图书借阅量同比增长不低于5%；3.读者满意度≥90%",
    // When the money is paid is a timeliness indicator, not an input posing as an output.
    "数量指标：新开公交线路≥60条；时效指标：补贴资金按季度拨付；",
    "数量指标：支持外贸企业数≥600家；时效指标：资金于2024年9月30日前拨付完毕；",
    // Money drawn in from others is the benefit; loans made are the output; a cost per 亩 is a cost.
    "数量指标：服务企业≥3000家次；效益指标：撬动企业科技投入≥3亿元；",
    "产出指标：新认定市级科技创新平台≥50家；效益指标：带动企业研发投入≥15亿元；",
    "数量指标：帮扶困难人员就业≥1.2万人；发放创业担保贷款≥10亿元。",
    "1、产出指标：高标准农田建设面积，不少于2.6万亩。2、产出指标：亩均财政投入，≤3000元/亩。",
    // People served or trained are outputs, whatever their post.
    rows(["项目甲", "产出指标", "数量指标", "培训网格员", "≥200人"]),
    rows(["项目甲", "产出指标", "数量指标", "慰问环卫工人", "≥300人"]),
    // A ceiling on money in the 产出 block is the 2015 framework's 成本指标, COST-BUDGET's (round 75 g1).
    "1、产出指标：召开会议次数1次；会议经费≤3万元。2、效益指标：参会覆盖率100%。",
    // A quality standard that is no money.
    rows(["项目甲", "产出指标", "质量指标", "工程质量验收标准", "符合国家标准"]),
  ],
  flagged: [
    { text: "1、产出指标：参训人员满意度，≥90%。", includes: "满意度指标" },
    rows(["项目甲", "产出指标", "数量指标", "培训费用", "≤20万元"]),
    { text: "1、产出指标：安全生产专项资金，500万元。", includes: "投入" },
    // The program's own money counted as its output: said as such, not as a cost.
    {
      text: "数量指标：发放创新券额度1亿元，服务企业≥3000家次；",
      count: 1,
      includes: "“发放创新券额度1亿元”是项目自身的资金",
    },
    // Pay is a cost, whatever its unit.
    rows(["项目甲", "产出指标", "数量指标", "培训费", "300元"]),
    // A fragment of a name is not what is quoted: the indicator as written is.
    { text: "1、产出指标：安全生产专项资金按计划使用，500万元。", includes: "安全生产专项资金按计划使用" },
    "1、效益指标：聘用专职安监员人数，≥20人。",
    // Posts staffed, counted in people under 数量, are staff put in (round 75 g5, g8).
    { ...rows(["热线", "产出指标", "数量指标", "坐席人员", "≥60人"]), includes: "是投入" },
    { ...rows(["环卫保洁", "产出指标", "数量指标", "环卫作业人员", "320人"]), includes: "是投入" },
    // A sum paid out is an input, even where the parser guesses it a cost.
    { text: "一、产出指标：1.发放高龄津贴资金≥98万元；2.发放人数≥1560人。", includes: "投入" },
    // The funds an office spends on its work (宣传经费, 会议经费) under 数量 are a cost, not money paid out
    // (round 75 g7, g9).
    { ...rows(["项目甲", "产出指标", "数量指标", "宣传经费", "80万元"]), includes: "是成本或费用" },
    { ...rows(["项目甲", "产出指标", "数量指标", "会议经费", "12万元"]), includes: "是成本或费用" },
    // Benefits paid out and supplies stocked, counted in money, are money put in (round 84 miss 4).
    { text: "产出指标：发放低保金≥420万元；保障人数≥1100人。", count: 1, includes: "是投入" },
    {
      ...rows(["水旱灾害防御", "产出指标", "数量指标", "防汛物资储备", "≥260万元"]),
      count: 1,
      includes: "是项目自身的资金",
    },
    // An effect that restates an output, name and figure (round 84 miss 2).
    {
      text: "产出指标：数量指标：农村户厕改造1200座；质量指标：改厕验收合格率100%。效益指标：社会效益指标：完成农村户厕改造1200座；农村卫生厕所普及率≥85%。",
      count: 1,
      includes: "效益指标“完成农村户厕改造”与产出指标“农村户厕改造”是同一项工作",
    },
    // A standard of pay or funds filed under 质量指标 is a cost too (round 70).
    {
      ...rows(["项目甲", "产出指标", "质量指标", "小学生均公用经费基准定额", "≥720元/生·年"]),
      includes: "属于成本，却被归入质量指标",
    },
    {
      text: "产出指标：见习岗位募集数≥500个；见习补贴标准：按当地最低工资标准的60%发放；",
      includes: "补助或经费标准",
    },
  ],
});

describe("CATEGORY-MISMATCH fixes fit what the money is spent on (round 75)", () => {
  const fixOf = (...r: string[][]) => runRule(categoryMismatch, rows(...r))[0]?.fix?.zh ?? "";
  it("asks equipment money for the equipment bought", () => {
    const fix = fixOf(["设备采购", "产出指标", "数量指标", "设备采购资金", "680万元"]);
    expect(fix).toContain("采购设备台（套）数");
    expect(fix).not.toContain("兑付券数");
  });
  it("moves an office's funds to 成本指标 as a norm, with the work they pay for", () => {
    const fix = fixOf(["宣传推介", "产出指标", "数量指标", "宣传经费", "80万元"]);
    expect(fix).toContain("移到成本指标下，写成单位成本或定额");
    expect(fix).toContain("宣传活动场次");
    expect(fix).not.toContain("补助人数");
  });
  it("never offers a cost per unit against the project's own (round 84 #7)", () => {
    const fix = fixOf(
      ["高素质农民培育", "产出指标", "数量指标", "培训经费", "≥45万元"],
      ["高素质农民培育", "产出指标", "数量指标", "培育高素质农民", "300人"],
      ["高素质农民培育", "产出指标", "成本指标", "人均培训费", "1500元/人"],
    );
    expect(fix).toContain("已有单位成本指标“人均培训费 1500元/人”");
    expect(fix).not.toMatch(/≤800元|人均培训成本/);
  });
  it("asks supplies stocked for what is stocked (round 84 miss 4)", () => {
    const fix = fixOf(["水旱灾害防御", "产出指标", "数量指标", "防汛物资储备", "≥260万元"]);
    expect(fix).toContain("储备物资的品种和数量");
  });
  it("asks a sum paid out, posing as an output, for the people paid", () => {
    const [f] = runRule(categoryMismatch, "一、产出指标：1.发放高龄津贴资金≥98万元；2.政策知晓率≥90%。");
    expect(f.fix?.zh).toContain("补助（发放）人数");
    expect(f.fix?.zh).not.toContain("巡查企业数");
  });
  it("never asks for the people paid when the project counts them already (round 105)", () => {
    const [f] = runRule(categoryMismatch, "一、产出指标：1.发放高龄津贴资金≥98万元；2.发放人数≥1560人。");
    expect(f.fix?.zh).toContain("已有产出指标“发放人数 ≥1560人”");
    expect(f.fix?.zh).toContain("补助标准 628元/人");
  });
});
