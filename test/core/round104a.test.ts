/**
 * Round 104: the context of a project — a heading over its description's sections, a context line's
 * fields ended by ； or 。, a department's budget code in brackets.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

/** A document pasted a line per row down one column (" / " between lines). */
const lines = (text: string) => parseGrid(grid(text.split(" / ").map((t) => [t])));

const context = (r: ReturnType<typeof parseGrid>) =>
  r.projects.map((p) => [p.project, p.budgetUnit, p.department]);

describe("a project's heading over the sections of its description (宣城 市场监管)", () => {
  it("（一）项目概况：… and （二）绩效目标： between the heading and its indicators", () => {
    const r = lines(
      "某市市场监督管理局2024年部门项目绩效目标 / 一、食品安全抽检监测经费 / （一）项目概况：完成抽检任务。 / （二）绩效目标： / 【产出指标-数量指标】抽检批次：≥4200批次 / 【满意度指标-服务对象满意度指标】公众满意度：≥80% / 二、特种设备安全监管经费 / （一）项目概况：开展检查。 / （二）绩效目标： / 【产出指标-数量指标】检查单位数：≥600家",
    );
    expect(context(r)).toEqual([
      ["食品安全抽检监测经费", "某市市场监督管理局", ""],
      ["特种设备安全监管经费", "某市市场监督管理局", ""],
    ]);
    expect(r.indicators.map((i) => [i.projectId, i.name, i.value])).toEqual([
      [r.projects[0].id, "抽检批次", 4200],
      [r.projects[0].id, "公众满意度", 80],
      [r.projects[1].id, "检查单位数", 600],
    ]);
  });

  it("one section line, the next heading directly over its indicator", () => {
    const r = lines(
      "某市市场监督管理局2024年部门项目绩效目标 / 一、食品安全抽检监测经费 / （一）项目概况：完成抽检任务。 / 【产出指标-数量指标】抽检批次：≥4200批次 / 二、特种设备安全监管经费 / 【产出指标-数量指标】检查单位数：≥600家",
    );
    expect(r.projects.map((p) => p.project)).toEqual(["食品安全抽检监测经费", "特种设备安全监管经费"]);
  });

  it("a section's label alone on its line, its words on the next", () => {
    const r = lines(
      "一、食品安全抽检监测经费 / （一）项目概况 / 按照国家、省食品安全抽检计划，完成市本级监督抽检任务。 / （二）绩效目标 / 【产出指标-数量指标】抽检批次：≥4200批次",
    );
    expect(r.projects.map((p) => p.project)).toEqual(["食品安全抽检监测经费"]);
    expect(r.indicators.map((i) => i.name)).toEqual(["抽检批次"]);
  });
});

describe("a context line's fields end at ； or 。 (固原 原州)", () => {
  it("主管部门：…；实施单位：…；资金：1200万元。 gives the unit alone", () => {
    const r = lines(
      "一、原州区2024年冬春取暖补贴 / 主管部门：固原市原州区民政局；实施单位：固原市原州区社会福利院；资金：380万元。 / 绩效指标：产出指标：数量指标:补贴困难群众≥9500户;",
    );
    expect(context(r)).toEqual([
      ["原州区2024年冬春取暖补贴", "固原市原州区社会福利院", "固原市原州区民政局"],
    ]);
  });

  it("项目名称：…；资金：…。 gives the name alone", () => {
    const r = lines(
      "项目名称：甲项目；资金：1200万元。 / 主管部门：某区民政局 / 绩效指标：产出指标：数量指标:补贴≥9500户;",
    );
    expect(context(r)).toEqual([["甲项目", "", "某区民政局"]]);
  });

  it("the same line in a form above its indicator table", () => {
    const r = parseGrid(
      grid([
        ["项目支出绩效目标表"],
        ["项目名称", "甲项目"],
        ["主管部门：某区民政局；实施单位：某区社会福利院；资金：380万元。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "补贴户数", "≥9500户"],
      ]),
    );
    expect(context(r)).toEqual([["甲项目", "某区社会福利院", "某区民政局"]]);
  });

  it("two units set apart by ； are kept as written", () => {
    const r = lines(
      "一、甲项目 / 实施单位：某区民政局；某区财政局 / 绩效指标：产出指标：数量指标:补贴≥9500户;",
    );
    expect(r.projects[0].budgetUnit).toBe("某区民政局；某区财政局");
  });
});

describe("主管部门及代码 | [213]日照市农业农村局 (日照 农业农村 申报表)", () => {
  const form = (department: string) =>
    parseGrid(
      grid([
        ["项目支出绩效目标表", "", "", "", ""],
        ["项目名称", "高标准农田建设市级配套", "", "", ""],
        ["主管部门及代码", department, "", "实施单位", "日照市农业农村局"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["", "产出指标", "数量指标", "新建高标准农田面积", "3.5万亩"],
      ]),
    );

  it.each([
    ["[213]日照市农业农村局", "日照市农业农村局"],
    ["【213】日照市农业农村局", "日照市农业农村局"],
    ["[206001]某市交通运输局", "某市交通运输局"],
  ])("%s → %s", (written, department) => {
    expect(form(written).projects.map((p) => p.department)).toEqual([department]);
    expect(form(written).indicators.map((i) => i.department)).toEqual([department]);
  });

  it("a year before 年度 is still no code", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "实施单位", "三级指标", "指标值"],
        ["热线运行", "2024 年度某服务中心", "接通率", "≥95%"],
      ]),
    );
    expect(r.projects[0].budgetUnit).toBe("2024 年度某服务中心");
  });
});
