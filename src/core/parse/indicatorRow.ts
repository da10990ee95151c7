/** One indicator per row (layout b): what its 指标性质 / 指标方向 cells say. */
import { type Grid } from "../grid";
import { type Level1, type Level2, type ProjectInfo, type RowTotal } from "../record";
import { canonLevel1, canonLevel2, categoryOfLabel, level1OfLevel2, shortLevel2 } from "../text/categories";
import { canon, trimSpaces } from "../text/chars";
import { parseItem } from "../text/item";
import { bracketAsTarget, cleanName, joinWraps } from "../text/item/names";
import { QUALITATIVE_TAIL } from "../text/sentences";
import { comparatorOfColumn, parseTarget } from "../text/target";
import { level2InLevel1Column, rowPairs, withoutNumbering } from "../table/columns";
import { isShiftedLeft, natureHoldsNumbers, rowsUnder, soleCell } from "../table/rowKinds";
import { headerRole, targetBound, type HeaderRole } from "../table/headers";
import { type HeaderInfo, type RoleMap } from "../table/layout";
import { segmentCell } from "../text/segment";
import { addPackedCell, statesTarget, underHeading } from "./packedCell";
import { Builder } from "./builder";
import { boundedTarget } from "./targetColumns";

/** A 指标性质 or 指标方向 cell that states the target itself (与上年持平, 不低于上年). */
export const TARGET_IN_WORDS = /上年|同期|持平/;
/** What a 指标性质 or 指标方向 cell says of its own: a direction, a nature or a comparator alone. */
const NATURE_ONLY =
  /^\s*(?:正向|反向|中性|定量|定性|正向指标|反向指标|[≥≤<>=＞＜≧≦＝]{1,2}|大于|小于|等于|大于等于|小于等于|不低于|不高于|不少于|不超过|区间)\s*$/;

/** The modifiers and verbs of a change written alone in a 符号, 指标性质 or 指标方向 cell. */
const CHANGE_MODIFIER = "明显|显著|有所|逐步|持续|进一步|稳步|大幅";
const CHANGE_VERB = "下降|降低|减少|提高|提升|增加|增长|上升";

/** 下降, 提高, 明显改善: a change alone in a 符号 or 指标性质 cell, the target when the value cell is blank. */
const CHANGE_ONLY = new RegExp(`^\\s*(?:${CHANGE_MODIFIER})?(?:${CHANGE_VERB}|改善|好转|增强)\\s*$`);

/** 同比增长, 较上年下降, 环比提高: a change on last year alone in a 指标方向 or 指标性质 cell. */
const CHANGE_ON_LAST_YEAR =
  /^\s*(?:同比|环比|(?:较|比)(?:上年度|上一年|上年|去年|同期))\s*(?:下降|降低|减少|提高|提升|增加|增长|上升)\s*$/;

/** 提高, 明显下降: a change's verb alone in a 指标性质 or 指标方向 cell (the verbs statesChange reads). */
const CHANGE_VERB_ONLY = new RegExp(`^\\s*(?:${CHANGE_MODIFIER})?(?:${CHANGE_VERB})\\s*$`);

/** 2个百分点: a figure in points alone in the target cell; 个百分点: such a unit cell. */
const POINTS_FIGURE = /^\s*\d+(?:\.\d+)?\s*个?百分点\s*$/;
const POINTS_UNIT = /^\s*个?百分点\s*$/;

/** 5, ≥5, 0.5%: a figure alone in the target cell, maybe after a comparator's sign. */
const BARE_FIGURE = /^\s*[≥≤<>=＞＜≧≦＝]{0,2}\s*\d+(?:\.\d+)?\s*%?\s*$/;

/**
 * 提高 | 85 | %, 降低 | 5 | % on the table's other rows: the column says which way is better, as 正向 and
 * 反向 do, and a change word beside a blank value is no target.
 */
function changeWordsAreDirections(texts: string[][], header: HeaderInfo, col: number, r: number): boolean {
  const target = header.roles.target;
  if (target === undefined) return false;
  const end = Math.min(texts.length, header.row + 500);
  for (let i = header.row + 1; i < end; i++) {
    if (i === r) continue;
    const row = texts[i];
    if (row[target]?.trim() && CHANGE_ONLY.test(row[col] ?? "")) return true;
  }
  return false;
}

/** ≥500人次, 500人次, 2-4次, 2024年12月底前: a whole target in a 指标性质 cell, not a bare ≥ or 定量. */
export function isTargetInNature(said: string): boolean {
  if (NATURE_ONLY.test(said) || !/\d/.test(said)) return false;
  const kind = parseTarget(said).kind;
  return kind === "quantitative" || kind === "date";
}

/** What names a sub-column under 指标值 (数量, 数值, 单位, 符号), never a target itself. */
export const CAPTION_WORD = /^(?:数量|数值|值|单位|符号|运算符号|比较符)$/;

/**
 * What the 指标方向 and 指标性质 columns say of the comparator, as written: a comparator wins over a
 * direction word (正向指标 | ≥), and so does an "=" written out (正向指标 | =: the officer chose it).
 */
export function pickDirection(direction: string, nature: string): string | null {
  for (const d of [direction, nature]) {
    if (!d) continue;
    const cmp = comparatorOfColumn(d);
    if (cmp && cmp !== "=" && cmp !== "between") return d;
  }
  for (const d of [direction, nature]) if (EQUALS_WRITTEN.test(d)) return d;
  return direction || nature || null;
}
const EQUALS_WRITTEN = /^\s*(?:[=＝]|等于)\s*$/;

/** A bracket that notes what a name covers (含…, 不含…, 按…, 以…为准), no target, whatever words follow. */
const BRACKET_NOTE = /^\s*(?:含|不含|包含|包括|其中|按|注|以|仅|除)/;

/** A template's unfilled 三级 slot: dots, 指标1:, 三级指标2, 其他. */
const TEMPLATE_SLOT =
  /^\s*(?:(?:三级)?指标\s*[\d一二三四五六七八九十]*\s*[:：.、]?\s*)?(?:[.…。·．]*|其他|其它)\s*$/;
/** 指标: before a name, with no number (指标1: is numbering, read as such). */
const BARE_LABEL = /^\s*指标\s*[:：]\s*(?=\S)/;

/** A target of dots only (…, ……): the template's, unfilled. */
const DOTS = /^\s*[.…。·．]+\s*$/;

/**
 * —, -, ／, ——: a cell holding only a dash or a slash, the officer's mark that nothing is written there (not
 * 无, the word the 2021 template's 成本 rows expect, which is read as written).
 */
const PLACEHOLDER = /^\s*[-—–－―‐─/／]+\s*$/;
/** A line break in a target cell, unless beside a per's / or · (元⏎/点·年, 元/⏎点·年): read as a space. */
const WRAP_NOT_AT_PER = /(?<![/·])\n(?![ \t]*[/·])/g;

/** A cell's text, "" when it is only a placeholder (PLACEHOLDER). */
const written = (t: string): string => (t && PLACEHOLDER.test(t) ? "" : t);

/**
 * The category a name cell with no target heads: 数量指标, 一、产出指标, and numbered otherwise too
 * ((一)数量指标, 1.质量指标), as a document's headings are when pasted under 指标名称 | 指标值.
 */
function headingOf(name: string): ReturnType<typeof categoryOfLabel> {
  const cat = categoryOfLabel(name);
  if (cat) return cat;
  const bare = withoutNumbering(name);
  return bare !== name ? categoryOfLabel(bare) : null;
}

/**
 * 一级 and 二级 joined in one cell: 成本指标-经济成本指标, 效益指标/社会效益指标 — and each cut short, 效益-经济 (whose
 * 二级 alone, 经济效益, reads too: the 一级 is still the row's).
 */
const COMBINED = /指标\s*[-—–/|·_]|^(?:产出|效益|成本)\s*[-—–]/;

/** （一）数量指标, 1.质量指标: a 二级 cell numbered as an outline's heading, read without its numbering. */
function numberedLevel2(text: string): Level2 | null {
  const c = text.charCodeAt(0);
  // (Only a cell opening with a bracket, a digit or a numeral can be numbered.)
  if (
    !(c === 0x28 || c === 0xff08 || (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || c >= 0x4e00)
  )
    return null;
  const bare = withoutNumbering(text);
  return bare !== text && bare ? canonLevel2(bare) : null;
}

/** A row's cell under each role of its header, trimmed ("" where the header has no such column). */
export function cellsByRole(row: string[], roles: RoleMap): (role: HeaderRole) => string {
  return (role) => (roles[role] !== undefined ? trimSpaces(row[roles[role] as number] ?? "") : "");
}

/** The 一级 and 二级 carried down a rows table (merged cells come through blank below their first row). */
export interface CategoryFill {
  level1: Level1 | null;
  level2: Level2 | null;
  /** The last 一级 cell held a 二级 name (数量指标 under 一级指标). */
  level2InL1Column: boolean;
  /**
   * The 二级 the last 一级 cell names itself (Shanghai's 影响力指标 → 可持续影响指标), for the 二级 cells under it
   * that name none (长效管理, 信息共享, 档案管理).
   */
  level2OfLevel1?: Level2 | null;
  /**
   * A row of the table beside a blank 指标值 read its target from the bracket closing its name (在训运动员人数（≥600人）):
   * the table is written 名称(目标), and a bracket of words stating a target is one too (人才储备（逐步增加）).
   */
  bracketTargets?: boolean;
  /**
   * A row of the table beside a blank 指标值 wrote its target in its 三级 cell, after the name (补贴耕地面积≥68万亩):
   * the table is written so, and a 三级 cell ending in a state (侗族文化影响力明显提升) states its target too.
   */
  namesHoldTargets?: boolean;
}

/** A table being read: the grid, its cells' texts, its header, and what the header's columns hold. */
export interface RowsTable {
  grid: Grid;
  texts: string[][];
  header: HeaderInfo;
  /** No 三级 column: the 二级 column names the indicators. */
  level2Names: boolean;
  /** The grid is lines pasted from a PDF, cut into columns. */
  pasted: boolean;
}

/**
 * One row of a table of one indicator per row (layout b), under project `p`: its indicator(s) added, or
 * the categories it fills in carried on. "read" when it gave indicators, "skipped" when it holds text that
 * is no indicator (to be reported), "none" when it is structure only.
 */
export function readIndicatorRow(
  b: Builder,
  p: ProjectInfo,
  table: RowsTable,
  r: number,
  fill: CategoryFill,
  startNew: boolean,
  joined: string[] | null = null,
): "read" | "skipped" | "none" {
  const { grid, texts, header, level2Names, pasted } = table;
  // A row whose name or target went on into the rows under it (wrappedRows): its cells with them joined.
  const row = joined ?? texts[r];
  const roles = header.roles;
  const get = cellsByRole(row, roles);
  // — in a category's cell says nothing of it: the categories above go on.
  const l1Text = written(get("level1"));
  let l2Text = written(get("level2"));
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
    const l2InL1 = level2InLevel1Column(l1Text, l2Text ? null : fill.level2InL1Column ? fill.level2 : null);
    const l1 = l2InL1 ? level1OfLevel2(l2InL1, null) : canonLevel1(l1Text);
    // 一级 written again on each row of a merged 二级 block keeps the 二级 (only a new 一级 resets it).
    const keeps =
      l1 === fill.level1 || (fill.level1 === null && fill.level2 && level1OfLevel2(fill.level2, l1) === l1);
    if (!l2Text && (!keeps || l2InL1)) fill.level2 = l2InL1;
    fill.level2InL1Column = l2InL1 !== null && !l2Text;
    fill.level2OfLevel1 = l2InL1;
    fill.level1 = l1;
  }
  if (l2Text) {
    // 经济, 社会, 可持续, 服务对象 in the 二级 column: a 二级 cut short (一级 | 二级 | 三级), read only here.
    // （一）数量指标, (二)质量指标, 1.时效指标: an outline's numbering before the 二级 is no part of it.
    // 影响力指标 | 长效管理: a 二级 cell naming none, under a 一级 cell naming its 二级 itself, is under that 二级.
    fill.level2 =
      canonLevel2(l2Text) ??
      numberedLevel2(l2Text) ??
      shortLevel2(l2Text, fill.level1) ??
      (categoryOfLabel(l2Text) ? null : (fill.level2OfLevel1 ?? null));
    // A 指标类别 column may hold either level, or both: 效益指标, 产出指标-数量指标 — and 成本指标-经济成本指标,
    // 效益指标-社会效益指标, whose 二级 alone reads too, still write their 一级 (the row's, not the one above).
    const both = !fill.level2 || (!l1Text && COMBINED.test(l2Text)) ? categoryOfLabel(l2Text) : null;
    if (both) ({ level1: fill.level1, level2: fill.level2 } = underHeading(both, fill.level1));
    // Lines pasted from a PDF print a merged 一级 on its block's middle line, not its first: under
    // a 二级 of another family, the 一级 carried down from the block before is not this row's.
    if (pasted && !l1Text && fill.level2 && fill.level1) {
      const family = level1OfLevel2(fill.level2, fill.level1);
      if (family !== fill.level1 && fill.level2 !== "成本指标") fill.level1 = family;
    }
  }
  // 指标:项目总下达资金 — the template's 指标: before a name, unnumbered where a 二级 has one indicator.
  let name = (get("level3") || nameInLevel2).replace(BARE_LABEL, "");
  let target = get("target");
  // 下限 | 上限: the target as its two bounds say it (≥ the lower, ≤ the upper, or the range).
  const bounded =
    header.targetMax !== undefined ? boundedTarget(target, trimSpaces(row[header.targetMax] ?? "")) : null;
  if (bounded) target = bounded.target;
  // | | | 数量 | 单位 under the table, no name: a caption (a sub-header written again), no indicator.
  if (!name && target && (headerRole(target) || CAPTION_WORD.test(target) || targetBound(target))) {
    return "skipped";
  }
  // ……, 指标1:, 指标4, 其他 with no target: a template's slot left unfilled, reported, no indicator.
  if (name && (!target || DOTS.test(target)) && !get("nature") && TEMPLATE_SLOT.test(name)) return "skipped";
  // — | —, ／ | (blank): a row of placeholders, no indicator; reported as a slot left unfilled is.
  if ((name || target) && !written(name) && !written(target)) return "skipped";
  if (!name && !target) {
    // A row that only fills in 一级/二级 (merged cells) is structure, and one that only names the next
    // project (its indicators on the rows below) was read; anything else is reported.
    // 一、产出指标 then （一）数量指标 alone in their rows (in the 序号 column), over 1 | 巡护里程 | ≥12000公里:
    // a document's headings written as rows of their own, the categories of the rows below until the next.
    const sole = !l1Text && !l2Text ? soleCell(row) : -1;
    const heading = sole >= 0 ? headingOf(trimSpaces(row[sole])) : null;
    if (heading) {
      ({ level1: fill.level1, level2: fill.level2 } = underHeading(heading, fill.level1, fill.level2));
      return "none";
    }
    const category = (t: string) => !t || !!(canonLevel1(t) || canonLevel2(t) || categoryOfLabel(t));
    const structure =
      (!l1Text && !l2Text) || !category(l1Text) || !(category(l2Text) || shortLevel2(l2Text, fill.level1));
    return structure && !(startNew && !l1Text && !l2Text) ? "skipped" : "none";
  }
  // A category written in the indicator column with no target, as in a tree (产出指标 / 数量指标 /
  // 演练次数 | ≥4次), is a heading for the rows below it. Beside category columns it is one when
  // written as a category (社会效益指标, 满意度指标), or when the next row stands under it (its
  // own 一级 and 二级 blank or the same): 满意度指标 | 服务对象满意度指标 | 服务对象满意度 | blank, then another
  // category's row, is an indicator left unfilled.
  const oneColumnTree = roles.level1 === undefined && roles.level2 === undefined;
  const heading =
    !target && (oneColumnTree || /指标\s*$/.test(name) || rowsUnder(texts, r, roles))
      ? headingOf(name)
      : null;
  if (heading) {
    ({ level1: fill.level1, level2: fill.level2 } = underHeading(heading, fill.level1, fill.level2));
    return "none";
  }
  // 巡护补助 | 120 | 元/人天 | (blank): the row shifted one column left — the number under 指标性质, its
  // unit under 指标值 — is read as written, the number's cell the source.
  const shifted =
    !!target &&
    roles.nature !== undefined &&
    isShiftedLeft(get("nature"), target, get("unit")) &&
    !natureHoldsNumbers(texts, header);
  const direction = shifted ? null : pickDirection(get("direction"), get("nature"));
  if (header.placeColumns) {
    // One target per place, in the place's column: a record for each, under that place's project.
    const whole = joinWraps(name);
    const item = parseItem(whole);
    const cleaned = cleanName(item.seq !== null ? item.name : whole);
    for (const { place } of header.placeColumns) b.placeProject(p, place);
    const parts = (t: string, col: number, place: string) => ({
      seq: item.seq,
      level1: fill.level1,
      level2: fill.level2,
      name: cleaned.name,
      target: t,
      text: [l1Text, l2Text, name, `${place}：${t}`].filter(Boolean).join(" | "),
      direction,
      unitCell: joinWraps(get("unit")) || cleaned.unit,
      numeric: typeof grid.values[r]?.[col] === "number",
    });
    const from = b.indicators.length;
    for (const { col, place } of header.placeColumns) {
      const t = trimSpaces(row[col] ?? "");
      if (!t) continue;
      b.add(b.placeProject(p, place), r, b.addr(r, col), parts(t, col, place));
    }
    // 瑶海区 | 庐阳区 | 长丰县 | 合计: the row's total, read as its places' targets are, for the comparison
    // to check against their sum. No place of its own, and no record.
    const total = header.totalColumns?.[0];
    const totalText = total ? trimSpaces(row[total.col] ?? "") : "";
    if (total && totalText && b.indicators.length > from) {
      const cell = b.addr(r, total.col);
      const read = b.record(p, r, cell, parts(totalText, total.col, total.header));
      const rowTotal: RowTotal = {
        cell,
        header: total.header,
        target: totalText,
        value: read.value,
        valueMax: read.valueMax,
        unit: read.unit,
        places: b.indicators.length - from,
      };
      // 姑苏区 | 市直 | 吴中区 | 合计: a column read as no place, with a target in this row, is in the total.
      const unread = (header.notPlaces ?? [])
        .filter(({ col }) => trimSpaces(row[col] ?? ""))
        .map(({ col, header: h }) => {
          const at = b.addr(r, col);
          // (Read as the places' targets are: the comparison adds a 市本级 column's figure into the sum.)
          const read = b.record(p, r, at, parts(trimSpaces(row[col] ?? ""), col, h));
          return {
            column: at.replace(/\d+$/, ""),
            header: h,
            cell: at,
            value: read.value,
            valueMax: read.valueMax,
            unit: read.unit,
          };
        });
      if (unread.length > 0) rowTotal.unread = unread;
      for (let i = from; i < b.indicators.length; i++) b.indicators[i].rowTotal = rowTotal;
    }
    return "read";
  }
  // 一级 | 二级 | 指标内容及目标值 (or 指标值, with no 三级 column): a cell of names with their targets,
  // 砍伐黄龙病病树2.6万株；统防统治木虱面积3.5万亩 — read as a packed cell is, under the row's categories.
  const packed =
    packedNames(name, target, nameInLevel2, roles, pasted || !!bounded || !!get("unit")) ??
    (!target && !pasted && !get("nature") && !get("unit") ? chainInName(name) : null);
  if (packed !== null) {
    const col = packed === name ? (roles.level3 as number) : (roles.target as number);
    const n = addPackedCell(b, p, r, col, packed, { level1: fill.level1, level2: fill.level2 });
    // (Names and targets written together in the 三级 cell beside a 指标值 column: the table's habit.)
    if (n > 0 && packed === name && roles.target !== undefined) fill.namesHoldTargets = true;
    if (n > 0) return "read";
  }
  const targetCol = roles.target ?? roles.level3;
  const lines = rowPairs(name, target, get("unit"));
  if (lines) {
    // 整治村庄数量\n新建污水管网 | ≥15个\n3.6公里: several indicators in one row, a line each. A heading line
    // (产出指标： against a blank) heads the lines under it in this cell; a line's own label
    // (数量指标：培训人数) is its category, as in a packed cell.
    let cats = { level1: fill.level1, level2: fill.level2 };
    for (const [nameLine, targetLine, unitLine] of lines) {
      if (!targetLine) {
        cats = underHeading(categoryOfLabel(nameLine) ?? cats, cats.level1, cats.level2);
        continue;
      }
      const item = parseItem(nameLine);
      const own = item.level1 || item.level2 ? underHeading(item, cats.level1, cats.level2) : cats;
      b.add(p, r, b.addr(r, targetCol as number), {
        seq: item.seq,
        level1: own.level1,
        level2: own.level2,
        name: item.name,
        target: withoutNumbering(targetLine),
        text: [l1Text, l2Text, nameLine, targetLine].filter(Boolean).join(" | "),
        direction,
        unitCell: unitLine,
      });
    }
    return "read";
  }
  // 及时率 | ≥95%，完成时间年底前: a second indicator, a name with a target of its own, written after the
  // target's comma in the target's cell — a record of its own (the comma cut as a packed cell's would be).
  const targetAt = roles.target;
  const second =
    target && targetAt !== undefined && !bounded && !pasted && !get("unit") && !get("nature")
      ? secondInTarget(name, target)
      : null;
  if (second && targetAt !== undefined) {
    for (const piece of second) {
      const item = parseItem(piece.text);
      b.add(p, r, b.addr(r, targetAt), {
        seq: null,
        level1: fill.level1,
        level2: fill.level2,
        name: piece.first ? cleanName(name).name : item.name,
        target: piece.first ? piece.text.slice(name.length).trim() : item.target,
        text: [l1Text, l2Text, name, piece.first ? piece.text.slice(name.length) : piece.text]
          .filter(Boolean)
          .join(" | "),
        direction,
        unitCell: "",
      });
    }
    return "read";
  }
  // The cell the indicator is read from: its target's, or the one the target is written in instead (the
  // upper bound's when only it is written).
  let sourceCol = bounded?.upper ? (header.targetMax as number) : (targetCol as number);
  // 反馈率 | 与上年持平 | (blank), 培训人数 | ≥500人次 | (blank): the target written in the 指标性质 or
  // 指标方向 column, in words or with its comparator.
  const said = get("nature") || get("direction");
  if (shifted) {
    target = get("nature") + target;
    sourceCol = roles.nature as number;
  }
  if (!target) {
    const saidIn = get("nature") ? roles.nature : roles.direction;
    if (
      said &&
      saidIn !== undefined &&
      (TARGET_IN_WORDS.test(said) ||
        isTargetInNature(said) ||
        (CHANGE_ONLY.test(said) && !changeWordsAreDirections(texts, header, saidIn, r)))
    ) {
      target = said;
      sourceCol = saidIn;
    }
  }
  // 接待游客人次 | 同比增长 | 5 | %: a change on last year in the 指标方向 or 指标性质 column, beside a bare
  // figure, is the target's verb — the figure is the change, read as 同比增长5% written in one cell is (the
  // review then takes it for a change, not a level). A bare 提高 | 95 | % says which way is better, as 正向 does.
  // 林草覆盖率 | 提高 | 2 | 个百分点: points are always a change, so 提高 there is the target's verb too, read as
  // 提高2个百分点 written in one cell is (the review takes it for a change, not a bare "=2").
  if (
    said &&
    !shifted &&
    !bounded &&
    ((CHANGE_ON_LAST_YEAR.test(said) && BARE_FIGURE.test(target)) ||
      (CHANGE_VERB_ONLY.test(said) &&
        (POINTS_FIGURE.test(target) || (BARE_FIGURE.test(target) && POINTS_UNIT.test(get("unit"))))))
  )
    target = `${said}${target}`;
  // 补助站点数量：18个\n服务人次：≥3.6万人次 (or …；…) in the 三级 cell, no target beside it: an indicator a pair.
  const pairs = !target && !said && !pasted && get("level3") ? namedPairs(name) : null;
  if (pairs) {
    for (const pair of pairs) {
      const item = parseItem(pair);
      b.add(p, r, b.addr(r, roles.level3 as number), {
        seq: item.seq,
        level1: fill.level1,
        level2: fill.level2,
        name: item.name,
        target: item.target,
        text: [l1Text, l2Text, pair].filter(Boolean).join(" | "),
        direction,
        unitCell: "",
      });
    }
    return "read";
  }
  // 视频监控点位⏎运维数量: a cell of one indicator, its lines wrapped by a PDF or a narrow column, is one name.
  // (Beside its own target, 养老保险制度⏎持续运行 | 长期: one name, whatever its first line ends with.)
  name = joinWraps(name, !!target && !!get("target"));
  let seq: number | null = null;
  if (!target) {
    // The whole indicator in the 三级 cell: "巡查企业数，不少于2万家次" or "机柜数量(≥77台)". Where the table has
    // no target column at all (一级 | 二级 | 指标内容), the cell is name and target together, read as a packed
    // cell's item is: 等保三级测评通过, 村容村貌明显改善 end in their qualitative target (round 132 G-left).
    // Beside a 指标值 column left blank, the 三级 cell is a name only — unless rows above in this table wrote
    // their targets in their 三级 cells (补贴耕地面积≥68万亩): then a state closing it is its target.
    const item = parseItem(name, undefined, undefined, roles.target === undefined || !!fill.namesHoldTargets);
    seq = item.seq;
    name = item.name;
    target = item.target;
    if (item.fromBracket && roles.target !== undefined) fill.bracketTargets = true;
    else if (target && roles.target !== undefined && /\d/.test(target)) fill.namesHoldTargets = true;
    // 在训运动员人数（≥600人） on a row above: 人才储备（逐步增加） is written so too, its bracket the target.
    const words = !target && fill.bracketTargets ? bracketAsTarget(item) : null;
    if (words && statesTarget(words.target) && !BRACKET_NOTE.test(words.target)) ({ name, target } = words);
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
    } else if (item.fromBracket && cleanName(name).name === name && !deadlineOfName(item.target, target)) {
      // 服务器数量(≥20台) | ≥ | 20 | 台: the bracketed target restates the value; it leaves the name
      // (a template's placeholder, 受益人口数（≥**人）, is cleanName's below).
      name = item.name;
    }
    // 补助学校数：312所 | 312所: the cell's name followed by the target its own column holds — restated, no part of it.
    name = withoutRestatedTarget(name, target);
  }
  // 受益人口数（≥**人） | 3600: the template's placeholder leaves the name, its unit counts the number.
  const cleaned = cleanName(name);
  name = cleaned.name;
  const valueCol = roles.target !== undefined ? (bounded?.upper ? sourceCol : roles.target) : undefined;
  // A target joined to its rest on the next row is text, whatever the first row's cell held.
  const v =
    valueCol !== undefined && row[valueCol] === texts[r][valueCol] ? grid.values[r]?.[valueCol] : null;
  const textParts = [
    l1Text,
    l2Text,
    get("level3") || nameInLevel2,
    get("direction"),
    shifted ? get("nature") : "",
    (bounded ? bounded.written : get("target")) || (target && !get("direction") ? get("nature") : ""),
    get("unit"),
  ].filter(Boolean);
  b.add(p, r, b.addr(r, sourceCol), {
    seq,
    level1: fill.level1,
    level2: fill.level2,
    name,
    target,
    // "3600\n万元", "≥1200\n人次": a line break inside a target cell is a wrap, read as a space — but beside a
    // per's / or · (≤800元⏎/点·年) it is left to the unit, which reads the compound across it.
    ...(target.includes("\n") ? { targetCanon: canon(target).replace(WRAP_NOT_AT_PER, " ") } : {}),
    text: textParts.join(" | "),
    direction,
    unitCell: joinWraps(get("unit")) || cleaned.unit,
    numeric: typeof v === "number",
  });
  return "read";
}

/**
 * 及时率 | ≥95%，完成时间年底前, 资金拨付及时率 | 100%，项目完成时间2025年11月底前: the row's name and target, then
 * after a comma a name with a target of its own — the pieces the name and the cell read as one text are cut
 * into (the first holds the row's name), or null when the comma cuts nothing (≥500人次（其中，线上200人次）,
 * 每人每月300元，全年12个月) or the target does not open with its figure or comparator.
 */
function secondInTarget(name: string, target: string): { text: string; first: boolean }[] | null {
  if (!name || !/[，,]/.test(target) || !TARGET_OPENING.test(target)) return null;
  const whole = `${name}${target}`;
  const s = canon(whole);
  const items = segmentCell(whole, s).filter((seg) => seg.kind === "item");
  if (items.length < 2 || items[0].start !== 0 || items[0].end <= name.length) return null;
  // Each piece after the first must be a name with its own target, as a packed cell's item is.
  const pieces = items.map((seg, k) => ({
    text: trimSpaces(whole.slice(seg.start, seg.end).replace(/[，,；;。\s]+$/, "")),
    first: k === 0,
  }));
  for (const piece of pieces.slice(1)) {
    const item = parseItem(piece.text);
    if (!item.name || !item.target) return null;
  }
  return pieces;
}
/**
 * 资金拨付及时率100%，项目完成时间2025年11月底前 in the 三级 cell beside a blank 指标值: whole indicators, each
 * with its target, cut at their comma — read as a packed cell, or null when the cell is one indicator
 * (巡查企业数，不少于2万家次) or a piece names no target.
 */
function chainInName(name: string): string | null {
  if (!/[，,]/.test(name)) return null;
  const items = segmentCell(name).filter((seg) => seg.kind === "item");
  if (items.length < 2) return null;
  for (const seg of items) {
    const item = parseItem(name.slice(seg.start, seg.end));
    if (!item.name || !item.target) return null;
  }
  return name;
}

/** A target cell opening with its figure or its comparator (≥95%, 100%, 不少于3次). */
const TARGET_OPENING = /^\s*(?:[≥≤≧≦><＞＜=＝]|\d|不少于|不低于|不超过|不高于|达到)/;

/**
 * The cell of a row that holds its indicators' names with their targets, to be read as a packed cell, or
 * null: under 指标内容及目标值 (the 三级 column, no target column) when it has no colon (名称：目标 pairs are
 * namedPairs', 培训人数：线上200人；线下300人 one indicator) — as a packed cell's item even when alone
 * (城乡环境卫生面貌明显改善), and under 三级指标 when it holds several items; under 指标值
 * with no 三级 column and no name in the 二级 column, when it writes a name before its target or several items.
 */
function packedNames(
  name: string,
  target: string,
  nameInLevel2: string,
  roles: RoleMap,
  apart: boolean,
): string | null {
  if (apart) return null;
  if (roles.target === undefined && roles.level3 !== undefined && name && !target)
    return !/[:：]/.test(name) && (roles.indicators === roles.level3 || manyItems(name)) ? name : null;
  if (roles.level3 !== undefined || nameInLevel2 || name || !target) return null;
  if (manyItems(target)) return target;
  const item = parseItem(target);
  return item.name && item.target ? target : null;
}

/** Whether a cell holds more than one item (a ；, a line or a comma between whole indicators). */
function manyItems(cell: string): boolean {
  let count = 0;
  for (const seg of segmentCell(cell)) if (seg.kind === "item" && ++count > 1) return true;
  return false;
}

/**
 * 补助养老服务站数量：18个\n服务老年人人次：≥3.6万人次, 维修养护供水工程处数：26处；维修管网：12.5km: a 三级
 * cell of several 名称：目标 pairs, a line or a ；-closed part each — every part a name before its colon and a
 * figure after it. Null when the cell is one indicator.
 */
function namedPairs(cell: string): string[] | null {
  if (!cell.includes("\n") && !cell.includes("；") && !cell.includes(";")) return null;
  const parts = cell
    .split(/\n|[；;](?=.)/)
    .map((t) => trimSpaces(t))
    .filter(Boolean);
  if (parts.length < 2) return null;
  return parts.every((t) => NAMED_PAIR.test(withoutNumbering(t))) ? parts : null;
}
// (The figure after a comparator written in signs or in words: ≥6场, 不少于80家, 达到95%.)
const NAMED_PAIR =
  /^[^:：\d≥≤><＞＜=＝%％]{2,30}[:：]\s*(?:[≥≤≧≦><＞＜=＝约]|(?:不少于|不低于|不超过|不高于|不大于|不多于|大于|小于|低于|高于|超过|多于|少于|至少|达到?|控制在)\s*约?)?\s*\d[^:：]*$/;

/**
 * 补助学校数：312所 beside 312所 (or 312 | 所): the name without a ：target that says what the target column says —
 * the same figure, comparator and unit. A name whose colon goes on otherwise stays as written.
 */
function withoutRestatedTarget(name: string, target: string): string {
  const colon = Math.max(name.lastIndexOf("："), name.lastIndexOf(":"));
  if (colon < 2) return name;
  const tail = name.slice(colon + 1).trim();
  if (!tail || !/\d/.test(tail)) return name;
  const said = parseTarget(tail);
  const own = parseTarget(target);
  const same =
    said.kind === "quantitative" &&
    own.kind === "quantitative" &&
    said.value === own.value &&
    said.valueMax === own.valueMax &&
    said.comparator === own.comparator &&
    (said.unit === own.unit || !own.unit);
  return same ? trimSpaces(name.slice(0, colon)) : name;
}

/**
 * 项目开工率（6月底前） | ≥90%: a deadline in the name's bracket, beside a target that is no date, is the
 * time the name is measured at — it stays in the name.
 */
function deadlineOfName(bracket: string, target: string): boolean {
  return parseTarget(bracket).kind === "date" && parseTarget(target).kind !== "date";
}
