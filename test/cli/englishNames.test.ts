/**
 * Round 238 on the command line: `--lang en` names the sheets it writes in English (analyze: Indicators,
 * Review findings; cleanup: Cleanup log), a workbook holding an earlier run in the other language is read
 * for the officer's tables only, and revert finds a log in either language. Gold written before the run.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import { fakeIO } from "../support/cli";

jest.setTimeout(60000);

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "r238-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function writeTable(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("海珠区").addRows([
    ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
    ["应急演练项目（海珠区）", "产出指标", "数量指标", " 演练次数", "≥4次"],
    ["应急演练项目（海珠区）", "效益指标", "社会效益指标", "群众满意度", "≥90%"],
  ]);
  await wb.xlsx.writeFile(path.join(dir, file));
}

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, file));
  return wb.worksheets.map((w) => w.name);
}

describe("--lang en names the sheets written", () => {
  it("analyze: Indicators and Review findings, said in the summary; a later Chinese run reads the table only", async () => {
    await writeTable("in.xlsx");
    const en = fakeIO(dir);
    expect(await runCli(["analyze", "in.xlsx", "-o", "en.xlsx", "--lang", "en"], en.io)).toBe(0);
    expect(await sheetNames("en.xlsx")).toEqual(["海珠区", "Indicators", "Review findings"]);
    expect(en.out()).toContain("Indicators");
    expect(en.out()).not.toContain("指标明细");

    const zh = fakeIO(dir);
    expect(await runCli(["analyze", "en.xlsx", "-o", "both.xlsx"], zh.io)).toBe(0);
    expect(await sheetNames("both.xlsx")).toEqual([
      "海珠区",
      "Indicators",
      "Review findings",
      "指标明细",
      "校验结果",
    ]);
    // The English result sheets are ours: not read as the officer's tables.
    const json = fakeIO(dir);
    expect(await runCli(["analyze", "en.xlsx", "--json"], json.io)).toBe(0);
    expect(JSON.parse(json.out()).indicators).toHaveLength(2);
  });

  it("cleanup --lang en writes Cleanup log; revert (any --lang) finds it; --lang is checked", async () => {
    await writeTable("in.xlsx");
    const c = fakeIO(dir);
    expect(await runCli(["cleanup", "in.xlsx", "-o", "clean.xlsx", "--lang", "en"], c.io)).toBe(0);
    expect(await sheetNames("clean.xlsx")).toEqual(["海珠区", "Cleanup log"]);
    expect(c.out()).toContain('"Cleanup log"');

    const r = fakeIO(dir);
    expect(await runCli(["revert", "clean.xlsx", "-o", "back.xlsx"], r.io)).toBe(0);
    expect(r.out()).toContain("已撤销 1 处");
    expect(await sheetNames("back.xlsx")).toEqual(["海珠区", "Cleanup log"]);

    const bad = fakeIO(dir);
    expect(await runCli(["cleanup", "in.xlsx", "-o", "x.xlsx", "--lang", "fr"], bad.io)).toBe(2);
    expect(bad.err()).toContain("--lang");
  });

  it("cleanup refuses to clean the log itself, named in English", async () => {
    await writeTable("in.xlsx");
    expect(await runCli(["cleanup", "in.xlsx", "-o", "clean.xlsx", "--lang", "en"], fakeIO(dir).io)).toBe(0);
    const f = fakeIO(dir);
    expect(await runCli(["cleanup", "clean.xlsx", "-o", "x.xlsx", "--sheet", "Cleanup log"], f.io)).toBe(2);
    expect(f.err()).toContain("cleanup log sheet");
  });
});
