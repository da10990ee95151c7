/**
 * Round 207's fixes, each with cells written fresh (not the round's own): a project written with an autonomous
 * county's short form (峨山县…) whose own department or unit writes the full name (峨山彝族自治县教育局) is placed
 * in the full name, as a title writing it places it — also in a form read without a table header, where no title
 * row is looked at.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

function districts(rows: string[][]): (string | null)[] {
  return [...new Set(parseGrid(grid(rows, "Sheet1")).indicators.map((x) => x.district))];
}

describe("round 207", () => {
  it("gives a short-named project the full autonomous name its department writes, in a form of 名称：值 lines", () => {
    expect(
      districts([
        ["项目名称：峨山县乡村教师生活补助", ""],
        ["主管部门：峨山彝族自治县教育体育局", ""],
        [
          "绩效指标",
          "【产出指标-数量指标】指标1：补助乡村教师（≥520人）。【满意度指标-服务对象满意度指标】指标1：教师满意度（≥90%）。",
        ],
      ]),
    ).toEqual(["峨山彝族自治县"]);
  });

  it("gives it the full name its budget unit writes, in a rows table with no title", () => {
    expect(
      districts([
        ["预算单位", "项目名称", "三级指标", "指标值"],
        ["鄂伦春自治旗林业和草原局", "鄂伦春旗森林管护", "管护森林面积", "≥120万亩"],
        ["", "", "护林员满意度", "≥90%"],
      ]),
    ).toEqual(["鄂伦春自治旗"]);
  });

  it("keeps the short form where the project's own names write no full name", () => {
    expect(
      districts([
        ["预算单位", "项目名称", "三级指标", "指标值"],
        ["峨山县教育体育局", "峨山县乡村教师生活补助", "补助乡村教师", "≥520人"],
      ]),
    ).toEqual(["峨山县"]);
  });
});
