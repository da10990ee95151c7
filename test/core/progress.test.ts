/**
 * The long jobs' progress callbacks (src/core/progress.ts), on the bundled sample: the counts never go
 * back, end at the total, and the result is the same with and without a listener.
 */
import { loadWorkbook } from "../../src/xlsx/files";
import { findWorksheet, worksheetToGrid } from "../../src/xlsx/read";
import type { Grid } from "../../src/core/grid";
import type { ParseResult } from "../../src/core/record";
import { parseGrid } from "../../src/core/parse";
import { review } from "../../src/core/review";
import { compareDistricts, type CompareSource } from "../../src/core/compare";
import { proposeCleanup } from "../../src/core/cleanup";
import { defaultCleanupSettings } from "../../src/core/cleanup/settings";
import { SAMPLE_XLSX } from "../support/sample";

type Call = [done: number, total: number];

function recorder(): { calls: Call[]; tell: (done: number, total: number) => void } {
  const calls: Call[] = [];
  return { calls, tell: (done, total) => void calls.push([done, total]) };
}

/** Monotonic, one total throughout, and the last call says done = total. */
function expectFills(calls: Call[], total: number): void {
  expect(calls.length).toBeGreaterThan(1);
  for (const [, t] of calls) expect(t).toBe(total);
  for (let i = 1; i < calls.length; i++) expect(calls[i][0]).toBeGreaterThanOrEqual(calls[i - 1][0]);
  expect(calls[0][0]).toBeGreaterThanOrEqual(0);
  expect(calls[calls.length - 1]).toEqual([total, total]);
}

let grid: Grid;
let parsed: ParseResult;
let source: CompareSource;

beforeAll(async () => {
  const wb = await loadWorkbook(SAMPLE_XLSX);
  grid = worksheetToGrid(findWorksheet(wb, undefined));
  parsed = parseGrid(grid);
  source = { label: grid.sheet, projects: parsed.projects, indicators: parsed.indicators };
});

describe("review's progress", () => {
  it("counts the projects, once each, up to all of them", () => {
    const { calls, tell } = recorder();
    review(parsed, {}, { onProgress: tell });
    expect(parsed.projects.length).toBe(27);
    expectFills(calls, 27);
    expect(calls.map((c) => c[0])).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
  });

  it("changes no finding", () => {
    const { tell } = recorder();
    expect(review(parsed, {}, { onProgress: tell })).toEqual(review(parsed));
    expect(review(parsed)).toHaveLength(148);
  });

  it("is not called for a parse without projects", () => {
    const { calls, tell } = recorder();
    review({ ...parsed, projects: [], indicators: [] }, {}, { onProgress: tell });
    expect(calls).toEqual([]);
  });
});

describe("the comparison's progress", () => {
  it("counts the programs from 0 to all of them", () => {
    const { calls, tell } = recorder();
    const run = compareDistricts([source], { onProgress: tell });
    // Every group the grouping found is counted, the compared programs and those only one district filed.
    const total = calls[0][1];
    expect(total).toBeGreaterThanOrEqual(run.programs.length);
    expectFills(calls, total);
    expect(calls[0][0]).toBe(0);
  });

  it("changes nothing in the result", () => {
    const { tell } = recorder();
    expect(compareDistricts([source], { onProgress: tell })).toEqual(compareDistricts([source]));
  });
});

describe("the cleanup proposal's progress", () => {
  it("counts the table's cells a row at a time, up to all of them", () => {
    const { calls, tell } = recorder();
    const proposal = proposeCleanup(grid, defaultCleanupSettings(), [], { onProgress: tell });
    const { firstRow, lastRow } = proposal.scope;
    const width = Math.max(...grid.values.map((r) => r.length));
    const cells = (lastRow - firstRow + 1) * width;
    expectFills(calls, cells);
    // Told between rows: every count is whole rows of cells.
    for (const [done] of calls) expect(done % width).toBe(0);
  });

  it("changes nothing in the proposal", () => {
    const { tell } = recorder();
    const settings = defaultCleanupSettings();
    expect(proposeCleanup(grid, settings, [], { onProgress: tell })).toEqual(proposeCleanup(grid, settings));
  });
});

describe("the parse's progress (round 240), with the same contract", () => {
  it("counts the rows every 500, and says the end", () => {
    const values = [["项目名称", "三级指标", "指标值"]];
    for (let r = 0; r < 1200; r++) values.push([`项目${Math.floor(r / 4)}`, `服务次数${r % 4}`, "≥5次"]);
    const { calls, tell } = recorder();
    parseGrid({ sheet: "S", top: 1, left: 1, values }, { onProgress: tell });
    expect(calls).toEqual([
      [500, 1201],
      [1000, 1201],
      [1201, 1201],
    ]);
  });

  it("a small table is told once, at its end", () => {
    const { calls, tell } = recorder();
    parseGrid(grid, { onProgress: tell });
    expect(calls).toEqual([[grid.values.length, grid.values.length]]);
  });

  it("never changes the result", () => {
    const { tell } = recorder();
    expect(parseGrid(grid, { onProgress: tell })).toEqual(parsed);
  });
});
