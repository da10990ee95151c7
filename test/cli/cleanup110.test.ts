/**
 * Round 110: `cleanup --rules PUNCT` on a table exported from a budget system. By default an edit to a
 * project name is proposed, not applied; naming its rule in --rules applies it, as the command line says,
 * and the words under the proposals promise only what --rules does.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import { fakeIO } from "../support/cli";

const NAME = "【2025】基本公共卫生服务(65岁以上老人体检)";
const CLEANED = "【2025】基本公共卫生服务（65岁以上老人体检）";

async function exported(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("项目绩效目标");
  ws.addRow(["单位编码", "单位名称", "项目代码", "项目名称", "三级指标", "指标值"]);
  ws.addRow([
    "[101002]",
    "【101002】某区卫生健康委员会",
    "36010025T000000123457",
    NAME,
    "健康管理人数",
    "不少于 8000人",
  ]);
  ws.addRow(["[101002]", "【101002】某区卫生健康委员会", "36010025T000000123457", NAME, "建档率", "≥90%"]);
  await wb.xlsx.writeFile(file);
}

async function cell(file: string, address: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet("项目绩效目标")?.getCell(address).value;
}

describe("cleanup --rules and a budget system's project names", () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cleanup110-"));
    await exported(path.join(dir, "in.xlsx"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("by default the name's edit is proposed, and the words say --rules PUNCT applies it", async () => {
    const s = fakeIO(dir);
    expect(await runCli(["cleanup", "in.xlsx", "-o", "default.xlsx"], s.io)).toBe(0);
    expect(await cell(path.join(dir, "default.xlsx"), "D2")).toBe(NAME);
    expect(await cell(path.join(dir, "default.xlsx"), "F2")).toBe("不少于8000人");
    expect(s.out()).toContain("仅建议、未修改 2 处");
    expect(s.out()).toContain("--rules HEADER-REPEAT,SPACE,PUNCT,NUMBERING");
  });

  test("naming the rule in --rules applies it, and says so", async () => {
    const s = fakeIO(dir);
    expect(await runCli(["cleanup", "in.xlsx", "-o", "punct.xlsx", "--rules", "PUNCT", "--json"], s.io)).toBe(
      0,
    );
    const edits = JSON.parse(s.out()).edits as { cell: string; applied: boolean; note?: { zh: string } }[];
    const d2 = edits.filter((e) => e.cell === "D2");
    expect(d2).toHaveLength(1);
    expect(d2[0].applied).toBe(true);
    expect(d2[0].note?.zh).toContain("已按所列规则修改");
    expect(await cell(path.join(dir, "punct.xlsx"), "D2")).toBe(CLEANED);
    // Undone like any other edit.
    const r = fakeIO(dir);
    expect(await runCli(["revert", "punct.xlsx", "-o", "back.xlsx"], r.io)).toBe(0);
    expect(await cell(path.join(dir, "back.xlsx"), "D2")).toBe(NAME);
  });

  test("the help text says what --rules does", async () => {
    const s = fakeIO(dir);
    await runCli(["cleanup", "--help"], s.io);
    expect(s.out()).toContain("--rules 只运行所列规则并应用其修改（预算系统导出表中的项目名称也修改）");
  });

  test("a proposal --rules never applies (a line break inside a name) is not promised to it", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("项目绩效目标");
    ws.addRow(["项目名称", "一级指标", "二级指标", "三级指标", "指标值"]);
    ws.addRow(["动物防疫", "产出指标", "数量指标", "巡查养殖\n场数", "≥20个"]);
    ws.addRow(["动物防疫", "产出指标", "质量指标", "免疫抗体合格率", "≥70%"]);
    await wb.xlsx.writeFile(path.join(dir, "breaks.xlsx"));
    const s = fakeIO(dir);
    expect(await runCli(["cleanup", "breaks.xlsx", "--rules", "SPACE", "--dry-run"], s.io)).toBe(0);
    expect(s.out()).toContain("仅建议、未修改 1 处");
    expect(s.out()).not.toContain("请在 --rules 中列出其规则");
    expect(s.out()).toContain("命令行不会应用");
  });
});
