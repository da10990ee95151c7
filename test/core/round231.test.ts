/**
 * Round 231: a regression sweep of the session's reading fixes — every string literal of test/ and src/core read as a
 * packed cell and as a rows table's 三级 and 指标值, with the engine at the session's start (1741fdaf) and at main.
 * Each reading found worse gets its case here.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

/** The 二级 inferred for one row under 效益指标 with no 二级 written. */
const inferredUnderEffect = (name: string, target: string) =>
  parseGrid(
    grid([
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["效益指标", "", name, target],
    ]),
  ).indicators.map((i) => [i.name, i.level2Inferred]);

describe("节水 under 效益指标 (round 224 read water saved as ecological)", () => {
  it("keeps people's awareness of saving water, its publicity and a farmer's labour a social effect", () => {
    expect(inferredUnderEffect("农民节水意识", "明显增强")).toEqual([["农民节水意识", "社会效益指标"]]);
    expect(inferredUnderEffect("节水观念", "深入人心")).toEqual([["节水观念", "社会效益指标"]]);
    expect(inferredUnderEffect("节水宣传覆盖人群", "≥5000人")).toEqual([
      ["节水宣传覆盖人群", "社会效益指标"],
    ]);
    expect(inferredUnderEffect("节水灌溉降低劳动强度", "明显")).toEqual([
      ["节水灌溉降低劳动强度", "社会效益指标"],
    ]);
  });

  it("still reads the water saved, or the land watered so, as ecological", () => {
    expect(inferredUnderEffect("新增高效节水灌溉面积", "≥8000亩")).toEqual([
      ["新增高效节水灌溉面积", "生态效益指标"],
    ]);
    expect(inferredUnderEffect("年节水量", "≥50万立方米")).toEqual([["年节水量", "生态效益指标"]]);
    expect(inferredUnderEffect("实施高效节水灌溉", "提高农业用水效率")).toEqual([
      ["实施高效节水灌溉", "生态效益指标"],
    ]);
    expect(inferredUnderEffect("节水灌溉覆盖率", "≥60%")).toEqual([["节水灌溉覆盖率", "生态效益指标"]]);
  });
});
