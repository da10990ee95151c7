/**
 * Round 86 (documents and districts): free text whose projects are headed 项目一：X or 项目1：X with no
 * 项目名称 label, the short labels 产出：, 效益：, 满意度： opening its lines of indicators, 项目主管部门：X as
 * the department, and the title's place as the district of a document's projects that name none.
 */
import { parseGrid } from "../../src/core/parse";
import { districtOf } from "../../src/core/table/district";
import { grid } from "../support/grid";

/** A document pasted a line per row down column A. */
const doc = (lines: string[]) => parseGrid(grid(lines.map((l) => [l])));

describe("a document numbering its projects 项目一：X / 项目1：X", () => {
  it("starts a project at each heading, named by it, with its own 主管部门; no heading is an indicator", () => {
    const r = doc([
      "天津市蓟州区2024年区级涉农资金项目绩效目标",
      "",
      "项目1：蓟州区2024年农村饮水提质增效工程（下营镇、罗庄子镇）",
      "主管部门：天津市蓟州区水务局",
      "预算金额：2360万元",
      "绩效指标：",
      "产出指标：改造村内供水管网86.4公里；满意度指标：受益群众满意度≥90%",
      "",
      "项目2：城乡居民最低生活保障资金",
      "主管部门：天津市蓟州区民政局",
      "绩效指标：",
      "产出指标：城乡低保对象人数2.1万人；满意度指标：低保对象满意度≥90%。",
    ]);
    expect(r.projects.map((p) => [p.row, p.project, p.department])).toEqual([
      [3, "蓟州区2024年农村饮水提质增效工程（下营镇、罗庄子镇）", "天津市蓟州区水务局"],
      [9, "城乡居民最低生活保障资金", "天津市蓟州区民政局"],
    ]);
    expect(r.indicators.map((i) => i.name)).toEqual([
      "改造村内供水管网",
      "受益群众满意度",
      "城乡低保对象人数",
      "低保对象满意度",
    ]);
  });

  it("reads 项目一：, 项目二： in Chinese numerals alike", () => {
    const r = doc([
      "某县2024年项目绩效目标",
      "",
      "项目一：草原生态保护补助奖励",
      "主管部门：某县农牧局",
      "项目资金：100万元",
      "绩效指标：",
      "产出指标：禁牧面积12万亩；满意度指标：牧户满意度≥90%",
      "",
      "项目二：生态管护员补助",
      "主管部门：某县林草局",
      "项目资金：50万元",
      "绩效指标：",
      "产出指标：聘用管护员138名；满意度指标：管护员满意度≥90%",
    ]);
    expect(r.projects.map((p) => [p.project, p.department])).toEqual([
      ["草原生态保护补助奖励", "某县农牧局"],
      ["生态管护员补助", "某县林草局"],
    ]);
    expect(r.indicators.map((i) => i.name)).not.toContain("项目二");
    expect(r.indicators).toHaveLength(4);
  });

  it("leaves 项目1：… an indicator where no project's lines follow it", () => {
    const r = doc([
      "项目名称：农村公路养护",
      "主管部门：某县交通运输局",
      "绩效指标：",
      "产出指标：项目1：养护里程≥120公里；项目2：完工率100%",
    ]);
    expect(r.projects.map((p) => p.project)).toEqual(["农村公路养护"]);
    expect(r.indicators.length).toBeGreaterThan(0);
  });
});

describe("the short labels 产出：, 效益：, 满意度： in a document's lines", () => {
  const lines = [
    "项目名称：生态护林员补助",
    "主管部门：某县林业局",
    "绩效指标：",
    "产出：聘用生态护林员1310人，巡护责任区覆盖率100%；",
    "效益：森林火灾受害率控制在1‰以内；",
    "满意度：护林员满意度≥90%。",
  ];

  it("reads them as the categories 产出指标： names, the only project", () => {
    const r = doc(["某县2024年项目绩效目标", "", ...lines]);
    expect(r.projects.map((p) => [p.project, p.department])).toEqual([["生态护林员补助", "某县林业局"]]);
    expect(r.indicators.map((i) => [i.level1, i.name, i.comparator, i.value])).toEqual([
      ["产出指标", "聘用生态护林员", "=", 1310],
      ["产出指标", "巡护责任区覆盖率", "=", 100],
      ["效益指标", "森林火灾受害率", "<=", 1],
      ["满意度指标", "护林员满意度", ">=", 90],
    ]);
  });

  it("keeps the project after another one", () => {
    const r = doc([
      "项目名称：城乡低保",
      "主管部门：某县民政局",
      "绩效指标：",
      "产出指标：低保对象3860人；满意度指标：低保对象满意度≥90%",
      "",
      ...lines,
    ]);
    expect(r.projects.map((p) => p.project)).toEqual(["城乡低保", "生态护林员补助"]);
    expect(r.indicators.filter((i) => i.project === "生态护林员补助")).toHaveLength(4);
  });
});

describe("a document's context lines", () => {
  it("reads 项目主管部门：X as the department, as 项目实施单位：Y is the unit", () => {
    const r = doc([
      "某县2024年项目绩效目标",
      "",
      "项目名称：驻村工作队工作经费",
      "项目主管部门：某县委组织部",
      "项目实施单位：某县乡村振兴局",
      "绩效指标：",
      "产出指标：选派驻村工作队员276名",
    ]);
    expect(r.projects.map((p) => [p.department, p.budgetUnit])).toEqual([["某县委组织部", "某县乡村振兴局"]]);
  });

  it("reads both on one line: 项目主管部门：X；实施单位：Y", () => {
    const r = doc([
      "（一）项目名称：抵边村寨巩固提升项目",
      "项目主管部门：沧源佤族自治县民族宗教事务局；实施单位：勐董镇人民政府",
      "绩效指标：",
      "产出指标：改造提升抵边自然村12个",
    ]);
    expect(r.projects.map((p) => [p.department, p.budgetUnit])).toEqual([
      ["沧源佤族自治县民族宗教事务局", "勐董镇人民政府"],
    ]);
  });

  it("takes the title's place as the district of a project that names none", () => {
    const r = doc([
      "沧源佤族自治县2024年县本级项目绩效目标公开",
      "",
      "（一）项目名称：2024年驻村工作队工作经费",
      "主管部门：县委组织部",
      "绩效指标：",
      "产出指标：选派驻村工作队员276名",
      "",
      "（二）项目名称：农村饮水安全维修养护",
      "主管部门：勐省镇人民政府",
      "绩效指标：",
      "产出指标：维修养护农村供水工程≥120处",
    ]);
    expect(r.projects.map((p) => p.district)).toEqual(["沧源佤族自治县", "沧源佤族自治县"]);
  });
});

describe("districts named at a unit's start", () => {
  /** A packed table of one row per unit under a title. */
  const units = (title: string, names: string[]) =>
    parseGrid(
      grid([
        [title, null, null, null],
        ["项目名称", "预算单位", "绩效目标", "绩效指标"],
        ...names.map((n) => ["草原奖补", n, "目标", "数量指标：禁牧面积1280万亩"]),
      ]),
    );

  it("reads the long 沁 banners (东乌珠穆沁旗, 阿鲁科尔沁旗) as 苏尼特左旗 is read", () => {
    const r = units("某盟2024年项目表", [
      "东乌珠穆沁旗林业和草原局",
      "阿鲁科尔沁旗林业和草原局",
      "苏尼特左旗林业和草原局",
      "西乌珠穆沁旗萨麦苏木人民政府",
      "喀喇沁旗农牧局",
    ]);
    expect(r.projects.map((p) => p.district)).toEqual([
      "东乌珠穆沁旗",
      "阿鲁科尔沁旗",
      "苏尼特左旗",
      "西乌珠穆沁旗",
      "喀喇沁旗",
    ]);
  });

  it("reads a 兵团 师's city (第十四师昆玉市) as the district, a 县级市", () => {
    expect(districtOf("新疆生产建设兵团第八师石河子市财政局")).toBe("石河子市");
    expect(districtOf("第一师范学院市场部")).toBeNull();
    const r = units("第十四师昆玉市2024年部门预算项目支出绩效目标表", ["昆玉市民政局"]);
    expect(r.projects.map((p) => p.district)).toEqual(["昆玉市"]);
  });
});
