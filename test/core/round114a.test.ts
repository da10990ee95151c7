/**
 * Round 114a: documents pasted a line per row with no header (项目一：… over 资金规模：…; a 申报书's next chapter
 * after its indicators).
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

const lines = (...ls: string[]) => parseGrid(grid(ls.map((l) => [l])));

describe("项目一：… over 资金规模：… and bare 产出指标： lines (a 街道's document)", () => {
  const r = lines(
    "项目一：养老服务站运营补贴",
    "资金规模：45万元",
    "产出指标：",
    "数量指标：补贴养老服务站6处",
    "满意度指标：",
    "服务对象满意度指标：老年人满意度≥92%",
    "项目二：背街小巷路面维修",
    "资金规模：120万元",
    "产出指标：",
    "数量指标：涉及背街小巷17条",
  );
  it("names each project by its heading, and 资金规模 is no indicator", () => {
    expect(r.projects.map((p) => p.project)).toEqual(["养老服务站运营补贴", "背街小巷路面维修"]);
    expect(r.indicators.map((i) => [i.project, i.name])).toEqual([
      ["养老服务站运营补贴", "补贴养老服务站"],
      ["养老服务站运营补贴", "老年人满意度"],
      ["背街小巷路面维修", "涉及背街小巷"],
    ]);
  });
});
