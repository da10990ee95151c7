/**
 * A district that filed twice (probe round 79: 新昌县.xlsx and 新昌县（修改稿）.xlsx): said, both files
 * named, the revision compared (修改稿, 修订, 更正, 最终, v2 … in the name; else the one saved later; else
 * the one given later); a cell's reference names its file where several files have a sheet of that name.
 */
import {
  compareDistricts,
  comparisonJson,
  formatComparisonSummary,
  type CompareSource,
} from "../../../src/core/compare";
import { compareSheetPlan } from "../../../src/core/plan/compareSheet";
import { project, record } from "./helpers";

const PROGRAM = "生活垃圾分类处置经费";

function file(label: string, values: Record<string, number>, modified?: number): CompareSource {
  const p = project({ id: 0, row: 1, sheet: "Sheet1", project: PROGRAM, district: null });
  const indicators = Object.entries(values).map(([name, value], i) =>
    record({
      sheet: "Sheet1",
      row: 3 + i,
      cell: `D${3 + i}`,
      project: PROGRAM,
      projectId: 0,
      name,
      comparator: ">=",
      value,
      unit: "吨",
      target: `≥${value}吨`,
    }),
  );
  return { label, projects: [p], indicators, ...(modified !== undefined ? { modified } : {}) };
}

describe("a district that filed twice", () => {
  it("compares the revision, names both files, and drops no note on two values", () => {
    const r = compareDistricts([
      file("新昌县.xlsx", { 生活垃圾清运量: 90000 }),
      file("新昌县（修改稿）.xlsx", { 生活垃圾清运量: 95000 }),
      file("诸暨市.xlsx", { 生活垃圾清运量: 260000 }),
    ]);
    const p = r.programs[0];
    expect(p.indicators[0].cells["新昌县"].value).toBe(95000);
    expect(p.unaligned).toEqual([]);
    expect(p.resubmissions).toEqual([
      {
        district: "新昌县",
        files: ["新昌县.xlsx", "新昌县（修改稿）.xlsx"],
        used: "新昌县（修改稿）.xlsx",
        why: "revision",
      },
    ]);
    const line =
      "新昌县 报送了两份：新昌县.xlsx、新昌县（修改稿）.xlsx；对比使用 新昌县（修改稿）.xlsx（文件名表明是修改后的版本），另一份未纳入对比";
    expect(formatComparisonSummary(r, "zh")).toContain(line);
    expect(comparisonJson(r)[0].notes.map((n) => n.message)).toContain(line);
    expect(comparisonJson(r)[0].projects.map((m) => m.source)).toEqual([
      "新昌县（修改稿）.xlsx",
      "诸暨市.xlsx",
    ]);
    expect(compareSheetPlan(r)!.values.flat()).toContain(line);
    expect(formatComparisonSummary(r, "en")).toContain("新昌县 filed the program twice");
  });

  it.each(["新昌县（修订）.xlsx", "新昌县-更正.xlsx", "新昌县最终版.xlsx", "新昌县_v2.xlsx"])(
    "takes %s for the revision, whichever comes first",
    (revision) => {
      const r = compareDistricts([
        file(revision, { 生活垃圾清运量: 95000 }),
        file("新昌县.xlsx", { 生活垃圾清运量: 90000 }),
        file("诸暨市.xlsx", { 生活垃圾清运量: 260000 }),
      ]);
      expect(r.programs[0].indicators[0].cells["新昌县"].value).toBe(95000);
      expect(r.programs[0].resubmissions[0].used).toBe(revision);
    },
  );

  it("else compares the one saved later, else the one given later", () => {
    const saved = compareDistricts([
      file("新昌县.xlsx", { 生活垃圾清运量: 95000 }, Date.UTC(2024, 2, 5)),
      file("新昌县 (1).xlsx", { 生活垃圾清运量: 90000 }, Date.UTC(2024, 2, 1)),
      file("诸暨市.xlsx", { 生活垃圾清运量: 260000 }),
    ]);
    expect(saved.programs[0].resubmissions[0]).toMatchObject({ used: "新昌县.xlsx", why: "saved" });
    expect(formatComparisonSummary(saved, "zh")).toContain("（保存时间较晚）");
    const given = compareDistricts([
      file("新昌县.xlsx", { 生活垃圾清运量: 90000 }),
      file("新昌县2.xlsx", { 生活垃圾清运量: 95000 }),
      file("诸暨市.xlsx", { 生活垃圾清运量: 260000 }),
    ]);
    expect(given.programs[0].resubmissions[0]).toMatchObject({ used: "新昌县2.xlsx", why: "order" });
    expect(given.programs[0].indicators[0].cells["新昌县"].value).toBe(95000);
  });
});

describe("a cell's reference", () => {
  it("names its file where several files have a sheet of that name", () => {
    const r = compareDistricts([
      file("新昌县.xlsx", { 生活垃圾清运量: 90000, 厨余垃圾处理量: 30 }),
      file("诸暨市.xlsx", { 生活垃圾清运量: 260000 }),
      file("越城区.xlsx", { 生活垃圾清运量: 200000 }),
    ]);
    expect(r.programs[0].unaligned.map((u) => u.file)).toEqual(["新昌县.xlsx"]);
    expect(formatComparisonSummary(r, "zh")).toContain("新昌县 厨余垃圾处理量（[新昌县.xlsx]Sheet1!D4）");
    expect(compareSheetPlan(r)!.values.flat()).toContain("[新昌县.xlsx]Sheet1!D4");
  });

  it("keeps the sheet's reference alone where one file holds every district", () => {
    const a = file("汇总.xlsx", { 生活垃圾清运量: 90000, 厨余垃圾处理量: 30 });
    const b = file("汇总.xlsx", { 生活垃圾清运量: 260000 });
    const r = compareDistricts([
      { ...a, projects: [{ ...a.projects[0], district: "新昌县" }] },
      { ...b, projects: [{ ...b.projects[0], district: "诸暨市" }] },
    ]);
    expect(r.programs[0].unaligned[0].file).toBeUndefined();
    expect(formatComparisonSummary(r, "zh")).toContain("（Sheet1!D4）");
  });
});
