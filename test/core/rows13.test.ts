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
