/**
 * Round 200 in the .xlsx gateway and the pieces under it: a PDF or a picture named .xlsx, a package
 * whose sheet part is missing, whole columns and rows as a range, full-width ranges, a header wrapped
 * with Alt+Enter in the summary, an existing output file replaced, and what tells a revert that rows
 * were inserted by hand.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { fileKind, fileKindProblem } from "../../src/xlsx/fileKind";
import { loadWorkbook, replacedNote, requireXlsxName } from "../../src/xlsx/files";
import { findWorksheet, worksheetToGrid } from "../../src/xlsx/read";
import { parseRange } from "../../src/core/grid";
import { parseGrid } from "../../src/core/parse";
import { formatParseSummary } from "../../src/core/summary";
import { planRevert } from "../../src/core/cleanup/revert";
import type { LogEntry } from "../../src/core/cleanup/types";
import type { CellValue } from "../../src/core/grid";

describe("files named .xlsx that are something else", () => {
  it("a PDF and pictures are named for what they are, not as text", () => {
    const pdf = new TextEncoder().encode("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj");
    expect(fileKind(pdf)).toBe("pdf");
    expect(fileKindProblem("pdf", "a.xlsx")?.zh).toContain("a.xlsx：这是 PDF 文件");
    for (const hex of ["89504e470d0a1a0a", "ffd8ffe000104a46", "474946383961", "49492a00"])
      expect(fileKind(Uint8Array.from(Buffer.from(hex, "hex")))).toBe("picture");
    expect(fileKindProblem("picture", "b.xlsx")?.zh).toContain("这是图片文件");
    // Text stays text.
    expect(fileKind(new TextEncoder().encode("项目名称,绩效指标\n"))).toBe("text");
  });

  it("a package whose worksheet part is missing is damaged, not a workbook without sheets", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "round200-x-"));
    try {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("表").addRow(["项目名称", "绩效指标"]);
      const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
      zip.remove("xl/worksheets/sheet1.xml");
      const file = path.join(dir, "nopart.xlsx");
      fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
      await expect(loadWorkbook(file)).rejects.toThrow("nopart.xlsx：文件不完整或已损坏");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("ranges as officers type them", () => {
  it("whole columns and whole rows, as the Name Box shows them", () => {
    expect(parseRange("A:F")).toEqual({ top: 1, left: 1, bottom: 1048576, right: 6 });
    expect(parseRange("$E:$E")).toEqual({ top: 1, left: 5, bottom: 1048576, right: 5 });
    expect(parseRange("40:3")).toEqual({ top: 3, left: 1, bottom: 40, right: 16384 });
    expect(parseRange("0:3")).toBeNull();
    expect(parseRange("A:3")).toBeNull();
  });

  it("full-width letters, digits and colon", () => {
    expect(parseRange("Ａ１：Ｆ４０")).toEqual({ top: 1, left: 1, bottom: 40, right: 6 });
  });

  it("a whole-column range reads the used rows only", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("表");
    ws.addRow(["项目名称", "绩效指标"]);
    ws.addRow(["应急演练", "演练次数 ≥4次"]);
    expect(worksheetToGrid(ws, "B:B").values).toEqual([["绩效指标"], ["演练次数 ≥4次"]]);
  });
});

describe("sheet names as Excel compares them", () => {
  it("case and width count only when one sheet matches", () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1");
    wb.addWorksheet("表１");
    expect(findWorksheet(wb, "SHEET1").name).toBe("Sheet1");
    expect(findWorksheet(wb, "表1").name).toBe("表１");
    expect(() => findWorksheet(wb, "表2")).toThrow("找不到工作表“表2”");
  });
});

describe("output names", () => {
  it("only .xlsx, any case; an existing file is said to be replaced", () => {
    expect(() => requireXlsxName("结果.XLSX")).not.toThrow();
    expect(() => requireXlsxName("结果.xlsm")).toThrow("输出文件名 结果.xlsm 扩展名 .xlsm");
    expect(() => requireXlsxName("结果")).toThrow("输出文件名 结果 没有扩展名");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "round200-o-"));
    try {
      const file = path.join(dir, "旧.xlsx");
      expect(replacedNote(file)).toBeNull();
      fs.writeFileSync(file, "x");
      expect(replacedNote(file)?.zh).toBe("注意：已有同名文件 旧.xlsx，已被新文件替换。");
      expect(replacedNote(dir)).toBeNull();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a header cell wrapped with Alt+Enter", () => {
  it("keeps the summary's column line on one line, and is not repeated when it is the role's name", () => {
    const grid = {
      sheet: "表",
      top: 1,
      left: 1,
      values: [
        ["项目\n名称", "绩效\r\n指标", "备 注"],
        ["应急演练", "1、产出指标：演练次数，不少于4次", ""],
      ],
    };
    const text = formatParseSummary(parseGrid(grid), "zh");
    const line = text.split("\n").find((l) => l.includes("识别的列"))!;
    expect(line).toContain("A=项目名称");
    expect(line).toContain("B=绩效指标");
    expect(line).not.toContain("（项目");
    expect(text).not.toMatch(/（[^）]*\n/);
  });
});

describe("revert after rows were inserted by hand", () => {
  const entry = (id: number, edit: Partial<LogEntry["edit"]>): LogEntry =>
    ({
      id,
      time: "2026-01-01 00:00",
      action: "apply",
      revertOf: null,
      edit: { sheet: "表", applied: true, kind: "cell", rule: "PUNCT", ...edit },
    }) as LogEntry;
  const removed = entry(1, {
    kind: "row",
    rule: "HEADER-REPEAT",
    cell: "4:4",
    row: 4,
    fromColumn: 1,
    values: ["项目名称", "绩效指标"],
    before: "项目名称 | 绩效指标",
    after: "",
  } as Partial<LogEntry["edit"]>);
  const cleaned = entry(2, { cell: "B2", before: "演练次数:4次", after: "演练次数：4次" });
  const reader = (cells: Record<string, CellValue>) => (_s: string, r: number, c: number) =>
    cells[`${String.fromCharCode(64 + c)}${r}`] ?? null;

  it("puts the removed row back when the cleaned cells stand where the log says", () => {
    const plan = planRevert([removed, cleaned], {}, reader({ B2: "演练次数：4次" }), "t");
    expect(plan.conflicts).toEqual([]);
    expect(plan.entries).toHaveLength(2);
  });

  it("restores no row, and names where the cleaned text went, when it moved down a row", () => {
    const plan = planRevert([removed, cleaned], {}, reader({ B3: "演练次数：4次" }), "t");
    expect(plan.entries).toEqual([]);
    expect(plan.conflicts.map((c) => c.message.zh)).toEqual([
      "第 2 条：表!B2 清理后的内容现在在 表!B3（清理后插入或删除过行），未还原。",
      expect.stringContaining(
        "第 1 条：清理后工作表“表”中插入或删除过行（如 表!B2 清理后的内容现在在 表!B3）",
      ),
    ]);
  });

  it("takes a text repeated in its column (a label) as no sign of a move", () => {
    const label = entry(2, { cell: "B2", before: "产出", after: "产出指标" });
    const plan = planRevert(
      [removed, label],
      {},
      reader({ B2: "改过", B3: "产出指标", B5: "产出指标" }),
      "t",
    );
    expect(plan.entries.map((e) => e.revertOf)).toEqual([1]);
    expect(plan.conflicts[0].message.zh).toContain("在清理后又被修改过");
  });
});
