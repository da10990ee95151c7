/**
 * Review probe round 105, the rest: a goal that says only what will be done, a rate of handling filed as
 * timeliness, and an effect that counts as people the places an output makes.
 */
import type { CellValue } from "../../../src/core/grid";
import { goalCopy, goalUnmeasurable, goalVague } from "../../../src/core/review/rules/goals";
import { categoryMismatch } from "../../../src/core/review/rules/categories";
import { rowsOfProject as rows, runRule, testRule } from "./ruleTester";

const IND = "1、产出指标：维修改造校舍面积，≥1.2万平方米；2、产出指标：完工时间，2025年8月底前。";

describe("round 105 miss 6: a 绩效目标 with no figure and no deadline", () => {
  it.each([
    "对辖区中小学校舍进行维修改造，改善办学条件。",
    "对已建成高标准农田进行管护。",
    "加强校舍维修，改善办学条件",
    "提高社会治理能力、提升三防能力建设。一是依法履行职能，二是强化应急处置能力。",
    "进一步加强统一指挥，推进第一次全国自然灾害综合风险普查。",
  ])("%s cannot be measured", (goal) => expect(goalUnmeasurable(goal)).toBe(true));
  it.each([
    "完成全区12所中小学校舍维修改造，改善办学条件。",
    "建设一个现代化应急指挥场所。",
    "开展两期培训，提升教师素质。",
    "2025年8月底前完成校舍维修改造。",
    "保障数字城管系统全年稳定运行。",
    "确保不发生区域性重大动物疫情。",
    "受理群众诉求３６万件以上。",
    "重点人群签约率达到百分之七十五。",
  ])("%s states a figure, a time or a checkable zero", (goal) => expect(goalUnmeasurable(goal)).toBe(false));

  testRule(goalVague, {
    clean: [
      { text: IND, goal: "完成全区12所中小学校舍维修改造，8月底前完工。" },
      { text: IND, goal: "" },
      // No 绩效目标 column: nothing promised.
      {
        grid: [
          ["项目名称", "三级指标", "指标值"],
          ["项目甲", "培训人数", "≥500人"],
        ],
      },
      // A goal copied from another project is GOAL-COPY's alone.
      {
        projects: [
          { name: "校舍维修", goal: "对辖区中小学校舍进行维修改造，改善办学条件。", text: IND },
          { name: "教师周转房维修", goal: "对辖区中小学校舍进行维修改造，改善办学条件。", text: IND },
        ],
      },
    ],
    flagged: [
      {
        text: IND,
        goal: "对辖区中小学校舍进行维修改造，改善办学条件。",
        count: 1,
        includes: "没有数量、规模或完成时间",
      },
    ],
  });

  it("suggests the project's own main output and deadline, never its money or a percentage", () => {
    const text =
      "1、产出指标：项目资金，860万元；2、产出指标：维修改造校舍面积，≥1.2万平方米；3、产出指标：完工时间，2025年8月底前。";
    const [f] = runRule(goalVague, { text, goal: "对辖区中小学校舍进行维修改造，改善办学条件。" });
    expect(f.fix?.zh).toContain("“维修改造校舍面积 ≥1.2万平方米”“完工时间 2025年8月底前”");
    expect(f.fix?.zh).not.toContain("万元");
    const [g] = runRule(goalVague, { text: "1、产出指标：培训教师，≥95%。", goal: "开展教师培训。" });
    expect(g.fix?.zh).not.toContain("95%");
    expect(g.fix?.zh).toContain("（数量）");
  });

  it("still finds the copy where the goal is copied", () => {
    const projects = [
      { name: "校舍维修", goal: "对辖区中小学校舍进行维修改造，改善办学条件。", text: IND },
      { name: "教师周转房维修", goal: "对辖区中小学校舍进行维修改造，改善办学条件。", text: IND },
    ];
    expect(runRule(goalCopy, { projects })).toHaveLength(2);
  });
});

describe("round 105 miss 8: a rate of handling or quality filed under 时效指标", () => {
  const timely = (name: string, target = "≥95%") =>
    rows(
      "文化市场综合执法",
      ["产出指标", "数量指标", "检查经营场所", "≥1500家次"],
      ["产出指标", "时效指标", name, target],
      ["效益指标", "社会效益指标", "文化市场秩序", "无重大违法事件"],
    );
  testRule(categoryMismatch, {
    clean: [
      timely("投诉举报处理及时率"),
      timely("案件按期办结率"),
      timely("投诉举报24小时内处理率"),
      timely("垃圾日产日清率"),
      timely("培训计划完成率", "100%"),
      timely("资金拨付率", "100%"),
      timely("预算执行率", "≥90%"),
      // Filed by us, not by the officer: an inferred 二级 is not judged.
      "1、产出指标：投诉举报处理率，≥95%。",
    ],
    flagged: [
      { ...timely("投诉举报处理率"), count: 1, includes: "是质量指标，却被归入时效指标" },
      { ...timely("隐患整改率"), count: 1 },
      { ...timely("工程验收合格率", "100%"), count: 1 },
    ],
  });

  it("tells a handling rate its timeliness, a quality rate its date", () => {
    const [f] = runRule(categoryMismatch, timely("投诉举报处理率"));
    expect(f.fix?.zh).toContain("“投诉举报处理及时率 ≥95%”");
    const [g] = runRule(categoryMismatch, timely("工程验收合格率", "100%"));
    expect(g.fix?.zh).toContain("12月底前完成");
    expect(g.fix?.zh).not.toContain("及时率");
  });
});

describe("round 105 miss 7: an effect counting as people the places an output makes", () => {
  const jobs = (effect: [string, string], output: [string, string] = ["开发公益性岗位", "60个"]) =>
    rows(
      "农村公益性岗位补贴",
      ["产出指标", "数量指标", ...output],
      ["产出指标", "成本指标", "岗位补贴标准", "1500元/人·月"],
      ["效益指标", "社会效益指标", ...effect],
    );
  const grid = (g: { grid: CellValue[][] }) => g;
  testRule(categoryMismatch, {
    clean: [
      jobs(["带动脱贫人口就业", "≥80人"]),
      jobs(["上岗人员人均年增收", "≥18000元"]),
      jobs(["带动脱贫人口就业率", "60%"]),
      jobs(["带动就业", "60人"], ["培训农民", "60人"]),
      grid(
        rows(
          "养老服务",
          ["产出指标", "数量指标", "新增养老床位", "120张"],
          ["效益指标", "社会效益指标", "床位使用率", "≥80%"],
        ),
      ),
    ],
    flagged: [
      { ...jobs(["带动脱贫人口就业", "60人"]), count: 1, includes: "换成了人数" },
      {
        ...rows(
          "民办幼儿园扶持",
          ["产出指标", "数量指标", "新增普惠性学位", "300个"],
          ["效益指标", "社会效益指标", "新增入园幼儿", "300人"],
        ),
        count: 1,
      },
    ],
  });

  it("asks for what the jobs bring", () => {
    const [f] = runRule(categoryMismatch, jobs(["带动脱贫人口就业", "60人"]));
    expect(f.message.zh).toContain("“开发公益性岗位”（60个）");
    expect(f.fix?.zh).toContain("上岗人员人均年增收");
  });
});
