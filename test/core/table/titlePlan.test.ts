/** A title naming its programme as a plan (…学生营养改善计划绩效目标表) names the project; a plan of spending in general does not. */
import { parseGrid } from "../../../src/core/parse";
import type { CellValue } from "../../../src/core/grid";

const projects = (title: string) =>
  parseGrid({
    sheet: "Sheet1",
    top: 1,
    left: 1,
    values: [
      [title],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "受益学生人数", "≥3.6万人"],
    ] as CellValue[][],
  }).indicators.map((i) => i.project);

describe("a title naming a programme as a plan", () => {
  it.each([
    ["重庆市2025年学生营养改善计划绩效目标表", "重庆市2025年学生营养改善计划"],
    ["渝北区2025年农村义务教育学生营养改善计划绩效目标表", "渝北区2025年农村义务教育学生营养改善计划"],
    ["2024年雨露计划项目绩效目标表", "2024年雨露计划项目"],
    ["2025年高校毕业生三支一扶计划绩效目标表", "2025年高校毕业生三支一扶计划"],
  ])("%s names the programme", (title, project) => {
    expect(projects(title)).toEqual([project]);
  });

  it.each([
    "重庆市2025年项目支出计划绩效目标表",
    "某县2025年度工作计划绩效目标表",
    "某区2025年部门预算计划绩效目标表",
    "重庆市2025年计划绩效目标表",
    "兰山区2025年项目计划绩效目标表",
  ])("%s names none", (title) => {
    expect(projects(title)).toEqual([""]);
  });
});
