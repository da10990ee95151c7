/**
 * Probe round 147 H1: SPACE joined a list of three-digit numbers into one number where a unit followed
 * (分别 300 200 100 米 → 分别 300200100米, 补助 300 250 200 万元 → 3 亿元). Groups all three digits long and led
 * by a nonzero digit now stay apart where they run to three or more, count up, or follow 分别/各/依次/每档;
 * two of them (300 250 元/人: one amount or two?) are joined only after a comparator. The parser's
 * groupedEnd asks the same question (numbers.ts groupsReading).
 */
import fc from "fast-check";
import { fixSpaces } from "../../../src/core/cleanup/rules/space";
import { groupsReading } from "../../../src/core/text/numbers";
import { parseTarget } from "../../../src/core/text/target";
import { grid, HEADER, run } from "./helpers";

describe("H1: SPACE keeps a list of three-digit numbers apart", () => {
  test.each([
    // 漯河源汇区 F9, F10.
    "分别 300 200 100 米",
    "补助 300 250 200 万元",
    // Side probes.
    "300 250 元/人",
    "各镇 200 180 160 户",
    "三个村各 100 100 100 人",
    "长 300 200 米",
    // After a word that says there are several, two groups too.
    "分别 300 250 元/人",
    "各 100 100 人",
    "依次为 500 300 元",
    "每档 300 250 元/人",
    // Three or more equal-length groups after a comparator are still a list, as the parser reads them.
    "≥300 200 100米",
    // Counting up, as before.
    "维修 101 102 103 间",
    "开通 110 119 120 次",
  ])("%j stays", (input) => {
    expect(fixSpaces(input)).toBe(input);
  });

  test.each([
    // Thousands: a shorter lead group, a group led by 0, or two groups after a comparator.
    ["1 850.6 万元", "1850.6万元"],
    ["≥3 600人", "≥3600人"],
    ["12 500 元", "12500元"],
    ["300 000 元", "300000元"],
    ["总投资 300 000 000 元", "总投资 300000000元"],
    ["≥300 250元", "≥300250元"],
    ["不少于 300 250 元", "不少于300250元"],
    ["≥1 0000件", "≥10000件"],
    ["2 000", "2000"],
    // The list stays; the spaces around it that are surely stray still go.
    ["分别 300 200 100 米 ，", "分别 300 200 100 米，"],
  ])("%j → %j", (input, expected) => {
    expect(fixSpaces(input)).toBe(expected);
    expect(fixSpaces(expected)).toBe(expected);
  });

  test("the workbook's cells stay as written (h1_space_list.xlsx)", () => {
    const g = grid([
      HEADER,
      ["某局", "某单位", "道路建设", "修建道路", "分别 300 200 100 米"],
      ["某局", "某单位", "补助项目", "发放补助", "补助 300 250 200 万元"],
      ["某局", "某单位", "维修项目", "维修教室", "≥3 600人"],
    ]);
    const edits = run(g).proposal.edits.filter((e) => e.rule === "SPACE");
    expect(edits.map((e) => [e.cell, e.after])).toEqual([["E4", "≥3600人"]]);
  });

  test("groupsReading: one number, a list, or either", () => {
    const read = (s: string) => groupsReading(s, s.search(/\d/), s.search(/\d[^\d ]*$/) + 1);
    expect(read("1 200")).toBe("number");
    expect(read("300 000 000")).toBe("number");
    expect(read("300 200 100")).toBe("list");
    expect(read("101 102")).toBe("list");
    expect(read("分别 300 250")).toBe("list");
    expect(read("各 100 100")).toBe("list");
    expect(read("300 250")).toBe("either");
    expect(read("长 300 200")).toBe("either");
  });

  test("property: three-digit groups led by a nonzero digit are joined only where two follow a comparator, and read the same", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 100, max: 999 }), { minLength: 2, maxLength: 4 }),
        fc.constantFrom("", "分别 ", "各 ", "补助 ", "≥", "不少于 ", "长 "),
        fc.constantFrom("", " 米", "元/人", " 万元", "%"),
        (groups, before, unit) => {
          const text = `${before}${groups.join(" ")}${unit}`;
          const out = fixSpaces(text);
          const joined = !out.includes(groups.join(" "));
          const compared = before === "≥" || before === "不少于 ";
          const list = groups.length > 2 || groups[1] > groups[0] || before === "分别 " || before === "各 ";
          // Whatever happens, the digits stay in their order.
          expect(out.replace(/\D/g, "")).toBe(text.replace(/\D/g, ""));
          if (list || !compared) expect(joined).toBe(false);
          // The parser reads the cell the same before and after (a joined list would be one large number).
          expect(parseTarget(out)).toEqual(parseTarget(text));
        },
      ),
      { numRuns: 500 },
    );
  });
});
