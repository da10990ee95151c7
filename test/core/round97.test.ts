/**
 * Round 97: context labels and headers of tables the engine had not seen (编报单位, a bare 单位 naming an
 * organisation, 绩效目标及指标, 转移支付（专项）名称) and the placeholders and words inside packed cells.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

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
