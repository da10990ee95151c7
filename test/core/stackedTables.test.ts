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
