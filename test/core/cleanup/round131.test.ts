/** Probe round 131: what the fifth probe of the cleanup found (a slip after a numbered 一级, =>95％ at the start, ≥≥, 1 0000). */
import fc from "fast-check";
import { fixNumbering } from "../../../src/core/cleanup/rules/numbering";
import { fixPunctuation } from "../../../src/core/cleanup/rules/punct";
import { fixSpaces } from "../../../src/core/cleanup/rules/space";
import { grid, numberingFaults, revert, run } from "./helpers";

describe("1: NUMBERING never makes a list worse", () => {
  test.each([
    // 02_hn_dancheng D3: the one slip is the second 1; the list was made 1、1、2、2.
    [
      "1、产出指标：里程≥1200公里\n1、质量指标：优良路率≥85%\n3、时效指标：12月底前完成\n4、效益指标：满意度≥90%",
      "1、产出指标：里程≥1200公里\n2、质量指标：优良路率≥85%\n3、时效指标：12月底前完成\n4、效益指标：满意度≥90%",
    ],
    [
      "1、产出指标：里程≥1200公里\n1、质量指标：优良路率≥85%\n3、时效指标：12月底前完成",
      "1、产出指标：里程≥1200公里\n2、质量指标：优良路率≥85%\n3、时效指标：12月底前完成",
    ],
    ["1、数量指标：a\n1、质量指标：b\n3、时效指标：c", "1、数量指标：a\n2、质量指标：b\n3、时效指标：c"],
  ])("%s", (input, expected) => {
    expect(fixNumbering(input)).toBe(expected);
    expect(fixNumbering(expected)).toBe(expected);
  });

  test.each([
    // Two slips: which is meant cannot be told, and 1、1、2、4 must not become 1、1、2、2.
    "1、产出指标：里程≥1200公里\n1、质量指标：优良路率≥85%\n2、时效指标：12月底前完成\n4、效益指标：满意度≥90%",
    // A numbered 一级 as a bare label over items of its own.
    "1、产出指标：\n1、培训人数≥500人\n2、合格率100%\n2、效益指标：\n1、满意度≥90%",
    // Numbered afresh under each 一级.
    "1、产出指标：甲≥5台。1、效益指标：乙。",
  ])("%s stays", (input) => {
    expect(fixNumbering(input)).toBe(input);
  });

  const LEVEL1 = ["产出指标", "效益指标", "满意度指标", "成本指标"];
  const LABELS = [...LEVEL1, "数量指标", "质量指标", "时效指标", "社会效益指标", "培训人数", "群众满意度"];
  const item = fc.record({
    n: fc.integer({ min: 1, max: 6 }),
    label: fc.constantFrom(...LABELS),
    body: fc.constantFrom("≥500人", "100%", "12月底前完成", "", "满意度≥90%"),
    // Round 135: items after a comma count too (1、A，2、B。1、C was made 1、2、2).
    sep: fc.constantFrom("\n", "；", "。", "，"),
  });

  // Items after a line break, ；, 。 or ，, as an officer reads them.
  const badCount = (text: string) => numberingFaults(text, LEVEL1, "\n；。，");

  test("property: no more repeated or out-of-order markers than before, and only numbers change", () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 2, maxLength: 6 }), (items) => {
        const text = items
          .map((it, i) => `${i > 0 ? items[i - 1].sep : ""}${it.n}、${it.label}：${it.body}`)
          .join("");
        const out = fixNumbering(text);
        expect(out.replace(/\d+、/g, "#、")).toBe(text.replace(/\d+、/g, "#、"));
        expect(badCount(out)).toBeLessThanOrEqual(badCount(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("2: => and =< at the start of a cell; a space after a leading = stays", () => {
  test.each([
    // 01 E6, 11 E3, 11 E6.
    ["=>95％", "≥95%"],
    ["=>300", "≥300"],
    ["=<3", "≤3"],
    ["=<3起", "≤3起"],
    ["= >90%", "≥90%"],
  ])("PUNCT: %s → %s", (input, expected) => {
    expect(fixPunctuation(input)).toBe(expected);
    expect(fixPunctuation(expected)).toBe(expected);
  });

  test.each(["=>=90%", "=>B", "=12", "= 90%"])("PUNCT: %s stays", (input) => {
    expect(fixPunctuation(input)).toBe(input);
  });

  test.each([
    // 03 E11: already looks like a formula; =90% would look more like one.
    "= 90%",
    "= 90%\n≥85%",
  ])("SPACE: %s stays", (input) => {
    expect(fixSpaces(input)).toBe(input);
  });

  test.each([
    ["=  90%", "= 90%"],
    [" = 90% ", "= 90%"],
    // Only at the start of the text: on a later line an = is a comparator like any other.
    ["满意度\n= 90%", "满意度\n=90%"],
  ])("SPACE: %s → %s", (input, expected) => {
    expect(fixSpaces(input)).toBe(expected);
  });

  test("a whole run: =>95％ becomes ≥95%, = 90% stays, nothing is a formula, and revert is exact", () => {
    const g = grid([
      ["项目名称", "三级指标", "指标值"],
      ["P", "合格率", "=>95％"],
      ["P", "里程", "=>300"],
      ["P", "事故数", "=<3"],
      ["P", "满意度", "= 90%"],
      ["P", "负增长", "-5%以内"],
    ]);
    const done = run(g);
    expect(done.grid.values.map((r) => r[2])).toEqual(["指标值", "≥95%", "≥300", "≤3", "= 90%", "-5%以内"]);
    expect(revert(done.grid, done.log).grid.values).toEqual(g.values);
  });
});

describe("3: a comparator typed twice", () => {
  test.each([
    // 11 E8.
    ["≥≥5%", "≥5%"],
    ["增长率≥≥5%", "增长率≥5%"],
    ["投诉≤≤3次", "投诉≤3次"],
    ["≥ ≥90%", "≥90%"],
  ])("PUNCT: %s → %s", (input, expected) => {
    expect(fixPunctuation(input)).toBe(expected);
    expect(fixPunctuation(expected)).toBe(expected);
  });

  // Two different signs, or no number after them: which was meant is not the cleanup's to say.
  test.each(["≥≤5%", "≤≥5%", "≥≥", "A≥≥B", "5<x≤10"])("PUNCT: %s stays", (input) => {
    expect(fixPunctuation(input)).toBe(input);
  });
});

describe("4: a number written in groups of four", () => {
  test.each([
    // 04 E8, 09 C4.
    ["≥ 1 0000件", "≥10000件"],
    ["≥1 5000吨", "≥15000吨"],
    ["年产量1 5000吨", "年产量15000吨"],
    ["不少于 2 0000 人次", "不少于20000人次"],
    ["≥1 0000 0000元", "≥100000000元"],
    ["1 0000", "10000"],
  ])("SPACE: %s → %s", (input, expected) => {
    expect(fixSpaces(input)).toBe(expected);
    expect(fixSpaces(expected)).toBe(expected);
  });

  test.each([
    // A list of numbers counting up.
    "开通 1100 1200 1300 线路",
    "1000 2000 3000件",
    // A code, a phone number, a year after a number.
    "2025 0001号",
    "0817 7221234",
    "第1 2025年",
    // Groups of three and of four in one chain: which is meant cannot be told.
    "≥1 000 0000元",
  ])("SPACE: %s stays", (input) => {
    expect(fixSpaces(input)).toBe(input);
  });
});
