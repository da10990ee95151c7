/**
 * The rule registry: every rule family's rules in one list. Adding a rule means adding it to its family
 * module and that module's list here — nothing else changes. Codes are stable; other tools read them.
 */
import type { Rule } from "./types";
import { completenessRules } from "./rules/completeness";
import { targetRules } from "./rules/targets";
import { rateRules } from "./rules/rates";
import { directionRules } from "./rules/direction";
import { unitRules } from "./rules/units";
import { categoryRules } from "./rules/categories";
import { structureRules } from "./rules/structure";
import { dateRules } from "./rules/dates";
import { goalRules } from "./rules/goals";
import { typoRules } from "./rules/typos";
import { costRules } from "./rules/costs";
import { copyRules } from "./rules/copies";
import { priorRules } from "./rules/prior";

export const RULES: readonly Rule[] = [
  ...completenessRules,
  ...costRules,
  ...targetRules,
  ...rateRules,
  ...directionRules,
  ...unitRules,
  ...categoryRules,
  ...structureRules,
  ...dateRules,
  ...goalRules,
  ...priorRules,
  ...copyRules,
  ...typoRules,
];

export const RULE_CODES: readonly string[] = RULES.map((r) => r.meta.code);

export function ruleByCode(code: string): Rule | undefined {
  return RULES.find((r) => r.meta.code === code);
}
