/**
 * Values shown in the unit most districts wrote (probe round 54): 30万亩 and a median of 2.9 万亩, not
 * 300000 亩 against 29000; 万元 where the unit column says 万元. Short figures stay as they are.
 */
import { compareDistricts, formatComparisonSummary } from "../../../src/core/compare";
import { compareSheetPlan } from "../../../src/core/plan/compareSheet";
import { districtSource, type Spec } from "./helpers";

const six = ["中牟县", "巩义市", "荥阳市", "新密市", "新郑市", "登封市"];

/** Each district wrote 万亩; the parser reads 2.9万亩 as 29000 亩 and keeps the target as written. */
function source(valuesInWan: number[], unitWord = "万亩", base = "亩") {
  const s = districtSource(
    "高标准农田建设",
    Object.fromEntries(
      six.map((d, i) => [d, [["新建高标准农田面积", ">=", valuesInWan[i], base]] as Spec[]]),
    ),
  );
  s.indicators = s.indicators.map((r, i) => ({
    ...r,
    value: Number((valuesInWan[i] * 1e4).toPrecision(12)),
    target: `≥${valuesInWan[i]}${unitWord}`,
  }));
  return s;
}

describe("the unit shown", () => {
  it("is the 万亩 most districts wrote, in the summary, the sheet and the sentences", () => {
    const r = compareDistricts([source([2, 2.5, 2.9, 3.2, 30, 3])]);
    const ind = r.programs[0].indicators[0];
    expect(ind.displayUnit).toBe("万亩");
    const text = formatComparisonSummary(r, "zh");
    // 新郑市's 30 (疑多写一个 0) is left out of the statistics, and said (round 138).
    expect(text).toContain("新建高标准农田面积（万亩）: 最小 2 / 中位数 2.9 / 最大 3.2");
    expect(text).toContain("新郑市的取值疑多写一个 0，未计入最小值、中位数和最大值");
    const f = ind.flags.find((x) => x.district === "新郑市")!;
    expect(f.message.zh).toContain("新郑市 新建高标准农田面积 30 万亩，为各市（县）中位数 2.9 万亩 的");
    const cells = compareSheetPlan(r)!.values.flat();
    expect(cells).toContain("（万亩）");
    expect(cells).toContain(30);
    expect(cells).not.toContain(300000);
    // The statistics stay in the base unit.
    expect(ind.stats?.max).toBe(32000);
  });

  it("stays the base unit where the figures are short and most wrote it (1万家次 among 8000 家次 reads as well as 10000)", () => {
    const s = source([0.8, 1, 1.2, 0.9, 7, 1], "万家次", "家次");
    // Only 巩义市 wrote 万: the others wrote 8000家次, 12000家次 …
    s.indicators = s.indicators.map((r) =>
      r.value === 10000 && r.district === "巩义市" ? r : { ...r, target: `≥${r.value}家次` },
    );
    const r = compareDistricts([s]);
    expect(r.programs[0].indicators[0].displayUnit).toBeUndefined();
  });

  it("is the 万 most districts wrote, short figures too (0.8–7 万家次, round 106)", () => {
    const r = compareDistricts([source([0.8, 1, 1.2, 0.9, 7, 1], "万家次", "家次")]);
    expect(r.programs[0].indicators[0].displayUnit).toBe("万家次");
  });
});
