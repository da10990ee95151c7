/**
 * Round 160: a scenic zone (明月山温泉风景名胜区) is placed whole, never as its generic tail 名胜区; an autonomous
 * county's customary short name (前郭县) is that county, and a file in each spelling is one district's
 * resubmission; 克/千克 is g/kg; a unit's magnitude typed wrong (3000万人 among 6000人–2万人) is named where the
 * value moved back lands within a county's size of the median; a slip the 合计 proves decides the OUTLIER's count.
 */
import { compareDistricts, formatComparisonSummary } from "../../../src/core/compare";
import type { CellValue } from "../../../src/core/grid";
import { customaryFull } from "../../../src/core/compare/autonomous";
import { findDistrict, placeInName, placeKey, zoneOf } from "../../../src/core/compare/districts";
import { slipAmong } from "../../../src/core/compare/flags/outlier";
import { conversionFactor, unitKey } from "../../../src/core/compare/units";
import { districtSource, gridSource } from "./helpers";

/** A one-project form as a district files it: 项目名称 | name | 实施单位 | unit, then indicator rows. */
const form = (project: string, unit: string, rows: [string, string][]): CellValue[][] => [
  ["项目支出绩效目标表"],
  ["项目名称", project, "实施单位", unit],
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ...rows.map(([n, v]): CellValue[] => ["产出指标", "数量指标", n, v]),
];

describe("a scenic zone is placed whole (r1)", () => {
  it("明月山温泉风景名胜区 from the unit or the file name, never 名胜区", () => {
    for (const t of ["附件3-明月山温泉风景名胜区.xlsx", "明月山温泉风景名胜区农业农村局"]) {
      expect(findDistrict(t)).toBeNull();
      expect(placeInName(t).district).toBeNull();
      expect(zoneOf(t)).toBe("明月山温泉风景名胜区");
    }
    expect(zoneOf("黄山风景区管委会")).toBe("黄山风景区");
    expect(zoneOf("阳澄湖旅游度假区管委会")).toBe("阳澄湖旅游度假区");
    // A generic stem alone names no zone.
    expect(zoneOf("风景名胜区管理局")).toBeNull();
  });

  it("the zone is a district of the comparison beside the counties", () => {
    const P = "2024年高标准农田建设项目";
    const r = compareDistricts(
      [
        ["袁州区.xlsx", "袁州区农业农村局", "≥5万亩"],
        ["靖安县.xlsx", "靖安县农业农村局", "≥1.2万亩"],
        ["铜鼓县.xlsx", "铜鼓县农业农村局", "≥0.8万亩"],
        ["附件3-明月山温泉风景名胜区.xlsx", "明月山温泉风景名胜区农业农村局", "≥0.7万亩"],
      ].map(([f, u, a]) => gridSource(f, form(P, u, [["新建高标准农田面积", a]]))),
    );
    expect(r.programs[0].districts).toContain("明月山温泉风景名胜区");
    expect(r.programs[0].districts).not.toContain("名胜区");
  });
});

describe("an autonomous county's customary short name (r2)", () => {
  it("前郭县, 杜蒙县, 喀左县, 塔县 … stand for the county; the stems alone too, a single character never", () => {
    expect(customaryFull("前郭县")).toBe("前郭尔罗斯蒙古族自治县");
    expect(customaryFull("杜蒙县")).toBe("杜尔伯特蒙古族自治县");
    expect(customaryFull("阜蒙县")).toBe("阜新蒙古族自治县");
    expect(customaryFull("喀左县")).toBe("喀喇沁左翼蒙古族自治县");
    expect(customaryFull("塔县")).toBe("塔什库尔干塔吉克自治县");
    expect(customaryFull("前郭区")).toBeNull();
    expect(placeKey("前郭县")).toBe(placeKey("前郭尔罗斯蒙古族自治县"));
    expect(placeKey("和丰县")).toBe(placeKey("和布克赛尔蒙古自治县"));
    expect(placeInName("前郭.xlsx").district).toBe("前郭尔罗斯蒙古族自治县");
    expect(placeInName("塔.xlsx").district).toBeNull();
  });

  it("前郭县.xlsx and 前郭尔罗斯蒙古族自治县（修改稿）.xlsx are one district: the revision compared, said", () => {
    const P = "2024年东北黑土地保护利用项目";
    const r = compareDistricts(
      [
        ["宁江区.xlsx", "宁江区农业农村局", "≥15万亩"],
        ["长岭县.xlsx", "长岭县农业农村局", "≥50万亩"],
        ["前郭县.xlsx", "前郭县农业农村局", "≥60万亩"],
        ["前郭尔罗斯蒙古族自治县（修改稿）.xlsx", "前郭尔罗斯蒙古族自治县农业农村局", "≥65万亩"],
      ].map(([f, u, a]) => gridSource(f, form(P, u, [["黑土地保护利用面积", a]]))),
    );
    const p = r.programs[0];
    expect([...p.districts].sort()).toEqual(["前郭尔罗斯蒙古族自治县", "宁江区", "长岭县"].sort());
    expect(p.resubmissions).toHaveLength(1);
    expect(p.resubmissions[0].used).toBe("前郭尔罗斯蒙古族自治县（修改稿）.xlsx");
  });

  it("前郭县 alone is compared by its full name, written as 前郭县", () => {
    const r = compareDistricts([
      districtSource("黑土地保护", {
        宁江区: [["面积", ">=", 15, "万亩"]],
        前郭县: [["面积", ">=", 60, "万亩"]],
        长岭县: [["面积", ">=", 50, "万亩"]],
      }),
    ]);
    const p = r.programs[0];
    expect(p.districts).toContain("前郭尔罗斯蒙古族自治县");
    expect(p.members.find((m) => m.district === "前郭尔罗斯蒙古族自治县")?.written).toBe("前郭县");
  });
});

describe("a unit in Latin letters is its Chinese name (r3)", () => {
  it("g/kg is 克/千克, mg/kg 毫克/千克, kg 千克, kg/亩 千克/亩", () => {
    expect(unitKey("g/kg")).toBe(unitKey("克/千克"));
    expect(unitKey("mg/kg")).toBe(unitKey("毫克/千克"));
    expect(unitKey("kg")).toBe(unitKey("千克"));
    expect(unitKey("kg/亩")).toBe(unitKey("千克/亩"));
    expect(unitKey("元/m²")).toBe(unitKey("元/平方米"));
  });

  it("1克/千克 among g/kg: no UNIT-DIFF, counted, the other spelling named", () => {
    const r = compareDistricts([
      districtSource("黑土地保护", {
        宁江区: [["土壤有机质含量提高", ">=", 1, "g/kg"]],
        长岭县: [["土壤有机质含量提高", ">=", 1, "g/kg"]],
        扶余市: [["土壤有机质含量提高", ">=", 1, "g/kg"]],
        乾安县: [["土壤有机质含量提高", ">=", 1, "克/千克"]],
      }),
    ]);
    const ind = r.programs[0].indicators[0];
    expect(ind.flags).toEqual([]);
    expect(ind.stats?.count).toBe(4);
    expect(formatComparisonSummary(r, "zh")).toContain("另有写作“克/千克”");
  });
});

describe("a unit's magnitude typed wrong lands within a county's size (r4)", () => {
  const rows = (guidong: string): CellValue[][] => [
    ["县市区", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
    ...(
      [
        ["北湖区", "≥1.2万人"],
        ["苏仙区", "≥1.5万人"],
        ["资兴市", "≥8000人"],
        ["桂阳县", "≥2万人"],
        ["嘉禾县", "≥6000人"],
        ["临武县", "≥7000人"],
        ["汝城县", "≥9000人"],
        ["桂东县", guidong],
      ] as const
    ).map(([k, v]): CellValue[] => [
      k,
      "义务教育薄弱环节改善补助资金",
      "效益指标",
      "社会效益指标",
      "受益学生数",
      v,
    ]),
  ];

  it("≥3000万人 among 6000人–2万人: 疑将“人”写作“万人”, left out of the statistics", () => {
    const r = compareDistricts([gridSource("郴州.xlsx", rows("≥3000万人"))]);
    const ind = r.programs[0].indicators[0];
    const f = ind.flags.find((x) => x.district === "桂东县")!;
    expect(f.powerOfTen).toBe(4);
    expect(f.message.zh).toContain("疑将“人”写作“万人”");
    expect(ind.statsLeftOut).toEqual(["桂东县"]);
    expect(ind.stats?.max).toBe(20000);
    // 嘉禾县 6000 against the right median is no finding.
    expect(ind.flags.filter((x) => x.district === "嘉禾县")).toEqual([]);
  });

  it("a unit's magnitude only where it lands within five times of the median, and never over a nearer fit", () => {
    const others = [120000, 150000, 80000, 200000, 60000, 70000, 90000];
    // 3000 万人 (30000000) among 6000–20000 人: 3000 人 is 0.33 of the median — a slip only as a unit typed wrong.
    const people = [12000, 15000, 8000, 20000, 6000, 7000, 9000];
    expect(slipAmong(30000000, people)).toBeNull();
    expect(slipAmong(30000000, people, (k) => k === 4)).toBe(4);
    // 5000 is 0.06 of the median 90000: beyond a county's size, no slip whatever the unit.
    expect(slipAmong(5000000, others, (k) => k === 3)).toBeNull();
    // 200000 lands among the others (two zeros): the unit's 20000 does not overrule it.
    expect(slipAmong(20000000, others, (k) => k === 3)).toBe(2);
  });
});

describe("a slip the 合计 proves decides the OUTLIER's count (r5)", () => {
  const rows = (unit: string, raohe: number, total: number): CellValue[][] => [
    ["项目名称", "城乡最低生活保障资金"],
    [
      "一级指标",
      "二级指标",
      "三级指标",
      "计量单位",
      "尖山区",
      "岭东区",
      "四方台区",
      "宝山区",
      "集贤县",
      "友谊县",
      "宝清县",
      "饶河县",
      "合计",
    ],
    ["产出指标", "数量指标", "农村低保保障人数", unit, 200, 400, 300, 500, 6000, 2500, 7000, raohe, total],
  ];

  it("0.35 in a 人 column, the 合计 = the others + 3500: 疑将“万人”写作“人”, as the total says", () => {
    const r = compareDistricts([gridSource("双鸭山.xlsx", rows("人", 0.35, 20400))]);
    const ind = r.programs[0].indicators[0];
    const f = ind.flags.find((x) => x.code === "OUTLIER" && x.district === "饶河县")!;
    expect(f.powerOfTen).toBe(-4);
    expect(f.message.zh).toContain("疑将“万人”写作“人”");
    expect(f.message.zh).not.toContain("三个 0");
  });

  it("3.5 处 (no unit of magnitude), the 合计 = the others + 3500: 疑少写三个 0, not two", () => {
    const r = compareDistricts([gridSource("双鸭山.xlsx", rows("处", 3.5, 20400))]);
    const ind = r.programs[0].indicators[0];
    const f = ind.flags.find((x) => x.code === "OUTLIER" && x.district === "饶河县")!;
    expect(f.powerOfTen).toBe(-3);
    expect(f.message.zh).toContain("疑少写三个 0");
    const total = ind.flags.find((x) => x.code === "TOTAL-DIFF")!;
    expect(total.message.zh).toContain("与饶河县疑少写三个 0 相符");
  });

  it("without a 合计 proving it, 3.5 处 among 200–7000 reads as the nearer 350 (two zeros)", () => {
    const r = compareDistricts([gridSource("双鸭山.xlsx", rows("处", 3.5, 16900))]);
    const f = r.programs[0].indicators[0].flags.find((x) => x.code === "OUTLIER" && x.district === "饶河县")!;
    expect(f.powerOfTen).toBe(-2);
  });
});

describe("a rate per year among rates per month (友谊 8640元/人·年 among 元/人·月)", () => {
  it("converted by twelve, shown as written, no UNIT-DIFF", () => {
    expect(conversionFactor("元/人·年", "元/人·月")).toBeCloseTo(1 / 12);
    expect(conversionFactor("元/月", "元/年")).toBe(12);
    // Per another thing, or per day: not converted.
    expect(conversionFactor("元/人·年", "元/户·月")).toBeNull();
    expect(conversionFactor("元/人·天", "元/人·月")).toBeNull();
    const r = compareDistricts([
      districtSource("城乡最低生活保障资金", {
        尖山区: [["城市低保标准", "=", 720, "元/人·月"]],
        岭东区: [["城市低保标准", "=", 720, "元/人·月"]],
        宝山区: [["城市低保标准", "=", 720, "元/人·月"]],
        友谊县: [["城市低保标准", "=", 8640, "元/人·年"]],
      }),
    ]);
    const ind = r.programs[0].indicators[0];
    expect(ind.flags).toEqual([]);
    expect(ind.cells["友谊县"].value).toBe(720);
    expect(ind.cells["友谊县"].converted?.from).toContain("8640");
  });
});

describe("a figure converted by twelve that another figure rounds to (≥2333元/人·月 among 28000 元/人·年)", () => {
  it("is that figure: no gap of 4 reported; a figure further off than its rounding stays a gap", () => {
    const run = (monthly: number) =>
      compareDistricts([
        districtSource("优抚对象补助", {
          鲤城区: [["生活补助标准", ">=", 28000, "元/人·年"]],
          丰泽区: [["生活补助标准", ">=", 28000, "元/人·年"]],
          洛江区: [["生活补助标准", ">=", 28000, "元/人·年"]],
          惠安县: [["生活补助标准", ">=", monthly, "元/人·月"]],
        }),
      ]).programs[0].indicators[0];
    const ind = run(2333);
    expect(ind.cells["惠安县"].value).toBe(28000);
    expect(ind.flags).toEqual([]);
    const off = run(2300);
    expect(off.cells["惠安县"].value).toBe(27600);
    expect(off.flags.map((f) => f.district)).toEqual(["惠安县"]);
  });
});

describe("the note on a value left out of the statistics says the finding's words", () => {
  it("疑多写一个 0, not 疑多写或少写 0", () => {
    const r = compareDistricts([
      districtSource("高标准农田建设", {
        袁州区: [["项目资金", ">=", 9000, "万元"]],
        奉新县: [["项目资金", ">=", 90000, "万元"]],
        万载县: [["项目资金", ">=", 8500, "万元"]],
        上高县: [["项目资金", ">=", 9500, "万元"]],
      }),
    ]);
    const zh = formatComparisonSummary(r, "zh");
    expect(zh).toContain("项目资金：奉新县的取值疑多写一个 0，未计入最小值、中位数和最大值");
    expect(zh).not.toContain("疑多写或少写");
    expect(formatComparisonSummary(r, "en")).toContain("the value of 奉新县 likely has one zero too many");
  });
});
