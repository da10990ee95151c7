/** Following a removed or re-inserted row in formulas and ranges, as Excel does, or refusing to. */
import { shiftFormula, shiftRange, type RowShift } from "../../../src/core/cleanup/rowShift";

const REMOVE_7: RowShift = { at: 7, delta: -1 };
const INSERT_7: RowShift = { at: 7, delta: 1 };

describe("shiftFormula", () => {
  test.each([
    ["SUM(C3:C10)", "SUM(C3:C9)"],
    ["COUNTA(F3:F10)", "COUNTA(F3:F9)"],
    ["D3+E3", "D3+E3"],
    ["$C$8*2", "$C$7*2"],
    ["SUM($C3:C$12)/C11", "SUM($C3:C$11)/C10"],
    ['IF(C9>0,"C9 见表",C9)', 'IF(C8>0,"C9 见表",C8)'],
    ["LOG10(C9)", "LOG10(C8)"],
    ["Sheet2!C9+C9", "Sheet2!C9+C8"],
    ["'其他 表'!A10+A10", "'其他 表'!A10+A9"],
    ["SUM(A:A)", "SUM(A:A)"],
  ])("removing row 7: %s → %s", (before, after) => {
    expect(shiftFormula(before, REMOVE_7, "Sheet1")).toBe(after);
    // and back: re-inserting the row gives the very formula
    expect(shiftFormula(after, INSERT_7, "Sheet1")).toBe(before);
  });

  test.each([
    ["C7"],
    ["SUM(C3:C7)"],
    ["SUM(C7:C10)"],
    ["SUM(8:10)"],
    ['INDIRECT("C"&9)'],
    ["OFFSET(C3,5,0)"],
    ["Sheet1!C9"],
  ])("cannot follow %s", (formula) => {
    expect(shiftFormula(formula, REMOVE_7, "Sheet1")).toBeNull();
  });
});

describe("shiftRange", () => {
  test.each([
    ["G8", "G7"],
    ["G6", "G6"],
    ["A3:B10", "A3:B9"],
    ["A8:H9", "A7:H8"],
    ["A1:H1", "A1:H1"],
  ])("removing row 7: %s → %s", (before, after) => {
    expect(shiftRange(before, REMOVE_7)).toBe(after);
    expect(shiftRange(after, INSERT_7)).toBe(before);
  });

  test("a range of the removed row alone vanishes", () => {
    expect(shiftRange("G7", REMOVE_7)).toBeNull();
    expect(shiftRange("A7:H7", REMOVE_7)).toBeNull();
  });
});
