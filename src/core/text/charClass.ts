/**
 * Character classes for the scanners, as one table of bit flags indexed by UTF-16 code: the scanners
 * ask about every character of every cell, and one table load answers what a chain of ten
 * comparisons did. The classes are defined below as plain lists; the table is built from them once.
 * A code outside the table (NaN past the end of a string) has no class.
 */

export const SPACE = 1 << 0;
export const TERMINATOR = 1 << 1;
export const JS_SPACE = 1 << 2;
export const NEEDS_CANON = 1 << 3;
export const TOKEN_START = 1 << 4;
export const CN_NUMERAL_1_10 = 1 << 5;
export const SENTENCE_MARK = 1 << 6;
export const TRAILING_LABEL = 1 << 7;

/** Whitespace including line breaks, NBSP, U+3000 and zero-width characters. */
const SPACES = [32, 9, 10, 13, 0xa0, 0x3000, 0x200b, 0x200c, 0x200d, 0xfeff];

/** Sentence ends that separate indicators in a packed cell (canonical forms): 。 ; ! ? \n \r */
const TERMINATORS = [0x3002, 59, 33, 63, 10, 13];

/** Exactly what RegExp \s matches (the property tests compare the two). */
const JS_SPACES = [
  9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
  0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];

/** 一 二 三 四 五 六 七 八 九 十: the numerals of （一） and 一、 numbering. */
const CN_NUMERALS = Array.from("一二三四五六七八九十", (ch) => ch.charCodeAt(0));

/** Sentence punctuation a category label never has inside it: 。 ; ； , ， : ： ! ！ ? ？ */
const SENTENCE_MARKS = Array.from("。;；,，:：!！?？", (ch) => ch.charCodeAt(0));

/**
 * What may stand at a label's end and still be removed before it is read: trailing punctuation
 * (spaces, 】 ] : ; 。 ， ,) and a score suffix ((0-20)分, （40分）).
 */
const TRAILING_LABEL_CHARS = [
  ...Array.from("0123456789()（）分-~～—】]:：;；。,，", (ch) => ch.charCodeAt(0)),
  ...JS_SPACES,
];

const TABLE = new Uint8Array(0x10000);

function mark(codes: readonly number[], flag: number): void {
  for (const c of codes) TABLE[c] |= flag;
}

mark(SPACES, SPACE);
mark(TERMINATORS, TERMINATOR);
mark(JS_SPACES, JS_SPACE);
mark(CN_NUMERALS, CN_NUMERAL_1_10);
mark(SENTENCE_MARKS, SENTENCE_MARK);
mark(TRAILING_LABEL_CHARS, TRAILING_LABEL);
// Full-width ASCII, the ideographic and no-break spaces, ≦ ≧, 〖 〗: what canon rewrites.
for (let c = 0xff01; c <= 0xff5e; c++) TABLE[c] |= NEEDS_CANON;
mark([0x3000, 0xa0, 0x2266, 0x2267, 0x3016, 0x3017], NEEDS_CANON);
// What a numbering token can start with: digits, (, 指 (指标1:), 目 (目标1:), 第 (第一，), ①…⒛, Ⅰ…Ⅻ, 一…十.
for (let c = 48; c <= 57; c++) TABLE[c] |= TOKEN_START;
for (let c = 0x2460; c <= 0x249b; c++) TABLE[c] |= TOKEN_START;
mark([40, 0x6307, 0x76ee /* 目 */, 0x7b2c /* 第 */, ...CN_NUMERALS], TOKEN_START);
// Roman numerals Ⅰ…Ⅻ and ⅰ…ⅻ.
for (let c = 0x2160; c <= 0x216b; c++) TABLE[c] |= TOKEN_START;
for (let c = 0x2170; c <= 0x217b; c++) TABLE[c] |= TOKEN_START;

/** Whether character code `c` has any of the classes in `flags`. */
export function hasClass(c: number, flags: number): boolean {
  return (TABLE[c] & flags) !== 0;
}

/**
 * A set of character codes as a bitmap over the codes' span: `has` is two compares and a load, where a
 * `Set<number>` hashes the code and walks a bucket. The scanners ask such sets about most characters of
 * every cell (the profile put Set.has at 4% of the parse). A code outside the span, or NaN past the end
 * of a string, is not in the set.
 */
export class CodeSet {
  private readonly min: number;
  private readonly span: number;
  private readonly bits: Uint32Array;
  readonly size: number;

  constructor(codes: Iterable<number>) {
    const list = [...new Set(codes)];
    this.size = list.length;
    this.min = list.length > 0 ? Math.min(...list) : 0;
    this.span = list.length > 0 ? Math.max(...list) - this.min : -1;
    this.bits = new Uint32Array((this.span >>> 5) + 1);
    for (const c of list) this.bits[(c - this.min) >>> 5] |= 1 << ((c - this.min) & 31);
  }

  has(c: number): boolean {
    const i = c - this.min;
    return i >= 0 && i <= this.span && (this.bits[i >>> 5] & (1 << (i & 31))) !== 0;
  }
}

/** The codes of each character of `chars` (one UTF-16 unit each), or the codes given, as a CodeSet. */
export function codeSet(chars: string | Iterable<number>): CodeSet {
  return new CodeSet(typeof chars === "string" ? Array.from(chars, (ch) => ch.charCodeAt(0)) : chars);
}
