import { findingsSheetPlan, FINDINGS_SHEET_NAME } from "../../../src/core/plan/findingsSheet";
import {
  indicatorsSheetPlan,
  INDICATORS_SHEET_NAME,
  level2Label,
} from "../../../src/core/plan/indicatorsSheet";
import { analyze } from "../../../src/core/review/analysis";
import { makeProject, makeRecord } from "../review/ruleTester";

const records = [
  makeRecord({
    name: "投诉率",
    target: "5%",
    comparator: "=",
    value: 5,
    unit: "%",
    level1: "满意度指标",
    cell: "E7",
    row: 7,
    text: "1、满意度指标：投诉率，5%。",
  }),
  makeRecord({ name: "培训人数", level2: "数量指标", cell: "E7", row: 7, text: "=培训人数≥100人" }),
  makeRecord({
    name: "验收合格率",
    level2Inferred: "质量指标",
    target: "100%",
    value: 100,
    unit: "%",
    comparator: "=",
    cell: "E7",
    row: 7,
  }),
];
const project = makeProject({ id: 0, projectCell: "C7", goalCell: "D7", row: 7, sheet: "Sheet1" });

describe("指标明细 plan", () => {
  const plan = indicatorsSheetPlan(records);
  it("has one row per indicator under the documented header", () => {
    expect(plan.name).toBe(INDICATORS_SHEET_NAME);
    expect(plan.values[0]).toEqual([
      "项目",
      "区",
      "一级指标",
      "二级指标",
      "指标名称",
      "比较符",
      "目标值",
      "上限",
      "单位",
      "类型",
      "原文",
      "来源",
      "问题",
    ]);
    expect(plan.values).toHaveLength(4);
    expect(plan.values[1].slice(4, 10)).toEqual(["投诉率", "=", 5, null, "%", "定量"]);
  });
  it("marks an inferred 二级 and keeps a written one as written", () => {
    expect(plan.values[2][3]).toBe("数量指标");
    expect(plan.values[3][3]).toBe("质量指标（推断）");
    expect(level2Label(records[2], "en")).toBe("质量指标 (inferred)");
  });
  it("is a filterable table with a frozen header and a link per row to the source cell", () => {
    expect(plan.freeze).toEqual({ rows: 1, columns: 0 });
    expect(plan.tables?.[0]).toMatchObject({ range: "A1:M4", showFilter: true });
    expect(plan.hyperlinks).toHaveLength(3);
    expect(plan.hyperlinks?.[0]).toMatchObject({ cell: "L2", sheet: "Sheet1", target: "E7" });
    expect(plan.columnWidths).toHaveLength(13);
  });
  it("keeps text that looks like a formula as a plain value", () => {
    expect(plan.values[2][10]).toBe("=培训人数≥100人");
  });
  it("has no table when there is nothing to list", () => {
    expect(indicatorsSheetPlan([]).tables).toEqual([]);
  });
  it("wraps the long texts and gives their rows the height of their lines", () => {
    const long = makeRecord({
      name: "应急演练",
      cell: "E9",
      row: 9,
      text: "开展应急演练不少于十二次，覆盖全区所有街道、重点企业和人员密集场所，演练后形成评估报告并整改到位。",
    });
    const p = indicatorsSheetPlan([...records, long]);
    const wrapped = (p.formats ?? []).filter((f) => f.wrapText).map((f) => f.range);
    expect(wrapped).toEqual(["A2:A5", "E2:E5", "K2:K5", "M2:M5"]);
    // 49 characters in the 48-wide 原文 column (23 characters a line) → 3 lines; short rows keep the default.
    expect(p.rowHeights).toEqual({ 5: 3 * 15 + 3 });
    expect(indicatorsSheetPlan([]).rowHeights).toEqual({});
  });
});

describe("校验结果 plan", () => {
  const a = analyze([{ label: "in.xlsx", parse: { projects: [project], indicators: records }, local: true }]);
  const plan = a.plans[1];
  const text = plan.values.map((r) => r.join("|")).join("\n");
  it("summarises by severity, by rule and by project, then lists every finding", () => {
    expect(plan.name).toBe(FINDINGS_SHEET_NAME);
    expect(text).toContain("按严重程度");
    expect(text).toContain("按规则");
    expect(text).toContain("按项目");
    expect(text).toContain("评分方法");
    const header = plan.values.findIndex((r) => r[0] === "严重程度" && r[1] === "代码" && r[2] === "项目");
    expect(header).toBeGreaterThan(0);
    expect(plan.values.length - header - 1).toBe(a.findings.length);
    expect(plan.tables?.[0].range).toBe(`A${header + 1}:H${plan.values.length}`);
  });
  it("links every finding and every project to its cell", () => {
    const links = plan.hyperlinks ?? [];
    expect(links.filter((l) => l.cell.startsWith("G"))).toHaveLength(a.findings.length);
    expect(links.filter((l) => l.cell.startsWith("C")).map((l) => l.target)).toEqual(["C7"]);
  });
  it("puts 位置 and 依据 over the columns that hold them", () => {
    const header = plan.values.find((r) => r[0] === "严重程度" && r[1] === "代码" && r[2] === "项目")!;
    expect(header.slice(6)).toEqual(["位置", "依据"]);
    const first = plan.values[plan.values.indexOf(header) + 1];
    expect(first[6]).toMatch(/^Sheet1!/);
    expect(String(first[7])).toMatch(/财预/);
  });
  it("wraps 问题说明, 修改建议 and 依据 and sets the heights their lines need", () => {
    const header = plan.values.findIndex((r) => r[0] === "严重程度" && r[1] === "代码" && r[2] === "项目");
    const first = header + 2;
    const last = plan.values.length;
    expect((plan.formats ?? []).filter((f) => f.wrapText).map((f) => f.range)).toEqual(
      expect.arrayContaining([`C${first}:F${last}`, `H${first}:H${last}`]),
    );
    // Every finding quotes a basis longer than one line of the 50-wide 依据 column.
    for (let r = first; r <= last; r++) expect(plan.rowHeights?.[r]).toBeGreaterThanOrEqual(30);
    expect(plan.rowHeights?.[1]).toBeUndefined();
  });
  it("colours severities", () => {
    expect((plan.formats ?? []).map((f) => f.fill)).toContain("#FFEB9C");
  });
  it("shows cells of other files as text without a link", () => {
    const b = analyze([
      { label: "a.xlsx", parse: { projects: [], indicators: [] }, local: true },
      { label: "b.xlsx", parse: { projects: [project], indicators: records }, local: false },
    ]);
    expect(b.plans[1].hyperlinks).toEqual([]);
    expect(b.plans[0].values[1][11]).toBe("b.xlsx｜Sheet1!E7");
  });
  it("gives a rule whose findings differ in severity a line for each, with its own colour", () => {
    const base = a.findings[0];
    const mixed = findingsSheetPlan({
      findings: [
        { ...base, code: "DATE-SERIAL", severity: "warning" },
        { ...base, code: "DATE-SERIAL", severity: "warning" },
        { ...base, code: "DATE-SERIAL", severity: "error" },
      ],
      grades: [],
      indicatorCount: 1,
    });
    const lines = mixed.values.filter((r) => r[1] === "DATE-SERIAL" && typeof r[3] === "number");
    expect(lines.map((r) => [r[0], r[3]])).toEqual([
      ["警告", 2],
      ["错误", 1],
    ]);
  });
  it("says so when there is nothing to report", () => {
    const empty = findingsSheetPlan({ findings: [], grades: [], indicatorCount: 0 });
    expect(empty.values.flat()).toContain("未发现问题。");
    expect(empty.tables).toEqual([]);
  });
});
