/**
 * How an item is split into name and target: misreads of probe rounds 61 and 62 (fix round item13),
 * each a cell written on the pattern of a misread, read under an ordinary packed header.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";
import { read, records } from "../support/packedCell";

describe("一级——二级——名称：目标 (r62 #2)", () => {
  it("reads both labels before the name, with double dashes, spaced dashes or slashes", () => {
    const want = [["产出指标", "数量指标", "培训人次", "≥500人次", ">=", 500, "人次", "quantitative"]];
    expect(read("产出指标——数量指标——培训人次：≥500人次")).toEqual(want);
    expect(read("产出指标 —— 数量指标 —— 培训人次：≥500人次")).toEqual(want);
    expect(read("产出指标/数量指标/培训人次：≥500人次")).toEqual(want);
    expect(read("产出指标——质量指标——救助资金发放准确率：100%")).toEqual([
      ["产出指标", "质量指标", "救助资金发放准确率", "100%", "=", 100, "%", "quantitative"],
    ]);
  });

  it("reads a numbered line's 时效指标 and a 【】 heading with a space between its labels", () => {
    const dated = records("4.产出指标——时效指标——建成投用时间：2025年3月");
    expect(dated.map((i) => [i.seq, i.level1, i.level2, i.name, i.kind, i.date])).toEqual([
      [4, "产出指标", "时效指标", "建成投用时间", "date", "2025-03"],
    ]);
    const bracket = records("【产出指标 时效指标】\n指标1:建成时间(2025年3月)");
    expect(bracket.map((i) => [i.level1, i.level2, i.level2Inferred, i.name])).toEqual([
      ["产出指标", "时效指标", null, "建成时间"],
    ]);
  });

  it("keeps a minus sign after a label a sign", () => {
    expect(read("数量指标 -5%")).toEqual([["产出指标", "数量指标", "", "-5%", "=", -5, "%", "quantitative"]]);
  });
});

describe("a unit in a bracket beside the name (r62 #3)", () => {
  it("leaves the name and counts the target's bare number", () => {
    expect(read("资助学生人数（单位：人）：≥1500")).toEqual([
      [null, null, "资助学生人数", "≥1500", ">=", 1500, "人", "quantitative"],
    ]);
    expect(read("资助金额（单位：万元）：≥300")).toEqual([
      [null, null, "资助金额", "≥300", ">=", 3000000, "元", "quantitative"],
    ]);
    expect(read("病床使用率（%）：≥85")).toEqual([
      [null, null, "病床使用率", "≥85", ">=", 85, "%", "quantitative"],
    ]);
    expect(read("经费（单位：万元/年）：≤30")).toEqual([
      [null, null, "经费", "≤30", "<=", 300000, "元/年", "quantitative"],
    ]);
  });

  it("reads the unit's bracket before or after the target's", () => {
    expect(read("①新增城镇就业人数(单位：人)(≥6500)")).toEqual([
      [null, null, "新增城镇就业人数", "≥6500", ">=", 6500, "人", "quantitative"],
    ]);
    expect(read("门诊量(单位：万人次)(≥15)")).toEqual([
      [null, null, "门诊量", "≥15", ">=", 150000, "人次", "quantitative"],
    ]);
    expect(read("资助学生人数（≥1500）（单位：人）")).toEqual([
      [null, null, "资助学生人数", "≥1500", ">=", 1500, "人", "quantitative"],
    ]);
  });

  it("keeps a note, an abbreviation and a unit the target writes again as they were", () => {
    expect(read("培训人数（含线上）：≥500人").map((r) => [r[2], r[6]])).toEqual([
      ["培训人数（含线上）", "人"],
    ]);
    expect(read("路面技术状况指数（PQI）：≥80").map((r) => [r[2], r[6]])).toEqual([
      ["路面技术状况指数（PQI）", ""],
    ]);
    expect(read("合格率（%）：≥95%").map((r) => [r[2], r[5], r[6]])).toEqual([["合格率", 95, "%"]]);
  });

  it("reads the unit from the bracket where the target goes on past its number (the bracket leaves the name)", () => {
    expect(read("1、病床使用率（%）：≥85；较上年有所提高").map((r) => [r[2], r[5], r[6]])).toEqual([
      ["病床使用率", 85, "%"],
    ]);
  });

  it("leaves a 三级 cell's bracket to the row's reader (its unit counts the number, and it leaves the name)", () => {
    const rows = parseGrid(
      grid([
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["某项目", "产出指标", "质量指标", "病床使用率（%）：≥85", ""],
      ]),
    ).indicators;
    expect(rows.map((i) => [i.name, i.value, i.unit])).toEqual([["病床使用率", 85, "%"]]);
  });
});

describe("qualitative targets the tails did not read (r61 #3, r62 #7)", () => {
  it("reads a level held to or compared with in words", () => {
    expect(read("法定传染病报告发病率控制在全区平均水平以下").map((r) => [r[2], r[3], r[7]])).toEqual([
      ["法定传染病报告发病率", "控制在全区平均水平以下", "qualitative"],
    ]);
    expect(read("发病率低于全国平均水平").map((r) => [r[2], r[3], r[7]])).toEqual([
      ["发病率", "低于全国平均水平", "qualitative"],
    ]);
  });

  it("reads the words that close a state, a timing or a way of progress", () => {
    const cases: [string, string, string][] = [
      ["重污染天气及时预警", "重污染天气", "及时预警"],
      ["（4）群众文化生活日益丰富", "群众文化生活", "日益丰富"],
      ["乡村面貌焕然一新", "乡村面貌", "焕然一新"],
      ["项目运行有序推进", "项目运行", "有序推进"],
      ["设备运行稳定可靠", "设备运行", "稳定可靠"],
      ["工作任务全面完成", "工作任务", "全面完成"],
      ["水质改善明显", "水质", "改善明显"],
      ["群众意识增强明显", "群众意识", "增强明显"],
      ["长效管理机制建立健全", "长效管理机制", "建立健全"],
    ];
    for (const [cell, name, target] of cases)
      expect(read(cell).map((r) => [r[2], r[3], r[7]])).toEqual([[name, target, "qualitative"]]);
  });

  it("keeps names that hold the words before their own target", () => {
    expect(read("预警信息及时发布率≥95%").map((r) => [r[2], r[5]])).toEqual([["预警信息及时发布率", 95]]);
    expect(read("文化活动日益丰富的村数12个").map((r) => [r[2], r[5]])).toEqual([
      ["文化活动日益丰富的村数", 12],
    ]);
  });
});

describe("rates per so many in words, and a class before its figure (r61 #6)", () => {
  it("reads 十万分之十五, 百万分之一 and 10万分之15 as a rate per so many", () => {
    expect(read("孕产妇死亡率控制在十万分之十五以下")).toEqual([
      [null, null, "孕产妇死亡率", "控制在十万分之十五以下", "<=", 15, "/10万", "quantitative"],
    ]);
    expect(read("生产安全事故死亡率低于百万分之一").map((r) => [r[2], r[4], r[5], r[6]])).toEqual([
      ["生产安全事故死亡率", "<", 1, "/100万"],
    ]);
    expect(read("发病率控制在10万分之15以下").map((r) => [r[2], r[4], r[5], r[6]])).toEqual([
      ["发病率", "<=", 15, "/10万"],
    ]);
    expect(read("婴儿死亡率低于千分之五").map((r) => [r[4], r[5], r[6]])).toEqual([["<", 5, "‰"]]);
  });

  it("reads the first class's figure, not the class's numeral", () => {
    // (Each class's value is named by its class since fix round 77: 名称（一类）, 名称（二类）.)
    const first = read("补助标准：一类1000元/人，二类800元/人")[0];
    expect([first[2], first[3], first[4], first[5], first[6]]).toEqual([
      "补助标准（一类）",
      "一类1000元/人",
      "=",
      1000,
      "元/人",
    ]);
    expect(read("补助标准：一档1200元，二档1000元")[0].slice(4, 7)).toEqual(["=", 1200, "元"]);
  });
});

describe("a time to act within after a name (r61 #5)", () => {
  it("reads the time and the act as the target, what is acted on and the act as the name", () => {
    // (The name holds the act since fix round 81: 群众来信办结, not 群众来信.)
    const cases: [string, string, string, number, string][] = [
      ["（三）时效指标：市政设施报修24小时内处置", "市政设施报修处置", "24小时内处置", 24, "小时"],
      ["群众来信7个工作日内办结", "群众来信办结", "7个工作日内办结", 7, "个工作日"],
      ["群众举报违建在2个工作日内核查", "群众举报违建核查", "2个工作日内核查", 2, "个工作日"],
    ];
    for (const [cell, name, target, value, unit] of cases)
      expect(records(cell).map((i) => [i.name, i.target, i.comparator, i.value, i.unit])).toEqual([
        [name, target, "<=", value, unit],
      ]);
    expect(records("群众来信7个工作日内办结").map((i) => i.level2Inferred)).toEqual(["时效指标"]);
  });

  it("takes a condition's time out of the name (round 136), and keeps a day of a month as it was", () => {
    expect(records("接到报警后15分钟内到达现场").map((i) => [i.name, i.value])).toEqual([
      ["接到报警后到达现场", 15],
    ]);
    expect(records("时效指标：首月15日内拨付到位").map((i) => [i.name, i.target, i.kind])).toEqual([
      ["拨付到位", "首月15日内", "date"],
    ]);
  });
});

describe("a name wrapped onto a second line (r62 #4, inside a cell)", () => {
  it("joins the name's lines", () => {
    expect(
      read("【产出指标-数量指标】\n指标1:开展食品安全监督抽检\n批次(≥2800批次)").map((r) => [r[2], r[5]]),
    ).toEqual([["开展食品安全监督抽检批次", 2800]]);
  });
});

describe("a line that closes a target of its own is not half a name", () => {
  it("keeps the break after 水质明显改善", () => {
    expect(
      records("2.效益指标：水质明显改善\n群众意识明显增强").some((i) => i.name === "水质明显改善群众意识"),
    ).toBe(false);
  });
});
