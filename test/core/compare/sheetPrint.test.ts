/** The 区域对比 sheet prints at the width of its table: charts under the block, long indicator names wrap. */
import { compareDistricts } from "../../../src/core/compare";
import { compareSheetPlan } from "../../../src/core/plan/compareSheet";
import { parseRange } from "../../../src/core/grid";
import type { SheetPlan } from "../../../src/core/plan/types";
import { goldSource } from "./helpers";

const lastColumn = (plan: SheetPlan) => Math.max(...plan.values.map((r) => (r ?? []).length));

describe("区域对比 on paper", () => {
  const plan = compareSheetPlan(compareDistricts([goldSource()]))!;
  const width = 1 + 4; // the district column and the sample's four indicators

  it("keeps every value, chart and column width within the block's columns", () => {
    expect(lastColumn(plan)).toBe(width);
    expect(plan.columnWidths).toHaveLength(width);
    for (const c of plan.charts ?? []) {
      for (const r of [c.dataRange, `${c.from}:${c.to}`])
        expect(parseRange(r)!.right).toBeLessThanOrEqual(width);
    }
  });

  it("puts the chart-data tables under the notes and the sources, side by side, never overlapping", () => {
    const notes = plan.values.findIndex((r) => String(r?.[0] ?? "").startsWith("问题说明")) + 1;
    const boxes = (plan.charts ?? []).map((c) => parseRange(`${c.from}:${c.to}`)!);
    expect(boxes.length).toBe(4);
    for (const b of boxes) expect(b.top).toBeGreaterThan(notes);
    expect(new Set(boxes.map((b) => b.top)).size).toBe(2);
    for (const a of boxes)
      for (const b of boxes) {
        if (a === b) continue;
        const apart = a.right < b.left || b.right < a.left || a.bottom < b.top || b.bottom < a.top;
        expect(apart).toBe(true);
      }
  });

  it("wraps the indicator column of the notes, where a ratio's name is longer than the column", () => {
    const ratioRow = plan.values.findIndex((r) => r?.[1] === "巡查查处隐患数÷巡查企业数") + 1;
    expect(ratioRow).toBeGreaterThan(0);
    const wraps = (plan.formats ?? []).some((f) => {
      const b = parseRange(f.range)!;
      return f.wrapText && b.left <= 2 && b.right >= 2 && b.top <= ratioRow && b.bottom >= ratioRow;
    });
    expect(wraps).toBe(true);
  });
});
