/**
 * Packed 绩效指标 cells in the habits of 深圳, 杭州, 武汉 and 成都 departments (round 53): each test is a
 * cell written after one habit, read under an ordinary packed header (and a title naming the year where
 * a date needs it).
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

/** The records of one packed cell: name, comparator, value, valueMax, unit, kind (the date for a date). */
function read(cell: string, title?: string) {
  const rows = [...(title ? [[title, null]] : []), ["项目名称", "绩效指标"], ["某项目", cell]];
  const r = parseGrid(grid(rows));
  return r.indicators.map((i) =>
    i.kind === "date"
      ? [i.name, i.kind, i.date]
      : [i.name, i.comparator, i.value, i.valueMax, i.unit, i.kind],
  );
}

/** Name and target text of each record. */
function split(cell: string) {
  return parseGrid(
    grid([
      ["项目名称", "绩效指标"],
      ["某项目", cell],
    ]),
  ).indicators.map((i) => [i.name, i.target]);
}

describe("a per (每人每月, 每万人口, 每月) between the comparator or the name and the number", () => {
  it("keeps the comparator written before the per, and the per with the target", () => {
    expect(read("特困人员供养标准不低于每人每月1100元")).toEqual([
      ["特困人员供养标准", ">=", 1100, null, "元", "quantitative"],
    ]);
    expect(split("特困人员供养标准不低于每人每月1100元")).toEqual([
      ["特困人员供养标准", "不低于每人每月1100元"],
    ]);
    // The unit is what is written after the number; the per stays in the target text, as 每人每月不低于700元's does.
    expect(read("家庭医生团队配置≥每万人口4个")).toEqual([
      ["家庭医生团队配置", ">=", 4, null, "个", "quantitative"],
    ]);
  });

  it("takes a per after 为 or right after the name into the target, the name ending before it", () => {
    expect(split("营养餐补助标准为每生每天5元；河道巡查频次每周2次；耕地保护补贴每亩120元")).toEqual([
      ["营养餐补助标准", "每生每天5元"],
      ["河道巡查频次", "每周2次"],
      ["耕地保护补贴", "每亩120元"],
    ]);
    expect(read("河道巡查频次每周2次")).toEqual([["河道巡查频次", "=", 2, null, "次", "quantitative"]]);
  });

  it("keeps a change to a figure whole with its per (提高至每人每月…), as 降至…以下 is kept", () => {
    // (提高至: a level reached, a floor as 达到 is — since fix round 132d.)
    expect(read("高龄津贴提高至每人每月300元")).toEqual([
      ["高龄津贴", ">=", 300, null, "元", "quantitative"],
    ]);
    expect(split("高龄津贴提高至每人每月300元")).toEqual([["高龄津贴", "提高至每人每月300元"]]);
  });

  it("leaves a per that names a thing of its own in the name (每户补助, 每月巡查)", () => {
    expect(split("每户补助3000元")).toEqual([["每户补助", "3000元"]]);
    expect(split("婴幼儿托位数每千人口≥4.5个")).toEqual([["婴幼儿托位数", "每千人口≥4.5个"]]);
  });
});

describe("a range with its magnitude or unit written on both ends", () => {
  it("reads both ends, the name keeping none of the first half", () => {
    expect(read("年均接待参观者15万人次-20万人次")).toEqual([
      ["年均接待参观者", "between", 150000, 200000, "人次", "quantitative"],
    ]);
    expect(
      read("单户改造补助2万元-3万元；审批办结时限5个工作日至7个工作日；线上课程点播量1.2万～1.8万人次"),
    ).toEqual([
      ["单户改造补助", "between", 20000, 30000, "元", "quantitative"],
      ["审批办结时限", "between", 5, 7, "个工作日", "quantitative"],
      ["线上课程点播量", "between", 12000, 18000, "人次", "quantitative"],
    ]);
    expect(read("1.数量指标：演出场次20场-30场")).toEqual([
      ["演出场次", "between", 20, 30, "场", "quantitative"],
    ]);
    // The second half's unit says more when it starts with the first's.
    expect(read("危房改造补助标准5000元-8000元/户")).toEqual([
      ["危房改造补助标准", "between", 5000, 8000, "元/户", "quantitative"],
    ]);
  });
});

describe("a bound that says it includes the number: （含）以上, (含)", () => {
  it("keeps the name apart from the figure and its note", () => {
    expect(split("3.游客满意度85%（含）以上；4.群众满意度92%(含)以上；5.竣工验收合格率97%（含）")).toEqual([
      ["游客满意度", "85%（含）以上"],
      ["群众满意度", "92%(含)以上"],
      ["竣工验收合格率", "97%（含）"],
    ]);
    expect(read("游客满意度85%（含）以上")).toEqual([["游客满意度", ">=", 85, null, "%", "quantitative"]]);
  });
});

describe("a deadline in brackets after a season (汛前（5月15日前）)", () => {
  it("gives the month and day in the title's year, as the deadline written without brackets does", () => {
    const title = "某区2025年度项目支出绩效目标表";
    expect(read("时效指标：汛前（4月30日前）完成堤防加固", title)).toEqual([
      expect.arrayContaining(["date", "2025-04-30"]),
    ]);
    expect(read("时效指标：4月30日前完成堤防加固", title)).toEqual([
      expect.arrayContaining(["date", "2025-04-30"]),
    ]);
    expect(read("堤防加固完工时间：汛前（4月30日前）", title)).toEqual([
      ["堤防加固完工时间", "date", "2025-04-30"],
    ]);
  });
});

describe("a state reached, written after what it is said of, under a label or in a packed cell", () => {
  it("reads 得到…, 有效控制, …内不发生…, 零… as the qualitative target, the thing as the name", () => {
    expect(
      split(
        "1.社会效益指标：困难家庭基本生活需求得到满足；2.生态效益指标：施工扬尘污染有效控制；3.社会效益指标：镇域内不发生重大植物疫情；4.生态效益指标：工业废水零排放",
      ),
    ).toEqual([
      ["困难家庭基本生活需求", "得到满足"],
      ["施工扬尘污染", "有效控制"],
      ["重大植物疫情", "不发生"],
      ["工业废水", "零排放"],
    ]);
    expect(read("效益指标：2.外来务工人员住房困难得到缓解。")).toEqual([
      ["外来务工人员住房困难", null, null, null, "", "qualitative"],
    ]);
    expect(read("城中村道路积水问题有效缓解")).toEqual([
      ["城中村道路积水问题", null, null, null, "", "qualitative"],
    ]);
  });

  it("reads a payment's timing (按季度足额发放, 次年4月底前拨付) as its target", () => {
    expect(split("时效指标：慰问金按季度足额发放；时效指标：奖补资金次年4月底前拨付")).toEqual([
      ["慰问金", "按季度足额发放"],
      ["奖补资金", "次年4月底前拨付"],
    ]);
    // 次年 is the year after the table's (its date since fix round 81).
    expect(read("时效指标：奖补资金次年4月底前拨付", "2024年度项目支出绩效目标表")).toEqual([
      ["奖补资金", "date", "2025-04-30"],
    ]);
    expect(read("时效指标：一次性补助2024年9月底前发放")).toEqual([["一次性补助", "date", "2024-09-30"]]);
  });

  it("keeps a deadline within a period whole as the target (最佳防治期内完成)", () => {
    expect(read("时效指标：最佳防治期内完成")).toEqual([["", null, null, null, "", "qualitative"]]);
  });
});

/** seq, 一级 and name of each record. */
function numbered(cell: string) {
  return parseGrid(
    grid([
      ["项目名称", "绩效指标"],
      ["某项目", cell],
    ]),
  ).indicators.map((i) => [i.seq, i.level1, i.name]);
}

describe("numbering N. before a name led by digits (2.70岁…, 5.0-3岁…, 1.12315…)", () => {
  it("numbers the item at a line's start, not a decimal swallowing it into the item before", () => {
    expect(
      numbered(
        "数量指标：\n1.适龄儿童疫苗接种率≥95%\n2.70岁以上老年人家庭医生签约率≥75%\n3.严重精神障碍患者规范管理率≥80%",
      ),
    ).toEqual([
      [1, "产出指标", "适龄儿童疫苗接种率"],
      [2, "产出指标", "70岁以上老年人家庭医生签约率"],
      [3, "产出指标", "严重精神障碍患者规范管理率"],
    ]);
    expect(numbered("质量指标：5.0-3岁婴幼儿托育服务覆盖率≥30%")).toEqual([
      [5, "产出指标", "0-3岁婴幼儿托育服务覆盖率"],
    ]);
  });

  it("numbers the first item after a label, so that the items after it keep the label's 一级", () => {
    expect(numbered("效益指标：1.12315投诉举报处理率100%；2.投诉办结率≥95%；3.群众回访满意率≥90%")).toEqual([
      [1, "效益指标", "12315投诉举报处理率"],
      [2, "效益指标", "投诉办结率"],
      [3, "效益指标", "群众回访满意率"],
    ]);
  });

  it("leaves a decimal that no name led by digits follows (1.5万人次)", () => {
    expect(read("数量指标：\n1.5万人次\n2.培训合格率≥90%")).toEqual([
      ["", "=", 15000, null, "人次", "quantitative"],
      ["培训合格率", ">=", 90, null, "%", "quantitative"],
    ]);
  });
});

describe("a measure's name before a colon (…成果：)", () => {
  it("keeps the outcome as the name, the work and its count as the target", () => {
    expect(split("3.调查成果：形成专题研究报告2份")).toEqual([["调查成果", "形成专题研究报告2份"]]);
    // A heading that measures nothing still leads in to the indicator after it.
    expect(split("社区卫生服务中心基本公共卫生服务：建立居民健康档案1.8万份")).toEqual([
      ["建立居民健康档案", "1.8万份"],
    ]);
  });
});

describe("a risk held in check (有效防控, 有效治理)", () => {
  it("is the qualitative target of the thing named before it", () => {
    expect(split("效益指标：校园周边安全风险有效防控；生态效益指标：黑臭水体有效治理")).toEqual([
      ["校园周边安全风险", "有效防控"],
      ["黑臭水体", "有效治理"],
    ]);
  });
});
