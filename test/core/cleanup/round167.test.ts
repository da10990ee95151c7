/**
 * Probe round 167: a space-grouped list whose first number has a shorter lead group (分别 1 200 800 600 米)
 * stays as written (numbers.ts groupsReading); a word before a mark that says the original wrote it
 * (原表写作>=90%, 原文为 > = 90 %, 原表此处为 。。) keeps the mark as typed (namedSymbols.ts); a list's unit
 * keeps its space whatever its numbers (各 5 5 5 台); a doubled ，；、 ending a cell or a bracket goes whole.
 */
import { fixPunctuation } from "../../../src/core/cleanup/rules/punct";
import { fixSpaces } from "../../../src/core/cleanup/rules/space";
import fc from "fast-check";
import { NAMED_SYMBOL, namedSymbols } from "../../../src/core/cleanup/namedSymbols";
import { protectedSpans } from "../../../src/core/cleanup/protectedSpans";
import { grid, revert, ruleFix, run } from "./helpers";

const COLUMNS = ["一级指标", "二级指标", "三级指标", "指标值", "备注"];

/** A cell after a default cleanup: a target in the 指标值 column, a note in the 备注 column. */
function cleaned(target: string, note = ""): [string, string] {
  const g = grid([COLUMNS, ["产出指标", "数量指标", "新建道路", target, note]]);
  const values = run(g).grid.values[1];
  return [String(values[3] ?? ""), String(values[4] ?? "")];
}

describe("H1: a list whose first number is written in groups is not joined into one", () => {
  test.each([
    // m14 D3 and repro/lists.xlsx, lists_more.xlsx.
    "分别 1 200 800 600 米",
    "分别为 1 200 800 600 米",
    "1 200 800 600 米",
    "分别 1 200 800 元",
    "各 1 200 800 元",
    "三个镇分别 1 500 900 600 户",
    "1 200 800 米（两段）",
    "分别 1 000 800 600 米",
  ])("%s stays", (target) => {
    expect(fixSpaces(target)).toBe(target);
    expect(cleaned(target)[0]).toBe(target);
  });

  test.each([
    // One number: a group led by 0 carries it on, or a single group follows a shorter lead.
    ["≥ 1 200 米", "≥1200米"],
    ["各 1 200 盏", "各 1200盏"],
    ["1 250 000 元", "1250000元"],
    ["分别为 12 000 000 元", "分别为 12000000元"],
    ["1 200 800 000 元", "1200800000元"],
    // One number or two, after a comparator: one.
    ["≥ 1 200 800 米", "≥1200800米"],
  ])("%s → %s", (target, expected) => {
    expect(fixSpaces(target)).toBe(expected);
  });
});

describe("H2: a word before a mark saying the original wrote it keeps the mark as typed", () => {
  test.each([
    // m14 F3 and repro/notes.xlsx.
    "原表 写作 ≥=90% 的 已改",
    "原表 写作≥=90% 的 已改",
    "原表写作>=90%",
    "原文为 > = 90 %",
    "原表 误写 为 ≧90％",
    "上报时写成 =>90%",
    "原表此处为 。。 已删",
    "原文是：＞＝ 90 ％",
  ])("%s stays", (note) => {
    expect(ruleFix("SPACE")(note)).toBe(note);
    expect(ruleFix("PUNCT")(note)).toBe(note);
    expect(cleaned("≥3个", note)[1]).toBe(note);
  });

  test.each([
    // The rest of the cell is cleaned as before.
    ["原表写作>=90%，，已改 ", "原表写作>=90%，已改"],
    ["≥ 90 %（原表 写作 >= 90 %）。。", "≥90%（原表 写作 >= 90 %）。"],
    // No such word right before the mark: cleaned.
    ["写作培训 >= 90 %", "写作培训≥90%"],
    ["草原面积为>=1000亩", "草原面积为≥1000亩"],
    ["原表是否有误 ≥ 90 %", "原表是否有误≥90%"],
  ])("%s → %s", (note, expected) => {
    expect(cleaned("≥3个", note)[1]).toBe(expected);
  });

  test("the span is the mark and the value it writes", () => {
    const spans = (t: string) => protectedSpans(t).map(([a, b]) => t.slice(a, b));
    expect(spans("原文为 > = 90 % 左右")).toEqual(["> = 90 %"]);
    expect(spans("原表此处为 。。 已删")).toEqual(["。。"]);
  });

  test("revert after the run is exact", () => {
    const g = grid([COLUMNS, ["产出指标", "数量指标", "新建道路", "≥ 3 个", "原表写作>=90%，，已改"]]);
    const done = run(g);
    expect(done.grid.values[1].slice(3)).toEqual(["≥3个", "原表写作>=90%，已改"]);
    expect(revert(done.grid, done.log).grid.values).toEqual(g.values);
  });
});

describe("Judgement: a list's numbers keep their spaces, and so does its unit", () => {
  test.each(["各 5 5 5 台", "分别 2 000 1 500 1 000 人", "分别 500 300 200 亩"])("%s stays", (target) => {
    expect(fixSpaces(target)).toBe(target);
  });

  test.each([
    ["5 台", "5台"],
    ["≥ 1 0000 件", "≥10000件"],
    ["≥ 3 600 人", "≥3600人"],
  ])("one number's unit is joined: %s → %s", (target, expected) => {
    expect(fixSpaces(target)).toBe(expected);
  });
});

describe("Judgement: a doubled ，；、 ending a cell or a bracket goes whole", () => {
  test.each([
    ["（2024年为93%，，）", "（2024年为93%）"],
    ["≥90%；；", "≥90%"],
    ["≥90%（较上年；；)", "≥90%（较上年）"],
    ["2025年10月底前，，", "2025年10月底前"],
    // A single one stays as typed; inside the text a run collapses.
    ["≥90%；", "≥90%；"],
    ["（2024年为93%，）", "（2024年为93%，）"],
    ["≥90%；；⏎≥80%".replace("⏎", "\n"), "≥90%；\n≥80%"],
  ])("%s → %s", (text, expected) => {
    expect(fixPunctuation(text)).toBe(expected);
  });
});

describe("namedSymbols: the cheap pre-check passes every cell the whole pattern can match", () => {
  // Pieces of every part of NAMED_SYMBOL (signs, 》= 《=, marks, the naming and written-as words) and others.
  const PIECES = [
    ...">=<＞＝＜≥≤≧≦《》。，；、,;:： ",
    ..."号符表示代意即指标为系是笔误原文表写法错有照录作成填稿件此处",
    ..."90%％.．０９字甲",
  ];
  const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((p) => p.join(""));
  it("gives the same spans as the pattern run on every cell", () => {
    fc.assert(
      fc.property(text, (t) => {
        const whole = [...t.matchAll(NAMED_SYMBOL)].map((m) => [m.index, m.index + m[0].length]);
        expect(namedSymbols(t)).toEqual(whole);
      }),
      { numRuns: 20000 },
    );
  });
});
