/**
 * Marks that are text about themselves, not a bound or a slip to mend: a comparator named as a symbol
 * (>=号为原表符号, ≧符号, >=表示不少于), explained (注：> = 即 不少于, >= 指 不少于, ≧ 意为 不少于), called a
 * slip or the original's way of writing (原表 》= 为笔误, 原表 ≥= 写法: 》= is the Chinese keyboard's >=), and
 * a run of punctuation called the original's (。。为原文, ，，写法有误). Rewriting them (PUNCT) or taking the
 * spaces that set them apart (SPACE) would change what the words say — a note about *this* >= would be
 * false —, so every rule leaves them as written (protectedSpans.ts). Quoted ones are quoted spans there.
 */

/** One comparator symbol as written, its signs spaced or not (>=, > =, ≧, ＞＝), or 》= 《= typed for >= <=. */
const SYMBOL = "(?:[《》]\\s?[=＝]|[<>=＜＞＝≥≤≧≦](?:\\s?[<>=＜＞＝≥≤≧≦]){0,2})";
/** Words that say a mark is the original's as written, or a slip: 为原文, 系笔误, 写法, 有误, 照录. */
const ORIGINAL = "(?:为|系|是)?(?:笔误|原文|原表|写法|错误|有误|照录)";
/**
 * Words after a symbol that speak of it: 号, 符号, 表示, 代表, the words of ORIGINAL, and 即, 指, 意为 that
 * explain it (指 not opening 指标, 指数, 指导), and 改为, 替换为 that say it was changed (>=改为≥, round 202).
 */
const NAMING = `(?:符号|号|表示|代表|意为|即|指(?![标数导南定出引])|(?:统一|一律|均)?\\s?(?:改|替换|换|更正|修改)\\s?(?:为|成)|${ORIGINAL})`;
/** A run of marks that is a slip when it stands in a sentence: 。。 ，， ；。 、、. */
const MARKS = "[。，；、,;]{2,}";

/**
 * Words before a mark that say it is what the original wrote (round 167): 写作, 写成, 写为, 误写 (为), 错写,
 * 误作, 误填, 原表…为 and 原文为 (原表此处为, 原文中是), 此处为 — a colon and spaces may follow
 * (原表 写作 ≥=90%, 原文为 > = 90 %, 原表 误写 为 ≧90％, 上报时写成 =>90%, 原表此处为 。。 已删).
 */
const WRITTEN_AS =
  "(?:写\\s?(?:作|成|为)|(?:误|错)\\s?(?:写|填|作)(?:\\s?(?:为|成|作))?|原(?:表|文|稿|件)[^\\s，。；,;：:！？!?]{0,4}?\\s?(?:为|是)|此处\\s?为|" +
  // Round 195: 原表作, 原写, 原填为, 原为, 原来是, and 原表 or 原文 right before the mark (原表>=90%, 原表：>=90%).
  "原\\s?(?:表|文|稿|件)?\\s?(?:作|写|填)(?:\\s?(?:为|成|作))?|原来?\\s?(?:为|是)|原\\s?(?:表|文|稿|件)|" +
  // Round 202: the form as first filed — 原填报, 原报, 原上报, 初稿为, 送审稿作 (原填报>=90%, 初稿为 =>90%).
  "原\\s?(?:填|上|申)?\\s?报(?:\\s?(?:为|是|作))?|(?:初|送审|报送|上报|申报)\\s?稿(?:中|里)?(?:\\s?(?:为|是|作|写作))?|" +
  // Round 202: what a note says was changed or taken away (已将>=改为≥, 把 =>90% 改成, 删除多余的，，).
  "(?:将|把)\\s?原?|(?:删除|删去|去掉|去除|多余)(?:的)?)";
/**
 * Comparator words the original wrote (原表写作大于等于90%): COMPARATOR-WORDS, when ticked, must leave the
 * words a note quotes as the original's as they are, as PUNCT leaves a quoted >= (round 202).
 */
const COMPARATOR_WORDS =
  "(?:大于或?等于|小于或?等于|不少于|不低于|不超过|不高于|不大于|不多于|不小于|至少|至多|大于|小于|低于|高于|超过|多于|少于)";
/**
 * What such a word quotes, as the original wrote it: a comparator with the number and % after it, each
 * spaced or not (≥=90%, > = 90 %, ≧90％), a comparator word with its number (大于等于90%), or a run of
 * marks (。。).
 */
const WRITTEN_VALUE = `(?:${SYMBOL}|${COMPARATOR_WORDS})(?:\\s?[0-9０-９]+(?:[.．][0-9０-９]+)?(?:\\s?[%％‰])?)?|${MARKS}`;

/**
 * A comparator with its number (and %, ‰ or a short unit), then words after it that call it the original's
 * (round 183): 原表, 原文, 原稿 or 原件, and within a few characters 写法, 笔误, 错误, 有误, 原样, 照录 or 写作
 * (=<5% 为 原表 写法, ≥=90% 系原表笔误, > = 90 % 为原文写法, ≧90％为原表写法), or 为/系 笔误 itself. The whole
 * phrase is the span, so its spaces stay as typed too.
 */
const VALUE_NAMED =
  `${SYMBOL}\\s*[0-9０-９]+(?:\\s*[.．,，]\\s*[0-9０-９]+)*(?:\\s*(?:[%％‰]|[\\u4e00-\\u9fffA-Za-z/／]{1,4}?))?` +
  `\\s*(?:(?:为|系|是)\\s*)?` +
  `(?:(?:为|系|是)\\s*原\\s*(?:表|文|稿|件)(?:原样|写法)?\\s*(?=$|[，。；,;）)])|原\\s*(?:表|文|稿|件)(?:\\s*[^\\s，。；,;：:！？!?（）()<>=＜＞＝≥≤≧≦《》0-9０-９\\n]){0,4}?\\s*(?:写法|笔误|错误|有误|原样|照录|写作)|(?:为|系)\\s*笔误)`;

export const NAMED_SYMBOL = new RegExp(
  `${VALUE_NAMED}|${SYMBOL}(?=\\s*${NAMING})|${MARKS}(?=\\s*${ORIGINAL})|(?<=${WRITTEN_AS}\\s*[:：]?\\s*[“"‘']?)(?:${WRITTEN_VALUE})`,
  "g",
);

const ANY_COMPARATOR_WORD = new RegExp(COMPARATOR_WORDS);

/** The spans of `t` that name a mark (NAMED_SYMBOL), as [start, end) pairs. */
export function namedSymbols(t: string): [number, number][] {
  // Every match holds a comparator sign (SYMBOL: 》= 《= too), a comparator word or two marks in a row (MARKS):
  // most cells hold none.
  if (!/[<>=＜＞＝≥≤≧≦]|[。，；、,;]{2}/.test(t) && !ANY_COMPARATOR_WORD.test(t)) return [];
  return [...t.matchAll(NAMED_SYMBOL)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}
