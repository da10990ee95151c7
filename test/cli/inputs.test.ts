/**
 * Awkward input files, through every command: the content decides, not the name, and each kind of file
 * gets the same words from parse, analyze, compare and cleanup.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import { fakeIO, SAMPLE } from "../support/cli";

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Each command as the officer would type it on one input file. */
const COMMANDS: [string, string[]][] = [
  ["parse", []],
  ["analyze", ["--json"]],
  ["compare", []],
  ["cleanup", ["--dry-run"]],
];

describe("input files named for something else", () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "inputs-cli-"));
    fs.writeFileSync(path.join(dir, "empty.xlsx"), "");
    fs.writeFileSync(path.join(dir, "csv.xlsx"), "项目名称,绩效指标\n应急演练,不少于4次\n");
    fs.writeFileSync(path.join(dir, "real.csv"), "项目名称,绩效指标\n应急演练,不少于4次\n");
    fs.writeFileSync(path.join(dir, "old.xls"), Buffer.concat([OLE, Buffer.alloc(1024)]));
    const sample = fs.readFileSync(SAMPLE);
    fs.writeFileSync(path.join(dir, "cut.xlsx"), sample.subarray(0, Math.floor(sample.length / 2)));
    fs.copyFileSync(SAMPLE, path.join(dir, "xlsx-named.xls"));
    const none = new ExcelJS.Workbook();
    await none.xlsx.writeFile(path.join(dir, "nosheet.xlsx"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["empty.xlsx", "empty.xlsx：文件为空"],
    [
      "csv.xlsx",
      "csv.xlsx：这是文本文件（如 .csv），不是 Excel 工作簿。请在 Excel 中打开并另存为 .xlsx 后再试。",
    ],
    [
      "real.csv",
      "real.csv：这是文本文件（如 .csv），不是 Excel 工作簿。请在 Excel 中打开并另存为 .xlsx 后再试。",
    ],
    ["old.xls", "old.xls：这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再试。"],
    ["cut.xlsx", "cut.xlsx：文件不完整或已损坏"],
    ["nosheet.xlsx", "工作簿中没有工作表"],
  ])("%s gets the same words from every command", async (file, words) => {
    for (const [command, extra] of COMMANDS) {
      const f = fakeIO(dir);
      expect([command, await runCli([command, file, ...extra], f.io)]).toEqual([command, 2]);
      expect([command, f.err()]).toEqual([command, expect.stringContaining(words)]);
      expect(f.err()).not.toMatch(/at \S+ \(|内部错误/);
    }
  });

  it("an .xlsx saved under an .xls name is read by every command", async () => {
    for (const [command, extra] of COMMANDS) {
      const f = fakeIO(dir);
      expect([command, await runCli([command, "xlsx-named.xls", ...extra], f.io), f.err()]).toEqual([
        command,
        0,
        "",
      ]);
    }
  });

  it("analyze names its default output after the file without the .xls", async () => {
    const f = fakeIO(dir);
    expect(await runCli(["analyze", "xlsx-named.xls"], f.io)).toBe(0);
    expect(fs.existsSync(path.join(dir, "out", "xlsx-named.审核结果.xlsx"))).toBe(true);
  });
});
