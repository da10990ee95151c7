/**
 * A rows table pasted from a PDF: a long 三级 name or target overflows into the next row, whose other cells
 * are blank (标准化建设村卫生 | 72 个, then 室数量 alone; 项目完成时间 | 2025 年 11 月 30, then 日前 alone; a 二级
 * 服务对象满意, then 度指标). Such a row goes on the indicator above it: its fragments are joined to that row's
 * cells with no separator, and the record is read from the first row (its raw text holds both).
 */
import { canonLevel1, canonLevel2, categoryOfLabel } from "../text/categories";
import { isCjk, isDigit, trimSpaces } from "../text/chars";
import { isKnownUnit } from "../text/units";
import { type HeaderInfo } from "../table/layout";

/** The rows a row's cells go on into: the row with them joined, and the last row joined. */
export interface WrappedRows {
  row: string[];
  until: number;
}

/** A name's fragment read on its own shape, and one read by the width of the line above it. */
const FRAGMENT_MAX = 6;
const WIDTH_FRAGMENT_MAX = 4;
/** A target's fragment. */
const TARGET_FRAGMENT_MAX = 8;

/** （套）, (个): a bracket alone, the unit a wrapped name closes with. */
const BRACKETED = /^[（(][^（()）]{0,6}[）)]$/;
/** A line that closes nothing: it ends in a conjunction, a comma or an opening bracket (…耳标及, …人口（). */
const OPEN_END = /(?:[及和与或、，,（(的/]|及其)$/;
/** What only goes on a line: a closing bracket or a mark (）, 、, ，). */
const CLOSING_START = /^[）)、，,；;：:。]/;

/** 其他, 合计, 无, 数量指标, ……: words that stand alone in a name's cell (a slot, a total, a heading), never a line's rest. */
const STANDS_ALONE = /^(?:其他|其它|合计|小计|总计|无|有|是|否|暂无)$|指标$|[.…。·．\-—/／]/;
/**
 * 完成率, 满意度, 培训人数, 持续时间: a line that ends as a name does, which a short row under it does not go on
 * by the width of the line alone.
 */
const NAME_END =
  /(?:[率度数量]|人次|时间|时限|期限|年限|周期|成本|标准|费用|金额|资金|面积|长度|里程|规模|收入|效果|情况|水平|指数|比例|比重|占比)$/;

/** 30 then 日前, 2025 then 年 10 月, ≥ 95 then %, 14.5 then 万元, 90 then 以上: what follows a figure. */
const AFTER_FIGURE = /^(?:[年月日号时前后底末%％‰万亿千百个]|以[上下内])/;
/** —, /: a placeholder, no line a fragment goes on. */
const PLACEHOLDER = /^[-－—–~～/／]+$/;
/** A target's line that stops mid-way: a dash of a period, 至, a comma, an opening bracket. */
const TARGET_OPEN_END = /[-－—–~～至到、，,（(/]$/;
/** 2025年 then 11月…, 2025年11月 then 30日前: the rest of a date. */
const YEAR_GOES_ON = /年$/;
const MONTH_GOES_ON = /月$/;
const MONTH_AFTER_YEAR = /^(?:\d{1,2}\s*月|[底前末初中内])/;
const DAY_AFTER_MONTH = /^(?:\d{1,2}\s*[日号]|[底前末初中内])/;

/** A cell's text without the spaces a PDF copy prints inside it (2025 年 11 月). */
const bare = (t: string): string => t.replace(/\s+/g, "");

/** The longest line under the header in a column, kept per table and column: how wide the column printed. */
const WIDEST = new WeakMap<HeaderInfo, Map<number, number>>();

function widestLine(texts: string[][], header: HeaderInfo, col: number): number {
  let byColumn = WIDEST.get(header);
  if (!byColumn) WIDEST.set(header, (byColumn = new Map()));
  const known = byColumn.get(col);
  if (known !== undefined) return known;
  let widest = 0;
  const end = Math.min(texts.length, header.row + 300);
  for (let r = header.row + 1; r < end; r++) {
    const t = texts[r][col];
    if (!t) continue;
    for (const line of t.split("\n")) widest = Math.max(widest, bare(line).length);
  }
  byColumn.set(col, widest);
  return widest;
}

/**
 * Whether `fragment`, alone in a row's name cell, goes on the name line above it (`line`): a piece that
 * cannot stand alone (率, 件, （套）, a closing mark, or the line above ends in 及 or an open bracket), or a
 * short piece under a line as wide as the column prints, beside a target the fragment's row does not have.
 */
function continuesName(line: string, fragment: string, targetAbove: boolean, widest: () => number): boolean {
  const f = bare(fragment);
  if (f.length > FRAGMENT_MAX) return false;
  const l = bare(line);
  if (!l || /\d/.test(f) || STANDS_ALONE.test(f) || PLACEHOLDER.test(l)) return false;
  if (BRACKETED.test(f) || CLOSING_START.test(f)) return true;
  if (f.length === 1 ? isCjk(f.charCodeAt(0)) : OPEN_END.test(l) || unclosed(l)) return true;
  return (
    targetAbove &&
    f.length <= WIDTH_FRAGMENT_MAX &&
    l.length >= 6 &&
    !NAME_END.test(l) &&
    l.length >= widest() - 1
  );
}

/** An opening bracket the line does not close: 每头（只 … */
function unclosed(line: string): boolean {
  let open = 0;
  for (const c of line) {
    if (c === "（" || c === "(") open++;
    else if ((c === "）" || c === ")") && open > 0) open--;
  }
  return open > 0;
}

/**
 * Whether `fragment`, alone in a row's target cell, goes on the target line above it: the rest of a date
 * or of a figure (30 then 日前, 2025 then 年 10 月, 2025 年 then 11 月), or what follows a line left open
 * (2025 年 3 月- then 2025 年 10 月).
 */
function continuesTarget(line: string, fragment: string): boolean {
  const f = bare(fragment);
  if (f.length > TARGET_FRAGMENT_MAX) return false;
  const l = bare(line);
  if (!l || PLACEHOLDER.test(l)) return false;
  if (CLOSING_START.test(f) || TARGET_OPEN_END.test(l)) return true;
  if (isDigit(l.charCodeAt(l.length - 1))) return AFTER_FIGURE.test(f) || (!/\d/.test(f) && isKnownUnit(f));
  if (YEAR_GOES_ON.test(l)) return MONTH_AFTER_YEAR.test(f);
  if (MONTH_GOES_ON.test(l)) return DAY_AFTER_MONTH.test(f);
  return false;
}

/** Whether a unit's fragment goes on the unit above it: 元/ then 人, or ）after an open bracket. */
function continuesUnit(line: string, fragment: string): boolean {
  const f = bare(fragment);
  const l = bare(line);
  return !!l && f.length <= FRAGMENT_MAX && (/[/（(]$/.test(l) || /^[/）)]/.test(f));
}

/** Whether a 一级 or 二级 cell's `fragment` goes on the line above it: no category alone, one once joined. */
function continuesCategory(joined: string, fragment: string): boolean {
  if (fragment.length > FRAGMENT_MAX || joined === fragment) return false;
  if (canonLevel1(fragment) || canonLevel2(fragment) || categoryOfLabel(fragment)) return false;
  return categoryOfLabel(joined) !== null;
}

/**
 * The rows under row `r` that go on its indicator, joined to it, or null: each row right under it whose only
 * filled cells are fragments of its name, target or unit (no other column, no target of its own beside a
 * name's fragment, no 一级 or 二级 but the rest of the row's own), each the shape of a line's rest. `nameCol` is the column naming the
 * indicators (三级, or 二级 where there is no 三级 column).
 */
export function wrappedRows(
  texts: string[][],
  header: HeaderInfo,
  r: number,
  nameCol: number | undefined,
): WrappedRows | null {
  const targetCol = header.roles.target;
  const unitCol = header.roles.unit;
  if (nameCol === undefined && targetCol === undefined) return null;
  const first = texts[r];
  // The last line written in each column: the row's own, or the fragment joined last.
  let nameLine = nameCol !== undefined ? trimSpaces(first[nameCol] ?? "") : "";
  let targetLine = targetCol !== undefined ? trimSpaces(first[targetCol] ?? "") : "";
  let unitLine = unitCol !== undefined ? trimSpaces(first[unitCol] ?? "") : "";
  if (!nameLine && !targetLine) return null;
  const targetAbove = !!targetLine;
  const widest = () => (nameCol !== undefined ? widestLine(texts, header, nameCol) : 0);
  let joined: string[] | null = null;
  let k = r + 1;
  for (; k < texts.length; k++) {
    const next = texts[k];
    let name = "";
    let target = "";
    let unit = "";
    let levels: number[] | null = null;
    let other = false;
    for (let c = 0; c < next.length && !other; c++) {
      const t = next[c];
      if (!t) continue;
      if (c === nameCol) name = trimSpaces(t);
      else if (c === targetCol) target = trimSpaces(t);
      else if (c === unitCol) unit = trimSpaces(t);
      else if (!trimSpaces(t)) continue;
      else if (c === header.roles.level1 || c === header.roles.level2) (levels ??= []).push(c);
      else other = true;
    }
    if (other || (!name && !target && !unit && !levels)) break;
    if (name && !continuesName(nameLine, name, targetAbove, widest)) break;
    if (target && !continuesTarget(targetLine, target)) break;
    if (unit && !continuesUnit(unitLine, unit)) break;
    // 服务对象满意 then 度指标: a category's rest, whole only once joined to the line above.
    const categories = (levels ?? []).map((c) => ({
      col: c,
      text: trimSpaces((joined ?? first)[c] ?? "") + trimSpaces(next[c]),
    }));
    if (categories.some(({ col, text }) => !continuesCategory(text, trimSpaces(next[col])))) break;
    joined ??= first.slice();
    for (const { col, text } of categories) joined[col] = text;
    if (name) joined[nameCol as number] = trimSpaces(joined[nameCol as number] ?? "") + name;
    if (target) joined[targetCol as number] = trimSpaces(joined[targetCol as number] ?? "") + target;
    if (unit) joined[unitCol as number] = trimSpaces(joined[unitCol as number] ?? "") + unit;
    if (name) nameLine = name;
    if (target) targetLine = target;
    if (unit) unitLine = unit;
  }
  return joined ? { row: joined, until: k - 1 } : null;
}
