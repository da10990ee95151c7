/**
 * Round 104b: parallel name and value cells with bare 一级 heading lines.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

/** A rows table whose 绩效指标 and 指标值 cells hold one indicator a line. */
const parallel = (names: string, targets: string) =>
  parseGrid(
    grid([
      ["单位名称", "项目名称", "绩效目标", "绩效指标", "指标值"],
      ["某市文化和旅游局", "非遗保护", "目标", names, targets],
    ]),
  );

describe("parallel name and value cells with bare 一级 heading lines against blank lines", () => {
  it("each line's indicator reads with its value, under the heading above it", () => {
    const r = parallel(
      "产出指标：\n数量指标：非遗传承人补助人数\n数量指标：展演活动场次\n时效指标：补助资金发放时间\n效益指标：\n社会效益指标：非遗传承影响力\n满意度指标：\n服务对象满意度：传承人满意度",
      "\n62人\n≥8场\n2024年12月\n\n逐步扩大\n\n≥90%",
    );
    expect(
      r.indicators.map((i) => [i.level1, i.level2, i.name, i.comparator, i.value, i.unit, i.kind, i.date]),
    ).toEqual([
      ["产出指标", "数量指标", "非遗传承人补助人数", "=", 62, "人", "quantitative", null],
      ["产出指标", "数量指标", "展演活动场次", ">=", 8, "场", "quantitative", null],
      ["产出指标", "时效指标", "补助资金发放时间", null, null, "", "date", "2024-12"],
      ["效益指标", "社会效益指标", "非遗传承影响力", null, null, "", "qualitative", null],
      ["满意度指标", "服务对象满意度指标", "传承人满意度", ">=", 90, "%", "quantitative", null],
    ]);
    expect(r.indicators.map((i) => i.cell)).toEqual(["E2", "E2", "E2", "E2", "E2"]);
  });

  it("as the same cells without the heading lines read", () => {
    const r = parallel("数量指标：培训人数\n质量指标：合格率", "200人\n≥95%");
    expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.value])).toEqual([
      ["产出指标", "数量指标", "培训人数", 200],
      ["产出指标", "质量指标", "合格率", 95],
    ]);
  });

  it("bare 二级 headings head unlabelled lines", () => {
    const r = parallel("数量指标：\n培训人数\n演出场次\n质量指标：\n合格率", "\n200人\n≥8场\n\n≥95%");
    expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.value])).toEqual([
      ["产出指标", "数量指标", "培训人数", 200],
      ["产出指标", "数量指标", "演出场次", 8],
      ["产出指标", "质量指标", "合格率", 95],
    ]);
  });

  it("a blank value against a line that is no heading leaves the cells one indicator", () => {
    const r = parallel("产出指标：\n培训人数\n演出场次\n合格率", "\n200人\n\n≥95%");
    expect(r.indicators).toHaveLength(1);
  });
});

/** A rows table: 项目名称 | 一级 | 二级 | 三级 | 指标值. */
const rows = (...lines: [string, string][]) =>
  parseGrid(
    grid([
      ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
      ...lines.map(([name, target], k) =>
        k === 0 ? ["特困供养", "效益指标", "社会效益指标", name, target] : ["", "", "", name, target],
      ),
    ]),
  );

describe("an inclusive bound before a standard named right before its multiple or share", () => {
  it.each([
    ["不低于当地低保标准1.3倍", ">=", 1.3, "倍"],
    ["不低于当地标准130%", ">=", 130, "%"],
    ["不低于当地低保标准 1.3倍", ">=", 1.3, "倍"],
    ["不超过预算总额10%", "<=", 10, "%"],
    ["不低于全省平均水平90%", ">=", 90, "%"],
  ])("%s → %s %s %s, as with 的", (target, comparator, value, unit) => {
    const r = rows(["分散供养基本生活标准", target]);
    expect(r.indicators.map((i) => [i.name, i.comparator, i.value, i.unit])).toEqual([
      ["分散供养基本生活标准", comparator, value, unit],
    ]);
  });

  it.each([
    // A change on last year, and a strict bound's margin (高于平均水平20%), are no multiple of a standard.
    ["不低于上年水平5%", "="],
    ["高于全市平均水平20%", "="],
    ["达到国家标准100%", "="],
  ])("%s keeps %s", (target, comparator) => {
    expect(rows(["达标情况", target]).indicators.map((i) => i.comparator)).toEqual([comparator]);
  });

  it("in a packed cell the bound and the standard go with the target, not the name", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        ["特困供养", "1.社会效益指标：分散供养基本生活标准不低于当地低保标准1.3倍"],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.comparator, i.value, i.unit])).toEqual([
      ["分散供养基本生活标准", ">=", 1.3, "倍"],
    ]);
  });
});

describe("a template's hint of the form to fill, in a bracket after a name, is no part of the name", () => {
  it("in a packed cell, as （≥**人） in the same cell is not", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        [
          "退役士兵职业技能培训",
          "（一）产出指标 1.数量指标：培训退役士兵（≥**人）350人；2.时效指标：培训完成时间（年月）2024年10月；3.时效指标：资金拨付时间(年月日)2024年6月30日",
        ],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.kind, i.value ?? i.date])).toEqual([
      ["培训退役士兵", "quantitative", 350],
      ["培训完成时间", "date", "2024-10"],
      ["资金拨付时间", "date", "2024-06-30"],
    ]);
  });

  it.each([
    ["培训完成时间（年月）", "培训完成时间"],
    ["竣工时间（XX年XX月）", "竣工时间"],
    ["验收时间（填写具体年月）", "验收时间"],
    // The name's own words in its bracket stay.
    ["改造年月（按季度）", "改造年月（按季度）"],
    ["完成时间（含验收）", "完成时间（含验收）"],
  ])("in a 三级 cell: %s → %s", (name, kept) => {
    const r = rows([name, "2024年10月"]);
    expect(r.indicators.map((i) => [i.name, i.kind, i.date])).toEqual([[kept, "date", "2024-10"]]);
  });
});

describe("共 (in all) before the figure closing an item is the target's, not the name's end", () => {
  const packed = (cell: string) =>
    parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        ["古建筑保护", cell],
      ]),
    );

  it.each([
    ["产出：巡查时间夏秋两季共60天", "巡查时间夏秋两季", 60, "天"],
    ["产出：开展巡查共计24次", "开展巡查", 24, "次"],
    ["产出：举办培训总共3期", "举办培训", 3, "期"],
    // 公共 is a word of the name.
    ["产出：新建公共厕所5座", "新建公共厕所", 5, "座"],
  ])("%s → %s = %s %s", (cell, name, value, unit) => {
    expect(packed(cell).indicators.map((i) => [i.name, i.comparator, i.value, i.unit])).toEqual([
      [name, "=", value, unit],
    ]);
  });
});
