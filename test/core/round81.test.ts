/**
 * Targets and names that probe rounds 77 and 78 misread (fix round 81): statements read as no target, a
 * time to act within that cut the act off the name, clauses a numbered label's item swallowed, a quoted
 * hotline after a comma, 有效率 read as an economic word, the count 台件, and a 部门整体 table's 职责履行.
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

describe("有效率 is no economic word (r77 G)", () => {
  it("infers 社会效益 for a rate of treatments that work, 经济效益 for 效率 still", () => {
    const inferred = (cell: string) => records(cell).map((i) => [i.name, i.level2Inferred]);
    expect(inferred("效益指标：残疾儿童康复训练有效率≥85%。")).toEqual([
      ["残疾儿童康复训练有效率", "社会效益指标"],
    ]);
    expect(inferred("效益指标：门诊治疗有效率≥90%")).toEqual([["门诊治疗有效率", "社会效益指标"]]);
    expect(inferred("效益指标：审批效率提高10%")).toEqual([["审批效率", "经济效益指标"]]);
  });
});

describe("a rows table's counts and 部门整体 categories (r78 D, §3.1)", () => {
  const rows = (...data: (string | null)[][]) =>
    parseGrid(grid([["项目名称", "部门整体支出"], ["一级指标", "二级指标", "三级指标", "指标值"], ...data]))
      .indicators;

  it("reads 台件 as one unit, as 台套 and 台（件） read", () => {
    expect(
      rows(
        ["产出指标", "数量指标", "完成强制检定计量器具数量", "5万台件"],
        [null, null, "检定计量器具", "50000台件"],
        [null, null, "检定设备", "≥5000台（件）"],
      ).map((i) => [i.value, i.unit]),
    ).toEqual([
      [50000, "台件"],
      [50000, "台件"],
      [5000, "台（件）"],
    ]);
  });

  it("maps 职责履行 to 产出指标, as 履职效益 maps to 效益指标", () => {
    expect(
      rows(
        ["职责履行", "重点工作履行情况", "乡镇国土空间规划编制完成数", "19个"],
        ["履职效益", "社会效益", "地质灾害造成人员伤亡", "0人"],
      ).map((i) => [i.level1, i.level2 ?? i.level2Inferred]),
    ).toEqual([
      ["产出指标", "数量指标"],
      ["效益指标", "社会效益指标"],
    ]);
  });
});

describe("a time to act within, inside the sentence (r77 D)", () => {
  it("names the indicator by what is acted on and the act (信访事项办结), the time and the act the target", () => {
    expect(read("时效指标：信访事项60日内办结。")).toEqual([
      ["信访事项办结", "60日内办结", "<=", 60, "日", "quantitative", null],
    ]);
    expect(short("时效指标：故障24小时内修复。")).toEqual([["故障修复", "<=", 24, "小时", "quantitative"]]);
    // (在 joins the name and the time, as 面积为… does: neither's.)
    expect(short("时效指标：信访事项在60日内办结")).toEqual([
      ["信访事项办结", "<=", 60, "日", "quantitative"],
    ]);
  });

  // (Since round 136 the condition and the act name it, the time taken out.)
  it("reads the day a time counts from as a condition (交办后, 审核后): the act after the time names it with it", () => {
    expect(short("产出指标-时效指标：议案建议交办之日起3个月内办结；")).toEqual([
      ["议案建议交办之日起办结", "<=", 3, "个月", "quantitative"],
    ]);
    expect(short("时效指标：提案交办后3个月内办复")).toEqual([
      ["提案交办后办复", "<=", 3, "个月", "quantitative"],
    ]);
    expect(short("时效指标：群众投诉受理之日起3个工作日")).toEqual([
      ["群众投诉受理之日起3个工作日", "=", 3, "个工作日", "quantitative"],
    ]);
  });
});

describe("statements read as no target (r77 E)", () => {
  it("reads 减轻…负担 and 发挥…作用 as statements of work: the sentence both name and target, as 保障机关正常运转", () => {
    expect(read("效益指标：减轻优抚对象医疗负担。")).toEqual([
      ["减轻优抚对象医疗负担", "减轻优抚对象医疗负担", null, null, "", "qualitative", null],
    ]);
    expect(short("效益指标-社会效益指标：充分发挥政协协商民主作用；")).toEqual([
      ["充分发挥政协协商民主作用", null, null, "", "qualitative"],
    ]);
    expect(short("效益指标-社会效益指标：减轻患病妇女家庭负担；")).toEqual([
      ["减轻患病妇女家庭负担", null, null, "", "qualitative"],
    ]);
  });

  it("cuts 实现应挂尽挂 (all that should be, is) off the name, as 实现全覆盖 is", () => {
    expect(read("产出指标：数量指标：优抚对象医疗补助300人次；光荣牌悬挂实现应挂尽挂；").slice(1)).toEqual([
      ["光荣牌悬挂", "实现应挂尽挂", null, null, "", "qualitative", null],
    ]);
    expect(read("产出指标：困难群众应保尽保").map((r) => r.slice(0, 2))).toEqual([["困难群众", "应保尽保"]]);
  });

  it("reads a schedule a rule sets as a qualitative target with no name, a season's deadline as a date", () => {
    expect(read("（3）时效指标：按国家统计局规定时间报送。")).toEqual([
      ["", "按国家统计局规定时间报送", null, null, "", "qualitative", null],
    ]);
    // A season of work's deadline reads as 汛前储备到位 does (round 124a): a date, the work its name.
    expect(read("3.时效指标：春耕前储备到位；")).toEqual([
      ["储备到位", "春耕前", null, null, "", "date", null],
    ]);
    // With a subject: the subject names it.
    expect(read("数据按规定时间报送").map((r) => r.slice(0, 2))).toEqual([["数据", "按规定时间报送"]]);
  });

  it("reads 次年3月底前结算完毕 as a deadline, in the year after the title's", () => {
    const dated = (title: string) =>
      parseGrid(
        grid([[title], ["项目名称", "绩效指标"], ["优抚", "时效指标：医疗费用次年3月底前结算完毕；"]]),
      ).indicators.map((i) => [i.name, i.target, i.kind, i.date]);
    expect(dated("2025年度项目支出绩效目标表")).toEqual([
      ["医疗费用", "次年3月底前结算完毕", "date", "2026-03-31"],
    ]);
    expect(dated("项目支出绩效目标表")).toEqual([["医疗费用", "次年3月底前结算完毕", "date", null]]);
  });

  it("reads a schedule alone in a cell of indicators as a qualitative target of timeliness", () => {
    expect(
      records("①发放率100%；②按月发放到位。").map((i) => [i.name, i.target, i.kind, i.level2Inferred]),
    ).toEqual([
      ["发放率", "100%", "quantitative", "质量指标"],
      ["", "按月发放到位", "qualitative", "时效指标"],
    ]);
  });
});

describe("a schedule after a whole indicator under a numbered label (r77 A)", () => {
  it("reads 按月发放到位 as an indicator of its own, a qualitative target of timeliness", () => {
    const cut = (cell: string) =>
      records(cell).map((i) => [i.seq, i.name, i.target, i.kind, i.level2 ?? i.level2Inferred]);
    expect(cut("1、产出指标：发放率100%；按月发放到位。")).toEqual([
      [1, "发放率", "100%", "quantitative", "质量指标"],
      [null, "", "按月发放到位", "qualitative", "时效指标"],
    ]);
    expect(
      cut("1、产出指标：发放重点优抚对象抚恤补助2860人；补助资金足额发放率≥95%；按月发放到位。"),
    ).toEqual([
      [1, "发放重点优抚对象抚恤补助", "2860人", "quantitative", "数量指标"],
      // (Paid in full is how well: 质量指标 since round 136.)
      [null, "补助资金足额发放率", "≥95%", "quantitative", "质量指标"],
      [null, "", "按月发放到位", "qualitative", "时效指标"],
    ]);
  });

  it("keeps a clause that restates the target with it (较上年有所提高)", () => {
    expect(short("1、产出指标：发放率≥95%；较上年有所提高。")).toEqual([
      ["发放率", ">=", 95, "%", "quantitative"],
    ]);
  });
});

describe("a state, then another indicator after a comma, under a numbered label (r77 C)", () => {
  it("cuts after 持续好转 or 持续稳定 before a name and its target, as without the number", () => {
    expect(short("2、效益指标：信访秩序持续好转，进京赴省非访零发生。")).toEqual([
      ["信访秩序", null, null, "", "qualitative"],
      ["进京赴省非访", "=", 0, "", "quantitative"],
    ]);
    expect(read("2、效益指标：社会治安秩序持续稳定，命案发案数0起。")).toEqual([
      ["社会治安秩序", "持续稳定", null, null, "", "qualitative", null],
      ["命案发案数", "0起", "=", 0, "起", "quantitative", null],
    ]);
  });

  it("keeps a name before a comma whose words hold no finished state (稳定运行, 系统99%稳定可靠)", () => {
    expect(short("2、效益指标：信息系统和设备稳定运行，系统99%稳定可靠。")).toEqual([
      ["信息系统和设备稳定运行", "=", 99, "%", "quantitative"],
    ]);
  });
});

describe("a hotline's number in quotes after a comma (r77 B)", () => {
  it("starts an indicator of its own, as 12348热线 without quotes does", () => {
    expect(short("产出指标：数量指标：办件1200件，“12348”热线咨询≥5000人次；")).toEqual([
      ["办件", "=", 1200, "件", "quantitative"],
      ["“12348”热线咨询", ">=", 5000, "人次", "quantitative"],
    ]);
    expect(
      short("数量指标：村（居）法律顾问覆盖率100%，“12348”热线接听咨询≥5000人次，公证办件1200件；").map(
        (r) => r[0],
      ),
    ).toEqual(["村（居）法律顾问覆盖率", "“12348”热线接听咨询", "公证办件"]);
  });
});

describe("a percentage and its verb inside the sentence (r77 F)", () => {
  it("takes the figure out of the name, the verb kept: 议案建议办复 | 100%办复, as 监测点位 | 100%覆盖 reads", () => {
    expect(read("3）议案建议100%办复;")).toEqual([
      ["议案建议办复", "100%办复", "=", 100, "%", "quantitative", null],
    ]);
    expect(short("问题100%整改到位")).toEqual([["问题整改到位", "=", 100, "%", "quantitative"]]);
  });

  it("leaves a rate's name and a state reached as they were (覆盖率 | 100%达标)", () => {
    expect(read("覆盖率100%达标").map((r) => r.slice(0, 2))).toEqual([["覆盖率", "100%达标"]]);
    expect(read("贫困户100%达标").map((r) => r.slice(0, 2))).toEqual([["贫困户", "100%达标"]]);
  });
});
