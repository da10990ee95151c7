/**
 * Round 238 in Excel (the counting fake): an English Office's cleanup writes its log as Cleanup log, a log
 * written by a Chinese Office keeps its name and is found from an English one, and "replace previous
 * results" removes the add-in's earlier sheets by what it recorded, whatever their language.
 * Gold written before the run.
 */
import { entriesForRun, type CellEdit } from "../../src/core/cleanup";
import { planWrite } from "../../src/excel/write";
import { ALL_FEATURES } from "../../src/excel/features";
import { MemoryRegistry } from "../../src/excel/registry";
import { cleanSelection, validateSelection } from "../../src/commands/actions";
import { FakeExcel } from "./fakeExcel";
import { gatewayOn } from "./helpers";

const TIME = "2026-12-02 16:00:00";
const SHEET = "绩效目标表";

function edit(cell: string, before: string, after: string): CellEdit {
  return { kind: "cell", sheet: SHEET, cell, rule: "SPACE", before, after, applied: true };
}

describe("Excel: the cleanup log's name", () => {
  it("a new log from an English Office is Cleanup log, read back from either language", async () => {
    const fake = new FakeExcel([SHEET]);
    fake.sheet(SHEET).put("A1", [[" 甲"]]);
    const { gateway } = gatewayOn(fake);
    const r = await gateway.applyCleanupWithLog(entriesForRun([edit("A1", " 甲", "甲")], TIME, 1), [], "en");
    expect(r.logSheet).toBe("Cleanup log");
    expect(fake.live().map((s) => s.name)).toEqual([SHEET, "Cleanup log"]);
    expect((await gateway.readCleanupLog()).entries).toHaveLength(1);
    expect((await gateway.readCleanupLog("en")).entries).toHaveLength(1);
  });

  it("a log a Chinese Office wrote keeps its name when an English Office adds to it", async () => {
    const fake = new FakeExcel([SHEET]);
    fake.sheet(SHEET).put("A1", [[" 甲", " 乙"]]);
    const { gateway } = gatewayOn(fake);
    await gateway.applyCleanupWithLog(entriesForRun([edit("A1", " 甲", "甲")], TIME, 1), []);
    const log = await gateway.readCleanupLog("en");
    const r = await gateway.applyCleanupWithLog(
      entriesForRun([edit("B1", " 乙", "乙")], TIME, 2),
      log.entries,
      "en",
    );
    expect(r.logSheet).toBe("清理日志");
    expect(fake.live().map((s) => s.name)).toEqual([SHEET, "清理日志"]);
    expect((await gateway.readCleanupLog("en")).entries.map((e) => e.id)).toEqual([1, 2]);
  });

  it("the ribbon's 一键清理 from an English Office names the log it wrote", async () => {
    const fake = new FakeExcel([SHEET]);
    fake.sheet(SHEET).put("A1", [
      ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
      ["应急演练项目", "产出指标", "数量指标", "演练次数 ", "≥4次"],
    ]);
    fake.selection = { sheet: SHEET, address: "A1:E2" };
    const { gateway } = gatewayOn(fake);
    const outcome = await cleanSelection(gateway, new Date(2026, 11, 2, 16), "en");
    expect(outcome.ok).toBe(true);
    expect(outcome.text.en).toContain('logged on sheet "Cleanup log"');
    expect(fake.live().map((s) => s.name)).toEqual([SHEET, "Cleanup log"]);
  });
});

describe("Excel: the ribbon's 一键校验 from an English Office", () => {
  it("writes Review findings beside an earlier 校验结果, and names it", async () => {
    const fake = new FakeExcel([SHEET, "校验结果"]);
    fake.sheet(SHEET).put("A1", [
      ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
      ["应急演练项目", "产出指标", "数量指标", "演练次数", "较好"],
      ["应急演练项目", "效益指标", "满意度指标", "群众满意度", "≥90%"],
    ]);
    fake.selection = { sheet: SHEET, address: "A1:E3" };
    const { gateway } = gatewayOn(fake);
    const outcome = await validateSelection(gateway, "en");
    expect(outcome.ok).toBe(true);
    expect(outcome.text.en).toContain('listed on sheet "Review findings"');
    expect(fake.live().map((s) => s.name)).toEqual([SHEET, "校验结果", "Review findings"]);
  });
});

describe("Excel: replacing earlier results in the other language", () => {
  it("removes the tracked Chinese sheets and writes the English ones under their own names", () => {
    const existing = [
      { name: SHEET, id: "{1}" },
      { name: "指标明细", id: "{2}" },
      { name: "校验结果", id: "{3}" },
      { name: "清理日志", id: "{4}" },
    ];
    const plans = [
      { name: "Indicators", kind: "indicators" as const, values: [["a"]] },
      { name: "Review findings", kind: "findings" as const, values: [["b"]] },
    ];
    const deps = { features: ALL_FEATURES, registry: new MemoryRegistry(["{2}", "{3}"]) };
    const w = planWrite(plans, existing, [], ["{2}", "{3}"], { replacePrevious: true }, deps);
    expect(w.deleted.map((s) => s.name)).toEqual(["指标明细", "校验结果"]);
    expect(w.names.sheets).toEqual(["Indicators", "Review findings"]);
    // Without replacePrevious nothing is removed and nothing clashes: both languages' sheets stay.
    const kept = planWrite(plans, existing, [], ["{2}", "{3}"], {}, deps);
    expect(kept.deleted).toEqual([]);
    expect(kept.names.sheets).toEqual(["Indicators", "Review findings"]);
  });

  it("numbers an English sheet only against English names (Excel compares case-insensitively)", () => {
    const existing = [
      { name: SHEET, id: "{1}" },
      { name: "review findings", id: "{2}" },
    ];
    const plans = [{ name: "Review findings", kind: "findings" as const, values: [["b"]] }];
    const deps = { features: ALL_FEATURES, registry: new MemoryRegistry() };
    expect(planWrite(plans, existing, [], [], {}, deps).names.sheets).toEqual(["Review findings (2)"]);
  });
});
