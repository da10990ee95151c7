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
});
