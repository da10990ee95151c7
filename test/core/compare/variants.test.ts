/** Districts that word, order, measure or omit indicators differently, and districts in separate files. */
import fc from "fast-check";
import { compareDistricts, projectRef, type Program } from "../../../src/core/compare";
import { districtSource, type Spec } from "./helpers";

const P = "社区应急服务站建设经费";

function only(result: ReturnType<typeof compareDistricts>): Program {
  expect(result.programs).toHaveLength(1);
  return result.programs[0];
}

const base: Record<string, Spec[]> = {
  甲区: [
    ["培训人次", ">=", 1000, "人次"],
    ["建设站点数", ">=", 10, "个"],
    ["群众满意度", ">=", 90, "%"],
  ],
  乙区: [
    ["培训人次", ">=", 1200, "人次"],
    ["建设站点数", ">=", 12, "个"],
    ["群众满意度", ">=", 90, "%"],
  ],
  丙区: [
    ["培训人次", ">=", 900, "人次"],
    ["建设站点数", ">=", 9, "个"],
    ["群众满意度", ">=", 90, "%"],
  ],
  丁区: [
    ["培训人次", ">=", 1100, "人次"],
    ["建设站点数", ">=", 11, "个"],
    ["群众满意度", ">=", 90, "%"],
  ],
};

describe("alignment variants", () => {
  it("matches names written with 数量/的/brackets holding the unit/full-width punctuation", () => {
    const p = only(
      compareDistricts([
        districtSource(P, {
          甲区: [["建设站点数", ">=", 10, "个"]],
          乙区: [["建设站点数量", ">=", 12, "个"]],
          丙区: [["建设的站点（个）", ">=", 9, ""]],
          丁区: [["建设站点 数", ">=", 11, "个"]],
        }),
      ]),
    );
    expect(p.indicators).toHaveLength(1);
    const ind = p.indicators[0];
    expect(Object.keys(ind.cells)).toHaveLength(4);
    // The unit in the name's brackets stands in for the missing unit.
    expect(ind.cells["丙区"].unitKey).toBe("个");
    expect(ind.flags.filter((f) => f.code === "UNIT-DIFF")).toEqual([]);
    expect(p.unaligned).toEqual([]);
  });

  it("does not depend on the order the districts list their indicators", () => {
    const shuffled = { ...base, 乙区: [...base["乙区"]].reverse() };
    const p = only(compareDistricts([districtSource(P, shuffled)]));
    expect(p.indicators.map((i) => i.name)).toEqual(["培训人次", "建设站点数", "群众满意度"]);
    expect(p.indicators[0].cells["乙区"].value).toBe(1200);
  });

  it("flags another unit (家 vs 家次) and leaves it out of the statistics; 万元 vs 元 is the same unit", () => {
    const p = only(
      compareDistricts([
        districtSource(P, {
          甲区: [
            ["检查企业数", ">=", 100, "家次"],
            ["补助资金", "<=", 50000, "元"],
          ],
          乙区: [
            ["检查企业数", ">=", 120, "家次"],
            ["补助资金", "<=", 5, "万元"],
          ],
          丙区: [
            ["检查企业数", ">=", 5000, "家"],
            ["补助资金", "<=", 60000, "元"],
          ],
          丁区: [
            ["检查企业数", ">=", 110, "家次"],
            ["补助资金", "<=", 40000, "元"],
          ],
        }),
      ]),
    );
    const firms = p.indicators.find((i) => i.name === "检查企业数")!;
    expect(firms.flags.filter((f) => f.code === "UNIT-DIFF").map((f) => f.district)).toEqual(["丙区"]);
    // The district's unit is said in its target as written, the others' beside it.
    expect(firms.flags.find((f) => f.code === "UNIT-DIFF")!.message.zh).toBe(
      "丙区 检查企业数 目标为“不少于5000家”，而 3 个区的单位为“家次”，未纳入统计",
    );
    expect(firms.stats).toMatchObject({ count: 3, max: 120 });
    expect(firms.flags.some((f) => f.code === "OUTLIER" && f.district === "丙区")).toBe(false);
    const money = p.indicators.find((i) => i.name === "补助资金")!;
    expect(money.cells["乙区"].value).toBe(50000);
    expect(money.flags.filter((f) => f.code === "UNIT-DIFF")).toEqual([]);
  });

  it("flags a district that leaves out an indicator most others set", () => {
    const left = { ...base, 丁区: base["丁区"].filter(([n]) => n !== "建设站点数") };
    const p = only(compareDistricts([districtSource(P, left)]));
    const sites = p.indicators.find((i) => i.name === "建设站点数")!;
    const missing = sites.flags.filter((f) => f.code === "MISSING");
    expect(missing.map((f) => f.district)).toEqual(["丁区"]);
    expect(missing[0].message.zh).toBe("丁区 未设置“建设站点数”指标（4 个区中有 3 个区设置了该指标）");
  });

  it("flags a district that names the indicator but writes no number", () => {
    const empty = {
      ...base,
      丁区: [base["丁区"][0], ["建设站点数", null, null, ""] as Spec, base["丁区"][2]],
    };
    const p = only(compareDistricts([districtSource(P, empty)]));
    const sites = p.indicators.find((i) => i.name === "建设站点数")!;
    expect(sites.flags.filter((f) => f.code === "MISSING").map((f) => f.district)).toEqual(["丁区"]);
    expect(sites.flags.find((f) => f.code === "MISSING")!.message.zh).toContain("未写明数值");
  });

  it("reports a differently worded indicator instead of guessing, and offers the similar one", () => {
    const reworded = {
      ...base,
      丁区: [["企业培训人次数合计", ">=", 1100, "人次"] as Spec, ...base["丁区"].slice(1)],
    };
    const p = only(compareDistricts([districtSource(P, reworded)]));
    const training = p.indicators.find((i) => i.name === "培训人次")!;
    expect(training.cells["丁区"]).toBeUndefined();
    expect(p.unaligned).toHaveLength(1);
    expect(p.unaligned[0]).toMatchObject({ district: "丁区", name: "企业培训人次数合计" });
    expect(p.unaligned[0].reason.zh).toContain("其他区没有同名指标");
  });

  it("offers a similar name when only the word order differs", () => {
    const reworded = { ...base, 丁区: [["人次培训", ">=", 1100, "人次"] as Spec, ...base["丁区"].slice(1)] };
    const p = only(compareDistricts([districtSource(P, reworded)]));
    expect(p.unaligned[0].similarTo).toBe("培训人次");
  });

  it("groups districts that arrive as separate files, whatever way the name carries the district", () => {
    const sources = Object.entries(base).map(([d, specs], i) =>
      districtSource(
        P,
        { [d]: specs },
        `${d}.xlsx`,
        i % 2 ? (p, x) => `${x}${p}` : (p, x) => `2022年${p}(${x})`,
      ),
    );
    const p = only(compareDistricts(sources));
    expect(p.districts).toEqual(["甲区", "乙区", "丙区", "丁区"]);
    expect(p.name).toBe(P);
    expect(p.members.map((m) => m.source)).toEqual(["甲区.xlsx", "乙区.xlsx", "丙区.xlsx", "丁区.xlsx"]);
  });

  it("takes the district from the file name when the project name has none", () => {
    const sources = Object.entries(base).map(([d, specs]) => {
      const s = districtSource(P, { [d]: specs }, `${d}应急管理局.xlsx`, (p) => p);
      s.projects.forEach((x) => (x.district = null));
      return s;
    });
    const p = only(compareDistricts(sources));
    expect(p.districts).toEqual(["甲区", "乙区", "丙区", "丁区"]);
  });

  it("groups hand-picked projects, and by a user-chosen key", () => {
    const src = districtSource("项目A", { 甲区: base["甲区"], 乙区: base["乙区"] });
    const other = districtSource("项目B", { 丙区: base["丙区"] });
    const picked = compareDistricts([src, other], {
      grouping: { by: "projects", projects: [projectRef(0, 0), projectRef(1, 0)], name: "我选的" },
    });
    expect(picked.programs.map((p) => [p.name, p.districts])).toEqual([["我选的", ["甲区", "丙区"]]]);
    const keyed = compareDistricts([src, other], {
      grouping: { by: "keys", keys: { [projectRef(0, 1)]: "组1", [projectRef(1, 0)]: "组1" } },
    });
    expect(keyed.programs.map((p) => [p.name, p.districts])).toEqual([["组1", ["乙区", "丙区"]]]);
  });

  it("keeps different programs apart and needs two districts", () => {
    const a = districtSource("项目A", { 甲区: base["甲区"], 乙区: base["乙区"] });
    const b = districtSource("项目B", { 丙区: base["丙区"] });
    const r = compareDistricts([a, b]);
    expect(r.programs.map((p) => p.name)).toEqual(["项目A"]);
  });
});

describe("outliers and comparators", () => {
  it("uses no ratio rule with only two numbers", () => {
    const p = only(
      compareDistricts([
        districtSource(P, {
          甲区: [["培训人次", ">=", 10, "人次"]],
          乙区: [["培训人次", ">=", 100, "人次"]],
        }),
      ]),
    );
    expect(p.indicators[0].flags).toEqual([]);
    expect(p.indicators[0].stats).toMatchObject({ min: 10, median: 55, max: 100 });
  });

  it("reports a split without a majority on every district", () => {
    const p = only(
      compareDistricts([
        districtSource(P, {
          甲区: [["培训人次", ">=", 10, "人次"]],
          乙区: [["培训人次", ">", 10, "人次"]],
          丙区: [["培训人次", ">=", 10, "人次"]],
          丁区: [["培训人次", ">", 10, "人次"]],
        }),
      ]),
    );
    const flags = p.indicators[0].flags.filter((f) => f.code === "COMPARATOR-DIFF");
    expect(flags).toHaveLength(4);
    expect(flags[0].message.zh).toContain("各区写法不统一");
    expect(p.indicators[0].comparator).toBeNull();
  });

  it("honours a different ratio threshold", () => {
    const src = districtSource(P, base);
    expect(compareDistricts([src]).programs[0].indicators[0].flags).toEqual([]);
    const tight = compareDistricts([src], { settings: { ratioHigh: 1.05, ratioLow: 0.95 } });
    expect(tight.programs[0].indicators[0].flags.map((f) => f.district).sort()).toEqual(
      ["丙区", "乙区"].sort(),
    );
  });
});

describe("intensity ratios", () => {
  const hazards: Record<string, Spec[]> = {
    甲区: [
      ["检查企业数", ">=", 100, "家"],
      ["发现隐患数", ">=", 300, "项"],
    ],
    乙区: [
      ["检查企业数", ">=", 200, "家"],
      ["发现隐患数", ">=", 600, "项"],
    ],
    丙区: [
      ["检查企业数", ">=", 100, "家"],
      ["发现隐患数", ">=", 280, "项"],
    ],
    丁区: [
      ["检查企业数", ">=", 400, "家"],
      ["发现隐患数", ">=", 100, "项"],
    ],
    戊区: [
      ["检查企业数", ">=", 150, "家"],
      ["发现隐患数", ">=", 420, "项"],
    ],
  };

  it("defaults to counts per the smallest count, and flags the district that stands out", () => {
    const p = only(compareDistricts([districtSource(P, hazards)]));
    expect(p.ratios).toHaveLength(1);
    const r = p.ratios[0];
    expect([r.numerator, r.denominator, r.unit]).toEqual(["发现隐患数", "检查企业数", "项/家"]);
    expect(r.values["丁区"]).toBeCloseTo(0.25);
    expect(r.flags.map((f) => f.district)).toEqual(["丁区"]);
  });

  it("needs both counts in at least 80% of the districts", () => {
    const sparse = Object.fromEntries(
      Object.entries(hazards).map(([d, s], i) => [d, i < 2 ? s.slice(0, 1) : s]),
    ) as Record<string, Spec[]>;
    const p = only(compareDistricts([districtSource(P, sparse)]));
    expect(p.ratios).toEqual([]);
  });

  it("uses the numerator and denominator the officer chooses, and says when a name is unknown", () => {
    const r = compareDistricts([districtSource(P, hazards)], {
      ratios: [
        { numerator: "检查企业", denominator: "隐患数" },
        { numerator: "巡查次数", denominator: "企业数" },
      ],
    });
    const p = r.programs[0];
    expect(p.ratios.map((x) => [x.numerator, x.denominator, x.chosen])).toEqual([
      ["检查企业数", "发现隐患数", true],
    ]);
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0].zh).toContain("巡查次数");
  });
});

describe("properties", () => {
  const districts = ["甲区", "乙区", "丙区", "丁区", "戊区", "己区"];
  const specArb = fc.record({
    name: fc.constantFrom("培训人次", "建设站点数", "群众满意度", "检查企业数", "发现隐患数"),
    comparator: fc.constantFrom(">=", ">", "<=", "="),
    value: fc.option(fc.integer({ min: 0, max: 100000 }), { nil: null }),
    unit: fc.constantFrom("人次", "个", "%", "家", "万元", ""),
  });
  const inputArb = fc.dictionary(fc.constantFrom(...districts), fc.array(specArb, { maxLength: 6 }), {
    minKeys: 0,
  });

  it("never throws; medians lie between min and max; every flag names a district of the program", () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom("ratio", "mad"), (input, method) => {
        const specs = Object.fromEntries(
          Object.entries(input).map(([d, s]) => [
            d,
            s.map((x) => [x.name, x.comparator, x.value, x.unit] as Spec),
          ]),
        );
        const r = compareDistricts([districtSource(P, specs)], {
          settings: { outlierMethod: method as "ratio" | "mad" },
        });
        for (const p of r.programs) {
          for (const i of p.indicators) {
            if (i.stats) {
              expect(i.stats.min).toBeLessThanOrEqual(i.stats.median);
              expect(i.stats.median).toBeLessThanOrEqual(i.stats.max);
            }
            for (const f of [...i.flags, ...p.ratios.flatMap((x) => x.flags)]) {
              expect(p.districts).toContain(f.district);
              expect(f.message.zh.length).toBeGreaterThan(0);
              expect(f.message.en.length).toBeGreaterThan(0);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("does not depend on the order of the districts", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const specs = Object.fromEntries(
          Object.entries(input).map(([d, s]) => [
            d,
            s.map((x) => [x.name, x.comparator, x.value, x.unit] as Spec),
          ]),
        );
        const reversed = Object.fromEntries(Object.entries(specs).reverse());
        const key = (r: ReturnType<typeof compareDistricts>) =>
          r.programs
            .flatMap((p) =>
              p.indicators.flatMap((i) =>
                i.flags.map((f) => `${i.key}|${f.code}|${f.district}|${f.message.zh}`),
              ),
            )
            .sort();
        expect(key(compareDistricts([districtSource(P, reversed)]))).toEqual(
          key(compareDistricts([districtSource(P, specs)])),
        );
      }),
      { numRuns: 150 },
    );
  });
});
