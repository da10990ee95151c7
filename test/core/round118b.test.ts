/**
 * Round 118b: headings, documents and cells as officers write them in prose and free-text documents.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

/** A document in one column: the project's line, then its indicators' cell. */
function doc(...lines: string[]) {
  return parseGrid(grid(lines.map((l) => [l])));
}

describe("设数量指标2条： announces its label's indicators, as 设2条数量指标： does", () => {
  const cell =
    "本项目设数量指标2条：绿地养护面积126万平方米；行道树修剪8600株。设1条质量指标：苗木成活率≥95%。" +
    "设效益指标1条：城区绿化覆盖率达到41%。设满意度指标1条：市民满意度≥85%。";

  it("reads the label as a heading that sets the level, and the count as no name", () => {
    const r = doc("项目1：城区绿化养护项目（某区住建局）", cell);
    expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.value])).toEqual([
      ["产出指标", "数量指标", "绿地养护面积", 1260000],
      ["产出指标", "数量指标", "行道树修剪", 8600],
      ["产出指标", "质量指标", "苗木成活率", 95],
      ["效益指标", null, "城区绿化覆盖率", 41],
      ["满意度指标", "服务对象满意度指标", "市民满意度", 85],
    ]);
  });

  it("reads 本项目设2条数量指标： the same", () => {
    const r = doc(
      "项目1：城区绿化养护项目（某区住建局）",
      "本项目设2条数量指标：绿地养护面积126万平方米；行道树修剪8600株。",
    );
    expect(r.indicators.map((i) => [i.level2, i.name])).toEqual([
      ["数量指标", "绿地养护面积"],
      ["数量指标", "行道树修剪"],
    ]);
  });
});

describe("a document whose projects list their indicators as 一是…二是…", () => {
  it("reads each project's 一是…二是… line as its indicators, and the unit before the dash as its unit", () => {
    const r = doc(
      "某区2024年部门项目绩效目标",
      "一、某区退役军人事务局——退役军人培训项目",
      "一是培训退役军人≥300人；二是参训人员满意度≥90%。",
      "二、某区民政局——特困人员护理补贴",
      "项目资金：112.32万元",
      "一是补贴对象1560人；二是特困人员满意度达到92%。",
    );
    expect(r.projects.map((p) => [p.project, p.budgetUnit])).toEqual([
      ["退役军人培训项目", "某区退役军人事务局"],
      ["特困人员护理补贴", "某区民政局"],
    ]);
    expect(r.indicators.map((i) => [i.project, i.name, i.value])).toEqual([
      ["退役军人培训项目", "培训退役军人", 300],
      ["退役军人培训项目", "参训人员满意度", 90],
      ["特困人员护理补贴", "补贴对象", 1560],
      ["特困人员护理补贴", "特困人员满意度", 92],
    ]);
  });

  it("keeps a dash that follows no unit's name in the project's name", () => {
    const r = doc("一、乡村振兴——产业发展项目", "一是培训农户≥300人；二是农户满意度≥90%。");
    expect(r.projects.map((p) => [p.project, p.budgetUnit])).toEqual([["乡村振兴——产业发展项目", ""]]);
  });
});
