/**
 * Targets and names that probe round 81 misread (fix round 83): statements with their verb in front read as
 * no target, compound rate units with a period (元/平方米·年, 元/生·学年), two deadlines in one item, and a hold
 * (保持) before a figure left in the name. Each test is a cell written on the pattern of a misread.
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

/** Name, kind and date of each record of one packed cell in a table titled for 2024. */
function dated2024(cell: string) {
  return parseGrid(
    grid([
      ["2024年项目绩效目标表", null],
      ["项目名称", "绩效指标"],
      ["某项目", cell],
    ]),
  ).indicators.map((i) => [i.name, i.kind, i.date]);
}

describe("a statement with its verb in front (r81 B)", () => {
  it("reads 消除…, 解决…, 缩小… as statements of work: the sentence both name and target, as 减轻…负担 reads", () => {
    for (const words of [
      "消除校舍安全隐患",
      "解决群众饮水难问题",
      "缓解群众就医压力",
      "巩固脱贫攻坚成果",
      "缩小城乡差距",
      "丰富群众文化生活",
      "营造良好社会氛围",
    ])
      expect(read(`社会效益指标：${words}；`)).toEqual([[words, words, null, null, "", "qualitative", null]]);
  });

  it("reads one in a cell of indicators without a label too, as 保障机关正常运转 reads", () => {
    expect(short("1、消除安全隐患")).toEqual([["消除安全隐患", null, null, "", "qualitative"]]);
  });

  it("leaves a name that counts something (保护面积, 解决就业人数) with no target written", () => {
    expect(short("社会效益指标：保护面积")).toEqual([["保护面积", null, null, "", "empty"]]);
    expect(short("数量指标：解决就业人数")).toEqual([["解决就业人数", null, null, "", "empty"]]);
  });

  it("reads a watch kept round the clock (全天候值守) as the target, the period before it the name", () => {
    expect(read("时效指标：防火期（10月至次年4月）全天候值守。")).toEqual([
      ["防火期（10月至次年4月）", "全天候值守", null, null, "", "qualitative", null],
    ]);
    expect(read("时效指标：防火期全天候值守。")).toEqual([
      ["防火期", "全天候值守", null, null, "", "qualitative", null],
    ]);
    expect(read("秋季禁烧期（9月15日-11月30日）全天候值守。")).toEqual([
      ["秋季禁烧期（9月15日-11月30日）", "全天候值守", null, null, "", "qualitative", null],
    ]);
  });

  it("reads a record kept up to date (动态更新, 定期公开) as the target, as 及时更新 reads (r85 B)", () => {
    expect(read("可持续影响指标：老年人健康档案动态更新；")).toEqual([
      ["老年人健康档案", "动态更新", null, null, "", "qualitative", null],
    ]);
    expect(read("政务信息定期公开")).toEqual([["政务信息", "定期公开", null, null, "", "qualitative", null]]);
  });
});

describe("a compound rate unit with a period (r81 C)", () => {
  it("reads a price per area or head and a period as the unit, the figure out of the name", () => {
    expect(short("成本指标：保洁服务单价8.6元/平方米·年；")).toEqual([
      ["保洁服务单价", "=", 8.6, "元/平方米·年", "quantitative"],
    ]);
    expect(short("成本指标：租金12元/平方米·月。")).toEqual([
      ["租金", "=", 12, "元/平方米·月", "quantitative"],
    ]);
    expect(short("成本指标：资助标准1000元/生·学年。")).toEqual([
      ["资助标准", "=", 1000, "元/生·学年", "quantitative"],
    ]);
    expect(short("成本指标：补助标准3元/人·学年")).toEqual([
      ["补助标准", "=", 3, "元/人·学年", "quantitative"],
    ]);
    expect(short("成本指标：资助标准≤1000元/生·学年。")).toEqual([
      ["资助标准", "<=", 1000, "元/生·学年", "quantitative"],
    ]);
    expect(short("成本指标：补助标准300元/生·学期")).toEqual([
      ["补助标准", "=", 300, "元/生·学期", "quantitative"],
    ]);
  });

  it("reads years of school as a count, a school year (2024学年) as none", () => {
    expect(short("资助年限2学年")).toEqual([["资助年限", "=", 2, "学年", "quantitative"]]);
    expect(short("2024学年")).toEqual([["2024学年", null, null, "", "empty"]]);
  });
});

describe("two deadlines in one item (r81 E)", () => {
  it("dates months listed with 、 after a year by the later one, the year named once", () => {
    expect(dated2024("时效指标：春防、秋防分别在5月、10月底前完成。")).toEqual([
      ["春防、秋防", "date", "2024-10-31"],
    ]);
    expect(dated2024("时效指标：春防、秋防分别在2025年5月、10月底前完成。")).toEqual([
      ["春防、秋防", "date", "2025-10-31"],
    ]);
    expect(dated2024("时效指标：慰问活动分别于1月25日前、7月31日前完成")).toEqual([
      ["慰问活动", "date", "2024-07-31"],
    ]);
  });

  it("cuts two things' deadlines written with no 于 after a comma or a 、: two records", () => {
    expect(dated2024("时效指标：春防5月底前完成，秋防10月底前完成。")).toEqual([
      ["春防", "date", "2024-05-31"],
      ["秋防", "date", "2024-10-31"],
    ]);
    expect(dated2024("时效指标：春防5月底前、秋防10月底前完成。")).toEqual([
      ["春防", "date", "2024-05-31"],
      ["秋防", "date", "2024-10-31"],
    ]);
  });

  it("cuts a deadline with no 于 from an indicator after it", () => {
    expect(short("资金11月底前拨付，补助标准每人500元")).toEqual([
      ["资金", null, null, "", "date"],
      ["补助标准", "=", 500, "元", "quantitative"],
    ]);
  });

  it("keeps a point in time a lead-in (截至12月底前，…), not an indicator of its own", () => {
    expect(short("截至12月底前，完成培训500人")).toEqual([["完成培训", "=", 500, "人", "quantitative"]]);
  });
});

describe("保持 before a figure (r81 F)", () => {
  it("reads the hold as the target's, the rate held as the name (as 保持在100% reads)", () => {
    expect(read("社会效益指标：农村自来水普及率保持100%。")).toEqual([
      ["农村自来水普及率", "保持100%", "=", 100, "%", "quantitative", null],
    ]);
    expect(read("社会效益指标：森林覆盖率保持77%以上。")).toEqual([
      ["森林覆盖率", "保持77%以上", ">=", 77, "%", "quantitative", null],
    ]);
    expect(short("森林覆盖率保持不低于77%")).toEqual([["森林覆盖率", ">=", 77, "%", "quantitative"]]);
    expect(short("空气质量优良率持续保持95%以上")).toEqual([
      ["空气质量优良率", ">=", 95, "%", "quantitative"],
    ]);
    expect(short("水质达标率维持100%")).toEqual([["水质达标率", "=", 100, "%", "quantitative"]]);
  });
});

describe("a time to act within, inside the sentence (r81 D: read right since round 81's fix)", () => {
  it("keeps the act in the name with what it is done to", () => {
    expect(short("时效指标：故障维修2小时内响应；")).toEqual([
      ["故障维修响应", "<=", 2, "小时", "quantitative"],
    ]);
    expect(short("指标3：一般纠纷15日内调结")).toEqual([["一般纠纷调结", "<=", 15, "日", "quantitative"]]);
  });
});

describe("months listed with 、 before one deadline", () => {
  it("reads 1月、7月底前完成 as one deadline, not a record 1月、 and another 7月底前完成", () => {
    expect(dated2024("1、产出指标：慰问人数≥200人。2、时效指标：1月、7月底前完成。")).toEqual([
      ["慰问人数", "quantitative", null],
      ["完成", "date", "2024-07-31"],
    ]);
  });

  it("still cuts two works each with its own deadline (春防5月、秋防10月底前 stays as read)", () => {
    expect(dated2024("时效指标：春防5月底前、秋防10月底前完成。").map((r) => r[0])).toEqual(["春防", "秋防"]);
  });
});

describe("an age leading a name after 1、 (probe round 90)", () => {
  it("numbers 数量指标：1、65岁及以上… and keeps the label over 2、 (was name 1、65岁…, and 2、 lost its 二级)", () => {
    expect(
      records(
        "产出指标：\n数量指标：1、65岁及以上老年人健康管理人数≥1.2万人；2、高血压患者规范管理率≥62%；",
      ).map((i) => [i.seq, i.name, i.level2]),
    ).toEqual([
      [1, "65岁及以上老年人健康管理人数", "数量指标"],
      [2, "高血压患者规范管理率", "数量指标"],
    ]);
    expect(records("数量指标：1、0-6岁儿童健康管理人数≥3000人；2、管理率≥62%").map((i) => i.name)).toEqual([
      "0-6岁儿童健康管理人数",
      "管理率",
    ]);
  });

  it("still reads 1、2号楼 as buildings listed, not numbering", () => {
    expect(records("产出指标：完成1、2号楼外墙改造≥2栋。").map((i) => i.name)).toEqual([
      "完成1、2号楼外墙改造",
    ]);
  });
});

describe("a name, a comma and a bound after a ； (probe round 89)", () => {
  it("reads 供养标准，不低于…标准的1.3倍 after ； as its own indicator (it was kept inside the one before)", () => {
    expect(
      short(
        "1、产出指标：特困供养人数，≥1.2万人；供养标准，不低于当地城乡居民最低生活保障标准的1.3倍；补助资金发放及时率，100%。",
      ),
    ).toEqual([
      ["特困供养人数", ">=", 12000, "人", "quantitative"],
      ["供养标准", ">=", 1.3, "倍", "quantitative"],
      ["补助资金发放及时率", "=", 100, "%", "quantitative"],
    ]);
  });
});

describe("a full stop typed for · in a per unit (probe round 90)", () => {
  it("reads 960元/人.年 and 300元/人.月 whole, the name without them (was 元/人, the figure left in the name)", () => {
    expect(short("成本指标：1、奖励扶助标准960元/人.年；2、补助标准≥300元/人.月。")).toEqual([
      ["奖励扶助标准", "=", 960, "元/人.年", "quantitative"],
      ["补助标准", ">=", 300, "元/人.月", "quantitative"],
    ]);
  });

  it("keeps a full stop that ends the item, or one before a number, out of the unit", () => {
    expect(short("成本指标：补助标准≥300元/人.2、培训人数≥50人").map((r) => r[3])).toEqual(["元/人", "人"]);
  });
});

describe("a system kept running (probe round 90)", () => {
  it("reads 长效保洁机制持续运行 as a qualitative target (was read as no target)", () => {
    expect(short("可持续影响指标：长效保洁机制持续运行；")).toEqual([
      ["长效保洁机制", null, null, "", "qualitative"],
    ]);
  });

  it("leaves 稳定运行 before a comma the name the sample's gold reads (信息系统和设备稳定运行，系统99%稳定可靠)", () => {
    expect(short("2、效益指标：信息系统和设备稳定运行，系统99%稳定可靠。").map((r) => r[0])).toEqual([
      "信息系统和设备稳定运行",
    ]);
  });

  it("leaves a rate of running a figure (系统正常运行率≥99%)", () => {
    expect(short("产出指标：系统正常运行率≥99%")).toEqual([
      ["系统正常运行率", ">=", 99, "%", "quantitative"],
    ]);
  });
});

describe("a document's section heading over its indicators (probe round 90)", () => {
  it("reads 三、绩效目标： on a line of its own as the section it is, not an empty record", () => {
    const g = grid([
      ["某区文化局2024年项目绩效目标"],
      ["一、项目名称：送戏下乡经费"],
      ["二、预算金额：20万元"],
      [
        "三、绩效目标：\n1.产出指标\n（1）数量指标：送戏下乡演出40场。\n2.效益指标\n（1）社会效益指标：群众满意度≥90%。",
      ],
    ]);
    expect(parseGrid(g).indicators.map((i) => [i.level2, i.name, i.value])).toEqual([
      ["数量指标", "送戏下乡演出", 40],
      ["社会效益指标", "群众满意度", 90],
    ]);
    // Unnumbered, the label stood apart already.
    expect(short("绩效指标：\n1、培训人数≥500人")).toEqual([["培训人数", ">=", 500, "人", "quantitative"]]);
  });
});
