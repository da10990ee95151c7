/**
 * Round 122: targets written the towns' and documents' ways — a bound before the act it counts, a time in
 * Chinese numerals to act within, and 名称，比上年提高… after a ； in a numbered item.
 */
import { readBrief } from "../support/packedCell";

const read = readBrief;

describe("a bound before the act it counts (每季度至少开展1次)", () => {
  it("is the comparator, and the act stays in the name", () => {
    expect(read("2.时效指标：每季度至少开展1次。")).toEqual([["每季度开展", ">=", 1, "次", "quantitative"]]);
    expect(read("每年不少于组织培训2期，群众满意度90%")).toEqual([
      ["每年组织培训", ">=", 2, "期", "quantitative"],
      ["群众满意度", "=", 90, "%", "quantitative"],
    ]);
    expect(read("每月至多召开1次")).toEqual([["每月召开", "<=", 1, "次", "quantitative"]]);
  });
});

describe("a time in Chinese numerals to act within (半小时内)", () => {
  it("reads as 2小时内 does", () => {
    expect(read("时效指标：半小时内响应上级数据核查；时效指标：2小时内响应上级数据核查")).toEqual([
      ["半小时内响应上级数据核查", "<=", 0.5, "小时", "quantitative"],
      ["2小时内响应上级数据核查", "<=", 2, "小时", "quantitative"],
    ]);
    expect(read("故障半小时内修复")).toEqual([["故障修复", "<=", 0.5, "小时", "quantitative"]]);
    expect(read("群众诉求两个工作日内办结")).toEqual([["群众诉求办结", "<=", 2, "个工作日", "quantitative"]]);
  });

  it("after a condition keeps the sentence whole, as 收到资金后15个工作日内拨付 does", () => {
    expect(read("时效指标：每学期开学后一个月内拨付")).toEqual([
      ["每学期开学后一个月内拨付", "<=", 1, "个月", "quantitative"],
    ]);
  });
});

describe("名称，比上年提高1个百分点 after a ； in a numbered item", () => {
  it("is an indicator of its own", () => {
    expect(read("2、效益指标：PM2.5年均浓度，≤30微克；空气质量优良天数比例，比上年提高1个百分点。")).toEqual([
      ["PM2.5年均浓度", "<=", 30, "微克", "quantitative"],
      ["空气质量优良天数比例", "=", 1, "个百分点", "quantitative"],
    ]);
    expect(read("2、效益指标：PM2.5年均浓度，≤30微克；空气质量优良天数比例，提高1个百分点。").length).toBe(2);
  });
});
