import { parseGrid } from "../../../src/core/parse";
import { analyze } from "../../../src/core/review/analysis";
import { gradeCells } from "../../../src/core/review/tables";

/** 绩效指标评价标准 over 优 | 良 | 中 | 差: the target read is the threshold for 优. */
const GRADED = [
  ["绩效指标分类", "绩效指标", "绩效指标评价标准", null, null, null],
  [null, null, "优", "良", "中", "差"],
  ["产出指标", "救助覆盖率", "95%", "90%", "85%", "85%"],
];

describe("gradeCells", () => {
  it("holds the targets read from a graded table's 优 column", () => {
    const parse = parseGrid({ sheet: "Sheet1", top: 1, left: 1, values: GRADED });
    expect([...gradeCells(parse.tables, parse.indicators)]).toEqual(["Sheet1!C3"]);
  });

  it("holds nothing for a table headed 指标值", () => {
    const parse = parseGrid({
      sheet: "Sheet1",
      top: 1,
      left: 1,
      values: [
        ["一级指标", "三级指标", "指标值"],
        ["产出指标", "救助覆盖率", "95%"],
      ],
    });
    expect(gradeCells(parse.tables, parse.indicators).size).toBe(0);
  });

  it("reaches the rules through analyze, per source", () => {
    const parse = parseGrid({ sheet: "Sheet1", top: 1, left: 1, values: GRADED });
    const plain = parseGrid({
      sheet: "Sheet1",
      top: 1,
      left: 1,
      values: [
        ["一级指标", "三级指标", "指标值"],
        [null, null, null],
        ["产出指标", "救助覆盖率", "95%"],
      ],
    });
    const { findings } = analyze(
      [
        { label: "graded", parse, local: true },
        { label: "plain", parse: plain, local: false },
      ],
      { rules: ["NO-COMPARATOR"] },
    );
    // Both targets sit in Sheet1!C3; only the plain table's is a bare target.
    expect(findings.map((f) => f.projectId)).toEqual([1]);
  });
});
