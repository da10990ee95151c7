/**
 * Probe round 147: lists that start again under a line heading or a spaced label (城区部分⏎1、2、⏎乡镇部分⏎1、2、;
 * 一期工程：1、2、 二期工程：1、2、) are never numbered on across it, in the cleanup and in the review; a 合计 row
 * right under the table is cleaned with it; a marker typed twice (2、2、) is read once.
 */
import fc from "fast-check";
import { fixNumbering } from "../../../src/core/cleanup/rules/numbering";
import { listHeadingStarts } from "../../../src/core/review/listHeadings";
import { numbering } from "../../../src/core/review/rules/structure";
import { testRule } from "../review/ruleTester";
import { grid, numberingFaults, run } from "./helpers";

describe("H2: NUMBERING starts again under a heading line or a spaced label", () => {
  test.each([
    // 兴宾 C6: the slip 1、1、 under 乡镇部分 is that list's, numbered 1、2、 there.
    [
      "城区部分\n1、培训200人次；\n2、发放资料500份。\n乡镇部分\n1、培训800人次；\n1、发放资料2000份。",
      "城区部分\n1、培训200人次；\n2、发放资料500份。\n乡镇部分\n1、培训800人次；\n2、发放资料2000份。",
    ],
    // 兴宾 C5 with a slip in its second list.
    [
      "一期工程：1、蔗区道路2公里；2、便桥1座 二期工程：1、蔗区道路3公里；1、便桥2座",
      "一期工程：1、蔗区道路2公里；2、便桥1座 二期工程：1、蔗区道路3公里；2、便桥2座",
    ],
    // Lines ending without punctuation, districts as headings.
    ["随州市本级\n1、A\n2、B\n曾都区\n1、C\n1、D", "随州市本级\n1、A\n2、B\n曾都区\n1、C\n2、D"],
  ])("%j → %j", (input, expected) => {
    expect(fixNumbering(input)).toBe(expected);
    expect(fixNumbering(expected)).toBe(expected);
  });

  test.each([
    // 兴宾 C5 and C6 as written, and the district lines of side probe t4: two lists, each right.
    "一期工程：1、蔗区道路2公里；2、便桥1座 二期工程：1、蔗区道路3公里；2、便桥2座",
    "城区部分\n1、培训200人次；\n2、发放资料500份。\n乡镇部分\n1、培训800人次；\n2、发放资料2000份。",
    "随州市本级\n1、培训200人次；\n2、发放资料500份。\n曾都区\n1、培训800人次；\n2、发放资料2000份。",
    "城区部分\n1.培训200人次\n2.发放资料500份\n乡镇部分\n1.培训800人次\n2.发放资料2000份",
    "城区部分\n（1）A\n（2）B\n乡镇部分\n（1）C\n（2）D",
  ])("%j stays", (input) => {
    expect(fixNumbering(input)).toBe(input);
  });

  test.each([
    // A heading only where the list under it starts at 1 again: one going on from 3 is the same list.
    ["1、A；2、B 二期工程：3、C；3、D", "1、A；2、B 二期工程：3、C；4、D"],
    ["1、A\n2、B\n乡镇部分\n3、C\n3、D", "1、A\n2、B\n乡镇部分\n3、C\n4、D"],
    // A line with a digit or punctuation is an item's own line, not a heading.
    ["1、A\n2、B\n共计2项。\n2、C", "1、A\n2、B\n共计2项。\n3、C"],
  ])("%j → %j (no heading)", (input, expected) => {
    expect(fixNumbering(input)).toBe(expected);
  });

  test("the heading starts: a line of its own, a label after a space, before an item numbered 1", () => {
    expect(listHeadingStarts("1、A\n2、B\n乡镇部分\n1、C")).toEqual([7]);
    expect(listHeadingStarts("1、A；2、B 二期工程：1、C")).toEqual([7]);
    // The review's text between two items ends where the next item's number begins.
    expect(listHeadingStarts("2、发放资料500份。\n乡镇部分")).toEqual([11]);
    expect(listHeadingStarts("2、便桥1座 二期工程：")).toEqual([6]);
    // Not before an item going on, nor a line with a digit, nor a label inside a sentence.
    expect(listHeadingStarts("1、A\n2、B\n乡镇部分\n3、C")).toEqual([]);
    expect(listHeadingStarts("1、A\n2、B\n第2部分\n1、C")).toEqual([]);
    expect(listHeadingStarts("1、培训 人数：≥500人")).toEqual([]);
  });

  test("in a table: the right cells stay, the slip is fixed under its own heading", () => {
    const g = grid([
      ["项目名称", "绩效目标", "绩效指标"],
      ["道路", "x", "一期工程：1、蔗区道路2公里；2、便桥1座 二期工程：1、蔗区道路3公里；2、便桥2座"],
      [
        "培训",
        "x",
        "城区部分\n1、培训200人次；\n2、发放资料500份。\n乡镇部分\n1、培训800人次；\n1、发放资料2000份。",
      ],
    ]);
    const first = run(g);
    expect(first.proposal.edits.map((e) => [e.cell, e.rule, e.after])).toEqual([
      [
        "C3",
        "NUMBERING",
        "城区部分\n1、培训200人次；\n2、发放资料500份。\n乡镇部分\n1、培训800人次；\n2、发放资料2000份。",
      ],
    ]);
    expect(run(first.grid, undefined, first.log).proposal.edits).toEqual([]);
  });

  const HEADINGS = ["城区部分", "乡镇部分", "曾都区", "一期工程", "二期工程"];
  const block = fc.record({
    heading: fc.constantFrom(...HEADINGS),
    // How the heading closes: a line of its own, or a colon after a space.
    close: fc.constantFrom("line", "colon"),
    // Each list starts at 1 under its heading (the habit of this round); its later numbers may slip.
    numbers: fc
      .array(fc.integer({ min: 1, max: 4 }), { minLength: 0, maxLength: 3 })
      .map((rest) => [1, ...rest]),
    body: fc.constantFrom("培训200人次", "2025年底前完成", "A", "满意度≥90%"),
    sep: fc.constantFrom("；", "\n", "。"),
  });
  /** Each block's own faults: its list starts again under its heading. */
  const faults = (blocks: string[]) => blocks.reduce((sum, b) => sum + numberingFaults(b, [], "\n；。"), 0);

  test("property: lists under headings keep their first 1, and never gain faults", () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 2, maxLength: 4 }), (blocks) => {
        const written = blocks.map((b, i) => {
          const head =
            b.close === "line" ? `${i > 0 ? "\n" : ""}${b.heading}\n` : `${i > 0 ? " " : ""}${b.heading}：`;
          return head + b.numbers.map((n) => `${n}、${b.body}`).join(b.sep);
        });
        const text = written.join("");
        const out = fixNumbering(text);
        expect(out.replace(/\d+、/g, "#、")).toBe(text.replace(/\d+、/g, "#、"));
        // The result cut where the text was cut, at its headings (only numbers changed).
        const parts = out.split(new RegExp(`(?=[\\n ](?:${HEADINGS.join("|")})[\\n：])`));
        expect(parts).toHaveLength(blocks.length);
        // A list under a heading that started at 1 starts at 1 still, and no block reads worse.
        blocks.forEach((_, i) => {
          expect(parts[i]).toMatch(/^[\n ]?[^\n：]+[\n：]1、/);
        });
        expect(faults(parts)).toBeLessThanOrEqual(faults(written));
      }),
      { numRuns: 2000 },
    );
  });
});

// The review reads the same lists: a restart under a heading is no repeat, a slip under it is.
testRule(numbering, {
  clean: [
    "一期工程：1、蔗区道路2公里；2、便桥1座 二期工程：1、蔗区道路3公里；2、便桥2座",
    "城区部分\n1、培训200人次；\n2、发放资料500份。\n乡镇部分\n1、培训800人次；\n2、发放资料2000份。",
    "随州市本级\n1、培训200人次；\n2、发放资料500份。\n曾都区\n1、培训800人次；\n2、发放资料2000份。",
  ],
  flagged: [
    {
      text: "城区部分\n1、培训200人次；\n2、发放资料500份。\n乡镇部分\n1、培训800人次；\n1、发放资料2000份。",
      count: 1,
      includes: "1、2、1、1",
    },
    // No heading between the two lists: a repeat.
    { text: "1、培训200人次；\n2、发放资料500份。\n1、培训800人次；\n2、发放资料2000份。", count: 1 },
    { text: "1、蔗区道路2公里；2、便桥1座 二期工程：1、蔗区道路3公里；1、便桥2座", count: 1 },
  ],
});

describe("M1: a 合计 row right under the table is cleaned with it", () => {
  test("资金合计 1 850.6 万元 under the last indicator, as inside the table", () => {
    const g = grid([
      ["项目名称", "绩效目标", "绩效指标", "备注"],
      ["甲", "推广 5 万亩", "数量≥ 3 000户", "x"],
      ["合计", null, null, "资金合计 1 850.6 万元"],
    ]);
    const first = run(g);
    expect(first.proposal.edits.map((e) => [e.cell, e.after])).toContainEqual(["D3", "资金合计 1850.6万元"]);
    expect(run(first.grid, undefined, first.log).proposal.edits).toEqual([]);
  });

  test("小计 then 合计 rows are both in; a note after an empty row and a row below a note are not", () => {
    const g = grid([
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "推广面积", "≥5万亩"],
      ["小计", null, null, "资金 1 200 万元"],
      ["合计", null, null, "资金 1 850.6 万元"],
      [null, null, null, null],
      ["合计", null, null, "资金 2 000 万元"],
    ]);
    const cells = run(g).proposal.edits.map((e) => e.cell);
    expect(cells).toEqual(expect.arrayContaining(["D3", "D4"]));
    expect(cells).not.toContain("D6");
  });
});

describe("M2: a marker typed twice is read once", () => {
  test.each([
    // 兴宾 C4.
    [
      "1、高标准蔗田面积 2万亩；2、2025年底前完工；2、2、 验收合格率 100%",
      "1、高标准蔗田面积 2万亩；2、2025年底前完工；3、 验收合格率 100%",
    ],
    ["1、A；2、2、B", "1、A；2、B"],
    ["1、A；2、2、B；3、C", "1、A；2、B；3、C"],
  ])("%j → %j", (input, expected) => {
    expect(fixNumbering(input)).toBe(expected);
    expect(fixNumbering(expected)).toBe(expected);
  });

  test.each([
    // 2、3号楼 lists buildings; 2.2. is outline numbering; 第2、2、 is no item's start.
    "1、A；2、2、3号楼",
    "1、A；2、2、 3号楼",
    "1.A；2.2.验收",
    "共有第2、2、B",
  ])("%j stays", (input) => {
    expect(fixNumbering(input)).toBe(input);
  });
});
