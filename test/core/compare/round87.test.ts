/** Round 87's district comparison probe (呼伦贝尔, 苏州, 赣州 …): each case as the officer gave it. */
import { compareDistricts } from "../../../src/core/compare";
import type { CellValue } from "../../../src/core/grid";
import { parseGrid } from "../../../src/core/parse";
import { grid } from "../../support/grid";

function compareRows(rows: CellValue[][], label = "test.xlsx") {
  const parsed = parseGrid(grid(rows));
  return {
    parsed,
    result: compareDistricts([{ label, projects: parsed.projects, indicators: parsed.indicators }]),
  };
}

describe("Inner Mongolia's district column headers (旗市区, 旗县市区, 旗县（市、区）, 旗县)", () => {
  it.each([["旗市区"], ["旗县市区"], ["旗县（市、区）"], ["旗县"], ["旗县区"]])(
    "%s is the district column",
    (header) => {
      const { result } = compareRows([
        [header, "项目名称", "三级指标", "指标值", "计量单位"],
        ["海拉尔区", "动物防疫补助经费", "免疫抗体合格率", "≥70", "%"],
        ["阿荣旗", "动物防疫补助经费", "免疫抗体合格率", "≥70", "%"],
        ["鄂伦春自治旗", "动物防疫补助经费", "免疫抗体合格率", "≥7", "%"],
      ]);
      expect(result.programs).toHaveLength(1);
      expect(result.programs[0].districts).toEqual(["海拉尔区", "阿荣旗", "鄂伦春自治旗"]);
    },
  );
});
