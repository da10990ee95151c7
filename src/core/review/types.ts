/**
 * Review rules: the shapes every rule, finding and setting share.
 * A rule is data (meta) plus one check; the registry lists them, `review()` runs the enabled ones.
 */
import type { Localized } from "../i18n";
import type { IndicatorRecord, ProjectInfo } from "../record";

export type Severity = "error" | "warning" | "info";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export const SEVERITY_LABEL: Record<Severity, Localized> = {
  error: { zh: "错误", en: "Error" },
  warning: { zh: "警告", en: "Warning" },
  info: { zh: "提示", en: "Info" },
};

/** What a rule looks at: one project with its indicators. */
export type RuleScope = "indicator" | "project";

export interface RuleMeta {
  /** Stable code other tools read, e.g. "VAGUE". */
  code: string;
  /** The severity of the rule's findings, unless a report says otherwise (Report.severity). */
  severity: Severity;
  scope: RuleScope;
  /** Short title for summaries. */
  title: Localized;
  /**
   * Message templates by id; `{name}` placeholders are filled from the report's data.
   * The first one is the default.
   */
  messages: Record<string, Localized>;
  /** The rule text the check rests on (which document says so). */
  basis: Localized;
  /** Suggested fix template (same placeholders), when there is one. */
  fix?: Localized;
}

/** One project and its indicators, in source order. */
export interface ProjectView {
  project: ProjectInfo;
  indicators: IndicatorRecord[];
  /**
   * Cells (sheet!A1, see tables.ts) whose target is a graded table's threshold for 优, not a target
   * written bare; absent when the parse's tables were not given.
   */
  gradeCells?: ReadonlySet<string>;
}

export interface ReviewSettings {
  /** Codes of the rules that run; null = every rule in the registry. */
  rules: string[] | null;
  /** Satisfaction targets below this percentage are flagged (SATISFACTION-LOW). */
  satisfactionMin: number;
  /** Fewer indicators than this in a project is flagged (COMPLETE-FEW). */
  minIndicators: number;
  /**
   * The budget year deadlines are compared with (DATE-PAST, DATE-AFTER); null = the table title's year where
   * the records show it, else the year the project name states.
   */
  budgetYear: number | null;
}

export interface Report {
  /** Message id from meta.messages; the first message when omitted. */
  messageId?: string;
  data?: Record<string, string | number>;
  /** The indicator the finding is about; omitted for project-level findings. */
  indicator?: IndicatorRecord;
  /** Where to point when the finding is not about an indicator (e.g. the 绩效目标 cell). */
  at?: { sheet: string; cell: string; row: number };
  /**
   * The severity of this finding when it differs from the rule's (meta.severity): outputs with neither
   * quality nor timeliness are a warning, one of the two missing a hint.
   */
  severity?: Severity;
}

export interface RuleContext {
  settings: ReviewSettings;
  /** Every project under review (for rules that compare projects, e.g. GOAL-COPY). */
  all: readonly ProjectView[];
  report(r: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(view: ProjectView, context: RuleContext): void;
}

export interface Finding {
  code: string;
  severity: Severity;
  sheet: string;
  cell: string;
  row: number;
  project: string;
  projectId: number;
  /** Indicator name; "" for project-level findings. */
  indicator: string;
  message: Localized;
  /** Suggested fix, or null when the rule has none. */
  fix: Localized | null;
  basis: Localized;
  /**
   * Other projects the finding stands for: the places of one project read from its place columns share
   * its cells, and the same project-level finding at the same cell is said once.
   */
  sharedWith?: number[];
}
