/** Numbers as budget officers write them: 2万, 0.9万, 1,500, 两, 半, 十二, 三十五. */

import { isDigit } from "./chars";
import { lexiconUnitAt } from "./units";
import { codeSet } from "./charClass";

const CN_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Magnitude words, longest first; value multiplies the number before it. */
export const MAGNITUDES: readonly [string, number][] = [
  ["千万", 1e7],
  ["百万", 1e6],
  ["亿", 1e8],
  ["万", 1e4],
  ["千", 1e3],
];

const CN_NUMERAL_CODES = codeSet("零〇一二两三四五六七八九十百半");

export function isCnNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && CN_NUMERAL_CODES.has(ch.charCodeAt(0));
}

/** isCnNumeralChar by code (no one-character string is made). */
export function isCnNumeralCode(c: number): boolean {
  return CN_NUMERAL_CODES.has(c);
}

/**
 * A run of Chinese numerals (一…九十百千万亿, 零, 两, 半) → its value, or null. Handles 十二, 二十, 三十五, 一百二十,
 * 二百一十六, 一千零五十, 一万二千. 半 alone is 0.5.
 */
export function cnNumeralValue(s: string): number | null {
  if (s === "半") return 0.5;
  if (s.length === 0) return null;
  let total = 0; // the sections closed by 亿 and 万
  let section = 0; // the sum below 万
  let current = 0;
  for (const ch of s) {
    if (ch in CN_DIGIT) {
      current = CN_DIGIT[ch];
    } else if (ch === "十" || ch === "百" || ch === "千") {
      section += (current || 1) * (ch === "十" ? 10 : ch === "百" ? 100 : 1000);
      current = 0;
    } else if (ch === "万") {
      total += (section + current || 1) * 1e4;
      section = 0;
      current = 0;
    } else if (ch === "亿") {
      total = (total + section + current || 1) * 1e8;
      section = 0;
      current = 0;
    } else {
      return null;
    }
  }
  return total + section + current;
}

/**
 * 千, 万, 亿: inside a Chinese numeral (一千二百, 一万二千) they join the run only when a numeral follows; after a
 * bound a magnitude word may stand for the number itself (逾千人, 超万人).
 */
export function isCnMagnitudeCode(c: number): boolean {
  return c === 0x5343 /* 千 */ || c === 0x4e07 /* 万 */ || c === 0x4ebf /* 亿 */;
}

/** Avoids 0.1 + 0.2 style noise when applying magnitudes: 1346.0088万 → 13460088. */
export function scale(value: number, factor: number): number {
  const r = value * factor;
  return Math.round(r * 1e6) / 1e6;
}

/**
 * A space that groups thousands, as tables copied from a PDF (and some officers) write them: 3 600人,
 * 1 200 000元 — the ordinary, the no-break (U+00A0), the thin (U+2009), the narrow no-break (U+202F) and the
 * full-width (U+3000) space.
 */
export function isGroupSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x3000 || c === 0x2009 || c === 0x202f;
}

/** The group spaces isGroupSpace says, as a regular expression's character class (for the patterns). */
export const GROUP_SPACE = "[ \\u00a0\\u2009\\u202f\\u3000]";

/** Exactly three digits at s[k, k + 3), no digit after them: a thousands group. */
function groupAt(s: string, k: number): boolean {
  return (
    isDigit(s.charCodeAt(k)) &&
    isDigit(s.charCodeAt(k + 1)) &&
    isDigit(s.charCodeAt(k + 2)) &&
    !isDigit(s.charCodeAt(k + 3))
  );
}

/**
 * Where a number whose first digits are s[i, j) ends with its thousands groups: 1,500, 12,000,000 (exactly
 * three digits after each comma; not where the groups list numbers, see groupsReading: 101,102,103个 and
 * 分别为1,200,300人 read as the first), and 3 600, 1 200 000 (a space of any width, see isGroupSpace). A space
 * groups only after one to three digits (2025 年 is a year, 5 个 a count), and after three only where the
 * groups do not list numbers (see groupsReading: 110 119 120, 101 102 间, 分别 300 250 元/人 are lists;
 * 300 000 and 300 250 元 are one). j when nothing groups.
 */
export function groupedEnd(s: string, i: number, j: number): number {
  if (s.charCodeAt(j) === 44) {
    let k = j;
    while (s.charCodeAt(k) === 44 && groupAt(s, k + 1)) k += 4;
    return k === j || groupsReading(s, i, k) === "list" ? j : k;
  }
  if (j - i > 3 || !isGroupSpace(s.charCodeAt(j)) || !groupAt(s, j + 1)) return j;
  let k = j + 4;
  while (isGroupSpace(s.charCodeAt(k)) && groupAt(s, k + 1)) k += 4;
  if (groupsReading(s, i, k) !== "list") return k;
  // A list's first number: the first group, or a shorter lead with its group (分别 1 200 800 600 米: 1 200).
  return j - i < 3 ? j + 4 : j;
}

/** What digits in groups with a space or a comma between them write: one number, a list of numbers, or either. */
export type GroupsReading = "number" | "list" | "either";

/**
 * What the digit groups s[i, end) write, a group space (isGroupSpace) or a comma (, or ，) between each: the
 * parser's groupedEnd and the cleanup's SPACE and PUNCT ask the same question of the same text. Groups
 * with commas: see commaGroupsReading. Groups with spaces:
 * - one number where the lead group is shorter than the others (1 200, 12 500, 1 250 000, as 万 counts
 *   1 0000; but see shortLeadReading: 分别 1 200 800 600 米 lists) or a group is led by 0 (300 000);
 * - a list where the groups are all as long and led by a nonzero digit and they count up (101 102 间,
 *   110 119 120), run to three or more (分别 300 200 100 米, 各 100 100 100 人, 200 180 160 户), or follow a
 *   word that says there are several (分别, 各, 依次, 每档: 分别 300 250 元/人, 各 100 100 人);
 * - either otherwise (300 250 元, 100 100: one number or two). A comparator before it says one number
 *   (≥300 250元); the parser reads one, the cleanup joins the groups only after a comparator.
 */
export function groupsReading(s: string, i: number, end: number): GroupsReading {
  const groups: string[] = [];
  let start = i;
  let commas = false;
  let wide = false;
  for (let k = i; k <= end; k++) {
    const c = s.charCodeAt(k);
    if (k === end || isGroupSpace(c) || isGroupComma(c)) {
      groups.push(s.slice(start, k));
      start = k + 1;
      if (k < end && isGroupComma(c)) commas = true;
      if (k < end && c === 0xff0c) wide = true;
    }
  }
  if (wide) return wideCommaReading(s, i, end, groups);
  if (commas) return commaGroupsReading(groups, listWordBefore(s, i));
  const size = groups[groups.length - 1].length;
  if (groups.length < 2) return "number";
  if (groups[0].length < size && groups.every((g, k) => k === 0 || g.length === size))
    return shortLeadReading(groups, () => listWordBefore(s, i));
  if (groups.some((g) => g.length !== size || g.charCodeAt(0) === 48)) return "number";
  if (groups.length > 2 || Number(groups[1]) > Number(groups[0])) return "list";
  return listWordBefore(s, i) ? "list" : "either";
}

/**
 * Space groups whose lead is shorter than three digits: the lead and the group after it are one number
 * (1 200, 12 500). The groups after those two carry it on (1 200 000, 1 250 000 000) where one is led by 0 —
 * no item of a list is written 000 —; groups all led by a nonzero digit may as well be the next numbers of
 * a list whose first is 1 200 (round 167):
 * - after a word that says there are several (分别 1 200 800 600 米, 各 1 200 800 元: 1 200, 800, 600), a list;
 * - two groups or more after the first number (1 200 800 600 米: 1,200,800,600 m or three lengths?), a list
 *   too: a thousands reading past a billion is the unlikely one;
 * - one group after it (1 200 800 米, 1 234 567 元), either: one number or two.
 * A list's first number is the lead with its first group (groupedEnd).
 */
function shortLeadReading(groups: readonly string[], listed: () => boolean): GroupsReading {
  const rest = groups.slice(2);
  if (rest.length === 0 || rest.some((g) => g.charCodeAt(0) === 48)) return "number";
  if (listed() || rest.length > 1) return "list";
  return "either";
}

/** A comma between digit groups: the ASCII one, and the full-width one as the cleanup sees it before it is mended. */
function isGroupComma(c: number): boolean {
  return c === 44 || c === 0xff0c;
}

/**
 * What digit groups with commas between them write (1,500; 12,000,000; 101，102，103个). A comma is the
 * thousands mark, so two groups are one number (1,200人, 300,250元) — and so is any chain with a group led
 * by 0 after the first (1,000; 1,250,000). But a Chinese comma also lists numbers, and groups that read
 * as such are a list (round 161): three or more all three digits long (101，102，103个, 500，600，700万元),
 * and after a word that says there are several (分别, 各, 依次, 每档: 分别为300，250元/人) any three or
 * more (分别为1，200，300人), or two three-digit ones. Never "either": the comma is no accident.
 */
function commaGroupsReading(groups: readonly string[], listed: boolean): GroupsReading {
  if (groups.length < 2 || groups.some((g, k) => k > 0 && g.charCodeAt(0) === 48)) return "number";
  const threeLong = groups[0].length === 3;
  if (groups.length > 2) return threeLong || listed ? "list" : "number";
  return threeLong && listed ? "list" : "number";
}

/**
 * Groups with a full-width comma between them (302，303; 1，200): the cleanup's question — the parser reads
 * only the ASCII comma as a group mark, and PUNCT writes a ， it reads as thousands as one. Between Chinese
 * words ， is the list mark as much as a slip for the thousands mark, so one number needs evidence there
 * (round 178); where there is none the groups are "either" and stay as typed:
 * - a list as commaGroupsReading says (101，102，103个, 分别为300，250元/人), and two groups as long as each
 *   other that count up (实训室设在302，303号教室, 开通110，120救援联动: two rooms, two hotlines);
 * - one number where a group after the first is led by 0 (1，000, 12，000，000): no list's item is 000;
 * - either around a code, an ordinal or a number that 号 counts (G15，205国道, 第1，300批次, 建设路12，345号,
 *   1，108号楼: never thousands there) and after 分别 or 依次, spaces between the words too (长度 分别 为
 *   1，800 米: two lengths, or one?);
 * - otherwise one number only with a unit or % after it (1，200人, 2，500人次, 300，250元), a comparator
 *   before it (≥1，200) or nothing else on its line (a 指标值 cell 1，200): else either.
 */
function wideCommaReading(s: string, i: number, end: number, groups: readonly string[]): GroupsReading {
  const reading = commaGroupsReading(groups, listWordBefore(s, i));
  if (reading === "list") return "list";
  if (groups.length === 2 && groups[0].length === groups[1].length && Number(groups[1]) > Number(groups[0]))
    return "list";
  if (groups.some((g, k) => k > 0 && g.charCodeAt(0) === 48)) return "number";
  const before = s.slice(Math.max(0, i - 8), i);
  // A decimal part is the number's own (1，200.5): what follows it is what follows the number.
  const tail = end + (DECIMAL_PART.exec(s.slice(end, end + 16))?.[0].length ?? 0);
  const after = s.slice(tail, tail + 8);
  if (CODE_BEFORE.test(before) || NUMBER_SIGN_AFTER.test(after) || SEVERAL_BEFORE.test(before))
    return "either";
  // Three groups or more, each after the first led by a nonzero digit (1，200，300 公里): a list of three as
  // well as one number past a million, and a unit after them names a list's items as much (round 183). Only
  // a comparator before them, or nothing else on the line, says one number.
  const alone = LINE_START.test(before) && LINE_END.test(after);
  if (groups.length > 2)
    return reading === "number" && !COMPARED_BEFORE.test(before) && !alone ? "either" : reading;
  return quantityAfter(s, tail) || COMPARED_BEFORE.test(before) || alone ? "number" : "either";
}

/** A decimal point and its digits right after the groups (1，200.5). */
const DECIMAL_PART = /^[.．][0-9]+/;
/** A Latin letter or 第 right before the digits: a code or an ordinal (G15，205国道, 第1，300批次). */
const CODE_BEFORE = /(?:[A-Za-zＡ-Ｚａ-ｚ]|第[ \u3000]?)$/;
/** 号 after the digits, a space between or not: a number it counts (12，345号, 1，108号楼). */
const NUMBER_SIGN_AFTER = /^[ \u3000]?[号#＃]/;
/** 分别 or 依次 before the digits, spaces between the words too (长度 分别 为 1，800 米). */
const SEVERAL_BEFORE = /(?:分别|依次)[ \u3000]?(?:为|是)?[ \u3000]?$/;
/** A comparator sign or word right before the digits (≥1，200, 不少于 1，200). */
const COMPARED_BEFORE =
  /(?:[≥≤<>＜＞≧≦]|不少于|不低于|不超过|不高于|不大于|不小于|不多于|大于|小于|低于|高于|超过|达到|至少|控制在)[ \u3000]?$/;
const LINE_START = /(?:^|\n)[ \u3000]*$/;
const LINE_END = /^[ \u3000]*(?:$|\n)/;

/** Whether a unit or % follows the digits ending at `end`, a space, 万/亿/千 or 余/多 between or not (1，200 万元). */
function quantityAfter(s: string, end: number): boolean {
  let k = end;
  while (isGroupSpace(s.charCodeAt(k))) k++;
  const c = s.charCodeAt(k);
  if (c === 37 || c === 0xff05 || c === 0x2030 || c === 0x2031) return true;
  if (/[万亿千余多]/.test(s[k] ?? "")) k++;
  return lexiconUnitAt(s, k) !== "";
}

function listWordBefore(s: string, i: number): boolean {
  return LIST_WORD.test(s.slice(Math.max(0, i - 6), i));
}

/** A word right before numbers that says there are several: 分别, 分别为, 各, 依次为, 每档 (a space may follow). */
const LIST_WORD = new RegExp(`(?:分别|依次|各)(?:为|是)?${GROUP_SPACE}?$|每档${GROUP_SPACE}?$`);

/**
 * The value of the number written in s[i, j): whole numbers of up to 15 digits are read digit by
 * digit (exact, and most targets are whole); decimals, 1,500 and 3 600 go through Number.
 */
export function digitsValue(s: string, i: number, j: number): number {
  if (j - i <= 15) {
    let v = 0;
    let k = i;
    for (; k < j; k++) {
      const c = s.charCodeAt(k);
      if (c < 48 || c > 57) break;
      v = v * 10 + (c - 48);
    }
    if (k === j) return v;
  }
  const digits = s.slice(i, j);
  return Number(GROUP_MARK.test(digits) ? digits.replace(GROUP_MARKS, "") : digits);
}

const GROUP_MARK = /[,\s]/;
const GROUP_MARKS = /[,\s]/g;
