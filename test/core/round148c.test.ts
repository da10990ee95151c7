/**
 * Round 148 (c): the levels' names cut short, in the header (一级 | 二级 | 三级) and in the 二级 column (效益 | 经济);
 * blocks of an 一体化 export headed 项目编码：… | 项目名称：… | 单位名称：…; a 区域 table's 全市 column beside its
 * counties'.
 */
import { compareDistricts } from "../../src/core/compare";
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

/** A block's head row as an 一体化 export prints it, then the header and one indicator. */
function block(code: string, name: string, unit: string, indicator: string, target: string) {
  return [
    [`项目编码：${code}`, null, null, `项目名称：${name}`, null, null, `单位名称：${unit}`],
    ["指标编码", "一级指标", "二级指标", "三级指标", "指标值", "度量单位", "指标方向"],
    ["0101", "产出指标", "数量指标", indicator, target, "人", "正向"],
  ];
}

describe("blocks headed 项目编码：… | 项目名称：… | 单位名称：… (一体化 export, 刚察)", () => {
  const r = parseGrid(
    grid([
      ["刚察县2025年项目绩效目标批量导出", null, null, null, null, null, null],
      ...block(
        "632224250000000012",
        "刚察县沙柳河流域生态管护员补助",
        "刚察县林业和草原局",
        "聘用生态管护员",
        "≥820",
      ),
      ...block(
        "632224250000000027",
        "刚察县城乡居民基本医疗保险县级补助",
        "刚察县医疗保障局",
        "参保人数",
        "≥36000",
      ),
    ]),
  );

  it("reads each head row as its block's project and unit", () => {
    expect(r.projects.map((p) => [p.project, p.budgetUnit])).toEqual([
      ["刚察县沙柳河流域生态管护员补助", "刚察县林业和草原局"],
      ["刚察县城乡居民基本医疗保险县级补助", "刚察县医疗保障局"],
    ]);
    expect(r.messages).toEqual([]);
  });

  it("reads no indicator named 项目名称, and each block's under its project", () => {
    expect(r.indicators.map((i) => [i.project, i.name])).toEqual([
      ["刚察县沙柳河流域生态管护员补助", "聘用生态管护员"],
      ["刚察县城乡居民基本医疗保险县级补助", "参保人数"],
    ]);
  });

  it("reads 项目名称：… over the 指标值 column, with no code before it, as the next project", () => {
    const noCode = parseGrid(
      grid([
        [null, null, null, "项目名称：甲项目", null],
        ["一级指标", "二级指标", "三级指标", "指标值", "度量单位"],
        ["产出指标", "数量指标", "聘用管护员", "≥820", "人"],
        [null, null, null, "项目名称：乙项目", null],
        ["产出指标", "数量指标", "参保人数", "≥3600", "人"],
      ]),
    );
    expect(noCode.indicators.map((i) => [i.project, i.name])).toEqual([
      ["甲项目", "聘用管护员"],
      ["乙项目", "参保人数"],
    ]);
  });

  it("still reads a row of categories, a labelled name and a target as an indicator", () => {
    const table = parseGrid(
      grid([
        ["项目名称", "甲项目", null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "项目名称：牌匾", "3块"],
      ]),
    );
    expect(table.indicators).toHaveLength(1);
  });
});

describe("a 区域 table's 全市 column beside its counties' (白城)", () => {
  const rows = [
    ["2025年中央财政农业防灾减灾和水利救灾资金区域绩效目标表", null, null, null, null, null, null],
    ["填报单位：白城市农业农村局", null, null, null, null, null, null],
    ["资金名称", "农业防灾减灾和水利救灾资金", null, null, null, null, null],
    ["一级指标", "二级指标", "三级指标", "全市", "洮北区", "洮南市", "大安市"],
    ["产出指标", "数量指标", "抗旱设备购置数量（台套）", "120", "20", "30", "40"],
    [null, "质量指标", "重大病虫害防治处置率", "≥90%", "≥90%", "≥90%", "≥90%"],
  ];
  const parsed = parseGrid(grid(rows));

  it("reads the counties as projects and 全市 as each row's total, no place", () => {
    expect(parsed.projects.map((p) => p.district)).toEqual(["洮北区", "洮南市", "大安市"]);
    expect(parsed.tables[0].totalColumns).toEqual([{ column: "D", header: "全市" }]);
    expect(parsed.indicators[0].rowTotal).toMatchObject({
      cell: "D5",
      header: "全市",
      value: 120,
      places: 3,
    });
  });

  it("says the 全市 column was read as the total, not dropped in silence", () => {
    expect(parsed.messages.map((m) => [m.level, m.text.zh])).toEqual([
      [
        "info",
        "第 4 行的表头中，D 列“全市”是各地区的合计（总体目标），不是一个地区：其指标值未单独读作项目，而是记作同一行各地区指标的合计，对比时与各地区之和核对。",
      ],
    ]);
  });

  it("checks the city's figure against the counties' sum in the comparison", () => {
    const uneven = rows.map((r, i) => (i === 4 ? [...r.slice(0, 3), "100", ...r.slice(4)] : r));
    const p = parseGrid(grid(uneven));
    const result = compareDistricts([{ label: "白城.xlsx", projects: p.projects, indicators: p.indicators }]);
    const flags = result.programs[0].indicators
      .flatMap((i) => i.flags)
      .filter((f) => f.code === "TOTAL-DIFF");
    expect(flags.map((f) => f.message.zh)).toEqual([expect.stringContaining("全市 抗旱设备购置数量 100")]);
  });
});
