/** Review adapter: the core review rules (src/core/review) and the 指标明细 / 校验结果 layouts. */
import { gradeProjects, projectLocation, projectViews, review, RULES, type Finding } from "../../core/review";
import { indicatorsSheetPlan } from "../../core/plan/indicatorsSheet";
import { findingsSheetPlan } from "../../core/plan/findingsSheet";
import type { PaneFinding, ReviewService, Unavailable } from "./types";

/** Findings come from this adapter as core findings; anything else gets neutral extra fields. */
function asCore(f: PaneFinding): Finding {
  const core = f as Partial<Finding>;
  return {
    ...f,
    projectId: core.projectId ?? -1,
    basis: core.basis ?? { zh: "", en: "" },
  };
}

export const reviewService: ReviewService | Unavailable = {
  available: true,
  rules: RULES.map((r) => ({ code: r.meta.code, severity: r.meta.severity, title: r.meta.title })),
  // A core Finding is a PaneFinding with more fields; keeping them lets the sheet layouts use them.
  review: (result, options) =>
    review(result, { rules: options.rules, satisfactionMin: options.satisfactionMin }),
  indicatorSheet: (result, lang) => indicatorsSheetPlan(result.indicators, { lang }),
  findingSheet: (result, findings, lang) => {
    const core = findings.map(asCore);
    const grades = gradeProjects(projectViews(result), core, projectLocation);
    return findingsSheetPlan({ findings: core, grades, indicatorCount: result.indicators.length }, { lang });
  },
};
