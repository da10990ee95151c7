/**
 * An autonomous county written two ways in one comparison — 大通县 in a project's name, 大通回族土族自治县 in
 * its unit (round 71, 青海 and 海南 counties): one place, not two districts compared with each other.
 */
import { compareDistricts, noComparisonReason } from "../../../src/core/compare";
import type { CompareSource } from "../../../src/core/compare";
import { placeKey } from "../../../src/core/compare/districts";
import { parseGrid } from "../../../src/core/parse";
import { grid } from "../../support/grid";
import { project, record } from "./helpers";

describe("placeKey: an autonomous county or banner as its short form", () => {
  it.each([
    ["大通回族土族自治县", "大通县"],
    ["白沙黎族自治县", "白沙县"],
    ["积石山保安族东乡族撒拉族自治县", "积石山县"],
    ["双江拉祜族佤族布朗族傣族自治县", "双江县"],
    ["巴里坤哈萨克自治县", "巴里坤县"],
    ["长阳土家族自治县", "长阳县"],
    ["三都水族自治县", "三都县"],
    ["龙胜各族自治县", "龙胜县"],
    ["莫力达瓦达斡尔族自治旗", "莫力达瓦旗"],
    // The nationality is the place's name.
    ["东乡族自治县", "东乡县"],
    ["鄂伦春自治旗", "鄂伦春旗"],
  ])("%s → %s", (name, key) => {
    expect(placeKey(name)).toBe(key);
  });

  it.each([["大通县"], ["大通区"], ["海珠区"], ["建德市"], ["土默特左旗"]])("%s stays as written", (name) => {
    expect(placeKey(name)).toBe(name);
  });
});

const PROGRAM = "学前教育幼儿资助";

function file(label: string, district: string, budgetUnit: string, children: number): CompareSource {
  const p = project({ id: 0, row: 2, project: PROGRAM, budgetUnit, district });
  const r = record({
    row: 2,
    project: PROGRAM,
    projectId: 0,
    name: "资助幼儿人数",
    comparator: "=",
    value: children,
    unit: "人",
    target: `${children}人`,
  });
  return { label, projects: [p], indicators: [r] };
}

describe("one county under its short and its full name", () => {
  it("is one entry of a program, not two districts compared with each other", () => {
    const r = compareDistricts([
      file("大通-1.xlsx", "大通县", "大通县教育局", 3560),
      file("大通-2.xlsx", "大通回族土族自治县", "大通回族土族自治县教育局", 3560),
      file("湟中.xlsx", "湟中区", "湟中区教育局", 4200),
    ]);
    expect(r.programs).toHaveLength(1);
    expect(r.programs[0].districts).toEqual(["大通回族土族自治县", "湟中区"]);
    expect(r.places).toEqual(["大通回族土族自治县", "湟中区"]);
  });

  it("is one place in a county's own table, so no comparison of two districts is offered", () => {
    const item = "1.资助幼儿人数：3560人";
    const parsed = parseGrid(
      grid([
        ["大通县2024年项目支出绩效目标表"],
        ["项目名称", "主管部门", "预算单位", "资金（万元）", "绩效目标", "绩效指标"],
        [
          "大通县学前教育幼儿资助",
          "大通回族土族自治县教育局",
          "大通回族土族自治县教育局",
          "356",
          "资助",
          item,
        ],
        [
          "耕地地力保护补贴",
          "大通回族土族自治县农牧和科技局",
          "大通回族土族自治县农牧和科技局",
          "900",
          "补贴",
          item,
        ],
        [
          "大通县2024年农村牧区供水保障工程维修养护",
          "大通回族土族自治县水利局",
          "大通回族土族自治县水利局",
          "200",
          "供水",
          item,
        ],
      ]),
    );
    // The short form the project names give (大通县…) reads as the full name the table's units write.
    expect(parsed.projects.map((p) => p.district)).toEqual([
      "大通回族土族自治县",
      "大通回族土族自治县",
      "大通回族土族自治县",
    ]);
    const r = compareDistricts([
      { label: "大通.xlsx", projects: parsed.projects, indicators: parsed.indicators },
    ]);
    expect(r.places).toEqual(["大通回族土族自治县"]);
    expect(noComparisonReason(r)?.zh).toContain("只识别出 1 个区县（大通回族土族自治县）");
  });
});
