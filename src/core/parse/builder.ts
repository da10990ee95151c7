/**
 * The records of one grid, as they are built: projects started, indicators added (each target read, its
 * unit completed, its 二级 inferred), tables closed.
 */
import { a1, columnLetters, type Grid } from "../grid";
import {
  type ColumnRole,
  type IndicatorRecord,
  type Level1,
  type Level2,
  type ParseMessage,
  type ProjectInfo,
  type TableInfo,
} from "../record";
import { inferLevel2, level1OfLevel2 } from "../text/categories";
import { canon } from "../text/chars";
import { scale } from "../text/numbers";
import { comparatorOfColumn, parseTarget } from "../text/target";
import { TIME_NAME } from "../text/dates";
import { districtOf } from "../table/district";
import { type HeaderRole } from "../table/headers";
import { type HeaderInfo } from "../table/layout";
import { Indicator } from "./indicatorRecord";
import { nameUnitApart, unitColumn, unitInName } from "./unitApart";

/**
 * The district of a project started from a context: as written, else as its names name it, else as the
 * form's title or 填报单位 line names it.
 */
export function contextDistrict(ctx: Context): string | null {
  return (
    ctx.district ??
    districtOf(ctx.project, ctx.budgetUnit, ctx.department) ??
    (ctx.area && isProvince(ctx.area) ? (unitCity(ctx.budgetUnit) ?? ctx.area) : ctx.area) ??
    null
  );
}

/** 西藏自治区, 四川省: a province's name (the widest a title names). */
function isProvince(area: string): boolean {
  const last = area.charCodeAt(area.length - 1);
  return last === 0x7701 /* 省 */ || area.endsWith("自治区");
}

/**
 * 林芝市林业和草原局 under a title naming 西藏自治区: the city the unit's name opens with, narrower than the
 * province — the unit's own place (not 城市…, 全市…: words, no city's name).
 */
function unitCity(unit: string): string | null {
  const m = UNIT_CITY.exec(unit);
  return m && !NOT_CITY.test(m[1]) ? m[1] : null;
}
const UNIT_CITY = /^([\u4e00-\u9fa5]{2,4}?市)(?=[\u4e00-\u9fa5]{2,}(?:局|委员会|委|中心|办公室|政府)$)/;
const NOT_CITY = /(?:城市|都市|全市|本市|各市|县市|该市|我市)$/;

/** What is known of the current project before it is started (a form's 项目名称 | 值 rows). */
export type Context = Omit<ProjectInfo, "id" | "sheet"> & {
  /** The district the form's title or its 填报单位 line names: the project's when its own names name none. */
  area?: string | null;
};

export interface RecordParts {
  seq: number | null;
  level1: Level1 | null;
  level2: Level2 | null;
  name: string;
  target: string;
  targetCanon?: string;
  text: string;
  direction?: string | null;
  unitCell?: string;
  numeric?: boolean;
  /**
   * Written in prose (a packed cell's item): a deadline with no year, and no title's, takes the one year the
   * project's name writes (龙船镇2024年… over 10月底前全部完工). A table's row does not (a project's year may
   * be when it started).
   */
  prose?: boolean;
}

export class Builder {
  readonly projects: ProjectInfo[] = [];
  readonly indicators: IndicatorRecord[] = [];
  readonly tables: TableInfo[] = [];
  readonly messages: ParseMessage[] = [];
  current: ProjectInfo | null = null;

  constructor(readonly grid: Grid) {}

  sheetRow(r: number): number {
    return this.grid.top + r;
  }

  addr(r: number, c: number): string {
    return a1(this.grid.top + r, this.grid.left + c);
  }

  /**
   * The district each project's form title or 填报单位 line named (Context.area), by project id: weighed
   * once the walk is done against a town the project's names give (placeTownsUnderCounty).
   */
  readonly areas = new Map<number, string>();

  /** The project a title names (…营养改善计划绩效目标分解表) and the title's cell, once one is read. */
  titleProject: { project: string; cell: string | null } | null = null;
  /** Whether the title over the projects started now is a 部门整体 table's (readGrid's readTitle says). */
  wholeDepartment = false;
  /** The projects started under a 部门整体 table's title (named by nameWholeDepartments, context.ts). */
  readonly wholeDepartments = new Set<number>();

  startProject(ctx: Context): ProjectInfo {
    const p: ProjectInfo = {
      id: this.projects.length,
      sheet: this.grid.sheet,
      row: ctx.row,
      project: ctx.project,
      budgetUnit: ctx.budgetUnit,
      department: ctx.department,
      district: contextDistrict(ctx),
      goal: ctx.goal,
      goalCell: ctx.goalCell,
      projectCell: ctx.projectCell,
    };
    // (Set after, not spread in: a literal with spreads is copied key by key, once per project.)
    if (this.year !== null) p.year = this.year;
    // A form's money line (年度资金总额 | 150): its project's budget.
    if (ctx.budget) p.budget = ctx.budget;
    // 廉江市2024年… over a block naming no district: the block's title city, for the comparison to weigh.
    if (ctx.titleCity && p.district === null) p.titleCity = ctx.titleCity;
    const t = this.titleProject;
    if (t && p.project === t.project && p.projectCell === t.cell) p.projectFrom = "title";
    if (ctx.area) this.areas.set(p.id, ctx.area);
    if (this.wholeDepartment) this.wholeDepartments.add(p.id);
    this.projects.push(p);
    this.current = p;
    return p;
  }

  /**
   * The project of `place` in a table with a column per place: the row's own project for the first place
   * met, a copy of it (same name, that place as district) for each other one.
   */
  placeProject(p: ProjectInfo, place: string): ProjectInfo {
    const district = districtOf(place) ?? place;
    let ofRow = this.places.get(p.id);
    if (!ofRow) {
      ofRow = new Map();
      this.places.set(p.id, ofRow);
    }
    const known = ofRow.get(district);
    if (known) return known;
    const out = ofRow.size === 0 ? p : { ...p, id: this.projects.length, district };
    if (out === p) p.district = district;
    else this.projects.push(out);
    ofRow.set(district, out);
    return out;
  }

  /** The projects of each place, by the id of the row's own project. */
  readonly places = new Map<number, Map<string, ProjectInfo>>();
  /** The year in the current table's title (（2024年度）, 2024年…绩效目标表), or null. */
  year: number | null = null;

  add(p: ProjectInfo, r: number, cell: string, parts: RecordParts): void {
    this.indicators.push(this.record(p, r, cell, parts));
  }

  /** The record of one indicator: its target read, its unit completed, its 二级 inferred. */
  record(p: ProjectInfo, r: number, cell: string, written: RecordParts): IndicatorRecord {
    const unmarked = withoutCoreMark(written.name);
    const parts = unmarked === written.name ? written : { ...written, name: unmarked };
    // 实施供水设施维修改造工程(个) | 1: the unit's bracket counts the number below and leaves the name.
    const apart = nameUnitApart(unmarked);
    let { level1 } = parts;
    const { level2 } = parts;
    if (level2 === "服务对象满意度指标") level1 = "满意度指标";
    else if (level2 && !level1) level1 = level1OfLevel2(level2, null);
    const ctx = { name: parts.name, level2, numeric: parts.numeric, date1904: this.grid.date1904 };
    // 值班值守 | 7×24 | 小时: the hours are the figure, as in 7×24小时 written in one cell.
    const hoursApart =
      parts.unitCell && HOURS_COLUMN.test(parts.unitCell.trim()) && TIMES_ALONE.test(canon(parts.target));
    const t = hoursApart
      ? parseTarget(`${parts.target}小时`, ctx)
      : parseTarget(parts.target, ctx, parts.targetCanon);
    let unit = t.unit;
    let value = t.value;
    let valueMax = t.valueMax;
    // A unit written apart from the number — a unit column, or a bracket closing the name (满意度（%）)
    // — is read as if written after it: 3.5 | 万元 as 3.5万元 (35000 元), so that both ways of writing the
    // same target give the same record; unless the target has its own magnitude word (≤100万 | 万元: the column's 万
    // is the target's, 1000000 元 — the unit always says the value's scale, so that sums add like with like).
    const u =
      !unit && t.kind === "quantitative"
        ? parts.unitCell
          ? unitColumn(parts.unitCell)
          : (unitInName(parts.name) ?? (apart ? unitColumn(apart.unit) : null))
        : null;
    if (u) {
      unit = u.unit;
      if (u.factor !== 1 && !/[万亿千]/.test(parts.targetCanon ?? parts.target)) {
        value = value === null ? null : scale(value, u.factor);
        valueMax = valueMax === null ? null : scale(valueMax, u.factor);
      }
    }
    // 服务乡镇（街道） | 18个: a bracket naming what is counted another way, not the target's unit, stays.
    const name = apart && (unit === "" || isUnitOf(unit, apart.unit)) ? apart.name : parts.name;
    let kind = t.kind;
    let date = t.date;
    // 安全事故 | 定性 | 零发生: the table says the target is words; none at all stays words there.
    if (kind === "quantitative" && value === 0 && parts.direction === "定性" && !/\d/.test(parts.target)) {
      kind = "qualitative";
      value = null;
    }
    // 完成时间 | ≤ | 2024 | 年: a year in the value column with 年 in the unit column is a deadline.
    if (parts.unitCell && unit === "年" && kind === "quantitative" && isYear(value, valueMax)) {
      if (level2 === "时效指标" || TIME_NAME.test(parts.name)) {
        date = String(value);
        kind = "date";
        value = valueMax = null;
        unit = "";
      }
    }
    // 维修养护完成时间 | ≤ | 11 | 月: a month of the year (1–12, not 个月) in the value column, for a point in
    // time (a name ending in 时间 or 日期; not 工期 or 时长, a duration), is a deadline: by that month, of the
    // table's year when it names one.
    if (
      parts.unitCell &&
      unit === "月" &&
      kind === "quantitative" &&
      valueMax === null &&
      value !== null &&
      Number.isInteger(value) &&
      value >= 1 &&
      value <= 12 &&
      POINT_IN_TIME.test(name) &&
      !isMonthsBound(value, parts.direction, t.comparator, parts.target)
    ) {
      date = this.year !== null ? `${this.year}-${String(value).padStart(2, "0")}` : null;
      kind = "date";
      value = valueMax = null;
      unit = "";
    }
    // 12月底前, 年底前, 第三季度 in a table titled （2024年度）: the year is the table's — and 次年3月底前 the
    // year after it.
    // (No title's year: in prose, the one year the project's name writes, 龙船镇2024年农村公益事业奖补.)
    const year =
      kind === "date" && date === null ? (this.year ?? (parts.prose ? yearOfName(p.project) : null)) : null;
    if (kind === "date" && date === null && year !== null) {
      const target = parts.targetCanon ?? canon(parts.target);
      // (当年11月30日前, 本年度10月底前: the year the words name is the table's, written where they stand.)
      if (!RELATIVE_PERIOD.test(target))
        date = parseTarget(
          target.includes("年") && THIS_YEAR.test(target)
            ? target.replace(THIS_YEAR, `${year}年`)
            : `${year}年${target}`,
        ).date;
      else {
        const next = NEXT_YEAR.exec(target);
        const before = next ? target.slice(0, next.index) : "";
        const after = next ? target.slice(next.index + next[0].length) : "";
        const rest = before + after;
        // 10月15日至次年4月15日: a period from the table's year into the next, whose end is the date.
        if (next && !RELATIVE_PERIOD.test(rest)) {
          date = parseTarget(
            before.trim() ? `${year}年${before}${year + 1}年${after}` : `${year + 1}年${rest}`,
          ).date;
        }
      }
    }
    let comparator = kind === "date" || kind === "qualitative" ? null : t.comparator;
    // 30 | 天内: the unit column's bound is the target's comparator, as in 30天内.
    // (Either column's way counts only where the target writes no comparator word of its own.)
    const wordless =
      comparator === "=" &&
      (u?.comparator || parts.direction) &&
      !COMPARATOR_WORD.test(withoutNotes(canon(parts.target)));
    if (wordless && u?.comparator) comparator = u.comparator;
    if (wordless && comparator === "=" && parts.direction) {
      const d = comparatorOfColumn(parts.direction);
      if (d && d !== "=" && d !== "between") comparator = d;
    }
    // 满意度 | ≥ | 0.9 | %: 90% typed into a percent cell is stored as 0.9, and a file without the cell's
    // format gives that (with its format, the cell reads 90% and is not scaled again).
    let fraction: "scaled" | "kept" | "whole" | null = null;
    let percentFraction = false;
    if (u?.unit === "%" && value !== null && value > 0 && parts.numeric && !hasPercent(parts.target)) {
      if (value > 1) fraction = "whole";
      else if (isPercentFraction(comparator, parts.direction ?? "", name)) {
        // 0.9, 0.95, 1: a rate no one sets as such a small percentage (0.3 is one a reader could).
        fraction = value >= 0.5 ? "scaled" : null;
        value = scale(value, 100);
        percentFraction = true;
        // 下限 | 上限 as 0.9 | 1: the range's upper bound is a fraction too.
        if (valueMax !== null && valueMax <= 1) valueMax = scale(valueMax, 100);
      } else fraction = "kept"; // read as a fraction too if its column stores them (settleFractions)
    }
    const out = new Indicator(
      this.grid.sheet,
      this.sheetRow(r),
      cell,
      p,
      parts,
      level1,
      level2,
      level2 ? null : inferLevel2(level1, name, unit, kind, parts.target),
      name,
      comparator,
      value,
      valueMax,
      unit,
      kind,
      date,
    );
    if (percentFraction) out.percentFraction = true;
    if (fraction) this.tallyFraction(cell, fraction, out);
    return out;
  }

  /**
   * The current table's number cells under a % unit, by column: how many read as fractions of a percent
   * cell (满意度 0.9, 及时率 1), how many as whole percentages (95), and the small rates kept as written
   * (退培率 | 反向 | 0.03) — read as fractions too once the table closes, if the column stores fractions.
   */
  private readonly fractions = new Map<string, { scaled: number; whole: number; kept: IndicatorRecord[] }>();

  private tallyFraction(cell: string, fraction: "scaled" | "kept" | "whole", rec: IndicatorRecord): void {
    const col = cell.replace(/\d+$/, "");
    let tally = this.fractions.get(col);
    if (!tally) {
      tally = { scaled: 0, whole: 0, kept: [] };
      this.fractions.set(col, tally);
    }
    if (fraction === "kept") tally.kept.push(rec);
    else tally[fraction]++;
  }

  /**
   * The table ends: in a column that stores fractions of percent cells (its rates read as fractions
   * outnumber the whole percentages, and are two or more: 0.9, 0.85, 1), a rate kept low or bounded from
   * above is one too (学员退培率 | 反向 | 0.03 | % → 3 %, as 0.9 beside it is 90 %). In a column holding 95
   * and 100, 0.5 stays 0.5 %.
   */
  settleFractions(): void {
    for (const { scaled, whole, kept } of this.fractions.values()) {
      if (scaled < 2 || scaled <= whole) continue;
      for (const rec of kept) {
        if (rec.value !== null) rec.value = scale(rec.value, 100);
        if (rec.valueMax !== null && rec.valueMax <= 1) rec.valueMax = scale(rec.valueMax, 100);
        rec.percentFraction = true;
      }
    }
    this.fractions.clear();
  }
}

/**
 * A number cell ≤ 1 under a % unit column is the fraction of a percent cell — unless it bounds a rate
 * from above (事故发生率 | ≤ | 0.5 | %, 反向), where a small percentage is meant as written.
 */
function isPercentFraction(comparator: string | null, direction: string, name: string): boolean {
  if (comparator === "<=" || comparator === "<" || /反向|[≤<＜≦]|小于|低于|不高于|不超过/.test(direction))
    return false;
  return !SMALL_RATE.test(name);
}

/** A target that writes its own % (its cell's format shows it, or the officer typed it). */
function hasPercent(target: string): boolean {
  return target.includes("%") || target.includes("％");
}

/**
 * Rates kept low (事故发生率, 投诉率) and changes (收入增长率, 能耗下降率): 0.5 under % there is the small
 * percentage written.
 */
const SMALL_RATE =
  /发生|事故|超标|差错|错误|投诉|丢包|失误|伤亡|死亡|不合格|不达标|流失|空置|闲置|复发|退回|违规|违法|故障|损失|误差|误报|漏报|下降|降低|减少|增长|增幅|增速|增加|提高|提升|上升/;

/** Whether a record's unit is the one a name's bracket holds (元 of 万元, % of ％). */
function isUnitOf(unit: string, bracket: string): boolean {
  if (unit === bracket) return true;
  const u = unitColumn(bracket);
  return unit === u.unit || unit === u.written;
}

/**
 * ★★★, ☆, (★★★), （核心指标） closing a name: the mark of a core indicator (a template's 三颗星为必填的核心
 * 绩效指标), no part of its name, as a leading ★ is not (text/item/names.ts); the raw text keeps it.
 */
const CORE_MARK = /\s*(?:[★☆]+|[(（]\s*(?:[★☆]+|核心指标)\s*[)）])\s*$/;

export function withoutCoreMark(name: string): string {
  // Most names end in neither a star nor a bracket: one look at the last character.
  let end = name.length - 1;
  while (end >= 0 && name.charCodeAt(end) <= 32) end--;
  const c = name.charCodeAt(end);
  if (c !== 0x2605 && c !== 0x2606 && c !== 41 && c !== 0xff09) return name;
  const m = CORE_MARK.exec(name);
  if (!m || m.index < 2) return name;
  // 酒店星级★★★, 三星级☆: stars after 星级 or 级 are the grade itself.
  return /[级星]$/.test(name.slice(0, m.index)) ? name : name.slice(0, m.index);
}

/** A comparator the target writes itself (≥, 不低于, 以上, 高于 …), which 指标性质 does not overrule. */
const COMPARATOR_WORD = /[≥≤<>=]|不[少低超高大多]于|不超过|以[上下内]|[高低大小多少]于|至少|达到|超过|之间/;

/** The target without its bracketed notes: 95（以检测为准）. */
function withoutNotes(target: string): string {
  return target.includes("(") ? target.replace(/\([^()]*\)/g, "") : target;
}

/** A name for a point in time (完成时间, 截止日期), not for a duration (工期, 时长). */
const POINT_IN_TIME = /(?:时间|日期)$/;

/** A unit column of hours (小时, 个小时, h). */
const HOURS_COLUMN = /^(?:个?小时|[hH])$/;

/** A value cell of the days of a week times the hours of a day, and nothing else (7×24, 5 x 8). */
const TIMES_ALONE = /^\s*\d\s*[×xX*]\s*\d{1,2}\s*$/;

/**
 * 补助资金拨付时间 | ≤ | 3 | 月: a bound written on a few months is a duration, within 3 months, as ≤ | 3 | 个月
 * reads — and any lower bound (≥ | 3 | 月) is, no deadline being "no earlier than". A later month under ≤
 * (维修养护完成时间 | ≤ | 11 | 月, by November) and a month with no bound stay a month of the year: within 7
 * to 12 months is no way a year's target is set, half a year or less is.
 */
function isMonthsBound(
  value: number,
  direction: string | undefined | null,
  written: string | null,
  target: string,
): boolean {
  const d = direction ? comparatorOfColumn(direction) : null;
  const c = written !== null && written !== "=" && COMPARATOR_WORD.test(target) ? written : d;
  if (c === ">=" || c === ">") return true;
  return (c === "<=" || c === "<") && value <= 6;
}

/** A year written in a project's name (龙船镇2024年农村公益事业奖补), or a figure that may be one. */
const NAME_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
/** The one year a project's name writes, or null (none, or two: 2024—2026年…). */
function yearOfName(project: string): number | null {
  if (!project.includes("年")) return null;
  const years = new Set(project.match(NAME_YEAR) ?? []);
  return years.size === 1 ? Number([...years][0]) : null;
}

/**
 * Periods that repeat (每月15日前, 每季度末前, 每年6月底前, 次月10日前): no one year completes them — the table's year
 * neither — so a recurring deadline stays a date with no date (record.md: the date only when determinable; round 212).
 * (次年, 明年: the year after the table's, read below.)
 */
const RELATIVE_PERIOD = /每|次月|当月|本月|下月|上月|次年|下年|下一年|明年|翌年/;

/** The table's own year named in words (当年11月30日前, 本年度10月底前, 今年6月), where a month of it is named. */
const THIS_YEAR = /(?:当年|本年度?|今年)(?=\s*(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月)/;

/** The year after the table's (次年3月底前), where a month of it is named. */
const NEXT_YEAR = /(?:次年|下一?年度?|明年|翌年)(?=\s*\d{1,2}\s*月)/;

/** A whole year a deadline may name (1990–2100), alone (not a range). */
function isYear(value: number | null, valueMax: number | null): boolean {
  return value !== null && valueMax === null && Number.isInteger(value) && value >= 1990 && value <= 2100;
}

export const EMPTY_CONTEXT = (): Context => ({
  project: "",
  budgetUnit: "",
  department: "",
  district: null,
  goal: "",
  goalCell: null,
  projectCell: null,
  row: 0,
});

export function tableInfo(
  b: Builder,
  h: HeaderInfo,
  startRow: number,
  endRow: number,
  width: number,
  repeated: number[],
  projects0: number,
  indicators0: number,
): TableInfo {
  b.settleFractions();
  const columns: TableInfo["columns"] = {};
  for (const [role, col] of Object.entries(h.roles) as [HeaderRole, number][]) {
    if (role === "district") continue;
    columns[role as ColumnRole] = {
      column: columnLetters(b.grid.left + col),
      header: h.headers[role] ?? "",
    };
  }
  const letter = (col: number) => columnLetters(b.grid.left + col);
  return {
    sheet: b.grid.sheet,
    layout: h.layout,
    headerRow: b.sheetRow(h.row),
    columns,
    ...(h.categoryColumns.length > 0
      ? { categoryColumns: h.categoryColumns.map((c) => ({ column: letter(c.col), header: c.header })) }
      : {}),
    ...(h.placeColumns
      ? { placeColumns: h.placeColumns.map((c) => ({ column: letter(c.col), header: c.place })) }
      : {}),
    ...(h.totalColumns
      ? { totalColumns: h.totalColumns.map((c) => ({ column: letter(c.col), header: c.header })) }
      : {}),
    repeatedHeaderRows: repeated,
    range: `${b.addr(startRow, 0)}:${b.addr(endRow, Math.max(0, width - 1))}`,
    projects: b.projects.length - projects0,
    indicators: b.indicators.length - indicators0,
  };
}
