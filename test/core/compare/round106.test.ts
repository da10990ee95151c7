/** Round 106's district comparison probe (赣州, 百色, 海东, 固原, 海南, 河池): each pattern as the officer wrote it. */
import { compareDistricts } from "../../../src/core/compare";
import type { CellValue } from "../../../src/core/grid";
import { parseGrid } from "../../../src/core/parse";
import { COMPARE_COLORS, compareSheetPlan } from "../../../src/core/plan/compareSheet";
import { grid } from "../../support/grid";

function compareRows(rows: CellValue[][], sheet = "Sheet1") {
  const parsed = parseGrid(grid(rows, sheet));
  return compareDistricts([{ label: "a.xlsx", projects: parsed.projects, indicators: parsed.indicators }]);
}

function cellFormat(plan: ReturnType<typeof compareSheetPlan>, district: string, column = "B") {
  const at = plan!.values.findIndex((row) => row[0] === district);
  return {
    value: plan!.values[at][column.charCodeAt(0) - 65],
    format: (plan!.formats ?? []).find((f) => f.range === `${column}${at + 1}`),
  };
}

describe("a rate typed as a number in a % row (乐业 0.85 among ≥85)", () => {
  const counties = ["右江区", "田阳区", "田东县", "德保县"];
  const rows = (typed: CellValue): CellValue[][] => [
    ["2024年营养改善计划绩效目标分解表"],
    ["项目名称", "农村义务教育学生营养改善计划"],
    ["一级指标", "二级指标", "三级指标", "计量单位", ...counties],
    ["效益指标", "社会效益指标", "营养知识知晓率", "%", "≥85", "≥85", "≥85", typed],
  ];

  it("is told as written 0.85, counted as 85%, as the text ≥0.85 is", () => {
    for (const typed of [0.85, "≥0.85"]) {
      const r = compareRows(rows(typed));
      const ind = r.programs[0].indicators[0];
      expect(ind.cells["德保县"].value).toBe(85);
      expect(ind.cells["德保县"].converted).toEqual({ from: "0.85", kind: "fraction" });
      const flag = ind.flags.find((f) => f.code === "RATE-FRACTION");
      expect(flag?.district).toBe("德保县");
      expect(flag?.message.zh).toContain("写作 0.85");
    }
  });

  it("shows 85（写作0.85） coloured as converted", () => {
    const { value, format } = cellFormat(compareSheetPlan(compareRows(rows(0.85))), "德保县");
    expect(value).toBe(85);
    expect(format?.numberFormat).toContain("（写作0.85）");
    expect(format?.fill).toBe(COMPARE_COLORS.converted);
  });

  it("is not told where every county typed fractions (the table's own way)", () => {
    const r = compareRows([
      ...rows(0.85).slice(0, 3),
      ["效益指标", "社会效益指标", "营养知识知晓率", "%", 0.9, 0.85, 0.9, 0.85],
    ]);
    const ind = r.programs[0].indicators[0];
    expect(ind.cells["德保县"].value).toBe(85);
    expect(ind.cells["德保县"].converted).toBeUndefined();
    expect(ind.flags.filter((f) => f.code === "RATE-FRACTION")).toEqual([]);
  });
});
