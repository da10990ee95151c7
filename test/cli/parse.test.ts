import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import { fakeIO, SAMPLE } from "../support/cli";
import { loadGold } from "../support/sample";

jest.setTimeout(60000);

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "parse-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function workbook(file: string, sheets: Record<string, (string | number | null)[][]>, active = 0) {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r) => ws.addRow(r));
  }
  wb.views = [
    { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: active, visibility: "visible" },
  ];
  await wb.xlsx.writeFile(file);
}

describe("parse", () => {
  it("prints {tables, indicators} as JSON and nothing else", async () => {
    const f = fakeIO(dir);
    expect(await runCli(["parse", SAMPLE, "--json"], f.io)).toBe(0);
    const json = JSON.parse(f.out());
    expect(Object.keys(json)).toEqual(["tables", "indicators"]);
    expect(json.tables[0]).toMatchObject({ layout: "packed", headerRow: 5, repeatedHeaderRows: [20] });
    expect(json.indicators).toHaveLength(145);
    const gold = loadGold();
    const { note: _note, ...first } = gold[0].indicators[0] as unknown as Record<string, unknown>;
    expect(json.indicators[0]).toMatchObject({ ...first, sheet: "2022年项目绩效目标", row: 6, cell: "E6" });
    for (const key of [
      "sheet",
      "row",
      "cell",
      "project",
      "budgetUnit",
      "department",
      "district",
      "seq",
      "level1",
      "level2",
      "level2Inferred",
      "name",
      "target",
      "comparator",
      "value",
      "valueMax",
      "unit",
      "kind",
      "date",
      "text",
    ])
      expect(json.indicators[0]).toHaveProperty(key);
    expect(f.err()).toBe("");
  });

  it("prints a readable summary without --json", async () => {
    const f = fakeIO(dir);
    expect(await runCli(["parse", SAMPLE], f.io)).toBe(0);
    expect(f.out()).toMatch(/共 27 个项目，145 条指标/);
    expect(f.out()).toMatch(/跳过重复的表头行: 20/);
  });

  it("reads the sheet that was active when saved, or the one named, within a range", async () => {
    const file = path.join(dir, "two.xlsx");
    await workbook(
      file,
      {
        封面: [["说明"]],
        指标: [
          ["项目名称", "绩效指标"],
          ["A项目", "1、产出指标：培训人数，100人。"],
          ["B项目", "1、产出指标：检查次数，5次。"],
        ],
      },
      1,
    );
    let f = fakeIO(dir);
    expect(await runCli(["parse", file, "--json"], f.io)).toBe(0);
    expect(JSON.parse(f.out()).indicators.map((i: { value: number }) => i.value)).toEqual([100, 5]);
    f = fakeIO(dir);
    expect(await runCli(["parse", file, "--sheet", "指标", "--range", "A1:B2", "--json"], f.io)).toBe(0);
    expect(JSON.parse(f.out()).indicators).toHaveLength(1);
    // Without --sheet, the summary names the sheets it did not read; with it, it does not.
    f = fakeIO(dir);
    expect(await runCli(["parse", file], f.io)).toBe(0);
    expect(f.out()).toMatch(
      /本文件还有工作表：封面。读取其他工作表请加 --sheet 名称。\nThis file has other sheets too: 封面/,
    );
    f = fakeIO(dir);
    expect(await runCli(["parse", file, "--sheet", "指标"], f.io)).toBe(0);
    expect(f.out()).not.toMatch(/还有工作表/);
    // A default sheet with no table: the message says where else to look.
    f = fakeIO(dir);
    await workbook(path.join(dir, "cover.xlsx"), { 封面: [["说明"]], 指标: [["项目名称", "绩效指标"]] }, 0);
    expect(await runCli(["parse", path.join(dir, "cover.xlsx")], f.io)).toBe(2);
    expect(f.err()).toMatch(/没有找到绩效目标表[\s\S]*绩效目标表在工作表：指标。请加 --sheet 名称 指定/);
  });

  it.each([
    [["parse", "missing.xlsx"], /找不到文件.*\n.*File not found/],
    [["parse", SAMPLE, "--sheet", "没有这个表"], /找不到工作表“没有这个表”[\s\S]*No sheet named/],
    [["parse", SAMPLE, "--range", "A1:ZZ"], /区域格式不正确[\s\S]*Malformed range/],
    [["parse"], /请给出一个 \.xlsx 文件[\s\S]*Give one \.xlsx file/],
  ])("exits 2 with a clear message: %j", async (args, message) => {
    const f = fakeIO(dir);
    expect(await runCli(args as string[], f.io)).toBe(2);
    expect(f.err()).toMatch(message as RegExp);
    expect(f.err()).not.toMatch(/at .*\.ts:\d+/);
    expect(f.out()).toBe("");
  });

  it("exits 2 when the file is not a workbook or has no table", async () => {
    const bad = path.join(dir, "bad.xlsx");
    fs.writeFileSync(bad, "not a zip");
    let f = fakeIO(dir);
    expect(await runCli(["parse", bad], f.io)).toBe(2);
    expect(f.err()).toMatch(/这是文本文件（如 .csv），不是 Excel 工作簿[\s\S]*not an Excel workbook/);
    const empty = path.join(dir, "empty.xlsx");
    await workbook(empty, {
      Sheet1: [
        ["姓名", "年龄"],
        ["张三", 30],
      ],
    });
    f = fakeIO(dir);
    expect(await runCli(["parse", empty], f.io)).toBe(2);
    expect(f.err()).toMatch(/没有找到绩效目标表[\s\S]*No performance-target table/);
    // A sheet read whole is a sheet, not a selection; with --range it is the range chosen.
    expect(f.err()).toMatch(/工作表“Sheet1”里没有找到绩效目标表/);
    expect(f.err()).not.toMatch(/所选区域/);
    f = fakeIO(dir);
    expect(await runCli(["parse", empty, "--range", "A1:B2"], f.io)).toBe(2);
    expect(f.err()).toMatch(/工作表“Sheet1”的所选区域里没有找到绩效目标表/);
  });
});
