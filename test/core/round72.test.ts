/**
 * Round 72 (rows tables and forms): a 分地区 table with a county per merged block and no project column,
 * a 事前评估 审核表's declared and adopted figures side by side, a percent cell's fraction under a %
 * unit column, a change word written in the 符号 / 指标性质 cell, and a title with a sub-item after its fund.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

describe("a 分地区 table with a county written once per merged block and no project column", () => {
  const block = (county: string | null, area: number) => [
    [county, "产出指标", "数量指标", "建设高标准农田面积", area, "万亩"],
    [null, null, "时效指标", "项目开工时间", "2025年10月底前", null],
    [null, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90", "%"],
  ];
  for (const header of ["地区", "县区", "区县", "区域", "县（市、区）"])
    it(`starts each county's project under ${header}, with the fund the title names`, () => {
      const r = parseGrid(
        grid([
          ["附件2"],
          ["2025年中央财政耕地建设与利用资金（高标准农田建设）区域绩效目标分解表"],
          ["省级主管部门：广东省农业农村厅", null, null, null, null, "单位：万元"],
          [header, "一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
          ...block("梅州市大埔县", 0.9),
          ...block("梅州市蕉岭县", 0.55),
          ...block("梅州市平远县", 1.2),
        ]),
      );
      expect(r.projects.map((p) => [p.project, p.district])).toEqual([
        ["2025年中央财政耕地建设与利用资金（高标准农田建设）", "大埔县"],
        ["2025年中央财政耕地建设与利用资金（高标准农田建设）", "蕉岭县"],
        ["2025年中央财政耕地建设与利用资金（高标准农田建设）", "平远县"],
      ]);
      expect(r.indicators.map((i) => [i.cell, i.district])).toEqual([
        ["E5", "大埔县"],
        ["E6", "大埔县"],
        ["E7", "大埔县"],
        ["E8", "蕉岭县"],
        ["E9", "蕉岭县"],
        ["E10", "蕉岭县"],
        ["E11", "平远县"],
        ["E12", "平远县"],
        ["E13", "平远县"],
      ]);
    });

  it("keeps one project while the district column stays blank or names the same county", () => {
    const r = parseGrid(
      grid([
        ["地区", "一级指标", "二级指标", "三级指标", "指标值"],
        ["大埔县", "产出指标", "数量指标", "建设面积", "1.2万亩"],
        ["大埔县", "效益指标", "社会效益指标", "受益人口", "≥500人"],
        [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
      ]),
    );
    expect(r.projects).toHaveLength(1);
    expect(r.indicators.map((i) => i.district)).toEqual(["大埔县", "大埔县", "大埔县"]);
  });
});

describe("a 事前绩效评估 审核表 with the unit's figure and the assessor's side by side", () => {
  const table = (declared: string, adopted: string) =>
    parseGrid(
      grid([
        ["项目名称", "新都区智慧养老服务平台建设项目"],
        ["一级指标", "二级指标", "三级指标", "指标性质", declared, adopted, "度量单位", "评估意见"],
        ["产出指标", "数量指标", "接入平台老年人数", "≥", 30000, 35000, "人", "申报值偏低"],
        [null, "时效指标", "平台上线运行时间", "≤", "2026年9月", "2026年6月", null, "建议提前"],
        ["成本指标", "经济成本指标", "平台建设成本", "≤", 860, 780, "万元", "核减80万元"],
        ["效益指标", "社会效益指标", "独居老人意外事件及时发现率", "提高", "显著提高", "≥90", null, null],
      ]),
    );

  it("reads the adopted figure (评估建议指标值), and says the declared one was not read", () => {
    const r = table("单位申报指标值", "评估建议指标值");
    expect(r.indicators.map((i) => [i.cell, i.comparator, i.value, i.unit, i.kind, i.date])).toEqual([
      ["F3", ">=", 35000, "人", "quantitative", null],
      ["F4", null, null, "", "date", "2026-06"],
      ["F5", "<=", 7800000, "元", "quantitative", null],
      ["F6", ">=", 90, "", "quantitative", null],
    ]);
    const note = r.messages.find((m) => m.text.zh.includes("多个指标值列"));
    expect(note?.text.zh).toContain("F 列“评估建议指标值”");
    expect(note?.text.zh).toContain("E 列“单位申报指标值”");
  });

  it("reads 调整后指标值 beside 原指标值, and 建议指标值 beside 申报指标值, whichever comes first", () => {
    expect(table("原指标值", "调整后指标值").indicators[0].value).toBe(35000);
    expect(table("申报指标值", "建议指标值").indicators[0].value).toBe(35000);
    const swapped = parseGrid(
      grid([
        ["项目名称", "某项目"],
        ["一级指标", "二级指标", "三级指标", "调整后指标值", "原指标值", "计量单位"],
        ["产出指标", "数量指标", "接入人数", 320, 300, "人"],
      ]),
    );
    expect(swapped.indicators.map((i) => [i.cell, i.value])).toEqual([["D3", 320]]);
  });

  for (const header of ["申报指标值", "单位申报指标值", "评估建议指标值", "建议指标值", "调整后指标值"])
    it(`reads ${header} alone as the target column`, () => {
      const r = parseGrid(
        grid([
          ["项目名称", "某项目"],
          ["一级指标", "二级指标", "三级指标", header, "度量单位"],
          ["产出指标", "数量指标", "接入人数", 300, "人"],
        ]),
      );
      expect(r.indicators.map((i) => [i.cell, i.value, i.unit, i.kind])).toEqual([
        ["D3", 300, "人", "quantitative"],
      ]);
    });
});

describe("a percent cell's fraction under a % unit column (90% typed, 0.9 stored, the format not given)", () => {
  const rows = (...data: (string | number | null)[][]) =>
    parseGrid(
      grid([
        ["项目名称", "城市生活垃圾分类处置运营补助"],
        ["一级指标", "二级指标", "三级指标", "符号", "指标值", "计量单位"],
        ...data,
      ]),
    );

  it("reads 0.9, 0.62 and 1 under % as 90, 62 and 100", () => {
    const r = rows(
      ["满意度指标", "服务对象满意度指标", "居民满意度", "≥", 0.9, "%"],
      ["产出指标", "质量指标", "生活垃圾回收利用率", "≥", 0.62, "%"],
      [null, null, "渗滤液处理达标率", "＝", 1, "%"],
      [null, null, "出水水质达标率", null, 0.85, "百分比"],
      [null, null, "垃圾分类知晓率", "≥", 95, "%"],
    );
    expect(r.indicators.map((i) => [i.comparator, i.value, i.unit])).toEqual([
      [">=", 90, "%"],
      [">=", 62, "%"],
      ["=", 100, "%"],
      ["=", 85, "%"],
      [">=", 95, "%"],
    ]);
  });

  it("keeps a small rate bounded from above, a text cell, and a cell whose format shows %", () => {
    const r = rows(
      ["效益指标", "社会效益指标", "道路安全事故发生率", "≤", 0.5, "%"],
      [null, null, "投诉率", null, 0.3, "%"],
      [null, null, "设备故障停机率", "反向", 0.8, "%"],
      [null, null, "病害处置率", "≥", "0.9", "%"],
      ["效益指标", "经济效益指标", "农民人均收入增长率", "≥", 0.5, "%"],
    );
    expect(r.indicators.map((i) => [i.value, i.unit])).toEqual([
      [0.5, "%"],
      [0.3, "%"],
      [0.8, "%"],
      [0.9, "%"],
      [0.5, "%"],
    ]);
    const shown = parseGrid({
      ...grid([
        ["项目名称", "某项目"],
        ["一级指标", "二级指标", "三级指标", "符号", "指标值", "计量单位"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", 0.9, "%"],
      ]),
      texts: [[], [], [null, null, null, null, "90%", null]],
    });
    expect(shown.indicators.map((i) => [i.value, i.unit])).toEqual([[90, "%"]]);
  });
});

describe("a change word written in the 符号 / 指标性质 cell, the value cell blank", () => {
  it("reads 改善, 提高 and 下降 as the qualitative target", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "姜山镇农村生活污水处理设施运维"],
        ["一级指标", "二级指标", "三级指标", "符号", "指标值", "计量单位", "备注"],
        ["产出指标", "质量指标", "出水水质达标率", "≥", 85, "%", null],
        ["效益指标", "社会效益指标", "农村人居环境", "改善", null, null, "定性"],
        [null, null, "道路安全事故发生率", "下降", null, null, "较上年"],
        [null, null, "农村卫生厕所普及率", "明显提高", null, null, null],
      ]),
    );
    expect(r.indicators.map((i) => [i.cell, i.name, i.target, i.kind])).toEqual([
      ["E3", "出水水质达标率", "85", "quantitative"],
      ["D4", "农村人居环境", "改善", "qualitative"],
      ["D5", "道路安全事故发生率", "下降", "qualitative"],
      ["D6", "农村卫生厕所普及率", "明显提高", "qualitative"],
    ]);
  });

  it("keeps a blank value empty where the column says which way is better on every row (提高 | 85)", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "某项目"],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
        ["产出指标", "质量指标", "验收合格率", "提高", 95, "%"],
        [null, null, "群众投诉率", "降低", 5, "%"],
        ["效益指标", "社会效益指标", "卫生厕所普及率", "提高", null, null],
      ]),
    );
    expect(r.indicators.map((i) => i.kind)).toEqual(["quantitative", "quantitative", "empty"]);
  });
});

describe("a title naming its fund with a sub-item in brackets, or a programme before 区域绩效目标表", () => {
  const titled = (title: string) =>
    parseGrid(
      grid([
        [title],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "建设面积", "1.2万亩"],
      ]),
    ).projects[0].project;

  it("names the project", () => {
    expect(titled("2025年中央财政耕地建设与利用资金（高标准农田建设）区域绩效目标分解表")).toBe(
      "2025年中央财政耕地建设与利用资金（高标准农田建设）",
    );
    expect(titled("2025年中央财政衔接推进乡村振兴补助资金（以工代赈）区域绩效目标表")).toBe(
      "2025年中央财政衔接推进乡村振兴补助资金（以工代赈）",
    );
    expect(titled("2025年耕地建设与利用资金（高标准农田建设）绩效目标表")).toBe(
      "2025年耕地建设与利用资金（高标准农田建设）",
    );
    expect(titled("2025年高标准农田建设区域绩效目标分解表")).toBe("2025年高标准农田建设");
  });

  it("leaves a county, a split or a year in the bracket out of the name, and names nothing generic", () => {
    expect(titled("2025年耕地建设与利用资金（大埔县）区域绩效目标表")).toBe("2025年耕地建设与利用资金");
    expect(titled("2025年耕地建设与利用资金（分县区）区域绩效目标表")).toBe("2025年耕地建设与利用资金");
    expect(titled("2025年中央财政区域绩效目标表")).toBe("");
    expect(titled("2025年梅州市区域绩效目标表")).toBe("");
    // (The title names no project; a 部门整体 table writing no department is named for what it is — round 158.)
    expect(titled("2025年部门整体绩效目标表")).toBe("部门整体支出");
  });
});
