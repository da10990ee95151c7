/** Round 93's district comparison probe (湛江, 怀化, 凉山, 合肥 …): each pattern as the officer wrote it. */
import { compareDistricts, comparisonJson, formatComparisonSummary } from "../../../src/core/compare";
import { AUTONOMOUS_NAMES, autonomousOfShort, autonomousShort } from "../../../src/core/compare/autonomous";
import type { CellValue } from "../../../src/core/grid";
import { parseGrid } from "../../../src/core/parse";
import { slipAmong } from "../../../src/core/compare/flags/outlier";
import { grid } from "../../support/grid";
import { districtSource, type Spec } from "./helpers";

function compareRows(rows: CellValue[][], sheet?: string, label = "test.xlsx") {
  const parsed = parseGrid(grid(rows, sheet));
  return {
    parsed,
    result: compareDistricts([{ label, projects: parsed.projects, indicators: parsed.indicators }]),
  };
}

/** Forms stacked on one sheet, each block's district named only in its title. */
function stack(blocks: [string, string, string][]): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const [place, count, rate] of blocks)
    rows.push(
      [`${place}2024年基层医疗卫生机构运行补助资金绩效目标表`],
      ["项目名称", "基层医疗卫生机构运行补助资金"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "补助机构数量", count],
      ["满意度指标", "服务对象满意度指标", "患者满意度", rate],
      [],
    );
  return rows;
}

describe("stacked forms whose block titles name a 县级市 (廉江市…, 雷州市…)", () => {
  it("places each block at its title's city beside the blocks of districts", () => {
    const { parsed, result } = compareRows(
      stack([
        ["赤坎区", "≥12家", "≥90%"],
        ["霞山区", "≥15家", "≥90%"],
        ["廉江市", "≥40家", "≥90%"],
        ["雷州市", "≥42家", "≥85%"],
      ]),
    );
    expect(parsed.projects).toHaveLength(4);
    expect(result.programs).toHaveLength(1);
    expect(result.programs[0].districts).toEqual(["赤坎区", "霞山区", "廉江市", "雷州市"]);
    expect(result.programs[0].unplaced).toEqual([]);
  });

  it("keeps a city's block between two districts' blocks", () => {
    const { result } = compareRows(
      stack([
        ["赤坎区", "≥12家", "≥90%"],
        ["廉江市", "≥40家", "≥90%"],
        ["霞山区", "≥15家", "≥90%"],
      ]),
    );
    expect(result.programs[0].districts).toEqual(["赤坎区", "廉江市", "霞山区"]);
  });

  it("never merges two cities' blocks into one project", () => {
    const { parsed } = compareRows(
      stack([
        ["廉江市", "≥40家", "≥90%"],
        ["雷州市", "≥42家", "≥85%"],
      ]),
    );
    // (Both are 县级市 of the closed list: the titles name the districts, round 122.)
    expect(parsed.projects.map((p) => p.district)).toEqual(["廉江市", "雷州市"]);
    expect(new Set(parsed.indicators.map((r) => r.projectId)).size).toBe(2);
  });

  it("names the title's city of a block left unplaced (the prefecture's own, 湛江市…)", () => {
    const { result } = compareRows([
      ...stack([
        ["赤坎区", "≥12家", "≥90%"],
        ["霞山区", "≥15家", "≥90%"],
      ]),
      ["湛江市2024年基层医疗卫生机构运行补助资金绩效目标表"],
      ["项目名称", "基层医疗卫生机构运行补助资金"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "补助机构数量", "≥100家"],
      [],
      ["2024年基层医疗卫生机构运行补助资金绩效目标表"],
      ["项目名称", "基层医疗卫生机构运行补助资金"],
      ["预算单位", "湛江市坡头区卫生健康局"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "补助机构数量", "≥14家"],
    ]);
    expect(result.programs[0].districts).toEqual(["赤坎区", "霞山区", "坡头区"]);
    expect(result.programs[0].unplaced).toEqual([expect.objectContaining({ row: 14, seen: "湛江市" })]);
  });
});

describe("a sheet named with an autonomous county's short form (新晃 among 鹤城区, 麻阳县)", () => {
  const sheet = (name: string, target: string) => {
    const parsed = parseGrid(
      grid(
        [
          ["2024年农村公路养护补助资金绩效目标表"],
          ["项目名称", "农村公路养护补助资金"],
          ["一级指标", "二级指标", "三级指标", "指标值"],
          ["产出指标", "数量指标", "农村公路养护里程", target],
        ],
        name,
      ),
    );
    return { label: `怀化.xlsx · ${name}`, projects: parsed.projects, indicators: parsed.indicators };
  };

  it("is that autonomous county, by its full name", () => {
    const result = compareDistricts([
      sheet("鹤城区", "≥620公里"),
      sheet("麻阳县", "≥1800公里"),
      sheet("新晃", "≥1500公里"),
    ]);
    expect(result.programs[0].districts).toEqual(["鹤城区", "麻阳苗族自治县", "新晃侗族自治县"]);
    expect(result.programs[0].unplaced).toEqual([]);
  });

  it.each([["柯桥"], ["东乡"], ["大通"]])(
    "but %s (a plain short name, or one another place shares) is never given a full name: it is compared as written, and said so",
    (name) => {
      const result = compareDistricts([
        sheet("鹤城区", "≥620公里"),
        sheet("麻阳县", "≥1800公里"),
        sheet(name, "≥1500公里"),
      ]);
      expect(result.programs[0].districts).toEqual(["鹤城区", "麻阳苗族自治县", name]);
      expect(result.programs[0].bareNamed).toEqual([
        { district: name, sheet: name, source: `怀化.xlsx · ${name}` },
      ]);
      expect(result.programs[0].unplaced).toEqual([]);
    },
  );

  it("knows the 117 autonomous counties and 3 banners, each short form its own", () => {
    expect(AUTONOMOUS_NAMES).toHaveLength(120);
    expect(new Set(AUTONOMOUS_NAMES.map(autonomousShort)).size).toBe(120);
    expect(autonomousOfShort("莫力达瓦")).toBe("莫力达瓦达斡尔族自治旗");
    expect(autonomousOfShort("积石山")).toBe("积石山保安族东乡族撒拉族自治县");
    expect(autonomousOfShort("新晃县")).toBeNull();
  });
});

describe("‰ and % (森林火灾受害率 ≤0.9‰ beside ≤0.09%)", () => {
  const fire = (byDistrict: Record<string, [number, string]>) =>
    compareDistricts([
      districtSource(
        "森林防火专项资金",
        Object.fromEntries(
          Object.entries(byDistrict).map(([d, [v, u]]) => [d, [["森林火灾受害率", "<=", v, u] as Spec]]),
        ),
      ),
    ]).programs[0];

  it("converts 0.09% to 0.9‰ among ‰, said as written and as converted", () => {
    const p = fire({ 西昌市: [0.9, "‰"], 盐源县: [0.9, "‰"], 普格县: [0.09, "%"] });
    const ind = p.indicators[0];
    expect(ind.unit).toBe("‰");
    expect(ind.cells["普格县"].value).toBeCloseTo(0.9);
    expect(ind.cells["普格县"].converted).toEqual({ from: "0.09%", kind: "unit" });
    expect(ind.flags.filter((f) => f.code === "UNIT-DIFF")).toEqual([]);
    expect(ind.flags.filter((f) => f.code === "OUTLIER")).toEqual([]);
  });

  it("reads a ‰ rate's difference in per-mille points, as a % rate's in percentage points", () => {
    const p = fire({ 西昌市: [0.9, "‰"], 盐源县: [0.9, "‰"], 会理市: [0.9, "‰"], 德昌县: [1, "‰"] });
    const [flag] = p.indicators[0].flags.filter((f) => f.code === "OUTLIER");
    expect(flag.message.zh).toContain("高 0.1 个千分点");
    expect(flag.message.zh).not.toContain("倍");
  });
});

describe("a zero too many among districts that spread more than fivefold (1.3万公里 among 620–4200)", () => {
  it("is named where a tenth lands inside their range, by their median, and the value stands twice beyond", () => {
    expect(slipAmong(13000, [620, 1450, 4200, 1800])).toBe(1);
    expect(slipAmong(150, [620, 1450, 4200, 1800])).toBe(-1);
    // Not where ×10 lands far above their median (620 among 1450–13000), nor where the value stands
    // near the largest (2600 among 140–2300).
    expect(slipAmong(620, [1450, 4200, 1800, 13000])).toBeNull();
    expect(slipAmong(2600, [150, 140, 260, 160, 180, 900, 1000, 2300])).toBeNull();
  });

  it("is listed first, and the plain outliers after it by how far off they are", () => {
    const km = (v: number): Spec[] => [["农村公路养护里程", ">=", v, "公里"]];
    const r = compareDistricts([
      districtSource("农村公路养护补助资金", {
        鹤城区: km(620),
        中方县: km(1450),
        沅陵县: km(4200),
        麻阳县: km(1800),
        洪江市: km(13000),
      }),
    ]);
    const flags = r.programs[0].indicators[0].flags;
    expect(flags.map((f) => f.district)).toEqual(["洪江市", "鹤城区", "沅陵县"]);
    expect(flags[0].message.zh).toContain("疑多写一个 0");
    expect(flags[1].message.zh).not.toContain("疑");
  });
});

describe("a 合计 column among the districts' columns", () => {
  it("is left out of the comparison and said so, each row's total checked against the districts' sum", () => {
    const { parsed, result } = compareRows([
      ["2024年合肥市义务教育薄弱环节改善资金绩效目标分解表"],
      ["一级指标", "二级指标", "三级指标", "计量单位", "瑶海区", "庐阳区", "长丰县", "合计"],
      ["产出指标", "数量指标", "改善学校数量", "所", "≥6", "≥5", "≥14", "≥30"],
      ["产出指标", "数量指标", "新建校舍面积", "平方米", "6500", "13000", "21000", "40500"],
      ["满意度指标", "服务对象满意度指标", "家长满意度", "%", "≥90", "≥90", "≥90", "≥90"],
    ]);
    expect(parsed.tables[0].totalColumns).toEqual([{ column: "H", header: "合计" }]);
    const p = result.programs[0];
    expect(p.districts).toEqual(["瑶海区", "庐阳区", "长丰县"]);
    expect(p.totalColumns).toEqual([expect.objectContaining({ header: "合计", column: "H" })]);
    const totals = p.indicators.flatMap((i) => i.flags).filter((f) => f.code === "TOTAL-DIFF");
    // 6 + 5 + 14 = 25, not 30; the area adds up; a rate is no sum.
    expect(totals).toHaveLength(1);
    expect(totals[0].message.zh).toBe(
      "合计 改善学校数量 30 所（H3），而 3 个区（县）之和为 25 所（相差 5 所），请核对",
    );
    expect(comparisonJson(result)[0].notes.map((n) => n.message)).toEqual([
      // The title names the program (round 106): said.
      "表中未写项目名称，按表题（Sheet1!A1）取为“义务教育薄弱环节改善资金”（去掉地名、年度），请核对",
      "“合计”列（Sheet1 H 列）不是区（县），未纳入对比；“改善学校数量”“新建校舍面积”的合计已与各区（县）之和核对",
    ]);
  });

  it("under a merged 指标值, with the total in another magnitude (1.2万 among 平方米)", () => {
    const { result } = compareRows([
      ["一级指标", "二级指标", "三级指标", "计量单位", "指标值", null, null, null],
      [null, null, null, null, "瑶海区", "庐阳区", "长丰县", "总计"],
      ["产出指标", "数量指标", "新建校舍面积", "平方米", "6500", "3000", "2000", "1.2万"],
    ]);
    const p = result.programs[0];
    expect(p.districts).toEqual(["瑶海区", "庐阳区", "长丰县"]);
    const [flag] = p.indicators[0].flags.filter((f) => f.code === "TOTAL-DIFF");
    expect(flag.message.zh).toContain("12000 平方米（H3），而 3 个区（县）之和为 11500 平方米");
  });
});

describe("figures said as the districts wrote them", () => {
  it("shows an amount per household in the magnitude most wrote (1.5万元/户, not 15000 元/户)", () => {
    const row = (d: string, v: string, u: string) => [
      d,
      "城镇老旧小区改造资金",
      "产出指标",
      "成本指标",
      "户均改造投资",
      v,
      u,
    ];
    const { result } = compareRows([
      ["区县", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
      row("小店区", "≤1.5", "万元/户"),
      row("迎泽区", "≤1.5", "万元/户"),
      row("万柏林区", "≤15000", "元/户"),
    ]);
    const ind = result.programs[0].indicators[0];
    expect(ind.displayUnit).toBe("万元/户");
    expect(formatComparisonSummary(result, "zh")).toContain(
      "户均改造投资（万元/户）: 最小 1.5 / 中位数 1.5 / 最大 1.5",
    );
  });

  it("shows the rows of one unit in one magnitude where most wrote it (节水 1.5万亩 beside 新建 10万亩)", () => {
    const row = (d: string, name: string, v: string) => [
      d,
      "高标准农田建设项目",
      "产出指标",
      "数量指标",
      name,
      v,
      "万亩",
    ];
    const { result } = compareRows([
      ["区县", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
      ...[
        ["北林区", "≥8", "≥1.5"],
        ["望奎县", "≥10", "≥2"],
        ["海伦市", "≥15", "≥3"],
      ].flatMap(([d, area, water]) => [
        row(d, "新建高标准农田面积", area),
        row(d, "高效节水灌溉面积", water),
      ]),
    ]);
    const summary = formatComparisonSummary(result, "zh");
    expect(summary).toContain("新建高标准农田面积（万亩）: 最小 8 / 中位数 10 / 最大 15");
    expect(summary).toContain("高效节水灌溉面积（万亩）: 最小 1.5 / 中位数 2 / 最大 3");
  });

  it("quotes the median with its unit, and the ratio's median in the summary with the ratio's unit", () => {
    const km = (v: number): Spec[] => [["农村公路养护里程", ">=", v, "公里"]];
    const r = compareDistricts([
      districtSource("农村公路养护补助资金", {
        鹤城区: km(620),
        中方县: km(1450),
        沅陵县: km(1800),
        麻阳县: km(1700),
      }),
    ]);
    const [flag] = r.programs[0].indicators[0].flags;
    expect(flag.message.zh).toBe(
      "鹤城区 农村公路养护里程 620 公里，偏低，仅为各县（区）中位数 1575 公里 的 0.39 倍（规模差异，可能与辖区规模有关，请结合实际核对）",
    );
    const visits = (n: number, v: number): Spec[] => [
      ["补助机构数量", ">=", n, "家"],
      ["诊疗人次", ">=", v, "人次"],
    ];
    const summary = formatComparisonSummary(
      compareDistricts([
        districtSource("基层医疗卫生机构运行补助", {
          赤坎区: visits(12, 380000),
          霞山区: visits(15, 450000),
          麻章区: visits(20, 520000),
        }),
      ]),
      "zh",
    );
    expect(summary).toContain("诊疗人次÷补助机构数量: 中位数 30000 人次/家");
  });
});
