/**
 * Rows and columns the officer does not see in Excel (hidden by hand, or left out by a filter) are read
 * like the rest: parse and analyze say so, and cleanup marks its edits in them.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import { fakeIO } from "../support/cli";

const HEADER = ["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标", "备注"];
const row = (district: string, n: number) => [
  "广州市应急管理局",
  `${district}应急管理局`,
  `安全生产执法检查经费（${district}）`,
  "加强监管",
  `1、产出指标：巡查企业数，不少于${n}万家次。。`,
  "",
];

describe("hidden rows and columns", () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "hidden-cli-"));
    // Row 3 hidden by hand, column F hidden; a repeated header row 4 that cleanup removes.
    let wb = new ExcelJS.Workbook();
    let ws = wb.addWorksheet("表");
    [HEADER, row("白云区", 2), row("番禺区", 3), HEADER, row("海珠区", 1), row("天河区", 4)].forEach((r) =>
      ws.addRow(r),
    );
    ws.getRow(6).hidden = true;
    ws.getRow(3).hidden = true;
    ws.getColumn(6).hidden = true;
    await wb.xlsx.writeFile(path.join(dir, "hidden.xlsx"));
    // Rows 3–4 left out by a filter.
    wb = new ExcelJS.Workbook();
    ws = wb.addWorksheet("筛选");
    [HEADER, row("白云区", 2), row("番禺区", 3), row("海珠区", 1)].forEach((r) => ws.addRow(r));
    ws.autoFilter = "A1:F4";
    ws.getRow(3).hidden = true;
    ws.getRow(4).hidden = true;
    await wb.xlsx.writeFile(path.join(dir, "filter.xlsx"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("parse names them after the summary, and on stderr beside --json", async () => {
    let f = fakeIO(dir);
    expect(await runCli(["parse", "hidden.xlsx"], f.io)).toBe(0);
    expect(f.out()).toContain("· 工作表“表”的表格中有隐藏的第 3、6 行，隐藏的 F 列，已与其他行列一样读取。");
    f = fakeIO(dir);
    expect(await runCli(["parse", "filter.xlsx", "--json"], f.io)).toBe(0);
    expect(JSON.parse(f.out()).indicators).toHaveLength(3);
    expect(f.err()).toContain("工作表“筛选”的表格中有筛选隐藏的第 3–4 行");
  });

  it("analyze names them too", async () => {
    const f = fakeIO(dir);
    expect(await runCli(["analyze", "filter.xlsx", "-o", "a.xlsx"], f.io)).toBe(0);
    expect(f.out()).toContain("筛选隐藏的第 3–4 行");
  });

  it("says nothing of a table without hidden parts", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("表").addRows([HEADER, row("白云区", 2)]);
    await wb.xlsx.writeFile(path.join(dir, "plain.xlsx"));
    const f = fakeIO(dir);
    expect(await runCli(["parse", "plain.xlsx"], f.io)).toBe(0);
    expect(f.out()).not.toContain("隐藏");
  });

  it("cleanup marks the edits in hidden cells, in the preview and after rows are removed", async () => {
    let f = fakeIO(dir);
    expect(await runCli(["cleanup", "hidden.xlsx", "--dry-run"], f.io)).toBe(0);
    const marked = (out: string) =>
      out
        .split("\n")
        .filter((l) => l.includes("表!") && l.includes("PUNCT"))
        .map((l) => /表!(\w+)(（隐藏 hidden）)?/.exec(l)!.slice(1, 3).join(""));
    expect(marked(f.out())).toEqual(["E2", "E3（隐藏 hidden）", "E5", "E6（隐藏 hidden）"]);
    f = fakeIO(dir);
    expect(await runCli(["cleanup", "hidden.xlsx", "-o", "clean.xlsx"], f.io)).toBe(0);
    // The repeated header row 4 is gone: the input's rows 5 and 6 are now 4 and 5.
    expect(marked(f.out())).toEqual(["E2", "E3（隐藏 hidden）", "E4", "E5（隐藏 hidden）"]);
    f = fakeIO(dir);
    expect(await runCli(["cleanup", "hidden.xlsx", "--dry-run", "--json"], f.io)).toBe(0);
    const edits = JSON.parse(f.out()).edits as { cell: string; hidden?: boolean }[];
    expect(edits.filter((e) => e.hidden).map((e) => e.cell)).toEqual(["E3", "E6"]);
  });
});
