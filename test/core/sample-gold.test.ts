/** The sample workbook parses to the gold file exactly (alternatives allowed where gold lists them). */
import { loadWorkbook } from "../../src/xlsx/files";
import { findWorksheet, worksheetToGrid } from "../../src/xlsx/read";
import { parseGrid } from "../../src/core/parse";
import type { ParseResult } from "../../src/core/record";
import { loadGold, SAMPLE_XLSX, type GoldIndicator } from "../support/sample";

const FIELDS = [
  "seq",
  "level1",
  "level2",
  "name",
  "comparator",
  "value",
  "valueMax",
  "unit",
  "kind",
  "date",
  "text",
] as const;

function matches(gold: GoldIndicator, field: (typeof FIELDS)[number], got: unknown): boolean {
  const want = gold[field];
  if (JSON.stringify(want) === JSON.stringify(got)) return true;
  const alt = gold.alt?.[field];
  return !!alt && alt.some((a) => JSON.stringify(a) === JSON.stringify(got));
}

describe("the Guangzhou 2022 sample", () => {
  let result: ParseResult;
  beforeAll(async () => {
    const wb = await loadWorkbook(SAMPLE_XLSX);
    result = parseGrid(worksheetToGrid(findWorksheet(wb, undefined)));
  });

  it("finds one packed table with its header, and the repeated header row mid-table", () => {
    expect(result.tables).toHaveLength(1);
    const t = result.tables[0];
    expect(t.layout).toBe("packed");
    expect(t.headerRow).toBe(5);
    expect(t.repeatedHeaderRows).toEqual([20]);
    expect(Object.keys(t.columns).sort()).toEqual(
      ["budgetUnit", "department", "goal", "indicators", "project"].sort(),
    );
  });

  it("has the gold's 27 projects with names, units and districts", () => {
    const gold = loadGold();
    expect(result.projects.map((p) => p.project)).toEqual(gold.map((g) => g.project));
    expect(result.projects.map((p) => p.budgetUnit)).toEqual(gold.map((g) => g.budgetUnit));
    expect(result.projects.map((p) => p.district)).toEqual(gold.map((g) => g.district));
  });

  it("parses all 145 indicators to the gold record, field by field", () => {
    const gold = loadGold();
    const mismatches: string[] = [];
    let n = 0;
    gold.forEach((g, pi) => {
      const mine = result.indicators.filter((i) => i.projectId === pi);
      if (mine.length !== g.indicators.length)
        mismatches.push(`${g.project}: ${mine.length} indicators, gold ${g.indicators.length}`);
      g.indicators.forEach((gi, k) => {
        const rec = mine[k] as unknown as Record<string, unknown>;
        if (!rec) return;
        n++;
        for (const f of FIELDS) {
          if (!matches(gi, f, rec[f]))
            mismatches.push(
              `${g.project} #${k + 1} ${gi.name} ${f}: ${JSON.stringify(rec[f])} ≠ ${JSON.stringify(gi[f])}`,
            );
        }
      });
    });
    expect(mismatches).toEqual([]);
    expect(n).toBe(145);
    expect(result.indicators).toHaveLength(145);
  });

  it("points every indicator at its 绩效指标 cell in column E", () => {
    for (const i of result.indicators) {
      expect(i.cell).toBe(`E${i.row}`);
      expect(i.sheet).toBe("2022年项目绩效目标");
    }
    const first = result.indicators[0];
    expect(first.row).toBe(6);
  });
});
