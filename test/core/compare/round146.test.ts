/**
 * Round 146: a district small on rows of unrelated units at one ratio beyond tenfold is a small county, not a
 * slip on each; place columns headed by short names (洮南, 镇赉) are read, and no 合计 is checked while a
 * column of targets is left unread; a slip that is a unit typed wrong names the unit; the English sheet's
 * cell column and the 市本级 line fit the page.
 */
import { compareDistricts, formatComparisonSummary } from "../../../src/core/compare";
import type { CellValue } from "../../../src/core/grid";
import { compareSheetPlan } from "../../../src/core/plan/compareSheet";
import { textWidth } from "../../../src/core/plan/rowHeights";
import { parseRange } from "../../../src/core/grid";
import { districtSource, gridSource } from "./helpers";

describe("a district at one ratio beyond tenfold on rows of unrelated units is small, not a slip on each", () => {
  const luhe = () =>
    compareDistricts([
      districtSource("渔业安全生产监管经费", {
        城区: [
          ["监管渔船数量", ">=", 650, "艘"],
          ["渔船安全检查次数", ">=", 1300, "次"],
          ["渔业安全生产培训人次", ">=", 1500, "人次"],
          ["重大渔业安全事故起数", "<=", 0, "起"],
        ],
        海丰县: [
          ["监管渔船数量", ">=", 1400, "艘"],
          ["渔船安全检查次数", ">=", 2800, "次"],
          ["渔业安全生产培训人次", ">=", 3000, "人次"],
          ["重大渔业安全事故起数", "<=", 0, "起"],
        ],
        陆丰市: [
          ["监管渔船数量", ">=", 2300, "艘"],
          ["渔船安全检查次数", ">=", 4600, "次"],
          ["渔业安全生产培训人次", ">=", 5000, "人次"],
          ["重大渔业安全事故起数", "<=", 1, "起"],
        ],
        陆河县: [
          ["监管渔船数量", ">=", 60, "艘"],
          ["渔船安全检查次数", ">=", 120, "次"],
          ["渔业安全生产培训人次", ">=", 150, "人次"],
          ["重大渔业安全事故起数", "<=", 0, "起"],
        ],
      }),
    ]);

  it("陆河县 60 艘 / 120 次 / 150 人次: far below with 比例一致, no 疑少写, kept in the statistics", () => {
    const p = luhe().programs[0];
    // (重大渔业安全事故起数, 0 in most districts, tells no ratio and is not weighed.)
    for (const ind of p.indicators.slice(0, 3)) {
      expect(ind.statsLeftOut).toBeUndefined();
      const f = ind.flags.find((x) => x.district === "陆河县")!;
      expect(f.powerOfTen).toBeUndefined();
      expect(f.far).toBe(true);
      expect(f.message.zh).not.toContain("疑少写");
      expect(f.message.zh).toContain("3 项规模指标均为中位数的");
      expect(f.message.zh).toContain("比例一致");
    }
    expect(p.indicators[0].stats?.median).toBe(1025);
  });

  it("城区 gets no 规模差异 once 陆河县 stays in the median", () => {
    const flags = luhe().programs[0].indicators.flatMap((i) => i.flags);
    expect(flags.filter((f) => f.district === "城区")).toEqual([]);
  });

  it("rows sharing one unit family (万元) at one ratio beyond tenfold keep the slip", () => {
    const r = compareDistricts([
      districtSource("补助", {
        甲县: [
          ["建设资金", ">=", 1000, "万元"],
          ["补助资金", ">=", 500, "万元"],
        ],
        乙县: [
          ["建设资金", ">=", 1100, "万元"],
          ["补助资金", ">=", 560, "万元"],
        ],
        丙县: [
          ["建设资金", ">=", 1050, "万元"],
          ["补助资金", ">=", 530, "万元"],
        ],
        丁县: [
          ["建设资金", ">=", 100, "万元"],
          ["补助资金", ">=", 50, "万元"],
        ],
      }),
    ]);
    const flags = r.programs[0].indicators.map((i) => i.flags.find((f) => f.district === "丁县")!);
    for (const f of flags) expect(f.message.zh).toContain("疑少写");
    expect(formatComparisonSummary(r, "zh")).toContain("未计入最小值、中位数和最大值");
  });
});

/** 白城's 黑土地保护利用 table: a column per district headed as given, then 合计 (the sums of the rows). */
function baicheng(heads: string[], last = "合计"): CellValue[][] {
  return [
    ["白城市2024年东北黑土地保护利用项目绩效目标表"],
    ["项目名称", "2024年东北黑土地保护利用补助资金"],
    ["一级指标", "二级指标", "三级指标", ...heads, last],
    ["产出指标", "数量指标", "黑土地保护利用面积（万亩）", "≥30", "≥60", "≥55", "≥45", "≥70", "≥260"],
    ["产出指标", "成本指标", "补助资金（万元）", "900", "1800", "1650", "1350", "2100", "7800"],
    ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "≥90%", "≥90%", "≥90%", "≥90%", ""],
  ];
}

describe("place columns headed by short names (洮南, 镇赉) are read, and said", () => {
  it("洮北区 | 洮南 | 大安 | 镇赉县 | 通榆县 | 合计: 洮南市 and 大安市 from the 县级市 list, no false TOTAL-DIFF", () => {
    const r = compareDistricts([
      gridSource("白城.xlsx", baicheng(["洮北区", "洮南", "大安", "镇赉县", "通榆县"])),
    ]);
    const p = r.programs[0];
    expect(p.districts).toEqual(["洮北区", "洮南市", "大安市", "镇赉县", "通榆县"]);
    expect(p.indicators.flatMap((i) => i.flags).filter((f) => f.code === "TOTAL-DIFF")).toEqual([]);
    const s = formatComparisonSummary(r, "zh");
    expect(s).toContain("表中“洮南”按县级市“洮南市”参与对比");
    expect(s).toContain("已与各县（市、区）之和核对");
    expect(formatComparisonSummary(r, "en")).toContain(
      '"洮南" in the table is compared as the county-level city 洮南市',
    );
  });

  it("镇赉 (no 县级市) is compared as written, and said so", () => {
    const r = compareDistricts([
      gridSource("白城.xlsx", baicheng(["洮北区", "洮南市", "大安市", "镇赉", "通榆县"])),
    ]);
    const p = r.programs[0];
    expect(p.districts).toEqual(["洮北区", "洮南市", "大安市", "镇赉", "通榆县"]);
    expect(p.indicators.flatMap((i) => i.flags).filter((f) => f.code === "TOTAL-DIFF")).toEqual([]);
    expect(formatComparisonSummary(r, "zh")).toContain("表中“镇赉”未写明是区、县还是市，已按“镇赉”参与对比");
  });

  it("镇赉 where another table of the comparison names 镇赉县: that place, not a sixth district", () => {
    const r = compareDistricts([
      gridSource("白城甲.xlsx", baicheng(["洮北区", "洮南市", "大安市", "镇赉县", "通榆县"])),
      gridSource("白城乙.xlsx", baicheng(["洮北区", "洮南市", "大安市", "镇赉", "通榆县"])),
    ]);
    expect(r.programs[0].districts).toEqual(["洮北区", "洮南市", "大安市", "镇赉县", "通榆县"]);
    expect(formatComparisonSummary(r, "zh")).toContain("表中“镇赉”按“镇赉县”参与对比");
  });

  it("every header short, the run ending at 合计: all five read", () => {
    const r = compareDistricts([gridSource("白城.xlsx", baicheng(["洮北", "洮南", "大安", "镇赉", "通榆"]))]);
    expect(r.programs[0].districts).toEqual(["洮北", "洮南市", "大安市", "镇赉", "通榆"]);
    expect(r.programs[0].placeWord).toBe("地区");
  });

  it("a header of no place among them (备注, 资金) is not read as one", () => {
    const rows = baicheng(["洮北区", "洮南市", "大安市", "镇赉县", "备注"], "资金");
    const r = compareDistricts([gridSource("白城.xlsx", rows)]);
    expect(r.programs[0].districts).toEqual(["洮北区", "洮南市", "大安市", "镇赉县"]);
  });

  it("a column of targets left unread (备注 with figures) is named, and no total is checked", () => {
    const r = compareDistricts([
      gridSource("白城.xlsx", baicheng(["洮北区", "洮南市", "其他", "镇赉县", "通榆县"])),
    ]);
    const p = r.programs[0];
    expect(p.districts).toEqual(["洮北区", "洮南市", "镇赉县", "通榆县"]);
    expect(p.indicators.flatMap((i) => i.flags).filter((f) => f.code === "TOTAL-DIFF")).toEqual([]);
    const s = formatComparisonSummary(r, "zh");
    expect(s).toContain("F 列“其他”有目标值但未作为县（市、区）读取");
    expect(s).not.toContain("之和核对；");
    expect(s).not.toContain("已与各");
  });

  it("a 市直 column is the city's own level (round 164): named, its figures counted in the total", () => {
    const r = compareDistricts([
      gridSource("白城.xlsx", baicheng(["洮北区", "洮南市", "市直", "镇赉县", "通榆县"])),
    ]);
    const p = r.programs[0];
    expect(p.districts).toEqual(["洮北区", "洮南市", "镇赉县", "通榆县"]);
    expect(p.indicators.flatMap((i) => i.flags).filter((f) => f.code === "TOTAL-DIFF")).toEqual([]);
    const s = formatComparisonSummary(r, "zh");
    expect(s).toContain("F 列“市直”是本级，不作为县（市、区）对比，其目标值计入合计核对");
    expect(s).toContain("已与各县（市、区）之和核对");
  });
});

describe("a slip that is a unit typed wrong names the unit; zeros are counted in one numeral style", () => {
  const flagOf = (r: ReturnType<typeof compareDistricts>, d: string) =>
    r.programs[0].indicators.flatMap((i) => i.flags).find((f) => f.district === d && f.code === "OUTLIER")!;

  it("12人 in a 万人 column: 疑将“万人”写作“人”", () => {
    const r = compareDistricts([
      districtSource("农村供水保障", {
        甲县: [["受益人口", ">=", 100000, "人"]],
        乙县: [["受益人口", ">=", 120000, "人"]],
        丙县: [["受益人口", ">=", 95000, "人"]],
        丁县: [["受益人口", ">=", 12, "人"]],
      }),
    ]);
    const f = flagOf(r, "丁县");
    expect(f.powerOfTen).toBe(-4);
    expect(f.message.zh).toContain("疑将“万人”写作“人”");
    expect(f.message.en).toContain('possibly "人" written for "万人"');
  });

  it("3000000 万元 among 300 万元: 疑将“元”写作“万元”", () => {
    const r = compareDistricts([
      districtSource("养护", {
        甲县: [["养护经费", ">=", 300, "万元"]],
        乙县: [["养护经费", ">=", 345, "万元"]],
        丙县: [["养护经费", ">=", 380, "万元"]],
        丁县: [["养护经费", ">=", 3000000, "万元"]],
      }),
    ]);
    expect(flagOf(r, "丁县").message.zh).toContain("疑将“元”写作“万元”");
  });

  it("40000 万元/户 where most write 4 万元/户: 疑将“元/户”写作“万元/户”", () => {
    const r = compareDistricts([
      districtSource("安居", {
        甲县: [["户均补助", "=", 4, "万元/户"]],
        乙县: [["户均补助", "=", 4, "万元/户"]],
        丙县: [["户均补助", "=", 4, "万元/户"]],
        丁县: [["户均补助", "=", 40000, "万元/户"]],
      }),
    ]);
    expect(flagOf(r, "丁县").message.zh).toContain("疑将“元/户”写作“万元/户”");
  });

  it("a factor no unit explains stays zeros, in words: 疑多写三个 0, 疑少写一个 0", () => {
    const r = compareDistricts([
      districtSource("养护", {
        甲县: [
          ["里程", ">=", 300, "公里"],
          ["桥梁", ">=", 30, "座"],
        ],
        乙县: [
          ["里程", ">=", 345, "公里"],
          ["桥梁", ">=", 35, "座"],
        ],
        丙县: [
          ["里程", ">=", 380, "公里"],
          ["桥梁", ">=", 32, "座"],
        ],
        丁县: [
          ["里程", ">=", 3450, "公里"],
          ["桥梁", ">=", 34000, "座"],
        ],
      }),
    ]);
    const [km, bridges] = r.programs[0].indicators.map((i) => i.flags.find((f) => f.district === "丁县")!);
    expect(km.message.zh).toContain("疑多写一个 0");
    expect(bridges.message.zh).toContain("疑多写三个 0");
    expect(bridges.message.en).toContain("possibly three zeros too many");
  });
});

describe("the English sheet: the Cell column holds a file's address, the 市本级 line wraps within the block", () => {
  const form = (unit: string, km: string, extra?: CellValue[]): CellValue[][] => [
    ["2024年项目支出绩效目标表"],
    ["项目名称", "2024年农村公路养护资金", "", "预算单位", unit],
    ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
    ["产出指标", "数量指标", "养护农村公路里程", km, "公里"],
    ["产出指标", "质量指标", "优良中等路率", "≥80", "%"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90", "%"],
    ...(extra ? [extra] : []),
  ];
  const plan = compareSheetPlan(
    compareDistricts([
      gridSource(
        "附件3-兴宾区.xlsx",
        form("来宾市兴宾区交通运输局", "≥2100", ["产出指标", "数量指标", "安保工程里程", "≥30", "公里"]),
      ),
      gridSource("附件3-合山市.xlsx", form("合山市交通运输局", "≥300")),
      gridSource("附件3-忻城县.xlsx", form("忻城县交通运输局", "≥1300")),
      gridSource("附件3-市本级.xlsx", form("来宾市交通运输局", "≥50")),
    ]),
    { lang: "en" },
  )!;

  it("column C is as wide as [附件3-兴宾区.xlsx]Sheet1!D7", () => {
    const ref = plan.values.flat().find((v) => typeof v === "string" && v.startsWith("[附件3-兴宾区.xlsx]"));
    expect(ref).toBeDefined();
    expect(plan.columnWidths![2]).toBeGreaterThanOrEqual(textWidth(ref as string));
  });

  it("the prefecture's own project's line is merged to the block's right edge and wraps", () => {
    const row = plan.values.findIndex((r) => r?.[0] === "Prefecture's own") + 1;
    expect(row).toBeGreaterThan(0);
    const merge = (plan.merges ?? []).map((m) => parseRange(m)!).find((b) => b.top === row && b.left === 3);
    expect(merge?.right).toBe(plan.columnWidths!.length);
    const wraps = plan.formats!.some((f) => {
      const b = parseRange(f.range)!;
      return f.wrapText && b.top <= row && b.bottom >= row && b.left <= 3 && b.right >= 3;
    });
    expect(wraps).toBe(true);
  });
});
