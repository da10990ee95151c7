/** A date that closes a name or opens the item: 2024年6月底前完成, 第3季度，完成验收. */
import { perBefore } from "../comparators";
import { FESTIVALS, findDates, WORK_SEASONS, type DateSpan } from "../dates";
import { stickyTest } from "./scan";
import { startsTarget, RELATIVE_CLAUSE, TARGET_WORD_START, stateAtEnd, ZERO_TAIL } from "./patterns";
import { stateTail } from "../sentences";
import { isBareQuantity } from "./quantity";

/**
 * 确保, 力争, 争取, 计划, 预计, 拟 and 于, 在 before a date that opens an item — also after 项目, the
 * project itself (项目于2024年12月底前完工, 项目计划于…): words of no name.
 */
const JOIN_BEFORE_DATE = /^\s*(?:项目\s*)?(?:确保|力争|争取|计划|预计|拟)?\s*(?:于|在)?\s*/;

/**
 * The period a date recurs in (每季度), or a season it explains (暑期（…）, 防火期（…）) — also a time before which the
 * work is done, the bracket giving its date (汛期前（5月31日前）, 采暖季前（10月15日前）, 开学前（8月31日前）).
 */
const PERIOD_BEFORE_DATE =
  /^\s*(?:每(?:季度|半年|年|月)|(?:暑期|暑假|寒假|汛前|汛期|春季|夏季|秋季|冬季|(?:防火|禁渔|休渔|禁捕|禁牧|采暖|供暖)期|[\u4e00-\u9fa5]{1,4}前)\s*[(（])\s*/;

/** Work finished: 完成施工, 完工, 建成, 发放到位. */
const FINISHED = /完成|完工|竣工|建成|到位|交付|投用|投入使用/;

/** "2023年12月底前完成" with no name: the whole text is the target. */
export function startsWithDate(c: string): boolean {
  return dateFirstStart(c, findDates(c)) >= 0;
}

/** 全年…, 年内…, 当年…: the text opens with a period that names no date (and holds no other date). */
export function startsWithPeriod(c: string): boolean {
  const spans = findDates(c);
  return spans.length === 1 && spans[0].date === null && dateFirstStart(c, spans) >= 0;
}

/**
 * Where the target starts in a text that opens with a date (after 于, 确保 …), or -1: at the date, or
 * at the period or season before it — its months bounding any work under a 时效 label (`timed`).
 */
function dateFirstStart(c: string, spans: DateSpan[], timed = false): number {
  if (spans.length === 0 || yearOfWork(c, spans)) return -1;
  // "于2024年12月底前完成全部建设任务", "确保12月底前全部入住": a joining word before the date; "每季度首月
  // 15日前发放到位", "暑期（7月-8月）完成施工": the period it recurs in, or a season the date explains.
  const join = JOIN_BEFORE_DATE.exec(c)?.[0].length ?? 0;
  let at = dateRunStart(c, spans, 0);
  // "次年1月底前完成结算": the year a month is named in belongs to the date.
  if (at === join + 2 && YEAR_WORD_BEFORE.test(c.slice(join, at))) at = join;
  if (at === join) return join;
  const period = PERIOD_BEFORE_DATE.exec(c.slice(join));
  if (period === null || at !== join + period[0].length) return -1;
  // A season's months are a deadline only for work finished in them (暑期（7月-8月）完成施工), not for what
  // goes on through them (冬季（12月-次年2月）开展供暖保障).
  // (A time before which, 汛期前（…）, is a deadline whatever the work; and under a 时效 label, 时效指标：防火期（1月1日
  // 至5月31日）全覆盖巡护, the season's months are the time the work is bound to, whatever it is.)
  const before = /前\s*[(（]\s*$/.test(period[0]);
  return timed || before || period[0].trimStart().startsWith("每") || FINISHED.test(c) ? join : -1;
}

/**
 * "全年工作部署到位", "全年目标任务完成", "全年安全生产形势稳定", "全年渔船重大安全事故为零": 全年 opening a name
 * that a state (or none at all) closes is the name's (the year's work), no period of the target — not 全年
 * alone, nor before a figure (全年365天不间断作业) or before the work with no name (全年完成培训任务, a period the
 * work is done in).
 */
function yearOfWork(c: string, spans: DateSpan[]): boolean {
  const first = spans[0];
  if (first.date !== null || !c.startsWith("全年", first.start) || first.end !== first.start + 2)
    return false;
  const rest = c.slice(first.end);
  if (/\d/.test(rest) || c.slice(0, first.start).trim() !== "") return false;
  // (全年渔船重大安全事故为零, 全年重大安全事故零发生: none of them in the year, a state too.)
  const state = stateTail(rest) ?? stateAtEnd(rest) ?? ZERO_TAIL.exec(rest);
  return state !== null && rest.slice(0, state.index).trim().length >= 2;
}

/** The flood and rain seasons before 前 beside 汛前/汛期 (主汛期前, 入汛前, 汛期来临前, 雨季来临前). */
const RAIN_SEASONS = "主汛期|入汛|汛期来临|雨季(?:来临)?";

/**
 * What closes a deadline written first: 前, 之前, 以前, 内 (1季度内), 起 (首月1日起), a season of the year
 * (2024年汛前, 2025年主汛期前, 2025年雨季前), and the bracket of a season's date (汛前（5月15日前）).
 */
const DEADLINE_CLOSE = new RegExp(
  String.raw`^\s*(?:汛前|汛期|(?:${RAIN_SEASONS})(?=\s*前))?\s*(?:前|之前|以前|内|以内|起)?\s*\)?\s*`,
);

/**
 * After a year alone, a festival or a season of work of that year closes the deadline too (2025年春节前, 2026年开学前):
 * the name is the work after it (发放到位, not 春节前发放到位). After a month it stays the work's (9月开学前完成, as
 * round 124 decided).
 */
const YEAR_DEADLINE_CLOSE = new RegExp(
  String.raw`^\s*(?:汛前|汛期|(?:${RAIN_SEASONS}|${FESTIVALS}|${WORK_SEASONS})(?=\s*前))?\s*(?:前|之前|以前|内|以内|起)?\s*\)?\s*`,
);

/**
 * "2024年12月31日前完成年度治理任务", "汛前（5月15日前）完成主体工程": a deadline written first, then the
 * work it is for — which names the indicator (the target is the deadline). The deadline as [start, end)
 * and where the work starts, or null when the text is the date alone, or more than one date and its
 * work (milestones), or the words after it hold a number or a clause. `timed`: under a 时效 label.
 */
export function deadlineFirst(c: string, timed = false): { start: number; end: number; work: number } | null {
  const spans = findDates(c);
  const start = dateFirstStart(c, spans, timed);
  if (start < 0) return null;
  let last = spans.length - 1;
  // "2024年11月底前完成全年筛查任务": a period the work is of (全年, 上半年) names no deadline of its own.
  // "2024年6月底前完成汛前维修养护": so does a season inside the work's words (汛前维修养护, the work's name).
  while (
    last > 0 &&
    spans[last].date === null &&
    !saidAgain(c, spans, last) &&
    (isWorkPeriod(c, spans, last) || isSeasonOfWork(c, spans, last))
  )
    last--;
  // One run of dates (2024年5月-12月 is one): a second date later is a milestone of its own.
  if (dateRunStart(c, spans, last) !== dateRunStart(c, spans, 0) && !yearThenEventDay(c, spans, last))
    return null;
  const closing = /\d\s*年\s*$/.test(c.slice(spans[last].start, spans[last].end))
    ? YEAR_DEADLINE_CLOSE
    : DEADLINE_CLOSE;
  const close = closing.exec(c.slice(spans[last].end));
  const end = spans[last].end + (close ? close[0].trimEnd().length : 0);
  const work = spans[last].end + (close ? close[0].length : 0);
  const rest = c.slice(work).replace(/[\s。.;,]+$/, "");
  return rest.length >= 2 && WORK_WORDS.test(rest) ? { start, end, work } : null;
}

/**
 * 2024年伏季休渔期结束前（9月16日）完成设备更换: the year, then the time before which the work is done, its day in
 * brackets — one deadline (the bracketed day in that year), not two milestones.
 */
function yearThenEventDay(c: string, spans: DateSpan[], last: number): boolean {
  return (
    last === 1 &&
    YEAR_ALONE.test(c.slice(spans[0].start, spans[0].end)) &&
    EVENT_BEFORE_BRACKET.test(c.slice(spans[0].end, spans[1].start))
  );
}
const YEAR_ALONE = /^\d{4}\s*年$/;
const EVENT_BEFORE_BRACKET = /^[\u4e00-\u9fa5]{1,10}前\s*[(（]\s*$/;

/**
 * Whether span k is a period the work after a deadline is of: 全年, 当年, 本年度, 上半年, 下半年 among the work's
 * words — not a deadline of its own (…前, …内), nor part of the date before it (2024年全年 is one period).
 */
function isWorkPeriod(c: string, spans: DateSpan[], k: number): boolean {
  const span = spans[k];
  return (
    WORK_PERIOD.test(c.slice(span.start, span.end)) &&
    !DEADLINE_AFTER.test(c.slice(span.end, span.end + 3)) &&
    !DATE_JOIN.test(c.slice(spans[k - 1].end, span.start))
  );
}
const WORK_PERIOD = /^(?:全年|当年|本年度|[上下]半年)$/;

/**
 * Whether span k, a time with no date, stands inside the work's words after the deadline (2024年6月底前完成 | 汛前 |
 * 维修养护): a verb of two characters or more right before it, no mark between, and words after it.
 */
function isSeasonOfWork(c: string, spans: DateSpan[], k: number): boolean {
  const span = spans[k];
  return (
    WORK_BEFORE_SEASON.test(c.slice(spans[k - 1].end, span.start)) &&
    WORK_AFTER_SEASON.test(c.slice(span.end))
  );
}
const WORK_BEFORE_SEASON = /^\s*(?:前|之前|以前|内)?\s*[\u4e00-\u9fa5]{2,6}$/;
const WORK_AFTER_SEASON = /^[\u4e00-\u9fa5]{2,12}[\s。.;,]*$/;

/** "当年完工当年见效": the first period said again opens a second milestone, not the work's period. */
function saidAgain(c: string, spans: DateSpan[], k: number): boolean {
  return c.slice(spans[k].start, spans[k].end) === c.slice(spans[0].start, spans[0].end);
}
const DEADLINE_AFTER = /^\s*(?:前|以前|之前|内|以内|底|末)/;

/**
 * The work after a deadline: words, none of them a digit, a comparator or a clause's punctuation — and
 * not a count (一季度一次) or what must not happen (全年不发生…, a state said of an event). A 、 between two
 * words lists what the work is done to (完成机耕路、沟渠修复).
 */
const WORK_WORDS =
  /^(?![一二三四五六七八九十两]|不|无|未|零)[\u4e00-\u9fff](?:[^\d≥≤<>=,;:、()%]|、(?=[\u4e00-\u9fff]))*$/;

/** Whether [na, nb) is a target with a number (≥8000平方米) and [ta, tb) words with none (a name). */
export function isValueFirst(c: string, na: number, nb: number, ta: number, tb: number): boolean {
  // A value starts with a digit, a comparator sign or word (不少于, 控制在), or 于/在 before a deadline;
  // most names start otherwise.
  const k = c.charCodeAt(na);
  const start =
    startsTarget(k) ||
    k === 0x63a7 /* 控 */ ||
    k === 0x4e8e /* 于 */ ||
    k === 0x5728 /* 在 */ ||
    k === 0x7b2c /* 第 */ ||
    k === 0x4e0a /* 上 */ ||
    k === 0x4e0b /* 下 */ ||
    k === 0x5e74 /* 年 */ ||
    // 一季度 … 四季度, read as a date below
    k === 0x4e00 ||
    k === 0x4e8c ||
    k === 0x4e09 ||
    k === 0x56db;
  if (!start) return false;
  const first = c.slice(na, nb);
  // "2024年12月底前，资金发放到位", "第3季度，完成验收": a deadline written first.
  const deadline = isDateOnly(first);
  if (!(deadline || isBareQuantity(first) || (TARGET_WORD_START.test(first) && /\d/.test(first))))
    return false;
  if (tb - ta > 30) return false;
  // "≥90%，较上年有所提高": words relating the target to last year are no name.
  if (stickyTest(RELATIVE_CLAUSE, c, ta)) return false;
  for (let i = ta; i < tb; i++) {
    const k = c.charCodeAt(i);
    if ((k >= 48 && k <= 57) || k === 37) return false;
  }
  return true;
}

/** A deadline and nothing else: 2024年12月底前, 于2024年9月1日前, 第3季度, 12月底前. */
function isDateOnly(t: string): boolean {
  const spans = findDates(t);
  if (spans.length !== 1) return false;
  const lead = /^\s*(?:于|在)?\s*/.exec(t);
  return (
    spans[0].start === (lead ? lead[0].length : 0) && /^\s*(?:前|以前|之前)?\s*$/.test(t.slice(spans[0].end))
  );
}

/**
 * What may follow a deadline at the end of an item: 前, 前完成, 前竣工验收, 前足额兑付, 前拨付到位, 前结算完毕, 前建成
 * and 前建成投用, 前并网, 前通水 (a thing built, then put to use: two acts at most), and where a payment goes, 前兑付到户, 前发放到人 …;
 * also a state reached by then (前覆盖全员, 前实现全覆盖, 前清零, 前达标): what the subject before the deadline is to be.
 */
const DEADLINE_REST =
  /^(?:(?:主?汛期?|入汛|雨季)(?:来临)?前|前|之前|以前)?(?:(?:足额|全额|及时|全部){0,2}(?:完成|开工|竣工|竣工验收|完工|验收|交付|交付使用|投入使用|上线|启动|实施|发放|拨付|兑付|支付|兑现|下达|办结|到位|结算|清算|报送|上报|建成|投用|投产|投运|通车|通水|通电|开通|并网|发电|挂牌|落成|开园|开放|入住|投入运营|投入运行|覆盖全员|全员覆盖|实现全覆盖|全覆盖|覆盖到位|清零|销号|达标){1,2}(?:到位|完毕|到户|到人|到村|到账|到校)?)?[\s。.;,:、]*$/;

/** A date at the very end of a name: "完成时间2023年底" → index of "2023". */
export function trailingDate(c: string): number {
  const spans = findDates(c);
  const last = spans[spans.length - 1];
  if (!last) return -1;
  // "2025年12月底前完成全年发放": a period the work is of (全年, 上半年) after a deadline is the work's words, no
  // date closing the name (deadlineFirst reads the deadline and the work).
  if (
    spans.length > 1 &&
    isWorkPeriod(c, spans, spans.length - 1) &&
    DEADLINE_AFTER.test(c.slice(spans[spans.length - 2].end, spans[spans.length - 2].end + 3))
  )
    return -1;
  let start = dateRunStart(c, spans, spans.length - 1);
  // "补贴资金于每年11月底前拨付到位": the year a month is named in belongs to the date.
  if (start >= 2 && YEAR_WORD_BEFORE.test(c.slice(start - 2, start))) start -= 2;
  // "每季度首月15日前发放到位": so does the period the date recurs in.
  const per = perBefore(c, start);
  if (per >= 0) start = per;
  if (start === 0) return -1;
  // "于2024年12月底前完成…", "计划2024年10月完工", "项目于2024年12月底前完工": with only joining words
  // before it (JOIN_BEFORE_DATE), the date opens the item — the work after it names it (deadlineFirst),
  // or the whole text is the target (startsWithDate).
  if (JOIN_BEFORE_DATE.exec(c)?.[0].length === start) return -1;
  const rest = c.slice(last.end);
  if (DEADLINE_REST.test(rest)) return start;
  // "资金于2024年6月30日前拨付到位": after 于 or 在 the date and the work it is for are the target.
  const joined = c.charCodeAt(start - 1) === 0x4e8e || c.charCodeAt(start - 1) === 0x5728;
  return joined && rest.length <= 12 && !/\d/.test(rest) ? start : -1;
}

/**
 * Where the dates that end with span k start: 2024年全年, 2024年-2026年, 2024年6-10月 and 2024-2026年
 * are one period each.
 */
function dateRunStart(c: string, spans: DateSpan[], k: number): number {
  let start = spans[k].start;
  for (let j = k - 1; j >= 0 && DATE_JOIN.test(c.slice(spans[j].end, start)); j--) start = spans[j].start;
  const lead = YEAR_RANGE_LEAD.exec(c.slice(Math.max(0, start - 8), start));
  return lead ? start - lead[0].length : start;
}

const YEAR_WORD_BEFORE = /^(?:每年|当年|次年|本年|今年)$/;

// 至, 到, a dash — or a 、 between deadlines (1月25日前、7月31日前), which are one target.
const DATE_JOIN = /^\s*(?:(?:\d{1,2}\s*月?\s*)?(?:至|到|-|—|–|~|～)\s*|(?:前|以前|之前)?\s*、\s*)?$/;

const YEAR_RANGE_LEAD = /\d{4}\s*年?\s*(?:至|到|-|—|–|~|～)\s*$/;
