/**
 * Program names that differ slightly (probe round 79): a year, an ending that names the money (项目, 资金,
 * 补助资金, 专项资金) or a place in brackets join where no district filed two of them, and are named; a
 * like name left out is named too, never dropped in silence; a district's short form at the start of the
 * name (长安河湖长制专项资金 of 长安区) is taken off as （长安） in brackets is.
 */
import {
  compareDistricts,
  comparisonJson,
  formatComparisonSummary,
  type CompareSource,
} from "../../../src/core/compare";
import { looseProgramKey, stripLeadingShort } from "../../../src/core/compare/districts";
import { compareSheetPlan } from "../../../src/core/plan/compareSheet";
import { project, record } from "./helpers";

/** One county's file, its district named only by the file, one project of `name` with one indicator. */
function county(file: string, name: string, value: number): CompareSource {
  const p = project({ id: 0, row: 1, sheet: "Sheet1", project: name, district: null });
  const r = record({
    sheet: "Sheet1",
    row: 3,
    cell: "D3",
    project: name,
    projectId: 0,
    name: "新建高标准农田面积",
    comparator: ">=",
    value,
    unit: "亩",
    target: `≥${value}亩`,
  });
  return { label: file, projects: [p], indicators: [r] };
}

/** One table of several districts' projects (a 区县 column): each [district, project name, value]. */
function table(rows: [string, string, number][]): CompareSource {
  const projects = rows.map(([district, name], id) =>
    project({ id, row: 3 + id, sheet: "汇总", project: name, district }),
  );
  const indicators = rows.map(([district, name, value], id) =>
    record({
      sheet: "汇总",
      row: 3 + id,
      cell: `F${3 + id}`,
      project: name,
      district,
      projectId: id,
      name: "河湖巡查次数",
      comparator: ">=",
      value,
      unit: "次",
      target: `≥${value}次`,
    }),
  );
  return { label: "汇总.xlsx", projects, indicators };
}

describe("names that differ by a year or an ending", () => {
  const six = [
    county("扶沟县.xlsx", "高标准农田建设项目", 50000),
    county("西华县.xlsx", "2024年高标准农田建设项目", 45000),
    county("商水县.xlsx", "高标准农田建设项目（商水县）", 52000),
    county("沈丘县.xlsx", "高标准农田建设", 60000),
    county("郸城县.xlsx", "2024年度高标准农田建设项目资金", 40000),
    county("鹿邑县.xlsx", "高标准农田建设补助资金", 44000),
  ];

  it("compares every county, and names the names taken for one", () => {
    const r = compareDistricts(six);
    expect(r.programs).toHaveLength(1);
    const p = r.programs[0];
    expect(p.name).toBe("高标准农田建设项目");
    expect(p.districts).toHaveLength(6);
    expect(p.indicators[0].stats?.count).toBe(6);
    expect(p.nameVariants.map((v) => v.district)).toEqual(["沈丘县", "郸城县", "鹿邑县"]);
    const summary = formatComparisonSummary(r, "zh");
    expect(summary).toContain(
      "项目名称不完全相同，已按同一项目“高标准农田建设项目”对比（名称只差年份、“项目”“资金”等字样或括号中的地名）：沈丘县“高标准农田建设”、郸城县“2024年度高标准农田建设项目资金”、鹿邑县“高标准农田建设补助资金”",
    );
    expect(formatComparisonSummary(r, "en")).toContain("Project names differ slightly");
    const json = comparisonJson(r)[0];
    expect(json.notes[0].message).toMatch(/^项目名称不完全相同/);
    expect(json.nameVariants).toHaveLength(3);
    expect(compareSheetPlan(r)!.values.flat().join("\n")).toContain("项目名称不完全相同");
  });

  it("names a project of a like name that it does not join (高标准农田建设工程)", () => {
    const r = compareDistricts([
      county("扶沟县.xlsx", "高标准农田建设项目", 50000),
      county("西华县.xlsx", "高标准农田建设项目", 45000),
      county("沈丘县.xlsx", "高标准农田建设工程", 60000),
    ]);
    const p = r.programs[0];
    expect(p.districts).toEqual(["扶沟县", "西华县"]);
    expect(p.nearNames).toEqual([
      { district: "沈丘县", project: "高标准农田建设工程", source: "沈丘县.xlsx", sheet: "Sheet1", row: 1 },
    ]);
    expect(formatComparisonSummary(r, "zh")).toContain(
      "名称相近的项目未纳入对比：沈丘县“高标准农田建设工程”（沈丘县.xlsx，Sheet1 第 1 行），与“高标准农田建设项目”名称不同",
    );
  });

  it("does not join two names one district filed both of, and names the second", () => {
    const r = compareDistricts([
      table([
        ["长安区", "河湖长制专项资金", 1200],
        ["桥西区", "河湖长制专项资金", 1100],
        ["长安区", "河湖长制项目", 900],
      ]),
    ]);
    expect(r.programs).toHaveLength(1);
    const p = r.programs[0];
    expect(p.indicators[0].cells["长安区"].value).toBe(1200);
    expect(p.nearNames).toEqual([
      expect.objectContaining({ district: "长安区", project: "河湖长制项目", alsoCompared: true }),
    ]);
    expect(formatComparisonSummary(r, "zh")).toContain("长安区另填报了“河湖长制项目”");
  });

  it("joins nothing on a word too short to tell programs apart, nor on a word added", () => {
    expect(looseProgramKey("教育专项资金")).toBe("教育专项");
    expect(looseProgramKey("教育项目")).toBe("教育项目");
    // A short core keeps what it needs: 就业补助资金, 就业补助项目 and 就业补助 are one.
    expect(["就业补助资金", "就业补助项目", "就业补助"].map(looseProgramKey)).toEqual([
      "就业补助",
      "就业补助",
      "就业补助",
    ]);
    expect(looseProgramKey("高标准农田建设补助")).toBe("高标准农田建设");
    expect(looseProgramKey("2024年度高标准农田建设项目资金")).toBe("高标准农田建设");
    expect(looseProgramKey("高标准农田建设项目（城区）")).toBe("高标准农田建设");
    const r = compareDistricts([
      table([
        ["长安区", "安全生产专项资金", 10],
        ["桥西区", "安全生产专项资金", 12],
        ["新华区", "安全生产监管经费", 11],
        ["裕华区", "教育项目", 1],
        ["藁城区", "教育专项资金", 2],
      ]),
    ]);
    expect(r.programs.map((p) => [p.name, p.districts])).toEqual([
      ["安全生产专项资金", ["长安区", "桥西区"]],
    ]);
    expect(r.programs[0].nearNames).toEqual([]);
  });
});

describe("a district's short form before the program's name", () => {
  it("is taken off where that joins the districts (长安河湖长制专项资金 of 长安区)", () => {
    const r = compareDistricts([
      table([
        ["长安区", "长安河湖长制专项资金", 1200],
        ["桥西区", "桥西河湖长制专项资金", 1100],
        ["辛集市", "辛集河湖长制专项资金", 1000],
      ]),
    ]);
    expect(r.programs.map((p) => [p.name, p.districts])).toEqual([
      ["河湖长制专项资金", ["长安区", "桥西区", "辛集市"]],
    ]);
    // Taken off as a bracket is: no note that the names differ.
    expect(r.programs[0].nameVariants).toEqual([]);
  });

  it("stays where the other districts write the same word (高新技术企业补助 of 高新区)", () => {
    const r = compareDistricts([
      table([
        ["高新区", "高新技术企业补助", 30],
        ["长安区", "高新技术企业补助", 20],
        ["桥西区", "高新技术企业补助", 25],
      ]),
    ]);
    expect(r.programs.map((p) => [p.name, p.districts.length])).toEqual([["高新技术企业补助", 3]]);
    expect(stripLeadingShort("高新技术企业补助", "高新区")).toBe("技术企业补助");
    expect(stripLeadingShort("长安", "长安区")).toBe("长安");
  });
});
