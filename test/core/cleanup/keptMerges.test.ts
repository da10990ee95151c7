/** Whether a kept merge's cells still hold what they held (holdsKept): one check for both gateways. */
import type { CellValue } from "../../../src/core/grid";
import { holdsKept, keepMerge, keptArea, type MergeBox } from "../../../src/core/cleanup/keptMerges";

const box = (top: number, left: number, bottom: number, right: number): MergeBox => ({
  top,
  left,
  bottom,
  right,
});
const cells = (values: Record<string, CellValue>) => (r: number, c: number) => values[`${r},${c}`] ?? null;

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
