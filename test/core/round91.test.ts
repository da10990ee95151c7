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
