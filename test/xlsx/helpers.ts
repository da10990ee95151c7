/** Shared helpers for the ExcelJS gateway tests: real files in the temp folder, read back with ExcelJS. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetPlan } from "../../src/core/plan/types";
import { loadWorkbook, saveWorkbook } from "../../src/xlsx/files";

export const SAMPLE_XLSX = path.resolve(__dirname, "../../samples/guangzhou-emergency-2022.xlsx");

/** A fresh temp folder for one test file; removed by `cleanupTmp`. */
export function makeTmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "ptr-xlsx-"));
}

export function cleanupTmp(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * Writes the workbook to a real .xlsx file as the command line saves it, and reads it back as it loads one
 * — as a user reopening the file would.
 */
export async function roundTrip(wb: ExcelJS.Workbook, file: string): Promise<ExcelJS.Workbook> {
  await saveWorkbook(wb, file);
  return loadWorkbook(file);
}

/** One part of the .xlsx package as text (e.g. "xl/workbook.xml"), for checks ExcelJS's reader hides. */
export async function packagePart(file: string, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const entry = zip.file(part);
  if (!entry) throw new Error(`no ${part} in ${file}`);
  return entry.async("string");
}

export function sheetByName(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}; sheets: ${wb.worksheets.map((w) => w.name).join(", ")}`);
  return ws;
}

/** A small plan with defaults; override what a test is about. */
export function plan(overrides: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name: "校验结果",
    kind: "findings",
    values: [
      ["序号", "指标", "问题", "数量"],
      [1, "应急物资储备数量", "=1+1", 5],
      [2, "+8613800000000", "-5", 12],
      [3, "@x", "满意度", 7],
    ],
    ...overrides,
  };
}

/** A workbook with one ordinary sheet, as an officer would have it. */
export function workbookWithSheet(name = "Sheet1"): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  ws.getCell("A1").value = "项目名称";
  ws.getCell("B1").value = "应急管理";
  ws.getCell("B7").value = "≥95%";
  return wb;
}

/** A sheet's tables by name (ExcelJS has them at runtime; its typings lack the field). */
export function tablesOf(ws: ExcelJS.Worksheet): Record<string, unknown> {
  return (ws as unknown as { tables: Record<string, unknown> }).tables;
}

/** Every value of Sheet1 by address (a merge's by its master cell), and its merges: what a cleanup and its revert must keep. */
export function sheetValuesAndMerges(wb: ExcelJS.Workbook): {
  cells: Record<string, unknown>;
  merges: string[];
} {
  const ws = wb.getWorksheet("Sheet1")!;
  const cells: Record<string, unknown> = {};
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value !== null && cell.value !== "" && !cell.isMerged) cells[cell.address] = cell.value;
      else if (cell.isMerged && cell.master.address === cell.address) cells[cell.address] = cell.value;
    }),
  );
  const model = (ws as unknown as { _merges: Record<string, { range: string }> })._merges;
  return {
    cells,
    merges: Object.values(model)
      .map((m) => m.range)
      .sort(),
  };
}
