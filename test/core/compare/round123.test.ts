/** Round 123: plain gaps in size apart from the findings (round 120's J1), and a 县级市 ending like 都市/城市. */
import { compareDistricts, comparisonJson, formatComparisonSummary } from "../../../src/core/compare";
import { findDistrict, placeInName } from "../../../src/core/compare/districts";
import type { CellValue } from "../../../src/core/grid";
import { parseGrid } from "../../../src/core/parse";
import { compareSheetPlan } from "../../../src/core/plan/compareSheet";
import { grid } from "../../support/grid";

function compareRows(rows: CellValue[][], sheet = "Sheet1") {
  const parsed = parseGrid(grid(rows, sheet));
  return compareDistricts([{ label: "a.xlsx", projects: parsed.projects, indicators: parsed.indicators }]);
}

const XUZHOU = ["丰县", "沛县", "睢宁县", "新沂市", "邳州市", "贾汪区", "铜山区"];

/** 徐州 农村公路养护, a column per district: 贾汪区 small (a size gap), 新沂 40 座 (a slip), 铜山 0.93 (a fraction). */
const rows: CellValue[][] = [
  ["徐州市2024年农村公路养护专项资金绩效目标分解表"],
  ["一级指标", "二级指标", "三级指标", "计量单位", ...XUZHOU],
  ["产出指标", "数量指标", "农村公路养护里程", "公里", 2400, 2600, 2500, 1800, 2600, 700, 2200],
  ["产出指标", "数量指标", "危桥改造座数", "座", 5, 4, 4, 40, 5, 3, 4],
  ["产出指标", "质量指标", "优良中等路率", "%", 85, 85, 85, 85, 85, 85, 0.93],
  ["产出指标", "成本指标", "养护补助标准", "元/公里·年", 7000, 7000, 7000, 7000, 7000, 2000, 7000],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "%", "≥90", "≥90", "≥90", "≥90", "≥90", "≥90", "≥90"],
];

describe("a plain gap in size (贾汪区 700 公里 among 1800–2600) is told apart from the findings", () => {
  const r = compareRows(rows);
  const p = r.programs[0];
  const flags = p.indicators.flatMap((i) => i.flags);
  const gap = flags.find((f) => f.district === "贾汪区" && f.indicator === "农村公路养护里程");

  it("keeps it as OUTLIER, marked as a size gap and worded as 规模差异", () => {
    expect(gap).toMatchObject({ code: "OUTLIER", direction: "low", basis: "ratio", sizeGap: true });
    expect(gap?.message.zh).toBe(
      "贾汪区 农村公路养护里程 700 公里，偏低，仅为各县（市、区）中位数 2400 公里 的 0.29 倍（规模差异，可能与辖区规模有关，请结合实际核对）",
    );
    expect(gap?.message.en).toContain("a difference in size");
  });

  it("keeps a slip, a rate, a fraction and a standard per unit as findings", () => {
    const slip = flags.find((f) => f.district === "新沂市" && f.indicator === "危桥改造座数");
    expect(slip?.message.zh).toContain("疑多写一个 0");
    expect(slip?.sizeGap).toBeUndefined();
    const standard = flags.find((f) => f.indicator === "养护补助标准" && f.district === "贾汪区");
    expect(standard?.code).toBe("OUTLIER");
    expect(standard?.sizeGap).toBeUndefined();
    expect(flags.filter((f) => f.sizeGap).map((f) => `${f.district} ${f.indicator}`)).toEqual([
      "贾汪区 农村公路养护里程",
    ]);
  });

  it("counts it apart in the summary line and lists it after every other flag", () => {
    const s = formatComparisonSummary(r, "zh");
    const total = flags.length + p.ratios.reduce((n, x) => n + x.flags.length, 0);
    expect(s).toContain(`${total - 1} 处需要说明，另有 1 处规模差异`);
    const lines = s.split("\n");
    const heading = lines.findIndex((l) => l.startsWith("  规模差异（"));
    expect(heading).toBeGreaterThan(lines.findIndex((l) => l === "  需要说明："));
    expect(lines[heading + 1]).toContain("贾汪区 农村公路养护里程 700 公里，偏低");
    expect(lines.slice(0, heading).some((l) => l.includes("[写成小数]"))).toBe(true);
    expect(formatComparisonSummary(r, "en")).toContain("notes, 1 differences in size");
  });

  it("keeps every flag in the JSON, with its severity", () => {
    const json = comparisonJson(r)[0];
    const all = json.indicators.flatMap((i) => i.flags);
    expect(all).toHaveLength(flags.length);
    expect(all.filter((f) => f.severity === "info").map((f) => f.district)).toEqual(["贾汪区"]);
    expect(all.filter((f) => f.severity === "check")).toHaveLength(flags.length - 1);
  });

  it("puts it last among the sheet's notes, labelled 偏低（规模差异）", () => {
    const plan = compareSheetPlan(r)!;
    const top = plan.values.findIndex((row) => String(row[0]).startsWith("问题说明"));
    expect(String(plan.values[top][0])).toContain("（其中 1 条为规模差异，列在最后）");
    const end = plan.values.findIndex((row, i) => i > top + 1 && row.every((c) => c === "" || c == null));
    const listed = plan.values.slice(top + 2, end).filter((row) => XUZHOU.includes(String(row[0])));
    expect(listed[listed.length - 1].slice(0, 2)).toEqual(["贾汪区", "农村公路养护里程"]);
    expect(String(listed[listed.length - 1][2])).toContain("偏低（规模差异）");
    expect(listed.length).toBeGreaterThan(3);
  });
});

describe("a 县级市 whose name ends like a generic word (宜都市, 丰城市, 邹城市) is a district", () => {
  it.each([
    ["附件2：宜都市2024年农村公路养护专项资金绩效目标表.xlsx", "宜都市"],
    ["丰城市.xlsx", "丰城市"],
    ["附件3：邹城市2024年农村公路养护.xlsx", "邹城市"],
  ])("%s names the district %s", (name, district) => {
    expect(placeInName(name)).toEqual({ district, city: null });
  });

  it("in a project's name too, as the parser reads it", () => {
    expect(findDistrict("宜都市2024年农村公路养护专项资金")).toBe("宜都市");
    expect(findDistrict("农村公路养护专项资金（丰城市）")).toBe("丰城市");
  });

  it("still names no place for a word (智慧城市, 成都市 is a prefecture, a city only)", () => {
    expect(placeInName("智慧城市.xlsx")).toEqual({ district: null, city: null });
    expect(placeInName("成都市.xlsx")).toEqual({ district: null, city: "成都市" });
  });
});

describe("a district joined by a name variant keeps its place (临夏: 和政县's …补助资金, round 120 J6)", () => {
  const form = (name: string, unit: string, households: number): CellValue[][] => [
    ["2024年项目支出绩效目标表"],
    ["项目名称", name, "", "预算单位", unit],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "完成农村户厕改造数量", `≥${households}户`],
    ["产出指标", "质量指标", "改厕验收合格率", "100%"],
  ];
  const forms: [string, string, number][] = [
    ["农村户厕改造项目", "康乐县农业农村局", 2100],
    ["农村户厕改造补助资金", "和政县农业农村局", 1800],
    ["农村户厕改造项目", "广河县农业农村局", 2000],
    ["农村户厕改造项目", "永靖县农业农村局", 2400],
  ];

  it("lists the districts in the order they were given, the variant named in the note", () => {
    const sources = forms.map(([name, unit, n], i) => {
      const parsed = parseGrid(grid(form(name, unit, n)));
      return { label: `${i + 1}.xlsx`, projects: parsed.projects, indicators: parsed.indicators };
    });
    const r = compareDistricts(sources);
    expect(r.programs).toHaveLength(1);
    expect(r.programs[0].districts).toEqual(["康乐县", "和政县", "广河县", "永靖县"]);
    expect(r.programs[0].nameVariants.map((v) => v.district)).toEqual(["和政县"]);
  });
});

describe("a gap beyond what size explains (more than five times the median) stays a finding", () => {
  // 贾汪区 writes 400 公里 where the median is 2400: a sixth, further off than counties of one prefecture
  // differ in size, and no power of ten explains it.
  const wide = rows.map((r) => (r[2] === "农村公路养护里程" ? [...r.slice(0, 9), 400, r[10]] : r));
  const flags = compareRows(wide).programs[0].indicators.flatMap((i) => i.flags);
  const gap = flags.find((f) => f.district === "贾汪区" && f.indicator === "农村公路养护里程");

  it("is an OUTLIER to check, not 规模差异", () => {
    expect(gap).toMatchObject({ code: "OUTLIER", direction: "low", basis: "ratio" });
    expect(gap?.sizeGap).toBeUndefined();
    expect(gap?.message.zh).not.toContain("规模差异");
  });

  it("is told with severity check in the JSON", () => {
    const json = comparisonJson(compareRows(wide))[0];
    const row = json.indicators.find((i) => i.name === "农村公路养护里程")!;
    expect(row.flags.find((f) => f.district === "贾汪区")?.severity).toBe("check");
  });
});
