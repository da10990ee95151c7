/** Probe round 121: what the fourth probe of the cleanup found (万 元, comparator forms, comma lists, grouped numbers, (VM), the name note). */
import type { CellValue } from "../../../src/core/grid";
import { defaultCleanupSettings } from "../../../src/core/cleanup";
import { fixSpaces } from "../../../src/core/cleanup/rules/space";
import { fixPunctuation } from "../../../src/core/cleanup/rules/punct";
import { fixNumbering } from "../../../src/core/cleanup/rules/numbering";
import { grid, revert, run } from "./helpers";

describe("1: a space between a magnitude (万 亿 千) and its unit", () => {
  test.each([
    ["≤ 3 万 元", "≤3万元"],
    ["资金 30 万 元", "资金 30万元"],
    ["30 万 元", "30万元"],
    ["万 元", "万元"],
    ["0.5 万 元/人", "0.5万元/人"],
    ["≥ 3 万 人", "≥3万人"],
    ["≤ 1.5 亿 元", "≤1.5亿元"],
    ["≤ 3 千 元", "≤3千元"],
    ["覆盖 1 200 万 人", "覆盖 1200万人"],
    ["≥ 3 万人", "≥3万人"],
  ])("%s → %s", (input, expected) => {
    expect(fixSpaces(input)).toBe(expected);
    expect(fixSpaces(expected)).toBe(expected);
  });

  test.each([
    // Two clauses: 30万人均 would read as 300 000 people.
    "资金30万 人均500元",
    // Not a number's magnitude, nor a unit cell.
    "十万 元",
    "万 人次参加培训",
  ])("%s stays", (input) => {
    expect(fixSpaces(input)).toBe(input);
  });
});

describe("2: comparator forms left half-done", () => {
  test.each([
    ["受益农户满意度大于等于 90 %", "受益农户满意度大于等于90%"],
    ["大于等于 5000", "大于等于5000"],
    ["小于等于 3 起", "小于等于3起"],
  ])("SPACE: %s → %s", (input, expected) => {
    expect(fixSpaces(input)).toBe(expected);
  });

  test.each([
    ["满意度=>90%", "满意度≥90%"],
    ["安全事故=<3起", "安全事故≤3起"],
    ["满意度＝＞90%", "满意度≥90%"],
    ["1、培训合格率=>95%；2、投诉=<2次", "1、培训合格率≥95%；2、投诉≤2次"],
  ])("PUNCT: %s → %s", (input, expected) => {
    expect(fixPunctuation(input)).toBe(expected);
    expect(fixPunctuation(expected)).toBe(expected);
  });

  test.each([
    // A run of signs is no one comparator.
    "满意度=>=90%",
    // No number after it: an arrow, not a comparator.
    "A=>B",
  ])("PUNCT: %s stays", (input) => {
    expect(fixPunctuation(input)).toBe(input);
  });

  // Round 131: at the start of the text too (=<3起 → ≤3起, no formula sign), see round131.test.ts.
  test("a cell beginning with =< stays text in a whole run, and revert is exact", () => {
    const g = grid([
      ["项目名称", "三级指标", "指标值"],
      ["P", "满意度", "大于等于 90 %"],
      ["P", "事故数", "=<3起"],
      ["P", "满意度2", "满意度=>90%"],
    ]);
    const done = run(g);
    expect(done.grid.values.map((r) => r[2])).toEqual(["指标值", "大于等于90%", "≤3起", "满意度≥90%"]);
    expect(revert(done.grid, done.log).grid.values).toEqual(g.values);
  });
});

describe("3: a numbered list separated by commas", () => {
  test.each([
    [
      "一是培训≥500人次，二是考核合格率≥90%，二是满意度≥90%",
      "一是培训≥500人次，二是考核合格率≥90%，三是满意度≥90%",
    ],
    [
      "1、培训≥500人次，2、考核合格率≥90%，2、满意度≥90%",
      "1、培训≥500人次，2、考核合格率≥90%，3、满意度≥90%",
    ],
    ["一是培训到位，一是考核合格，三是群众满意", "一是培训到位，二是考核合格，三是群众满意"],
    ["（1）培训，（2）考核，（2）满意度", "（1）培训，（2）考核，（3）满意度"],
  ])("%s → %s", (input, expected) => {
    expect(fixNumbering(input)).toBe(expected);
    expect(fixNumbering(expected)).toBe(expected);
  });

  test.each([
    // An item beginning with a digit: 2、3号楼 may be numbers in a sentence.
    "1、培训，2、3号楼改造，2、绿化",
    // A marker of the style inside a sentence: which numbers are items is unclear.
    "1、改造1、2号楼，2、改造3号楼，2、绿化",
    // Two items only: nothing shows the count.
    "1、培训，2、考核",
    // The list does not open the text.
    "本项目一是培训，二是考核，二是满意度",
    // Neither the second nor the third counts up.
    "一是培训，一是考核，一是满意",
  ])("%s stays", (input) => {
    expect(fixNumbering(input)).toBe(input);
  });
});

describe("4: numbers in groups and Latin units", () => {
  test.each([
    ["2 000", "2000"],
    ["500 000", "500000"],
    ["1 200 000", "1200000"],
  ])("a line that is only a number written in groups joins: %s → %s", (input, expected) => {
    expect(fixSpaces(input)).toBe(expected);
  });

  test.each([
    // Could be two numbers side by side, or a list.
    "100 100",
    "120 350",
    "110 119 120",
    // A space between a number and a Latin unit symbol is the standard (GB 3101): kept.
    "≥25 km",
    "100 Mbps",
  ])("%s stays", (input) => {
    expect(fixSpaces(input)).toBe(input);
  });

  test("the value cell of a row whose unit is in the next column", () => {
    const g = grid([
      ["项目名称", "三级指标", "目标值", "计量单位"],
      ["P", "改造老果园", "2 000", "亩"],
    ]);
    const done = run(g);
    expect(done.grid.values[1]).toEqual(["P", "改造老果园", "2000", "亩"]);
    expect(revert(done.grid, done.log).grid.values).toEqual(g.values);
  });
});

describe("5: half-width brackets around a Latin abbreviation after a name", () => {
  test.each(["云主机数量(VM)", "系统可用率(SLA)", "空气质量(PM2.5)浓度"])("%s stays", (input) => {
    expect(fixPunctuation(input)).toBe(input);
  });

  test.each([
    ["(AAA级)", "（AAA级）"],
    ["达到(AAA级)标准", "达到（AAA级）标准"],
    ["(GPS)定位", "（GPS）定位"],
    ["云主机数量（VM)", "云主机数量（VM）"],
  ])("Chinese in the brackets, or a pair half and half: %s → %s", (input, expected) => {
    expect(fixPunctuation(input)).toBe(expected);
  });
});

describe("6: the note on an indicator name only where the name's text changes", () => {
  const packed =
    "1、新建高标准农田面积> =1.2万亩。\n1、耕地质量等级提高≧0.5等，。\n3、项目完工时间：2025年12月底前\n4、受益农户满意度大于等于 90 %";
  const rows: CellValue[][] = [
    ["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标"],
    ["涉县农业农村局", "涉县农业农村局", "高标准农田建设项目", "新建高标准农田1.2万亩。", packed],
  ];

  test("a comparator and a stray comma next to names carry no note", () => {
    const done = run(grid(rows.map((r) => [...r])));
    const e3 = done.proposal.edits.filter((e) => e.cell === "E2");
    expect(e3.map((e) => e.rule)).toEqual(["SPACE", "PUNCT", "NUMBERING"]);
    expect(e3.every((e) => e.note === undefined)).toBe(true);
    expect(done.grid.values[1][4]).toBe(
      "1、新建高标准农田面积≥1.2万亩。\n2、耕地质量等级提高≥0.5等。\n3、项目完工时间：2025年12月底前\n4、受益农户满意度大于等于90%",
    );
  });

  test("a name whose own text changes still carries it", () => {
    const g = grid([
      ["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标"],
      ["A局", "A局", "某项目", "目标。", "1、培训  人次≥500人次；2、满意度≥90%"],
    ]);
    const e = run(g).proposal.edits.find((x) => x.cell === "E2" && x.rule === "SPACE");
    expect(e?.after).toBe("1、培训 人次≥500人次；2、满意度≥90%");
    expect(e?.note?.zh).toContain("指标名称");
  });
});

describe("every edit of this round reverts exactly, and a second run proposes nothing", () => {
  test("a table with all of them", () => {
    const g = grid([
      ["项目名称", "三级指标", "指标值", "计量单位"],
      ["P", "项目总投资", "≤ 3 万 元", "万 元"],
      ["P", "资金", "资金 30 万 元", ""],
      ["P", "云主机数量(VM)", "≥ 20", "台"],
      ["P", "满意度", "满意度=>90%", ""],
      ["P", "目标", "一是培训≥500人次，二是考核合格率≥90%，二是满意度≥90%", ""],
      ["P", "改造老果园", "2 000", "亩"],
    ]);
    const done = run(g);
    expect(done.grid.values.map((r) => r.slice(1, 4))).toEqual([
      ["三级指标", "指标值", "计量单位"],
      ["项目总投资", "≤3万元", "万元"],
      ["资金", "资金 30万元", ""],
      ["云主机数量(VM)", "≥20", "台"],
      ["满意度", "满意度≥90%", ""],
      ["目标", "一是培训≥500人次，二是考核合格率≥90%，三是满意度≥90%", ""],
      ["改造老果园", "2000", "亩"],
    ]);
    expect(run(done.grid, defaultCleanupSettings(), done.log).proposal.edits).toEqual([]);
    expect(revert(done.grid, done.log).grid.values).toEqual(g.values);
  });
});
