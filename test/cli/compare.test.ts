/** The compare command through the CLI entry point: the sample, separate district files, bad input. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import { fakeIO, SAMPLE } from "../support/cli";

/** One district's submission: a title row, a header, one project row with packed indicator text. */
async function districtFile(file: string, project: string, indicators: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("绩效目标");
  ws.addRow(["2022年项目支出绩效目标表"]);
  ws.addRow(["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标"]);
  ws.addRow(["区应急管理局", "区应急管理局", project, "加强安全生产巡查。", indicators]);
  await wb.xlsx.writeFile(file);
}

describe("compare command", () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "compare-cli-"));
    fs.copyFileSync(SAMPLE, path.join(dir, "in.xlsx"));
    const P = "镇（街）园区专职安监员队伍建设经费";
    await districtFile(
      path.join(dir, "a.xlsx"),
      `${P}（海珠区）`,
      "1、产出指标：巡查企业数，不少于0.9万家次。2、效益指标：巡查查处隐患数，大于1万项。",
    );
    // Another wording and order, and the district before the name.
    await districtFile(
      path.join(dir, "b.xlsx"),
      `白云区${P}`,
      "1、效益指标：巡查查处隐患数量，大于5万项。2、产出指标：巡查企业数量，不少于6万家次。",
    );
    // Leaves 隐患数 out; another unit.
    await districtFile(path.join(dir, "c.xlsx"), `${P}（天河区）`, "1、产出指标：巡查企业数，不少于8000家。");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("--json on the sample prints only the comparison, with the 11 districts lined up", async () => {
    const s = fakeIO(dir);
    const code = await runCli(["compare", "in.xlsx", "--json"], s.io);
    expect(code).toBe(0);
    expect(s.err()).toBe("");
    const { comparison } = JSON.parse(s.out());
    expect(comparison).toHaveLength(1);
    const p = comparison[0];
    expect(p.program).toBe("镇（街）园区专职安监员队伍建设经费");
    expect(p.districts).toHaveLength(11);
    const byName = Object.fromEntries(p.indicators.map((i: { name: string }) => [i.name, i]));
    expect(Object.keys(byName).sort()).toEqual(
      ["巡查企业数", "巡查整改率", "巡查查处隐患数", "现场出具巡查文书数"].sort(),
    );
    const firms = byName["巡查企业数"];
    expect(firms.values).toMatchObject({ 海珠区: 9000, 白云区: 60000, 南沙区: 21000, 从化区: 8500 });
    expect(firms.comparators["海珠区"]).toBe(">=");
    expect(firms).toMatchObject({ unit: "家次", min: 8000, median: 10000, max: 70000 });
    const high = firms.flags.filter(
      (f: { code: string; direction: string }) => f.code === "OUTLIER" && f.direction === "high",
    );
    expect(high.map((f: { district: string }) => f.district)).toEqual(
      expect.arrayContaining(["白云区", "番禺区"]),
    );
    expect(high.find((f: { district: string }) => f.district === "白云区")).toMatchObject({
      ratio: 6,
      severity: "check",
      message: "白云区 巡查企业数 6 万家次，为各区中位数 1 万家次 的 6.0 倍",
    });
    const rate = byName["巡查整改率"].flags.map((f: { district: string }) => f.district).sort();
    expect(rate).toEqual(["番禺区", "黄埔区"].sort());
    const comp = byName["巡查查处隐患数"].flags
      .filter((f: { code: string }) => f.code === "COMPARATOR-DIFF")
      .map((f: { district: string }) => f.district)
      .sort();
    expect(comp).toEqual(["增城区", "白云区", "荔湾区"].sort());
    const perFirm = p.ratios.find(
      (r: { numerator: string; denominator: string }) =>
        r.numerator === "巡查查处隐患数" && r.denominator === "巡查企业数",
    );
    expect(perFirm.flags.map((f: { district: string }) => f.district)).toEqual(["天河区"]);
  });

  test("-o writes the input workbook plus 区域对比, and leaves the input alone", async () => {
    const before = fs.readFileSync(path.join(dir, "in.xlsx"));
    const s = fakeIO(dir);
    const code = await runCli(["compare", "in.xlsx", "-o", "out.xlsx"], s.io);
    expect(code).toBe(0);
    expect(s.out()).toContain("白云区 巡查企业数 6 万家次，为各区中位数 1 万家次 的 6.0 倍");
    expect(fs.readFileSync(path.join(dir, "in.xlsx")).equals(before)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "out.xlsx"));
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toContain("区域对比");
    const ws = wb.getWorksheet("区域对比")!;
    expect(String(ws.getCell("A1").value)).toContain("镇（街）园区专职安监员队伍建设经费");
  });

  test("--lang en prints the English summary and writes the 区域对比 sheet in English, named District comparison", async () => {
    const s = fakeIO(dir);
    const code = await runCli(["compare", "in.xlsx", "-o", "out-en.xlsx", "--lang", "en"], s.io);
    expect(code).toBe(0);
    expect(s.out()).toContain(
      "白云区: 巡查企业数 6 万家次 is 6.0 times the median of all districts (1 万家次).",
    );
    expect(s.out()).not.toContain("为各区中位数");
    expect(s.out()).toContain("Written: out-en.xlsx (sheet: District comparison)");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "out-en.xlsx"));
    const texts: string[] = [];
    wb.getWorksheet("District comparison")!.eachRow((row) =>
      row.eachCell((c) => void texts.push(String(c.value))),
    );
    expect(texts[0]).toMatch(/^District comparison: /);
    expect(texts).toEqual(
      expect.arrayContaining([
        "Min",
        "Median",
        "Max",
        "Legend",
        "Intensity ratios (one indicator ÷ another, within each district)",
      ]),
    );
    expect(texts.filter((t) => /最小值|中位数|图例|问题说明|为各区中位数/.test(t))).toEqual([]);
  });

  test("lines up districts that arrive as separate files, worded and ordered differently", async () => {
    const s = fakeIO(dir);
    const code = await runCli(["compare", "a.xlsx", "b.xlsx", "c.xlsx", "--json"], s.io);
    expect(code).toBe(0);
    const { comparison } = JSON.parse(s.out());
    expect(comparison).toHaveLength(1);
    const p = comparison[0];
    expect(p.districts).toEqual(["海珠区", "白云区", "天河区"]);
    const firms = p.indicators.find((i: { name: string }) => i.name.startsWith("巡查企业"));
    expect(firms.values).toEqual({ 海珠区: 9000, 白云区: 60000, 天河区: 8000 });
    expect(
      firms.flags
        .filter((f: { code: string }) => f.code === "UNIT-DIFF")
        .map((f: { district: string }) => f.district),
    ).toEqual(["天河区"]);
    const hazards = p.indicators.find((i: { name: string }) => i.name.startsWith("巡查查处隐患"));
    expect(hazards.values).toEqual({ 海珠区: 10000, 白云区: 50000, 天河区: null });
    expect(
      hazards.flags
        .filter((f: { code: string }) => f.code === "MISSING")
        .map((f: { district: string }) => f.district),
    ).toEqual(["天河区"]);
  });

  test.each([
    [["compare"], "至少一个"],
    [["compare", "missing.xlsx"], "找不到文件"],
    [["compare", "in.xlsx", "--method", "z"], "--method"],
    [["compare", "in.xlsx", "--high", "abc"], "--high"],
    [["compare", "in.xlsx", "--ratio", "隐患数"], "--ratio"],
    [["compare", "in.xlsx", "--ratio", "巡查次数/企业数"], "巡查次数"],
    [["compare", "in.xlsx", "-o", "in.xlsx"], "输出文件不能与输入文件相同"],
    [["compare", "a.xlsx"], "没有找到可对比的项目"],
    [["compare", "in.xlsx", "--lang", "fr"], "--lang"],
  ])("%j exits 2 with a clear message in both languages and nothing on stdout", async (args, text) => {
    const s = fakeIO(dir);
    const code = await runCli(args as string[], s.io);
    expect(code).toBe(2);
    expect(s.out()).toBe("");
    expect(s.err()).toContain(text);
    expect(s.err()).toMatch(/Error: /);
    expect(s.err()).not.toMatch(/\n\s+at /);
  });

  test("names the projects whose district it could not tell when nothing can be compared", async () => {
    await districtFile(
      path.join(dir, "d.xlsx"),
      "镇（街）园区专职安监员队伍建设经费",
      "1、产出指标：巡查企业数，不少于1万家次。",
    );
    const s = fakeIO(dir);
    const code = await runCli(["compare", "a.xlsx", "d.xlsx"], s.io);
    expect(code).toBe(2);
    expect(s.err()).toContain("没有找到可对比的项目");
    expect(s.err()).toContain("未识别区县：镇（街）园区专职安监员队伍建设经费（d.xlsx");
  });

  test("--ratio uses the officer's numerator and denominator", async () => {
    const s = fakeIO(dir);
    const code = await runCli(
      ["compare", "in.xlsx", "--json", "--ratio", "现场出具巡查文书数/巡查查处隐患数"],
      s.io,
    );
    expect(code).toBe(0);
    const { comparison } = JSON.parse(s.out());
    expect(
      comparison[0].ratios.map((r: { numerator: string; denominator: string }) => [
        r.numerator,
        r.denominator,
      ]),
    ).toEqual([["现场出具巡查文书数", "巡查查处隐患数"]]);
  });
});
