import { compareDistricts } from "../../../src/core/compare";
import { COMPARE_COLORS, compareSheetPlan } from "../../../src/core/plan/compareSheet";
import { wrappedLines } from "../../../src/core/plan/rowHeights";
import { parseRange } from "../../../src/core/grid";
import type { PlanValue, SheetPlan } from "../../../src/core/plan/types";
import { districtSource, goldSource } from "./helpers";

/** First cell holding v (row by row), or only in column `onlyCol` when given. */
function find(plan: SheetPlan, v: PlanValue, onlyCol?: number): { row: number; col: number } {
  for (let r = 0; r < plan.values.length; r++) {
    const row = plan.values[r] ?? [];
    const c = onlyCol === undefined ? row.indexOf(v) : row[onlyCol - 1] === v ? onlyCol - 1 : -1;
    if (c >= 0) return { row: r + 1, col: c + 1 };
  }
  throw new Error(`not found: ${String(v)}`);
}

const at = (plan: SheetPlan, row: number, col: number): PlanValue => plan.values[row - 1]?.[col - 1] ?? null;

function formatsAt(plan: SheetPlan, row: number, col: number) {
  return (plan.formats ?? []).filter((f) => {
    const b = parseRange(f.range)!;
    return row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
  });
}

describe("区域对比 sheet plan", () => {
  const plan = compareSheetPlan(compareDistricts([goldSource()]))!;

  it("is the compare sheet", () => {
    expect(plan.name).toBe("区域对比");
    expect(plan.kind).toBe("compare");
  });

  it("lays districts × indicators out with the unit under the name and the comparator in the number format", () => {
    const head = find(plan, "巡查企业数");
    expect(at(plan, head.row + 1, head.col)).toBe("（万家次）");
    const baiyun = find(plan, "白云区", 1);
    expect(baiyun.row).toBeGreaterThan(head.row);
    expect(at(plan, baiyun.row, head.col)).toBe(6);
    const fmts = formatsAt(plan, baiyun.row, head.col);
    expect(fmts.some((f) => f.numberFormat === '"≥"General')).toBe(true);
    expect(fmts.some((f) => f.fill === COMPARE_COLORS.high)).toBe(true);
    const haizhu = find(plan, "海珠区", 1);
    expect(formatsAt(plan, haizhu.row, head.col).some((f) => f.fill)).toBe(false);
  });

  it("has min, median and max rows", () => {
    const head = find(plan, "巡查企业数");
    const med = find(plan, "中位数 Median");
    expect(at(plan, med.row, head.col)).toBe(1);
    expect(at(plan, find(plan, "最小值 Min").row, head.col)).toBe(0.8);
    expect(at(plan, find(plan, "最大值 Max").row, head.col)).toBe(7);
  });

  it("marks the comparator difference in purple bold and the shared-value difference in yellow", () => {
    const col = find(plan, "巡查查处隐患数").col;
    const zc = find(plan, "增城区", 1);
    expect(formatsAt(plan, zc.row, col).some((f) => f.font?.color === COMPARE_COLORS.comparatorFont)).toBe(
      true,
    );
    const rate = find(plan, "巡查整改率").col;
    const hp = find(plan, "黄埔区", 1);
    expect(formatsAt(plan, hp.row, rate).some((f) => f.fill === COMPARE_COLORS.shared)).toBe(true);
  });

  it("carries the legend, the intensity ratios and the sentences in both languages", () => {
    find(plan, "图例 Legend");
    find(plan, "巡查查处隐患数");
    find(plan, "÷ 巡查企业数");
    find(plan, "白云区 巡查企业数 6 万家次，为各区中位数 1 万家次 的 6.0 倍");
    find(plan, "白云区: 巡查企业数 6 万家次 is 6.0 times the median of all districts (1 万家次).");
  });

  it("wraps each note across the block's columns and gives long notes the height of their lines", () => {
    const note = find(plan, "白云区 巡查企业数 6 万家次，为各区中位数 1 万家次 的 6.0 倍", 4);
    const merge = (plan.merges ?? []).find((m) => parseRange(m)!.top === note.row)!;
    const b = parseRange(merge)!;
    expect([b.left, b.bottom]).toEqual([4, note.row]);
    expect(b.right).toBeGreaterThan(4);
    expect(formatsAt(plan, note.row, 4).some((f) => f.wrapText)).toBe(true);
    const width = (plan.columnWidths ?? []).slice(3, b.right).reduce((a, w) => a + w, 0);
    const text = String(at(plan, note.row, 4));
    const lines = wrappedLines(text, width);
    expect(plan.rowHeights?.[note.row]).toBe(lines > 1 ? 15 * lines + 3 : undefined);
    // Some note of the sample is longer than one line.
    expect(Object.keys(plan.rowHeights ?? {}).length).toBeGreaterThan(0);
  });

  it("has one clustered column chart per unit, over district labels and numbers", () => {
    const charts = plan.charts ?? [];
    expect(charts).toHaveLength(4);
    for (const c of charts) {
      expect(c.type).toBe("columnClustered");
      const b = parseRange(c.dataRange)!;
      expect(b.bottom - b.top).toBe(11);
      expect(at(plan, b.top + 1, b.left)).toBe("海珠区");
      for (let r = b.top + 1; r <= b.bottom; r++) expect(typeof at(plan, r, b.left + 1)).toBe("number");
    }
    expect(charts.map((c) => c.title)).toContain("巡查企业数（万家次）");
  });

  it("is absent when no program has two districts", () => {
    expect(
      compareSheetPlan(compareDistricts([districtSource("项目", { 甲区: [["培训人次", ">=", 1, "人次"]] })])),
    ).toBeNull();
  });
});
