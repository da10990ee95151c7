/**
 * Round 76: districts — a county of one character that became a 区 or a 县级市 (梅县区, 沙县区, 辉县市), a
 * district column read as a unit's name is, and a 部门（单位）名称 column over units' codes.
 */
import { parseGrid } from "../../src/core/parse";
import { districtOf } from "../../src/core/table/district";
import { grid } from "../support/grid";

describe("a county of one character that became a 区 or a 县级市, after its city (梅州市梅县区)", () => {
  it.each([
    ["梅州市梅县区农业农村局", "梅县区"],
    ["梅州市梅县区", "梅县区"],
    ["三明市沙县区教育局", "沙县区"],
    ["赣州市赣县区水利局", "赣县区"],
    ["广东省梅州市梅县区财政局", "梅县区"],
    // 辉县市 is a 县级市 by that name.
    ["新乡市辉县市农业农村局", "辉县市"],
    ["河南省新乡市辉县市民族宗教事务局", "辉县市"],
  ])("%s → %s, not the county's old name", (unit, district) => {
    expect(districtOf("某项目", unit)).toBe(district);
  });

  it.each([
    // The county as written, when it is written so.
    ["新乡市辉县农业农村局", "辉县"],
    ["梅州市梅县农业局", "梅县"],
    ["徐州市沛县教育局", "沛县"],
    ["梅县区农业农村局", "梅县区"],
    ["单县教育局", "单县"],
    ["忠县水利局", "忠县"],
    // A county's 市场, 市政, 市容 and 市民 after it are its offices, not a 县级市.
    ["菏泽市单县市场监督管理局", "单县"],
    ["菏泽市单县市政工程管理处", "单县"],
    ["菏泽市单县市容环境卫生管理中心", "单县"],
    ["菏泽市单县市民服务中心", "单县"],
  ])("%s → %s (kept)", (unit, district) => {
    expect(districtOf("某项目", unit)).toBe(district);
  });

  it("reads 梅县区 from the 主管部门 line of a form (m10c)", () => {
    const form = parseGrid(
      grid([
        ["项目名称", "高标准农田建设"],
        ["主管部门", "梅州市梅县区农业农村局"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "建设面积", "1.2万亩"],
      ]),
    );
    expect(form.projects.map((p) => p.district)).toEqual(["梅县区"]);
  });
});

describe("other cities' districts after their city", () => {
  it.each([
    ["吉林市船营区教育局", "船营区"],
    ["吉林省吉林市船营区财政局", "船营区"],
    ["东营市东营区农业农村局", "东营区"],
    // A 县级市 after its prefecture's city, as after a prefecture that is no city (格尔木市).
    ["杭州市建德市教育局", "建德市"],
    ["苏州市昆山市水务局", "昆山市"],
  ])("%s → %s", (unit, district) => {
    expect(districtOf("某项目", unit)).toBe(district);
  });

  it.each([
    ["某市新营区建设项目"],
    ["长沙市城建市政工程公司"],
    ["广州市广州市应急管理局"],
    ["深圳市市场监督管理局"],
    ["郑州市城市管理局"],
  ])("%s → none: barracks, a city's 市政 and 市场, a city written twice", (text) => {
    expect(districtOf(text)).toBe(null);
  });
});
