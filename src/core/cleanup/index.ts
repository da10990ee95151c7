/** Cleanup: rules → proposed edits → ordered log entries → a gateway carries them out → 清理日志. */
export * from "./types";
export { CLEANUP_RULES, TEXT_RULES, RULE_IDS, ruleById } from "./registry";
export { defaultCleanupSettings, settingsFromRules, parseRuleList, isRuleId } from "./settings";
export { locateTable, type TableScope } from "./table";
export {
  proposeCleanup,
  rowsToRemove,
  SYSTEM_NAME_NOTE,
  type CleanupProposal,
  type ProposeOptions,
} from "./propose";
export { entriesForRun, entriesToCarryOut, nextLogId } from "./apply";
export { planRevert, type RevertChoice, type RevertPlan, type RevertConflict, type ReadCell } from "./revert";
export { applyEntriesToGrid } from "./gridApply";
export {
  CLEANUP_LOG_SHEET,
  LOG_HEADERS,
  LOG_HIDDEN_COLUMN,
  MAX_LOOK_CHARS,
  cleanupLogPlan,
  readCleanupLog,
  isCleanupLogGrid,
  formatLogTime,
  changedPart,
  type ReadLogResult,
} from "./log";
export { cellNow, insertionPointNow } from "./positions";
