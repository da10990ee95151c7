/** Review rules: public entry points. */
export * from "./types";
export {
  review,
  reviewViews,
  projectViews,
  projectLocation,
  enabledRules,
  type ReviewInput,
  type ReviewOptions,
} from "./review";
export { RULES, RULE_CODES, ruleByCode } from "./registry";
export {
  DEFAULT_SETTINGS,
  resolveSettings,
  parseRuleList,
  parsePercentSetting,
  parseYearSetting,
  SettingsError,
} from "./settings";
export { gradeProjects, gradeOf, scoreOf, type Grade, type ProjectGrade } from "./grade";
