/**
 * Round 244: `cleanup` and `revert` print their lines in the language --lang asks for, as analyze and compare
 * do (with --lang en, no Chinese line of ours; with --lang zh, no English one); without --lang both, Chinese
 * first, as before. The cells' own text is quoted as written in either.
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
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "r244-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A space before a name (SPACE) and a header repeated mid-table (a row removed). */
async function writeTable(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const header = ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"];
  wb.addWorksheet("海珠区").addRows([
    header,
    ["应急演练项目（海珠区）", "产出指标", "数量指标", " 演练次数", "≥4次"],
    header,
    ["应急演练项目（海珠区）", "效益指标", "社会效益指标", "群众满意度", "≥90%"],
  ]);
  await wb.xlsx.writeFile(path.join(dir, file));
}

async function run(args: string[]): Promise<string> {
  const f = fakeIO(dir);
  expect(await runCli(args, f.io)).toBe(0);
  return f.out();
}

const OURS_ZH = ["已修改", "删除整行", "已保存", "修改记录见工作表"];
const OURS_EN = ["Applied", "row removed", "Saved:", "changes logged in sheet"];

describe("cleanup prints in the language --lang asks for", () => {
  it("--lang en: English lines only", async () => {
    await writeTable("in.xlsx");
    const out = await run(["cleanup", "in.xlsx", "-o", "clean.xlsx", "--lang", "en"]);
    for (const w of OURS_EN) expect(out).toContain(w);
    for (const w of OURS_ZH) expect(out).not.toContain(w);
    // The rule's own name in English too, the cell quoted as written.
    expect(out).toMatch(/Applied 2 edits:\n {2}\S.*SPACE: 1/);
    expect(out).toContain("演练次数");
  });

  it("--lang zh: Chinese lines only", async () => {
    await writeTable("in.xlsx");
    const out = await run(["cleanup", "in.xlsx", "-o", "clean.xlsx", "--lang", "zh"]);
    for (const w of OURS_ZH) expect(out).toContain(w);
    for (const w of OURS_EN) expect(out).not.toContain(w);
    expect(out).toContain("已保存：clean.xlsx");
  });

  it("no --lang: both, Chinese first, as before", async () => {
    await writeTable("in.xlsx");
    const out = await run(["cleanup", "in.xlsx", "-o", "clean.xlsx"]);
    for (const w of [...OURS_ZH, ...OURS_EN]) expect(out).toContain(w);
    expect(out).toContain("已修改 2 处 Applied 2 edits:");
    expect(out).toContain("已保存 Saved: clean.xlsx");
  });

  it("a dry run and a clean sheet follow --lang too", async () => {
    await writeTable("in.xlsx");
    const dry = await run(["cleanup", "in.xlsx", "--dry-run", "--lang", "en"]);
    expect(dry).toContain("Would apply 2 edits (preview):");
    expect(dry).not.toContain("将修改");
    await run(["cleanup", "in.xlsx", "-o", "clean.xlsx"]);
    const again = await run(["cleanup", "clean.xlsx", "--dry-run", "--lang", "zh"]);
    expect(again).toContain("无需清理");
    expect(again).not.toContain("Nothing to clean");
  });
});

describe("revert prints in the language --lang asks for", () => {
  it("--lang en and --lang zh each alone; both without it", async () => {
    await writeTable("in.xlsx");
    await run(["cleanup", "in.xlsx", "-o", "clean.xlsx"]);
    const en = await run(["revert", "clean.xlsx", "-o", "en.xlsx", "--lang", "en"]);
    expect(en).toContain("Reverted 2 edits:");
    expect(en).toContain("row restored: ");
    expect(en).toContain("Saved: en.xlsx");
    for (const w of ["已撤销", "恢复整行", "已保存"]) expect(en).not.toContain(w);

    const zh = await run(["revert", "clean.xlsx", "-o", "zh.xlsx", "--lang", "zh"]);
    expect(zh).toContain("已撤销 2 处");
    expect(zh).toContain("恢复整行：");
    expect(zh).toContain("已保存：zh.xlsx");
    for (const w of ["Reverted", "row restored", "Saved"]) expect(zh).not.toContain(w);

    const both = await run(["revert", "clean.xlsx", "-o", "both.xlsx"]);
    expect(both).toContain("已撤销 2 处 Reverted 2 edits:");
    expect(both).toContain("恢复整行 row restored: ");
  });
});
