/**
 * Round 238 over real .xlsx files: an English officer's result sheets and cleanup log carry English
 * names; a workbook holding sheets written in the other language is handled as one would expect.
 * Gold written before the run: the log written first keeps its name for whoever writes next, revert finds
 * it in either language, and "replace previous results" removes the earlier sheets whatever their language.
 */
import ExcelJS from "exceljs";
import { XlsxGateway } from "../../src/xlsx/gateway";
import { cleanupWorkbook, findCleanupLogSheet, revertWorkbook } from "../../src/xlsx/cleanup";
import { createdSheetNames } from "../../src/xlsx/render";
import { defaultCleanupSettings, entriesForRun } from "../../src/core/cleanup";
import { cleanupTmp, makeTmpDir, plan, roundTrip } from "./helpers";
import * as path from "path";

const TIME = "2026-12-02 16:00:00";

function table(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("海珠区");
  ws.addRows([
    ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
    ["应急演练项目", "产出指标", "数量指标", " 演练次数", "≥4次"],
    ["应急演练项目", "效益指标", "社会效益指标", "群众满意度", "≥90%"],
  ]);
  return wb;
}

const names = (wb: ExcelJS.Workbook) => wb.worksheets.map((w) => w.name);

let dir: string;
beforeAll(() => {
  dir = makeTmpDir();
});
afterAll(() => cleanupTmp(dir));

describe("the cleanup log in either language", () => {
  it("is named Cleanup log when an English officer writes the first one, and read back after saving", async () => {
    const wb = table();
    const r = cleanupWorkbook(wb, {
      sheet: "海珠区",
      settings: defaultCleanupSettings(),
      time: TIME,
      lang: "en",
    });
    expect(r.logSheet).toBe("Cleanup log");
    const back = await roundTrip(wb, path.join(dir, "en-log.xlsx"));
    expect(names(back)).toContain("Cleanup log");
    expect(names(back)).not.toContain("清理日志");
    // A Chinese officer's revert (the command line's default) finds it.
    const reverted = revertWorkbook(back, {}, TIME);
    expect(reverted.plan.entries.length).toBeGreaterThan(0);
    expect(reverted.logSheet).toBe("Cleanup log");
    expect(back.getWorksheet("海珠区")!.getCell("D2").value).toBe(" 演练次数");
  });

  it("keeps the name it has when the other language writes next: one log per workbook", async () => {
    const wb = table();
    cleanupWorkbook(wb, { sheet: "海珠区", settings: defaultCleanupSettings(), time: TIME });
    expect(names(wb)).toContain("清理日志");
    const gw = new XlsxGateway(wb);
    const log = await gw.readCleanupLog("en");
    expect(log.entries.length).toBeGreaterThan(0);
    await gw.writeCleanupLog(log.entries, "en");
    expect(names(wb).filter((n) => n === "清理日志" || n === "Cleanup log")).toEqual(["清理日志"]);
    // Its rule names are now the writer's words; the entries read back the same.
    const back = await roundTrip(wb, path.join(dir, "zh-log-en-writer.xlsx"));
    expect((await new XlsxGateway(back).readCleanupLog()).entries).toEqual(log.entries);
    expect(String(back.getWorksheet("清理日志")!.getCell("K2").value)).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("is not cleaned itself, whichever its language", () => {
    const wb = table();
    cleanupWorkbook(wb, { sheet: "海珠区", settings: defaultCleanupSettings(), time: TIME, lang: "en" });
    expect(findCleanupLogSheet(wb)?.name).toBe("Cleanup log");
    expect(findCleanupLogSheet(wb, "en")?.name).toBe("Cleanup log");
  });

  it("a sheet merely named Cleanup log is not taken for the log (found by its header row)", () => {
    const wb = table();
    wb.addWorksheet("Cleanup log").addRow(["my notes"]);
    const gwLog = cleanupWorkbook(wb, {
      sheet: "海珠区",
      settings: defaultCleanupSettings(),
      time: TIME,
      lang: "en",
    });
    expect(gwLog.logSheet).toBe("Cleanup log (2)");
    expect(wb.getWorksheet("Cleanup log")!.getCell("A1").value).toBe("my notes");
  });
});

describe("result sheets in either language", () => {
  it("an English run beside a Chinese one adds English sheets; replacePrevious removes the Chinese ones", async () => {
    const wb = table();
    const gw = new XlsxGateway(wb);
    await gw.writePlans([
      plan({ name: "指标明细", kind: "indicators" }),
      plan({ name: "校验结果", kind: "findings" }),
    ]);
    const written = await gw.writePlans([
      plan({ name: "Indicators", kind: "indicators" }),
      plan({ name: "Review findings", kind: "findings" }),
    ]);
    expect(written.map((w) => w.name)).toEqual(["Indicators", "Review findings"]);
    const again = await gw.writePlans([plan({ name: "Indicators", kind: "indicators" })], {
      replacePrevious: true,
    });
    expect(again.map((w) => w.name)).toEqual(["Indicators"]);
    const back = await roundTrip(wb, path.join(dir, "replaced.xlsx"));
    expect(names(back)).toEqual(["海珠区", "Indicators"]);
    expect(createdSheetNames(back)).toEqual(["Indicators"]);
  });

  it("replacePrevious leaves the log, in either language (the only way back)", async () => {
    const wb = table();
    const gw = new XlsxGateway(wb);
    await gw.applyCleanupEntries(
      entriesForRun(
        [
          {
            kind: "cell",
            sheet: "海珠区",
            cell: "D2",
            rule: "SPACE",
            before: " 演练次数",
            after: "演练次数",
            applied: true,
          },
        ],
        TIME,
        1,
      ),
    );
    const log = await gw.readCleanupLog("en");
    expect(log.entries).toEqual([]);
    await gw.writeCleanupLog(
      entriesForRun(
        [
          {
            kind: "cell",
            sheet: "海珠区",
            cell: "D2",
            rule: "SPACE",
            before: " 演练次数",
            after: "演练次数",
            applied: true,
          },
        ],
        TIME,
        1,
      ),
      "en",
    );
    await gw.writePlans([plan({ name: "Review findings", kind: "findings" })], { replacePrevious: true });
    await gw.writePlans([plan({ name: "校验结果", kind: "findings" })], { replacePrevious: true });
    expect(names(wb)).toEqual(["海珠区", "Cleanup log", "校验结果"]);
  });
});
