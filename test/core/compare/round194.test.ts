/**
 * Round 194: a district's cell left blank in a table with a column per place is said as a blank cell, where
 * it stands, not as an indicator the district did not set.
 */
import { compareDistricts } from "../../../src/core/compare";
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
