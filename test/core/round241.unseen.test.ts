/**
 * Round 241's tables (round241.gold.ts), read field by field against their gold: every indicator's content fields,
 * project and district, every project's budget unit and department — and, where no 二级 is written, the one
 * inferred for the farm's effects (INFERRED2), which round 196's scorer does not read.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";
import { CASES, CASES1B, CASES2, INFERRED2 } from "./round241.gold";
import { describeUnseen } from "./round196.score";

describeUnseen("round 241, the eighth generalisation inbox", [
  ["the first batch", CASES],
  ["the first batch's second part", CASES1B],
  ["the second batch, written after the first was scored and fixed", CASES2],
]);

describe("round 241, the 二级 inferred where none is written", () => {
  it.each(CASES2.filter((c) => INFERRED2[c.id]).map((c) => [c.id, c] as const))(
    "reads %s's as the gold's",
    (id, c) => {
      const expected = INFERRED2[id];
      const recs = parseGrid(grid(c.rows, c.sheet ?? "Sheet1")).indicators;
      expect(expected.map(([name]) => [name, recs.find((r) => r.name === name)?.level2Inferred])).toEqual(
        expected,
      );
    },
  );
});
