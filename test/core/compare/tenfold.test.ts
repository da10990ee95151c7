/** A target ten times (or a tenth of) the others' — a zero too many or too few — is 明显偏高/偏低, not just 与多数不同. */
import { compareDistricts, comparisonJson, formatComparisonSummary } from "../../../src/core/compare";
import { magnitude, slipAmong } from "../../../src/core/compare/flags/outlier";
import { COMPARE_COLORS, compareSheetPlan } from "../../../src/core/plan/compareSheet";
import { districtSource, type Spec } from "./helpers";

const P = "义务教育学校公用经费";
const cost = (v: number): Spec[] => [["初中生均公用经费", ">=", v, "元/生·年"]];

describe("tenfold targets", () => {
  const result = compareDistricts([
    districtSource(P, {
      玄武区: cost(960),
      秦淮区: cost(960),
      鼓楼区: cost(960),
      栖霞区: cost(960),
      江宁区: cost(9600),
      浦口区: cost(1000),
    }),
  ]);
  const flags = result.programs[0].indicators[0].flags;
  const jiangning = flags.find((f) => f.district === "江宁区")!;

  it("are high or low against the shared value, and said to be a likely slip", () => {
    expect(jiangning).toMatchObject({
      code: "OUTLIER",
      basis: "shared",
      direction: "high",
      far: true,
      powerOfTen: 1,
    });
    expect(jiangning.message.zh).toBe(
      "江宁区 初中生均公用经费 9600 元/生·年，而 4 个区均为 960 元/生·年（为其 10.0 倍，疑多写一个 0）",
    );
    expect(jiangning.message.en).toContain("possibly one zero too many");
    // A small difference from the shared value stays 与多数不同.
    const pukou = flags.find((f) => f.district === "浦口区")!;
    expect(pukou.far).toBeUndefined();
    expect(comparisonJson(result)[0].indicators[0].flags.find((f) => f.district === "江宁区")).toMatchObject({
      far: true,
      powerOfTen: 1,
    });
  });

  it("are coloured and labelled 明显偏高 on the sheet", () => {
    const plan = compareSheetPlan(result)!;
    const rows = plan.values.map((r) => r ?? []);
    const noteRow = rows.findIndex(
      (r) => r[0] === "江宁区" && r[2] !== null && String(r[2]).includes("明显偏高"),
    );
    expect(noteRow).toBeGreaterThan(0);
    const pukouRow = rows.findIndex(
      (r) => r[0] === "浦口区" && r[2] !== null && String(r[2]).includes("与多数不同"),
    );
    expect(pukouRow).toBeGreaterThan(0);
    const matrixRow = rows.findIndex((r) => r[0] === "江宁区") + 1;
    expect(
      (plan.formats ?? []).some((f) => f.range === `B${matrixRow}` && f.fill === COMPARE_COLORS.high),
    ).toBe(true);
  });

  it("are low at a tenth (7% for 70%) and far at ten times the median even when not a power of ten", () => {
    const r = compareDistricts([
      districtSource("医保", {
        市南区: [["报销比例", ">=", 70, "%"]],
        市北区: [["报销比例", ">=", 70, "%"]],
        黄岛区: [["报销比例", ">=", 70, "%"]],
        即墨区: [["报销比例", ">=", 7, "%"]],
      }),
    ]);
    const f = r.programs[0].indicators[0].flags[0];
    expect(f).toMatchObject({ district: "即墨区", direction: "low", far: true, powerOfTen: -1 });
    expect(f.message.zh).toContain("疑少写一个 0");
    expect(magnitude(12)).toEqual({ far: true });
    expect(magnitude(100)).toEqual({ far: true, powerOfTen: 2 });
    expect(magnitude(1.05)).toEqual({});
    expect(magnitude(null)).toEqual({});
  });
});

describe("a power of ten from the median", () => {
  const cost = (v: number): [string, ">=", number, string][] => [["每公里养护成本", ">=", v, "元/公里"]];
  it("is called a likely slip only where the others agree (100000 among 9000–11000)", () => {
    const r = compareDistricts([
      districtSource("养护", {
        萧山区: cost(10000),
        余杭区: cost(100000),
        富阳区: cost(9500),
        临安区: cost(9000),
        桐庐县: cost(11000),
      }),
    ]);
    const f = r.programs[0].indicators[0].flags.find((x) => x.district === "余杭区")!;
    expect(f).toMatchObject({ basis: "ratio", direction: "high", far: true, powerOfTen: 1 });
    expect(f.message.zh).toContain("疑多写一个 0");
  });

  it("is just high where the others spread widely (2600 among 140–2300)", () => {
    const n = (v: number): [string, ">=", number, string][] => [["特困人员救助供养人数", ">=", v, "人"]];
    const r = compareDistricts([
      districtSource("救助", {
        芙蓉区: n(150),
        天心区: n(140),
        岳麓区: n(260),
        望城区: n(900),
        宁乡市: n(2300),
        浏阳市: n(2600),
        开福区: n(160),
      }),
    ]);
    const f = r.programs[0].indicators[0].flags.find((x) => x.district === "浏阳市")!;
    expect(f).toMatchObject({ direction: "high", far: true });
    expect(f.powerOfTen).toBeUndefined();
    expect(f.message.zh).not.toContain("疑");
  });
});

describe("a zero too many against agreeing districts", () => {
  it("is found where the value moved by a power of ten falls among the others (150 公里 among 10–16)", () => {
    expect(slipAmong(150, [15, 12, 10, 14, 13, 16, 12, 11])).toBe(1);
    expect(
      slipAmong(15700000, [900000, 960000, 1270000, 1210000, 1380000, 1350000, 970000, 1560000, 1400000]),
    ).toBe(1);
    expect(slipAmong(1.3, [12, 15, 14])).toBe(-1);
    // Not where the others spread widely, nor where the moved value lies outside them.
    expect(slipAmong(2600, [150, 140, 260, 160, 180, 900, 1000, 2300])).toBeNull();
    expect(slipAmong(1200, [100, 120, 400, 900])).toBeNull();
    expect(slipAmong(300, [10, 12, 14])).toBeNull();
  });
});

describe("a zero too many among districts that differ more than twofold (probe round 79)", () => {
  it("is found where the value moved falls among them and stands twice beyond them", () => {
    expect(slipAmong(3000, [560, 420, 610, 250])).toBe(1);
    expect(slipAmong(16000, [500, 900, 1500, 700, 1200])).toBe(1);
    expect(slipAmong(5000, [600, 550, 500, 520, 800, 700, 400, 350])).toBe(1);
    // A large county among them (2000 among 350–800): ÷10 lands inside their range, by their median (535).
    expect(slipAmong(5000, [600, 550, 500, 520, 800, 2000, 400, 350])).toBe(1);
    expect(slipAmong(30, [560, 420, 610, 250])).toBe(-1);
    // Not where ÷10 falls short of them or the value is no further off than a large county (淳安 110 among 12–70).
    expect(slipAmong(110, [12, 20, 48, 70, 60])).toBeNull();
  });

  it("is said, and listed before the nearer flags (绥宁 3000 before 城步 200)", () => {
    const n = (v: number): Spec[] => [["补助村卫生室数量", ">=", v, "个"]];
    // The slip is left out of the median (490 of the other four, round 138): 城步 200 is 0.41 of it.
    const r = compareDistricts([
      districtSource("基本药物制度补助资金", {
        城步县: n(200),
        邵东市: n(560),
        新邵县: n(420),
        隆回县: n(610),
        绥宁县: n(3000),
      }),
    ]);
    const flags = r.programs[0].indicators[0].flags;
    expect(flags.map((f) => f.district)).toEqual(["绥宁县", "城步苗族自治县"]);
    expect(flags[0]).toMatchObject({ far: true, powerOfTen: 1 });
    expect(flags[0].message.zh).toBe(
      "绥宁县 补助村卫生室数量 3000 个，为各县（市）中位数 490 个 的 6.1 倍，疑多写一个 0",
    );
    const summary = formatComparisonSummary(r, "zh");
    expect(summary.indexOf("绥宁县 补助村卫生室数量")).toBeLessThan(
      summary.indexOf("城步苗族自治县 补助村卫生室数量"),
    );
  });
});
