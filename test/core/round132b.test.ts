/**
 * Round 132 (b): a department's document giving each project a numbered paragraph, and a 申报表 printing its
 * indicators in two groups side by side.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

/** Each project with its goal and the records under it: name, cell, 一级, 二级. */
function byProject(r: ReturnType<typeof parseGrid>) {
  return r.projects.map((p) => ({
    project: p.project,
    goal: p.goal,
    records: r.indicators
      .filter((i) => i.projectId === p.id)
      .map((i) => [i.name, i.cell, i.level1, i.level2]),
  }));
}

describe("a document with one project per numbered paragraph", () => {
  // 铜仁: the lead-in before the colon names the project, 年度目标为… is its goal, the rest its indicators.
  it("reads each paragraph's lead-in as its project and its 年度目标 as the goal", () => {
    const r = parseGrid(
      grid([
        ["铜仁市生态环境局2024年部门整体及项目绩效目标"],
        [
          "1.乌江（铜仁段）水环境综合治理项目：年度目标为完成锦江流域入河排污口整治，提升断面水质。数量指标:整治入河排污口≥45个;质量指标:国控断面水质优良比例100%;满意度指标:群众满意度≥90%。",
        ],
        [
          "2.梵净山周边农村环境整治项目：年度目标为完成农村生活污水治理。数量指标:完成行政村环境整治20个;生态效益指标:农村生活污水治理率提高至35%;满意度指标:受益群众满意度≥85%。",
        ],
        ["3.大气污染防治：数量指标:开展走航监测≥60次;时效指标:全年;满意度指标:公众满意度≥85%。"],
      ]),
    );
    expect(byProject(r)).toEqual([
      {
        project: "乌江（铜仁段）水环境综合治理项目",
        goal: "完成锦江流域入河排污口整治，提升断面水质",
        records: [
          ["整治入河排污口", "A2", "产出指标", "数量指标"],
          ["国控断面水质优良比例", "A2", "产出指标", "质量指标"],
          ["群众满意度", "A2", "满意度指标", "服务对象满意度指标"],
        ],
      },
      {
        project: "梵净山周边农村环境整治项目",
        goal: "完成农村生活污水治理",
        records: [
          ["完成行政村环境整治", "A3", "产出指标", "数量指标"],
          ["农村生活污水治理率", "A3", "效益指标", "生态效益指标"],
          ["受益群众满意度", "A3", "满意度指标", "服务对象满意度指标"],
        ],
      },
      {
        project: "大气污染防治",
        goal: "",
        records: [
          ["开展走航监测", "A4", "产出指标", "数量指标"],
          ["", "A4", "产出指标", "时效指标"],
          ["公众满意度", "A4", "满意度指标", "服务对象满意度指标"],
        ],
      },
    ]);
    expect(r.projects[0].goalCell).toBe("A2");
  });

  it("reads paragraphs numbered 一、 alike, and lines under a paragraph as its project's", () => {
    const r = parseGrid(
      grid([
        ["一、甲治理项目：绩效目标：完成整治。产出指标：整治排污口≥45个；"],
        ["满意度指标：群众满意度≥90%。"],
        ["二、乙整治项目：产出指标：整治村20个；满意度指标：群众满意度≥85%。"],
      ]),
    );
    expect(byProject(r).map((p) => [p.project, p.goal, p.records.map((x) => x[0])])).toEqual([
      ["甲治理项目", "完成整治", ["整治排污口", "群众满意度"]],
      ["乙整治项目", "", ["整治村", "群众满意度"]],
    ]);
  });

  it("keeps a numbered indicator with a colon an indicator (its words are its target, no goal or category)", () => {
    const r = parseGrid(
      grid([["项目名称：某项目"], ["1.培训人数：≥500人次；数量指标:培训班10期"], ["2.满意度：≥90%"]]),
    );
    expect(r.projects.map((p) => p.project)).toEqual(["某项目"]);
  });

  it("keeps paragraphs under a project named by 项目名称 as its parts", () => {
    const r = parseGrid(
      grid([
        ["项目名称：农村环境整治"],
        ["1.污水治理：数量指标:治理村20个;"],
        ["2.垃圾清运：数量指标:清运垃圾4200吨;"],
      ]),
    );
    expect(r.projects.map((p) => p.project)).toEqual(["农村环境整治"]);
  });
});
