/**
 * Round 179: packed 绩效指标 cells as districts paste them from Word — soft returns (U+000B) for line breaks,
 * bullet glyphs before each item, numbered 一级 headings over items cut by ；, a 二级 label before numbered
 * items, and a 二级 written in brackets after a 一级 of another framework.
 */
import { records } from "../support/packedCell";

/** level1, level2, name, comparator, value, unit, kind of each record of one packed cell. */
const rows = (cell: string) =>
  records(cell).map((i) => [i.level1, i.level2, i.name, i.comparator, i.value, i.unit, i.kind]);

describe("Word's soft returns (U+000B) and line separators break lines", () => {
  const lines = [
    "一、产出指标",
    "1.群测群防员：36名",
    "2.监测隐患点：41处",
    "二、效益指标",
    "1.因地质灾害死亡人数：0人",
    "三、满意度指标",
    "1.群众满意度：≥90%",
  ];
  const expected = [
    ["产出指标", null, "群测群防员", "=", 36, "名", "quantitative"],
    ["产出指标", null, "监测隐患点", "=", 41, "处", "quantitative"],
    ["效益指标", null, "因地质灾害死亡人数", "=", 0, "人", "quantitative"],
    ["满意度指标", null, "群众满意度", ">=", 90, "%", "quantitative"],
  ];

  it.each([
    ["U+000B", "\u000b"],
    ["U+2028", "\u2028"],
    ["U+2029", "\u2029"],
    ["a carriage return alone", "\r"],
  ])("reads lines broken by %s as lines broken by \\n", (_, br) => {
    expect(rows(lines.join(br))).toEqual(expected);
    expect(rows(lines.join(br))).toEqual(rows(lines.join("\n")));
  });

  it("keeps the cell's text as written in the record", () => {
    const r = records("▲产出指标：\u000b1、管护面积：189.6万亩\u000b▲效益指标：\u000b1、森林覆盖率：≥69%");
    expect(r.map((i) => [i.level1, i.name, i.text])).toEqual([
      ["产出指标", "管护面积", "1、管护面积：189.6万亩"],
      ["效益指标", "森林覆盖率", "1、森林覆盖率：≥69%"],
    ]);
  });
});
