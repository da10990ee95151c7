/**
 * Properties on generated messy tables: revert(apply(t)) = t; apply(apply(t)) = apply(t); with only
 * SPACE and PUNCT on, the text minus whitespace and punctuation is unchanged; cells that are not text
 * (numbers, booleans, formulas) are never touched.
 */
import fc from "fast-check";
import type { CellValue, Grid } from "../../../src/core/grid";
import { parseA1 } from "../../../src/core/grid";
import {
  RULE_IDS,
  applyEntriesToGrid,
  defaultCleanupSettings,
  entriesForRun,
  proposeCleanup,
  settingsFromRules,
  type CleanupRuleId,
} from "../../../src/core/cleanup";
import { HEADER, TIME, grid, revert, run } from "./helpers";

const FRAGMENTS = [
  "巡查企业数",
  "满意度",
  "产出指标",
  "效益指标",
  "项目完成指标",
  "系统正常运行率",
  "防震减灾灾灾",
  "效益效益",
  "装备、装备",
  "不少于",
  "大于",
  "低于",
  "≥",
  ">=",
  "≧",
  "＞＝",
  "<=",
  "≦",
  "％",
  "%",
  "９５",
  "95",
  "0.9万",
  "1、",
  "2、",
  "1.",
  "（1）",
  "(2)",
  "。",
  "。。",
  "，",
  "，，",
  ",",
  ":",
  "：",
  ";",
  "（",
  "）",
  "(",
  ")",
  " ",
  "  ",
  "\u3000",
  "\u00A0",
  "\u200B",
  "\n",
  "\n\n",
  "GPS",
  "tracking",
  "1,000",
  "10:30",
  "=",
  "-",
  "+",
  "家次",
  "万元",
  "人次",
  "天",
  "以上",
  "以内",
  "、",
  // Round 121: magnitudes and units, reversed comparators, a Latin abbreviation, numbers in groups.
  "万 元",
  "30 万",
  " 千 ",
  "2 000",
  " km",
  "=>",
  "=<",
  "(VM)",
  "大于等于 ",
  "一是",
  "二是",
];

const text = fc
  .array(fc.constantFrom(...FRAGMENTS), { minLength: 0, maxLength: 12 })
  .map((parts) => parts.join(""));
const cell: fc.Arbitrary<{ value: CellValue; formula: boolean }> = fc.oneof(
  { weight: 6, arbitrary: text.map((value) => ({ value, formula: false })) },
  {
    weight: 1,
    arbitrary: fc
      .double({ noNaN: true, noDefaultInfinity: true })
      .map((value) => ({ value, formula: false })),
  },
  { weight: 1, arbitrary: fc.constant({ value: null, formula: false }) },
  { weight: 1, arbitrary: fc.boolean().map((value) => ({ value, formula: false })) },
  { weight: 1, arbitrary: text.map((value) => ({ value, formula: true })) },
);
const row = fc.array(cell, { minLength: 0, maxLength: 6 });

/** Title, blank, header, data rows with repeated headers (and blank lines) dropped in. */
const table: fc.Arbitrary<Grid> = fc
  .record({
    rows: fc.array(row, { minLength: 1, maxLength: 10 }),
    repeats: fc.array(fc.nat(10), { maxLength: 3 }),
    titled: fc.boolean(),
  })
  .map(({ rows, repeats, titled }) => {
    const data = rows.map((r) => ({ values: r.map((c) => c.value), formulas: r.map((c) => c.formula) }));
    for (const at of repeats)
      data.splice(Math.min(at, data.length), 0, { values: [...HEADER], formulas: HEADER.map(() => false) });
    const head = [
      ...(titled
        ? [{ values: ["项目支出绩效目标表（含转移支付项目）"] as CellValue[], formulas: [false] }]
        : []),
      { values: [...HEADER] as CellValue[], formulas: HEADER.map(() => false) },
    ];
    const all = [...head, ...data];
    return grid(
      all.map((r) => r.values),
      "表",
      all.map((r) => r.formulas),
    );
  });

/** A table pasted from a PDF: a header line, then lines of category words, names and messy values. */
const WORDS = [
  "产出指标",
  "数量指标",
  "效益指标",
  "培训人数",
  "满意度",
  "≥",
  "95",
  "％",
  "，，",
  "家次",
  "明显",
  "提升",
  "10",
  "。。",
];
const linesTable: fc.Arbitrary<Grid> = fc
  .array(
    fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => w.join(" ")),
    { minLength: 1, maxLength: 6 },
  )
  .map((lines) => grid([["一级指标 二级指标 三级指标 分值 指标值"], ...lines.map((l) => [l])], "表"));

const anyTable = fc.oneof({ weight: 4, arbitrary: table }, { weight: 1, arbitrary: linesTable });

/** A grid's cells as a workbook holds them: a missing cell and an empty one are the same (ragged rows). */
function cells(values: readonly CellValue[][]): CellValue[][] {
  return values.map((r) => {
    const row = [...r];
    while (row.length > 0 && (row[row.length - 1] === null || row[row.length - 1] === undefined)) row.pop();
    return row;
  });
}

const ruleSubset = fc.subarray([...RULE_IDS] as CleanupRuleId[], { minLength: 1 });
const everything = settingsFromRules(RULE_IDS);
const config = { numRuns: 150 };

describe("cleanup properties", () => {
  test("the generator makes tables with something to clean (so the properties are not vacuous)", () => {
    const samples = fc.sample(anyTable, { numRuns: 250, seed: 1 });
    const runs = samples.map((t) => run(t, everything).entries);
    const withRows = runs.filter((es) => es.some((e) => e.edit.kind === "row")).length;
    const withCells = runs.filter((es) => es.some((e) => e.edit.kind === "cell")).length;
    const rules = new Set(runs.flat().map((e) => e.edit.rule));
    expect(withRows).toBeGreaterThan(40);
    expect(withCells).toBeGreaterThan(120);
    expect([...rules].sort()).toEqual([...RULE_IDS].sort());
  });

  test("revert(apply(t)) = t, for any choice of rules", () => {
    fc.assert(
      fc.property(anyTable, ruleSubset, (t, rules) => {
        const applied = run(t, settingsFromRules(rules));
        const back = revert(applied.grid, applied.log);
        expect(back.plan.conflicts).toEqual([]);
        expect(cells(back.grid.values)).toEqual(cells(t.values));
      }),
      config,
    );
  });

  test("apply(apply(t)) = apply(t): a second run proposes nothing", () => {
    fc.assert(
      fc.property(anyTable, ruleSubset, (t, rules) => {
        const settings = settingsFromRules(rules);
        const first = run(t, settings);
        const second = proposeCleanup(first.grid, settings, first.log);
        expect(second.edits).toEqual([]);
      }),
      config,
    );
  });

  test("with the default settings the second run proposes nothing either (declined proposals are logged)", () => {
    fc.assert(
      fc.property(table, (t) => {
        const first = run(t);
        expect(proposeCleanup(first.grid, defaultCleanupSettings(), first.log).edits).toEqual([]);
      }),
      config,
    );
  });

  test("repeated header rows kept as proposals (a merge across them) are not offered on the next run", () => {
    // Round 155: a kept row was logged 仅建议 and offered again. The gateway keeps a row as long as its
    // merge is there, so on the second run every repeated header left is kept again.
    const why = { zh: "合并单元格跨过此行", en: "A merge runs across this row" };
    const keptOf = (g: Grid, pick: (i: number) => boolean) =>
      new Map(
        proposeCleanup(g, defaultCleanupSettings())
          .edits.flatMap((e) => (e.kind === "row" ? [e.row] : []))
          .filter((_, i) => pick(i))
          .map((r) => [r, why] as const),
      );
    fc.assert(
      fc.property(table, fc.nat(7), (t, bits) => {
        const kept = keptOf(t, (i) => ((bits >> i) & 1) === 1);
        const first = proposeCleanup(t, defaultCleanupSettings(), [], { keptRows: kept });
        const entries = entriesForRun(first.edits, TIME, 1);
        const after = applyEntriesToGrid(t, entries);
        const again = proposeCleanup(after, defaultCleanupSettings(), entries, {
          keptRows: keptOf(after, () => true),
        });
        expect(again.edits).toEqual([]);
      }),
      config,
    );
  });

  test("a name's line break is offered in the run that cleans the rest of the cell, not only in the next", () => {
    // Found by the property above (seed 1853508095): ％ cleaned to % left the parser's name (read with ％)
    // unmatched, so the break was offered only on a second run.
    const t = grid([[...HEADER], ["", 0, "", "", "％巡查企业数\n\n巡查企业数1、"]], "表");
    const first = run(t);
    expect(first.proposal.edits.filter((e) => !e.applied).map((e) => e.kind === "cell" && e.after)).toEqual([
      "%巡查企业数巡查企业数1、",
    ]);
    expect(proposeCleanup(first.grid, defaultCleanupSettings(), first.log).edits).toEqual([]);
  });

  test("removing an empty line never makes the parser read two items as one name", () => {
    // Found by CI (seed -2022775286): SPACE removed the empty line, the next run read 巡查企业数巡查企业数 and
    // offered to join a break the first run had made.
    const t = grid([[...HEADER], [null, 0, 0, null, "巡查企业数\n\n巡查企业数(2)"]], "表");
    const first = run(t);
    expect(first.grid.values[1][4]).toBe("巡查企业数\n\n巡查企业数（2）");
    expect(proposeCleanup(first.grid, defaultCleanupSettings(), first.log).edits).toEqual([]);
  });

  test("a cell a rule cleans is read again as cleaned before its name breaks are offered", () => {
    // Found with 20,000 runs: TYPO's 装备、装备 → 装备 let the parser read 装备⏎巡查企业数 as one name, and the
    // break was offered only on the second run.
    const settings = settingsFromRules(["SPACE", "TYPO"]);
    const t = grid([[...HEADER], ["", "", "", "", "装备、装备\n巡查企业数1,000"]], "表");
    const first = run(t, settings);
    expect(first.proposal.edits.filter((e) => !e.applied).map((e) => e.kind === "cell" && e.after)).toEqual([
      "装备巡查企业数1,000",
    ]);
    expect(proposeCleanup(first.grid, settings, first.log).edits).toEqual([]);
  });

  test("a run of marks made full-width in one pass lets the space beside it go in the same run", () => {
    // Found by the idempotence property on an unfixed seed: PUNCT widened ;,,:、 one mark a pass, the chain
    // stopped after four passes, and the space after ≥ (stray only beside full-width marks) went on the
    // second run.
    const settings = settingsFromRules(["SPACE", "PUNCT"]);
    const first = run(grid([[...HEADER], ["", "", "", "", "≥  ;,,:、"]], "表"), settings);
    expect(first.grid.values[1][4]).toBe("≥；，，：、");
    expect(proposeCleanup(first.grid, settings, first.log).edits).toEqual([]);
  });

  test("a header copy is judged on the table as the run leaves it, so the next run does not remove it then", () => {
    // Found by the idempotence property on an unfixed seed (1694414352): 项目完成指标，， read as an indicator above a
    // project with none, so the header copy under it looked like that project's form's own and was only offered;
    // PUNCT made it 项目完成指标 (a category's label, no indicator) and the next run removed the copy.
    const settings = settingsFromRules(["HEADER-REPEAT", "PUNCT", "TYPO"]);
    const first = run(
      grid([[...HEADER], ["", 0, null, "", "项目完成指标，，"], ["", "", "巡查企业数"], [...HEADER]], "表"),
      settings,
    );
    expect(first.grid.values).toEqual([
      [...HEADER],
      ["", 0, null, "", "项目完成指标"],
      ["", "", "巡查企业数"],
    ]);
    expect(proposeCleanup(first.grid, settings, first.log).edits).toEqual([]);
    // Revert gives the copy back where it was.
    expect(revert(first.grid, first.log).grid.values).toEqual([
      [...HEADER],
      ["", 0, null, "", "项目完成指标，，"],
      ["", "", "巡查企业数"],
      [...HEADER],
    ]);
  });

  test("SPACE and PUNCT change only whitespace and punctuation", () => {
    const strip = (s: string) => s.normalize("NFKC").replace(/[\s\u200B-\u200D\u2060\uFEFF\p{P}\p{S}]/gu, "");
    fc.assert(
      fc.property(table, (t) => {
        for (const e of run(t, settingsFromRules(["SPACE", "PUNCT"])).entries)
          if (e.edit.kind === "cell") expect(strip(e.edit.after)).toBe(strip(e.edit.before));
      }),
      config,
    );
  });

  test("SPACE and PUNCT keep every digit in order and every comparator's meaning", () => {
    const digits = (s: string) => s.normalize("NFKC").replace(/[^0-9]/g, "");
    /** The comparators in order, one sign per meaning: >= => ≧ ＞＝ ≥≥ are all ≥. */
    const comparators = (s: string) =>
      s
        .normalize("NFKC")
        .replace(/[\s\u200B-\u200D\u2060\uFEFF]/g, "")
        .replace(/>=|=>|≧|≥/g, "≥")
        .replace(/<=|=<|≦|≤/g, "≤")
        // ≥= is ≥ with the = of >= typed again (round 135); folded while the signs still touch,
        // so that an = further on (≧=0.9万=) is not drawn up against the ≥ by the strip below.
        .replace(/([≥≤])=/g, "$1")
        // One sign typed twice (≥≥5%) means what it means once (round 131).
        .replace(/≥+/g, "≥")
        .replace(/≤+/g, "≤")
        .replace(/[^≥≤<>=]/g, "");
    fc.assert(
      fc.property(table, (t) => {
        for (const e of run(t, settingsFromRules(["SPACE", "PUNCT"])).entries)
          if (e.edit.kind === "cell") {
            expect(digits(e.edit.after)).toBe(digits(e.edit.before));
            expect(comparators(e.edit.after)).toBe(comparators(e.edit.before));
          }
      }),
      config,
    );
  });

  test("≧= folds to ≥ and an = further on stays where it was", () => {
    // Found by CI (seed -1359199372): the property's own reading drew the later = up against the ≥ once
    // the figures between were stripped; the edit itself was right.
    const t = grid([[...HEADER], ["≧=0.9万="], ["", "", "巡查企业数"]], "表");
    const cells = run(t, settingsFromRules(["SPACE", "PUNCT"])).entries.map(
      (e) => e.edit.kind === "cell" && e.edit.after,
    );
    expect(cells).toEqual(["≥0.9万="]);
  });

  test("only text cells are edited: numbers, booleans, empty cells and formulas never", () => {
    fc.assert(
      fc.property(table, (t) => {
        for (const e of proposeCleanup(t, everything).edits) {
          if (e.kind !== "cell") continue;
          const pos = parseA1(e.cell);
          if (!pos) throw new Error(`bad address ${e.cell}`);
          const r = pos.row - t.top;
          const c = pos.col - t.left;
          expect(typeof t.values[r][c]).toBe("string");
          expect(t.formulas?.[r]?.[c]).toBe(false);
        }
      }),
      config,
    );
  });

  test("reverting some rules and then the rest gives back the original", () => {
    fc.assert(
      fc.property(anyTable, ruleSubset, (t, first) => {
        const applied = run(t, everything);
        const partly = revert(applied.grid, applied.log, { rules: first });
        const rest = revert(partly.grid, partly.log);
        expect(rest.plan.conflicts).toEqual([]);
        expect(cells(rest.grid.values)).toEqual(cells(t.values));
      }),
      config,
    );
  });

  test("a second cleanup after a partial revert, then revert all, still gives back the original", () => {
    fc.assert(
      fc.property(anyTable, ruleSubset, ruleSubset, (t, undo, again) => {
        const a = run(t, everything);
        const b = revert(a.grid, a.log, { rules: undo });
        const c = run(b.grid, settingsFromRules(again), b.log);
        const d = revert(c.grid, c.log);
        expect(d.plan.conflicts).toEqual([]);
        expect(cells(d.grid.values)).toEqual(cells(t.values));
      }),
      config,
    );
  });
});
