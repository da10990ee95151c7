/** The district read from a project's name, its budget unit or its department (table/district.ts). */
import { districtOf } from "../../../src/core/table/district";

describe("a district named 城区", () => {
  it.each([
    ["阳泉市城区老旧小区改造", "", "城区"],
    ["", "阳泉市城区应急管理局", "城区"],
    ["", "山西省晋城市城区教育局", "城区"],
    ["长治市城区农村公路养护", "", "城区"],
    ["", "大同市城区财政局", "城区"],
  ])("%s / %s → %s, in the four cities that have one", (project, unit, district) => {
    expect(districtOf(project, unit)).toBe(district);
  });

  it.each([
    ["城区道路保洁", ""],
    ["主城区供水管网改造", ""],
    ["赣州市城区公交运营补贴", ""],
    ["", "广州市城区道路管理所"],
  ])("%s / %s → none: 城区 alone, or after another city, is the city's own words", (project, unit) => {
    expect(districtOf(project, unit)).toBe(null);
  });
});
