/**
 * District comparison: one program (the same project filed by several districts) lined up indicator by
 * indicator, with spread, flags and intensity ratios. Plain data, built by compareDistricts().
 */
import type { Localized } from "../i18n";
import type { Comparator, IndicatorKind, IndicatorRecord, ProjectInfo, RowTotal } from "../record";
import type { Progress } from "../progress";

/** One parsed input (a file or a sheet): what parseGrid returned, plus where it came from. */
export interface CompareSource {
  /** File name or sheet label, used in messages and as a last resort to find the district. */
  label: string;
  projects: ProjectInfo[];
  indicators: IndicatorRecord[];
  /**
   * When the file was last saved (the workbook's own property), in ms since 1970, where known: tells the
   * later of a district's two submissions when their names do not.
   */
  modified?: number;
}

/** A project across all sources: `${sourceIndex}:${projectId}`. */
export type ProjectRef = string;

export function projectRef(sourceIndex: number, projectId: number): ProjectRef {
  return `${sourceIndex}:${projectId}`;
}

/** How projects are grouped into programs. */
export type Grouping =
  /** Default: same project name once the district part is removed. */
  | { by: "name" }
  /** Same value in one of the project's fields. */
  | { by: "field"; field: "department" | "budgetUnit" | "project" }
  /** A user-chosen column: the task pane reads it and gives each project's value. Projects without a key are left out. */
  | { by: "keys"; keys: Record<ProjectRef, string> }
  /** Projects picked by hand form one program. */
  | { by: "projects"; projects: ProjectRef[]; name?: string };

export type OutlierMethod = "ratio" | "mad";

export interface CompareSettings {
  /** "ratio": ratio to the median ≥ ratioHigh or ≤ ratioLow; "mad": robust z-score ≥ madThreshold. */
  outlierMethod: OutlierMethod;
  ratioHigh: number;
  ratioLow: number;
  madThreshold: number;
  /** Fewer values than this: no OUTLIER flags (two numbers have no "most"). */
  minValuesForOutlier: number;
  /** Share of districts above which "most districts" holds (MISSING, shared value, majority unit/comparator). */
  majorityShare: number;
  /** Default intensity ratios use count indicators present in at least this share of districts. */
  ratioPresence: number;
  maxDefaultRatios: number;
}

export const DEFAULT_COMPARE_SETTINGS: CompareSettings = {
  outlierMethod: "ratio",
  ratioHigh: 2,
  ratioLow: 0.5,
  madThreshold: 3.5,
  minValuesForOutlier: 3,
  majorityShare: 0.5,
  ratioPresence: 0.8,
  maxDefaultRatios: 6,
};

/** A user-chosen intensity ratio, by indicator name as the officer writes it (matched after normalisation). */
export interface RatioChoice {
  numerator: string;
  denominator: string;
}

export interface CompareOptions {
  grouping?: Grouping;
  settings?: Partial<CompareSettings>;
  /** Replaces the default intensity ratios when given. */
  ratios?: RatioChoice[];
  /** Told as each program is compared (done of the programs compared); never changes the result. */
  onProgress?: Progress;
}

/** One district's entry for one aligned indicator. */
export interface DistrictCell {
  district: string;
  /** Normalised value (万/亿 applied), null when no number was written. */
  value: number | null;
  valueMax: number | null;
  comparator: Comparator | null;
  /**
   * The comparator is written, in the target or in a 指标方向 column (= written as "="); false for a bare
   * number read as "=" (未写比较词).
   */
  comparatorWritten: boolean;
  /** 指标方向/指标性质 as written, when the table has such a column. */
  direction: string | null;
  /** Unit as written (after the parser removed the magnitude word). */
  unit: string;
  /** The magnitude word the target was written with, as a factor (30万亩: 1e4); 1 or absent when none. */
  scale?: number;
  /** Unit used for comparing (％/百分比 → %, synonyms unified). */
  unitKey: string;
  /**
   * The figure as the district wrote it, where it was converted to be compared with the others: a rate
   * written as a fraction ("0.96" read as 96%), or another unit of the same measure ("300万公斤" as 3000 吨).
   * `value` and `unit` are then in the others' unit.
   */
  converted?: {
    from: string;
    kind: "fraction" | "unit";
    /** The periods a figure per another period was converted by (每年两学期: 600元/生·学期 as 1200 元/生·年). */
    period?: Localized;
    /** That period as written (学期, 月, 季度): a figure of its share elsewhere in the row may be one too. */
    periodName?: string;
  };
  /**
   * The parser read the number as the fraction of a percent cell (0.85 under a % unit column, `value` 85 —
   * the record's `percentFraction`): a fraction as written, told as one where the others write percentages.
   */
  percentFraction?: true;
  kind: IndicatorKind;
  name: string;
  target: string;
  text: string;
  sheet: string;
  cell: string;
  source: string;
  /** The row's 合计/总计 where the district's target stands in a column per place beside one (the parser's). */
  rowTotal?: RowTotal;
  /**
   * The district filed the program in phases (一期, 二期) and this figure is their sum (`value`), each phase's
   * target as written.
   */
  phases?: { phase: string; target: string; sheet: string; cell: string }[];
  /** A deadline's (end) date as the parser read it (2025-12-31, 2025-12, 2025), where the target is a date. */
  date?: string;
}

/**
 * A district that filed the program in several phases (盱眙县…（一期） and …（二期）), compared as one: the
 * phases' projects, the indicators whose figures were summed (a count, area or amount in one unit and with one
 * comparator), and those whose phases differ otherwise, of which the first phase's target is compared.
 */
export interface PhasedFiling {
  district: string;
  phases: { phase: string; project: string; source: string; sheet: string; row: number }[];
  summed: { indicator: string; parts: { phase: string; target: string }[] }[];
  each: { indicator: string; parts: { phase: string; target: string }[] }[];
}

export type FlagCode =
  | "OUTLIER"
  | "MISSING"
  | "COMPARATOR-DIFF"
  | "UNIT-DIFF"
  | "RATE-FRACTION"
  | "TOTAL-DIFF"
  | "DATE-DIFF";

export interface CompareFlag {
  code: FlagCode;
  district: string;
  /** Display name of the indicator or of the intensity ratio. */
  indicator: string;
  /** Value ÷ the districts' median (or the shared value), when defined. */
  ratio: number | null;
  /** OUTLIER: which side, and what it was measured against. */
  direction?: "high" | "low";
  basis?: "ratio" | "mad" | "shared";
  /** OUTLIER with basis "mad": the robust z-score. */
  z?: number;
  /**
   * OUTLIER: the value is 10 times (or a tenth of) the median or shared value or more, or exactly a power of
   * ten away from it — a likely slip (9600 for 960, 7% for 70%): 明显偏高/偏低 whatever the basis.
   */
  far?: boolean;
  /** OUTLIER: the value is exactly 10^k times the median or shared value (k ≠ 0): a zero too many or too few. */
  powerOfTen?: number;
  /** OUTLIER: the slip is a unit typed wrong (12人 in a 万人 column: 万人 meant, 人 written). */
  units?: { meant: string; written: string };
  /**
   * OUTLIER: a plain gap in size — a count, area or amount (a figure that adds up across districts) at least
   * twice or at most half the median, no slip suspected: expected where districts differ in size, so said as
   * 规模差异 (可能与辖区规模有关，请结合实际核对) and listed after every other flag of its program.
   */
  sizeGap?: boolean;
  /**
   * OUTLIER: the district stands at a like ratio on every size row it sets (常山开发区 0.09–0.13×, 比例一致):
   * its findings are one cause, listed together under one label — "far" where every one of them is ten times
   * off or more (陆河县 0.06–0.07×: 明显偏低), else "near".
   */
  sameSize?: "far" | "near";
  message: Localized;
}

export interface ValueStats {
  count: number;
  min: number;
  median: number;
  max: number;
  /** Median absolute deviation. */
  mad: number;
}

export interface AlignedIndicator {
  /** Normalised name used for matching. */
  key: string;
  /** The most common name as written. */
  name: string;
  /** The unit most districts use (compared form), "" when none. */
  unit: string;
  /** Unit as most districts wrote it, for headers. */
  unitLabel: string;
  /**
   * Other measure words some districts wrote for the same count (个 where most wrote 处, 元/人·年 for
   * 元/生·年): counted with the rest, and named beside the unit so that the difference is seen.
   */
  unitVariants?: string[];
  /** A school's funds (生均, 学生资助 …): two terms make its year, so 元/生·学期 converts (periods.ts). */
  school?: true;
  /**
   * Values are shown divided by this, in `displayUnit`, where most districts wrote a magnitude word
   * (30万亩, 万元): 1e4 and "万亩"; 1 and `unitLabel` otherwise. Statistics stay in the base unit.
   */
  displayScale?: number;
  displayUnit?: string;
  /** The comparator most districts use, null when there is no majority. */
  comparator: Comparator | null;
  cells: Record<string, DistrictCell>;
  /** Over districts with a number in the majority unit; null when none. */
  stats: ValueStats | null;
  /**
   * Districts whose value is a likely slip (疑多写/少写 0) left out of `stats` (its min, median and max), in
   * district order: 3500000 for 350 moves no median and shows as no maximum. Absent when none.
   */
  statsLeftOut?: string[];
  /** Each district's value ÷ median (null when undefined). */
  ratios: Record<string, number | null>;
  /** True when at least one district gives a number. */
  quantitative: boolean;
  flags: CompareFlag[];
}

export interface IntensityRatio {
  numerator: string;
  denominator: string;
  numeratorKey: string;
  denominatorKey: string;
  /** e.g. "项/家次". */
  unit: string;
  /** Chosen by the user (true) or by default (false). */
  chosen: boolean;
  values: Record<string, number | null>;
  stats: ValueStats | null;
  ratios: Record<string, number | null>;
  flags: CompareFlag[];
}

export interface UnalignedItem {
  district: string;
  name: string;
  text: string;
  sheet: string;
  cell: string;
  source: string;
  reason: Localized;
  /** A similar indicator of other districts, offered for a person to check — never merged automatically. */
  similarTo?: string;
  /** The unit as the district wrote it, when it wrote one (named where it differs from the others'). */
  unit?: string;
  /** The file, named in the cell's reference where another file of the program has a sheet of that name. */
  file?: string;
}

export interface ProgramMember {
  district: string;
  /**
   * The place as the project writes it, where the comparison names it otherwise (巴马县, compared as
   * 巴马瑶族自治县): kept so that the name compared can be traced to the cells.
   */
  written?: string;
  project: string;
  source: string;
  sheet: string;
  row: number;
}

/** A project of the program whose district could not be told (no district in its names, sheet or file). */
export interface UnplacedProject {
  project: string;
  source: string;
  sheet: string;
  row: number;
  /** A word shaped like a place that was seen (（城区）) but could not be confirmed as a district. */
  seen?: string;
  /**
   * The prefecture's own project (州本级, 市本级), told by its unit (临夏州农业农村局) or a 本级 in its names:
   * no district's, said so rather than asked for a district.
   */
  own?: {
    level: string;
    field: "budgetUnit" | "department" | "project" | "district" | "sheet" | "file";
    text: string;
  };
}

/**
 * A project compared with the program although its name differs from the program's by a year, an ending
 * that names the money (项目, 资金, 补助资金, 专项资金 …) or a place in brackets: said, so that the officer
 * sees which names were taken for one.
 */
export interface NameVariant {
  district: string;
  project: string;
  source: string;
  /** The phase mark taken off its name (一期), where that is how it differs. */
  phase?: string;
}

/**
 * A project of a district whose name is like the program's but not taken for it (高标准农田建设工程 beside
 * 高标准农田建设项目), or a second project of a district already compared: left out, and named.
 */
export interface NearName {
  district: string;
  project: string;
  source: string;
  sheet: string;
  row: number;
  /** The district is compared under the program's name too: this is its second, differently named project. */
  alsoCompared?: boolean;
}

/** A district that filed the program in two or more files (新昌县.xlsx, 新昌县（修改稿）.xlsx): one is compared. */
export interface Resubmission {
  district: string;
  /** Every file, in the order given. */
  files: string[];
  /** The file compared. */
  used: string;
  /**
   * Why that one: its name marks a revision (修改稿, 修订, v2 …), it was saved later, or it was given later;
   * `phases`: the district's phases (一期, 二期) are compared, not a copy that marks no phase (round 181).
   */
  why: "revision" | "saved" | "order" | "phases";
}

/**
 * A 汇总表 of the program (a table of the districts' rows) sent along with the districts' own files (round 181):
 * not compared — each district is compared by its own file — but checked against them.
 */
export interface SummaryCheck {
  source: string;
  /** The districts the 汇总表 holds. */
  districts: string[];
  /** The districts checked against their own files. */
  checked: string[];
  /** Where the 汇总表's figure differs from the district's own (each as written). */
  differences: { district: string; indicator: string; summary: string; own: string; cell: string }[];
  /** The 汇总表's own totals that do not hold (round 205), absent when every one does or none was checked. */
  totals?: SummaryTotal[];
}

/**
 * A 汇总表's 合计 that differs from the sum of its own places (`places`, said as TOTAL-DIFF says it) or, holding
 * there, from the sum of the districts' own files (`filed`).
 */
export interface SummaryTotal {
  indicator: string;
  /** sheet!A1 of the total. */
  cell: string;
  against: "places" | "filed";
  message: Localized;
}

export interface Program {
  name: string;
  districts: string[];
  /** What the districts are called in sentences: 区, 县（市）, 地区 … (placeWord, worked out once here). */
  placeWord: string;
  members: ProgramMember[];
  /** Projects of this program left out because their district is unknown: always named, never dropped silently. */
  unplaced: UnplacedProject[];
  /** Projects compared under a name that differs from the program's by a year or an ending (资金, 项目 …). */
  nameVariants: NameVariant[];
  /** Projects of a like name left out of the program: named, never dropped silently. */
  nearNames: NearName[];
  /** Districts that filed the program twice, and the file compared for each. */
  resubmissions: Resubmission[];
  /** 汇总表 sent along with the districts' own files: checked against them, not compared (round 181). */
  summaries?: SummaryCheck[];
  /**
   * 合计/总计 columns beside the districts' columns: no district, left out of the comparison (and said), each
   * row's total checked against the districts' sum (TOTAL-DIFF).
   */
  totalColumns?: TotalColumn[];
  /** Districts that filed the program in phases (一期, 二期), compared as one (round 177). */
  phased?: PhasedFiling[];
  /**
   * Districts known only by a sheet's or file's bare name (三穗, 三穗.xlsx): compared under it, and said so;
   * `file` is set where the file's name gave it.
   */
  bareNamed?: { district: string; sheet: string; source: string; file?: string }[];
  /**
   * Districts the table wrote by their short form (洮南 over a place column, 镇赉 in a 县区 cell): compared as
   * the 县级市 the closed list names (洮南市) or, `asWritten`, under the short form — said so.
   */
  shortNamed?: { district: string; written: string; asWritten: boolean; sheet: string; source: string }[];
  /**
   * The titles the program's name was read from, where no 项目名称 names it (百色市2024年农村义务教育学生营养
   * 改善计划绩效目标分解表): said, so that the name can be checked. `cell` is the title's.
   */
  titleNamed?: { sheet: string; cell: string; source: string }[];
  /**
   * Each district's money as the table's amount column states it (a 分解表's 中央补助资金（万元）), read as the
   * project's budget, not as an indicator: said, not compared (round 174). `amount` as written; `unit` 万元
   * where the header named it, else "".
   */
  funds?: { district: string; amount: number; unit: string }[];
  indicators: AlignedIndicator[];
  ratios: IntensityRatio[];
  unaligned: UnalignedItem[];
}

/** A 合计/总计 column beside the districts' columns, left out of the comparison. */
export interface TotalColumn {
  header: string;
  sheet: string;
  /** Its column letter (H), or its row's number where `inRow`. */
  column: string;
  /** A 分解表's 合计 row under its counties, not a column beside them. */
  inRow?: true;
  source: string;
  /**
   * The indicators whose total in this column was checked against the sum of the districts (figures that
   * add up, every place of the row written): the note claims no more.
   */
  checked?: string[];
  /**
   * Columns beside the places read as no place that hold targets (洮南 where no rule read it, 市直): named,
   * and no row's total is checked while they are left out.
   */
  unread?: { column: string; header: string }[];
}

/** A program only one district filed (东阳市's 被征地农民养老保险 among the others' programs): said, not compared. */
export interface LoneProgram {
  /** The program's name, without its district. */
  program: string;
  district: string;
  source: string;
  sheet: string;
  row: number;
}

export interface ComparisonResult {
  programs: Program[];
  settings: CompareSettings;
  messages: Localized[];
  /**
   * Projects of no known district that share their name with one district's project, so that no program
   * of two could be formed: named (summary, sheet), never dropped silently.
   */
  unplaced: UnplacedProject[];
  /** Every district (or 县级市) told among the projects read, compared or not: says why nothing was. */
  places: string[];
  /** Programs only one district filed, where others were compared: named in one line, never dropped silently. */
  lonePrograms?: LoneProgram[];
}
