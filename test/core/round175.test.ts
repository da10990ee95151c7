/**
 * Round 175: 绩效目标 merged over category columns, a value column headed 数值及单位 beside 符号, 名称，无…事故 in a
 * numbered cell, a unit or a district named by a title with no year (or 镇级/村级, or 项目库), a 三级指标 banner over
 * 指标名称 | 指标值, and a numeral inside a fixed word (二次污染).
 */
import { parseGrid } from "../../src/core/parse";
import { parseTarget } from "../../src/core/text/target";
import { records } from "../support/packedCell";
import { grid } from "../support/grid";

/** level1, name, comparator, value, unit, kind of each record. */
const rows = (r: ReturnType<typeof parseGrid>) =>
  r.indicators.map((i) => [i.level1, i.name, i.comparator, i.value, i.unit, i.kind]);

describe("绩效目标 merged over 产出指标 | 效益指标 | 满意度指标 (a 乡村振兴项目库)", () => {
  const library = (banner: string) =>
    parseGrid(
      grid([
        ["潜江市2024年度巩固拓展脱贫攻坚成果和乡村振兴项目库", null, null, null, null],
        ["序号", "项目名称", banner, null, null],
        [null, null, "产出指标", "效益指标", "满意度指标"],
        [
          1,
          "浩口镇柳洲村道路硬化",
          "硬化道路2.1公里；工程质量合格率100%",
          "受益人口1260人；工程设计使用年限≥10年",
          "受益群众满意度≥90%",
        ],
      ]),
    );

  it("reads each column under its category, as under a 绩效指标 banner, and no project from the sub-header", () => {
    const r = library("绩效目标");
    expect(r.projects.map((p) => p.project)).toEqual(["浩口镇柳洲村道路硬化"]);
    expect(rows(r)).toEqual([
      ["产出指标", "硬化道路", "=", 2.1, "公里", "quantitative"],
      ["产出指标", "工程质量合格率", "=", 100, "%", "quantitative"],
      ["效益指标", "受益人口", "=", 1260, "人", "quantitative"],
      ["效益指标", "工程设计使用年限", ">=", 10, "年", "quantitative"],
      ["满意度指标", "受益群众满意度", ">=", 90, "%", "quantitative"],
    ]);
    expect(rows(library("绩效指标"))).toEqual(rows(r));
    expect(r.indicators.map((i) => i.cell)).toEqual(["C4", "C4", "D4", "D4", "E4"]);
  });

  it("keeps 绩效目标 the goal column where the row under it is a project's", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "绩效目标"],
        ["道路硬化", "产出指标：硬化道路2.1公里；满意度指标：群众满意度≥90%"],
      ]),
    );
    expect(rows(r).map((x) => x.slice(0, 2))).toEqual([
      ["产出指标", "硬化道路"],
      ["满意度指标", "群众满意度"],
    ]);
  });
});

describe("a value column headed 数值及单位 beside a 符号 column", () => {
  it.each(["数值及单位", "数值（含单位）", "目标值及单位", "指标值（含单位）", "数值和单位"])(
    "reads the number and its unit from %s, the comparator from 符号",
    (value) => {
      const r = parseGrid(
        grid([
          ["项目名称：安全生产监管执法", null, null, null, null],
          ["一级指标", "二级指标", "三级指标", "指标值", null],
          [null, null, null, "符号", value],
          ["产出指标", "数量指标", "执法检查企业数", "≥", "800家"],
          [null, "质量指标", "重大事故隐患整改率", "=", "100%"],
          [null, "时效指标", "执法计划完成时限", "≤", "2024年12月31日"],
        ]),
      );
      expect(rows(r)).toEqual([
        ["产出指标", "执法检查企业数", ">=", 800, "家", "quantitative"],
        ["产出指标", "重大事故隐患整改率", "=", 100, "%", "quantitative"],
        ["产出指标", "执法计划完成时限", null, null, "", "date"],
      ]);
      expect(r.indicators[2].date).toBe("2024-12-31");
    },
  );

  it("reads a single header row 符号 | 数值及单位 so too", () => {
    const r = parseGrid(
      grid([
        ["项目名称：安全生产监管执法", null, null, null, null],
        ["一级指标", "二级指标", "三级指标", "符号", "数值及单位"],
        ["产出指标", "数量指标", "执法检查企业数", "≥", "800家"],
        ["满意度指标", "服务对象满意度指标", "企业及群众满意度", "≥", "90%"],
      ]),
    );
    expect(rows(r)).toEqual([
      ["产出指标", "执法检查企业数", ">=", 800, "家", "quantitative"],
      ["满意度指标", "企业及群众满意度", ">=", 90, "%", "quantitative"],
    ]);
  });
});

describe("名称，无…事故 in a numbered cell written 名称，目标；", () => {
  const read = (cell: string) =>
    records(cell).map((i) => [i.level1, i.name, i.target, i.value, i.unit, i.kind]);

  it("reads the safety reached as the name, the accident that must not happen as its target", () => {
    expect(
      read("1、产出指标：管护水库数量，46座。2、效益指标：水库安全度汛，无垮坝事故；灌溉面积，3.2万亩。"),
    ).toEqual([
      ["产出指标", "管护水库数量", "46座", 46, "座", "quantitative"],
      ["效益指标", "水库安全度汛", "无垮坝事故", null, "", "qualitative"],
      ["效益指标", "灌溉面积", "3.2万亩", 32000, "亩", "quantitative"],
    ]);
  });

  it("never glues 无…事故 onto the next item across ；", () => {
    expect(read("2、效益指标：汛期无人员伤亡；灌溉面积，3.2万亩。").map((x) => x[1])).toEqual([
      "人员伤亡",
      "灌溉面积",
    ]);
  });
});

describe("a title naming the unit or the district with no year, 镇级/村级, or 项目库", () => {
  const titled = (title: string) =>
    parseGrid(
      grid([
        [title, null],
        ["项目名称", "绩效指标"],
        ["集镇环境整治", "产出指标：清理卫生死角60处；满意度指标：群众满意度≥90%"],
      ]),
    ).projects[0];

  it("takes the unit from the title", () => {
    expect(titled("秦皇岛市文化广电和旅游局项目绩效目标").budgetUnit).toBe("秦皇岛市文化广电和旅游局");
    expect(titled("松柏镇2024年镇级项目绩效目标").budgetUnit).toBe("松柏镇");
    expect(titled("尧都区县底镇2024年村级项目绩效目标表")).toMatchObject({
      budgetUnit: "尧都区县底镇",
      district: "尧都区",
    });
  });

  it("takes the district from a 项目库's title", () => {
    expect(titled("潜江市2024年度巩固拓展脱贫攻坚成果和乡村振兴项目库").district).toBe("潜江市");
  });

  it("keeps a project named after its unit a project (养老服务中心项目), and 小镇 no town", () => {
    expect(titled("某县养老服务中心项目绩效目标").budgetUnit).toBe("");
    expect(titled("特色小镇2024年项目绩效目标表").budgetUnit).toBe("");
  });
});

describe("三级指标 merged over 指标名称 | 指标值", () => {
  it("keeps the 一级 and 二级 columns of the row above", () => {
    const r = parseGrid(
      grid([
        ["项目名称：道路养护", null, null, null],
        ["一级指标", "二级指标", "三级指标", null],
        [null, null, "指标名称", "指标值"],
        ["产出指标", "数量指标", "养护道路", "86公里"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
      ]),
    );
    expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.value])).toEqual([
      ["产出指标", "数量指标", "养护道路", 86],
      ["满意度指标", "服务对象满意度指标", "群众满意度", 90],
    ]);
  });
});

describe("a numeral inside a fixed word (二次污染, 一户一档)", () => {
  it("is no number", () => {
    for (const t of [
      "不产生二次污染",
      "避免二次伤害",
      "二次供水设施改造",
      "防止二次返贫",
      "一户一档",
      "一村一品",
    ])
      expect([t, parseTarget(t).kind]).toEqual([t, "qualitative"]);
  });

  it("keeps 二次 a count where a bound or nothing follows it", () => {
    expect(parseTarget("每年二次以上")).toMatchObject({ comparator: ">=", value: 2, unit: "次" });
    expect(parseTarget("二次")).toMatchObject({ value: 2, unit: "次" });
  });

  it("reads 不产生二次污染 in its row as a qualitative target", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
        ["草原鼠害防治项目", "成本指标", "生态环境成本指标", "生态环境成本", "不产生二次污染", ""],
      ]),
    );
    expect(rows(r)).toEqual([["成本指标", "生态环境成本", null, null, "", "qualitative"]]);
  });
});
