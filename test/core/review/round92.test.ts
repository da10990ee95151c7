/**
 * Review probe round 92: the false alarms and poor advice it found, and the misses it asked for.
 */
import { direction } from "../../../src/core/review/rules/direction";
import { rateFraction } from "../../../src/core/review/rules/rates";
import { runRule, testRule } from "./ruleTester";
import type { CellValue } from "../../../src/core/grid";

/** A rows table with a 指标性质 column, one indicator per row. */
function withColumn(rows: [string, string, string, string][]): { grid: CellValue[][] } {
  return {
    grid: [
      ["项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标性质"],
      ["急救", "产出指标", "数量指标", "急救站点数", "≥12", "个", "正向"],
      ...rows.map(([name, target, unit, way]) => [null, "效益指标", "社会效益指标", name, target, unit, way]),
    ],
  };
}

describe("round 92 false alarm 1: a wrong 指标性质 beside a right comparator", () => {
  it("a death rate marked 正向 with a ceiling: the column is to change, the ≤ kept", () => {
    const found = runRule(direction, withColumn([["院前急救死亡率", "≤0.5", "%", "正向"]]));
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe("warning");
    expect(found[0].message.zh).toContain("指标性质");
    expect(found[0].fix?.zh).toContain("改为“反向”");
    expect(found[0].fix?.zh).toContain("“≤0.5%”保留");
    expect(found[0].fix?.zh).not.toContain("≥");
  });

  it("the mirror: a completion rate marked 反向 with a floor keeps its ≥", () => {
    const found = runRule(direction, withColumn([["验收合格率", "≥95", "%", "反向"]]));
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe("warning");
    expect(found[0].fix?.zh).toContain("改为“正向”");
    expect(found[0].fix?.zh).not.toContain("≤");
  });

  it("a ceiling under 反向 on a name the words read as rising is the officer's word twice, left alone", () => {
    expect(runRule(direction, withColumn([["污水收集率", "≤3", "%", "反向"]]))).toEqual([]);
  });
});

testRule(direction, {
  clean: [
    withColumn([["院前急救平均反应时间", "≤12", "分钟", "反向"]]),
    withColumn([["群众满意度", "≥90", "%", "正向"]]),
  ],
  flagged: [{ ...withColumn([["院前急救死亡率", "≤0.5", "%", "正向"]]), severity: "warning", count: 1 }],
});

testRule(rateFraction, {
  clean: [
    // round 92 false alarm 2: a death rate is low whatever its column says.
    withColumn([["院前急救死亡率", "≤0.5", "%", "正向"]]),
    "1、效益指标：货车超限超载率，≤0.5%。",
  ],
  flagged: [
    // The column still decides for a name the words do not place.
    withColumn([["疫苗接种建档率", "0.95", "", "正向"]]),
    "1、产出指标：验收合格率，≥0.95。",
  ],
});
