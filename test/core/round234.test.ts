/**
 * Round 234, reading: the seventh generalisation inbox, rows tables and 【】 blocks (round234.gold.ts). The misreads
 * it found, each read as the gold says now.
 */
import type { CellValue } from "../../src/core/grid";
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

const read = (rows: CellValue[][]) =>
  parseGrid(grid(rows)).indicators.map((i) => [i.name, i.comparator, i.value, i.unit, i.kind]);

const body: CellValue[][] = [
  ["产出指标", "数量指标", "覆盖生活垃圾分类小区", "≥", 1600, "个", 15],
  ["", "质量指标", "生活垃圾回收利用率", "≥", 38, "%", 15],
  ["效益指标", "社会效益指标", "城市环境面貌", "定性", "明显改善", "", 20],
];
const expected = [
  ["覆盖生活垃圾分类小区", ">=", 1600, "个", "quantitative"],
  ["生活垃圾回收利用率", ">=", 38, "%", "quantitative"],
  ["城市环境面貌", null, null, "", "qualitative"],
];

describe("指标值 over 指标性质 | 目标值 | 计量单位 (a two-row header naming the comparator's column 指标性质)", () => {
  it("reads the 指标性质 sub-column as the comparator's, the number from 目标值", () => {
    expect(
      read([
        ["项目名称：城市生活垃圾分类推进"],
        ["一级指标", "二级指标", "三级指标", "指标值", "", "", "权重（%）"],
        ["", "", "", "指标性质", "目标值", "计量单位", ""],
        ...body,
      ]),
    ).toEqual(expected);
    expect(
      read([
        ["项目名称：城市生活垃圾分类推进"],
        ["一级指标", "二级指标", "三级指标", "指标值", "", "", "分值"],
        ["", "", "", "性质", "数值", "单位", ""],
        ...body,
      ]),
    ).toEqual(expected);
  });

  it("reads it so when the lower row names a 备注 column the upper left blank", () => {
    expect(
      read([
        ["项目名称：城市生活垃圾分类推进"],
        ["一级指标", "二级指标", "三级指标", "指标值", "", "", "权重（%）", ""],
        ["", "", "", "符号", "目标值", "计量单位", "", "备注"],
        ...body.map((r) => [...r, ""]),
      ]),
    ).toEqual(expected);
  });
});

describe("（续表） alone in its row after a page break", () => {
  it("is the table going on, not a project's name in the 项目名称 column", () => {
    const rows: CellValue[][] = [
      ["威县2025年项目支出绩效目标表", "", "", "", "", ""],
      ["项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
      ["威县梨果产业提质增效", "产出指标", "数量指标", "改造提升老旧梨园", "≥5000", "亩"],
      ["（续表）", "", "", "", "", ""],
      ["项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
      ["", "效益指标", "经济效益指标", "梨农亩均增收", "≥1500", "元"],
    ];
    for (const mark of ["（续表）", "(续)", "续上表", "（续表2）"]) {
      rows[3][0] = mark;
      const res = parseGrid(grid(rows));
      expect(res.indicators.map((i) => [i.project, i.name])).toEqual([
        ["威县梨果产业提质增效", "改造提升老旧梨园"],
        ["威县梨果产业提质增效", "梨农亩均增收"],
      ]);
    }
  });
});

describe("【】 headings and their lines a row each, the unit and project written on every row", () => {
  const rows: CellValue[][] = [
    ["单位名称", "项目名称", "绩效指标"],
    ["澧县文物事务中心", "城头山遗址保护展示", "【产出指标-数量指标】"],
    ["澧县文物事务中心", "城头山遗址保护展示", "指标1:新建展示标识(≥40处)"],
    ["澧县文物事务中心", "城头山遗址保护展示", "【满意度指标-服务对象满意度指标】"],
    ["澧县文物事务中心", "城头山遗址保护展示", "指标1:游客满意度(≥90%)"],
  ];

  it("reads the lines as one project's under their headings", () => {
    const res = parseGrid(grid(rows));
    expect(res.indicators.map((i) => [i.level1, i.level2, i.name, i.value])).toEqual([
      ["产出指标", "数量指标", "新建展示标识", 40],
      ["满意度指标", "服务对象满意度指标", "游客满意度", 90],
    ]);
    expect(res.projects).toHaveLength(1);
  });

  it("still starts another unit's project of the same name, and a project a row of whole cells", () => {
    const other = rows.map((r, i) => (i === 3 || i === 4 ? ["澧县文化馆", ...r.slice(1)] : r));
    expect(parseGrid(grid(other)).projects).toHaveLength(2);
    const whole = parseGrid(
      grid([
        ["单位名称", "项目名称", "绩效指标"],
        ["澧县文物事务中心", "城头山遗址保护展示", "产出指标：新建展示标识≥40处"],
        ["澧县文物事务中心", "城头山遗址保护展示", "满意度指标：游客满意度≥90%"],
      ]),
    );
    expect(whole.indicators.map((i) => i.level1)).toEqual(["产出指标", "满意度指标"]);
  });
});
