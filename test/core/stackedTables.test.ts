/**
 * Several tables stacked in one selection (a region's table per county, two 自评表 one under the other),
 * and the context each block of such a stack states for itself: its title, its 地区, its funds.
 */
import { parseGrid } from "../../src/core/parse";
import { districtOf } from "../../src/core/table/district";
import { grid } from "../support/grid";

describe("two 自评表 stacked, each with its 项目资金 rows above its own header", () => {
  const funds = (project: string, unit: string) => [
    ["项目支出绩效自评表"],
    ["（2024年度）"],
    ["项目名称", project],
    ["主管部门", "某区市场监督管理局", "", "", "", "实施单位", unit],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", 50, 48, 47.5, 10, "98.96%", 9.9],
    ["", "其中：当年财政拨款", 50, 48, 47.5, "—", "", "—"],
    ["", "上年结转资金", "", "", "", "—", "", "—"],
    ["", "其他资金", "", "", "", "—", "", "—"],
    ["年度总体目标", "预期目标", "", "", "", "实际完成情况"],
    ["", "完成年度工作任务", "", "", "", "已完成"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
  ];
  const r = parseGrid(
    grid([
      ...funds("食品安全抽检经费", "某区市场监督管理局"),
      ["", "产出指标", "数量指标", "抽检覆盖食品类别", "32类", 32, 10, 10],
      ["", "满意度指标", "服务对象满意度指标", "群众食品安全满意度", "≥80%", "85%", 10, 10],
      ["总分", "", "", "", "", "", 100, 95.9],
      [],
      ...funds("食品安全执法办案经费", "某区市场监管综合执法大队"),
      ["", "产出指标", "数量指标", "开展执法检查次数", "≥300次", 318, 20, 20],
      ["", "满意度指标", "服务对象满意度指标", "投诉人满意度", "≥90%", "92%", 10, 10],
    ]),
  );

  it("reads no indicator from the second table's 年度资金总额 and 财政拨款 rows", () => {
    expect(r.indicators.map((i) => [i.projectId, i.cell, i.name, i.target])).toEqual([
      [0, "E13", "抽检覆盖食品类别", "32类"],
      [0, "E14", "群众食品安全满意度", "≥80%"],
      [1, "E29", "开展执法检查次数", "≥300次"],
      [1, "E30", "投诉人满意度", "≥90%"],
    ]);
    expect(r.projects.map((p) => [p.project, p.budgetUnit])).toEqual([
      ["食品安全抽检经费", "某区市场监督管理局"],
      ["食品安全执法办案经费", "某区市场监管综合执法大队"],
    ]);
  });
});

describe("a county of one character, in brackets", () => {
  it("is the district of a title or a project (（澧县）, （沛县）), not a county's word for itself (（本县）)", () => {
    expect(districtOf("2025年困难残疾人两项补贴资金区域绩效目标表（澧县）")).toBe("澧县");
    expect(districtOf("农村公路养护（沛县）")).toBe("沛县");
    expect(districtOf("农村公路养护（本县）")).toBe(null);
    expect(districtOf("农村公路养护（全县）")).toBe(null);
    // Leading, one character is too little to tell a county (新县) from words (新县城建设).
    expect(districtOf("新县城道路改造")).toBe(null);
  });
});

describe("a region's table per county, stacked under titles (…区域绩效目标表（汉寿县）)", () => {
  const block = (county: string, money: number, people: string) => [
    [`2025年困难残疾人两项补贴资金区域绩效目标表（${county}）`],
    ["资金情况（万元）", "年度金额", money],
    ["年度目标", `完成${county}两项补贴发放。`],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "困难残疾人生活补贴人数", people],
    ["满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%"],
    [],
  ];
  const r = parseGrid(
    grid([
      ...block("安乡县", 356, "≥4200人"),
      ...block("汉寿县", 428, "≥5100人"),
      ...block("澧县", 512, "≥6000人"),
    ]),
  );

  it("reads each block as its own project, with the fund and the county of its own title", () => {
    expect(r.projects.map((p) => [p.row, p.project, p.district, p.goal])).toEqual([
      [1, "2025年困难残疾人两项补贴资金", "安乡县", "完成安乡县两项补贴发放。"],
      [8, "2025年困难残疾人两项补贴资金", "汉寿县", "完成汉寿县两项补贴发放。"],
      [15, "2025年困难残疾人两项补贴资金", "澧县", "完成澧县两项补贴发放。"],
    ]);
  });

  it("reads no indicator from the money rows (资金情况（万元）| 年度金额 | 428), and no title as a note", () => {
    expect(r.indicators.map((i) => [i.projectId, i.cell, i.name, i.target])).toEqual([
      [0, "D5", "困难残疾人生活补贴人数", "≥4200人"],
      [0, "D6", "补贴对象满意度", "≥90%"],
      [1, "D12", "困难残疾人生活补贴人数", "≥5100人"],
      [1, "D13", "补贴对象满意度", "≥90%"],
      [2, "D19", "困难残疾人生活补贴人数", "≥6000人"],
      [2, "D20", "补贴对象满意度", "≥90%"],
    ]);
    expect(r.messages).toEqual([]);
  });
});

describe("a region's table per county, stacked under 地区 rows (地区 | 汉寿县 | | 资金情况（万元）| 428)", () => {
  const block = (county: string, money: number, people: string) => [
    ["地区", county, "", "资金情况（万元）", money],
    ["年度目标", `完成${county}困难残疾人生活补贴发放。`],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "困难残疾人生活补贴人数", people],
    ["满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%"],
  ];
  const r = parseGrid(
    grid([
      ["2025年省对下困难残疾人两项补贴资金区域绩效目标表"],
      ["单位：万元"],
      ["主管部门", "某省残疾人联合会"],
      ...block("安乡县", 356, "≥4200人"),
      ...block("汉寿县", 428, "≥5100人"),
      ...block("澧县", 512, "≥6000人"),
    ]),
  );

  it("reads each block as its own project, with its own district and goal, the title's fund and the department above", () => {
    expect(r.projects.map((p) => [p.row, p.project, p.department, p.district, p.goal])).toEqual([
      [
        1,
        "2025年省对下困难残疾人两项补贴资金",
        "某省残疾人联合会",
        "安乡县",
        "完成安乡县困难残疾人生活补贴发放。",
      ],
      [
        9,
        "2025年省对下困难残疾人两项补贴资金",
        "某省残疾人联合会",
        "汉寿县",
        "完成汉寿县困难残疾人生活补贴发放。",
      ],
      [
        14,
        "2025年省对下困难残疾人两项补贴资金",
        "某省残疾人联合会",
        "澧县",
        "完成澧县困难残疾人生活补贴发放。",
      ],
    ]);
    expect(r.indicators.map((i) => [i.projectId, i.cell, i.target])).toEqual([
      [0, "D7", "≥4200人"],
      [0, "D8", "≥90%"],
      [1, "D12", "≥5100人"],
      [1, "D13", "≥90%"],
      [2, "D17", "≥6000人"],
      [2, "D18", "≥90%"],
    ]);
  });

  it("reads a goal written under the indicators as their project's, not as the next block's", () => {
    const one = parseGrid(
      grid([
        ["项目名称", "困难残疾人两项补贴"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "困难残疾人生活补贴人数", "≥4200人"],
        ["年度目标", "完成两项补贴发放。"],
      ]),
    );
    expect(one.projects.map((p) => [p.project, p.goal])).toEqual([
      ["困难残疾人两项补贴", "完成两项补贴发放。"],
    ]);
  });

  it("keeps one project over a page-break repeat of the header, with no context between", () => {
    const one = parseGrid(
      grid([
        ["地区", "安乡县"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "困难残疾人生活补贴人数", "≥4200人"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%"],
      ]),
    );
    expect(one.projects.map((p) => p.district)).toEqual(["安乡县"]);
    expect(one.tables.map((t) => t.repeatedHeaderRows)).toEqual([[4]]);
  });
});

describe("labels of a form's context", () => {
  const form = (...lines: string[][]) =>
    parseGrid(
      grid([
        ...lines,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "整治村庄数量", "12个"],
      ]),
    ).projects.map((p) => [p.budgetUnit, p.department]);

  it("reads a 主管部门编码 beside the 主管部门 as its code, not as the department", () => {
    expect(form(["主管部门", "春华镇", "", "主管部门编码", "411009"], ["项目单位", "春华镇"])).toEqual([
      ["春华镇", "春华镇"],
    ]);
    // 单位名称及代码 asks for both: its value is the unit's, without the code before the name.
    expect(form(["单位名称及代码", "305001-某镇人民政府"])).toEqual([["某镇人民政府", ""]]);
  });

  it("reads 项目执行单位 as the budget unit", () => {
    expect(form(["项目主管部门", "某区教育局", "", "项目执行单位", "某区第三幼儿园"])).toEqual([
      ["某区第三幼儿园", "某区教育局"],
    ]);
  });

  it("reads 省级主管部门 as the department, and 中央主管部门 only where no other is written", () => {
    const central = ["中央主管部门", "农业农村部"];
    const province = ["省级财政部门", "某省财政厅", "省级主管部门", "某省农业农村厅"];
    expect(form(central, province)).toEqual([["", "某省农业农村厅"]]);
    expect(form(province, central)).toEqual([["", "某省农业农村厅"]]);
    expect(form(central)).toEqual([["", "农业农村部"]]);
  });
});

describe("a 东莞 form: the mid-term and the year's goals and targets side by side", () => {
  const form = (labels: string[], goals: string[], header: string[], rows: (string | number)[][]) =>
    parseGrid(
      grid([
        ["东莞市财政项目支出绩效目标申报表"],
        ["（2025年度）"],
        ["预算单位：东莞市水务局"],
        [
          "项目名称",
          "内河涌清淤维护",
          "",
          "中期市财政预算（万元）",
          4200,
          "本年度申请市财政预算资金（万元）",
          1400,
        ],
        labels,
        goals,
        header,
        ...rows,
      ]),
    );
  const r = form(
    ["总体目标", "中期滚动目标（2025年--2027年）", "", "", "", "年度目标"],
    ["", "三年完成96条内河涌清淤。", "", "", "", "完成32条内河涌清淤。"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
    [["", "预期产出指标", "数量指标", "清淤河涌数量", "96条", "数量指标", "清淤河涌数量", "32条"]],
  );

  it("reads the year's goal under 年度目标, beside a 中期滚动目标 whose label carries its years", () => {
    expect(r.projects.map((p) => [p.project, p.goal, p.goalCell])).toEqual([
      ["内河涌清淤维护", "完成32条内河涌清淤。", "F6"],
    ]);
  });

  it("reads the targets under 年度目标 when both halves are headed 指标值, on whichever side they are", () => {
    expect(r.indicators.map((i) => [i.cell, i.level2, i.name, i.target])).toEqual([
      ["H8", "数量指标", "清淤河涌数量", "32条"],
    ]);
    const swapped = form(
      ["总体目标", "年度目标", "", "", "", "中期滚动目标（2025年--2027年）"],
      ["", "完成32条内河涌清淤。", "", "", "", "三年完成96条内河涌清淤。"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
      [["", "预期产出指标", "数量指标", "清淤河涌数量", "32条", "数量指标", "清淤河涌数量", "96条"]],
    );
    expect(swapped.projects.map((p) => p.goal)).toEqual(["完成32条内河涌清淤。"]);
    expect(swapped.indicators.map((i) => [i.cell, i.name, i.target])).toEqual([
      ["E8", "清淤河涌数量", "32条"],
    ]);
  });

  it("says which target column is read and which are not", () => {
    expect(r.messages.map((m) => m.text)).toEqual([
      {
        zh: "第 7 行的表头有多个指标值列：审核按 H 列“指标值”进行，E 列“指标值”未作为指标读取。",
        en: "The header in row 7 has several target columns: the review reads column H (指标值); column E (指标值) was not read as indicators.",
      },
    ]);
  });
});

describe("a target column per year (2025年指标值 | 2026年指标值 | 2027年指标值)", () => {
  const table = (years: number[], title = "2025-2027年中期财政规划项目绩效目标表") =>
    parseGrid(
      grid([
        [title],
        ["项目名称", "智慧校园网络升级改造"],
        ["一级指标", "二级指标", "三级指标", ...years.map((y) => `${y}年指标值`)],
        ["产出指标", "数量指标", "完成网络改造学校数", ...years.map((y) => `≥${y - 2013}所`)],
      ]),
    );

  it("reads the first year's when the title names no single year, whatever the order of the columns", () => {
    expect(table([2025, 2026, 2027]).indicators.map((i) => [i.cell, i.target])).toEqual([["D4", "≥12所"]]);
    expect(table([2027, 2026, 2025]).indicators.map((i) => [i.cell, i.target])).toEqual([["F4", "≥12所"]]);
  });

  it("reads the title's year when it names one", () => {
    const r = table([2025, 2026, 2027], "2026年项目支出绩效目标表");
    expect(r.indicators.map((i) => [i.cell, i.target])).toEqual([["E4", "≥13所"]]);
  });

  it("names the columns not read", () => {
    expect(table([2027, 2026, 2025]).messages.map((m) => m.text.zh)).toEqual([
      "第 3 行的表头有多个指标值列：审核按 F 列“2025年指标值”进行，D 列“2027年指标值”、E 列“2026年指标值”未作为指标读取。",
    ]);
  });
});

describe("target sub-columns under a merged 指标值 (2025年目标值 | 2026年目标值)", () => {
  it("reads the first and names the others", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "智慧校园网络升级改造"],
        ["一级指标", "二级指标", "三级指标", "指标值", ""],
        ["", "", "", "2025年目标值", "2026年目标值"],
        ["产出指标", "数量指标", "完成网络改造学校数", "≥12所", "≥15所"],
      ]),
    );
    expect(r.indicators.map((i) => [i.cell, i.target])).toEqual([["D4", "≥12所"]]);
    expect(r.messages.map((m) => m.text.zh)).toEqual([
      "第 2 行的表头有多个指标值列：审核按 D 列“2025年目标值”进行，E 列“2026年目标值”未作为指标读取。",
    ]);
  });

  it("says nothing of a column of last year's actual values, nor of an empty target column", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "智慧校园网络升级改造"],
        ["一级指标", "二级指标", "三级指标", "指标值", ""],
        ["", "", "", "2024年实际完成值", "预期2025年目标值"],
        ["产出指标", "数量指标", "完成网络改造学校数", "10所", "≥12所"],
      ]),
    );
    expect(r.indicators.map((i) => [i.cell, i.target])).toEqual([["E4", "≥12所"]]);
    expect(r.messages).toEqual([]);
    const empty = parseGrid(
      grid([
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实施期指标值"],
        ["产出指标", "数量指标", "完成网络改造学校数", "≥12所", ""],
      ]),
    );
    expect(empty.messages).toEqual([]);
  });
});

describe("the unit filling in the form, on a line of its own (填报单位（盖章）：长沙县春华镇人民政府)", () => {
  const form = (filer: string) =>
    parseGrid(
      grid([
        ["项目绩效目标表（2023年度）"],
        [filer],
        ["项目名称", "镇域内农村人居环境整治"],
        ["主管部门", "春华镇", "", "项目单位", "春华镇"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "整治村庄数量", "12个"],
      ]),
    ).projects.map((p) => [p.budgetUnit, p.department, p.district]);

  it("names the district where the project, its unit and its department name none", () => {
    expect(form("填报单位（盖章）：长沙县春华镇人民政府")).toEqual([["春华镇", "春华镇", "长沙县"]]);
    expect(form("填报单位：（盖章）")).toEqual([["春华镇", "春华镇", null]]);
  });
});

describe("the closing rows of a 自评表 (总分, 偏差大或目标未完成原因分析) in the column of its goal", () => {
  it("are rows under the table, not the goal", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "2023年市级外贸发展资金", "", "主管部门", "区商务局"],
        [
          "年度绩效目标（80分）",
          "一级指标",
          "二级指标",
          "三级指标",
          "年初目标值（A）",
          "实际完成值（B）",
          "得分",
        ],
        ["", "产出指标（60分）", "数量指标", "支持参展企业数量", 12, 12, 10],
        ["总分", "", "", "", "", "", 99.6],
        ["偏差大或目标未完成原因分析"],
        ["改进措施及结果应用方案"],
      ]),
    );
    expect(r.projects.map((p) => [p.project, p.goal])).toEqual([["2023年市级外贸发展资金", ""]]);
    expect(r.indicators.map((i) => [i.name, i.target])).toEqual([["支持参展企业数量", "12"]]);
    expect(r.messages.map((m) => m.text.zh)).toEqual([
      "第 4、5、6 行在表格中或表格下方有文字，但没有指标名称或指标值，未作为指标读取（如表下的说明）。",
    ]);
  });
});

describe("goal labels after the section's captions (项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | … | 年度目标完成情况)", () => {
  it("reads the goal under 项目年度目标, not the label of what was done", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "2024年全县人民调解员补贴资金项目"],
        ["项目基本情况", "1.项目年度目标完成情况", "项目年度目标", "", "", "年度目标完成情况"],
        ["", "", "按时足额发放全县人民调解员补贴，调处矛盾纠纷。", "", "", "完成"],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
        ["产出指标", "数量指标", "补贴发放人数", "≥", 380, "人"],
      ]),
    );
    expect(r.projects.map((p) => [p.goal, p.goalCell])).toEqual([
      ["按时足额发放全县人民调解员补贴，调处矛盾纠纷。", "C3"],
    ]);
  });
});

describe("a title repeated at a page break of one table", () => {
  const form = (repeat: (string | number)[][]) =>
    parseGrid(
      grid([
        ["2024年城市公园养护项目绩效目标表"],
        ["项目名称", "城市公园养护"],
        ["主管部门", "某市城市管理局"],
        ["年度目标", "完成12座公园日常养护。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "养护公园数量", "12座"],
        ...repeat,
        ["满意度指标", "服务对象满意度指标", "游园市民满意度", "≥90%"],
      ]),
    );
  const header = ["一级指标", "二级指标", "三级指标", "指标值"];

  it("keeps one project with its goal, the title identical or ending in （续）, with or without the header", () => {
    for (const repeat of [
      [["2024年城市公园养护项目绩效目标表"], header],
      [["2024年城市公园养护项目绩效目标表"]],
      [["2024年城市公园养护项目绩效目标表（续）"], header],
      [["2024年城市公园养护项目绩效目标表"], ["（2024年度）"], header],
    ]) {
      const r = form(repeat);
      expect(r.projects.map((p) => [p.project, p.goal])).toEqual([
        ["城市公园养护", "完成12座公园日常养护。"],
      ]);
      expect(r.indicators.map((i) => i.projectId)).toEqual([0, 0]);
    }
  });

  it("counts the header under the repeated title as repeated", () => {
    const r = form([["2024年城市公园养护项目绩效目标表（续）"], header]);
    expect(r.tables.map((t) => t.repeatedHeaderRows)).toEqual([[8]]);
    expect(r.messages).toEqual([]);
  });

  it("reads a page's number above the repeated title (第1页，共2页) as no note under the table", () => {
    const r = form([["第1页，共2页"], ["2024年城市公园养护项目绩效目标表（续）"], header]);
    expect(r.tables.map((t) => t.repeatedHeaderRows)).toEqual([[9]]);
    expect(r.messages).toEqual([]);
  });

  it("keeps one project when the page repeats the form's head too (项目名称, 主管部门, 年度目标 again)", () => {
    const r = form([
      ["2024年城市公园养护项目绩效目标表"],
      ["项目名称", "城市公园养护"],
      ["主管部门", "某市城市管理局"],
      ["年度目标", "完成12座公园日常养护。"],
      header,
    ]);
    expect(r.projects.map((p) => [p.project, p.goal])).toEqual([["城市公园养护", "完成12座公园日常养护。"]]);
    expect(r.indicators.map((i) => i.projectId)).toEqual([0, 0]);
    // Another project's name, or a goal of its own, is the next form.
    const next = form([["项目名称", "城市公园养护"], ["年度目标", "完成公园设施维修。"], header]);
    expect(next.projects.map((p) => p.goal)).toEqual(["完成12座公园日常养护。", "完成公园设施维修。"]);
  });

  it("keeps a region's table one county's (…区域绩效目标表（汉寿县） again)", () => {
    const title = ["2024年农业相关转移支付区域绩效目标表（汉寿县）"];
    const r = parseGrid(
      grid([
        title,
        ["地区", "汉寿县"],
        ["年度目标", "稳定粮食生产。"],
        header,
        ["产出指标", "数量指标", "粮食播种面积", "≥96万亩"],
        title,
        ["满意度指标", "服务对象满意度指标", "种粮农户满意度", "≥90%"],
      ]),
    );
    expect(r.projects.map((p) => [p.district, p.goal])).toEqual([["汉寿县", "稳定粮食生产。"]]);
    expect(r.indicators.map((i) => i.projectId)).toEqual([0, 0]);
  });
});

describe("a mid-term half and the year's half, both headed 指标值", () => {
  const header = ["一级指标", "二级指标", "三级指标", "指标值", "一级指标", "二级指标", "三级指标", "指标值"];
  const rows = [
    ["产出指标", "数量指标", "接入社区数", "60个", "产出指标", "数量指标", "接入社区数", "20个"],
    [
      "满意度指标",
      "服务对象满意度指标",
      "居民满意度",
      "≥90%",
      "满意度指标",
      "服务对象满意度指标",
      "居民满意度",
      "≥85%",
    ],
  ];
  const read = (...above: string[][]) =>
    parseGrid(grid([["项目名称", "智慧社区建设"], ...above, header, ...rows]));
  const targets = (r: ReturnType<typeof parseGrid>) => r.indicators.map((i) => [i.cell, i.name, i.target]);

  it("reads the half under 年度目标 when 中期目标 is the first label (中期目标 | … | 年度目标, goals below)", () => {
    const r = read(
      ["中期目标", "", "", "", "年度目标"],
      ["建成全区智慧社区平台。", "", "", "", "完成20个社区接入。"],
    );
    expect(r.projects.map((p) => p.goal)).toEqual(["完成20个社区接入。"]);
    expect(targets(r)).toEqual([
      ["H5", "接入社区数", "20个"],
      ["H6", "居民满意度", "≥85%"],
    ]);
    expect(r.messages.map((m) => m.text.zh)).toEqual([
      "第 4 行的表头有多个指标值列：审核按 H 列“指标值”进行，D 列“指标值”未作为指标读取。",
    ]);
  });

  it("reads the half under 年度指标 (中期指标 | 年度指标 over the header)", () => {
    const r = read(["中期指标", "", "", "", "年度指标"]);
    expect(targets(r)).toEqual([
      ["H4", "接入社区数", "20个"],
      ["H5", "居民满意度", "≥85%"],
    ]);
  });

  it("reads the year's goal and half from goals written beside their labels (中期目标 | 建成… | 年度目标 | 完成…)", () => {
    const r = read(["中期目标", "建成全区智慧社区平台。", "", "", "年度目标", "完成20个社区接入。"]);
    expect(r.projects.map((p) => p.goal)).toEqual(["完成20个社区接入。"]);
    expect(targets(r).map(([cell]) => cell)).toEqual(["H4", "H5"]);
    const swapped = read(["年度目标", "完成20个社区接入。", "", "", "中期目标", "建成全区智慧社区平台。"]);
    expect(swapped.projects.map((p) => p.goal)).toEqual(["完成20个社区接入。"]);
    expect(targets(swapped)).toEqual([
      ["D4", "接入社区数", "60个"],
      ["D5", "居民满意度", "≥90%"],
    ]);
  });
});

describe("实施期目标 | 年度目标 right above a header of two halves, with no goal written under them", () => {
  it("reads the first indicator row as an indicator, not as the goal, and no goal column over 一级指标", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "智慧社区建设"],
        ["实施期目标", "", "", "", "年度目标"],
        ["一级指标", "二级指标", "三级指标", "指标值", "一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "接入社区数", "60个", "产出指标", "数量指标", "接入社区数", "20个"],
        [
          "满意度指标",
          "服务对象满意度指标",
          "居民满意度",
          "≥90%",
          "满意度指标",
          "服务对象满意度指标",
          "居民满意度",
          "≥85%",
        ],
      ]),
    );
    expect(r.projects.map((p) => p.goal)).toEqual([""]);
    expect(r.indicators.map((i) => [i.cell, i.level1, i.name, i.target])).toEqual([
      ["H4", "产出指标", "接入社区数", "20个"],
      ["H5", "满意度指标", "居民满意度", "≥85%"],
    ]);
    expect(r.tables[0].columns.goal).toBeUndefined();
  });
});

describe("money rows between one project's indicators (资金情况（万元）| 年度资金总额 | 600)", () => {
  const form = (...between: string[][]) =>
    parseGrid(
      grid([
        ["项目名称", "农村公路养护"],
        ["年度目标", "保障农村公路安全畅通。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "养护里程", "≥1200公里"],
        ["资金情况（万元）", "年度资金总额", "600"],
        ["", "其中：当年财政拨款", "600"],
        ...between,
        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"],
      ]),
    );

  it("keep one project with its goal when nothing new is stated after them", () => {
    const r = form();
    expect(r.projects.map((p) => [p.project, p.goal])).toEqual([["农村公路养护", "保障农村公路安全畅通。"]]);
    expect(r.indicators.map((i) => [i.cell, i.projectId])).toEqual([
      ["D4", 0],
      ["D7", 0],
    ]);
  });

  it("start the next block when a goal of its own follows them", () => {
    const r = form(["年度目标", "提升农村公路通行能力。"]);
    expect(r.projects.map((p) => [p.project, p.goal])).toEqual([
      ["农村公路养护", "保障农村公路安全畅通。"],
      ["农村公路养护", "提升农村公路通行能力。"],
    ]);
  });
});

describe("a region's title naming a 转移支付 (2024年农业相关转移支付区域绩效目标表（汉寿县）)", () => {
  it("names the project after the fund, as …补贴资金 does, and the district after the county", () => {
    const r = parseGrid(
      grid([
        ["2024年农业相关转移支付区域绩效目标表（汉寿县）"],
        ["年度目标", "稳定粮食生产。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "粮食播种面积", "≥96万亩"],
      ]),
    );
    expect(r.projects.map((p) => [p.project, p.district])).toEqual([["2024年农业相关转移支付", "汉寿县"]]);
  });
});

describe("a goal written over two rows", () => {
  const goal = (...lines: string[][]) =>
    parseGrid(
      grid([
        ["项目名称", "老旧小区改造"],
        ...lines,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "改造小区数量", "6个"],
      ]),
    ).projects.map((p) => [p.goal, p.goalCell]);

  it("reads the second line under a blank label (年度目标 | 1.…； then | 2.…) as the goal's", () => {
    expect(
      goal(["年度目标", "1.完成6个老旧小区基础设施改造；"], ["", "2.惠及居民1800户，改善居住环境。"]),
    ).toEqual([["1.完成6个老旧小区基础设施改造；\n2.惠及居民1800户，改善居住环境。", "B2"]]);
  });

  it("keeps both lines of two 年度目标 rows (目标1：… then 目标2：…)", () => {
    expect(
      goal(["年度目标", "目标1：完成参保登记及待遇核定。"], ["年度目标", "目标2：提升经办服务效率。"]),
    ).toEqual([["目标1：完成参保登记及待遇核定。\n目标2：提升经办服务效率。", "B2"]]);
  });

  it("adds no line after a goal that has ended, and takes the year's goal after a 总体目标", () => {
    expect(goal(["年度目标", "完成6个老旧小区改造。"], ["", "单位：万元"])).toEqual([
      ["完成6个老旧小区改造。", "B2"],
    ]);
    expect(goal(["总体目标", "三年完成18个老旧小区改造。"], ["年度目标", "完成6个老旧小区改造。"])).toEqual([
      ["完成6个老旧小区改造。", "B3"],
    ]);
  });
});

describe("a district column (区县 | 区（县） | 县（市、区）) beside the project's name", () => {
  it.each(["区县", "区（县）", "县（市、区）", "地区"])(
    "gives each district's rows a project of their own (%s)",
    (header) => {
      const r = parseGrid(
        grid([
          [header, "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
          ["越秀区", "城乡居民医保补助", "产出指标", "数量指标", "参保人数", "≥12", "万人"],
          ["", "", "满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90", "%"],
          ["海珠区", "", "产出指标", "数量指标", "参保人数", "≥15", "万人"],
          ["", "", "满意度指标", "服务对象满意度指标", "参保群众满意度", "≥88", "%"],
        ]),
      );
      expect(r.projects.map((p) => [p.project, p.district])).toEqual([
        ["城乡居民医保补助", "越秀区"],
        ["城乡居民医保补助", "海珠区"],
      ]);
      expect(r.indicators.map((i) => [i.district, i.value])).toEqual([
        ["越秀区", 120000],
        ["越秀区", 90],
        ["海珠区", 150000],
        ["海珠区", 88],
      ]);
    },
  );
});

describe("context labels of a 甘孜-style form (单位信息 | 整体目标)", () => {
  it("reads the unit and the goal beside their labels", () => {
    const r = parseGrid(
      grid([
        ["主管部门", "301-某州林草部门"],
        ["单位信息", "301001-某州林业和草原局机关"],
        ["项目名称", "森林草原防火专项"],
        ["整体目标", "开展森林草原防火巡护和宣传。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "巡护里程", "≥5000公里"],
      ]),
    );
    expect(r.projects.map((p) => [p.project, p.budgetUnit, p.department, p.goal])).toEqual([
      ["森林草原防火专项", "某州林业和草原局机关", "某州林草部门", "开展森林草原防火巡护和宣传。"],
    ]);
  });
});

describe("a district column's cells (round 28)", () => {
  it("keeps several places written in one cell, and reads the district a cell starts with, not its town", () => {
    const r = parseGrid(
      grid([
        ["区县", "项目名称", "三级指标", "指标值"],
        ["海珠区、白云区", "生态补偿", "补偿面积", "≥1万亩"],
        ["从化区", "", "补偿面积", "≥2万亩"],
        ["白云区（太和镇）", "医保补助", "参保人数", "≥5000人"],
      ]),
    );
    expect(r.projects.map((p) => p.district)).toEqual(["海珠区、白云区", "从化区", "白云区"]);
  });

  it("reads one district written several ways as one, a code before it as nothing, and 全市 as no district", () => {
    const r = parseGrid(
      grid([
        ["区县", "项目名称", "三级指标", "指标值"],
        ["全市", "公共文化服务", "送戏下乡场次", "≥100场"],
        ["440111白云区", "义务教育改薄", "改造学校数", "≥5所"],
        ["白云", "", "改造面积", "≥8000平方米"],
        ["广州市白云区", "", "验收合格率", "100%"],
        ["", "困难群众救助", "救助人次", "≥300人次"],
        ["海珠区", "", "救助人次", "≥200人次"],
      ]),
    );
    expect(r.projects.map((p) => [p.project, p.district])).toEqual([
      ["公共文化服务", null],
      ["义务教育改薄", "白云区"],
      ["困难群众救助", "白云区"],
      ["困难群众救助", "海珠区"],
    ]);
  });
});

describe("the same project's name beside another unit (番禺区卫生健康局 → 花都区卫生健康局)", () => {
  it("is the other unit's project, with that unit's district", () => {
    const r = parseGrid(
      grid([
        ["区", "单位名称", "项目名称", "三级指标", "指标值"],
        ["番禺区", "番禺区卫生健康局", "基本公共卫生服务", "建立健康档案人数", "≥80万人"],
        ["", "番禺区卫生健康局", "", "居民满意度", "≥85%"],
        ["", "花都区卫生健康局", "基本公共卫生服务", "建立健康档案人数", "≥60万人"],
        ["全区", "花都区卫生健康局", "", "档案规范率", "≥90%"],
        ["花都区", "花都区卫生健康局", "", "居民满意度", "≥85%"],
      ]),
    );
    expect(r.projects.map((p) => [p.budgetUnit, p.district])).toEqual([
      ["番禺区卫生健康局", "番禺区"],
      ["花都区卫生健康局", "花都区"],
    ]);
    expect(r.indicators.map((i) => i.projectId)).toEqual([0, 0, 1, 1, 1]);
  });
});
