/** Round 106's district comparison probe (赣州, 百色, 海东, 固原, 海南, 河池): each pattern as the officer wrote it. */
import { compareDistricts, formatComparisonSummary, placeWord } from "../../../src/core/compare";
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

describe("a figure written in another magnitude than its row shows (信丰 0.5万人 among 人; 陵水 55000 among 万人次)", () => {
  const counties = ["章贡区", "南康区", "赣县区", "信丰县"];
  const rows = (values: string[], units: string[]): CellValue[][] => [
    ["区县", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
    ...counties.map((d, i) => [d, "残疾人补贴", "产出指标", "数量指标", "补贴人数", values[i], units[i]]),
  ];

  it("annotates a 万 figure in a row shown in the base unit: 5000（写作0.5万人）, and says so in the row", () => {
    const r = compareRows(rows(["≥3200", "≥5600", "≥4800", "≥0.5"], ["人", "人", "人", "万人"]));
    const ind = r.programs[0].indicators[0];
    expect(ind.displayScale ?? 1).toBe(1);
    const { value, format } = cellFormat(compareSheetPlan(r), "信丰县");
    expect(value).toBe(5000);
    expect(format?.numberFormat).toBe('"≥"General"（写作0.5万人）"');
    expect(format?.fill).toBe(COMPARE_COLORS.converted);
    expect(formatComparisonSummary(r, "zh")).toContain("信丰县 写作“0.5万人”，已折合为 5000 人");
    // The districts that wrote the row's own unit stay plain.
    expect(cellFormat(compareSheetPlan(r), "章贡区").format?.fill).toBeUndefined();
  });

  it("shows the row in 万 where most districts wrote 万, the one in the base unit annotated", () => {
    const r = compareRows(rows(["≥3.5", "≥6", "≥5", "≥55000"], ["万人次", "万人次", "万人次", "人次"]));
    const ind = r.programs[0].indicators[0];
    expect(ind.displayUnit).toBe("万人次");
    const plan = compareSheetPlan(r);
    expect(cellFormat(plan, "章贡区").value).toBe(3.5);
    const { value, format } = cellFormat(plan, "信丰县");
    expect(value).toBe(5.5);
    expect(format?.numberFormat).toBe('"≥"General"（写作55000人次）"');
    expect(format?.fill).toBe(COMPARE_COLORS.converted);
    expect(formatComparisonSummary(r, "zh")).toContain("信丰县 写作“55000人次”，已折合为 5.5 万人次");
  });

  it("keeps a lone 万 figure among plain ones in the base unit (1万 of 4 districts)", () => {
    const r = compareRows(rows(["≥3200", "≥5600", "≥1", "≥0.5"], ["人", "人", "万人", "万人"]));
    expect(r.programs[0].indicators[0].displayScale ?? 1).toBe(1);
  });

  it("quotes the figure with every digit written (0.125万元, not 0.13万元)", () => {
    const r = compareRows(
      rows(["1250", "1250", "1250", "0.125"], ["元/人·年", "元/人·年", "元/人·年", "万元/人·年"]),
    );
    expect(formatComparisonSummary(r, "zh")).toContain(
      "信丰县 写作“0.125万元/人·年”，已折合为 1250 元/人·年",
    );
  });
});

describe("a table naming its program only in its title (百色市2024年…营养改善计划绩效目标分解表)", () => {
  const rows: CellValue[][] = [
    ["百色市2024年农村义务教育学生营养改善计划绩效目标分解表"],
    ["一级指标", "二级指标", "三级指标", "计量单位", "右江区", "田阳区", "田东县"],
    ["产出指标", "数量指标", "受益学生人数", "人", 15000, 28000, 32000],
    ["满意度指标", "服务对象满意度指标", "家长满意度", "%", "≥90", "≥90", "≥80"],
  ];

  it("reads the title's name as the project's, and says so", () => {
    const parsed = parseGrid(grid(rows));
    expect(parsed.projects[0]).toMatchObject({
      project: "百色市2024年农村义务教育学生营养改善计划",
      projectFrom: "title",
      projectCell: "A1",
    });
  });

  it("compares it under the name without the city and year, and says where it came from", () => {
    const r = compareRows(rows);
    const p = r.programs[0];
    expect(p.name).toBe("农村义务教育学生营养改善计划");
    expect(p.districts).toEqual(["右江区", "田阳区", "田东县"]);
    expect(p.titleNamed).toEqual([{ sheet: "Sheet1", cell: "A1", source: "a.xlsx" }]);
    expect(formatComparisonSummary(r, "zh")).toContain(
      "表中未写项目名称，按表题（Sheet1!A1）取为“农村义务教育学生营养改善计划”（去掉地名、年度），请核对",
    );
    expect(formatComparisonSummary(r, "zh")).not.toContain("未写项目名称（Sheet1）");
  });

  it("says nothing where a 项目名称 line names the project", () => {
    const named = [rows[0], ["项目名称", "农村义务教育学生营养改善计划"], ...rows.slice(1)];
    const r = compareRows(named);
    expect(r.programs[0].name).toBe("农村义务教育学生营养改善计划");
    expect(r.programs[0].titleNamed).toBeUndefined();
  });
});

describe("the word for the entries where one is compared under a plain short name (平安 among 乐都区, 化隆县)", () => {
  it("is the others' kinds, not 地区", () => {
    expect(placeWord(["乐都区", "平安", "化隆县"], new Set(["平安"]))).toBe("县（区）");
    expect(placeWord(["乐都区", "平安", "化隆县"])).toBe("地区");
    // An entry that is no place among the others still makes them 地区.
    expect(placeWord(["梯面镇", "平安", "化隆县"], new Set(["平安"]))).toBe("地区");
  });

  it("is used for a sheet compared under its own name", () => {
    const form = (count: string, title = "2024年森林草原防火绩效目标表"): CellValue[][] => [
      [title],
      ["项目名称", "森林草原防火专项资金", "主管部门", "林业和草原局"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "护林员人数", count],
    ];
    const sheets: [string, CellValue[][]][] = [
      ["乐都区", form("≥300人")],
      ["化隆县", form("≥280人")],
      ["平安", form("≥150人")],
    ];
    const r = compareDistricts(
      sheets.map(([name, rows]) => {
        const parsed = parseGrid(grid(rows, name));
        return { label: `a.xlsx · ${name}`, projects: parsed.projects, indicators: parsed.indicators };
      }),
    );
    expect(r.programs[0].districts).toContain("平安");
    expect(r.programs[0].placeWord).toBe("县（区）");
    expect(formatComparisonSummary(r, "zh")).toContain("3 个县（区）");
  });
});

describe("a 合计 that differs by exactly one district's zero too many (田林 220000 for 22000)", () => {
  it("says so in TOTAL-DIFF's message", () => {
    const r = compareRows([
      ["百色市2024年农村义务教育学生营养改善计划绩效目标分解表"],
      ["一级指标", "二级指标", "三级指标", "计量单位", "右江区", "田阳区", "西林县", "田林县", "合计"],
      ["产出指标", "数量指标", "受益学生人数", "人", 15000, 28000, 170000, 220000, 235000],
    ]);
    const total = r.programs[0].indicators[0].flags.find((f) => f.code === "TOTAL-DIFF")!;
    expect(total.message.zh).toBe(
      "合计 受益学生人数 235000 人（I3），而 4 个县（区）之和为 433000 人（相差 198000 人，与田林县疑多写一个 0 相符：220000 → 22000），请核对",
    );
    expect(total.message.en).toContain("exactly 田林县's figure with one zero too many: 220000 → 22000");
  });

  it("says nothing of a slip where no one district's figure makes the difference", () => {
    const r = compareRows([
      ["百色市2024年农村义务教育学生营养改善计划绩效目标分解表"],
      ["一级指标", "二级指标", "三级指标", "计量单位", "右江区", "田阳区", "田林县", "合计"],
      ["产出指标", "数量指标", "受益学生人数", "人", 15000, 28000, 22000, 66000],
    ]);
    const total = r.programs[0].indicators[0].flags.find((f) => f.code === "TOTAL-DIFF")!;
    expect(total.message.zh).toBe(
      "合计 受益学生人数 66000 人（H3），而 3 个区（县）之和为 65000 人（相差 1000 人），请核对",
    );
  });
});
