/**
 * Round 213: sixteen unseen comparison cases (杭州, 苏州, 长沙, 郑州, 深圳, 邵阳, 恩施州, 黔东南州, 浙江 and 河南's
 * 地市; data and gold in round213data.ts, written before the run). Every district placed, every flag a reviewer
 * expects raised and none other; and the patterns fixed after the run: a functional zone that files its own
 * table named at the start of its project's name (苏州工业园区2025年…, 深汕特别合作区2025年…), 合作区 no
 * district's name, a province's title naming the program without its province. The second batch (Q–U, in
 * round213data.ts too) was written before it was run, after the fixes.
 */
import { compareDistricts, formatComparisonSummary } from "../../../src/core/compare";
import { findDistrict, zoneOf } from "../../../src/core/compare/districts";
import { titleProgram } from "../../../src/core/compare/programs";
import type { Case } from "./round198data";
import { describeGoldCases } from "./goldCases";
import { CASES213, CASES213B } from "./round213data";

const byId = (id: string) => CASES213.find((c) => c.id.startsWith(id)) as Case;

// The second batch (Q–U), written after the fixes and scored once, is kept with the first. H and P (district
// columns read since round 216) raise their 规模差异 as such since round 217, which reads an amount per day (吨/日)
// as a figure of size and corrected the gold of two beyond five times (舟山市, 大鹏).
describeGoldCases([...CASES213, ...CASES213B], (c, r) => {
  it("says the notes a reviewer looks for", () => {
    const text = formatComparisonSummary(r, "zh");
    for (const n of c.notes) expect(text).toContain(n);
    expect(text).not.toContain("未纳入对比：");
  });
});

describe("fixed after the run", () => {
  it("a zone named at the start of its project's name, a year after it, files its own table (B, E)", () => {
    expect(zoneOf("苏州工业园区")).toBe("苏州工业园区");
    expect(zoneOf("深汕特别合作区")).toBe("深汕特别合作区");
    const b = compareDistricts(byId("B").sources());
    expect(b.programs[0].districts).toContain("苏州工业园区");
    const e = compareDistricts(byId("E").sources());
    expect(e.programs).toHaveLength(1);
    expect(e.programs[0].districts).toContain("深汕特别合作区");
    expect(formatComparisonSummary(e, "zh")).not.toContain("深汕特别社区");
  });

  it("合作区 alone is no district's name (深汕特别合作区 never read as 合作区)", () => {
    expect(findDistrict("深汕特别合作区2025年社区居家养老服务项目")).toBeNull();
    expect(findDistrict("中新广州知识城合作区")).toBeNull();
  });

  it("a province's title names the program without the province and the year (O)", () => {
    expect(titleProgram("河南省2025年城乡居民基本医疗保险省级补助资金绩效目标分解表")).toBe(
      "城乡居民基本医疗保险省级补助资金绩效目标分解表",
    );
    expect(titleProgram("广西壮族自治区2025年农村公路养护资金")).toBe("农村公路养护资金");
    // 省级 at the start is the level, not a province.
    expect(titleProgram("省级2025年农村公路养护资金")).toBe("省级2025年农村公路养护资金");
    const text = formatComparisonSummary(compareDistricts(byId("O").sources()), "zh");
    expect(text).toContain("【城乡居民基本医疗保险省级补助资金】12 个市");
    expect(text).toContain("（去掉地名、年度）");
  });
});
