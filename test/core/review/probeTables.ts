/**
 * Tables of the review probe rounds' tests (round 127 on): one project in rows, with one row to judge; a sound 低保
 * project the grading tests of rounds 96 and 105 share; and a sheet's grade as `analyze` gives it.
 */
import type { CellValue } from "../../../src/core/grid";
import { parseGrid } from "../../../src/core/parse";
import { review } from "../../../src/core/review/review";
import { analyze } from "../../../src/core/review/analysis";

export const findingsOf = (grid: CellValue[][]) =>
  review(parseGrid({ sheet: "Sheet1", top: 1, left: 1, values: grid }));

/** One project in rows (项目名称 | 一级 | 二级 | 三级 | 指标值). */
export const rows = (name: string, body: [string, string, string, string][]): CellValue[][] => [
  ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
  ...body.map(([a, b, c, d], i) => [i === 0 ? name : null, a, b, c, d]),
];

/** Projects in rows with a goal column: [name, goal, rows] (项目名称 | 年度绩效目标 | 一级 | 二级 | 三级 | 指标值). */
export const withGoals = (
  projects: [string, string, [string, string, string, string][]][],
  head: string[] = ["项目名称", "年度绩效目标"],
): CellValue[][] => [
  [...head, "一级指标", "二级指标", "三级指标", "指标值"],
  ...projects.flatMap(([name, goal, body]) =>
    body.map(([a, b, c, d], i) => [i === 0 ? name : null, i === 0 ? goal : null, a, b, c, d]),
  ),
];

/** One project's rows with the goal beside the first, its column headed `goalHeader` (绩效目标 unless told). */
export const withGoal = (
  name: string,
  goal: string,
  body: [string, string, string, string][],
  goalHeader = "绩效目标",
): CellValue[][] => withGoals([[name, goal, body]], ["项目名称", goalHeader]);

/** A project whose other rows are sound, with one row to judge. */
export const withRow = (project: string, row: [string, string, string, string]): CellValue[][] =>
  rows(project, [
    ["产出指标", "数量指标", "开展检查", "≥100次"],
    ["产出指标", "质量指标", "检查覆盖率", "≥95%"],
    ["产出指标", "时效指标", "完成时间", "2024年12月底前"],
    ["效益指标", "社会效益指标", "问题整改率", "≥95%"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    row,
  ]);

/**
 * A sound 低保 project (城乡最低生活保障资金): its outputs and cost, then `effects`, then its satisfaction, then `more`
 * — graded 优 with 应保尽保率 100% for its effect (round 105), 良 at best when no effect is measurable (round 96).
 */
export const dibaoProject = (
  effects: [string, string, string, string][],
  more: [string, string, string, string][] = [],
): CellValue[][] =>
  rows("城乡最低生活保障资金", [
    ["产出指标", "数量指标", "保障人数", "≥6500人"],
    ["产出指标", "质量指标", "认定准确率", "≥98%"],
    ["产出指标", "时效指标", "发放时间", "每月10日前"],
    ["成本指标", "经济成本指标", "保障标准", "≥700元/人·月"],
    ...effects,
    ["满意度指标", "服务对象满意度指标", "保障对象满意度", "≥90%"],
    ...more,
  ]);

export const codes = (grid: CellValue[][], code: string) => findingsOf(grid).filter((x) => x.code === code);

/** The grade of the sheet's project at `at` (the first by default), as `analyze` gives it. */
export const gradeOf = (grid: CellValue[][], at = 0) => {
  const parse = parseGrid({ sheet: "Sheet1", top: 1, left: 1, values: grid });
  return analyze([{ label: "t", parse, local: true }]).grades[at];
};
