/**
 * The parsed indicator record (../shared/domain/record.md) and the result of reading a selection.
 */
import type { Localized } from "./i18n";

export type Level1 = "产出指标" | "效益指标" | "满意度指标" | "成本指标";

export type Level2 =
  | "数量指标"
  | "质量指标"
  | "时效指标"
  | "成本指标"
  | "经济成本指标"
  | "社会成本指标"
  | "生态环境成本指标"
  | "经济效益指标"
  | "社会效益指标"
  | "生态效益指标"
  | "可持续影响指标"
  | "服务对象满意度指标";

export type Comparator = ">=" | ">" | "<=" | "<" | "=" | "between";

export type IndicatorKind = "quantitative" | "qualitative" | "date" | "empty";

/** One indicator (one 三级指标 with its target). Field meanings: ../shared/domain/record.md. */
export interface IndicatorRecord {
  sheet: string;
  /** 1-based sheet row of the source cell. */
  row: number;
  /** A1 address of the cell holding the indicator's target text. */
  cell: string;
  project: string;
  budgetUnit: string;
  department: string;
  district: string | null;
  /** The number written before the indicator, or null. */
  seq: number | null;
  level1: Level1 | null;
  level2: Level2 | null;
  /** A 二级 inferred from name and unit when none is written; null when level2 is written. */
  level2Inferred: Level2 | null;
  name: string;
  /** The raw target text. */
  target: string;
  comparator: Comparator | null;
  value: number | null;
  valueMax: number | null;
  unit: string;
  kind: IndicatorKind;
  /** For kind "date": "YYYY-MM-DD", "YYYY-MM" or "YYYY" when determinable. */
  date: string | null;
  /** The raw indicator text. */
  text: string;
  /** Index into ParseResult.projects. */
  projectId: number;
  /** 指标性质/指标方向 as written when the table has such a column ("正向", "反向", "≥" …), else null. */
  direction: string | null;
  /**
   * True where the target is a number cell under a % unit the parser read as the fraction of a percent
   * cell (0.85 | % → value 85): the figure as written is value ÷ 100. Absent otherwise.
   */
  percentFraction?: true;
  /**
   * In a table with a column per place and a 合计/总计 column: the row's total, read as this record's target
   * is (its unit column too), and how many of the row's places wrote a target. Absent otherwise.
   */
  rowTotal?: RowTotal;
  /**
   * In a table with a column of last year's actual figures (2024年实际完成值, 上年完成值) beside the target: this
   * row's, read as a target is. Absent otherwise.
   */
  prior?: PriorValue;
  /**
   * In a table with a 权重/分值 column: this row's weight (权重（分）| 30 → 30), a number as written, and its cell.
   * Absent where the table has none, or the row's cell holds no number.
   */
  weight?: { cell: string; value: number };
}

/** Last year's actual figure written beside an indicator's target. */
export interface PriorValue {
  /** A1 address of the cell. */
  cell: string;
  /** The column's header as written (2024年实际完成值). */
  header: string;
  target: string;
  value: number | null;
  unit: string;
}

/** A row's 合计 (or 总计) beside its places' targets: the sum the places should add up to. */
export interface RowTotal {
  /** A1 address of the total's cell. */
  cell: string;
  /** The column's header as written (合计, 总计). */
  header: string;
  target: string;
  value: number | null;
  valueMax: number | null;
  unit: string;
  /** How many place columns of the row hold a target. */
  places: number;
  /** A 分解表's total row (合计 under its counties, one indicator a column), not a column beside them. */
  inRow?: true;
  /**
   * Columns among the places (or before the total) read as no place that hold a target in this row (市直, a
   * header no rule reads as a place): their figures are in the total, so it is not checked. In a 分解表
   * (`inRow`), the rows between the places read as none (市直), `column` holding the row's number.
   */
  unread?: {
    column: string;
    header: string;
    /** The cell, and its target read as the places' are (a 市本级 column's figure is added into the sum). */
    cell?: string;
    value?: number | null;
    valueMax?: number | null;
    unit?: string;
  }[];
}

/** One project (one row of a packed table, or one block of rows). */
export interface ProjectInfo {
  id: number;
  sheet: string;
  /** 1-based sheet row where the project starts. */
  row: number;
  project: string;
  budgetUnit: string;
  department: string;
  district: string | null;
  /** 绩效目标 text, "" when none. */
  goal: string;
  /** A1 address of the 绩效目标 cell, or null when the table has no such column. */
  goalCell: string | null;
  /** A1 address of the project-name cell, or null. */
  projectCell: string | null;
  /** The budget year the table's title names (（2024年度）, 2024年…绩效目标表); absent when it names none. */
  year?: number;
  /**
   * The project's money as a column beside it states it (预算金额（万元）| 45 → [450000]), in 元; both 元 and
   * 万元 readings when the header names no unit (预算金额 | 45 → [45, 450000]). Absent when the table has no
   * such column or the cell holds no number.
   */
  budget?: number[];
  /**
   * The city the table's title starts with (龙南市2024年…) for a project of no district that names no city
   * of its own: a 县级市, or the prefecture's own table (赣州市2024年…) — one sheet cannot tell; the
   * comparison decides from the sheets and files beside it. Absent otherwise.
   */
  titleCity?: string;
  /**
   * "title" where the project's name was read from the table's title, no 项目名称 line naming it
   * (百色市2024年农村义务教育学生营养改善计划绩效目标分解表 → 百色市2024年农村义务教育学生营养改善计划); `projectCell`
   * is then the title's cell. Absent otherwise.
   */
  projectFrom?: "title";
  /**
   * The word a district column wrote for the city's (or county's) own level (市本级, 本级) where the project
   * starts on it: its district is then null, and this says why (the comparison says it, never compares it).
   */
  ownLevel?: string;
}

/** "lines": rows pasted from a PDF, each row's columns in one cell (src/core/table/pastedLines.ts). */
export type LayoutKind = "packed" | "rows" | "text" | "lines";

export type ColumnRole =
  | "department"
  | "budgetUnit"
  | "project"
  | "goal"
  | "indicators"
  | "level1"
  | "level2"
  | "level3"
  | "target"
  | "unit"
  | "nature"
  | "direction"
  | "weight";

/** What was recognised in one table of the selection. */
export interface TableInfo {
  sheet: string;
  layout: LayoutKind;
  /** 1-based sheet row of the header row, or null for headerless text. */
  headerRow: number | null;
  /** Recognised columns: role → {column letter, header text as written}. */
  columns: Partial<Record<ColumnRole, { column: string; header: string }>>;
  /** Columns headed by a category (产出指标 | 效益指标 | 满意度指标), each packing that category's indicators. */
  categoryColumns?: { column: string; header: string }[];
  /** Columns headed by a place (东林街道办 | 南岸镇 …), each holding that place's targets. */
  placeColumns?: { column: string; header: string }[];
  /** A 合计/总计 column beside the place columns: not a place, left out of the comparison, checked against their sum. */
  totalColumns?: { column: string; header: string }[];
  /** 1-based sheet rows of repeated header rows that were skipped. */
  repeatedHeaderRows: number[];
  /** A1 range the table spans. */
  range: string;
  projects: number;
  indicators: number;
}

export interface ParseMessage {
  level: "error" | "warning" | "info";
  /**
   * What the message is about, where a caller looks for it: HIDDEN-PARTS names hidden rows and columns
   * read, ERROR-VALUES the cells of a table holding an Excel error value (read as blank).
   */
  code?: "HIDDEN-PARTS" | "ERROR-VALUES";
  text: Localized;
  sheet?: string;
  cell?: string;
}

export interface ParseResult {
  tables: TableInfo[];
  projects: ProjectInfo[];
  indicators: IndicatorRecord[];
  messages: ParseMessage[];
}
