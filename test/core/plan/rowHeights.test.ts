import fc from "fast-check";
import {
  estimateRowHeights,
  MAX_LINES,
  POINTS_PER_LINE,
  ROW_PADDING,
  rowHeightRuns,
  textWidth,
  wrappedLines,
} from "../../../src/core/plan/rowHeights";
import type { SheetPlan } from "../../../src/core/plan/types";

const plan = (over: Partial<SheetPlan>): SheetPlan => ({ name: "S", kind: "other", values: [], ...over });

describe("textWidth", () => {
  it("counts Chinese and full-width punctuation as two, Latin and digits as one", () => {
    expect(textWidth("abc 12")).toBe(6);
    expect(textWidth("满意度")).toBe(6);
    expect(textWidth("≥95%，")).toBe(6); // ≥ 9 5 % are narrow, the full-width comma is wide
  });
});

describe("wrappedLines", () => {
  it("keeps text that fits on one line", () => {
    expect(wrappedLines("满意度≥95%", 20)).toBe(1);
  });
  it("breaks Chinese between any characters", () => {
    // 20 characters = 40 units in a 21-unit column (20 units of room) → 2 lines.
    expect(wrappedLines("一二三四五六七八九十一二三四五六七八九十", 21)).toBe(2);
    expect(wrappedLines("一二三四五六七八九十一二三四五六七八九十一", 21)).toBe(3);
  });
  it("moves a Latin word whole to the next line", () => {
    // room 10: "aaaa bbbb" fits (9), "cccccc" (6) does not fit after it.
    expect(wrappedLines("aaaa bbbb cccccc", 11)).toBe(2);
    expect(wrappedLines("aaaa bbbb", 11)).toBe(1);
  });
  it("breaks a word longer than a line", () => {
    expect(wrappedLines("x".repeat(25), 11)).toBe(3);
  });
  it("starts a new line at each line break", () => {
    expect(wrappedLines("中文\nEnglish\n", 40)).toBe(3);
  });
  it("never gives fewer lines than the text's width needs", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("中", "a", " ", "，", "1"), maxLength: 200 }),
        fc.integer({ min: 2, max: 80 }),
        (text, width) => {
          const lines = wrappedLines(text, width);
          const ink = textWidth(text.replace(/\s/g, ""));
          expect(lines).toBeGreaterThanOrEqual(Math.max(1, Math.ceil(ink / (width - 1))));
          expect(lines).toBeLessThanOrEqual(Math.max(1, textWidth(text)));
        },
      ),
    );
  });
});

describe("estimateRowHeights", () => {
  // 30 characters = 60 units: 15 to a line in a 31-wide column (30 units of room, one kept as padding).
  const long = "预计全年开展应急演练不少于十二次，覆盖全区所有街道和重点企业";
  it("sets heights only for rows whose wrapped text needs more than one line", () => {
    const p = plan({
      values: [
        ["标题", "说明"],
        ["a", long],
        ["b", "短"],
        ["c", long + long],
      ],
      columnWidths: [10, 31],
      formats: [{ range: "B2:B4", wrapText: true }],
    });
    // 30 characters → 2 lines; 60 characters → 4 lines.
    expect(estimateRowHeights(p)).toEqual({
      2: 2 * POINTS_PER_LINE + ROW_PADDING,
      4: 4 * POINTS_PER_LINE + ROW_PADDING,
    });
  });
  it("ignores text in columns that do not wrap, and numbers", () => {
    const p = plan({
      values: [[long, 123456789012345]],
      columnWidths: [10, 4],
      formats: [{ range: "B1", wrapText: true }],
    });
    expect(estimateRowHeights(p)).toEqual({});
  });
  it("lets a later format turn wrapping off again, as gateways apply formats in order", () => {
    const p = plan({
      values: [[long], [long]],
      columnWidths: [10],
      formats: [
        { range: "A1:A2", wrapText: true },
        { range: "A2", wrapText: false },
      ],
    });
    expect(Object.keys(estimateRowHeights(p))).toEqual(["1"]);
  });
  it("caps a giant cell at the most lines", () => {
    const p = plan({
      values: [["字".repeat(5000)]],
      columnWidths: [20],
      formats: [{ range: "A1", wrapText: true }],
    });
    expect(estimateRowHeights(p)).toEqual({ 1: MAX_LINES * POINTS_PER_LINE + ROW_PADDING });
    expect(estimateRowHeights(p, { maxLines: 3, pointsPerLine: 20, paddingPoints: 0 })).toEqual({ 1: 60 });
  });
  it("takes the tallest cell of a row", () => {
    const p = plan({
      values: [[long, long + long]],
      columnWidths: [31, 31],
      formats: [{ range: "A1:B1", wrapText: true }],
    });
    expect(estimateRowHeights(p)).toEqual({ 1: 4 * POINTS_PER_LINE + ROW_PADDING });
  });
  it("uses the whole width of a merged cell and skips merges over several rows", () => {
    const p = plan({
      values: [[long], [long]],
      columnWidths: [16, 16],
      merges: ["A1:B1", "A2:B3"],
      formats: [{ range: "A1:A2", wrapText: true }],
    });
    expect(estimateRowHeights(p)).toEqual({ 1: 2 * POINTS_PER_LINE + ROW_PADDING });
  });
  it("makes larger fonts take more lines and taller lines", () => {
    const p = plan({
      values: [[long]],
      columnWidths: [64],
      formats: [{ range: "A1", wrapText: true, font: { size: 22 } }],
    });
    // Twice the size: as in a 32-wide column → 2 lines, each 30 points high.
    expect(estimateRowHeights(p)).toEqual({ 1: 60 + ROW_PADDING });
  });
});

describe("rowHeightRuns", () => {
  it("joins consecutive rows of equal height", () => {
    expect(rowHeightRuns({ 2: 30, 3: 30, 4: 45, 6: 45, 7: 45 })).toEqual([
      { from: 2, to: 3, height: 30 },
      { from: 4, to: 4, height: 45 },
      { from: 6, to: 7, height: 45 },
    ]);
  });
  it("drops rows and heights that a spreadsheet cannot take, and caps at Excel's largest", () => {
    expect(rowHeightRuns({ 0: 30, 2: -1, 3: Number.NaN, 4: 1000 })).toEqual([
      { from: 4, to: 4, height: 409 },
    ]);
    expect(rowHeightRuns(undefined)).toEqual([]);
  });
});
