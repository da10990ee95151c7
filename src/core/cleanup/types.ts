/**
 * Cleanup as data: rules propose edits, a gateway applies them in order, and every applied edit is
 * logged (清理日志) so that it can be reverted later — also after the workbook was saved and reopened.
 */
import type { CellValue } from "../grid";
import type { Localized } from "../i18n";

export type CleanupRuleId =
  | "SPLIT-LINES"
  | "HEADER-REPEAT"
  | "SPACE"
  | "PUNCT"
  | "NUMBERING"
  | "CATEGORY"
  | "COMPARATOR-WORDS"
  | "TYPO";

/** What a rule does in a run: fix, only show the proposal, or nothing. */
export type RuleMode = "apply" | "propose" | "off";

export type CleanupSettings = Record<CleanupRuleId, RuleMode>;

/** A rule that rewrites the text of one cell. `fix` must be pure; the engine runs it to a fixed point. */
export interface TextRule {
  id: CleanupRuleId;
  kind: "text";
  name: Localized;
  description: Localized;
  defaultMode: RuleMode;
  fix(text: string): string;
}

/** A rule that removes whole rows (HEADER-REPEAT). */
export interface RowRule {
  id: CleanupRuleId;
  kind: "row";
  name: Localized;
  description: Localized;
  defaultMode: RuleMode;
}

/**
 * A rule that cuts a table pasted from a PDF (a row a cell) into its columns (SPLIT-LINES): each line's
 * parts are written into the line's cell and the empty cells to its right.
 */
export interface LinesRule {
  id: CleanupRuleId;
  kind: "lines";
  name: Localized;
  description: Localized;
  defaultMode: RuleMode;
}

export type CleanupRule = TextRule | RowRule | LinesRule;

/** A changed cell's text. Only text cells are ever edited. */
export interface CellEdit {
  kind: "cell";
  sheet: string;
  /** A1 address, e.g. "E6". */
  cell: string;
  rule: CleanupRuleId;
  before: string;
  after: string;
  /** false: proposed only (shown to the officer, not written). */
  applied: boolean;
  /** What the officer should know before ticking it (the edit touches a name; why a row is kept). */
  note?: Localized;
  /** The address the preview showed, when a row removal above moved the cell before it was edited. */
  previewCell?: string;
  /** The cell is in a row or column the officer does not see (hidden, or left out by a filter). */
  hidden?: true;
}

/**
 * How a removed row looked — its cells' formats, its height, whether it was hidden — as the gateway that
 * removed it reads them, so that revert puts the row back as it was (a copy of the header pasted plain,
 * or hidden, is not the header). Opaque to core, kept in the log's restore data; each gateway reads only
 * its own `host` and, for another's or none (an older log), restores the values only.
 */
export interface RowLook {
  host: string;
  data: unknown;
}

/** A removed row. `values` holds every cell of the row (from column `fromColumn`) so it can be restored exactly. */
export interface RowEdit {
  kind: "row";
  sheet: string;
  /** Whole-row reference, e.g. "20:20". */
  cell: string;
  rule: CleanupRuleId;
  /** The row as an officer reads it: non-empty cells joined by " | ". */
  before: string;
  after: string;
  applied: boolean;
  /** Why a row removal stays a proposal (a merge or a formula refers to it …). */
  note?: Localized;
  /** 1-based sheet row. */
  row: number;
  /** 1-based sheet column of values[0]. */
  fromColumn: number;
  values: CellValue[];
  /** The row's formats, height and hidden state, set by the gateway that removed it. */
  look?: RowLook;
  /** The row is hidden (by hand or by a filter): the officer does not see it. */
  hidden?: true;
}

export type CleanupEdit = CellEdit | RowEdit;

/** What an entry of the log did to the workbook. */
export type LogAction =
  /** cleanup changed a cell's text, or removed a row */
  | "apply"
  /** a proposal the officer did not take (kept so the next run does not propose it again) */
  | "declined"
  /** revert put a cell's text back, or re-inserted a row */
  | "revert";

/**
 * One line of the 清理日志 sheet. Addresses are those at the moment the entry was carried out; later
 * row removals and insertions are replayed to find where the cell is now (see positions.ts).
 */
export interface LogEntry {
  /** 1, 2, 3 … in the order the entries were carried out. */
  id: number;
  /** "YYYY-MM-DD HH:mm:ss" (local time of the run). */
  time: string;
  action: LogAction;
  edit: CleanupEdit;
  /** For action "revert": the id of the entry it undid. */
  revertOf: number | null;
}
