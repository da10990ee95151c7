/**
 * Review adapter: the core review rules (src/core/review) in the pane's terms.
 * Not wired yet: the core module has not landed in this build.
 */
import type { ReviewService, Unavailable } from "./types";

export const reviewService: ReviewService | Unavailable = {
  available: false,
  reason: {
    zh: "这个版本还没有包含校验规则，暂时不能校验，也不能生成“指标明细”。",
    en: "This build does not include the review rules yet, so validation and the indicator sheet are not available.",
  },
};
