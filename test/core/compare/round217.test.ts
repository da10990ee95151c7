/**
 * Round 217: the line between 偏高/偏低 and 规模差异. Round 213's H and P (district columns read since round 216)
 * said their gaps in size as plain outliers: 深圳's 生活垃圾分类处理量 in 吨/日 — an amount per day, which adds up
 * across districts as an amount does — was not taken as a figure of size for its slash. Decided by rounds 138
 * and 181 (a 规模差异 within five times of the median either way): 盐田 0.22×, 坪山 0.44×, 宝安 2.6× and 龙岗
 * 2.2× are 规模差异 (fixed), while 大鹏 0.15× and 舟山市 0.17× are findings (round 213's gold corrected). Then
 * eight fresh cases written before the run (data and gold in round217data.ts) and four after the fix, scored
 * once (CASES217B).
 */
import { compareDistricts } from "../../../src/core/compare";
import { sizeFigure } from "../../../src/core/compare/flags/outlier";
import { CASES213 } from "./round213data";
import { CASES217, CASES217B } from "./round217data";
import { score } from "./round217score";
import { describeGoldCases } from "./goldCases";
import { gridSource } from "./helpers";

describeGoldCases([...CASES217, ...CASES217B]);

describe("an amount per period is a figure of size; a frequency, money per period or a figure per head is not", () => {
  it.each([
    ["生活垃圾分类处理量", "吨/日"],
    ["污水日处理量", "立方米/日"],
    ["助餐服务人次", "人次/年"],
    ["农产品加工量", "万吨/年"],
  ])("%s in %s", (name, unit) => expect(sizeFigure(name, unit)).toBe(true));

  it.each([
    ["保洁频次", "次/日"],
    ["巡查次数", "次/年"],
    ["基本生活费", "元/月"],
    ["运营补贴", "万元/年"],
    ["人均日供水量", "升/人·日"],
    ["补助", "元/人·年"],
    ["运维补助", "元/吨"],
    ["开放时间", "小时/日"],
    ["平均车速", "公里/小时"],
    ["垃圾清运率", "%"],
  ])("%s in %s", (name, unit) => expect(sizeFigure(name, unit)).toBe(false));

  it("深圳's 吨/日 (round 213 P): 0.22×–2.6× said as 规模差异, 大鹏 0.15× a finding", () => {
    const c = CASES213.find((x) => x.id.startsWith("P"));
    const r = compareDistricts(c?.sources() ?? []);
    const flags = r.programs[0].indicators.find((i) => i.name === "生活垃圾分类处理量")?.flags ?? [];
    const gaps = flags.filter((f) => f.sizeGap).map((f) => f.district);
    expect(gaps.sort()).toEqual(["坪山", "宝安", "盐田", "龙岗"].sort());
    const dapeng = flags.find((f) => f.district === "大鹏");
    expect(dapeng?.sizeGap).toBeUndefined();
    expect(dapeng?.message.zh).toContain("0.15 倍");
  });

  it("舟山市 1900 公里 at 0.17× (round 213 H) stays a finding: beyond five times", () => {
    const c = CASES213.find((x) => x.id.startsWith("H"));
    const r = compareDistricts(c?.sources() ?? []);
    const f = r.programs[0].indicators.flatMap((i) => i.flags).find((x) => x.district === "舟山市");
    expect(f?.code).toBe("OUTLIER");
    expect(f?.sizeGap).toBeUndefined();
  });
});

describe("scores", () => {
  // As written (before the fix): 35 of 39 — the four per-period amounts (立方米/日, 人次/年) said as plain
  // outliers; no flag missed, none false, every district placed.
  it("the first batch: 39 of 39 after the fix, none false", () => {
    const s = score(CASES217);
    expect([s.districts, s.districtsGold]).toEqual([71, 71]);
    expect([s.found, s.gold]).toEqual([39, 39]);
    expect([s.wrongKind, s.missed, s.extra]).toEqual([[], [], []]);
  });
});

describe("a 合计 over an amount per period is checked as an amount's", () => {
  const rows = (total: number) => [
    ["深圳市2025年生活垃圾分类处理补助资金绩效目标分解表"],
    ["区县", "生活垃圾分类处理量（吨/日）", "回收利用率（%）"],
    ["福田区", 1500, 45],
    ["罗湖区", 1200, 45],
    ["南山区", 1800, 45],
    ["合计", total, ""],
  ];
  const totalFlags = (total: number) =>
    compareDistricts([gridSource("深圳市垃圾分类分解表.xlsx", rows(total))])
      .programs[0].indicators.flatMap((i) => i.flags)
      .filter((f) => f.code === "TOTAL-DIFF");

  it("4600 吨/日 against the districts' 4500: said; 4500: nothing", () => {
    expect(totalFlags(4600)).toHaveLength(1);
    expect(totalFlags(4600)[0].message.zh).toContain("4600");
    expect(totalFlags(4500)).toHaveLength(0);
  });
});
