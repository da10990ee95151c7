/**
 * Round 180 in the .xlsx gateway: a whole-sheet range costs what the used area costs, error values arrive
 * as blanks the grid names, ZIP packages are told apart by what they hold, and a text beyond Excel's cell
 * limit is cut with a mark (a message quoting a huge cell is shortened instead).
 */
import ExcelJS from "exceljs";
import { worksheetToGrid } from "../../src/xlsx/read";
import { toExcelValue } from "../../src/xlsx/render";
import { packageProblem, uncarriedSheets, zipEntries } from "../../src/xlsx/fileKind";
import { CELL_CUT_MARK, fitCellText, MAX_CELL_TEXT, shortenQuotes } from "../../src/core/plan/types";
import { toExcelValue as toOfficeValue } from "../../src/excel/cellValues";
import JSZip from "jszip";

function sheet(): ExcelJS.Worksheet {
  const ws = new ExcelJS.Workbook().addWorksheet("表");
  ws.addRow(["项目名称", "绩效指标"]);
  ws.addRow(["应急演练", "演练次数 ≥4次"]);
  ws.addRow(["安全培训", "培训人数 ≥300人"]);
  return ws;
}

describe("P1: a range is clipped to the sheet's used area", () => {
  it("reads a whole column or a whole sheet as the used rows and columns", () => {
    const ws = sheet();
    const column = worksheetToGrid(ws, "A1:E5000");
    expect(column.values).toHaveLength(3);
    expect(column.values.every((r) => r.length === 2)).toBe(true);
    const whole = worksheetToGrid(ws, "A1:XFD1048576");
    expect(whole.values).toHaveLength(3);
    expect(whole.values[2]).toEqual(["安全培训", "培训人数 ≥300人"]);
  });

  it("keeps a range inside the used area as given, and one beyond it reads no row of data", () => {
    const ws = sheet();
    expect(worksheetToGrid(ws, "B2:B3").values).toEqual([["演练次数 ≥4次"], ["培训人数 ≥300人"]]);
    const beyond = worksheetToGrid(ws, "A10:XFD1048576");
    expect(beyond.top).toBe(10);
    expect(beyond.values.length).toBeLessThanOrEqual(1);
    expect(beyond.values.flat().every((v) => v === null)).toBe(true);
  });
});

describe("P3: error values come into the grid as blanks, named", () => {
  it("a typed error and a formula's error result", () => {
    const ws = sheet();
    ws.getCell("B2").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    ws.getCell("A3").value = { formula: "NA()", result: { error: "#N/A" } } as ExcelJS.CellFormulaValue;
    const g = worksheetToGrid(ws);
    expect(g.values[1][1]).toBeNull();
    expect(g.values[2][0]).toBeNull();
    expect(g.errors).toEqual([
      [1, 1, "#REF!"],
      [2, 0, "#N/A"],
    ]);
    expect(g.formulas?.[2][0]).toBe(true);
  });
});

describe("P5 and P2: what a ZIP package holds", () => {
  it("a Word document, a PowerPoint file and a plain ZIP file are no workbook", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    const names = zipEntries(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }))!.map(
      (e) => e.name,
    );
    expect(names).toContain("word/document.xml");
    expect(packageProblem(names, "a.xlsx")?.zh).toContain("a.xlsx：这是 Word 文档（.docx）");
    expect(packageProblem(["ppt/presentation.xml"], "b.xlsx")?.zh).toContain("PowerPoint");
    expect(packageProblem(["readme.txt"], "c.xlsx")?.zh).toContain("压缩包");
    expect(packageProblem(["xl/workbook.xml"], "d.xlsx")).toBeNull();
  });

  it("chart, dialog and macro sheets are found by their relationships", () => {
    const book =
      '<workbook><sheets><sheet name="表" sheetId="1" r:id="rId1"/><sheet name="图表 &amp; 1" sheetId="2" r:id="rId2"/>' +
      '<sheet name="宏" sheetId="3" r:id="rId3"/><sheet name="对话" sheetId="4" r:id="rId4"/></sheets></workbook>';
    const rels =
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="chartsheets/sheet1.xml"/>' +
      '<Relationship Target="macrosheets/sheet1.xml" Id="rId3"/><Relationship Id="rId4" Target="dialogsheets/sheet1.xml"/></Relationships>';
    expect(uncarriedSheets(book, rels)).toEqual([
      { name: "图表 & 1", kind: "chart" },
      { name: "宏", kind: "macro" },
      { name: "对话", kind: "dialog" },
    ]);
  });
});

describe("P7: text beyond Excel's cell limit", () => {
  it("is cut with a mark by both gateways, never silently", () => {
    const long = "巡查".repeat(20000);
    for (const v of [toExcelValue(long), toOfficeValue(long), toOfficeValue("=" + long)]) {
      const text = String(v);
      expect(text.length).toBeLessThanOrEqual(MAX_CELL_TEXT + 1);
      expect(text.endsWith(CELL_CUT_MARK)).toBe(true);
    }
    expect(toExcelValue("巡查企业数")).toBe("巡查企业数");
  });

  it("never cuts a character beyond U+FFFF in two", () => {
    const text = "a" + "𠀀".repeat(20000);
    const cut = fitCellText(text);
    const head = cut.slice(0, -CELL_CUT_MARK.length);
    expect(head.endsWith("𠀀")).toBe(true);
  });

  it("a message quoting a huge cell quotes its start and an ellipsis, and so is whole", () => {
    const name = "巡查企业数".repeat(6553);
    const message = `指标“${name}”没有填写目标值。`;
    const short = shortenQuotes(message);
    expect(short).toBe(`指标“${name.slice(0, 60)}…”没有填写目标值。`);
    expect(shortenQuotes("指标“巡查企业数”没有填写目标值。")).toBe("指标“巡查企业数”没有填写目标值。");
  });
});
