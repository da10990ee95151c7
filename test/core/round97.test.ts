/**
 * Round 97: context labels and headers of tables the engine had not seen (编报单位, a bare 单位 naming an
 * organisation, 绩效目标及指标, 转移支付（专项）名称) and the placeholders and words inside packed cells.
 */
import { parseGrid } from "../../src/core/parse";
import { completeSatisfaction } from "../../src/core/review/rules/completeness";
import { emptyTarget } from "../../src/core/review/rules/targets";
import { grid } from "../support/grid";
import { runRule } from "./review/ruleTester";

const units = (values: (string | number | null)[][]) =>
  parseGrid(grid(values)).projects.map((p) => [p.project, p.budgetUnit]);

describe("a 部门预算公开 table's head: 编报单位：… | 金额单位：万元, or 单位：… naming an organisation", () => {
  const table = [
    ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
    ["老旧小区改造", "产出指标", "数量指标", "改造小区数量", "12个"],
  ];

  it("reads 编报单位 as the budget unit, beside 金额单位 or alone in its row", () => {
    for (const head of [
      ["编报单位：荆门市东宝区住房和城乡建设局", null, null, null, "金额单位：万元"],
      ["编报单位：荆门市东宝区住房和城乡建设局", null, null, null, null],
    ])
      expect(units([["荆门市东宝区2024年项目支出绩效目标表"], head, ...table])).toEqual([
        ["老旧小区改造", "荆门市东宝区住房和城乡建设局"],
      ]);
  });

  it("reads a bare 单位 as the budget unit when it names an organisation, not a money unit", () => {
    for (const head of [
      ["单位：延安市宝塔区林业局", null, null, null, null],
      ["单位：延安市宝塔区林业局", null, null, null, "金额单位：万元"],
    ])
      expect(units([["延安市宝塔区2024年项目支出绩效目标表"], head, ...table])).toEqual([
        ["老旧小区改造", "延安市宝塔区林业局"],
      ]);
    expect(units([["延安市宝塔区2024年项目支出绩效目标表"], ["单位：万元"], ...table])).toEqual([
      ["老旧小区改造", ""],
    ]);
  });
});

describe("a 绩效目标及指标 column: the goal's prose, then the labelled indicators, in one cell", () => {
  const r = parseGrid(
    grid([
      ["河池市宜州区2024年部门预算项目绩效目标"],
      ["预算单位", "项目名称", "资金（万元）", "绩效目标及指标"],
      [
        "河池市宜州区乡村振兴局",
        "巩固拓展脱贫攻坚成果衔接资金项目管理费",
        48,
        "项目实施后，完成衔接资金项目入库、实施监管。产出指标：入库项目数量不少于150个。满意度指标：脱贫群众满意度90%以上。",
      ],
      [
        "河池市宜州区乡村振兴局",
        "小额信贷贴息",
        160,
        "对脱贫户发放的小额信贷给予贴息。产出指标：贴息户数2600户。满意度指标：脱贫户满意度达到95%。",
      ],
    ]),
  );

  it("reads the column as the indicators, with the projects' context beside it", () => {
    expect(r.projects.map((p) => [p.project, p.budgetUnit, p.district])).toEqual([
      ["巩固拓展脱贫攻坚成果衔接资金项目管理费", "河池市宜州区乡村振兴局", "宜州区"],
      ["小额信贷贴息", "河池市宜州区乡村振兴局", "宜州区"],
    ]);
  });

  it("reads the sentences before the first category label as the goal, not as indicators", () => {
    expect(r.indicators.map((i) => [i.level1, i.name])).toEqual([
      ["产出指标", "入库项目数量"],
      ["满意度指标", "脱贫群众满意度"],
      ["产出指标", "贴息户数"],
      ["满意度指标", "脱贫户满意度"],
    ]);
    expect(r.projects.map((p) => p.goal)).toEqual([
      "项目实施后，完成衔接资金项目入库、实施监管",
      "对脱贫户发放的小额信贷给予贴息",
    ]);
  });
});

describe("a 转移支付区域绩效目标表 naming its fund under 转移支付（专项）名称", () => {
  const table = [
    ["地区", "渝水区"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "补贴面积", "≥1万亩"],
  ];

  it("reads the label's value as the project, not the title's words", () => {
    expect(
      units([
        ["中央对地方转移支付区域绩效目标表"],
        ["转移支付（专项）名称", "农业相关转移支付资金"],
        ...table,
      ]),
    ).toEqual([["农业相关转移支付资金", ""]]);
  });

  it("takes no project from a title naming only the template's 中央对地方转移支付", () => {
    expect(units([["中央对地方转移支付区域绩效目标表"], ...table])).toEqual([["", ""]]);
    expect(units([["2024年农业相关转移支付区域绩效目标表"], ...table])).toEqual([
      ["2024年农业相关转移支付", ""],
    ]);
  });
});

describe("a state led by 实现 (新增违法建设实现“零增长”)", () => {
  const read = (cell: string) =>
    parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        ["城区环卫保洁", cell],
      ]),
    ).indicators.map((i) => [i.name, i.target, i.comparator, i.value, i.kind]);

  it("reads the verb with the state as the target, as 零增长 without it is read", () => {
    expect(read("社会效益指标：新增违法建设实现“零增长”；")).toEqual([
      ["新增违法建设", "实现“零增长”", null, null, "qualitative"],
    ]);
    expect(read("社会效益指标：新增违法建设零增长；")).toEqual([
      ["新增违法建设", "零增长", null, null, "qualitative"],
    ]);
  });

  it("reads none at all led by the verb as 0, as 零发生 alone is", () => {
    expect(read("社会效益指标：安全事故实现“零发生”；")).toEqual([
      ["安全事故", "实现“零发生”", "=", 0, "quantitative"],
    ]);
  });
});

describe("the 二级 inferred for money recovered and for a consumer market", () => {
  it("reads money recovered for others as a count under 产出, not a cost, and the consumer market as social", () => {
    const r = parseGrid(
      grid([
        ["单位名称", "项目名称", "绩效指标"],
        [
          "绍兴市柯桥区市场监督管理局",
          "12315投诉举报处置经费",
          "产出指标：\n指标1:为消费者挽回经济损失(≥300万元)\n指标2:办案经费(≤20万元)\n效益指标：\n指标1:消费环境(持续改善)\n指标2:河道环境(明显改善)",
        ],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.level2Inferred])).toEqual([
      ["为消费者挽回经济损失", "数量指标"],
      ["办案经费", "成本指标"],
      ["消费环境", "社会效益指标"],
      ["河道环境", "生态效益指标"],
    ]);
  });
});

describe("a category filled with 无 in a packed cell (经济效益指标：无；)", () => {
  const cell = (satisfaction: string) =>
    `数量指标：清扫保洁面积≥320万平方米；\n经济效益指标：无；\n生态效益指标：不涉及。\n社会效益指标：市容环境明显改善；\n${satisfaction}`;
  const read = (text: string) =>
    parseGrid(
      grid([
        ["部门名称", "项目名称", "绩效指标"],
        ["韶关市浈江区城市管理和综合执法局", "城区环卫保洁", text],
      ]),
    ).indicators.map((i) => [i.level2, i.name]);

  it("gives no record for the category the officer says has none", () => {
    expect(read(cell("满意度指标：群众满意度≥90%"))).toEqual([
      ["数量指标", "清扫保洁面积"],
      ["社会效益指标", "市容环境"],
      ["服务对象满意度指标", "群众满意度"],
    ]);
  });

  it("leaves the review to say a wanted category was left out, not that 无 has no target", () => {
    const grid2 = [
      ["部门名称", "项目名称", "绩效指标"],
      ["韶关市浈江区城市管理和综合执法局", "城区环卫保洁", cell("满意度指标：无。")],
    ];
    expect(runRule(emptyTarget, { grid: grid2 })).toEqual([]);
    expect(runRule(completeSatisfaction, { grid: grid2 }).map((f) => f.severity)).toEqual(["warning"]);
  });
});

describe("a document's title naming the unit (思茅区文化和旅游局2024年项目绩效目标) over free text", () => {
  it("gives the unit to the projects below, which name none of their own", () => {
    expect(
      units([
        ["思茅区文化和旅游局2024年项目绩效目标"],
        ["一、思茅区公共文化服务体系建设专项资金"],
        ["绩效目标：推进公共图书馆、文化馆（站）免费开放。"],
        ["【产出指标-数量指标】免费开放场馆数量：≥9个"],
        ["二、普洱茶文化旅游节经费"],
        ["【产出指标-数量指标】举办活动场次：≥12场次"],
      ]),
    ).toEqual([
      ["思茅区公共文化服务体系建设专项资金", "思茅区文化和旅游局"],
      ["普洱茶文化旅游节经费", "思茅区文化和旅游局"],
    ]);
  });
});
