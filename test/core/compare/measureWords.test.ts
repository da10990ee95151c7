/**
 * Measure words that count the same thing (probe round 54: 处/个, 台/辆, 场/场次, 元/人·年 and 元/生·年):
 * the value is counted with the others and the other word is named beside the unit, not set aside as
 * UNIT-DIFF. People against visits (人/人次) stay apart.
 */
import { compareDistricts, formatComparisonSummary } from "../../../src/core/compare";
import { compareSheetPlan } from "../../../src/core/plan/compareSheet";
import { sameMeasure } from "../../../src/core/compare/units";
import { districtSource, type Spec } from "./helpers";

const five = ["甲区", "乙区", "丙区", "丁区", "戊区"];

function program(name: string, values: number[], units: string[]) {
  const by = Object.fromEntries(five.map((d, i) => [d, [[name, ">=", values[i], units[i]]] as Spec[]]));
  const r = compareDistricts([districtSource("项目", by)]);
  return { r, ind: r.programs[0].indicators[0] };
}

describe("measure words of one family", () => {
  it.each([
    ["新增分类投放点位", "个", "处"],
    ["家庭医生团队数", "个", "支"],
    ["补助村卫生室数量", "个", "家"],
    ["组建志愿服务队数量", "个", "队"],
    ["分类运输车辆", "辆", "台"],
    ["举办全民健身赛事活动", "场次", "场"],
    ["普通高中国家助学金资助标准", "元/生·年", "元/人·年"],
  ])("%s: %s among %s is counted and noted", (name, most, other) => {
    const { r, ind } = program(name, [100, 120, 90, 110, 130], [most, most, most, most, other]);
    expect(ind.flags.filter((f) => f.code === "UNIT-DIFF")).toEqual([]);
    expect(ind.stats?.count).toBe(5);
    expect(ind.unitVariants).toEqual([other]);
    expect(formatComparisonSummary(r, "zh")).toContain(`${name}（${most}；另有写作“${other}”）`);
    expect(compareSheetPlan(r)!.values.flat()).toContain(`（${most}；另有写作“${other}”）`);
  });

  it("keeps people and visits apart (人 and 人次, 户 and 户次)", () => {
    expect(sameMeasure("人", "人次")).toBe(false);
    expect(sameMeasure("家", "家次")).toBe(false);
    const { ind } = program("培训人数", [100, 120, 90, 110, 100], ["人", "人", "人", "人", "人次"]);
    expect(ind.flags.map((f) => f.code)).toContain("UNIT-DIFF");
  });
});

describe("the word a district wrote", () => {
  it("stands after its number in the matrix (110支 under 个), the cell kept a number", () => {
    const { r } = program("家庭医生团队数", [120, 140, 130, 125, 110], ["个", "个", "个", "个", "支"]);
    const plan = compareSheetPlan(r)!;
    const at = plan.values.findIndex((row) => row[0] === "戊区");
    const cell = `B${at + 1}`;
    expect(plan.values[at][1]).toBe(110);
    expect((plan.formats ?? []).find((f) => f.range === cell)?.numberFormat).toBe('"≥"General"支"');
    const other = `B${plan.values.findIndex((row) => row[0] === "甲区") + 1}`;
    expect((plan.formats ?? []).find((f) => f.range === other)?.numberFormat).toBe('"≥"General');
  });
});
