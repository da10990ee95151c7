/**
 * grid → tables → projects → indicators. One pass over the rows: header rows start (or repeat) a
 * table, context rows (项目名称 | 值) set the project of a form-style block, data rows yield indicators.
 * Every indicator keeps its raw text and source cell.
 */
import { a1, columnLetters, type Grid, gridWidth, parseRange } from "./grid";
import type {
  ColumnRole,
  IndicatorRecord,
  Level1,
  Level2,
  ParseMessage,
  ParseResult,
  ProjectInfo,
  TableInfo,
} from "./record";
import {
  canonLevel1,
  canonLevel2,
  categoryOfLabel,
  costAmongOutputs,
  inferLevel2,
  level1OfLevel2,
} from "./text/categories";
import { canon, trimSpaces } from "./text/chars";
import { MAGNITUDES, scale } from "./text/numbers";
import { bracketAsTarget, cleanName, parseItem, type ItemParts } from "./text/item";
import { QUALITATIVE_TAIL } from "./text/sentences";
import { segmentCell, type Segment } from "./text/segment";
import { isErrorValue, parseTarget } from "./text/target";
import { isKnownUnit } from "./text/units";
import { TIME_NAME } from "./text/dates";
import { districtOf } from "./table/district";
import {
  categoryColumnsHoldWords,
  goalsHoldIndicators,
  statesIndicators,
  INDICATOR_TEXT,
  level2InLevel1Column,
  linePairs,
  namesInLevel2Column,
  comparatorColumnByContent,
  splitGoal,
  withoutNumbering,
} from "./table/columns";
import {
  blockTerm,
  codeUnder,
  firstNonEmpty,
  hasIndicatorContent,
  isCaptionRow,
  isFooterRow,
  isIndicatorColumn,
  isMoneyRow,
  isShiftedLeft,
  natureHoldsNumbers,
  rowsUnder,
  isOutsideColumns,
  isPageMarkRow,
  subHeaderPlaces,
  subHeaderRoles,
  subHeaderTarget,
  wordsUnderTarget,
} from "./table/rowKinds";
import { titleLine, titleYear } from "./table/title";
import { nextNamesLevel, treeAfter, type TreeLevel } from "./table/unitTree";
import { headerLine, pastedLines, resultOfLines } from "./table/pastedLines";
import {
  headerRole,
  isUnitAndProjectHeader,
  isWeakTargetHeader,
  yearNamed,
  type HeaderRole,
} from "./table/headers";
import {
  chooseTarget,
  contextRow,
  goalLabelsRow,
  goalLineBelow,
  labelText,
  labelsRow,
  valuesUnder,
  goalTerms,
  termsRow,
  headerOf,
  mergeUpperHeader,
  rowTexts,
  takeComparatorColumn,
  targetUnderLabels,
  type ContextPair,
  type LabelCell,
  type HeaderInfo,
} from "./table/layout";

/**
 * The district of a project started from a context: as written, else as its names name it, else as the
 * form's title or 填报单位 line names it.
 */
function contextDistrict(ctx: Context): string | null {
  return ctx.district ?? districtOf(ctx.project, ctx.budgetUnit, ctx.department) ?? ctx.area ?? null;
}

/** What is known of the current project before it is started (a form's 项目名称 | 值 rows). */
type Context = Omit<ProjectInfo, "id" | "sheet"> & {
  /** The district the form's title or its 填报单位 line names: the project's when its own names name none. */
  area?: string | null;
};

interface RecordParts {
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
}

class Builder {
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
      ...(this.year !== null ? { year: this.year } : {}),
    };
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
  record(p: ProjectInfo, r: number, cell: string, parts: RecordParts): IndicatorRecord {
    let { level1 } = parts;
    const { level2 } = parts;
    if (level2 === "服务对象满意度指标") level1 = "满意度指标";
    else if (level2 && !level1) level1 = level1OfLevel2(level2, null);
    const t = parseTarget(
      parts.target,
      { name: parts.name, level2, numeric: parts.numeric, date1904: this.grid.date1904 },
      parts.targetCanon,
    );
    let unit = t.unit;
    let value = t.value;
    let valueMax = t.valueMax;
    // A unit written apart from the number — a unit column, or a bracket closing the name (满意度（%）)
    // — is read as if written after it: 3.5 | 万元 as 3.5万元 (35000 元), so that both ways of writing the
    // same target give the same record; unless the target has its own magnitude word.
    const u =
      !unit && t.kind === "quantitative"
        ? parts.unitCell
          ? unitColumn(parts.unitCell)
          : unitInName(parts.name)
        : null;
    if (u) {
      unit = u.unit;
      if (u.factor !== 1 && !/[万亿千]/.test(parts.targetCanon ?? parts.target)) {
        value = value === null ? null : scale(value, u.factor);
        valueMax = valueMax === null ? null : scale(valueMax, u.factor);
      } else if (u.factor !== 1) unit = u.written;
    }
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
    // 12月底前, 年底前, 第三季度 in a table titled （2024年度）: the year is the table's.
    if (kind === "date" && date === null && this.year !== null && !RELATIVE_PERIOD.test(parts.target)) {
      date = parseTarget(`${this.year}年${parts.targetCanon ?? canon(parts.target)}`).date;
    }
    let comparator = kind === "date" || kind === "qualitative" ? null : t.comparator;
    if (comparator === "=" && parts.direction && !COMPARATOR_WORD.test(withoutNotes(canon(parts.target)))) {
      const d = parseTarget(`${parts.direction}1`).comparator;
      if (d && d !== "=" && d !== "between") comparator = d;
    }
    return {
      sheet: this.grid.sheet,
      row: this.sheetRow(r),
      cell,
      project: p.project,
      budgetUnit: p.budgetUnit,
      department: p.department,
      district: p.district,
      seq: parts.seq,
      level1,
      level2,
      level2Inferred: level2 ? null : inferLevel2(level1, parts.name, unit, kind),
      name: parts.name,
      target: parts.target,
      comparator,
      value,
      valueMax,
      unit,
      kind,
      date,
      text: parts.text,
      projectId: p.id,
      direction: parts.direction ?? null,
    };
  }
}

/** A comparator the target writes itself (≥, 不低于, 以上, 高于 …), which 指标性质 does not overrule. */
const COMPARATOR_WORD = /[≥≤<>=]|不[少低超高大多]于|不超过|以[上下内]|[高低大小多少]于|至少|达到|超过|之间/;

/** The target without its bracketed notes: 95（以检测为准）. */
function withoutNotes(target: string): string {
  return target.includes("(") ? target.replace(/\([^()]*\)/g, "") : target;
}

/** Whether a row names a unit or a department other than the project's. */
function otherUnit(p: ProjectInfo, budgetUnit: string, department: string): boolean {
  return (!!budgetUnit && budgetUnit !== p.budgetUnit) || (!!department && department !== p.department);
}

/**
 * A district column's cell as a district: 440112黄埔区 → 黄埔区, 广州市白云区 → 白云区; words for all or
 * none (全市, 各区, 市本级, 合计) are no district.
 */
function districtOfColumn(cell: string): string {
  if (!cell || NO_DISTRICT_WORD.test(cell)) return "";
  const name = cell.replace(/^\d+\s*/, "");
  // 海珠区、白云区: several places, kept as written.
  if (/[、,，/]/.test(name)) return name;
  // 白云区（太和镇）: the district the cell starts with, not the town in its bracket.
  return LEADING_PLACE.exec(name)?.[1] ?? districtOf(name) ?? name;
}
const LEADING_PLACE = /^(?:[\u4e00-\u9fa5]{2,4}?市)?([\u4e00-\u9fa5]{1,5}?(?:自治县|自治旗|区|县|市|旗))/;
const NO_DISTRICT_WORD =
  /^(?:全市|全区|全县|全省|全州|全旗|各区|各县|各地|各镇|市本级|区本级|县本级|本级|合计|小计|总计)$/;
/** The city's (or county's) own level in a district column: 市本级, no district's rows. */
const OWN_LEVEL = /^(?:市本级|区本级|县本级|本级)$/;

/** 白云区, 白云 and 白云县 name one place for the comparison of two rows' districts. */
function districtKey(name: string): string {
  return name.length > 2 ? name.replace(/(?:自治县|自治旗|街道|区|县|市|旗|镇|乡)$/, "") : name;
}

/** 绩效指标, 年度指标, 部门整体绩效目标: a label for the whole cell, written alone before its items. */
const CELL_LABEL_ALONE = /^\s*(?:部门整体(?:支出)?|整体)?(?:年度)?(?:绩效)?(?:指标|目标)\s*$/;

/** "绩效指标：" in a cell: its indicators are labelled apart from its goal. */
const INDICATORS_LABEL = /绩效指标\s*:/;

/** A 指标性质 or 指标方向 cell that states the target itself (与上年持平, 不低于上年). */
const TARGET_IN_WORDS = /上年|同期|持平/;
/** What a 指标性质 or 指标方向 cell says of its own: a direction, a nature or a comparator alone. */
const NATURE_ONLY =
  /^\s*(?:正向|反向|中性|定量|定性|正向指标|反向指标|[≥≤<>=＞＜≧≦＝]{1,2}|大于|小于|等于|大于等于|小于等于|不低于|不高于|不少于|不超过|区间)\s*$/;

/** ≥500人次, 500人次, 2-4次, 2024年12月底前: a whole target in a 指标性质 cell, not a bare ≥ or 定量. */
function isTargetInNature(said: string): boolean {
  if (NATURE_ONLY.test(said) || !/\d/.test(said)) return false;
  const kind = parseTarget(said).kind;
  return kind === "quantitative" || kind === "date";
}

/** 项目一：社区养老服务站运营补助 (canonical text): a sub-project's line, and its words. */
const SUB_PROJECT = /^\s*子?项目\s*[一二三四五六七八九十\d]+\s*:\s*(.*?)[\s.;。]*$/;

/** Whether the segment after a 项目N： line is what stands under a sub-project: a heading, or 指标1：…. */
function subProjectAbove(next: Segment | undefined, ctext: string): boolean {
  if (!next) return false;
  if (next.kind === "heading") return true;
  return /^\s*指标\s*[\d一二三四五六七八九十]+\s*[:.、]/.test(ctext.slice(next.start, next.end));
}

/** 设3条数量指标: before a category label: how many indicators follow, not part of them. */
const ANNOUNCEMENT = /设\s*\d+\s*条(?=\s*[\u4e00-\u9fa5]{1,14}指标\s*:)/g;

/**
 * A cell's canonical text with each 设N条 announcement blanked (spaces, so offsets into the cell stay
 * the same): 产出指标:设2条数量指标:… and 设3条数量指标:①… read as the labels they announce.
 */
function withoutAnnouncements(c: string): string {
  return c.includes("设") ? c.replace(ANNOUNCEMENT, (m) => " ".repeat(m.length)) : c;
}

/** Words that state a qualitative target (明显改善, 显著提升, 合格, 稳定): not a note such as 省级 or 含临时. */
const STATED_TARGET =
  /提升|提高|改善|增强|明显|显著|稳定|达标|合格|良好|优良|有效|完成|降低|下降|减少|持续|向好|规范|及时|通过|到位|健全|完善|好转|满意/;

/** What names a sub-column under 指标值 (数量, 数值, 单位, 符号), never a target itself. */
const CAPTION_WORD = /^(?:数量|数值|值|单位|符号|运算符号|比较符)$/;

/** A score on its own, (20分) or （30分）, as a template writes it after a heading. */
const SCORE_ALONE = /^\s*[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*$/;

/**
 * 见附件, 详见附表2: a form's line pointing elsewhere names no department or unit; nor does a column's caption
 * (资金使用单位 | 资金使用单位名称 | 金额（万元）, the head of a list of units below).
 */
const SEE_ELSEWHERE = /^[(（]?\s*(?:详见|参见|见)\s*(?:附件|附表|下表|清单|名单)|名称$/;

/** Periods that repeat (每月5日前, 次月10日前): no one year completes them. */
const RELATIVE_PERIOD = /每|次月|当月|本月|下月|上月|次年|下年|下一年|明年|翌年/;

/** A whole year a deadline may name (1990–2100), alone (not a range). */
function isYear(value: number | null, valueMax: number | null): boolean {
  return value !== null && valueMax === null && Number.isInteger(value) && value >= 1990 && value <= 2100;
}

/**
 * What the 指标方向 and 指标性质 columns say of the comparator, as written: a comparator wins over a
 * direction word (正向指标 | ≥), and so does an "=" written out (正向指标 | =: the officer chose it).
 */
function pickDirection(direction: string, nature: string): string | null {
  for (const d of [direction, nature]) {
    if (!d) continue;
    const cmp = parseTarget(`${d}1`).comparator;
    if (cmp && cmp !== "=" && cmp !== "between") return d;
  }
  for (const d of [direction, nature]) if (EQUALS_WRITTEN.test(d)) return d;
  return direction || nature || null;
}
const EQUALS_WRITTEN = /^\s*(?:[=＝]|等于)\s*$/;

/** A unit column's text → its unit and the magnitude word it starts with (万元 → 元 × 10000; 千米 stays). */
function unitColumn(text: string): { unit: string; factor: number; written: string } {
  const u = normalizeUnit(text);
  for (const [word, factor] of MAGNITUDES) {
    if (!u.startsWith(word)) continue;
    // The target reader decides whether the word is a magnitude here (万元) or part of a unit (万字).
    if (parseTarget(`1${u}`).value === factor)
      return { unit: normalizeUnit(u.slice(word.length)), factor, written: u };
    break;
  }
  return { unit: u, factor: 1, written: u };
}

const NAME_UNIT = /[(（]\s*((?:[^()（）]|[(（][^()（）]{1,2}[)）]){1,8}?)\s*[)）]\s*$/;

/** A bracket closing a name that holds nothing but a unit: 满意度（%）, 资金（万元） — not 人数（含线上）. */
function unitInName(name: string): { unit: string; factor: number; written: string } | null {
  const m = NAME_UNIT.exec(name);
  if (!m) return null;
  // 合格率（%）（抽检）: a note after the unit's bracket; the unit is the bracket before it.
  return (
    unitInBracket(m) ?? (NAME_UNIT.test(name.slice(0, m.index)) ? unitInName(name.slice(0, m.index)) : null)
  );
}

/** The unit a name's closing bracket holds, or null when it holds something else. */
function unitInBracket(m: RegExpExecArray): { unit: string; factor: number; written: string } | null {
  // 任务完成时限（月）, 办理时限（日）: 1月 and 1日 read as dates below, but in a bracket they are units.
  const word = m[1].trim();
  if (word === "月" || word === "日") return { unit: word, factor: 1, written: word };
  // 路面技术状况指数（PQI）: an abbreviation of the name, not a unit.
  if (/^[A-Z]{2,}$/.test(word) && !LATIN_UNIT_WORDS.has(word)) return null;
  const u = unitColumn(m[1]);
  // 资金（省级）, 合格率（抽检）: a note the unit list does not know is no unit.
  if (u.unit !== "" && !isKnownUnit(u.unit) && !/^[A-Za-z]/.test(u.unit)) return null;
  const probe = parseTarget(`1${m[1]}`);
  const whole = u.unit === "" ? u.factor !== 1 : probe.unit === u.unit;
  return probe.kind === "quantitative" && probe.value === u.factor && whole ? u : null;
}

/** Upper-case Latin units a name's bracket may hold: 长度（KM）, 带宽（MB）. */
const LATIN_UNIT_WORDS = new Set([
  "KM",
  "KG",
  "KB",
  "MB",
  "GB",
  "TB",
  "PB",
  "KW",
  "MW",
  "KWH",
  "KV",
  "CM",
  "MM",
  "DB",
]);

function normalizeUnit(u: string): string {
  const t = trimSpaces(u);
  if (t === "百分比" || t === "％" || t === "百分率") return "%";
  return t;
}

/**
 * The categories of what follows a heading (or a category label): a 一级 heading resets the 二级; a
 * 二级 heading keeps (or implies) its 一级.
 */
function underHeading(
  cat: { level1: Level1 | null; level2: Level2 | null },
  level1: Level1 | null,
  level2: Level2 | null = null,
): { level1: Level1 | null; level2: Level2 | null } {
  if (costAmongOutputs(cat, level2)) return { level1: "产出指标", level2: "成本指标" };
  return cat.level1 && !cat.level2
    ? { level1: cat.level1, level2: null }
    : { level1: cat.level1 ?? level1, level2: cat.level2 };
}

/** Items of one packed cell (layout a/c/d), with headings carrying category context. */
function addPackedCell(
  b: Builder,
  p: ProjectInfo,
  r: number,
  c: number,
  text: string,
  column?: { level1: Level1 | null; level2: Level2 | null },
  carried?: { level1: Level1 | null; level2: Level2 | null; bracketStyle?: boolean },
): number {
  // In a column headed by a category (产出指标 | 效益指标 …), the cell's items are of that category; in a
  // block written a line per cell down the column, of the heading in a cell above.
  const under = column ?? carried;
  let level1: Level1 | null = under
    ? (under.level1 ?? (under.level2 ? level1OfLevel2(under.level2, null) : null))
    : null;
  let level2: Level2 | null = under?.level2 ?? null;
  // An inline label ("数量指标：A≥1200人次；B≥300人次。") labels the unnumbered sentences after it too,
  // until a heading or a numbered item.
  let inline = false;
  let inlineL1: Level1 | null = null;
  let inlineL2: Level2 | null = null;
  const ctext = withoutAnnouncements(canon(text));
  const cell = b.addr(r, c);
  // Items without a target, in case the cell turns out to be written "名称(目标)" (see below).
  const noTarget: { index: number; item: ItemParts; parts: RecordParts }[] = [];
  let bracketStyle = false;
  let n = 0;
  const segments = segmentCell(text, ctext);
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k];
    const raw = text.slice(seg.start, seg.end);
    // 项目二：居家适老化改造, then 【产出指标-数量指标】 or 指标1：… — a sub-project's line: context for the
    // indicators under it (the goal where none is written), not an indicator. Followed by another 项目N
    // line, or with a number, it numbers an indicator (项目1：培训质量达标).
    const sub = SUB_PROJECT.exec(ctext.slice(seg.start, seg.end));
    if (sub && !/\d/.test(sub[1]) && subProjectAbove(segments[k + 1], ctext)) {
      if (!p.goal) p.goal = trimSpaces(raw.slice(raw.length - sub[1].length));
      continue;
    }
    if (seg.kind === "heading") {
      // On the canonical text, where 〖〗 read as 【】.
      const inner = ctext.slice(seg.start, seg.end).replace(/^[【[]|[】\]]$/g, "");
      const cat = categoryOfLabel(inner.replace(/^\s*[(（]?[一二三四五六七八九十\d]+[)）、.．]?\s*/, ""));
      if (cat) {
        ({ level1, level2 } = underHeading(cat, level1, level2));
        inline = false;
        if (carried) {
          carried.level1 = level1;
          carried.level2 = level2;
        }
      }
      continue;
    }
    const num = seg.numbering;
    const item = parseItem(
      raw,
      ctext.slice(seg.start, seg.end),
      num ? { seq: num.seq, end: num.end - seg.start } : undefined,
      true,
    );
    // The cell states the project's goal before its indicators ("绩效目标：…"): it is the goal where none
    // is written. It is no indicator when it has no number, or when the cell labels its indicators apart
    // (绩效目标：…。绩效指标：…) — unless it differs from the goal written elsewhere (then it is kept, as
    // written, so nothing is lost). A goal with numbers otherwise ("年度目标：全年培训500人次") is the goal
    // and an indicator both.
    // A task heading (任务1：农田水利建设) is context for the indicators after it: the goal where none
    // is written, never an indicator.
    if (item.task) {
      if (!p.goal) p.goal = item.target;
      continue;
    }
    const stated = item.goal ? item.target : item.goalText;
    if (stated !== undefined) {
      if (!p.goal) {
        p.goal = stated;
        p.goalCell ??= cell;
      }
      const onlyGoal = item.goal === true || INDICATORS_LABEL.test(ctext);
      if (onlyGoal && p.goal.includes(stated)) continue;
    }
    // "绩效指标：" on its own before the numbered items: the cell's label, no indicator.
    if (item.seq === null && item.target === "" && CELL_LABEL_ALONE.test(item.name)) continue;
    // 【产出指标-数量指标】 then (20分) on its own line: the heading's score, no indicator.
    if (item.seq === null && item.target === "" && SCORE_ALONE.test(item.name)) continue;
    // 数量指标：…；质量指标：…；成本指标：… — the cost label is a sibling of the others, under 产出.
    if (costAmongOutputs(item, inline ? inlineL2 : level2)) {
      item.level1 = "产出指标";
      item.level2 = "成本指标";
    }
    if (item.level1 || item.level2) {
      inline = true;
      inlineL1 = item.level1;
      inlineL2 = item.level2;
    } else if (item.seq !== null) inline = false;
    const fromInline = inline && !item.level1 && !item.level2 && item.seq === null;
    bracketStyle ||= item.fromBracket;
    if (carried && bracketStyle) carried.bracketStyle = true;
    // 1、效益指标：… in a cell under a heading's block: its own label ends the heading's reach below it.
    if (carried && (item.level1 || item.level2)) carried.level1 = carried.level2 = null;
    const parts: RecordParts = {
      targetCanon: item.targetCanon,
      seq: item.seq,
      level1: item.level1 ?? (item.level2 ? null : fromInline ? inlineL1 : level1),
      level2: item.level2 ?? (item.level1 ? null : fromInline ? inlineL2 : level2),
      name: item.name,
      target: item.target,
      text: raw,
    };
    if (item.target === "") noTarget.push({ index: b.indicators.length, item, parts });
    b.add(p, r, cell, parts);
    n++;
  }
  // "名称(目标)" cells: a bracket of words is the target of an item that has none elsewhere — in a block
  // written a cell a line, only words that state a target (明显改善, not 省级 or 含临时, notes).
  // A block written a line per cell (指标1:…(≥1800个) then 指标2:村容村貌(明显改善)) is so written throughout.
  const fromAbove = !bracketStyle && carried?.bracketStyle === true;
  if (bracketStyle || fromAbove)
    for (const { index, item, parts } of noTarget) {
      const moved = bracketAsTarget(item);
      if (moved && (!fromAbove || STATED_TARGET.test(moved.target)))
        b.indicators[index] = b.record(p, r, cell, {
          ...parts,
          name: moved.name,
          target: moved.target,
          targetCanon: moved.targetCanon,
        });
    }
  return n;
}

/**
 * The year's target among a header's target columns, when the header alone does not say it: the title's
 * year (2024年指标值 in a table titled 2024年…), else the first year named (2025年 | 2026年 | 2027年指标值),
 * else the one under the 年度目标 label above (指标值 | 指标值 under 年度目标 | 中期滚动目标). Null to keep
 * the header's choice (计划指标值 beside 指标值, or the first).
 */
function yearTarget(
  h: HeaderInfo,
  titleYear: number | null,
  terms: { year: number; long: number } | null,
): number | null {
  const ofTitle = h.targetYears?.find((t) => t.year === titleYear);
  if (ofTitle) return ofTitle.col;
  // 2024年指标值 | 2025-2027年指标值 in a table titled 2025年度: no column names the year alone; the span
  // that covers it is the year's, not last year's column — unless the header says it is the year's in
  // words (年度目标值（2024年）, a year nobody updated).
  if (titleYear !== null && !/年度|本年|当年|全年/.test(h.headers.target ?? "")) {
    const chosen = yearNamed(h.headers.target ?? "");
    const span = h.targetSpans?.find((t) => t.from <= titleYear && titleYear <= t.to);
    if (span && chosen !== null && chosen !== titleYear) return span.col;
  }
  if (h.targetSaid) return null;
  if (h.targetYears) return h.targetYears.reduce((a, t) => (t.year < a.year ? t : a)).col;
  return terms ? targetUnderLabels(h, terms) : null;
}

/** 2025年目标值 | 2026年目标值 under a merged 指标值: the target sub-columns besides the one read. */
function otherSubTargets(row: string[], read: number): { col: number; header: string }[] {
  const out: { col: number; header: string }[] = [];
  for (let c = 0; c < row.length; c++) {
    const t = trimSpaces(row[c]);
    if (c !== read && t && headerRole(t) === "target" && !/实际|完成|上年/.test(t))
      out.push({ col: c, header: t });
  }
  return out;
}

/** E 列“指标值（或计划水平）” → column E (指标值（或计划水平）). */
function english(column: string): string {
  return column.replace(/^(\S+) 列“(.*)”$/, "column $1 ($2)");
}

/**
 * Whether a line of context fits a project: it says what the project says of its district, department,
 * unit or goal, or fills in what the project does not say (a goal written under its indicators).
 */
function fits(p: ProjectInfo, pr: ContextPair): boolean {
  if (pr.role === "project") return false;
  const said = p[pr.role];
  return !said || said === pairValue(pr);
}

/**
 * A line of context's value as the project holds it: 补助区域 | 某县 names the district, 下达地方 |
 * 某区人民政府 a place that contains one.
 */
function pairValue(pr: ContextPair): string {
  return pr.role === "district" ? (districtOf(pr.value) ?? pr.value) : pr.value;
}

/**
 * Whether a block's context names the project before it again and nothing new: the same name, unit,
 * department and district, and no goal of its own (or the same).
 */
function restatesOnly(p: ProjectInfo, ctx: Context): boolean {
  return (
    ctx.project === p.project &&
    ctx.budgetUnit === p.budgetUnit &&
    ctx.department === p.department &&
    contextDistrict(ctx) === p.district &&
    (!ctx.goal || ctx.goal === p.goal)
  );
}

/**
 * Warnings for cells read as no target although Excel shows something there: an error value (#DIV/0!)
 * and, in a file written by a program, a formula saved without its result.
 */
function cellsNotRead(b: Builder, grid: Grid): void {
  // #DIV/0!, #N/A: a formula that failed where the target should be (read as no target, kind empty).
  const errors = b.indicators.filter(
    (i) =>
      i.kind === "empty" &&
      (i.target.includes("#") || i.target.includes("＃")) &&
      isErrorValue(canon(i.target)),
  );
  if (errors.length > 0) {
    const cells = errors.map((i) => `${i.cell}（${i.target.trim()}）`).join("、");
    b.messages.push({
      level: "warning",
      sheet: grid.sheet,
      text: {
        zh: `单元格 ${cells} 是 Excel 错误值（公式出错），未作为目标值读取；请修正公式或填写目标值。`,
        en: `Cell(s) ${cells.replace(/（/g, " (").replace(/）/g, ")")} hold an Excel error value (a failed formula) and were not read as targets; fix the formula or type the target.`,
      },
    });
  }
  const inTables = (grid.uncomputed ?? []).filter(([r, c]) =>
    b.tables.some((t) => {
      const range = parseRange(t.range);
      const row = grid.top + r;
      const col = grid.left + c;
      return !!range && row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
    }),
  );
  if (inTables.length > 0) {
    const cells = inTables.map(([r, c]) => b.addr(r, c)).join("、");
    b.messages.push({
      level: "warning",
      sheet: grid.sheet,
      text: {
        zh: `单元格 ${cells} 是公式，但文件中没有保存计算结果（文件可能由其他程序生成），因此读作空白。请在 Excel 中打开该文件并保存，再重新读取。`,
        en: `Cell(s) ${cells} hold formulas whose results were not saved in the file (it may have been written by another program), so they were read as blank. Open the file in Excel, save it, and read it again.`,
      },
    });
  }
}

const EMPTY_CONTEXT = (): Context => ({
  project: "",
  budgetUnit: "",
  department: "",
  district: null,
  goal: "",
  goalCell: null,
  projectCell: null,
  row: 0,
});

function tableInfo(
  b: Builder,
  h: HeaderInfo,
  startRow: number,
  endRow: number,
  width: number,
  repeated: number[],
  projects0: number,
  indicators0: number,
): TableInfo {
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
    repeatedHeaderRows: repeated,
    range: `${b.addr(startRow, 0)}:${b.addr(endRow, Math.max(0, width - 1))}`,
    projects: b.projects.length - projects0,
    indicators: b.indicators.length - indicators0,
  };
}

export function parseGrid(grid: Grid): ParseResult {
  return readGrid(grid, true, false);
}

/** `linesToo`: try pasted lines when no table is found; `pasted`: the grid is such lines, cut. */
function readGrid(grid: Grid, linesToo: boolean, pasted: boolean): ParseResult {
  const b = new Builder(grid);
  const width = gridWidth(grid);
  const rows = grid.values.length;
  const texts: string[][] = new Array(rows);
  for (let r = 0; r < rows; r++) texts[r] = rowTexts(grid, r, width);

  let header: HeaderInfo | null = null;
  let tableStart = 0;
  let repeated: number[] = [];
  let projects0 = 0;
  let indicators0 = 0;
  let lastDataRow = -1;
  let ctx = EMPTY_CONTEXT();
  let contextSinceData = false;
  const skippedRows: number[] = [];
  let level1Fill: Level1 | null = null;
  let level2Fill: Level2 | null = null;
  let level2Names = false;
  // The last 一级 cell held a 二级 name (数量指标 under 一级指标).
  let level2InL1Column = false;
  let goalBelow: number | null = null;
  // 总体目标 | 年度目标 | 中期滚动目标 above the next header: which half of it is the year's.
  let goalTermsAbove: { year: number; long: number; row: number } | null = null;
  // The target columns of the current table not read (a 中期 half, 2026年指标值 beside 2025年指标值).
  let otherTargets: { col: number; header: string }[] = [];
  const targetsSetAside: { row: number; read: string; others: string[] }[] = [];
  // The last row read was a group row (a department or unit above its projects).
  let groupRowBefore = false;
  // 单位名称、项目名称: the department and units named above the current project, by their indent, and
  // the department the form's labels gave before them.
  let tree: TreeLevel[] = [];
  let treeDepartment: string | null = null;
  let treeRowBefore = false;
  // A block of long-term (实施期) indicators: where its records start.
  let longBlock: { from: number } | null = null;
  const longTermRows: number[] = [];
  // The last heading of a packed column (its project's), for the cells below it.
  type HeadingAbove = {
    project: ProjectInfo;
    col: number;
    level1: Level1 | null;
    level2: Level2 | null;
    bracketStyle?: boolean;
  };
  let headingAbove = null as HeadingAbove | null;
  // A row of a form's labels (项目名称 | 主管部门 | 实施单位), whose values are on the row below.
  let labelsAbove = null as { row: number; labels: LabelCell[] } | null;
  // The row after a header may name sub-columns of the target; a 项目名称 row after data starts a form.
  let subHeaderNext = false;
  let inForm = false;
  // The project a new block of a stack ended (a money row, a title, a 地区 after its indicators): the
  // block goes on as that project when it turns out to restate nothing new.
  let closed: ProjectInfo | null = null;
  // The title read last (its words), and the row of the last title line read as a page break's repeat.
  let titleKey: string | null = null;
  let titleRepeatRow = -2;
  let lastFilledRow = -1;

  // A form's goal: the context's, and the current project's when it has none yet.
  const takeGoal = (goal: string, cell: string) => {
    ctx.goal = goal;
    ctx.goalCell = cell;
    if (b.current && !b.current.goal) {
      b.current.goal = goal;
      b.current.goalCell = cell;
    }
  };
  // The goal's next line (1.… then 2.…; 目标1：… then 目标2：…): added to it, not replacing it.
  const goalGoesOn = (line: string) => {
    const before = ctx.goal;
    ctx.goal = before ? `${before}\n${line}` : line;
    if (b.current && b.current.goal === before) b.current.goal = ctx.goal;
  };
  // The last line of a goal written beside its label: its label, column and row.
  let goalLine: { label: string; col: number; row: number } | null = null;

  // The current project has read indicators since the last line of context: a line of context now
  // belongs to the next block of a stack (its title, its 地区, its funds), whose project is its own.
  const blockRead = () => b.current !== null && !contextSinceData;
  const newBlock = (r: number) => {
    ctx = { ...ctx, goal: "", goalCell: null, row: b.sheetRow(r) };
    closed = b.current;
    b.current = null;
  };

  const closeTable = (end: number) => {
    if (!header) return;
    b.tables.push(
      tableInfo(b, header, tableStart, Math.max(end, header.row), width, repeated, projects0, indicators0),
    );
    const h = header;
    const written = otherTargets.filter(({ col }) => {
      for (let r = h.row + 1; r <= end; r++) if (trimSpaces(texts[r][col] ?? "")) return true;
      return false;
    });
    if (written.length > 0 && h.roles.target !== undefined)
      targetsSetAside.push({
        row: b.sheetRow(h.row),
        read: `${columnLetters(grid.left + h.roles.target)} 列“${h.headers.target ?? ""}”`,
        others: written.map(({ col, header }) => `${columnLetters(grid.left + col)} 列“${header}”`),
      });
    otherTargets = [];
  };

  for (let r = 0; r < rows; r++) {
    const row = texts[r];
    let any = false;
    for (const t of row) if (t && trimSpaces(t)) any = true;
    if (!any) continue;
    const previousRow = lastFilledRow;
    lastFilledRow = r;

    const candidate = headerOf(row, r);
    let h = candidate;
    // 单位名称 | 项目名称 | 绩效目标 with no indicator column: a table only if its goals hold indicators;
    // 项目名称 | 产出指标 | 效益指标 only if those columns hold words (not counts of indicators).
    if (h?.indicatorsInGoal && !goalsHoldIndicators(h, texts, r)) h = null;
    if (h && h.categoryColumns.length > 0 && !categoryColumnsHoldWords(h, texts, r)) h = null;
    if (h) {
      // 实施期目标 | 年度目标 right above the header: no goal is written under those labels (the first
      // indicator row is no goal).
      goalBelow = null;
      if (r > 0) mergeUpperHeader(h, texts[r - 1], row);
      // 长期绩效指标 | 一级指标 | … then 年度绩效指标 | 一级指标 | …: the year's block is the one reviewed;
      // the long-term one before it is set aside (and said so), not read as more of the year's targets.
      const term = blockTerm(row, h);
      if (
        term === "year" &&
        longBlock &&
        b.current &&
        b.indicators[longBlock.from]?.projectId === b.current.id
      ) {
        const dropped = b.indicators.splice(longBlock.from);
        if (dropped.length > 0) longTermRows.push(...new Set(dropped.map((i) => i.row)));
        longBlock = null;
      }
      if (term === "long") longBlock = { from: b.indicators.length };
      if (header && h.signature === header.signature) {
        // A page-break repeat inside a table; in a form-style sheet each block has its own header.
        if (!contextSinceData) repeated.push(b.sheetRow(r));
        subHeaderNext = true;
        inForm = false;
        continue;
      }
      subHeaderNext = true;
      inForm = false;
      // A header right under another with nothing between is the lower row of a two-row header: the
      // upper one (merged into it above) is not a table of its own.
      if (header && !(header.row === r - 1 && lastDataRow < header.row))
        closeTable(lastDataRow >= header.row ? lastDataRow : r - 1);
      header = h;
      b.year = titleYear(texts, r, Math.max(0, lastDataRow + 1));
      const yearCol = yearTarget(
        h,
        b.year,
        goalTermsAbove && goalTermsAbove.row > lastDataRow ? goalTermsAbove : null,
      );
      if (yearCol !== null) chooseTarget(h, yearCol, row);
      goalTermsAbove = null;
      otherTargets = (h.halves?.target ?? [])
        .filter((c) => c !== h.roles.target && !isWeakTargetHeader(row[c]))
        // A two-row header names them in its upper row.
        .map((col) => ({ col, header: trimSpaces(row[col]) || trimSpaces(texts[r - 1]?.[col] ?? "") }));
      level2Names = namesInLevel2Column(h, texts, r);
      // ≥ | ≤ | ＝ under a header named some other way: the comparator column all the same.
      const comparators = comparatorColumnByContent(h, texts, r);
      if (comparators !== null) takeComparatorColumn(h, comparators, trimSpaces(row[comparators] ?? ""));
      tableStart = r;
      repeated = [];
      projects0 = b.projects.length;
      indicators0 = b.indicators.length;
      level1Fill = level2Fill = null;
      b.current = null;
      closed = null;
      continue;
    }

    if (subHeaderNext && header) {
      // 指标值 over 2021年实际实现值 | 预期2022年实现值: the row under the header says which is the target.
      subHeaderNext = false;
      // 指标值 over 全县 | 城关镇 | 河口乡: a column of targets per place.
      const places = subHeaderPlaces(row, header);
      if (places) {
        header.placeColumns = places;
        delete header.roles.target;
        delete header.headers.target;
        continue;
      }
      const split = subHeaderRoles(row, header);
      if (split) {
        const { roles, headers } = header;
        const over = headers.target ?? "";
        const named = (c: number) => `${over}-${trimSpaces(row[c])}`;
        // 指标方向 (正向) beside the 符号 column read as the comparator: kept as the 指标性质 is.
        if (split.direction !== undefined)
          takeComparatorColumn(header, split.direction, named(split.direction));
        for (const role of ["target", "unit"] as const) {
          const c = split[role];
          if (c === undefined) continue;
          roles[role] = c;
          headers[role] = named(c);
        }
        continue;
      }
      const col = subHeaderTarget(row);
      if (col !== null) {
        header.roles.target = col;
        header.headers.target = trimSpaces(row[col]);
        // 指标值 over 2025年目标值 | 2026年目标值: the others are targets too, not read.
        otherTargets = otherTargets.concat(otherSubTargets(row, col));
        continue;
      }
      if (wordsUnderTarget(row, header)) continue;
    }
    if (goalBelow !== null) {
      // The goal written under its label (总体目标 | 实施期总体目标 | 年度目标 above).
      const goal = trimSpaces(row[goalBelow] ?? "");
      const col = goalBelow;
      goalBelow = null;
      if (goal && !candidate) {
        takeGoal(goal, b.addr(r, col));
        contextSinceData = true;
        continue;
      }
    }
    const labels = goalLabelsRow(row);
    if (labels !== null) {
      goalBelow = labels.goal;
      if (labels.terms) goalTermsAbove = { ...labels.terms, row: r };
      contextSinceData = true;
      continue;
    }
    // 中期指标 | 年度指标 over the two halves of the header below.
    const terms = termsRow(row);
    if (terms !== null) {
      goalTermsAbove = { ...terms, row: r };
      contextSinceData = true;
      continue;
    }
    const title = titleLine(row);
    if (title) {
      // 2024年城市公园养护项目绩效目标表 again, or …（续）, at a page break: the same table goes on (and so
      // do the year's and the filer's lines repeated under it).
      const repeat = title.key === undefined ? titleRepeatRow === previousRow : title.key === titleKey;
      if (repeat) {
        titleRepeatRow = r;
        continue;
      }
      if (title.key !== undefined) titleKey = title.key;
      // 2025年…补贴资金区域绩效目标表（汉寿县） under the indicators of 安乡县: the next block of the stack.
      const read = blockRead();
      if (read) newBlock(r);
      if (title.heading && read) {
        // 四、重点项目绩效目标 after a project's indicators: the next section is not that project.
        ctx.project = "";
        ctx.projectCell = null;
        closed = null;
      }
      if (title.project) {
        ctx.project = title.project;
        ctx.projectCell = b.addr(r, firstNonEmpty(row));
        ctx.row = b.sheetRow(r);
      }
      if (title.district !== undefined) {
        ctx.area = title.district;
        ctx.district = null;
      }
      if (title.unit && !ctx.budgetUnit) ctx.budgetUnit = title.unit;
      contextSinceData = true;
      continue;
    }
    const goalNext =
      goalLine && goalLine.row === previousRow ? goalLineBelow(row, goalLine.col, ctx.goal) : null;
    if (goalLine && goalNext !== null) {
      goalGoesOn(goalNext);
      goalLine.row = r;
      continue;
    }
    // 项目名称 | 主管部门 | 实施单位 on a row of their own: their values are on the next row.
    const labelCells = labelsRow(row);
    if (labelCells) {
      labelsAbove = { row: r, labels: labelCells };
      continue;
    }
    const under = labelsAbove?.row === previousRow ? valuesUnder(labelsAbove.labels, row) : null;
    labelsAbove = null;
    const pairs = under ?? contextRow(row, !header || inForm);
    // 项目年度绩效目标（定量指标）| 制度指标 | 规章制度建立与否: a label in the 一级 column beside a category
    // is the table's own row, not a form's line.
    const tableRow =
      !!pairs &&
      !!header &&
      header.roles.level3 !== undefined &&
      !!trimSpaces(row[header.roles.level3] ?? "") &&
      pairs.every(
        (pr) => pr.role === "goal" && (pr.col === header?.roles.level1 || pr.col === header?.roles.level2),
      );
    if (pairs && !tableRow && (!header || !isIndicatorColumn(header, firstNonEmpty(row)))) {
      // Form-style context: a new 项目名称 starts a new project; so does a new 地区, 主管部门 or 年度目标
      // written after the current project's indicators (地区 | 汉寿县 under those of 安乡县).
      if (blockRead() && pairs.some((pr) => pr.role !== "project" && !fits(b.current as ProjectInfo, pr)))
        newBlock(r);
      // 中期目标 | 建成… | 年度目标 | 完成…: the year's goal is the project's; the labels say which half
      // of the header below is the year's.
      const termsHere = goalTerms(pairs, row);
      if (termsHere) goalTermsAbove = { ...termsHere, row: r };
      for (const pr of pairs) {
        if (termsHere && pr.role === "goal" && pr.label === termsHere.long) continue;
        if (pr.role === "project") {
          if (header) inForm = true;
          ctx = {
            ...EMPTY_CONTEXT(),
            department: ctx.department,
            budgetUnit: ctx.budgetUnit,
            area: ctx.area,
          };
          ctx.project = pr.value;
          ctx.projectCell = b.addr(r, pr.col);
          ctx.row = b.sheetRow(r);
          // 项目名称 | 城市公园养护 again (a page break repeating the form's head): the block may yet
          // prove to be the same project.
          const before: ProjectInfo | null = b.current ?? closed;
          closed = before?.project === pr.value ? before : null;
          b.current = null;
        } else if (pr.role === "goal") {
          // 年度目标 | 目标1：… then 年度目标 | 目标2：…: both are the goal.
          const label = labelText(pr, row);
          if (goalLine?.row === previousRow && goalLine.label === label && ctx.goal) goalGoesOn(pr.value);
          else takeGoal(pr.value, b.addr(r, pr.col));
          goalLine = { label, col: pr.col, row: r };
        } else if (!(pr.upper && ctx[pr.role]) && !SEE_ELSEWHERE.test(pr.value)) {
          // The 中央主管部门 only where no department of the form's own level is written; 见附件 names none.
          const value = pairValue(pr);
          ctx[pr.role] = value;
          if (b.current && !b.current[pr.role]) b.current[pr.role] = value;
        }
      }
      contextSinceData = true;
      continue;
    }
    if (!header) continue;
    // 表二 above the next table's header: its caption, not a project; 第1页，共2页 a page's number.
    if (isCaptionRow(row) || isPageMarkRow(row)) continue;
    if (isFooterRow(row)) {
      // 合计 | … | 100, 备注：…, 填表人：… under a table: reported, not read as a project. What follows
      // on the left, until the next header, is outside the table (the next form's title).
      skippedRows.push(b.sheetRow(r));
      inForm = true;
      continue;
    }
    if (isMoneyRow(row, header)) {
      // 资金情况（万元）| 年度金额 | 428, 年度资金总额 | 50 | 48 | 47.5: the next form's funds, written in
      // the columns of the table above it. Part of that form's context, not an indicator.
      if (blockRead()) newBlock(r);
      contextSinceData = true;
      continue;
    }
    if (inForm && isOutsideColumns(header, firstNonEmpty(row))) {
      // 项目金额 | 85万元 | 项目属性 | …: the next project's form, above its own indicator header; written
      // from a column left of the table's that is none of its columns.
      continue;
    }

    const roles = header.roles;
    const get = (role: HeaderRole) =>
      roles[role] !== undefined ? trimSpaces(row[roles[role] as number] ?? "") : "";
    const project = get("project");
    const budgetUnit = get("budgetUnit");
    const department = get("department");
    const districtCell = districtOfColumn(get("district"));

    const hasProjectCol = roles.project !== undefined;
    if (
      project &&
      !budgetUnit &&
      !department &&
      !get("goal") &&
      isUnitAndProjectHeader(header.headers.project ?? "") &&
      !hasIndicatorContent(header, row) &&
      nextNamesLevel(texts, r, roles.project as number)
    ) {
      // 一、产出指标 written in the column: a heading of no unit, reported with the rows not read.
      if (categoryOfLabel(withoutNumbering(project))) {
        skippedRows.push(b.sheetRow(r));
        continue;
      }
      // 某县教育体育局, then   某县第一中学 (indented), then its projects: a department or unit on a row of
      // its own. The first level is the department (unless the form's labels named one), the last the unit.
      treeDepartment ??= ctx.department;
      tree = treeAfter(tree, row[roles.project as number] ?? "", project, treeRowBefore);
      treeRowBefore = true;
      ctx = {
        ...EMPTY_CONTEXT(),
        area: ctx.area,
        department: tree.length > 1 ? tree[0].name : treeDepartment || project,
        budgetUnit: tree[tree.length - 1].name,
      };
      b.current = null;
      closed = null;
      continue;
    }
    treeRowBefore = false;
    // A group row above its projects (820-马踏镇部门 | | 8,827,620.53): a unit or department named with
    // no project and no indicator is the 主管部门 of the projects below it, not a project of its own.
    if (hasProjectCol && !project && (budgetUnit || department) && !hasIndicatorContent(header, row)) {
      // 820-某镇部门 then 820001-某某县某镇人民政府 (each with its total): the department, then its unit.
      const unitUnderDepartment =
        roles.department === undefined &&
        !department &&
        (groupRowBefore || codeUnder(budgetUnit, ctx.department));
      ctx = {
        ...EMPTY_CONTEXT(),
        area: ctx.area,
        department: unitUnderDepartment
          ? ctx.department
          : department || (roles.department === undefined ? budgetUnit : ctx.department),
        budgetUnit:
          unitUnderDepartment || department ? budgetUnit : roles.department === undefined ? "" : budgetUnit,
      };
      groupRowBefore = true;
      b.current = null;
      closed = null;
      continue;
    }
    groupRowBefore = false;
    // A new project: in a packed table every row that names one; in a rows table when the name changes.
    // 越秀区 | 城乡居民医保补助 | … then 海珠区 | 城乡居民医保补助 (or a blank, merged): each district's
    // rows are a project of their own, with the district column's name.
    // 市本级 under 宁乡市 in a district column: the city's own rows, no district's (not inherited).
    const ownLevel = !districtCell && OWN_LEVEL.test(get("district"));
    const otherDistrict =
      (!!districtCell &&
        !!b.current &&
        districtKey(districtCell) !== districtKey(b.current.district ?? "")) ||
      (ownLevel && !!b.current && b.current.district !== null);
    const named = hasProjectCol ? !!project || otherDistrict : !!(budgetUnit || department);
    let startNew = false;
    if (named) {
      if (header.layout === "packed" || !b.current) startNew = true;
      else if (hasProjectCol)
        // 基本公共卫生服务 written again beside another unit (番禺区卫生健康局 → 花都区卫生健康局): the other
        // unit's project of the same name.
        startNew =
          (!!project && (project !== b.current.project || otherUnit(b.current, budgetUnit, department))) ||
          otherDistrict;
      else startNew = budgetUnit !== b.current.budgetUnit || department !== b.current.department;
    } else if (
      header.layout === "packed" &&
      !hasProjectCol &&
      roles.budgetUnit === undefined &&
      roles.department === undefined
    ) {
      startNew = true; // a bare 绩效指标 column: each row is its own item list
    }
    if (startNew) {
      // A unit or department cell merged over several projects comes through blank below its first row.
      const above = b.current && b.projects.length > projects0 ? b.current : null;
      b.startProject({
        project: project || (otherDistrict && above ? above.project : "") || ctx.project,
        budgetUnit: budgetUnit || (roles.budgetUnit !== undefined && above?.budgetUnit) || ctx.budgetUnit,
        department: department || (roles.department !== undefined && above?.department) || ctx.department,
        // A district cell merged over several projects comes through blank below its first row too.
        district: ownLevel
          ? null
          : districtCell ||
            (roles.district !== undefined &&
              above &&
              !otherUnit(above, budgetUnit, department) &&
              above.district) ||
            ctx.district ||
            null,
        goal: get("goal") || (project ? "" : ctx.goal),
        goalCell: roles.goal !== undefined ? b.addr(r, roles.goal) : project ? null : ctx.goalCell,
        projectCell: hasProjectCol ? b.addr(r, roles.project as number) : ctx.projectCell,
        row: b.sheetRow(r),
        area: ctx.area,
      });
      level1Fill = level2Fill = null;
    }
    if (!b.current) {
      const next = { ...ctx, district: districtCell || ctx.district || null, row: ctx.row || b.sheetRow(r) };
      if (closed && restatesOnly(closed, next)) {
        // 资金情况（万元）| 年度资金总额 | 600 between one project's indicators: they go on under it (and
        // under its 一级, merged down past the money rows).
        b.current = closed;
      } else {
        b.startProject(next);
        level1Fill = level2Fill = null;
      }
      closed = null;
    }
    const p = b.current as ProjectInfo;
    // The goal beside the project's indicators; 偏差大或目标未完成原因分析 under the 总分 has none.
    if (!p.goal && roles.goal !== undefined && get("goal") && hasIndicatorContent(header, row)) {
      p.goal = get("goal");
      p.goalCell = b.addr(r, roles.goal);
    }

    if (header.categoryColumns.length > 0) {
      let any = false;
      for (const col of header.categoryColumns) {
        const text = row[col.col] ?? "";
        if (!trimSpaces(text)) continue;
        addPackedCell(b, p, r, col.col, text, col);
        any = true;
      }
      if (any) {
        lastDataRow = r;
        contextSinceData = false;
      } else if (!startNew) skippedRows.push(b.sheetRow(r));
      continue;
    }
    if (header.layout === "packed") {
      let c = roles.indicators as number;
      // 年度绩效目标 left blank beside the 实施期 goal: the long-term goal is what the row states.
      if (
        header.longGoal !== undefined &&
        !trimSpaces(row[c] ?? "") &&
        trimSpaces(row[header.longGoal] ?? "")
      )
        c = header.longGoal;
      let text = row[c] ?? "";
      if (header.indicatorsInGoal) {
        // The goal, then the indicators, in one cell: the goal part is the project's goal.
        const split = splitGoal(text);
        if (startNew || !p.goal) {
          p.goal = split.goal;
          p.goalCell = split.goal ? b.addr(r, c) : p.goalCell;
        }
        // A cell of this table with no label at all ("全年开展培训12期，培训人数不少于600人次…") states its
        // indicators as sentences: they are read from it too, when it has numbers to read.
        text = split.indicators || (statesIndicators(split.goal) ? split.goal : "");
      }
      if (trimSpaces(text)) {
        // 【产出指标-数量指标】 alone in its cell, then 指标1:… a cell each below it: the heading goes on
        // over the project's cells under it, until another.
        if (headingAbove?.project !== p || headingAbove.col !== c)
          headingAbove = { project: p, col: c, level1: null, level2: null };
        addPackedCell(b, p, r, c, text, undefined, headingAbove);
        lastDataRow = r;
        contextSinceData = false;
      } else if (startNew) {
        lastDataRow = r; // a project whose goal states no indicators is still a row of the table
      } else skippedRows.push(b.sheetRow(r)); // e.g. a note under the table
      continue;
    }

    // One indicator per row.
    const l1Text = get("level1");
    let l2Text = get("level2");
    // No 三级 column: the column after the categories names the indicators (一级指标 | 二级指标 |
    // 当年预期实现值 with 数量指标 | 大楼安检巡察次数 | 200次 under it).
    let nameInLevel2 = "";
    if (level2Names && l2Text) {
      nameInLevel2 = l2Text;
      l2Text = "";
    }
    if (l1Text) {
      // A 二级 written in the 一级 column (数量指标, 社会效益指标 under 一级指标) is still written, not
      // inferred; 成本指标 there beside 数量/质量/时效 is their sibling under 产出 (2015).
      // (Only where the 一级 column has been holding 二级 names and this row's 二级 cell is blank.)
      const l2InL1 = level2InLevel1Column(l1Text, l2Text ? null : level2InL1Column ? level2Fill : null);
      const l1 = l2InL1 ? level1OfLevel2(l2InL1, null) : canonLevel1(l1Text);
      // 一级 written again on each row of a merged 二级 block keeps the 二级 (only a new 一级 resets it).
      const keeps =
        l1 === level1Fill || (level1Fill === null && level2Fill && level1OfLevel2(level2Fill, l1) === l1);
      if (!l2Text && (!keeps || l2InL1)) level2Fill = l2InL1;
      level2InL1Column = l2InL1 !== null && !l2Text;
      level1Fill = l1;
    }
    if (l2Text) {
      level2Fill = canonLevel2(l2Text);
      // A 指标类别 column may hold either level, or both: 效益指标, 产出指标-数量指标.
      const both = level2Fill ? null : categoryOfLabel(l2Text);
      if (both) ({ level1: level1Fill, level2: level2Fill } = underHeading(both, level1Fill));
      // Lines pasted from a PDF print a merged 一级 on its block's middle line, not its first: under
      // a 二级 of another family, the 一级 carried down from the block before is not this row's.
      if (pasted && !l1Text && level2Fill && level1Fill) {
        const family = level1OfLevel2(level2Fill, level1Fill);
        if (family !== level1Fill && level2Fill !== "成本指标") level1Fill = family;
      }
    }
    let name = get("level3") || nameInLevel2;
    let target = get("target");
    // | | | 数量 | 单位 under the table, no name: a caption (a sub-header written again), no indicator.
    if (!name && target && (headerRole(target) || CAPTION_WORD.test(target))) {
      skippedRows.push(b.sheetRow(r));
      continue;
    }
    if (!name && !target) {
      // A row that only fills in 一级/二级 (merged cells) is structure, and one that only names the next
      // project (its indicators on the rows below) was read; anything else is reported.
      const category = (t: string) => !t || !!(canonLevel1(t) || canonLevel2(t) || categoryOfLabel(t));
      const structure = (!l1Text && !l2Text) || !category(l1Text) || !category(l2Text);
      if (structure && !(startNew && !l1Text && !l2Text)) skippedRows.push(b.sheetRow(r));
      continue;
    }
    // A category written in the indicator column with no target, as in a tree (产出指标 / 数量指标 /
    // 演练次数 | ≥4次), is a heading for the rows below it. Beside category columns it is one when
    // written as a category (社会效益指标, 满意度指标), or when the next row stands under it (its
    // own 一级 and 二级 blank or the same): 满意度指标 | 服务对象满意度指标 | 服务对象满意度 | blank, then another
    // category's row, is an indicator left unfilled.
    const oneColumnTree = roles.level1 === undefined && roles.level2 === undefined;
    const heading =
      !target && (oneColumnTree || /指标\s*$/.test(name) || rowsUnder(texts, r, roles))
        ? categoryOfLabel(name)
        : null;
    if (heading) {
      ({ level1: level1Fill, level2: level2Fill } = underHeading(heading, level1Fill, level2Fill));
      continue;
    }
    const shownText = (k: HeaderRole) =>
      roles[k] !== undefined ? trimSpaces(row[roles[k] as number] ?? "") : "";
    // 巡护补助 | 120 | 元/人天 | (blank): the row shifted one column left — the number under 指标性质, its
    // unit under 指标值 — is read as written, the number's cell the source.
    const shifted =
      !!target &&
      roles.nature !== undefined &&
      isShiftedLeft(shownText("nature"), target, shownText("unit")) &&
      !natureHoldsNumbers(texts, header);
    const direction = shifted ? null : pickDirection(shownText("direction"), shownText("nature"));
    if (header.placeColumns) {
      // One target per place, in the place's column: a record for each, under that place's project.
      const item = parseItem(name);
      const cleaned = cleanName(item.seq !== null ? item.name : name);
      for (const { place } of header.placeColumns) b.placeProject(p, place);
      for (const { col, place } of header.placeColumns) {
        const t = trimSpaces(row[col] ?? "");
        if (!t) continue;
        b.add(b.placeProject(p, place), r, b.addr(r, col), {
          seq: item.seq,
          level1: level1Fill,
          level2: level2Fill,
          name: cleaned.name,
          target: t,
          text: [l1Text, l2Text, name, `${place}：${t}`].filter(Boolean).join(" | "),
          direction,
          unitCell: shownText("unit") || cleaned.unit,
          numeric: typeof grid.values[r]?.[col] === "number",
        });
      }
      lastDataRow = r;
      contextSinceData = false;
      continue;
    }
    const targetCol = roles.target ?? roles.level3;
    const lines = linePairs(name, target);
    if (lines) {
      // 整治村庄数量\n新建污水管网 | ≥15个\n3.6公里: several indicators in one row, a line each.
      for (const [nameLine, targetLine] of lines) {
        const item = parseItem(nameLine);
        b.add(p, r, b.addr(r, targetCol as number), {
          seq: item.seq,
          level1: level1Fill,
          level2: level2Fill,
          name: item.name,
          target: withoutNumbering(targetLine),
          text: [l1Text, l2Text, nameLine, targetLine].filter(Boolean).join(" | "),
          direction,
          unitCell: shownText("unit").includes("\n") ? "" : shownText("unit"),
        });
      }
      lastDataRow = r;
      contextSinceData = false;
      continue;
    }
    // The cell the indicator is read from: its target's, or the one the target is written in instead.
    let sourceCol = targetCol as number;
    // 反馈率 | 与上年持平 | (blank), 培训人数 | ≥500人次 | (blank): the target written in the 指标性质 or
    // 指标方向 column, in words or with its comparator.
    const said = shownText("nature") || shownText("direction");
    if (shifted) {
      target = shownText("nature") + target;
      sourceCol = roles.nature as number;
    }
    if (!target) {
      const saidIn = shownText("nature") ? roles.nature : roles.direction;
      if (said && saidIn !== undefined && (TARGET_IN_WORDS.test(said) || isTargetInNature(said))) {
        target = said;
        sourceCol = saidIn;
      }
    }
    let seq: number | null = null;
    if (!target) {
      // The whole indicator in the 三级 cell: "巡查企业数，不少于2万家次" or "机柜数量(≥77台)".
      const item = parseItem(name);
      seq = item.seq;
      name = item.name;
      target = item.target;
      // 群众生活条件明显改善 | 定性 | (blank): a qualitative indicator's change closes its 三级 cell.
      const tail = !target && /^定性/.test(said) ? QUALITATIVE_TAIL.exec(name) : null;
      if (tail && tail.index >= 2) {
        target = name.slice(tail.index).trim();
        name = name.slice(0, tail.index).trim();
      }
      const nameCol = get("level3") ? roles.level3 : nameInLevel2 ? roles.level2 : undefined;
      if (target && nameCol !== undefined) sourceCol = nameCol;
    } else {
      const item = parseItem(name);
      if (item.seq !== null) {
        seq = item.seq;
        // "1、改善群众生活质量，助力文明城市创建" | 显著改善: the target has its own column, so the
        // whole cell after its numbering is the name (a comma in it separates no target).
        name = withoutNumbering(name).replace(/[。.;；\s]+$/, "");
      } else if (item.fromBracket && cleanName(name).name === name) {
        // 服务器数量(≥20台) | ≥ | 20 | 台: the bracketed target restates the value; it leaves the name
        // (a template's placeholder, 受益人口数（≥**人）, is cleanName's below).
        name = item.name;
      }
    }
    // 受益人口数（≥**人） | 3600: the template's placeholder leaves the name, its unit counts the number.
    const cleaned = cleanName(name);
    name = cleaned.name;
    const v = roles.target !== undefined ? grid.values[r]?.[roles.target] : null;
    const textParts = [
      l1Text,
      l2Text,
      shownText("level3") || nameInLevel2,
      shownText("direction"),
      shifted ? shownText("nature") : "",
      shownText("target") || (target && !shownText("direction") ? shownText("nature") : ""),
      shownText("unit"),
    ].filter(Boolean);
    b.add(p, r, b.addr(r, sourceCol), {
      seq,
      level1: level1Fill,
      level2: level2Fill,
      name,
      target,
      // "3600\n万元", "≥1200\n人次": a line break inside a target cell is a wrap, read as a space.
      ...(target.includes("\n") ? { targetCanon: canon(target).replace(/\n/g, " ") } : {}),
      text: textParts.join(" | "),
      direction,
      unitCell: shownText("unit") || cleaned.unit,
      numeric: typeof v === "number",
    });
    lastDataRow = r;
    contextSinceData = false;
  }
  if (header) closeTable(lastDataRow >= 0 ? lastDataRow : header.row);

  if (skippedRows.length > 0) {
    const rows = skippedRows.join("、");
    b.messages.push({
      level: "info",
      sheet: grid.sheet,
      text: {
        zh: `第 ${rows} 行在表格中或表格下方有文字，但没有指标名称或指标值，未作为指标读取（如表下的说明）。`,
        en: `Row(s) ${skippedRows.join(", ")} hold text in or under the table but no indicator name or target, so they were not read as indicators (e.g. notes under the table).`,
      },
    });
  }
  cellsNotRead(b, grid);
  if (longTermRows.length > 0) {
    b.messages.push({
      level: "info",
      sheet: grid.sheet,
      text: {
        zh: `第 ${longTermRows.join("、")} 行是长期（实施期）绩效指标，表中另有年度绩效指标，审核按年度指标进行，这些行未作为指标读取。`,
        en: `Row(s) ${longTermRows.join(", ")} hold long-term (implementation-period) indicators; the table also has the year's indicators, which are the ones reviewed, so these rows were not read as indicators.`,
      },
    });
  }
  for (const { row, read, others } of targetsSetAside)
    b.messages.push({
      level: "info",
      sheet: grid.sheet,
      text: {
        zh: `第 ${row} 行的表头有多个指标值列：审核按 ${read}进行，${others.join("、")}未作为指标读取。`,
        en: `The header in row ${row} has several target columns: the review reads ${english(read)}; ${others.map(english).join(", ")} ${others.length > 1 ? "were" : "was"} not read as indicators.`,
      },
    });
  // No header anywhere: a table pasted from a PDF, a row a cell (read by cutting its lines into columns)…
  if (b.tables.length === 0 && linesToo) {
    const lines = pastedLines(texts);
    if (lines) {
      const inner = readGrid(
        { sheet: grid.sheet, top: grid.top, left: grid.left, values: lines.texts },
        false,
        true,
      );
      if (inner.tables.length > 0) return resultOfLines(inner, lines, grid);
    }
  }
  const line = b.tables.length === 0 ? headerLine(texts) : null;
  // … or cells that read as indicator text (a 绩效指标 cell selected on its own).
  if (b.tables.length === 0) parseHeaderless(b, texts, width);
  if (line !== null) {
    // 项目名称 绩效目标 绩效指标 in one cell: columns of long texts cannot be told apart at spaces (and a
    // header line with no lines under it reads nothing). What reads as indicator text was read without
    // its project; the officer is told how to do better.
    const row = b.sheetRow(line.row);
    b.messages.push({
      level: b.tables.length === 0 ? "error" : "warning",
      sheet: grid.sheet,
      cell: b.addr(line.row, line.col),
      text: {
        zh: `第 ${row} 行像是表头，但各列挤在一个单元格里（像从 PDF 复制的表格），无法按空格把它下面的各行分到各列。请先用 Excel 的“数据 → 分列”把各列分到单独的列中，再选中表格读取。`,
        en: `Row ${row} looks like a header whose columns all sit in one cell (as in a table copied from a PDF); the rows under it cannot be split into its columns at spaces. Split them into columns first (Excel: Data → Text to Columns), then select the table and read it again.`,
      },
    });
  } else if (b.tables.length === 0) {
    b.messages.push({
      level: "error",
      sheet: grid.sheet,
      text: {
        zh: `没有找到绩效目标表：需要包含“项目名称”“绩效指标”或“一级指标/二级指标/三级指标/指标值”等表头，或选中写有指标文字的单元格。`,
        en: `No performance-target table found: expected headers such as 项目名称 and 绩效指标, or 一级指标/二级指标/三级指标/指标值, or cells holding indicator text.`,
      },
    });
  }
  // Projects that ended up with no indicators are kept (GOAL-EMPTY and COMPLETE-* need them).
  return { tables: b.tables, projects: b.projects, indicators: b.indicators, messages: b.messages };
}

function parseHeaderless(b: Builder, texts: string[][], width: number): void {
  const grid = b.grid;
  const indicators0 = b.indicators.length;
  const projects0 = b.projects.length;
  let first = -1;
  let last = -1;
  for (let r = 0; r < texts.length; r++) {
    for (let c = 0; c < width; c++) {
      const t = texts[r][c];
      if (!t || t.length < 6 || !INDICATOR_TEXT.test(canon(t))) continue;
      const p = b.startProject({ ...EMPTY_CONTEXT(), row: b.sheetRow(r) });
      addPackedCell(b, p, r, c, t);
      if (first < 0) first = r;
      last = r;
    }
  }
  if (b.indicators.length > indicators0) {
    b.tables.push({
      sheet: grid.sheet,
      layout: "text",
      headerRow: null,
      columns: {},
      repeatedHeaderRows: [],
      range: `${b.addr(first, 0)}:${b.addr(last, Math.max(0, width - 1))}`,
      projects: b.projects.length - projects0,
      indicators: b.indicators.length - indicators0,
    });
  }
}

/** Several parse results (sheets, files) → one; project ids are shifted so that they stay unique. */
export function mergeParseResults(results: readonly ParseResult[]): ParseResult {
  const out: ParseResult = { tables: [], projects: [], indicators: [], messages: [] };
  for (const r of results) {
    const offset = out.projects.length;
    for (const p of r.projects) out.projects.push({ ...p, id: p.id + offset });
    for (const i of r.indicators) out.indicators.push({ ...i, projectId: i.projectId + offset });
    out.tables.push(...r.tables);
    out.messages.push(...r.messages);
  }
  return out;
}
