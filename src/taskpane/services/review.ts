/** Review adapter: the core review rules (src/core/review) in the pane's terms. */
import { review, RULES, type Finding } from "../../core/review";
import type { PaneFinding, ReviewService, Unavailable } from "./types";

function toPane(f: Finding): PaneFinding {
  return {
    code: f.code,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    row: f.row,
    project: f.project,
    indicator: f.indicator,
    message: f.message,
    fix: f.fix,
  };
}

export const reviewService: ReviewService | Unavailable = {
  available: true,
  rules: RULES.map((r) => ({ code: r.meta.code, severity: r.meta.severity, title: r.meta.title })),
  review: (result, options) =>
    review(result, { rules: options.rules, satisfactionMin: options.satisfactionMin }).map(toPane),
  // The 指标明细 and 校验结果 layouts have not landed in src/core/review yet.
  indicatorSheet: null,
  findingSheet: null,
};
