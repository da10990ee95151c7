/**
 * Packed 绩效指标 cells in the habits of 北京海淀, 上海, 重庆 and 青岛 departments (round 56): each test is
 * a cell written after one habit, read under an ordinary packed header and a title naming the year.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

function records(cell: string) {
  const rows = [
    ["2024年某项目绩效目标表", null],
    ["项目名称", "绩效指标"],
    ["某项目", cell],
  ];
  return parseGrid(grid(rows)).indicators;
}

/** Name, target text and kind of each record, and its date for a date. */
function split(cell: string) {
  return records(cell).map((i) =>
    i.kind === "date" ? [i.name, i.target, i.kind, i.date] : [i.name, i.target, i.kind],
  );
}

describe("a deadline written first, then the work it is for", () => {
  it("names the indicator by the work and reads the deadline as its target", () => {
    expect(split("3.时效指标：2024年12月31日前完成年度治理任务")).toEqual([
      ["完成年度治理任务", "2024年12月31日前", "date", "2024-12-31"],
    ]);
    expect(split("2024年底前完工")).toEqual([["完工", "2024年底前", "date", "2024-12-31"]]);
    expect(split("时效指标：2024年5月-12月完成全部赛事")).toEqual([
      ["完成全部赛事", "2024年5月-12月", "date", "2024-12"],
    ]);
    expect(split("6月底前完成招标")).toEqual([["完成招标", "6月底前", "date", "2024-06-30"]]);
    expect(split("汛前（5月15日前）完成主体工程")).toEqual([
      ["完成主体工程", "汛前（5月15日前）", "date", "2024-05-15"],
    ]);
    expect(split("1季度内完成招标").map((r) => r.slice(0, 2))).toEqual([["完成招标", "1季度内"]]);
  });

  it("reads 次年 as part of the deadline, not a name", () => {
    expect(split("时效指标：次年1月底前完成结算").map((r) => r.slice(0, 3))).toEqual([
      ["完成结算", "次年1月底前", "date"],
    ]);
  });

  it("keeps a labelled time, a name before its deadline, milestones, a count and what must not happen", () => {
    expect(split("完成时间：2024年底")).toEqual([["完成时间", "2024年底", "date", "2024-12-31"]]);
    expect(split("培训任务于2024年12月底前完成")).toEqual([
      ["培训任务", "2024年12月底前完成", "date", "2024-12-31"],
    ]);
    expect(split("6月底前完成招标，12月底前完工").map((r) => r.slice(0, 3))).toEqual([
      ["", "6月底前完成招标，12月底前完工", "date"],
    ]);
    expect(split("2024年12月底前")).toEqual([["", "2024年12月底前", "date", "2024-12-31"]]);
    expect(split("全年不发生重大安全生产事故")).toEqual([["重大安全生产事故", "不发生", "qualitative"]]);
    expect(records("一季度一次").map((i) => [i.value, i.unit])).toEqual([[1, "次"]]);
  });
});
