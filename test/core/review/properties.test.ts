import fc from "fast-check";
import { RULE_CODES, RULES, review, reviewViews } from "../../../src/core/review";
import { parseGrid } from "../../../src/core/parse";
import { makeProject, makeRecord } from "./ruleTester";

const level1 = fc.constantFrom("产出指标", "效益指标", "满意度指标", "成本指标", null);
const kind = fc.constantFrom("quantitative", "qualitative", "date", "empty");
const comparator = fc.constantFrom(">=", ">", "<=", "<", "=", "between", null);
const text = fc.string({ maxLength: 30 });
/** Officers' text without braces, so that a left-over template placeholder "{name}" can be told apart. */
const plainText = text.map((t) => t.replace(/[{}]/g, ""));

const record = fc.record({
  name: plainText,
  target: plainText,
  text: plainText,
  unit: fc.constantFrom("", "%", "人", "元", "万元", "次", "天"),
  value: fc.option(fc.double({ noNaN: true, min: -1e9, max: 1e9 })),
  seq: fc.option(fc.integer({ min: 0, max: 30 })),
  level1,
  kind,
  comparator,
  date: fc.option(fc.constantFrom("2021", "2022-12", "2023-12-31")),
});

describe("review properties", () => {
  it("never throws and reports only registered codes at real cells", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 8 }), plainText, (recs, goal) => {
        const project = makeProject({ goal });
        const findings = reviewViews([{ project, indicators: recs.map((r) => makeRecord(r as never)) }]);
        for (const f of findings) {
          expect(RULE_CODES).toContain(f.code);
          expect(f.cell).toMatch(/^[A-Z]+\d+$/);
          expect(f.message.zh).not.toMatch(/\{\w+\}/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on whatever the parser makes of arbitrary cell text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 40 }), (cell, goal) => {
        const parsed = parseGrid({
          sheet: "S",
          top: 1,
          left: 1,
          values: [
            ["项目名称", "绩效目标", "绩效指标"],
            ["项目", goal, cell],
          ],
        });
        expect(() => review(parsed)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it("is deterministic and runs only the chosen rules", () => {
    const recs = [makeRecord({ name: "投诉率", target: "5%", comparator: "=", value: 5, unit: "%" })];
    const views = [{ project: makeProject(), indicators: recs }];
    expect(reviewViews(views)).toEqual(reviewViews(views));
    expect(reviewViews(views, { rules: ["NO-COMPARATOR"] }).map((f) => f.code)).toEqual(["NO-COMPARATOR"]);
    expect(reviewViews(views, { rules: [] })).toEqual([]);
  });

  it("has unique codes, both languages everywhere and a basis for every rule", () => {
    expect(new Set(RULE_CODES).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.meta.code).toMatch(/^[A-Z0-9-]+$/);
      expect(r.meta.basis.zh && r.meta.basis.en).toBeTruthy();
      for (const m of Object.values(r.meta.messages)) expect(m.zh && m.en).toBeTruthy();
    }
  });

  it("includes every minimum code of issue 3", () => {
    const minimum =
      "COMPLETE-OUTPUT COMPLETE-EFFECT COMPLETE-SATISFACTION COMPLETE-COST COMPLETE-FEW EMPTY-TARGET PLACEHOLDER VAGUE RATE-RANGE RATE-100-GE DIRECTION NO-COMPARATOR NO-UNIT UNIT-MISMATCH SATISFACTION-LOW SATISFACTION-100 CATEGORY-MISMATCH DUPLICATE NUMBERING NAME-HAS-TARGET DATE-SERIAL DATE-PAST GOAL-COPY GOAL-EMPTY TEXT-TYPO".split(
        " ",
      );
    // … and the ones added since, each for a habit seen in published tables.
    const added = [
      "RATE-FRACTION",
      "NAME-MISSING",
      "DATE-AFTER",
      "COST-BUDGET",
      "COMPLETE-OUTPUT-DETAIL",
      "INDICATOR-COPY",
      "DATE-UNCLEAR",
      "COST-OVER-BUDGET",
      "GOAL-VAGUE",
      "GOAL-FIGURE",
      "SATISFACTION-SUBJECT",
      "FINE-QUOTA",
      "BELOW-PRIOR",
      "WEIGHT-SUM",
      "OTHER-PRODUCT",
      "PARTS-OVER-TOTAL",
      "GOAL-UNMATCHED",
    ];
    expect([...RULE_CODES].sort()).toEqual([...minimum, ...added].sort());
  });
});
