/**
 * Round 143: a frequency written with a Chinese numeral after a period and the act it counts (每季度开展一次),
 * and a bound on a few months in split columns (补助资金拨付时间 | ≤ | 3 | 月), a duration.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";
import { records } from "../support/packedCell";

/** level2, name, comparator, value, unit, kind. */
function read(cell: string) {
  return records(cell).map((i) => [i.level2, i.name, i.comparator, i.value, i.unit, i.kind]);
}

describe("一次 after a period and the act it counts (每季度开展一次)", () => {
  it("reads as the digit does (每季度开展1次)", () => {
    expect(
      read(
        "产出指标：（1）时效指标：每季度开展一次。（2）时效指标：每季度开展1次。（3）时效指标：每月组织一次。",
      ),
    ).toEqual([
      ["时效指标", "每季度开展", "=", 1, "次", "quantitative"],
      ["时效指标", "每季度开展", "=", 1, "次", "quantitative"],
      ["时效指标", "每月组织", "=", 1, "次", "quantitative"],
    ]);
  });

  it("leaves a one-off (一次性) in the name", () => {
    expect(read("产出指标：每年开展一次性补助").map((r) => [r[1], r[5]])).toEqual([
      ["每年开展一次性补助", "empty"],
    ]);
  });
});

/** One 时效 row under a 符号 | 数值 | 单位 sub-header, in a table of 2024. */
function splitRow(name: string, sign: string, value: string, unit: string) {
  return parseGrid(
    grid([
      ["2024年项目绩效目标表", null, null, null, null, null],
      ["一级指标", "二级指标", "三级指标", "指标值", null, null],
      [null, null, null, "符号", "数值", "单位"],
      ["产出指标", "时效指标", name, sign, value, unit],
    ]),
  ).indicators.map((i) => [i.kind, i.comparator, i.value, i.unit, i.date]);
}

describe("a bound on a few months in split columns (补助资金拨付时间 | ≤ | 3 | 月)", () => {
  it("reads a duration, as ≤ | 3 | 个月 does", () => {
    expect(splitRow("补助资金拨付时间", "≤", "3", "月")).toEqual([["quantitative", "<=", 3, "月", null]]);
    expect(splitRow("补助资金拨付时间", "≤", "3", "个月")).toEqual([["quantitative", "<=", 3, "个月", null]]);
    expect(splitRow("资金拨付时间", "≥", "8", "月")).toEqual([["quantitative", ">=", 8, "月", null]]);
  });

  it("keeps a later month under ≤ a deadline (维修养护完成时间 | ≤ | 11 | 月)", () => {
    expect(splitRow("维修养护完成时间", "≤", "11", "月")).toEqual([["date", null, null, "", "2024-11"]]);
  });
});
