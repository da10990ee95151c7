import { amountAsWritten, targetAsWritten } from "../../../src/core/review/format";

const rec = (target: string, value: number | null, unit: string) => ({ target, value, unit });

describe("targetAsWritten", () => {
  it.each([
    [rec("18万元", 180000, "元"), "18万元"],
    [rec("0.1", 1000, "元/人"), "0.1万元/人"],
    [rec("180万", 1800000, ""), "180万"],
    [rec("9", 9, "个"), "9个"],
    [rec("百分之九十五", 95, "%"), "百分之九十五"],
    [rec("数据包丢失部分与所传数据包总数的比值（0.5%）", 0.5, "%"), "0.5%"],
  ])("%j → %s", (r, shown) => expect(targetAsWritten(r)).toBe(shown));
});

describe("amountAsWritten", () => {
  it.each([
    [rec("≥0.6", 6000, "元"), "0.6万元"],
    [rec("1-3万", 10000, "人次"), "1万人次"],
    [rec("2023年完成95%", 95, "%"), "95%"],
    [rec("两次", 2, "次"), "2次"],
  ])("%j → %s", (r, shown) => expect(amountAsWritten(r)).toBe(shown));
});
