/**
 * Which rules a run uses. Defaults: HEADER-REPEAT, SPACE, PUNCT, NUMBERING on; TYPO proposed; CATEGORY,
 * COMPARATOR-WORDS and SPLIT-LINES off.
 */
import type { Localized } from "../i18n";
import type { CleanupRuleId, CleanupSettings } from "./types";
import { CLEANUP_RULES, RULE_IDS } from "./registry";

export function defaultCleanupSettings(): CleanupSettings {
  const s = {} as CleanupSettings;
  for (const r of CLEANUP_RULES) s[r.id] = r.defaultMode;
  return s;
}

/** Exactly the listed rules are applied, the others are off (the officer ticked these). */
export function settingsFromRules(ids: readonly CleanupRuleId[]): CleanupSettings {
  const s = {} as CleanupSettings;
  for (const id of RULE_IDS) s[id] = ids.includes(id) ? "apply" : "off";
  return s;
}

export function isRuleId(text: string): text is CleanupRuleId {
  return (RULE_IDS as readonly string[]).includes(text);
}

/**
 * "SPACE,PUNCT" → rule ids (case-insensitive, "，" and spaces accepted); an unknown name is an error
 * message naming the known rules.
 */
export function parseRuleList(text: string): { ids: CleanupRuleId[] } | { error: Localized } {
  const ids: CleanupRuleId[] = [];
  const names = text
    .split(/[,，、\s]+/)
    .map((n) => n.trim().toUpperCase().replace(/_/g, "-"))
    .filter(Boolean);
  for (const name of names) {
    if (!isRuleId(name)) {
      const known = RULE_IDS.join(", ");
      return {
        error: {
          zh: `不认识的清理规则：${name}。可用规则：${known}`,
          en: `Unknown cleanup rule: ${name}. Rules: ${known}`,
        },
      };
    }
    if (!ids.includes(name)) ids.push(name);
  }
  if (ids.length === 0) {
    const known = RULE_IDS.join(", ");
    return {
      error: { zh: `请列出至少一条清理规则：${known}`, en: `List at least one cleanup rule: ${known}` },
    };
  }
  return { ids };
}
