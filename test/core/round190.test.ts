/**
 * Round 190: an ordinary inbox of every layout from Shanxi, Inner Mongolia, Heilongjiang, Liaoning, Jilin,
 * Anhui, Jiangxi and Guangdong cities — a form's indicators beside their category's label (产出指标 |
 * 指标1:…⏎指标2:…), 项目总金额（万元） or 项目总投资（万元） last in a form's labels row, and 稳定增长 closing a
 * qualitative target.
 */
import { parseGrid } from "../../src/core/parse";
import type { CellValue } from "../../src/core/grid";
import { isMoneyColumnHeader, isMoneyLabel } from "../../src/core/table/rowKinds";
import { grid } from "../support/grid";

const read = (rows: CellValue[][]) =>
  parseGrid(grid(rows)).indicators.map((i) => [
    i.cell,
    i.name,
    i.comparator,
    i.value,
    i.unit,
    i.kind,
    i.level1,
  ]);

describe("a form's indicators beside their category's label", () => {
  it("reads 产出指标 | 指标1:…⏎指标2:… under the form's project, the label as their category (阳江)", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "阳春市渔港升级改造"],
        ["主管部门", "阳江市农业农村局"],
        ["项目单位", "阳春市农业农村局"],
        ["绩效目标", "完成渔港码头升级改造，提升避风能力。"],
        ["产出指标", "指标1:新建码头岸线(≥260米)\n指标2:疏浚港池面积(≥4.5万平方米)"],
        ["效益指标", "指标1:渔业安全生产水平(明显提升)"],
        ["满意度指标", "指标1:渔民满意度(≥90%)"],
      ]),
    );
    expect(
      r.indicators.map((i) => [i.cell, i.name, i.comparator, i.value, i.unit, i.kind, i.level1]),
    ).toEqual([
      ["B5", "新建码头岸线", ">=", 260, "米", "quantitative", "产出指标"],
      ["B5", "疏浚港池面积", ">=", 45000, "平方米", "quantitative", "产出指标"],
      ["B6", "渔业安全生产水平", null, null, "", "qualitative", "效益指标"],
      ["B7", "渔民满意度", ">=", 90, "%", "quantitative", "满意度指标"],
    ]);
    expect(
      new Set(r.indicators.map((i) => [i.project, i.budgetUnit, i.department, i.district].join("|"))),
    ).toEqual(new Set(["阳春市渔港升级改造|阳春市农业农村局|阳江市农业农村局|阳春市"]));
  });

  it("reads numbered lines beside a 二级 label, and a label with its score, with no form above", () => {
    expect(
      read([
        ["产出指标（50分）", "1.新建码头岸线≥260米\n2.疏浚港池面积≥4.5万平方米"],
        ["质量指标", "1.工程验收合格率100%"],
      ]).map((x) => x.slice(1, 5)),
    ).toEqual([
      ["新建码头岸线", ">=", 260, "米"],
      ["疏浚港池面积", ">=", 45000, "平方米"],
      ["工程验收合格率", "=", 100, "%"],
    ]);
  });

  it("leaves a label beside words with no figure as it was", () => {
    expect(read([["产出指标", "按计划完成建设任务"]])).toEqual([]);
  });
});

describe("a form's money label last in its labels row", () => {
  it("reads 项目总金额（万元） and 项目总投资（万元） as money, never the unit (呼伦贝尔)", () => {
    for (const label of ["项目总金额（万元）", "项目总投资（万元）", "投资总额（万元）"]) {
      expect([label, isMoneyLabel(label), isMoneyColumnHeader(label)]).toEqual([label, true, true]);
    }
    const r = parseGrid(
      grid([
        ["项目名称", "主管部门", "实施单位", "项目总金额（万元）"],
        ["满洲里市口岸公共卫生体系建设", "呼伦贝尔市卫生健康委员会", "满洲里市卫生健康委员会", 540],
        ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
        ["产出指标", "数量指标", "建设发热门诊", 2, "个"],
        ["满意度指标", "服务对象满意度指标", "就诊人员满意度", "≥90", "%"],
      ]),
    );
    expect(r.indicators.map((i) => [i.project, i.budgetUnit, i.department, i.district])).toEqual([
      ["满洲里市口岸公共卫生体系建设", "满洲里市卫生健康委员会", "呼伦贝尔市卫生健康委员会", "满洲里市"],
      ["满洲里市口岸公共卫生体系建设", "满洲里市卫生健康委员会", "呼伦贝尔市卫生健康委员会", "满洲里市"],
    ]);
  });
});

describe("a qualitative target closing a packed line", () => {
  it("reads 稳定增长 as the target of the name before it (松原)", () => {
    expect(
      read([
        ["项目名称", "产出指标", "效益指标"],
        ["查干湖生态保护补助", "1.清理湖岸垃圾≥1200吨", "1.湖区水质达到Ⅲ类；2.候鸟种群数量稳定增长"],
      ]).map((x) => x.slice(1, 6)),
    ).toEqual([
      ["清理湖岸垃圾", ">=", 1200, "吨", "quantitative"],
      ["湖区水质", null, null, "", "qualitative"],
      ["候鸟种群数量", null, null, "", "qualitative"],
    ]);
  });
});

describe("a change said in words, then its size after a comma", () => {
  it("reads 稳步增长，增幅≥6% and 明显提高，增幅… as one indicator, the size its target", () => {
    for (const change of ["稳步增长", "明显提高", "稳定增长"]) {
      expect(
        read([
          ["项目名称", "绩效指标"],
          ["甲项目", `效益指标：农民收入${change}，增幅≥6%`],
        ]).map((x) => x.slice(1, 6)),
      ).toEqual([[`农民收入${change}`, ">=", 6, "%", "quantitative"]]);
    }
  });
});

describe("a template's 指标1:名称(目标) line alone", () => {
  it("reads a bracket of words stating a target as the target, with no bracketed figure beside it", () => {
    expect(
      read([["【效益指标-社会效益指标】"], ["指标1:渔业安全生产水平(明显提升)"]]).map((x) => x.slice(1, 6)),
    ).toEqual([["渔业安全生产水平", null, null, "", "qualitative"]]);
    expect(read([["效益指标：指标1:土壤风蚀水蚀(有效减少)"]]).map((x) => x.slice(1, 6))).toEqual([
      ["土壤风蚀水蚀", null, null, "", "qualitative"],
    ]);
    expect(
      read([["【效益指标-可持续影响指标】"], ["指标1:管护机制(长效运行)"]]).map((x) => x.slice(1, 6)),
    ).toEqual([["管护机制", null, null, "", "qualitative"]]);
  });

  it("keeps a bracket of words that states no target in the name (a note)", () => {
    expect(read([["效益指标：指标1:受益人口(含流动人口)"]]).map((x) => x[1])).toEqual([
      "受益人口(含流动人口)",
    ]);
  });
});
