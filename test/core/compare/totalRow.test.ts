/**
 * A 分解表 written one row per county (the indicators as column headers) ends in a 合计 row: the comparison's
 * note calls it a row, at its row number, not a column — and still checks it against the counties' sum.
 */
import { compareDistricts, formatComparisonSummary } from "../../../src/core/compare";
import { gridSource } from "./helpers";

const rows = (total: number) => [
  ["乐山市2024年地质灾害防治专项资金绩效目标分解表"],
  ["县（市、区）", "隐患点治理数（处）", "群众满意度（%）"],
  ["市中区", 12, 90],
  ["沙湾区", 8, 90],
  ["犍为县", 10, 90],
  ["合计", total, ""],
];

const notes = (total: number) => {
  const r = compareDistricts([gridSource("乐山市地灾分解表.xlsx", rows(total))]);
  return {
    program: r.programs[0],
    text: `${formatComparisonSummary(r, "zh")}\n${formatComparisonSummary(r, "en")}`,
  };
};

describe("a 分解表's 合计 row", () => {
  it("is named as a row, at its number, in both languages", () => {
    const { text } = notes(30);
    expect(text).toContain("“合计”行（Sheet1 第 6 行）不是");
    expect(text).toContain('The "合计" row (Sheet1, row 6)');
    expect(text).not.toContain("“合计”列");
  });

  it("is still checked against the counties' sum", () => {
    const { program } = notes(31);
    const flags = program.indicators.flatMap((i) => i.flags).filter((f) => f.code === "TOTAL-DIFF");
    expect(flags).toHaveLength(1);
    expect(flags[0].message.zh).toContain("31");
    expect(
      notes(30)
        .program.indicators.flatMap((i) => i.flags)
        .filter((f) => f.code === "TOTAL-DIFF"),
    ).toHaveLength(0);
  });
});
