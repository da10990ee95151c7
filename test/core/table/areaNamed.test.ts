/**
 * Districts whose names end in a word that elsewhere names a kind of area (长春市绿园区, 北京市石景山区, 秦皇岛市
 * 海港区): one closed list, the parser's and the comparison's. Round 226 found the comparison accepting 绿园区 and
 * 石景山区 while the parser refused them, so a table's 绿园区 column was left unread.
 */
import { parseGrid } from "../../../src/core/parse";
import { findDistrict } from "../../../src/core/compare/districts";
import { districtOf } from "../../../src/core/table/district";
import { grid } from "../../support/grid";

describe("districts named with an area's word", () => {
  it.each([
    ["（绿园区）老旧小区改造", "绿园区"],
    ["长春市绿园区2024年城市排水", "绿园区"],
    ["石景山区城市管理", "石景山区"],
    ["（石景山区）垃圾分类", "石景山区"],
    ["秦皇岛市海港区道路维修", "海港区"],
  ])("the parser and the comparison both read %s as %s", (text, district) => {
    expect(districtOf(text)).toBe(district);
    expect(findDistrict(text)).toBe(district);
  });

  it.each(["苏州工业园区", "公园区域绿化", "偏远山区教育"])("neither reads %s as a district", (text) => {
    expect(districtOf(text)).toBe(null);
    expect(findDistrict(text)).toBe(null);
  });

  it("reads a 绿园区 column among a table's district columns, and a 石景山区 one", () => {
    const read = (places: string[]) =>
      parseGrid(
        grid(
          [
            ["2024年城市排水项目绩效目标分解表"],
            ["一级指标", "二级指标", "三级指标", ...places],
            ["产出指标", "数量指标", "管网清淤长度（公里）", "≥12", "≥9", "≥10", "≥15"],
            ["产出指标", "质量指标", "清淤达标率", "≥95%", "≥95%", "≥95%", "≥95%"],
          ],
          "分解表",
        ),
      );
    const a = read(["南关区", "宽城区", "绿园区", "朝阳区"]);
    expect(a.projects.map((p) => p.district)).toEqual(["南关区", "宽城区", "绿园区", "朝阳区"]);
    expect(a.indicators).toHaveLength(8);
    expect(a.messages.filter((m) => m.level !== "info")).toEqual([]);
    const b = read(["海淀区", "丰台区", "石景山区", "门头沟区"]);
    expect(b.projects.map((p) => p.district)).toEqual(["海淀区", "丰台区", "石景山区", "门头沟区"]);
  });
});
