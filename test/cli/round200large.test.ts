/**
 * Round 200, a large table: 2,000 projects (a province's units, say) sharing two template goals. Each
 * project of a group asked GOAL-COPY's "whose goal is this?" of every other one anew — quadratic, so a
 * table of 20,000 rows took minutes in analyze. The answer is now worked out once per group. Its speed is
 * measured by `npm run bench` (review.templateGoalsMs), not timed here.
 */
import { parseGrid } from "../../src/core/parse";
import { review } from "../../src/core/review/review";

describe("a large table sharing template goals", () => {
  it("is reviewed with every copy still found", () => {
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
    const findings = review(parsed);
    expect(findings.filter((f) => f.code.startsWith("GOAL-COPY"))).toHaveLength(n);
  });

  it("weighs a satisfaction target against the other names' median, its own name's left out", () => {
    const values: (string | null)[][] = [["项目名称", "绩效目标", "绩效指标"]];
    const add = (name: string, pct: number) =>
      values.push([name, `完成${name}，服务群众。`, `1、效益指标：群众满意度，不低于${pct}%`]);
    add("应急演练", 82);
    add("应急演练", 81);
    add("安全培训", 95);
    add("隐患排查", 92);
    add("执法检查", 80);
    add("宣传教育", 96);
    const findings = review(parseGrid({ sheet: "表", top: 1, left: 1, values })).filter(
      (f) => f.code === "SATISFACTION-LOW" && f.message.zh.includes("中位数"),
    );
    // 应急演练's peers: 95, 92, 80, 96 (its own two left out), median 93.5; 执法检查's 81, 82, 92, 95, 96.
    expect(findings.map((f) => f.message.zh)).toEqual([
      expect.stringContaining("目标值 82% 明显低于本表其他项目（4个项目，中位数 93.5%）"),
      expect.stringContaining("目标值 81% 明显低于本表其他项目（4个项目，中位数 93.5%）"),
      expect.stringContaining("目标值 80% 明显低于本表其他项目（5个项目，中位数 92%）"),
    ]);
  });
});
