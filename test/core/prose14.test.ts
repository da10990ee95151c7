/**
 * Packed cells that probe round 66 misread (fix round prose14): each test is a cell written on the
 * pattern of a misread, read under an ordinary packed header.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";
import { records } from "../support/packedCell";

/** The records of one packed cell: name, target, kind. */
function named(cell: string) {
  return records(cell).map((i) => [i.name, i.target, i.kind]);
}

describe("qualitative targets read by their pattern (r66 #1a)", () => {
  it("reads a level held, an adverb before a verb, a way of progress and 全覆盖", () => {
    const cases: [string, string, string][] = [
      [
        "2.效益指标：适龄儿童免疫规划疫苗针对传染病发病率保持较低水平。",
        "适龄儿童免疫规划疫苗针对传染病发病率",
        "保持较低水平",
      ],
      ["病死率保持全国较低水平", "病死率", "保持全国较低水平"],
      ["社会效益指标：返贫致贫风险有效防范", "返贫致贫风险", "有效防范"],
      ["数据支撑作用有效发挥", "数据支撑作用", "有效发挥"],
      ["时效指标：各项会议按计划及时召开；", "各项会议", "按计划及时召开"],
      ["5.农村群众出行更加便捷安全。", "农村群众出行", "更加便捷安全"],
      ["可持续影响指标：书香集美建设持续推进；", "书香集美建设", "持续推进"],
      ["村级综合服务站覆盖率实现全覆盖", "村级综合服务站覆盖率", "实现全覆盖"],
    ];
    for (const [cell, name, target] of cases) expect(named(cell)).toEqual([[name, target, "qualitative"]]);
  });

  it("keeps the readings of the tails it is tried after", () => {
    expect(named("社会效益指标：困难群众基本生活得到有效保障")).toEqual([
      ["困难群众基本生活", "得到有效保障", "qualitative"],
    ]);
    expect(named("时效指标：资金按学期及时拨付")).toEqual([["资金", "按学期及时拨付", "qualitative"]]);
  });

  it("leaves a noun after 有效 in the name", () => {
    expect(named("受理群众有效投诉")).toEqual([["受理群众有效投诉", "", "empty"]]);
  });
});

describe("a comma between two such states, or before a change of its own (r66 #1b)", () => {
  it("cuts two states under a label", () => {
    expect(named("效益指标：居民文化生活日益丰富，邻里关系更加和谐；")).toEqual([
      ["居民文化生活", "日益丰富", "qualitative"],
      ["邻里关系", "更加和谐", "qualitative"],
    ]);
  });

  it("cuts a state before a figure changed on last year, numbered or not", () => {
    for (const cell of [
      "2、效益指标：大气污染防治数据支撑作用有效发挥，PM2.5年均浓度同比下降3%。",
      "效益指标：大气污染防治数据支撑作用有效发挥，PM2.5年均浓度同比下降3%。",
    ]) {
      const got = records(cell).map((i) => [i.name, i.target, i.kind, i.value, i.unit]);
      expect(got).toEqual([
        ["大气污染防治数据支撑作用", "有效发挥", "qualitative", null, ""],
        ["PM2.5年均浓度", "同比下降3%", "quantitative", 3, "%"],
      ]);
    }
  });
});

describe("a word of intent or the project before a deadline (r66 #2)", () => {
  /** name, target, kind, date of each record. */
  function dated(cell: string) {
    return records(cell).map((i) => [i.name, i.target, i.kind, i.date]);
  }

  it("names the indicator by the work after the deadline", () => {
    const cases: [string, string, string, string][] = [
      ["4.计划2024年10月完工。", "完工", "2024年10月", "2024-10"],
      ["（三）时效指标：项目于2024年12月底前完工。", "完工", "2024年12月底前", "2024-12-31"],
      ["项目计划于2024年10月完工", "完工", "2024年10月", "2024-10"],
      ["力争2024年9月前投入使用", "投入使用", "2024年9月前", "2024-09"],
      ["确保2024年12月底前完工", "完工", "2024年12月底前", "2024-12-31"],
      ["拟2024年6月开工", "开工", "2024年6月", "2024-06"],
      ["争取2024年10月底前竣工", "竣工", "2024年10月底前", "2024-10-31"],
      ["预计2024年6月完成验收", "完成验收", "2024年6月", "2024-06"],
      ["预计2024年6月30日完成验收", "完成验收", "2024年6月30日", "2024-06-30"],
      ["时效指标：预计2024年6月底完成验收", "完成验收", "2024年6月底", "2024-06-30"],
    ];
    for (const [cell, name, target, date] of cases)
      expect(dated(cell)).toEqual([[name, target, "date", date]]);
  });

  it("reads a deadline without a year after 预计 in the title's year", () => {
    const got = parseGrid(
      grid([
        ["2024年项目绩效目标表", null],
        ["项目名称", "绩效指标"],
        ["某项目", "预计6月底完成验收"],
      ]),
    ).indicators.map((i) => [i.name, i.kind, i.date]);
    expect(got).toEqual([["完成验收", "date", "2024-06-30"]]);
  });

  it("keeps a subject of its own before 于 as the name", () => {
    expect(dated("资金于2024年6月30日前拨付到位")).toEqual([
      ["资金", "2024年6月30日前拨付到位", "date", "2024-06-30"],
    ]);
  });

  it("cuts a deadline after 预计 from the indicator before it", () => {
    expect(dated("培训合格率≥90%，预计2024年6月底前完成验收")).toEqual([
      ["培训合格率", "≥90%", "quantitative", null],
      ["完成验收", "2024年6月底前", "date", "2024-06-30"],
    ]);
  });
});

describe("a statement of work with no figure (r66 #5)", () => {
  it("keeps its words as both name and target, so that it can be compared by its name", () => {
    expect(named("效益指标：保障机关正常运转；")).toEqual([
      ["保障机关正常运转", "保障机关正常运转", "qualitative"],
    ]);
    expect(named("为全省大气污染防治提供数据支撑")).toEqual([
      ["为全省大气污染防治提供数据支撑", "为全省大气污染防治提供数据支撑", "qualitative"],
    ]);
  });

  it("leaves a timing, a schedule or a state reached with no name, as 及时发放 reads", () => {
    expect(named("时效指标：及时发放")).toEqual([["", "及时发放", "qualitative"]]);
    expect(named("时效指标：按时发放")).toEqual([["", "按时发放", "qualitative"]]);
    expect(named("效益指标：提升明显")).toEqual([["", "提升明显", "qualitative"]]);
    expect(named("时效指标：资金按月足额发放")).toEqual([["资金", "按月足额发放", "qualitative"]]);
  });
});

describe("a figure left in the name (r66 #6)", () => {
  /** name, target, comparator, value, unit of each record. */
  function figures(cell: string) {
    return records(cell).map((i) => [i.name, i.target, i.comparator, i.value, i.unit]);
  }

  it("reads a time to keep within closing the words", () => {
    expect(figures("审批时限3个工作日内")).toEqual([["审批时限", "3个工作日内", "<=", 3, "个工作日"]]);
  });

  it("reads a percentage and the verb it is reached by, or the work after it", () => {
    // (The verb names it with what it is done to since fix round 81, as 信访事项办结 reads.)
    expect(figures("监测点位100%覆盖")).toEqual([["监测点位覆盖", "100%覆盖", "=", 100, "%"]]);
    expect(figures("100%完成年度监测任务")).toEqual([["完成年度监测任务", "100%", "=", 100, "%"]]);
    expect(figures("100%达标")).toEqual([["100%达标", "100%达标", "=", 100, "%"]]);
    expect(figures("95%以上的受助学生按时获得资助").map((r) => [r[0], r[2], r[3]])).toEqual([
      ["95%以上的受助学生按时获得资助", ">=", 95],
    ]);
  });

  it("ends the name with what is counted after the count", () => {
    expect(figures("全年完成不少于500人次培训")).toEqual([
      ["全年完成培训", "不少于500人次", ">=", 500, "人次"],
    ]);
    expect(figures("村干部报酬按每人每年不低于3.6万元标准发放")).toEqual([
      ["村干部报酬", "按每人每年不低于3.6万元标准发放", ">=", 36000, "元"],
    ]);
    expect(figures("培训人数不少于500人次以上")).toEqual([
      ["培训人数", "不少于500人次以上", ">=", 500, "人次"],
    ]);
  });
});
