/**
 * Round 63's rows tables and forms (湖南, 新疆): a money sub-table's 项目 column, signature footers, core
 * indicators marked with stars after the name, and long-term and annual blocks stacked in either order.
 */
import type { CellValue } from "../../src/core/grid";
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

/** 岳阳楼区's 申报表: the form's head, then its two money sub-tables, then the indicators. */
const head = (name: string, money: CellValue[][]): CellValue[][] => [
  ["项目支出预算绩效目标申报表"],
  ["(2017年度)"],
  ["填报单位(盖章)楼区民政局"],
  ["项目基本情况", "项目名称", name],
  ["", "项目属性", "新增项目□ 延续项目√"],
  ["", "主管部门", "楼区民政局", "项目起止时间", "2017年1月至2017年12月"],
  ...money,
  ["年度绩效指标", "一级指标", "二级指标", "指标内容", "指标值", "备注"],
  ["", "产出指标", "数量指标", "临时救助人次", "不少于1500人次"],
  ["", "满意度指标", "社会公众或服务对象满意度指标", "救助对象满意度", "95%以上"],
];

describe("a money sub-table's 项目 column under a form's 项目名称", () => {
  const apply = [
    ["项目资金情况", "项目资金申请(万元)", "项 目", "上年度安排资金", "本年度申请资金"],
    ["", "", "合 计", 120, 150],
    ["", "", "区级资金", 120, 150],
  ];
  const detail = [
    ["支出明细预算(万元)", "项 目", "上年度安\n排资金", "本年度\n申请资金", "测算依据\n及说明"],
    ["", "合 计", 120, 150, "按上年救助人次及标准测算"],
  ];
  const projects = (money: CellValue[][]) =>
    parseGrid(grid(head("城乡困难群众临时救助", money))).projects.map((p) => p.project);

  it("names no project: 项 目 | 上年度安排资金 and 项目 | 上年度安\\n排资金 are the money table's columns", () => {
    expect(projects([...apply, ...detail])).toEqual(["城乡困难群众临时救助"]);
    expect(projects(apply)).toEqual(["城乡困难群众临时救助"]);
    expect(projects(detail)).toEqual(["城乡困难群众临时救助"]);
    const noSpace = (rows: CellValue[][]) => rows.map((row) => row.map((c) => (c === "项 目" ? "项目" : c)));
    expect(projects(noSpace([...apply, ...detail]) as CellValue[][])).toEqual(["城乡困难群众临时救助"]);
  });

  it("names no project from 项 目 | 金额(万元) or 项目名称 | 金额 | 测算依据 under a money heading", () => {
    expect(projects([["项目资金", "项 目", "金额(万元)"]])).toEqual(["城乡困难群众临时救助"]);
    expect(projects([["支出明细", "项目名称", "金额", "测算依据"]])).toEqual(["城乡困难群众临时救助"]);
  });

  it("keeps two such forms stacked two projects, each with its own name", () => {
    const r = parseGrid(
      grid([
        ...head("城乡困难群众临时救助", [...apply, ...detail]),
        [],
        ...head("城乡低保提标", [...apply, ...detail]),
      ]),
    );
    expect(r.projects.map((p) => p.project)).toEqual(["城乡困难群众临时救助", "城乡低保提标"]);
    expect(r.indicators.map((i) => i.projectId)).toEqual([0, 0, 1, 1]);
  });
});

describe("a signature or date footer under the indicators", () => {
  const read = (footer: CellValue[]) => parseGrid(grid([...head("城乡困难群众临时救助", []), footer]));

  it.each([
    [["单位负责人签字:", "", "财务负责人签字:", "", "填报日期:2017年3月"]],
    [["单位负责人签字:", "", "", "", "填报日期:2017年3月"]],
    [["单位负责人签字:", "", "财务负责人签字:", "", "2017年3月"]],
    [["单位负责人(签字):", "", "财务负责人(签字):"]],
    [["填报人:", "审核人:", "联系电话:"]],
    [["单位负责人：张三", "", "", "", "填报日期：2024年3月"]],
    [["", "", "", "", "(盖章)"]],
  ])("is no indicator: %j", (footer) => {
    const r = read(footer);
    expect(r.indicators.map((i) => i.name)).toEqual(["临时救助人次", "救助对象满意度"]);
    expect(r.tables[0].range).toBe("A7:F9");
  });

  it("between two stacked forms (填报单位(盖章):… | 填报日期:…) opens no empty project", () => {
    const form = (name: string): CellValue[][] => [
      ["绩效项目申报表"],
      ["(2021年度)"],
      ["项目名称", name, "项目负责人及联系电话", "沈飞 0908-0000000"],
      ["主管部门", "乌恰县水利局", "实施单位", "乌恰县农村供水站"],
      ["项目资金\n(万元)", "年度资金总额", 300],
      ["年度总体目标", "完成5.2公里干渠防渗改造。"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "防渗渠道长度", "=5.2公里"],
      ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥95%"],
      ["填报单位(盖章):乌恰县水利局", "", "填报日期:2021年4月"],
    ];
    const r = parseGrid(grid([...form("干渠防渗改造项目"), ...form("波斯坦铁列克乡饮水工程")]));
    expect(r.projects.map((p) => [p.project, p.budgetUnit])).toEqual([
      ["干渠防渗改造项目", "乌恰县农村供水站"],
      ["波斯坦铁列克乡饮水工程", "乌恰县农村供水站"],
    ]);
    expect(r.indicators.map((i) => i.projectId)).toEqual([0, 0, 1, 1]);
  });

  it("names the unit of the project above it where its form names none", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "干渠防渗改造项目"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "防渗渠道长度", "=5.2公里"],
        ["填报单位(盖章):乌恰县水利局", "", "填报日期:2021年4月"],
      ]),
    );
    expect(r.projects.map((p) => [p.project, p.budgetUnit])).toEqual([["干渠防渗改造项目", "乌恰县水利局"]]);
    expect(r.indicators).toHaveLength(1);
  });

  it("still names the unit when 填报单位(盖章): heads the next form under its title", () => {
    const form = (name: string): CellValue[][] => [
      ["2025年项目支出绩效目标表"],
      ["填报单位(盖章):南县疾病预防控制中心", "", "", "", "", "填报日期:2025年1月"],
      ["项目支出名称", name],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "应急队员培训人次", "≥150人次"],
    ];
    const r = parseGrid(grid([...form("卫生应急处置专项"), [], ...form("扩大国家免疫规划专项")]));
    expect(r.projects.map((p) => [p.project, p.budgetUnit])).toEqual([
      ["卫生应急处置专项", "南县疾病预防控制中心"],
      ["扩大国家免疫规划专项", "南县疾病预防控制中心"],
    ]);
  });
});

describe("a core indicator's stars after its name", () => {
  const names = (cells: string[]) =>
    parseGrid(
      grid([
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ...cells.map((name) => ["产出指标", "数量指标", name, "≥2300亩"]),
      ]),
    ).indicators.map((i) => [i.name, i.value, i.unit]);

  it("are no part of the name (★★★, ★, ☆, a space before them, in brackets, （核心指标）), as leading ones are not", () => {
    const written = [
      "油茶低产林改造面积★★★",
      "油茶低产林改造面积★",
      "油茶低产林改造面积☆",
      "油茶低产林改造面积 ★★★",
      "油茶低产林改造面积(★★★)",
      "油茶低产林改造面积（★）",
      "油茶低产林改造面积（核心指标）",
      "★★★油茶低产林改造面积",
    ];
    expect(names(written)).toEqual(written.map(() => ["油茶低产林改造面积", 2300, "亩"]));
  });

  it("keeps the raw text with its stars", () => {
    const r = parseGrid(
      grid([
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "油茶低产林改造面积★★★", "≥2300亩"],
      ]),
    );
    expect(r.indicators[0].text).toContain("油茶低产林改造面积★★★");
  });

  it("stay where they rate something or fill a template's slot", () => {
    expect(
      names(["五星级（★★★★★）农家乐数量", "★★★以上饭店达标率", "A*级景区创建数", "酒店星级★★★"]),
    ).toEqual([
      ["五星级（★★★★★）农家乐数量", 2300, "亩"],
      ["★★★以上饭店达标率", 2300, "亩"],
      ["A*级景区创建数", 2300, "亩"],
      ["酒店星级★★★", 2300, "亩"],
    ]);
  });

  it("leave a packed cell's names too", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        ["油茶低产林改造", "1、产出指标：油茶低产林改造面积★★★≥2300亩；"],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.value])).toEqual([["油茶低产林改造面积", 2300]]);
  });
});

describe("a 长期绩效指标 block and a 年度绩效指标 block, in either order", () => {
  const block = (caption: string, long: boolean): CellValue[][] => [
    [caption, "一级指标", "二级指标", "指标内容", "指标值", "备注"],
    ["", "产出指标", "数量指标", "集镇立面改造面积", long ? "3.2万平方米" : "1.2万平方米"],
    ["", "", "…"],
    ["", "满意度指标", "社会公众或服务对象满意度指标", "群众满意度", "90%以上"],
  ];
  const form = (name: string, first: CellValue[][], second: CellValue[][]): CellValue[][] => [
    ["项目绩效目标表"],
    ["(2021年度)"],
    ["项目名称", name],
    ["项目单位", "宁乡市坝塘镇人民政府"],
    ...first,
    ...second,
  ];
  const long = block("长期绩效指标", true);
  const year = block("年度绩效指标", false);
  const read = (values: CellValue[][]) => {
    const r = parseGrid(grid(values));
    return {
      indicators: r.indicators.map((i) => [i.projectId, i.cell, i.name, i.value]),
      longTerm: r.messages.map((m) => m.text.zh).filter((t) => t.includes("长期（实施期）")),
    };
  };

  it("reads the year's block and sets the long-term one aside, saying so, whichever comes first", () => {
    expect(read(form("集镇提质改造", long, year))).toEqual({
      indicators: [
        [0, "E10", "集镇立面改造面积", 12000],
        [0, "E12", "群众满意度", 90],
      ],
      longTerm: [expect.stringContaining("第 6、8 行是长期（实施期）绩效指标")],
    });
    expect(read(form("集镇提质改造", year, long))).toEqual({
      indicators: [
        [0, "E6", "集镇立面改造面积", 12000],
        [0, "E8", "群众满意度", 90],
      ],
      longTerm: [expect.stringContaining("第 10、12 行是长期（实施期）绩效指标")],
    });
  });

  it("sets each form's long-term block aside in a stack, and reads a form's long-term block alone", () => {
    const r = read([
      ...form("集镇提质改造", year, long),
      [],
      ...form("村道建设", year, long),
      [],
      ...form("机关食堂改造", long, []),
    ]);
    expect(r.indicators).toEqual([
      [0, "E6", "集镇立面改造面积", 12000],
      [0, "E8", "群众满意度", 90],
      [1, "E19", "集镇立面改造面积", 12000],
      [1, "E21", "群众满意度", 90],
      [2, "E32", "集镇立面改造面积", 32000],
      [2, "E34", "群众满意度", 90],
    ]);
    expect(r.longTerm).toEqual([expect.stringContaining("第 10、12、23、25 行是长期（实施期）绩效指标")]);
  });
});
