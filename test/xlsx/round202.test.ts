/**
 * Probe round 202 through the .xlsx gateway: four of the round's workbooks (a two-row header with merges
 * repeated after a page break, packed cells with a header copy, a funds number with a 合计 formula, a form
 * with merged label cells and a signature line) cleaned, saved, reopened, cleaned again and reverted. The
 * file must hold what the engine proposed (no unlogged change), a second run proposes nothing, and revert
 * gives back every value, formula and merge.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { a1 } from "../../src/core/grid";
import { defaultCleanupSettings } from "../../src/core/cleanup";
import { cleanupWorkbook, revertWorkbook } from "../../src/xlsx/cleanup";
import { worksheetToGrid } from "../../src/xlsx/read";
import { BOOKS, type ProbeBook } from "../core/cleanup/round202-data";
import { bookGrid } from "../core/cleanup/round202-score";
import { run } from "../core/cleanup/helpers";
import { cleanupTmp, makeTmpDir, roundTrip, sheetValuesAndMerges } from "./helpers";

const TIME = "2025-03-01 09:00:00";

let dir: string;
beforeAll(() => {
  dir = makeTmpDir();
});
afterAll(() => cleanupTmp(dir));

/** Merges as an officer's file has them, by the book's place. */
const MERGES: Record<string, string[]> = {
  城口: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "A5:A6", "B5:B6", "C5:C6", "D5:E5"],
  拉萨: [],
  阜新: ["A3:C3"],
  承德: ["A1:D1", "B2:D2", "B4:D4", "A10:D10"],
};

function book(place: string): ProbeBook {
  const found = BOOKS.find((b) => b.place.startsWith(place));
  if (!found) throw new Error(place);
  return found;
}

function workbookOf(b: ProbeBook, merges: string[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  b.rows.forEach((row, i) =>
    row.forEach((v, j) => {
      const addr = a1(i + 1, j + 1);
      if (v === "" || v === null) return;
      if (b.formulas?.includes(addr))
        ws.getCell(addr).value = { formula: String(v).slice(1), result: 1200.5 };
      else ws.getCell(addr).value = v;
    }),
  );
  for (const m of merges) ws.mergeCells(m);
  return wb;
}

describe.each(Object.keys(MERGES))("round 202 through the .xlsx gateway: %s", (place) => {
  let original: ExcelJS.Workbook;
  let cleaned: ExcelJS.Workbook;
  beforeAll(async () => {
    original = await roundTrip(workbookOf(book(place), MERGES[place]), path.join(dir, `${place}-in.xlsx`));
    const wb = await roundTrip(workbookOf(book(place), MERGES[place]), path.join(dir, `${place}-work.xlsx`));
    cleanupWorkbook(wb, { sheet: "Sheet1", settings: defaultCleanupSettings(), time: TIME });
    cleaned = await roundTrip(wb, path.join(dir, `${place}-out.xlsx`));
  });

  it("the file holds what the engine proposed, nothing else", () => {
    const engine = run(bookGrid(book(place))).grid.values.map((r) => r.map((v) => (v === "" ? null : v)));
    const file = worksheetToGrid(cleaned.getWorksheet("Sheet1")!).values.map((r) =>
      r.map((v) => (v === "" ? null : v)),
    );
    // A formula cell reads as its result from the file: it must still hold its formula.
    for (const addr of book(place).formulas ?? []) {
      const cell = cleaned.getWorksheet("Sheet1")!.getCell(addr);
      expect((cell.value as ExcelJS.CellFormulaValue).formula).toBe(
        String(book(place).rows[Number(cell.row) - 1][Number(cell.col) - 1]).slice(1),
      );
      engine[Number(cell.row) - 1][Number(cell.col) - 1] = file[Number(cell.row) - 1][Number(cell.col) - 1];
    }
    const trim = (rows: unknown[][]) => rows.map((r) => r.slice(0, engine[0].length));
    expect(trim(file).slice(0, engine.length)).toEqual(trim(engine));
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
    const wb = await roundTrip(cleaned, path.join(dir, `${place}-again.xlsx`));
    revertWorkbook(wb, {}, TIME);
    const back = await roundTrip(wb, path.join(dir, `${place}-back.xlsx`));
    expect(sheetValuesAndMerges(back)).toEqual(sheetValuesAndMerges(original));
  });
});
