/**
 * ExcelGateway cleanup against the counting fake: cells written as text, whole rows removed and
 * re-inserted in order, the 清理日志 read and rewritten, a bounded number of requests, one undo group
 * where ExcelApi 1.20 exists, and cells changed since the plan left alone.
 */
import fc from "fast-check";
import type { CellValue, Grid } from "../../src/core/grid";
import { a1, cellText } from "../../src/core/grid";
import type { CellEdit, LogEntry, RowEdit } from "../../src/core/cleanup";
import { applyEntriesToGrid, entriesForRun, planRevert } from "../../src/core/cleanup";
import { ALL_FEATURES, MINIMUM_FEATURES } from "../../src/excel/features";
import { ExcelGatewayError } from "../../src/excel/errors";
import { FakeExcel, type FakeOptions, type FakeSheet } from "./fakeExcel";
import { gatewayOn } from "./helpers";

const TIME = "2024-05-06 09:30:00";
const SHEET = "绩效目标表";

function cellEdit(cell: string, before: string, after: string, rule: CellEdit["rule"] = "SPACE"): CellEdit {
  return { kind: "cell", sheet: SHEET, cell, rule, before, after, applied: true };
}

function rowEdit(row: number, values: CellValue[]): RowEdit {
  return {
    kind: "row",
    sheet: SHEET,
    cell: `${row}:${row}`,
    rule: "HEADER-REPEAT",
    before: values.map(cellText).join(" | "),
    after: "",
    applied: true,
    row,
    fromColumn: 1,
    values,
  };
}

/** The sheet's cells as rows from A1 (empty → null, trailing empties dropped). */
function sheetRows(sheet: FakeSheet, rows: number, cols: number): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = 1; r <= rows; r++) {
    const line: CellValue[] = [];
    for (let c = 1; c <= cols; c++) line.push(sheet.get(a1(r, c)) ?? null);
    out.push(trim(line));
  }
  return trimRows(out);
}

function trim(line: CellValue[]): CellValue[] {
  const out = line.map((v) => (v === "" ? null : v));
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

function trimRows(rows: CellValue[][]): CellValue[][] {
  const out = rows.map(trim);
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

const HEADER = ["序号", "三级指标", "指标值"];

/** A table of `n` rows whose B column has a stray leading space, with header copies at `repeats`. */
function messyTable(n: number, repeats: number[]): CellValue[][] {
  const rows: CellValue[][] = [HEADER];
  for (let i = 1; i <= n; i++) rows.push(repeats.includes(i + 1) ? HEADER : [i, ` 指标${i}`, "≥95%"]);
  return rows;
}

function cleanupOf(rows: CellValue[][], repeats: number[]) {
  const edits = [
    ...repeats.map((r) => rowEdit(r, rows[r - 1])),
    ...rows.flatMap((row, i) =>
      repeats.includes(i + 1) || typeof row[1] !== "string" || !row[1].startsWith(" ")
        ? []
        : [cellEdit(`B${i + 1}`, row[1], row[1].trim())],
    ),
  ];
  return entriesForRun(edits, TIME, 1);
}

describe("ExcelGateway cleanup", () => {
  it("applies N cell edits and K row removals in a bounded number of requests", async () => {
    const repeats = [50, 400, 800, 1200, 1600, 2000, 2400, 2800, 3200, 3600];
    const rows = messyTable(4000, repeats);
    const fake = new FakeExcel([SHEET]);
    fake.sheet(SHEET).put("A1", rows);
    const limit = 64 * 1024;
    const { gateway } = gatewayOn(fake, { requestLimit: limit });
    const entries = cleanupOf(rows, repeats);
    const result = await gateway.applyCleanupWithLog(entries, []);

    expect(result.skipped).toEqual([]);
    expect(result.done).toHaveLength(4000 - 10 + 10);
    // Same outcome as the core's reference on a grid.
    const expected = applyEntriesToGrid({ sheet: SHEET, top: 1, left: 1, values: rows }, result.done);
    expect(sheetRows(fake.sheet(SHEET), 4001, 3)).toEqual(trimRows(expected.values));
    expect(fake.sheet(SHEET).get("B2")).toBe("指标1");

    // 2 looks + reads + writes; never one request per cell or per row.
    const total = fake.requests.reduce((a, b) => a + b, 0);
    expect(fake.maxRequestBytes()).toBeLessThanOrEqual(limit);
    expect(fake.syncs).toBeLessThanOrEqual(2 + 2 + Math.ceil(total / limit) + 1);
    expect(fake.syncs).toBeLessThan(30);
    // Rows are removed whole, bottom-up, before any value is written.
    const ops = fake.log.filter(
      (e) => e.path === "delete" || e.path === "values" || e.path === "numberFormat",
    );
    expect(ops.slice(0, 10).map((e) => `${e.path} ${e.target}`)).toEqual(
      [...repeats].reverse().map((r) => `delete ${r}:${r}`),
    );
  });

  it("takes 4 requests for a small cleanup: look, look, read, write (log included)", async () => {
    const rows = messyTable(20, [10]);
    const fake = new FakeExcel([SHEET]);
    fake.sheet(SHEET).put("A1", rows);
    const { gateway } = gatewayOn(fake);
    await gateway.applyCleanupWithLog(cleanupOf(rows, [10]), []);
    expect(fake.syncs).toBe(4);
    expect(fake.sheet("清理日志").get("D2")).toBe("10:10");
  });

  it("writes cleaned text as text: the text format goes on the edited cells only, before the values", async () => {
    const fake = new FakeExcel([SHEET]);
    fake.sheet(SHEET).put("A1", [["100 %", "20：20", " =1", "-5 人", "不动"]]);
    const { gateway } = gatewayOn(fake);
    const entries = entriesForRun(
      [
        cellEdit("A1", "100 %", "100%"),
        cellEdit("B1", "20：20", "20:20", "PUNCT"),
        cellEdit("C1", " =1", "=1"),
        cellEdit("D1", "-5 人", "-5人"),
      ],
      TIME,
      1,
    );
    const done = await gateway.applyCleanupEntries(entries);
    expect(done).toEqual(entries);
    const s = fake.sheet(SHEET);
    expect(["A1", "B1", "C1", "D1"].map((c) => s.get(c))).toEqual(["100%", "20:20", "=1", "-5人"]);
    expect(["A1", "B1", "C1", "D1"].map((c) => s.formulaAt(c))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(["A1", "B1", "C1", "D1", "E1"].map((c) => s.formatAt(c))).toEqual(["@", "@", "@", "@", undefined]);
    const order = fake.log.filter((e) => e.path === "numberFormat" || e.path === "values").map((e) => e.path);
    expect(order.indexOf("numberFormat")).toBeLessThan(order.indexOf("values"));
  });

  it("without the text format Excel would have turned them into numbers and formulas (the fake does too)", async () => {
    const fake = new FakeExcel([SHEET]);
    const { gateway } = gatewayOn(fake);
    await gateway.writePlans([{ name: "X", kind: "other", values: [["100%", "20:20"]] }]);
    expect([fake.sheet("X").get("A1"), fake.sheet("X").get("B1")]).toEqual([1, (20 * 60 + 20) / 1440]);
  });

  it("asks for one undo group when ExcelApi 1.20 exists, and not otherwise", async () => {
    for (const [features, expected] of [
      [ALL_FEATURES, { mergeUndoGroup: true }],
      [MINIMUM_FEATURES, undefined],
    ] as const) {
      const fake = new FakeExcel([SHEET]);
      fake.sheet(SHEET).put("A1", [[" 甲"]]);
      const { gateway } = gatewayOn(fake, { features });
      expect(gateway.cleanupIsOneUndoStep).toBe(features.mergeUndoGroup);
      await gateway.applyCleanupEntries(entriesForRun([cellEdit("A1", " 甲", "甲")], TIME, 1));
      expect(fake.runOptions).toEqual([expected]);
      expect(fake.sheet(SHEET).get("A1")).toBe("甲");
    }
  });

  it("turns events off during the edit and back on after, suspending calculation and screen updating", async () => {
    const fake = new FakeExcel([SHEET]);
    fake.sheet(SHEET).put("A1", messyTable(5, [4]));
    const { gateway } = gatewayOn(fake);
    await gateway.applyCleanupEntries(cleanupOf(messyTable(5, [4]), [4]));
    const last = fake.events.lastIndexOf("sync");
    const off = fake.events.indexOf("events:false");
    expect(off).toBeGreaterThan(0);
    expect(fake.events.indexOf("events:true")).toBeGreaterThan(off);
    expect(fake.events.indexOf("events:true")).toBeLessThan(last);
    expect(fake.events.slice(off - 2, off)).toEqual(["suspendCalculation", "suspendScreen"]);
    expect(fake.enableEvents).toBe(true);
  });

  it("does not overwrite a cell changed since the plan, and reports it (a chained edit of it too)", async () => {
    const fake = new FakeExcel([SHEET]);
    fake.sheet(SHEET).put("A1", [[" 甲。。", " 乙"]]);
    const { gateway } = gatewayOn(fake);
    const entries = entriesForRun(
      [
        cellEdit("A1", " 甲。。", "甲。。"),
        cellEdit("A1", "甲。。", "甲。", "PUNCT"),
        cellEdit("B1", " 乙", "乙"),
      ],
      TIME,
      1,
    );
    fake.sheet(SHEET).put("A1", [["官员改过"]]); // the officer typed while the preview was open
    const result = await gateway.applyCleanupWithLog(entries, []);
    expect(result.skipped.map((e) => e.id)).toEqual([1, 2]);
    expect(result.done.map((e) => e.id)).toEqual([3]);
    expect(result.messages[0].zh).toContain("绩效目标表!A1");
    expect(fake.sheet(SHEET).get("A1")).toBe("官员改过");
    expect(fake.sheet(SHEET).get("B1")).toBe("乙");
    // Only what was done is logged.
    expect(fake.sheet("清理日志").get("D2")).toBe("B1");
    expect(fake.sheet("清理日志").get("D3")).toBeUndefined();
  });

  it("never overwrites a formula that appeared in an edited cell", async () => {
    const fake = new FakeExcel([SHEET]);
    fake.sheet(SHEET).put("A1", [[" 甲"]], [["=B1"]]);
    const { gateway } = gatewayOn(fake);
    const done = await gateway.applyCleanupEntries(entriesForRun([cellEdit("A1", " 甲", "甲")], TIME, 1));
    expect(done).toEqual([]);
    expect(fake.sheet(SHEET).formulaAt("A1")).toBe("=B1");
  });

  it("saves every cell of a removed row (also outside the table) and revert puts all back", async () => {
    const rows: CellValue[][] = [
      ["序号", "三级指标", "指标值", null, "备注"],
      [1, " 甲", "≥1", null, null],
      ["序号", "三级指标", "指标值", null, "这一行的备注"],
      [2, "乙。。", "100%", null, 0.5],
    ];
    const fake = new FakeExcel([SHEET, "其他"]);
    fake.sheet(SHEET).put("A1", rows);
    const { gateway } = gatewayOn(fake);
    const edits = [
      rowEdit(3, rows[2].slice(0, 3)),
      cellEdit("B2", " 甲", "甲"),
      cellEdit("B4", "乙。。", "乙。", "PUNCT"),
    ];
    const applied = await gateway.applyCleanupWithLog(entriesForRun(edits, TIME, 1), []);
    const removal = applied.done[0].edit as RowEdit;
    expect(removal.values).toEqual(rows[2]);
    expect(sheetRows(fake.sheet(SHEET), 4, 5)).toEqual([
      rows[0],
      [1, "甲", "≥1"],
      [2, "乙。", "100%", null, 0.5],
    ]);

    // Revert everything from the log read back from the workbook.
    const log = await gateway.readCleanupLog();
    expect(log.messages).toEqual([]);
    expect(log.entries).toEqual(applied.done);
    const grid = await gateway.readSheet(SHEET);
    const readCell = (_s: string, r: number, c: number) => grid.values[r - grid.top]?.[c - grid.left] ?? null;
    const plan = planRevert(log.entries, {}, readCell, TIME);
    expect(plan.conflicts).toEqual([]);
    const reverted = await gateway.applyCleanupWithLog(plan.entries, log.entries);
    expect(reverted.skipped).toEqual([]);
    expect(sheetRows(fake.sheet(SHEET), 4, 5)).toEqual(trimRows(rows));
    // The "100%" text in a restored row stays text.
    expect(fake.sheet(SHEET).get("C4")).toBe("100%");
    const again = await gateway.readCleanupLog();
    expect(again.entries.map((e) => e.action)).toEqual([
      "apply",
      "apply",
      "apply",
      "revert",
      "revert",
      "revert",
    ]);
  });

  it("revert restores a removed header copy as it looked: its formats, height and hidden state (probe r80 R1)", async () => {
    // Row 1 the header, bold and filled; row 3 a copy pasted plain at height 36; row 5 a hidden copy in red.
    const header = ["一级指标", "三级指标", "指标值"];
    const rows: CellValue[][] = [
      header,
      ["产出指标", "甲", "≥1"],
      header,
      ["效益指标", "乙", "≥2"],
      header,
      ["满意度指标", "丙", "≥90%"],
    ];
    const bold = {
      style: "Normal",
      format: { font: { bold: true, name: "宋体", size: 11 }, fill: { color: "#D9E1F2" } },
    };
    const plain = { style: "Normal", format: { font: { bold: false, name: "宋体", size: 10 } } };
    const red = { style: "Normal", format: { font: { italic: true, color: "#FF0000" } } };
    const fake = new FakeExcel([SHEET]);
    const sheet = fake.sheet(SHEET);
    sheet.put("A1", rows);
    sheet.look("A1", [
      [bold, bold, bold],
      [plain, plain, plain],
      [plain, plain, plain],
      [plain, plain, plain],
      [red, red, red],
      [plain, plain, plain],
    ]);
    sheet.rowHeights.set(0, 24);
    sheet.rowHeights.set(2, 36);
    sheet.hiddenRows.add(5);
    const looks = () =>
      [1, 2, 3, 4, 5, 6].map((r) => ({
        cells: ["A", "B", "C"].map((c) => sheet.lookAt(`${c}${r}`)),
        height: sheet.rowHeights.get(r - 1),
        hidden: sheet.hiddenRows.has(r),
      }));
    const before = looks();
    const { gateway } = gatewayOn(fake);
    expect(await gateway.whyRowsStay(SHEET, [3, 5])).toEqual(new Map());
    const applied = await gateway.applyCleanupWithLog(cleanupOf(rows, [3, 5]), []);
    expect(
      applied.done.filter((e) => e.edit.kind === "row").map((e) => (e.edit as RowEdit).look?.host),
    ).toEqual(["excel", "excel"]);
    expect(sheetRows(sheet, 6, 3)).toEqual([
      header,
      ["产出指标", "甲", "≥1"],
      ["效益指标", "乙", "≥2"],
      ["满意度指标", "丙", "≥90%"],
    ]);

    const log = await gateway.readCleanupLog();
    expect(log.entries).toEqual(applied.done);
    const grid = await gateway.readSheet(SHEET);
    const readCell = (_s: string, r: number, c: number) => grid.values[r - grid.top]?.[c - grid.left] ?? null;
    const plan = planRevert(log.entries, {}, readCell, TIME);
    await gateway.applyCleanupWithLog(plan.entries, log.entries);
    expect(sheetRows(sheet, 6, 3)).toEqual(rows);
    expect(looks()).toEqual(before);
  });

  it("keeps a row as a proposal where its look cannot be kept: no ExcelApi 1.9, or too many formats", async () => {
    const fake = new FakeExcel([SHEET]);
    fake.sheet(SHEET).put("A1", messyTable(6, [3, 5]));
    const old = gatewayOn(fake, { features: MINIMUM_FEATURES }).gateway;
    const kept = await old.whyRowsStay(SHEET, [3, 5]);
    expect([...kept.keys()]).toEqual([3, 5]);
    expect(kept.get(3)?.zh).toMatch(/^保留此行，未删除：此版本的 Excel 无法读取该行的格式/);
    // Row 5 in 123 different fonts: more than the log keeps.
    fake.sheet(SHEET).put("D5", [Array.from({ length: 120 }, (_, i) => `备注${i}`)]);
    fake.sheet(SHEET).look("A5", [
      Array.from({ length: 123 }, (_, i) => ({
        format: {
          font: { name: `字体${i}`, color: `#${String(i).padStart(6, "0")}` },
          borders: {
            top: { style: "Continuous", weight: "Thin", color: "#000000" },
            bottom: { style: "Continuous", weight: "Thin", color: "#000000" },
          },
        },
      })),
    ]);
    const { gateway } = gatewayOn(fake);
    const why = await gateway.whyRowsStay(SHEET, [3, 5]);
    expect([...why.keys()]).toEqual([5]);
    expect(why.get(5)?.zh).toMatch(/格式过多/);
  });

  describe("a header copy's merged cells (ExcelApi 1.13)", () => {
    type Box = { top: number; left: number; bottom: number; right: number };
    const box = (top: number, left: number, bottom: number, right: number): Box => ({
      top,
      left,
      bottom,
      right,
    });
    const sorted = (list: Box[]) =>
      [...list].sort((x, y) => x.top - y.top || x.left - y.left).map((m) => ({ ...m }));
    const HEAD1 = ["一级指标", "二级指标", "三级指标", "指标值"];
    const HEAD2 = [null, null, null, "2025年", "2026年", "2027年"];
    /** A two-row header over rows `at` and `at + 1`: 一级/二级/三级 over both rows, 指标值 over the years. */
    const headerMerges = (at: number) => [
      box(at, 1, at + 1, 1),
      box(at, 2, at + 1, 2),
      box(at, 3, at + 1, 3),
      box(at, 4, at, 6),
    ];
    const rows: CellValue[][] = [
      HEAD1,
      HEAD2,
      ["产出指标", "数量指标", "甲", "≥1", "≥2", "≥3"],
      HEAD1,
      HEAD2,
      ["效益指标", "社会效益指标", "乙", "≥90%", "≥91%", "≥92%"],
    ];

    /** The two-row header written twice (rows 1–2 and 4–5), each copy with its merges, on a fake Excel. */
    function copiesWithMerges(options?: FakeOptions) {
      const fake = new FakeExcel([SHEET], options);
      const sheet = fake.sheet(SHEET);
      sheet.put("A1", rows);
      sheet.merges.push(...headerMerges(1), ...headerMerges(4));
      return { fake, sheet };
    }

    async function revertAll(gateway: ReturnType<typeof gatewayOn>["gateway"]) {
      const log = await gateway.readCleanupLog();
      const grid = await gateway.readSheet(SHEET);
      const readCell = (_s: string, r: number, c: number) =>
        grid.values[r - grid.top]?.[c - grid.left] ?? null;
      const plan = planRevert(log.entries, {}, readCell, TIME);
      expect(plan.conflicts).toEqual([]);
      return gateway.applyCleanupWithLog(plan.entries, log.entries);
    }

    it("removes a two-row copy whose merges lie inside it, and revert puts the merges back (probe r135)", async () => {
      const { fake, sheet } = copiesWithMerges();
      const before = sorted(sheet.merges);
      const { gateway } = gatewayOn(fake);
      expect(await gateway.whyRowsStay(SHEET, [4, 5])).toEqual(new Map());
      // The merges are read in the same requests as the rows' look: 2 to ask, 4 to clean up.
      expect(fake.syncs).toBe(2);
      const applied = await gateway.applyCleanupWithLog(
        entriesForRun([rowEdit(4, HEAD1), rowEdit(5, HEAD2)], TIME, 1),
        [],
      );
      expect(fake.syncs).toBe(2 + 4);
      expect(applied.done.map((e) => e.edit.cell)).toEqual(["5:5", "4:4"]);
      expect(sheetRows(sheet, 6, 6)).toEqual([rows[0], rows[1], rows[2], rows[5]]);
      // The header's own merges stay; the copy's went with it.
      expect(sorted(sheet.merges)).toEqual(sorted(headerMerges(1)));
      // Each row keeps the merges over it: rows relative to the row, columns, and what the cells held.
      const kept = applied.done.map((e) => ((e.edit as RowEdit).look?.data as { merges?: unknown }).merges);
      expect(kept[0]).toEqual([
        { rows: [-1, 0], cols: [1, 1], values: [["一级指标"], [null]] },
        { rows: [-1, 0], cols: [2, 2], values: [["二级指标"], [null]] },
        { rows: [-1, 0], cols: [3, 3], values: [["三级指标"], [null]] },
      ]);
      expect(kept[1]).toHaveLength(4);

      const reverted = await revertAll(gateway);
      expect(reverted.skipped).toEqual([]);
      expect(sheetRows(sheet, 6, 6)).toEqual(trimRows(rows));
      expect(sorted(sheet.merges)).toEqual(before);
      // Each merge made once, after the values.
      expect(fake.log.filter((e) => e.path === "merge").map((e) => e.target)).toEqual([
        "A4:A5",
        "B4:B5",
        "C4:C5",
        "D4:F4",
      ]);
    });

    it("remakes a merge only once all of its rows are back and hold what they held", async () => {
      const { fake, sheet } = copiesWithMerges();
      const { gateway } = gatewayOn(fake);
      await gateway.applyCleanupWithLog(entriesForRun([rowEdit(4, HEAD1), rowEdit(5, HEAD2)], TIME, 1), []);
      // Entry 2 removed row 4 (rows go bottom-up): reverted alone, only 指标值 over the years, inside
      // row 4, comes back; 一级/二级/三级 over rows 4 and 5 wait for row 5.
      const log = await gateway.readCleanupLog();
      const grid = await gateway.readSheet(SHEET);
      const readCell = (_s: string, r: number, c: number) =>
        grid.values[r - grid.top]?.[c - grid.left] ?? null;
      const plan = planRevert(log.entries, { ids: [2] }, readCell, TIME);
      await gateway.applyCleanupWithLog(plan.entries, log.entries);
      expect(sheetRows(sheet, 5, 6)).toEqual([rows[0], rows[1], rows[2], rows[3], rows[5]]);
      expect(sorted(sheet.merges)).toEqual(sorted([...headerMerges(1), box(4, 4, 4, 6)]));

      // A row whose kept merge no longer matches the cells (the log edited by hand) is not merged.
      const fresh = new FakeExcel([SHEET]);
      fresh.sheet(SHEET).put("A1", rows);
      fresh.sheet(SHEET).merges.push(...headerMerges(1), ...headerMerges(4));
      const other = gatewayOn(fresh).gateway;
      await other.applyCleanupWithLog(entriesForRun([rowEdit(4, HEAD1), rowEdit(5, HEAD2)], TIME, 1), []);
      const one = await other.readCleanupLog();
      // Entry 2 removed row 4: 指标值 over the years is the last of its merges.
      const data = (one.entries[1].edit as RowEdit).look!.data as {
        merges: { cols: number[]; values: CellValue[][] }[];
      };
      expect(data.merges.map((m) => m.cols)).toEqual([
        [1, 1],
        [2, 2],
        [3, 3],
        [4, 6],
      ]);
      data.merges[3].values[0][0] = "手改";
      await other.writeCleanupLog(one.entries);
      await revertAll(other);
      expect(fresh.sheet(SHEET).get("D4")).toBe("指标值");
      expect(sorted(fresh.sheet(SHEET).merges)).toEqual(
        sorted([...headerMerges(1), ...headerMerges(4).filter((m) => m.left !== 4)]),
      );
    });

    it("leaves out a kept merge that a merge made since would overlap (Excel stretches it over the rows)", async () => {
      const { fake, sheet } = copiesWithMerges();
      const { gateway } = gatewayOn(fake);
      await gateway.applyCleanupWithLog(entriesForRun([rowEdit(4, HEAD1), rowEdit(5, HEAD2)], TIME, 1), []);
      // After the cleanup the officer merges A3 with the row below it; the revert inserts the copy's
      // rows inside that merge, which Excel stretches over them: A4:A5 is not made again.
      sheet.merges.push(box(3, 1, 4, 1));
      await revertAll(gateway);
      expect(sheetRows(sheet, 6, 6)).toEqual(trimRows(rows));
      expect(sorted(sheet.merges)).toEqual(
        sorted([...headerMerges(1), box(3, 1, 6, 1), ...headerMerges(4).filter((m) => m.left !== 1)]),
      );
    });

    it("keeps a row as a proposal where a merge reaches out of the rows removed (from far above too)", async () => {
      const fake = new FakeExcel([SHEET]);
      const sheet = fake.sheet(SHEET);
      sheet.put("A1", messyTable(8, [5]));
      // A 备注 column merged down the table (its first cell far above the copy), and one over the copy
      // and the row below it.
      sheet.merges.push(box(2, 5, 8, 5), box(7, 1, 8, 1));
      const { gateway } = gatewayOn(fake);
      const kept = await gateway.whyRowsStay(SHEET, [5]);
      expect([...kept.keys()]).toEqual([5]);
      expect(kept.get(5)).toEqual({
        zh: "保留此行，未删除：该行有合并单元格延伸到不删除的行。",
        en: "Row kept, not removed: the row has merged cells reaching rows that stay.",
      });
      sheet.merges.splice(0, 1);
      sheet.merges.push(box(7, 2, 8, 2));
      expect([...(await gateway.whyRowsStay(SHEET, [5, 7])).keys()]).toEqual([7]);
      expect(await gateway.whyRowsStay(SHEET, [5, 7, 8])).toEqual(new Map());
    });

    it("completes a merge when the other row of the copy is reverted later, alone (as src/xlsx restoreMerge)", async () => {
      const { fake, sheet } = copiesWithMerges();
      const before = sorted(sheet.merges);
      const { gateway } = gatewayOn(fake);
      await gateway.applyCleanupWithLog(entriesForRun([rowEdit(4, HEAD1), rowEdit(5, HEAD2)], TIME, 1), []);
      let syncs = 0;
      const revertOne = async (id: number) => {
        const log = await gateway.readCleanupLog();
        const grid = await gateway.readSheet(SHEET);
        const readCell = (_s: string, r: number, c: number) =>
          grid.values[r - grid.top]?.[c - grid.left] ?? null;
        const plan = planRevert(log.entries, { ids: [id] }, readCell, TIME);
        expect(plan.conflicts).toEqual([]);
        const from = fake.syncs;
        const result = await gateway.applyCleanupWithLog(plan.entries, log.entries);
        syncs = fake.syncs - from;
        return result;
      };
      // Row 4 back alone: only 指标值 over the years, inside it; row 5's data row 乙 below it holds
      // something else than the copy's empty cells, so 一级/二级/三级 are not merged with it.
      await revertOne(2);
      expect(sorted(sheet.merges)).toEqual(sorted([...headerMerges(1), box(4, 4, 4, 6)]));
      const first = syncs;
      // Row 5 back later: its re-insertion completes 一级/二级/三级 over rows 4 and 5 (row 4 read as it is).
      const reverted = await revertOne(1);
      expect(reverted.skipped).toEqual([]);
      expect(sheetRows(sheet, 6, 6)).toEqual(trimRows(rows));
      expect(sorted(sheet.merges)).toEqual(before);
      // The cost: the rows a kept merge would cover are read (one request) where nothing else was read.
      expect([first, syncs]).toEqual([4, 4]);
      // Row 4 changed since (the officer typed into A4): the merge is not made over it.
      const fresh = new FakeExcel([SHEET]);
      fresh.sheet(SHEET).put("A1", rows);
      fresh.sheet(SHEET).merges.push(...headerMerges(1), ...headerMerges(4));
      const other = gatewayOn(fresh).gateway;
      await other.applyCleanupWithLog(entriesForRun([rowEdit(4, HEAD1), rowEdit(5, HEAD2)], TIME, 1), []);
      const log = await other.readCleanupLog();
      const grid = await other.readSheet(SHEET);
      const readCell = (_s: string, r: number, c: number) =>
        grid.values[r - grid.top]?.[c - grid.left] ?? null;
      await other.applyCleanupWithLog(
        planRevert(log.entries, { ids: [2] }, readCell, TIME).entries,
        log.entries,
      );
      fresh.sheet(SHEET).put("A4", [["一级指标（改）"]]);
      const log2 = await other.readCleanupLog();
      const grid2 = await other.readSheet(SHEET);
      const readCell2 = (_s: string, r: number, c: number) =>
        grid2.values[r - grid2.top]?.[c - grid2.left] ?? null;
      await other.applyCleanupWithLog(
        planRevert(log2.entries, { ids: [1] }, readCell2, TIME).entries,
        log2.entries,
      );
      expect(sorted(fresh.sheet(SHEET).merges)).toEqual(
        sorted([...headerMerges(1), ...headerMerges(4).filter((m) => m.left !== 1)]),
      );
    });

    it("counts a row's kept merges in the size of its look: too large for the log, the row stays", async () => {
      const fake = new FakeExcel([SHEET]);
      const sheet = fake.sheet(SHEET);
      sheet.put("A1", messyTable(6, []));
      // Row 5 (a header copy, one row) with 150 two-cell merges, each holding a long note: its formats
      // are few, its merges' texts more than the log keeps.
      const note = (i: number) => `说明${i}：${"本项目绩效目标的补充说明文字".repeat(7)}`;
      sheet.put("A5", [
        Array.from({ length: 300 }, (_, c) => (c % 2 === 0 ? note(c) : null)),
      ] as unknown as string[][]);
      for (let i = 0; i < 150; i++) sheet.merges.push(box(5, 2 * i + 1, 5, 2 * i + 2));
      const { gateway } = gatewayOn(fake);
      const why = await gateway.whyRowsStay(SHEET, [5]);
      expect(why.get(5)?.zh).toMatch(/格式过多/);
      // Without the notes the row goes, its merges kept.
      sheet.put("A5", [
        Array.from({ length: 300 }, (_, c) => (c % 2 === 0 ? `注${c}` : null)),
      ] as unknown as string[][]);
      expect(await gateway.whyRowsStay(SHEET, [5])).toEqual(new Map());
    });

    it("reads a block holding more merges than Excel answers (512) in smaller blocks, never failing", async () => {
      // Excel's limit made small: 4 merges a range.
      const fake = new FakeExcel([SHEET], { mergeLimit: 4 });
      const sheet = fake.sheet(SHEET);
      sheet.put("A1", messyTable(30, [22, 25]));
      // Rows 11 to 19 each merge H:I (9 in rows 11–20: more than a block of 10 rows answers), and a
      // merge from row 21 over the copy at 22 and the row below it.
      for (let r = 11; r <= 19; r++) sheet.merges.push(box(r, 8, r, 9));
      sheet.merges.push(box(21, 1, 23, 1));
      const { gateway } = gatewayOn(fake);
      const kept = await gateway.whyRowsStay(SHEET, [22, 25]);
      expect([...kept.keys()]).toEqual([22]);
      expect(kept.get(22)?.zh).toMatch(/延伸到不删除的行/);
      // Used range; look and merges (refused); the look again; blocks of 10 (refused); blocks of 1.
      expect(fake.syncs).toBe(5);
      expect(fake.mergeReads.slice(0, 2)).toEqual(["1:26", "1:10"]);
      expect(fake.mergeReads).toContain("26:26");

      // A row holding more merges than Excel answers: the sheet's rows stay, saying why.
      sheet.merges.push(...[1, 3, 5, 7, 9].map((c) => box(3, c + 3, 3, c + 4)));
      const none = await gateway.whyRowsStay(SHEET, [22, 25]);
      expect([...none.keys()]).toEqual([22, 25]);
      expect(none.get(25)).toEqual({
        zh: "保留此行，未删除：该表合并单元格过多，Excel 无法读取，撤销时无法原样恢复。",
        en: "Row kept, not removed: the sheet has more merged cells than Excel can read, so revert could not restore them.",
      });
    });

    it("cleans up and reverts where a block holds more merges than Excel answers, keeping the merges", async () => {
      // 8 merges in rows 1–6, 4 in a row: blocks of 100 and of 10 are refused, rows one by one answer.
      const { fake, sheet } = copiesWithMerges({ mergeLimit: 4 });
      const before = sorted(sheet.merges);
      const { gateway } = gatewayOn(fake);
      expect(await gateway.whyRowsStay(SHEET, [4, 5])).toEqual(new Map());
      const syncs = fake.syncs;
      const applied = await gateway.applyCleanupWithLog(
        entriesForRun([rowEdit(4, HEAD1), rowEdit(5, HEAD2)], TIME, 1),
        [],
      );
      // Names; used ranges and merges (refused); used ranges again; blocks of 10 (refused); blocks of 1;
      // read; write: 3 more than the common path, only here.
      expect(fake.syncs - syncs).toBe(7);
      expect(applied.done.map((e) => e.edit.cell)).toEqual(["5:5", "4:4"]);
      expect(sorted(sheet.merges)).toEqual(sorted(headerMerges(1)));
      await revertAll(gateway);
      expect(sheetRows(sheet, 6, 6)).toEqual(trimRows(rows));
      expect(sorted(sheet.merges)).toEqual(before);
    });

    it("keeps a row the preview let go where its sheet's merges cannot be read at apply time", async () => {
      // Excel's limit made small: 4 merges a range.
      const fake = new FakeExcel([SHEET], { mergeLimit: 4 });
      const sheet = fake.sheet(SHEET);
      const table = messyTable(8, [5]);
      sheet.put("A1", table);
      const { gateway } = gatewayOn(fake);
      expect(await gateway.whyRowsStay(SHEET, [5])).toEqual(new Map());
      // After the preview the officer merges five pairs of cells in row 3: more than Excel answers in
      // a range, also a row at a time.
      sheet.merges.push(...[4, 6, 8, 10, 12].map((c) => box(3, c, 3, c + 1)));
      const before = sorted(sheet.merges);
      const applied = await gateway.applyCleanupWithLog(cleanupOf(table, [5]), []);
      // The row stays, saying why (the preview's reason); the other edits are made where the cells are.
      expect(applied.skipped.map((e) => [e.action, e.edit.cell])).toEqual([["declined", "5:5"]]);
      expect(applied.messages).toEqual([
        {
          zh: "绩效目标表!5:5：保留此行，未删除：该表合并单元格过多，Excel 无法读取，撤销时无法原样恢复。",
          en: "绩效目标表!5:5: Row kept, not removed: the sheet has more merged cells than Excel can read, so revert could not restore them.",
        },
      ]);
      expect(fake.log.filter((e) => e.path === "delete")).toEqual([]);
      expect(sheetRows(sheet, 9, 3)).toEqual(
        table.map((r) => (typeof r[1] === "string" ? [r[0], r[1].trim(), r[2]] : r)),
      );
      expect(sorted(sheet.merges)).toEqual(before);
      // The log has the row as a proposal, with the reason, and the cell edits at their own rows.
      const log = await gateway.readCleanupLog();
      expect(log.entries.map((e) => [e.action, e.edit.cell])).toEqual([
        ["declined", "5:5"],
        ...[2, 3, 4, 6, 7, 8, 9].map((r) => ["apply", `B${r}`]),
      ]);
      expect(fake.sheet("清理日志").get("F2")).toContain("该表合并单元格过多");
      expect(log.entries.some((e) => "previewCell" in e.edit)).toBe(false);
    });

    it("keeps a copy whole where a merge made after the preview reaches out of it", async () => {
      const fake = new FakeExcel([SHEET]);
      const sheet = fake.sheet(SHEET);
      sheet.put("A1", rows);
      sheet.put("C6", [[" 乙"]]);
      sheet.merges.push(...headerMerges(1), ...headerMerges(4));
      const { gateway } = gatewayOn(fake);
      expect(await gateway.whyRowsStay(SHEET, [4, 5])).toEqual(new Map());
      // After the preview the officer merges F5 with the row below it: row 5 would take it apart, and
      // row 4 goes only with row 5.
      sheet.merges.push(box(5, 6, 6, 6));
      const before = sorted(sheet.merges);
      const entries = entriesForRun(
        [rowEdit(4, HEAD1), rowEdit(5, HEAD2), { ...cellEdit("C6", " 乙", "乙") }],
        TIME,
        1,
      );
      expect(entries[2].edit.cell).toBe("C4");
      const applied = await gateway.applyCleanupWithLog(entries, []);
      expect(applied.skipped.map((e) => e.edit.cell)).toEqual(["5:5", "4:4"]);
      expect(applied.messages.map((m) => m.zh)).toEqual([
        "绩效目标表!5:5：保留此行，未删除：该行有合并单元格延伸到不删除的行。",
        "绩效目标表!4:4：保留此行，未删除：该行有合并单元格延伸到不删除的行。",
      ]);
      expect(applied.done.map((e) => [e.action, e.edit.cell])).toEqual([
        ["declined", "5:5"],
        ["declined", "4:4"],
        ["apply", "C6"],
      ]);
      expect(sheetRows(sheet, 7, 6)).toEqual(trimRows(rows));
      expect(sorted(sheet.merges)).toEqual(before);
      expect(fake.log.filter((e) => e.path === "delete" || e.path === "merge")).toEqual([]);
    });

    const BLANK = {
      zh: "保留此行，未删除：该行有跨行的空白合并单元格，撤销时无法可靠恢复。",
      en: "Row kept, not removed: the row has an empty merged cell over several rows that revert could not restore reliably.",
    };
    /**
     * The copies with column G merged over each header's two rows, empty or holding `word`: empty, on
     * revert nothing in it would tell the copy's rows from any other empty cells (as src/xlsx).
     */
    function copiesWithColumnG(word: string | null) {
      const { fake, sheet } = copiesWithMerges();
      if (word !== null) for (const cell of ["G1", "G4"]) sheet.put(cell, [[word]]);
      sheet.merges.push(box(1, 7, 2, 7), box(4, 7, 5, 7));
      return { fake, sheet };
    }

    it("keeps in its preview a copy an empty merge spans, as the .xlsx gateway does", async () => {
      const { fake } = copiesWithColumnG(null);
      const kept = await gatewayOn(fake).gateway.whyRowsStay(SHEET, [4, 5]);
      expect([...kept.keys()].sort()).toEqual([4, 5]);
      expect(kept.get(4)).toEqual(BLANK);
      expect(kept.get(5)).toEqual(BLANK);
      // Holding a word, the merge goes with the copy.
      const worded = copiesWithColumnG("备注");
      expect(await gatewayOn(worded.fake).gateway.whyRowsStay(SHEET, [4, 5])).toEqual(new Map());
    });

    it("keeps a copy an empty merge spans when carrying out the removal, and removes it holding a word", async () => {
      const { fake, sheet } = copiesWithColumnG(null);
      const before = sorted(sheet.merges);
      // Carried out without the preview's answer (an older pane, or the sheet changed since).
      const applied = await gatewayOn(fake).gateway.applyCleanupWithLog(
        entriesForRun([rowEdit(4, HEAD1), rowEdit(5, HEAD2)], TIME, 1),
        [],
      );
      expect(applied.skipped.map((e) => e.edit.cell)).toEqual(["5:5", "4:4"]);
      expect(applied.messages.map((m) => m.zh)).toEqual([
        `绩效目标表!5:5：${BLANK.zh}`,
        `绩效目标表!4:4：${BLANK.zh}`,
      ]);
      expect(sheetRows(sheet, 7, 7)).toEqual(trimRows(rows));
      expect(sorted(sheet.merges)).toEqual(before);
      expect(fake.log.filter((e) => e.path === "delete" || e.path === "merge")).toEqual([]);

      // Holding a word in each header, the merge goes with the copy, and revert makes it again.
      const worded = copiesWithColumnG("备注");
      const all = sorted(worded.sheet.merges);
      const { gateway } = gatewayOn(worded.fake);
      const done = await gateway.applyCleanupWithLog(
        entriesForRun([rowEdit(4, [...HEAD1, null, null, "备注"]), rowEdit(5, HEAD2)], TIME, 1),
        [],
      );
      expect(done.skipped).toEqual([]);
      expect(sorted(worded.sheet.merges)).toEqual(sorted([...headerMerges(1), box(1, 7, 2, 7)]));
      await revertAll(gateway);
      expect(sorted(worded.sheet.merges)).toEqual(all);
    });

    it("keeps every row as a proposal where this Excel cannot read merged cells (no ExcelApi 1.13)", async () => {
      const fake = new FakeExcel([SHEET]);
      fake.sheet(SHEET).put("A1", rows);
      const { gateway } = gatewayOn(fake, { features: { ...ALL_FEATURES, mergedAreas: false } });
      const kept = await gateway.whyRowsStay(SHEET, [4, 5]);
      expect([...kept.keys()]).toEqual([4, 5]);
      expect(kept.get(4)?.zh).toBe(
        "保留此行，未删除：此版本的 Excel 无法读取合并单元格（需 ExcelApi 1.13），撤销时无法原样恢复。",
      );
      expect(kept.get(5)?.en).toMatch(/ExcelApi 1\.13/);
      // Without ExcelApi 1.9 the look is the first thing missing, as before.
      const old = gatewayOn(fake, { features: MINIMUM_FEATURES }).gateway;
      expect((await old.whyRowsStay(SHEET, [4])).get(4)?.zh).toMatch(/无法读取该行的格式/);
    });
  });

  it("a cell changed after the cleanup is not restored by revert", async () => {
    const fake = new FakeExcel([SHEET]);
    fake.sheet(SHEET).put("A1", [[" 甲", " 乙"]]);
    const { gateway } = gatewayOn(fake);
    const applied = await gateway.applyCleanupWithLog(
      entriesForRun([cellEdit("A1", " 甲", "甲"), cellEdit("B1", " 乙", "乙")], TIME, 1),
      [],
    );
    const log = applied.done;
    // Planned against the cleaned workbook, then the officer edits B1 before the revert is carried out.
    const plan = planRevert(log, {}, (_s, _r, c) => (c === 1 ? "甲" : "乙"), TIME);
    fake.sheet(SHEET).put("B1", [["新写的"]]);
    const result = await gateway.applyCleanupWithLog(plan.entries, log);
    expect(result.done.map((e) => e.revertOf)).toEqual([1]);
    expect(result.skipped.map((e) => e.revertOf)).toEqual([2]);
    expect(result.messages[0].zh).toMatch(/第 2 条.*未还原/);
    expect([fake.sheet(SHEET).get("A1"), fake.sheet(SHEET).get("B1")]).toEqual([" 甲", "新写的"]);
  });

  it("round-trips the log, rewriting the same sheet in place and keeping it out of replacePrevious", async () => {
    const fake = new FakeExcel([SHEET]);
    fake.sheet(SHEET).put("A1", messyTable(6, [3]));
    const { gateway, registry } = gatewayOn(fake);
    const first = await gateway.applyCleanupWithLog(cleanupOf(messyTable(6, [3]), [3]), []);
    const sheetsBefore = fake.live().map((s) => s.id);
    const log = await gateway.readCleanupLog();
    expect(log.entries).toEqual(first.done);
    // Time and "3:3" stay text, not a date and a time.
    expect(fake.sheet("清理日志").get("B2")).toBe(TIME);
    expect(fake.sheet("清理日志").get("D2")).toBe("3:3");
    // The restore data (column L) is kept hidden, out of the officer's reading and printing.
    expect(fake.sheet("清理日志").hiddenColumns.has(12)).toBe(true);

    // A shorter log (hand-made) rewrites in place and clears the old lines below it.
    await gateway.writeCleanupLog(log.entries.slice(0, 1));
    expect(fake.live().map((s) => s.id)).toEqual(sheetsBefore);
    expect((await gateway.readCleanupLog()).entries).toEqual(log.entries.slice(0, 1));
    expect(fake.sheet("清理日志").get("A3")).toBeUndefined();
    expect(fake.events.filter((e) => e.startsWith("delete:"))).toEqual([]);

    await gateway.writePlans([{ name: "校验结果", kind: "findings", values: [["a"]] }], {
      replacePrevious: true,
    });
    await gateway.writePlans([{ name: "校验结果", kind: "findings", values: [["b"]] }], {
      replacePrevious: true,
    });
    expect(fake.live().map((s) => s.name)).toEqual([SHEET, "清理日志", "校验结果"]);
    expect(registry.ids()).not.toContain(fake.sheet("清理日志").id);
  });

  it("finds a renamed log by its header row, and reads none when there is no log", async () => {
    const fake = new FakeExcel([SHEET]);
    const { gateway } = gatewayOn(fake);
    expect(await gateway.readCleanupLog()).toEqual({ entries: [], messages: [] });
    fake.sheet(SHEET).put("A1", [[" 甲"]]);
    await gateway.applyCleanupWithLog(entriesForRun([cellEdit("A1", " 甲", "甲")], TIME, 1), []);
    fake.sheet("清理日志").name = "我的日志";
    const log = await gateway.readCleanupLog();
    expect(log.entries).toHaveLength(1);
    await gateway.writeCleanupLog(log.entries);
    expect(fake.live().map((s) => s.name)).toEqual([SHEET, "我的日志"]);
  });

  it("says plainly when a sheet named in the entries is gone, and changes nothing", async () => {
    const fake = new FakeExcel(["别的表"]);
    const { gateway } = gatewayOn(fake);
    const entries = entriesForRun([cellEdit("A1", " 甲", "甲")], TIME, 1);
    await expect(gateway.applyCleanupEntries(entries)).rejects.toBeInstanceOf(ExcelGatewayError);
    await expect(gateway.applyCleanupEntries(entries)).rejects.toMatchObject({
      text: { zh: expect.stringContaining("找不到工作表“绩效目标表”") },
    });
    expect(fake.log.filter((e) => e.path === "values")).toEqual([]);
  });

  it("matches the core's in-memory reference on random sequences of edits, removals and insertions", async () => {
    type Op =
      | { kind: "cell"; r: number; c: number; text: string }
      | { kind: "remove"; r: number }
      | { kind: "insert"; r: number; values: string[] };
    const opArb: fc.Arbitrary<Op> = fc.oneof(
      fc.record({
        kind: fc.constant("cell" as const),
        r: fc.nat(9),
        c: fc.nat(3),
        text: fc.constantFrom("甲", "=1", "100%", ""),
      }),
      fc.record({ kind: fc.constant("remove" as const), r: fc.nat(9) }),
      fc.record({
        kind: fc.constant("insert" as const),
        r: fc.nat(9),
        values: fc.array(fc.constantFrom("乙", "3:3", ""), { maxLength: 4 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { maxLength: 12 }), async (ops) => {
        const start: CellValue[][] = Array.from({ length: 8 }, (_, r) => ["x" + r, r, null, "y" + r]);
        let model: Grid = { sheet: SHEET, top: 1, left: 1, values: start.map((r) => [...r]) };
        const entries: LogEntry[] = [];
        for (const op of ops) {
          const row = Math.min(op.r + 1, model.values.length + 1);
          let entry: LogEntry;
          if (op.kind === "cell") {
            const now = model.values[row - 1]?.[op.c] ?? null;
            if (typeof now === "number" || typeof now === "boolean") continue; // only text is ever edited
            const edit = cellEdit(a1(row, op.c + 1), now ?? "", op.text);
            entry = { id: entries.length + 1, time: TIME, action: "apply", edit, revertOf: null };
          } else if (op.kind === "remove") {
            if (row > model.values.length) continue;
            entry = {
              id: entries.length + 1,
              time: TIME,
              action: "apply",
              edit: rowEdit(row, []),
              revertOf: null,
            };
          } else {
            const values = op.values.map((v) => (v === "" ? null : v));
            const edit = { ...rowEdit(row, values), before: "", after: "x" };
            entry = { id: entries.length + 1, time: TIME, action: "revert", edit, revertOf: 1 };
          }
          entries.push(entry);
          model = applyEntriesToGrid(model, [entry]);
        }
        const fake = new FakeExcel([SHEET]);
        fake.sheet(SHEET).put("A1", start);
        const { gateway } = gatewayOn(fake);
        const done = await gateway.applyCleanupEntries(entries);
        expect(done.map((e) => e.id)).toEqual(entries.map((e) => e.id));
        const expected = trimRows(model.values.map((r) => r.map((v) => (v === "" ? null : v))));
        expect(sheetRows(fake.sheet(SHEET), 30, 6)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});
