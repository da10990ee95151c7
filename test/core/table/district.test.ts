/** The district read from a project's name, its budget unit or its department (table/district.ts). */
import { districtOf } from "../../../src/core/table/district";

describe("a district named 城区, 矿区 or 郊区", () => {
  it.each([
    ["阳泉市城区老旧小区改造", "", "城区"],
    ["", "阳泉市城区应急管理局", "城区"],
    ["", "山西省晋城市城区教育局", "城区"],
    ["长治市城区农村公路养护", "", "城区"],
    ["", "大同市城区财政局", "城区"],
    ["", "阳泉市矿区应急管理局", "矿区"],
    ["", "阳泉市郊区应急管理局", "郊区"],
    ["", "铜陵市郊区农业农村局", "郊区"],
  ])("%s / %s → %s, in the cities that have one", (project, unit, district) => {
    expect(districtOf(project, unit)).toBe(district);
  });

  it.each([
    ["城区道路保洁", ""],
    ["主城区供水管网改造", ""],
    ["赣州市城区公交运营补贴", ""],
    ["", "广州市城区道路管理所"],
    ["某市郊区农田水利建设", ""],
    ["", "大同市矿区环境治理中心"],
  ])("%s / %s → none: 城区 alone, or after another city, is the city's own words", (project, unit) => {
    expect(districtOf(project, unit)).toBe(null);
  });
});

describe("a county-level city in brackets after a project (（建德市）)", () => {
  it.each([
    ["农村公路养护（建德市）", "建德市"],
    ["耕地地力保护补贴（都江堰市）", "都江堰市"],
    ["城乡客运一体化补贴（金堂县）", "金堂县"],
    // Cities whose names end like a word for cities (都市, 城市) are cities still.
    ["农村公路养护（宜都市）", "宜都市"],
    ["高标准农田建设（诸城市）", "诸城市"],
  ])("%s → %s, as （海珠区） marks a district's copy of a program", (project, district) => {
    expect(districtOf(project)).toBe(district);
  });

  it.each([
    ["文明创建（全市）"],
    ["公共文化服务（城市）"],
    ["农村公路养护（县市）"],
    ["昆明市农村公路养护"],
    ["新型智慧城市（大城市）"],
  ])(
    "%s → none: a word for all or for cities, or X市 written before the name (it may be the prefecture)",
    (project) => {
      expect(districtOf(project)).toBe(null);
    },
  );
});

describe("a county of one character opening a unit's name (忠县水利局)", () => {
  it.each([
    ["", "忠县涂井乡人民政府", "忠县"],
    ["", "佳县教育和体育局", "佳县"],
    ["", "沛县城市管理局", "沛县"],
    ["", "忠县市场监督管理局", "忠县"],
    ["单县畜牧养殖补助", "", "单县"],
  ])("%s / %s → %s", (project, unit, district) => {
    expect(districtOf(project, unit)).toBe(district);
  });

  it.each([
    ["县城建设"],
    ["县域经济"],
    ["县级财政"],
    ["全县教育"],
    ["郊县农业"],
    ["三县联动"],
    ["某县教育局"],
  ])("%s → none: 县城, 县域, 县级, a word for all or some, a placeholder", (unit) => {
    expect(districtOf("", unit)).toBe(null);
  });
});

describe("a city bureau's branch named after its district, and banners ending in 左旗/右旗", () => {
  it.each([
    ["苏州市公安局姑苏分局", "姑苏区"],
    ["吉林市公安局船营分局", "船营区"],
    // A bureau run from the prefecture has branches in counties and 县级市 too: the bare name, not an
    // invented 耒阳区.
    ["宁波市生态环境局北仑分局", "北仑"],
    ["衡阳市生态环境局耒阳分局", "耒阳"],
    ["大理白族自治州生态环境局宾川分局", "宾川"],
    ["衡阳市生态环境局衡阳县分局", "衡阳县"],
    ["呼和浩特市生态环境局土默特左旗分局", "土默特左旗"],
    ["广州市公安局越秀区分局", "越秀区"],
    ["土默特左旗教育局", "土默特左旗"],
    ["阿拉善左旗财政局", "阿拉善左旗"],
  ])("%s → %s", (unit, district) => {
    expect(districtOf("", unit)).toBe(district);
  });

  it.each([
    ["某市公安局交通管理分局"],
    ["某市公安局城东分局"],
    ["某市税务局直属分局"],
    ["某市自然资源局开发区分局"],
  ])("%s → none: a branch named for a task or an area that is no district", (unit) => {
    expect(districtOf("", unit)).toBe(null);
  });
});

describe("national bodies, a city bureau's district office, and 区域", () => {
  it.each([
    ["国家税务总局厦门市海沧区税务局", "海沧区"],
    ["中国共产党厦门市思明区委员会组织部", "思明区"],
    ["共青团深圳市南山区委员会", "南山区"],
    ["中共广州市海珠区委员会", "海珠区"],
    // A bureau's office for a district, named by its two characters: the bare name.
    ["深圳市规划和自然资源局龙岗管理局", "龙岗"],
    ["深圳市市场监督管理局福田管理局", "福田"],
    // A city centre's office in a county or 县级市.
    ["潍坊市住房公积金管理中心寿光分中心", "寿光"],
    ["庆阳市住房公积金管理中心宁县管理部", "宁县"],
  ])("%s → %s", (unit, district) => {
    expect(districtOf("", unit)).toBe(district);
  });

  it.each([
    ["街道公共区域保洁"],
    ["公共区域环境整治"],
    ["广州市林业和园林局白云山管理局"],
    ["广州市城市管理局"],
  ])("%s → none: 区域 is an area, and a park's office names no district", (text) => {
    expect(districtOf(text)).toBe(null);
  });
});

describe("a 县级市 whose own name holds 市 (津市市)", () => {
  it.each([
    ["", "津市市水利局", "津市市"],
    ["津市市2025年农村饮水安全巩固提升工程", "", "津市市"],
    ["", "常德市津市市财政局", "津市市"],
  ])("%s %s → %s", (project, unit, district) => {
    expect(districtOf(project, unit)).toBe(district);
  });

  it("leaves a town written after it to the town, as 麻城市福田河镇 does", () => {
    expect(districtOf("", "湖南省津市市新洲镇人民政府")).toBe("新洲镇");
  });
});
