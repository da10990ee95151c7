/**
 * The merges a removed row keeps for revert: which go with it and why a row stays (mergesLeavingWith),
 * and whether a kept merge's cells still hold what they held (holdsKept) — one answer for both gateways.
 */
import type { CellValue } from "../../../src/core/grid";
import {
  KEPT_BLANK_MERGE,
  KEPT_MERGE_OUT,
  holdsKept,
  keepMerge,
  keptArea,
  mergesLeavingWith,
  type MergeBox,
} from "../../../src/core/cleanup/keptMerges";

const box = (top: number, left: number, bottom: number, right: number): MergeBox => ({
  top,
  left,
  bottom,
  right,
});
const cells = (values: Record<string, CellValue>) => (r: number, c: number) => values[`${r},${c}`] ?? null;

describe("mergesLeavingWith", () => {
  const gone = new Set([4, 5]);
  test("a merge inside the rows removed goes with the row, with its cells' values", () => {
    const r = mergesLeavingWith(
      [box(4, 1, 5, 1), box(4, 4, 4, 6), box(1, 1, 2, 1)],
      5,
      gone,
      cells({ "4,1": "一级指标" }),
    );
    expect(r.why).toBeNull();
    expect(r.inside).toEqual([{ ...box(4, 1, 5, 1), values: [["一级指标"], [null]] }]);
  });
  test("a merge reaching out of the rows removed keeps the row", () => {
    expect(mergesLeavingWith([box(4, 1, 6, 1)], 4, gone, cells({ "4,1": "甲" })).why).toBe(KEPT_MERGE_OUT);
    expect(mergesLeavingWith([box(2, 5, 8, 5)], 5, gone, cells({})).why).toBe(KEPT_MERGE_OUT);
  });
  test("an empty merge over several of the rows keeps the row; an empty one inside one row does not", () => {
    expect(mergesLeavingWith([box(4, 7, 5, 7)], 4, gone, cells({})).why).toBe(KEPT_BLANK_MERGE);
    expect(mergesLeavingWith([box(4, 7, 5, 7)], 5, gone, cells({ "5,7": "备注" })).why).toBeNull();
    expect(mergesLeavingWith([box(4, 7, 4, 8)], 4, gone, cells({})).why).toBeNull();
  });
});

describe("holdsKept", () => {
  const kept = keepMerge(box(4, 1, 5, 2), 5, [
    ["一级指标", null],
    [null, null],
  ]);
  const area = keptArea(5, kept)!;
  test("every cell as it was", () => {
    expect(holdsKept(area, kept, cells({ "4,1": "一级指标" }))).toBe(true);
  });
  test("a cell changed, a cell not read, or values of another shape (a log edited by hand) do not hold", () => {
    expect(holdsKept(area, kept, cells({ "4,1": "一级指标", "5,2": "乙" }))).toBe(false);
    expect(
      holdsKept(area, kept, (r, c) => (r === 5 && c === 2 ? undefined : cells({ "4,1": "一级指标" })(r, c))),
    ).toBe(false);
    expect(holdsKept(area, { ...kept, values: [["一级指标", null]] }, cells({ "4,1": "一级指标" }))).toBe(
      false,
    );
    expect(holdsKept(area, { ...kept, values: [["一级指标"], [null]] }, cells({ "4,1": "一级指标" }))).toBe(
      false,
    );
    expect(holdsKept(area, { ...kept, values: undefined as unknown as CellValue[][] }, cells({}))).toBe(
      false,
    );
  });
});
