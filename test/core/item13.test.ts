/**
 * How an item is split into name and target: misreads of probe rounds 61 and 62 (fix round item13),
 * each a cell written on the pattern of a misread, read under an ordinary packed header.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

function records(cell: string) {
  return parseGrid(
    grid([
      ["项目名称", "绩效指标"],
      ["某项目", cell],
    ]),
  ).indicators;
}

/** The records of one packed cell: level1, level2, name, target, comparator, value, unit, kind. */
function read(cell: string) {
  return records(cell).map((i) => [
    i.level1,
    i.level2,
    i.name,
    i.target,
    i.comparator,
    i.value,
    i.unit,
    i.kind,
  ]);
}

describe("一级——二级——名称：目标 (r62 #2)", () => {
  it("reads both labels before the name, with double dashes, spaced dashes or slashes", () => {
    const want = [["产出指标", "数量指标", "培训人次", "≥500人次", ">=", 500, "人次", "quantitative"]];
    expect(read("产出指标——数量指标——培训人次：≥500人次")).toEqual(want);
    expect(read("产出指标 —— 数量指标 —— 培训人次：≥500人次")).toEqual(want);
    expect(read("产出指标/数量指标/培训人次：≥500人次")).toEqual(want);
    expect(read("产出指标——质量指标——救助资金发放准确率：100%")).toEqual([
      ["产出指标", "质量指标", "救助资金发放准确率", "100%", "=", 100, "%", "quantitative"],
    ]);
  });

  it("reads a numbered line's 时效指标 and a 【】 heading with a space between its labels", () => {
    const dated = records("4.产出指标——时效指标——建成投用时间：2025年3月");
    expect(dated.map((i) => [i.seq, i.level1, i.level2, i.name, i.kind, i.date])).toEqual([
      [4, "产出指标", "时效指标", "建成投用时间", "date", "2025-03"],
    ]);
    const bracket = records("【产出指标 时效指标】\n指标1:建成时间(2025年3月)");
    expect(bracket.map((i) => [i.level1, i.level2, i.level2Inferred, i.name])).toEqual([
      ["产出指标", "时效指标", null, "建成时间"],
    ]);
  });

  it("keeps a minus sign after a label a sign", () => {
    expect(read("数量指标 -5%")).toEqual([["产出指标", "数量指标", "", "-5%", "=", -5, "%", "quantitative"]]);
  });
});
