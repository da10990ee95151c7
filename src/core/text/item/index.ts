/**
 * One indicator's text → numbering, category prefix, name and target text.
 * "1、产出指标：巡查企业数，不少于2万家次。" → seq 1, 产出指标, 巡查企业数, 不少于2万家次
 * "指标1:机柜数量(≥77台)" → seq 1, 机柜数量, ≥77台
 * "故障最大恢复时间<24小时，恢复时间目标RTO（不超过半小时）" → name 故障最大恢复时间, target from "<24小时"
 */
import { type Level1, type Level2 } from "../../record";
import { lexiconUnitAt } from "../units";
import {
  canon,
  endBeforePunct,
  endBeforeSpace,
  isCjk,
  isDigit,
  isSpace,
  isTailEnd,
  withoutFootnoteMarks,
} from "../chars";
import { categoryOfLabel, namesOtherBlock } from "../categories";
import { actAfterBound, CHANGE_WORD, NAME_COMPARATOR_PATTERN, perBefore } from "../comparators";
import { leadingNumbering } from "../segment";
import {
  CELL_LABEL,
  hasDigitOrMark,
  ownPart,
  QUALITATIVE_TAIL,
  restatesTarget,
  JOINT_STATE,
  PERIOD_LED,
  stateTail,
  TIMING_TAIL,
  endsWithCnCount,
  isDeedThenDateAlone,
} from "../sentences";
import { mayStartStageAt } from "../dates";
import { cnNumeralValue, isCnMagnitudeCode, isCnNumeralCode } from "../numbers";
import { isMilestones, lastStage, LEAD_VERBS, parseTarget } from "../target";
import { stickyTest, isBlank, isDash, firstNonSpace, matchingOpen, pastBullet } from "./scan";
import { separatorIndex, trailingTargetBracket, insideBracketBefore } from "./brackets";
import {
  RELATIVE_TAIL,
  CHANGE_TAIL,
  PERCENT_CHANGE,
  STANDARD_VERB,
  GRADE_TAIL,
  TARGET_WORDS,
  HELD_WITHIN,
  TIMES_OF,
  YEAR_FIGURE_BEFORE,
  QUANTITY_ONLY,
  CLOCK_TAIL,
  CELL_LABEL_FIRST,
  TASK_LABEL,
  RATIO_INSIDE,
  CLOCK_INSIDE,
  CLOCK_DEADLINE,
  RATIO_TAIL,
  ZERO_TAIL,
  NONE_VISIBLE_TAIL,
  NEGATION_FIRST,
  VERB_FIRST,
  VERB_OBJECT_FIRST,
  mayStateWork,
  RELATIVE_TARGET,
  startsTarget,
  RELATIVE_CLAUSE,
  PLACEHOLDER_TAIL,
  TARGET_WORD_START,
  QUANTITY_INSIDE,
  CN_TIME_WITHIN,
  SATISFACTION_LABEL,
  TARGET_LABEL,
  RESOLVE_START,
  RESOLVE_FIRST,
  mayEndWithModal,
  MODAL_TAIL,
  JOINING_WORD,
  WORD_BEFORE_WEI,
  STATE_TAIL,
  stateAtEnd,
  SERVICE_TAIL,
  OUTCOME_FIRST,
  COMPARED_WORDS,
  PHRASE_TAIL,
  mayEndWithPhrase,
  ADVERB_TAIL,
  mayEndWithAdverb,
  vagueAtEnd,
  WITHIN_TIME,
  PERCENT_FIRST,
  mayStartPercent,
  DIMENSION,
} from "./patterns";
import { boundFirst, endsWithMeasure, leadsIn, ownNameState } from "./leadIn";
import { mayEndWithQuantity, trailingQuantity, isBareQuantity, isAbout } from "./quantity";
import { startsWithDate, startsWithPeriod, isValueFirst, trailingDate, deadlineFirst } from "./dateTail";
import { unmarkedName } from "./names";
import { unitBracketAt } from "./nameUnit";
import {
  NAME_LABEL,
  labelledTarget,
  unitLabelIn,
  labelColon,
  labelComma,
  aspectBefore,
  labelSpace,
  labelStop,
  BRACKET_LABEL_PREFIX,
  mayHoldComparator,
} from "./labels";
import { codeSet } from "../charClass";

export interface ItemParts {
  seq: number | null;
  level1: Level1 | null;
  level2: Level2 | null;
  name: string;
  target: string;
  /** The target's canonical form (chars.ts), for parseTarget. */
  targetCanon: string;
  /** The target was read from a bracket after the name: 机柜数量(≥77台). */
  fromBracket: boolean;
  /** The item is the project's goal, labelled so in the cell ("绩效目标：保障机关正常运转"), not an indicator. */
  goal?: boolean;
  /** A task heading of a department's goal with no number (任务1：农田水利建设): context, no indicator. */
  task?: boolean;
  /** The text after a goal label that has numbers ("绩效目标：2024年完成改造12个"): the goal if the cell labels its indicators apart. */
  goalText?: string;
  /**
   * The item follows the label of a block of no category record.md names ("管理指标：档案完整率100%",
   * categories.ts namesOtherBlock): it is of no category, not of the one before the label.
   */
  otherBlock?: true;
}

/**
 * A bound's figure and unit, then 的 and what is counted: 超过5万元的脱贫户, 超过5000人的村 (one character is
 * enough: the target's own sign must follow, boundOfCounted).
 */
const BOUND_THEN_COUNTED = /^\S{1,6}?\s*\d+(?:\.\d+)?\s*[万亿千]?[\u4e00-\u9fa5/]{0,3}的[\u4e00-\u9fa5]/;
/** What is counted, then a comma and a bare figure with its unit to the end: …的村，10个. */
const BARE_COUNT_AFTER =
  /^[\u4e00-\u9fa5]{0,12}[,，]\s*(?=约|共|共计|\d)(?:约|共|共计)?(?!\d{4}\s*年)\d+(?:\.\d+)?\s*[万千亿]?\s*(?:%|[\u4e00-\u9fa5]{1,3})\s*[。.;；]?$/;
/** The target's own sign and figure, later in the name. */
const SIGN_THEN_FIGURE = /(?:[≥≤<>=]|[<>]=)\s*(?=\d)/;

/**
 * 年收入超过5万元的脱贫户数≥300户: where the comparator at `at` (a word's bound on what is counted, …的 after it) is
 * followed by the target's own sign and figure, that later comparator, as the name's pattern match; else null.
 */
function boundOfCounted(c: string, p: number, at: number, end: number): RegExpExecArray | null {
  const m = BOUND_THEN_COUNTED.exec(c.slice(at, end));
  if (!m || /[≥≤<>=]/.test(m[0])) return null;
  const from = at + m[0].length;
  const later = SIGN_THEN_FIGURE.exec(c.slice(from, end));
  // (覆盖人口超过5000人的村，10个: after a comma, a bare figure and its unit alone are the target too, its sign "=".)
  if (!later) {
    const bare = BARE_COUNT_AFTER.exec(c.slice(from, end));
    if (!bare) return null;
    const figure = /(?<=[,，]\s*)\S/.exec(bare[0]) as RegExpExecArray;
    figure.index += from - p;
    return figure;
  }
  // (年收入超过5万元的脱贫户数，≥300户: one comma or colon may close the name right before the sign.)
  if (/[,;:。，；：]/.test(c.slice(from, from + later.index).replace(/[,:，：]\s*$/, ""))) return null;
  const found = NAME_COMPARATOR_PATTERN.exec(c.slice(from + later.index, end));
  if (!found || found.index !== 0) return null;
  found.index = from + later.index - p;
  return found;
}

/** 全年, 常年 closing a name: the period its target holds over. */
const PERIOD_LAST = /(?:全年|常年)$/;

/** Whether [a, b) of `c` holds a digit. */
function hasDigitIn(c: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (isDigit(c.charCodeAt(i))) return true;
  return false;
}

/**
 * The length of a lead verb (LEAD_VERBS) right before a state that starts at `at` (新增违法建设|实现|“零增长”):
 * the target's, not the name's — when a name of two characters or more stands before it. 0 when none.
 */
function leadVerbBefore(cn: string, at: number): number {
  if (at < 4) return 0;
  for (const verb of LEAD_VERBS) if (cn.startsWith(verb, at - 2)) return 2;
  // "群众野生动物肇事损失得到及时补偿": what the name's subject receives opens the target.
  return cn.startsWith("得到", at - 2) ? 2 : 0;
}

/**
 * "监测评估结论为“良好”", "年度考核被评为“优秀”": a word in quotes closing the words after 为 or a verb of reaching
 * (达到, 评为, 获评) is the target (its 为 joins it to the name, which drops it) — not a name's quoted words
 * (开展“三下乡”活动, 创建“全国文明城市”: no such word before them).
 */
function quotedTail(cn: string): { index: number } | null {
  const last = cn.charCodeAt(endBeforePunct(cn, 0, cn.length) - 1);
  if (last !== 0x201d /* ” */ && last !== 0x300d /* 」 */) return null;
  const m = QUOTED_TARGET.exec(cn);
  if (!m || m.index < 2) return null;
  return m[1] !== undefined || cn.charCodeAt(m.index - 1) === 0x4e3a /* 为 */ ? m : null;
}
const QUOTED_TARGET = /(达到|评为|获评)?\s*[“「][^“”「」\d,;:。]{1,10}[”」][\s。.;,]*$/;

/** Where a bracket opened in [a, b) of canonical text is left open at `b`, or -1. */
function openBracketIn(c: string, a: number, b: number): number {
  let depth = 0;
  for (let k = b - 1; k >= a; k--) {
    const code = c.charCodeAt(k);
    if (code === 41) depth++;
    else if (code === 40 && depth-- === 0) return k;
  }
  return -1;
}

/**
 * "医保基金运行平稳" (a state), "普查成果为宏观决策提供数据支撑" (a service), "项目按合同约定时间完成" (a
 * schedule), "形成可复制可推广经验" (an outcome with no name): where the qualitative target starts, or null.
 * Each pattern is tried only where its words can be (the state's last character, 提供, 按, 形成).
 */
function stateOrServiceTail(cn: string): { index: number } | null {
  const state = stateAtEnd(cn);
  // "按合同约定时间完成": a schedule that closes with work done (完成) is the service's whole, not a state.
  const service = cn.includes("提供") || cn.includes("按") ? SERVICE_TAIL.exec(cn) : null;
  if (state && !(service && service.index < state.index)) return state;
  if (service) return service;
  return OUTCOME_FIRST.test(cn) ? { index: 0 } : null;
}

/**
 * Whether words state a piece of work (VERB_OBJECT_FIRST: 保障机关正常运转, 为…提供数据支撑) rather than a state
 * reached by a verb (提升明显, 改善显著: a target with no name).
 */
function statesWork(cn: string): boolean {
  if (!mayStateWork(cn) || !VERB_OBJECT_FIRST.test(cn)) return false;
  const state = (mayEndWithPhrase(cn) ? PHRASE_TAIL.exec(cn) : null) ?? QUALITATIVE_TAIL.exec(cn);
  return state === null || state.index >= 2;
}

/**
 * Whether the words after an adverb that opens them (有效保障…, 切实改善…, 进一步提升…) state work (statesWork);
 * false when no adverb opens them (the words themselves were asked already).
 */
function statesWorkAfterAdverb(cn: string): boolean {
  const adverb = WORK_ADVERB.exec(cn);
  return adverb !== null && statesWork(cn.slice(adverb[0].length));
}
const WORK_ADVERB = /^\s*(?:有效|切实|进一步|全面|持续)/;

/**
 * 带动农牧民增收 | 成效明显, 带动群众就业 | 效果显著: the effect of a deed closing the words — under a label the deed
 * names the indicator, as in a numbered item, where a deed alone (带动群众增收) is a target with no name.
 */
const DEED_EFFECT = /(?<=[\u4e00-\u9fa5]{2})(?:效果|成效)(?:显著|明显)[\s。.;,]*$/;

/** 零伤亡, 零事故, 零投诉, 零差错 opening a target: none of a thing counted (not 零发生, 零增长: what does not happen). */
const ZERO_COUNTED = /^\s*[“"]?零(伤亡|事故|投诉|差错)[”"]?[\s。.;,]*$/;

/**
 * "②按月发放到位", "及时拨付": a schedule and its act with no name (TIMING_TAIL from the first word), in a cell
 * of indicators without a label — the qualitative target, as it is under one (时效指标：按月发放到位).
 */
function scheduleAlone(cn: string): boolean {
  return TIMING_TAIL.exec(cn)?.index === 0;
}

/**
 * WITHIN_TIME's match after a name, or null: not after a moment (发现问题时, 5月底前), nor after a month, where
 * the figure is a day of it (首月15日内拨付到位, a deadline). After a condition (补贴申请受理后, 交办之日起) of two
 * characters or more it is taken: the condition and the act name the indicator (补贴申请受理后发放), as 故障台站修复
 * is named.
 */
function withinTime(cn: string): RegExpExecArray | null {
  const m = WITHIN_TIME.exec(cn);
  if (!m || m.index < 2) return null;
  const end = endBeforeSpace(cn, 0, m.index);
  const last = cn.charCodeAt(end - 1);
  if (!AFTER_NO_NAME.has(last)) return m;
  return CONDITION_END.has(last) && end >= 3 ? m : null;
}

/** What a condition ends with: 后 (受理后), 起 (之日起). */
const CONDITION_END = codeSet("后起");

/**
 * "硬化道路长1.2公里、宽3.5米", "新建道路1.2公里、宽3.5米": the measures of one thing listed with 、 (or a
 * comma), each after the first written after its dimension — the first, its size (1.2公里), gives the value,
 * and the others are the target's too: from the quantity at `q`, back over the dimensions and their figures before it. `q` itself
 * when there is no such list.
 */
function firstMeasure(cn: string, q: number): number {
  let at = q;
  while (at >= 4 && isDigit(cn.charCodeAt(at))) {
    let k = at;
    if (cn.charCodeAt(k - 1) === 0x5ea6 /* 度 */) k--;
    if (!DIMENSION.has(cn.charCodeAt(k - 1))) break;
    k--;
    const mark = cn.charCodeAt(k - 1);
    if (mark !== 0x3001 /* 、 */ && mark !== 44) break;
    const head = cn.slice(0, k - 1);
    const q2 = trailingQuantity(head);
    if (q2 < 2 || !QUANTITY_ONLY.test(head.slice(q2))) break;
    at = q2;
  }
  return at;
}

/** 共, 共计, 合计, 总计 between a count and its size (新建公厕2座共300平方米). */
const TOTAL_BETWEEN = /(?:共计?|合计|总计)\s*$/;
/** What a total word starts with, where a target read from it begins: 共 合 总. */
const TOTAL_FIRST = codeSet("共合总");

/**
 * Where a count with its unit stands before the quantity at `q`, across 约 (the quantity's) or a total word:
 * 停车场1处约1500平方, 新建公厕2座共300平方米 — both are the target, as 培训4期200人次 reads (the count
 * gives the value), and the name keeps no figure. -1 when none.
 */
function quantityAcrossTotal(cn: string, q: number): number {
  let h = q;
  if (isDigit(cn.charCodeAt(q))) {
    const total = TOTAL_BETWEEN.exec(cn.slice(Math.max(0, q - 3), q));
    if (!total) return -1;
    h = q - total[0].length;
  }
  const q2 = trailingQuantity(cn.slice(0, h));
  return q2 >= 2 && QUANTITY_ONLY.test(cn.slice(q2, h)) ? q2 : -1;
}

/** WITHIN_TIME's match when it opens the words (6个月内完工: no name before the time), or null. */
function withinFirst(cn: string): RegExpExecArray | null {
  const first = firstNonSpace(cn, 0, cn.length);
  if (!(isDigit(first) || isCnNumeralCode(first)) || !cn.includes("内")) return null;
  const m = WITHIN_TIME.exec(cn);
  return m && cn.slice(0, m.index).trim() === "" ? m : null;
}

/**
 * "群众投诉受理后3个工作日": a figure right after a condition (…后) with no act after it has no name before it —
 * the condition is no name; the sentence is both name and target, as a sentence holding its own number reads.
 * (With an act after the time, 补贴资金审核后30日内拨付, withinTime names it 补贴资金审核后拨付.)
 */
function afterCondition(cn: string, at: number): boolean {
  // (一个月内, 两天内, 半个月内: a time in Chinese numerals too.)
  if (at < 3 || !(isDigit(cn.charCodeAt(at)) || isCnNumeralCode(cn.charCodeAt(at)))) return false;
  const last = endBeforeSpace(cn, 0, at) - 1;
  const c = cn.charCodeAt(last);
  // (So is the day a time counts from: 议案建议交办之日起3个月内办结, 自受理之日起15日内.)
  return c === 0x540e /* 后 */ || (c === 0x8d77 /* 起 */ && cn.charCodeAt(last - 1) === 0x65e5); /* 日 */
}

/**
 * "全年完成不少于500人次培训", "开展不少于12期培训": after a comparator's number at `k`, its unit (the list's),
 * then what is counted — two to eight Chinese characters closing the item (not a bound: 以上, 左右) — as
 * [start, end), or null.
 */
function countedAfter(c: string, k0: number, end: number): [number, number] | null {
  let k = k0;
  while (k < end && (isDigit(c.charCodeAt(k)) || c.charCodeAt(k) === 46)) k++;
  if (k === k0 || k >= end) return null;
  if (isCnMagnitudeCode(c.charCodeAt(k))) k++;
  const unit = lexiconUnitAt(c, k);
  if (unit === "") return null;
  const a = k + unit.length;
  const b = endBeforePunct(c, a, endBeforeSpace(c, a, end));
  if (b - a < 2 || b - a > 8 || BOUND_FIRST.has(c.charCodeAt(a))) return null;
  for (let i = a; i < b; i++) {
    const ch = c.charCodeAt(i);
    if (ch < 0x4e00 || ch > 0x9fff || NOT_COUNTED.has(ch)) return null;
  }
  return [a, b];
}

/** A percentage and the verb it is reached by, closing the words: 100%办复, 100%覆盖 (the verb, then the end). */
const PERCENT_VERB = /^\d+(?:\.\d+)?\s*%\s*([\u4e00-\u9fa5]{2,4})([\s。.;,]*)$/;

/** 稳定, 保持, 维持, 使, 促使 (not 使用), after 持续 or 进一步 or not, opening a name of a measure. */
const STATE_BEFORE_MEASURE = /^(?:持续|进一步)?(?:稳定|保持|维持|使(?!用)|促使)/;
const STATE_FIRST = codeSet("持进稳保维使促");

/** What a deadline closing a name ends with: 前 (6月底前), 底 (2024年6月底). */
const DEADLINE_LAST = codeSet("前底");

/**
 * Where a deadline closing the name [na, nb) starts, when a figure follows it in [nb, tb) (达100%, ≥95%), or
 * -1: two characters of name or more must stand before it, and it must not open the name.
 */
function deadlineBeforeFigure(c: string, na: number, nb: number, tb: number): number {
  if (!hasDigitOrMark(c, nb, tb)) return -1;
  const at = trailingDate(c.slice(na, nb));
  if (at < 2 || !hasDigitOrMark(c, na + at, nb)) return -1;
  // (Not a figure of the name's own before it: 培训1000人次6月底前.)
  if (hasDigitOrMark(c, na, na + at)) return -1;
  return na + at;
}

/** 率 and 度: a rate's or a degree's name ends in them (覆盖率, 满意度), and names its figure alone. */
const RATE_LAST = codeSet("率度");

/** States a percentage may be said to reach, no act done: 达标, 合格, 满意, 以上 … (they name nothing). */
const STATE_VERB = /^(?:达标|合格|满意|以上|以下|以内|及以上|左右)/;

/** Characters of a standard or a payment after a figure (…元标准发放, …万元拨付到位): what is done, not counted. */
const NOT_COUNTED = codeSet("标准发放拨付到位兑现完成");

/** What a bound after a unit starts with: 以上, 及以上, 之内, 内, 左右, 余, 多, 的 (…的比例), 每. */
const BOUND_FIRST = codeSet("以及之内左余多的每");

/**
 * What a condition or a month ends with before a time to act within: 后 时 前 月, and 起 of a day it
 * counts from (交办之日起3个月内办结, as 交办后3个月内办复 reads).
 */
const AFTER_NO_NAME = codeSet("后时前月起");

/**
 * "开展食品安全监督抽检\n批次": a name wrapped onto a second line in its cell is one name; the break between
 * two Chinese characters goes (not one before a heading or a number: 产出指标\n（一）数量指标 is the
 * segmenter's to read).
 */
function unwrapped(name: string): string {
  if (name.indexOf("\n") < 0 || name.includes("指标") || !WRAP.test(name)) return name;
  // "水质明显改善\n群众意识": a line that closes a target of its own is an indicator, not half a name.
  const lines = name.split("\n");
  for (let i = 0; i + 1 < lines.length; i++) if (closesTarget(lines[i].trimEnd())) return name;
  return name.replace(WRAP_ALL, "");
}

function closesTarget(line: string): boolean {
  return (
    QUALITATIVE_TAIL.test(line) ||
    TIMING_TAIL.test(line) ||
    PHRASE_TAIL.test(line) ||
    ADVERB_TAIL.test(line) ||
    STATE_TAIL.test(line) ||
    ZERO_TAIL.test(line) ||
    /\d/.test(line)
  );
}

const WRAP = /[\u4e00-\u9fa5]\s*\n\s*[\u4e00-\u9fa5]/;
const WRAP_ALL = /(?<=[\u4e00-\u9fa5])[^\S\n]*\n\s*(?=[\u4e00-\u9fa5])/g;

function isStagedWhole(text: string): boolean {
  // (年底前完成验收，2025年12月31日前: a deed and the date it is done by, one indicator named by the deed.)
  return (lastStage(text) > 0 || isMilestones(text)) && !isDeedThenDateAlone(text);
}

/**
 * `raw` is the item as written; `c` its canonical form (same offsets), passed in when the caller has
 * it already. Everything is decided on `c` and sliced from `raw`. `packed`: the item comes from a cell
 * of indicators (not a 三级 cell whose target has a column of its own): words ending in a change or a
 * state are its qualitative target even without a category label.
 */
/**
 * "(10分)" after a bracketed target (巡查河道长度(≥126公里)(10分)): the template's score for the item, not
 * part of it. Alone (考核得分(90分)) the bracket is the target itself.
 */
const SCORE_NOTE = /\)\s*(\(\s*\d+(?:\.\d+)?\s*分\s*\))[\s。.;,]*$/;

/**
 * Where a bracket of words closing [p, end) opens when a quantity stands right before it (1260名（含兼职护边员）),
 * else -1. Only a bracket the text ends with and that holds no digit (trailingTargetBracket takes those).
 */
function wordNoteAfterQuantity(c: string, p: number, end: number): number {
  if (c.charCodeAt(end - 1) !== 41 /* ) */) return -1;
  const open = matchingOpen(c, p, end - 1);
  if (open <= p + 2 || hasDigitOrMark(c, open, end)) return -1;
  return mayEndWithQuantity(c, p, open) && trailingQuantity(c.slice(p, open)) > 0 ? open : -1;
}

/** Where an item ends before a score note closing it (its length when there is none). */
function withoutScoreNote(c: string): number {
  let k = c.length;
  // Past what SCORE_NOTE lets close the item ([\s。.;,]), so that this quick test agrees with it.
  while (k > 0 && isTailEnd(c.charCodeAt(k - 1))) k--;
  if (c.charCodeAt(k - 1) !== 41 /* ) */ || c.charCodeAt(k - 2) !== 0x5206 /* 分 */) return c.length;
  const m = SCORE_NOTE.exec(c);
  return m ? c.lastIndexOf("(", k - 1) : c.length;
}

/**
 * Where a score note "(15分)" closing words opens (市民出行安全保障：有效保障（15分）), or -1: the note after a
 * Chinese character, as the last thing in the item.
 */
function scoreNoteAfterWords(c: string): number {
  let k = c.length;
  while (k > 0 && isTailEnd(c.charCodeAt(k - 1))) k--;
  if (c.charCodeAt(k - 1) !== 41 /* ) */ || c.charCodeAt(k - 2) !== 0x5206 /* 分 */) return -1;
  const open = c.lastIndexOf("(", k - 1);
  if (open < 1 || !isCjk(c.charCodeAt(endBeforeSpace(c, 0, open) - 1))) return -1;
  return WORDS_SCORE_NOTE.test(c.slice(open, k)) ? open : -1;
}
const WORDS_SCORE_NOTE = /^\(\s*\d+(?:\.\d+)?\s*分\s*\)$/;

/**
 * The item read without a score note after its words (市民出行安全保障：有效保障（15分）: 有效保障, qualitative;
 * 完成时限：2025年10月（10分）: a date), or null: only where words without a figure, or a date, are then its target — 考核得分（90分） has no other, and keeps it.
 */
function withoutWordsScoreNote(
  raw: string,
  c: string,
  numbering: { seq: number; end: number } | undefined,
  packed: boolean,
): ItemParts | null {
  const note = scoreNoteAfterWords(c);
  if (note < 0) return null;
  const item = parseItem(raw.slice(0, note), c.slice(0, note), numbering, packed);
  if (item.name === "" || item.target === "") return null;
  const kind = parseTarget(item.target, {}, item.targetCanon).kind;
  // A date or a period (资金发放时间：2025年12月底前（10分）, 演出完成时间：全年（10分）) is a target of its
  // own too: the score is then the only figure left, and never the target.
  if (kind === "date") return item;
  if (hasDigitOrMark(item.targetCanon, 0, item.targetCanon.length)) return null;
  return kind === "qualitative" ? item : null;
}

/** 项目1：, 项目一： (canonical text) — the project's number of an item. */
const PROJECT_NUMBER = /^\s*项目\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*:\s*/;

/** The whole indicator after 项目N： at `p` and N, or null when what follows is not one (a name and a target). */
function numberedProject(
  raw: string,
  c: string,
  p: number,
  end: number,
  packed: boolean,
): { item: ItemParts; seq: number } | null {
  const m = PROJECT_NUMBER.exec(c.slice(p, Math.min(end, p + 10)));
  if (!m || p + m[0].length >= end) return null;
  const q = p + m[0].length;
  const item = parseItem(raw.slice(q, end), c.slice(q, end), undefined, packed);
  if (item.name === "" || item.target === "" || item.seq !== null) return null;
  const seq = isDigit(m[1].charCodeAt(0)) ? Number(m[1]) : cnNumeralValue(m[1]);
  return seq === null ? null : { item, seq };
}

/**
 * "合格率达到95%；较上年有所提高", "1、安全事故发生率0；确保零发生": a last clause after a ； that only
 * restates the target before it is part of that target; the item is read without it (its target gives
 * the value), and the target then runs to the end. Null when the item has no such clause.
 */
function withRestatedTarget(
  raw: string,
  c: string,
  end: number,
  numbering: { seq: number; end: number } | undefined,
  packed: boolean,
): ItemParts | null {
  const close = endBeforePunct(c, 0, end);
  const semi = c.lastIndexOf(";", close - 1);
  if (semi <= 0 || !hasDigitOrMark(c, 0, semi) || !restatesTarget(c.slice(semi + 1, close))) return null;
  const item = parseItem(raw.slice(0, semi), c.slice(0, semi), numbering, packed);
  // (Nor when a unit from the name's bracket was put after the target: 资助金额（单位：万元）：≥300；….)
  if (item.target === "" || item.fromBracket || item.targetCanon.length !== item.target.length) return null;
  // Where the target read stands: it must close the text before the ； (not 达到95% before a name).
  const at = raw.lastIndexOf(item.target, semi);
  if (at < 0 || endBeforePunct(c, at, semi) !== at + item.target.length) return null;
  return { ...item, target: raw.slice(at, close), targetCanon: c.slice(at, close) };
}

/** Whether a ; stands in c[1..last]: a loop, since lastIndexOf is a runtime call and this is asked of every item. */
function semicolonInside(c: string, last: number): boolean {
  for (let k = Math.min(last, c.length - 1); k > 0; k--) if (c.charCodeAt(k) === 59) return true;
  return false;
}

/**
 * Whether [p, sep) is a deadline (…前) and the work it is for (…于2025年10月15日前完工, 2024年底前完成招标) and
 * (sep, end) words with no figure, comparator or date of their own (确保按时供热).
 */
function deadlineThenPurpose(c: string, p: number, sep: number, end: number): boolean {
  const after = c.slice(sep + 1, end);
  if (/[\d≥≤<>=%]/.test(after) || !/[\u4e00-\u9fff]{2}/.test(after)) return false;
  const before = c.slice(p, sep);
  // (A deadline says 前: 2024年食品安全状况，总体稳定 is a name of a year and its target.)
  if (!/\d[^,]*前/.test(before)) return false;
  return trailingDate(before) > 0 || deadlineFirst(before) !== null;
}

/**
 * Where the space before a yes or no closing [p, end) stands — 是, 否, 有, 无, or 已 and the thing done (已完成,
 * 已建立) — after a name of two characters or more ending in a Chinese character or a bracket: 厕所日常管护制度建立 是.
 * -1 when the item closes otherwise. Characters first: the last one decides most items.
 */
function yesNoAfterSpace(c: string, p: number, end: number): number {
  const e = endBeforePunct(c, p, end);
  const last = c.charCodeAt(e - 1);
  let a = e - 1;
  if (!YES_NO.has(last)) {
    if (e - 3 <= p || c.charCodeAt(e - 3) !== 0x5df2 /* 已 */ || !isCjk(last) || !isCjk(c.charCodeAt(e - 2)))
      return -1;
    a = e - 3;
  }
  if (!isSpace(c.charCodeAt(a - 1))) return -1;
  const nb = endBeforeSpace(c, p, a);
  const named = c.charCodeAt(nb - 1);
  return nb - p >= 2 && (isCjk(named) || named === 41) ? a - 1 : -1;
}
const YES_NO = codeSet("是否有无");

/**
 * In [na, nb), a name set apart by a space from the words after it that open a target — a manner of change
 * (逐步壮大, 持续向好), a bound (突破, 不少于) or an average's rise (人均增收): where the name ends and the target
 * starts, or null. Only the last space counts, after a name of two characters or more closed by a Chinese
 * character or a bracket.
 */
function targetAfterSpace(c: string, na: number, nb: number): { nameEnd: number; target: number } | null {
  let k = nb - 1;
  while (k > na && !isSpace(c.charCodeAt(k))) k--;
  if (k <= na) return null;
  const target = k + 1;
  while (k > na && isSpace(c.charCodeAt(k - 1))) k--;
  const closing = c.charCodeAt(k - 1);
  if (k - na < 2 || !(isCjk(closing) || closing === 41)) return null;
  // (群众投诉 有效处理率 95%: words after the space that end as a measure's name are the name's.)
  if (!SPACED_TARGET_OPENER.test(c.slice(target, nb)) || endsWithMeasure(c, target, nb)) return null;
  return { nameEnd: k, target };
}
const SPACED_TARGET_OPENER =
  /^(?:逐步|逐年|有效|持续|显著|明显|进一步|不断|稳步|大幅|有所|得到|突破|超过|达到|不少于|不低于|不超过|[人户亩生]均(?=[增提减降])|平均(?=[增提减降缩延]))/;

/** Where a 、 closing the item (before spaces) stands, or -1 when none does. */
function enumerationCommaAtEnd(c: string): number {
  let k = c.length;
  while (k > 0 && isSpace(c.charCodeAt(k - 1))) k--;
  return k > 0 && c.charCodeAt(k - 1) === 0x3001 /* 、 */ ? k - 1 : -1;
}

export function parseItem(
  raw: string,
  c0?: string,
  numbering?: { seq: number; end: number },
  packed = false,
): ItemParts {
  return withStatesJoined(
    withVerbBeforeName(withoutPeriodFirst(parseItemWords(raw, c0, numbering, packed))),
    raw,
  );
}

/** Whether the words open with a period the work runs through: 全年, 2025年5月至9月, 2025年春节至元宵期间. */
function spanFirst(c: string): boolean {
  return startsWithPeriod(c) || (isDigit(c.charCodeAt(0)) && PERIOD_LED.test(c));
}

/**
 * 2025年7月至8月举办女书传习班4期, 2025年4月至9月每月巡查不少于2次: a span of months before the name of a figure is
 * the period it holds over, no part of the name (举办女书传习班 | 4期) — where the name is a deed's, not a measure's.
 */
function withoutPeriodFirst(item: ItemParts): ItemParts {
  if (!isDigit(item.name.charCodeAt(0)) || !/\d/.test(item.target)) return item;
  const period = PERIOD_LED.exec(item.name);
  // (2025年1-6月支出进度，≥50%: the span bounds what a measure's name counts — it stays.)
  if (
    !period ||
    item.name.length - period[0].length < 2 ||
    endsWithMeasure(item.name, period[0].length, item.name.length)
  )
    return item;
  return { ...item, name: item.name.slice(period[0].length) };
}

/**
 * 水质明显改善、稳定达标, 医保基金运行平稳、可持续: a subject's state, a 、 and a second state of the same subject
 * (no subject of its own: 稳定达标, 可持续, 有序) — one qualitative indicator, the two states its target whole,
 * read as the first alone would be (水质 | 明显改善); not cut inside the second (水质明显改善、稳定 | 达标).
 */
function withStatesJoined(item: ItemParts, raw: string): ItemParts {
  if (/\d/.test(item.target)) return item;
  // The 、 falls in the name when the second state was cut inside (水质明显改善、稳定 | 达标), or between name and
  // target when a state with its qualifier took the second whole (水质明显改善 | 稳定达标): read both alike.
  const whole = item.name.includes("、")
    ? item.name + item.target
    : commaBetween(raw, item)
      ? `${item.name}、${item.target}`
      : null;
  if (whole === null) return item;
  const joint = JOINT_STATE.exec(whole);
  if (!joint) return item;
  const first = whole.slice(0, joint.index);
  const state = stateTail(first) ?? stateAtEnd(first);
  if (!state || state.index < 2 || first.slice(0, state.index).includes("、")) return item;
  const target = whole.slice(state.index).replace(/[\s。.;,，；]+$/, "");
  return { ...item, name: first.slice(0, state.index).trim(), target, targetCanon: canon(target) };
}

/** Whether the raw text writes the item's name, a 、 and its target right after (spaces aside). */
function commaBetween(raw: string, item: ItemParts): boolean {
  if (item.name.length < 2 || item.target.length === 0 || !raw.includes("、")) return false;
  let k = raw.indexOf(item.name);
  if (k < 0) return false;
  k += item.name.length;
  while (k < raw.length && isSpace(raw.charCodeAt(k))) k++;
  if (raw.charCodeAt(k) !== 0x3001 /* 、 */) return false;
  k++;
  while (k < raw.length && isSpace(raw.charCodeAt(k))) k++;
  return raw.startsWith(item.target, k);
}

/**
 * 持续提高农村卫生厕所普及率至90%, 降低…发生率至5%以下: a change verb, the name and 至 before a bare figure — the
 * name is what changes, the verb and 至 go with the figure (普及率 | 持续提高至90%: ≥ 90), as when the name is
 * written first (普及率提高至90%).
 */
function withVerbBeforeName(item: ItemParts): ItemParts {
  const m = item.name.endsWith("至") ? VERB_NAME_TO.exec(item.name) : null;
  if (!m || !/^\s*\d/.test(item.target)) return item;
  const target = `${m[1]}至${item.target}`;
  return { ...item, name: m[2], target, targetCanon: canon(target) };
}
const VERB_NAME_TO =
  /^((?:持续|进一步|逐步|稳步|不断|有效|力争)?(?:提高|提升|增加|增长|扩大|降低|减少|下降|压降|控制))([\u4e00-\u9fa5][^\d,;:。，；]{1,20}?(?:率|比例|占比|比重|覆盖面|水平|指数))至$/;

/** parseItem's reading, before two states are joined and a verb before its name is moved to its figure. */
function parseItemWords(
  raw: string,
  c0?: string,
  numbering?: { seq: number; end: number },
  packed = false,
): ItemParts {
  // (购置DR设备2台¹, 完成时间2024年6月30日前²: a footnote's mark after a target is no part of it.)
  const c = withoutFootnoteMarks(c0 ?? canon(raw));
  // "村容村貌明显改善、": a 、 left closing the item where the writer ran on to the next one is punctuation,
  // as a ， there is; the item is read without it.
  const comma = enumerationCommaAtEnd(c);
  if (comma > 0) return parseItem(raw.slice(0, comma), c.slice(0, comma), numbering, packed);
  const end = withoutScoreNote(c);
  if (end === c.length) {
    const words = withoutWordsScoreNote(raw, c, numbering, packed);
    if (words) return words;
  }
  // (A ； before the item's last character: a terminal one cuts nothing.)
  const restated = semicolonInside(c, end - 2) ? withRestatedTarget(raw, c, end, numbering, packed) : null;
  if (restated) return restated;
  // Everything below moves offsets into `c` (and `raw`, which has the same offsets); only the name and
  // the target are sliced, at the end.
  let p = 0;
  let seq: number | null = null;
  // The segmenter has usually found the numbering already (offsets relative to this item).
  const num = numbering ?? leadingNumbering(c);
  if (num) {
    seq = num.seq;
    p = num.end;
  }
  // "• 群众满意度：≥90%", "- 补贴标准：…": a list's bullet, no part of the name.
  p = pastBullet(c, p, end);
  // "设 1条质量指标:" announces a count; it is not part of the indicator.
  if (firstNonSpace(c, p, end) === 0x8bbe /* 设 */) {
    const announce = /^\s*设\s*\d+\s*条\s*/.exec(c.slice(p));
    if (announce) p += announce[0].length;
  }
  // "项目1：培训人数≥500人": a project's number before a whole indicator numbers it (a sub-project's
  // line, 项目二：居家适老化改造, is parse.ts's; 项目1：培训质量达标 keeps 项目1 as its name).
  if (firstNonSpace(c, p, end) === 0x9879 /* 项 */) {
    const numbered = numberedProject(raw, c, p, end, packed);
    if (numbered) return { ...numbered.item, seq: seq ?? numbered.seq };
  }
  let goalText: string | undefined;
  // "绩效指标：会议保障次数≥50次": a label for the whole cell, not a name.
  const lead = firstNonSpace(c, p, end);
  if (CELL_LABEL_FIRST.has(lead)) {
    const label = CELL_LABEL.exec(c.slice(p, Math.min(end, p + 16)));
    let goalLabel = false;
    if (label && p + label[0].length < end) {
      p += label[0].length;
      goalLabel = label[0].includes("目标");
    }
    // "任务1：农田水利建设。指标：…": a task of a department's goal, before the indicators that measure it.
    const taskLabel = TASK_LABEL.exec(c.slice(p, Math.min(end, p + 14)));
    const task = taskLabel !== null && p + taskLabel[0].length < end;
    if (task) p += taskLabel[0].length;
    if (goalLabel || task) {
      // "绩效目标：保障机关正常运转。" — words without a number after a goal label are the goal; with a
      // number, they are the goal when the cell labels its indicators apart (the caller decides).
      const a = p + (end - p - c.slice(p, end).trimStart().length);
      const b = endBeforePunct(c, a, endBeforeSpace(c, a, end));
      const target = raw.slice(a, b);
      if (!/[\d≥≤<>=]/.test(c.slice(p, end))) {
        const goal = { seq, level1: null, level2: null, name: "", target, targetCanon: c.slice(a, b) };
        return { ...goal, fromBracket: false, goal: true, ...(task ? { task: true } : {}) };
      }
      goalText = target;
    }
  }
  let level1: Level1 | null = null;
  let level2: Level2 | null = null;
  let satisfactionLabel: [number, number] | null = null;
  // A label closed by a comma ("数量指标，培训人数500人次"), whose words after it are the target when
  // they have no number of their own ("可持续影响指标，持续发挥效益").
  let commaLabel = false;
  // (…方面，: a prose label of a block's aspect, after which a subject and its state are said whole.)
  let aspectLabel = false;
  for (let k = 0; k < 2; k++) {
    let length = 0;
    let cat = null;
    const colon = labelColon(c, p);
    if (colon > 0) {
      cat = categoryOfLabel(c.slice(p, colon));
      length = colon + 1 - p;
    }
    if (!cat) {
      const comma = labelComma(c, p);
      if (comma > 0) {
        cat = categoryOfLabel(c.slice(p, comma));
        length = comma + 1 - p;
        commaLabel = cat !== null;
        aspectLabel = commaLabel && aspectBefore(c, comma);
      }
    }
    if (!cat) {
      // "一是产出指标。选派驻村工作队员276名": a label closed by a full stop, words after it.
      const stop = labelStop(c, p);
      if (stop > 0) {
        cat = categoryOfLabel(c.slice(p, stop));
        length = stop + 1 - p;
      }
    }
    if (!cat) {
      // "数量指标 硬化村组道路4.2公里": a label ending in 指标 and set off by a space.
      const space = labelSpace(c, p);
      if (space > 0) {
        cat = categoryOfLabel(c.slice(p, space));
        length = space + 1 - p;
      }
    }
    const open = firstNonSpace(c, p, end);
    if (!cat && (open === 40 || open === 91 || open === 0x3010)) {
      const m = BRACKET_LABEL_PREFIX.exec(c.slice(p));
      cat = m ? categoryOfLabel(m[1]) : null;
      length = m ? m[0].length : 0;
    }
    if (!cat) break;
    if (level1 === "产出指标" && cat.level1 === "成本指标" && !cat.level2 && !level2) {
      // "产出指标-成本指标-生活补贴标准": 成本指标 under 产出指标 is its 二级 (the 2015 framework), not a
      // 一级 of its own.
      level2 = "成本指标";
    } else {
      if (cat.level1) level1 = cat.level1;
      if (cat.level2) level2 = cat.level2;
    }
    // "1.满意度：≥90%": 满意度 is a category and, with no other name written, the indicator's name too.
    if (
      colon > 0 &&
      colon - p <= 8 &&
      c.charCodeAt(endBeforeSpace(c, p, colon) - 1) === 0x5ea6 /* 度 */ &&
      SATISFACTION_LABEL.test(c.slice(p, colon))
    )
      satisfactionLabel = [p, colon];
    p += length;
    // "数量指标——垃圾清运量", "产出指标 —— 数量指标 —— 培训人次": the rest of a run of dashes (and spaces)
    // after a label, before the name or the next label (not a minus sign: 数量指标 -5%).
    let k = p;
    while (k < end && (isDash(c.charCodeAt(k)) || isSpace(c.charCodeAt(k)))) k++;
    if (k > p && !isDigit(c.charCodeAt(k))) p = k;
  }
  while (p < end && isSpace(c.charCodeAt(p))) p++;
  const underLabel = level1 !== null || level2 !== null;
  // "指标名称：巡查企业数；指标值：≥2万家次": the labels some tables write before the name and the target.
  if (c.charCodeAt(p) === 0x6307 /* 指 */ || c.charCodeAt(p) === 0x4e09 /* 三 */) {
    const m = NAME_LABEL.exec(c.slice(p, Math.min(end, p + 12)));
    if (m) p += m[0].length;
  }
  // "其中第三卫生间≥4座", cut from the indicator before it (sentences.ts ownPart): the part is named by the
  // words after 其中.
  if (c.charCodeAt(p) === 0x5176 /* 其 */) {
    const part = ownPart(c.slice(p, end));
    if (part > 0) p += part;
  }
  if (
    // "可持续影响指标，持续发挥效益": no name written; the words are the target.
    // (Not a count in Chinese numerals closing them, a figure as digits are: 数量指标，举办培训班三期.)
    // (Not a subject and its state after an aspect's label: 效益方面，供养服务质量明显提升 names 供养服务质量.)
    (commaLabel &&
      !/[\d≥≤<>=]/.test(c.slice(p, end)) &&
      !(aspectLabel && ownNameState(c.slice(p, endBeforePunct(c, p, endBeforeSpace(c, p, end))))) &&
      separatorIndex(c, raw, p) < 0 &&
      !endsWithCnCount(c, p, endBeforePunct(c, p, endBeforeSpace(c, p, end)))) ||
    // "时效指标：6月底前支付50%，12月底前支付100%", "6月底前完成招标，12月底前完工": stages or
    // milestones with no name.
    (packed && mayStartStageAt(c, p) && isStagedWhole(c.slice(p, end)))
  ) {
    let a = p;
    while (a < end && isSpace(c.charCodeAt(a))) a++;
    const b = endBeforePunct(c, a, endBeforeSpace(c, a, end));
    return {
      seq,
      level1,
      level2,
      name: "",
      target: raw.slice(a, b),
      targetCanon: c.slice(a, b),
      fromBracket: false,
    };
  }
  const labelled = labelledTarget(c, p, end);
  // The name is [p, nameEnd); the target [ta, tb) (the same offsets in raw and c).
  let sep = labelled ? labelled.nameEnd : separatorIndex(c, raw, p);
  // A comma that only ends the item ("新建青贮池2000立方米，") separates nothing.
  if (!labelled && sep >= 0 && endBeforePunct(c, sep, end) === sep) sep = -1;
  // "工程于2025年10月15日前完工，确保按时供热": a deadline and its work, then after the comma what it is for,
  // with no number of its own — the item is the deadline; the clause after it measures nothing.
  if (!labelled && sep > p && c.charCodeAt(sep) === 44 && deadlineThenPurpose(c, p, sep, end))
    return parseItem(raw.slice(0, sep), c.slice(0, sep), numbering, packed);
  if (!labelled && sep > p && leadsIn(c, p, sep, end, packed === true)) {
    // "①开展城乡居民医保参保扩面，参保率≥95%", "镇卫生院基本公共卫生服务：建立居民健康档案2.1万份":
    // words that measure nothing lead in to an indicator with a name of its own; that is the item.
    const inner = parseItem(raw.slice(sep + 1), c.slice(sep + 1), undefined, packed);
    const labels = inner.level1 !== null || inner.level2 !== null;
    const otherBlock = !labels && c.charCodeAt(sep) === 58 && namesOtherBlock(c.slice(p, sep));
    return {
      ...(goalText !== undefined ? { goalText } : {}),
      ...(otherBlock ? { otherBlock: true as const } : {}),
      ...inner,
      seq,
      level1: labels ? inner.level1 : level1,
      level2: labels ? inner.level2 : level2,
    };
  }
  // "厕所日常管护制度建立 是", "管护制度 已建立": a yes or no, or a thing done, set off by a space at the end
  // is the target, as after a comma (长效保洁机制建立，是).
  if (!labelled && sep < 0) sep = yesNoAfterSpace(c, p, end);
  let nameEnd = sep >= 0 ? sep : end;
  let ta = labelled ? labelled.target : sep >= 0 ? sep + 1 : end;
  let tb = labelled ? labelled.targetEnd : end;
  // 指标值：1260人；计量单位：人, 指标值：95 单位：%: the unit's label after the target is no part of it; its
  // unit agrees with the target's, or is the unit of its bare number (below).
  const unitLabel = labelled ? unitLabelIn(c, ta, tb) : null;
  if (unitLabel) tb = endBeforePunct(c, ta, unitLabel.end);
  let fromBracket = false;
  let swapped = false; // the target was written before the name
  let nameRest: [number, number] | null = null; // words after the target that end the name
  let namePre: [number, number] | null = null; // words before the target that open the name
  let trimmedEnd = endBeforePunct(c, p, nameEnd);
  // 资助学生人数（单位：人）：≥1500, 资助学生人数（≥1500）（单位：人）: a bracket of the unit closing the name
  // leaves it when a target is written (the unit is the target's number's, below). Only in a cell of
  // indicators, whose reader passes the target's canonical form on to the record; a 三级 cell's reader
  // keeps the bracket in the name, where parse/unitApart.ts reads it.
  let nameUnit: { open: number; close: number; unit: string; read: string } | null = null;
  if (packed && c.charCodeAt(trimmedEnd - 1) === 41 /* ) */) {
    const u = unitBracketAt(c, p, trimmedEnd);
    const cut = u ? endBeforeSpace(c, p, u.open) : -1;
    if (u && (((sep >= 0 || labelled) && !isBlank(c, ta, tb)) || trailingTargetBracket(c, p, cut) > p)) {
      nameUnit = { ...u, close: trimmedEnd };
      nameEnd = trimmedEnd = cut;
    }
  }
  // A target in brackets after the name: 机柜数量(≥77台), 运维费用(≤**万元).
  let br = labelled ? -1 : trailingTargetBracket(c, p, trimmedEnd);
  let qb = -1; // where a quantity before that bracket starts
  // "培训人数≥500人次（其中，线上200人次）": a name that holds its target makes the bracket a note.
  if (br > p && mayHoldComparator(c, p, br) && NAME_COMPARATOR_PATTERN.test(c.slice(p, br))) br = -1;
  // "项目开工率（6月底前），≥90%": a deadline in the bracket, before a target of its own, is the time the
  // name is measured at — part of the name, not a target.
  if (
    br > p &&
    sep >= 0 &&
    !isBlank(c, ta, tb) &&
    parseTarget(c.slice(br + 1, trimmedEnd - 1)).kind === "date"
  )
    br = -1;
  // "聘用护边员1260名（含兼职护边员）", "创建示范社区2个（正阳社区、城西社区）": a note of words after the quantity
  // qualifies it as a note with digits does (below).
  if (br < 0 && !labelled && sep < 0) br = wordNoteAfterQuantity(c, p, trimmedEnd);
  if (labelled) {
    // The labels say where name and target are; nothing to look for.
  } else if (br > p && (qb = mayEndWithQuantity(c, p, br) ? trailingQuantity(c.slice(p, br)) : -1) > 0) {
    // "接待读者15万人次（较上年增长8%）", "新建道路1.5公里（宽度12米）": the bracket qualifies the
    // quantity before it; both are the target, the quantity giving the value.
    ta = p + qb;
    tb = end;
    nameEnd = ta;
  } else if (br > p) {
    // "补贴标准按照市级标准执行（生活补贴每人每月不低于100元）": a rule applied closes the name, and the
    // bracket states the rule's figure; both are the target.
    // (Looked for only before a bracket after 执行.)
    const done = c.charCodeAt(endBeforeSpace(c, p, br) - 1) === 0x884c; /* 行 */
    const rule = done && isBlank(c, ta, tb) ? SERVICE_TAIL.exec(c.slice(p, br)) : null;
    if (rule && rule.index >= 2) {
      ta = p + rule.index;
      tb = trimmedEnd;
      br = ta;
    } else if (isBlank(c, ta, tb)) {
      ta = br + 1;
      tb = trimmedEnd - 1;
      fromBracket = true;
    }
    nameEnd = br;
    // 门诊量(单位：万人次)(≥15): the unit's bracket before the target's.
    const u = !packed || nameUnit || c.charCodeAt(br - 1) !== 41 ? null : unitBracketAt(c, p, br);
    if (u) {
      nameUnit = { ...u, close: br };
      nameEnd = u.open;
    }
  } else {
    // A target written inside the name: 故障最大恢复时间<24小时 / 名称≥300人.
    let inName = mayHoldComparator(c, p, nameEnd) ? NAME_COMPARATOR_PATTERN.exec(c.slice(p, nameEnd)) : null;
    // "室温达标率（不低于18℃）100%": a comparator in a bracket of the name, with the target after it.
    if (inName && insideBracketBefore(c, p, p + inName.index, nameEnd)) inName = null;
    // "年收入超过5万元的脱贫户数≥300户": a bound with its figure, then 的 and what is counted, then a sign and the
    // target's own figure — the bound says which are counted, the name's; the target is the later one.
    // (…的脱贫户数，≥300户: the target's sign may stand after the separator, past which the name was cut.)
    if (inName && inName.index > 0)
      inName = boundOfCounted(c, p, p + inName.index, labelled ? nameEnd : end) ?? inName;
    // "改造面积3000平方米，涉及1、2号楼", "惠及群众2100人，进一步改善…": a comma after a name and its
    // quantity starts what qualifies that target (the segmenter has cut before any whole indicator) —
    // unless a target of its own follows the comma ("达标率100%，>=98%": then the comma separates).
    const clauseAfter =
      !inName &&
      sep >= 0 &&
      c.charCodeAt(sep) === 44 &&
      !(startsTarget(firstNonSpace(c, sep + 1, end)) && mayEndWithQuantity(c, sep + 1, end)) &&
      mayEndWithQuantity(c, p, sep);
    const q0 = clauseAfter ? firstMeasure(c.slice(p, sep), trailingQuantity(c.slice(p, sep))) : -1;
    if (inName && inName.index > 0) {
      // From the comparator on, name, separator and target are one target — and so is a "per" before it
      // (年度随访次数每人不少于4次, 城市低保标准每人每月不低于700元).
      const per = perBefore(c, endBeforeSpace(c, p, p + inName.index));
      ta = per >= p + 2 ? per : p + inName.index;
      tb = end;
      nameEnd = ta;
      // "全年完成不少于500人次培训": what is counted, written after the count, ends the name.
      // (Not after a per: 报酬按每人每年不低于3.6万元标准发放 is a standard to pay by.)
      const object =
        sep < 0 && per < p + 2 ? countedAfter(c, p + inName.index + inName[0].length, end) : null;
      if (object) {
        tb = object[0];
        nameRest = object;
      }
    } else if (q0 > 0) {
      // "森林覆盖率达到42.5%，较上年提高0.3个百分点": from the quantity on, all is the target.
      ta = p + q0;
      tb = end;
      nameEnd = ta;
    } else if (sep < 0) {
      const cn = c.slice(p, nameEnd);
      // "供养标准不低于当地…人均消费支出的1.3倍": the comparator stands before what is multiplied.
      const times = TIMES_OF.exec(cn);
      let q = times && times.index >= 2 ? times.index : firstMeasure(cn, trailingQuantity(cn));
      let yearFigure = false; // a figure per period and the year's, joined by 、 (their period stays in the name)
      // "搬迁安置群众350户1100人", "培训4期200人次": two quantities close the name; both are the target.
      if (q > 0 && isDigit(cn.charCodeAt(q))) {
        const q2 = trailingQuantity(cn.slice(0, q));
        if (q2 > 0 && QUANTITY_ONLY.test(cn.slice(q2, q))) q = q2;
        else {
          const q3 = quantityAcrossTotal(cn, q);
          if (q3 > 0) q = q3;
        }
        // "开展督导每季度1次、全年4次": a figure and the year's after a 、 are one target, as after a comma
        // (the year's gives the value).
        const year = cn.charCodeAt(q - 1) === 0x5e74 /* 年 */ || cn.charCodeAt(q - 1) === 0x8ba1; /* 计 */
        const before = year ? YEAR_FIGURE_BEFORE.exec(cn.slice(0, q)) : null;
        if (before && before.index >= 2) {
          q = before.index;
          yearFigure = true;
        }
      }
      // "停车场1处约1500平方", "新建公厕2座共300平方米": the same across 约 or 共 (the target then starts at it).
      else if (q > 2 && (isAbout(cn.charCodeAt(q)) || TOTAL_FIRST.has(cn.charCodeAt(q)))) {
        const q3 = quantityAcrossTotal(cn, q);
        if (q3 > 0) q = q3;
      }
      let at = q > 0 ? q : trailingDate(cn);
      // 师生比1:15, 生态管护员岗位数量1:1配备: a ratio closing the name is the target, both its numbers;
      // so are the hours of a day (开放时间9:00-21:00).
      const ratio =
        (at < 0 || c.charCodeAt(p + at - 1) === 58) && (CLOCK_TAIL.exec(cn) ?? RATIO_TAIL.exec(cn));
      if (ratio && ratio.index >= 2) at = ratio.index;
      // 每日清扫时间5:00前完成首遍清扫: a time of day the work is done by, after the name, is the target with
      // its work.
      else if (at < 0 && cn.includes(":")) {
        const clock = CLOCK_DEADLINE.exec(cn);
        // (Only the work after it, no other figure or clause: 主干道雪后24小时内清理完毕 is its own.)
        if (clock && clock.index >= 2 && !/[\d;。]/.test(cn.slice(clock.index + clock[0].length)))
          at = clock.index;
      }
      if (at > 0) {
        const head = cn.slice(0, at);
        const relative =
          RELATIVE_TAIL.exec(head) ?? (PERCENT_CHANGE.test(cn.slice(at)) ? CHANGE_TAIL.exec(head) : null);
        if (relative && relative.index >= 2) at = relative.index;
        // "水质监测频次每月2次", "补助标准每亩1200元": the "per" before the figure is the target's, as it is
        // before a comparator (perBefore).
        else if (!yearFigure && head.includes("每")) {
          const per = perBefore(head, head.length);
          if (per >= 2) at = per;
        }
        // "议案建议100%办复", "监测点位100%覆盖": the verb a percentage is reached by names the indicator with
        // what it is done to (议案建议办复), as the act a time limits does (信访事项办结) — not after a rate, which
        // names itself (覆盖率100%达标), nor a state (达标, 合格).
        if (
          at === q &&
          isDigit(cn.charCodeAt(at)) &&
          !RATE_LAST.has(cn.charCodeAt(endBeforeSpace(cn, 0, at) - 1))
        ) {
          const verb = PERCENT_VERB.exec(cn.slice(at));
          if (verb && !STATE_VERB.test(verb[1])) {
            const v = at + verb[0].length - verb[1].length - verb[2].length;
            nameRest = [p + v, p + v + verb[1].length];
          }
        }
        // "每季度至少开展1次": the act a bound stands before names the indicator (每季度开展), as the act a time
        // limits does.
        const act = at === q ? actAfterBound(cn, at) : null;
        if (act) nameRest = [p + act[0], p + act[1]];
      } else {
        const relative =
          RELATIVE_TARGET.exec(cn) ??
          STANDARD_VERB.exec(cn) ??
          HELD_WITHIN.exec(cn) ??
          (mayHoldComparator(cn, 0, cn.length) ? COMPARED_WORDS.exec(cn) : null);
        const within = relative || !cn.includes("内") ? null : withinTime(cn);
        const placeholder = relative || within ? null : PLACEHOLDER_TAIL.exec(cn);
        const found = relative ?? within ?? placeholder;
        if (found && found.index >= 2) {
          at = found.index;
          // "信访事项60日内办结", "故障24小时内修复": the act is what the time limits — the name says it
          // with what is acted on (信访事项办结, 故障修复), as the target does with the time.
          if (found === within) {
            const act = within.index + within[0].lastIndexOf(within[1]);
            nameRest = [p + act, p + endBeforePunct(cn, act, act + within[1].length)];
          }
        }
      }
      // "2024年12月31日前完成年度治理任务": the deadline is the target and the work after it the name.
      const deadline = at > 0 ? null : deadlineFirst(cn, level2 === "时效指标");
      // "100%完成年度监测任务": a percentage written first, then the work it measures, which names it.
      const percent = at > 0 || deadline || !mayStartPercent(cn) ? null : PERCENT_FIRST.exec(cn);
      // "6个月内完工", "30日内办结": a time to act within written first, then the act, which names it (as
      // 信访事项60日内办结 is named 信访事项办结).
      const within = at > 0 || deadline || percent ? null : withinFirst(cn);
      if (q > 0 && afterCondition(cn, q)) {
        ta = p;
        tb = nameEnd;
      } else if (at > 0) {
        ta = p + at;
        tb = nameEnd;
        nameEnd = ta;
      } else if (deadline) {
        // Read as a value written first (swapped below): [p, nameEnd) the deadline, [ta, tb) the work.
        ta = p + deadline.work;
        tb = nameEnd;
        nameEnd = p + deadline.end;
        p += deadline.start;
        swapped = true;
      } else if (within) {
        // Read as the deadline is: [p, nameEnd) the time, [ta, tb) the act (swapped below).
        const act = within.index + within[0].lastIndexOf(within[1]);
        ta = p + act;
        tb = p + endBeforePunct(cn, act, act + within[1].length);
        nameEnd = ta;
        swapped = true;
      } else if (percent) {
        // Read as the deadline is: [p, nameEnd) the percentage, [ta, tb) the work (swapped below).
        ta = p + percent[0].length - percent[2].length;
        tb = nameEnd;
        nameEnd = p + percent[1].length;
        swapped = true;
      } else if (
        !(mayNegateFirst(cn) && NEGATION_FIRST.test(cn)) &&
        ((startsWithDate(cn) && !(spanFirst(cn) && QUANTITY_INSIDE.test(cn))) ||
          TARGET_WORD_START.test(cn) ||
          isBareQuantity(cn))
      ) {
        // (全年24小时值守, 2025年5月至9月实行24小时值班值守: a period before a sentence holding its number is that
        // sentence's, below — the span of months then left out of the name by withoutPeriodFirst.)
        // (全年不发生…, 全年未发生…: the period belongs to the event that must not happen, below.)
        ta = p;
        tb = nameEnd;
        nameEnd = p;
      } else if (
        QUANTITY_INSIDE.test(cn) ||
        RATIO_INSIDE.test(cn) ||
        CLOCK_INSIDE.test(cn) ||
        (cn.includes("内") && CN_TIME_WITHIN.test(cn))
      ) {
        // One sentence holding its own number ("完成全区200家企业安全检查", "按1:0.5比例配套资金",
        // "每日8:30-17:30开放"): it is both name and target.
        ta = p;
        tb = nameEnd;
      } else if (underLabel || packed) {
        // "社会效益：群众安全感明显提升", and in a cell of indicators without a label too ("1、群众安全感
        // 明显提升", "农村公路安全事故不发生", "重大事故零发生"): words ending in a change or a state are a
        // qualitative target; what stands before them is the name. Under a label, words that start with
        // what they do (带动群众增收, 促进就业) are the target, with no name.
        // "全年未发生重大安全事故", "全年无重大动物疫情发生": the state first is read so under a label too.
        const first = NEGATION_FIRST.exec(cn);
        const tail = first
          ? null
          : underLabel && (VERB_FIRST.test(cn) || TARGET_WORDS.test(cn)) && !DEED_EFFECT.test(cn)
            ? { index: 0 }
            : ((mayEndWithPhrase(cn) ? PHRASE_TAIL.exec(cn) : null) ??
              QUALITATIVE_TAIL.exec(cn) ??
              ZERO_TAIL.exec(cn) ??
              (cn.includes("无明显") ? NONE_VISIBLE_TAIL.exec(cn) : null) ??
              TIMING_TAIL.exec(cn) ??
              GRADE_TAIL.exec(cn) ??
              (underLabel ? STANDARD_VERB.exec(cn) : null) ??
              (mayEndWithAdverb(cn) ? ADVERB_TAIL.exec(cn) : null) ??
              stateOrServiceTail(cn) ??
              quotedTail(cn) ??
              vagueAtEnd(cn));
        if (tail && afterCondition(cn, tail.index)) {
          // "群众投诉受理后3个工作日": both name and target (afterCondition).
          ta = p;
          tb = nameEnd;
        } else if (tail && tail.index < 2 && (underLabel || OUTCOME_FIRST.test(cn)) && statesWork(cn)) {
          // "效益指标：保障机关正常运转", "为全省大气污染防治提供数据支撑": a statement of work, both name and
          // target (as a sentence holding its own number is), so that it can be compared by its name.
          ta = p;
          tb = nameEnd;
        } else if (
          tail &&
          (underLabel ||
            tail.index >= 2 ||
            (tail.index === 0 && (OUTCOME_FIRST.test(cn) || scheduleAlone(cn))))
        ) {
          ta = p + (tail.index >= 2 ? tail.index - leadVerbBefore(cn, tail.index) : 0);
          tb = nameEnd;
          nameEnd = ta;
          // "汛期人员零伤亡", "安全生产零事故": what none of is counted names the indicator with its subject
          // (汛期人员伤亡, = 0), as the act a time limits does.
          const counted = tail.index >= 2 && c.includes("零", ta) ? ZERO_COUNTED.exec(c.slice(ta, tb)) : null;
          if (counted) {
            const at = ta + counted.index + counted[0].indexOf(counted[1]);
            nameRest = [at, at + counted[1].length];
          }
        } else if (!tail && !first && packed && (statesWork(cn) || statesWorkAfterAdverb(cn))) {
          // "【效益指标】保障机关正常办公秩序；": in a cell of indicators, a statement of work under a
          // heading the segmenter has taken off is both name and target, as under a label — with an adverb
          // before its verb too in a town's prose (…，有效保障人民群众生命财产安全).
          ta = p;
          tb = nameEnd;
        } else if (first) {
          // "不发生重特大森林火灾": the state first, then what it is said of (swapped below).
          // 施工现场无重大安全事故: a subject of no period or place before 无 opens the name.
          if (first[1] !== undefined) {
            const at = p + first[0].indexOf(first[1]);
            namePre = [at, at + first[1].length];
          }
          ta = p + first[0].length;
          tb = nameEnd;
          // 无区域性重大动物疫情发生: the 发生 after the event is the state's, not the name's.
          if (first[2] === "无") {
            const e = endBeforePunct(c, ta, endBeforeSpace(c, ta, tb));
            if (e - ta > 4 && c.charCodeAt(e - 2) === 0x53d1 && c.charCodeAt(e - 1) === 0x751f) tb = e - 2;
          }
          nameEnd = ta;
          p = ta - first[2].length;
          swapped = true;
        }
      }
    }
  }
  const lc = firstNonSpace(c, ta, tb);
  if (lc === 0x6307 || lc === 0x76ee || lc === 0x5e74 || lc === 0x9884 /* 指 目 年 预 */) {
    const label = TARGET_LABEL.exec(c.slice(ta, tb));
    if (label) ta += label[0].length;
  }
  // Trimmed as a target and a name are: spaces at both ends, then trailing punctuation.
  while (ta < tb && isSpace(c.charCodeAt(ta))) ta++;
  tb = endBeforePunct(c, ta, endBeforeSpace(c, ta, tb));
  let na = p;
  while (na < nameEnd && isSpace(c.charCodeAt(na))) na++;
  let nb = endBeforePunct(c, na, endBeforeSpace(c, na, nameEnd));
  // "产出指标/数量指标/改造农贸市场/2个": a slash cutting a line into its columns ends the name, no part of it.
  if (nb - na > 2 && c.charCodeAt(nb - 1) === 47 /* / */ && isCjk(c.charCodeAt(nb - 2)) && ta >= nb)
    nb = endBeforePunct(c, na, endBeforeSpace(c, na, nb - 1));
  // "开工率2024年6月底前达100%": a deadline closing the name, right before a figure, is the time the figure
  // is reached by — the target's (as 6月底前完成 is), not the name's.
  if (nb === ta && nb - na > 4 && ta < tb && DEADLINE_LAST.has(c.charCodeAt(nb - 1))) {
    const d = deadlineBeforeFigure(c, na, nb, tb);
    if (d > 0) nb = ta = d;
  }
  // "传承人队伍 逐步壮大", "带动农户增收 人均增收2000元以上": a name, a space, then words that open a target —
  // the target starts after the space, though the reading took the words for the name's.
  if (!swapped && !nameRest && !namePre && (ta === na || ta >= nb)) {
    const gap = targetAfterSpace(c, na, nb);
    if (gap) {
      ta = gap.target;
      nb = gap.nameEnd;
    }
  }
  // "培训后就业率力争达到70%", "满意度均达到90%", "报酬按每人每年不低于…发放", "费用控制在预算48万元以内",
  // "普及率保持100%": a resolve, an "each", a basis or a hold written before the target belongs to the
  // target, not the name.
  const modal = nb === ta && nb - na > 2 && mayEndWithModal(c, nb) ? MODAL_TAIL.exec(c.slice(na, nb)) : null;
  if (modal && modal.index >= 2) nb = ta = na + modal.index;
  // "养护工作全年持续开展": a period closing the name, right before the words of its target (持续开展), is the
  // target's (全年持续开展, as 全年持续养护 reads), not the name's.
  if (nb === ta && nb - na > 3 && ta < tb && c.charCodeAt(nb - 1) === 0x5e74 /* 年 */) {
    const period = PERIOD_LAST.exec(c.slice(na, nb));
    if (period && period.index >= 2 && !hasDigitIn(c, ta, tb)) nb = ta = na + period.index;
  }
  // "确保森林火灾发生次数为0": a resolve before the name is no part of it (nor of the target after it) — nor
  // before a name of two characters (确保汛期安全度汛 reads as 汛期安全度汛 does, 确保水库 | 安全度汛 as 水库).
  if (
    nb - na >= 4 &&
    ta < tb &&
    RESOLVE_FIRST.has(c.charCodeAt(na)) &&
    RESOLVE_START.test(c.slice(na, na + 2))
  )
    na += 2;
  // "保持全县森林覆盖率62%以上", "使全镇生活垃圾无害化处理率达到95%": a state held or brought about, written
  // before the measure it is said of, is the target's word, not the name's (as 全县森林覆盖率稳定在62% reads).
  else if (nb - na >= 5 && ta < tb && STATE_FIRST.has(c.charCodeAt(na)) && hasDigitIn(c, ta, tb)) {
    const state = STATE_BEFORE_MEASURE.exec(c.slice(na, na + 5));
    // (稳定全县粮食播种面积在30万亩以上: the 在 joining name and number is neither's.)
    const e = JOINING_WORD.test(c[nb - 1]) ? nb - 1 : nb;
    // (促使脱贫户、监测户增加收入≥70万元: a change brought about, the whole is the name — not a state held.)
    if (
      state &&
      e - na - state[0].length >= 3 &&
      endsWithMeasure(c, na + state[0].length, e) &&
      !CHANGE_WORD.test(c.slice(na + state[0].length, e))
    )
      na += state[0].length;
  }
  // "确保安全度汛": nor is it a name alone, before the target.
  else if (
    nb - na === 2 &&
    nb <= ta &&
    ta < tb &&
    RESOLVE_FIRST.has(c.charCodeAt(na)) &&
    RESOLVE_START.test(c.slice(na, nb))
  )
    na = nb;
  // "维修校舍面积为8000平方米": the 为 joins name and number; it is neither (so do 在 and 于).
  if (
    nb - na > 2 &&
    nb === ta &&
    JOINING_WORD.test(c[nb - 1]) &&
    // (Only a 为 makes a word with the character before it: 行为, 作为 — not a 于: 除治工作于2025年3月底前完成.)
    !(c.charCodeAt(nb - 1) === 0x4e3a /* 为 */ && WORD_BEFORE_WEI.has(c.charCodeAt(nb - 2)))
  ) {
    nb--;
    // "慰问活动分别于1月25日前、7月31日前完成": nor is 分别 or 均 before it.
    if (nb - na > 3 && c.startsWith("分别", nb - 2)) nb -= 2;
    else if (nb - na > 2 && c.charCodeAt(nb - 1) === 0x5747 /* 均 */) nb--;
  }
  if (satisfactionLabel && nb <= na && ta < tb) {
    // "1.满意度：≥90%": the label is the only name written.
    [na, nb] = satisfactionLabel;
    while (na < nb && isSpace(c.charCodeAt(na))) na++;
    nb = endBeforeSpace(c, na, nb);
  } else if (
    sep >= 0 &&
    ta < tb &&
    stickyTest(RELATIVE_CLAUSE, c, ta) &&
    (isBareQuantity(c.slice(na, nb)) ||
      (TARGET_WORD_START.test(c.slice(na, nb)) && mayEndWithQuantity(c, na, nb)))
  ) {
    // "满意度：90%以上，较上年有所提高", "≥90%，较上年提高2个百分点": the figure and the clause are the
    // target; the label (满意度) names it, or no name is written.
    ta = na;
    if (satisfactionLabel) {
      [na, nb] = satisfactionLabel;
      while (na < nb && isSpace(c.charCodeAt(na))) na++;
      nb = endBeforeSpace(c, na, nb);
    } else nb = na;
  } else if (swapped || (sep >= 0 && !labelled && ta < tb && isValueFirst(c, na, nb, ta, tb))) {
    // "≥8000平方米，维修校舍面积": the value written first, the name after it.
    [na, nb, ta, tb] = [ta, tb, na, nb];
  }
  // "粮食播种面积稳定（不低于上年）": a cut inside a bracket leaves none open in the name — the bracket, whole, is
  // the target's.
  if (!swapped && !nameRest && na < nb && nb <= ta && ta < tb && ta - nb <= 1) {
    const open = openBracketIn(c, na, nb);
    if (open > na) {
      ta = open;
      nb = endBeforeSpace(c, na, open);
    }
  }
  let targetCanon = c.slice(ta, tb);
  // "至少开展应急演练2次", "超过300户农户受益": a comparator word opening the name is the target's bound — no
  // name starts with one. Before a figure, the name is the words after the figure and its unit.
  const bound = !swapped && ta < tb ? boundFirst(c, na, nb) : null;
  let targetBound = ""; // the bound taken from the name's start, written before the target
  if (bound && bound.figure === 0 && nb === ta && isDigit(c.charCodeAt(ta))) {
    targetCanon = c.slice(na, na + bound.bound) + targetCanon;
    targetBound = raw.slice(na, na + bound.bound);
    na += bound.bound;
    while (na < nb && isSpace(c.charCodeAt(na))) na++;
  } else if (bound && bound.figure === 0 && na === ta && nb === tb) {
    // "至少开展培训3次，…": a sentence holding its figure, both name and target — the name is the words
    // between the bound and the figure.
    const q = trailingQuantity(c.slice(na + bound.bound, nb));
    if (q >= 2) {
      na += bound.bound;
      nb = endBeforeSpace(c, na, na + q);
    }
  } else if (bound && bound.figure > 0 && na === ta && nb === tb) {
    const k = na + bound.bound + bound.figure;
    const unit = parseTarget(c.slice(na, nb)).unit;
    const after = unit !== "" && c.startsWith(unit, k) ? k + unit.length : -1;
    if (after > 0 && nb - after >= 2 && !hasDigitIn(c, after, nb)) na = after;
  }
  if (unitLabel && !nameUnit && ta < tb && isDigit(c.charCodeAt(tb - 1))) {
    const t = parseTarget(raw.slice(ta, tb), {}, targetCanon);
    if (t.kind === "quantitative" && t.unit === "") targetCanon += unitLabel.unit;
  }
  if (nameUnit && !swapped) {
    const t = ta < tb ? parseTarget(raw.slice(ta, tb), {}, targetCanon) : null;
    // The target's bare number counts in the name's unit (≥300 in 万元 is 3000000 元): the unit is read
    // after it, as a unit column's is; where it cannot be, the name keeps its bracket.
    if (t && t.kind === "quantitative" && t.unit === "" && isDigit(c.charCodeAt(tb - 1)))
      targetCanon += nameUnit.unit;
    else if ((!t || (t.kind === "quantitative" && t.unit === "")) && nameUnit.close <= ta)
      nb = nameUnit.close;
    // 覆盖村（社区），13个: a target counting in a unit of its own makes the bracket another name for what
    // is counted (as in a rows table, parse/builder.ts), kept in the name; 服务企业（户），≥50户 loses it.
    else if (
      t &&
      t.kind === "quantitative" &&
      t.unit !== "" &&
      nameUnit.close <= ta &&
      t.unit !== nameUnit.read
    )
      nb = nameUnit.close;
  }
  return {
    ...(goalText !== undefined ? { goalText } : {}),
    seq,
    level1,
    level2,
    name: unwrapped(
      unmarkedName(
        (namePre ? raw.slice(...namePre) : "") +
          (nameRest ? raw.slice(na, nb) + raw.slice(...nameRest) : raw.slice(na, nb)),
      ),
    ),
    target: targetBound + raw.slice(ta, tb),
    targetCanon,
    fromBracket,
  };
}

/** Whether NEGATION_FIRST may match: its state's words (发生, 无, 产生, 造成, 出现) are there. */
function mayNegateFirst(cn: string): boolean {
  return (
    cn.includes("发生") ||
    cn.includes("无") ||
    cn.includes("产生") ||
    cn.includes("造成") ||
    cn.includes("出现")
  );
}
