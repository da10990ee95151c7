/**
 * Round 231: a regression sweep of the session's reading fixes — every string literal of test/ and src/core read as a
 * packed cell and as a rows table's 三级 and 指标值, with the engine at the session's start (1741fdaf) and at main.
 * Each reading found worse gets its case here.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

/** The 二级 inferred for one row under 效益指标 with no 二级 written. */
const inferredUnderEffect = (name: string, target: string) =>
  parseGrid(
    grid([
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["效益指标", "", name, target],
    ]),
  ).indicators.map((i) => [i.name, i.level2Inferred]);

describe("节水 under 效益指标 (round 224 read water saved as ecological)", () => {
  it("keeps people's awareness of saving water, its publicity and a farmer's labour a social effect", () => {
    expect(inferredUnderEffect("农民节水意识", "明显增强")).toEqual([["农民节水意识", "社会效益指标"]]);
    expect(inferredUnderEffect("节水观念", "深入人心")).toEqual([["节水观念", "社会效益指标"]]);
    expect(inferredUnderEffect("节水宣传覆盖人群", "≥5000人")).toEqual([
      ["节水宣传覆盖人群", "社会效益指标"],
    ]);
    expect(inferredUnderEffect("节水灌溉降低劳动强度", "明显")).toEqual([
      ["节水灌溉降低劳动强度", "社会效益指标"],
    ]);
  });

  it("still reads the water saved, or the land watered so, as ecological", () => {
    expect(inferredUnderEffect("新增高效节水灌溉面积", "≥8000亩")).toEqual([
      ["新增高效节水灌溉面积", "生态效益指标"],
    ]);
    expect(inferredUnderEffect("年节水量", "≥50万立方米")).toEqual([["年节水量", "生态效益指标"]]);
    expect(inferredUnderEffect("实施高效节水灌溉", "提高农业用水效率")).toEqual([
      ["实施高效节水灌溉", "生态效益指标"],
    ]);
    expect(inferredUnderEffect("节水灌溉覆盖率", "≥60%")).toEqual([["节水灌溉覆盖率", "生态效益指标"]]);
  });
});

/** The records of one packed 绩效指标 cell, as [seq, name, target]. */
const packed = (text: string) =>
  parseGrid(
    grid([
      ["项目名称", "绩效目标", "绩效指标"],
      ["某某项目", "完成年度工作任务。", text],
    ]),
  ).indicators.map((i) => [i.seq, i.name, i.target]);

describe("a label's score in brackets (round 224) against a number before a name beginning with 分", () => {
  it("numbers the item when 分 starts its name (分类, 分项, 分享)", () => {
    expect(packed("产出指标：数量指标（1）分类收集点≥20个（2）分拣中心≥2个")).toEqual([
      [1, "分类收集点", "≥20个"],
      [2, "分拣中心", "≥2个"],
    ]);
    expect(packed("质量指标 (2)分项验收合格率100%")).toEqual([[2, "分项验收合格率", "100%"]]);
    expect(packed("效益指标 （1）分享经济效益明显")).toEqual([[1, "分享经济效益", "明显"]]);
  });

  it("still reads 满意度指标（10）分： as the label's score", () => {
    expect(
      packed("产出指标（40-50）分：1.改造农村危房85户。满意度指标（10）分：2.改造户满意度≥95%。"),
    ).toEqual([
      [1, "改造农村危房", "85户"],
      [2, "改造户满意度", "≥95%"],
    ]);
    expect(packed("效益指标（30）分\n带动就业≥50人")).toEqual([[null, "带动就业", "≥50人"]]);
  });
});

describe("a bureau's title over a 预算单位 column (round 228) that lists another department too", () => {
  const table = (title: string, units: string[]) =>
    parseGrid(
      grid([
        [title, "", "", "", "", ""],
        ["预算单位", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ...units.map((u, i) => [u, `项目${i + 1}`, "产出指标", "数量指标", "完成任务数", `≥${i + 2}个`]),
      ]),
    ).projects.map((p) => [p.budgetUnit, p.department]);

  it("names no department from the title: the table is no one body's, its units' departments unsaid", () => {
    expect(table("德江县教育局2025年项目绩效目标表", ["德江县卫生健康局", "德江县人民医院"])).toEqual([
      ["德江县卫生健康局", ""],
      ["德江县人民医院", ""],
    ]);
    expect(
      table("德江县财政局2025年项目支出绩效目标表", ["德江县第一中学", "德江县教育局", "德江县财政局"]),
    ).toEqual([
      ["德江县第一中学", ""],
      ["德江县教育局", ""],
      ["德江县财政局", ""],
    ]);
  });

  it("second batch: a bureau over its own units, a finance bureau over another department, a bureau over its units", () => {
    expect(
      table("某市农业农村局2025年项目支出绩效目标表", ["某市农业农村局", "某市农业技术推广中心"]),
    ).toEqual([
      ["某市农业农村局", ""],
      ["某市农业技术推广中心", "某市农业农村局"],
    ]);
    expect(table("某区财政局2025年项目支出绩效目标表", ["某区民政局", "某区社会福利院"])).toEqual([
      ["某区民政局", ""],
      ["某区社会福利院", ""],
    ]);
    expect(table("某区民政局2025年项目支出绩效目标表", ["某区社会福利院", "某区救助管理站"])).toEqual([
      ["某区社会福利院", "某区民政局"],
      ["某区救助管理站", "某区民政局"],
    ]);
  });

  it("names no finance bureau the department of units that do no finance work (a county's table it compiled)", () => {
    expect(table("德江县财政局2025年项目绩效目标表", ["德江县第一中学", "德江县人民医院"])).toEqual([
      ["德江县第一中学", ""],
      ["德江县人民医院", ""],
    ]);
    expect(table("德江县财政局2025年项目绩效目标表", ["德江县财政局", "德江县国库集中支付中心"])).toEqual([
      ["德江县财政局", ""],
      ["德江县国库集中支付中心", "德江县财政局"],
    ]);
  });

  it("still names the title's body over its own units and its own budget", () => {
    expect(table("德江县教育局2025年项目绩效目标表", ["德江县教育局", "德江县第一中学"])).toEqual([
      ["德江县教育局", ""],
      ["德江县第一中学", "德江县教育局"],
    ]);
  });
});

describe("round 231's second batch, gold written before its one run after the fixes (18 of 18 with the departments above)", () => {
  it("reads 节水 under 效益 by what is measured", () => {
    expect(
      [
        ["居民节水意识", "显著增强"],
        ["节水宣传教育覆盖率", "≥80%"],
        ["新增节水灌溉面积", "≥2000亩"],
        ["年可节水量", "≥30万立方米"],
        ["农田灌溉节水率", "≥20%"],
        ["节水灌溉减少农民用工", "明显"],
      ].map(([n, t]) => inferredUnderEffect(n, t)[0][1]),
    ).toEqual([
      "社会效益指标",
      "社会效益指标",
      "生态效益指标",
      "生态效益指标",
      "生态效益指标",
      "社会效益指标",
    ]);
  });

  it("numbers items whose names begin with 分, and reads a label's score as none", () => {
    expect(packed("产出指标：数量指标（1）分发宣传资料≥5000份（2）分类指导服务≥20次")).toEqual([
      [1, "分发宣传资料", "≥5000份"],
      [2, "分类指导服务", "≥20次"],
    ]);
    expect(packed("质量指标 (1)分级诊疗落实率≥90%")).toEqual([[1, "分级诊疗落实率", "≥90%"]]);
    expect(packed("满意度指标（10）分：受益群众满意度≥90%")).toEqual([[null, "受益群众满意度", "≥90%"]]);
    expect(packed("效益指标（20）分：1.带动就业≥30人；2.群众获得感明显增强")).toEqual([
      [1, "带动就业", "≥30人"],
      [2, "群众获得感", "明显增强"],
    ]);
  });
});
