/**
 * INDICATOR-COPY leaves out a line two projects read from one row (an allocation table's row, read for each
 * place's column): only lines written apart are copies. The projects sharing such a row are now found once, by
 * line and row, rather than asked of every pair; these cases pin what that index must answer.
 */
import type { IndicatorRecord, ProjectInfo } from "../../../src/core/record";
import { projectViews, reviewViews } from "../../../src/core/review/review";
import { indicatorCopy } from "../../../src/core/review/rules/copies";
import { makeProject, makeRecord } from "../../support/records";

const LINES: [string, string, number, string][] = [
  ["培训人次", "≥500人次", 500, "人次"],
  ["发放补助资金户数", "≥1200户", 1200, "户"],
  ["维修道路里程", "≥12公里", 12, "公里"],
  ["受益群众人数", "≥8000人", 8000, "人"],
  ["验收合格率", "100%", 100, "%"],
];

function project(id: number, name: string, rows: number[]): { p: ProjectInfo; lines: IndicatorRecord[] } {
  const p = makeProject({ id, project: name, projectCell: `B${id}`, goal: `${name}的年度建设任务。` });
  const lines = LINES.map(([n, target, value, unit], k) =>
    makeRecord({
      project: name,
      projectId: id,
      row: rows[k],
      cell: `D${rows[k]}`,
      name: n,
      target,
      comparator: unit === "%" ? "=" : ">=",
      value,
      unit,
      text: `${n}，${target}`,
    }),
  );
  return { p, lines };
}

function copies(a: number[], b: number[]) {
  const x = project(1, "甲县道路维修项目", a);
  const y = project(2, "乙县农田水利项目", b);
  const views = projectViews({ projects: [x.p, y.p], indicators: [...x.lines, ...y.lines] });
  return reviewViews(views, {}, [indicatorCopy]);
}

describe("INDICATOR-COPY and lines read from one row", () => {
  it("calls two projects whose lines are written apart copies", () => {
    expect(copies([2, 3, 4, 5, 6], [7, 8, 9, 10, 11])).toHaveLength(2);
  });

  it("leaves alone two projects reading every line from the same rows", () => {
    expect(copies([2, 3, 4, 5, 6], [2, 3, 4, 5, 6])).toHaveLength(0);
  });

  it("counts only the lines written apart where one line shares its row", () => {
    // One row in common: the other four lines are still a copy, and the message counts four, not five.
    const found = copies([2, 3, 4, 5, 6], [2, 8, 9, 10, 11]);
    expect(found).toHaveLength(2);
    for (const f of found) expect(f.message.zh).toContain("有 4 条指标");
  });

  it("asks the row of the same line: a shared row holding another line is no shared line", () => {
    // 乙's first line sits in 甲's second line's row: one row, two different lines, so all five are copies.
    const found = copies([2, 3, 4, 5, 6], [3, 8, 9, 10, 11]);
    expect(found).toHaveLength(2);
    for (const f of found) expect(f.message.zh).toContain("有 5 条指标");
  });
});
