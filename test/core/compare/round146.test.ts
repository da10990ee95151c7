/**
 * Round 146: a district small on rows of unrelated units at one ratio beyond tenfold is a small county, not a
 * slip on each; place columns headed by short names (洮南, 镇赉) are read, and no 合计 is checked while a
 * column of targets is left unread; a slip that is a unit typed wrong names the unit; the English sheet's
 * cell column and the 市本级 line fit the page.
 */
import { compareDistricts, formatComparisonSummary } from "../../../src/core/compare";
import { districtSource } from "./helpers";

describe("a district at one ratio beyond tenfold on rows of unrelated units is small, not a slip on each", () => {
  const luhe = () =>
    compareDistricts([
      districtSource("渔业安全生产监管经费", {
        城区: [
          ["监管渔船数量", ">=", 650, "艘"],
          ["渔船安全检查次数", ">=", 1300, "次"],
          ["渔业安全生产培训人次", ">=", 1500, "人次"],
        ],
        海丰县: [
          ["监管渔船数量", ">=", 1400, "艘"],
          ["渔船安全检查次数", ">=", 2800, "次"],
          ["渔业安全生产培训人次", ">=", 3000, "人次"],
        ],
        陆丰市: [
          ["监管渔船数量", ">=", 2300, "艘"],
          ["渔船安全检查次数", ">=", 4600, "次"],
          ["渔业安全生产培训人次", ">=", 5000, "人次"],
        ],
        陆河县: [
          ["监管渔船数量", ">=", 60, "艘"],
          ["渔船安全检查次数", ">=", 120, "次"],
          ["渔业安全生产培训人次", ">=", 150, "人次"],
        ],
      }),
    ]);

  it("陆河县 60 艘 / 120 次 / 150 人次: far below with 比例一致, no 疑少写, kept in the statistics", () => {
    const p = luhe().programs[0];
    for (const ind of p.indicators) {
      expect(ind.statsLeftOut).toBeUndefined();
      const f = ind.flags.find((x) => x.district === "陆河县")!;
      expect(f.powerOfTen).toBeUndefined();
      expect(f.far).toBe(true);
      expect(f.message.zh).not.toContain("疑少写");
      expect(f.message.zh).toContain("3 项规模指标均为中位数的");
      expect(f.message.zh).toContain("比例一致");
    }
    expect(p.indicators[0].stats?.median).toBe(1025);
  });

  it("城区 gets no 规模差异 once 陆河县 stays in the median", () => {
    const flags = luhe().programs[0].indicators.flatMap((i) => i.flags);
    expect(flags.filter((f) => f.district === "城区")).toEqual([]);
  });

  it("rows sharing one unit family (万元) at one ratio beyond tenfold keep the slip", () => {
    const r = compareDistricts([
      districtSource("补助", {
        甲县: [
          ["建设资金", ">=", 1000, "万元"],
          ["补助资金", ">=", 500, "万元"],
        ],
        乙县: [
          ["建设资金", ">=", 1100, "万元"],
          ["补助资金", ">=", 560, "万元"],
        ],
        丙县: [
          ["建设资金", ">=", 1050, "万元"],
          ["补助资金", ">=", 530, "万元"],
        ],
        丁县: [
          ["建设资金", ">=", 100, "万元"],
          ["补助资金", ">=", 50, "万元"],
        ],
      }),
    ]);
    const flags = r.programs[0].indicators.map((i) => i.flags.find((f) => f.district === "丁县")!);
    for (const f of flags) expect(f.message.zh).toContain("疑少写");
    expect(formatComparisonSummary(r, "zh")).toContain("未计入最小值、中位数和最大值");
  });
});
