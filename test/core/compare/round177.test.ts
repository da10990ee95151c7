/**
 * Round 177: a development zone of a city called X州 (宿州, 郑州) is placed, and its project name loses the
 * zone as written with its 市; the JSON names the projects left unplaced; a 分解表's 市本级 (本级, 市级) row is
 * the city's own level in the 合计 as 市直 is; a 县区 cell ending 管委会 is the place before it; a value whose
 * tenfold passes every other district is no slip where a size gap explains it.
 */
import { compareDistricts, formatComparisonSummary, unplacedJson } from "../../../src/core/compare";
import { zoneOf } from "../../../src/core/compare/districts";
import type { CellValue } from "../../../src/core/grid";
import { districtSource, gridSource } from "./helpers";

/** 宿州's 附件1: a file per district, its unit on a line over the table. */
function suzhouFile(
  place: string,
  unit: string,
  area: number,
  project = `${place}城乡环卫一体化项目`,
  label = `附件1-${place}.xlsx`,
) {
  const rows: CellValue[][] = [
    [`${place}2025年城乡环卫一体化项目支出绩效目标表`],
    ["预算单位", unit],
    ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
    [project, "产出指标", "数量指标", "保洁覆盖面积", `≥${area}万平方米`],
    [null, null, "质量指标", "生活垃圾无害化处理率", "≥95%"],
    [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
  ];
  return gridSource(label, rows);
}

function suzhou(zone: string) {
  return [
    suzhouFile("埇桥区", "埇桥区城市管理局", 1200),
    suzhouFile("砀山县", "砀山县城市管理局", 600),
    suzhouFile("萧县", "萧县城市管理局", 650),
    suzhouFile(zone, `${zone}管理委员会`, 400),
  ];
}

describe("a zone of a city called X州, written without its 市, is placed (E1)", () => {
  it.each(["宿州经济技术开发区", "郑州高新技术产业开发区"])("%s is compared as a district", (zone) => {
    const r = compareDistricts(suzhou(zone));
    expect(r.programs).toHaveLength(1);
    expect(r.programs[0].districts).toContain(zone);
    expect(r.unplaced).toEqual([]);
  });

  it("a prefecture that is no city (临夏州), or a determiner (本州), is still no zone's place", () => {
    expect(zoneOf("临夏州经济开发区管理委员会")).toBeNull();
    expect(zoneOf("本州经济开发区")).toBeNull();
    expect(zoneOf("宿州经济技术开发区管理委员会")).toBe("宿州经济技术开发区");
  });

  it("宿州市经济技术开发区… joins the program, its name without the zone as written", () => {
    const r = compareDistricts(suzhou("宿州市经济技术开发区"));
    expect(r.programs).toHaveLength(1);
    expect(r.programs[0].districts).toContain("宿州经济技术开发区");
    expect(r.lonePrograms ?? []).toEqual([]);
  });
});

describe("the JSON names the projects of no district that joined no program (E1)", () => {
  it("unplaced beside the comparison, with the summary's sentence", () => {
    const sources = suzhou("宿州经济技术开发区");
    sources.push(suzhouFile("某某片", "", 300, "城市道路保洁项目", "附件1-说明.xlsx"));
    const r = compareDistricts(sources);
    expect(r.unplaced).toHaveLength(1);
    const json = unplacedJson(r);
    expect(json).toHaveLength(1);
    expect(json?.[0].project).toBe("城市道路保洁项目");
    expect(json?.[0].message).toContain("未识别区县");
    expect(unplacedJson(compareDistricts(suzhou("宿州经济技术开发区")))).toBeNull();
  });
});

/** 秦皇岛's 分解表: a row per place under 县区, the city's own row `own`, then 合计. */
function qinhuangdao(own: string | null, zone = "北戴河新区", total = [250, 7200]): CellValue[][] {
  return [
    ["秦皇岛市2025年海洋垃圾清理项目绩效目标分解表"],
    ["县区", "岸线清理长度（公里）", "海洋垃圾清理量（吨）", "群众投诉率（%）"],
    ["海港区", 40, 1200, "≤3"],
    ["山海关区", 20, 600, "≤3"],
    ["北戴河区", 25, 750, "≤3"],
    ["抚宁区", 30, 900, "≤3"],
    ["昌黎县", 60, 18000, "≤3"],
    [zone, 50, 1500, "≤10"],
    ["秦皇岛经济技术开发区", 10, 300, "≤3"],
    ...(own ? [[own, 5, 150, "≤3"]] : []),
    ["合计", ...total, null],
  ];
}

describe("a 分解表's 市本级 row is the city's own level in the 合计, as 市直 is (E3)", () => {
  it.each(["市本级", "本级", "秦皇岛市本级", "市级", "市直"])(
    "%s: added into the sum, the totals checked",
    (own) => {
      const r = compareDistricts([gridSource("分解表.xlsx", qinhuangdao(own), "分解表")]);
      const summary = formatComparisonSummary(r, "zh");
      expect(summary).toContain(`“${own}”是本级，不作为区（县）对比，其目标值计入合计核对`);
      expect(summary).not.toContain("或有区（县）未写数值");
      const flags = r.programs[0].indicators.flatMap((i) => i.flags);
      const totals = flags.filter((f) => f.code === "TOTAL-DIFF").map((f) => f.message.zh);
      expect(totals.some((m) => m.includes(`与${own} 5 公里之和为 240 公里（相差 10 公里）`))).toBe(true);
      expect(totals.some((m) => m.includes("与昌黎县疑多写一个 0 相符"))).toBe(true);
      expect(r.programs[0].districts).not.toContain(own);
    },
  );
});

describe("a 县区 cell ending in its managing body's word is the place before it (E4)", () => {
  it.each(["北戴河新区管委会", "北戴河新区管理委员会", "北戴河新区管委"])("%s is 北戴河新区", (cell) => {
    const rows = qinhuangdao(null, cell, [235, 22350]);
    rows[8][0] = "秦皇岛经济技术开发区管委会";
    const r = compareDistricts([gridSource("分解表.xlsx", rows, "分解表")]);
    expect(r.programs[0].districts).toEqual([
      "海港区",
      "山海关区",
      "北戴河区",
      "抚宁区",
      "昌黎县",
      "北戴河新区",
      "秦皇岛经济技术开发区",
    ]);
    const rate = r.programs[0].indicators.find((i) => i.name.includes("投诉率"))!;
    expect(rate.flags.map((f) => f.district)).toEqual(["北戴河新区"]);
    expect(formatComparisonSummary(r, "zh")).not.toContain("未作为区（县）读取");
  });
});

describe("a value whose tenfold passes every other district is a size gap, not a slip (E5)", () => {
  it("150 among 620–1200: 规模差异 at 0.22×, counted in min/median/max", () => {
    const r = compareDistricts([
      districtSource("城乡环卫一体化", {
        埇桥区: [["保洁覆盖面积", ">=", 1200, "万平方米"]],
        萧县: [["保洁覆盖面积", ">=", 650, "万平方米"]],
        灵璧县: [["保洁覆盖面积", ">=", 700, "万平方米"]],
        泗县: [["保洁覆盖面积", ">=", 620, "万平方米"]],
        开发区: [["保洁覆盖面积", ">=", 150, "万平方米"]],
      }),
    ]);
    const ind = r.programs[0].indicators[0];
    const f = ind.flags.find((x) => x.district === "开发区")!;
    expect(f.powerOfTen).toBeUndefined();
    expect(f.sizeGap).toBe(true);
    expect(f.message.zh).not.toContain("疑少写");
    expect(ind.statsLeftOut ?? []).toEqual([]);
    expect(ind.stats?.count).toBe(5);
  });

  it("25 among 200–210 (0.12×, beyond a size gap) is still 疑少写一个 0", () => {
    const r = compareDistricts([
      districtSource("项目", {
        甲县: [["天数", ">=", 200, "天"]],
        乙县: [["天数", ">=", 200, "天"]],
        丙县: [["天数", ">=", 210, "天"]],
        丁县: [["天数", ">=", 25, "天"]],
      }),
    ]);
    const f = r.programs[0].indicators[0].flags.find((x) => x.district === "丁县")!;
    expect(f.message.zh).toContain("疑少写一个 0");
  });
});

/** 淮安's 附件3: a packed row per project, its indicators in one cell. */
function huaianRow(place: string, project: string, area: number, satisfaction = 90): CellValue[] {
  const indicators = `1、产出指标：新建高标准农田面积≥${area}万亩；工程质量合格率100%。2、效益指标：新增粮食产能≥${area * 1000}吨。3、满意度指标：项目区农户满意度≥${satisfaction}%。`;
  return [`${place}农业农村局`, `${place}农业农村局`, project, `建设高标准农田${area}万亩。`, indicators];
}
const HEADER: CellValue[] = ["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标"];
function huaianFile(place: string, rows: CellValue[][]) {
  return gridSource(`附件3-${place}.xlsx`, [
    [`${place}2025年高标准农田建设项目绩效目标申报表`],
    HEADER,
    ...rows,
  ]);
}
function huaian(xuyi: CellValue[][], label = "盱眙县") {
  return [
    ...(
      [
        ["淮阴区", 4],
        ["淮安区", 5],
        ["涟水县", 4.5],
      ] as const
    ).map(([d, a]) => huaianFile(d, [huaianRow(d, `${d}2025年高标准农田建设项目`, a)])),
    huaianFile(label, xuyi),
  ];
}
const phase = (p: string, area: number, satisfaction = 90) =>
  huaianRow("盱眙县", `盱眙县2025年高标准农田建设项目（${p}）`, area, satisfaction);

describe("a district's phases join the program (E2)", () => {
  it("一期 and 二期: one district, additive figures summed, said", () => {
    const r = compareDistricts(huaian([phase("一期", 3), phase("二期", 2)]));
    expect(r.programs).toHaveLength(1);
    const p = r.programs[0];
    expect(p.districts).toContain("盱眙县");
    expect(r.lonePrograms ?? []).toEqual([]);
    const area = p.indicators.find((i) => i.name === "新建高标准农田面积")!;
    expect(area.cells["盱眙县"].value).toBe(50000);
    const rate = p.indicators.find((i) => i.name === "工程质量合格率")!;
    expect(rate.cells["盱眙县"].value).toBe(100);
    expect(p.unaligned).toEqual([]);
    const summary = formatComparisonSummary(r, "zh");
    expect(summary).toContain("盱眙县 分 2 期报送");
    expect(summary).toContain("“新建高标准农田面积”按各期之和对比（一期 ≥3万亩、二期 ≥2万亩）");
    expect(summary).not.toContain("只有一个区县报送");
  });

  it("a rate that differs by phase is not added: the first phase's compared, each said", () => {
    const r = compareDistricts(huaian([phase("一期", 3, 90), phase("二期", 2, 95)]));
    const p = r.programs[0];
    expect(p.indicators.find((i) => i.name === "项目区农户满意度")!.cells["盱眙县"].value).toBe(90);
    expect(formatComparisonSummary(r, "zh")).toContain(
      "“项目区农户满意度”各期取值不同（一期 ≥90%、二期 ≥95%），不能相加，对比用一期的取值",
    );
  });

  it("phases in two files are no resubmission", () => {
    const sources = huaian([phase("一期", 3)]);
    sources.push(huaianFile("盱眙县二期", [phase("二期", 2)]));
    const r = compareDistricts(sources);
    expect(r.programs[0].resubmissions).toEqual([]);
    expect(r.programs[0].indicators[0].cells["盱眙县"].value).toBe(50000);
  });

  it("a lone （一期） joins, its name said among the variants", () => {
    const r = compareDistricts(huaian([phase("一期", 3)]));
    expect(r.programs[0].districts).toContain("盱眙县");
    expect(formatComparisonSummary(r, "zh")).toContain("期次（一期）");
  });

  it("where every district writes （一期）, the program keeps it and nothing is said", () => {
    const sources = ["淮阴区", "淮安区", "涟水县"].map((d) =>
      huaianFile(d, [huaianRow(d, `${d}高标准农田建设项目（一期）`, 4)]),
    );
    const r = compareDistricts(sources);
    expect(r.programs[0].name).toBe("高标准农田建设项目（一期）");
    expect(r.programs[0].nameVariants).toEqual([]);
  });
});

/** 黄冈's 附件2: a file per county, a deadline and a range among its rows. */
function huanggang(date: string, rate: string) {
  return (
    [
      ["团风县", "2025年12月底前", "≥90%"],
      ["红安县", date, "90%-95%"],
      ["浠水县", "2025年12月底前", "90%-95%"],
      ["蕲春县", "2025年12月底前", "90%-95%"],
      ["黄梅县", "2025年12月底前", rate],
    ] as const
  ).map(([d, deadline, guarantee]) =>
    gridSource(`附件2-${d}.xlsx`, [
      [`${d}2025年农村饮水安全巩固提升工程项目支出绩效目标表`],
      ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
      [`${d}农村饮水安全巩固提升工程`, "产出指标", "数量指标", "新建改造供水工程", "≥10处"],
      [null, null, "质量指标", "供水保证率", guarantee],
      [null, null, "时效指标", "工程完工时间", deadline],
      [null, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"],
    ]),
  );
}

describe("deadlines are compared; a range is quoted as written (G1)", () => {
  it("a deadline later than the one most share is said; the row shows the earliest and latest", () => {
    const r = compareDistricts(huanggang("2026年6月底前", "90%-95%"));
    const row = r.programs[0].indicators.find((i) => i.name === "工程完工时间")!;
    expect(row.flags.map((f) => [f.code, f.district])).toEqual([["DATE-DIFF", "红安县"]]);
    expect(row.flags[0].message.zh).toBe(
      "红安县 工程完工时间 2026年6月底前，晚于其余 4 个县（均为“2025年12月底前”）",
    );
    expect(formatComparisonSummary(r, "zh")).toContain(
      "工程完工时间: 期限 最早 2025年12月底前 / 最晚 2026年6月底前",
    );
  });

  it("an earlier deadline is stricter: nothing said", () => {
    const r = compareDistricts(huanggang("2025年11月30日前", "90%-95%"));
    const row = r.programs[0].indicators.find((i) => i.name === "工程完工时间")!;
    expect(row.flags).toEqual([]);
  });

  it("the others' range is quoted, not its word twice", () => {
    const r = compareDistricts(huanggang("2025年12月底前", "90%～95%"));
    const f = r.programs[0].indicators
      .find((i) => i.name === "供水保证率")!
      .flags.find((x) => x.code === "COMPARATOR-DIFF")!;
    expect(f.message.zh).toBe("团风县 供水保证率 目标为“≥90%”（≥），而其余 4 个县均为“90%-95%”（区间）");
  });
});
