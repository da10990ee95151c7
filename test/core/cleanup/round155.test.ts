/**
 * Probe round 155: a comparator written as text about the symbol ("">="为比较符号", >=号为原表符号) stays; a comma
 * list numbered 1、1、1、 whose items are whole indicators is renumbered; a repeated header row kept as a
 * proposal is not offered again once logged; a word spread by spaces (合 计, 指 标 值) is written whole.
 */
import fc from "fast-check";
import { fixNumbering } from "../../../src/core/cleanup/rules/numbering";
import { fixSpaces } from "../../../src/core/cleanup/rules/space";
import {
  defaultCleanupSettings,
  entriesForRun,
  nextLogId,
  proposeCleanup,
  settingsFromRules,
  applyEntriesToGrid,
} from "../../../src/core/cleanup";
import type { Localized } from "../../../src/core/i18n";
import { TIME, grid, revert, ruleFix, run } from "./helpers";

/** PUNCT as the engine runs it (protectedSpans.ts keeps what a note names). */
const fixPunctuation = ruleFix("PUNCT");

describe("H: a comparator named as a symbol is text about it, not a bound", () => {
  test.each([
    // j11 E4, j06 D4 and the repro's third note.
    ">=号为原表符号，勿改",
    '">="为指标值比较符号；培训分3-5期',
    "原表用“>=”表示不少于",
    "原表用「≧」表示不少于",
    "‘<=’为不超过",
    "≧符号为日文输入法所打",
    ">=表示不少于",
    "比较：“＞”大于，“＜”小于",
  ])("PUNCT: %s stays", (input) => {
    expect(fixPunctuation(input)).toBe(input);
  });

  test.each([
    // A bound in the same cell is still mended; a quoted target is a target.
    [">=表示不少于，满意度>=90%", ">=表示不少于，满意度≥90%"],
    ["“>=90%”", "“≥90%”"],
    ["满意度＞＝９０％；“>=”号", "满意度≥90%；“>=”号"],
    ["=>95％", "≥95%"],
  ])("PUNCT: %s → %s", (input, expected) => {
    expect(fixPunctuation(input)).toBe(expected);
  });

  test("in a 备注 column: the note stays, the bound beside it is mended, revert is exact", () => {
    const g = grid([
      ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
      ["产出指标", "数量指标", "防治面积", ">=30万亩", ">=号为原表符号，勿改"],
      ["效益指标", "社会效益指标", "培训人次", ">=500人次", '">="为指标值比较符号'],
    ]);
    const done = run(g);
    expect(done.grid.values.map((r) => r[3])).toEqual(["指标值", "≥30万亩", "≥500人次"]);
    expect(done.grid.values.map((r) => r[4])).toEqual([
      "备注",
      ">=号为原表符号，勿改",
      '">="为指标值比较符号',
    ]);
    expect(revert(done.grid, done.log).grid.values).toEqual(g.values);
  });

  const symbol = fc.constantFrom(">=", "<=", "=>", "≧", "≦", "＞＝", "＜＝", "＞", "＜");
  const named = fc
    .tuple(symbol, fc.constantFrom("“#”", '"#"', "「#」", "‘#’", "#号", "#符号", "#表示"))
    .map(([s, w]) => w.replace("#", s));
  const around = fc
    .array(
      fc.constantFrom("满意度", ">=", "95", "％", "，", "。", " ", "为", "原表", "1、", "；", "≥", "号"),
      {
        maxLength: 6,
      },
    )
    .map((p) => p.join(""));
  test("property: the default rules keep a named symbol as written, wherever it stands in a cell", () => {
    fc.assert(
      fc.property(around, named, around, (before, sym, after) => {
        const g = grid([
          ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
          ["产出指标", "数量指标", "防治面积", "30万亩", before + sym + after],
        ]);
        const cleaned = String(run(g).grid.values[1][4] ?? "");
        expect(cleaned).toContain(sym);
      }),
      { numRuns: 300 },
    );
  });
});

describe("Miss: a comma list numbered 1、1、1、, each item a whole indicator", () => {
  test.each([
    // j09 D5.
    [
      "1、防治面积≥30万亩，1、防治效果≥85%，1、植被恢复率提高",
      "1、防治面积≥30万亩，2、防治效果≥85%，3、植被恢复率提高",
    ],
    [
      "一是培训≥500人次，一是考核合格率≥90%，一是满意度≥90%。",
      "一是培训≥500人次，二是考核合格率≥90%，三是满意度≥90%。",
    ],
    [
      "（1）巡查企业≥350家，（1）整改隐患≥100处，（1）群众满意度≥90%",
      "（1）巡查企业≥350家，（2）整改隐患≥100处，（3）群众满意度≥90%",
    ],
  ])("%s → %s", (input, expected) => {
    expect(fixNumbering(input)).toBe(expected);
    expect(fixNumbering(expected)).toBe(expected);
  });

  test.each([
    // Round 121's guard cases: bare words show no count.
    "一是培训，一是考核，一是满意",
    "1、培训，1、考核，1、满意",
    // One item of no target.
    "1、防治面积≥30万亩，1、防治效果≥85%，1、培训",
    // Two items only.
    "1、防治面积≥30万亩，1、防治效果≥85%",
    // A marker of the style inside a sentence, an item beginning with a digit.
    "1、完成1、2号楼改造，1、新增面积2.5万平方米，1、满意度≥90%",
    "1、防治面积≥30万亩，1、3号楼改造≥2栋，1、满意度≥90%",
    // The list does not open the text.
    "本项目1、防治面积≥30万亩，1、防治效果≥85%，1、植被恢复率提高",
  ])("%s stays", (input) => {
    expect(fixNumbering(input)).toBe(input);
  });

  test("the same items with ； between them are numbered alike", () => {
    const items = ["防治面积≥30万亩", "防治效果≥85%", "植被恢复率提高", "满意度≥90%"];
    const numbers = (t: string) => [...t.matchAll(/(\d+)、/g)].map((m) => m[1]);
    expect(numbers(fixNumbering(items.map((i) => `1、${i}`).join("，")))).toEqual(
      numbers(fixNumbering(items.map((i) => `1、${i}`).join("；"))),
    );
  });
});

describe("Second run: a repeated header row kept as a proposal is not offered again", () => {
  const HEAD = ["一级指标", "二级指标", "三级指标", "指标值"];
  const g = grid([
    HEAD,
    ["产出指标", "数量指标", "防治面积", "≥30万亩"],
    HEAD,
    ["效益指标", "社会效益指标", "培训人次", "≥500人次"],
  ]);
  const why: Localized = { zh: "合并单元格 A1:A4 跨过此行", en: "The merge A1:A4 runs across this row" };
  const kept = new Map([[3, why]]);

  test("kept for a merge across it (j01 7:7): logged 仅建议, then not offered", () => {
    const first = proposeCleanup(g, defaultCleanupSettings(), [], { keptRows: kept });
    const row = first.edits.find((e) => e.kind === "row");
    expect(row).toMatchObject({ cell: "3:3", applied: false, note: why });
    const log = entriesForRun(first.edits, TIME, 1);
    expect(log.find((e) => e.edit.kind === "row")?.action).toBe("declined");
    const after = applyEntriesToGrid(g, log);
    const second = proposeCleanup(after, defaultCleanupSettings(), log, { keptRows: kept });
    expect(second.edits).toEqual([]);
  });

  test("proposed only (HEADER-REPEAT propose): not offered again; applied when its rule is named", () => {
    const settings = { ...defaultCleanupSettings(), "HEADER-REPEAT": "propose" as const };
    const first = run(g, settings);
    expect(first.entries.filter((e) => e.edit.kind === "row").map((e) => e.action)).toEqual(["declined"]);
    expect(proposeCleanup(first.grid, settings, first.log).edits).toEqual([]);
    // Named, the rule applies: a declined proposal does not hold back an edit the officer asks for.
    const named = proposeCleanup(first.grid, settingsFromRules(["HEADER-REPEAT"]), first.log);
    expect(named.edits).toMatchObject([{ kind: "row", cell: "3:3", applied: true }]);
  });

  test("a row logged declined is found where it is after a removal above it", () => {
    const two = grid([...g.values, HEAD, ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"]]);
    const keptLower = new Map([[5, why]]);
    const first = proposeCleanup(two, defaultCleanupSettings(), [], { keptRows: keptLower });
    const log = entriesForRun(first.edits, TIME, nextLogId([]));
    const after = applyEntriesToGrid(two, log);
    // Row 3 is gone; the kept row 5 is row 4 now.
    expect(after.values[3]).toEqual(HEAD);
    const second = proposeCleanup(after, defaultCleanupSettings(), log, { keptRows: new Map([[4, why]]) });
    expect(second.edits).toEqual([]);
  });
});

describe("Minor: a word of the table spread by spaces is written whole", () => {
  test.each([
    ["合 计 347万元", "合计 347万元"],
    ["合    计", "合计"],
    ["小 计：120万元", "小计：120万元"],
    ["指 标 值", "指标值"],
    ["单\u3000位", "单位"],
    ["一 级 指 标", "一级指标"],
  ])("SPACE: %s → %s", (input, expected) => {
    expect(fixSpaces(input)).toBe(expected);
  });

  test.each(["东 湖", "合 计划", "项目 名称", "=合 计", "总 计划100万元"])("SPACE: %s stays", (input) => {
    expect(fixSpaces(input)).toBe(input);
  });
});
