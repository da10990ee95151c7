/**
 * Round 244: comparison across districts where standards per 生, 人 and 户 are written per different periods —
 * 元/生·学期, 元/人·月, 元/人·季度, 元/户·半年 among yearly ones and the other way (data and gold in
 * round244data.ts, written before the run), scored by round 217's scorer. As written (on the engine with the
 * round's period conversions): districts 52 of 52, flags 22 of 22 and one false — 上犹县's 每生每学期500元, a
 * term's standard in words, read as 500 元 and set aside as another unit. The gold needed no correction. Fixed:
 * money per head and period in words (每生每学期, 每人每月) is that unit (units.ts unitKeyOf), and a figure at the
 * share of a period another district of the row wrote (织金县's 625 per year beside 大方县's 625元/生·学期) is
 * suggested as that period's (疑为按学期填写).
 */
import { compareDistricts, formatComparisonSummary } from "../../../src/core/compare";
import { describeGoldCases } from "./goldCases";
import { CASES244, CASES244B } from "./round244data";
import { score } from "./round217score";

describeGoldCases([...CASES244, ...CASES244B], (c, r) => {
  it("says the notes a reviewer looks for", () => {
    const text = formatComparisonSummary(r, "zh");
    for (const n of c.notes) expect(text).toContain(n);
  });
});

describe("scores", () => {
  it("the first batch, after the fixes: 52 of 52 districts, 22 of 22 flags, none false", () => {
    const s = score(CASES244);
    expect([s.districts, s.districtsGold]).toEqual([52, 52]);
    expect([s.found, s.gold]).toEqual([22, 22]);
    expect([s.wrongKind, s.missed, s.extra]).toEqual([[], [], []]);
  });

  // Written after the fixes, gold first, scored once: 19 of 19 districts, 11 of 11 flags, none false.
  it("the second batch: 19 of 19 districts, 11 of 11 flags, none false", () => {
    const s = score(CASES244B);
    expect([s.districts, s.districtsGold]).toEqual([19, 19]);
    expect([s.found, s.gold]).toEqual([11, 11]);
    expect([s.wrongKind, s.missed, s.extra]).toEqual([[], [], []]);
  });
});

describe("what the first batch's rows say", () => {
  const text = (id: string) => formatComparisonSummary(compareOf(id), "zh");
  const compareOf = (id: string) => {
    const c = CASES244.find((x) => x.id.startsWith(id));
    if (!c) throw new Error(id);
    return compareDistricts(c.sources());
  };

  it("D: 上犹县's 每生每学期500元 quoted as written and converted", () => {
    expect(text("D")).toContain("上犹县 写作“每生每学期500元”，已按每年两学期折合为 1000 元/生·年");
  });

  it("A: 织金县's 625 per year beside 大方县's 625元/生·学期 is suggested as a term's", () => {
    expect(text("A")).toContain("织金县 初中寄宿生生活补助标准 625 元/生·年");
    expect(text("A")).toContain("疑为按学期填写（按每年两学期计为 1250 元/生·年）");
  });

  it("C and F: a month's figure written per year is suggested as a month's, not a zero dropped", () => {
    expect(text("C")).toContain("呈贡区 城市低保标准 830 元/人·年");
    expect(text("C")).toContain("疑为按月填写（按每年 12 个月计为 9960 元/人·年）");
    expect(text("F")).toContain("疑为按月填写（按每年 12 个月计为 15600 元/人·年）");
    expect(text("F")).not.toContain("余姚市的取值疑");
  });
});
