/**
 * Probe round 227 through the .xlsx gateway and the command line: every workbook of the round, as the
 * officer's file has it (merges, hidden rows, rich text, date serials under a date format, formulas, text
 * opening with = + - @), cleaned, saved, reopened, cleaned again and reverted. The file holds what the
 * engine proposed; every preview line and every 清理日志 entry names the cell's text before and after as
 * the file held it; a second run proposes nothing; revert gives back every value, format, hidden row and
 * merge; the command line writes the same file and reverts it as exactly.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { a1, cellText } from "../../src/core/grid";
import type { CleanupEdit } from "../../src/core/cleanup";
import { cleanupWorkbook, readWorkbookCleanupLog, revertWorkbook } from "../../src/xlsx/cleanup";
import { worksheetToGrid } from "../../src/xlsx/read";
import { runCli } from "../../src/cli/main";
import { BOOKS, type Book227 } from "../core/cleanup/round227data";
import { BOOKS2 } from "../core/cleanup/round227data2";
import { gridOf, settingsOf } from "../core/cleanup/round227score";
import { run } from "../core/cleanup/helpers";
import { fakeIO } from "../support/cli";
import { cleanupTmp, makeTmpDir, roundTrip } from "./helpers";

const TIME = "2025-03-01 09:00:00";

let dir: string;
beforeAll(() => {
  dir = makeTmpDir();
});
afterAll(() => cleanupTmp(dir));

export function workbookOf(b: Book227): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  b.rows.forEach((row, i) =>
    row.forEach((v, j) => {
      const addr = a1(i + 1, j + 1);
      if (v === "" || v === null) return;
      const cell = ws.getCell(addr);
      if (b.formulas?.includes(addr)) {
        const formula = String(v).slice(1);
        cell.value = /SUM/.test(formula)
          ? { formula, result: 180 }
          : { formula, result: formula.replace(/["&]/g, "") };
      } else if (b.rich?.includes(addr) && typeof v === "string") {
        const cut = Math.max(1, Math.min(2, v.length - 1));
        cell.value = {
          richText: [
            { text: v.slice(0, cut), font: { bold: true, color: { argb: "FFC00000" } } },
            { text: v.slice(cut), font: { italic: true } },
          ],
        };
      } else cell.value = v;
      const fmt = b.dates?.[addr];
      if (fmt) cell.numFmt = fmt;
    }),
  );
  for (const m of b.merges ?? []) ws.mergeCells(m);
  for (const r of b.hidden ?? []) ws.getRow(r).hidden = true;
  return wb;
}

/** Every cell of Sheet1 (value, number format, font), every row's hidden state, the merges. */
function snapshot(wb: ExcelJS.Workbook) {
  const ws = wb.getWorksheet("Sheet1")!;
  const cells: Record<string, unknown> = {};
  const hidden: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) hidden.push(r);
    row.eachCell((cell) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      if (cell.value === null || cell.value === "") return;
      cells[cell.address] = { value: cell.value, numFmt: cell.numFmt ?? null, bold: cell.font?.bold ?? null };
    });
  });
  const model = (ws as unknown as { _merges: Record<string, { range: string }> })._merges;
  return {
    cells,
    hidden,
    merges: Object.values(model)
      .map((m) => m.range)
      .sort(),
  };
}

/** Sheet1 as values (formula cells as their formulas), trimmed to the book's width. */
function valuesOf(wb: ExcelJS.Workbook, width: number): unknown[][] {
  const ws = wb.getWorksheet("Sheet1")!;
  const out: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const line: unknown[] = [];
    for (let c = 1; c <= width; c++) {
      const v = ws.getCell(r, c).value;
      line.push(v && typeof v === "object" && "formula" in v ? `=${v.formula}` : v);
    }
    out.push(line);
  }
  return out;
}

const ALL = [...BOOKS, ...BOOKS2];

describe.each(ALL.map((b) => [b.place, b] as const))(
  "round 227 through the .xlsx gateway: %s",
  (place, b) => {
    const key = String(ALL.indexOf(b));
    let original: ExcelJS.Workbook;
    let cleaned: ExcelJS.Workbook;
    let result: ReturnType<typeof cleanupWorkbook>;
    let before: Map<string, string>;
    beforeAll(async () => {
      original = await roundTrip(workbookOf(b), path.join(dir, `${key}-in.xlsx`));
      const wb = await roundTrip(workbookOf(b), path.join(dir, `${key}-work.xlsx`));
      const g = worksheetToGrid(wb.getWorksheet("Sheet1")!);
      before = new Map();
      g.values.forEach((r, i) => r.forEach((v, j) => before.set(a1(i + g.top, j + g.left), cellText(v))));
      result = cleanupWorkbook(wb, { sheet: "Sheet1", settings: settingsOf(b), time: TIME });
      cleaned = await roundTrip(wb, path.join(dir, `${key}-out.xlsx`));
    });

    it("the file holds what the engine proposed in memory", () => {
      const engine = run(gridOf(b), settingsOf(b)).grid.values.map((r) => r.map((v) => cellText(v)));
      const file = worksheetToGrid(cleaned.getWorksheet("Sheet1")!).values.map((r) =>
        r.map((v) => cellText(v)),
      );
      const removed = new Set(b.removed ?? []);
      const kept = b.rows.map((_, i) => i + 1).filter((r) => !removed.has(r));
      expect(engine.length).toBe(kept.length);
      // Formula cells read as their results from the file, numbers as what their formats show: text only.
      kept.forEach((origRow, i) =>
        b.rows[origRow - 1].forEach((v, j) => {
          if (typeof v !== "string" || b.formulas?.includes(a1(origRow, j + 1))) return;
          expect({ at: a1(origRow, j + 1), v: file[i]?.[j] ?? "" }).toEqual({
            at: a1(origRow, j + 1),
            v: engine[i][j],
          });
        }),
      );
    });

    it("every preview line and log entry holds the cell's text before and after, in order", () => {
      // The log holds the edits carried out (addresses as they were when each was made: a cell below a removed
      // row by its new address) and the proposals left as declined.
      const log = readWorkbookCleanupLog(cleaned).entries;
      const applied = result.proposal.edits.filter((e) => e.applied);
      const line = (e: CleanupEdit) => [e.kind, e.rule, e.before, e.after].join(" ");
      expect(
        log
          .filter((l) => l.action === "apply")
          .map((l) => line(l.edit))
          .sort(),
      ).toEqual(applied.map(line).sort());
      expect(
        log
          .filter((l) => l.action === "declined")
          .map((l) => line(l.edit))
          .sort(),
      ).toEqual(
        result.proposal.edits
          .filter((e) => !e.applied)
          .map(line)
          .sort(),
      );
      // A cell's edits chain: the first starts from the file's text, each from the one before, the last is the file's.
      const now = new Map(before);
      for (const e of applied) {
        expect(e.after).not.toBe(e.before);
        if (e.kind === "row") continue;
        const at = e.previewCell ?? e.cell;
        expect({ at, before: now.get(at) }).toEqual({ at, before: e.before });
        now.set(at, e.after);
      }
      const removed = new Set(b.removed ?? []);
      const kept = b.rows.map((_, i) => i + 1).filter((r) => !removed.has(r));
      const file = worksheetToGrid(cleaned.getWorksheet("Sheet1")!).values;
      kept.forEach((origRow, i) =>
        b.rows[origRow - 1].forEach((_, j) => {
          const at = a1(origRow, j + 1);
          if (b.formulas?.includes(at)) return;
          expect({ at, text: cellText(file[i]?.[j] ?? null) }).toEqual({ at, text: now.get(at) ?? "" });
        }),
      );
      // A hidden row's edits are marked as such in the preview.
      for (const e of applied)
        if (e.kind !== "row" && (b.hidden ?? []).includes(Number(/\d+/.exec(e.previewCell ?? e.cell)![0])))
          expect(e.hidden).toBe(true);
    });

    it("text opening with = + - @ stays text, numbers and dates stay numbers with their formats", () => {
      const ws = cleaned.getWorksheet("Sheet1")!;
      const removed = new Set(b.removed ?? []);
      const kept = b.rows.map((_, i) => i + 1).filter((r) => !removed.has(r));
      kept.forEach((origRow, i) =>
        b.rows[origRow - 1].forEach((v, j) => {
          const addr = a1(origRow, j + 1);
          const cell = ws.getCell(i + 1, j + 1);
          if (b.formulas?.includes(addr)) {
            expect(typeof (cell.value as ExcelJS.CellFormulaValue).formula).toBe("string");
            return;
          }
          if (typeof v === "number") {
            // A serial under a date format reads back as ExcelJS reads the original: the same date.
            expect(cell.value).toEqual(original.getWorksheet("Sheet1")!.getCell(addr).value);
            if (b.dates?.[addr]) expect(cell.numFmt).toBe(b.dates[addr]);
          } else if (typeof v === "string" && /^[=+\-@]/.test(v)) expect(typeof cell.value).toBe("string");
        }),
      );
    });

    it("a second run proposes nothing", () => {
      const second = cleanupWorkbook(cleaned, {
        sheet: "Sheet1",
        settings: settingsOf(b),
        time: TIME,
        dryRun: true,
      });
      expect(second.proposal.edits.filter((e) => e.applied)).toEqual([]);
    });

    it("revert after save and reopen gives back every value, format, hidden row and merge", async () => {
      const wb = await roundTrip(cleaned, path.join(dir, `${key}-again.xlsx`));
      revertWorkbook(wb, {}, TIME);
      const back = await roundTrip(wb, path.join(dir, `${key}-back.xlsx`));
      expect(snapshot(back)).toEqual(snapshot(original));
    });

    it("the command line's preview lists the gateway's edits, a hidden row's marked", async () => {
      const input = `${key}-cli-dry.xlsx`;
      await workbookOf(b).xlsx.writeFile(path.join(dir, input));
      const rules = b.rules
        ? ["--rules", ["HEADER-REPEAT", "SPACE", "PUNCT", "NUMBERING", ...b.rules].join(",")]
        : [];
      const io = fakeIO(dir);
      expect(await runCli(["cleanup", input, "--dry-run", "--json", ...rules], io.io)).toBe(0);
      const listed = (JSON.parse(io.out()) as { edits: Partial<CleanupEdit>[] }).edits;
      const shown = (e: Partial<CleanupEdit>) => [
        e.cell,
        e.rule,
        e.before,
        e.after,
        e.applied,
        e.hidden ?? false,
      ];
      expect(listed.filter((e) => e.applied).map(shown)).toEqual(
        result.proposal.edits.filter((e) => e.applied).map(shown),
      );
      const text = fakeIO(dir);
      expect(await runCli(["cleanup", input, "--dry-run", ...rules], text.io)).toBe(0);
      for (const e of result.proposal.edits.filter((x) => x.applied))
        expect(text.out()).toContain(`Sheet1!${e.cell}${e.hidden ? "（隐藏 hidden）" : ""}`);
    });

    it("the command line writes the same file and reverts it exactly", async () => {
      const io = fakeIO(dir);
      const input = `${key}-cli-in.xlsx`;
      await workbookOf(b).xlsx.writeFile(path.join(dir, input));
      const rules = b.rules
        ? ["--rules", ["HEADER-REPEAT", "SPACE", "PUNCT", "NUMBERING", ...b.rules].join(",")]
        : [];
      expect(await runCli(["cleanup", input, "-o", `${key}-cli-out.xlsx`, ...rules], io.io)).toBe(0);
      const out = new ExcelJS.Workbook();
      await out.xlsx.readFile(path.join(dir, `${key}-cli-out.xlsx`));
      const width = b.rows[0].length;
      expect(valuesOf(out, width)).toEqual(valuesOf(cleaned, width));
      const io2 = fakeIO(dir);
      const code = await runCli(["revert", `${key}-cli-out.xlsx`, "-o", `${key}-cli-back.xlsx`], io2.io);
      if (result.entries.length === 0) {
        // Nothing was changed: no 清理日志 to revert by, said plainly.
        expect({ code, err: io2.err() }).toEqual({ code: 2, err: expect.stringContaining("清理日志") });
        return;
      }
      expect(code).toBe(0);
      const back = new ExcelJS.Workbook();
      await back.xlsx.readFile(path.join(dir, `${key}-cli-back.xlsx`));
      expect(snapshot(back)).toEqual(snapshot(original));
      expect(fs.existsSync(path.join(dir, `${key}-cli-back.xlsx`))).toBe(true);
    });
  },
);
