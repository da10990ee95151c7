/**
 * Dates and periods in targets: 2022年12月31日前, 2021年底, 2025年10月底前, 2023.07-2024.01, 12月底前,
 * 全年, and Excel serial numbers that leak into 时效 values (44561 is 2021-12-31).
 */

import { CN_NUMERAL_1_10, codeSet, hasClass } from "./charClass";
import { isJsSpace } from "./chars";
import { cnNumeralValue } from "./numbers";

export interface DateSpan {
  start: number;
  end: number;
  /** "YYYY-MM-DD", "YYYY-MM", "YYYY", or null when not determinable (12月底前, 全年). */
  date: string | null;
}

const pad = (n: number) => String(n).padStart(2, "0");

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function valid(y: number, m?: number, d?: number): boolean {
  if (y < 1900 || y > 2200) return false;
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (m !== undefined && d !== undefined && (d < 1 || d > lastDay(y, m))) return false;
  return true;
}

// 2022年12月31日 / 2022年12月底 / 2022年底 / 2022年 / 2022年第三季度 / 2022年上半年 / 2022年度底 / 2022年度 (the
// year: its 度 is no word of the name after it, 2024年度内完成 → 完成) (canonical text)
const CN_DATE =
  /(\d{4})\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号]|(底|末|末前|中旬|上旬|下旬))?|(底|末|年底|年末|度底|度末)|(?:第?([一二三四1-4])\s*季度)|([上下])半年|度)?/g;
// 2023.07 / 2023-07-15 / 2023/7/1
const NUM_DATE = /(\d{4})[.\-/](\d{1,2})(?:[.\-/](\d{1,2}))?(?![\d])/g;
// 12月31日 / 12月底 (year unknown); also after 每年, 当年 (not inside 2022年6月, which CN_DATE reads)
const MONTH_DATE = /(?<!\d)(?<!\d\s*年\s*)(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号]|(底|末|中旬|上旬|下旬))?/g;
// 十一月底前, 三月底, 十二月十五日前, 2024年十一月底前: a month in Chinese numerals — read only as a deadline
// (with 底, 末, a 旬 or a day, or 前 after it), never 三个月 (a duration) or 第十一月.
const CN_MONTH_DATE =
  /(?:(\d{4})\s*年\s*)?(?<![一二三四五六七八九十两百千万\d个第])(十[一二]?|[一二三四五六七八九])月(?:(底|末|中旬|上旬|下旬)|((?:[一二三]?十)?[一二三四五六七八九]|[一二三]?十|\d{1,2})\s*[日号])?(?:(?<=[底末旬日号])|(?=\s*(?:前|以前|之前)))/g;
/** Whether a Chinese numeral stands right before a 月 (十一月), before CN_MONTH_DATE is tried. */
function mayHoldCnMonth(s: string): boolean {
  for (let i = s.indexOf("月"); i > 0; i = s.indexOf("月", i + 1))
    if (hasClass(s.charCodeAt(i - 1), CN_NUMERAL_1_10)) return true;
  return false;
}
// 次月10日前, 每月5日前, 每季度首月15日前: a day of a month named by a word
const MONTH_WORD_DAY = /(?:次月|当月|每月|本月|下月|首月|末月)\s*(\d{1,2})\s*[日号](?!龄)/g;
// "2024年3月至12月": the second month of a range takes the first one's year — and so does a month listed
// after it (2024年5月、10月底前: each deadline in the year named once)
const RANGE_GAP = /^\s*(?:至|到|-|—|–|~|～|(?:前|以前|之前|底前)?\s*、)\s*$/;
const MONTH_RANGE_GAP = /^\s*\d{1,2}\s*月?\s*(?:至|到|-|—|–|~|～)\s*$/;
// "2024年汛前（5月15日前）", "2024年暑期（7月-8月）": a season of the year, then its months in brackets; also a
// longer time before which, named (2024年伏季休渔期结束前（9月16日）)
const SEASON_BRACKET_GAP = /^(?:[^\d,;。()]{1,6}|[\u4e00-\u9fa5]{7,10}前)\(\s*$/;
/** The seasons of work a deadline may name (开学前, 春灌前, 采暖季前, 入冬前): shared with sentences.ts DEADLINE_START. */
export const WORK_SEASONS = "开学|春灌|秋灌|冬灌|采暖季?|供暖季?|入冬|秋收|春耕";
/**
 * The festivals a deadline may name (春节前, 清明节前, 中秋前, 两节前: 春节 and 中秋, or 元旦 and 春节), a day whose
 * date differs by year: shared with sentences.ts DEADLINE_START.
 */
export const FESTIVALS = "两节|春节|元旦|五一|七一|八一|(?:元宵|清明|端午|中秋|国庆|重阳)节?";

/**
 * 汛前, 主汛期前, 入汛前, 雨季来临前: a flood or rain season as a deadline, whose date differs by place and
 * year (date null) — not after a year, where it closes that year's date (2024年汛前, 2024年主汛期前), nor before the bracket
 * of its date (汛前（5月15日前）, a season explaining the date). A season of work (开学前, 春灌前, 采暖季前, 入冬前)
 * or a festival (春节前, 清明节前, 中秋前) opens the words or follows 于, 在, 确保: after a verb it is the work's (完成入冬前检修), after a month the
 * month's (9月开学前).
 */
const SEASON_DEADLINE = new RegExp(
  String.raw`(?<!\d\s*年\s*(?:主|入)?)(?:主汛期?前|入汛前|汛期?(?:来临)?前|雨季(?:来临)?前|(?<=^|[\s,;:。、()于在保])(?:${WORK_SEASONS}|${FESTIVALS})前)(?!\s*[(（])`,
  "g",
);
/**
 * 暑期完成施工, 于寒假期间完成改造: a school holiday the work is done in, as the words open (or after 于, 在, 确保)
 * and before the work finished (or alone: the target 暑期 read apart from its work) — a period of the year, its
 * date by place and year (null), as 汛前 is.
 */
const HOLIDAY_WORK =
  /(?<=^|[\s,;:。、()于在保])(?:暑期|暑假|寒假)(?:期间|内)?(?=\s*(?:完成|完工|竣工|建成|施工|实施)|[\s。.;,]*$)/g;
/**
 * 春秋两季集中免疫, 春季完成造林, 冬春季节: a season of the year the work is done in, as the words open (or after
 * 于, 在, 确保) and before the work in words alone, led by its verb (no figure after it: 春季造林成活率≥85% names a
 * rate; nor a state, 冬季清雪及时, 春秋两季集中免疫按时完成) — or alone — a period, its date by place and year (null), as 暑期 is.
 */
const SEASON_WORK =
  /(?<=^|[\s,;:。、()于在保])(?:(?:春秋|秋冬|冬春|春夏|夏秋)两?季(?:节)?|[春夏秋冬]季)(?:期间|内)?(?=\s*(?:完成|完工|竣工|建成|施工|实施|开展|集中|组织|进行)(?![\u4e00-\u9fa5]*(?:及时|按时|按期|如期))[\u4e00-\u9fa5]{0,8}[\s。.;,]*$|[\s。.;,]*$)/g;
/** 季 after a season's character (春季, 春秋两季): SEASON_WORK may match. */
const SEASON_BEFORE_JI = codeSet("春夏秋冬两");
// The whole year in days before a word of work without a break (全年365天不间断作业, 365天全天候): a period,
// as 全年 is, not a count of days (作业天数365天 is one).
// 第三季度, and 三季度 or 3季度 without 第 (not 3个季度, a duration), with 末 or 底 when written; a
// recurring end, 每季度末 or 每月底 (每季末 is looked for as 每季度末 is: mayHoldDate passes 季度 and 月), and a
// term's end, 每学期结束, 学期末 (mayHoldDate passes 学期).
const PERIOD_WORDS =
  /(?:全年\s*)?(?<![\d.])36[56]\s*天(?=\s*(?:不间断|无间断|不停歇|无休|全天候|每天|每日))|全年|年内|年底前|年度内|当年|本年度|年底|年末|每(?:季度|月)(?:末|底)|每?学期(?:末|结束)|(?:第|(?<![\d一二三四五六七八九十个]))(?:[一二三四1-4]\s*[-~～至到]\s*)?[一二三四1-4]季度(?:末|底)?|[上下]半年/g;

/**
 * A stage of a target: a period, then its figure — 二季度达到50%, 6月底前≥50%, 12月31日前支付100%,
 * 全年500人. It has no name of its own (2季度末支出进度≥50% has one), so it belongs to the indicator
 * before it. Matched on canonical text.
 */
export const STAGE_START =
  /^\s*(?:截至|截止|到)?\s*(?:第?\s*[一二三四1-4]\s*季度(?:末|底)?|[上下]半年|年中|年底|年末|全年|(?:\d{4}\s*年\s*)?\d{1,2}\s*月份?(?:\s*\d{1,2}\s*[日号])?(?:底|末)?)\s*(?:前|以前|之前|内|止)?\s*(?:累计)?\s*(?:完成|支付|支出|执行|达到|达|为)?\s*(?:[≥≤<>=]{1,2}|不低于|不少于|不超过)?\s*\d(?![\d.]*\s*[日号年月])/;

/**
 * The hours of a day, 9:00-21:00 or 8:30至17:30, and a night's over midnight, 22:00至次日6:00 (a pattern's
 * source, for the patterns built on it).
 */
export const CLOCK = "\\d{1,2}:[0-5]\\d";
export const CLOCK_RANGE = `${CLOCK}\\s*(?:-|~|～|至|到|—)\\s*(?:次日|翌日|第二天)?\\s*${CLOCK}`;

/** Words for a part of the day before its hours: 每日, 上午, 夜间 (夜间22:00至次日6:00). */
export const DAY_PART = "每日|每天|上午|下午|早上|晚上|夜间|晚间|白天|日间|凌晨";

/** Whether `s` can start a stage at all (its first character), before STAGE_START is tried. */
export function mayStartStageAt(s: string, i = 0): boolean {
  let k = i;
  // The spaces STAGE_START's \s* steps over.
  while (k < s.length && isJsSpace(s.charCodeAt(k))) k++;
  const c = s.charCodeAt(k);
  return (c >= 48 && c <= 57) || STAGE_FIRST.has(c);
}
const STAGE_FIRST = codeSet("第一二三四上下年全截到");

/** A stage at the year's end: 全年…, 年底前…, 四季度…, 12月底前… (canonical text). */
export const YEAR_END_STAGE = /^\s*(?:截至|截止|到)?\s*(?:全年|年底|年末|第?\s*[四4]\s*季度|12\s*月)/;

const QUARTER_END: Record<string, number> = { 一: 3, 二: 6, 三: 9, 四: 12, "1": 3, "2": 6, "3": 9, "4": 12 };

/**
 * What stands before 前 in SEASON_DEADLINE's seasons of work and festivals: 开学前, 春灌前, 采暖前, 入冬前, 秋收前,
 * 春耕前; 春节前, 元旦前, 五一前, 清明前, 端午前, 中秋前, 国庆前, 元宵前, 重阳前.
 */
const SEASON_BEFORE = codeSet("学灌暖冬收耕节旦一明午秋庆宵阳");

/** One pass for what every date needs: 年, 月, 季度, 学期, or four digits then . - / and a digit. */
function mayHoldDate(s: string): boolean {
  let run = 0; // digits just before i
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      run++;
      continue;
    }
    if (c === 0x5e74 /* 年 */ || c === 0x6708 /* 月 */) return true;
    if (c === 0x5b63 /* 季 */) {
      const d = s.charCodeAt(i + 1);
      // 季度; 雨季前, 雨季来临前 (SEASON_DEADLINE)
      if (d === 0x5ea6 /* 度 */ || d === 0x524d /* 前 */ || d === 0x6765 /* 来 */) return true;
      // 春季, 春秋两季 (SEASON_WORK)
      if (i > 0 && SEASON_BEFORE_JI.has(s.charCodeAt(i - 1))) return true;
    }
    if (c === 0x6c5b /* 汛 */) return true;
    // 暑期, 暑假, 寒假 (HOLIDAY_WORK)
    if ((c === 0x6691 /* 暑 */ || c === 0x5bd2) /* 寒 */ && isHolidaySecond(s.charCodeAt(i + 1))) return true;
    // 开学前, 春灌前, 采暖前, 入冬前, 秋收前, 春耕前; 春节前, 清明前, 中秋前 (SEASON_DEADLINE)
    if (c === 0x524d /* 前 */ && i > 0 && SEASON_BEFORE.has(s.charCodeAt(i - 1))) return true;
    // 365天, 366天 (PERIOD_WORDS)
    if (c === 0x5929 /* 天 */ && run === 3 && s.charCodeAt(i - 3) === 51 && s.charCodeAt(i - 2) === 54)
      return true;
    if (c === 0x5b66 /* 学 */ && s.charCodeAt(i + 1) === 0x671f /* 期 */) return true;
    if (run >= 4 && (c === 46 || c === 45 || c === 47)) {
      const d = s.charCodeAt(i + 1);
      if (d >= 48 && d <= 57) return true;
    }
    run = 0;
  }
  return false;
}

/** 期 or 假 after 暑 or 寒: 暑期, 暑假, 寒假. */
function isHolidaySecond(c: number): boolean {
  return c === 0x671f /* 期 */ || c === 0x5047; /* 假 */
}

/** Whether 暑期, 暑假 or 寒假 stands in the text, before HOLIDAY_WORK is tried. */
function mayHoldHoliday(s: string): boolean {
  for (const first of ["暑", "寒"])
    for (let i = s.indexOf(first); i >= 0; i = s.indexOf(first, i + 1))
      if (isHolidaySecond(s.charCodeAt(i + 1))) return true;
  return false;
}

/** All date expressions in canonical text, left to right, without overlaps. */
export function findDates(s: string): DateSpan[] {
  // Fast exit: most targets have no date.
  if (!mayHoldDate(s)) return [];
  const spans: DateSpan[] = [];
  const taken = (a: number, b: number) => spans.some((x) => a < x.end && b > x.start);
  let m: RegExpExecArray | null;
  if (mayHoldCnMonth(s)) {
    CN_MONTH_DATE.lastIndex = 0;
    while ((m = CN_MONTH_DATE.exec(s))) {
      const mo = cnNumeralValue(m[2]) ?? 0;
      const y = m[1] ? Number(m[1]) : null;
      const day =
        m[4] === undefined ? undefined : /\d/.test(m[4]) ? m[4] : String(cnNumeralValue(m[4]) ?? "");
      const date = y !== null && valid(y, mo) ? monthDate(y, mo, day, m[3]) : null;
      spans.push({ start: m.index, end: m.index + m[0].length, date });
    }
  }
  CN_DATE.lastIndex = 0;
  while ((m = CN_DATE.exec(s))) {
    const y = Number(m[1]);
    if (!valid(y) || taken(m.index, m.index + m[0].length)) continue;
    let date: string | null = String(y);
    if (m[2]) {
      const mo = Number(m[2]);
      if (!valid(y, mo)) continue;
      date = monthDate(y, mo, m[3], m[4]);
    } else if (m[5]) {
      date = `${y}-12-31`;
    } else if (m[6]) {
      const mo = QUARTER_END[m[6]];
      date = `${y}-${pad(mo)}-${pad(lastDay(y, mo))}`;
    } else if (m[7]) {
      // 2024年上半年: by the half's last day.
      date = m[7] === "上" ? `${y}-06-30` : `${y}-12-31`;
    }
    spans.push({ start: m.index, end: m.index + m[0].length, date });
  }
  NUM_DATE.lastIndex = 0;
  while ((m = NUM_DATE.exec(s))) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (!valid(y, mo) || taken(m.index, m.index + m[0].length)) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, date: monthDate(y, mo, m[3]) });
  }
  MONTH_DATE.lastIndex = 0;
  while ((m = MONTH_DATE.exec(s))) {
    const mo = Number(m[1]);
    if (mo < 1 || mo > 12 || taken(m.index, m.index + m[0].length)) continue;
    // "3个月" is a duration, not a date; the regex needs 月 right after the number, so 个月 never matches.
    spans.push({ start: m.index, end: m.index + m[0].length, date: rangeEndDate(s, spans, m, mo) });
  }
  MONTH_WORD_DAY.lastIndex = 0;
  while ((m = MONTH_WORD_DAY.exec(s))) {
    const d = Number(m[1]);
    if (d < 1 || d > 31 || taken(m.index, m.index + m[0].length)) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, date: null });
  }
  // Periods with no date of their own (全年, 汛前, 春季, 暑期): each match not already taken.
  const addPeriods = (re: RegExp) => {
    re.lastIndex = 0;
    while ((m = re.exec(s))) {
      if (taken(m.index, m.index + m[0].length)) continue;
      spans.push({ start: m.index, end: m.index + m[0].length, date: null });
    }
  };
  addPeriods(PERIOD_WORDS);
  addPeriods(SEASON_DEADLINE);
  if (s.includes("季")) addPeriods(SEASON_WORK);
  if (mayHoldHoliday(s)) addPeriods(HOLIDAY_WORK);
  spans.sort((a, b) => a.start - b.start);
  return spans;
}

/**
 * The date of a month written without its year at the end of a range that starts with one:
 * "2024年3月至12月" → 2024-12; "2024年3月至12月底" → 2024-12-31; listed after one: "2024年5月、10月底前" →
 * 2024-10-31; or in brackets after a season of
 * that year: "2024年汛前（5月15日前）" → 2024-05-15. Null when there is no such range.
 */
function rangeEndDate(s: string, spans: DateSpan[], m: RegExpExecArray, mo: number): string | null {
  const from = spans.find(
    (sp) =>
      sp.end <= m.index &&
      sp.date !== null &&
      (RANGE_GAP.test(s.slice(sp.end, m.index)) ||
        // 2024年6-10月: the first month is written without its 月, right after the year; 2024年汛前（5月
        // 15日前）: a season of the year, its date in brackets.
        (sp.date.length === 4 &&
          (MONTH_RANGE_GAP.test(s.slice(sp.end, m.index)) ||
            SEASON_BRACKET_GAP.test(s.slice(sp.end, m.index))))),
  );
  if (!from?.date) return null;
  const y = Number(from.date.slice(0, 4));
  return valid(y, mo) ? monthDate(y, mo, m[2], m[3]) : null;
}

/**
 * A date in month `mo` of year `y` (both valid): its day when written and real ("YYYY-MM-DD"), its last
 * day for 底/末, else the month ("YYYY-MM").
 */
function monthDate(y: number, mo: number, day?: string, when?: string): string {
  if (day) {
    const d = Number(day);
    return valid(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : `${y}-${pad(mo)}`;
  }
  if (when && /底|末/.test(when)) return `${y}-${pad(mo)}-${pad(lastDay(y, mo))}`;
  return `${y}-${pad(mo)}`;
}

/** The latest determinable date of the spans (the final deadline), or null. */
export function latestDate(spans: DateSpan[]): string | null {
  let best: string | null = null;
  for (const sp of spans) {
    if (sp.date === null) continue;
    // Compare on a padded key so "2022" < "2022-04" < "2022-04-30".
    if (best === null || sp.date > best) best = sp.date;
  }
  return best;
}

/**
 * The deadline a target states (canonical text `s`, its spans): the latest date, but for a bracket's note of
 * another case after a date of its own — 2024年底前（跨年项目2025年6月）, 2024年10月（续建项目2025年6月前）: the note
 * (words before its date inside the bracket) is an exception, not the target (2024-12-31). A bracket that only
 * gives the date's day (2024年雨季前（6月底）, 2024年汛前（5月15日前）) or starts with its date stays read.
 */
export function deadlineOf(s: string, spans: DateSpan[]): string | null {
  if (spans.length < 2 || s.indexOf("(") < 0) return latestDate(spans);
  let kept: DateSpan[] | null = null;
  for (let k = 1; k < spans.length; k++) {
    const sp = spans[k];
    const open = s.lastIndexOf("(", sp.start);
    if (
      sp.date === null ||
      open < 0 ||
      s.indexOf(")", open) < sp.end ||
      !NOTE_BEFORE.test(s.slice(open + 1, sp.start))
    )
      continue;
    const outer = spans[0];
    if (outer.end > open || outer.date === null || sp.date.startsWith(outer.date)) continue;
    kept ??= spans.slice();
    kept.splice(kept.indexOf(sp), 1);
  }
  return latestDate(kept ?? spans);
}

/** Words a bracket's note opens with before its date: 跨年项目, 如遇特殊情况, 续建项目 (no digit, no sign). */
const NOTE_BEFORE = /^\s*[\u4e00-\u9fa5][\u4e00-\u9fa5\s,、]{1,15}$/;

/** Excel serial → "YYYY-MM-DD" (1900 date system). */
export function serialToDate(serial: number): string {
  const ms = Date.UTC(1899, 11, 30) + Math.round(serial) * 86400000;
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** A plausible serial for a deadline in 1990–2100. */
export function isPlausibleSerial(n: number): boolean {
  return Number.isInteger(n) && n >= 32874 && n <= 73415;
}

/** Names that ask for a time (时效): a serial number under such a name is a date leak. */
export const TIME_NAME = /时间|日期|时限|期限|截止|完成时|完工|竣工时|工期|节点|时效|进度/;
