/**
 * Round 144: two clauses in words under one numbered label, the first a statement of work by its verb (改善…；新增…≥60万元),
 * a short clause in words closing a town's sentence (…，村民满意; …，有效保障人民群众生命财产安全), a deadline named by a festival (清明节前完成集中修缮), a year written with 度 (2024年度内完成), and the
 * land a mine leaves (煤矿塌陷区治理) in a project's name, no district.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";
import { records } from "../support/packedCell";

/** level2, name, kind, date. */
function read(cell: string) {
  return records(cell).map((i) => [i.level2, i.name, i.kind, i.date]);
}

describe("a deadline named by a festival (清明节前, 春节前, 中秋节前)", () => {
  it("reads a date with no day, the work after it the name, as 汛期前完成 does", () => {
    expect(
      read(
        "时效指标：清明节前完成集中修缮。时效指标：春节前发放到位。时效指标：确保中秋节前发放到位。时效指标：汛期前完成。",
      ),
    ).toEqual([
      ["时效指标", "完成集中修缮", "date", null],
      ["时效指标", "发放到位", "date", null],
      ["时效指标", "发放到位", "date", null],
      ["时效指标", "完成", "date", null],
    ]);
  });

  it("leaves a festival inside the work's words in the name (春节前走访慰问困难群众100户)", () => {
    expect(records("春节前走访慰问困难群众100户").map((i) => [i.name, i.value, i.kind])).toEqual([
      ["春节前走访慰问困难群众", 100, "quantitative"],
    ]);
  });
});

describe("a named season and its dates in brackets under a 时效 label (防火期（1月1日至5月31日）全覆盖巡护)", () => {
  it("reads the season and its dates as the target, a period, the work as the name", () => {
    expect(
      records("3.时效指标：防火期（1月1日至5月31日）全覆盖巡护。").map((i) => [i.name, i.target, i.kind]),
    ).toEqual([["全覆盖巡护", "防火期（1月1日至5月31日）", "date"]]);
  });

  it("keeps a season's months with no label a deadline only for work finished in them (round 47)", () => {
    expect(
      records("1、暑期（7月-8月）完成施工。2、冬季（12月-次年2月）开展供暖保障。").map((i) => i.kind),
    ).toEqual(["date", "empty"]);
  });
});

describe("a year written with 度 (2024年度内完成)", () => {
  it("keeps 度 out of the name", () => {
    expect(read("时效指标：2024年度内完成。")).toEqual([["时效指标", "完成", "date", "2024"]]);
    expect(read("时效指标：2024年度底前完成。")).toEqual([["时效指标", "完成", "date", "2024-12-31"]]);
  });
});

describe("the land a mine or a flood leaves in a project's name (煤矿塌陷区治理)", () => {
  it("is no district: the budget unit's is", () => {
    const r = parseGrid(
      grid([
        ["预算单位", "项目名称", "绩效指标"],
        ["七台河市茄子河区人民政府", "煤矿塌陷区治理", "1.产出指标：治理面积1200亩"],
        ["七台河市茄子河区人民政府", "采煤沉陷区综合治理", "1.产出指标：治理面积1200亩"],
      ]),
    );
    expect(r.projects.map((p) => p.district)).toEqual(["茄子河区", "茄子河区"]);
  });
});

/** level2 inferred, name, comparator, value, kind. */
function clauses(cell: string) {
  return records(cell).map((i) => [i.level2Inferred, i.name, i.comparator, i.value, i.kind]);
}

describe("a statement of work by its verb, then a ； under a numbered label (改善塌陷区生态环境；…)", () => {
  it("is a qualitative indicator of its own before another with a figure", () => {
    expect(
      clauses("1.产出指标：治理面积≥1200亩。2.效益指标：改善塌陷区生态环境；新增耕地年收益≥60万元。"),
    ).toEqual([
      ["数量指标", "治理面积", ">=", 1200, "quantitative"],
      ["生态效益指标", "改善塌陷区生态环境", null, null, "qualitative"],
      ["经济效益指标", "新增耕地年收益", ">=", 600000, "quantitative"],
    ]);
  });

  it("and before a state of its own (基金安全运行), a running kept safe now read as a state", () => {
    expect(
      clauses("（2）效益指标：追回违规资金挽回基金损失；基金安全运行。").map((r) => [r[1], r[4]]),
    ).toEqual([
      ["追回违规资金挽回基金损失", "qualitative"],
      ["基金", "qualitative"],
    ]);
    expect(clauses("2.效益指标：提升群众安全感；基金安全运行。").map((r) => [r[1], r[4]])).toEqual([
      ["提升群众安全感", "qualitative"],
      ["基金", "qualitative"],
    ]);
    expect(clauses("可持续影响指标：信息系统安全稳定运行。").map((r) => [r[1], r[4]])).toEqual([
      ["信息系统", "qualitative"],
    ]);
  });

  it("keeps the subject-first state cut as before (塌陷区生态环境明显改善；…)", () => {
    expect(
      clauses("2.效益指标：塌陷区生态环境明显改善；新增耕地年收益≥60万元。").map((r) => [r[1], r[4]]),
    ).toEqual([
      ["塌陷区生态环境", "qualitative"],
      ["新增耕地年收益", "quantitative"],
    ]);
  });
});

/** name, kind: one town's cell, no label. */
function town(cell: string) {
  return records(cell).map((i) => [i.name, i.kind]);
}

describe("a short clause in words closing a town's sentence after a figure", () => {
  it("is its own record when people are satisfied (…，村民满意), not the figure's target", () => {
    expect(town("运维站点9座，设施正常运行率95%以上，村民满意。")).toEqual([
      ["运维站点", "quantitative"],
      ["设施正常运行率", "quantitative"],
      ["村民", "qualitative"],
    ]);
    expect(records("保洁面积36万平方米，群众满意。").map((i) => [i.name, i.level2Inferred])).toEqual([
      ["保洁面积", "数量指标"],
      ["群众", "服务对象满意度指标"],
    ]);
  });

  it("but not after a satisfaction it restates, nor as a purpose (让群众满意)", () => {
    expect(town("满意度≥95%，群众满意。")).toEqual([["满意度", "quantitative"]]);
    expect(town("保洁面积36万平方米，让群众满意。")).toEqual([["保洁面积", "quantitative"]]);
  });

  it("is its own record when a benefit is stated by its verb, an adverb before it or not", () => {
    expect(town("储备编织袋5000条，5月前完成采购，有效保障人民群众生命财产安全。")).toEqual([
      ["储备编织袋", "quantitative"],
      ["完成采购", "date"],
      ["有效保障人民群众生命财产安全", "qualitative"],
    ]);
  });

  it("and before a deadline, which it leads in to no more than to the figure", () => {
    expect(town("路面完好率95%，保障群众出行安全，11月底前完工，群众满意率不低于90%。")).toEqual([
      ["路面完好率", "quantitative"],
      ["保障群众出行安全", "qualitative"],
      ["完工", "date"],
      ["群众满意率", "quantitative"],
    ]);
  });

  it("leads in to a satisfaction with its figure, an adverb before its verb or not", () => {
    const read = (cell: string) => records(cell).map((i) => [i.name, i.target]);
    expect(read("惠及群众2100人，进一步改善群众出行条件，群众满意度达95%以上。")).toEqual([
      ["惠及群众", "2100人"],
      ["群众满意度", "达95%以上"],
    ]);
    expect(read("惠及群众2100人，改善群众出行条件，群众满意度达95%以上。")).toEqual([
      ["惠及群众", "2100人"],
      ["群众满意度", "达95%以上"],
    ]);
  });
});
