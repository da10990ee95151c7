/**
 * Round 67's rows tables and forms (莆田秀屿, 井研, 深圳龙华, 青岛): a unit in brackets closing a 三级
 * name, a blank 填报单位（盖章）： footer, category headings in the name column, codes before a unit's name.
 */
import type { CellValue } from "../../src/core/grid";
import { parseGrid } from "../../src/core/parse";
import { contextRow } from "../../src/core/table/formLines";
import { grid } from "../support/grid";

const read = (rows: CellValue[][]) => parseGrid(grid(rows));
describe("a unit in brackets closing a rows table's name", () => {
  const rows: CellValue[][] = [
    ["项目名称", "农村供水保障"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "实施供水设施维修改造工程(个)", "≥3"],
    ["", "", "受益农村人口（人）", 6000],
    ["", "", "管网长度（万米）", 1.5],
    ["", "质量指标", "验收合格率（单位：%）", "≥95"],
    ["", "", "验收合格率(%)", 100],
    ["", "成本指标", "省级财政专项资金投入成本控制率(%)", "≤100%"],
  ];
  const r = read(rows);

  it("leaves the name and gives the unit: 实施供水设施维修改造工程(个) | ≥3 is ≥ 3 个", () => {
    expect(r.indicators.map((i) => [i.name, i.comparator, i.value, i.unit])).toEqual([
      ["实施供水设施维修改造工程", ">=", 3, "个"],
      ["受益农村人口", "=", 6000, "人"],
      ["管网长度", "=", 15000, "米"],
      ["验收合格率", ">=", 95, "%"],
      ["验收合格率", "=", 100, "%"],
      ["省级财政专项资金投入成本控制率", "<=", 100, "%"],
    ]);
  });

  it("keeps the raw text whole", () => {
    expect(r.indicators[0].text).toContain("实施供水设施维修改造工程(个)");
  });

  it("reads the same in a column per place (笏石街道办 | 埭头镇)", () => {
    const places = read([
      ["一级指标", "二级指标", "三级指标", "指标方向", "笏石街道办", "埭头镇"],
      ["产出指标", "数量指标", "开展修复工程(个)", "≥3", 1, 2],
      ["", "质量指标", "验收合格率（单位：%）", "≥95%", 95, 96],
    ]);
    expect(places.indicators.map((i) => [i.name, i.value, i.unit])).toEqual([
      ["开展修复工程", 1, "个"],
      ["开展修复工程", 2, "个"],
      ["验收合格率", 95, "%"],
      ["验收合格率", 96, "%"],
    ]);
  });

  it("keeps a bracket that names the counted thing another way: 服务乡镇（街道） | 18个, 覆盖村（社区）", () => {
    const other = read([
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "服务乡镇（街道）", "18个"],
      ["", "", "覆盖村（社区）", "3个村（社区）"],
      ["", "", "受益人数（含线上）", "500人"],
    ]);
    expect(other.indicators.map((i) => i.name)).toEqual([
      "服务乡镇（街道）",
      "覆盖村（社区）",
      "受益人数（含线上）",
    ]);
  });
});
describe("category headings in the name column with no target", () => {
  it("carries （一）数量指标 down as the 二级 of the rows under it, as 一级/二级 columns would (指标名称 | 指标值)", () => {
    const r = read([
      ["项目名称：辖区困难群众临时救助"],
      ["指标名称", "指标值"],
      ["一、产出指标"],
      ["（一）数量指标"],
      ["1.临时救助人次", "≥180人次"],
      ["（二）质量指标"],
      ["1.救助对象认定准确率", "100%"],
      ["二、满意度指标"],
      ["1.救助对象满意度", "≥95%"],
    ]);
    expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.kind])).toEqual([
      ["产出指标", "数量指标", "临时救助人次", "quantitative"],
      ["产出指标", "质量指标", "救助对象认定准确率", "quantitative"],
      ["满意度指标", "服务对象满意度指标", "救助对象满意度", "quantitative"],
    ]);
  });

  it("reads (二)时效指标 in a 三级 column beside blank category columns as a heading too", () => {
    const r = read([
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "培训人数", "500人次"],
      ["", "", "(二)时效指标", ""],
      ["", "", "完成时间", "2025年12月底前"],
    ]);
    expect(r.indicators.map((i) => [i.level2, i.name])).toEqual([
      ["数量指标", "培训人数"],
      ["时效指标", "完成时间"],
    ]);
  });
});
describe("a blank 填报单位（盖章）： footer", () => {
  // (主管部门 names no unit; 部门（单位）名称 would name the unit itself, round 82.)
  const table = (footer: CellValue[]): CellValue[][] => [
    ["主管部门", "深圳市龙华区城市管理和综合执法局"],
    ["年度总体目标", "保持城市环境整洁。"],
    ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
    ["", "产出指标", "数量指标", "机械化清扫面积", "≥1850万平方米"],
    ["", "满意度指标", "服务对象满意度指标", "市民满意度", "≥85%"],
    footer,
  ];
  const units = (footer: CellValue[]) => read(table(footer)).projects.map((p) => p.budgetUnit);

  it("names no unit from the next label or the date", () => {
    expect(units(["填报单位（盖章）：", "", "", "联系人及电话：", "", "2025年1月"])).toEqual([""]);
    expect(units(["填报单位（盖章）：", "", "", "联系人：", "", "2025年1月"])).toEqual([""]);
    expect(units(["填报单位（盖章）：", "", "", "", "", "2025年1月"])).toEqual([""]);
    expect(units(["填报单位（盖章）：", "", "", "联系人及电话："])).toEqual([""]);
  });

  it("still names the unit written after the label", () => {
    expect(units(["填报单位（盖章）：龙华区城管局", "", "", "联系人及电话：", "", "2025年1月"])).toEqual([
      "龙华区城管局",
    ]);
  });

  it("names none under a project form either", () => {
    const r = read([
      ["转移支付（项目）名称", "城乡义务教育补助经费"],
      ["地方主管部门", "宁波市教育局"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
      ["", "产出指标", "数量指标", "享受免教科书学生人数", "≥38万人"],
      ["填报单位（盖章）：", "", "", "联系人及电话："],
    ]);
    expect(r.projects.map((p) => [p.project, p.budgetUnit, p.department])).toEqual([
      ["城乡义务教育补助经费", "", "宁波市教育局"],
    ]);
  });
});

describe("a form's label with a label or a date beside it", () => {
  it("gives no unit: 填报单位（盖章）： | 联系人及电话： | 2025年1月", () => {
    const units = (row: string[]) => (contextRow(row) ?? []).filter((p) => p.role === "budgetUnit");
    expect(units(["填报单位（盖章）：", "", "", "联系人及电话：", "", "2025年1月"])).toEqual([]);
    expect(units(["填报单位（盖章）：", "", "", "", "", "2025年1月"])).toEqual([]);
    expect(units(["填报单位（盖章）：", "龙华区城管局"]).map((p) => p.value)).toEqual(["龙华区城管局"]);
  });
});
describe("codes before a unit's name", () => {
  it("leave the unit and the department (831001-井研县千佛镇人民政府 under 831-千佛镇部门)", () => {
    const r = read([
      ["单位名称", "项目名称", "预算数", "一级指标", "二级指标", "三级指标", "指标值"],
      ["831-千佛镇部门", "", 6215480.6],
      ["831001-井研县千佛镇人民政府", "", 3000000],
      [
        "831001-井研县千佛镇人民政府",
        "村组干部报酬",
        3000000,
        "产出指标",
        "数量指标",
        "村组干部人数",
        "186人",
      ],
      [
        "831002-井研县千佛镇农业综合服务中心",
        "高标准农田管护",
        500000,
        "产出指标",
        "数量指标",
        "管护面积",
        "1.2万亩",
      ],
    ]);
    expect(r.projects.map((p) => [p.project, p.budgetUnit, p.department, p.district])).toEqual([
      ["村组干部报酬", "井研县千佛镇人民政府", "千佛镇部门", "井研县"],
      ["高标准农田管护", "井研县千佛镇农业综合服务中心", "千佛镇部门", "井研县"],
    ]);
    expect(r.indicators.map((i) => [i.budgetUnit, i.department])).toEqual([
      ["井研县千佛镇人民政府", "千佛镇部门"],
      ["井研县千佛镇农业综合服务中心", "千佛镇部门"],
    ]);
  });

  it("keeps a name that is no code and a name: 2024 年度…, 12345热线服务中心", () => {
    const r = read([
      ["项目名称", "实施单位", "三级指标", "指标值"],
      ["热线运行", "12345热线服务中心", "接通率", "≥95%"],
    ]);
    expect(r.projects[0].budgetUnit).toBe("12345热线服务中心");
  });
});

describe("a 批复表's approving unit and date under the table", () => {
  it("is a footer, not an indicator dated 2025年2月", () => {
    const r = parseGrid({
      sheet: "S",
      top: 1,
      left: 1,
      values: [
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人数", "≥500人次"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
        [null, null, null, null],
        ["批复单位：某区财政局", null, null, "2025年2月"],
      ],
    });
    expect(r.indicators.map((i) => [i.cell, i.name])).toEqual([
      ["D2", "培训人数"],
      ["D3", "群众满意度"],
    ]);
  });
});

describe("满意度指标 among labels of 二级 in one cell", () => {
  it("is the 二级 服务对象满意度指标, as record.md maps it; under 1、2、 numbering it stays a 一级", () => {
    const r = parseGrid({
      sheet: "S",
      top: 1,
      left: 1,
      values: [
        ["项目名称", "绩效指标"],
        [
          "道路",
          "数量指标:硬化道路4.2公里;社会效益指标:群众出行条件持续改善;满意度指标:沿线群众满意度≥90%。",
        ],
        ["培训", "1、产出指标：培训500人次。2、满意度指标：满意度≥90%"],
      ],
    });
    expect(r.indicators.map((i) => [i.cell, i.level1, i.level2])).toEqual([
      ["B2", "产出指标", "数量指标"],
      ["B2", "效益指标", "社会效益指标"],
      ["B2", "满意度指标", "服务对象满意度指标"],
      ["B3", "产出指标", null],
      ["B3", "满意度指标", null],
    ]);
  });
});
