/**
 * Round 207's unseen tables (round207.gold.ts), read field by field against their gold: every indicator's content
 * fields, project and district, and every project's budget unit and department.
 */
import { CASES, CASES1B, CASES2 } from "./round207.gold";
import { scoreCase } from "./round196.score";

describe.each([
  ["the first batch", CASES],
  ["the first batch's harder half, written after the first half was scored", CASES1B],
  ["the second batch, written after the first was scored and fixed", CASES2],
])("round 207, the second generalisation inbox, %s", (_, cases) => {
  it.each(cases.map((c) => [c.id, c] as const))("reads %s as its gold", (_id, c) => {
    const s = scoreCase(c);
    expect(s.misses).toEqual([]);
    expect([s.right, s.bogus, s.contextRight]).toEqual([s.indicators, 0, s.contextTotal]);
  });
});
