/** Round 120's district comparison probe (徐州, 邵阳, 大理, 阜阳, 阿克苏, 临夏): each pattern as the officer wrote it. */
import { compareDistricts, formatComparisonSummary } from "../../../src/core/compare";
import type { CellValue } from "../../../src/core/grid";
import { parseGrid } from "../../../src/core/parse";
import { compareSheetPlan } from "../../../src/core/plan/compareSheet";
import { grid } from "../../support/grid";

function compareRows(rows: CellValue[][], sheet = "Sheet1") {
  const parsed = parseGrid(grid(rows, sheet));
  return compareDistricts([{ label: "a.xlsx", projects: parsed.projects, indicators: parsed.indicators }]);
}

const DALI = ["祥云县", "宾川县", "弥渡县", "永平县", "云龙县", "洱源县"];

describe("a 合计 column of 高标准农田 rows (大理州 分解表)", () => {
  const rows = (name: string, unit: string, values: number[], total: number): CellValue[][] => [
    ["大理州2024年高标准农田建设项目绩效目标分解表"],
    ["一级指标", "二级指标", "三级指标", "计量单位", ...DALI, "合计"],
    ["产出指标", "数量指标", name, unit, ...values, total],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "%", ...DALI.map(() => "≥90"), ""],
  ];
  const totalFlags = (r: ReturnType<typeof compareRows>) =>
    r.programs[0].indicators.flatMap((i) => i.flags).filter((f) => f.code === "TOTAL-DIFF");

  it("checks an area of 高标准农田 against the counties' sum, as any figure that adds up", () => {
    for (const [name, unit, values, total] of [
      ["新建高标准农田面积", "万亩", [3, 2.5, 2, 0.7, 0.9, 2.2], 12.3],
      ["高标准农田建设任务", "万亩", [3, 2.5, 2, 0.7, 0.9, 2.2], 12.3],
      ["新建高标准农田面积", "公顷", [30000, 25000, 20000, 7000, 9000, 22000], 123000],
      ["标准化厂房建设面积", "平方米", [30000, 25000, 20000, 7000, 9000, 22000], 123000],
    ] as [string, string, number[], number][]) {
      const r = compareRows(rows(name, unit, values, total));
      const flags = totalFlags(r);
      expect(flags).toHaveLength(1);
      expect(flags[0].message.zh).toContain(`合计 ${name}`);
      expect(flags[0].message.zh).toContain("之和为");
    }
  });

  it("still leaves a standard per head or per unit out (补助标准, 发放标准)", () => {
    for (const name of ["高标准农田亩均补助标准", "补助资金发放标准", "建设补助标准"]) {
      const r = compareRows(rows(name, "元", [3000, 3000, 3000, 3000, 3000, 3000], 20000));
      expect(totalFlags(r)).toEqual([]);
    }
  });

  it("names in its note only the indicators whose total was checked", () => {
    const r = compareRows(rows("新建高标准农田面积", "万亩", [3, 2.5, 2, 0.7, 0.9, 2.2], 12.3));
    const summary = formatComparisonSummary(r, "zh");
    expect(summary).toContain("“新建高标准农田面积”的合计已与各县之和核对");
    expect(summary).not.toContain("数量类指标的合计已与");
    expect(r.programs[0].totalColumns?.[0].checked).toEqual(["新建高标准农田面积"]);
  });

  it("says no total was checked where none could be (a standard only)", () => {
    const r = compareRows(rows("建设补助标准", "元", [3000, 3000, 3000, 3000, 3000, 3000], 18000));
    const summary = formatComparisonSummary(r, "zh");
    expect(summary).toContain("均未与各县之和核对");
    expect(summary).not.toContain("已与各县之和核对");
  });
});

describe("a title starting with a prefecture written with 州 (大理州2024年…分解表)", () => {
  const table = (title: string): CellValue[][] => [
    [title],
    ["一级指标", "二级指标", "三级指标", "计量单位", "祥云县", "宾川县", "弥渡县"],
    ["产出指标", "数量指标", "新建农田面积", "亩", 30000, 25000, 20000],
  ];
  const form: CellValue[][] = [
    ["2024年项目支出绩效目标表"],
    ["项目名称", "高标准农田建设项目", "", "预算单位", "鹤庆县农业农村局"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "新建农田面积", "≥18000亩"],
  ];
  const both = (title: string) => {
    const a = parseGrid(grid(table(title)));
    const b = parseGrid(grid(form));
    return compareDistricts([
      { label: "分解表.xlsx", projects: a.projects, indicators: a.indicators },
      { label: "鹤庆县.xlsx", projects: b.projects, indicators: b.indicators },
    ]);
  };

  it("names the program without the place and year, as 大理市2024年… does", () => {
    for (const title of [
      "大理州2024年高标准农田建设项目绩效目标分解表",
      "大理白族自治州2024年高标准农田建设项目绩效目标分解表",
      "大理州高标准农田建设项目绩效目标分解表",
      "云南省大理白族自治州2024年度高标准农田建设项目绩效目标分解表",
      "大理市2024年高标准农田建设项目绩效目标分解表",
    ]) {
      const r = compareRows(table(title));
      expect(r.programs[0].name).toBe("高标准农田建设项目");
      expect(formatComparisonSummary(r, "zh")).toContain("取为“高标准农田建设项目”（去掉地名、年度）");
    }
  });

  it("joins a county's own form of that name", () => {
    for (const title of [
      "大理州2024年高标准农田建设项目绩效目标分解表",
      "大理白族自治州2024年高标准农田建设项目绩效目标分解表",
    ]) {
      const r = both(title);
      expect(r.programs).toHaveLength(1);
      expect(r.programs[0].districts).toEqual(["祥云县", "宾川县", "弥渡县", "鹤庆县"]);
      expect(r.programs[0].nearNames).toEqual([]);
    }
  });

  it("keeps a word ending in 盟 that names no league (产业联盟)", () => {
    const r = compareRows(table("产业联盟建设项目绩效目标分解表"));
    expect(r.programs[0].name).toContain("产业联盟");
  });
});

describe("bridges counted in 座 (徐州 农村公路养护)", () => {
  const XUZHOU = ["丰县", "沛县", "睢宁县", "邳州市", "新沂市"];
  const rows = (served: [string, string, number[]]): CellValue[][] => [
    ["徐州市2024年农村公路养护专项资金绩效目标分解表"],
    ["一级指标", "二级指标", "三级指标", "计量单位", ...XUZHOU],
    ["产出指标", "数量指标", served[0], served[1], ...served[2]],
    ["效益指标", "社会效益指标", "受益人口", "人", 70000, 100000, 110000, 140000, 95000],
  ];

  it("are no place served: no default ratio 受益人口÷危桥改造座数", () => {
    const r = compareRows(rows(["危桥改造座数", "座", [4, 5, 5, 6, 4]]));
    expect(r.programs[0].indicators.map((i) => i.name)).toContain("危桥改造座数");
    expect(r.programs[0].ratios).toEqual([]);
    expect(formatComparisonSummary(r, "zh")).not.toContain("÷");
  });

  it("while villages served still give one, shown in the table to the digits its sentences quote", () => {
    const r = compareRows(rows(["通达行政村数", "个", [3, 4, 5, 6, 4]]));
    const ratio = r.programs[0].ratios[0];
    expect(`${ratio.numerator}÷${ratio.denominator}`).toBe("受益人口÷通达行政村数");
    expect(ratio.values["丰县"]).toBeCloseTo(23333.333, 2);
    const plan = compareSheetPlan(r)!;
    const header = plan.values.findIndex((row) => row[1] === "受益人口" && row[0] !== "受益人口");
    const shown = plan.values.slice(header).find((row) => row[0] === "丰县");
    expect(shown?.[1]).toBe(23333);
    const median = plan.values.slice(header).find((row) => String(row[0]).startsWith("中位数"));
    expect(median?.[1]).toBe(23333);
  });
});

describe("judgement calls of round 120", () => {
  const byRow = (name: string, values: string[], units: string[], districts: string[]): CellValue[][] => [
    ["县（市、区）", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
    ...districts.map((d, i) => [
      d,
      "农村公路养护专项资金",
      "产出指标",
      "数量指标",
      name,
      values[i],
      units[i],
    ]),
  ];

  it("J2: 千米 among 公里 is named beside the unit and after the number, as a measure word is", () => {
    const r = compareRows(
      byRow(
        "农村公路日常养护里程",
        ["≥1900", "≥1800", "≥2000", "≥2600"],
        ["公里", "公里", "公里", "千米"],
        ["沛县", "睢宁县", "丰县", "邳州市"],
      ),
    );
    const ind = r.programs[0].indicators[0];
    expect(ind.cells["邳州市"].value).toBe(2600);
    expect(ind.unitVariants).toEqual(["千米"]);
    expect(formatComparisonSummary(r, "zh")).toContain("农村公路日常养护里程（公里；另有写作“千米”）");
    expect(ind.flags.filter((f) => f.code === "UNIT-DIFF")).toEqual([]);
  });

  it("J3: ≥0.03 among ≥3个百分点 is read as 3 points and told so, not as a missing unit", () => {
    const districts = ["临夏县", "康乐县", "永靖县", "积石山保安族东乡族撒拉族自治县"];
    const rows = (typed: string): CellValue[][] =>
      byRow(
        "农村卫生厕所普及率提高",
        ["≥3", "≥3", "≥4", typed],
        ["个百分点", "个百分点", "个百分点", ""],
        districts,
      );
    const r = compareRows(rows("≥0.03"));
    const ind = r.programs[0].indicators[0];
    const last = districts[3];
    expect(ind.cells[last].value).toBe(3);
    expect(ind.flags.filter((f) => f.code === "UNIT-DIFF")).toEqual([]);
    const flag = ind.flags.find((f) => f.code === "RATE-FRACTION");
    expect(flag?.district).toBe(last);
    expect(flag?.message.zh).toContain("写作 0.03，疑为 3 个百分点");
    expect(flag?.message.en).toContain("probably 3 percentage points");
    // 0.5 among 3–4 points is more likely 0.5 points with its unit left out: told as a missing unit.
    const half = compareRows(rows("≥0.5")).programs[0].indicators[0];
    expect(half.cells[last].converted).toBeUndefined();
    expect(half.flags.find((f) => f.code === "UNIT-DIFF")?.district).toBe(last);
  });
});

describe("J4: a prefecture's own row among its counties (临夏州农业农村局)", () => {
  const packed = (n: string) =>
    `产出指标：1.完成农村户厕改造数量≥${n}；2.改厕验收合格率=100%；满意度指标：3.改厕农户满意度≥90%`;
  const rows = (unit: string): CellValue[][] => [
    ["临夏州2024年农村户厕改造项目绩效目标汇总表"],
    ["序号", "预算单位", "项目名称", "年度绩效目标", "绩效指标"],
    [1, "临夏县农业农村局", "农村户厕改造项目", "实施农村户厕改造。", packed("2300户")],
    [2, "康乐县农业农村局", "农村户厕改造项目", "实施农村户厕改造。", packed("2500户")],
    [3, "广河县农业农村局", "农村户厕改造项目", "实施农村户厕改造。", packed("2000户")],
    [4, unit, "农村户厕改造项目", "实施农村户厕改造。", packed("500户")],
  ];

  it("is listed as the prefecture's own project, not asked for its district", () => {
    for (const [unit, level] of [
      ["临夏州农业农村局", "州本级"],
      ["临夏回族自治州农业农村局", "州本级"],
      ["临夏州本级", "州本级"],
      ["临夏州级机关事务管理局", "州本级"],
      ["徐州市本级", "市本级"],
    ]) {
      const r = compareRows(rows(unit), "汇总");
      const p = r.programs[0];
      expect(p.districts).toEqual(["临夏县", "康乐县", "广河县"]);
      expect(p.unplaced).toHaveLength(1);
      expect(p.unplaced[0].own).toMatchObject({ level, field: "budgetUnit", text: unit });
      const summary = formatComparisonSummary(r, "zh");
      expect(summary).toContain(`${level}项目：农村户厕改造项目`);
      expect(summary).toContain(`的预算单位为“${unit}”，不属于区县，未纳入对比`);
      expect(summary).not.toContain("请在项目名称或预算单位中写明区县");
    }
  });

  it("while a unit that names no place is still asked for its district", () => {
    const r = compareRows(rows("农业农村局"), "汇总");
    const text = formatComparisonSummary(r, "zh");
    expect(text).toContain("请在项目名称或预算单位中写明区县");
    expect(text).not.toContain("本级项目");
  });
});
