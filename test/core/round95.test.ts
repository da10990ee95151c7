/**
 * Round 95: tables the engine had not seen (内蒙古's one row per project under a two-row header of 一级
 * over 二级, 甘肃's paragraphs under a title, brackets and deadlines in names).
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

describe("one row per project under 产出指标 | (merged) | 效益指标 | 满意度指标 over a 二级 per column", () => {
  const r = parseGrid(
    grid([
      ["某区2024年项目支出绩效目标表"],
      ["序号", "单位", "项目名称", "预算数\n（万元）", "产出指标", "", "", "", "效益指标", "", "满意度指标"],
      [
        "",
        "",
        "",
        "",
        "数量指标",
        "质量指标",
        "时效指标",
        "成本指标",
        "经济效益指标",
        "社会效益指标",
        "服务对象满意度指标",
      ],
      [
        1,
        "某区教育局",
        "课后服务补助",
        380,
        "参与课后服务学生2.3万人",
        "课后服务覆盖率100%",
        "2024年10月底前完成",
        "生均补助≤300元/学期",
        "",
        "减轻家长接送负担",
        "家长满意度≥90%",
      ],
      [
        2,
        "某区农牧和水务局",
        "农田水利设施维修养护",
        150,
        "维修渠道18公里",
        "工程验收合格率100%",
        "",
        "",
        "保障灌溉面积1.5万亩",
        "",
        "农户满意度≥90%",
      ],
    ]),
  );

  it("reads the second header row as no project, and 单位 left of the indicators as the budget unit", () => {
    expect(r.projects.map((p) => [p.project, p.budgetUnit])).toEqual([
      ["课后服务补助", "某区教育局"],
      ["农田水利设施维修养护", "某区农牧和水务局"],
    ]);
  });

  it("reads every column with the 一级 written over it and its own 二级", () => {
    expect(r.indicators.map((i) => [i.cell, i.level1, i.level2, i.level2Inferred, i.name])).toEqual([
      ["E4", "产出指标", "数量指标", null, "参与课后服务学生"],
      ["F4", "产出指标", "质量指标", null, "课后服务覆盖率"],
      ["G4", "产出指标", "时效指标", null, "完成"],
      ["H4", "产出指标", "成本指标", null, "生均补助"],
      ["J4", "效益指标", "社会效益指标", null, "减轻家长接送负担"],
      ["K4", "满意度指标", "服务对象满意度指标", null, "家长满意度"],
      ["E5", "产出指标", "数量指标", null, "维修渠道"],
      ["F5", "产出指标", "质量指标", null, "工程验收合格率"],
      ["I5", "效益指标", "经济效益指标", null, "保障灌溉面积"],
      ["K5", "满意度指标", "服务对象满意度指标", null, "农户满意度"],
    ]);
  });

  it("reads 单位 beside a one-row header of 二级 columns as the budget unit too", () => {
    const one = parseGrid(
      grid([
        ["序号", "单位", "项目名称", "数量指标", "质量指标"],
        [1, "某区教育局", "课后服务补助", "学生2.3万人", "覆盖率100%"],
      ]),
    );
    expect(one.projects.map((p) => [p.project, p.budgetUnit])).toEqual([["课后服务补助", "某区教育局"]]);
    expect(one.indicators.map((i) => [i.name, i.value, i.unit])).toEqual([
      ["学生", 23000, "人"],
      ["覆盖率", 100, "%"],
    ]);
  });

  it("still reads 单位 beside 指标值 in a rows table as the measurement unit", () => {
    const rows = parseGrid(
      grid([
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值", "单位"],
        ["某项目", "产出指标", "数量指标", "培训人数", "≥200", "人次"],
      ]),
    );
    expect(rows.projects[0].budgetUnit).toBe("");
    expect(rows.indicators.map((i) => [i.name, i.value, i.unit])).toEqual([["培训人数", 200, "人次"]]);
  });
});

describe("paragraphs under a title: 某区2024年部分项目绩效目标 over 一、…项目 / 预算单位：… / 绩效指标：…", () => {
  const lines = (title: boolean) =>
    parseGrid(
      grid([
        ...(title ? [["某区2024年部分项目绩效目标"]] : []),
        ["一、某区2024年设施农业项目"],
        ["预算单位：某区农业农村局"],
        ["绩效目标：新建日光温室，带动农户增收。"],
        ["绩效指标：产出指标：新建温室200座；温室验收合格率100%。"],
        [],
        ["二、某区2024年供热管网改造"],
        ["预算单位：某区住建局"],
        ["绩效指标：产出指标：改造管网12.6公里；项目于2024年10月底前完工。"],
      ]),
    );

  it("names each project by its numbered heading, not by the title", () => {
    for (const title of [true, false]) {
      const r = lines(title);
      expect(r.projects.map((p) => [p.project, p.budgetUnit])).toEqual([
        ["某区2024年设施农业项目", "某区农业农村局"],
        ["某区2024年供热管网改造", "某区住建局"],
      ]);
      expect(r.indicators.map((i) => [i.projectId, i.name])).toEqual([
        [0, "新建温室"],
        [0, "温室验收合格率"],
        [1, "改造管网"],
        [1, "完工"],
      ]);
    }
  });

  it("still names the project by a title over a document of one project", () => {
    const r = parseGrid(
      grid([
        ["某区2024年设施农业项目绩效目标"],
        ["预算单位：某区农业农村局"],
        ["绩效指标：产出指标：新建温室200座；温室验收合格率100%。"],
      ]),
    );
    expect(r.projects.map((p) => p.project)).toEqual(["某区2024年设施农业项目"]);
  });
});

describe("a bracket closing the name that is no target: another name for what is counted, a deadline", () => {
  const cell = (text: string) =>
    parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        ["某项目", text],
      ]),
    ).indicators.map((i) => [i.name, i.comparator, i.value, i.unit]);

  it("keeps 覆盖乡镇（街道） whole: 街道 is no unit of 13个", () => {
    expect(cell("1、产出指标：疫苗冷链运转覆盖乡镇（街道），13个。")).toEqual([
      ["疫苗冷链运转覆盖乡镇（街道）", "=", 13, "个"],
    ]);
    expect(cell("1、产出指标：覆盖村（社区），13个。")).toEqual([["覆盖村（社区）", "=", 13, "个"]]);
  });

  it("keeps a deadline in the name when the target is a figure of its own", () => {
    expect(cell("2、产出指标：项目开工率（6月底前），≥90%。")).toEqual([
      ["项目开工率（6月底前）", ">=", 90, "%"],
    ]);
    const rows = parseGrid(
      grid([
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["某项目", "产出指标", "时效指标", "项目开工率（6月底前）", "≥90%"],
        ["", "", "", "服务器数量(≥20台)", "≥20台"],
      ]),
    );
    expect(rows.indicators.map((i) => i.name)).toEqual(["项目开工率（6月底前）", "服务器数量"]);
  });

  it("still takes out a bracket of the target's unit, and reads a bracketed deadline with no other target", () => {
    expect(cell("3、产出指标：服务企业（户），≥50户。")).toEqual([["服务企业", ">=", 50, "户"]]);
    expect(cell("资金（万元）：≥50")).toEqual([["资金", ">=", 500000, "元"]]);
    const r = parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        ["某项目", "时效指标：改造完成时间（10月15日前）"],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.kind])).toEqual([["改造完成时间", "date"]]);
  });
});

describe("a deadline after a time it explains: 采暖季前（10月15日前）完成改造", () => {
  it("reads the bracket's date as the deadline, the work as the name", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        [
          "某项目",
          "时效指标：采暖季前（10月15日前）完成改造；汛期前（5月31日前）完成采购；开学前（8月31日前）发放教材；汛前（5月15日前）完成主体工程。",
        ],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.kind])).toEqual([
      ["完成改造", "date"],
      ["完成采购", "date"],
      ["发放教材", "date"],
      ["完成主体工程", "date"],
    ]);
  });

  it("takes the year from the title of a document of paragraphs", () => {
    const r = parseGrid(
      grid([
        ["某区2024年部分项目绩效目标"],
        ["一、某区2024年供热管网改造"],
        ["预算单位：某区住建局"],
        ["绩效指标：产出指标：改造管网12.6公里；采暖季前（10月15日前）完成改造。"],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.kind, i.date, i.level2Inferred])).toEqual([
      ["改造管网", "quantitative", null, "数量指标"],
      ["完成改造", "date", "2024-10-15", "时效指标"],
    ]);
  });
});

describe("进一步 before a state: 群众文化生活 进一步丰富", () => {
  it("reads the state as a qualitative target, with or without a space", () => {
    for (const text of [
      "社会效益指标：群众文化生活 进一步丰富；",
      "社会效益指标：群众文化生活进一步丰富；",
      "社会效益指标：文化活动持续活跃；",
    ]) {
      const r = parseGrid(
        grid([
          ["项目名称", "绩效指标"],
          ["某项目", text],
        ]),
      );
      expect(r.indicators.map((i) => [i.name, i.kind])).toEqual([
        [text.includes("群众") ? "群众文化生活" : "文化活动", "qualitative"],
      ]);
    }
  });
});

describe("a month in Chinese numerals, and a half-width full stop before the next number", () => {
  const cell = (text: string, title?: string) =>
    parseGrid(grid([...(title ? [[title]] : []), ["项目名称", "绩效指标"], ["某项目", text]])).indicators.map(
      (i) => [i.name, i.kind, i.value, i.date],
    );

  it("reads 十一月底前完成 as a deadline, not the number 11", () => {
    expect(cell("时效指标：十一月底前完成验收；三月底前拨付到位。")).toEqual([
      ["完成验收", "date", null, null],
      ["拨付到位", "date", null, null],
    ]);
    expect(cell("时效指标：十一月底前完成验收。", "某县2024年项目绩效目标表")).toEqual([
      ["完成验收", "date", null, "2024-11-30"],
    ]);
    expect(cell("数量指标：培训时长三个月。")).toEqual([["培训时长", "quantitative", 3, null]]);
  });

  it("cuts …≥100人.2.效益指标:… before the 2.", () => {
    expect(cell("1.产出指标:培训人数≥100人.2.效益指标:群众满意度≥90%")).toEqual([
      ["培训人数", "quantitative", 100, null],
      ["群众满意度", "quantitative", 90, null],
    ]);
    expect(cell("数量指标：受益人口2.5万人")).toEqual([["受益人口", "quantitative", 25000, null]]);
  });
});
