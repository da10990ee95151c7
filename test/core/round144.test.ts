/**
 * Round 144: two clauses in words under one numbered label, the first a statement of work by its verb (改善…；新增…≥60万元),
 * a deadline named by a festival (清明节前完成集中修缮), a year written with 度 (2024年度内完成), and the
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
