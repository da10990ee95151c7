/** Where an entry's district comes from, and entries whose district is unknown: named, never dropped. */
import {
  compareDistricts,
  comparisonJson,
  findDistrict,
  formatComparisonSummary,
} from "../../../src/core/compare";
import type { CompareSource } from "../../../src/core/compare";
import { compareSheetPlan } from "../../../src/core/plan/compareSheet";
import { project, record } from "./helpers";

const PROGRAM = "城乡居民基本医疗保险财政补助资金";

/** One file per district, the district named only in its units (胶州市医疗保障局), as 青岛 sends them. */
function file(
  label: string,
  unit: { budgetUnit: string; department?: string; district?: string | null; sheet?: string },
  insured: number,
): CompareSource {
  const sheet = unit.sheet ?? "绩效目标表";
  const p = project({
    id: 0,
    row: 2,
    sheet,
    project: PROGRAM,
    budgetUnit: unit.budgetUnit,
    department: unit.department ?? "",
    district: unit.district ?? null,
  });
  const r = record({
    sheet,
    row: 2,
    cell: "E2",
    project: PROGRAM,
    projectId: 0,
    name: "参保人数",
    comparator: ">=",
    value: insured,
    unit: "人",
    target: `≥${insured}人`,
  });
  return { label, projects: [p], indicators: [r] };
}

const values = (text: string) => text.split("\n").join(" ");

describe("county-level cities (县级市) named at the start of a unit", () => {
  const sources = [
    file("市南区.xlsx", { budgetUnit: "市南区医疗保障事业中心", district: "市南区" }, 300000),
    file("市北区.xlsx", { budgetUnit: "市北区医疗保障事业中心", district: "市北区" }, 480000),
    file("胶州市.xlsx", { budgetUnit: "胶州市医疗保障事业中心", department: "胶州市医疗保障局" }, 720000),
    file("平度市.xlsx", { budgetUnit: "", department: "平度市医疗保障局" }, 1100000),
    file("莱西市.xlsx", { budgetUnit: "" }, 600000),
  ];

  it("are the entries' districts, from the unit, the department or the file name", () => {
    const r = compareDistricts(sources);
    expect(r.programs).toHaveLength(1);
    expect(r.programs[0].districts).toEqual(["市南区", "市北区", "胶州市", "平度市", "莱西市"]);
    expect(r.programs[0].unplaced).toEqual([]);
  });

  it("are not the prefecture that prefixes the other districts (青岛市市南区…)", () => {
    const r = compareDistricts([
      file("a.xlsx", { budgetUnit: "青岛市市南区医疗保障事业中心", district: "市南区" }, 300000),
      file("b.xlsx", { budgetUnit: "青岛市市北区医疗保障事业中心", district: "市北区" }, 480000),
      file("c.xlsx", { budgetUnit: "青岛市医疗保障局" }, 9000000),
    ]);
    const p = r.programs[0];
    expect(p.districts).toEqual(["市南区", "市北区"]);
    expect(p.unplaced.map((u) => u.source)).toEqual(["c.xlsx"]);
  });

  it("are no district in words that end in 市 (智慧城市, 市本级)", () => {
    const r = compareDistricts([
      ...sources.slice(0, 2),
      file("x.xlsx", { budgetUnit: "长沙市本级" }, 1),
      file("y.xlsx", { budgetUnit: "智慧城市建设中心" }, 1),
    ]);
    const p = r.programs[0];
    expect(p.districts).toEqual(["市南区", "市北区"]);
    expect(p.unplaced.map((u) => u.source)).toEqual(["x.xlsx", "y.xlsx"]);
  });
});

describe("an entry whose district is unknown", () => {
  const sources = [
    file("市南区.xlsx", { budgetUnit: "市南区医疗保障事业中心", district: "市南区" }, 300000),
    file("市北区.xlsx", { budgetUnit: "市北区医疗保障事业中心", district: "市北区" }, 480000),
    file("汇总.xlsx", { budgetUnit: "医疗保障事业中心" }, 720000),
  ];

  it("is named in the program, the summary, the JSON and the sheet", () => {
    const r = compareDistricts(sources);
    const p = r.programs[0];
    expect(p.districts).toEqual(["市南区", "市北区"]);
    expect(p.unplaced).toEqual([{ project: PROGRAM, source: "汇总.xlsx", sheet: "绩效目标表", row: 2 }]);
    const text = formatComparisonSummary(r, "zh");
    expect(values(text)).toContain(
      "未识别区县：城乡居民基本医疗保险财政补助资金（汇总.xlsx，绩效目标表 第 2 行）",
    );
    expect(formatComparisonSummary(r, "en")).toContain("District unknown");
    expect(comparisonJson(r)[0].unplaced[0]).toMatchObject({
      source: "汇总.xlsx",
      sheet: "绩效目标表",
      row: 2,
    });
    const plan = compareSheetPlan(r)!;
    const cells = plan.values.flat().map(String);
    expect(cells.some((c) => c.startsWith("未识别区县：城乡居民基本医疗保险财政补助资金（汇总.xlsx"))).toBe(
      true,
    );
    expect(cells.some((c) => c.includes("1 个项目未识别区县"))).toBe(true);
  });

  it("is named even when no program of two districts could be formed", () => {
    const r = compareDistricts([sources[0], sources[2]]);
    expect(r.programs).toEqual([]);
    expect(r.unplaced.map((u) => u.source)).toEqual(["汇总.xlsx"]);
    expect(formatComparisonSummary(r, "zh")).toContain("未识别区县");
  });
});

describe("one sheet per district (每区一表)", () => {
  const FILE = "w03-杭州-农村公路养护-每区一表.xlsx";
  const sheets: [string, string][] = [
    ["萧山区", "萧山区交通运输局"],
    ["富阳区", "区交通运输局"],
    ["临安区", "区交通运输局"],
    ["建德市", "交通运输局"],
  ];
  const bySheet = sheets.map(([sheet, budgetUnit], i) => {
    const s = file(`${FILE} · ${sheet}`, { budgetUnit, sheet }, 1000 + i * 100);
    return { ...s, projects: s.projects.map((p) => ({ ...p, project: "农村公路养护补助资金" })) };
  });

  it("takes the sheet's name before the file's; 每区 is no district; a 县级市 sheet is one", () => {
    const r = compareDistricts(bySheet);
    expect(r.programs[0].districts).toEqual(["萧山区", "富阳区", "临安区", "建德市"]);
    expect(r.programs[0].unplaced).toEqual([]);
  });

  it("does so when the sheets come as one source (analyze merges a file's sheets)", () => {
    const one: CompareSource = {
      label: FILE,
      projects: bySheet.map((s, i) => ({ ...s.projects[0], id: i })),
      indicators: bySheet.map((s, i) => ({ ...s.indicators[0], projectId: i, sheet: sheets[i][0] })),
    };
    expect(compareDistricts([one]).programs[0].districts).toEqual(["萧山区", "富阳区", "临安区", "建德市"]);
  });

  it("reads no district from a word for every district", () => {
    for (const w of ["每区一表.xlsx", "各区汇总", "全县", "本区"]) expect(findDistrict(w)).toBeNull();
    expect(findDistrict("临安区")).toBe("临安区");
  });
});
