/**
 * Round 148 (c): the levels' names cut short, in the header (一级 | 二级 | 三级) and in the 二级 column (效益 | 经济).
 */
import { parseGrid } from "../../src/core/parse";
import { categoryOfLabel } from "../../src/core/text/categories";
import { grid } from "../support/grid";

/** level1, level2, level2Inferred, name of each indicator. */
function levels(rows: (string | null)[][]) {
  return parseGrid(grid(rows)).indicators.map((i) => [i.level1, i.level2, i.level2Inferred, i.name]);
}

describe("the levels' names cut short (一级 | 二级 | 三级 over 效益 | 经济 | …)", () => {
  it("reads 一级 | 二级 | 三级 | 目标值 | 单位 as the categories' columns (舞阳)", () => {
    expect(
      levels([
        ["舞阳县2025年高标准农田建设项目绩效目标", null, null, null, null, null],
        ["序号", "一级", "二级", "三级", "目标值", "单位"],
        ["1", "产出", "数量", "新建（改造）机井", "186", "眼"],
        ["2", null, "质量", "工程验收合格率", "100", "%"],
        ["3", "效益", "经济", "亩均粮食增产", "≥50", "公斤"],
        ["4", null, "生态", "节水灌溉率提高", "≥10", "个百分点"],
        ["5", null, "可持续", "工程设计使用年限", "≥15", "年"],
        ["6", "满意度", "服务对象", "项目区农户满意度", "≥92", "%"],
      ]),
    ).toEqual([
      ["产出指标", "数量指标", null, "新建（改造）机井"],
      ["产出指标", "质量指标", null, "工程验收合格率"],
      ["效益指标", "经济效益指标", null, "亩均粮食增产"],
      ["效益指标", "生态效益指标", null, "节水灌溉率提高"],
      ["效益指标", "可持续影响指标", null, "工程设计使用年限"],
      ["满意度指标", "服务对象满意度指标", null, "项目区农户满意度"],
    ]);
  });

  it("reads 经济, 社会, 可持续 in a 二级指标 column as written, not inferred", () => {
    expect(
      levels([
        ["项目名称", "测试项目", null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["效益指标", "经济", "亩均增产", "≥50公斤"],
        [null, "社会", "受益农户", "1600户"],
        [null, "可持续", "使用年限", "≥15年"],
      ]),
    ).toEqual([
      ["效益指标", "经济效益指标", null, "亩均增产"],
      ["效益指标", "社会效益指标", null, "受益农户"],
      ["效益指标", "可持续影响指标", null, "使用年限"],
    ]);
  });

  it("reads 经济, 社会, 生态 under 成本 (2021) as the costs", () => {
    expect(
      levels([
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["成本指标", "经济", "亩均财政投入", "≤2400元/亩"],
        [null, "生态", "占用林地", "0亩"],
      ]),
    ).toEqual([
      ["成本指标", "经济成本指标", null, "亩均财政投入"],
      ["成本指标", "生态环境成本指标", null, "占用林地"],
    ]);
  });

  it("reads the short words in the 二级 column only, never in free text", () => {
    expect(categoryOfLabel("经济")).toBeNull();
    expect(categoryOfLabel("服务对象")).toBeNull();
  });
});
