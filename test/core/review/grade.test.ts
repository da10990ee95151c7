import { parseGrid } from "../../../src/core/parse";
import { gradeProjects } from "../../../src/core/review/grade";
import { projectLocation, projectViews, review } from "../../../src/core/review/review";

describe("gradeProjects", () => {
  it("counts a finding said once for several places for each of them", () => {
    const parse = parseGrid({
      sheet: "Sheet1",
      top: 1,
      left: 1,
      values: [
        ["项目名称", "农村饮水工程", null, null],
        ["一级指标", "三级指标", "东山村", "西岭村"],
        ["产出指标", "新建水池（个）", "1", "2"],
      ],
    });
    const findings = review(parse, { rules: ["COMPLETE-EFFECT"] });
    expect(findings).toHaveLength(1);
    expect(findings[0].sharedWith).toHaveLength(1);
    const grades = gradeProjects(projectViews(parse), findings, projectLocation);
    expect(grades.map((g) => g.counts.error)).toEqual([1, 1]);
  });
});
