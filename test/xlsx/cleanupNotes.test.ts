/** What cleanup says about a sheet it edits: merged cells only when a header row would go, protection. */
import * as path from "path";
import ExcelJS from "exceljs";
import { cleanupWorkbook } from "../../src/xlsx/cleanup";
import { defaultCleanupSettings } from "../../src/core/cleanup";
import { cleanupTmp, makeTmpDir, roundTrip } from "./helpers";

const TIME = "2024-05-01 09:00:00";
const HEADER = ["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标"];

function sheet(rows: (string | null)[][]): { wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet } {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("表");
  rows.forEach((r) => ws.addRow(r));
  return { wb, ws };
}

const notes = (wb: ExcelJS.Workbook, dryRun = true) =>
  cleanupWorkbook(wb, { sheet: "表", settings: defaultCleanupSettings(), time: TIME, dryRun }).messages.map(
    (m) => m.zh,
  );

describe("merged cells", () => {
  it("no longer keep a repeated header row: the merges below move with their rows", () => {
    const { wb, ws } = sheet([HEADER, ["局", "单位", "项目", "目标。。", "1、产出指标：甲。"]]);
    ws.mergeCells("A2:B2");
    ws.addRow(HEADER);
    ws.addRow(["局", "单位", "项目二", "目标", "1、产出指标：乙。"]);
    ws.mergeCells("A4:B4");
    expect(notes(wb).join()).not.toMatch(/合并单元格/);
    cleanupWorkbook(wb, { sheet: "表", settings: defaultCleanupSettings(), time: TIME });
    const merges = Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort();
    expect(merges).toEqual(["A2", "A3"]);
    expect(ws.getCell("C3").value).toBe("项目二");
  });
});

describe("a protected sheet", () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTmpDir();
  });
  afterAll(() => cleanupTmp(dir));

  it("names the locked cells the add-in could not edit in Excel, not the unlocked ones", async () => {
    const { wb, ws } = sheet([
      HEADER,
      ["局", "单位", "项目", "目标。。", "1、产出指标：甲。。"],
      ["局", "单位", "项目二", "目标", "1、产出指标：乙。。"],
    ]);
    ws.getCell("E3").protection = { locked: false };
    await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true });
    const saved = await roundTrip(wb, path.join(dir, "protected.xlsx"));
    const said = notes(saved).join("\n");
    expect(said).toMatch(/工作表“表”设有工作表保护，D2、E2 已锁定：在 Excel 中须先撤销工作表保护/);
    expect(said).not.toMatch(/E3/);
    // The edits are still made in the output copy, as the note says.
    cleanupWorkbook(saved, { sheet: "表", settings: defaultCleanupSettings(), time: TIME });
    expect(saved.getWorksheet("表")!.getCell("E2").value).toBe("1、产出指标：甲。");
  });

  it("says nothing of protection on an unprotected sheet", () => {
    const { wb } = sheet([HEADER, ["局", "单位", "项目", "目标。。", "1、产出指标：甲。"]]);
    expect(notes(wb).join()).not.toMatch(/保护/);
  });
});
