/** Units written two ways for one thing: 名/人, 家/户, 元/人·年 among 元/人 — compared, not set aside. */
import { compareDistricts } from "../../../src/core/compare";
import { samePerYear, unitKey } from "../../../src/core/compare/units";
import { districtSource, type Spec } from "./helpers";

const P = "项目";

describe("one unit written two ways", () => {
  it("名 is 人 and 家 is 户: no UNIT-DIFF, every district in the statistics; 户次 stays another unit", () => {
    const r = compareDistricts([
      districtSource(P, {
        信丰县: [
          ["护林员人数", ">=", 420, "人"],
          ["巡查沿街商户数", ">=", 12000, "户"],
        ],
        大余县: [
          ["护林员人数", ">=", 380, "人"],
          ["巡查沿街商户数", ">=", 11000, "户"],
        ],
        上犹县: [
          ["护林员人数", ">=", 350, "名"],
          ["巡查沿街商户数", ">=", 15000, "家"],
        ],
        崇义县: [
          ["护林员人数", ">=", 300, "人"],
          ["巡查沿街商户数", ">=", 13000, "户次"],
        ],
      }),
    ]);
    const [guards, shops] = r.programs[0].indicators;
    expect(guards.flags.filter((f) => f.code === "UNIT-DIFF")).toEqual([]);
    expect(guards.stats).toMatchObject({ count: 4, min: 300, max: 420 });
    expect(guards.unitLabel).toBe("人");
    expect(shops.flags.filter((f) => f.code === "UNIT-DIFF").map((f) => f.district)).toEqual(["崇义县"]);
    expect(shops.stats?.count).toBe(3);
    expect(unitKey("名")).toBe(unitKey("人"));
    expect(unitKey("家")).toBe(unitKey("户"));
    expect(unitKey("户次")).not.toBe(unitKey("户"));
  });

  it("元/人·年 among 元/人 is compared with the others; 元/生·年 among 元/生·天 is not", () => {
    const std = (v: number, u: string, c: Spec[1] = "="): Spec[] => [["人均财政补助标准", c, v, u]];
    const r = compareDistricts([
      districtSource(P, {
        市南区: std(640, "元/人"),
        市北区: std(640, "元/人"),
        黄岛区: std(640, "元/人"),
        城阳区: std(640, "元/人·年", ">="),
      }),
    ]);
    const ind = r.programs[0].indicators[0];
    expect(ind.flags.filter((f) => f.code === "UNIT-DIFF")).toEqual([]);
    expect(ind.stats?.count).toBe(4);
    expect(ind.flags.filter((f) => f.code === "OUTLIER")).toEqual([]);
    expect(samePerYear("元/人·年", "元/人")).toBe(true);
    expect(samePerYear("元/生·年", "元/生·天")).toBe(false);
    expect(samePerYear("年", "")).toBe(false);
    const daily = compareDistricts([
      districtSource(P, {
        晋宁区: std(5, "元/生·天"),
        富民县: std(5, "元/生·天"),
        宜良县: std(5, "元/生·天"),
        石林彝族自治县: std(1000, "元/生·年"),
      }),
    ]).programs[0].indicators[0];
    expect(daily.flags.filter((f) => f.code === "UNIT-DIFF").map((f) => f.district)).toEqual([
      "石林彝族自治县",
    ]);
  });
});
