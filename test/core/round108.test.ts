/**
 * Round 108: a two-row header repeated at a page break as one flattened row; prose targets with no
 * label (…河面无明显漂浮物…); a number inside a verb–object name.
 */
import { parseGrid } from "../../src/core/parse";
import { locateTable } from "../../src/core/cleanup";
import { grid } from "../support/grid";

/** 指标值 merged over 2025年 | 2026年 | 2027年, the header copied at a page break as one row. */
const midTerm = (lower: string[], copy: string[]) =>
  grid([
    ["某市某区2025-2027年中期项目绩效目标表", "", "", "", "", ""],
    ["一级指标", "二级指标", "三级指标", "指标值", "", ""],
    lower,
    ["产出指标", "数量指标", "老旧小区改造户数", "≥1200户", "≥1500户", "≥1800户"],
    ["", "时效指标", "开工时间", "2025年3月底前", "2026年3月底前", "2027年3月底前"],
    copy,
    ["效益指标", "社会效益指标", "居民居住条件改善率", "≥90%", "≥92%", "≥95%"],
    ["满意度指标", "服务对象满意度指标", "居民满意度", "≥85％", "≥88%", "≥90%"],
  ]);

const flatCopy = ["一级指标", "二级指标", "三级指标", "2025年", "2026年", "2027年"];

describe("a two-row header repeated mid-table as one flattened row", () => {
  it.each([
    ["the lower row blank under the merged names", ["", "", "", "2025年", "2026年", "2027年"]],
    ["the lower row repeating the merged names", flatCopy],
  ])("is a repeat of the header: the rows below keep the year's targets (%s)", (_, lower) => {
    const r = parseGrid(midTerm(lower, flatCopy));
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].repeatedHeaderRows).toContain(6);
    expect(r.indicators.map((i) => [i.cell, i.name, i.comparator, i.value, i.unit])).toEqual([
      ["D4", "老旧小区改造户数", ">=", 1200, "户"],
      ["D5", "开工时间", null, null, ""],
      ["D7", "居民居住条件改善率", ">=", 90, "%"],
      ["D8", "居民满意度", ">=", 85, "%"],
    ]);
    expect(r.indicators.every((i) => i.projectId === r.indicators[0].projectId)).toBe(true);
  });

  it("the cleanup still removes the copy", () => {
    expect(
      locateTable(midTerm(["", "", "", "2025年", "2026年", "2027年"], flatCopy)).repeatedHeaderRows,
    ).toEqual([6]);
  });

  it("a row naming other years is no copy: a new table", () => {
    const r = parseGrid(
      midTerm(["", "", "", "2025年", "2026年", "2027年"], [...flatCopy.slice(0, 3), "2028年", "", ""]),
    );
    expect(r.tables.length).toBeGreaterThan(1);
  });
});

/** One project's goal written as town prose (项目名称 | 绩效目标). */
const prose = (goal: string) =>
  parseGrid(
    grid([
      ["项目名称", "绩效目标"],
      ["河道长效管护", goal],
    ]),
  );

describe("无明显… in town prose with no label reads as it does under 质量：", () => {
  it("after a figure: a qualitative indicator of its own, not glued to the figure before it", () => {
    const r = prose(
      "管护河道18条，保洁面积约120万平方米，河面无明显漂浮物，水环境质量持续改善，沿河群众满意度不低于90%。",
    );
    expect(r.indicators.map((i) => [i.name, i.kind, i.value])).toEqual([
      ["管护河道", "quantitative", 18],
      ["保洁面积", "quantitative", 1200000],
      ["河面", "qualitative", null],
      ["水环境质量", "qualitative", null],
      ["沿河群众满意度", "quantitative", 90],
    ]);
  });

  it("between statements: each its own", () => {
    const r = prose("河道保洁及时，河面无明显漂浮物，岸坡无明显垃圾，群众满意度≥90%。");
    expect(r.indicators.map((i) => [i.name, i.kind])).toEqual([
      ["河道保洁", "qualitative"],
      ["河面", "qualitative"],
      ["岸坡", "qualitative"],
      ["群众满意度", "quantitative"],
    ]);
  });

  it("as the labelled form reads", () => {
    const r = prose("产出：管护河道18条；质量：河面无明显漂浮物；");
    expect(r.indicators.map((i) => [i.name, i.kind])).toEqual([
      ["管护河道", "quantitative"],
      ["河面", "qualitative"],
    ]);
  });
});
