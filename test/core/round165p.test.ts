/**
 * Round 165: a 申报表's 三级指标及指标值 column beside a 绩效指标 caption, a cost after a 时效：全年 label, a 县市
 * column, and blocks under 项目一：… lines.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

const TOP = [
  ["项目支出绩效目标申报表（2025年度）", null, null, null],
  ["项目名称", "博乐市老旧供热管网改造项目", null, null],
  ["主管部门", "博乐市住房和城乡建设局", "实施单位", "博乐市供热公司"],
  ["年度绩效目标", "2025年改造老旧供热管网12公里。", null, null],
];

describe("a form's 三级指标及指标值 column after a 绩效指标 caption", () => {
  it("reads each indicator's name and target from the one cell", () => {
    const r = parseGrid(
      grid([
        ...TOP,
        ["绩效指标", "一级指标", "二级指标", "三级指标及指标值"],
        [null, "产出指标", "数量指标", "改造供热管网长度≥12公里"],
        [null, null, "时效指标", "2025年10月15日前完工"],
        [null, null, "成本指标", "管网改造单位成本≤95万元/公里"],
        [null, "效益指标", "社会效益指标", "受益居民户数≥8600户"],
        [null, "满意度指标", "服务对象满意度指标", "受益居民满意度≥90%"],
      ]),
    );
    expect(r.tables[0].columns.level3?.column).toBe("D");
    expect(
      r.indicators.map((i) => [i.cell, i.level1, i.level2, i.name, i.comparator, i.value, i.unit]),
    ).toEqual([
      ["D6", "产出指标", "数量指标", "改造供热管网长度", ">=", 12, "公里"],
      ["D7", "产出指标", "时效指标", "完工", null, null, ""],
      ["D8", "产出指标", "成本指标", "管网改造单位成本", "<=", 950000, "元/公里"],
      ["D9", "效益指标", "社会效益指标", "受益居民户数", ">=", 8600, "户"],
      ["D10", "满意度指标", "服务对象满意度指标", "受益居民满意度", ">=", 90, "%"],
    ]);
    expect(r.projects.map((p) => p.project)).toEqual(["博乐市老旧供热管网改造项目"]);
  });

  it("keeps a 绩效指标 caption left of 一级 | 二级 | 三级 | 指标值 out of the columns", () => {
    const r = parseGrid(
      grid([
        ...TOP,
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        [null, "产出指标", "数量指标", "改造供热管网长度", "≥12公里"],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.value])).toEqual([["改造供热管网长度", 12]]);
  });
});

describe("a label written with its value alone does not label a cost after it", () => {
  const cell = (text: string) =>
    parseGrid(
      grid([
        ["项目名称", "绩效目标", "绩效指标"],
        ["东山县海漂垃圾治理", "清理海漂垃圾1200吨。", text],
      ]),
    ).indicators.map((i) => [i.name, i.level1, i.level2, i.level2Inferred]);

  it("reads 每吨清理成本 after 时效：全年 as a cost", () => {
    expect(
      cell(
        "产出指标：海漂垃圾清理量≥1200吨；时效：全年；每吨清理成本≤1500元/吨。\n满意度指标：沿海群众满意度≥90%。",
      ),
    ).toEqual([
      ["海漂垃圾清理量", "产出指标", null, "数量指标"],
      ["", "产出指标", "时效指标", null],
      ["每吨清理成本", "产出指标", null, "成本指标"],
      ["沿海群众满意度", "满意度指标", "服务对象满意度指标", null],
    ]);
  });

  it("keeps a label that names no indicator by itself over the items after it", () => {
    expect(cell("时效指标：清理完成时间12月底前；每吨清理成本≤1500元/吨。").map((r) => r[2])).toEqual([
      "时效指标",
      "时效指标",
    ]);
  });
});

describe("a 县市 column names each row's district", () => {
  it.each(["县市", "市县", "县区", "县市区", "旗县"])("reads %s as the district column", (header) => {
    const r = parseGrid(
      grid([
        [header, "项目名称", "绩效指标"],
        ["吉首市", "巩固衔接资金产业发展项目", "产出指标：支持产业项目≥15个。"],
        ["花垣县", "巩固衔接资金产业发展项目", "产出指标：支持产业项目≥15个。"],
      ]),
    );
    expect(r.projects.map((p) => p.district)).toEqual(["吉首市", "花垣县"]);
  });
});

describe("blocks under 项目一：… lines", () => {
  const block = (title: string, name: string, target: string) => [
    [title, null, null, null, null],
    ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
    ["产出指标", "数量指标", name, target, "个"],
  ];

  it("names each block's project from its line, with a header under each", () => {
    const r = parseGrid(
      grid([
        ["金华市义乌市稠城街道2025年项目支出绩效目标表", null, null, null, null],
        ...block("项目一：老旧小区 微改造", "改造小区", "≥ 6个"),
        [null, null, null, null, null],
        ...block("项目二：垃圾分类 提升", "分类投放点", "≥ 40 个"),
        [null, null, null, null, null],
        ...block("项目三：街道 文化 活动", "举办活动", "≥ 12 场"),
      ]),
    );
    expect(r.projects.map((p) => p.project)).toEqual(["老旧小区 微改造", "垃圾分类 提升", "街道 文化 活动"]);
    expect(r.indicators.map((i) => [i.name, i.project])).toEqual([
      ["改造小区", "老旧小区 微改造"],
      ["分类投放点", "垃圾分类 提升"],
      ["举办活动", "街道 文化 活动"],
    ]);
  });

  it("names them under one header too", () => {
    const r = parseGrid(
      grid([
        ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
        ["项目1：老旧小区微改造", null, null, null, null],
        ["产出指标", "数量指标", "改造小区", "≥6个", "个"],
        ["项目2：垃圾分类提升", null, null, null, null],
        ["产出指标", "数量指标", "分类投放点", "≥40个", "个"],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.project])).toEqual([
      ["改造小区", "老旧小区微改造"],
      ["分类投放点", "垃圾分类提升"],
    ]);
  });
});

describe("a table under a 一级指标 header that reads no indicator says so", () => {
  it("warns when the rows under it hold text", () => {
    const r = parseGrid(
      grid([
        ["三级指标", "一级指标", "二级指标", "备注"],
        [null, "产出指标", "数量指标", "改造供热管网长度≥12公里"],
      ]),
    );
    expect(r.indicators).toHaveLength(0);
    expect(r.messages.map((m) => [m.level, m.text.zh])).toContainEqual([
      "warning",
      expect.stringContaining("第 1 行的表头下有内容，但未读出任何指标"),
    ]);
  });
});
