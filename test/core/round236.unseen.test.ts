/**
 * Round 236's tables (round236.gold.ts), read field by field against their gold: every indicator's content fields,
 * project and district, every project's budget unit and department — and, where no 二级 is written, the one
 * inferred (INFERRED), which round 196's scorer does not read.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";
import { CASES, CASES2, INFERRED, INFERRED2 } from "./round236.gold";
import { describeUnseen } from "./round196.score";

describeUnseen("round 236, the leftovers of rounds 229–234", [
  ["the first batch", CASES],
  ["the second batch, written after the first was scored and fixed", CASES2],
]);

describe("round 236, the 二级 inferred where none is written", () => {
  it.each([...CASES, ...CASES2].map((c) => [c.id, c] as const))("reads %s's as the gold's", (id, c) => {
    const expected = INFERRED[id] ?? INFERRED2[id] ?? [];
    const recs = parseGrid(grid(c.rows, c.sheet ?? "Sheet1")).indicators;
    expect(expected.map(([name]) => [name, recs.find((r) => r.name === name)?.level2Inferred])).toEqual(
      expected,
    );
  });
});
