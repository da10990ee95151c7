/**
 * Targets and names that probe rounds 71, 74 and 75 misread (fix round 77): qualitative targets with no
 * recognised word, deadlines whose work names the indicator, a share of a sum, a condition before a time
 * to act within, values of sub-groups under one name, an outcome after a figure, and a service's hours.
 * Each test is a cell written on the pattern of a misread.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";
import { records } from "../support/packedCell";

/** The records of one packed cell: name, target, comparator, value, unit, kind, date. */
function read(cell: string) {
  return records(cell).map((i) => [i.name, i.target, i.comparator, i.value, i.unit, i.kind, i.date]);
}

/** Name, comparator, value, unit and kind of each record of one packed cell. */
function short(cell: string) {
  return records(cell).map((i) => [i.name, i.comparator, i.value, i.unit, i.kind]);
}

describe("a qualitative target kept, narrowed or reached smoothly (r71 P3, P10)", () => {
  it("cuts 持续巩固, 不断缩小 and 顺利完成学业 off the name, as 不断增强 is", () => {
    expect(
      read(
        "（2）可持续影响指标：控辍保学成效持续巩固。⑥城乡居民公共卫生差距不断缩小；效益指标-社会效益指标：家庭经济困难学生顺利完成学业",
      ),
    ).toEqual([
      ["控辍保学成效", "持续巩固", null, null, "", "qualitative", null],
      ["城乡居民公共卫生差距", "不断缩小", null, null, "", "qualitative", null],
      ["家庭经济困难学生", "顺利完成学业", null, null, "", "qualitative", null],
    ]);
    expect(read("效益指标：控辍保学成果巩固").map((r) => r.slice(0, 2))).toEqual([["控辍保学成果", "巩固"]]);
    expect(read("效益指标：项目顺利通过验收").map((r) => r.slice(0, 2))).toEqual([["项目", "顺利通过验收"]]);
    expect(read("效益指标：脱贫攻坚成果巩固提升").map((r) => r.slice(0, 2))).toEqual([
      ["脱贫攻坚成果", "巩固提升"],
    ]);
  });

  it("reads 稳定 before a change as its adverb (种粮农民收入 | 稳定增加), as 稳步增加 reads", () => {
    expect(read("效益指标：种粮农民收入稳定增加；农民收入稳步增加").map((r) => r.slice(0, 2))).toEqual([
      ["种粮农民收入", "稳定增加"],
      ["农民收入", "稳步增加"],
    ]);
    // 稳定 alone is still the state reached.
    expect(read("效益指标：粮食价格稳定").map((r) => r.slice(0, 2))).toEqual([["粮食价格", "稳定"]]);
  });

  it("keeps a rate named by such words whole (义务教育巩固率)", () => {
    expect(short("质量指标：义务教育巩固率≥96%")).toEqual([
      ["义务教育巩固率", ">=", 96, "%", "quantitative"],
    ]);
  });
});

describe("a term's end as a recurring deadline (r71 P3)", () => {
  it("reads 每学期结束前 as 每季度末前 reads: a date with no one day, the payment's subject the name", () => {
    expect(read("3.时效指标：资金于每学期结束前发放到位；")).toEqual([
      ["资金", "每学期结束前发放到位", null, null, "", "date", null],
    ]);
    expect(read("补贴资金于每季度末前拨付")).toEqual([
      ["补贴资金", "每季度末前拨付", null, null, "", "date", null],
    ]);
    expect(read("时效指标：学期末前完成评估").map((r) => [r[0], r[5]])).toEqual([["完成评估", "date"]]);
  });

  it("cuts it after a whole indicator and a ； in a numbered item", () => {
    expect(
      read("1、产出指标：受助学生人数≥500人；资金于每学期结束前发放到位；2、满意度指标：学生满意度≥90%").map(
        (r) => [r[0], r[5]],
      ),
    ).toEqual([
      ["受助学生人数", "quantitative"],
      ["资金", "date"],
      ["学生满意度", "quantitative"],
    ]);
  });
});

describe("a deadline written first, then the work (r71 P4)", () => {
  it("names it by the work also where the work is the year's (完成全年筛查任务)", () => {
    expect(read("产出指标-时效指标：2024年11月底前完成全年筛查任务；")).toEqual([
      ["完成全年筛查任务", "2024年11月底前", null, null, "", "date", "2024-11-30"],
    ]);
    expect(read("时效指标：2024年6月底前完成上半年巡查任务").map((r) => [r[0], r[6]])).toEqual([
      ["完成上半年巡查任务", "2024-06-30"],
    ]);
    // As the work without it reads.
    expect(read("时效指标：2024年12月31日前完成资金拨付").map((r) => [r[0], r[6]])).toEqual([
      ["完成资金拨付", "2024-12-31"],
    ]);
  });

  it("keeps a year's whole period one date (2024年全年), and milestones one target", () => {
    expect(read("时效指标：2024年全年").map((r) => [r[0], r[1], r[6]])).toEqual([["", "2024年全年", "2024"]]);
    expect(read("6月底前完成招标，12月底前完工").map((r) => [r[0], r[5]])).toEqual([["", "date"]]);
  });
});

describe("a payment's deadline after its subject, with no 于 (r71 P4)", () => {
  it("reads 资金2024年6月30日前兑付到户 as 资金于…兑付到户 reads: the subject the name, the date the target", () => {
    expect(read("时效指标：资金2024年6月30日前兑付到户；")).toEqual([
      ["资金", "2024年6月30日前兑付到户", null, null, "", "date", "2024-06-30"],
    ]);
    expect(read("时效指标：资金于2024年6月30日前兑付到户；").map((r) => [r[0], r[6]])).toEqual([
      ["资金", "2024-06-30"],
    ]);
    expect(read("时效指标：补助资金2024年9月底前发放到人").map((r) => [r[0], r[6]])).toEqual([
      ["补助资金", "2024-09-30"],
    ]);
  });
});

describe("a bound on a share of a sum (r71 P5)", () => {
  it("reads 不低于资金总额的15% as ≥ 15 %, the comparator out of the name, as 不低于…的1.3倍 reads", () => {
    expect(read("产出指标：劳务报酬发放金额不低于资金总额的15%")).toEqual([
      ["劳务报酬发放金额", "不低于资金总额的15%", ">=", 15, "%", "quantitative", null],
    ]);
    expect(short("劳务报酬发放金额占比不低于15%")).toEqual([
      ["劳务报酬发放金额占比", ">=", 15, "%", "quantitative"],
    ]);
    expect(short("供养标准不低于当地人均消费支出的1.3倍")).toEqual([
      ["供养标准", ">=", 1.3, "倍", "quantitative"],
    ]);
  });
});

describe("a condition before a time to act within (r71 P9)", () => {
  // (Since round 136: the condition and the act name the indicator, the time to act within is the target,
  // as 故障台站48小时内修复 reads 故障台站修复.)
  it("names the indicator with the condition and the act; with no act, the sentence stays whole", () => {
    expect(read("时效指标：补贴资金审核后30日内拨付；")).toEqual([
      ["补贴资金审核后拨付", "30日内拨付", "<=", 30, "日", "quantitative", null],
    ]);
    expect(short("时效指标：降雪后24小时内主干道清雪完毕")).toEqual([
      ["降雪后主干道清雪完毕", "<=", 24, "小时", "quantitative"],
    ]);
    expect(short("时效指标：群众投诉受理后3个工作日")).toEqual([
      ["群众投诉受理后3个工作日", "=", 3, "个工作日", "quantitative"],
    ]);
  });

  it("leaves a name before a time to act within (市政设施报修处置 | 24小时内处置: with its act since fix round 81)", () => {
    expect(read("时效指标：市政设施报修24小时内处置").map((r) => r.slice(0, 2))).toEqual([
      ["市政设施报修处置", "24小时内处置"],
    ]);
    expect(read("时效指标：问题发现后及时整改").map((r) => r.slice(0, 2))).toEqual([
      ["问题发现后", "及时整改"],
    ]);
  });
});

describe("values of sub-groups under one name (r71 P8)", () => {
  it("names each value by the name and its group: 生均公用经费标准（小学）, 生均公用经费标准（初中）", () => {
    expect(short("（2）成本指标：生均公用经费标准：小学720元/生·年，初中940元/生·年；")).toEqual([
      ["生均公用经费标准（小学）", "=", 720, "元/生·年", "quantitative"],
      ["生均公用经费标准（初中）", "=", 940, "元/生·年", "quantitative"],
    ]);
    expect(short("补助资金：中央100万元，省级50万元，县级20万元")).toEqual([
      ["补助资金（中央）", "=", 1000000, "元", "quantitative"],
      ["补助资金（省级）", "=", 500000, "元", "quantitative"],
      ["补助资金（县级）", "=", 200000, "元", "quantitative"],
    ]);
  });

  it("leaves indicators of their own, and a clause of the target, as they were", () => {
    expect(short("1、产出指标：新建道路3公里，改造桥梁2座")).toEqual([
      ["新建道路", "=", 3, "公里", "quantitative"],
      ["改造桥梁", "=", 2, "座", "quantitative"],
    ]);
    expect(short("培训人数：全年500人，其中党员200人")).toEqual([
      ["培训人数", "=", 500, "人", "quantitative"],
    ]);
    // A second value in another unit is no sibling.
    expect(short("补助标准：城市800元，农村600人").map((r) => r[0])).toEqual(["补助标准", "农村"]);
  });
});

describe("an outcome of its own after a figure (r75 §5 item 9)", () => {
  it("reads 确保安全度汛 after 因灾死亡人数0人 as an indicator, not a restatement of the figure", () => {
    expect(read("1.产出指标：组织防汛演练2次。2.效益指标：因灾死亡人数0人；确保安全度汛。")).toEqual([
      ["组织防汛演练", "2次", "=", 2, "次", "quantitative", null],
      ["因灾死亡人数", "0人", "=", 0, "人", "quantitative", null],
      ["", "安全度汛", null, null, "", "qualitative", null],
    ]);
    expect(read("1、水库安全运行率100%；确保安全度汛").map((r) => r.slice(0, 2))).toEqual([
      ["水库安全运行率", "100%"],
      ["", "安全度汛"],
    ]);
  });

  it("still reads a restatement as the target's (确保零发生, 较上年有所提高, 逐年提高)", () => {
    expect(read("1、安全事故发生率0；确保零发生").map((r) => r.slice(0, 4))).toEqual([
      ["安全事故发生率", "0；确保零发生", "=", 0],
    ]);
    expect(read("1、群众满意度≥90%；逐年提高").map((r) => r.slice(0, 4))).toEqual([
      ["群众满意度", "≥90%；逐年提高", ">=", 90],
    ]);
  });

  it("drops a resolve written alone before a target (力争达到98% has no name)", () => {
    expect(read("力争达到98%").map((r) => r.slice(0, 4))).toEqual([["", "达到98%", ">=", 98]]);
  });
});

describe("a service's hours as a sentence (r74 note)", () => {
  it("reads 提供7×24小时服务 as a sentence holding its own number: both name and target, 24 小时", () => {
    expect(short("时效指标：提供7×24小时服务")).toEqual([
      ["提供7×24小时服务", "=", 24, "小时", "quantitative"],
    ]);
    expect(short("7×24小时运维服务")).toEqual([["7×24小时运维服务", "=", 24, "小时", "quantitative"]]);
  });

  it("reads 7×24小时 alone as a target with no name, and after a name as its target", () => {
    expect(read("时效指标：7×24小时").map((r) => r.slice(0, 5))).toEqual([["", "7×24小时", "=", 24, "小时"]]);
    expect(short("平台运行时间7×24小时")).toEqual([["平台运行时间", "=", 24, "小时", "quantitative"]]);
  });
});

describe("round 71's packed cells in their table (主管部门 | 预算单位 | 项目名称 | 绩效目标 | 绩效指标)", () => {
  const r = parseGrid(
    grid([
      ["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标"],
      [
        "某县教育局",
        "某县第一小学",
        "学生资助",
        "保障困难学生顺利完成学业。",
        "1.产出指标：资助学生人数≥1200人；资金于每学期结束前发放到位；2.效益指标：家庭经济困难学生顺利完成学业；控辍保学成效持续巩固；3.满意度指标：受助学生满意度≥95%",
      ],
      [
        "某县教育局",
        "某县教育局",
        "义务教育公用经费",
        "保障学校正常运转。",
        "成本指标：生均公用经费标准：小学720元/生·年，初中940元/生·年；时效指标：2024年11月底前完成全年拨付任务",
      ],
    ]),
  );

  it("reads every indicator of the two rows", () => {
    expect(
      r.indicators.map((i) => [i.cell, i.level1, i.name, i.comparator, i.value, i.unit, i.kind]),
    ).toEqual([
      ["E2", "产出指标", "资助学生人数", ">=", 1200, "人", "quantitative"],
      ["E2", "产出指标", "资金", null, null, "", "date"],
      ["E2", "效益指标", "家庭经济困难学生", null, null, "", "qualitative"],
      ["E2", "效益指标", "控辍保学成效", null, null, "", "qualitative"],
      ["E2", "满意度指标", "受助学生满意度", ">=", 95, "%", "quantitative"],
      ["E3", "成本指标", "生均公用经费标准（小学）", "=", 720, "元/生·年", "quantitative"],
      ["E3", "成本指标", "生均公用经费标准（初中）", "=", 940, "元/生·年", "quantitative"],
      ["E3", "产出指标", "完成全年拨付任务", null, null, "", "date"],
    ]);
  });
});
