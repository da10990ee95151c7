/** Round 102's district comparison probe (延边, 西安, 黔东南): each pattern as the officer wrote it. */
import { compareDistricts, formatComparisonSummary } from "../../../src/core/compare";
import type { CellValue } from "../../../src/core/grid";
import { parseGrid } from "../../../src/core/parse";
import { slipAmong } from "../../../src/core/compare/flags/outlier";
import { COMPARE_COLORS, compareSheetPlan } from "../../../src/core/plan/compareSheet";
import { grid } from "../../support/grid";
import { districtSource, type Spec } from "./helpers";

describe("a large county, consistently large (敦化 160 万亩 among 18–52)", () => {
  it("is far, but no zero too many: ÷10 would be 16, below every other county", () => {
    expect(slipAmong(160, [25, 18, 40, 49.5, 35, 52, 45])).toBeNull();
    // Still a slip where ÷10 lands among them.
    expect(slipAmong(300, [25, 18, 40, 49.5, 35, 52, 45])).toBe(1);
    const values = [25, 18, 160, 40, 49.5, 35, 52, 45];
    const names = ["延吉市", "图们市", "敦化市", "和龙市", "珲春市", "龙井市", "汪清县", "安图县"];
    const r = compareDistricts([
      districtSource(
        "耕地地力保护补贴",
        Object.fromEntries(names.map((d, i) => [d, [["补贴耕地面积", "=", values[i], "万亩"]] as Spec[]])),
      ),
    ]);
    const f = r.programs[0].indicators[0].flags.find((x) => x.district === "敦化市")!;
    expect(f.code).toBe("OUTLIER");
    expect(f.powerOfTen).toBeUndefined();
    expect(f.message.zh).not.toContain("疑多写");
  });
});

describe("a figure written in another magnitude than the column shows (长安 ≤100000元/个·年 among 万元)", () => {
  function source() {
    const s = districtSource("城市社区居家养老服务", {
      雁塔区: [["站点运营补贴标准", "<=", 10, "元/个·年"]],
      碑林区: [["站点运营补贴标准", "<=", 10, "元/个·年"]],
      长安区: [["站点运营补贴标准", "<=", 100000, "元/个·年"]],
    });
    s.indicators = s.indicators.map((r) =>
      r.value === 10 ? { ...r, value: 100000, target: "≤10万元/个·年" } : { ...r, target: "≤100000元/个·年" },
    );
    return s;
  }

  it("shows the number in the column's magnitude, the figure as written beside it, coloured as converted", () => {
    const r = compareDistricts([source()]);
    expect(r.programs[0].indicators[0].displayUnit).toBe("万元/个·年");
    const plan = compareSheetPlan(r)!;
    const at = plan.values.findIndex((row) => row[0] === "长安区");
    expect(plan.values[at][1]).toBe(10);
    expect((plan.formats ?? []).find((f) => f.range === `B${at + 1}`)).toMatchObject({
      numberFormat: '"≤"General"（写作100000元/个·年）"',
      fill: COMPARE_COLORS.converted,
    });
    // Wide enough that the number is not shown as ####.
    expect(plan.columnWidths![1]).toBeGreaterThanOrEqual(26);
    // The districts that wrote the column's own magnitude stay plain.
    const other = plan.values.findIndex((row) => row[0] === "雁塔区");
    const f = (plan.formats ?? []).find((x) => x.range === `B${other + 1}`);
    expect(f?.fill).toBeUndefined();
    expect(f?.numberFormat).toBe('"≤"General');
    // And the legend says what the colour means.
    expect(plan.values.flat().some((v) => typeof v === "string" && v.includes("已换算后纳入统计"))).toBe(
      true,
    );
  });
});

describe("a sheet named by a plain county's short form (三穗 beside 凯里市, 黄平县)", () => {
  const P = "农村饮水安全工程维修养护补助资金";
  const T = "2024年农村饮水安全工程维修养护绩效目标表";
  function form(count: string, title = T, dept = "水务局", project = P): CellValue[][] {
    return [
      [title],
      ["项目名称", project, "主管部门", dept],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "维修养护工程数量", count],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ];
  }
  function compare(sansui: CellValue[][]) {
    const sheets: [string, CellValue[][]][] = [
      ["凯里市", form("≥120处")],
      ["黄平县", form("≥90处")],
      ["三穗", sansui],
    ];
    return compareDistricts(
      sheets.map(([name, rows]) => {
        const parsed = parseGrid(grid(rows, name));
        return { label: `a.xlsx · ${name}`, projects: parsed.projects, indicators: parsed.indicators };
      }),
    );
  }

  it.each([
    ["its unit", form("≥70处", T, "三穗县水务局")],
    ["its title", form("≥70处", `三穗县${T}`)],
    ["its project name", form("≥70处", T, "水务局", `三穗县${P}`)],
  ])("is 三穗县 where %s names the county in full", (_, rows) => {
    const r = compare(rows);
    expect(r.programs[0].districts).toEqual(["凯里市", "黄平县", "三穗县"]);
    expect(r.programs[0].unplaced).toEqual([]);
  });

  it("is compared under the sheet's own name, not guessed a 县, and said so", () => {
    const r = compare(form("≥70处"));
    const p = r.programs[0];
    expect(p.districts).toEqual(["凯里市", "黄平县", "三穗"]);
    expect(p.unplaced).toEqual([]);
    expect(p.bareNamed).toEqual([{ district: "三穗", sheet: "三穗", source: "a.xlsx · 三穗" }]);
    // Its 70 处 is compared with the others'.
    const count = p.indicators.find((i) => i.name === "维修养护工程数量")!;
    expect(count.cells["三穗"].value).toBe(70);
    const text = formatComparisonSummary(r, "zh");
    expect(text).toContain(
      "工作表“三穗”的项目未写明区县，表名“三穗”未写明是区、县还是市，已按“三穗”参与对比，请核对",
    );
    expect(text).not.toContain("未识别区县");
    expect(formatComparisonSummary(r, "en")).toContain('compared as "三穗"');
  });

  function compareSheets(sheets: [string, CellValue[][]][]) {
    return compareDistricts(
      sheets.map(([name, rows]) => {
        const parsed = parseGrid(grid(rows, name));
        return { label: `a.xlsx · ${name}`, projects: parsed.projects, indicators: parsed.indicators };
      }),
    );
  }

  it.each([
    ["a sheet of totals", "汇总"],
    ["a cover sheet", "封面"],
    ["the city's own level", "市本级"],
    ["a form's name", "样表"],
    ["an office's name", "水务局"],
  ])("never takes %s (%s) for a place", (_, sheet) => {
    const r = compareSheets([
      ["凯里市", form("≥120处")],
      ["黄平县", form("≥90处")],
      [sheet, form("≥300处")],
    ]);
    expect(r.programs[0].districts).toEqual(["凯里市", "黄平县"]);
    expect(r.programs[0].bareNamed).toBeUndefined();
  });

  it("is not taken where only one other sheet names its district, but its name is quoted", () => {
    const r = compareSheets([
      ["黄平县", form("≥90处")],
      ["Sheet2", form("≥120处", T, "凯里市水务局")],
      ["三穗", form("≥70处")],
    ]);
    expect(r.programs[0].districts).toEqual(["黄平县", "凯里市"]);
    const text = formatComparisonSummary(r, "zh");
    expect(text).toContain(`未识别区县：${P}（a.xlsx · 三穗 第 2 行）未纳入对比：“三穗”不能确认为区县名`);
    expect(text).not.toContain("三穗，三穗");
  });

  it("is compared as written also where the districts sent a file each (三穗.xlsx among 凯里市.xlsx, 黄平县.xlsx)", () => {
    const files: [string, CellValue[][]][] = [
      ["凯里市.xlsx", form("≥120处")],
      ["黄平县.xlsx", form("≥90处")],
      ["三穗.xlsx", form("≥70处")],
    ];
    const r = compareDistricts(
      files.map(([file, rows]) => {
        const parsed = parseGrid(grid(rows, "Sheet1"));
        return { label: file, projects: parsed.projects, indicators: parsed.indicators };
      }),
    );
    expect(r.programs[0].districts).toEqual(["凯里市", "黄平县", "三穗"]);
    expect(r.programs[0].bareNamed).toEqual([
      { district: "三穗", sheet: "Sheet1", source: "三穗.xlsx", file: "三穗.xlsx" },
    ]);
    expect(formatComparisonSummary(r, "zh")).toContain(
      "文件“三穗.xlsx”的项目未写明区县，文件名“三穗”未写明是区、县还是市，已按“三穗”参与对比，请核对",
    );
  });

  it("is not taken where a district already told starts with it (凯里 beside 凯里市)", () => {
    const r = compareSheets([
      ["凯里市", form("≥120处")],
      ["黄平县", form("≥90处")],
      ["岑巩县", form("≥60处")],
      ["凯里", form("≥70处")],
    ]);
    expect(r.programs[0].districts).toEqual(["凯里市", "黄平县", "岑巩县"]);
    expect(r.programs[0].unplaced.map((u) => u.seen)).toEqual(["凯里"]);
  });
});
