/**
 * Round 154: a thousandfold slip whose value moved back lands just past the smallest is named (5000000万元
 * among 600–1800 万元); of two slips at either end, the one that best explains the spread is named; a 市本级
 * column beside the places is added into the 合计's sum; relocated households and people over unrelated
 * households make no default ratio; 吨/亩 among
 * 公斤/亩 is converted; the sheet's 多数比较方式 row is left out where no district wrote a comparator.
 */
import { compareDistricts, formatComparisonSummary } from "../../../src/core/compare";
import type { CellValue } from "../../../src/core/grid";
import { compareSheetPlan } from "../../../src/core/plan/compareSheet";
import { conversionFactor } from "../../../src/core/compare/units";
import { districtSource, gridSource } from "./helpers";

const outliers = (r: ReturnType<typeof compareDistricts>, name: string) =>
  r.programs[0].indicators.find((i) => i.name === name)!.flags.filter((f) => f.code === "OUTLIER");

describe("a thousandfold slip just past the smallest once moved back is named (r1)", () => {
  const money = (akesai: number) =>
    compareDistricts([
      districtSource("防沙治沙项目", {
        肃州区: [["项目资金", ">=", 800, "万元"]],
        玉门市: [["项目资金", ">=", 1200, "万元"]],
        敦煌市: [["项目资金", ">=", 1500, "万元"]],
        金塔县: [["项目资金", ">=", 1000, "万元"]],
        瓜州县: [["项目资金", ">=", 1800, "万元"]],
        肃北县: [["项目资金", ">=", 600, "万元"]],
        阿克塞县: [["项目资金", ">=", akesai, "万元"]],
      }),
    ]);

  it("5000000万元 among 600–1800 万元: 疑将“元”写作“万元”, left out of the statistics, no false 规模差异", () => {
    const r = money(5000000);
    const ind = r.programs[0].indicators[0];
    // (阿克塞县 and 肃北县 are compared as the autonomous counties' full names.)
    const f = ind.flags.find((x) => x.district.startsWith("阿克塞"))!;
    expect(f.powerOfTen).toBe(4);
    expect(f.message.zh).toContain("疑将“元”写作“万元”");
    expect(ind.statsLeftOut).toEqual(["阿克塞哈萨克族自治县"]);
    // (In 元, 万 applied.)
    expect(ind.stats?.max).toBe(18000000);
    expect(ind.stats?.median).toBe(11000000);
    expect(ind.flags.filter((x) => x.district.startsWith("肃北"))).toEqual([]);
    // The note left out of the statistics names the unit, as the finding does, not a zero.
    expect(formatComparisonSummary(r, "zh")).toContain(
      "项目资金：阿克塞哈萨克族自治县的取值疑将“元”写作“万元”，未计入最小值、中位数和最大值",
    );
  });

  it("a tenfold value whose tenth would pass below every other stays no slip (160 among 18–52)", () => {
    const r = compareDistricts([
      districtSource("项目", {
        甲县: [["面积", ">=", 18, "万亩"]],
        乙县: [["面积", ">=", 30, "万亩"]],
        丙县: [["面积", ">=", 52, "万亩"]],
        丁县: [["面积", ">=", 25, "万亩"]],
        戊县: [["面积", ">=", 160, "万亩"]],
      }),
    ]);
    expect(outliers(r, "面积").find((f) => f.district === "戊县")?.powerOfTen).toBeUndefined();
  });
});

describe("of two slips at either end, the one that best explains the spread (r2)", () => {
  it("300 / 8000 / 1200 米: 8000 → 800 is the slip; 300 is a gap in size", () => {
    const r = compareDistricts([
      districtSource("渔港建设", {
        江城区: [["码头岸线长度", ">=", 300, "米"]],
        阳东区: [["码头岸线长度", ">=", 8000, "米"]],
        阳西县: [["码头岸线长度", ">=", 1200, "米"]],
      }),
    ]);
    const flags = outliers(r, "码头岸线长度");
    const yangdong = flags.find((f) => f.district === "阳东区")!;
    const jiangcheng = flags.find((f) => f.district === "江城区")!;
    expect(yangdong.powerOfTen).toBe(1);
    expect(yangdong.message.zh).toContain("疑多写一个 0");
    expect(jiangcheng.powerOfTen).toBeUndefined();
    expect(jiangcheng.far).toBeUndefined();
    expect(jiangcheng.message.zh).not.toContain("疑少写");
  });

  it("two values each a zero too many among agreeing ones both stay slips", () => {
    const r = compareDistricts([
      districtSource("项目", {
        甲县: [["培训人次", ">=", 100, "人次"]],
        乙县: [["培训人次", ">=", 110, "人次"]],
        丙县: [["培训人次", ">=", 1000, "人次"]],
        丁县: [["培训人次", ">=", 95, "人次"]],
        戊县: [["培训人次", ">=", 105, "人次"]],
        己县: [["培训人次", ">=", 10, "人次"]],
      }),
    ]);
    const flags = outliers(r, "培训人次");
    expect(flags.find((f) => f.district === "丙县")?.powerOfTen).toBe(1);
    expect(flags.find((f) => f.district === "己县")?.powerOfTen).toBe(-1);
  });
});

describe("a 市本级 column beside the places is added into the 合计's sum (r3)", () => {
  const rows = (own: string, total: number): CellValue[][] => [
    ["阳江市2024年渔港建设项目绩效目标分解表"],
    ["一级指标", "二级指标", "三级指标", "计量单位", "江城区", "阳东区", "阳西县", "阳春市", own, "合计"],
    ["产出指标", "成本指标", "项目投资", "万元", 2000, 5000, 8000, 500, 1500, total],
    ["产出指标", "数量指标", "码头岸线长度", "米", 300, 800, 1200, 100, 200, 2600],
  ];

  it("16000 against 2000+5000+8000+500 and 市本级 1500 = 17000: TOTAL-DIFF, and the note says so", () => {
    const r = compareDistricts([gridSource("阳江.xlsx", rows("市本级", 16000))]);
    const p = r.programs[0];
    expect(p.districts).toEqual(["江城区", "阳东区", "阳西县", "阳春市"]);
    const diffs = p.indicators.flatMap((i) => i.flags).filter((f) => f.code === "TOTAL-DIFF");
    expect(diffs).toHaveLength(1);
    expect(diffs[0].message.zh).toContain("而 4 个区（县、市）与市本级 1500 万元之和为 17000 万元");
    const s = formatComparisonSummary(r, "zh");
    expect(s).toContain("I 列“市本级”是本级，不作为区（县、市）对比，其目标值计入合计核对");
    expect(s).toContain("“项目投资”“码头岸线长度”的合计已与各区（县、市）之和核对");
  });

  it("a total equal to the districts' sum with 市本级 is no TOTAL-DIFF", () => {
    const r = compareDistricts([gridSource("阳江.xlsx", rows("市本级", 17000))]);
    expect(r.programs[0].indicators.flatMap((i) => i.flags).filter((f) => f.code === "TOTAL-DIFF")).toEqual(
      [],
    );
  });
});

describe("default ratios that mean something (r5)", () => {
  it("no relocated households as a denominator, no people over households of another subject", () => {
    const r = compareDistricts([
      districtSource("地质灾害防治", {
        市中区: [
          ["搬迁避让户数", ">=", 60, "户"],
          ["受威胁群众", ">=", 8000, "人"],
          ["隐患点治理数", ">=", 10, "处"],
        ],
        沙湾区: [
          ["搬迁避让户数", ">=", 50, "户"],
          ["受威胁群众", ">=", 7000, "人"],
          ["隐患点治理数", ">=", 9, "处"],
        ],
        五通桥区: [
          ["搬迁避让户数", ">=", 80, "户"],
          ["受威胁群众", ">=", 15000, "人"],
          ["隐患点治理数", ">=", 12, "处"],
        ],
        金口河区: [
          ["搬迁避让户数", ">=", 60, "户"],
          ["受威胁群众", ">=", 3000, "人"],
          ["隐患点治理数", ">=", 6, "处"],
        ],
      }),
    ]);
    expect(r.programs[0].ratios).toEqual([]);
  });

  it("people per household of one subject (受益人口 ÷ 受益户数) is still a default ratio", () => {
    const r = compareDistricts([
      districtSource("农村供水", {
        甲县: [
          ["受益户数", ">=", 1000, "户"],
          ["受益人口", ">=", 3500, "人"],
        ],
        乙县: [
          ["受益户数", ">=", 1200, "户"],
          ["受益人口", ">=", 4000, "人"],
        ],
        丙县: [
          ["受益户数", ">=", 900, "户"],
          ["受益人口", ">=", 3000, "人"],
        ],
      }),
    ]);
    expect(r.programs[0].ratios.map((x) => `${x.numerator}÷${x.denominator}`)).toEqual(["受益人口÷受益户数"]);
  });
});

describe("a rate per one thing whose numerators convert (r6)", () => {
  it("吨/亩 ↔ 公斤/亩, but not 元/公斤 ↔ 元/吨", () => {
    expect(conversionFactor("吨/亩", "公斤/亩")).toBe(1000);
    expect(conversionFactor("元/公斤", "元/吨")).toBeNull();
  });

  it("0.43吨/亩 among 公斤/亩 is compared as 430 公斤/亩, no UNIT-DIFF", () => {
    const r = compareDistricts([
      districtSource("旱作农业", {
        西峰区: [["粮食单产", ">=", 420, "公斤/亩"]],
        庆城县: [["粮食单产", ">=", 400, "公斤/亩"]],
        环县: [["粮食单产", ">=", 350, "公斤/亩"]],
        宁县: [["粮食单产", ">=", 0.43, "吨/亩"]],
      }),
    ]);
    const ind = r.programs[0].indicators[0];
    expect(ind.flags.filter((f) => f.code === "UNIT-DIFF")).toEqual([]);
    expect(ind.cells["宁县"].value).toBeCloseTo(430);
    expect(ind.stats?.max).toBeCloseTo(430);
  });
});

describe("the sheet's 多数比较方式 row only where a district wrote a comparator", () => {
  const hasRow = (rows: CellValue[][]) =>
    compareSheetPlan(compareDistricts([gridSource("t.xlsx", rows)]))!
      .values.flat()
      .some((v) => typeof v === "string" && v.startsWith("多数比较方式"));
  const table = (a: CellValue, b: CellValue, c: CellValue): CellValue[][] => [
    ["某市2024年渔港建设项目绩效目标分解表"],
    ["一级指标", "二级指标", "三级指标", "计量单位", "江城区", "阳东区", "阳西县"],
    ["产出指标", "数量指标", "避风渔船数", "艘", a, b, c],
  ];

  it("bare figures in a column per place: no row of “=”", () => {
    expect(hasRow(table(300, 600, 900))).toBe(false);
  });

  it("≥ written: the row stays", () => {
    expect(hasRow(table("≥300", "≥600", "≥900"))).toBe(true);
  });
});
