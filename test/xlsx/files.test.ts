import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { UserError } from "../../src/cli/io";
import { copyWithPlans, loadWorkbook, saveErrorMessage, saveWorkbook } from "../../src/xlsx/files";
import { createdSheetNames } from "../../src/xlsx/render";
import { cleanupTmp, makeTmpDir, plan, SAMPLE_XLSX, sheetByName, tablesOf } from "./helpers";

let dir: string;
beforeAll(() => {
  dir = makeTmpDir();
});
afterAll(() => cleanupTmp(dir));
const file = (name: string) => path.join(dir, name);
const sha = (f: string) => crypto.createHash("sha256").update(fs.readFileSync(f)).digest("hex");

/** Everything about a sheet's cells an officer could see, in a comparable form. */
function snapshot(ws: ExcelJS.Worksheet) {
  const cells: Record<string, unknown> = {};
  const rows = Math.max(ws.rowCount, 1);
  const cols = Math.max(ws.columnCount, 1);
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= cols; c++) {
      const cell = ws.getCell(r, c);
      cells[cell.address] = {
        value: JSON.parse(JSON.stringify(cell.value ?? null)),
        style: JSON.parse(JSON.stringify(cell.style ?? {})),
        master: cell.isMerged ? cell.master.address : null,
        note: cell.note ?? null,
      };
    }
  }
  const widths = Array.from({ length: cols }, (_, i) => ws.getColumn(i + 1).width ?? null);
  const heights = Array.from({ length: rows }, (_, i) => ws.getRow(i + 1).height ?? null);
  return { name: ws.name, state: ws.state, cells, widths, heights, tables: Object.keys(tablesOf(ws)) };
}

/** An officer's workbook with the things ExcelJS must carry over untouched. */
async function richWorkbook(f: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("2022年 绩效目标");
  ws.getCell("A1").value = "项目名称";
  ws.mergeCells("B1:D1");
  ws.getCell("B1").value = "应急物资储备";
  ws.getCell("A2").value = { formula: "1+1", result: 2 };
  ws.getCell("A3").value = new Date(Date.UTC(2022, 11, 31));
  ws.getCell("A3").numFmt = "yyyy-mm-dd";
  ws.getCell("B2").value = { richText: [{ text: "≥", font: { bold: true } }, { text: "95%" }] };
  ws.getCell("B3").value = { text: "官网", hyperlink: "https://www.gz.gov.cn/" };
  ws.getCell("C2").value = "=不是公式";
  ws.getCell("C3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getCell("C3").value = 0.95;
  ws.getCell("C3").numFmt = "0%";
  ws.getCell("D3").note = "批注";
  ws.getColumn(2).width = 33;
  ws.getRow(2).height = 30;
  ws.getCell("E2").dataValidation = { type: "list", allowBlank: true, formulae: ['"是,否"'] };
  const other = wb.addWorksheet("隐藏参数");
  other.state = "hidden";
  other.getCell("A1").value = 42;
  wb.definedNames.add("'2022年 绩效目标'!$C$3", "目标值");
  await wb.xlsx.writeFile(f);
}

describe("copyWithPlans", () => {
  it("keeps every cell of every original sheet identical, and the input file unchanged", async () => {
    const input = file("rich.xlsx");
    await richWorkbook(input);
    const before = sha(input);
    const original = await loadWorkbook(input);
    const out = file("rich-out.xlsx");
    const { written } = await copyWithPlans(input, out, [
      plan(),
      plan({ name: "2022年 绩效目标", kind: "indicators" }),
    ]);

    expect(written.map((w) => w.name)).toEqual(["校验结果", "2022年 绩效目标 (2)"]);
    expect(sha(input)).toBe(before);
    const copy = await loadWorkbook(out);
    expect(copy.worksheets.map((w) => w.name)).toEqual([
      "2022年 绩效目标",
      "隐藏参数",
      "校验结果",
      "2022年 绩效目标 (2)",
    ]);
    for (const ws of original.worksheets) expect(snapshot(sheetByName(copy, ws.name))).toEqual(snapshot(ws));
    // The officer's own defined name is still there, next to our markers.
    expect(copy.definedNames.model.find((d) => d.name === "目标值")?.ranges).toEqual([
      "'2022年 绩效目标'!$C$3",
    ]);
    expect(createdSheetNames(copy)).toEqual(["校验结果", "2022年 绩效目标 (2)"]);
    expect(sheetByName(copy, "2022年 绩效目标").getCell("E2").dataValidation).toMatchObject({ type: "list" });
  });

  it("keeps the Guangzhou sample's sheets identical", async () => {
    const out = file("sample-out.xlsx");
    const original = await loadWorkbook(SAMPLE_XLSX);
    await copyWithPlans(SAMPLE_XLSX, out, [plan()]);
    const copy = await loadWorkbook(out);
    expect(original.worksheets.length).toBeGreaterThan(0);
    for (const ws of original.worksheets) expect(snapshot(sheetByName(copy, ws.name))).toEqual(snapshot(ws));
    expect(copy.worksheets.map((w) => w.name)).toEqual([
      ...original.worksheets.map((w) => w.name),
      "校验结果",
    ]);
  });

  it("replaces its own earlier sheets when asked, run after run", async () => {
    const input = file("rerun.xlsx");
    await richWorkbook(input);
    const first = file("rerun-1.xlsx");
    const second = file("rerun-2.xlsx");
    await copyWithPlans(input, first, [plan()]);
    await copyWithPlans(first, second, [plan()], { replacePrevious: true });
    const wb = await loadWorkbook(second);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["2022年 绩效目标", "隐藏参数", "校验结果"]);
  });

  it("refuses to overwrite the input file", async () => {
    const input = file("same.xlsx");
    await richWorkbook(input);
    const before = sha(input);
    await expect(copyWithPlans(input, path.join(dir, ".", "same.xlsx"), [plan()])).rejects.toThrow(UserError);
    expect(sha(input)).toBe(before);
  });
});

describe("saveWorkbook and loadWorkbook", () => {
  const wb = () => {
    const w = new ExcelJS.Workbook();
    w.addWorksheet("S").getCell("A1").value = 1;
    return w;
  };

  it("says in both languages when the folder does not exist", async () => {
    const target = path.join(dir, "no-such-folder", "out.xlsx");
    const err = await saveWorkbook(wb(), target).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).zh).toContain("不存在");
    expect((err as UserError).en).toContain("does not exist");
  });

  it("says so when the output is a folder", async () => {
    const err = await saveWorkbook(wb(), dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).en).toContain("folder");
  });

  it("says so when a folder on the path is a file", async () => {
    const notDir = file("plain.txt");
    fs.writeFileSync(notDir, "x");
    const err = await saveWorkbook(wb(), path.join(notDir, "out.xlsx")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).zh).toContain("无法保存");
    expect((err as UserError).en).toContain("Cannot save");
  });

  it.each(["EACCES", "EPERM", "EBUSY"])(
    "explains %s as no permission or the file being open in Excel",
    (code) => {
      const err = saveErrorMessage("结果.xlsx", Object.assign(new Error(code), { code }));
      expect(err.zh).toContain("正在 Excel 中打开");
      expect(err.en).toContain("open in Excel");
    },
  );

  it("saves a workbook that loads back", async () => {
    const target = file("ok.xlsx");
    await saveWorkbook(wb(), target);
    expect(sheetByName(await loadWorkbook(target), "S").getCell("A1").value).toBe(1);
  });

  it("returns a note when it replaced a file, and null for a new one", async () => {
    const target = file("again.xlsx");
    expect(await saveWorkbook(wb(), target)).toBeNull();
    const note = await saveWorkbook(wb(), target);
    expect(note?.zh).toBe("注意：已有同名文件 again.xlsx，已被新文件替换。");
    expect(note?.en).toContain("replaced");
  });

  it("gives clear messages for a missing file, a folder and a file that is not .xlsx", async () => {
    await expect(loadWorkbook(file("missing.xlsx"))).rejects.toThrow(/找不到文件/);
    await expect(loadWorkbook(dir)).rejects.toThrow(/folder/);
    const fake = file("fake.xlsx");
    fs.writeFileSync(fake, "项目名称\t应急\n");
    await expect(loadWorkbook(fake)).rejects.toThrow(/这是文本文件（如 .csv），不是 Excel 工作簿/);
  });
});
