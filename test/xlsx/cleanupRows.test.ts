/**
 * Removing a repeated header row from an .xlsx: what sits below moves with its rows (formula references,
 * data validations, notes, merges, hidden rows), and revert after save and reopen puts it all back. A
 * row that cannot go safely stays, with the reason in the preview and the log.
 */
import ExcelJS from "exceljs";
import { cleanupWorkbook, readWorkbookCleanupLog, revertWorkbook } from "../../src/xlsx/cleanup";
import { defaultCleanupSettings } from "../../src/core/cleanup";

const TIME = "2024-05-01 09:00:00";
const HEADER = ["序号", "项目名称", "项目金额", "一级指标", "二级指标", "三级指标", "指标值", "备注"];

async function reopen(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  return again;
}

/** Title merged over A1:H1, header row 2, a page-break copy of it at row 7, 合计 with formulas at row 11. */
function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.getCell("A1").value = "2024年项目支出绩效目标表";
  ws.mergeCells("A1:H1");
  ws.getRow(2).values = HEADER;
  const data = [
    [1, "社区养老服务", 50, "产出指标", "数量指标", "服务人次", "≥5万人次", ""],
    [1, "社区养老服务", 50, "产出指标", "质量指标", "服务合格率", "100％", ""],
    [1, "社区养老服务", 50, "效益指标", "社会效益指标", "覆盖街道", "≥3个", ""],
    [1, "社区养老服务", 50, "满意度指标", "服务对象满意度指标", "满意度", "≥90%", ""],
  ];
  data.forEach((r, i) => (ws.getRow(3 + i).values = r));
  ws.getRow(7).values = HEADER;
  for (const r of [2, 7])
    HEADER.forEach((_, i) => {
      const cell = ws.getCell(r, i + 1);
      cell.font = { bold: true, name: "宋体" };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    });
  ws.getRow(8).values = [2, "助餐服务", 100, "产出指标", "数量指标", "助餐点数量", "≥ 3处", ""];
  ws.getRow(9).values = [2, "助餐服务", 100, "产出指标", "时效指标", "完成时间", "2024年11月底前", ""];
  ws.getRow(10).values = [
    2,
    "助餐服务",
    100,
    "满意度指标",
    "服务对象满意度指标",
    "满意度",
    "≥90%",
    "重点  项目",
  ];
  ws.getCell("A11").value = "合计";
  ws.getCell("C11").value = { formula: "SUM(C3:C10)", result: 450 };
  ws.getCell("D11").value = { formula: "COUNTA(F3:F10)", result: 8 };
  ws.getCell("A12").value = "填表人：王明";
  ws.mergeCells("A12:C12");
  ws.getCell("G8").note = "请核实";
  ws.getCell("G8").dataValidation = { type: "list", allowBlank: true, formulae: ['"≥ 3处,≥5处"'] };
  ws.getRow(9).hidden = true;
  return wb;
}

const merges = (ws: ExcelJS.Worksheet) =>
  Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort();

describe("removing a repeated header row under a merged title", () => {
  let cleaned: ExcelJS.Workbook;
  beforeAll(async () => {
    const wb = book();
    cleanupWorkbook(wb, { sheet: "Sheet1", settings: defaultCleanupSettings(), time: TIME });
    cleaned = await reopen(wb);
  });

  test("the row is removed although the sheet has merged cells", () => {
    const ws = cleaned.getWorksheet("Sheet1")!;
    expect(ws.getCell("A7").value).toBe(2);
    expect(ws.getCell("G7").value).toBe("≥3处");
  });

  test("formulas below follow their rows: no circular reference", () => {
    const ws = cleaned.getWorksheet("Sheet1")!;
    expect(ws.getCell("C10").value).toMatchObject({ formula: "SUM(C3:C9)" });
    expect(ws.getCell("D10").value).toMatchObject({ formula: "COUNTA(F3:F9)" });
  });

  test("the note, the data validation, the hidden row and the merges move with their cells", () => {
    const ws = cleaned.getWorksheet("Sheet1")!;
    expect(ws.getCell("G7").note).toBe("请核实");
    expect(ws.getCell("G8").note).toBeUndefined();
    expect(ws.getCell("G7").dataValidation).toMatchObject({ type: "list" });
    expect(ws.getCell("G8").dataValidation).toBeUndefined();
    expect(ws.getRow(8).hidden).toBe(true);
    expect(ws.getRow(9).hidden).toBe(false);
    expect(merges(ws)).toEqual(["A1", "A11"]);
    expect(ws.getCell("A11").value).toBe("填表人：王明");
  });

  test("revert after save and reopen puts every one of them back", async () => {
    const wb = await reopen(cleaned);
    revertWorkbook(wb, {}, TIME);
    const ws = (await reopen(wb)).getWorksheet("Sheet1")!;
    expect(ws.getCell("B7").value).toBe("项目名称");
    // the header copy comes back in the header's fonts and fill
    expect(ws.getCell("B7").font).toMatchObject({ bold: true, name: "宋体" });
    expect(ws.getCell("H7").fill).toMatchObject({ fgColor: { argb: "FFD9E1F2" } });
    expect(ws.getCell("C11").value).toMatchObject({ formula: "SUM(C3:C10)" });
    expect(ws.getCell("D11").value).toMatchObject({ formula: "COUNTA(F3:F10)" });
    expect(ws.getCell("G8").note).toBe("请核实");
    expect(ws.getCell("G8").dataValidation).toMatchObject({ type: "list" });
    expect(ws.getRow(9).hidden).toBe(true);
    expect(ws.getRow(10).hidden).toBe(false);
    expect(merges(ws)).toEqual(["A1", "A12"]);
    expect(ws.getCell("H10").value).toBe("重点  项目");
  });
});

describe("a row that cannot go safely stays, and says why", () => {
  test("a formula naming the row itself keeps it; the other edits are made", () => {
    const wb = book();
    const ws = wb.getWorksheet("Sheet1")!;
    ws.getCell("H3").value = { formula: "B7", result: "项目名称" };
    const r = cleanupWorkbook(wb, { sheet: "Sheet1", settings: defaultCleanupSettings(), time: TIME });
    expect(ws.getCell("B7").value).toBe("项目名称");
    expect(ws.getCell("G4").value).toBe("100%");
    const row = r.proposal.edits.find((e) => e.kind === "row");
    expect(row?.applied).toBe(false);
    expect(row?.note?.zh).toMatch(/保留此行，未删除：公式 H3/);
    expect(row?.note?.en).toMatch(/Row kept, not removed/);
    const logged = readWorkbookCleanupLog(wb).entries.find((e) => e.edit.kind === "row");
    expect(logged?.action).toBe("declined");
    expect(logged?.edit.note?.zh).toMatch(/保留此行/);
  });

  // Probe r94 M4: any formula naming the sheet kept the row, with a reason that was not true.
  test("another sheet's formula keeps the row only where it points at the row or below it", async () => {
    const cases: [string, boolean][] = [
      ["Sheet1!B3", true],
      ["SUM('Sheet1'!C3:C6)&\"Sheet1!C9\"", true],
      ["Sheet1!B8", false],
      ["SUM(Sheet1!C3:C10)", false],
      ["Sheet1!7:7", false],
      ["SUM(Sheet1!C:C)", false],
      ['INDIRECT("Sheet1!B3")', false],
    ];
    for (const [formula, removed] of cases) {
      const wb = book();
      wb.addWorksheet("说明").getCell("B2").value = { formula, result: 0 };
      const r = cleanupWorkbook(wb, { sheet: "Sheet1", settings: defaultCleanupSettings(), time: TIME });
      const row = r.proposal.edits.find((e) => e.kind === "row");
      expect([formula, row?.applied]).toEqual([formula, removed]);
      if (removed) {
        // What it points at did not move: the formula still names the same cells.
        const again = await reopen(wb);
        const f = again.getWorksheet("说明")!.getCell("B2").value as { formula: string };
        expect(f.formula).toBe(formula);
        expect(again.getWorksheet("Sheet1")!.getCell("B3").value).toBe("社区养老服务");
      } else
        expect(row?.note?.zh).toBe("保留此行，未删除：工作表“说明”的公式 B2 引用了本表该行或以下的单元格。");
    }
  });

  test("a merge over the row keeps it", () => {
    const wb = book();
    const ws = wb.getWorksheet("Sheet1")!;
    ws.unMergeCells("A12:C12");
    ws.mergeCells("I7:I8");
    const settings = defaultCleanupSettings();
    const r = cleanupWorkbook(wb, { sheet: "Sheet1", settings, time: TIME, dryRun: true });
    const row = r.proposal.edits.find((e) => e.kind === "row");
    expect(row?.applied).toBe(false);
    expect(row?.note?.zh).toMatch(/该行有合并单元格/);
  });
});

describe("the 清理日志 after a row removal", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const w = book();
    cleanupWorkbook(w, { sheet: "Sheet1", settings: defaultCleanupSettings(), time: TIME });
    wb = await reopen(w);
  });

  const rowOf = (ws: ExcelJS.Worksheet, cell: string) => {
    let found: ExcelJS.Row | undefined;
    ws.eachRow((r) => {
      if (r.getCell(4).value === cell) found = r;
    });
    return found;
  };

  test("an edit moved up by the removal names the preview's address and the one now", () => {
    const log = wb.getWorksheet("清理日志")!;
    const h9 = rowOf(log, "H9");
    expect(String(h9?.getCell(6).value)).toMatch(/预览中为 H10（上方删除整行后移至 H9）/);
    const entry = readWorkbookCleanupLog(wb).entries.find((e) => e.edit.cell === "H9");
    expect(entry?.edit.kind === "cell" && entry.edit.previewCell).toBe("H10");
  });

  test("prints landscape one page wide, the restore data hidden, 序号 top-aligned", () => {
    const log = wb.getWorksheet("清理日志")!;
    expect(log.pageSetup.orientation).toBe("landscape");
    expect(log.pageSetup.fitToWidth).toBe(1);
    expect(log.getColumn(12).hidden).toBe(true);
    expect(log.getCell("A2").alignment?.vertical).toBe("top");
    expect(log.getCell("F2").alignment?.wrapText).toBe(true);
    let shown = 0;
    for (let c = 1; c <= 11; c++) shown += log.getColumn(c).width ?? 0;
    expect(shown).toBeLessThanOrEqual(190);
  });

  test("revert still reads the hidden restore data", async () => {
    const back = await reopen(wb);
    revertWorkbook(back, {}, TIME);
    expect(back.getWorksheet("Sheet1")!.getCell("B7").value).toBe("项目名称");
    expect(back.getWorksheet("清理日志")!.getColumn(12).hidden).toBe(true);
  });

  test("a row kept is worded as a proposal, with its reason", () => {
    const w = book();
    w.getWorksheet("Sheet1")!.getCell("H3").value = { formula: "B7", result: "项目名称" };
    cleanupWorkbook(w, { sheet: "Sheet1", settings: defaultCleanupSettings(), time: TIME });
    const change = String(rowOf(w.getWorksheet("清理日志")!, "7:7")?.getCell(6).value);
    expect(change).toMatch(/^建议删除整行，未删除/);
    expect(change).not.toMatch(/^删除整行/);
    expect(change).toMatch(/保留此行，未删除：公式 H3/);
  });
});

describe("revert restores a removed header copy as it looked, not as the header (probe r80 R1)", () => {
  // The header bold and filled at height 24; a copy pasted plain at height 36; a hidden copy in red italics;
  // a copy with the header's fill but the body's font.
  const HEAD = ["一级指标", "二级指标", "三级指标", "指标值"];
  const headerLook = (row: ExcelJS.Row) =>
    row.eachCell({ includeEmpty: true }, (c) => {
      c.font = { bold: true, size: 11, name: "宋体" };
      c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
      c.border = { top: { style: "thin" }, bottom: { style: "thin" } };
      c.alignment = { horizontal: "center", vertical: "middle" };
    });
  function headerBook(): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("分页粘贴");
    ws.getRow(1).values = HEAD;
    headerLook(ws.getRow(1));
    ws.getRow(1).height = 24;
    ws.getRow(2).values = ["产出指标", "数量指标", "巡查次数", "≥12次"];
    ws.getRow(3).values = HEAD; // pasted plain
    ws.getRow(3).height = 36;
    ws.getRow(4).values = ["产出指标", "质量指标", "整改率", "≥95%"];
    ws.getRow(5).values = HEAD; // hidden, red italics
    ws.getRow(5).eachCell((c) => (c.font = { italic: true, color: { argb: "FFFF0000" } }));
    ws.getRow(5).hidden = true;
    ws.getRow(6).values = ["效益指标", "社会效益指标", "知晓率", "≥90%"];
    ws.getRow(7).values = HEAD; // the header's fill, the body's font
    ws.getRow(7).eachCell((c) => {
      c.font = { size: 10, name: "宋体" };
      c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
      c.alignment = { vertical: "top", wrapText: true };
    });
    ws.getRow(8).values = ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"];
    return wb;
  }
  const look = (ws: ExcelJS.Worksheet, r: number) => {
    const row = ws.getRow(r);
    const cells: unknown[] = [];
    for (let c = 1; c <= 4; c++) cells.push(row.getCell(c).style);
    return JSON.stringify({ height: row.height, hidden: row.hidden, cells });
  };

  test("every copy is removed, and after save and reopen comes back with its own formats, height and hidden state", async () => {
    const original = await reopen(headerBook());
    const wb = await reopen(headerBook());
    const r = cleanupWorkbook(wb, { sheet: "分页粘贴", settings: defaultCleanupSettings(), time: TIME });
    expect(r.entries.filter((e) => e.edit.kind === "row").map((e) => e.edit.cell)).toEqual([
      "7:7",
      "5:5",
      "3:3",
    ]);
    const back = await reopen(wb);
    revertWorkbook(back, {}, TIME);
    const ws = (await reopen(back)).getWorksheet("分页粘贴")!;
    const was = original.getWorksheet("分页粘贴")!;
    for (let r = 1; r <= 8; r++) expect([r, look(ws, r)]).toEqual([r, look(was, r)]);
    expect(ws.getRow(3).height).toBe(36);
    expect(ws.getRow(5).hidden).toBe(true);
    expect(ws.getCell("A5").font).toMatchObject({ italic: true });
    expect(ws.getCell("A3").font?.bold).toBeFalsy();
  });

  test("a copy whose formats the log could not keep stays, and says why", () => {
    const wb = headerBook();
    const ws = wb.getWorksheet("分页粘贴")!;
    for (let c = 5; c <= 300; c++)
      ws.getCell(3, c).font = { color: { argb: `FF${c.toString(16).padStart(6, "0")}` }, name: "宋体" };
    const r = cleanupWorkbook(wb, { sheet: "分页粘贴", settings: defaultCleanupSettings(), time: TIME });
    const kept = r.proposal.edits.find((e) => e.kind === "row" && e.cell === "3:3");
    expect(kept?.applied).toBe(false);
    expect(kept?.note?.zh).toMatch(/格式过多/);
    expect(ws.getCell("A3").value).toBe("一级指标");
  });
});
