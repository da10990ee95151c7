/**
 * Review probe round 219: sectors not probed before (城管, 市场监管, 生态环境, 科技, 统计, 司法, 退役军人, 应急, 体育) in two
 * habits (`round219data.ts`, gold written before the run); and round 215's leftover — an item naming a 二级 that
 * starts again at 1 right after an item naming its 一级 (1、产出指标：…；1、质量指标：…；2、效益指标：…), one list
 * with a slip, read so by the review's NUMBERING and renumbered so by the cleanup's.
 */
import { fixNumbering } from "../../../src/core/cleanup/rules/numbering";
import type { CellValue } from "../../../src/core/grid";
import { parseGrid } from "../../../src/core/parse";
import { review } from "../../../src/core/review/review";
import { score } from "./round211data";
import { batch2Grids, grids } from "./round219data";

const packed = (cell: string): CellValue[][] => [
  ["项目名称", "绩效指标"],
  ["某县职业技能培训", cell],
];
const numbering = (cell: string) =>
  review(parseGrid({ sheet: "Sheet1", top: 1, left: 1, values: packed(cell) })).filter(
    (f) => f.code === "NUMBERING",
  );

describe("round 219: the round's 20 projects, scored", () => {
  it("as written (after the NUMBERING fix): 19 of 19 found, 1 finding the gold had not, grades 20 of 20", () => {
    expect(score(grids, false)).toEqual({
      expected: 19,
      found: 19,
      falseAlarms: 1,
      grades: 20,
      projects: 20,
    });
  });
  it("gold corrected (GOAL-VAGUE on a goal with no figure is right): none false", () => {
    expect(score(grids, true)).toEqual({ expected: 19, found: 19, falseAlarms: 0, grades: 20, projects: 20 });
  });
  it("second batch, written after the fix and scored once: 6 of 6, 1 finding the gold had not (right), grades 4 of 6", () => {
    expect(score(batch2Grids, false)).toEqual({
      expected: 6,
      found: 6,
      falseAlarms: 1,
      grades: 4,
      projects: 6,
    });
  });
  it("second batch, gold corrected (a ceiling over the funds, a completeness gap beside a vague effect: 良)", () => {
    expect(score(batch2Grids, true)).toEqual({
      expected: 6,
      found: 6,
      falseAlarms: 0,
      grades: 6,
      projects: 6,
    });
  });
});

describe("round 219 F1: a 二级 item starting again at 1 inside its 一级's list", () => {
  const slip = "1、产出指标：培训人数≥500人；1、质量指标：培训合格率≥95%；2、效益指标：就业率≥80%";
  it("1、产出指标：…；1、质量指标：…；2、效益指标：… — NUMBERING at the second 1", () => {
    const f = numbering(slip);
    expect(f.map((x) => [x.indicator, x.message.zh])).toEqual([
      ["培训合格率", "单元格内指标编号重复：1、1、2（编号 1 再次出现）。"],
    ]);
  });
  it("the same with line breaks — NUMBERING", () => {
    expect(numbering(slip.replace(/；/g, "\n"))).toHaveLength(1);
  });
  it("the cleanup renumbers it 1、2、3 and leaves the result alone", () => {
    const fixed = "1、产出指标：培训人数≥500人；2、质量指标：培训合格率≥95%；3、效益指标：就业率≥80%";
    expect(fixNumbering(slip)).toBe(fixed);
    expect(fixNumbering(fixed)).toBe(fixed);
    expect(numbering(fixed)).toEqual([]);
  });
  it.each([
    // Outline numbering: the 一级 a bare label over its 二级 items, numbered afresh under each.
    "1、产出指标：\n1、数量指标：培训人数≥500人\n2、质量指标：培训合格率≥95%\n2、效益指标：\n1、社会效益指标：就业率≥80%",
    // Numbered afresh under each 一级 (round 131).
    "1、产出指标：培训人数≥500人；2、质量指标：培训合格率≥95%；1、效益指标：就业率≥80%",
    // A deeper style under the 一级.
    "1、产出指标：（1）数量指标：培训人数≥500人；（2）质量指标：培训合格率≥95%。2、效益指标：（1）就业率≥80%",
    // Under headings of their own.
    "产出指标：1、培训人数≥500人；2、培训合格率≥95%。效益指标：1、就业率≥80%",
  ])("%s — nothing, and the cleanup keeps it", (cell) => {
    expect(numbering(cell)).toEqual([]);
    expect(fixNumbering(cell)).toBe(cell);
  });
  it("1、产出…；1、质量…；2、时效…；4、效益… — two slips: flagged, and the cleanup cannot tell which (round 131)", () => {
    const cell =
      "1、产出指标：里程≥1200公里\n1、质量指标：优良路率≥85%\n2、时效指标：12月底前完成\n4、效益指标：满意度≥90%";
    expect(numbering(cell)).toHaveLength(1);
    expect(fixNumbering(cell)).toBe(cell);
  });
});
