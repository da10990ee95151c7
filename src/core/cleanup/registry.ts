/** Every cleanup rule, in the order they run on a cell. Adding a rule = one file + one line here. */
import type { CleanupRule, CleanupRuleId, TextRule } from "./types";
import { headerRepeatRule } from "./rules/headerRepeat";
import { splitLinesRule } from "./rules/splitLines";
import { spaceRule } from "./rules/space";
import { punctRule } from "./rules/punct";
import { numberingRule } from "./rules/numbering";
import { categoryRule } from "./rules/category";
import { comparatorWordsRule } from "./rules/comparatorWords";
import { typoRule } from "./rules/typo";
import { keepProtected } from "./protectedSpans";

/**
 * SPLIT-LINES first (its cells are left to the other rules' next run), SPACE before PUNCT (", ," → "，"),
 * PUNCT before NUMBERING (markers after "。"), TYPO last.
 */
export const CLEANUP_RULES: readonly CleanupRule[] = [
  splitLinesRule,
  headerRepeatRule,
  spaceRule,
  punctRule,
  categoryRule,
  comparatorWordsRule,
  numberingRule,
  typoRule,
];

/**
 * The text rules as the engine runs them: each leaves what a cell quotes and the marks it speaks of as
 * typed (protectedSpans.ts), whatever the rule.
 */
export const TEXT_RULES: readonly TextRule[] = CLEANUP_RULES.filter(
  (r): r is TextRule => r.kind === "text",
).map((r) => ({ ...r, fix: keepProtected(r.fix) }));

export const RULE_IDS: readonly CleanupRuleId[] = CLEANUP_RULES.map((r) => r.id);

export function ruleById(id: CleanupRuleId): CleanupRule {
  const rule = TEXT_RULES.find((r) => r.id === id) ?? CLEANUP_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`unknown cleanup rule ${id}`);
  return rule;
}
