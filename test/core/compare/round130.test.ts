/**
 * Round 130: a 州本级 / 州直 row in a 县（市、区） column and 六安市本级.xlsx are the prefecture's own projects,
 * never districts; 2400 among 10–320 is one zero too many, not two; 金平县 and 河口县 are the autonomous
 * counties; the summary lists the flags in the sheet's order.
 */
import { compareDistricts, comparisonJson, formatComparisonSummary } from "../../../src/core/compare";
import type { CompareSource } from "../../../src/core/compare";
import { slipAmong } from "../../../src/core/compare/flags/outlier";
import type { CellValue } from "../../../src/core/grid";
import { parseGrid } from "../../../src/core/parse";
import { compareSheetPlan } from "../../../src/core/plan/compareSheet";
import { grid } from "../../support/grid";
import { project, record } from "./helpers";

function compareRows(rows: CellValue[][], label = "a.xlsx", sheet = "汇总") {
  const parsed = parseGrid(grid(rows, sheet));
  return compareDistricts([{ label, projects: parsed.projects, indicators: parsed.indicators }]);
}

const NONGTIAN = "高标准农田建设补助资金";

/** 恩施州 高标准农田, one row per 县（市、区）, the last the prefecture's own. */
function enshi(last: [string, string]): CellValue[][] {
  return [
    ["恩施州2024年高标准农田建设绩效目标汇总表"],
    ["县（市、区）", "预算单位", "项目名称", "绩效指标"],
    ["恩施市", "恩施市农业农村局", NONGTIAN, "1.新建高标准农田面积≥3.2万亩；2.项目区农户满意度≥90%"],
    ["利川市", "利川市农业农村局", NONGTIAN, "1.新建高标准农田面积≥4.0万亩；2.项目区农户满意度≥90%"],
    ["建始县", "建始县农业农村局", NONGTIAN, "1.新建高标准农田面积≥2.5万亩；2.项目区农户满意度≥90%"],
    ["巴东县", "巴东县农业农村局", NONGTIAN, "1.新建高标准农田面积≥2.3万亩；2.项目区农户满意度≥90%"],
    [...last, NONGTIAN, "1.新建高标准农田面积≥0.2万亩；2.项目区农户满意度≥90%"],
  ];
}

describe("a 州本级 or 州直 row in a 县（市、区） column is the prefecture's own, not a district", () => {
  it.each([["州本级"], ["州直"]])("%s with the unit 恩施州农业农村局", (word) => {
    const r = compareRows(enshi([word, "恩施州农业农村局"]));
    const p = r.programs[0];
    expect(p.districts).toEqual(["恩施市", "利川市", "建始县", "巴东县"]);
    expect(p.indicators.flatMap((i) => i.flags)).toEqual([]);
    expect(p.indicators[0].stats?.min).toBe(23000);
    const s = formatComparisonSummary(r, "zh");
    expect(s).toContain("4 个县（市）");
    expect(s).toContain(
      `州本级项目：${NONGTIAN}（a.xlsx，汇总 第 7 行）的预算单位为“恩施州农业农村局”，不属于区县，未纳入对比`,
    );
    expect(comparisonJson(r)[0].unplaced[0].own).toMatchObject({ level: "州本级", field: "budgetUnit" });
  });

  it("市直 with no unit: the word itself is quoted", () => {
    const r = compareRows(enshi(["市直", ""]));
    expect(r.programs[0].districts).not.toContain("市直");
    expect(formatComparisonSummary(r, "zh")).toContain("市本级项目：");
    expect(formatComparisonSummary(r, "zh")).toContain("的区县栏为“市直”，不属于区县，未纳入对比");
  });

  it("伊犁州直, even beside the unit of a 县级市: still the prefecture's", () => {
    const r = compareRows(enshi(["伊犁州直", "恩施市农业农村局"]));
    expect(r.programs[0].districts).toEqual(["恩施市", "利川市", "建始县", "巴东县"]);
    expect(formatComparisonSummary(r, "zh")).toContain("州本级项目：");
  });
});

const YILIAO = "城乡医疗救助补助资金";

function liuan(label: string, unit: string, people: number): CompareSource {
  const p = project({ id: 0, row: 3, project: YILIAO, budgetUnit: unit, sheet: "Sheet1" });
  const r = record({ row: 3, project: YILIAO, projectId: 0, name: "资助参加基本医疗保险人数" });
  return {
    label,
    projects: [p],
    indicators: [{ ...r, comparator: ">=", value: people, unit: "人", target: `≥${people}人` }],
  };
}

describe("六安市本级.xlsx, unit 六安市医疗保障局, beside 六安市金安区…: the prefecture's own project", () => {
  const districts = [
    liuan("金安区.xlsx", "六安市金安区医疗保障局", 32000),
    liuan("裕安区.xlsx", "六安市裕安区医疗保障局", 38000),
    liuan("霍邱县.xlsx", "霍邱县医疗保障局", 56000),
  ];

  it("by its unit's city, which the others write before their districts", () => {
    const r = compareDistricts([...districts, liuan("六安市本级.xlsx", "六安市医疗保障局", 2000)]);
    const s = formatComparisonSummary(r, "zh");
    expect(r.programs[0].districts).toEqual(["金安区", "裕安区", "霍邱县"]);
    expect(s).toContain(
      `市本级项目：${YILIAO}（六安市本级.xlsx，Sheet1 第 3 行）的预算单位为“六安市医疗保障局”，不属于区县，未纳入对比`,
    );
    expect(s).not.toContain("请在项目名称或预算单位中写明区县");
  });

  it("by its file's name where the unit names no city", () => {
    const r = compareDistricts([...districts, liuan("六安市本级.xlsx", "医疗保障局", 2000)]);
    expect(formatComparisonSummary(r, "zh")).toContain("的文件名为“六安市本级.xlsx”，不属于区县，未纳入对比");
  });
});

describe("a power of ten that lands nearest the median is the slip", () => {
  it("2400 among 10–320 (median 235): 240, one zero too many, not 24", () => {
    expect(slipAmong(2400, [60, 25, 10, 260, 210, 230, 280, 320, 240, 270, 12])).toBe(1);
  });

  it("said so in the sentence", () => {
    const vals: [string, number][] = [
      ["伊宁市", 60],
      ["奎屯市", 25],
      ["霍尔果斯市", 10],
      ["伊宁县", 260],
      ["察布查尔锡伯自治县", 210],
      ["霍城县", 2400],
      ["巩留县", 230],
      ["新源县", 280],
      ["昭苏县", 320],
      ["特克斯县", 240],
      ["尼勒克县", 270],
      ["可克达拉市", 12],
    ];
    const r = compareRows(
      [
        ["县（市、区）", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
        ...vals.map(([d, v]) => [
          d,
          "草原生态保护补助奖励资金",
          "产出指标",
          "数量指标",
          "草畜平衡面积",
          `≥${v}`,
          "万亩",
        ]),
      ],
      "a.xlsx",
      "Sheet1",
    );
    const flag = r.programs[0].indicators[0].flags.find((f) => f.district === "霍城县");
    expect(flag).toMatchObject({ powerOfTen: 1 });
    expect(flag?.message.zh).toContain("疑多写一个 0");
  });

  it("keeps the rounds before: 13000 among 620–4200 is 1300, one zero", () => {
    expect(slipAmong(13000, [620, 900, 1400, 1625, 1850, 4200])).toBe(1);
    expect(slipAmong(100000, [9000, 10000, 11000])).toBe(1);
  });
});

function road(sheet: string, unit: string, km: number): CompareSource {
  const p = project({ id: 0, row: 2, project: "农村公路日常养护补助资金", budgetUnit: unit, sheet });
  const r = record({ row: 4, project: p.project, projectId: 0, name: "列养农村公路里程" });
  return {
    label: `b.xlsx · ${sheet}`,
    projects: [p],
    indicators: [{ ...r, comparator: ">=", value: km, unit: "公里", target: `≥${km}公里` }],
  };
}

describe("a short form another 区 shares, written with 县, is the autonomous county", () => {
  it("金平县 and 河口县 (汕头's 金平区, 东营's 河口区)", () => {
    const r = compareDistricts([
      road("个旧市", "交通运输局", 1200),
      road("蒙自市", "交通运输局", 1500),
      road("金平县", "交通运输局", 1700),
      road("Sheet4", "河口县交通运输局", 600),
    ]);
    expect(r.programs[0].districts).toEqual(["个旧市", "蒙自市", "金平苗族瑶族傣族自治县", "河口瑶族自治县"]);
  });

  it("but a sheet named 金平 alone, shared with 金平区, is not completed", () => {
    const r = compareDistricts([
      road("个旧市", "交通运输局", 1200),
      road("蒙自市", "交通运输局", 1500),
      road("金平", "交通运输局", 1700),
    ]);
    expect(r.programs[0].districts).not.toContain("金平苗族瑶族傣族自治县");
  });
});

describe("the summary lists the flags in the sheet's order", () => {
  // 伊犁 草原: 昭苏县's 禁牧面积 far below (no slip) comes in an earlier indicator; 霍城县's slip in a later one.
  const counties = ["伊宁县", "霍城县", "巩留县", "新源县", "昭苏县", "特克斯县"];
  const jinmu = [100, 110, 95, 105, 6, 100];
  const caoxu = [260, 2400, 230, 280, 320, 240];
  const rows: CellValue[][] = [
    ["县（市、区）", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
    ...counties.flatMap((d, i) => [
      [d, "草原生态保护补助奖励资金", "产出指标", "数量指标", "禁牧面积", `≥${jinmu[i]}`, "万亩"],
      [d, "草原生态保护补助奖励资金", "产出指标", "数量指标", "草畜平衡面积", `≥${caoxu[i]}`, "万亩"],
    ]),
  ];
  const r = compareRows(rows, "a.xlsx", "Sheet1");

  it("霍城县 before 昭苏县 in both", () => {
    const lines = formatComparisonSummary(r, "zh")
      .split("\n")
      .filter((l) => /^ {3}- \[(明显)?偏[高低]/.test(l));
    expect(lines[0]).toContain("霍城县 草畜平衡面积");
    expect(lines[1]).toContain("昭苏县 禁牧面积");
    const plan = compareSheetPlan(r)!;
    const listed = plan.values.filter(
      (row) => counties.includes(String(row[0])) && String(row[3] ?? "").includes("倍"),
    );
    expect(listed.map((row) => row[0])).toEqual(["霍城县", "昭苏县"]);
  });
});

describe("a district beyond five times on every size row, with ratios that agree, is said to be so", () => {
  // 伊犁 草原: 奎屯市 and 霍尔果斯市 at a tenth on all three size rows; 尼勒克县 at a tenth on one row only.
  const counties = ["伊宁县", "霍城县", "巩留县", "新源县", "昭苏县", "奎屯市", "霍尔果斯市", "尼勒克县"];
  const jinmu = [80, 90, 75, 85, 70, 8, 10, 7];
  const caoxu = [240, 260, 230, 280, 250, 25, 30, 240];
  const muhu = [4500, 4600, 4400, 4800, 4300, 500, 600, 4500];
  const rows: CellValue[][] = [
    ["县（市、区）", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
    ...counties.flatMap((d, i) => [
      [d, "草原生态保护补助奖励资金", "产出指标", "数量指标", "禁牧面积", `≥${jinmu[i]}`, "万亩"],
      [d, "草原生态保护补助奖励资金", "产出指标", "数量指标", "草畜平衡面积", `≥${caoxu[i]}`, "万亩"],
      [d, "草原生态保护补助奖励资金", "产出指标", "数量指标", "补助牧户数", `≥${muhu[i]}`, "户"],
      [d, "草原生态保护补助奖励资金", "满意度指标", "服务对象满意度指标", "牧户满意度", "≥90", "%"],
    ]),
  ];
  const r = compareRows(rows, "a.xlsx", "Sheet1");
  const flags = r.programs[0].indicators.flatMap((i) => i.flags);

  it("adds one clause to each of 奎屯市's flags, which stay findings", () => {
    const kuitun = flags.filter((f) => f.district === "奎屯市");
    expect(kuitun).toHaveLength(3);
    for (const f of kuitun) {
      expect(f.message.zh).toContain(
        "（3 项规模指标均为中位数的 0.10–0.11 倍，比例一致，可能与辖区规模有关）",
      );
      expect(f.message.en).toContain("this may reflect the district's size");
      expect(f.sizeGap).toBeUndefined();
    }
  });

  it("not where one row only stands off (尼勒克县 禁牧面积)", () => {
    const nileke = flags.find((f) => f.district === "尼勒克县");
    expect(nileke?.message.zh).not.toContain("比例一致");
  });
});
