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
      expect(projects(r)).toEqual([["", "湘乡市自然资源局", "湘乡市自然资源局"]]);
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
    expect(projects(form("主管部门"))).toEqual([["", "湘乡市自然资源局", ""]]);
    expect(projects(form("单位名称"))).toEqual([["", "", "湘乡市自然资源局"]]);
    expect(projects(form("主管部门（单位）名称"))).toEqual([["", "湘乡市自然资源局", ""]]);
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
