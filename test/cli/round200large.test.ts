/**
 * Round 200, a large table: 2,000 projects (a province's units, say) sharing two template goals. Each
 * project of a group asked GOAL-COPY's "whose goal is this?" of every other one anew — quadratic, so a
 * table of 20,000 rows took minutes in analyze. The answer is now worked out once per group.
 */
import { parseGrid } from "../../src/core/parse";
import { review } from "../../src/core/review/review";

describe("a large table sharing template goals", () => {
  it("is reviewed in seconds, every copy still found", () => {
    const n = 2000;
    const values: (string | null)[][] = [["项目名称", "绩效目标", "绩效指标"]];
    for (let i = 0; i < n; i++)
      values.push([
        `安全生产执法检查项目${i}`,
        `全年巡查企业${(i % 2) + 1}万家次，消除安全隐患。`,
        `1、产出指标：巡查企业数，不少于${i + 1}家次`,
      ]);
    const parsed = parseGrid({ sheet: "表", top: 1, left: 1, values });
    expect(parsed.projects).toHaveLength(n);
    const start = Date.now();
    const findings = review(parsed);
    // Without the per-group answer this took over 10 s on the test machine; with it, about 2 s.
    expect(Date.now() - start).toBeLessThan(7000);
    expect(findings.filter((f) => f.code.startsWith("GOAL-COPY"))).toHaveLength(n);
  });
});
