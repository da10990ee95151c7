/** Probe round 139: a range written in digit groups, a repeat on the last item before a digit. */
import fc from "fast-check";
import { fixNumbering } from "../../../src/core/cleanup/rules/numbering";
import { fixSpaces } from "../../../src/core/cleanup/rules/space";
import { grid, numberingFaults, run } from "./helpers";

describe("1: SPACE joins both bounds of a range written in digit groups", () => {
  test.each([
    // 德州 D7 and the side probe's D7: only the bound next to the unit was joined.
    ["2 000—3 000 万元", "2000—3000万元"],
    ["5 000 - 8 000 元", "5000 - 8000元"],
    ["2 000至3 000人", "2000至3000人"],
    ["2 000～3 000", "2000～3000"],
    ["1 0000—1 5000吨", "10000—15000吨"],
    ["≥ 1 200—2 400台", "≥1200—2400台"],
    ["1 200-3 000.5万元", "1200-3000.5万元"],
    // What the earlier cleanup left: the second bound already whole before its unit.
    ["2 000—3000万元", "2000—3000万元"],
    ["1 500～2000%", "1500～2000%"],
  ])("%s → %s", (input, expected) => {
    expect(fixSpaces(input)).toBe(expected);
    expect(fixSpaces(expected)).toBe(expected);
  });

  test.each([
    // The guards of a grouped number: a list counting up, a code, a digit and a space before it.
    ["110 119-120 次", "110 119-120次"],
    ["2025 0001-2025 0009号", "2025 0001-2025 0009号"],
    ["3 2 000—3 000万元", "3 2 000—3000万元"],
    // Nothing says the second bound is one number.
    ["资金 2 000—3 000", "资金 2 000—3 000"],
    ["2 000—3000", "2 000—3000"],
    // A range counts up: a first bound larger than the second is no reading of it.
    ["5 000—3 000元", "5 000—3000元"],
    // Not a range mark between them.
    ["2 000、3 000万元", "2 000、3000万元"],
  ])("%s → %s", (input, expected) => {
    expect(fixSpaces(input)).toBe(expected);
  });
});

describe("3: NUMBERING renumbers a repeat before a digit on the last item", () => {
  test.each([
    // 驻马店 D6.
    [
      "1、2025年6月底前完成摸底；2、2025年12月底前发放；2、2026年1月前复核",
      "1、2025年6月底前完成摸底；2、2025年12月底前发放；3、2026年1月前复核",
    ],
    ["1、A；2、B；2、2026年复核", "1、A；2、B；3、2026年复核"],
    ["1、A；2、B；3、C；3、2026年D", "1、A；2、B；3、C；4、2026年D"],
    ["1、A；2、B；2、2026年C；见附件", "1、A；2、B；3、2026年C；见附件"],
  ])("%s", (input, expected) => {
    expect(fixNumbering(input)).toBe(expected);
    expect(fixNumbering(expected)).toBe(expected);
  });

  test.each([
    // 2、3号楼: buildings 2 and 3, not item 3.
    "1、A；2、B；2、3号楼改造",
    "1、A；2、B；2、3、4号楼改造",
    // One item before it: a repeat of 1 or a list of its own.
    "1、A；1、2026年复核",
    // The numbers before do not count up cleanly from 1.
    "2、A；3、B；3、2026年D",
    // A point before a digit reads as a decimal.
    "1.A；2.B；2.5万元",
    // Under a label of its own: another list.
    "年度目标：1、A；2、B。长期目标：2、2026年C",
    // Not the last: the slot rule between items decides (a 2 there fits no slot).
    "1、A；2、B；2、2026年C；5、D",
  ])("%s stays", (input) => {
    expect(fixNumbering(input)).toBe(input);
  });

  test("in a table: renumbered, and the second run proposes nothing", () => {
    const g = grid([
      ["一级指标", "二级指标", "三级指标", "指标值"],
      [
        "产出指标",
        "时效指标",
        "资金发放",
        "1、2025年6月底前完成摸底；2、2025年12月底前发放；2、2026年1月前复核",
      ],
    ]);
    const first = run(g);
    expect(first.proposal.edits.map((e) => [e.rule, e.after])).toEqual([
      ["NUMBERING", "1、2025年6月底前完成摸底；2、2025年12月底前发放；3、2026年1月前复核"],
    ]);
    expect(run(first.grid, undefined, first.log).proposal.edits).toEqual([]);
  });

  const LEVEL1 = ["产出指标", "效益指标", "满意度指标"];
  const item = fc.record({
    n: fc.integer({ min: 1, max: 5 }),
    // A label names its 一级 with a colon after it, as round 131's property writes it.
    label: fc.constantFrom("", ...LEVEL1.map((l) => `${l}：`), "数量指标：", "培训人数："),
    // Items beginning with a digit, a year or a count: the case this round reads.
    body: fc.constantFrom("2025年底前完成", "2026年1月前复核", "3号楼改造", "≥500人", "满意度≥90%", "A"),
    sep: fc.constantFrom("\n", "；", "。"),
  });

  /** The numbers of the items as an officer reads them: how many repeat or fall, per list. */
  const badCount = (text: string) => numberingFaults(text, LEVEL1, "\n；。");

  test("property (rounds 131/135): never more repeated or falling numbers, only numbers change", () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 2, maxLength: 6 }), (items) => {
        const text = items
          .map((it, i) => `${i > 0 ? items[i - 1].sep : ""}${it.n}、${it.label}${it.body}`)
          .join("");
        const out = fixNumbering(text);
        expect(out.replace(/\d+、/g, "#、")).toBe(text.replace(/\d+、/g, "#、"));
        expect(badCount(out)).toBeLessThanOrEqual(badCount(text));
      }),
      { numRuns: 3000 },
    );
  });
});
