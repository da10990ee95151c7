/**
 * Round 144: the land a mine leaves (煤矿塌陷区治理) in a project's name, no district.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

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
