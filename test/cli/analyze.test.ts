import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import { fakeIO, SAMPLE } from "../support/cli";

// Reading and writing real workbooks on a shared 2-core machine can be slow; this is a limit, not an assertion.
jest.setTimeout(60000);

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "analyze-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("analyze", () => {
  it("refuses to write its result over an input file (the original stays untouched)", async () => {
    const input = path.join(dir, "in.xlsx");
    fs.copyFileSync(SAMPLE, input);
    const before = fs.readFileSync(input);
    const f = fakeIO(dir);
    expect(await runCli(["analyze", "in.xlsx", "-o", "in.xlsx"], f.io)).toBe(2);
    expect(f.err()).toContain("输出文件不能与输入文件相同");
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it("refuses to write over any input, not only the first one (several districts' files)", async () => {
    for (const name of ["a.xlsx", "b.xlsx"]) fs.copyFileSync(SAMPLE, path.join(dir, name));
    const before = fs.readFileSync(path.join(dir, "b.xlsx"));
    const f = fakeIO(dir);
    expect(await runCli(["analyze", "a.xlsx", "b.xlsx", "-o", "b.xlsx"], f.io)).toBe(2);
    expect(f.err()).toContain("输出文件不能与输入文件相同");
    expect(fs.readFileSync(path.join(dir, "b.xlsx")).equals(before)).toBe(true);
  });

  it("prints exactly {indicators, findings} with --json and writes no file", async () => {
    const f = fakeIO(dir);
    expect(await runCli(["analyze", SAMPLE, "--json"], f.io)).toBe(0);
    const json = JSON.parse(f.out());
    expect(Object.keys(json)).toEqual(["indicators", "findings", "comparison"]);
    // Issue 4: the 专职安监员 program lines up 11 districts × 4 indicators in the same run.
    expect(json.comparison).toHaveLength(1);
    expect(json.comparison[0].districts).toHaveLength(11);
    expect(json.comparison[0].indicators).toHaveLength(4);
    expect(json.indicators).toHaveLength(145);
    for (const finding of json.findings)
      expect(Object.keys(finding)).toEqual([
        "code",
        "severity",
        "sheet",
        "cell",
        "row",
        "project",
        "indicator",
        "message",
        "fix",
      ]);
    expect(json.findings.some((x: { code: string }) => x.code === "SATISFACTION-LOW")).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("runs only the chosen rules and takes the satisfaction threshold", async () => {
    const f = fakeIO(dir);
    await runCli(
      ["analyze", SAMPLE, "--json", "--rules", "satisfaction-low", "--satisfaction-min", "90"],
      f.io,
    );
    const codes = JSON.parse(f.out()).findings.map(
      (x: { code: string; indicator: string }) => `${x.code} ${x.indicator}`,
    );
    // At 90%, 85% and >80% are now too low as well as the 0; 培训满意率 ≥95% is not.
    expect(codes).toEqual([
      "SATISFACTION-LOW 操作人员使用满意度",
      "SATISFACTION-LOW 市民满意度",
      "SATISFACTION-LOW 群众对市政府应急事件处理的满意度",
    ]);
  });

  it("writes the input workbook plus 指标明细 and 校验结果, leaving the input sheets as they were", async () => {
    const f = fakeIO(dir);
    const out = path.join(dir, "out.xlsx");
    expect(await runCli(["analyze", SAMPLE, "-o", out], f.io)).toBe(0);
    expect(f.out()).toContain("项目 27 个，指标 145 条");
    expect(f.out()).toContain("out.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(SAMPLE);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual([...original.worksheets.map((w) => w.name), "指标明细", "校验结果", "区域对比"]);
    const src = original.worksheets[0];
    const copy = wb.getWorksheet(src.name)!;
    expect(copy.getCell("E17").value).toEqual(src.getCell("E17").value);
    expect(wb.getWorksheet("指标明细")!.rowCount).toBe(146);
    // A second run on the result does not read its own sheets as input, and a clash gets a suffix.
    const f2 = fakeIO(dir);
    const out2 = path.join(dir, "out2.xlsx");
    expect(await runCli(["analyze", out, "-o", out2], f2.io)).toBe(0);
    expect(f2.out()).toContain("指标 145 条");
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(out2);
    expect(wb2.worksheets.map((w) => w.name)).toContain("校验结果 (2)");
  });

  it.each([
    [["analyze"], "至少一个"],
    [["analyze", "missing.xlsx"], "找不到文件"],
    [["analyze", "notes.txt"], "这是文本文件"],
    [["analyze", SAMPLE, "--rules", "NOPE"], "不认识的规则代码"],
    [["analyze", SAMPLE, "--satisfaction-min", "abc"], "0 到 100"],
  ])("exits 2 with a clear bilingual message: %j", async (args, zh) => {
    const f = fakeIO(dir);
    fs.writeFileSync(path.join(dir, "notes.txt"), "hello");
    expect(await runCli(args as string[], f.io)).toBe(2);
    expect(f.err()).toContain(zh);
    expect(f.err()).toMatch(/Error: /);
    expect(f.out()).toBe("");
  });

  it("--lang en writes the 区域对比 sheet in English, named District comparison (round 238)", async () => {
    const f = fakeIO(dir);
    const out = path.join(dir, "out-en.xlsx");
    expect(await runCli(["analyze", SAMPLE, "-o", out, "--lang", "en"], f.io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("区域对比")).toBeUndefined();
    const ws = wb.getWorksheet("District comparison")!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => void texts.push(String(c.value))));
    expect(texts[0]).toBe(
      "District comparison: 镇（街）园区专职安监员队伍建设经费 (11 districts, 4 indicators)",
    );
    expect(texts).toEqual(expect.arrayContaining(["District", "Median", "Legend", "Projects compared"]));
    expect(texts).toContain(
      "白云区: 巡查企业数 6 万家次 is 6.0 times the median of all districts (1 万家次).",
    );
    expect(texts.filter((t) => /中位数|图例|区域对比：|为各区中位数/.test(t))).toEqual([]);
  });

  it("exits 2 when a workbook has no table", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "hello";
    const file = path.join(dir, "blank.xlsx");
    await wb.xlsx.writeFile(file);
    const f = fakeIO(dir);
    expect(await runCli(["analyze", file], f.io)).toBe(2);
    expect(f.err()).toContain("没有找到绩效目标表");
  });
});
