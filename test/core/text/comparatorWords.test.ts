/** The one list of comparator words: what counts as a comparator written, for the comparison and the review alike. */
import { COMPARATOR_WORDS, statesChange, writesComparator } from "../../../src/core/text/comparatorWords";

describe("writesComparator", () => {
  it.each([
    "≥95%",
    "不少于20场",
    "不低于640元/人·年",
    "至少3次",
    "达到90%以上",
    "90%以上",
    ">0",
    "大于5个",
    "超过10家",
    "高于上年",
    "多于3批",
    "≤2%",
    "不超过24小时",
    "不高于5%",
    "不大于3起",
    "5天以内",
    "3%以下",
    "控制在预算内",
    "最多2次",
    "30日之内",
    "<1%",
    "小于5起",
    "低于10/10万",
    "少于3次",
    "=100%",
    // A written 等于 is as much a choice of an exact target as "=".
    "等于100个",
    "5%±1%",
    "合理区间",
    // Full-width signs and spaces inside a word, as pasted.
    "＞5",
    "＝3",
    "≧80%",
    "不 少 于 20 场",
  ])("reads %s as written", (t) => expect(writesComparator(t)).toBe(true));

  it.each([
    "100%",
    "1200人",
    "合格",
    // A dash or 至 before a number is a range only where the parser reads one (80-90% is "between");
    // a bare number after a date, a span of months or a list of buildings writes no comparator.
    "2023-2025年累计3起",
    "到2025年3起",
    "1-3月5%",
    "完成1-3号楼改造3栋",
    "-5%",
  ])("reads %s as no comparator written", (t) => expect(writesComparator(t)).toBe(false));

  it("lists each word once", () => {
    const all = Object.values(COMPARATOR_WORDS).flat();
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("statesChange", () => {
  it.each([
    "同比下降5%",
    "较上年提高5个百分点",
    "增长10%",
    "缩短3天",
    "压缩10%",
    "下降≥5%",
    "较上年下降不少于5%",
    "减少了两成",
  ])("reads %s as a change", (t) => expect(statesChange(t)).toBe(true));

  // A level reached, or a change with no amount, is no change stated before a number.
  it.each(["提高至75%", "压缩至2个工作日", "≥95%", "明显提升", "1200人"])("reads %s as a level", (t) =>
    expect(statesChange(t)).toBe(false),
  );
});
