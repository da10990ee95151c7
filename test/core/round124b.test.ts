/**
 * Round 124 (b): goals numbered 目标N：, a unit column closing with its bound (天内), a period into the next
 * year (10月15日至次年4月15日), districts whose names hold 市 (沙市区), and documents' project headings.
 */
import { parseGrid } from "../../src/core/parse";
import { districtOf } from "../../src/core/table/district";
import { grid } from "../support/grid";

describe("goals numbered 目标N： in a packed cell", () => {
  it("strips the numbering as 指标N: is, and a satisfaction goal infers its 二级", () => {
    const r = parseGrid(
      grid([
        ["单位名称", "项目名称", "绩效目标"],
        [
          "某某镇人民政府",
          "产业补助",
          "目标1：发展烤烟种植1200亩。\n目标2：建设蔬菜基地1个。\n目标3：受益农户满意度达90%以上。",
        ],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.seq, i.comparator, i.value, i.unit, i.level2Inferred])).toEqual(
      [
        ["发展烤烟种植", 1, "=", 1200, "亩", "数量指标"],
        ["建设蔬菜基地", 2, "=", 1, "个", "数量指标"],
        ["受益农户满意度", 3, ">=", 90, "%", "服务对象满意度指标"],
      ],
    );
  });

  it("keeps 目标 inside a name, and 目标 with no colon after its number", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        ["测试项目", "完成年度目标1200亩；目标1个"],
      ]),
    );
    expect(r.indicators.map((i) => i.name)).not.toContain("发展烤烟种植");
    expect(r.indicators[0].name).toContain("年度目标");
  });
});

describe("a unit column closing with its bound (30 | 天内)", () => {
  it("reads the bound as the comparator and the unit without it, as 30天内 in one cell", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "秸秆利用", null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
        ["产出指标", "时效指标", "秋收后离田时限", "30", "天内"],
        [null, "质量指标", "验收合格率", "95", "%以上"],
        [null, "成本指标", "亩均补助", "60", "元以内"],
        [null, "数量指标", "购置打捆机", "3", "台"],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.comparator, i.value, i.unit])).toEqual([
      ["秋收后离田时限", "<=", 30, "天"],
      ["验收合格率", ">=", 95, "%"],
      ["亩均补助", "<=", 60, "元"],
      ["购置打捆机", "=", 3, "台"],
    ]);
  });
});

describe("a period into the next year (10月15日至次年4月15日)", () => {
  it("dates the end of the period, in the year after the table's", () => {
    const r = parseGrid(
      grid([
        ["乌海市海勃湾区部门项目支出绩效目标表（2024年度）", null, null, null],
        ["项目名称", "供暖补贴", null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "时效指标", "供暖期", "10月15日至次年4月15日"],
        [null, "时效指标", "完成时间", "次年3月底前"],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.kind, i.date])).toEqual([
      ["供暖期", "date", "2025-04-15"],
      ["完成时间", "date", "2025-03-31"],
    ]);
  });
});

describe("districts whose own names hold 市 (沙市区, 西市区)", () => {
  it("are read from units and departments, after their city or alone", () => {
    expect(districtOf("", "沙市区岑河镇人民政府", "荆州市沙市区水利和湖泊局")).toBe("沙市区");
    expect(districtOf("", "", "荆州市沙市区水利和湖泊局")).toBe("沙市区");
    expect(districtOf("", "营口市西市区财政局")).toBe("西市区");
    expect(districtOf("", "乌鲁木齐市新市区教育局")).toBe("新市区");
    expect(districtOf("（沙市区）")).toBe("沙市区");
  });

  it("leaves a city's words with 市 inside alone", () => {
    expect(districtOf("全市区道路改造")).toBeNull();
    expect(districtOf("新市区建设")).toBeNull();
    expect(districtOf("", "赣州市城区公交公司")).toBeNull();
  });

  it("gives the projects of a 沙市区 form their district", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "供水管网改造", "主管部门", "沙市区水利和湖泊局"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "更换入户水表", "1860块"],
      ]),
    );
    expect(r.projects.map((p) => p.district)).toEqual(["沙市区"]);
  });
});

/** A document pasted a line per row down one column. */
const doc = (lines: string[]) => parseGrid(grid(lines.map((t) => [t])));

describe("a document's project headings with their unit in a bracket of fields", () => {
  it("names each project from its numbered heading, the unit from the bracket (一、…（实施单位：…；金额：…）)", () => {
    const r = doc([
      "乐山市市中区2024年项目支出绩效目标",
      "一、苏稽镇“跷脚牛肉”品牌推广项目（实施单位：乐山市市中区苏稽镇人民政府；金额：35万元）",
      "产出指标。数量指标:举办美食节活动≥2场;质量指标:活动安全事故发生次数0次。",
      "满意度指标。服务对象满意度指标:商户满意度≥90%。",
      "二、通江街道社区养老服务站运营补助（实施单位：乐山市市中区通江街道办事处；金额：24万元）",
      "设 1条数量指标:服务老年人≥300人。",
      "设 1条满意度指标:老年人满意度≥92%。",
    ]);
    expect(r.projects.map((p) => [p.project, p.budgetUnit, p.district])).toEqual([
      ["苏稽镇“跷脚牛肉”品牌推广项目", "乐山市市中区苏稽镇人民政府", "市中区"],
      ["通江街道社区养老服务站运营补助", "乐山市市中区通江街道办事处", "市中区"],
    ]);
    expect(r.indicators.map((i) => i.projectId)).toEqual([0, 0, 0, 1, 1]);
  });

  it("strips the bracket from a 项目1： heading's name (项目1：…（单位：…）), and reads 主管部门 as the department", () => {
    const r = doc([
      "常德市鼎城区2024年部门整体及项目绩效目标",
      "项目1：石公桥镇稻虾综合种养示范（单位：常德市鼎城区石公桥镇人民政府）",
      "年度目标：发展稻虾综合种养面积2000亩，带动农户增收。",
      "数量指标:稻虾综合种养面积≥2000亩;示范基地2个。满意度指标:种养户满意度≥90%。",
      "项目2：蒿子港镇农村安全饮水巩固提升（主管部门：常德市鼎城区水利局；资金：80万元）",
      "数量指标:改造供水管网≥18公里。满意度指标:群众满意度≥90%。",
    ]);
    expect(r.projects.map((p) => [p.project, p.budgetUnit, p.department, p.district])).toEqual([
      ["石公桥镇稻虾综合种养示范", "常德市鼎城区石公桥镇人民政府", "", "鼎城区"],
      ["蒿子港镇农村安全饮水巩固提升", "", "常德市鼎城区水利局", "鼎城区"],
    ]);
  });

  it("keeps a bracket that is the name's own (一期, 含…) in the name", () => {
    const r = doc([
      "一、城区污水管网改造（一期）",
      "数量指标:改造管网≥5公里。",
      "二、农村公路养护（含桥梁）",
      "数量指标:养护里程≥100公里。",
    ]);
    expect(r.projects.map((p) => p.project)).toEqual(["城区污水管网改造（一期）", "农村公路养护（含桥梁）"]);
  });
});

describe("a document's goal paragraph under its heading (绩效目标 over 一是…二是…)", () => {
  it("is the project's goal where the indicators follow under their categories", () => {
    const r = doc([
      "项目名称：某镇高标准农田建设项目",
      "绩效目标",
      "一是建成高标准农田1.5万亩；二是2024年11月底前完工。",
      "产出指标",
      "数量：高标准农田建设面积15000亩。",
      "时效：项目完成时间2024年11月。",
    ]);
    expect(r.indicators.map((i) => i.name)).toEqual(["高标准农田建设面积", "项目完成时间"]);
    expect(r.projects.map((p) => [p.project, p.goal, p.goalCell])).toEqual([
      ["某镇高标准农田建设项目", "一是建成高标准农田1.5万亩；二是2024年11月底前完工。", "A3"],
    ]);
  });

  it("is the goal under 二、年度绩效目标 over 产出指标：… lines too", () => {
    const r = doc([
      "项目名称：某镇农村公路养护",
      "二、年度绩效目标",
      "养护农村公路120公里，优良路率达到80%以上。",
      "产出指标：养护农村公路120公里；",
      "效益指标：优良路率≥80%。",
    ]);
    expect(r.indicators.map((i) => i.name)).toEqual(["养护农村公路", "优良路率"]);
    expect(r.projects[0].goal).toBe("养护农村公路120公里，优良路率达到80%以上。");
  });

  it("keeps reading the paragraph as indicators where nothing else writes them", () => {
    const r = doc([
      "项目名称：某镇高标准农田建设项目",
      "绩效目标",
      "一是建成高标准农田1.5万亩；二是群众满意度达到90%以上。",
    ]);
    expect(r.indicators.map((i) => [i.name, i.value])).toEqual([
      ["建成高标准农田", 15000],
      ["群众满意度", 90],
    ]);
  });
});
