/**
 * Packed 绩效指标 cells in the habits of 北京海淀, 上海, 重庆 and 青岛 departments (round 56): each test is
 * a cell written after one habit, read under an ordinary packed header and a title naming the year.
 */
import { parseGrid } from "../../src/core/parse";
import { namesOtherBlock } from "../../src/core/text/categories";
import { parseItem } from "../../src/core/text/item";
import { grid } from "../support/grid";

function records(cell: string) {
  const rows = [
    ["2024年某项目绩效目标表", null],
    ["项目名称", "绩效指标"],
    ["某项目", cell],
  ];
  return parseGrid(grid(rows)).indicators;
}

/** Name, target text and kind of each record, and its date for a date. */
function split(cell: string) {
  return records(cell).map((i) =>
    i.kind === "date" ? [i.name, i.target, i.kind, i.date] : [i.name, i.target, i.kind],
  );
}

describe("a deadline written first, then the work it is for", () => {
  it("names the indicator by the work and reads the deadline as its target", () => {
    expect(split("3.时效指标：2024年12月31日前完成年度治理任务")).toEqual([
      ["完成年度治理任务", "2024年12月31日前", "date", "2024-12-31"],
    ]);
    expect(split("2024年底前完工")).toEqual([["完工", "2024年底前", "date", "2024-12-31"]]);
    expect(split("时效指标：2024年5月-12月完成全部赛事")).toEqual([
      ["完成全部赛事", "2024年5月-12月", "date", "2024-12"],
    ]);
    expect(split("6月底前完成招标")).toEqual([["完成招标", "6月底前", "date", "2024-06-30"]]);
    expect(split("汛前（5月15日前）完成主体工程")).toEqual([
      ["完成主体工程", "汛前（5月15日前）", "date", "2024-05-15"],
    ]);
    expect(split("1季度内完成招标").map((r) => r.slice(0, 2))).toEqual([["完成招标", "1季度内"]]);
  });

  it("dates a half of the year by its last day", () => {
    expect(split("资金拨付时间：上半年")).toEqual([["资金拨付时间", "上半年", "date", "2024-06-30"]]);
    expect(split("2024年上半年完成招标")).toEqual([["完成招标", "2024年上半年", "date", "2024-06-30"]]);
    expect(split("时效指标：下半年完成验收")).toEqual([["完成验收", "下半年", "date", "2024-12-31"]]);
  });

  it("reads 次年 as part of the deadline, not a name", () => {
    expect(split("时效指标：次年1月底前完成结算").map((r) => r.slice(0, 3))).toEqual([
      ["完成结算", "次年1月底前", "date"],
    ]);
  });

  it("keeps a labelled time, a name before its deadline, milestones, a count and what must not happen", () => {
    expect(split("完成时间：2024年底")).toEqual([["完成时间", "2024年底", "date", "2024-12-31"]]);
    expect(split("培训任务于2024年12月底前完成")).toEqual([
      ["培训任务", "2024年12月底前完成", "date", "2024-12-31"],
    ]);
    expect(split("6月底前完成招标，12月底前完工").map((r) => r.slice(0, 3))).toEqual([
      ["", "6月底前完成招标，12月底前完工", "date"],
    ]);
    expect(split("2024年12月底前")).toEqual([["", "2024年12月底前", "date", "2024-12-31"]]);
    expect(split("全年不发生重大安全生产事故")).toEqual([["重大安全生产事故", "不发生", "qualitative"]]);
    expect(records("一季度一次").map((i) => [i.value, i.unit])).toEqual([[1, "次"]]);
  });
});

describe("a state, a service or an outcome in words, with no label", () => {
  it("reads the state closing the words as a qualitative target, what stands before it as the name", () => {
    expect(split("医保基金运行平稳")).toEqual([["医保基金运行", "平稳", "qualitative"]]);
    expect(split("社会秩序良好")).toEqual([["社会秩序", "良好", "qualitative"]]);
    expect(split("水质优良")).toEqual([["水质", "优良", "qualitative"]]);
    expect(split("收支平衡")).toEqual([["收支", "平衡", "qualitative"]]);
    expect(split("群众满意")).toEqual([["群众", "满意", "qualitative"]]);
    expect(split("基金运行平稳有序")).toEqual([["基金运行", "平稳有序", "qualitative"]]);
    expect(split("就业形势总体稳定")).toEqual([["就业形势", "总体稳定", "qualitative"]]);
    expect(split("服务期限长期")).toEqual([["服务期限", "长期", "qualitative"]]);
    expect(split("质保期3年").map((r) => r[0])).toEqual(["质保期"]);
  });

  it("never cuts a name that holds the word and goes on after it", () => {
    expect(split("水质优良率≥90%").map((r) => r[0])).toEqual(["水质优良率"]);
    expect(split("空气质量良好天数≥300天").map((r) => r[0])).toEqual(["空气质量良好天数"]);
    expect(split("收支平衡率100%").map((r) => r[0])).toEqual(["收支平衡率"]);
  });

  it("reads a service, a schedule agreed and an outcome stated by its verb", () => {
    expect(split("4.普查成果为宏观决策提供数据支撑")).toEqual([
      ["普查成果", "为宏观决策提供数据支撑", "qualitative"],
    ]);
    expect(split("为政府决策提供参考")).toEqual([
      ["为政府决策提供参考", "为政府决策提供参考", "qualitative"],
    ]);
    expect(split("项目按合同约定时间完成")).toEqual([["项目", "按合同约定时间完成", "qualitative"]]);
    expect(split("形成可复制可推广经验")).toEqual([
      ["形成可复制可推广经验", "形成可复制可推广经验", "qualitative"],
    ]);
  });

  it("infers 可持续影响指标 for a term under 效益指标", () => {
    const r = records("效益指标：服务期限长期");
    expect(r.map((i) => [i.name, i.level2Inferred])).toEqual([["服务期限", "可持续影响指标"]]);
  });

  it("infers 服务对象满意度指标 under 满意度指标 whatever the name", () => {
    const r = records("满意度指标：群众满意");
    expect(r.map((i) => [i.level1, i.level2Inferred])).toEqual([["满意度指标", "服务对象满意度指标"]]);
  });
});

describe("a bound in words after a comparator", () => {
  it("is the qualitative target, the words before it the name", () => {
    expect(split("项目成本≤预算数")).toEqual([["项目成本", "≤预算数", "qualitative"]]);
    expect(split("运维费用不超过合同金额")).toEqual([["运维费用", "不超过合同金额", "qualitative"]]);
    expect(split("合格率≥XX%").map((r) => r[1])).toEqual(["≥XX%"]);
  });
});

describe("a number with a unit the list does not know", () => {
  /** Name, comparator, value, unit and kind of each record. */
  const read = (cell: string) => records(cell).map((i) => [i.name, i.comparator, i.value, i.unit, i.kind]);

  it("keeps the number, and the unit as written, after a name", () => {
    expect(read("效果指标：日均供餐能力提升至1.5万客")).toEqual([
      // (提升至: a level reached, a floor as 达到 is — since fix round 132d.)
      ["日均供餐能力", ">=", 15000, "客", "quantitative"],
    ]);
    expect(read("建设光纤200皮长公里")).toEqual([["建设光纤", "=", 200, "皮长公里", "quantitative"]]);
    expect(read("服务能力1.5万客次")).toEqual([["服务能力", "=", 15000, "客次", "quantitative"]]);
  });

  it("takes no verb, no ordinal, no code and no known unit with words after it for a unit", () => {
    expect(read("改造1号楼").map((r) => r[0])).toEqual(["改造1号楼"]);
    expect(read("服务12345热线").map((r) => [r[0], r[4]])).toEqual([["服务12345热线", "empty"]]);
    expect(read("接入110报警").map((r) => r[0])).toEqual(["接入110报警"]);
    expect(read("供餐15000客")).toEqual([["供餐", "=", 15000, "客", "quantitative"]]);
    expect(read("通过ISO9001认证").map((r) => r[0])).toEqual(["通过ISO9001认证"]);
    expect(read("完成10个村建设").map((r) => r[0])).toEqual(["完成10个村建设"]);
    expect(read("培训50名村干部以上")[0].slice(3)).toEqual(["名", "quantitative"]);
  });
});

describe("a state said of a subject of its own after an indicator and a comma", () => {
  it("is an indicator of its own", () => {
    expect(split("矛盾纠纷就地化解率≥90%，群众法治意识明显增强")).toEqual([
      ["矛盾纠纷就地化解率", "≥90%", "quantitative"],
      ["群众法治意识", "明显增强", "qualitative"],
    ]);
    expect(split("设备完好率≥95%，系统运行稳定").map((r) => r[0])).toEqual(["设备完好率", "系统运行"]);
    expect(split("准点率≥90%，服务质量明显提升").map((r) => r[0])).toEqual(["准点率", "服务质量"]);
    expect(split("整改率100%，群众满意度明显提升").map((r) => r[0])).toEqual(["整改率", "群众满意度"]);
  });

  it("keeps a clause restating the figure, a state after a state, and a name's target after its comma", () => {
    expect(split("效益指标：运行平稳，不发生重大事故")).toHaveLength(1);
    expect(split("森林覆盖率达到42.5%，较上年提高0.3个百分点")).toHaveLength(1);
    expect(split("合格率达到95%，较上年有所提高")).toHaveLength(1);
    expect(split("培训人数500人次，逐年提高")).toHaveLength(1);
    expect(split("3、效益指标：2024年食品安全状况，总体稳定。")).toEqual([
      ["2024年食品安全状况", "总体稳定", "qualitative"],
    ]);
  });
});

describe("Shanghai's 影响力指标 and the short labels under it", () => {
  /** 一级, 二级, name and target of each record. */
  const cats = (cell: string) => records(cell).map((i) => [i.level1, i.level2, i.name, i.target]);

  it("reads the heading as 效益指标 / 可持续影响指标, gives it no record, and ends the category before it", () => {
    expect(
      cats(
        "社会公众或服务对象满意度指标：学生家长满意度≥90%\n影响力指标：\n长效管理：建立课后服务长效管理机制",
      ),
    ).toEqual([
      ["满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"],
      ["效益指标", "可持续影响指标", "长效管理", "建立课后服务长效管理机制"],
    ]);
    expect(cats("效果指标：实际办件网办率≥80%；影响力指标：河长制长效管理机制健全。")[1]).toEqual([
      "效益指标",
      "可持续影响指标",
      "河长制长效管理机制",
      "健全",
    ]);
    expect(cats("效果指标：实际办件网办率≥80%；影响力指标：信息共享：与国家平台数据对接率100%")[1]).toEqual([
      "效益指标",
      "可持续影响指标",
      "与国家平台数据对接率",
      "100%",
    ]);
  });

  it("reads a short label before a whole indicator as no name, across a line break as after a ；", () => {
    expect(cats("满意度指标：满意度≥90%\n影响力指标：\n人力资源：专职人员≥3名")[1].slice(2)).toEqual([
      "专职人员",
      "≥3名",
    ]);
    expect(cats("满意度指标：满意度≥90%；影响力指标：人力资源：配备专职人员3名")[1].slice(2)).toEqual([
      "配备专职人员",
      "3名",
    ]);
  });
});

describe("how a standard is met, and an event that must not happen written with 无", () => {
  it("keeps the adverb of a grade to reach with the target, as with a standard", () => {
    expect(split("河道水质稳定达到Ⅳ类及以上")).toEqual([["河道水质", "稳定达到Ⅳ类及以上", "qualitative"]]);
    expect(split("长江干流武汉段水质稳定保持Ⅱ类")[0][0]).toBe("长江干流武汉段水质");
  });

  it("reads 无 before an event as the state, the event as the name", () => {
    expect(split("全年无重大安全事故")).toEqual([["重大安全事故", "无", "qualitative"]]);
    expect(split("项目实施期间无安全事故")).toEqual([["安全事故", "无", "qualitative"]]);
    expect(split("全年不发生重大安全生产事故")).toEqual([["重大安全生产事故", "不发生", "qualitative"]]);
    expect(split("无障碍设施改造")).toEqual([["无障碍设施改造", "", "empty"]]);
  });
});

describe("the label of a block of no category (管理指标：)", () => {
  it("gives no record alone on its line, and no name before a whole indicator", () => {
    expect(records("满意度指标：满意度≥90%\n管理指标：\n档案完整率100%").map((i) => i.name)).toEqual([
      "满意度",
      "档案完整率",
    ]);
    expect(records("满意度指标：满意度≥90%；履职效能指标：完成重点任务15项").map((i) => i.name)).toEqual([
      "满意度",
      "完成重点任务",
    ]);
  });

  it("is told apart from category labels and the cell's own label", () => {
    expect(namesOtherBlock("管理指标")).toBe(true);
    expect(namesOtherBlock("履职效能指标")).toBe(true);
    expect(namesOtherBlock("数量指标")).toBe(false);
    expect(namesOtherBlock("影响力指标")).toBe(false);
    expect(namesOtherBlock("绩效指标")).toBe(false);
    expect(namesOtherBlock("年度绩效指标")).toBe(false);
    expect(parseItem("管理指标：档案完整率100%").otherBlock).toBe(true);
    expect(parseItem("数量指标：档案整理100卷").otherBlock).toBeUndefined();
  });
});

describe("a block of no category (管理指标) ends the category before it", () => {
  const read = (cell: string) =>
    parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        ["某项目", cell],
      ]),
    ).indicators.map((i) => [i.name, i.level1]);
  it("under an inline label, numbered or not", () => {
    expect(read("1、满意度指标：群众满意度≥90%；2、管理指标：档案完整率100%")).toEqual([
      ["群众满意度", "满意度指标"],
      ["档案完整率", null],
    ]);
  });
  it("under a heading of its own line", () => {
    expect(read("【满意度指标】\n群众满意度≥90%\n【管理指标】\n档案完整率100%")).toEqual([
      ["群众满意度", "满意度指标"],
      ["档案完整率", null],
    ]);
  });
});
