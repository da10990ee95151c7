/**
 * Round 203's unseen tables (round203.gold.ts), read field by field against their gold: every indicator's content
 * fields, project and district, and every project's budget unit and department.
 */
import { CASES, CASES2 } from "./round203.gold";
import { scoreCase } from "./round196.score";

describe.each([
  ["the first batch", CASES],
  ["the second batch, written after the first was scored and fixed", CASES2],
])("round 203, the session's closing inbox, %s", (_, cases) => {
  it.each(cases.map((c) => [c.id, c] as const))("reads %s as its gold", (_id, c) => {
    const s = scoreCase(c);
    expect(s.misses).toEqual([]);
    expect([s.right, s.bogus, s.contextRight]).toEqual([s.indicators, 0, s.contextTotal]);
  });
});
