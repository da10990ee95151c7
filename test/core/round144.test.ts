/**
 * Round 144: a deadline named by a festival (清明节前完成集中修缮), a year written with 度 (2024年度内完成), and the
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
