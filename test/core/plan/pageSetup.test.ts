import { compareDistricts } from "../../../src/core/compare";
import { districtSource } from "../compare/helpers";
import { compareSheetPlan } from "../../../src/core/plan/compareSheet";
import { indicatorsSheetPlan } from "../../../src/core/plan/indicatorsSheet";
import { findingsSheetPlan } from "../../../src/core/plan/findingsSheet";
import { pagesWideOf, resultPageSetup, titleRowsOf } from "../../../src/core/plan/pageSetup";
import { cleanupLogPlan } from "../../../src/core/cleanup/log";
import { analyze } from "../../../src/core/review/analysis";
import { makeProject, makeRecord } from "../review/ruleTester";

const records = [
  makeRecord({ name: "培训人数", level2: "数量指标", cell: "E7", row: 7, text: "培训人数≥100人" }),
  makeRecord({ name: "满意度", cell: "E8", row: 8, text: "满意度显著提升" }),
];
const project = makeProject({ id: 0, projectCell: "C7", goalCell: "D7", row: 7, sheet: "Sheet1" });

describe("resultPageSetup", () => {
  it("prints A4 landscape, one page across, sheet name on top and page numbers below", () => {
    expect(resultPageSetup({ titleRow: 3 })).toEqual({
      orientation: "landscape",
      fitToPagesWide: 1,
      paperSize: "A4",
      header: "&A",
      footer: "第 &P 页，共 &N 页",
      printTitleRows: { first: 3, last: 3 },
    });
    expect(resultPageSetup({ lang: "en" }).footer).toBe("Page &P of &N");
  });
  it("repeats no row when there is none to repeat or the row is not a row", () => {
    for (const titleRow of [undefined, 0, -1, 1.5, Number.NaN])
      expect(resultPageSetup({ titleRow }).printTitleRows).toBeUndefined();
  });
  it("hands gateways only sensible page counts and title rows", () => {
    expect(pagesWideOf({ fitToPagesWide: 2 })).toBe(2);
    for (const n of [undefined, 0, -1, 1.5, Number.NaN])
      expect(pagesWideOf({ fitToPagesWide: n })).toBeNull();
    expect(titleRowsOf({ printTitleRows: { first: 2, last: 3 } })).toEqual({ first: 2, last: 3 });
    expect(titleRowsOf({ printTitleRows: { first: 3, last: 2 } })).toBeNull();
    expect(titleRowsOf({ printTitleRows: { first: 0, last: 1 } })).toBeNull();
    expect(titleRowsOf({})).toBeNull();
  });
});

describe("the result sheets print landscape, one page wide", () => {
  it("指标明细 repeats its header row", () => {
    const p = indicatorsSheetPlan(records).pageSetup!;
    expect(p.orientation).toBe("landscape");
    expect(p.fitToPagesWide).toBe(1);
    expect(p.printTitleRows).toEqual({ first: 1, last: 1 });
    expect(indicatorsSheetPlan(records, { lang: "en" }).pageSetup?.footer).toBe("Page &P of &N");
  });
  it("校验结果 repeats the header row of its findings table, not the sheet's first row", () => {
    const a = analyze([
      { label: "in.xlsx", parse: { projects: [project], indicators: records }, local: true },
    ]);
    const plan = a.plans.find((p) => p.kind === "findings")!;
    expect(a.findings.length).toBeGreaterThan(0);
    const tableTop = Number(/^A(\d+):/.exec(plan.tables![0].range)![1]);
    expect(tableTop).toBeGreaterThan(1);
    expect(plan.values[tableTop - 1].slice(0, 2)).toEqual(["严重程度", "代码"]);
    expect(plan.pageSetup?.printTitleRows).toEqual({ first: tableTop, last: tableTop });
    expect(plan.pageSetup?.orientation).toBe("landscape");
  });
  it("校验结果 without findings repeats nothing", () => {
    const plan = findingsSheetPlan({ findings: [], grades: [], indicatorCount: 0 });
    expect(plan.pageSetup?.orientation).toBe("landscape");
    expect(plan.pageSetup?.printTitleRows).toBeUndefined();
  });
  it("清理日志 repeats its header row", () => {
    const plan = cleanupLogPlan([]);
    expect(plan.pageSetup?.printTitleRows).toEqual({ first: 1, last: 1 });
    expect(plan.pageSetup?.fitToPagesWide).toBe(1);
  });
  it("区域对比 prints landscape without a repeated row (each program has its own headers)", () => {
    const plan = compareSheetPlan(
      compareDistricts([
        districtSource("项目", {
          甲区: [["培训人次", ">=", 1, "人次"]],
          乙区: [["培训人次", ">=", 2, "人次"]],
        }),
      ]),
    )!;
    expect(plan.pageSetup?.orientation).toBe("landscape");
    expect(plan.pageSetup?.fitToPagesWide).toBe(1);
    expect(plan.pageSetup?.printTitleRows).toBeUndefined();
  });
});
