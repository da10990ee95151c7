/**
 * Round 194: a district's cell left blank in a table with a column per place is said as a blank cell, where
 * it stands, not as an indicator the district did not set; a target written as a range is quoted as the
 * range, compared by its lower bound, never as that bound alone; a figure left out as a likely slip is not
 * also said as converted, and 3000万 under a 计量单位 is quoted with its unit.
 */
import { compareDistricts, formatComparisonSummary } from "../../../src/core/compare";
import type { CellValue } from "../../../src/core/grid";
import { gridSource } from "./helpers";

/** 漳州's 营养改善计划 分解表: a column per county, 诏安县's 资金发放及时率 cell left blank. */
function zhangzhou(zhaoan: CellValue = null) {
  return gridSource("漳州.xlsx", [
    ["漳州市2025年农村义务教育学生营养改善计划绩效目标分解表"],
    [
      "一级指标",
      "二级指标",
      "三级指标",
      "计量单位",
      "芗城区",
      "龙文区",
      "龙海区",
      "长泰区",
      "诏安县",
      "东山县",
    ],
    ["产出指标", "数量指标", "受益学生人数", "人", 12000, 9000, 30000, 8500, 38000, 8000],
    [null, "成本指标", "补助标准", "元/生·天", 5, 5, 5, 5, 5, 5],
    [null, "时效指标", "资金发放及时率", "%", "≥95", "≥95", "≥95", "≥95", zhaoan, "≥95"],
  ]);
}

const missing = (r: ReturnType<typeof compareDistricts>) =>
  r.programs[0].indicators.flatMap((i) => i.flags).filter((f) => f.code === "MISSING");

describe("a blank cell in a table with a column per place (E4)", () => {
  it("诏安县's blank 资金发放及时率 is its blank cell, named by its address", () => {
    const flags = missing(compareDistricts([zhangzhou()]));
    expect(flags).toHaveLength(1);
    expect(flags[0].district).toBe("诏安县");
    expect(flags[0].message.zh).toBe(
      "诏安县 “资金发放及时率”一栏未填写（Sheet1!I5 为空），而 5 个区（县）填写了目标",
    );
    expect(flags[0].message.zh).not.toContain("未设置");
  });

  it("a district's own file without the indicator still did not set it", () => {
    const file = (d: string, rate: boolean) =>
      gridSource(`${d}.xlsx`, [
        [`${d}营养改善计划项目支出绩效目标表`],
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        [`${d}营养改善计划`, "产出指标", "数量指标", "受益学生人数", "12000人"],
        ...(rate ? [[null, null, "时效指标", "资金发放及时率", "≥95%"]] : []),
      ]);
    const flags = missing(
      compareDistricts([
        file("芗城区", true),
        file("龙文区", true),
        file("龙海区", true),
        file("诏安县", false),
      ]),
    );
    expect(flags.map((f) => f.message.zh)).toEqual([
      expect.stringContaining("诏安县 未设置“资金发放及时率”指标"),
    ]);
  });

  it("a cell written “/” is still quoted as written", () => {
    const flags = missing(compareDistricts([zhangzhou("/")]));
    expect(flags[0].message.zh).toContain("未写明数值（目标：/）");
  });
});

describe("a range is quoted as written, not as its lower bound (E3)", () => {
  /** 台州's 临时救助: a sheet per district, 天台县 writing 90%-95% where the others write ≥95%. */
  const taizhou = (tiantai: string) =>
    (
      [
        ["椒江区", "≥95%"],
        ["黄岩区", "≥95%"],
        ["路桥区", "≥95%"],
        ["临海市", "≥95%"],
        ["天台县", tiantai],
      ] as const
    ).map(([d, rate]) =>
      gridSource(
        `台州.xlsx · ${d}`,
        [
          [`${d}2025年困难群众临时救助项目绩效目标表`],
          ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
          [`${d}困难群众临时救助项目`, "产出指标", "质量指标", "救助及时率", rate],
        ],
        d,
      ),
    );

  it("天台县's 90%-95% is said as the range, its lower bound compared", () => {
    const flags = compareDistricts(taizhou("90%-95%")).programs[0].indicators[0].flags;
    const outlier = flags.find((f) => f.code === "OUTLIER");
    expect(outlier?.message.zh).toBe(
      "天台县 救助及时率 写作区间“90%-95%”（按下限 90% 比较），而 4 个区（县、市）均为 95%（低 5 个百分点）",
    );
    expect(flags.map((f) => f.code)).toContain("COMPARATOR-DIFF");
  });

  it("a single figure stays said as itself", () => {
    const outlier = compareDistricts(taizhou("≥90%")).programs[0].indicators[0].flags[0];
    expect(outlier.message.zh).toBe("天台县 救助及时率 90%，而 4 个区（县、市）均为 95%（低 5 个百分点）");
  });
});

describe("a likely slip in a column per place, said once and with its unit (E3)", () => {
  /** 南充's 就业补助 分解表: 营山县 writes 1.5万 (a real 15000), 西充县 3000万 under 人次 (a slip). */
  const nanchong = () =>
    compareDistricts([
      gridSource("南充.xlsx", [
        ["南充市2025年就业补助资金绩效目标分解表"],
        [
          "一级指标",
          "二级指标",
          "三级指标",
          "计量单位",
          "顺庆区",
          "高坪区",
          "嘉陵区",
          "阆中市",
          "营山县",
          "西充县",
        ],
        ["产出指标", "数量指标", "城镇新增就业", "人", 9000, 7000, 6000, 8000, "1.5万", 5000],
        [null, null, "职业技能培训", "人次", 4000, 3500, 3000, 3800, 4200, "3000万"],
      ]),
    ]);

  it("西充县's 3000万 is quoted as 3000万人次 in its finding", () => {
    const ind = nanchong().programs[0].indicators.find((i) => i.name === "职业技能培训");
    const flag = ind?.flags.find((f) => f.district === "西充县");
    expect(flag?.message.zh).toContain("西充县 职业技能培训 3000万人次（30000000 人次）");
    expect(flag?.message.zh).toContain("疑将“人次”写作“万人次”");
  });

  it("the row's line says no 已折合 for the slip, and still says 营山县's 1.5万人", () => {
    const text = formatComparisonSummary(nanchong(), "zh");
    expect(text).not.toContain("已折合为 30000000 人次");
    expect(text).toContain("营山县 写作“1.5万人”，已折合为 15000 人");
    expect(text).toContain("西充县的取值疑将“人次”写作“万人次”，未计入最小值、中位数和最大值");
  });
});
