/**
 * Round 122: targets written the towns' and documents' ways — a bound before the act it counts, a time in
 * Chinese numerals to act within, and 名称，比上年提高… after a ； in a numbered item.
 */
import { readBrief, records } from "../support/packedCell";

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
      // (The act names the indicator, with no name before the time: since fix round 132d.)
      ["响应上级数据核查", "<=", 0.5, "小时", "quantitative"],
      ["响应上级数据核查", "<=", 2, "小时", "quantitative"],
    ]);
    expect(read("故障半小时内修复")).toEqual([["故障修复", "<=", 0.5, "小时", "quantitative"]]);
    expect(read("群众诉求两个工作日内办结")).toEqual([["群众诉求办结", "<=", 2, "个工作日", "quantitative"]]);
  });

  // (Since round 136 the condition and the act name it, as 收到资金后拨付 is named.)
  it("after a condition takes the time out of the name, as 收到资金后15个工作日内拨付 reads", () => {
    expect(read("时效指标：每学期开学后一个月内拨付")).toEqual([
      ["每学期开学后拨付", "<=", 1, "个月", "quantitative"],
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

describe("an event that must not happen, in towns' comma chains (零伤亡, 不发生…, 无人员伤亡)", () => {
  it("is a statement of its own between a deadline and a satisfaction", () => {
    expect(read("储备编织袋3000条，6月底前物资全部入库，汛期人员零伤亡，受益群众满意度95%")).toEqual([
      ["储备编织袋", "=", 3000, "条", "quantitative"],
      ["物资全部入库", "date", null],
      ["汛期人员伤亡", "=", 0, "", "quantitative"],
      ["受益群众满意度", "=", 95, "%", "quantitative"],
    ]);
  });

  it("names what none of is counted (零伤亡 → …伤亡), not what does not happen (零发生)", () => {
    expect(read("安全生产零事故")).toEqual([["安全生产事故", "=", 0, "", "quantitative"]]);
    expect(read("重大事故零发生")).toEqual([["重大事故", "=", 0, "", "quantitative"]]);
  });

  it("is cut from the state after it, and the state from it", () => {
    expect(read("日收运量约35吨，全年不发生垃圾围村现象，镇区环境卫生明显提升，群众满意度90%以上。")).toEqual(
      [
        ["日收运量", "=", 35, "吨", "quantitative"],
        ["垃圾围村现象", null, null, "", "qualitative"],
        ["镇区环境卫生", null, null, "", "qualitative"],
        ["群众满意度", ">=", 90, "%", "quantitative"],
      ],
    );
    expect(read("全年不发生重大森林火灾，群众防火意识进一步增强").map((r) => r[0])).toEqual([
      "重大森林火灾",
      "群众防火意识",
    ]);
  });

  it("after a deadline and its deed, also in a numbered item (三是…)", () => {
    expect(read("三是5月底前完成河道清障，汛期无人员伤亡；四是群众满意度90%")).toEqual([
      ["完成河道清障", "date", null],
      ["人员伤亡", null, null, "", "qualitative"],
      ["群众满意度", "=", 90, "%", "quantitative"],
    ]);
  });

  it("is no restatement of the figure before (确保零发生)", () => {
    expect(read("安全生产事故0起，确保零发生")).toEqual([["安全生产事故", "=", 0, "起", "quantitative"]]);
  });
});

describe("a cost per unit after a first per (每村每年办公经费)", () => {
  it("is an indicator of its own after a statement", () => {
    expect(read("村干部报酬按时足额发放，每村每年办公经费不低于2万元")).toEqual([
      ["村干部报酬", null, null, "", "qualitative"],
      ["每村每年办公经费", ">=", 20000, "元", "quantitative"],
    ]);
  });
});

describe("a done state or a timing closing the words (消除, 即时结算)", () => {
  const full = (cell: string) => records(cell).map((i) => [i.name, i.target, i.kind]);

  it("is a qualitative target, no longer an empty one", () => {
    expect(full("生态效益指标：水体黑臭现象消除；时效指标：救助资金“一站式”即时结算；")).toEqual([
      ["水体黑臭现象", "消除", "qualitative"],
      ["救助资金“一站式”", "即时结算", "qualitative"],
    ]);
    expect(full("医疗费用及时结算")).toEqual([["医疗费用", "及时结算", "qualitative"]]);
    expect(full("水体黑臭现象基本消除")).toEqual([["水体黑臭现象", "基本消除", "qualitative"]]);
    expect(full("社会效益指标：校舍安全隐患全面消除。")).toEqual([
      ["校舍安全隐患", "全面消除", "qualitative"],
    ]);
  });
});
