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

describe("a 三级 cell of several 名称：目标 pairs and no target column", () => {
  const read = (cell: string) =>
    parseGrid(
      grid([
        ["项目名称", "某养老服务站运营补助", null],
        ["一级指标", "二级指标", "三级指标"],
        ["产出指标", "数量指标", cell],
        ["满意度指标", "服务对象满意度指标", "服务对象满意度：≥90%"],
      ]),
    ).indicators.map((i) => [i.cell, i.level2, i.name, i.comparator, i.value, i.unit]);

  it("reads a pair a line", () => {
    expect(read("补助养老服务站数量：18个\n服务老年人人次：≥3.6万人次")).toEqual([
      ["C3", "数量指标", "补助养老服务站数量", "=", 18, "个"],
      ["C3", "数量指标", "服务老年人人次", ">=", 36000, "人次"],
      ["C4", "服务对象满意度指标", "服务对象满意度", ">=", 90, "%"],
    ]);
  });

  it("reads a pair before and after a ；", () => {
    expect(read("维修养护供水工程处数：26处；维修管网：12.5km").slice(0, 2)).toEqual([
      ["C3", "数量指标", "维修养护供水工程处数", "=", 26, "处"],
      ["C3", "数量指标", "维修管网", "=", 12.5, "km"],
    ]);
  });

  it("keeps one indicator whose target alone goes on after the ；", () => {
    expect(read("培训人数：线上200人；线下300人").length).toBe(2);
  });
});

describe("a deadline written first, then work done to things listed with 、", () => {
  it("names the indicator by the whole work", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "绩效目标"],
        ["农田管护项目", "管护农田135亩；汛期前完成机耕路、沟渠修复；受益农户满意度≥90%。"],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.kind])).toEqual([
      ["管护农田", "quantitative"],
      ["完成机耕路、沟渠修复", "date"],
      ["受益农户满意度", "quantitative"],
    ]);
  });
});

describe("a period closing the name before the words of its target", () => {
  it("reads 养护工作全年持续开展 as the work, then the period it goes on over", () => {
    const r = doc(
      "项目1：城区绿化养护项目（某区住建局）",
      "数量指标：绿地养护面积126万平方米。时效指标：养护工作全年持续开展。满意度指标：市民满意度≥85%。",
    );
    expect(r.indicators[1]).toMatchObject({ level2: "时效指标", name: "养护工作", target: "全年持续开展" });
  });
});

describe("misuse counted is no cost", () => {
  it("infers 质量指标 for 违规使用资金0起, as for accidents counted", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        ["衔接资金管理费", "资金拨付及时率100%；违规使用资金0起；群众满意度达90%以上"],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.level2Inferred])).toEqual([
      ["资金拨付及时率", "时效指标"],
      ["违规使用资金", "质量指标"],
      ["群众满意度", "服务对象满意度指标"],
    ]);
  });
});

describe("a bare 明显 closing the words is the target, as 明显增加 is", () => {
  const read = (cell: string) =>
    parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        ["某项目", cell],
      ]),
    ).indicators.map((i) => [i.name, i.target, i.kind]);

  it("reads 农民增收明显 as 农民收入明显增加 reads", () => {
    expect(read("效益指标：农民增收明显。")).toEqual([["农民增收", "明显", "qualitative"]]);
    expect(read("效益指标：农民收入明显增加。")).toEqual([["农民收入", "明显增加", "qualitative"]]);
    expect(read("1.农民增收明显；2.生态环境明显改善。").map((r) => r[0])).toEqual(["农民增收", "生态环境"]);
  });
});

describe("≈ and ≒ written for 约", () => {
  it("leaves the name and belongs to the target", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        ["耕地地力保护补贴", "产出指标：补贴面积≥68万亩；补贴标准≈63元/亩；补助单价≒120元/亩。"],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.target, i.value, i.unit])).toEqual([
      ["补贴面积", "≥68万亩", 680000, "亩"],
      ["补贴标准", "≈63元/亩", 63, "元/亩"],
      ["补助单价", "≒120元/亩", 120, "元/亩"],
    ]);
  });
});

describe("a month of the year in the value column, for a point in time", () => {
  const read = (name: string, value: number) =>
    parseGrid(
      grid([
        ["丹东市水务局2024年项目绩效目标申报表", null, null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
        ["产出指标", "时效指标", name, value, "月"],
      ]),
    ).indicators.map((i) => [i.kind, i.date, i.value, i.unit]);

  it("reads 完成时间 | 11 | 月 as a deadline in the table's year", () => {
    expect(read("维修养护完成时间", 11)).toEqual([["date", "2024-11", null, ""]]);
  });

  it("keeps a duration a number of months", () => {
    expect(read("项目工期", 11)).toEqual([["quantitative", null, 11, "月"]]);
  });
});
