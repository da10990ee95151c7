/**
 * A workbook whose active sheet is a cover page and whose tables are on other sheets, as counties send
 * them: every command finds the tables the same way (compare and analyze read them, parse and cleanup
 * name them and --sheet).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import { fakeIO } from "../support/cli";

const HEADER = ["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标"];

async function coverWorkbook(file: string, withTables = true): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const cover = wb.addWorksheet("封面");
  cover.getCell("B3").value = "2024年部门预算项目绩效目标申报材料";
  cover.getCell("B5").value = "报送单位：某区财政局";
  const money = wb.addWorksheet("资金表");
  money.addRow(["项目名称", "资金总额（万元）"]);
  money.addRow(["安全生产执法检查经费", 120]);
  if (withTables) {
    for (const [sheet, district, n] of [
      ["一区", "白云区", 2],
      ["二区", "番禺区", 3],
    ] as const) {
      const ws = wb.addWorksheet(sheet);
      ws.addRow(HEADER);
      ws.addRow([
        "广州市应急管理局",
        `${district}应急管理局`,
        `安全生产执法检查经费（${district}）`,
        "加强监管。",
        `1、产出指标：巡查企业数，不少于${n}万家次。。2、满意度指标：企业满意度≥90%。`,
      ]);
    }
  }
  wb.views = [{ activeTab: 0 } as ExcelJS.WorkbookView];
  await wb.xlsx.writeFile(file);
}

describe("a cover page as the active sheet", () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cover-cli-"));
    file = path.join(dir, "cover.xlsx");
    await coverWorkbook(file);
    await coverWorkbook(path.join(dir, "bare.xlsx"), false);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("compare reads the sheets that hold the tables, and says so", async () => {
    const f = fakeIO(dir);
    expect(await runCli(["compare", "cover.xlsx"], f.io)).toBe(0);
    expect(f.out()).toMatch(/工作表“封面”中没有绩效目标表，已读取含有表格的工作表：一区、二区/);
    expect(f.out()).toMatch(/【安全生产执法检查经费】2 个区/);
  });

  it("compare --json keeps stdout JSON and gives the note on stderr", async () => {
    const f = fakeIO(dir);
    expect(await runCli(["compare", "cover.xlsx", "--json"], f.io)).toBe(0);
    expect(JSON.parse(f.out()).comparison).toHaveLength(1);
    expect(f.err()).toMatch(/已读取含有表格的工作表：一区、二区/);
  });

  it("compare --sheet on a sheet without a table names the sheets that have one", async () => {
    const f = fakeIO(dir);
    expect(await runCli(["compare", "cover.xlsx", "--sheet", "资金表"], f.io)).toBe(2);
    expect(f.err()).toMatch(
      /“资金表”[\s\S]*绩效目标表在工作表：一区、二区。请加 --sheet 名称 指定，如 --sheet 一区/,
    );
  });

  it("parse names the sheets that hold tables and --sheet", async () => {
    const f = fakeIO(dir);
    expect(await runCli(["parse", "cover.xlsx"], f.io)).toBe(2);
    expect(f.err()).toMatch(/绩效目标表在工作表：一区、二区。请加 --sheet 名称 指定/);
    expect(f.err()).not.toMatch(/资金表/);
  });

  it("parse gives no such hint when no sheet holds a table", async () => {
    const f = fakeIO(dir);
    expect(await runCli(["parse", "bare.xlsx"], f.io)).toBe(2);
    expect(f.err()).toMatch(/没有找到绩效目标表/);
    expect(f.err()).not.toMatch(/--sheet/);
  });

  it("cleanup changes nothing and points at the sheets that hold the tables", async () => {
    const f = fakeIO(dir);
    expect(await runCli(["cleanup", "cover.xlsx", "-o", "cleaned.xlsx"], f.io)).toBe(2);
    expect(f.err()).toMatch(/工作表“封面”中没有绩效目标表，未作清理。绩效目标表在工作表：一区、二区/);
    expect(fs.existsSync(path.join(dir, "cleaned.xlsx"))).toBe(false);
    const g = fakeIO(dir);
    expect(await runCli(["cleanup", "cover.xlsx", "--sheet", "一区", "--dry-run"], g.io)).toBe(0);
    expect(g.out()).toMatch(/一区!E2\s+PUNCT/);
  });

  it("analyze reads every sheet that holds a table", async () => {
    const f = fakeIO(dir);
    expect(await runCli(["analyze", "cover.xlsx", "--json"], f.io)).toBe(0);
    expect(JSON.parse(f.out()).indicators).toHaveLength(4);
  });

  it("parse does not point at the add-in's own result sheets as other sheets to read", async () => {
    const f = fakeIO(dir);
    expect(await runCli(["analyze", "cover.xlsx", "-o", "analyzed.xlsx"], f.io)).toBe(0);
    const g = fakeIO(dir);
    expect(await runCli(["parse", "analyzed.xlsx", "--sheet", "一区"], g.io)).toBe(0);
    const h = fakeIO(dir);
    expect(await runCli(["parse", "analyzed.xlsx"], h.io)).toBe(2);
    expect(h.err()).toMatch(/绩效目标表在工作表：一区、二区。/);
    expect(h.err()).not.toMatch(/指标明细|校验结果/);
  });
});
