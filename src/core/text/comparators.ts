/**
 * Comparator words and symbols. Chinese legal reading of bounds: 以上, 以下, 以内, 不少于, 不超过
 * include the number; 大于, 超过, 小于, 低于 exclude it. Matching is on canonical text (chars.ts).
 */
import type { Comparator } from "../record";
import { isJsSpace, matchAt } from "./chars";
import { codeSet } from "./charClass";

/** A level raised to (提高至, 增加到): its verb and 至 or 到 — comparatorWords.ts lists them too. */
export const RAISED_TO = ["提高", "提升", "增加", "增长", "上升", "增"].flatMap((v) => [`${v}至`, `${v}到`]);
/** A level lowered to (降低至, 压缩到). */
export const LOWERED_TO = ["降低", "下降", "减少", "压缩", "缩短", "降", "减"].flatMap((v) => [
  `${v}至`,
  `${v}到`,
]);

/**
 * The verbs of a change said in words, up or down (增长, 提高, 上升, 扩大 … 下降, 减少): in a state or act written before
 * the measure it is said of, a change brought about (促使脱贫户增加收入, 促使农户扩大种植面积 — the whole is the name,
 * item/index.ts), and closing the words before a comma with its size after it (农民收入稳定增长，增幅≥6%, 产业规模不断
 * 扩大，增速≥12% — one indicator, sentences.ts). One list for both: 上升 and 扩大 are changes either way.
 */
export const CHANGE_WORD = /增加|增长|提高|提升|上升|扩大|减少|降低|下降/;

/** Written before the number, longest first within each check. */
const BEFORE: readonly [string, Comparator][] = [
  ["大于或等于", ">="],
  ["高于或等于", ">="],
  ["不少于等于", ">="],
  ["小于或等于", "<="],
  ["低于或等于", "<="],
  ["大于等于", ">="],
  ["小于等于", "<="],
  ["不少于", ">="],
  ["不低于", ">="],
  ["不小于", ">="],
  ["不超过", "<="],
  ["不超出", "<="],
  ["不高于", "<="],
  ["不大于", "<="],
  ["不多于", "<="],
  ["控制在", "<="],
  ["保持稳定在", ">="],
  ["保持在", ">="],
  ["稳定在", ">="],
  ["不超", "<="],
  ["至少", ">="],
  ["达到", ">="],
  // 提高至35%, 增加到500人: a level reached, a floor as 达到 is (not 提高2个百分点, a change); 降低至5%,
  // 压缩至3个工作日 a ceiling.
  ...RAISED_TO.map((w): [string, Comparator] => [w, ">="]),
  ...LOWERED_TO.map((w): [string, Comparator] => [w, "<="]),
  ["最少", ">="],
  ["最低", ">="],
  ["最多", "<="],
  ["至多", "<="],
  ["最高", "<="],
  ["不足", "<"],
  ["不到", "<"],
  ["大于", ">"],
  ["超过", ">"],
  ["超出", ">"],
  ["高于", ">"],
  ["多于", ">"],
  ["优于", ">"],
  // 年交易额突破300亿元: broken through, past the figure (as 超过 is).
  ["突破", ">"],
  ["小于", "<"],
  ["低于", "<"],
  ["少于", "<"],
  ["等于", "="],
  // 群众满意度> =90%, ＞ ＝90% (canonical: a space between the signs), written loosely for ≥ and ≤.
  ["> =", ">="],
  ["< =", "<="],
  [">=", ">="],
  ["=>", ">="],
  ["<=", "<="],
  ["=<", "<="],
  ["≥", ">="],
  ["≤", "<="],
  [">", ">"],
  ["<", "<"],
  ["‹", "<"],
  ["›", ">"],
  ["=", "="],
  ["达", ">="],
  ["超", ">"],
  ["逾", ">"],
  ["±", "<="],
];

/** One-character words that count only right before the number: 达90%, 超5%, 逾500 (not 达标, 超标, 逾期). */
const RIGHT_BEFORE_ONLY = new Set(["达", "超", "逾"]);

/**
 * A bare bound negated by a modal before it turns over, and includes the number: 不应低于70% is ≥ 70%,
 * 不宜超过2% ≤ 2%, 未超过5% ≤ 5% (as 不得低于 and 不超过 read).
 */
const NEGATED: ReadonlyMap<string, Comparator> = new Map<string, Comparator>([
  ["低于", ">="],
  ["少于", ">="],
  ["小于", ">="],
  ["超过", "<="],
  ["超出", "<="],
  ["高于", "<="],
  ["大于", "<="],
  ["多于", "<="],
]);

/** The modals after 不 that negate a bound: 不应 不宜 不能 不可 不得 不准 不许 不会. */
const MODAL_AFTER_BU = codeSet("应宜能可得准许会");

/** How many characters of a negating modal end at `end` (未: 1; 不应, 不得 …: 2), or 0. */
function negationBefore(s: string, end: number): number {
  const c = s.charCodeAt(end - 1);
  if (c === 0x672a /* 未 */) return 1;
  return MODAL_AFTER_BU.has(c) && s.charCodeAt(end - 2) === 0x4e0d /* 不 */ ? 2 : 0;
}

/** Written after the number and unit. */
const AFTER: readonly [string, Comparator][] = [
  ["及以上", ">="],
  ["或以上", ">="],
  ["以上", ">="],
  ["及以下", "<="],
  ["或以下", "<="],
  ["以下", "<="],
  ["以内", "<="],
  ["之内", "<="],
  ["内", "<="],
  ["左右", "="],
];

/** What makes 突破 a noun, breakthroughs (技术突破3项, 取得突破2项), before it. */
const BREAKTHROUGH_NOUN_BEFORE = /(?:技术|科技|关键|重大|重点|攻关|取得|实现|创新)$/;

/** Words that may stand between the comparator and the number: 不少于约300, 控制在5%以内, 达到了 … */
const FILLER_CODES = codeSet("约近了在为是:：共计总合");
const isFiller = (c: number) => FILLER_CODES.has(c) || isJsSpace(c);

/** The comparator ending at `end` in canonical text `s` (skipping fillers), with where it starts. */
/** BEFORE words indexed by their last character (longest first), so most positions are rejected at once. */
const BY_LAST = new Map<number, [string, Comparator][]>();
for (const entry of BEFORE) {
  const last = entry[0].charCodeAt(entry[0].length - 1);
  const list = BY_LAST.get(last) ?? [];
  list.push(entry);
  BY_LAST.set(last, list);
}

export function comparatorBefore(s: string, end: number): { comparator: Comparator; start: number } | null {
  // Try right before the number first, then past up to three filler characters (控制在, 不少于约 …).
  let e = end;
  for (let skipped = 0; skipped <= 3 && e > 0; skipped++) {
    const list = BY_LAST.get(s.charCodeAt(e - 1));
    if (list) {
      for (const [word, cmp] of list) {
        const start = e - word.length;
        if (matchAt(s, word, start)) {
          // A single 达 counts only right before the number (达90%), not inside words (达标).
          if (e !== end && RIGHT_BEFORE_ONLY.has(word)) continue;
          // 实现关键技术突破3项: breakthroughs counted, a noun after what is broken through, no bound.
          if (word === "突破" && BREAKTHROUGH_NOUN_BEFORE.test(s.slice(Math.max(0, start - 2), start)))
            continue;
          const negated = NEGATED.get(word);
          const n = negated ? negationBefore(s, start) : 0;
          return negated && n > 0 ? { comparator: negated, start: start - n } : { comparator: cmp, start };
        }
      }
    }
    if (isFiller(s.charCodeAt(e - 1))) e--;
    else break;
  }
  return null;
}

/** The comparator word starting at `pos` (after the unit), with its length. */
/** First characters of the AFTER words: most positions after a unit start none of them. */
const AFTER_FIRST = codeSet(AFTER.map(([w]) => w.charCodeAt(0)));

/** Whether `c` can start a comparator word written after a number (以上, 以内, 左右, 及以上 …). */
export function startsComparatorAfter(c: number): boolean {
  return AFTER_FIRST.has(c);
}

export function comparatorAfter(s: string, pos: number): { comparator: Comparator; length: number } | null {
  let p = pos;
  while (p < s.length && s.charCodeAt(p) === 32) p++;
  // "95%（含）以上": the bound is included either way; the note does not stop the word after it.
  if (s.charCodeAt(p) === 40 && matchAt(s, "(含)", p)) {
    p += 3;
    while (p < s.length && s.charCodeAt(p) === 32) p++;
  }
  if (!startsComparatorAfter(s.charCodeAt(p))) return null;
  for (const [word, cmp] of AFTER) {
    if (matchAt(s, word, p)) {
      // 内 alone only when it ends the clause (3天内完成 is fine, 内容 is not).
      if (word === "内" && /[容部部涵]/.test(s[p + 1] ?? "")) continue;
      return { comparator: cmp, length: p - pos + word.length };
    }
  }
  return null;
}

/**
 * What a "per" names (perBefore): one or two characters (每人, 每月, 每季度), or three after a magnitude
 * (每万人口, 每千人) or as an area or volume (每平方米). Longer words after 每 name a thing of their own
 * (每户补助, 每月巡查, 每公里造价): those stay in the name.
 */
export const PER_WORD =
  "每(?:[万千百十](?:(?!每)[\\u4e00-\\u9fa5]){1,2}|平方米|立方米|(?:(?!每)[\\u4e00-\\u9fa5]){1,2})";

/** What an average is of, before 均: 人均, 户均, 生均, 亩均. */
const AVERAGE_OF = "人户生亩";
const AVERAGE_OF_CODES = codeSet(AVERAGE_OF);

/** 人均, 户均, 生均, 亩均: an average written between a comparator and its figure (经办服务费≤人均40元), as a per. */
const AVERAGE_WORD = `[${AVERAGE_OF}]均`;

/**
 * All comparator spellings written before a number, for finding a target inside a name — also with a
 * per between them (低保标准不低于每人每月1240元, 配置≥每万人口3.5名).
 */
export const NAME_COMPARATOR_PATTERN = new RegExp(
  "((?:不[应宜能可得准许会]|未)(?:低于|少于|小于|超过|超出|高于|大于|多于)|大于或等于|小于或等于|大于等于|小于等于|不少于|不低于|不小于|不超过|不高于|不大于|不多于|至少|至多|最低|不足|不到|逾|大于|小于|低于|高于|超过|> ?=|< ?=|=>|=<|≥|≤|>|<|=)" +
    `\\s*(?=(?:${PER_WORD}|${AVERAGE_WORD}){0,2}[\\d一二三四五六七八九十两半])`,
);

const PER = 0x6bcf; // 每
const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fa5 && c !== PER;
const MAGNITUDE_CODES = codeSet("万千百十");

/**
 * Where a "per" written right before `end` starts (每人每月 in 每人每月1240元, 每万人口 in 每万人口3.5名,
 * 每月 in 每月1次), or -1: at most two, each 每 and what PER_WORD lets it name. Characters only — it is
 * asked of every number that has no comparator right before it.
 */
export function perBefore(s: string, end: number): number {
  let start = -1;
  let k = end;
  for (let n = 0; n < 2; n++) {
    const at = perWordBefore(s, k);
    if (at < 0) break;
    start = k = at;
  }
  // "人均每月1000元": an average alone (人均, 户均) names nothing without its period, which stays its name's.
  return start >= 2 && start <= 4 && AVERAGE_ALONE.test(s.slice(0, start)) ? -1 : start;
}

/**
 * Where an average written right before `end` starts (人均 in ≤人均40元), or -1: asked only where no comparator
 * or per stands right before the number, and read only with a comparator before it.
 */
export function averageBefore(s: string, end: number): number {
  if (end < 3 || s.charCodeAt(end - 1) !== 0x5747 /* 均 */) return -1;
  return AVERAGE_OF_CODES.has(s.charCodeAt(end - 2)) ? end - 2 : -1;
}

/** An average with nothing it is of: 人均, 户均, 生均 (a name only with the period after it: 人均每月). */
const AVERAGE_ALONE = new RegExp(`^\\s*${AVERAGE_WORD}\\s*$`);

/** Where the one PER_WORD that ends at `end` starts, or -1. */
function perWordBefore(s: string, end: number): number {
  for (let length = 1; length <= 3; length++) {
    const at = end - length - 1;
    if (at < 0) return -1;
    if (!isHan(s.charCodeAt(end - length))) return -1;
    if (s.charCodeAt(at) !== PER) continue;
    if (length < 3 || MAGNITUDE_CODES.has(s.charCodeAt(at + 1))) return at;
    const word = s.slice(at + 1, end);
    return word === "平方米" || word === "立方米" ? at : -1;
  }
  return -1;
}

/**
 * What a multiple or a share is of, named right before its number with no 的: 不低于当地低保标准1.3倍,
 * 不超过预算总额10%, 不低于全省平均水平90%.
 */
export const REFERENCE_WORDS = "标准|水平|总额|总量|均值|基数";

/**
 * An inclusive bound, then a standard, a level or a total it names (不低于当地低保标准); not last year's
 * (不低于上年水平 is a change). One source for BOUND_OF_REFERENCE (target.ts) and TIMES_OF (item/patterns.ts).
 */
export const BOUND_BEFORE_REFERENCE = `(?:不少于|不低于|不超过|不高于|不大于)(?![\\u4e00-\\u9fa5]*?(?:上年|去年|上一年|同期))[\\u4e00-\\u9fa5]{0,12}?(?:${REFERENCE_WORDS})`;

/** A comparator as an officer writes it in a sheet: ≥ > ≤ < = 区间. */
export const COMPARATOR_SYMBOL: Record<Comparator, string> = {
  ">=": "≥",
  ">": ">",
  "<=": "≤",
  "<": "<",
  "=": "=",
  between: "区间",
};

export function comparatorSymbol(c: Comparator | string | null): string {
  return c === null ? "" : (COMPARATOR_SYMBOL[c as Comparator] ?? c);
}

/**
 * "每季度至少开展1次", "每年不少于组织培训2期": a bound (至少, 不少于, 不超过 …) before the act it counts, then the
 * number — the act's words (ACT_WORDS, one or two of them) between bound and number. The bound's comparator,
 * where it starts and where the act's words are, or null. Characters first: a number after no act word is
 * rejected at its last character.
 */
export function boundOverAct(
  s: string,
  end: number,
): { comparator: Comparator; start: number; act: [number, number] } | null {
  let k = end;
  while (k > 0 && isJsSpace(s.charCodeAt(k - 1))) k--;
  const actEnd = k;
  for (let n = 0; n < 2 && k >= 2 && ACT_LAST.has(s.charCodeAt(k - 1)); n++) {
    if (!ACT_WORDS.has(s.slice(k - 2, k))) break;
    k -= 2;
    const b = comparatorBefore(s, k);
    if (b && BOUND_OVER_ACT.has(s.slice(b.start, k).trim())) return { ...b, act: [k, actEnd] };
  }
  return null;
}

/** The acts a bound may stand before with their count after them: 至少开展1次, 不少于组织培训2期. */
const ACT_WORDS = new Set([
  "开展",
  "组织",
  "举办",
  "召开",
  "检查",
  "巡查",
  "督查",
  "督导",
  "培训",
  "监测",
  "抽检",
  "检测",
  "走访",
  "慰问",
  "宣传",
  "演练",
  "进行",
  "实施",
  "出动",
  "清理",
  "清运",
  "召集",
]);
const ACT_LAST = codeSet(Array.from(ACT_WORDS, (w) => w.charCodeAt(1)));
/** The bounds read over an act: not 达到 or 达 (达到开展…, no one writes it), nor the relations (大于, 低于). */
const BOUND_OVER_ACT = new Set(["至少", "最少", "不少于", "不低于", "至多", "最多", "不超过", "不多于"]);

/** BOUND_OVER_ACT's bound, its act's words and the number at a position (boundOverAct read forwards). */
const BOUND_THEN_ACT = new RegExp(
  `(?:${Array.from(BOUND_OVER_ACT).join("|")})\\s*((?:${Array.from(ACT_WORDS).join("|")}){1,2})\\s*(?=[\\d一二两三四五六七八九十半])`,
  "y",
);
const BOUND_OVER_ACT_FIRST = codeSet(Array.from(BOUND_OVER_ACT, (w) => w.charCodeAt(0)));

/** Where the act's words are when a target starting at `at` is a bound over an act (至少开展1次), or null. */
export function actAfterBound(s: string, at: number): [number, number] | null {
  if (!BOUND_OVER_ACT_FIRST.has(s.charCodeAt(at))) return null;
  BOUND_THEN_ACT.lastIndex = at;
  const m = BOUND_THEN_ACT.exec(s);
  if (!m) return null;
  const a = at + m[0].indexOf(m[1]);
  return [a, a + m[1].length];
}
