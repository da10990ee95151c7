/**
 * Probe round 227 (cleanup): unseen messy workbooks of 黔东南, 怀化, 六安, 黄冈, 天水, 延边 and 玉林 (merged cells,
 * header copies mid-table, hidden rows, rich text, date serials, formulas, text opening with = + - @,
 * CATEGORY and COMPARATOR-WORDS ticked) and single cells, gold written before the run (round227data.ts).
 * Found: a number after a change word the parser reads (缩短, 压缩, 压减, 上升) kept its space; a target's
 * trailing ; stayed half-width in a cell with no Chinese (≥90%;); a header written in two rows whose upper
 * row also names 备注, 说明 or 序号 (merged over both rows) left the target column out of the cleanup.
 */
import { fixPunctuation } from "../../../src/core/cleanup/rules/punct";
import { fixSpaces } from "../../../src/core/cleanup/rules/space";
import { expectCleanScore, scoreCells2 } from "./round202-score";
import { BOOKS, CELLS } from "./round227data";
import { BOOKS2, CELLS2 } from "./round227data2";
import { scoreBooks227 } from "./round227score";
import { grid, run } from "./helpers";

describe("round 227: the probe's workbooks and cells clean as the gold says", () => {
  test.each([
    ["first batch", BOOKS],
    ["second batch", BOOKS2],
  ] as const)("%s: every gold edit, nothing else, every revert exact", (_name, books) => {
    const s = scoreBooks227(books);
    expectCleanScore(s, books.length);
  });

  test.each([
    ["first batch", CELLS],
    ["second batch", CELLS2],
  ] as const)("single cells, %s: nothing harmful, nothing missed, every revert exact", (_name, cells) => {
    const s = scoreCells2(cells);
    expectCleanScore(s, cells.length);
  });
});

describe("round 227: a number after a change word the parser reads loses its space", () => {
  test.each([
    ["较上年缩短 10%", "较上年缩短10%"],
    ["审批时限压缩 30%", "审批时限压缩30%"],
    ["能耗压减 5%", "能耗压减5%"],
    ["同比上升 2个百分点", "同比上升2个百分点"],
  ])("%s → %s", (before, after) => {
    expect(fixSpaces(before)).toBe(after);
  });

  test.each(["缩短 工期", "压缩 费用 开支"])("no number after it: %s stays", (text) => {
    expect(fixSpaces(text)).toBe(text);
  });
});

describe("round 227: a target's trailing ; in a cell with no Chinese", () => {
  test.each([
    ["≥90%;", "≥90%；"],
    ["≤5%;", "≤5%；"],
    [">=95%;", "≥95%；"],
  ])("%s → %s", (before, after) => {
    expect(fixPunctuation(before)).toBe(after);
  });

  test.each(["Tel: 0558-5221234;", "a;b", "x+y≤100", "1;2", "90%;95%", "SLA ≥ 99.9%; uptime monitored"])(
    "no comparator sign, or English words: %s keeps its ;",
    (text) => {
      expect(fixPunctuation(text)).toBe(text);
    },
  );
});

describe("round 227: a header in two rows whose upper row names 备注, 说明 or 序号 too", () => {
  test.each([
    [
      ["绩效指标", "", "", "指标值", "备注"],
      ["一级指标", "二级指标", "三级指标", "", ""],
    ],
    [
      ["绩效指标", "", "", "指标值", "说明"],
      ["一级指标", "二级指标", "三级指标", "", ""],
    ],
    [
      ["序号", "绩效指标", "", "", "指标值"],
      ["", "一级指标", "二级指标", "三级指标", ""],
    ],
  ])("%j over %j: the targets are cleaned", (upper, lower) => {
    const offset = upper[0] === "序号" ? 1 : 0;
    const line = (name: string, target: string) => {
      const r = ["产出指标", "数量指标", name, target, ""];
      return offset ? [1, ...r.slice(0, 4)] : r;
    };
    const g = grid([upper, lower, line("改造老旧小区", "≥ 8 个"), line("改造工程合格率", "100 %")]);
    const after = run(g).grid.values;
    expect([after[2][3 + offset], after[3][3 + offset]]).toEqual(["≥8个", "100%"]);
  });
});
