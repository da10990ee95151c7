/**
 * Round 180, bad and unusual input through the command line: a chart sheet the copy would lose, error
 * values in a table, tables on hidden sheets, a Word document named .xlsx, a second analyze of a result,
 * a header with no rows, one file given twice, and --ids naming no log entry.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runCli } from "../../src/cli/main";
import { fakeIO } from "../support/cli";

const HEADER = ["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标", "备注"];
const row = (district: string, n: number) => [
  "广州市应急管理局",
  `${district}应急管理局`,
  `安全生产执法检查经费（${district}）`,
  `全年巡查企业${n}万家次，消除安全隐患。`,
  `1、产出指标：巡查企业数，不少于${n}万家次。。\n2、效益指标：群众满意度，不低于90%`,
  "",
];

async function write(file: string, build: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  await wb.xlsx.writeFile(file);
}

/** Adds a chart sheet named `name` to an .xlsx package, as Excel stores one (ExcelJS cannot). */
async function addChartSheet(file: string, name: string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  zip.file(
    "xl/chartsheets/sheet1.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>',
  );
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdCS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
    ),
  );
  const book = await zip.file("xl/workbook.xml")!.async("string");
  zip.file(
    "xl/workbook.xml",
    book.replace("</sheets>", `<sheet name="${name}" sheetId="99" r:id="rIdCS"/></sheets>`),
  );
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/></Types>',
    ),
  );
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

describe("round 180: bad and unusual input", () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "round180-cli-"));
    const table = (wb: ExcelJS.Workbook, name = "表", rows = [row("白云区", 2), row("番禺区", 3)]) => {
      const ws = wb.addWorksheet(name);
      [HEADER, ...rows].forEach((r) => ws.addRow(r));
      return ws;
    };
    await write(path.join(dir, "ok.xlsx"), (wb) => table(wb));
    // A chart sheet beside the table.
    await write(path.join(dir, "chart.xlsx"), (wb) => table(wb));
    await addChartSheet(path.join(dir, "chart.xlsx"), "图表1");
    // Error values: #REF! where the indicators stand, #N/A (a failed formula) where the goal stands.
    await write(path.join(dir, "errors.xlsx"), (wb) => {
      const ws = table(wb);
      ws.getCell("E2").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
      ws.getCell("D3").value = { formula: "NA()", result: { error: "#N/A" } } as ExcelJS.CellFormulaValue;
    });
    // The table on a hidden sheet, a visible cover first.
    await write(path.join(dir, "hidden-table.xlsx"), (wb) => {
      wb.addWorksheet("封面").addRow(["2022年项目支出绩效目标表"]);
      table(wb, "绩效目标").state = "hidden";
    });
    // A second district's table on a very hidden sheet.
    await write(path.join(dir, "second-hidden.xlsx"), (wb) => {
      table(wb, "白云区", [row("白云区", 2)]);
      table(wb, "海珠区", [row("海珠区", 1)]).state = "veryHidden";
    });
    // A header with nothing under it.
    await write(path.join(dir, "header-only.xlsx"), (wb) => table(wb, "表", []));
    // A Word document and a plain ZIP file named .xlsx.
    const docx = new JSZip();
    docx.file("[Content_Types].xml", '<?xml version="1.0"?><Types/>');
    docx.file("word/document.xml", '<?xml version="1.0"?><w:document/>');
    fs.writeFileSync(path.join(dir, "word.xlsx"), await docx.generateAsync({ type: "nodebuffer" }));
    const zip = new JSZip();
    zip.file("说明.txt", "绩效目标表见附件");
    fs.writeFileSync(path.join(dir, "zip.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe("P2: a chart sheet the written copy cannot hold", () => {
    it("analyze names it and never says the original sheets are unchanged", async () => {
      const f = fakeIO(dir);
      expect(await runCli(["analyze", "chart.xlsx", "-o", "chart-a.xlsx"], f.io)).toBe(0);
      expect(f.out()).toContain("输出文件中没有原文件的工作表“图表1”（图表工作表）");
      expect(f.out()).not.toContain("原有工作表未改动");
      const en = fakeIO(dir);
      expect(await runCli(["analyze", "chart.xlsx", "-o", "chart-en.xlsx", "--lang", "en"], en.io)).toBe(0);
      expect(en.out()).toContain(`The output file does not hold the input's sheet(s) "图表1" (chart sheet)`);
      expect(en.out()).not.toContain("existing sheets untouched");
    });

    it("analyze of a file without one still says the sheets are unchanged", async () => {
      const f = fakeIO(dir);
      expect(await runCli(["analyze", "ok.xlsx", "-o", "ok-a.xlsx"], f.io)).toBe(0);
      expect(f.out()).toContain("原有工作表未改动");
      expect(f.out()).not.toContain("输出文件中没有");
    });

    it("cleanup and revert refuse with exit 2 and write nothing; the dry run still previews", async () => {
      let f = fakeIO(dir);
      expect(await runCli(["cleanup", "chart.xlsx", "-o", "chart-c.xlsx"], f.io)).toBe(2);
      expect(f.err()).toContain("chart.xlsx 含有工作表“图表1”（图表工作表）");
      expect(f.err()).toContain("请在 Excel 中用本加载项的“一键清理”");
      expect(f.err()).toContain("Error: chart.xlsx holds the sheet(s)");
      expect(fs.existsSync(path.join(dir, "chart-c.xlsx"))).toBe(false);
      f = fakeIO(dir);
      expect(await runCli(["cleanup", "chart.xlsx", "--dry-run"], f.io)).toBe(0);
      expect(f.out()).toContain("预览，未保存");
      expect(f.out()).toContain(
        "注意：本文件含有工作表“图表1”（图表工作表），命令行保存文件时无法保留这类工作表",
      );
      f = fakeIO(dir);
      expect(await runCli(["revert", "chart.xlsx", "-o", "chart-r.xlsx"], f.io)).toBe(2);
      expect(fs.existsSync(path.join(dir, "chart-r.xlsx"))).toBe(false);
    });
  });

  describe("P3: error values in a table", () => {
    it("parse says them and never reads #REF! as an indicator", async () => {
      let f = fakeIO(dir);
      expect(await runCli(["parse", "errors.xlsx"], f.io)).toBe(0);
      expect(f.out()).toContain("单元格 E2（#REF!）、D3（#N/A） 是 Excel 错误值（公式出错），未作读取");
      f = fakeIO(dir);
      expect(await runCli(["parse", "errors.xlsx", "--json"], f.io)).toBe(0);
      const names = (JSON.parse(f.out()).indicators as { name: string }[]).map((i) => i.name);
      expect(names.some((n) => n.includes("#"))).toBe(false);
    });

    it("analyze says them too, and judges no error value as a goal or a name", async () => {
      let f = fakeIO(dir);
      expect(await runCli(["analyze", "errors.xlsx", "--json"], f.io)).toBe(0);
      const findings = JSON.parse(f.out()).findings as { cell: string; code: string; message: string }[];
      expect(findings.filter((x) => x.code === "GOAL-VAGUE" && x.cell === "D3")).toEqual([]);
      expect(findings.some((x) => x.message.includes("#REF"))).toBe(false);
      expect(f.err()).toContain("E2（#REF!）");
      f = fakeIO(dir);
      expect(await runCli(["analyze", "errors.xlsx", "-o", "errors-a.xlsx"], f.io)).toBe(0);
      expect(f.out()).toContain("· 工作表“表”：单元格 E2（#REF!）、D3（#N/A） 是 Excel 错误值");
    });
  });

  describe("P4: tables on hidden sheets", () => {
    it("parse names the hidden sheet and the --sheet that reads it", async () => {
      const f = fakeIO(dir);
      expect(await runCli(["parse", "hidden-table.xlsx"], f.io)).toBe(2);
      expect(f.err()).toContain(
        "已隐藏的工作表“绩效目标”中有绩效目标表，未读取。如需读取，请加 --sheet 绩效目标",
      );
      const read = fakeIO(dir);
      expect(await runCli(["parse", "hidden-table.xlsx", "--sheet", "绩效目标"], read.io)).toBe(0);
    });

    it("analyze and compare say a second district on a hidden sheet was not read", async () => {
      let f = fakeIO(dir);
      expect(await runCli(["analyze", "second-hidden.xlsx", "-o", "sh-a.xlsx"], f.io)).toBe(0);
      expect(f.out()).toContain("· second-hidden.xlsx：已隐藏的工作表“海珠区”中有绩效目标表，未读取。");
      f = fakeIO(dir);
      await runCli(["compare", "second-hidden.xlsx", "ok.xlsx"], f.io);
      expect(f.out() + f.err()).toContain(
        "已隐藏的工作表“海珠区”中有绩效目标表，未读取。如需读取，请加 --sheet 海珠区",
      );
    });
  });

  it("P5: a Word document or a ZIP file named .xlsx is named for what it is, with the file, exit 2", async () => {
    for (const command of [["parse"], ["analyze"], ["compare"], ["cleanup", "--dry-run"]]) {
      const f = fakeIO(dir);
      expect(await runCli([command[0], "word.xlsx", ...command.slice(1)], f.io)).toBe(2);
      expect(f.err()).toContain("word.xlsx：这是 Word 文档（.docx），不是 Excel 工作簿");
      expect(f.err()).not.toContain("没有工作表");
    }
    const f = fakeIO(dir);
    expect(await runCli(["parse", "zip.xlsx"], f.io)).toBe(2);
    expect(f.err()).toContain("zip.xlsx：这是一个压缩包（.zip），其中没有 Excel 工作簿内容");
  });

  it("P6: analyze of an earlier result names the sheets it wrote and says the old ones were kept", async () => {
    expect(await runCli(["analyze", "ok.xlsx", "-o", "first.xlsx"], fakeIO(dir).io)).toBe(0);
    const f = fakeIO(dir);
    expect(await runCli(["analyze", "first.xlsx", "-o", "second.xlsx"], f.io)).toBe(0);
    expect(f.out()).toContain("新增工作表“指标明细 (2)”“校验结果 (2)”");
    expect(f.out()).toContain("文件中原有的同名工作表“指标明细”“校验结果”");
    expect(f.out()).toContain("保留未动");
  });

  it("P8: a header with no rows is an error to fix (exit 2), and analyze writes nothing", async () => {
    let f = fakeIO(dir);
    expect(await runCli(["parse", "header-only.xlsx"], f.io)).toBe(2);
    expect(f.err()).toContain(
      "header-only.xlsx：绩效目标表只有表头（工作表“表”第 1 行），表头下没有项目或指标",
    );
    expect(f.out()).not.toContain("（）");
    f = fakeIO(dir);
    expect(await runCli(["analyze", "header-only.xlsx", "-o", "ho.xlsx"], f.io)).toBe(2);
    expect(f.err()).toContain("表头下没有项目或指标");
    expect(fs.existsSync(path.join(dir, "ho.xlsx"))).toBe(false);
  });

  it("P9: one file given twice to analyze is read once, and said", async () => {
    const once = fakeIO(dir);
    expect(await runCli(["analyze", "ok.xlsx", "--json"], once.io)).toBe(0);
    const twice = fakeIO(dir);
    expect(await runCli(["analyze", "ok.xlsx", path.join(dir, "ok.xlsx"), "--json"], twice.io)).toBe(0);
    expect(JSON.parse(twice.out()).indicators).toHaveLength(JSON.parse(once.out()).indicators.length);
    expect(twice.err()).toContain("与 ok.xlsx 是同一个文件，只读取一次。");
  });

  it("P10: revert --ids naming no log entry says which, exits 2 and writes nothing", async () => {
    expect(await runCli(["cleanup", "ok.xlsx", "-o", "cleaned.xlsx"], fakeIO(dir).io)).toBe(0);
    const f = fakeIO(dir);
    expect(await runCli(["revert", "cleaned.xlsx", "--ids", "1,999", "-o", "reverted.xlsx"], f.io)).toBe(2);
    expect(f.err()).toMatch(/清理日志中没有序号 999（现有序号 1(–\d+)?），未作撤销，也未写出文件。/);
    expect(fs.existsSync(path.join(dir, "reverted.xlsx"))).toBe(false);
    expect(
      await runCli(["revert", "cleaned.xlsx", "--ids", "1", "-o", "reverted.xlsx"], fakeIO(dir).io),
    ).toBe(0);
  });
});
