/**
 * Round 179: packed 绩效指标 cells as districts paste them from Word — soft returns (U+000B) for line breaks,
 * bullet glyphs before each item, numbered 一级 headings over items cut by ；, a 二级 label before numbered
 * items, and a 二级 written in brackets after a 一级 of another framework.
 */
import { parseGrid } from "../../src/core/parse";
import { records } from "../support/packedCell";
import { grid } from "../support/grid";

/** level1, level2, name, comparator, value, unit, kind of each record of one packed cell. */
const rows = (cell: string) =>
  records(cell).map((i) => [i.level1, i.level2, i.name, i.comparator, i.value, i.unit, i.kind]);

describe("Word's soft returns (U+000B) and line separators break lines", () => {
  const lines = [
    "一、产出指标",
    "1.群测群防员：36名",
    "2.监测隐患点：41处",
    "二、效益指标",
    "1.因地质灾害死亡人数：0人",
    "三、满意度指标",
    "1.群众满意度：≥90%",
  ];
  const expected = [
    ["产出指标", null, "群测群防员", "=", 36, "名", "quantitative"],
    ["产出指标", null, "监测隐患点", "=", 41, "处", "quantitative"],
    ["效益指标", null, "因地质灾害死亡人数", "=", 0, "人", "quantitative"],
    ["满意度指标", null, "群众满意度", ">=", 90, "%", "quantitative"],
  ];

  it.each([
    ["U+000B", "\u000b"],
    ["U+2028", "\u2028"],
    ["U+2029", "\u2029"],
    ["a carriage return alone", "\r"],
  ])("reads lines broken by %s as lines broken by \\n", (_, br) => {
    expect(rows(lines.join(br))).toEqual(expected);
    expect(rows(lines.join(br))).toEqual(rows(lines.join("\n")));
  });

  it("keeps the cell's text as written in the record", () => {
    const r = records("▲产出指标：\u000b1、管护面积：189.6万亩\u000b▲效益指标：\u000b1、森林覆盖率：≥69%");
    expect(r.map((i) => [i.level1, i.name, i.text])).toEqual([
      ["产出指标", "管护面积", "1、管护面积：189.6万亩"],
      ["效益指标", "森林覆盖率", "1、森林覆盖率：≥69%"],
    ]);
  });
});

describe("a list's bullets before its items are no part of their names", () => {
  it("reads • - · ○ ➢ ■ √ before an item as Word's list marks (勐海县, 同德县, 日土县)", () => {
    expect(
      rows(
        "产出指标：\n• 新建村级活动室：2个\n  - 补贴藏羊种公羊：1200只\n·建设民族特色村寨2个\n效益指标：\n－ 户均增收约1200元\n➢ 受益群众1800余人\n满意度指标：\n○ 群众满意度：≥90%\n■ 牧户满意度≥95%\n√ 游客满意度≥85%",
      ).map((x) => [x[0], x[2], x[3], x[4], x[5]]),
    ).toEqual([
      ["产出指标", "新建村级活动室", "=", 2, "个"],
      ["产出指标", "补贴藏羊种公羊", "=", 1200, "只"],
      ["产出指标", "建设民族特色村寨", "=", 2, "个"],
      ["效益指标", "户均增收", "=", 1200, "元"],
      ["效益指标", "受益群众", ">=", 1800, "人"],
      ["满意度指标", "群众满意度", ">=", 90, "%"],
      ["满意度指标", "牧户满意度", ">=", 95, "%"],
      ["满意度指标", "游客满意度", ">=", 85, "%"],
    ]);
  });

  it("keeps a minus before a figure, and the item's text as written", () => {
    const r = records("产出指标：\n• 培训农民200人次\n-5%以内的误差率");
    expect(r.map((i) => [i.name, i.text])).toEqual([
      ["培训农民", "• 培训农民200人次"],
      ["-5%以内的误差率", "-5%以内的误差率"],
    ]);
  });

  it("reads a bullet out of a rows table's 三级 cell too", () => {
    const r = parseGrid(
      grid([
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "• 培训人数", "≥200人"],
        [null, null, "·建设民族特色村寨", "2个"],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.value])).toEqual([
      ["培训人数", 200],
      ["建设民族特色村寨", 2],
    ]);
  });
});

describe("items cut by ； after a numbered 一级 heading, their targets in Chinese numerals or a class", () => {
  it.each([["一是产出指标："], ["一、产出指标："], ["产出指标："]])(
    "reads each item after %s (普兰县 营养餐)",
    (heading) => {
      expect(
        rows(`${heading}受益学生人数约八百五十人；营养餐补助标准每生每天五元；全年供餐天数不少于二百天。`),
      ).toEqual([
        ["产出指标", null, "受益学生人数", "=", 850, "人", "quantitative"],
        ["产出指标", null, "营养餐补助标准", "=", 5, "元", "quantitative"],
        ["产出指标", null, "全年供餐天数", ">=", 200, "天", "quantitative"],
      ]);
    },
  );

  it("cuts a figure in digits from one in Chinese numerals, and a class reached", () => {
    expect(
      rows("一、产出指标：维修村内道路约8.5公里；维修供水管道两千米。").map((x) => x.slice(2, 6)),
    ).toEqual([
      ["维修村内道路", "=", 8.5, "公里"],
      ["维修供水管道", "=", 2, "千米"],
    ]);
    expect(
      rows("4、效益指标（生态效益）：流域森林覆盖率提高0.5个百分点；泸沽湖水质保持Ⅰ类。").map((x) => [
        x[2],
        x[6],
      ]),
    ).toEqual([
      ["流域森林覆盖率", "quantitative"],
      ["泸沽湖水质", "qualitative"],
    ]);
  });

  it("leaves a clause of the target before on it", () => {
    expect(rows("1、产出指标：培训人数≥500人次；其中线上二百人次").map((x) => x[2])).toEqual(["培训人数"]);
  });
});

describe("headings written as a 一级 and its 二级", () => {
  it("reads 产出指标：数量指标： before numbered items as their heading, no empty record", () => {
    expect(
      rows("产出指标：数量指标：1.改造户用卫生厕所1200座；2.建设村级污水处理站5座；质量指标：合格率≥95%。"),
    ).toEqual([
      ["产出指标", "数量指标", "改造户用卫生厕所", "=", 1200, "座", "quantitative"],
      ["产出指标", "数量指标", "建设村级污水处理站", "=", 5, "座", "quantitative"],
      ["产出指标", "质量指标", "合格率", ">=", 95, "%", "quantitative"],
    ]);
  });

  it("reads 成本指标（经济成本指标）： as the 2021 framework's 成本指标 and its 二级, after 产出指标 blocks too", () => {
    expect(
      rows(
        "产出指标（数量指标）：改造小区18个。\n成本指标（经济成本指标）：单位面积改造成本≤380元/平方米。",
      ).map((x) => x.slice(0, 3)),
    ).toEqual([
      ["产出指标", "数量指标", "改造小区"],
      ["成本指标", "经济成本指标", "单位面积改造成本"],
    ]);
  });

  it("reads 效益指标（服务对象满意度）： as satisfaction written under the 效益 block", () => {
    expect(
      rows("1、产出指标（数量）：培训200人次。2、效益指标（服务对象满意度）：患者满意度≥90%。").map((x) =>
        x.slice(0, 3),
      ),
    ).toEqual([
      ["产出指标", "数量指标", "培训"],
      ["满意度指标", "服务对象满意度指标", "患者满意度"],
    ]);
  });
});

describe("targets the name kept", () => {
  /** name, target, comparator, value, unit, kind of each record. */
  const split = (cell: string) =>
    records(cell).map((i) => [i.name, i.target, i.comparator, i.value, i.unit, i.kind]);

  it("reads 全天24小时 and 全年365天 after a name and its colon as the name's target", () => {
    expect(split("产出指标：汛期值班人员：全天24小时；热线接听：全年365天")).toEqual([
      ["汛期值班人员", "全天24小时", "=", 24, "小时", "quantitative"],
      ["热线接听", "全年365天", "=", 365, "天", "quantitative"],
    ]);
  });

  it("reads 每半年一次 and 每半月一次 as once, as 每季度一次", () => {
    expect(split("产出指标：水质检测每半年一次；河道巡查每半月一次；设备检修每季度一次")).toEqual([
      ["水质检测", "每半年一次", "=", 1, "次", "quantitative"],
      ["河道巡查", "每半月一次", "=", 1, "次", "quantitative"],
      ["设备检修", "每季度一次", "=", 1, "次", "quantitative"],
    ]);
  });

  it("reads a grade in quotes, a class held, a state received and a bracket as targets", () => {
    expect(
      split(
        "效益指标：1.世界文化遗产监测评估结论为“良好”；2.澜沧江景洪段水质稳定在Ⅱ类及以上；3.粮食播种面积稳定（不低于上年）；4.群众野生动物肇事损失得到及时补偿。",
      ).map((x) => [x[0], x[1], x[5]]),
    ).toEqual([
      ["世界文化遗产监测评估结论", "“良好”", "qualitative"],
      ["澜沧江景洪段水质", "稳定在Ⅱ类及以上", "qualitative"],
      ["粮食播种面积稳定", "（不低于上年）", "qualitative"],
      ["群众野生动物肇事损失", "得到及时补偿", "qualitative"],
    ]);
  });

  it("keeps quoted words that no 为 or verb of reaching joins to a name", () => {
    expect(split("产出指标：开展“三下乡”活动4次；创建“全国文明城市”").map((x) => x[0])).toEqual([
      "开展“三下乡”活动",
      "创建“全国文明城市”",
    ]);
  });
});

describe("a heading of two labels, its second numbered (the quick rejection keeps it)", () => {
  it("产出指标：1.数量指标：1.… — the items under 产出指标/数量指标; an item after a label is no heading", () => {
    expect(
      rows("产出指标：1.数量指标：1.改造户用卫生厕所1200座；2.新建公厕3座").map((f) => f.slice(0, 3)),
    ).toEqual([
      ["产出指标", "数量指标", "改造户用卫生厕所"],
      ["产出指标", "数量指标", "新建公厕"],
    ]);
    expect(rows("1、效益指标:培训人数,≤0.5%;").map((f) => f.slice(0, 3))).toEqual([
      ["效益指标", null, "培训人数"],
    ]);
  });
});
