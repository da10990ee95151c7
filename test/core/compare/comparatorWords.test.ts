/** COMPARATOR-DIFF says "未写比较词" only where none was written, and quotes the target with its sign and unit. */
import { compareDistricts } from "../../../src/core/compare";
import { shownTarget } from "../../../src/core/compare/sentences";
import { districtSource } from "./helpers";

const NAME = "人均基本公共卫生服务经费补助标准";

/** A rows table with 指标方向 and 计量单位 columns: the target cell holds the number alone. */
function table(directions: Record<string, string | null>) {
  const src = districtSource(
    "基本公共卫生服务补助资金",
    Object.fromEntries(Object.keys(directions).map((d) => [d, [[NAME, "=", 89, "元/人"]]])),
  );
  src.indicators = src.indicators.map((r) => {
    const dir = directions[r.district ?? ""];
    return { ...r, target: "89", direction: dir, comparator: dir === "≥" ? ">=" : "=" };
  });
  return compareDistricts([src]).programs[0].indicators[0].flags.filter((f) => f.code === "COMPARATOR-DIFF");
}

describe("the comparator as written", () => {
  it("is 等于, not 未写比较词, where the districts wrote = in the 指标方向 column; the target reads ≥89元/人", () => {
    const flags = table({ 锦江区: "=", 青羊区: "=", 金牛区: "=", 成华区: "≥" });
    expect(flags.map((f) => f.message.zh)).toEqual([
      `成华区 ${NAME} 目标为“≥89元/人”（≥），而其余 3 个区均为“=”（等于）`,
    ]);
  });

  it("is 未写比较词 where the majority wrote a bare number, and counts those who did not where some did", () => {
    expect(table({ 锦江区: null, 青羊区: null, 金牛区: null, 成华区: "≥" })[0].message.zh).toBe(
      `成华区 ${NAME} 目标为“≥89元/人”（≥），而其余 3 个区均未写比较词（按等于理解）`,
    );
    expect(table({ 锦江区: "=", 青羊区: null, 金牛区: "=", 成华区: "≥" })[0].message.zh).toContain(
      "而其余 3 个区均为“=”（等于；其中 1 个区未写比较词）",
    );
  });

  it("counts a tolerance (89±2元/人) as written, as the review does: only the bare numbers are 未写比较词", () => {
    const src = districtSource(
      "基本公共卫生服务补助资金",
      Object.fromEntries(
        ["锦江区", "青羊区", "金牛区", "成华区"].map((d) => [d, [[NAME, "=", 89, "元/人"]]]),
      ),
    );
    const targets: Record<string, string> = {
      锦江区: "89±2元/人",
      青羊区: "89元/人",
      金牛区: "89元/人",
      成华区: "≥89元/人",
    };
    src.indicators = src.indicators.map((r) => ({
      ...r,
      target: targets[r.district ?? ""],
      comparator: r.district === "成华区" ? ">=" : "=",
    }));
    const flags = compareDistricts([src]).programs[0].indicators[0].flags.filter(
      (f) => f.code === "COMPARATOR-DIFF",
    );
    expect(flags.map((f) => f.message.zh)).toEqual([
      `成华区 ${NAME} 目标为“≥89元/人”（≥），而其余 3 个区均为“=”（等于；其中 2 个区未写比较词）`,
    ]);
  });

  it("keeps a target written in words as it is, and adds no unit to a number under a magnitude column", () => {
    const base = { text: "", comparator: ">=" as const, comparatorWritten: true };
    expect(shownTarget({ ...base, target: "不低于640元/人·年", value: 640, unit: "元/人·年" })).toBe(
      "不低于640元/人·年",
    );
    expect(shownTarget({ ...base, target: "1.4", value: 14000, unit: "元" })).toBe("≥1.4");
    expect(
      shownTarget({
        ...base,
        target: "760",
        value: 760,
        unit: "元/生·年",
        comparator: "=",
        comparatorWritten: false,
      }),
    ).toBe("760元/生·年");
  });
});
