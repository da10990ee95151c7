/**
 * Round 226: comparison across districts (区域对比) in the layouts districts submit — packed 绩效指标 cells as in
 * the sample, rows tables under a district column, a sheet and a workbook per district, a column per district —
 * with sizes within and beyond five times of the median, other comparators, units that convert, missing
 * indicators, names slightly other and rates where the others count (data and gold in round226data.ts, written
 * before the run). Every flag was raised as the gold has it; two wordings misled, fixed after the run: a rate set
 * where the others count (青山区's 健康管理率, 台江区's 签约率) was offered as “可能为同一指标”, and a program
 * whose projects name their city before the district (广州市越秀区2025年…) was named 广州市2025年…, and one
 * district leaving the city out made a program of its own. The second batch (M–Q), written after, placed every
 * district but 长春's 绿园区 (园区, a kind of area's word): a closed list of the districts so named (GB/T 2260).
 */
import { compareDistricts, formatComparisonSummary } from "../../../src/core/compare";
import { findDistrict } from "../../../src/core/compare/districts";
import { describeGoldCases } from "./goldCases";
import { districtSource } from "./helpers";
import type { Case } from "./round198data";
import { CASES226, CASES226B } from "./round226data";
import { score } from "./round217score";

const byId = (id: string) => CASES226.find((c) => c.id.startsWith(id)) as Case;
const byIdB = (id: string) => CASES226B.find((c) => c.id.startsWith(id)) as Case;

describeGoldCases([...CASES226, ...CASES226B], (c, r) => {
  it("says the notes a reviewer looks for", () => {
    const text = formatComparisonSummary(r, "zh");
    for (const n of c.notes) expect(text).toContain(n);
    expect(text).not.toContain("未纳入对比：");
  });
});

describe("scores", () => {
  // As written: every district placed, 74 of 74 flags, none missed or false; two wordings misleading (fixed).
  it("the first batch: 74 of 74, none false", () => {
    const s = score(CASES226);
    expect([s.districts, s.districtsGold]).toEqual([141, 141]);
    expect([s.found, s.gold]).toEqual([74, 74]);
    expect([s.wrongKind, s.missed, s.extra]).toEqual([[], [], []]);
  });

  // Scored once, after the first fixes: districts 46 of 47 (长春's 绿园区 read as no district, its 园区 a kind
  // of area), flags 32 of 32 and one more — 德惠市's 88000 人次 at 2.02× of a median 绿园区's absence lowered;
  // after the fix 47 of 47, 32 of 32, none false.
  it("the second batch: 47 of 47 districts, 32 of 32 flags, none false", () => {
    const s = score(CASES226B);
    expect([s.districts, s.districtsGold]).toEqual([47, 47]);
    expect([s.found, s.gold]).toEqual([32, 32]);
    expect([s.wrongKind, s.missed, s.extra]).toEqual([[], [], []]);
  });
});

describe("a rate set where the others count is said as a rate, not as possibly the same indicator", () => {
  const flagOf = (c: Case, district: string) =>
    compareDistricts(c.sources())
      .programs[0].indicators.flatMap((i) => i.flags)
      .find((f) => f.code === "MISSING" && f.district === district);

  it.each([
    ["C", "青山区", "65岁以上老年人健康管理率"],
    ["I", "台江区", "家庭医生签约率"],
  ])("%s %s: its %s is a rate, the others' a count", (id, district, rate) => {
    const f = flagOf(byId(id), district);
    expect(f?.message.zh).toContain(`“${rate}”为比率（%）`);
    expect(f?.message.zh).toContain("不能直接比较");
    expect(f?.message.zh).not.toContain("可能为同一指标");
    const u = compareDistricts(byId(id).sources()).programs[0].unaligned.find((x) => x.district === district);
    expect(u?.reason.zh).toContain("比率");
    expect(u?.reason.zh).not.toContain("相同");
  });

  it("a count where the others set a rate is said as a count", () => {
    const rate = (v: number): [string, ">=", number, string][] => [
      ["参保率", ">=", v, "%"],
      ["满意度", ">=", 90, "%"],
    ];
    const r = compareDistricts([
      districtSource("城乡居民医保", {
        甲区: rate(95),
        乙区: rate(95),
        丙区: rate(95),
        丁区: rate(95),
        戊区: [
          ["参保人数", ">=", 120000, "人"],
          ["满意度", ">=", 90, "%"],
        ],
      }),
    ]);
    const f = r.programs[0].indicators.flatMap((i) => i.flags).find((x) => x.district === "戊区");
    expect(f?.code).toBe("MISSING");
    expect(f?.message.zh).toContain("“参保人数”为数量（人）");
    expect(f?.message.en).toContain("a count");
  });

  it("a name variant in the same kind of unit is still offered as possibly the same (A 花都区, F 沈北新区)", () => {
    expect(flagOf(byId("A"), "花都区")?.message.zh).toContain("可能为同一指标");
    expect(flagOf(byId("F"), "沈北新区")?.message.zh).toContain("可能为同一指标");
  });
});

describe("a city written before the district in the project's name is no part of the program's name", () => {
  it("广州市越秀区2025年社区居家养老服务项目 → 社区居家养老服务项目 (A)", () => {
    const r = compareDistricts(byId("A").sources());
    expect(r.programs[0].name).toBe("社区居家养老服务项目");
  });

  it("joins a district that writes its city with one that does not", () => {
    const specs: [string, ">=", number, string][] = [["服务人数", ">=", 1000, "人"]];
    const r = compareDistricts([
      districtSource(
        "社区居家养老服务项目",
        { 越秀区: specs, 海珠区: specs, 荔湾区: specs },
        "广州.xlsx",
        (p, d) => (d === "荔湾区" ? `${d}2025年${p}` : `广州市${d}2025年${p}`),
      ),
    ]);
    expect(r.programs.map((p) => [p.name, p.districts.length])).toEqual([["社区居家养老服务项目", 3]]);
  });
});

describe("districts whose names end in a kind of area's word (GB/T 2260) are districts", () => {
  it.each([
    ["长春市绿园区2025年困难残疾人生活补贴项目", "绿园区"],
    ["绿园区2025年困难残疾人生活补贴项目", "绿园区"],
    ["秦皇岛市海港区2025年海洋垃圾清理项目", "海港区"],
    ["葫芦岛市龙港区2025年海洋垃圾清理项目", "龙港区"],
    ["北京市石景山区2025年社区养老服务项目", "石景山区"],
  ])("%s → %s", (text, district) => expect(findDistrict(text)).toBe(district));

  it.each(["宁波市北仑港区码头改造项目", "苏州工业园区", "某市公园区域改造项目", "偏远山区学校改造"])(
    "%s names no district",
    (text) => expect(findDistrict(text)).toBeNull(),
  );

  it("长春's 绿园区, its sheet titled 长春市绿园区…, is placed with the others (P)", () => {
    const r = compareDistricts(byIdB("P").sources());
    expect(r.programs).toHaveLength(1);
    expect(r.programs[0].districts).toContain("绿园区");
  });
});
