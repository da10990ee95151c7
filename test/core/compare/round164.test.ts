/**
 * Round 164: a 市直 row in a 分解表 is the city's own level, named and counted in the 合计's sum; a program
 * only one district filed is said in one line; a title's 各县（市、区） is no part of the program's name; a
 * slip left out of the statistics is left out of the chart's bars; an empty target is said to be empty; a
 * 合计 is checked against the sum with a district's slip corrected; short names compared as written are
 * said in one line; a district's consistent-ratio findings stand together under one label.
 */
import { compareDistricts, formatComparisonSummary, notComparedJson } from "../../../src/core/compare";
import { titleProgram } from "../../../src/core/compare/programs";
import { reviewOrder } from "../../../src/core/compare/flags/outlier";
import { compareSheetPlan } from "../../../src/core/plan/compareSheet";
import type { CellValue } from "../../../src/core/grid";
import { gridSource } from "./helpers";

/** 枣庄's 分解表: a row per district under 区（市）, a 市直 row among them, a 合计 row. */
function zaozhuang(shizhi: CellValue[], total: CellValue[], taierzhuang: CellValue = 16): CellValue[][] {
  return [
    ["枣庄市2025年城乡供水一体化项目绩效目标分解表"],
    ["区（市）", "新建改造供水管网（公里）", "受益人口（万人）"],
    ["市中区", 120, 15],
    ["薛城区", 150, 18],
    ["台儿庄区", 130, taierzhuang],
    ["山亭区", 210, 14],
    ["市直", ...shizhi],
    ["合计", ...total],
  ];
}

const totalFlags = (r: ReturnType<typeof compareDistricts>) =>
  r.programs[0].indicators.flatMap((i) => i.flags).filter((f) => f.code === "TOTAL-DIFF");

describe("a 市直 row in a 分解表 is the city's own level (r1)", () => {
  it("named, and its figure counted in the sum the 合计 is checked against: no false 相差 30 公里", () => {
    const r = compareDistricts([gridSource("t.xlsx", zaozhuang([30, null], [640, 63]))]);
    expect(r.programs[0].districts).not.toContain("市直");
    expect(totalFlags(r)).toEqual([]);
    const s = formatComparisonSummary(r, "zh");
    expect(s).toContain("第 7 行“市直”是本级");
    expect(s).toContain("“新建改造供水管网”“受益人口”的合计已与各区之和核对");
    expect(formatComparisonSummary(r, "en")).toContain('row 7 ("市直") is the city\'s own level');
  });

  it("a 合计 that differs from the districts and 市直 together is still found, 市直 named in it", () => {
    const r = compareDistricts([gridSource("t.xlsx", zaozhuang([30, null], [700, 63]))]);
    const [f] = totalFlags(r);
    expect(f.message.zh).toContain("而 4 个区与市直 30 公里之和为 640 公里（相差 60 公里）");
  });

  it("a 市直 column beside the places is the city's own level too", () => {
    const rows: CellValue[][] = [
      ["白城市2024年东北黑土地保护利用项目绩效目标表"],
      ["项目名称", "2024年东北黑土地保护利用补助资金"],
      ["一级指标", "二级指标", "三级指标", "洮北区", "洮南市", "市直", "镇赉县", "通榆县", "合计"],
      ["产出指标", "数量指标", "黑土地保护利用面积（万亩）", "≥30", "≥60", "≥55", "≥45", "≥70", "≥265"],
    ];
    const r = compareDistricts([gridSource("白城.xlsx", rows)]);
    expect(r.programs[0].districts).toEqual(["洮北区", "洮南市", "镇赉县", "通榆县"]);
    const [f] = totalFlags(r);
    expect(f.message.zh).toContain("与市直 55 万亩之和为 260 万亩（相差 5 万亩）");
  });
});

describe("a program only one district filed is said in one line (r2)", () => {
  const form = (district: string, project: string, count: string): CellValue[][] => [
    ["2025年项目支出绩效目标申报表"],
    ["项目名称", project, "主管部门", `${district}人力资源和社会保障局`],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "参保人数", count],
    ["满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%"],
  ];
  const sources = () => [
    gridSource("婺城.xlsx", form("婺城区", "城乡居民基本养老保险", "≥25万人")),
    gridSource("东阳市.xlsx", form("东阳市", "城乡居民基本养老保险", "≥38万人")),
    gridSource("东阳市-被征地农民养老保险.xlsx", form("东阳市", "被征地农民养老保险", "≥2.1万人")),
  ];

  it("in the summary, the JSON and the sheet", () => {
    const r = compareDistricts(sources());
    expect(r.programs).toHaveLength(1);
    const line =
      "另有 1 个项目只有一个区县报送，未参与对比：东阳市“被征地农民养老保险”（东阳市-被征地农民养老保险.xlsx）";
    expect(formatComparisonSummary(r, "zh")).toContain(line);
    expect(formatComparisonSummary(r, "en")).toContain("1 more program was filed by one district only");
    expect(notComparedJson(r)).toMatchObject({
      message: line,
      programs: [{ program: "被征地农民养老保险", district: "东阳市" }],
    });
    const plan = compareSheetPlan(r)!;
    expect(plan.values.flat().some((v) => typeof v === "string" && v.includes(line))).toBe(true);
  });

  it("nothing said where every program was compared", () => {
    const r = compareDistricts(sources().slice(0, 2));
    expect(r.lonePrograms).toBeUndefined();
    expect(notComparedJson(r)).toBeNull();
    expect(formatComparisonSummary(r, "zh")).not.toContain("只有一个区县报送");
  });
});

describe("a title's 各县（市、区） is no part of the program's name (r3)", () => {
  it.each([
    ["漳州市各县（市、区）2025年海漂垃圾治理", "海漂垃圾治理"],
    ["漳州市2025年各县区海漂垃圾治理", "海漂垃圾治理"],
    ["枣庄市各区（市）城乡供水一体化项目", "城乡供水一体化项目"],
    ["2024年全市各乡镇（街道）人居环境整治", "人居环境整治"],
    ["漳州市2025年海漂垃圾治理", "海漂垃圾治理"],
    // Not a place's word: kept.
    ["各类学校校舍维修", "各类学校校舍维修"],
    ["各市场主体帮扶", "各市场主体帮扶"],
    ["各区域网格化管理", "各区域网格化管理"],
  ])("%s → %s", (title, name) => {
    expect(titleProgram(title)).toBe(name);
  });

  it("the comparison's block is named so", () => {
    const rows: CellValue[][] = [
      ["漳州市各县（市、区）2025年海漂垃圾治理绩效目标分解表"],
      ["一级指标", "二级指标", "三级指标", "计量单位", "龙海区", "漳浦县", "云霄县", "合计"],
      ["产出指标", "数量指标", "岸线保洁长度", "公里", 68, 215, 60, 343],
    ];
    expect(compareDistricts([gridSource("a.xlsx", rows)]).programs[0].name).toBe("海漂垃圾治理");
  });
});

describe("the chart's data leave out a slip the statistics leave out (r4)", () => {
  it("东山 12000000 万元: no bar, and its label says why", () => {
    const rows: CellValue[][] = [
      ["漳州市2025年海漂垃圾治理绩效目标分解表"],
      ["一级指标", "二级指标", "三级指标", "计量单位", "龙海区", "漳浦县", "云霄县", "诏安县", "东山县"],
      ["产出指标", "成本指标", "治理资金", "万元", 680, 1800, 520, 700, 12000000],
    ];
    const r = compareDistricts([gridSource("a.xlsx", rows)]);
    expect(r.programs[0].indicators[0].statsLeftOut).toEqual(["东山县"]);
    const plan = compareSheetPlan(r)!;
    const chart = plan.charts![0];
    const top = Number(/\d+/.exec(chart.dataRange)![0]);
    const col = chart.dataRange.charCodeAt(0) - 65;
    const data = plan.values.slice(top, top + 5).map((row) => [row[col], row[col + 1]]);
    expect(data).toEqual([
      ["龙海区", 680],
      ["漳浦县", 1800],
      ["云霄县", 520],
      ["诏安县", 700],
      ["东山县（疑笔误，未计入）", null],
    ]);
  });
});

describe("an empty target is said to be empty, not quoted as its row (r5)", () => {
  it("泸溪县 养护资金: 目标未填写", () => {
    const form = (c: string, t: CellValue): CellValue[][] => [
      [`湘西州${c}2025年农村公路养护项目绩效目标表`],
      ["项目名称", "农村公路养护", "主管部门", `${c}交通运输局`],
      ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
      ["产出指标", "成本指标", "养护资金", t, "万元"],
    ];
    const r = compareDistricts([
      gridSource("吉首.xlsx", form("吉首市", "1500万元")),
      gridSource("凤凰.xlsx", form("凤凰县", "1900万元")),
      gridSource("泸溪.xlsx", form("泸溪县", null)),
    ]);
    const f = r.programs[0].indicators[0].flags.find((x) => x.code === "MISSING")!;
    expect(f.message.zh).toBe("泸溪县 “养护资金”未写明数值（目标未填写），而 2 个县（市）写了数值");
    expect(f.message.en).toContain("no target filled in");
  });
});

describe("a 合计 is checked against the sum with a district's slip corrected (r6)", () => {
  it("台儿庄 160000 in a 万人 column read as 16: 合计 47 against 63", () => {
    const r = compareDistricts([gridSource("t.xlsx", zaozhuang([30, null], [640, 47], 160000))]);
    const ind = r.programs[0].indicators.find((i) => i.name === "受益人口")!;
    expect(ind.statsLeftOut).toEqual(["台儿庄区"]);
    const f = ind.flags.find((x) => x.code === "TOTAL-DIFF")!;
    expect(f.message.zh).toContain("之和为 63 万人（台儿庄区 160000 按 16 万人计，相差 16 万人）");
    expect(formatComparisonSummary(r, "zh")).toContain("“新建改造供水管网”“受益人口”的合计已与");
  });

  it("a 合计 that agrees once corrected proves the slip, as before: one flag, no second check", () => {
    const r = compareDistricts([gridSource("t.xlsx", zaozhuang([30, null], [640, 63], 160000))]);
    const flags = totalFlags(r);
    expect(flags).toHaveLength(1);
    // Round 174: named as the OUTLIER names it (the unit typed wrong), not as four zeros.
    expect(flags[0].message.zh).toContain("与台儿庄区疑将“人”写作“万人”相符：160000 → 16");
  });
});

describe("the sheet says like things once (round 164's sheet)", () => {
  const rows: CellValue[][] = [
    ["漳州市2025年海漂垃圾治理绩效目标分解表"],
    [
      "一级指标",
      "二级指标",
      "三级指标",
      "计量单位",
      "龙海",
      "漳浦",
      "云霄",
      "诏安",
      "东山",
      "台商投资区",
      "常山开发区",
    ],
    ["产出指标", "数量指标", "岸线保洁长度", "公里", 68, 215, 60, 62, 141, 25, 8],
    ["产出指标", "数量指标", "海漂垃圾清理量", "吨", 3200, 8500, 2900, 3300, 4000, 1100, 300],
    ["产出指标", "数量指标", "保洁人员", "人", 120, 300, 110, 125, 180, 40, 12],
    ["产出指标", "成本指标", "治理资金", "万元", 600, 1800, 560, 620, 900, 260, 80],
  ];

  it("short names compared as written: one note naming them all", () => {
    const s = formatComparisonSummary(compareDistricts([gridSource("a.xlsx", rows)]), "zh");
    expect(s).toContain("表中“龙海”“漳浦”“云霄”“诏安”“东山”未写明是区、县还是市，已按所写名称参与对比");
    expect(s.match(/未写明是区、县还是市/g)).toHaveLength(1);
  });

  it("常山开发区's consistent-ratio findings stand together, under one label", () => {
    const r = compareDistricts([gridSource("a.xlsx", rows)]);
    const order = reviewOrder(r.programs[0]).filter((f) => !f.sizeGap);
    const mine = order.map((f, i) => [f, i] as const).filter(([f]) => f.district === "常山开发区");
    expect(mine).toHaveLength(4);
    expect(mine.every(([f]) => f.sameSize === "near")).toBe(true);
    // One after another, whatever their ratio (0.09× far below, 0.13× below).
    expect(mine.map(([, i]) => i)).toEqual([0, 1, 2, 3].map((k) => mine[0][1] + k));
    const plan = compareSheetPlan(r)!;
    const labels = plan.values.filter((row) =>
      row.some((v) => typeof v === "string" && v.startsWith("常山开发区 ")),
    );
    expect(
      new Set(labels.map((row) => row.find((v) => typeof v === "string" && v.includes("比例一致）")))),
    ).toEqual(new Set(["偏低（比例一致） Low (consistent)"]));
  });
  it("a district ten times off on every size row keeps 明显偏低, with 比例一致, in one label", () => {
    const far = rows.map((row, i) => (i < 2 ? row : [...row.slice(0, 10), [4, 200, 7, 36][i - 2]]));
    const r = compareDistricts([gridSource("a.xlsx", far)]);
    const mine = r.programs[0].indicators.flatMap((i) => i.flags).filter((f) => f.district === "常山开发区");
    expect(mine).toHaveLength(4);
    expect(mine.every((f) => f.sameSize === "far")).toBe(true);
    const plan = compareSheetPlan(r)!;
    const labels = plan.values
      .flat()
      .filter((v): v is string => typeof v === "string" && v.includes("（比例一致）"));
    expect(new Set(labels)).toEqual(new Set(["明显偏低（比例一致） Far below (consistent)"]));
  });
});
