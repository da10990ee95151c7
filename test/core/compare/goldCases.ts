/**
 * A comparison round's unseen cases as tests (rounds 213 and 217): every district placed in one program, and the
 * gold's flags raised and no other — each named by the gold's indicator where the flag's name holds it, a 规模差异
 * marked as such.
 */
import { compareDistricts } from "../../../src/core/compare";
import type { Case } from "./round198data";

const key = (f: { code: string; district: string; indicator: string }) =>
  `${f.code} ${f.district} ${f.indicator}`;

export function describeGoldCases(
  cases: readonly Case[],
  more?: (c: Case, r: ReturnType<typeof compareDistricts>) => void,
): void {
  describe.each(cases.map((c) => [c.id, c] as [string, Case]))("case %s", (_id, c) => {
    const r = compareDistricts(c.sources());
    const flags = r.programs.flatMap((p) => p.indicators.flatMap((i) => i.flags));

    it("places every district in one program", () => {
      expect(r.programs).toHaveLength(1);
      expect(r.programs[0].districts).toEqual(c.districts);
    });

    it("raises the gold flags and no other, 规模差异 as such", () => {
      const got = flags.map((f) => {
        const g = c.flags.find(
          (x) => f.indicator.includes(x.indicator) && x.district === f.district && x.code === f.code,
        );
        return `${key({ ...f, indicator: g?.indicator ?? f.indicator })}${f.sizeGap ? " info" : ""}`;
      });
      expect(got.sort()).toEqual(c.flags.map((g) => `${key(g)}${g.info ? " info" : ""}`).sort());
    });

    more?.(c, r);
  });
}
