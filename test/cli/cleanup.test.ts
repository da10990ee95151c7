/** The cleanup and revert commands, run through the CLI entry point with fake streams. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import { fakeIO, SAMPLE } from "../support/cli";
import { worksheetToGrid } from "../../src/xlsx/read";

async function sheetValues(file: string, index = 0) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { values: worksheetToGrid(wb.worksheets[index]).values, names: wb.worksheets.map((w) => w.name) };
}

describe("cleanup / revert commands", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cleanup-cli-"));
    fs.copyFileSync(SAMPLE, path.join(dir, "in.xlsx"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("--dry-run --json prints only the edits and writes nothing", async () => {
    const s = fakeIO(dir);
    const code = await runCli(["cleanup", "in.xlsx", "--dry-run", "--json"], s.io);
    expect(code).toBe(0);
    const parsed = JSON.parse(s.out());
    expect(Object.keys(parsed)).toEqual(["edits"]);
    expect(Object.keys(parsed.edits[0])).toEqual(["sheet", "cell", "rule", "before", "after", "applied"]);
    expect(parsed.edits[0]).toMatchObject({ cell: "20:20", rule: "HEADER-REPEAT", applied: true });
    const typos = parsed.edits.filter((e: { rule: string }) => e.rule === "TYPO");
    expect(typos.map((e: { applied: boolean }) => e.applied)).toEqual([false, false, false]);
    expect(fs.readdirSync(dir)).toEqual(["in.xlsx"]);
  });

  test("cleanup writes the cleaned workbook with its 清理日志; the input is untouched", async () => {
    const before = fs.readFileSync(path.join(dir, "in.xlsx"));
    const s = fakeIO(dir);
    expect(await runCli(["cleanup", "in.xlsx", "-o", "out.xlsx"], s.io)).toBe(0);
    expect(s.out()).toContain("已修改 18 处");
    expect(s.out()).toContain("清理日志");
    expect(fs.readFileSync(path.join(dir, "in.xlsx")).equals(before)).toBe(true);
    const out = await sheetValues(path.join(dir, "out.xlsx"));
    expect(out.names).toEqual(["2022年项目绩效目标", "清理日志"]);
    const again = fakeIO(dir);
    await runCli(["cleanup", "out.xlsx", "--dry-run", "--json"], again.io);
    expect(JSON.parse(again.out())).toEqual({ edits: [] });
  });

  test("--rules chooses the rules; revert --rules undoes only those", async () => {
    const s = fakeIO(dir);
    expect(
      await runCli(["cleanup", "in.xlsx", "-o", "punct.xlsx", "--rules", "PUNCT,TYPO", "--json"], s.io),
    ).toBe(0);
    const rules = new Set(JSON.parse(s.out()).edits.map((e: { rule: string }) => e.rule));
    expect([...rules].sort()).toEqual(["PUNCT", "TYPO"]);
    const r = fakeIO(dir);
    expect(await runCli(["revert", "punct.xlsx", "-o", "punct-back.xlsx", "--rules", "TYPO"], r.io)).toBe(0);
    expect(r.out()).toContain("已撤销 3 处");
    const v = (await sheetValues(path.join(dir, "punct-back.xlsx"))).values.flat().join("\n");
    expect(v).toContain("防震减灾灾灾");
    expect(v).not.toContain("。。");
  });

  test("revert restores the original values from the file's 清理日志", async () => {
    const s = fakeIO(dir);
    expect(await runCli(["revert", "out.xlsx", "-o", "back.xlsx"], s.io)).toBe(0);
    const original = await sheetValues(path.join(dir, "in.xlsx"));
    const back = await sheetValues(path.join(dir, "back.xlsx"));
    expect(back.values).toEqual(original.values);
  });

  test("clear messages, exit code 2, no stack trace", async () => {
    const cases: [string[], string][] = [
      [["cleanup", "in.xlsx"], "-o"],
      [["cleanup", "in.xlsx", "-o", "in.xlsx"], "不能与输入文件相同"],
      [["cleanup", "in.xlsx", "-o", "x.xlsx", "--rules", "SPACE,NOPE"], "NOPE"],
      [["cleanup", "missing.xlsx", "-o", "x.xlsx"], "找不到文件"],
      [["revert", "in.xlsx", "-o", "x.xlsx"], "没有清理日志"],
      [["revert", "out.xlsx", "-o", "x.xlsx", "--ids", "a"], "--ids"],
    ];
    for (const [args, text] of cases) {
      const s = fakeIO(dir);
      expect(await runCli(args, s.io)).toBe(2);
      expect(s.err()).toContain(text);
      expect(s.err()).not.toMatch(/\bat .*\.ts:\d+/);
    }
  });

  test("a merged title no longer keeps the repeated header row; a kept row says why, not --rules", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表");
    const header = ["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标"];
    ws.getCell("A1").value = "2024年项目支出绩效目标表";
    ws.mergeCells("A1:E1");
    ws.addRow(header);
    ws.addRow(["局", "单位", "项目", "目标。。", "1、产出指标：甲，≥ 5台"]);
    ws.addRow(header);
    ws.addRow(["局", "单位", "项目二", "目标", "1、产出指标：乙，≥ 3台"]);
    await wb.xlsx.writeFile(path.join(dir, "merged.xlsx"));
    const s = fakeIO(dir);
    expect(await runCli(["cleanup", "merged.xlsx", "--dry-run"], s.io)).toBe(0);
    expect(s.out()).toMatch(/✓ 表!4:4 {2}HEADER-REPEAT/);
    expect(s.out()).not.toContain("需要时用 --rules 勾选");

    ws.getCell("F3").value = { formula: "C4", result: "项目名称" };
    await wb.xlsx.writeFile(path.join(dir, "merged-ref.xlsx"));
    const kept = fakeIO(dir);
    expect(await runCli(["cleanup", "merged-ref.xlsx", "--dry-run"], kept.io)).toBe(0);
    expect(kept.out()).toMatch(/？ 表!4:4 {2}HEADER-REPEAT .*建议删除整行/);
    expect(kept.out()).toMatch(/※ 保留此行，未删除：公式 F3 的引用无法随之调整/);
  });

  test("revert --rules says why a later edit of the same cell went too, a line an entry", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表");
    ws.addRow(["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标"]);
    ws.addRow(["局", "单位", "项目", "目标", "1、产出指标：甲。。2、效益指标：乙。2、满意度指标：丙"]);
    await wb.xlsx.writeFile(path.join(dir, "twice.xlsx"));
    expect(await runCli(["cleanup", "twice.xlsx", "-o", "twice-clean.xlsx"], fakeIO(dir).io)).toBe(0);
    const s = fakeIO(dir);
    expect(
      await runCli(["revert", "twice-clean.xlsx", "-o", "twice-back.xlsx", "--rules", "PUNCT"], s.io),
    ).toBe(0);
    const out = s.out();
    expect(out).toMatch(/※ 这些单元格在所选修改之后又被其他规则修改过（序号 \d+ NUMBERING/);
    expect(out).toMatch(/NUMBERING .*※\n/);
  });
});
