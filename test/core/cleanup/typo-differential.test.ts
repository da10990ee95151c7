/**
 * The cleanup rule TYPO against the review rule TEXT-TYPO: every text the cleanup changes is one TEXT-TYPO
 * flags, every text TEXT-TYPO flags the cleanup changes, and after the cleanup TEXT-TYPO flags nothing —
 * on the bundled sample (parser, review and cleanup end to end) and on generated Han strings.
 */
import fc from "fast-check";
import type { Grid } from "../../../src/core/grid";
import { parseGrid } from "../../../src/core/parse";
import { projectViews, reviewViews, type Finding } from "../../../src/core/review";
import { textTypo } from "../../../src/core/review/rules/typos";
import { findTypos } from "../../../src/core/review/typos";
import { proposeCleanup, settingsFromRules, type CellEdit } from "../../../src/core/cleanup";
import { loadWorkbook } from "../../../src/xlsx/files";
import { findWorksheet, worksheetToGrid } from "../../../src/xlsx/read";
import { SAMPLE_XLSX } from "../../support/sample";
import { makeProject, makeRecord } from "../../support/records";
import { HEADER, grid, run } from "./helpers";

const TYPO_ONLY = settingsFromRules(["TYPO"]);

const typoFindings = (g: Grid): Finding[] => reviewViews(projectViews(parseGrid(g)), {}, [textTypo]);
const typoEdits = (edits: readonly { kind: string; rule: string }[]) =>
  edits.filter((e): e is CellEdit => e.kind === "cell" && e.rule === "TYPO");

describe("TYPO and TEXT-TYPO on the Guangzhou sample", () => {
  let sample: Grid;
  beforeAll(async () => {
    sample = worksheetToGrid(findWorksheet(await loadWorkbook(SAMPLE_XLSX), undefined));
  });

  test("the cleanup changes exactly the cells TEXT-TYPO points at", () => {
    const cleaned = typoEdits(run(sample, TYPO_ONLY).proposal.edits).map((e) => e.cell);
    const flagged = typoFindings(sample).map((f) => f.cell);
    expect(cleaned.sort()).toEqual(["D16", "D34", "E16"]);
    expect([...new Set(flagged)].sort()).toEqual(cleaned);
  });

  test("each changed cell holds a slip before and none after", () => {
    for (const e of typoEdits(run(sample, TYPO_ONLY).proposal.edits)) {
      expect(findTypos(e.before)).not.toEqual([]);
      expect(findTypos(e.after)).toEqual([]);
    }
  });

  test("after the cleanup TEXT-TYPO flags nothing on the sample", () => {
    const after = run(sample, TYPO_ONLY).grid;
    expect(typoFindings(after)).toEqual([]);
    expect(proposeCleanup(after, TYPO_ONLY).edits).toEqual([]);
  });

  test("with the default settings TYPO is proposed for the same three cells", () => {
    const proposed = typoEdits(run(sample).proposal.edits);
    expect(proposed.map((e) => [e.cell, e.applied])).toEqual([
      ["D16", false],
      ["E16", false],
      ["D34", false],
    ]);
  });
});

describe("TYPO and TEXT-TYPO on generated Han strings", () => {
  /** Few characters, so that repetitions are common; words of the reduplication list; item separators. */
  const FRAGMENTS = [
    ..."安全装备效益减灾生产人常一步天",
    "安全",
    "装备",
    "效益",
    "安全生产",
    "常常",
    "人人",
    "天天",
    "一步一步",
    "方方面面",
    "、",
    "，",
    "。",
    "：",
    "1、",
    "2、",
    "1",
    " ",
  ];
  const fragment = fc.constantFrom(...FRAGMENTS);
  /** Now and then a fragment written twice, listed twice or tripled: slips, or normal reduplication. */
  const piece = fc.oneof(
    { weight: 8, arbitrary: fragment },
    { weight: 1, arbitrary: fragment.map((f) => f + f) },
    { weight: 1, arbitrary: fragment.map((f) => `${f}、${f}`) },
    { weight: 1, arbitrary: fragment.map((f) => f.repeat(3)) },
  );
  const text = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(""));

  /** TEXT-TYPO run as the review runs it, on one indicator whose text is `t`. */
  const flags = (t: string): boolean =>
    reviewViews([{ project: makeProject(), indicators: [makeRecord({ text: t })] }], {}, [textTypo]).length >
    0;

  /** The cleanup rule run as the cleanup runs it, on the 绩效指标 cell of a one-project table. */
  const cleanup = (t: string): string => {
    const edits = typoEdits(
      proposeCleanup(grid([HEADER, ["应急管理局", "应急管理局", "项目", "", t]]), TYPO_ONLY).edits,
    );
    return edits.length ? edits[edits.length - 1].after : t;
  };

  test("the generator makes both flagged and clean texts, and texts with normal reduplication", () => {
    const samples = fc.sample(text, { numRuns: 500, seed: 7 });
    const flagged = samples.filter(flags).length;
    expect(flagged).toBeGreaterThan(150);
    expect(samples.length - flagged).toBeGreaterThan(150);
    expect(samples.filter((t) => /常常|一步一步|方方面面/.test(t) && !flags(t)).length).toBeGreaterThan(20);
  });

  test("the cleanup changes a text exactly when TEXT-TYPO flags it, and leaves nothing to flag", () => {
    fc.assert(
      fc.property(text, (t) => {
        const after = cleanup(t);
        expect(after !== t).toBe(flags(t));
        expect(flags(after)).toBe(false);
        // a second run proposes nothing
        expect(cleanup(after)).toBe(after);
      }),
      { numRuns: 400 },
    );
  });
});
