/**
 * Round 210's unseen tables (round210.gold.ts), read field by field against their gold: every indicator's content
 * fields, project and district, and every project's budget unit and department.
 */
import { CASES, CASES2 } from "./round210.gold";
import { scoreCase } from "./round196.score";

describe.each([
  ["the first batch", CASES],
  ["the second batch, written after the first was scored and fixed", CASES2],
])("round 210, the third generalisation inbox, %s", (_, cases) => {
  it.each(cases.map((c) => [c.id, c] as const))("reads %s as its gold", (_id, c) => {
    const s = scoreCase(c);
    expect(s.misses).toEqual([]);
    expect([s.right, s.bogus, s.contextRight]).toEqual([s.indicators, 0, s.contextTotal]);
  });
});
