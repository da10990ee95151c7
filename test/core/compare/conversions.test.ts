/**
 * Figures in another form of the others' unit (probe round 79): a rate written as a fraction (0.96 where the
 * others write 96%) is read as 96%, compared and told (RATE-FRACTION); another unit of the same measure
 * (300万公斤 among 吨, 公顷 among 亩, 米 among 千米) is converted and said in the row; a unit that does not
 * convert is named as written (2000万元, not 元) and its figure shown so.
 */
import {
  compareDistricts,
  comparisonJson,
  formatComparisonSummary,
  type CompareSource,
} from "../../../src/core/compare";
import { conversionFactor } from "../../../src/core/compare/units";
import { COMPARE_COLORS, compareSheetPlan } from "../../../src/core/plan/compareSheet";
import { districtSource, record, type Spec } from "./helpers";

function one(rows: Record<string, Spec[]>, program = "项目"): ReturnType<typeof compareDistricts> {
  return compareDistricts([districtSource(program, rows)]);
}

/** The matrix cell of a district (the first column of indicators) and its format. */
function matrixCell(r: ReturnType<typeof compareDistricts>, district: string) {
  const plan = compareSheetPlan(r)!;
  const at = plan.values.findIndex((row) => row[0] === district);
  const format = (plan.formats ?? []).find((f) => f.range === `B${at + 1}`);
  return { value: plan.values[at][1], format, plan };
}

describe("a rate written as a fraction", () => {
  const rows: Record<string, Spec[]> = {
    胶州市: [["居民参保率", ">=", 96, "%"]],
    莱西市: [["居民参保率", ">=", 96, "%"]],
    平度市: [["居民参保率", ">=", 0.96, ""]],
  };

  it("is read as the percentage, compared, and told", () => {
    const r = one(rows);
    const ind = r.programs[0].indicators[0];
    expect(ind.cells["平度市"]).toMatchObject({
      value: 96,
      unitKey: "%",
      converted: { from: "0.96", kind: "fraction" },
    });
    expect(ind.stats?.count).toBe(3);
    expect(ind.flags.map((f) => f.code)).toEqual(["RATE-FRACTION"]);
    expect(ind.flags[0].message.zh).toBe(
      "平度市 居民参保率 写作 0.96，疑为 96%（已按 96% 与其他 2 个市比较）",
    );
    expect(ind.flags[0].message.en).toContain("is written 0.96, probably 96%");
    expect(formatComparisonSummary(r, "zh")).toContain(
      "居民参保率（%）: 最小 96 / 中位数 96 / 最大 96；平度市 写作 0.96，按 96% 计",
    );
    expect(comparisonJson(r)[0].indicators[0].converted).toEqual({ 平度市: "0.96" });
    const cell = matrixCell(r, "平度市");
    expect(cell.value).toBe(96);
    expect(cell.format).toMatchObject({
      numberFormat: '"≥"General"（写作0.96）"',
      fill: COMPARE_COLORS.converted,
    });
    expect(cell.plan.values.flat()).toContain("写成小数 Fraction");
  });

  it("stays apart where the others write small rates too, or no percentage", () => {
    const small = one({
      甲市: [["事故发生率", "<=", 0.5, "%"]],
      乙市: [["事故发生率", "<=", 0.3, "%"]],
      丙市: [["事故发生率", "<=", 0.4, ""]],
    });
    expect(small.programs[0].indicators[0].cells["丙市"].converted).toBeUndefined();
    expect(small.programs[0].indicators[0].flags.map((f) => f.code)).toEqual(["UNIT-DIFF"]);
    const counts = one({
      甲市: [["培训场次", ">=", 12, "场"]],
      乙市: [["培训场次", ">=", 10, "场"]],
      丙市: [["培训场次", ">=", 0.5, ""]],
    });
    expect(counts.programs[0].indicators[0].cells["丙市"].converted).toBeUndefined();
  });
});

describe("another unit of the same measure", () => {
  it("is converted into the others' unit and said in the row (300万公斤 among 吨)", () => {
    const src = districtSource("高标准农田建设项目", {
      商水县: [["新增粮食产能", ">=", 3100, "吨"]],
      西华县: [["新增粮食产能", ">=", 2600, "吨"]],
      扶沟县: [["新增粮食产能", ">=", 3000000, "公斤"]],
    });
    // As the parser reads ≥300万公斤: the magnitude applied, the target as written.
    src.indicators[2].target = "≥300万公斤";
    const r = compareDistricts([src]);
    const ind = r.programs[0].indicators[0];
    expect(ind.cells["扶沟县"]).toMatchObject({ value: 3000, unit: "吨", converted: { from: "300万公斤" } });
    expect(ind.flags).toEqual([]);
    expect(ind.stats).toMatchObject({ count: 3, median: 3000 });
    expect(formatComparisonSummary(r, "zh")).toContain("扶沟县 写作“300万公斤”，已折合为 3000 吨");
    expect(formatComparisonSummary(r, "en")).toContain('扶沟县 wrote "300万公斤", converted to 3000 吨');
    expect(matrixCell(r, "扶沟县").format?.numberFormat).toBe('"≥"General"（写作300万公斤）"');
  });

  it.each([
    ["亩", "公顷", 15, 1],
    ["千米", "米", 0.001, 4500],
    ["吨", "千克", 0.001, 2000],
    ["平方米", "平方千米", 1e6, 0.5],
  ])("%s among %s converts", (most, other, factor, value) => {
    expect(conversionFactor(other, most)).toBeCloseTo(factor, 9);
    const r = one({
      甲县: [["建设规模", ">=", 100, most]],
      乙县: [["建设规模", ">=", 120, most]],
      丙县: [["建设规模", ">=", value, other]],
    });
    const c = r.programs[0].indicators[0].cells["丙县"];
    expect(c.value).toBeCloseTo(value * factor, 9);
    expect(c.converted?.kind).toBe("unit");
    expect(r.programs[0].indicators[0].flags.filter((f) => f.code === "UNIT-DIFF")).toEqual([]);
  });

  it("never converts across measures or rates per something", () => {
    expect(conversionFactor("人", "吨")).toBeNull();
    expect(conversionFactor("元/公斤", "元/吨")).toBeNull();
    expect(conversionFactor("亩", "米")).toBeNull();
  });
});

describe("a unit that does not convert", () => {
  it("is named as written, with its figure (2000万元 among 元/吨)", () => {
    const cost = (district: string, value: number, unit: string, target: string): CompareSource => ({
      label: `${district}.xlsx`,
      projects: [{ ...districtSource("生活垃圾分类处置经费", { [district]: [] }).projects[0], district }],
      indicators: [
        record({ district, name: "生活垃圾处理单位成本", comparator: "=", value, unit, target, cell: "D3" }),
      ],
    });
    const r = compareDistricts([
      cost("上虞区", 180, "元/吨", "180"),
      cost("越城区", 180, "元/吨", "180"),
      cost("诸暨市", 20000000, "元", "2000"),
    ]);
    const f = r.programs[0].indicators[0].flags.find((x) => x.code === "UNIT-DIFF")!;
    expect(f.message.zh).toBe(
      "诸暨市 生活垃圾处理单位成本 目标为“2000万元”，而 2 个区（市）的单位为“元/吨”，未纳入统计",
    );
    expect(matrixCell(r, "诸暨市").value).toBe("2000万元");
  });

  it("says a bare figure has no unit", () => {
    const r = one({
      长安区: [["河湖巡查次数", ">=", 1200, "次"]],
      桥西区: [["河湖巡查次数", ">=", 1100, "次"]],
      辛集区: [["河湖巡查次数", "=", 1050, ""]],
    });
    const f = r.programs[0].indicators[0].flags.find((x) => x.code === "UNIT-DIFF")!;
    expect(f.message.zh).toBe(
      "辛集区 河湖巡查次数 目标为“1050”，未写单位，而 2 个区的单位为“次”，未纳入统计",
    );
  });
});
