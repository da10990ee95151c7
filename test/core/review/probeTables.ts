/** Tables of the review probe rounds' tests (round 127 on): one project in rows, with one row to judge. */
import type { CellValue } from "../../../src/core/grid";
import { parseGrid } from "../../../src/core/parse";
import { review } from "../../../src/core/review/review";

export const findingsOf = (grid: CellValue[][]) =>
  review(parseGrid({ sheet: "Sheet1", top: 1, left: 1, values: grid }));

/** One project in rows (项目名称 | 一级 | 二级 | 三级 | 指标值). */
export const rows = (name: string, body: [string, string, string, string][]): CellValue[][] => [
  ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
  ...body.map(([a, b, c, d], i) => [i === 0 ? name : null, a, b, c, d]),
];

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

export const codes = (grid: CellValue[][], code: string) => findingsOf(grid).filter((x) => x.code === code);
