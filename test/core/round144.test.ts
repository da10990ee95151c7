/**
 * Round 144: a year written with 度 (2024年度内完成), and the land a mine leaves (煤矿塌陷区治理) in a project's name, no district.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";
import { records } from "../support/packedCell";

/** level2, name, kind, date. */
function read(cell: string) {
  return records(cell).map((i) => [i.level2, i.name, i.kind, i.date]);
}

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
