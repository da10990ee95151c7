/**
 * SPACE: trim; collapse runs of spaces (NBSP and U+3000 count as spaces) to one; drop zero-width
 * characters; remove a space only where it is surely an accident (next to punctuation, around a
 * comparator sign, after a comparator word (不少于 5000份), before 以上 after a quantity (90% 以上), before
 * %, between a number and its unit (also 万, 亿 or 千 and a unit: 3 万人, and between those and the unit:
 * 30 万 元, a unit cell 万 元), inside a number written in groups where a unit, % or comparator
 * shows it is one number: ≥1 200 000元; a list 110 119 120, 分别 300 200 100 米 stays, as the parser reads it:
 * numbers.ts groupsReading). A space between two words stays,
 * Chinese or not: it may separate list items or a form's fields (东湖 西湖, 张三 李四). Line breaks an
 * officer typed (Alt+Enter) are kept: only empty lines and breaks before a closing mark (，。) are stray, and
 * an empty line only where the parser reads the cell the same without it and it parts no two numbered lists
 * (1、2、⏎⏎1、2、: the second starts at 1 again). Quoted text and a comparator spoken of as a symbol
 * (原表 》= 为笔误, “> = 90 %”为原表写法) stay as typed, as for every rule (protectedSpans.ts).
 */
import type { TextRule } from "../types";
import { HAN, isWide, ODD_SPACE_CHARS, ZERO_WIDTH_CHARS } from "../chars";
import { lexiconUnitAt } from "../../text/units";
import { segmentCell } from "../../text/segment";
import { groupsReading } from "../../text/numbers";
import { headerRole } from "../../table/headers";
import { listHeadingStarts } from "../../review/listHeadings";

const ZERO_WIDTH = new RegExp(`[${ZERO_WIDTH_CHARS}]`, "g");
const ODD_SPACES = new RegExp(`[${ODD_SPACE_CHARS}]`, "g");
/** A line starting with one of these belongs to the previous line (PDF copies break before them). */
const CLOSING = /^[，。、；：！？）》」』】%％,.;:!?)]/;

const CJK_PUNCT =
  /[\u3001-\u3003\u3008-\u3011\u3014-\u301F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u2018\u2019\u201C\u201D\u2026\u2014]/;
const ASCII_PUNCT = /[,;:!?()]/;
const COMPARATOR = /[≥≤<>=＞＜≧≦≈~～]/;
const PERCENT = /[%％‰]/;

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[0-9０-９]/.test(ch);
}

/**
 * A comparator or change word a number follows: 不少于 5000份, 达到 90%, 较上年提高 2个百分点 — every change
 * verb the parser reads before a number too (text/comparatorWords.ts: 缩短 10%, 压缩 30%, 压减, 上升).
 */
const COMPARATOR_WORD =
  /(?:大于等于|小于等于|大于或等于|小于或等于|不少于|不低于|不超过|不高于|不大于|不多于|不小于|不足|至少|至多|大于|小于|低于|高于|超过|多于|少于|达到|提高|提升|上升|下降|降低|增长|增加|减少|压减|压缩|缩短|控制在)$/;
/** A bound written after a quantity: 90% 以上, 5000份 以下. */
const BOUND = /^(?:及?以上|及?以下|以内)/;

/** Whether a quantity ends just before `at`: a number, a percentage, or a number and its unit (5000份). */
function quantityEndsAt(line: string, at: number): boolean {
  const before = line.slice(Math.max(0, at - 8), at);
  if (/[0-9０-９][%％‰]?$/.test(before)) return true;
  const m = /[0-9０-９]([^\s0-9０-９]{1,4})$/.exec(before);
  return !!m && lexiconUnitAt(line, at - m[1].length) === m[1];
}

/**
 * Whether the one space between `a` and `b` (at `at` in `line`, `b` starting at at + 1) is surely an
 * accident: next to punctuation, around a comparator, before %, between a number and its unit, inside a
 * number written in groups (≥1 200台, see insideGroupedNumber). A space between two words stays: it may separate items (东湖 西湖,
 * 张三 李四) or fields of a form line.
 */
function strayAt(line: string, at: number): boolean {
  const a = line[at - 1];
  const b = line[at + 1];
  if (a === undefined || b === undefined) return true;
  // A swung dash that marks no range (～ 以 实际 为准) is no mark the space is stray beside.
  const loneTilde = (i: number) => (line[i] === "～" || line[i] === "~") && !comparatorAt(line, i);
  if ((loneTilde(at - 1) && !CJK_PUNCT.test(b)) || (loneTilde(at + 1) && !CJK_PUNCT.test(a))) return false;
  // （生态环境成本） / 碳排放: a slash keeps its spaces on both sides or on neither (round 183).
  if (CJK_PUNCT.test(a) && b === "/") return slashJoinedAt(line, at + 2);
  if (a === "/" && CJK_PUNCT.test(b)) return slashJoinedAt(line, at - 2);
  if (CJK_PUNCT.test(a) || CJK_PUNCT.test(b)) return true;
  if ((ASCII_PUNCT.test(a) && isWide(b)) || (isWide(a) && ASCII_PUNCT.test(b))) return true;
  const near = (ch: string) => isDigit(ch) || isWide(ch) || COMPARATOR.test(ch) || PERCENT.test(ch);
  // ≤ -5 ℃: a minus sign opening the number after a comparator is the number's (round 202).
  const signed = (i: number) => /[-−－]/.test(line[i] ?? "") && isDigit(line[i + 1] ?? "");
  if ((comparatorAt(line, at - 1) && (near(b) || signed(at + 1))) || (comparatorAt(line, at + 1) && near(a)))
    return true;
  if (isDigit(a) && PERCENT.test(b)) return true;
  // 不少于 5000份, 较上年提高 2个百分点: a number after a comparator word; 达到 90% 以上: a bound after it.
  if (isDigit(b) && COMPARATOR_WORD.test(line.slice(Math.max(0, at - 5), at))) return true;
  // 30 万 元, 0.5 万 元/人, a unit cell 万 元: a magnitude and its unit are one word.
  if (isWide(b) && magnitudeThenUnit(line, at)) return true;
  if (BOUND.test(line.slice(at + 1, at + 4)) && quantityEndsAt(line, at)) return true;
  if (isDigit(a) && ((isWide(b) && unitAt(line, at + 1)) || UNIT_SYMBOL.test(b)))
    return (
      !endsNumberList(line, at) &&
      !countedCode(line, at) &&
      !captionNumber(line, at) &&
      !sectionNumber(line, at)
    );
  if (isDigit(a) && isDigit(b)) return insideGroupedNumber(line, at);
  if (a === "第" && isDigit(b)) return ordinalSpread(line, at);
  if (a === "年" || a === "月") return insideDate(line, at);
  if (a === "/" || b === "/" || a === "／" || b === "／") return aroundUnitSlash(line, at);
  if (UNIT_DOT.test(a) || UNIT_DOT.test(b)) return aroundUnitDot(line, at);
  return false;
}

/**
 * An ordinal spread by spaces (第 3 季度, 第 3季度, round 183): the space after 第 goes where the number is
 * written against the word it counts, or comes to be (3 季度 → 3季度), so the ordinal is written whole
 * (第3季度, which the parser reads as the quarter) or left as typed — never half joined (第 3季度).
 */
function ordinalSpread(line: string, at: number): boolean {
  let n = at + 1;
  while (isDigit(line[n])) n++;
  if (HAN.test(line[n] ?? "")) return true;
  return line[n] === " " && HAN.test(line[n + 1] ?? "") && strayAt(line, n);
}

/**
 * Whether the slash's other side, at `i`, has no space or one that goes (a mark beyond it, or a unit's slash:
 * aroundUnitSlash): the space beside a closing mark on this side goes only then, so no slash is left with a
 * space on one side alone (（生态环境成本） / 碳排放 stays; （万元） /个 → （万元）/个).
 */
function slashJoinedAt(line: string, i: number): boolean {
  if (line[i] !== " ") return true;
  const far = line[i - 1] === "/" ? line[i + 1] : line[i - 1];
  return CJK_PUNCT.test(far ?? "") || aroundUnitSlash(line, i);
}

/**
 * A unit written as one symbol: ㎡ ㎥ ㎞ ㎏ ㎎ ㎜ ㎝ ㎖ … (the CJK squared units, U+3380–33DF) and ℃ ℉. Like
 * a Chinese unit it is written against its number (≥ 8 ㎡ → ≥8㎡, ≥ 25 ℃ → ≥25℃); a Latin unit keeps its space
 * (≥3.5 km, ≤38 μg/m³), as SI writes it (round 178).
 */
const UNIT_SYMBOL = /[\u3380-\u33df\u2103\u2109]/;

/**
 * Whether the comparator sign at `i` compares: ～ and ~ are one only as a range's mark, with a number on
 * one side of them (5 ～ 10人, 5万 ～ 8万); `～ 以 实际 为准` starts a line with a swung dash, no range (round 178).
 */
function comparatorAt(line: string, i: number): boolean {
  const ch = line[i] ?? "";
  if (!COMPARATOR.test(ch)) return false;
  if (ch !== "～" && ch !== "~") return true;
  return (
    /[0-9０-９%％][^\s0-9０-９]{0,3} ?$/.test(line.slice(0, i)) || /^ ?[0-9０-９]/.test(line.slice(i + 1))
  );
}

/**
 * Whether the digits before the space at `at` close a code of Latin letters and digits (PM10 小时均值, K3 次列车,
 * DN300 米): its digits are the code's, not a count of the word after them (PM10小时 reads as PM, 10 hours);
 * a grade is the code's (K9 级 → K9级).
 * A decimal code (PM2.5 年均浓度) is no count and is joined as a quantity is (round 178).
 */
function countedCode(line: string, at: number): boolean {
  // 级, 型 and 类 name the code's grade or kind (球墨铸铁管 K9 级 → K9级, 4A 级): no count.
  return /[A-Za-zＡ-Ｚａ-ｚ][0-9０-９]+$/.test(line.slice(0, at)) && !/^[级型类]/.test(line.slice(at + 1));
}

/**
 * Whether the line opens with a section's number before its title (2.1 项目概况, 3.2.1 实施内容): a number with
 * a dot or two, alone before the space, and Chinese words running on past the unit the word starts with (项 of
 * 项目概况). 2.5 万元 and 1.5 亩 are quantities, the unit ending them, and lose the space as any other.
 */
function sectionNumber(line: string, at: number): boolean {
  if (!/^[0-9]+(?:[.．][0-9]+)+$/.test(line.slice(0, at))) return false;
  const magnitude = /[万亿千]/.test(line[at + 1] ?? "") ? 1 : 0;
  const unit = magnitude + lexiconUnitAt(line, at + 1 + magnitude).length;
  return unit > magnitude && HAN.test(line[at + 1 + unit] ?? "");
}

/**
 * Whether the digits before the space at `at` number a caption (表1  项目绩效目标, 图2 项目区位图, 附件3 资金
 *明细, round 202): they name the table, not a count of the word after them, so 表1项目 would misread it.
 * 表 and 图 count only at the start of the line or after a mark (发表3 篇 is a count).
 */
function captionNumber(line: string, at: number): boolean {
  return /(?:(?:^|[^\p{Script=Han}])[表图]|附[表图件录])[0-9０-９]+(?:[-.．][0-9０-９]+)*$/u.test(
    line.slice(0, at),
  );
}

/** The middle dots a compound unit is written with: 元/生·年, 人・次, 元/人•天. */
const UNIT_DOT = /[·・•]/;

/**
 * A compound unit spaced around its middle dot after a quantity (≥600元/生 · 年 → ≥600元/生·年, 500人 · 次 →
 * 500人·次): the unit is one word, as around its slash (aroundUnitSlash). Before the dot a quantity's unit (a
 * number, a unit, and a unit per unit or not); after it one or two characters that end the quantity or a
 * period (年, 月, 天, 次). Not between words (张三 · 李四).
 */
function aroundUnitDot(line: string, at: number): boolean {
  const dot = UNIT_DOT.test(line[at + 1] ?? "") ? at + 1 : at - 1;
  const left = line.slice(0, dot).replace(/ $/, "");
  const right = line.slice(line[dot + 1] === " " ? dot + 2 : dot + 1);
  if (!/^\p{Script=Han}{1,2}(?![\p{Script=Han}0-9])/u.test(right) && lexiconUnitAt(right, 0) === "")
    return false;
  const m = /[0-9] ?([^\s0-9/／·・•]{1,4})(?: ?[/／] ?\p{Script=Han}{1,2})?$/u.exec(left);
  if (!m) return false;
  const unit = m[1].replace(/^[万亿千]/, "");
  return unit !== "" && lexiconUnitAt(m[1], m[1].length - unit.length) === unit;
}

/**
 * A date with a space after its 年 or 月 (2025年 11月底, 11月 30日, 12月 底前, a year's 11月 30 whose 日
 * a PDF wrapped onto the next line): one date, the space is stray.
 */
function insideDate(line: string, at: number): boolean {
  const before = line.slice(0, at);
  const after = line.slice(at + 1);
  return (
    (/(?<![0-9])[0-9]{4}年$/.test(before) && /^[0-9]{1,2}月/.test(after)) ||
    (/(?<![0-9.])[0-9]{1,2}月$/.test(before) && /^(?:[0-9]{1,2}[日号]|底|末|初|[上中下]旬)/.test(after)) ||
    (/(?<![0-9])[0-9]{4}年[0-9]{1,2}月$/.test(before) && /^[0-9]{1,2}$/.test(after))
  );
}

/**
 * A unit per unit after a quantity, spaced around its slash (300元 / 亩 → 300元/亩, 8万元 / 个, 5套 / 校):
 * the unit is one word. The first unit is a unit (after 万, 亿 or 千 too), the second a unit or one
 * character that ends the quantity (校, 村). Not after a Latin unit spaced from its number (10 kV / 35 kV),
 * nor between words (东湖 / 西湖).
 */
function aroundUnitSlash(line: string, at: number): boolean {
  const slash = /[/／]/.test(line[at + 1] ?? "") ? at + 1 : at - 1;
  const left = line.slice(0, slash).replace(/ $/, "");
  const right = line[slash + 1] === " " ? slash + 2 : slash + 1;
  if (lexiconUnitAt(line, right) === "" && !/^\p{Script=Han}(?![\p{Script=Han}0-9])/u.test(line.slice(right)))
    return false;
  const m = /[0-9]([^\s0-9]{1,4})$/.exec(left);
  if (!m) return false;
  const unit = m[1].replace(/^[万亿千]/, "");
  return lexiconUnitAt(left, left.length - unit.length) === unit && unit !== "";
}

/** A number written in groups of three: 1 200, 1 200 000 (no digit or point before or after it). */
const GROUPED = /(?<![0-9.])[0-9]{1,3}(?: [0-9]{3})+(?:\.[0-9]+)?(?![0-9.])/g;
/** A number written in groups of four, as 万 counts: 1 0000, 1 5000, 1 0000 0000 (round 131). */
const GROUPED4 = /(?<![0-9.])[0-9]{1,4}(?: [0-9]{4})+(?:\.[0-9]+)?(?![0-9.])/g;

/**
 * Whether the space at `at` lies inside a number written in groups (≥1 200台, 不超过 1 200 000元): the
 * whole chain is one number only where a unit or % follows it or a comparator (word) comes before it, or
 * it is the whole line and plainly one number (2 000, 500 000; not 100 100),
 * and it does not list numbers (see readsAsOne). Elsewhere the chain may be a list of numbers
 * (开展 110 119 120 宣传, 改造 101 102 103 教室, 开通 110 119 120 次) and stays.
 */
function insideGroupedNumber(line: string, at: number): boolean {
  return insideChain(GROUPED, 3, line, at) || insideChain(GROUPED4, 4, line, at);
}

/**
 * insideGroupedNumber for groups of `size` digits. Groups of four (≥ 1 0000件, ≥1 5000吨) only with one
 * lead group, shorter than four digits unless a comparator (word) comes before it (2025 0001号 is a code),
 * before 年 only after a comparator (第1 2025年 is a year), and never where the groups go on with a digit of
 * another size (1 000 0000: which is meant?).
 */
function insideChain(re: RegExp, size: number, line: string, at: number): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const start = m.index;
    const end = start + m[0].length;
    if (at < start) return false;
    if (at >= end) continue;
    const before = line.slice(0, start);
    // 3 1 200: a digit and a space before the first group; which digits go together is unclear.
    if (/[0-9] $/.test(before)) return false;
    if (/^ [0-9]/.test(line.slice(end))) return false;
    // 2 000×1 000 mm: a size's factors are joined all or none (round 195: not ≥2000×1 000 mm).
    const product = inProduct(line, start, end);
    if (product !== null) return product;
    const compared = comparedBefore(line, start);
    // 分别 300 200 100 米, 补助 300 250 元/人: a list, or numbers that may be one (joined only after a comparator).
    if (!readsAsOne(line, start, m[0], compared)) return false;
    // 第1 2025年: a year after another number, not 12025 years.
    if (size === 4 && !compared && (m[0].indexOf(" ") === size || /^ ?年/.test(line.slice(end))))
      return false;
    // A line that is only the number (2 000 in a 指标值 cell, its unit in the next column): readsAsOne
    // said the groups cannot be two numbers side by side (a lead group shorter than the others or a group
    // led by 0; not 100 100).
    if (start === 0 && end === line.length) return true;
    const after = end < line.length && line[end] === " " ? end + 1 : end;
    if (PERCENT.test(line[after] ?? "") || unitAt(line, after)) return true;
    return compared || partnerJoined(re, size, line, end, m[0]);
  }
  return false;
}

/** A size written as a product (2 000×1 000, 1 200 * 600 * 300), its factors grouped or whole. */
const PRODUCT = /(?:[0-9]{1,3}(?: [0-9]{3})+|[0-9]+)(?: ?[×*＊xX] ?(?:[0-9]{1,3}(?: [0-9]{3})+|[0-9]+))+/g;

/**
 * Whether the grouped number at [start, end) is one factor of a product, and then whether its groups are
 * joined: where every grouped factor surely writes one number (2 000×1 000 → 2000×1000), so a size is never
 * left half joined. Null where the number is no factor.
 */
function inProduct(line: string, start: number, end: number): boolean | null {
  for (const m of line.matchAll(PRODUCT)) {
    const from = m.index ?? 0;
    if (start < from || end > from + m[0].length) continue;
    const factors = [...m[0].matchAll(/[0-9]{1,3}(?: [0-9]{3})+/g)];
    return factors.every(
      (f) => groupsReading(line, from + (f.index ?? 0), from + (f.index ?? 0) + f[0].length) === "number",
    );
  }
  return null;
}

/** The mark between a range's bounds, spaced or not: 2 000—3 000万元, 5 000 - 8 000 元, 1 000至2 000人. */
const RANGE_MARK = /^ ?(?:—{1,2}|[-–－～~〜至]) ?/;

/**
 * Whether the grouped number `first` (ending at `end`) is a range's first bound whose second bound is
 * one number: written in groups that are joined (2 000—3 000 万元: the 3 000 is, by its unit) or already
 * written whole before a unit or % (2 000—3000万元, what a cleanup joining only the second bound left).
 * The two bounds then read alike; a range counts up, so the first must be the smaller.
 */
function partnerJoined(re: RegExp, size: number, line: string, end: number, first: string): boolean {
  const mark = RANGE_MARK.exec(line.slice(end));
  if (!mark) return false;
  const p = end + mark[0].length;
  const rest = line.slice(p);
  let value: number;
  const chain = new RegExp(`^[0-9]{1,${size}}(?: [0-9]{${size}})+(?:\\.[0-9]+)?(?![0-9.])`).exec(rest);
  if (chain) {
    if (!insideChain(re, size, line, p + chain[0].indexOf(" "))) return false;
    value = Number(chain[0].replace(/ /g, ""));
  } else {
    const whole = /^[0-9]+(?:\.[0-9]+)?(?![0-9.])/.exec(rest);
    if (!whole || /^ [0-9]/.test(rest.slice(whole[0].length))) return false;
    const after = p + whole[0].length + (line[p + whole[0].length] === " " ? 1 : 0);
    if (!PERCENT.test(line[after] ?? "") && !unitAt(line, after)) return false;
    value = Number(whole[0]);
  }
  return Number(first.replace(/ /g, "")) < value;
}

/** Whether a comparator or a comparator word comes right before `start`, a space between them or not (≥ 1 200, 不少于 300 250). */
function comparedBefore(line: string, start: number): boolean {
  const lead = line.slice(0, start).replace(/ $/, "");
  return COMPARATOR.test(lead[lead.length - 1] ?? "") || COMPARATOR_WORD.test(lead.slice(-5));
}

/** What the groups `chain` (at `start` in `line`, a decimal part aside) write: see numbers.ts groupsReading. */
function chainReading(line: string, start: number, chain: string) {
  const point = chain.indexOf(".");
  return groupsReading(line, start, start + (point < 0 ? chain.length : point));
}

/**
 * Whether the groups `chain` at `start` surely write one number: a shorter lead group or a group led by 0
 * (1 200, 12 500, 300 000), or groups that could be one number or two after a comparator (≥300 250元). A
 * list (101 102 103 间, 分别 300 200 100 米, 各 100 100 人) never is, and neither are such groups alone (补助
 * 300 250 元/人: one amount or two?).
 */
function readsAsOne(line: string, start: number, chain: string, compared: boolean): boolean {
  const reading = chainReading(line, start, chain);
  return reading === "number" || (reading === "either" && compared);
}

/** Whether a unit starts at `i`, also after 万, 亿 or 千 (3 万人, 1.5 亿元, 1.2 万吨/日, 3 千元). */
function unitAt(line: string, i: number): boolean {
  if (lexiconUnitAt(line, i) !== "") return true;
  return /[万亿千]/.test(line[i] ?? "") && lexiconUnitAt(line, i + 1) !== "";
}

/**
 * Whether the space at `at` stands between a magnitude (万, 亿 or 千) and a unit: after a number (30 万 元,
 * 0.5 万 元/人, ≤ 3 万 元; the unit ends the quantity) or as the whole text of a line (a 计量单位 cell 万 元). Such a space never means
 * anything: 万元 is one unit.
 */
function magnitudeThenUnit(line: string, at: number): boolean {
  const unit = lexiconUnitAt(line, at + 1);
  if (unit === "" || !/[万亿千]/.test(line[at - 1] ?? "")) return false;
  const before = line.slice(0, at - 1).replace(/ $/, "");
  const after = line.slice(at + 1 + unit.length);
  if (before === "") return /^(?:\/\S+)?$/.test(after);
  // 30万 人均500元 is two clauses (30万人均 would read otherwise): the unit must end the quantity.
  return isDigit(before[before.length - 1]) && UNIT_ENDS.test(after);
}

/** What may follow a quantity's unit: nothing, a mark, a digit, a Latin letter, 以上 以下 以内 左右, 的. */
const UNIT_ENDS = /^(?:$|[^\p{Script=Han}]|及?以上|及?以下|以内|左右|的)/u;

/**
 * Whether the digits ending at `at` (a space after them) close groups that may list numbers (101 102 103 间,
 * 分别 300 200 100 米, 补助 300 250 元/人), or numbers spaced apart that no grouping makes one (各 5 5 5 台,
 * 分别 2 000 1 500 1 000 人; round 167): the unit stays apart from them, as the numbers stay apart.
 */
function endsNumberList(line: string, at: number): boolean {
  const m = /(?<![0-9.])[0-9]+(?:\.[0-9]+)?(?: [0-9]+(?:\.[0-9]+)?)+$/.exec(line.slice(0, at));
  if (!m) return false;
  if (/^[0-9]{1,3}(?: [0-9]{3})+$/.test(m[0]))
    return !readsAsOne(line, m.index, m[0], comparedBefore(line, m.index));
  // Groups of four as 万 counts them (≥ 1 0000 件) are insideChain's.
  return !/^[0-9]{1,4}(?: [0-9]{4})+$/.test(m[0]);
}

/**
 * `first`: the line starts the text. Where it starts with an = (= 90%, == 以上金额均为万元 ==, =SUM(A1, B1))
 * its spaces between words stay: the text already looks like a formula, and =90% would only look more
 * like one; only runs of spaces are shortened and the ends trimmed.
 */
function cleanLine(line: string, first: boolean): string {
  let current = line.replace(/ {2,}/g, " ").trim();
  const formulaLook = first && current.startsWith("=");
  if (!formulaLook) current = spacedWord(current);
  // Removing one space can make another stray: run to a fixed point, bounded by the spaces.
  for (;;) {
    let out = "";
    for (let i = 0; i < current.length; i++)
      if (current[i] !== " " || formulaLook || !strayAt(current, i)) out += current[i];
    if (out === current) return out;
    current = out;
  }
}

/** A line of single Chinese characters spaced apart, as forms spread a short label across a cell (指 标 值, 单  位). */
const LETTER_SPACED = /^[\u4e00-\u9fa5](?: [\u4e00-\u9fa5])+$/;
/** Labels of a table's rows and columns that are no column role of their own. */
const TABLE_LABELS = new Set(["合计", "小计", "总计", "序号", "备注", "说明"]);
/** 合 计, 小 计, 总 计 opening a line, before a space, a colon or its end (合 计 347万元). */
const SPACED_TOTAL = /^([合小总]) 计(?=$|[ :：])/;

/**
 * A word of the table spread by spaces (合 计 347万元, a header cell 指 标 值 or 单 位) is written whole: a
 * total's label at the line's start, or a line that is a header name (headers.ts headerRole) or a table
 * label letter-spaced. Words spaced apart otherwise stay (东 湖 may be two places).
 */
function spacedWord(line: string): string {
  if (LETTER_SPACED.test(line)) {
    const word = line.replace(/ /g, "");
    if (TABLE_LABELS.has(word) || headerRole(word) !== null) return word;
  }
  return line.replace(SPACED_TOTAL, "$1计");
}

/** The items and headings the parser cuts `text` into, spaces aside: what a removed empty line must not change. */
function reading(text: string): string {
  return segmentCell(text)
    .map((g) => g.kind + text.slice(g.start, g.end).replace(/\s+/g, ""))
    .join("\u0000");
}

/** A line that opens with a numbered item: 1、 1. 1） （1） ① ⑴ 一是 指标1：. */
const NUMBERED_LINE =
  /(?:^|\n)[ \t]*(?:[（(]?\d{1,3}[、.．)）]|[①-⑳⑴-⒇]|[一二三四五六七八九十]{1,3}是|指标\d{1,3}[ \t]*[:：])/;

/**
 * Whether the empty line before `lines[i]` parts two numbered lists (1、…⏎2、…⏎⏎1、…⏎2、…): the list after it
 * starts at 1 again, which makes the empty line a heading (review/listHeadings.ts) — NUMBERING then numbers
 * each list on its own, as the officer wrote them. Without it the two would read as one list, 1、2、1、2、.
 */
function partsLists(lines: readonly string[], i: number): boolean {
  const before = lines.slice(0, i).join("\n");
  if (!NUMBERED_LINE.test(before)) return false;
  const headed = (gap: string) => listHeadingStarts(`${before}${gap}${lines[i]}`).includes(before.length);
  // Only the empty line itself: a heading after it (…⏎⏎二、效益指标) parts the lists without it.
  return headed("\n\n") && !headed("\n");
}

export function fixSpaces(text: string): string {
  const all = text
    .replace(/\r\n?/g, "\n")
    .replace(ZERO_WIDTH, "")
    .replace(ODD_SPACES, " ")
    .split("\n")
    .map((line, i, all) =>
      cleanLine(
        line,
        all.slice(0, i).every((l) => l.trim() === ""),
      ),
    );
  // Each kept line, and whether an empty line stood before it (between it and the previous kept line).
  const lines: string[] = [];
  const afterEmpty: boolean[] = [];
  let empty = false;
  for (const l of all) {
    if (l === "") {
      empty = lines.length > 0;
      continue;
    }
    lines.push(l);
    // A line starting with a closing mark (，。) goes on the line before, empty lines or not (a PDF's copy).
    afterEmpty.push(empty && !CLOSING.test(l));
    empty = false;
  }
  const joinAt = (i: number, keepEmpty: boolean) => (keepEmpty ? "\n\n" : CLOSING.test(lines[i]) ? "" : "\n");
  const join = (keep: readonly boolean[]) => {
    let out = lines[0] ?? "";
    for (let i = 1; i < lines.length; i++) out += joinAt(i, keep[i]) + lines[i];
    return out;
  };
  // An empty line between two items is a hard cut for the parser (a wrapped name never runs across it:
  // 巡查企业数⏎⏎巡查企业数(2) is two items, 巡查企业数⏎巡查企业数(2) one). Each is removed only where the
  // parser reads the text the same without it; else one empty line stays.
  const kept = afterEmpty.slice();
  if (!kept.some(Boolean)) return join(kept);
  const wanted = reading(join(kept));
  for (let i = 1; i < lines.length; i++) {
    if (!kept[i] || partsLists(lines, i)) continue;
    kept[i] = false;
    if (reading(join(kept)) !== wanted) kept[i] = true;
  }
  return join(kept);
}

export const spaceRule: TextRule = {
  id: "SPACE",
  kind: "text",
  name: { zh: "多余空格和换行", en: "Stray spaces and line breaks" },
  description: {
    zh: "去掉首尾空格、零宽字符和空行（分隔两条指标、去掉后会被连读的空行保留一个）；连续空格（含全角空格）合为一个；标点旁、比较符号前后、“不少于”“达到”等比较词与数字之间、数量与“以上”之间、%前、数字与单位之间的空格删除；词与词之间的一个空格保留（可能分隔并列的项目，如“东湖 西湖”）。名称中被换行分开的（解析时已连读），建议删除换行，不自动修改。",
    en: "Trim; drop zero-width characters and empty lines (one stays where two indicators would otherwise read as one); collapse runs of spaces (incl. full-width) to one; remove spaces next to punctuation, around comparators, after a comparator word (不少于 5000份), before 以上 after a quantity, before % and between a number and its unit; keep one space between words (it may separate items, as in 东湖 西湖). A line break inside a name the engine reads whole is offered for removal, not removed.",
  },
  defaultMode: "apply",
  fix: fixSpaces,
};
