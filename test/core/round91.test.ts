/**
 * Document structure that probe round 91 misread (fix round 91a): a budget explanation's paragraphs (numbered
 * project titles, then 项目实施单位：…, 绩效目标：…, 主要绩效指标：产出指标：…), a packed cell labelling its
 * levels line by line (一级指标：… / 二级指标：… / 三级指标：…), and a free-text project heading with its unit in
 * brackets (一、甲项目经费（某区水务局）). Each test is written on the pattern of a misread.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

describe("a budget explanation's paragraphs (r91 P1)", () => {
  const doc = grid([
    ["某区2025年部门预算重点项目绩效目标说明"],
    ["1.某区城乡居民基本养老保险财政补助"],
    ["项目实施单位：某区人力资源和社会保障局"],
    ["绩效目标：为全区约8.6万名参保人员提供财政补助，养老金按月足额发放率100%。"],
    [
      "主要绩效指标：产出指标：参保缴费人数≥8.6万人；基础养老金发放标准≥335元/人·月；养老金按月足额发放率100%。效益指标：参保率≥98%。满意度指标：参保群众满意度≥90%。",
    ],
    ["2.某区婴幼儿照护服务补助"],
    ["项目实施单位：某区卫生健康局"],
    ["主要绩效指标：产出指标：新增普惠性托位数300个；托育机构备案率≥90%。满意度指标：家长满意度≥90%。"],
    ["3、某区柑橘产业提升补助"],
    ["项目实施单位：某区农业农村局"],
    ["主要绩效指标：产出指标：改造提升低效果园面积2000亩。效益指标：带动农户数≥800户。"],
  ]);

  it("reads 主要绩效指标： as the lead-in label it is: the first item is named by its own words, under 产出指标", () => {
    const r = parseGrid(doc);
    expect(
      r.indicators.filter((i) => i.projectId === 0).map((i) => [i.level1, i.name, i.value, i.unit]),
    ).toEqual([
      ["产出指标", "参保缴费人数", 86000, "人"],
      ["产出指标", "基础养老金发放标准", 335, "元/人·月"],
      ["产出指标", "养老金按月足额发放率", 100, "%"],
      ["效益指标", "参保率", 98, "%"],
      ["满意度指标", "参保群众满意度", 90, "%"],
    ]);
  });

  it("reads each numbered title (1.X, 2.X, 3、X) over its 项目实施单位 line as the project, never a record", () => {
    const r = parseGrid(doc);
    expect(r.projects.map((p) => [p.project, p.budgetUnit])).toEqual([
      ["某区城乡居民基本养老保险财政补助", "某区人力资源和社会保障局"],
      ["某区婴幼儿照护服务补助", "某区卫生健康局"],
      ["某区柑橘产业提升补助", "某区农业农村局"],
    ]);
    expect(r.indicators.map((i) => i.name)).not.toContain("某区婴幼儿照护服务补助");
    expect(r.indicators.map((i) => i.name)).not.toContain("某区柑橘产业提升补助");
    expect(r.indicators.filter((i) => i.projectId === 1).map((i) => [i.level1, i.name])).toEqual([
      ["产出指标", "新增普惠性托位数"],
      ["产出指标", "托育机构备案率"],
      ["满意度指标", "家长满意度"],
    ]);
  });

  it("keeps a numbered indicator's name over its target's line (1.培训人数 over 目标：≥500人) an indicator", () => {
    const r = parseGrid(
      grid([
        ["某县2025年项目绩效目标"],
        ["一、产出指标"],
        ["1.培训人数"],
        ["目标：≥500人"],
        ["2.培训合格率≥95%"],
      ]),
    );
    expect(r.projects.map((p) => p.project)).toEqual([""]);
    expect(r.indicators.map((i) => [i.cell, i.name])).toContainEqual(["A3", "培训人数"]);
    expect(r.indicators.map((i) => [i.cell, i.name])).toContainEqual(["A5", "培训合格率"]);
  });
});

describe("a packed cell labelling its levels line by line (r91 P2)", () => {
  const cell = (text: string) =>
    parseGrid(
      grid([
        ["序号", "项目名称", "绩效指标"],
        ["1", "城乡供水保障工程运行维护", text],
      ]),
    ).indicators.map((i) => [i.level1, i.level2, i.name, i.comparator, i.value, i.unit]);

  it("reads 一级指标：X and 二级指标：Y as the categories of the 三级指标 lines after them, never records", () => {
    expect(
      cell(
        "一级指标：产出指标\n二级指标：数量指标\n三级指标：维护供水管网长度≥320公里\n二级指标：质量指标\n三级指标：供水水质合格率≥95%\n一级指标：效益指标\n二级指标：社会效益指标\n三级指标：受益人口≥16万人\n一级指标：满意度指标\n二级指标：服务对象满意度指标\n三级指标：群众满意度≥90%",
      ),
    ).toEqual([
      ["产出指标", "数量指标", "维护供水管网长度", ">=", 320, "公里"],
      ["产出指标", "质量指标", "供水水质合格率", ">=", 95, "%"],
      ["效益指标", "社会效益指标", "受益人口", ">=", 160000, "人"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", ">=", 90, "%"],
    ]);
  });

  it("reads the labels on one line, set apart by ；, and a 一级 with no 二级 under it", () => {
    expect(
      cell(
        "一级指标：产出指标；二级指标：时效指标；三级指标：完成时间2025年12月底前。一级指标：效益指标；三级指标：受益人口≥16万人",
      ),
    ).toEqual([
      ["产出指标", "时效指标", "完成时间", null, null, ""],
      ["效益指标", null, "受益人口", ">=", 160000, "人"],
    ]);
  });

  it("reads the same labels written a line per row down a document", () => {
    const r = parseGrid(
      grid([
        ["项目名称：城乡供水保障工程运行维护"],
        ["一级指标：产出指标"],
        ["二级指标：数量指标"],
        ["三级指标：维护供水管网长度≥320公里"],
        ["一级指标：效益指标"],
        ["二级指标：社会效益指标"],
        ["三级指标：受益人口≥16万人"],
      ]),
    );
    expect(r.indicators.map((i) => [i.cell, i.level1, i.level2, i.name])).toEqual([
      ["A4", "产出指标", "数量指标", "维护供水管网长度"],
      ["A7", "效益指标", "社会效益指标", "受益人口"],
    ]);
  });
});

describe("a free-text project heading with its unit in brackets (r91 P4)", () => {
  it("reads 一、甲项目经费（某区水务局） as the project 甲项目经费 of the unit 某区水务局", () => {
    const r = parseGrid(
      grid([
        ["某区2025年部门预算项目绩效目标"],
        ["一、某区旅游市场综合整治经费（某市某区旅游和文化广电体育局）"],
        ["绩效目标：开展旅游市场联合执法检查，规范旅游市场秩序。"],
        ["【产出指标-数量指标】开展联合执法检查≥120次"],
        ["二、某区老年人健康管理服务（某市某区卫生健康委员会）"],
        ["【产出指标-数量指标】老年人健康体检人数≥9000人"],
      ]),
    );
    expect(r.projects.map((p) => [p.project, p.budgetUnit])).toEqual([
      ["某区旅游市场综合整治经费", "某市某区旅游和文化广电体育局"],
      ["某区老年人健康管理服务", "某市某区卫生健康委员会"],
    ]);
    expect(r.indicators.map((i) => [i.project, i.budgetUnit])).toEqual([
      ["某区旅游市场综合整治经费", "某市某区旅游和文化广电体育局"],
      ["某区老年人健康管理服务", "某市某区卫生健康委员会"],
    ]);
  });

  it("reads 项目一：X（某局） alike", () => {
    const r = parseGrid(
      grid([
        ["项目一：某区河长制工作经费（某区水务局）"],
        ["绩效指标："],
        ["【产出指标-数量指标】河湖巡查次数≥1500次"],
      ]),
    );
    expect(r.projects.map((p) => [p.project, p.budgetUnit])).toEqual([["某区河长制工作经费", "某区水务局"]]);
  });

  it("keeps a bracket that is part of the name (（一期）, （2025年）, （续建）, （中西部）, （美丽庭院）) in it", () => {
    const r = parseGrid(
      grid([
        ["某区2025年部门预算项目绩效目标"],
        ["一、某污水处理厂扩建工程（一期）"],
        ["【产出指标-数量指标】新增处理能力≥2万吨/日"],
        ["二、某区道路维修（2025年）"],
        ["【产出指标-数量指标】维修道路≥12公里"],
        ["三、某学校运动场改造（续建）"],
        ["【产出指标-数量指标】改造面积≥6000平方米"],
        ["四、某区帮扶协作资金（中西部）"],
        ["【产出指标-数量指标】帮扶项目≥5个"],
        ["五、农村人居环境整治（美丽庭院）"],
        ["【产出指标-数量指标】创建美丽庭院≥300户"],
        ["六、村级综合服务设施建设（活动场所）"],
        ["【产出指标-数量指标】新建活动场所≥4个"],
      ]),
    );
    expect(r.projects.map((p) => [p.project, p.budgetUnit])).toEqual([
      ["某污水处理厂扩建工程（一期）", ""],
      ["某区道路维修（2025年）", ""],
      ["某学校运动场改造（续建）", ""],
      ["某区帮扶协作资金（中西部）", ""],
      ["农村人居环境整治（美丽庭院）", ""],
      ["村级综合服务设施建设（活动场所）", ""],
    ]);
  });

  it("leaves the unit its own lines write (实施单位：…) over the bracket's", () => {
    const r = parseGrid(
      grid([
        ["一、某区文化惠民工程（某区文化广电旅游体育局）"],
        ["实施单位：某区文化馆"],
        ["【产出指标-数量指标】送戏下乡≥60场"],
      ]),
    );
    expect(r.projects.map((p) => [p.project, p.budgetUnit])).toEqual([["某区文化惠民工程", "某区文化馆"]]);
  });
});
