/**
 * Round 235, reading: the seventh generalisation inbox, all four layouts in the places least visited
 * (round235.gold.ts). The misreads it found, each read as the gold says now, with their near misses.
 */
import type { CellValue } from "../../src/core/grid";
import { parseGrid } from "../../src/core/parse";
import { parseTarget } from "../../src/core/text/target";
import { grid } from "../support/grid";

const packed = (cell: string) =>
  parseGrid(
    grid([
      ["项目名称", "绩效指标"],
      ["某项目", cell],
    ] as CellValue[][]),
  ).indicators.map((i) => [i.name, i.kind, i.date, i.target]);

describe("a deadline and its deed, then a date alone after the comma (主汛期前完成主体工程，2025年5月31日前)", () => {
  it("is one indicator: the deed names it, the date is its target", () => {
    expect(
      packed("1、产出指标：主汛期前完成主体工程，2025年5月31日前。2、效益指标：水库安全隐患，全部消除。"),
    ).toEqual([
      ["主汛期前完成主体工程", "date", "2025-05-31", "2025年5月31日前"],
      ["水库安全隐患", "qualitative", null, "全部消除"],
    ]);
    expect(packed("1、产出指标：年底前完成验收，2025年12月31日前。")).toEqual([
      ["年底前完成验收", "date", "2025-12-31", "2025年12月31日前"],
    ]);
    expect(packed("开学前完成校舍改造，2025年8月31日前")).toEqual([
      ["开学前完成校舍改造", "date", "2025-08-31", "2025年8月31日前"],
    ]);
  });

  it("leaves milestones, each a deadline with its deed, as they were (6月底前完成招标，12月底前完工)", () => {
    expect(packed("时效指标：6月底前完成招标，12月底前完工")).toEqual([
      ["", "date", null, "6月底前完成招标，12月底前完工"],
    ]);
    // A deed done each month, then the year's deadline with its own deed: two.
    expect(packed("工资每月底前发放，2025年12月底前完成全年发放").map((r) => r[0])).toEqual([
      "工资",
      "完成全年发放",
    ]);
    // A name of a date (not a deed) before its date was one already.
    expect(packed("1、产出指标：项目完工时间，2025年5月31日前。")).toEqual([
      ["项目完工时间", "date", "2025-05-31", "2025年5月31日前"],
    ]);
  });
});

describe("a decimal in Chinese numerals (一点二万人, 三点五公里)", () => {
  it("reads the numerals after 点 as the decimals", () => {
    expect(parseTarget("一点二万人")).toMatchObject({ comparator: "=", value: 12000, unit: "人" });
    expect(parseTarget("不少于一点五万人次")).toMatchObject({ comparator: ">=", value: 15000, unit: "人次" });
    expect(parseTarget("三点五公里")).toMatchObject({ value: 3.5, unit: "公里" });
    expect(parseTarget("二十点五吨")).toMatchObject({ value: 20.5, unit: "吨" });
  });

  it("leaves a clock's time (九点半, 九点三十分) and a bare 点 as they were", () => {
    expect(parseTarget("九点半")).toMatchObject({ value: 9, unit: "点" });
    expect(parseTarget("九点三十分")).toMatchObject({ value: 9, unit: "点" });
    expect(parseTarget("三点")).toMatchObject({ value: 3, unit: "点" });
  });

  it("cuts prose after a figure before a name and its decimal in numerals (…一百二十套，建筑面积约四点八千平方米，…)", () => {
    expect(
      packed("新建教师周转宿舍一百二十套，建筑面积约四点八千平方米，工程质量合格率100%。").map((r) => [
        r[0],
        r[3],
      ]),
    ).toEqual([
      ["新建教师周转宿舍", "一百二十套"],
      ["建筑面积", "约四点八千平方米"],
      ["工程质量合格率", "100%"],
    ]);
    expect(packed("受益群众一点二万人，群众满意度90%以上").map((r) => [r[0], r[3]])).toEqual([
      ["受益群众", "一点二万人"],
      ["群众满意度", "90%以上"],
    ]);
    // A dimension after the figure it measures stays that figure's, as with digits (round162e).
    expect(packed("产出：硬化组道一千二百米，宽三点五米；").map((r) => [r[0], r[3]])).toEqual([
      ["硬化组道", "一千二百米，宽三点五米"],
    ]);
  });

  it("reads a rows table's 指标值 so", () => {
    const recs = parseGrid(
      grid([
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["农村饮水安全巩固提升", "效益指标", "社会效益指标", "巩固提升受益人口", "一点二万人"],
      ]),
    ).indicators;
    expect(recs.map((r) => [r.value, r.unit])).toEqual([[12000, "人"]]);
  });
});
