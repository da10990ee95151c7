/** What the entries are called in sentences: 区 only when they are all 区. */
import { compareDistricts, formatComparisonSummary, placeWord } from "../../../src/core/compare";
import { compareSheetPlan } from "../../../src/core/plan/compareSheet";
import { districtSource, type Spec } from "./helpers";

describe("the word for the entries", () => {
  it.each([
    [["海珠区", "白云区"], "区"],
    [["信丰县", "大余县"], "县"],
    [["信丰县", "大余县", "上犹县", "瑞金市"], "县（市）"],
    [["晋宁区", "富民县", "宜良县", "石林彝族自治县", "安宁市"], "县（市、区）"],
    [["市南区", "市北区", "胶州市"], "区（市）"],
    [["芙蓉区", "天心区", "长沙县", "浏阳市"], "区（县、市）"],
    [["梯面镇", "海珠区"], "地区"],
  ])("%j are %s", (districts, word) => {
    expect(placeWord(districts)).toBe(word);
  });

  it("is used in the sentences, the summary and the sheet's title", () => {
    const guards = (v: number): Spec[] => [["护林员人数", ">=", v, "人"]];
    const r = compareDistricts([
      districtSource("森林防火专项资金", {
        信丰县: guards(420),
        大余县: guards(380),
        上犹县: guards(390),
        瑞金市: guards(1200),
      }),
    ]);
    expect(r.programs[0].placeWord).toBe("县（市）");
    const f = r.programs[0].indicators[0].flags[0];
    expect(f.message.zh).toBe(
      "瑞金市 护林员人数 1200 人，偏高，为各县（市）中位数 405 人 的 3.0 倍（规模差异，可能与辖区规模有关，请结合实际核对）",
    );
    const text = formatComparisonSummary(r, "zh");
    expect(text).toContain("4 个县（市），");
    expect(text).toContain("  县（市）: 信丰县、大余县、上犹县、瑞金市");
    expect(text).not.toContain("个区");
    expect(compareSheetPlan(r)!.values[0][0]).toBe("区域对比：森林防火专项资金（4 个县（市），1 项指标）");
  });
});
