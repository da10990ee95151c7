/**
 * Round 78 (rows tables' target columns): a target written as its bounds (下限 | 上限, in one header row
 * or under a merged 指标值), a row of years under a merged 指标值, and a 反向 rate in a column that stores
 * fractions of percent cells.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

type Cell = string | number | null;

/** The comparator, value, upper bound, unit and source cell of each record. */
const read = (r: ReturnType<typeof parseGrid>) =>
  r.indicators.map((i) => [i.comparator, i.value, i.valueMax, i.unit, i.cell]);

describe("a target written as its bounds (下限 | 上限)", () => {
  const rows: Cell[][] = [
    ["产出指标", "数量指标", "艾滋病检测人次", 12000, null, "人次"],
    [null, "质量指标", "实验室检测差错率", null, 0.5, "%"],
    [null, null, "肺结核患者规范管理率", 90, 100, "%"],
    [null, null, "传染病报告及时率", 0.95, null, "%"],
    [null, "时效指标", "疫情处置响应时间", null, 2, "小时"],
    ["效益指标", "社会效益指标", "甲乙类传染病报告发病率", null, "210", "1/10万"],
    [null, null, "艾滋病抗病毒治疗覆盖率", 95, 95, "%"],
  ];
  /** The records of `rows`, the first on sheet row `first`, with the bounds in columns `low` and `high`. */
  const expected = (low: string, high: string, first = 3) =>
    [
      [">=", 12000, null, "人次", low],
      ["<=", 0.5, null, "%", high],
      ["between", 90, 100, "%", low],
      [">=", 95, null, "%", low],
      ["<=", 2, null, "小时", high],
      ["<=", 210, null, "1/10万", high],
      ["=", 95, null, "%", low],
    ].map(([c, v, m, u, col], i) => [c, v, m, u, `${col}${first + i}`]);

  const oneRow = [
    ["下限", "上限"],
    ["下限值", "上限值"],
    ["目标值下限", "目标值上限"],
    ["最低值", "最高值"],
    ["指标值（下限）", "指标值（上限）"],
    ["目标值（最小值）", "目标值（最大值）"],
  ];
  for (const [low, high] of oneRow)
    it(`reads ${low} | ${high} in one header row: a floor, a ceiling, a range, or a figure when equal`, () => {
      const r = parseGrid(
        grid([
          ["项目名称", "重大传染病防控"],
          ["一级指标", "二级指标", "三级指标", low, high, "计量单位"],
          ...rows,
        ]),
      );
      expect(read(r)).toEqual(expected("D", "E"));
      // The upper bound is no second target set aside.
      expect(r.messages.filter((m) => m.text.zh.includes("未作为指标读取"))).toEqual([]);
    });

  it("reads 指标值 merged over 下限 | 上限 (a two-row header), with 指标性质 beside", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "重大传染病防控"],
        ["一级指标", "二级指标", "三级指标", "指标值", null, "计量单位", "指标性质", "权重"],
        [null, null, null, "下限", "上限", null, null, null],
        ...rows.map((row, i) => [...row, ["正向", "反向", "区间", "正向", "反向", "反向", "持平"][i], 10]),
      ]),
    );
    expect(read(r)).toEqual(expected("D", "E", 4));
    // The target text says what the bounds say; the record's text keeps both cells as written.
    expect(r.indicators.map((i) => i.target)).toEqual([
      "≥12000",
      "≤0.5",
      "90～100",
      "≥0.95",
      "≤2",
      "≤210",
      "95",
    ]);
    expect(r.indicators[2].text).toBe("肺结核患者规范管理率 | 90 | 100 | %");
    expect(r.indicators[1].direction).toBe("反向");
  });

  it("keeps a bound that writes its own comparator, words or a date as written", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "某项目"],
        ["一级指标", "二级指标", "三级指标", "下限", "上限", "计量单位"],
        ["产出指标", "数量指标", "培训人次", "≥500", null, "人次"],
        [null, "时效指标", "完成时间", null, "2026年6月底", null],
        [null, "质量指标", "验收合格率", 0.9, 1, "%"],
      ]),
    );
    expect(r.indicators.map((i) => [i.comparator, i.value, i.valueMax, i.kind, i.date, i.cell])).toEqual([
      [">=", 500, null, "quantitative", null, "D3"],
      [null, null, null, "date", "2026-06-30", "E4"],
      ["between", 90, 100, "quantitative", null, "D5"],
    ]);
  });

  it("leaves 指标值 beside 最低值 | 最高值 the target (the bounds are no split of it)", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "某项目"],
        ["一级指标", "二级指标", "三级指标", "指标值", "最低值", "最高值"],
        ["产出指标", "数量指标", "培训人次", "≥500人次", 450, 600],
      ]),
    );
    expect(r.indicators.map((i) => [i.comparator, i.value, i.cell])).toEqual([[">=", 500, "D3"]]);
  });
});

describe("a row of years under a merged 指标值 (中期规划: 2026年 | 2027年 | 2028年)", () => {
  const table = (title: string, years: Cell[]) =>
    parseGrid(
      grid([
        [title],
        ["项目名称", "高标准农田建设"],
        ["一级指标", "二级指标", "三级指标", "计量单位", "指标值", null, null],
        [null, null, null, null, ...years],
        ["产出指标", "数量指标", "新建高标准农田面积", "万亩", "1.2", "1.3", "1.4"],
        [null, "质量指标", "工程验收合格率", "%", "100", "100", "100"],
      ]),
    );

  for (const years of [
    ["2026年", "2027年", "2028年"],
    ["2026年度", "2027年度", "2028年度"],
    [2026, 2027, 2028],
  ])
    it(`reads ${years.join(" | ")} as the header's second line, the first year's column, the others said set aside`, () => {
      const r = table("2026-2028年中期财政规划项目绩效目标表", years);
      expect(r.indicators.map((i) => [i.name, i.value, i.unit, i.cell])).toEqual([
        ["新建高标准农田面积", 12000, "亩", "E5"],
        ["工程验收合格率", 100, "%", "E6"],
      ]);
      const info = r.messages.filter((m) => m.text.zh.includes("未作为指标读取"));
      expect(info).toHaveLength(1);
      expect(info[0].text.zh).toContain("审核按 E 列");
      expect(info[0].text.zh).toContain("F 列");
      expect(info[0].text.zh).toContain("G 列");
    });

  it("reads the title's year's column", () => {
    const r = table("2027年度项目绩效目标表", ["2026年", "2027年", "2028年"]);
    expect(r.indicators.map((i) => [i.value, i.cell])).toEqual([
      [13000, "F5"],
      [100, "F6"],
    ]);
  });
});

describe("a 反向 rate in a column that stores fractions of percent cells (目标值为百分比的按小数填列)", () => {
  const table = (...data: Cell[][]) =>
    parseGrid(
      grid([
        ["项目名称", "住院医师规范化培训"],
        ["一级指标", "二级指标", "三级指标", "指标方向", "目标值", "计量单位"],
        ...data,
      ]),
    );

  it("reads 学员退培率 | 反向 | 0.03 | % as 3 % beside 0.9, 0.85 and 1 read as 90, 85 and 100", () => {
    const r = table(
      ["产出指标", "质量指标", "结业考核通过率", "正向", 0.9, "%"],
      [null, null, "执业医师资格考试通过率", "正向", 0.85, "%"],
      [null, null, "学员退培率", "反向", 0.03, "%"],
      [null, "时效指标", "培训补助发放及时率", "正向", 1, "%"],
      ["效益指标", "社会效益指标", "结业学员到基层服务比例", "正向", 30, "%"],
      ["满意度指标", "服务对象满意度指标", "学员满意度", "正向", 90, "%"],
    );
    expect(r.indicators.map((i) => [i.name, i.value])).toEqual([
      ["结业考核通过率", 90],
      ["执业医师资格考试通过率", 85],
      ["学员退培率", 3],
      ["培训补助发放及时率", 100],
      ["结业学员到基层服务比例", 30],
      ["学员满意度", 90],
    ]);
  });

  it("keeps 0.5 % where the column writes whole percentages (95, 100), or holds a single fraction", () => {
    const whole = table(
      ["产出指标", "质量指标", "验收合格率", "正向", 100, "%"],
      [null, null, "检测差错率", "反向", 0.5, "%"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "正向", 95, "%"],
      [null, null, "居民满意度", "正向", 0.9, "%"],
    );
    expect(whole.indicators.map((i) => i.value)).toEqual([100, 0.5, 95, 90]);
    const single = table(
      ["产出指标", "质量指标", "检测差错率", "反向", 0.5, "%"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "正向", 0.9, "%"],
    );
    expect(single.indicators.map((i) => i.value)).toEqual([0.5, 90]);
  });

  it("decides per table: the next table's column is its own", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "甲项目"],
        ["一级指标", "二级指标", "三级指标", "指标方向", "目标值", "计量单位"],
        ["产出指标", "质量指标", "考核通过率", "正向", 0.9, "%"],
        [null, null, "及时率", "正向", 1, "%"],
        [null, null, "退培率", "反向", 0.03, "%"],
        [],
        ["项目名称", "乙项目"],
        ["一级指标", "二级指标", "三级指标", "指标方向", "目标值", "计量单位", "权重"],
        ["产出指标", "质量指标", "差错率", "反向", 0.03, "%", 50],
        [null, null, "合格率", "正向", 98, "%", 50],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.value])).toEqual([
      ["考核通过率", 90],
      ["及时率", 100],
      ["退培率", 3],
      ["差错率", 0.03],
      ["合格率", 98],
    ]);
  });
});
