/**
 * Round 162 (pattern A): a packed cell pasted from a PDF table, its row and column breaks turned into single
 * spaces — 产出指标 数量指标 运维系统数量 6个 质量指标 … — reads one record per indicator, under its written
 * 一级 and 二级, as it does when the breaks are line breaks.
 */
import { parseGrid } from "../../src/core/parse";
import { breakSpacedLevels } from "../../src/core/text/spacedLevels";
import { grid } from "../support/grid";
import { records } from "../support/packedCell";

/** level1, level2, name, comparator, value, unit, kind of one packed cell's records. */
function read(cell: string) {
  return records(cell).map((i) => [i.level1, i.level2, i.name, i.comparator, i.value, i.unit, i.kind]);
}

describe("a packed cell whose PDF breaks became spaces", () => {
  it("reads each indicator under its labels (医保信息化运维)", () => {
    expect(
      read(
        "产出指标 数量指标 运维系统数量 6个 质量指标 系统正常运行率 ≥99.9% 时效指标 故障响应时间 ≤2小时 " +
          "成本指标 运维费用 ≤152.3万元 效益指标 社会效益指标 医保业务线上办理率 ≥80% 可持续影响指标 " +
          "系统持续稳定运行年限 ≥3年 满意度指标 服务对象满意度指标 经办人员满意度 ≥90%",
      ),
    ).toEqual([
      ["产出指标", "数量指标", "运维系统数量", "=", 6, "个", "quantitative"],
      ["产出指标", "质量指标", "系统正常运行率", ">=", 99.9, "%", "quantitative"],
      ["产出指标", "时效指标", "故障响应时间", "<=", 2, "小时", "quantitative"],
      ["产出指标", "成本指标", "运维费用", "<=", 1523000, "元", "quantitative"],
      ["效益指标", "社会效益指标", "医保业务线上办理率", ">=", 80, "%", "quantitative"],
      ["效益指标", "可持续影响指标", "系统持续稳定运行年限", ">=", 3, "年", "quantitative"],
      ["满意度指标", "服务对象满意度指标", "经办人员满意度", ">=", 90, "%", "quantitative"],
    ]);
  });

  it("cuts two indicators under one label after the first one's value, and reads a date and a bare 0", () => {
    expect(
      read(
        "产出指标 数量指标 资助参保人数 ≥12.6万人 救助人次 ≥8万人次 时效指标 专项检查完成时间 2023年11月 " +
          "效益指标 社会效益指标 困难群众因病致贫返贫 0 满意度指标 服务对象满意度指标 救助对象满意度 ≥90%",
      ),
    ).toEqual([
      ["产出指标", "数量指标", "资助参保人数", ">=", 126000, "人", "quantitative"],
      ["产出指标", "数量指标", "救助人次", ">=", 80000, "人次", "quantitative"],
      ["产出指标", "时效指标", "专项检查完成时间", null, null, "", "date"],
      ["效益指标", "社会效益指标", "困难群众因病致贫返贫", "=", 0, "", "quantitative"],
      ["满意度指标", "服务对象满意度指标", "救助对象满意度", ">=", 90, "%", "quantitative"],
    ]);
  });

  it("keeps the spaces of a name, of a unit written apart and of grouped thousands", () => {
    expect(
      read(
        "产出指标 数量指标 C25 混凝土路面 3.5 公里 受益人口 1 200人 GPS 定位终端 20台 质量指标 " +
          "工程验收合格率 100% 以上 满意度指标 服务对象满意度指标 群众满意度 ≥90%",
      ),
    ).toEqual([
      ["产出指标", "数量指标", "C25 混凝土路面", "=", 3.5, "公里", "quantitative"],
      ["产出指标", "数量指标", "受益人口", "=", 1200, "人", "quantitative"],
      ["产出指标", "数量指标", "GPS 定位终端", "=", 20, "台", "quantitative"],
      ["产出指标", "质量指标", "工程验收合格率", ">=", 100, "%", "quantitative"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", ">=", 90, "%", "quantitative"],
    ]);
  });

  it("keeps each record's text as written, and its cell", () => {
    const r = parseGrid(
      grid([
        ["部门名称", "项目名称", "绩效指标"],
        [
          "某医疗保障局",
          "医保基金监管专项经费",
          "产出指标 数量指标 检查覆盖率 100% 质量指标 违规资金追回率 ≥95%",
        ],
      ]),
    );
    expect(r.indicators.map((i) => [i.cell, i.text, i.target])).toEqual([
      ["C2", "数量指标 检查覆盖率 100%", "100%"],
      ["C2", "质量指标 违规资金追回率 ≥95%", "≥95%"],
    ]);
  });

  it("leaves a Word list's items, glued to their figures, to the cuts it had", () => {
    // 产出指标 新建温室大棚40座 验收合格率100% …: no name stands apart from its value; read as before.
    expect(
      read("产出指标 新建温室大棚40座 验收合格率100% 2024年10月底前完工 效益指标 带动就业60人").map(
        (x) => x[2],
      ),
    ).toEqual(["新建温室大棚", "验收合格率", "完工", "带动就业"]);
    const cell = "产出指标 新建大棚40座 验收合格率100% 效益指标 带动就业60人 满意度指标 受益户满意度95%";
    expect(breakSpacedLevels(cell)).toBe(cell);
  });

  it("leaves a cell with one label, or with line breaks, as it is", () => {
    for (const cell of [
      "数量指标 运维系统数量 6个 系统正常运行率 ≥99.9%",
      "产出指标 数量指标 运维系统数量 6个\n质量指标 系统正常运行率 ≥99.9%",
    ])
      expect(breakSpacedLevels(cell)).toBe(cell);
  });
});
