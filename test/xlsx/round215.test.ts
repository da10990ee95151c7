/**
 * Probe round 215 through the .xlsx gateway: every workbook of the round (merges as the officer's file has
 * them, 合计 formulas, text opening with = + - @) cleaned, saved, reopened, cleaned again and reverted. The
 * file must hold what the engine proposed, text opening with a formula sign stays text, numbers and
 * formulas stay as they were, a second run proposes nothing, and revert gives back every value, formula and
 * merge.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { a1 } from "../../src/core/grid";
import { defaultCleanupSettings } from "../../src/core/cleanup";
import { cleanupWorkbook, revertWorkbook } from "../../src/xlsx/cleanup";
import { worksheetToGrid } from "../../src/xlsx/read";
import { BOOKS, BOOKS1B, BOOKS2, type Book215 } from "../core/cleanup/round215data";
import { bookGrid } from "../core/cleanup/round202-score";
import { run } from "../core/cleanup/helpers";
import { cleanupTmp, makeTmpDir, roundTrip, sheetValuesAndMerges } from "./helpers";

const TIME = "2025-03-01 09:00:00";

let dir: string;
beforeAll(() => {
  dir = makeTmpDir();
});
afterAll(() => cleanupTmp(dir));

function workbookOf(b: Book215): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  b.rows.forEach((row, i) =>
    row.forEach((v, j) => {
      const addr = a1(i + 1, j + 1);
      if (v === "" || v === null) return;
      if (b.formulas?.includes(addr)) ws.getCell(addr).value = { formula: String(v).slice(1), result: 480 };
      else ws.getCell(addr).value = v;
    }),
  );
  for (const m of b.merges ?? []) ws.mergeCells(m);
  return wb;
}

const ALL = [...BOOKS, ...BOOKS1B, ...BOOKS2];

describe.each(ALL.map((b) => [b.place, b] as const))(
  "round 215 through the .xlsx gateway: %s",
  (place, b) => {
    const key = String(ALL.indexOf(b));
    let original: ExcelJS.Workbook;
    let cleaned: ExcelJS.Workbook;
    beforeAll(async () => {
      original = await roundTrip(workbookOf(b), path.join(dir, `${key}-in.xlsx`));
      const wb = await roundTrip(workbookOf(b), path.join(dir, `${key}-work.xlsx`));
      cleanupWorkbook(wb, { sheet: "Sheet1", settings: defaultCleanupSettings(), time: TIME });
      cleaned = await roundTrip(wb, path.join(dir, `${key}-out.xlsx`));
    });

    it("the file holds what the engine proposed, nothing else", () => {
      const engine = run(bookGrid(b)).grid.values.map((r) => r.map((v) => (v === "" ? null : v)));
      const file = worksheetToGrid(cleaned.getWorksheet("Sheet1")!).values.map((r) =>
        r.map((v) => (v === "" ? null : v)),
      );
      // A formula cell reads as its result from the file: it must still hold a formula (its references
      // shifted where a header copy above it went).
      for (const addr of b.formulas ?? []) {
        const orig = cleaned.getWorksheet("Sheet1")!.getCell(addr);
        const row = Number(orig.row) - (b.removed ?? []).filter((r) => r < Number(orig.row)).length;
        const cell = cleaned.getWorksheet("Sheet1")!.getCell(row, Number(orig.col));
        expect(typeof (cell.value as ExcelJS.CellFormulaValue).formula).toBe("string");
        engine[row - 1][Number(cell.col) - 1] = file[row - 1][Number(cell.col) - 1];
      }
      const trim = (rows: unknown[][]) => rows.map((r) => r.slice(0, engine[0].length));
      expect(trim(file).slice(0, engine.length)).toEqual(trim(engine));
    });

    it("text opening with = + - @ stays text, numbers stay numbers", () => {
      const ws = cleaned.getWorksheet("Sheet1")!;
      const removed = new Set(b.removed ?? []);
      const kept = b.rows.map((_, i) => i + 1).filter((r) => !removed.has(r));
      kept.forEach((origRow, i) =>
        b.rows[origRow - 1].forEach((v, j) => {
          if (b.formulas?.includes(a1(origRow, j + 1))) return;
          const cell = ws.getCell(i + 1, j + 1);
          if (typeof v === "number") expect(cell.value).toBe(v);
          else if (typeof v === "string" && /^[=+\-@]/.test(v)) expect(typeof cell.value).toBe("string");
        }),
      );
    });

    it("a second run proposes nothing", () => {
      const second = cleanupWorkbook(cleaned, {
        sheet: "Sheet1",
        settings: defaultCleanupSettings(),
        time: TIME,
        dryRun: true,
      });
      expect(second.proposal.edits.filter((e) => e.applied)).toEqual([]);
    });

    it("revert after save and reopen gives back every value, formula and merge", async () => {
      const wb = await roundTrip(cleaned, path.join(dir, `${key}-again.xlsx`));
      revertWorkbook(wb, {}, TIME);
      const back = await roundTrip(wb, path.join(dir, `${key}-back.xlsx`));
      expect(sheetValuesAndMerges(back)).toEqual(sheetValuesAndMerges(original));
    });
  },
);
