import * as path from "path";
import type { WorkbookGateway } from "../../src/core/gateway";
import type { Grid } from "../../src/core/grid";
import type { SheetPlan } from "../../src/core/plan/types";
import { cleanSelection, validateSelection } from "../../src/commands/actions";
import { loadWorkbook } from "../../src/xlsx/files";
import { worksheetToGrid, activeWorksheet } from "../../src/xlsx/read";
import type { CellValue } from "../../src/core/grid";
import { a1 } from "../../src/core/grid";
import { planRevert } from "../../src/core/cleanup";
import type { ExcelFeatures } from "../../src/excel/features";
import { ALL_FEATURES, MINIMUM_FEATURES } from "../../src/excel/features";
import { FakeExcel } from "../excel/fakeExcel";
import { gatewayOn } from "../excel/helpers";

function memoryGateway(grid: Grid, fail?: unknown) {
  const written: SheetPlan[] = [];
  const gateway: WorkbookGateway = {
    readSelection: async () => {
      if (fail) throw fail;
      return grid;
    },
    readSheet: async () => grid,
    listSheets: async () => [grid.sheet],
    writePlans: async (plans) => {
      written.push(...plans);
      return plans.map((p) => ({ name: p.name, kind: p.kind }));
    },
    navigate: async () => undefined,
  };
  return { gateway, written };
}

describe("ribbon actions", () => {
  it("validates the sample and writes the findings with links to their cells", async () => {
    const wb = await loadWorkbook(path.resolve(__dirname, "../../samples/guangzhou-emergency-2022.xlsx"));
    const grid = worksheetToGrid(activeWorksheet(wb)!);
    const { gateway, written } = memoryGateway(grid);
    const outcome = await validateSelection(gateway, "zh");
    expect(outcome.ok).toBe(true);
    expect(outcome.text.zh).toMatch(/已校验 145 条指标/);
    expect(written).toHaveLength(1);
    const plan = written[0];
    expect(plan.kind).toBe("findings");
    expect(plan.name).toBe("校验结果");
    // One link per finding (and per graded project), each to a cell of the source sheet.
    expect(plan.hyperlinks!.length).toBeGreaterThanOrEqual(148);
    for (const link of plan.hyperlinks!) expect(link.sheet).toBe(grid.sheet);
    expect(outcome.text.zh).toMatch(/发现 148 个问题（其中错误 3 个）/);
  });

  it("says in plain words when the selection holds no table", async () => {
    const { gateway, written } = memoryGateway({ sheet: "Sheet1", top: 1, left: 1, values: [["你好"]] });
    const outcome = await validateSelection(gateway, "en");
    expect(outcome.ok).toBe(false);
    expect(outcome.text.zh).toContain("没有找到绩效目标表");
    expect(written).toHaveLength(0);
  });

  it("passes a gateway's own message through and never throws", async () => {
    const text = { zh: "工作簿受保护", en: "protected" };
    const { gateway } = memoryGateway({ sheet: "S", top: 1, left: 1, values: [] }, { text });
    expect(await validateSelection(gateway, "zh")).toEqual({ ok: false, text });
    const weird = memoryGateway({ sheet: "S", top: 1, left: 1, values: [] }, new Error("x"));
    expect((await validateSelection(weird.gateway, "zh")).text.zh).toContain("操作未完成");
  });

  it("cleanup from the ribbon points to the assistant when the gateway cannot change cells", async () => {
    const { gateway } = memoryGateway({ sheet: "S", top: 1, left: 1, values: [] });
    const outcome = await cleanSelection(gateway);
    expect(outcome.ok).toBe(false);
    expect(outcome.text.zh).toContain("打开助手");
  });
});

describe("一键清理 on the sample, through the Excel gateway over the counting fake", () => {
  const NOW = new Date(2024, 4, 6, 9, 30, 0);

  async function sampleInFake(features: ExcelFeatures = ALL_FEATURES) {
    const wb = await loadWorkbook(path.resolve(__dirname, "../../samples/guangzhou-emergency-2022.xlsx"));
    const grid = worksheetToGrid(activeWorksheet(wb)!);
    const fake = new FakeExcel([grid.sheet]);
    fake.sheet(grid.sheet).put(a1(grid.top, grid.left), grid.values);
    const { gateway } = gatewayOn(fake, { features });
    return { fake, gateway, grid };
  }

  function rowsOf(fake: FakeExcel, sheet: string, rows: number, cols: number): CellValue[][] {
    const out: CellValue[][] = [];
    for (let r = 1; r <= rows; r++) {
      const line: CellValue[] = [];
      for (let c = 1; c <= cols; c++) line.push(fake.sheet(sheet).get(a1(r, c)) ?? null);
      out.push(line);
    }
    return out;
  }

  function padded(grid: Grid, rows: number, cols: number): CellValue[][] {
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => {
        const v = grid.values[r + 1 - grid.top]?.[c + 1 - grid.left];
        return v === undefined || v === "" ? null : v;
      }),
    );
  }

  it("applies the default rules, logs every edit, and says how to undo", async () => {
    const { fake, gateway, grid } = await sampleInFake();
    const row20 = fake.sheet(grid.sheet).get("B21");
    const outcome = await cleanSelection(gateway, NOW);
    expect(outcome.ok).toBe(true);
    expect(outcome.text.zh).toMatch(/^已清理 18 处（其中删除重复表头 1 行），已记入“清理日志”。/);
    expect(outcome.text.zh).toContain("另有 3 处建议");
    expect(outcome.text.zh).toContain("Ctrl+Z");
    expect(outcome.text.en).toContain("Cleaned up 18 places");
    // Row 20 (a repeated header) is gone: row 21 moved up.
    expect(fake.sheet(grid.sheet).get("B20")).toBe(row20);
    // Every 。。 collapsed; the proposals (灾灾灾 …) untouched and not logged.
    const after = rowsOf(fake, grid.sheet, 200, 12).flat();
    expect(after.some((v) => typeof v === "string" && v.includes("。。"))).toBe(false);
    expect(after.some((v) => typeof v === "string" && v.includes("灾灾灾"))).toBe(true);
    const log = await gateway.readCleanupLog();
    expect(log.entries).toHaveLength(18);
    expect(log.entries.every((e) => e.action === "apply" && e.time === "2024-05-06 09:30:00")).toBe(true);
    expect(fake.runOptions.filter((o) => o?.mergeUndoGroup)).toHaveLength(1);
    // look ×2 for the selection, log read, the removed row's look (whyRowsStay: used range, then its
    // formats), then one apply run of 4 requests.
    expect(fake.syncs).toBeLessThanOrEqual(14);
  });

  it("proposes nothing on its own output, and 撤销清理 then restores every cell", async () => {
    const { fake, gateway, grid } = await sampleInFake();
    await cleanSelection(gateway, NOW);
    const again = await cleanSelection(gateway, NOW);
    expect(again.text.zh).toMatch(/^没有需要清理的内容，未做修改。/);

    const log = await gateway.readCleanupLog();
    const now = await gateway.readSheet(grid.sheet);
    const readCell = (_s: string, r: number, c: number) => now.values[r - now.top]?.[c - now.left] ?? null;
    const plan = planRevert(log.entries, {}, readCell, "2024-05-06 10:00:00");
    expect(plan.conflicts).toEqual([]);
    const result = await gateway.applyCleanupWithLog(plan.entries, log.entries);
    expect(result.skipped).toEqual([]);
    const width = Math.max(...grid.values.map((r) => r.length)) + grid.left;
    const height = grid.values.length + grid.top;
    expect(rowsOf(fake, grid.sheet, height, width)).toEqual(padded(grid, height, width));
  });

  it("without ExcelApi 1.20 the message says undo is through 撤销清理, not Ctrl+Z", async () => {
    const { fake, gateway } = await sampleInFake(MINIMUM_FEATURES);
    const outcome = await cleanSelection(gateway, NOW);
    expect(outcome.text.zh).toContain("请在助手中点“撤销清理”");
    expect(outcome.text.zh).not.toContain("可按 Ctrl+Z");
    expect(fake.runOptions.every((o) => o === undefined)).toBe(true);
  });

  it("without ExcelApi 1.9 the repeated header row stays: revert could not restore how it looks", async () => {
    const { fake, gateway, grid } = await sampleInFake(MINIMUM_FEATURES);
    const row20 = fake.sheet(grid.sheet).get("B20");
    const outcome = await cleanSelection(gateway, NOW);
    expect(outcome.text.zh).toMatch(/^已清理 17 处，/);
    expect(fake.sheet(grid.sheet).get("B20")).toBe(row20);
    expect(fake.log.filter((e) => e.path === "delete")).toEqual([]);
  });

  it("says which cell it left alone and why, when a cell changes between the preview and the edit", async () => {
    const { fake, gateway, grid } = await sampleInFake();
    // The first cell holding 。。 (which the cleanup would mend) is changed by the officer meanwhile.
    const r = grid.values.findIndex((row) => row.some((v) => typeof v === "string" && v.includes("。。")));
    const c = grid.values[r].findIndex((v) => typeof v === "string" && v.includes("。。"));
    const address = a1(grid.top + r, grid.left + c);
    const apply = gateway.applyCleanupWithLog.bind(gateway);
    gateway.applyCleanupWithLog = async (entries, previous) => {
      fake.sheet(grid.sheet).put(address, [["officer's own text"]]);
      return apply(entries, previous);
    };
    const outcome = await cleanSelection(gateway, NOW);
    expect(outcome.ok).toBe(true);
    expect(outcome.text.zh).toContain(`${address} 在预览后又被修改过，未清理（保留您的修改）。`);
    expect(outcome.text.en).toContain("was changed after the preview; not cleaned");
    expect(fake.sheet(grid.sheet).get(address)).toBe("officer's own text");
  });

  it("changes nothing where no table header is selected", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    fake.sheet("Sheet1").put("A1", [[" 你好。。"]]);
    const { gateway } = gatewayOn(fake);
    const outcome = await cleanSelection(gateway, NOW);
    expect(outcome.ok).toBe(false);
    expect(outcome.text.zh).toContain("没有找到绩效目标表的表头");
    expect(fake.sheet("Sheet1").get("A1")).toBe(" 你好。。");
    expect(fake.live().map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("turns a failure into plain words and never throws", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    const { gateway } = gatewayOn(fake);
    gateway.readSelection = () => Promise.reject(Object.assign(new Error("x"), { code: "AccessDenied" }));
    const outcome = await cleanSelection(gateway, NOW);
    expect(outcome.ok).toBe(false);
    expect(outcome.text.zh).toContain("操作未完成");
  });
});
