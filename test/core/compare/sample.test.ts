/** The sample's 专职安监员 program, from the gold parse (what the parser returns on the sample). */
import { compareDistricts, type Program } from "../../../src/core/compare";
import { goldSource } from "./helpers";

const PROGRAM = "镇（街）园区专职安监员队伍建设经费";

function program(): Program {
  const result = compareDistricts([goldSource()]);
  const p = result.programs.find((x) => x.name === PROGRAM);
  if (!p) throw new Error("program not found");
  return p;
}

const flagsOf = (p: Program, indicator: string, code: string) =>
  p.indicators
    .find((i) => i.name === indicator)!
    .flags.filter((f) => f.code === code)
    .map((f) => f.district)
    .sort();

describe("sample: 镇（街）园区专职安监员队伍建设经费", () => {
  it("is the only program, with all 11 districts", () => {
    const result = compareDistricts([goldSource()]);
    expect(result.programs.map((p) => p.name)).toEqual([PROGRAM]);
    expect([...program().districts].sort()).toEqual(
      [
        "越秀区",
        "海珠区",
        "荔湾区",
        "天河区",
        "白云区",
        "黄埔区",
        "番禺区",
        "花都区",
        "南沙区",
        "从化区",
        "增城区",
      ].sort(),
    );
  });

  it("lines up the four indicators with nothing left over", () => {
    const p = program();
    expect(p.indicators.map((i) => i.name).sort()).toEqual(
      ["巡查企业数", "现场出具巡查文书数", "巡查查处隐患数", "巡查整改率"].sort(),
    );
    expect(p.unaligned).toEqual([]);
    for (const i of p.indicators) expect(Object.keys(i.cells)).toHaveLength(11);
  });

  it("has the exact normalised values", () => {
    const p = program();
    const firms = p.indicators.find((i) => i.name === "巡查企业数")!;
    const v = (d: string) => firms.cells[d].value;
    expect([v("海珠区"), v("白云区"), v("南沙区"), v("从化区"), v("番禺区")]).toEqual([
      9000, 60000, 21000, 8500, 70000,
    ]);
    expect(firms.unit).toBe("家次");
    expect(firms.stats).toMatchObject({ min: 8000, median: 10000, max: 70000 });
    const hazards = p.indicators.find((i) => i.name === "巡查查处隐患数")!;
    expect(hazards.cells["增城区"].value).toBe(14000);
    expect(hazards.stats).toMatchObject({ min: 4500, median: 14000, max: 50000 });
  });

  it("flags 白云区 and 番禺区 as high on 巡查企业数, with the pasteable sentence", () => {
    const p = program();
    const firms = p.indicators.find((i) => i.name === "巡查企业数")!;
    const baiyun = firms.flags.find((f) => f.district === "白云区" && f.code === "OUTLIER")!;
    expect(baiyun.direction).toBe("high");
    expect(baiyun.ratio).toBeCloseTo(6);
    expect(baiyun.message.zh).toBe("白云区 巡查企业数 6 万家次，为各区中位数 1 万家次 的 6.0 倍");
    expect(baiyun.message.en).toContain("6.0 times the median");
    const panyu = firms.flags.find((f) => f.district === "番禺区" && f.code === "OUTLIER")!;
    expect(panyu.direction).toBe("high");
    expect(flagsOf(p, "巡查企业数", "OUTLIER")).not.toContain("海珠区");
  });

  it("flags 黄埔区 21% and 番禺区 30% against the 20% everyone else set", () => {
    const p = program();
    expect(flagsOf(p, "巡查整改率", "OUTLIER")).toEqual(["番禺区", "黄埔区"].sort());
    const hp = p.indicators.find((i) => i.name === "巡查整改率")!.flags.find((f) => f.district === "黄埔区")!;
    expect(hp.basis).toBe("shared");
    expect(hp.message.zh).toBe("黄埔区 巡查整改率 21%，而 9 个区均为 20%（高 1 个百分点）");
  });

  it("flags the three districts writing 不少于 where eight write 大于 on 巡查查处隐患数", () => {
    const p = program();
    expect(flagsOf(p, "巡查查处隐患数", "COMPARATOR-DIFF")).toEqual(["增城区", "白云区", "荔湾区"].sort());
    expect(p.indicators.find((i) => i.name === "巡查查处隐患数")!.comparator).toBe(">");
    for (const name of ["巡查企业数", "现场出具巡查文书数", "巡查整改率"])
      expect(flagsOf(p, name, "COMPARATOR-DIFF")).toEqual([]);
  });

  it("has no MISSING or UNIT-DIFF flags", () => {
    const p = program();
    for (const i of p.indicators)
      expect(i.flags.filter((f) => f.code === "MISSING" || f.code === "UNIT-DIFF")).toEqual([]);
  });

  it("makes 天河区's hazards per enterprise stand out", () => {
    const p = program();
    const r = p.ratios.find((x) => x.numerator === "巡查查处隐患数" && x.denominator === "巡查企业数")!;
    expect(r).toBeDefined();
    expect(r.values["天河区"]).toBeCloseTo(0.375);
    expect(r.stats!.median).toBeCloseTo(1);
    expect(r.flags.map((f) => f.district)).toEqual(["天河区"]);
    expect(r.flags[0].message.zh).toContain("天河区");
    expect(
      p.ratios.find((x) => x.numerator === "现场出具巡查文书数" && x.denominator === "巡查企业数"),
    ).toBeDefined();
    // The rate is not a count: no ratio involves it.
    expect(p.ratios.some((x) => x.numerator === "巡查整改率" || x.denominator === "巡查整改率")).toBe(false);
  });

  it("with the robust z-score setting, flags the far ones and still handles the shared 20%", () => {
    const result = compareDistricts([goldSource()], { settings: { outlierMethod: "mad" } });
    const p = result.programs[0];
    const firms = p.indicators.find((i) => i.name === "巡查企业数")!;
    const out = firms.flags.filter((f) => f.code === "OUTLIER");
    expect(out.map((f) => f.district).sort()).toEqual(["南沙区", "天河区", "番禺区", "白云区"].sort());
    expect(out.every((f) => f.basis === "mad" && typeof f.z === "number")).toBe(true);
    expect(flagsOf(p, "巡查整改率", "OUTLIER")).toEqual(["番禺区", "黄埔区"].sort());
  });
});
