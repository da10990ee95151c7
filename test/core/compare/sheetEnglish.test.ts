/** The 区域对比 sheet in English: every fixed text English, only the officer's own names and values in Chinese. */
import { compareDistricts, type ComparisonResult } from "../../../src/core/compare";
import { compareSheetPlan } from "../../../src/core/plan/compareSheet";
import type { SheetPlan } from "../../../src/core/plan/types";
import { districtSource, goldSource } from "./helpers";

/** CJK ideographs plus CJK and full-width punctuation (（）：，～ …). */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

/** A target as the sentences quote it: without its closing punctuation. */
const clean = (t: string): string => t.trim().replace(/[。；;，,.、\s]+$/u, "");

/** Everything the officer wrote that the sheet may repeat: districts, names, units, targets, projects, files. */
function officerTexts(result: ComparisonResult): string[] {
  const out = new Set<string>();
  for (const p of result.programs) {
    out.add(p.name);
    p.districts.forEach((d) => out.add(d));
    for (const m of p.members) [m.project, m.source, m.sheet, m.district].forEach((t) => out.add(t));
    for (const ind of p.indicators) {
      [ind.name, ind.unit, ind.unitLabel, ind.displayUnit ?? ""].forEach((t) => out.add(t));
      for (const c of Object.values(ind.cells))
        [c.name, c.unit, c.unitKey, c.target, clean(c.target), c.text, clean(c.text)].forEach((t) =>
          out.add(t),
        );
    }
    for (const r of p.ratios) [r.numerator, r.denominator, r.unit].forEach((t) => out.add(t));
    for (const u of p.unaligned) [u.name, u.text, u.sheet].forEach((t) => out.add(t));
  }
  for (const l of result.lonePrograms ?? []) [l.program, l.district, l.source].forEach((t) => out.add(t));
  out.delete("");
  return [...out].sort((a, b) => b.length - a.length);
}

/** Each text of the sheet (cells and chart titles) with the officer's texts taken out. */
function fixedTexts(plan: SheetPlan, result: ComparisonResult): string[] {
  const own = officerTexts(result);
  const texts = plan.values.flat().filter((v): v is string => typeof v === "string");
  for (const c of plan.charts ?? []) texts.push(c.title ?? "");
  return texts.map((t) => own.reduce((rest, o) => rest.split(o).join(""), t));
}

const texts = (plan: SheetPlan): string[] =>
  plan.values.flat().filter((v): v is string => typeof v === "string");

/** Unit differences, a missing indicator, a comparator split with no majority, a range, a blank number, an unaligned name. */
function variants(): ComparisonResult {
  const source = districtSource("安监员队伍建设", {
    甲区: [
      ["巡查企业数", ">=", 100, "家次"],
      ["培训人次", "between", 20, "人次"],
      ["整改率", ">=", 90, "%"],
    ],
    乙区: [
      ["巡查企业数", ">", 120, "家次"],
      ["培训人次", ">=", 30, "人次"],
      ["整改率", ">=", null, "%"],
      ["宣传活动场次", ">=", 3, "场"],
    ],
    丙区: [
      ["巡查企业数", "<=", 90, "家"],
      ["整改率", ">=", 95, "%"],
    ],
    丁区: [["巡查企业数", ">=", 5000, "家次"]],
  });
  const range = source.indicators.find((r) => r.comparator === "between")!;
  Object.assign(range, { valueMax: 40, target: "20～40人次" });
  return compareDistricts([source]);
}

describe("区域对比 sheet in English", () => {
  const cases: [string, () => ComparisonResult][] = [
    ["the sample", () => compareDistricts([goldSource()])],
    ["units, gaps, comparators and ranges", variants],
  ];

  it.each(cases)("has no Chinese in its fixed texts on %s", (_, make) => {
    const result = make();
    const plan = compareSheetPlan(result, { lang: "en" })!;
    const left = fixedTexts(plan, result).filter((t) => CJK.test(t));
    expect(left).toEqual([]);
    // The same check finds the Chinese of the default sheet, so it can fail.
    const zh = compareSheetPlan(result)!;
    expect(fixedTexts(zh, result).filter((t) => CJK.test(t)).length).toBeGreaterThan(10);
  });

  it.each(cases)("names the sheet in its language and keeps its numbers on %s", (_, make) => {
    const result = make();
    const en = compareSheetPlan(result, { lang: "en" })!;
    const zh = compareSheetPlan(result)!;
    // Round 238: the English sheet is named District comparison (it kept 区域对比 before); the Chinese as always.
    expect(en.name).toBe("District comparison");
    expect(zh.name).toBe("区域对比");
    const numbers = (p: SheetPlan) => p.values.flat().filter((v) => typeof v === "number");
    expect(numbers(en)).toEqual(numbers(zh));
    expect(en.charts?.length).toBe(zh.charts?.length);
  });

  it("writes headings, statistics and the flag sentences in English", () => {
    const plan = compareSheetPlan(compareDistricts([goldSource()]), { lang: "en" })!;
    const t = texts(plan);
    for (const s of [
      "District",
      "Unit",
      "Min",
      "Median",
      "Max",
      "Comparator",
      "Legend",
      "High (size)",
      "Projects compared",
    ])
      expect(t).toContain(s);
    expect(t[0]).toBe("District comparison: 镇（街）园区专职安监员队伍建设经费 (11 districts, 4 indicators)");
    expect(t).toContain("白云区: 巡查企业数 6 万家次 is 6.0 times the median of all districts (1 万家次).");
    expect(t).not.toContain("白云区 巡查企业数 6 万家次，为各区中位数 1 万家次 的 6.0 倍");
    expect(t).toContain("(万家次)");
    expect(plan.charts?.map((c) => c.title)).toContain("巡查企业数 (万家次)");
  });

  it("gives each flag one English row, where the Chinese sheet gives it two", () => {
    const result = variants();
    const en = texts(compareSheetPlan(result, { lang: "en" })!);
    const zh = texts(compareSheetPlan(result)!);
    const sentences = result.programs[0].indicators.flatMap((i) => i.flags.map((f) => f.message));
    expect(sentences.length).toBeGreaterThan(3);
    for (const m of sentences) {
      expect(en.filter((x) => x === m.en)).toHaveLength(1);
      expect(en).not.toContain(m.zh);
      expect(zh).toContain(m.zh);
      expect(zh).toContain(m.en);
    }
    expect(en).toContain("20–40");
    expect(zh).toContain("20～40");
    expect(en.some((t) => t.includes("districts differ: ≥ in 1, range in 1"))).toBe(true);
  });
});
