/**
 * XlsxGateway's cleanup members (the optional part of WorkbookGateway): the task pane's flow
 * propose → apply → log → revert, driven through the gateway alone, on the Guangzhou sample.
 */
import ExcelJS from "exceljs";
import { XlsxGateway } from "../../src/xlsx/gateway";
import { toCellValue, worksheetToGrid } from "../../src/xlsx/read";
import { createdSheetNames } from "../../src/xlsx/render";
import {
  CLEANUP_LOG_SHEET,
  defaultCleanupSettings,
  entriesForRun,
  nextLogId,
  planRevert,
  proposeCleanup,
} from "../../src/core/cleanup";
import type { WorkbookGateway } from "../../src/core/gateway";
import { cellText } from "../../src/core/grid";
import { plan, SAMPLE_XLSX } from "./helpers";

const TIME = "2024-05-01 09:00:00";

async function sample(): Promise<{ wb: ExcelJS.Workbook; gw: XlsxGateway; sheet: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE_XLSX);
  return { wb, gw: new XlsxGateway(wb), sheet: wb.worksheets[0].name };
}

/** What the task pane does on 应用: propose on the selection, carry out, append to the log. */
async function applyDefaults(gw: WorkbookGateway) {
  const log = await gw.readCleanupLog!();
  const proposal = proposeCleanup(await gw.readSelection(), defaultCleanupSettings(), log.entries);
  const planned = entriesForRun(proposal.edits, TIME, nextLogId(log.entries));
  const done = await gw.applyCleanupEntries!(planned);
  await gw.writeCleanupLog!([...log.entries, ...done]);
  return { planned, done };
}

describe("XlsxGateway cleanup members", () => {
  it("has every optional cleanup member of WorkbookGateway", async () => {
    const { gw } = await sample();
    const g: WorkbookGateway = gw;
    expect(typeof g.applyCleanupEntries).toBe("function");
    expect(typeof g.readCleanupLog).toBe("function");
    expect(typeof g.writeCleanupLog).toBe("function");
    expect(await g.readCleanupLog!()).toEqual({ entries: [], messages: [] });
  });

  it("applies the entries: row 20 (the repeated header) goes, the removed row keeps all its cells", async () => {
    const { wb, gw, sheet } = await sample();
    const before = worksheetToGrid(wb.worksheets[0]).values;
    const { done } = await applyDefaults(gw);
    const after = worksheetToGrid(wb.worksheets[0]).values;
    expect(after.length).toBe(before.length - 1);
    expect(after.filter((r) => r[0] === "主管部门")).toHaveLength(1);
    const removal = done.find((e) => e.edit.kind === "row" && e.action === "apply");
    expect(removal?.edit).toMatchObject({ sheet, row: 20, fromColumn: 1, values: before[19] });
    expect(after.flat().some((v) => cellText(v).includes("。。"))).toBe(false);
  });

  it("writes the 清理日志 and reads it back with the same entries", async () => {
    const { wb, gw } = await sample();
    const { done } = await applyDefaults(gw);
    expect(wb.getWorksheet(CLEANUP_LOG_SHEET)).toBeTruthy();
    const read = await gw.readCleanupLog();
    expect(read.messages).toEqual([]);
    expect(read.entries.map((e) => [e.id, e.action, e.edit.rule])).toEqual(
      done.map((e) => [e.id, e.action, e.edit.rule]),
    );
    // A second run appends: one 清理日志 sheet, not two.
    await gw.writeCleanupLog(read.entries);
    expect(wb.worksheets.filter((ws) => ws.name.startsWith(CLEANUP_LOG_SHEET))).toHaveLength(1);
  });

  it("keeps the log when previous output sheets are replaced", async () => {
    const { wb, gw } = await sample();
    await applyDefaults(gw);
    await gw.writePlans([plan()]);
    expect(createdSheetNames(wb)).toEqual(["校验结果"]);
    await gw.writePlans([plan()], { replacePrevious: true });
    expect(wb.getWorksheet(CLEANUP_LOG_SHEET)).toBeTruthy();
    expect((await gw.readCleanupLog()).entries.length).toBeGreaterThan(0);
  });

  it("reverts through the gateway: every cell of the sample comes back exactly", async () => {
    const { wb, gw } = await sample();
    const before = JSON.stringify(worksheetToGrid(wb.worksheets[0]).values);
    await applyDefaults(gw);
    expect(JSON.stringify(worksheetToGrid(wb.worksheets[0]).values)).not.toBe(before);

    const log = await gw.readCleanupLog();
    const grids = new Map<string, ExcelJS.Worksheet>(wb.worksheets.map((ws) => [ws.name, ws]));
    const revert = planRevert(
      log.entries,
      {},
      (sheet, row, col) => toCellValue(grids.get(sheet)!.getCell(row, col).value).value,
      TIME,
    );
    expect(revert.conflicts).toEqual([]);
    const done = await gw.applyCleanupEntries(revert.entries);
    await gw.writeCleanupLog([...log.entries, ...done]);
    expect(JSON.stringify(worksheetToGrid(wb.worksheets[0]).values)).toBe(before);
  });

  it("forgets a selection on the log sheet when the log is rewritten, instead of pointing at nothing", async () => {
    const { gw } = await sample();
    await applyDefaults(gw);
    gw.setSelection(CLEANUP_LOG_SHEET, "A1:B2");
    await gw.writeCleanupLog((await gw.readCleanupLog()).entries);
    // The log sheet was replaced; the selection falls back to the active sheet, and reading works.
    await expect(gw.readSelection()).resolves.toBeTruthy();
  });
});

describe("XlsxGateway.whyRowsStay", () => {
  it("keeps a row a merge crosses and lets the others go", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表");
    ws.addRow(["项目名称", "绩效指标", "备注"]);
    ws.addRow(["巡查", "1、产出指标：巡查企业数，不少于2万家次。", "说明"]);
    ws.addRow(["项目名称", "绩效指标", null]);
    ws.addRow(["培训", "1、产出指标：培训人数，不少于500人次。", null]);
    ws.addRow(["项目名称", "绩效指标", null]);
    ws.addRow(["演练", "1、产出指标：演练12场。", null]);
    ws.mergeCells("C2:C3");
    const kept = await new XlsxGateway(wb).whyRowsStay("表", [3, 5]);
    expect([...kept.keys()]).toEqual([3]);
    expect(kept.get(3)?.zh).toMatch(/合并/);
  });
});
