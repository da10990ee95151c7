/**
 * Round 71: packed tables of western, north-eastern, Hainan and Fujian counties — units written after their
 * 地区 or autonomous prefecture, and the names their indicator and goal columns go by.
 */
import { parseGrid } from "../../src/core/parse";
import { districtOf } from "../../src/core/table/district";
import { grid } from "../support/grid";

const ITEM = "1、产出指标：巡查企业数，不少于200家次。";

describe("a unit written after its 地区 or autonomous prefecture (大兴安岭地区呼中区教育局)", () => {
  it.each([
    ["503001-大兴安岭地区呼中区教育局", "呼中区"],
    ["大兴安岭地区塔河县林业和草原局", "塔河县"],
    ["黑龙江省大兴安岭地区加格达奇区民政局", "加格达奇区"],
    ["阿里地区噶尔县教育局", "噶尔县"],
    ["西藏自治区阿里地区普兰县卫生健康委员会", "普兰县"],
    ["喀什地区疏附县教育局", "疏附县"],
    ["和田地区于田县水利局", "于田县"],
    ["海南藏族自治州共和县民政局", "共和县"],
    ["玉树藏族自治州称多县卫生健康局", "称多县"],
    ["临夏回族自治州和政县水务局", "和政县"],
    ["临夏回族自治州东乡族自治县教育局", "东乡族自治县"],
    ["临夏回族自治州积石山保安族东乡族撒拉族自治县农业农村局", "积石山保安族东乡族撒拉族自治县"],
    // Written short: two characters or more before 州.
    ["临夏州康乐县农业农村局", "康乐县"],
    ["黔东南州台江县教育局", "台江县"],
    // A city under a prefecture that is no city is its 县级市.
    ["海西蒙古族藏族自治州格尔木市教育局", "格尔木市"],
    ["阿克苏地区库车市水利局", "库车市"],
    ["锡林郭勒盟锡林浩特市教育局", "锡林浩特市"],
  ])("%s → %s (the county under the prefecture, not the prefecture)", (unit, district) => {
    expect(districtOf("某项目", unit)).toBe(district);
  });

  it.each([
    ["阿里地区教育局"],
    ["大兴安岭地区财政局"],
    ["临夏回族自治州水务局"],
    ["临夏州教育局"],
    ["临夏回族自治州市场监督管理局"],
    ["临夏回族自治州城市管理综合执法局"],
  ])("%s → none: the prefecture's own bureau, as a city's own bureau (广州市应急管理局)", (unit) => {
    expect(districtOf("某项目", unit)).toBe(null);
  });

  it.each([
    ["广州市应急管理局", null],
    ["通州区教育委员会", "通州区"],
    ["巴州区教育局", "巴州区"],
    ["苏州工业园区教育局", null],
    ["贫困地区某县帮扶", null],
  ])("%s → %s: cities called X州, districts with 州 in their names, 地区 as a word", (unit, district) => {
    expect(districtOf("", unit)).toBe(district);
  });

  it("reads the district for every project of a 呼中区 table whose department column names 大兴安岭地区", () => {
    const r = parseGrid(
      grid([
        ["大兴安岭地区呼中区2024年项目支出绩效目标表"],
        ["序号", "部门（单位）名称", "项目名称", "资金规模", "实施期", "绩效目标", "绩效指标"],
        [
          "1",
          "503001-大兴安岭地区呼中区教育局",
          "义务教育阶段公用经费保障",
          "120",
          "2024年",
          "保障运转",
          ITEM,
        ],
        ["2", "503002-大兴安岭地区呼中区民政局", "医疗救助资金", "80", "2024年", "保障救助", ITEM],
      ]),
    );
    expect(r.projects.map((p) => p.district)).toEqual(["呼中区", "呼中区"]);
    expect(r.indicators.map((i) => i.district)).toEqual(["呼中区", "呼中区"]);
  });
});

describe("临夏市 in a table of 临夏回族自治州 (a 州 has no city of its own)", () => {
  const table = (title: string, department: string) =>
    parseGrid(
      grid([
        [title],
        ["序号", "主管部门", "项目实施单位", "项目名称", "资金规模（万元）", "绩效目标", "绩效指标"],
        ["1", department, "临夏市交通运输局", "城郊村组道路硬化项目", "300", "改善出行", ITEM],
      ]),
    );

  it("reads 临夏市 as the district when the title names the 州", () => {
    const r = table(
      "临夏回族自治州2024年州级财政衔接推进乡村振兴补助资金项目绩效目标表",
      "临夏回族自治州交通运输局",
    );
    expect(r.projects[0].district).toBe("临夏市");
    expect(r.indicators[0].district).toBe("临夏市");
  });

  it("reads 临夏市 as the district when the title names 临夏州, written short", () => {
    expect(table("临夏州2024年项目绩效目标表", "").projects[0].district).toBe("临夏市");
  });

  it("reads 临夏市 as the district when the project's department is the 州's bureau", () => {
    expect(table("2024年项目绩效目标表", "临夏回族自治州交通运输局").projects[0].district).toBe("临夏市");
  });

  it("reads 临夏市 when the title names it alone: a 县级市 of the closed list (round 122)", () => {
    expect(table("临夏市2024年项目绩效目标表", "临夏回族自治州交通运输局").projects[0].district).toBe(
      "临夏市",
    );
  });

  it("reads 临夏市 from a title that names it after its 州, as a county's title names the county", () => {
    expect(table("临夏回族自治州临夏市2024年项目绩效目标表", "").projects[0].district).toBe("临夏市");
  });

  it("reads a lone 临夏市 in a table that names no prefecture: a 县级市 of the closed list (round 122)", () => {
    expect(table("2024年项目绩效目标表", "交通运输局").projects[0].district).toBe("临夏市");
  });
});

describe("indicator and goal columns under other names (主要绩效指标, 绩效指标值, 主要绩效目标)", () => {
  const packed = (goalHeader: string, header: string) =>
    parseGrid(
      grid([
        ["长汀县2024年项目支出绩效目标表"],
        ["序号", "单位名称", "项目名称", goalHeader, header],
        [
          "1",
          "长汀县教育局",
          "校舍维修改造",
          "改善办学条件",
          "数量指标：维修面积≥1.8万平方米；满意度指标：师生满意度≥90%",
        ],
        ["2", "长汀县水利局", "水土流失治理", "治理水土流失", "1）治理面积≥3.5平方公里；2）群众满意度≥90%"],
      ]),
    );

  it.each([
    ["主要绩效指标"],
    ["主要指标"],
    ["核心绩效指标"],
    ["具体绩效指标"],
    ["绩效指标及指标值"],
    ["绩效指标值"],
    ["年度绩效指标值"],
  ])("%s over packed cells: every project read, with its unit and goal", (header) => {
    const r = packed("绩效目标", header);
    expect(r.tables[0].layout).toBe("packed");
    expect(r.projects.map((p) => [p.project, p.budgetUnit, p.district, p.goal])).toEqual([
      ["校舍维修改造", "长汀县教育局", "长汀县", "改善办学条件"],
      ["水土流失治理", "长汀县水利局", "长汀县", "治理水土流失"],
    ]);
    expect(r.indicators.map((i) => [i.name, i.value, i.unit])).toEqual([
      ["维修面积", 18000, "平方米"],
      ["师生满意度", 90, "%"],
      ["治理面积", 3.5, "平方公里"],
      ["群众满意度", 90, "%"],
    ]);
  });

  it("主要绩效目标 is the goal's column", () => {
    const r = packed("主要绩效目标", "绩效指标");
    expect(r.projects.map((p) => p.goal)).toEqual(["改善办学条件", "治理水土流失"]);
    expect(r.indicators).toHaveLength(4);
  });

  it.each([["主要指标"], ["具体绩效指标"], ["主要绩效指标"]])(
    "%s beside 一级指标 | 二级指标 | 指标值 names each indicator of a rows table",
    (header) => {
      const r = parseGrid(
        grid([
          ["项目名称", "一级指标", "二级指标", header, "指标值"],
          ["校舍维修改造", "产出指标", "数量指标", "维修面积", "≥1.8万平方米"],
          ["", "满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"],
        ]),
      );
      expect(r.tables[0].layout).toBe("rows");
      expect(r.indicators.map((i) => [i.name, i.comparator, i.value])).toEqual([
        ["维修面积", ">=", 18000],
        ["师生满意度", ">=", 90],
      ]);
    },
  );

  it("绩效指标值 beside 三级指标 stays the target's column of a rows table", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "一级指标", "二级指标", "三级指标", "年度绩效指标值"],
        ["校舍维修改造", "产出指标", "数量指标", "维修面积", "≥1.8万平方米"],
      ]),
    );
    expect(r.tables[0].layout).toBe("rows");
    expect(r.indicators.map((i) => [i.name, i.value, i.cell])).toEqual([["维修面积", 18000, "E2"]]);
  });
});
