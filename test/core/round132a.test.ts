/**
 * Round 132: rows tables and titles — 指标值 merged over a comparator's and a number's column, 一级 and 二级
 * written as section rows above numbered rows, and a unit's title with no 表.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

describe("指标值 merged over two columns: the comparator, then the number", () => {
  const r = parseGrid(
    grid([
      ["项目支出绩效目标表", null, null, null, null, null],
      ["项目名称", "煤矿安全监管执法能力建设", null, null, null, null],
      ["一级指标", "二级指标", "三级指标", "指标值", null, "计量单位"],
      ["产出指标", "数量指标", "煤矿执法检查", "≥", "360", "矿次"],
      [null, null, "购置执法装备", "=", "86", "台（套）"],
      [null, "时效指标", "装备采购完成时间", "≤", "2024年9月", ""],
      ["成本指标", "经济成本指标", "执法装备购置费", "≤", "380", "万元"],
      ["效益指标", "可持续影响指标", "执法能力", "定性", "持续提升", ""],
      ["满意度指标", "服务对象满意度指标", "执法对象满意度", "≥", "85", "%"],
    ]),
  );

  it("reads both cells as the target, the number's cell the source", () => {
    expect(r.indicators.map((i) => [i.cell, i.name, i.comparator, i.value, i.unit, i.kind])).toEqual([
      ["E4", "煤矿执法检查", ">=", 360, "矿次", "quantitative"],
      ["E5", "购置执法装备", "=", 86, "台（套）", "quantitative"],
      ["E6", "装备采购完成时间", null, null, "", "date"],
      ["E7", "执法装备购置费", "<=", 3800000, "元", "quantitative"],
      ["E8", "执法能力", null, null, "", "qualitative"],
      ["E9", "执法对象满意度", ">=", 85, "%", "quantitative"],
    ]);
    expect(r.indicators[5].level1).toBe("满意度指标");
  });

  it("keeps what the officer wrote in both cells", () => {
    expect(r.indicators[0].text).toBe("产出指标 | 数量指标 | 煤矿执法检查 | ≥ | 360 | 矿次");
    expect(r.indicators[4].target).toBe("持续提升");
    expect(r.indicators[4].text).toContain("定性 | 持续提升");
  });

  it("leaves a blank-headed column of notes beside whole targets alone", () => {
    const notes = parseGrid(
      grid([
        ["一级指标", "二级指标", "三级指标", "指标值", null],
        ["产出指标", "数量指标", "培训人数", "≥300人", "按签到表"],
        [null, "质量指标", "培训合格率", "≥90%", "考试"],
        [null, null, "结业率", "≥", "按实际"],
      ]),
    );
    expect(notes.indicators.map((i) => [i.cell, i.comparator, i.value])).toEqual([
      ["D2", ">=", 300],
      ["D3", ">=", 90],
      ["D4", null, null],
    ]);
  });
});

describe("一级 and 二级 written as section rows above numbered rows", () => {
  const r = parseGrid(
    grid([
      ["某市林业和草原局", null, null, null],
      ["2024年野生动物保护巡护项目绩效目标", null, null, null],
      ["序号", "指标名称", "目标值", "备注"],
      ["一、产出指标", null, null, null],
      ["（一）数量指标", null, null, null],
      ["1", "巡护里程", "≥12000公里", null],
      ["2", "清理猎套", "≥500个", "以实际清理为准"],
      ["（二）质量指标", null, null, null],
      ["3", "巡护记录完整率", "100%", null],
      ["（三）成本指标", null, null, null],
      ["4", "人均巡护补助", "≤2.4万元/人·年", null],
      ["二、效益指标", null, null, null],
      ["（一）生态效益指标", null, null, null],
      ["5", "监测到的野生动物个体数", "稳中有升", null],
      ["（二）社会效益指标", null, null, null],
      ["6", "带动周边群众就业", "≥150人", null],
      ["三、满意度指标", null, null, null],
      ["7", "周边群众满意度", "≥90%", null],
    ]),
  );

  it("carries each heading row's 一级 and 二级 down to the rows under it", () => {
    expect(r.indicators.map((i) => [i.name, i.level1, i.level2])).toEqual([
      ["巡护里程", "产出指标", "数量指标"],
      ["清理猎套", "产出指标", "数量指标"],
      ["巡护记录完整率", "产出指标", "质量指标"],
      ["人均巡护补助", "产出指标", "成本指标"],
      ["监测到的野生动物个体数", "效益指标", "生态效益指标"],
      ["带动周边群众就业", "效益指标", "社会效益指标"],
      ["周边群众满意度", "满意度指标", "服务对象满意度指标"],
    ]);
    expect(r.indicators.every((i) => i.level2Inferred === null)).toBe(true);
  });

  it("reports no heading row as text left unread", () => {
    expect(r.messages.map((m) => m.text.zh)).not.toContainEqual(expect.stringContaining("未作为指标读取"));
  });

  it("reads the unit alone on the line above the title as the budget unit", () => {
    expect(r.projects.map((p) => [p.project, p.budgetUnit])).toEqual([
      ["2024年野生动物保护巡护项目", "某市林业和草原局"],
    ]);
  });
});

describe("a unit's title ending in 绩效目标 with no 表", () => {
  const unitOf = (title: string) =>
    parseGrid(
      grid([
        [title, null, null],
        ["项目名称", "资金（万元）", "绩效指标"],
        ["特困供养", 10, "数量指标：供养人数≥2万人；满意度指标：满意度≥90%"],
      ]),
    ).projects.map((p) => p.budgetUnit);

  it("reads the unit before the year, as with 表", () => {
    expect(unitOf("某市民政局2024年项目支出绩效目标")).toEqual(["某市民政局"]);
    expect(unitOf("某市卫生健康委员会2024年项目支出绩效目标")).toEqual(["某市卫生健康委员会"]);
    expect(unitOf("某市林业局2024年度重点项目绩效目标")).toEqual(["某市林业局"]);
    expect(unitOf("某市林业局2024年度重点项目绩效目标表")).toEqual(["某市林业局"]);
  });

  it("reads the title's other endings: 绩效目标申报, 绩效目标（申报）", () => {
    expect(unitOf("某市民政局2024年项目支出绩效目标申报")).toEqual(["某市民政局"]);
    expect(unitOf("某市民政局2024年项目支出绩效目标（申报）")).toEqual(["某市民政局"]);
  });

  it("takes no unit from a numbered heading or a line that names no body", () => {
    expect(unitOf("一、某市民政局2024年项目支出绩效目标")).toEqual([""]);
    expect(unitOf("全市2024年项目支出绩效目标")).toEqual([""]);
  });
});
