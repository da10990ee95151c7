/**
 * compare and analyze read the same sheets and place the entries alike (probe round 54): a workbook of
 * one sheet per district compares without a flag, 余姚市 is taken from its sheet whatever the file is
 * called, districts as columns under a title compare as one program, and where nothing can be
 * compared analyze says why.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import { fakeIO } from "../support/cli";

const HEADER = ["一级指标", "二级指标", "三级指标", "指标值"];
const SHEETS: [string, number][] = [
  ["海曙区", 60],
  ["江北区", 55],
  ["余姚市", 90],
  ["慈溪市", 110],
  ["宁海县", 70],
];

async function perSheet(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, n] of SHEETS) {
    const ws = wb.addWorksheet(sheet);
    ws.addRow(["项目名称", "退役军人服务站运行经费"]);
    ws.addRow(HEADER);
    ws.addRow(["产出指标", "数量指标", "规范化服务站数量", `≥${n}个`]);
    ws.addRow(["满意度指标", "服务对象满意度指标", "退役军人满意度", "≥95%"]);
  }
  wb.views = [{ activeTab: 0 } as ExcelJS.WorkbookView];
  await wb.xlsx.writeFile(file);
}

async function asColumns(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("分县区");
  ws.addRow(["2024年就业补助资金绩效目标（分县区）"]);
  ws.addRow(["一级指标", "二级指标", "三级指标", "计量单位", "东湖区", "西湖区", "青云谱区", "南昌县"]);
  ws.addRow(["产出指标", "数量指标", "城镇新增就业人数", "人", "≥6000", "≥5500", "≥6200", "≥9000"]);
  ws.addRow(["满意度指标", "服务对象满意度指标", "补贴对象满意度", "%", "≥90", "≥90", "≥90", "≥90"]);
  await wb.xlsx.writeFile(file);
}

async function oneDistrict(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.addRow(["预算单位", "项目名称", "绩效指标"]);
  ws.addRow(["海珠区应急管理局", "安全生产执法检查经费", "1、产出指标：巡查企业数，不少于2万家次。"]);
  await wb.xlsx.writeFile(file);
}

describe("which sheets compare reads, and how it places them", () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "compare-sheets-"));
    await perSheet(path.join(dir, "宁波-退役军人服务站-封面加每区一表.xlsx"));
    await asColumns(path.join(dir, "南昌-就业补助.xlsx"));
    await oneDistrict(path.join(dir, "海珠.xlsx"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("compares a workbook of one sheet per district by default, taking 余姚市 from its sheet", async () => {
    const f = fakeIO(dir);
    expect(await runCli(["compare", "宁波-退役军人服务站-封面加每区一表.xlsx", "--json"], f.io)).toBe(0);
    const [p] = JSON.parse(f.out()).comparison;
    expect(p.districts).toEqual(SHEETS.map(([s]) => s));
  });

  it("analyze compares the same districts as compare", async () => {
    const f = fakeIO(dir);
    expect(await runCli(["analyze", "宁波-退役军人服务站-封面加每区一表.xlsx", "--json"], f.io)).toBe(0);
    expect(JSON.parse(f.out()).comparison[0].districts).toEqual(SHEETS.map(([s]) => s));
  });

  it("compares districts as columns whose program is named only in the title", async () => {
    const f = fakeIO(dir);
    expect(await runCli(["compare", "南昌-就业补助.xlsx", "--json"], f.io)).toBe(0);
    const [p] = JSON.parse(f.out()).comparison;
    expect(p.districts).toEqual(["东湖区", "西湖区", "青云谱区", "南昌县"]);
  });

  it("analyze says in one line why it wrote no 区域对比", async () => {
    const f = fakeIO(dir);
    expect(await runCli(["analyze", "海珠.xlsx", "-o", "out.xlsx"], f.io)).toBe(0);
    expect(f.out()).toMatch(/区域对比：未生成——只识别出 1 个区县（海珠区）/);
    const e = fakeIO(dir);
    expect(await runCli(["analyze", "海珠.xlsx", "-o", "out-en.xlsx", "--lang", "en"], e.io)).toBe(0);
    expect(e.out()).toMatch(/District comparison: none — only one district was found \(海珠区\)/);
  });

  it("compare on one district's table says why, without sending the officer to --group-by", async () => {
    const f = fakeIO(dir);
    expect(await runCli(["compare", "海珠.xlsx"], f.io)).toBe(2);
    expect(f.err()).toMatch(/只识别出 1 个区县（海珠区）/);
    expect(f.err()).not.toMatch(/--group-by/);
  });
});
