/** Review adapter: the core review rules (src/core/review) and the 指标明细 / 校验结果 layouts. */
import { gradeProjects, projectLocation, projectViews, review, RULES, type Finding } from "../../core/review";
import { indicatorsSheetPlan } from "../../core/plan/indicatorsSheet";
import { findingsSheetPlan } from "../../core/plan/findingsSheet";
import type { Lang } from "../../core/i18n";
import type { ParseResult } from "../../core/record";
import type { SheetPlan } from "../../core/plan/types";
import type { EngineRunner } from "./engineClient";
import type { PaneFinding, ReviewOptions, ReviewService, RuleInfo, Unavailable } from "./types";

/** Findings come from this adapter as core findings; anything else gets neutral extra fields. */
function asCore(f: PaneFinding): Finding {
  const core = f as Partial<Finding>;
  return {
    ...f,
    projectId: core.projectId ?? -1,
    basis: core.basis ?? { zh: "", en: "" },
  };
}

const RULE_INFO: RuleInfo[] = RULES.map((r) => ({
  code: r.meta.code,
  severity: r.meta.severity,
  title: r.meta.title,
}));

// A core Finding is a PaneFinding with more fields; keeping them lets the sheet layouts use them.
export const reviewFindings = (
  result: ParseResult,
  options: ReviewOptions,
  onProgress?: (done: number, total: number) => void,
): PaneFinding[] =>
  review(
    result,
    { rules: options.rules, satisfactionMin: options.satisfactionMin },
    onProgress ? { onProgress } : {},
  );

export const indicatorSheetPlan = (result: ParseResult, lang: Lang): SheetPlan =>
  indicatorsSheetPlan(result.indicators, { lang });

export function findingSheetPlan(result: ParseResult, findings: PaneFinding[], lang: Lang): SheetPlan {
  const core = findings.map(asCore);
  const grades = gradeProjects(projectViews(result), core, projectLocation);
  return findingsSheetPlan({ findings: core, grades, indicatorCount: result.indicators.length }, { lang });
}

/** The review on the pane's own thread. */
export const reviewService: ReviewService | Unavailable = {
  available: true,
  rules: RULE_INFO,
  review: (result, options) => reviewFindings(result, options),
  indicatorSheet: indicatorSheetPlan,
  findingSheet: findingSheetPlan,
};

/** The review through the engine's runner (its worker where there is one). */
export function createReviewService(engine: EngineRunner): ReviewService {
  return {
    available: true,
    rules: RULE_INFO,
    review: (result, options, progress) => engine.run("review", { result, options }, progress),
    indicatorSheet: (result, lang, progress) => engine.run("indicatorSheet", { result, lang }, progress),
    findingSheet: (result, findings, lang, progress) =>
      engine.run("findingSheet", { result, findings, lang }, progress),
  };
}
