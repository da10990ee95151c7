/**
 * Comparison adapter: the core district comparison (src/core/compare) in the pane's terms.
 * Not wired yet: the core module has not landed in this build.
 */
import type { CompareService, Unavailable } from "./types";

export const compareService: CompareService | Unavailable = {
  available: false,
  reason: {
    zh: "这个版本还没有包含区域对比功能。",
    en: "This build does not include the district comparison yet.",
  },
};
