/**
 * Flags on computed intensity ratios (probe round 54, 成都, 合肥, 贵阳): no "most share one value" on ratios
 * that only round equal, no 疑多写/少写 0 for a ratio (the slip is a target's, flagged there, and named as
 * the reason), a ratio read as a quantity per unit of the other, and no long decimals.
 */
import { compareDistricts } from "../../../src/core/compare";
import { districtSource, type Spec } from "./helpers";

const six = ["简阳市", "都江堰市", "彭州市", "邛崃市", "崇州市", "蒲江县"];

function program(byDistrict: Record<string, Spec[]>) {
  return compareDistricts([districtSource("项目", byDistrict)]).programs[0];
}

describe("a ratio of two counts", () => {
  // 4 districts 1/150 exactly, two 1/145: the ratios only round alike, and the pair is upside down.
  const p = program(
    Object.fromEntries(
      six.map((d, i) => {
        const projects = [6, 8, 12, 10, 9, 12][i];
        const households = projects * (i === 3 || i === 4 ? 145 : 150);
        return [
          d,
          [
            ["支持产业发展项目个数", ">=", projects, "个"],
            ["带动脱贫户增收户数", ">=", households, "户"],
          ] as Spec[],
        ];
      }),
    ),
  );

  it("reads as households per project, not projects per household", () => {
    expect(p.ratios.map((r) => `${r.numerator}÷${r.denominator} ${r.unit}`)).toEqual([
      "带动脱贫户增收户数÷支持产业发展项目个数 户/个",
    ]);
    expect(p.ratios[0].stats?.median).toBe(150);
  });

  it("is not flagged because four districts' ratios happen to be equal", () => {
    expect(p.ratios[0].flags).toEqual([]);
  });
});

describe("a ratio far off because of a target already flagged", () => {
  const counts = [55, 500, 40, 60, 50, 45];
  const people = [150000, 110000, 100000, 180000, 135000, 120000];
  const p = program(
    Object.fromEntries(
      six.map((d, i) => [
        d,
        [
          ["维修养护农村供水工程数量", ">=", counts[i], "处"],
          ["受益人口", ">=", people[i], "人"],
        ] as Spec[],
      ]),
    ),
  );

  it("names that target as the reason, gives no zero-slip advice and no long decimals", () => {
    const f = p.ratios.flatMap((r) => r.flags).find((x) => x.district === "都江堰市");
    expect(f).toBeDefined();
    expect(f!.powerOfTen).toBeUndefined();
    expect(f!.message.zh).not.toMatch(/疑[多少]写/);
    expect(f!.message.zh).toContain("因其“维修养护农村供水工程数量”500 处偏高（已另行说明）");
    expect(f!.message.en).toContain('because its "维修养护农村供水工程数量" 500 处 is high (noted above).');
    expect(f!.message.zh).not.toMatch(/\d+\.\d{2}\d*\s*的/);
    expect(f!.message.zh).toMatch(/中位数 2683 人\/处 的/);
  });
});
