/** Default intensity ratios: work per place or body served, never per people, events, things or zero. */
import { compareDistricts } from "../../../src/core/compare";
import { districtSource, type Spec } from "./helpers";

const five = ["甲区", "乙区", "丙区", "丁区", "戊区"];

/** Each district gets the same indicators, the values scaled by its position. */
function program(specs: (i: number) => Spec[]) {
  const r = compareDistricts([districtSource("项目", Object.fromEntries(five.map((d, i) => [d, specs(i)])))]);
  return r.programs[0];
}
const pairs = (p: ReturnType<typeof program>) => p.ratios.map((r) => `${r.numerator}÷${r.denominator}`);

describe("default intensity ratios", () => {
  it("keep a count per the places served (学生 per 学校, 隐患 per 企业)", () => {
    const p = program((i) => [
      ["保障学生人数", "=", 40000 + i * 5000, "人"],
      ["保障学校数量", "=", 30 + i * 5, "所"],
    ]);
    expect(pairs(p)).toEqual(["保障学生人数÷保障学校数量"]);
    expect(p.ratios[0].unit).toBe("人/所");
  });

  it("take 个 or 处 as places only when the name says so (学校, 社区 …)", () => {
    expect(
      pairs(
        program((i) => [
          ["受益学生人数", ">=", 1000 + i, "人"],
          ["覆盖学校数", ">=", 10 + i, "个"],
        ]),
      ),
    ).toEqual(["受益学生人数÷覆盖学校数"]);
    expect(
      pairs(
        program((i) => [
          ["巡河次数", ">=", 3000 + i, "次"],
          ["河湖长公示牌维护数量", ">=", 150 + i, "块"],
        ]),
      ),
    ).toEqual([]);
    expect(
      pairs(
        program((i) => [
          ["培训人次", ">=", 1000 + i, "人次"],
          ["建设站点数", ">=", 10 + i, "个"],
        ]),
      ),
    ).toEqual([]);
  });

  it("never divide by people (低保人数 ÷ 特困人数) or by events (护林员 ÷ 宣传次数)", () => {
    expect(
      pairs(
        program((i) => [
          ["城乡低保保障人数", ">=", 3000 + i * 100, "人"],
          ["特困人员救助供养人数", ">=", 150 + i, "人"],
        ]),
      ),
    ).toEqual([]);
    expect(
      pairs(
        program((i) => [
          ["护林员人数", ">=", 400 + i, "人"],
          ["防火宣传活动次数", ">=", 30 + i, "次"],
        ]),
      ),
    ).toEqual([]);
  });

  it("never divide by zero, nor use a ceiling (食品安全事故 0 起)", () => {
    expect(
      pairs(
        program((i) => [
          ["受益学生人数", ">=", 18000 + i, "人"],
          ["食品安全事故发生次数", "=", 0, "起"],
        ]),
      ),
    ).toEqual([]);
    // A district writing 0 schools rules the pair out: its ratio would be a block of —.
    expect(
      pairs(
        program((i) => [
          ["保障学生人数", "=", 40000 + i, "人"],
          ["保障学校数量", "=", i === 2 ? 0 : 30 + i, "所"],
        ]),
      ),
    ).toEqual([]);
    expect(
      pairs(
        program((i) => [
          ["投诉次数", "<=", 5 + i, "件"],
          ["巡查企业数", ">=", 100 + i, "家"],
        ]),
      ),
    ).toEqual([]);
  });
});
