/**
 * Round 82 (documents and forms): a document pasted a line per row that names its projects by numbered
 * headings (一、某项目 / 主管部门：… / 绩效指标：…, with no 项目名称： label), and a 部门整体 form's
 * 部门（单位）名称 line, which names the unit as well as the department.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

/** Each project's name, department and unit. */
const projects = (r: ReturnType<typeof parseGrid>) =>
  r.projects.map((p) => [p.project, p.department, p.budgetUnit]);

describe("a 部门整体 form's 部门（单位）名称 line", () => {
  const form = (label: string, value = "湘乡市自然资源局") =>
    parseGrid(
      grid([
        ["2026年度部门整体支出绩效目标表", null, null, null],
        [label, value, null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "规划编制数", "19个"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
      ]),
    );

  for (const label of ["部门（单位）名称", "部门（单位）", "部门(单位)名称", "部门 （单位） 名称"])
    it(`reads ${label} | 某局 as the department and the unit`, () => {
      const r = form(label);
      // (A 部门整体 table names no project: it is named by its department — round 158.)
      expect(projects(r)).toEqual([["湘乡市自然资源局", "湘乡市自然资源局", "湘乡市自然资源局"]]);
      expect(r.indicators.map((i) => [i.department, i.budgetUnit])).toEqual([
        ["湘乡市自然资源局", "湘乡市自然资源局"],
        ["湘乡市自然资源局", "湘乡市自然资源局"],
      ]);
    });

  it("reads 部门（单位）名称：某局 in one cell, and over its value in the row below", () => {
    const inCell = parseGrid(
      grid([
        ["部门（单位）名称：湘乡市自然资源局"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "规划编制数", "19个"],
      ]),
    );
    expect(projects(inCell)).toEqual([["", "湘乡市自然资源局", "湘乡市自然资源局"]]);
    const under = parseGrid(
      grid([
        ["部门（单位）名称", "项目名称"],
        ["湘乡市自然资源局", "国土空间规划编制"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "规划编制数", "19个"],
      ]),
    );
    expect(projects(under)).toEqual([["国土空间规划编制", "湘乡市自然资源局", "湘乡市自然资源局"]]);
  });

  it("reads it on a document's line too (部门（单位）：某局 over 绩效指标：…)", () => {
    const r = parseGrid(
      grid([
        ["项目名称：国土空间规划编制"],
        ["部门（单位）：湘乡市自然资源局"],
        ["绩效指标：数量指标:规划编制数19个;"],
      ]),
    );
    expect(projects(r)).toEqual([["国土空间规划编制", "湘乡市自然资源局", "湘乡市自然资源局"]]);
  });

  it("leaves 主管部门 the department only, and 单位名称 the unit only", () => {
    expect(projects(form("主管部门"))).toEqual([["湘乡市自然资源局", "湘乡市自然资源局", ""]]);
    expect(projects(form("单位名称"))).toEqual([["湘乡市自然资源局", "", "湘乡市自然资源局"]]);
    expect(projects(form("主管部门（单位）名称"))).toEqual([["湘乡市自然资源局", "湘乡市自然资源局", ""]]);
  });

  it("lets a unit's own line name a unit of its own", () => {
    const r = parseGrid(
      grid([
        ["部门（单位）名称", "湘乡市自然资源局"],
        ["预算单位", "湘乡市不动产登记中心"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "登记办件量", "≥5000件"],
      ]),
    );
    expect(projects(r)).toEqual([["", "湘乡市自然资源局", "湘乡市不动产登记中心"]]);
  });
});

describe("a document naming its projects by numbered headings (一、某项目, with no 项目名称：)", () => {
  /** Each record's project, department and indicator name. */
  const records = (r: ReturnType<typeof parseGrid>) =>
    r.indicators.map((i) => [i.project, i.department, i.name]);
  const doc = (lines: string[]) => parseGrid(grid(lines.map((l) => [l])));

  const jianyang = [
    "南平市建阳区2024年重点项目绩效目标",
    "一、建阳区建盏文化产业推广项目",
    "主管部门：建阳区文化体育和旅游局",
    "绩效指标：数量指标:举办建盏文化展会≥3场;质量指标:展会安全事故0起;满意度指标:参展企业满意度≥90%",
    "二、建阳区城乡供水一体化运行维护",
    "主管部门：建阳区水利局",
    "绩效指标：数量指标:维护供水管网≥320公里;满意度指标:用水户满意度≥90%",
    "三、建阳区森林资源管护",
    "主管部门：建阳区林业局",
    "绩效指标：数量指标:聘用生态护林员236名;效益指标:森林覆盖率≥77%",
  ];
  const expected = [
    ["建阳区建盏文化产业推广项目", "建阳区文化体育和旅游局", "举办建盏文化展会"],
    ["建阳区建盏文化产业推广项目", "建阳区文化体育和旅游局", "展会安全事故"],
    ["建阳区建盏文化产业推广项目", "建阳区文化体育和旅游局", "参展企业满意度"],
    ["建阳区城乡供水一体化运行维护", "建阳区水利局", "维护供水管网"],
    ["建阳区城乡供水一体化运行维护", "建阳区水利局", "用水户满意度"],
    ["建阳区森林资源管护", "建阳区林业局", "聘用生态护林员"],
    ["建阳区森林资源管护", "建阳区林业局", "森林覆盖率"],
  ];

  it("starts a project at each heading, with its own 主管部门, and reads no heading or 主管部门 line as a record", () => {
    const r = doc(jianyang);
    expect(projects(r)).toEqual([
      ["建阳区建盏文化产业推广项目", "建阳区文化体育和旅游局", ""],
      ["建阳区城乡供水一体化运行维护", "建阳区水利局", ""],
      ["建阳区森林资源管护", "建阳区林业局", ""],
    ]);
    expect(records(r)).toEqual(expected);
    expect(r.projects.map((p) => [p.row, p.projectCell])).toEqual([
      [2, "A2"],
      [5, "A5"],
      [8, "A8"],
    ]);
  });

  it("reads （一）-numbered headings alike", () => {
    const r = doc(jianyang.map((l) => l.replace(/^([一二三])、/, "（$1）")));
    expect(records(r)).toEqual(expected);
  });

  it("names the projects without their 主管部门 lines too", () => {
    const r = doc(jianyang.filter((l) => !l.startsWith("主管部门")));
    expect(records(r)).toEqual(expected.map(([p, , n]) => [p, "", n]));
  });

  it("reads a heading over its goal, over 绩效指标： on a line of its own, or over its category headings", () => {
    const r = doc([
      "一、城区道路维护项目",
      "年度目标：完成城区道路维护。",
      "绩效指标：",
      "数量指标:维护道路≥30公里;",
      "二、农村公路养护",
      "（一）产出指标",
      "1.养护农村公路≥120公里",
    ]);
    expect(r.indicators.map((i) => [i.project, i.name])).toEqual([
      ["城区道路维护项目", "维护道路"],
      ["农村公路养护", "养护农村公路"],
    ]);
    expect(r.projects[0].goal).toBe("完成城区道路维护。");
  });

  it("keeps a 主管部门 above the first heading for every project whose lines name none", () => {
    const r = doc([
      "主管部门：某区水利局",
      "一、河道清淤工程",
      "绩效指标：数量指标:清淤河道≥12公里;",
      "二、水库除险加固工程",
      "实施单位：某区水库管理中心",
      "绩效指标：数量指标:加固水库≥3座;",
    ]);
    expect(projects(r)).toEqual([
      ["河道清淤工程", "某区水利局", ""],
      ["水库除险加固工程", "某区水利局", "某区水库管理中心"],
    ]);
  });

  it("passes over a heading grouping the projects (一、民生类项目 over （一）某项目)", () => {
    const r = doc([
      "一、民生类项目",
      "（一）困难残疾人两项补贴",
      "主管部门：某区残联",
      "绩效指标：数量指标:补贴发放人数2860人;",
      "（二）高龄老人津贴",
      "主管部门：某区民政局",
      "绩效指标：数量指标:发放高龄津贴人数≥9800人;",
      "二、城建类项目",
      "（一）背街小巷改造",
      "主管部门：某区住建局",
      "绩效指标：数量指标:改造背街小巷≥20条;",
    ]);
    expect(records(r)).toEqual([
      ["困难残疾人两项补贴", "某区残联", "补贴发放人数"],
      ["高龄老人津贴", "某区民政局", "发放高龄津贴人数"],
      ["背街小巷改造", "某区住建局", "改造背街小巷"],
    ]);
  });

  it("reads no 主管部门 line under a block's indicators as a record: naming another department, it starts the next block", () => {
    const r = doc([
      "项目名称：河道清淤工程",
      "主管部门：某区水利局",
      "绩效指标：数量指标:清淤河道≥12公里;",
      "主管部门：某区水利局",
      "主管部门：某区农业农村局",
      "绩效指标：数量指标:新建高标准农田≥1.2万亩;",
    ]);
    expect(records(r)).toEqual([
      ["河道清淤工程", "某区水利局", "清淤河道"],
      ["", "某区农业农村局", "新建高标准农田"],
    ]);
  });

  it("leaves sections, categories and indicators as they were", () => {
    // 一、项目基本情况 / 二、绩效目标 / 三、绩效指标: sections of one project's document.
    const sections = doc([
      "项目名称：农村饮水工程",
      "一、项目基本情况",
      "主管部门：某县水利局",
      "二、绩效目标",
      "年度目标：完成农村饮水工程建设。",
      "三、绩效指标",
      "数量指标：新建水厂2座;",
    ]);
    expect(records(sections)).toEqual([["农村饮水工程", "某县水利局", "新建水厂"]]);
    // Under a project named by 项目名称：, （一）工程建设 is a part of it, not a project of its own.
    const parts = doc([
      "项目名称：农村饮水工程",
      "（一）工程建设",
      "数量指标：新建水厂2座;",
      "（二）运行管护",
      "数量指标：管护管网≥300公里;",
    ]);
    expect(parts.projects.map((p) => p.project)).toEqual(["农村饮水工程"]);
    // （一）保障群众安全 in a block under 一、产出指标 is an indicator, even over （二）数量指标：….
    const items = doc(["一、产出指标", "（一）保障群众安全", "（二）数量指标：举办展会≥3场"]);
    expect(items.indicators.map((i) => [i.project, i.name])).toEqual([
      ["", "保障群众安全"],
      ["", "举办展会"],
    ]);
    // 一、产出指标 / （一）数量指标 headings over numbered indicators: one nameless project.
    const headings = doc([
      "一、产出指标",
      "（一）数量指标",
      "1.举办展会≥3场",
      "二、效益指标",
      "1.群众知晓率≥90%",
    ]);
    expect(headings.projects.map((p) => p.project)).toEqual([""]);
    expect(headings.indicators.map((i) => i.name)).toEqual(["举办展会", "群众知晓率"]);
  });
});
