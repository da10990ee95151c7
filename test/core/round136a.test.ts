/**
 * Round 136: a form whose names and targets share one column headed 三级指标及指标值, and the budget unit a
 * title names when it is a people's organisation, a 供销社, a 气象台 or a team.
 */
import { parseGrid } from "../../src/core/parse";
import { headerRole } from "../../src/core/table/headers";
import { titleLine } from "../../src/core/table/title";
import { namesOrganisation } from "../../src/core/table/rowKinds";
import { grid } from "../support/grid";

describe("一级指标 | 二级指标 | 三级指标及指标值: each cell a name and its target", () => {
  const r = parseGrid(
    grid([
      ["建平县2024年项目支出绩效目标申报表", null, null, null],
      ["项目名称", "建平县城区供热管网改造", null, null],
      ["主管部门", "建平县住房和城乡建设局", "实施单位", "建平县热力公司"],
      ["资金情况（万元）", "总额：860", "财政拨款：860", "其他：0"],
      ["年度目标", "改造老旧供热管网8.5公里，提高供热质量。", null, null],
      ["一级指标", "二级指标", "三级指标及指标值", null],
      ["产出指标", "数量指标", "改造一级管网：3.2公里", null],
      [null, null, "改造二级管网：5.3公里", null],
      [null, null, "新建换热站：2座", null],
      [null, "质量指标", "工程质量验收合格率：100%", null],
      [null, "时效指标", "完工时间：2024年9月30日前", null],
      [null, "成本指标", "每公里管网改造成本：≤101万元", null],
      ["效益指标", "社会效益指标", "供热室温达标率：≥98%", null],
      [null, "生态效益指标", "年节约标煤：≥2400吨", null],
      ["满意度指标", "服务对象满意度指标", "热用户满意度：≥85%", null],
    ]),
  );

  it("finds the form and its project", () => {
    expect(r.projects).toHaveLength(1);
    expect(r.projects[0]).toMatchObject({
      project: "建平县城区供热管网改造",
      budgetUnit: "建平县热力公司",
      department: "建平县住房和城乡建设局",
      district: "建平县",
    });
  });

  it("reads the name before the colon and the target after it", () => {
    expect(
      r.indicators.map((i) => [i.cell, i.level2, i.name, i.comparator, i.value, i.unit, i.kind]),
    ).toEqual([
      ["C7", "数量指标", "改造一级管网", "=", 3.2, "公里", "quantitative"],
      ["C8", "数量指标", "改造二级管网", "=", 5.3, "公里", "quantitative"],
      ["C9", "数量指标", "新建换热站", "=", 2, "座", "quantitative"],
      ["C10", "质量指标", "工程质量验收合格率", "=", 100, "%", "quantitative"],
      ["C11", "时效指标", "完工时间", null, null, "", "date"],
      ["C12", "成本指标", "每公里管网改造成本", "<=", 1010000, "元", "quantitative"],
      ["C13", "社会效益指标", "供热室温达标率", ">=", 98, "%", "quantitative"],
      ["C14", "生态效益指标", "年节约标煤", ">=", 2400, "吨", "quantitative"],
      ["C15", "服务对象满意度指标", "热用户满意度", ">=", 85, "%", "quantitative"],
    ]);
    expect(r.indicators[4].date).toBe("2024-09-30");
  });

  it("takes the combined header's kin as the same column, and leaves the separate columns alone", () => {
    for (const h of [
      "三级指标及指标值",
      "三级指标及目标值",
      "三级指标和指标值",
      "指标及指标值",
      "指标及目标值",
    ])
      expect([h, headerRole(h)]).toEqual([h, "indicators"]);
    expect(headerRole("三级指标")).toBe("level3");
    expect(headerRole("指标值")).toBe("target");
  });

  it("reads a short form under 三级指标及目标值 as it reads one under 三级指标", () => {
    const rows = (h: string) =>
      parseGrid(
        grid([
          ["项目名称", "供热管网改造", null],
          ["一级指标", "二级指标", h],
          ["产出指标", "数量指标", "改造一级管网：3.2公里"],
          [null, "质量指标", "验收合格率：100%"],
          ["满意度指标", "服务对象满意度指标", "热用户满意度：≥85%"],
        ]),
      ).indicators.map((i) => [i.name, i.comparator, i.value, i.unit]);
    expect(rows("三级指标及目标值")).toEqual(rows("三级指标"));
    expect(rows("三级指标及目标值")).toHaveLength(3);
  });
});

describe("a title naming a budget unit that is no government office", () => {
  const table = (title: string) =>
    parseGrid(
      grid([
        [title, null, null, null],
        ["项目名称", "残疾人康复救助", null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "救助人数", "≥520人"],
      ]),
    ).projects.map((p) => [p.project, p.budgetUnit]);

  it("takes a 联合会, a 联合社, a 协会, a 台 or a 队 before the year as the unit", () => {
    expect(table("钦州市残疾人联合会2024年项目绩效目标表")).toEqual([
      ["残疾人康复救助", "钦州市残疾人联合会"],
    ]);
    expect(table("张掖市供销合作社联合社2024年项目支出绩效目标表")).toEqual([
      ["残疾人康复救助", "张掖市供销合作社联合社"],
    ]);
    for (const unit of [
      "钦州市气象台",
      "张掖市广播电视台",
      "玉树州科学技术协会",
      "钦州市红十字会",
      "张掖市总工会",
    ])
      expect(table(`${unit}2024年项目支出绩效目标表`)).toEqual([["残疾人康复救助", unit]]);
    expect(table("青海省第五地质矿产勘查队2024年项目支出绩效目标表")[0][1]).toBe("青海省第五地质矿产勘查队");
  });

  it("keeps 平台, 团队 and a farmers' 合作社 as what a project builds, not a unit", () => {
    expect(titleLine(["钦州市智慧城市平台项目绩效目标表"])?.unit).toBeUndefined();
    expect(titleLine(["钦州市高层次人才团队项目绩效目标表"])?.unit).toBeUndefined();
    expect(titleLine(["钦州市扶持农民专业合作社项目绩效目标表"])?.unit).toBeUndefined();
    expect(titleLine(["钦州市扶持农民专业合作社项目绩效目标表"])?.project).toBe(
      "钦州市扶持农民专业合作社项目",
    );
  });

  it("reads such a unit on a 单位：… line too", () => {
    expect(namesOrganisation("钦州市残疾人联合会")).toBe(true);
    expect(namesOrganisation("张掖市气象台")).toBe(true);
    expect(namesOrganisation("万元/台")).toBe(false);
  });
});
