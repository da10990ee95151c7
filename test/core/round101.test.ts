/**
 * Round 101: free-text documents whose project headings were lost (a 项目金额 line under 项目一：, a
 * （一）…计划 heading), a deadline followed by what it is for, and the quality of the air read as a 质量指标.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

/** A document pasted a line per row down one column (" / " between lines; an empty line is a blank row). */
const lines = (text: string) => parseGrid(grid(text.split(" / ").map((t) => [t])));

/** One packed 绩效指标 cell under the simplest header (项目名称 | 绩效指标). */
const packedCell = (cell: string) =>
  parseGrid(
    grid([
      ["项目名称", "绩效指标"],
      ["某项目", cell],
    ]),
  );

describe("a 项目金额：320万元 line under 项目一： is the project's context, not an indicator", () => {
  const r = lines(
    "某区某局2024年重点项目绩效目标 / 项目一：乡村旅游公共服务设施提升项目 / 项目金额：320万元 / 一、产出指标 / 指标1：新建旅游厕所 8座 /  / 项目二：全民健身工程 / 项目金额：85万元 / 一、产出指标 / 指标1：新建健身路径 22个",
  );

  it("finds both projects", () => {
    expect(r.projects.map((p) => p.project)).toEqual(["乡村旅游公共服务设施提升项目", "全民健身工程"]);
  });

  it("files each indicator under its project, and reads no heading or money line as one", () => {
    expect(r.indicators.map((i) => [i.name, i.value, i.projectId])).toEqual([
      ["新建旅游厕所", 8, r.projects[0].id],
      ["新建健身路径", 22, r.projects[1].id],
    ]);
  });

  it.each(["项目资金：85万元", "预算金额：85万元", "资金总额：85万元", "总投资：85万元"])(
    "reads %s the same way",
    (money) => {
      const k = lines(
        `某局重点项目绩效目标 / 项目一：甲工程 / ${money} / 一、产出指标 / 指标1：新建厕所 8座 /  / 项目二：乙工程 / ${money} / 一、产出指标 / 指标1：新建路径 22个`,
      );
      expect(k.projects.map((p) => [p.project, p.budgetUnit])).toEqual([
        ["甲工程", ""],
        ["乙工程", ""],
      ]);
      expect(k.indicators.map((i) => i.name)).toEqual(["新建厕所", "新建路径"]);
    },
  );
});

describe("（一）农村义务教育学生营养改善计划 over 项目实施单位：… names its project", () => {
  const r = lines(
    "（一）农村义务教育学生营养改善计划 / 项目实施单位：某区学生资助管理中心 / 产出指标：受益学生人数8.6万人。 / （二）学前教育幼儿资助 / 项目实施单位：某区学生资助管理中心 / 产出指标：资助幼儿人数3500人。",
  );

  it("names both projects", () => {
    expect(r.projects.map((p) => [p.project, p.budgetUnit])).toEqual([
      ["农村义务教育学生营养改善计划", "某区学生资助管理中心"],
      ["学前教育幼儿资助", "某区学生资助管理中心"],
    ]);
    expect(r.indicators.map((i) => i.projectId)).toEqual(r.projects.map((p) => p.id));
  });

  it("still reads a section's plan (二、资金使用计划) as no project", () => {
    const k = lines("项目名称：甲项目 / 主管部门：某局 / 一、资金使用计划 / 产出指标：培训人数500人。");
    expect(k.projects.map((p) => p.project)).toEqual(["甲项目"]);
  });
});

describe("a deadline, then after a comma what it is for", () => {
  it.each([
    ["工程于2025年10月15日前完工，确保按时供热", "2025-10-15"],
    ["工程于2025年10月底前完工，确保按时供热", "2025-10-31"],
  ])("%s is a date", (line, date) => {
    const r = lines(`项目名称：甲项目 / 1.产出指标 / （1）时效指标 / ${line}`);
    expect(r.indicators.map((i) => [i.level2, i.kind, i.date])).toEqual([["时效指标", "date", date]]);
  });
});

describe("the quality of the air is an ecological effect", () => {
  it("空气质量得到改善 infers 生态效益指标, not 质量指标", () => {
    const r = packedCell("空气质量得到改善。");
    expect(r.indicators.map((i) => [i.name, i.level2Inferred])).toEqual([["空气质量", "生态效益指标"]]);
  });

  it("a product's quality (产品质量合格率) stays a 质量指标", () => {
    const r = packedCell("产品质量合格率≥98%。");
    expect(r.indicators.map((i) => i.level2Inferred)).toEqual(["质量指标"]);
  });
});
