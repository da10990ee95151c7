/**
 * Packed cells that probe round 68 misread (fix round prose15): qualitative targets read by their
 * pattern — an adverb before a verb, a schedule before a verb, a state held — and statements of work
 * under a bracketed heading. Each test is a cell written on the pattern of a misread.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

/** The records of one packed cell: name, target, kind. */
function named(cell: string) {
  return parseGrid(
    grid([
      ["项目名称", "绩效指标"],
      ["某项目", cell],
    ]),
  ).indicators.map((i) => [i.name, i.target, i.kind]);
}

describe("qualitative targets read by their pattern (r68 #1)", () => {
  it("cuts the name before the adverb, the schedule or the state, never inside it", () => {
    const cases: [string, string, string][] = [
      ["可持续影响指标：档案资源长期安全保存。", "档案资源", "长期安全保存"],
      ["2.效益指标：主流舆论阵地影响力持续扩大；", "主流舆论阵地影响力", "持续扩大"],
      ["5.信访总量稳中有降；", "信访总量", "稳中有降"],
      ["群众收入稳中有升", "群众收入", "稳中有升"],
      ["补助标准按国家规定执行；", "补助标准", "按国家规定执行"],
      ["效益指标：公务出行保障有力；", "公务出行", "保障有力"],
      ["时效指标：活动按月开展；", "活动", "按月开展"],
      ["时效指标：培训按季度组织；", "培训", "按季度组织"],
      ["时效指标：例会按季度召开", "例会", "按季度召开"],
      ["社会效益指标：宗教领域和谐稳定；", "宗教领域", "和谐稳定"],
      ["2.效益指标：春耕秋种期间化肥市场价格保持基本稳定；", "春耕秋种期间化肥市场价格", "保持基本稳定"],
      ["效益指标：纪法意识普遍增强；", "纪法意识", "普遍增强"],
      ["产出指标：补助资金按月发放；", "补助资金", "按月发放"],
    ];
    for (const [cell, name, target] of cases) expect(named(cell)).toEqual([[name, target, "qualitative"]]);
  });

  it("leaves names that only hold the words alone", () => {
    expect(named("扩大就业人数≥200人")).toEqual([["扩大就业人数", "≥200人", "quantitative"]]);
    expect(named("按月开展巡查次数12次")).toEqual([["按月开展巡查次数", "12次", "quantitative"]]);
  });
});

describe("a statement of work under a heading (r68 #3)", () => {
  it("reads it as both name and target after 【效益指标】, as after 效益指标：", () => {
    expect(
      named(
        "【产出指标】物业服务面积：12.6万平方米；【效益指标】保障机关正常办公秩序；【满意度指标】干部职工满意度≥90%",
      ),
    ).toEqual([
      ["物业服务面积", "12.6万平方米", "quantitative"],
      ["保障机关正常办公秩序", "保障机关正常办公秩序", "qualitative"],
      ["干部职工满意度", "≥90%", "quantitative"],
    ]);
  });

  it("reads 防止… under a label as a statement of work", () => {
    expect(named("社会效益指标：防止规模性返贫；")).toEqual([
      ["防止规模性返贫", "防止规模性返贫", "qualitative"],
    ]);
  });
});
