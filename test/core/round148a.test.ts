/**
 * Round 148 (P1): thousands grouped by a space, as tables pasted from a PDF and some officers write them —
 * ≥3 600人, 1 280 | 户, ≤2 800元/公里·年, ≥ 3 250万元 — with an ordinary, a no-break, a thin, a narrow no-break
 * or a full-width space. The number was cut at the space (>= 3, its unit and magnitude word lost); it reads
 * as 3600 人, as 1,200 and 1，200 already did.
 */
import fc from "fast-check";
import { parseGrid } from "../../src/core/parse";
import { parseTarget } from "../../src/core/text/target";
import { grid } from "../support/grid";

/** Rows under 一级指标 | 二级指标 | 三级指标 | 指标值 (| 计量单位): comparator, value, valueMax, unit, kind. */
function readTargets(rows: (string | null)[][], withUnit = false) {
  return parseGrid(
    grid([
      ["项目名称", "测试项目"],
      ["一级指标", "二级指标", "三级指标", "指标值", ...(withUnit ? ["计量单位"] : [])],
      ...rows.map((r, k) => [k === 0 ? "产出指标" : null, k === 0 ? "数量指标" : null, ...r]),
    ]),
  ).indicators.map((i) => [i.comparator, i.value, i.valueMax, i.unit, i.kind]);
}

/** One target in the 指标值 column. */
const target = (t: string) => readTargets([["指标", t]])[0];

describe("a number grouped in thousands by a space (≥3 600人)", () => {
  it("reads the whole number with its unit and magnitude word", () => {
    expect(target("≥3 600人")).toEqual([">=", 3600, null, "人", "quantitative"]);
    expect(target("≥ 1 440 台")).toEqual([">=", 1440, null, "台", "quantitative"]);
    expect(target("2 400块")).toEqual(["=", 2400, null, "块", "quantitative"]);
    expect(target("≤2 800元/公里·年")).toEqual(["<=", 2800, null, "元/公里·年", "quantitative"]);
    expect(target("≥ 3 250万元")).toEqual([">=", 32500000, null, "元", "quantitative"]);
    expect(target("12 000")).toEqual(["=", 12000, null, "", "quantitative"]);
    expect(target("≤ 1 200 000元")).toEqual(["<=", 1200000, null, "元", "quantitative"]);
    expect(target("1 046.8 平方米")).toEqual(["=", 1046.8, null, "平方米", "quantitative"]);
  });

  it("reads it with a no-break, thin, narrow no-break or full-width space", () => {
    for (const space of ["\u00a0", "\u2009", "\u202f", "\u3000"])
      expect(target(`≥1${space}200人次`)).toEqual([">=", 1200, null, "人次", "quantitative"]);
  });

  it("reads it before a unit written in its own column (1 280 | 户)", () => {
    expect(readTargets([["完成移交户数", "1 280", "户"]], true)[0]).toEqual([
      "=",
      1280,
      null,
      "户",
      "quantitative",
    ]);
  });

  it("reads both bounds of a range (3 000 - 3 500 人, 2 000—3 000 万元)", () => {
    expect(target("3 000 - 3 500 人")).toEqual(["between", 3000, 3500, "人", "quantitative"]);
    expect(target("2 000—3 000 万元")).toEqual(["between", 20000000, 30000000, "元", "quantitative"]);
  });

  it("leaves a count, a magnitude word and a date spaced from their number as they were", () => {
    expect(target("5 个")).toEqual(["=", 5, null, "个", "quantitative"]);
    expect(target("2 万册")).toEqual(["=", 20000, null, "册", "quantitative"]);
    expect(target("2025 年 11 月 30 日前")).toEqual([null, null, null, "", "date"]);
    expect(target("1、 200人")[1]).toBe(1);
  });

  it("skips a grouped count after 每 as it skips one written whole (每10 000人口拥有床位≥5张)", () => {
    expect(target("每10 000人口拥有床位≥5张")).toEqual([">=", 5, null, "张", "quantitative"]);
    expect(target("每1 000人≥3名")).toEqual(target("每1000人≥3名"));
  });

  it("does not join numbers listed with spaces (110 119 120, 101 102 间)", () => {
    expect(target("101 102 103 间")[1]).toBe(101);
    expect(target("101 102 间")[1]).toBe(101);
    expect(target("300 250 200 万元")[1]).toBe(300);
    // Three digits and a group that does not count up from them are one number.
    expect(target("≥ 300 000人")).toEqual([">=", 300000, null, "人", "quantitative"]);
  });
});

describe("a name and its grouped number in one cell (惠及学生 68 000 人)", () => {
  /** name, comparator, value, unit of the one cell under 三级指标. */
  const item = (cell: string) =>
    parseGrid(
      grid([
        ["项目名称", "测试项目"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", cell, null],
      ]),
    ).indicators.map((i) => [i.name, i.comparator, i.value, i.unit]);

  it("ends the name before the whole number", () => {
    expect(item("惠及学生 68 000 人")).toEqual([["惠及学生", "=", 68000, "人"]]);
    expect(item("培训人数1 000人")).toEqual([["培训人数", "=", 1000, "人"]]);
    expect(item("受益人口 3 000 - 3 500 人")).toEqual([["受益人口", "between", 3000, "人"]]);
    expect(item("资金≤ 1 200 000元")).toEqual([["资金", "<=", 1200000, "元"]]);
  });

  it("keeps a code before the number in the name (养护国道G105 200公里)", () => {
    expect(item("养护国道G105 200公里")).toEqual([["养护国道G105", "=", 200, "公里"]]);
  });

  it("reads items of a packed cell so (一是清运垃圾≥ 1 500 吨；二是服务老年人 2 000 人次)", () => {
    expect(
      parseGrid(
        grid([
          ["项目名称", "绩效指标"],
          ["某项目", "一是清运垃圾≥ 1 500 吨；二是服务老年人 2 000 人次；三是满意度≥95%"],
        ]),
      ).indicators.map((i) => [i.name, i.comparator, i.value, i.unit]),
    ).toEqual([
      ["清运垃圾", ">=", 1500, "吨"],
      ["服务老年人", "=", 2000, "人次"],
      ["满意度", ">=", 95, "%"],
    ]);
  });
});

describe("property: a number grouped by spaces reads as the same number written whole", () => {
  const spaces = [" ", "\u00a0", "\u2009", "\u202f", "\u3000"];

  /** 1234567 → "1 234 567" with the given space; a lead group of one or two digits. */
  function grouped(n: number, space: string): string {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, space);
  }

  it("holds for a comparator, a magnitude word and a unit around it", () => {
    fc.assert(
      fc.property(
        // Whole numbers whose lead group has one or two digits (1 000 … 99 999 999).
        fc.integer({ min: 1000, max: 99_999_999 }).filter((n) => String(n).length % 3 !== 0),
        fc.constantFrom(...spaces),
        fc.constantFrom("", "≥", "≤ ", "不少于", "约"),
        fc.constantFrom("", "万", " 万"),
        fc.constantFrom("", "人", "元/户", " 平方米", "人次以上", "%"),
        (n, space, before, magnitude, unit) => {
          const whole = `${before}${n}${magnitude}${unit}`;
          const spaced = `${before}${grouped(n, space)}${magnitude}${unit}`;
          expect(parseTarget(spaced)).toEqual(parseTarget(whole));
          expect(parseTarget(spaced).value).toBe(
            parseTarget(`${before}${grouped(n, ",")}${magnitude}${unit}`).value,
          );
        },
      ),
    );
  });
});
