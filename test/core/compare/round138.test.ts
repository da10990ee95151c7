/**
 * Round 138: a sheet or file named 市本级 (本级, 市直, 市级) alone is the city's own level, and a prefecture's
 * bureau beside counties is never a district; a ratio of a 万 left out reads 0.0013 倍, not 0.00; the sheet
 * gives 规模差异 its own fill and legend line, and says 各县（市、区） where the title does.
 */
import {
  compareDistricts,
  comparisonJson,
  formatComparisonSummary,
  formatRatio,
} from "../../../src/core/compare";
import type { CompareSource } from "../../../src/core/compare";
import type { CellValue } from "../../../src/core/grid";
import { COMPARE_COLORS, compareSheetPlan } from "../../../src/core/plan/compareSheet";
import { districtSource, gridSource as source, smallCounty, yulinRows } from "./helpers";

function form(unit: string, n: number): CellValue[][] {
  return [
    ["2024年村级公益事业一事一议财政奖补项目绩效目标表"],
    ["项目名称", "2024年村级公益事业一事一议财政奖补资金", "主管部门", unit],
    ["实施单位", unit, "项目资金（万元）", 500],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "奖补项目个数", `≥${n}个`],
    ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"],
  ];
}

const COUNTIES: [string, string, number][] = [
  ["孝南区", "孝南区财政局", 45],
  ["应城市", "应城市财政局", 50],
  ["云梦县", "云梦县财政局", 40],
];

/** One workbook, a sheet per place (the CLI labels each "file · sheet"). */
function bySheet(own: [string, string, number]): CompareSource[] {
  return [...COUNTIES, own].map(([sheet, unit, n]) => source(`孝感.xlsx · ${sheet}`, form(unit, n), sheet));
}

describe("a sheet or file named 市本级 alone is the city's own level, not a district named for its city", () => {
  it.each([["市本级"], ["本级"], ["市直"], ["市级"]])("sheet %s with unit 孝感市财政局", (sheet) => {
    const r = compareDistricts(bySheet([sheet, "孝感市财政局", 5]));
    const p = r.programs[0];
    expect(p.districts).toEqual(["孝南区", "应城市", "云梦县"]);
    expect(p.indicators.flatMap((i) => i.flags)).toEqual([]);
    expect(p.unplaced).toHaveLength(1);
    expect(p.unplaced[0].own).toBeDefined();
    expect(formatComparisonSummary(r, "zh")).not.toContain("孝感市、");
  });

  it("file 市本级.xlsx among 孝南区.xlsx, 应城市.xlsx, 云梦县.xlsx", () => {
    const r = compareDistricts(
      [...COUNTIES, ["市本级", "孝感市财政局", 5] as const].map(([name, unit, n]) =>
        source(`附件2-${name}.xlsx`, form(unit, n)),
      ),
    );
    expect(r.programs[0].districts).toEqual(["孝南区", "应城市", "云梦县"]);
    expect(r.programs[0].unplaced[0].own?.level).toBe("市本级");
  });

  it("a prefecture's bureau (孝感市财政局) on a sheet of no level's name beside counties: 市本级, not 孝感市", () => {
    const r = compareDistricts(bySheet(["Sheet4", "孝感市财政局", 5]));
    const p = r.programs[0];
    expect(p.districts).toEqual(["孝南区", "应城市", "云梦县"]);
    expect(p.unplaced[0].own?.level).toBe("市本级");
    expect(r.places).not.toContain("孝感市");
  });

  it("a 县级市 of the closed list still files as a district from its unit (汉川市财政局)", () => {
    const r = compareDistricts(bySheet(["Sheet4", "汉川市财政局", 55]));
    expect(r.programs[0].districts).toEqual(["孝南区", "应城市", "云梦县", "汉川市"]);
  });

  it("cities alone (a province comparing its cities) are still compared", () => {
    const r = compareDistricts(
      [
        ["孝感市财政局", 45],
        ["黄冈市财政局", 50],
        ["咸宁市财政局", 40],
      ].map(([unit, n], i) => source(`s.xlsx · S${i}`, form(unit as string, n as number), `S${i}`)),
    );
    expect(r.programs[0].districts).toEqual(["孝感市", "黄冈市", "咸宁市"]);
  });
});

describe("a ratio far below one is given to its significant digits, never 0.00", () => {
  it.each([
    [0.0013, "0.0013"],
    [0.000108, "0.00011"],
    [0.0000001, "0.0000001"],
    [0.38, "0.38"],
    [6, "6.0"],
  ])("%s → %s", (r, text) => expect(formatRatio(r)).toBe(text));

  it("孝昌县 13 人 among 万人: 0.00011 倍 in both languages", () => {
    const people = (v: number, unit = "万人"): [string, ">=", number, string][] => [
      ["受益人口", ">=", v, unit],
    ];
    const r = compareDistricts([
      districtSource("项目", {
        甲县: people(12),
        乙县: people(11),
        丙县: people(14),
        丁县: people(12),
        孝昌县: people(13, "人"),
      }),
    ]);
    const f = r.programs[0].indicators[0].flags.find((x) => x.district === "孝昌县")!;
    expect(f.message.zh).toContain("0.00011 倍");
    expect(f.message.en).toContain("0.00011 times");
    expect(f.message.zh).not.toContain("0.00 倍");
  });
});

describe("the sheet", () => {
  const size = (v: number): [string, ">=", number, string][] => [["改造户数", ">=", v, "户"]];
  const result = () =>
    compareDistricts([
      districtSource(
        "项目",
        { 甲县: size(90), 乙县: size(92), 丙县: size(85), 丁县: size(230), 戊县: size(100), 己县: size(40) },
        "test.xlsx",
        (p, d) => `${d}${p}`,
      ),
    ]);

  it("a 规模差异 cell has its own light fill, and the legend names it", () => {
    const r = result();
    const flags = r.programs[0].indicators[0].flags;
    expect(flags.filter((f) => f.sizeGap).map((f) => f.district)).toEqual(["丁县", "己县"]);
    const plan = compareSheetPlan(r)!;
    const row = (d: string) => plan.values.findIndex((v) => v[0] === d) + 1;
    const fillAt = (cell: string) => plan.formats!.find((f) => f.range === cell)?.fill;
    expect(fillAt(`B${row("丁县")}`)).toBe(COMPARE_COLORS.sizeHigh);
    expect(fillAt(`B${row("己县")}`)).toBe(COMPARE_COLORS.sizeLow);
    expect(COMPARE_COLORS.sizeHigh).not.toBe(COMPARE_COLORS.high);
    expect(COMPARE_COLORS.sizeLow).not.toBe(COMPARE_COLORS.low);
    const legendRow = plan.values.findIndex((v) => String(v[0]).startsWith("浅橙：偏高（规模差异")) + 1;
    expect(legendRow).toBeGreaterThan(0);
    expect(
      plan.formats!.some((f) => f.range.startsWith(`A${legendRow}`) && f.fill === COMPARE_COLORS.sizeHigh),
    ).toBe(true);
  });

  it("line 2 says 各县 where the title says 县, not 各区", () => {
    const r = result();
    expect(r.programs[0].placeWord).toBe("县");
    const plan = compareSheetPlan(r)!;
    expect(String(plan.values[1][0])).toMatch(/^数值为各县填报的目标值/);
  });
});

describe("a likely slip is left out of the min, median and max, and said", () => {
  const money = (v: number): [string, ">=", number, string][] => [["补助资金", ">=", v, "万元"]];
  const result = () =>
    compareDistricts([
      districtSource("项目", {
        汉台区: money(600),
        南郑区: money(520),
        城固县: money(480),
        洋县: money(450),
        西乡县: money(420),
        略阳县: money(230),
        镇巴县: money(3500000),
      }),
    ]);

  it("镇巴县 3500000 for 350: no maximum, no median moved, no neighbour made a 规模差异", () => {
    const r = result();
    const ind = r.programs[0].indicators[0];
    expect(ind.statsLeftOut).toEqual(["镇巴县"]);
    expect(ind.stats?.count).toBe(6);
    // The slip is still said, against the median without it.
    const slip = ind.flags.find((f) => f.district === "镇巴县")!;
    expect(slip).toMatchObject({ far: true, powerOfTen: 4 });
    expect(slip.message.zh).toContain("中位数 465 万元");
    const notes = formatComparisonSummary(r, "zh");
    expect(notes).toContain("补助资金（万元）: 最小 230 / 中位数 465 / 最大 600");
    expect(notes).toContain("补助资金：镇巴县的取值疑将“元”写作“万元”，未计入最小值、中位数和最大值");
    expect(notes).not.toContain("最大 3500000");
    const plan = compareSheetPlan(r)!;
    expect(plan.values.flat().map(String)).toContain(
      "补助资金：镇巴县的取值疑将“元”写作“万元”，未计入最小值、中位数和最大值",
    );
  });

  it("in the JSON too", () => {
    const ind = comparisonJson(result())[0].indicators[0];
    expect(ind.statsLeftOut).toEqual(["镇巴县"]);
    expect(ind.max).toBe(6000000);
  });

  it("a consistently small county's figures are no slips, and stay counted (吴堡县 0.18×)", () => {
    const rows: CellValue[][] = yulinRows("吴堡县", [
      ["产出指标", "数量指标", "退耕还林补植补造面积", "亩", 12000, 18000, 15000, 9000, 10000, 2000],
      ["产出指标", "成本指标", "补助资金", "万元", 1800, 2700, 2250, 1350, 1500, 300],
    ]);
    const r = compareDistricts([source("分解表.xlsx", rows)]);
    for (const ind of r.programs[0].indicators) {
      expect(ind.statsLeftOut).toBeUndefined();
      expect(ind.stats?.count).toBe(6);
    }
  });
});

describe("a district consistently small says so on its finding, though another row is a 规模差异", () => {
  it("吴堡县 0.20 on 面积 (a finding) and 0.22 on 资金 (a 规模差异): 比例一致 on the finding", () => {
    const r = smallCounty();
    const [area, money] = r.programs[0].indicators.map((i) => i.flags.find((f) => f.district === "吴堡县")!);
    expect(money.sizeGap).toBe(true);
    expect(area.sizeGap).toBeUndefined();
    expect(area.message.zh).toContain("2 项规模指标均为中位数的 0.20–0.22 倍，比例一致");
  });
});
