/**
 * Text every cleanup rule leaves as typed: what a cell quotes of the original (说明：“。。”为原文, 原表写作
 * “≥=90%”, 原表编号“1、…；1、…；3、…”有误, 原文「；。」照录) and marks it speaks of as marks (namedSymbols.ts:
 * 原表 ≥= 写法, 注：> = 即 不少于). Such a quote holds the mess as it was written — mending it would misquote
 * the original, or call the mended form wrong (即 "≥=90%" 写法 错误) —, so the quoted span is left alone, and
 * only it: quotes around a name (“十四五”规划, “两癌”筛查) do not stop the rest of the cell being cleaned.
 *
 * The rules ask this through `keepProtected` (registry.ts wraps every text rule): each protected span is
 * replaced by one private-use character while the rule runs (its quotes stay, so the rule still sees a
 * quoted word beside its neighbours), then put back. A rule sees no quoted list to renumber, no quoted 。。
 * to collapse and no quoted >= to rewrite.
 */
import { namedSymbols } from "./namedSymbols";

/** Quote pairs: “” ‘’ 「」 『』 《》 and the straight "" '' (paired in order along a line). */
const PAIRS: Record<string, string> = {
  "“": "”",
  "‘": "’",
  "「": "」",
  "『": "』",
  "《": "》",
  '"': '"',
  "'": "'",
  "＂": "＂",
};

/** 《= and 》= are the Chinese keyboard's <= and >= (原表 》= 为笔误), no title marks. */
const isKeyboardSign = (t: string, i: number) => /[《》]/.test(t[i]) && /[=＝]/.test(t[i + 1] ?? "");

/**
 * Words near a quote that say it holds the original as written, or explain what it writes: 原文, 原表, 照录,
 * 写法, 写作, 错误, 有误, 笔误, 即, 指 (not 指标), 意为, 表示 ….
 */
const ORIGINAL_NEARBY =
  /原文|原表|原稿|原样|原(?:填|上|申)?报|(?:初|送审|报送|上报|申报)稿|(?:改|替换|更正|修改)(?:为|成)|照录|照抄|写法|写作|写成|误写|错误|有误|笔误|意为|表示|代表|符号|即|指(?![标数导南定出引])/;
/** How far (in characters, within the sentence) such a word may stand from the quote. */
const NEARBY = 8;

/**
 * Whether the quote around t[a, b) holds the mess itself: marks with no word or number (“。。”, 「；。」,
 * “>=”), or anything a word nearby says is the original's (原表写作“≥=90%”, “1、…；1、…；3、…”有误). A quoted
 * name or value no such word speaks of (“十四五”规划, “ ≥ 90 % ”为上级下达) is cleaned as the rest of the cell.
 */
function quotesTheOriginal(t: string, a: number, b: number): boolean {
  if (!/[\p{Script=Han}0-9０-９]/u.test(t.slice(a, b))) return true;
  const before =
    t
      .slice(Math.max(0, a - 1 - NEARBY), a - 1)
      .split(/[。；;\n]/)
      .pop() ?? "";
  const after = t.slice(b + 1, b + 1 + NEARBY).split(/[。；;\n]/)[0];
  return ORIGINAL_NEARBY.test(before) || ORIGINAL_NEARBY.test(after);
}

/**
 * The quoted spans of `t` that quote the original (quotesTheOriginal), inside their quotes, as [start, end)
 * pairs: a pair on one line around at least one character.
 */
function quotedSpans(t: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < t.length; i++) {
    const close = PAIRS[t[i]];
    if (!close || isKeyboardSign(t, i)) continue;
    // A straight ' inside a Latin word (it's) is an apostrophe.
    if (t[i] === "'" && /[A-Za-z]/.test(t[i - 1] ?? "")) continue;
    let j = i + 1;
    while (j < t.length && t[j] !== "\n" && (t[j] !== close || isKeyboardSign(t, j))) j++;
    if (j >= t.length || t[j] !== close) continue;
    if (j > i + 1 && quotesTheOriginal(t, i + 1, j)) spans.push([i + 1, j]);
    i = j;
  }
  return spans;
}

/** The spans of `t` no rule may change: quoted text and marks spoken of as marks, in order, not overlapping. */
export function protectedSpans(t: string): [number, number][] {
  const quoted = quotedSpans(t);
  const named = namedSymbols(t).filter(([a, b]) => !quoted.some(([qa, qb]) => a < qb && b > qa));
  return [...quoted, ...named].sort((x, y) => x[0] - y[0]);
}

/** The private-use characters that stand for protected spans while a rule runs. */
const MASK_FIRST = 0xe000;
const MASK_COUNT = 0x100;
const MASKS = /[\uE000-\uE0FF]/;

/**
 * `fix` run with `text`'s protected spans left as typed: each span stands as one private-use character while
 * `fix` runs and is put back after it. Text that holds such characters already is fixed as it is; a result
 * that lost or moved a span keeps the text as it was.
 */
export function keepProtected(fix: (text: string) => string): (text: string) => string {
  return (text) => {
    const spans = protectedSpans(text);
    if (spans.length === 0 || spans.length > MASK_COUNT || MASKS.test(text)) return fix(text);
    let masked = "";
    let at = 0;
    spans.forEach(([a, b], k) => {
      masked += text.slice(at, a) + String.fromCharCode(MASK_FIRST + k);
      at = b;
    });
    masked += text.slice(at);
    const fixed = fix(masked);
    if (fixed === masked) return text;
    let out = "";
    let from = 0;
    for (let k = 0; k < spans.length; k++) {
      const mark = String.fromCharCode(MASK_FIRST + k);
      const i = fixed.indexOf(mark, from);
      if (i < 0 || fixed.indexOf(mark, i + 1) >= 0) return text;
      out += fixed.slice(from, i) + text.slice(spans[k][0], spans[k][1]);
      from = i + 1;
    }
    out += fixed.slice(from);
    return MASKS.test(out) ? text : out;
  };
}
