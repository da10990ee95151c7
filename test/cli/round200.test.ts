/**
 * Round 200, bad and unusual input through the command line: output names Excel would not open, an
 * .xlsm's macros a copy cannot hold, empty sheets and sheets of pictures, a --range beyond the sheet or
 * typed full-width, a --sheet typed in another case or width, a revert after rows were inserted by hand,
 * and text that looks like a formula flowing into every written workbook.
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
  `1、产出指标：巡查企业数，不少于${n}万家次。\n2、效益指标：群众满意度，不低于90%`,
  "",
];

async function write(file: string, build: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  await wb.xlsx.writeFile(file);
}

function table(
  wb: ExcelJS.Workbook,
  name = "表",
  rows = [row("白云区", 2), row("番禺区", 3)],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  [HEADER, ...rows].forEach((r) => ws.addRow(r));
  return ws;
}

/** Every formula element in every part of a saved package. */
async function formulasIn(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const found: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith(".xml")))
    for (const m of (await zip.file(name)!.async("string")).matchAll(/<f[ >][^<]*/g))
      found.push(`${name}: ${m[0]}`);
  return found;
}

describe("round 200: bad and unusual input", () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "round200-cli-"));
    await write(path.join(dir, "ok.xlsx"), (wb) => table(wb));
    // A macro-enabled workbook (its VBA project beside the sheets), under both names.
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, "ok.xlsx")));
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file(
      "[Content_Types].xml",
      types.replace("spreadsheetml.sheet.main+xml", "ms-excel.sheet.macroEnabled.main+xml"),
    );
    zip.file("xl/vbaProject.bin", Buffer.from("VBA project"));
    const xlsm = await zip.generateAsync({ type: "nodebuffer" });
    fs.writeFileSync(path.join(dir, "macro.xlsm"), xlsm);
    await write(path.join(dir, "empty.xlsx"), (wb) => wb.addWorksheet("Sheet1"));
    await write(path.join(dir, "pictures.xlsx"), (wb) => {
      const ws = wb.addWorksheet("扫描件");
      const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");
      ws.addImage(wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" }), "A1:F20");
    });
    await write(path.join(dir, "case.xlsx"), (wb) => {
      wb.addWorksheet("封面").addRow(["2022年项目支出绩效目标表"]);
      table(wb, "Sheet1");
    });
    await write(path.join(dir, "width.xlsx"), (wb) => {
      wb.addWorksheet("封面").addRow(["2022年项目支出绩效目标表"]);
      table(wb, "表１");
    });
    // Text that Excel would take for a formula, in the cells that flow into every output sheet.
    await write(path.join(dir, "fx.xlsx"), (wb) => {
      const ws = table(wb, "表", [row("白云区", 2), row("番禺区", 3)]);
      ws.getCell("C2").value = '=HYPERLINK("http://x","安全生产执法检查经费（白云区）")';
      ws.getCell("E2").value =
        "1、产出指标：=SUM(A1:A9)，不少于2家\n2、效益指标：+满意度，不低于90%\n3、成本指标：-成本，不高于5万元\n4、产出指标：@巡查数，不少于3次";
      ws.getCell("D3").value = "-全年巡查企业3万家次";
    });
    // A cleaned file in which the officer then inserted a row above the table's data.
    await write(path.join(dir, "messy.xlsx"), (wb) => {
      const ws = table(wb, "表", [row("白云区", 2), row("番禺区", 3), HEADER, row("海珠区", 1)]);
      ws.getCell("E2").value = "1.产出指标:巡查企业数,不少于2万家次\n2.效益指标:群众满意度,不低于90%";
    });
    expect(await runCli(["cleanup", "messy.xlsx", "-o", "cleaned.xlsx"], fakeIO(dir).io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "cleaned.xlsx"));
    wb.getWorksheet("表")!.spliceRows(2, 0, ["广州市应急管理局", "新增单位"]);
    await wb.xlsx.writeFile(path.join(dir, "inserted.xlsx"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("an output not named .xlsx (.csv, .xlsm, none) is refused before anything is written, exit 2", async () => {
    for (const [args, out] of [
      [["analyze", "ok.xlsx", "-o", "结果.csv"], "结果.csv"],
      [["cleanup", "ok.xlsx", "-o", "clean.xlsm"], "clean.xlsm"],
      [["compare", "ok.xlsx", "-o", "对比"], "对比"],
      [["revert", "cleaned.xlsx", "-o", "back.xls"], "back.xls"],
    ] as const) {
      const f = fakeIO(dir);
      expect(await runCli([...args], f.io)).toBe(2);
      expect(f.err()).toContain(`输出文件名 ${out} `);
      expect(f.err()).toContain("请改用 .xlsx");
      expect(f.err()).toContain("Use .xlsx");
      expect(f.err()).not.toMatch(/\n\s+at /);
      expect(fs.existsSync(path.join(dir, out))).toBe(false);
    }
    expect(await runCli(["analyze", "ok.xlsx", "-o", "UPPER.XLSX"], fakeIO(dir).io)).toBe(0);
  });

  it("an .xlsm's macros: analyze says the copy lacks them; cleanup refuses; the dry run says why", async () => {
    let f = fakeIO(dir);
    expect(await runCli(["analyze", "macro.xlsm", "-o", "macro-a.xlsx"], f.io)).toBe(0);
    expect(f.out()).toContain("输出文件中没有原文件的宏（VBA 代码）");
    expect(f.out()).not.toContain("原有工作表未改动");
    f = fakeIO(dir);
    expect(await runCli(["cleanup", "macro.xlsm", "-o", "macro-c.xlsx"], f.io)).toBe(2);
    expect(f.err()).toContain("macro.xlsm 含有宏（VBA 代码），命令行保存文件时无法保留这些内容");
    expect(f.err()).toContain("holds VBA macros");
    expect(fs.existsSync(path.join(dir, "macro-c.xlsx"))).toBe(false);
    f = fakeIO(dir);
    expect(await runCli(["cleanup", "macro.xlsm", "--dry-run"], f.io)).toBe(0);
    expect(f.out()).toContain("注意：本文件含有宏（VBA 代码）");
    f = fakeIO(dir);
    expect(await runCli(["compare", "macro.xlsm", "ok.xlsx", "-o", "macro-cmp.xlsx", "--json"], f.io)).toBe(
      0,
    );
    expect(f.err()).toContain("输出文件中没有原文件的宏（VBA 代码）");
  });

  it("an empty sheet and a sheet of pictures are named for what they are", async () => {
    let f = fakeIO(dir);
    expect(await runCli(["parse", "empty.xlsx"], f.io)).toBe(2);
    expect(f.err()).toContain("工作表“Sheet1”是空的，没有任何填写内容。");
    expect(f.err()).toContain('Sheet "Sheet1" is empty');
    f = fakeIO(dir);
    expect(await runCli(["analyze", "pictures.xlsx", "-o", "p.xlsx"], f.io)).toBe(2);
    expect(f.err()).toContain("pictures.xlsx：工作表“扫描件”的单元格中没有任何文字，只有图片");
    expect(fs.existsSync(path.join(dir, "p.xlsx"))).toBe(false);
    f = fakeIO(dir);
    expect(await runCli(["compare", "pictures.xlsx", "ok.xlsx"], f.io)).toBe(2);
    expect(f.err()).toContain("只有图片");
    // A sheet with a table is never called empty.
    f = fakeIO(dir);
    expect(await runCli(["parse", "case.xlsx", "--sheet", "封面"], f.io)).toBe(2);
    expect(f.err()).not.toContain("是空的");
  });

  it("a --range that holds nothing names the sheet's filled area; one typed full-width is read", async () => {
    let f = fakeIO(dir);
    expect(await runCli(["parse", "ok.xlsx", "--range", "AA100:AF200"], f.io)).toBe(2);
    expect(f.err()).toContain("所给区域 AA100:AF200 中没有任何内容（工作表“表”中填有内容的区域为 A1:F3）");
    f = fakeIO(dir);
    expect(await runCli(["parse", "ok.xlsx", "--range", "Ａ１：Ｆ３", "--json"], f.io)).toBe(0);
    expect(JSON.parse(f.out()).indicators).toHaveLength(4);
  });

  it("a --sheet typed in another case or width reads the one sheet Excel would take it for", async () => {
    let f = fakeIO(dir);
    expect(await runCli(["parse", "case.xlsx", "--sheet", "SHEET1", "--json"], f.io)).toBe(0);
    expect(JSON.parse(f.out()).tables[0].sheet).toBe("Sheet1");
    f = fakeIO(dir);
    expect(await runCli(["parse", "width.xlsx", "--sheet", "表1", "--json"], f.io)).toBe(0);
    expect(JSON.parse(f.out()).tables[0].sheet).toBe("表１");
    f = fakeIO(dir);
    expect(await runCli(["parse", "width.xlsx", "--sheet", "表2"], f.io)).toBe(2);
    expect(f.err()).toContain("找不到工作表“表2”。现有工作表：封面、表１");
  });

  it("revert after rows were inserted by hand puts no row back in the wrong place, and says why", async () => {
    const f = fakeIO(dir);
    expect(await runCli(["revert", "inserted.xlsx", "-o", "inserted-r.xlsx"], f.io)).toBe(0);
    expect(f.out()).toContain("清理后工作表“表”中插入或删除过行（如 表!E2 清理后的内容现在在 表!E3）");
    expect(f.out()).toContain("表!E2 清理后的内容现在在 表!E3（清理后插入或删除过行），未还原。");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "inserted-r.xlsx"));
    const ws = wb.getWorksheet("表")!;
    // No header copy restored between 白云区 and 番禺区; every row is where the officer left it.
    expect(ws.getColumn(3).values.filter((v) => v === "项目名称")).toHaveLength(1);
    expect(ws.getCell("B2").value).toBe("新增单位");
    expect(ws.getCell("C5").value).toBe("安全生产执法检查经费（海珠区）");
    // Without the insertion, the same revert restores everything.
    const back = fakeIO(dir);
    expect(await runCli(["revert", "cleaned.xlsx", "-o", "cleaned-r.xlsx"], back.io)).toBe(0);
    expect(back.out()).not.toContain("插入或删除过行");
  });

  it("text that looks like a formula stays text in every written workbook", async () => {
    const outs: [string[], string][] = [
      [["analyze", "fx.xlsx", "-o", "fx-a.xlsx"], "fx-a.xlsx"],
      [["cleanup", "fx.xlsx", "-o", "fx-c.xlsx"], "fx-c.xlsx"],
      [["compare", "fx.xlsx", "ok.xlsx", "-o", "fx-cmp.xlsx"], "fx-cmp.xlsx"],
    ];
    for (const [args, out] of outs) {
      expect(await runCli(args, fakeIO(dir).io)).toBe(0);
      expect(await formulasIn(path.join(dir, out))).toEqual([]);
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "fx-a.xlsx"));
    const texts = wb
      .getWorksheet("指标明细")!
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === "string");
    expect(texts.some((t) => (t as string).startsWith("=HYPERLINK"))).toBe(true);
  });

  it("an output that replaces an existing file says so, in every command", async () => {
    for (const [args, out] of [
      [["analyze", "ok.xlsx", "-o", "again.xlsx"], "again.xlsx"],
      [["cleanup", "messy.xlsx", "-o", "again-c.xlsx"], "again-c.xlsx"],
      [["revert", "cleaned.xlsx", "-o", "again-r.xlsx"], "again-r.xlsx"],
      [["compare", "ok.xlsx", "-o", "again-cmp.xlsx"], "again-cmp.xlsx"],
    ] as const) {
      fs.writeFileSync(path.join(dir, out), "an officer's file");
      const f = fakeIO(dir);
      expect(await runCli([...args], f.io)).toBe(0);
      expect(f.out()).toContain(`注意：已有同名文件 ${out}，已被新文件替换。`);
    }
    const f = fakeIO(dir);
    expect(await runCli(["analyze", "ok.xlsx", "-o", "fresh.xlsx"], f.io)).toBe(0);
    expect(f.out()).not.toContain("已被新文件替换");
  });
});
