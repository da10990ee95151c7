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

describe("a form's indicators in two groups side by side", () => {
  // 宿迁: 一级指标 | 二级指标 | 指标内容 twice; 产出 on the left, 效益 and 满意度 on the right.
  it("reads the right group too, after the left group's rows, each from its own cell", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "城运平台建设", null, null, null, null],
        ["一级指标", "二级指标", "指标内容", "一级指标", "二级指标", "指标内容"],
        [
          "产出指标",
          "数量指标",
          "接入部门业务系统≥30个",
          "效益指标",
          "社会效益指标",
          "城市事件平均处置时长缩短20%",
        ],
        [null, null, "汇聚物联感知设备≥5万路", null, null, "跨部门协同事件办结率≥95%"],
        [null, "质量指标", "平台可用率≥99.9%", null, "可持续影响指标", "平台运维保障期3年"],
        [
          null,
          "时效指标",
          "2024年11月30日前上线试运行",
          "满意度指标",
          "服务对象满意度指标",
          "使用部门满意度≥90%",
        ],
        [null, "成本指标", "软件开发费用≤680万元", null, null, null],
        [null, null, null, null, null, "运维响应时间≤2小时"],
      ]),
    );
    expect(r.indicators.map((i) => [i.cell, i.level1, i.level2, i.name])).toEqual([
      ["C3", "产出指标", "数量指标", "接入部门业务系统"],
      ["C4", "产出指标", "数量指标", "汇聚物联感知设备"],
      ["C5", "产出指标", "质量指标", "平台可用率"],
      ["C6", "产出指标", "时效指标", "上线试运行"],
      ["C7", "产出指标", "成本指标", "软件开发费用"],
      ["F3", "效益指标", "社会效益指标", "城市事件平均处置时长缩短"],
      ["F4", "效益指标", "社会效益指标", "跨部门协同事件办结率"],
      ["F5", "效益指标", "可持续影响指标", "平台运维保障期"],
      ["F6", "满意度指标", "服务对象满意度指标", "使用部门满意度"],
      ["F8", "满意度指标", "服务对象满意度指标", "运维响应时间"],
    ]);
    expect(r.indicators.every((i) => i.projectId === 0)).toBe(true);
    expect(r.messages.filter((m) => m.level !== "info")).toEqual([]);
  });

  it("reads both groups of a rows table with a target column in each, per project", () => {
    const header = [
      "项目名称",
      "一级指标",
      "二级指标",
      "三级指标",
      "指标值",
      "一级指标",
      "二级指标",
      "三级指标",
      "指标值",
    ];
    const r = parseGrid(
      grid([
        header,
        [
          "甲项目",
          "产出指标",
          "数量指标",
          "培训人数",
          "≥500人",
          "效益指标",
          "社会效益指标",
          "就业率",
          "≥80%",
        ],
        [null, null, "质量指标", "合格率", "100%", "满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
        [
          "乙项目",
          "产出指标",
          "数量指标",
          "修缮道路",
          "3公里",
          "满意度指标",
          "服务对象满意度指标",
          "群众满意度",
          "≥95%",
        ],
      ]),
    );
    expect(r.projects.map((p) => p.project)).toEqual(["甲项目", "乙项目"]);
    expect(r.indicators.map((i) => [i.projectId, i.cell, i.level2, i.name, i.value])).toEqual([
      [0, "E2", "数量指标", "培训人数", 500],
      [0, "E3", "质量指标", "合格率", 100],
      [0, "I2", "社会效益指标", "就业率", 80],
      [0, "I3", "服务对象满意度指标", "学员满意度", 90],
      [1, "E4", "数量指标", "修缮道路", 3],
      [1, "I4", "服务对象满意度指标", "群众满意度", 95],
    ]);
  });

  it("still reads one half where both groups name the same indicators (two halves of one list)", () => {
    const r = parseGrid(
      grid([
        ["一级指标", "二级指标", "三级指标", "指标值", "一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人数", "≥1500人", "产出指标", "数量指标", "培训人数", "≥500人"],
        [
          "满意度指标",
          "服务对象满意度指标",
          "学员满意度",
          "≥90%",
          "满意度指标",
          "服务对象满意度指标",
          "学员满意度",
          "≥90%",
        ],
      ]),
    );
    expect(r.indicators.map((i) => [i.cell, i.name])).toEqual([
      ["D2", "培训人数"],
      ["D3", "学员满意度"],
    ]);
  });
});
