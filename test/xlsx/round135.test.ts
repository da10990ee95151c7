/**
 * Probe round 135: a repeated header that carries its own merges (a PDF page-break copy of a two-row
 * header: 指标值 merged over the years, 一级/二级/三级 each over two rows) is removed with its merges, and
 * revert puts rows and merges back exactly, also after save and reopen. A merge reaching out of the
 * copy still keeps it.
 */
import ExcelJS from "exceljs";
import { cleanupWorkbook, readWorkbookCleanupLog, revertWorkbook } from "../../src/xlsx/cleanup";
import { defaultCleanupSettings } from "../../src/core/cleanup";

const TIME = "2024-05-01 09:00:00";

async function reopen(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  return again;
}

const merges = (ws: ExcelJS.Worksheet) =>
  Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges)
    .map((m) => m.range)
    .sort();

/** Every cell's value and the merges, as a snapshot to compare. */
function snapshot(ws: ExcelJS.Worksheet) {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (r) =>
    r.eachCell({ includeEmpty: false }, (c) => {
      cells[c.address] = { value: c.value, type: c.type, bold: c.font?.bold ?? null };
    }),
  );
  return { cells, merges: merges(ws), rows: ws.rowCount };
}

const TOP = ["一级指标", "二级指标", "三级指标", "指标值", "指标值", "指标值"];
const YEARS = ["一级指标", "二级指标", "三级指标", "2025年", "2026年", "2027年"];

/** A two-row header (rows 1–2), a row, its page-break copy (rows 4–5) with the same merges, a row. */
function twoRowBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("表");
  ws.addRow(TOP);
  ws.addRow(YEARS);
  ws.addRow(["产出指标", "数量指标", "修缮古建筑", "≥12处", "≥15处", "≥18处"]);
  ws.addRow(TOP);
  ws.addRow(YEARS);
  ws.addRow(["效益指标", "社会效益指标", "游客接待量", "≥60万人次", "≥65万人次", "≥70万人次"]);
  for (const top of [1, 4]) {
    for (const col of ["A", "B", "C"]) ws.mergeCells(`${col}${top}:${col}${top + 1}`);
    ws.mergeCells(`D${top}:F${top}`);
    ws.getRow(top).font = { bold: true };
  }
  return wb;
}

describe("a repeated two-row header with its own merges", () => {
  test("goes whole, its merges with it; the header's merges stay", () => {
    const wb = twoRowBook();
    const ws = wb.getWorksheet("表")!;
    const r = cleanupWorkbook(wb, { sheet: "表", settings: defaultCleanupSettings(), time: TIME });
    const rows = r.proposal.edits.filter((e) => e.kind === "row");
    expect(rows.map((e) => [e.cell, e.applied]).sort()).toEqual([
      ["4:4", true],
      ["5:5", true],
    ]);
    expect(ws.getCell("C4").value).toBe("游客接待量");
    expect(merges(ws)).toEqual(["A1:A2", "B1:B2", "C1:C2", "D1:F1"]);
  });

  test("revert after save and reopen gives back rows and merges exactly", async () => {
    const original = snapshot((await reopen(twoRowBook())).getWorksheet("表")!);
    const wb = twoRowBook();
    cleanupWorkbook(wb, { sheet: "表", settings: defaultCleanupSettings(), time: TIME });
    const cleaned = await reopen(wb);
    revertWorkbook(cleaned, {}, TIME);
    const back = (await reopen(cleaned)).getWorksheet("表")!;
    expect(snapshot(back)).toEqual(original);
  });

  test("reverting one row of the copy alone merges nothing that is not its own", async () => {
    const wb = twoRowBook();
    cleanupWorkbook(wb, { sheet: "表", settings: defaultCleanupSettings(), time: TIME });
    const cleaned = await reopen(wb);
    // The older entry: the copy's second row (removed first, bottom-up), its merges reaching the row above.
    const second = readWorkbookCleanupLog(cleaned).entries.find((e) => e.edit.cell === "5:5")!;
    revertWorkbook(cleaned, { ids: [second.id] }, TIME);
    const ws = cleaned.getWorksheet("表")!;
    expect(ws.getCell("D4").value).toBe("2025年");
    expect(ws.getCell("A3").value).toBe("产出指标");
    expect(merges(ws)).toEqual(["A1:A2", "B1:B2", "C1:C2", "D1:F1"]);
    // …and reverting the rest merges no row of the table with a row of the copy either.
    revertWorkbook(cleaned, {}, TIME);
    const after = merges(cleaned.getWorksheet("表")!);
    expect(after.filter((m) => /[A-Z]+[36]\b|:[A-Z]+[36]$/.test(m))).toEqual([]);
    expect(cleaned.getWorksheet("表")!.getCell("A6").value).toBe("效益指标");
  });

  test("a merge reaching out of the copy keeps both rows, with the reason", () => {
    const wb = twoRowBook();
    const ws = wb.getWorksheet("表")!;
    ws.unMergeCells("A4:A5");
    ws.mergeCells("A4:A6");
    const r = cleanupWorkbook(wb, {
      sheet: "表",
      settings: defaultCleanupSettings(),
      time: TIME,
      dryRun: true,
    });
    const rows = r.proposal.edits.filter((e) => e.kind === "row");
    expect(rows.length).toBe(2);
    for (const e of rows) {
      expect(e.applied).toBe(false);
      expect(e.note?.zh).toContain("该行有合并单元格");
    }
  });
});

describe("a two-row header copy an empty merge spans (as the Excel gateway, one answer from core)", () => {
  const BLANK = {
    zh: "保留此行，未删除：该行有跨行的空白合并单元格，撤销时无法可靠恢复。",
    en: "Row kept, not removed: the row has an empty merged cell over several rows that revert could not restore reliably.",
  };
  /** twoRowBook with column G merged over each header's two rows, empty or holding `word`, saved and read back. */
  async function book(word: string | null): Promise<ExcelJS.Workbook> {
    const wb = twoRowBook();
    const ws = wb.getWorksheet("表")!;
    for (const top of [1, 4]) {
      ws.mergeCells(`G${top}:G${top + 1}`);
      if (word !== null) ws.getCell(`G${top}`).value = word;
    }
    return reopen(wb);
  }

  test("stays whole, with the reason, and the file keeps its rows and merges", async () => {
    const original = snapshot((await book(null)).getWorksheet("表")!);
    const wb = await book(null);
    const r = cleanupWorkbook(wb, { sheet: "表", settings: defaultCleanupSettings(), time: TIME });
    const rows = r.proposal.edits.filter((e) => e.kind === "row");
    expect(rows.map((e) => [e.cell, e.applied, e.note]).sort()).toEqual([
      ["4:4", false, BLANK],
      ["5:5", false, BLANK],
    ]);
    expect(snapshot((await reopen(wb)).getWorksheet("表")!)).toEqual(original);
  });

  test("holding a word, goes with the copy and comes back on revert", async () => {
    const original = snapshot((await book("备注")).getWorksheet("表")!);
    const wb = await book("备注");
    cleanupWorkbook(wb, { sheet: "表", settings: defaultCleanupSettings(), time: TIME });
    expect(merges(wb.getWorksheet("表")!)).toEqual(["A1:A2", "B1:B2", "C1:C2", "D1:F1", "G1:G2"]);
    const cleaned = await reopen(wb);
    revertWorkbook(cleaned, {}, TIME);
    expect(snapshot((await reopen(cleaned)).getWorksheet("表")!)).toEqual(original);
  });
});

describe("a one-row header copy whose merge lies inside the row", () => {
  function book(): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表");
    ws.addRow(["一级指标", "二级指标", "三级指标", "指标值", "指标值"]);
    ws.addRow(["产出指标", "数量指标", "修缮古建筑", "≥12处"]);
    ws.addRow(["一级指标", "二级指标", "三级指标", "指标值", "指标值"]);
    ws.addRow(["效益指标", "社会效益指标", "游客接待量", "≥60万人次"]);
    ws.mergeCells("D1:E1");
    ws.mergeCells("D3:E3");
    return wb;
  }

  test("is removed, and revert puts row and merge back", async () => {
    const original = snapshot((await reopen(book())).getWorksheet("表")!);
    const wb = book();
    cleanupWorkbook(wb, { sheet: "表", settings: defaultCleanupSettings(), time: TIME });
    const ws = wb.getWorksheet("表")!;
    expect(ws.getCell("C3").value).toBe("游客接待量");
    expect(merges(ws)).toEqual(["D1:E1"]);
    const cleaned = await reopen(wb);
    revertWorkbook(cleaned, {}, TIME);
    expect(snapshot((await reopen(cleaned)).getWorksheet("表")!)).toEqual(original);
  });
});
