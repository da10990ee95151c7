/**
 * Targets and names that probe rounds 73 and 74 misread (fix round 74): bound words officers copy from
 * management rules and report prose, codes as names, compound times, tenths, per-units, labelled brackets
 * and score notes. Each test is a cell written on the pattern of a misread.
 */
import { parseGrid } from "../../src/core/parse";
import { parseTarget } from "../../src/core/text/target";
import { writesComparator } from "../../src/core/text/comparatorWords";
import { grid } from "../support/grid";
import { records } from "../support/packedCell";

/** The records of one packed cell: name, comparator, value, unit, kind. */
function read(cell: string) {
  return records(cell).map((i) => [i.name, i.comparator, i.value, i.unit, i.kind]);
}

/** A target's comparator, value, unit and kind. */
function target(text: string) {
  const t = parseTarget(text);
  return [t.comparator, t.value, t.unit, t.kind];
}

/** The records of a rows table (一级 | 二级 | 三级 | 指标值): name, comparator, value, unit, kind. */
function rows(...lines: [string, string][]) {
  return parseGrid(
    grid([
      ["项目名称", "某项目"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ...lines.map(([name, value], k) =>
        k === 0 ? ["产出指标", "数量指标", name, value] : ["", "", name, value],
      ),
    ]),
  ).indicators.map((i) => [i.name, i.comparator, i.value, i.unit, i.kind]);
}

describe("a negating modal before a bound word (r74 A)", () => {
  it("turns the bound over and includes the number, as 不得低于 does", () => {
    expect(target("不应低于70%")).toEqual([">=", 70, "%", "quantitative"]);
    expect(target("较上年改善，不应高于3.2")).toEqual(["<=", 3.2, "", "quantitative"]);
    expect(target("不应超过2%")).toEqual(["<=", 2, "%", "quantitative"]);
    expect(target("不应少于800人")).toEqual([">=", 800, "人", "quantitative"]);
    expect(target("不宜低于80%")).toEqual([">=", 80, "%", "quantitative"]);
    expect(target("不能低于90%")).toEqual([">=", 90, "%", "quantitative"]);
    expect(target("不可超过3天")).toEqual(["<=", 3, "天", "quantitative"]);
    expect(target("未超过5%")).toEqual(["<=", 5, "%", "quantitative"]);
    expect(target("不得低于95%")).toEqual([">=", 95, "%", "quantitative"]);
    expect(target("不得大于1%")).toEqual(["<=", 1, "%", "quantitative"]);
    // The bare words keep their reading.
    expect(target("低于5%")).toEqual(["<", 5, "%", "quantitative"]);
    expect(target("超过100人")).toEqual([">", 100, "人", "quantitative"]);
  });

  it("keeps the modal out of the name, in a cell of indicators and in a rows table", () => {
    expect(read("1、产出指标：数据有效率，不应低于90%。2、产出指标：路面破损率，不应超过2%。")).toEqual([
      ["数据有效率", ">=", 90, "%", "quantitative"],
      ["路面破损率", "<=", 2, "%", "quantitative"],
    ]);
    expect(read("数据有效率不应低于90%")).toEqual([["数据有效率", ">=", 90, "%", "quantitative"]]);
    expect(read("数据有效率不得低于90%")).toEqual([["数据有效率", ">=", 90, "%", "quantitative"]]);
    expect(rows(["培训农村实用人才", "不应少于800人"], ["补贴资金发放准确率", "不应低于99%"])).toEqual([
      ["培训农村实用人才", ">=", 800, "人", "quantitative"],
      ["补贴资金发放准确率", ">=", 99, "%", "quantitative"],
    ]);
  });

  it("does not cut a name ending in a digit from its target after the comma", () => {
    expect(read("1、产出指标：测试1，不应低于70%。")).toEqual([["测试1", ">=", 70, "%", "quantitative"]]);
    expect(read("1、产出指标：测试11，未超过5%。")).toEqual([["测试11", "<=", 5, "%", "quantitative"]]);
  });
});

describe("bound words of report prose (r74 B)", () => {
  it("reads 不足, 不到, 超, 逾, 最低 and 至多 before the number", () => {
    expect(target("不足5%")).toEqual(["<", 5, "%", "quantitative"]);
    expect(target("不到5%")).toEqual(["<", 5, "%", "quantitative"]);
    expect(target("超百万人次")).toEqual([">", 1000000, "人次", "quantitative"]);
    expect(target("年均增长超5%")).toEqual([">", 5, "%", "quantitative"]);
    expect(target("超10万人")).toEqual([">", 100000, "人", "quantitative"]);
    expect(target("不超10%")).toEqual(["<=", 10, "%", "quantitative"]);
    expect(target("逾500")).toEqual([">", 500, "", "quantitative"]);
    expect(target("最低85%")).toEqual([">=", 85, "%", "quantitative"]);
    expect(target("活动前至多45天")).toEqual(["<=", 45, "天", "quantitative"]);
  });

  it("reads them only where they stand before the number", () => {
    expect(target("超标率0")).toEqual(["=", 0, "", "quantitative"]);
    expect(target("超市抽检100批次")).toEqual(["=", 100, "批次", "quantitative"]);
    expect(target("按最低生活保障标准的60%发放")).toEqual(["=", 60, "%", "quantitative"]);
    expect(target("逾期整改0件")).toEqual(["=", 0, "件", "quantitative"]);
    expect(target("不足额发放0人")).toEqual(["=", 0, "人", "quantitative"]);
    expect(read("农药残留超标率不足1%")).toEqual([["农药残留超标率", "<", 1, "%", "quantitative"]]);
    expect(read("超声检查人数500人")).toEqual([["超声检查人数", "=", 500, "人", "quantitative"]]);
  });

  it("keeps a bound after the comma with the name before it", () => {
    expect(read("1、产出指标：测试16，最高不超过5万元。2、满意度指标：游客满意度，最低85%。")).toEqual([
      ["测试16", "<=", 50000, "元", "quantitative"],
      ["游客满意度", ">=", 85, "%", "quantitative"],
    ]);
    expect(rows(["农药残留超标率", "不足1%"], ["新增就业岗位", "逾500个"])).toEqual([
      ["农药残留超标率", "<", 1, "%", "quantitative"],
      ["新增就业岗位", ">", 500, "个", "quantitative"],
    ]);
  });
});

describe("the words the review and the comparison count as a comparator written (r74 A, B)", () => {
  it("counts the new bound words before a number, and not inside other words", () => {
    for (const t of [
      "不应低于70%",
      "未超过5%",
      "不足5%",
      "不到5%",
      "超百万人次",
      "超5%",
      "逾500",
      "逾千人",
      "最低85%",
      "最高5万元",
      "不超10%",
    ])
      expect([t, writesComparator(t)]).toEqual([t, true]);
    for (const t of [
      "超标率0",
      "超市抽检100批次",
      "逾期整改0件",
      "按最低生活保障标准发放",
      "资金不到位0起",
      "不超标",
    ])
      expect([t, writesComparator(t)]).toEqual([t, false]);
  });
});

describe("a name ending in a code's digits (r74 C)", () => {
  it("reads PM2.5, 国道G105 and 省道S118 as names, one record each", () => {
    expect(
      read(
        "1、效益指标：PM2.5，年均浓度≤25微克/立方米。2、产出指标：国道G105，养护里程18.5公里。3、产出指标：省道S118，养护里程9公里。",
      ),
    ).toEqual([
      ["PM2.5", "<=", 25, "微克/立方米", "quantitative"],
      ["国道G105", "=", 18.5, "公里", "quantitative"],
      ["省道S118", "=", 9, "公里", "quantitative"],
    ]);
    expect(read("PM10，≤50微克/立方米")).toEqual([["PM10", "<=", 50, "微克/立方米", "quantitative"]]);
  });
});

describe("a service's hours and a night's window (r74 D)", () => {
  it("reads 7×24小时 as the hours of the day it is served, 24 小时, as 全天24小时 reads", () => {
    expect(target("7×24小时")).toEqual(["=", 24, "小时", "quantitative"]);
    expect(target("7*24小时")).toEqual(["=", 24, "小时", "quantitative"]);
    expect(target("5x8小时")).toEqual(["=", 8, "小时", "quantitative"]);
    expect(target("全天24小时")).toEqual(["=", 24, "小时", "quantitative"]);
    expect(read("1、产出指标：平台运行时间，7×24小时。")).toEqual([
      ["平台运行时间", "=", 24, "小时", "quantitative"],
    ]);
    expect(rows(["运维服务保障", "7×24小时"])).toEqual([["运维服务保障", "=", 24, "小时", "quantitative"]]);
  });

  it("leaves other products alone", () => {
    expect(target("2×3米")).toEqual(["=", 2, "", "quantitative"]);
  });

  it("reads a window of the night, over midnight, as no quantity", () => {
    expect(target("夜间22:00至次日6:00")).toEqual([null, null, "", "qualitative"]);
    expect(target("22:00-次日6:00")).toEqual([null, null, "", "qualitative"]);
    expect(read("4、产出指标：道路养护作业时间，夜间22:00至次日6:00。")).toEqual([
      ["道路养护作业时间", null, null, "", "qualitative"],
    ]);
  });
});

describe("tenths (r74 E)", () => {
  it("reads 九成以上 as ≥ 90%", () => {
    expect(target("九成以上")).toEqual([">=", 90, "%", "quantitative"]);
    expect(target("八成")).toEqual(["=", 80, "%", "quantitative"]);
    expect(target("7-8成")).toEqual(["between", 70, "%", "quantitative"]);
    expect(parseTarget("7-8成").valueMax).toBe(80);
    expect(target("保持一成不变")).toEqual([null, null, "", "qualitative"]);
    expect(read("8、效益指标：垃圾分类知晓率，九成以上。")).toEqual([
      ["垃圾分类知晓率", ">=", 90, "%", "quantitative"],
    ]);
    expect(rows(["培训学员满意度", "九成以上"])).toEqual([["培训学员满意度", ">=", 90, "%", "quantitative"]]);
  });
});

describe("a Chinese numeral before 千万, and a magnitude word alone after 逾 or 超 (r74 F)", () => {
  it("reads 两千万元, 三千万元以内 and 一千万元 with their whole magnitude", () => {
    expect(target("不超过两千万元")).toEqual(["<=", 20000000, "元", "quantitative"]);
    expect(target("三千万元以内")).toEqual(["<=", 30000000, "元", "quantitative"]);
    expect(target("一千万元")).toEqual(["=", 10000000, "元", "quantitative"]);
    expect(target("两千余人")).toEqual([">=", 2000, "人", "quantitative"]);
  });

  it("reads 逾千人 and 逾万人 as more than one thousand, ten thousand", () => {
    expect(target("逾千人")).toEqual([">", 1000, "人", "quantitative"]);
    expect(target("逾万人")).toEqual([">", 10000, "人", "quantitative"]);
    expect(target("超万人次")).toEqual([">", 10000, "人次", "quantitative"]);
    expect(read("4、成本指标：项目总成本，不超过两千万元。6、效益指标：带动就业，逾千人。")).toEqual([
      ["项目总成本", "<=", 20000000, "元", "quantitative"],
      ["带动就业", ">", 1000, "人", "quantitative"],
    ]);
  });

  it("keeps a template's blank after a sign empty", () => {
    expect(target("≤ 万元")).toEqual([null, null, "", "empty"]);
    expect(target("≥万元")).toEqual([null, null, "", "empty"]);
  });
});

describe("a count in one period (r74 G)", () => {
  it("reads 一年两次 as 2 次, as 每年两次 reads", () => {
    expect(target("一年两次")).toEqual(["=", 2, "次", "quantitative"]);
    expect(target("一年一次")).toEqual(["=", 1, "次", "quantitative"]);
    expect(target("1年2次")).toEqual(["=", 2, "次", "quantitative"]);
    expect(target("每年两次")).toEqual(["=", 2, "次", "quantitative"]);
    expect(read("3、产出指标：景区安全设施巡检，一年两次。")).toEqual([
      ["景区安全设施巡检", "=", 2, "次", "quantitative"],
    ]);
  });

  it("keeps a duration of a year and months, and one year alone", () => {
    expect(target("1年3个月")).toEqual(["=", 1, "年", "quantitative"]);
    expect(target("一年")).toEqual(["=", 1, "年", "quantitative"]);
  });
});

describe("compound counting units (r74 H, r73 P4)", () => {
  it("keeps 头份, 头只 and 羽只 whole, after a per too", () => {
    expect(target("0.35元/头份")).toEqual(["=", 0.35, "元/头份", "quantitative"]);
    expect(target("≥120万头只")).toEqual([">=", 1200000, "头只", "quantitative"]);
    expect(target("≥30万羽只")).toEqual([">=", 300000, "羽只", "quantitative"]);
    expect(target("≥1200头只")).toEqual([">=", 1200, "头只", "quantitative"]);
    expect(target("5元/人份")).toEqual(["=", 5, "元/人份", "quantitative"]);
    expect(target("45万头次、禽流感免疫320万羽次")).toEqual(["=", 450000, "头次", "quantitative"]);
    expect(read("数量指标：免疫牲畜数量≥1200头只")).toEqual([
      ["免疫牲畜数量", ">=", 1200, "头只", "quantitative"],
    ]);
    expect(read("10、成本指标：每头份疫苗单价，0.35元/头份。")).toEqual([
      ["每头份疫苗单价", "=", 0.35, "元/头份", "quantitative"],
    ]);
  });

  it("does not take the next word's character as the unit's", () => {
    expect(target("100头只羊")).toEqual(["=", 100, "头", "quantitative"]);
  });
});

describe("none at all (r74, judgement call)", () => {
  it("reads 零X as 0 whatever X is, and 无X and 零增长 as words", () => {
    for (const t of ["零", "零发生", "零投诉", "零填埋", "零排放", "“零发生”", "零安全事故"])
      expect([t, ...target(t)]).toEqual([t, "=", 0, "", "quantitative"]);
    for (const t of ["无投诉", "零增长", "零容忍", "零散", "零售"])
      expect([t, ...target(t)]).toEqual([t, null, null, "", "qualitative"]);
    expect(read("7、效益指标：原生垃圾填埋量，零填埋。")).toEqual([
      ["原生垃圾填埋量", "=", 0, "", "quantitative"],
    ]);
  });
});

describe("a line break between the number and its unit (r73 P6)", () => {
  it("reads the unit on the next line, in a bracket and outside one, and makes no record of it", () => {
    expect(read("指标2:开展活动场次(≥360\n场次)")).toEqual([
      ["开展活动场次", ">=", 360, "场次", "quantitative"],
    ]);
    expect(read("数量指标：开展活动场次≥360\n场次；培训人数≥ 300\n人")).toEqual([
      ["开展活动场次", ">=", 360, "场次", "quantitative"],
      ["培训人数", ">=", 300, "人", "quantitative"],
    ]);
  });

  it("still cuts one indicator a line", () => {
    expect(read("培训人数≥500\n人均补助≥300元")).toEqual([
      ["培训人数", ">=", 500, "", "quantitative"],
      ["人均补助", ">=", 300, "元", "quantitative"],
    ]);
  });
});

describe("a target labelled in a bracket after the name (r73 P3)", () => {
  it("reads the bracket as the target and the words before it as the name", () => {
    expect(
      read("数量指标\n补贴面积（指标值：≥256万亩）\n补贴发放准确率(指标值:100%)\n农户满意度（目标值：≥90%）"),
    ).toEqual([
      ["补贴面积", ">=", 2560000, "亩", "quantitative"],
      ["补贴发放准确率", "=", 100, "%", "quantitative"],
      ["农户满意度", ">=", 90, "%", "quantitative"],
    ]);
    expect(
      records("补贴资金发放时间（指标值：2024年6月底前）").map((i) => [i.name, i.target, i.date]),
    ).toEqual([["补贴资金发放时间", "2024年6月底前", "2024-06-30"]]);
  });
});

describe("a score note after a target in words (r73 P5)", () => {
  it("is no value: the words are the qualitative target", () => {
    expect(
      read("二、效益指标（30分）\n1.市民出行安全保障：有效保障（15分）\n2.市民出行安全保障 有效保障（15分）"),
    ).toEqual([
      ["市民出行安全保障", null, null, "", "qualitative"],
      ["市民出行安全保障", null, null, "", "qualitative"],
    ]);
    expect(records("1.市民出行安全保障：有效保障（15分）")[0].target).toBe("有效保障");
  });

  it("keeps a score that is the target, and the figure before a note", () => {
    expect(read("考核得分(90分)")).toEqual([["考核得分", "=", 90, "分", "quantitative"]]);
    expect(read("2.群众满意度≥90%（10分）")).toEqual([["群众满意度", ">=", 90, "%", "quantitative"]]);
  });
});

describe("a period before a sentence holding its number (r73 P11)", () => {
  it("keeps the sentence as the name, as 每日24小时值守 reads", () => {
    expect(read("时效指标:全年24小时值守;")).toEqual([["全年24小时值守", "=", 24, "小时", "quantitative"]]);
    expect(read("年内完成500户改造")).toEqual([["年内完成500户改造", "=", 500, "户", "quantitative"]]);
  });

  it("keeps a deadline before the work as the target", () => {
    expect(read("2024年12月底前完成500户改造")).toEqual([["", "=", 500, "户", "quantitative"]]);
  });
});

describe("a condition's bound before 的 (r74 I)", () => {
  it("reads the figure the clause goes on to require", () => {
    expect(target("不足95%的站点整改率100%")).toEqual(["=", 100, "%", "quantitative"]);
    expect(read("7、产出指标：质控比对合格率，不足95%的站点整改率100%。")).toEqual([
      ["质控比对合格率", "=", 100, "%", "quantitative"],
    ]);
  });

  it("keeps a bounded share of what is counted when nothing else is required", () => {
    expect(target("不少于90%的项目资金用于民生")).toEqual([">=", 90, "%", "quantitative"]);
    expect(target("不少于3万元的奖励")).toEqual([">=", 30000, "元", "quantitative"]);
  });
});
