/**
 * Round 151 (A): a transposed 分解表 — a city splits a transfer payment's targets across its counties, a row
 * per 县市 and a column per indicator, the unit in the header's bracket (县市 | 资金（万元） | 养护里程（公里） |
 * 优良中等路率（%） | 完成时限 | 群众满意度). Was: 没有找到绩效目标表. Now: a project per county, an indicator per
 * column, the money column the project's budget, a 合计/全市 row the counties' total.
 */
import { compareDistricts } from "../../src/core/compare";
import type { CellValue } from "../../src/core/grid";
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";
import { parseKept as parse } from "../support/parseKept";

const fenjie: CellValue[][] = [
  ["2024年楚雄州农村公路养护资金绩效目标分解表", null, null, null, null, null, null],
  ["县市", "资金（万元）", "养护里程（公里）", "优良中等路率（%）", "列养率（%）", "完成时限", "群众满意度"],
  ["楚雄市", 420, "≥1850", "≥75%", "100%", "2024年12月", "≥90%"],
  ["双柏县", 260, "≥1320", "≥70%", "100%", "2024年12月", "≥90%"],
  ["牟定县", 180, "≥980", "≥72%", "100%", "2024年12月", "≥90%"],
];

describe("a transposed 分解表 (a row per 县市, a column per indicator)", () => {
  const r = parse(fenjie);

  it("reads a project per county, named by the title, the county its district, the money its budget", () => {
    expect(r.projects.map((p) => [p.project, p.district, p.row, p.budget])).toEqual([
      ["2024年楚雄州农村公路养护资金", "楚雄市", 3, [4200000]],
      ["2024年楚雄州农村公路养护资金", "双柏县", 4, [2600000]],
      ["2024年楚雄州农村公路养护资金", "牟定县", 5, [1800000]],
    ]);
    expect(r.tables).toHaveLength(1);
    expect(r.messages.map((m) => m.text.zh)).toEqual([
      "第 2 行起是分解表：每行一个县市，各列是指标。B 列（资金（万元））读作各项目的预算金额（楚雄市 420、双柏县 260、牟定县 180），不是指标。",
    ]);
  });

  it("reads each indicator column: the name without its bracket, the bracket's unit, 完成时限 as a date", () => {
    expect(
      r.indicators
        .filter((i) => i.projectId === 0)
        .map((i) => [i.cell, i.name, i.comparator, i.value, i.unit, i.kind, i.date, i.district]),
    ).toEqual([
      ["C3", "养护里程", ">=", 1850, "公里", "quantitative", null, "楚雄市"],
      ["D3", "优良中等路率", ">=", 75, "%", "quantitative", null, "楚雄市"],
      ["E3", "列养率", "=", 100, "%", "quantitative", null, "楚雄市"],
      ["F3", "完成时限", null, null, "", "date", "2024-12", "楚雄市"],
      ["G3", "群众满意度", ">=", 90, "%", "quantitative", null, "楚雄市"],
    ]);
    expect(r.indicators).toHaveLength(15);
  });

  it("takes the sheet's name for the project when no title names one", () => {
    const p = parse(fenjie.slice(1), "农村公路养护");
    expect(p.projects.map((x) => [x.project, x.district])).toEqual([
      ["农村公路养护", "楚雄市"],
      ["农村公路养护", "双柏县"],
      ["农村公路养护", "牟定县"],
    ]);
  });
});

describe("a transposed 分解表 with 一级/二级 rows over its header and a 合计 row", () => {
  const rows: CellValue[][] = [
    ["2025年某市耕地地力保护补贴区域绩效目标分解表", null, null, null, null],
    ["县（市、区）", "产出指标", null, "效益指标", "满意度指标"],
    [null, "数量指标", "时效指标", "社会效益指标", "服务对象满意度指标"],
    [null, "补贴面积（万亩）", "资金兑付时间", "农民种粮积极性", "农户满意度（%）"],
    ["城关区", "≥12.5", "2025年6月底前", "有所提高", "≥90"],
    ["东乡县", "≥8.2", "2025年6月底前", "有所提高", "≥90"],
    ["西山县", "≥6.3", "2025年6月底前", "有所提高", "≥92"],
    ["合计", "≥30", null, null, null],
  ];
  const r = parse(rows);

  it("reads the categories merged over the columns", () => {
    expect(
      r.indicators
        .filter((i) => i.projectId === 0)
        .map((i) => [i.level1, i.level2, i.name, i.value, i.unit, i.kind]),
    ).toEqual([
      ["产出指标", "数量指标", "补贴面积", 125000, "亩", "quantitative"],
      ["产出指标", "时效指标", "资金兑付时间", null, "", "date"],
      ["效益指标", "社会效益指标", "农民种粮积极性", null, "", "qualitative"],
      ["满意度指标", "服务对象满意度指标", "农户满意度", 90, "%", "quantitative"],
    ]);
    expect(r.projects.map((p) => p.district)).toEqual(["城关区", "东乡县", "西山县"]);
  });

  it("keeps the 合计 row as the column's total, no county of its own, and checks it in the comparison", () => {
    expect(r.indicators[0].rowTotal).toMatchObject({ cell: "B8", header: "合计", value: 300000, places: 3 });
    const result = compareDistricts([{ label: "某市.xlsx", projects: r.projects, indicators: r.indicators }]);
    expect(result.programs).toHaveLength(1);
    const flags = result.programs[0].indicators
      .flatMap((i) => i.flags)
      .filter((f) => f.code === "TOTAL-DIFF");
    expect(flags.map((f) => f.message.zh)).toEqual([expect.stringContaining("合计")]);
  });
});

describe("tables that are not a transposed 分解表 stay as they were", () => {
  it("a list of projects by county (项目名称, 建设内容) is no 分解表", () => {
    const r = parseGrid(
      grid([
        ["县区", "项目名称", "建设内容", "资金（万元）", "完成时限"],
        ["城关区", "某村道路硬化", "硬化道路2公里", 50, "2024年12月"],
        ["东乡县", "某村饮水工程", "新建蓄水池1座", 30, "2024年10月"],
      ]),
    );
    expect(r.messages.some((m) => m.text.zh.includes("分解表"))).toBe(false);
  });

  it("a table of money by county (下达资金 | 其中：中央资金 | 省级资金（万元）) is no 分解表", () => {
    const r = parseGrid(
      grid([
        ["2024年某州资金分配表", null, null, null],
        ["县市", "下达资金（万元）", "其中：中央资金", "省级资金（万元）"],
        ["文山市", 820, 600, 220],
        ["砚山县", 640, 500, 140],
      ]),
    );
    expect(r.indicators).toEqual([]);
    expect(r.messages.some((m) => m.text.zh.includes("分解表"))).toBe(false);
  });

  it("a table of plain figures by county, no unit and no target's mark, is no 分解表", () => {
    const r = parseGrid(
      grid([
        ["县区", "乡镇数", "行政村数"],
        ["城关区", "12", "86"],
        ["东乡县", "9", "74"],
      ]),
    );
    expect(r.indicators).toEqual([]);
  });

  it("a column of county names under no place header is no 分解表", () => {
    const r = parseGrid(
      grid([
        ["名单", "数量", "比例"],
        ["城关区", "≥12", "≥90%"],
        ["东乡县", "≥8", "≥92%"],
      ]),
    );
    expect(r.messages.some((m) => m.text.zh.includes("分解表"))).toBe(false);
  });
});
