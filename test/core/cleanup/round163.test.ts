/**
 * Probe round 163: what a cell quotes stays as typed, for every rule (protectedSpans.ts), and so do marks a
 * note explains or calls the original's (即, 指, 意为, 写法); a header under a title of its own after an
 * empty row heads another table and is only offered; spaces around a unit's slash after 万元 or a measure
 * word, and after 月 before 底前 or a wrapped day, go; a full-width letter glued to a digit folds with it.
 */
import { fixPunctuation } from "../../../src/core/cleanup/rules/punct";
import { fixSpaces } from "../../../src/core/cleanup/rules/space";
import { TEXT_RULES } from "../../../src/core/cleanup";
import { protectedSpans } from "../../../src/core/cleanup/protectedSpans";
import { grid, revert, ruleFix, run } from "./helpers";

const NOTES = ["一级指标", "二级指标", "三级指标", "指标值", "备注"];

/** The cell after a default cleanup, in a 备注 column. */
function cleanedNote(note: string, target = "≥3个"): string {
  const g = grid([NOTES, ["产出指标", "数量指标", "改造小区", target, note]]);
  return String(run(g).grid.values[1][4] ?? "");
}

describe("H: a quoted span stays as typed, whatever the rule", () => {
  test.each([
    // m13 F3, m14 F3, F4, D12 and repro/quoted.xlsx.
    "说明：“。。”为原文",
    "原表“。。。”照录",
    "“，，”为原文写法",
    "原文「；。」照录",
    "原文'。。'照录",
    "原表写作“≥=90%”，已核",
    "原表编号“1、…；1、…；3、…”有误",
    "原表“1．1．3．”编号照录",
    "“> = 90 %”为原表写法",
  ])("%s stays", (note) => {
    expect(cleanedNote(note)).toBe(note);
  });

  test("the bound beside a quote is mended, the quote is not", () => {
    // m14 D12: the bracket must not come to call the mended form wrong.
    expect(cleanedNote('≥ 90%（ 即 "≥=90%" 写法 错误 ）')).toBe('≥90%（即 "≥=90%" 写法 错误）');
  });

  test.each([
    // Quotes around a name: only the quoted span is left alone.
    ["1、开展“十四五”规划 编制 ,，1、“两癌”筛查≥ 90 ％", "1、开展“十四五”规划 编制，1、“两癌”筛查≥90%"],
    ["推行“一站式”服务 ≥ 95 ％。。", "推行“一站式”服务≥95%。"],
    ["《办法》 规定 ≥ 90%", "《办法》规定≥90%"],
    // A quoted value or name no word calls the original's is cleaned (m14 F14), as is a cell that is only one.
    ["“ ≥ 90 % ”为 上级 下达", "“≥90%”为 上级 下达"],
    ["1、开展“十四五 ”规划 编制", "1、开展“十四五”规划 编制"],
    ["“>=90%”", "“≥90%”"],
  ])("%s → %s", (note, expected) => {
    expect(cleanedNote(note)).toBe(expected);
  });

  test("every text rule is run with the quoted spans masked (a rule added later too)", () => {
    for (const rule of TEXT_RULES)
      expect(rule.fix("原文“效益效益 。。1、1、”照录")).toBe("原文“效益效益 。。1、1、”照录");
  });

  test("the spans: quotes on one line, 《= 》= are no title marks, an apostrophe is no quote", () => {
    const spans = (t: string) => protectedSpans(t).map(([a, b]) => t.slice(a, b));
    expect(spans("原文“。。”与「；。」")).toEqual(["。。", "；。"]);
    expect(spans("《=3天，》=90%")).toEqual([]);
    expect(spans("it's 'a'")).toEqual(["a"]);
    expect(spans("“1、\n2、”")).toEqual([]);
  });

  test("revert after the run is exact", () => {
    const g = grid([NOTES, ["产出指标", "数量指标", "改造小区", "≥ 3个", "原表“。。。”照录，实际 ≥ 3 个"]]);
    const done = run(g);
    expect(done.grid.values[1][4]).toBe("原表“。。。”照录，实际≥3个");
    expect(revert(done.grid, done.log).grid.values).toEqual(g.values);
  });
});

describe("N and judgement: a mark a note explains or calls the original's keeps its form and spaces", () => {
  test.each([
    // m14 F12, m03 F5, m14 F8, F9.
    "原表 ≥= 写法",
    "注：> = 即 不少于",
    "注：≧即不少于",
    ">= 指 不少于；≧ 意为 不少于",
    "原表 》= 有误",
    "。。为原文",
  ])("%s stays", (note) => {
    expect(ruleFix("SPACE")(note)).toBe(note);
    expect(ruleFix("PUNCT")(note)).toBe(note);
    expect(cleanedNote(note)).toBe(note);
  });

  test.each([
    // 指标 is no 指; a bound before 即可 is a bound.
    ["满意度 >= 90%，即 达标", "满意度≥90%，即 达标"],
    ["≥ 90 ％ 即可", "≥90%即可"],
    ["完成，，即将验收", "完成，即将验收"],
  ])("%s → %s", (note, expected) => {
    expect(cleanedNote(note)).toBe(expected);
  });
});

describe("Judgement: a header under a title of its own after an empty row heads another table", () => {
  const header = ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"];
  const stacked = grid([
    ["金华市义乌市稠城街道2025年项目支出绩效目标表", null, null, null, null],
    ["项目一：老旧小区微改造", null, null, null, null],
    header,
    ["产出指标", "数量指标", "改造小区", "≥6个", "个"],
    ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "%"],
    [null, null, null, null, null],
    ["项目二：垃圾分类提升", null, null, null, null],
    header,
    ["产出指标", "数量指标", "分类投放点", "≥40个", "个"],
    ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "%"],
  ]);

  test("offered with a note, not removed", () => {
    const done = run(stacked);
    const row = done.proposal.edits.find((e) => e.kind === "row");
    expect(row).toMatchObject({ cell: "8:8", applied: false });
    expect(row?.note?.zh).toContain("另一张表");
    expect(done.grid.values[7]).toEqual(header);
  });

  test("a copy after 续表, or under the page's title repeated, still goes", () => {
    const continued = grid([
      ...stacked.values.slice(0, 6),
      ["续表", null, null, null, null],
      ...stacked.values.slice(7),
    ]);
    expect(run(continued).proposal.edits.find((e) => e.kind === "row")).toMatchObject({
      cell: "8:8",
      applied: true,
    });
    const retitled = grid([...stacked.values.slice(0, 6), stacked.values[0], ...stacked.values.slice(7)]);
    expect(run(retitled).proposal.edits.find((e) => e.kind === "row")).toMatchObject({
      cell: "8:8",
      applied: true,
    });
  });
});

describe("Misses: a unit's slash after 万元 or a measure word, a space after 月", () => {
  test.each([
    // m04 D8, m11 D5, repro/slash.xlsx; m03 D7, m04 D6.
    ["≤ 8 万元 / 个", "≤8万元/个"],
    ["≤ 3 万元 / 亩", "≤3万元/亩"],
    ["≥ 5 套 / 校", "≥5套/校"],
    ["2025年 12 月 底前", "2025年12月底前"],
    ["2025 年 11 月 30\n日前", "2025年11月30\n日前"],
  ])("%s → %s", (input, expected) => {
    expect(fixSpaces(input)).toBe(expected);
  });

  test.each(["东湖 / 西湖", "10 kV / 35 kV", "共 5套 / 3 校区", "3个月 内", "11月 30"])(
    "%s stays",
    (input) => {
      expect(fixSpaces(input)).toBe(input);
    },
  );
});

describe("A full-width letter glued to a digit folds with it", () => {
  test.each([
    ["５Ｇ基站建设", "5G基站建设"],
    ["ＰＭ２．５≤３５", "PM2.5≤35"],
    ["5Ｇ覆盖", "5G覆盖"],
    // Letters alone are not folded (nothing claims so): no new mix.
    ["ＡＡＡＡ级景区", "ＡＡＡＡ级景区"],
  ])("%s → %s", (input, expected) => {
    expect(fixPunctuation(input)).toBe(expected);
  });
});
