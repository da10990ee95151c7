/**
 * Round 241, reading: the leftovers rounds 235–236 named, each read as record.md has it, with the near misses of
 * every new rule read as before.
 */
import type { CellValue } from "../../src/core/grid";
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

const TITLE = "某县2025年项目支出绩效目标表";
const records = (cell: string) =>
  parseGrid(grid([[TITLE], ["项目名称", "绩效指标"], ["示范项目", cell]] as CellValue[][])).indicators;
const packed = (cell: string) =>
  records(cell).map((i) => [
    i.level1,
    i.level2 ?? i.level2Inferred,
    i.name,
    i.comparator,
    i.value,
    i.unit,
    i.kind,
  ]);
const named = (cell: string) => records(cell).map((i) => i.name);
const dated = (cell: string) => records(cell).map((i) => [i.name, i.kind, i.date, i.target]);

describe("a space-packed line of scored labels, each name touching its value (产出指标（40分） 培训人数≥500人次 …)", () => {
  const three = [
    ["产出指标", "数量指标", "培训人数", ">=", 500, "人次", "quantitative"],
    ["产出指标", "质量指标", "合格率", ">=", 95, "%", "quantitative"],
    ["效益指标", "社会效益指标", "带动就业", ">=", 50, "人", "quantitative"],
  ];
  it.each([
    "产出指标（40分） 培训人数≥500人次 合格率≥95% 效益指标（30分） 带动就业≥50人",
    "产出指标(40)分 培训人数≥500人次 合格率≥95% 效益指标(30)分 带动就业≥50人",
    "产出指标40分 培训人数≥500人次 合格率≥95% 效益指标30分 带动就业≥50人",
    "产出指标（40-50分） 培训人数≥500人次 合格率≥95% 效益指标（20-30分） 带动就业≥50人",
    // as the unscored line and the line with its values apart read already
    "产出指标 培训人数≥500人次 合格率≥95% 效益指标 带动就业≥50人",
    "产出指标（40分） 培训人数 ≥500人次 合格率 ≥95% 效益指标（30分） 带动就业 ≥50人",
  ])("reads %s item by item under its label", (cell) => {
    expect(packed(cell)).toEqual(three);
  });

  it("reads a line of its own so, and a 二级 written among them", () => {
    expect(packed("产出指标（40分） 培训人数≥500人次 合格率≥95%\n效益指标（30分） 带动就业≥50人")).toEqual(
      three,
    );
    expect(
      packed("产出指标（40分） 数量指标 培训人数≥500人次 质量指标 合格率≥95% 效益指标（30分） 带动就业≥50人"),
    ).toEqual(three);
    expect(
      packed("产出指标40分 新建大棚40座 效益指标30分 带动就业60人 满意度指标10分 受益户满意度95%"),
    ).toEqual([
      ["产出指标", "数量指标", "新建大棚", "=", 40, "座", "quantitative"],
      ["效益指标", "社会效益指标", "带动就业", "=", 60, "人", "quantitative"],
      ["满意度指标", "服务对象满意度指标", "受益户满意度", "=", 95, "%", "quantitative"],
    ]);
  });

  it("leaves as before a label that is no category's, a score in words, no space after it, a space in a name", () => {
    expect(named("提升指标（30分） 带动就业≥50人 合格率≥95% 年度指标（30分） 培训人数≥500人次")).toEqual([
      "提升指标（30分） 带动就业",
    ]);
    expect(named("产出指标（四十分） 培训人数≥500人次 合格率≥95% 效益指标（三十分） 带动就业≥50人")).toEqual([
      "产出指标（四十分） 培训人数",
    ]);
    expect(named("产出指标（40分）培训人数≥500人次 合格率≥95% 效益指标（30分）带动就业≥50人")).toEqual([
      "产出指标（40分）培训人数",
    ]);
    expect(named("产出指标（40分） 培训 人数≥500人次 合格率≥95% 效益指标（30分） 带动就业≥50人")).toEqual([
      "培训 人数",
    ]);
    expect(packed("产出指标（40分）：培训人数≥500人次；合格率≥95%。效益指标（30分）：带动就业≥50人")).toEqual(
      three,
    );
  });
});

describe("farm waste reused and fertiliser replaced under 效益 (有机肥替代化肥面积, 秸秆综合利用率)", () => {
  const level2 = (cell: string) => records(`效益指标：${cell}`)[0].level2Inferred;
  it.each([
    "有机肥替代化肥面积 ≥2000亩",
    "秸秆综合利用率 ≥92%",
    "畜禽粪污资源化利用率 ≥80%",
    "农膜回收率 ≥85%",
    "秸秆还田面积 ≥1万亩",
    "建筑垃圾资源化利用率 ≥50%",
    "化肥减量 ≥5%",
    "农药减量 ≥3%",
    "化肥使用量减少 ≥3%",
  ])("reads %s as 生态效益", (cell) => {
    expect(level2(cell)).toBe("生态效益指标");
  });

  it("leaves money, jobs and training about them as before, and an output as an output", () => {
    expect(level2("秸秆综合利用带动农户增收 ≥200元")).toBe("经济效益指标");
    expect(level2("有机肥替代化肥带动增收 ≥300元")).toBe("经济效益指标");
    expect(level2("有机肥生产企业营业收入 ≥500万元")).toBe("经济效益指标");
    expect(level2("秸秆收储带动就业 ≥30人")).toBe("社会效益指标");
    expect(level2("有机肥推广培训人次 ≥300人次")).toBe("社会效益指标");
    expect(level2("粪污收集车辆服务农户数 ≥200户")).toBe("社会效益指标");
    expect(records("产出指标：有机肥替代化肥面积 ≥2000亩")[0].level2Inferred).toBe("数量指标");
    expect(records("产出指标：秸秆综合利用率 ≥92%")[0].level2Inferred).toBe("质量指标");
  });
});

describe("a bound on what is counted, then a comma and a bare figure (覆盖人口超过5000人的村，10个)", () => {
  it("keeps the name whole, the figure after the comma its target", () => {
    expect(packed("覆盖人口超过5000人的村，10个")).toEqual([
      [null, "数量指标", "覆盖人口超过5000人的村", "=", 10, "个", "quantitative"],
    ]);
    expect(packed("数量指标：覆盖人口超过5000人的村，10个")[0].slice(2)).toEqual([
      "覆盖人口超过5000人的村",
      "=",
      10,
      "个",
      "quantitative",
    ]);
    expect(packed("覆盖人口超过5000人的村，10个以上")[0].slice(2, 6)).toEqual([
      "覆盖人口超过5000人的村",
      ">=",
      10,
      "个",
    ]);
    expect(packed("覆盖人口超过5000人的村，约10个")[0].slice(2, 6)).toEqual([
      "覆盖人口超过5000人的村",
      "=",
      10,
      "个",
    ]);
    expect(packed("年收入超过5万元的脱贫户数，300户")[0].slice(2, 6)).toEqual([
      "年收入超过5万元的脱贫户数",
      "=",
      300,
      "户",
    ]);
    expect(packed("超过60岁的老人，1200人")[0].slice(2, 6)).toEqual(["超过60岁的老人", "=", 1200, "人"]);
  });

  it("leaves as before a sign after the comma, no 的, a name after the comma, a year", () => {
    expect(packed("年收入超过5万元的脱贫户数，≥300户")[0].slice(2, 6)).toEqual([
      "年收入超过5万元的脱贫户数",
      ">=",
      300,
      "户",
    ]);
    expect(packed("覆盖人口超过5000人的村≥10个")[0].slice(2, 6)).toEqual([
      "覆盖人口超过5000人的村",
      ">=",
      10,
      "个",
    ]);
    expect(named("服务人口超过5000人的社区，覆盖率100%")).toEqual(["服务人口", "覆盖率"]);
    expect(packed("开展培训超过3次，参训人员500人").map((r) => r.slice(2, 5))).toEqual([
      ["开展培训", ">", 3],
      ["参训人员", "=", 500],
    ]);
    expect(packed("覆盖人口超过5000人的村，2025年")[0].slice(2, 5)).toEqual(["覆盖人口", ">", 5000]);
  });
});

describe("a deadline, then a state reached by it, after its subject (职工培训年底前覆盖全员)", () => {
  it("reads the subject as the name, the deadline and the state as a date target", () => {
    expect(dated("职工培训年底前覆盖全员")).toEqual([["职工培训", "date", "2025-12-31", "年底前覆盖全员"]]);
    expect(dated("职工培训2025年10月底前覆盖全员")).toEqual([
      ["职工培训", "date", "2025-10-31", "2025年10月底前覆盖全员"],
    ]);
    expect(dated("家庭医生签约年底前实现全覆盖")).toEqual([
      ["家庭医生签约", "date", "2025-12-31", "年底前实现全覆盖"],
    ]);
    expect(dated("污水排放年底前达标")).toEqual([["污水排放", "date", "2025-12-31", "年底前达标"]]);
  });

  it("reads the state alone after the deadline as 年底前建成 is read (named by its act), and near misses as before", () => {
    expect(dated("时效指标：年底前覆盖全员")[0].slice(0, 3)).toEqual(["覆盖全员", "date", "2025-12-31"]);
    expect(dated("时效指标：年底前建成")[0].slice(0, 3)).toEqual(["建成", "date", "2025-12-31"]);
    expect(named("职工培训年底前覆盖全员职工")).toEqual(["职工培训年底前覆盖全员职工"]);
    expect(named("职工培训年底前覆盖")).toEqual(["职工培训年底前覆盖"]);
    expect(packed("年底前覆盖全员培训人数≥500人")[0].slice(2, 5)).toEqual([
      "年底前覆盖全员培训人数",
      ">=",
      500,
    ]);
    expect(packed("职工培训年底前达标率100%")[0].slice(2, 5)).toEqual(["职工培训年底前达标率", "=", 100]);
  });
});

describe("a deed and its figure, a milestone, then a full date alone (新建道路2公里，6月底前完成招标，2025年12月31日前)", () => {
  it("is two: the figure, and the milestones read whole as 6月底前完成招标，12月底前完工 are, dated by the last", () => {
    expect(dated("新建道路2公里，6月底前完成招标，2025年12月31日前")).toEqual([
      ["新建道路", "quantitative", null, "2公里"],
      ["", "date", "2025-12-31", "6月底前完成招标，2025年12月31日前"],
    ]);
    expect(dated("时效指标：6月底前完成招标，2025年12月31日前")).toEqual([
      ["", "date", "2025-12-31", "6月底前完成招标，2025年12月31日前"],
    ]);
  });

  it("leaves the date that restates the deed's own deadline one indicator named by the deed (round 235)", () => {
    expect(dated("6月底前完成招标，2025年6月30日前")).toEqual([
      ["6月底前完成招标", "date", "2025-06-30", "2025年6月30日前"],
    ]);
    expect(dated("新建道路2公里，年底前完成验收，2025年12月31日前")).toEqual([
      ["新建道路", "quantitative", null, "2公里"],
      ["年底前完成验收", "date", "2025-12-31", "2025年12月31日前"],
    ]);
    expect(dated("主汛期前完成主体工程，2025年5月31日前")).toEqual([
      ["主汛期前完成主体工程", "date", "2025-05-31", "2025年5月31日前"],
    ]);
    expect(dated("新建道路2公里，2025年12月31日前")).toEqual([
      ["新建道路", "quantitative", null, "2公里"],
      ["", "date", "2025-12-31", "2025年12月31日前"],
    ]);
    expect(dated("时效指标：6月底前完成招标，12月底前完工")[0].slice(0, 2)).toEqual(["", "date"]);
  });
});

describe("a statement in words among a space-packed line's items (效益指标（30分） 村容村貌改善 满意度指标 …)", () => {
  it("reads it as an item of its own under its label", () => {
    expect(
      packed(
        "产出指标（50分） 改造农村户厕≥800户 清运生活垃圾≥3600吨 效益指标（30分） 村容村貌改善 满意度指标（10分） 村民满意度≥90%",
      ),
    ).toEqual([
      ["产出指标", "数量指标", "改造农村户厕", ">=", 800, "户", "quantitative"],
      ["产出指标", "数量指标", "清运生活垃圾", ">=", 3600, "吨", "quantitative"],
      ["效益指标", "社会效益指标", "村容村貌", null, null, "", "qualitative"],
      ["满意度指标", "服务对象满意度指标", "村民满意度", ">=", 90, "%", "quantitative"],
    ]);
    expect(
      named("产出指标 改造农村户厕≥800户 验收合格 效益指标 提升基层组织服务能力 满意度指标 村民满意度≥90%"),
    ).toEqual(["改造农村户厕", "验收", "提升基层组织服务能力", "村民满意度"]);
  });

  it("leaves a name cut from its value, or a bare name, as before: the line is no space-packed one", () => {
    expect(named("产出指标 改造农村户厕≥800户 培训 人数≥500人 效益指标 带动就业≥50人")).toEqual([
      "改造农村户厕",
    ]);
    expect(named("产出指标 改造农村户厕≥800户 村容村貌 效益指标 带动就业≥50人")).toEqual(["改造农村户厕"]);
  });
});

describe("a town's items set apart by spaces, one a change in words (… 验收合格 10月底前完工 火灾隐患明显减少)", () => {
  it("cuts the cell at its spaces, the change an item of its own", () => {
    expect(dated("改造消防管网5.6公里 新增消火栓120个 验收合格 10月底前完工 火灾隐患明显减少")).toEqual([
      ["改造消防管网", "quantitative", null, "5.6公里"],
      ["新增消火栓", "quantitative", null, "120个"],
      ["验收", "qualitative", null, "合格"],
      ["完工", "date", "2025-10-31", "10月底前"],
      ["火灾隐患", "qualitative", null, "明显减少"],
    ]);
    expect(named("维修村部3处 村容村貌改善")).toEqual(["维修村部", "村容村貌"]);
  });

  it("leaves a cell with a name cut from its value, or a bare name, as it was", () => {
    expect(named("改造消防管网5.6公里 火灾 隐患明显减少")).toHaveLength(1);
    expect(named("改造消防管网5.6公里 火灾隐患")).toHaveLength(1);
    expect(named("改造消防管网5.6公里 减少")).toHaveLength(1);
  });
});

describe("a town whose name ends in 市 under its county-level city (乐清市柳市镇2025年…)", () => {
  const unitAndDistrict = (title: string) =>
    parseGrid(
      grid([
        [title, "", ""],
        ["项目名称", "绩效目标", "绩效指标"],
        ["某镇道路改造", "改善通行条件。", "新建道路2公里，验收合格率100%"],
      ]),
    ).indicators.map((i) => [i.budgetUnit, i.district])[0];
  it("reads the town the title names as the budget unit, as 永城市芒山镇 is", () => {
    expect(unitAndDistrict("乐清市柳市镇2025年项目支出绩效目标表")).toEqual(["乐清市柳市镇", "乐清市"]);
    expect(unitAndDistrict("桐乡市新市镇2025年项目支出绩效目标表")).toEqual(["桐乡市新市镇", "桐乡市"]);
    expect(unitAndDistrict("永城市芒山镇2025年项目绩效目标表")).toEqual(["永城市芒山镇", "永城市"]);
  });
  it("leaves a county's towns named by their kind alone as no unit", () => {
    expect(unitAndDistrict("乐清市2025年镇街项目支出绩效目标表")).toEqual(["", "乐清市"]);
    expect(unitAndDistrict("越秀区2025年街道项目支出绩效目标表")).toEqual(["", "越秀区"]);
    expect(unitAndDistrict("广州市越秀区街道2025年项目支出绩效目标表")).toEqual(["", "越秀区"]);
    expect(unitAndDistrict("宿州市萧县镇2025年项目支出绩效目标表")).toEqual(["", "萧县"]);
  });
});
