/**
 * Character-level helpers. `canon` maps a string one code unit to one code unit (so offsets into the
 * canonical form are offsets into the original): full-width ASCII → ASCII, U+3000 → space,
 * ≧ → ≥, ≦ → ≤, ％ → %. Everything that matches patterns matches on the canonical form.
 */
import { type CodeSet, hasClass, JS_SPACE, NEEDS_CANON, SPACE, TERMINATOR } from "./charClass";

export function canonCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x2267) return 0x2265; // ≧ → ≥
  if (c === 0x2266) return 0x2264; // ≦ → ≤
  if (c === 0x3000 || c === 0x00a0) return 0x20; // ideographic and no-break spaces
  if (c === 0x3016 || c === 0x3017) return c - 6; // 〖产出指标〗 as 【产出指标】
  return c;
}

function needsCanon(c: number): boolean {
  return hasClass(c, NEEDS_CANON);
}

/** Reused code buffer: canon runs on every cell, and building from codes beats a regex callback. */
const codes: number[] = [];
const CHUNK = 8192; // String.fromCharCode.apply takes its arguments on the stack

/** canonCode for every UTF-16 code, looked up while rebuilding a cell. */
const CANON_TABLE = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) CANON_TABLE[c] = canonCode(c);

/** Most text needs no change: scan once, and only then rebuild (one code unit for one). */
export function canon(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n && !needsCanon(s.charCodeAt(i))) i++;
  if (i === n) return s;
  // Rebuilt from the first code: one flat string, so that later scans read it directly.
  let out = "";
  for (let from = 0; from < n; from += CHUNK) {
    const to = Math.min(n, from + CHUNK);
    codes.length = to - from;
    for (let k = from; k < to; k++) codes[k - from] = CANON_TABLE[s.charCodeAt(k)];
    out += String.fromCharCode.apply(null, codes);
  }
  return out;
}

/** What RegExp \s matches (bareLabel removes it): the exact set, so the quick reject agrees with it. */
export function isJsSpace(c: number): boolean {
  return hasClass(c, JS_SPACE);
}

/** Whether `word` stands at `pos` of `s`: startsWith by character codes (several times cheaper on
 * the short two-byte strings the scanners read, and this runs for every unit and comparator). */
export function matchAt(s: string, word: string, pos: number): boolean {
  const n = word.length;
  if (pos < 0 || pos + n > s.length) return false;
  for (let k = 0; k < n; k++) if (s.charCodeAt(pos + k) !== word.charCodeAt(k)) return false;
  return true;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** CJK unified ideographs (the common block and extension A). */
export function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

export function isLatin(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Whitespace including line breaks, NBSP, U+3000 and zero-width characters. */
export function isSpace(c: number): boolean {
  return hasClass(c, SPACE);
}

/** Sentence-ending punctuation that separates indicators in a packed cell (canonical forms). */
export function isTerminator(c: number): boolean {
  return hasClass(c, TERMINATOR);
}

/** The end of [a, b) without trailing spaces. */
export function endBeforeSpace(s: string, a: number, b: number): number {
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return b;
}

export function trimSpaces(s: string): string {
  let a = 0;
  while (a < s.length && isSpace(s.charCodeAt(a))) a++;
  const b = endBeforeSpace(s, a, s.length);
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/**
 * Full-width digits (２０２４) as ASCII, nothing else changed (a title keeps its brackets as written): a
 * title's year and the unit before it read as when typed half-width. Most text has none: one scan first.
 */
export function halfWidthDigits(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19)
      return s.replace(/[０-９]/g, (d) => String.fromCharCode(canonCode(d.charCodeAt(0))));
  }
  return s;
}

/**
 * The end of [a, b) without trailing terminators, commas, 、 : and spaces (in any width) — and without a
 * half-width full stop or dashes after a word ("家次.", "企业数——"), which after a digit are a number's.
 */
export function endBeforePunct(s: string, a: number, b: number): number {
  while (b > a) {
    const c = canonCode(s.charCodeAt(b - 1));
    if (isTerminator(c) || c === 44 || c === 0x3001 || isSpace(c) || c === 58) b--;
    else if ((c === 46 || c === 45 || c === 0x2014 || c === 0x2013) && b - 1 > a && !isDigitAt(s, b - 2)) b--;
    else break;
  }
  return b;
}

function isDigitAt(s: string, i: number): boolean {
  const c = canonCode(s.charCodeAt(i));
  return c >= 48 && c <= 57;
}

/** Strips trailing terminators and commas (and spaces) — for a target or a name. */
export function trimEndPunct(s: string): string {
  const b = endBeforePunct(s, 0, s.length);
  return b === s.length ? s : s.slice(0, b);
}

/** Whether the last character before spaces and 。 . ; , is in `last`; or, with `back`, the one `back` before it. */
export function endsWithCharIn(c: string, last: CodeSet, back = 0): boolean {
  let k = c.length;
  while (k > 0) {
    const ch = c.charCodeAt(k - 1);
    if (!isTailEnd(ch)) break;
    k--;
  }
  return last.has(c.charCodeAt(k - 1 - back));
}

/** What the tail patterns let close the text after their words (`[\s。.;,]*$`): spaces and 。 . ; , */
export function isTailEnd(ch: number): boolean {
  return ch === 0x3002 || ch === 46 || ch === 59 || ch === 44 || isJsSpace(ch);
}

/**
 * Word's soft return (Shift+Enter, kept by Excel as U+000B, _x000B_ in the file), the line and paragraph
 * separators U+2028 and U+2029, and a carriage return alone (an old Mac's line end) as the line break "\n" they
 * show as: one character for one, so offsets into the result are offsets into the cell as written. Most cells
 * have none and are returned as they are.
 */
export function withLineBreaks(s: string): string {
  // Nearly every cell has none: one native scan says so.
  if (!SOFT_BREAK_CHAR.test(s)) return s;
  let i = 0;
  const n = s.length;
  for (; i < n; i++) if (isSoftBreak(s, i)) break;
  if (i === n) return s;
  let out = s.slice(0, i);
  let from = i;
  for (; i < n; i++) {
    if (!isSoftBreak(s, i)) continue;
    out += s.slice(from, i) + "\n";
    from = i + 1;
  }
  return out + s.slice(from);
}

// A vertical tab, the line and paragraph separators, a carriage return (a CR before LF is no soft break).
// eslint-disable-next-line no-control-regex
const SOFT_BREAK_CHAR = /[\u000b\u2028\u2029\r]/;

function isSoftBreak(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c === 11 || c === 0x2028 || c === 0x2029) return true;
  return c === 13 && s.charCodeAt(i + 1) !== 10;
}

const SUPERSCRIPT_DIGIT = /[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]/;

/** ¹ ² ³ ⁰ ⁴–⁹: a superscript digit. */
function isSuperscriptDigit(c: number): boolean {
  return (
    c === 0xb9 ||
    c === 0xb2 ||
    c === 0xb3 ||
    (c >= 0x2070 && c <= 0x2079 && c !== 0x2071 && c !== 0x2072 && c !== 0x2073)
  );
}

/**
 * `s` with each footnote mark blanked (a space for a character, so offsets stay): superscript digits after a
 * target's Chinese word or its % (购置DR设备2台¹, 2024年6月30日前², 覆盖率95%³), where a clause ends — never a
 * unit's power after a letter (m², km³). The text as written is kept by the caller.
 */
export function withoutFootnoteMarks(s: string): string {
  // Nearly every item has none: one native scan says so.
  if (!SUPERSCRIPT_DIGIT.test(s)) return s;
  let out: string | null = null;
  for (let i = 0; i < s.length; i++) {
    if (!isSuperscriptDigit(s.charCodeAt(i))) continue;
    const before = s.charCodeAt(i - 1);
    if (!isCjk(before) && before !== 37 /* % */ && before !== 0x2030 /* ‰ */) continue;
    let e = i + 1;
    while (e < s.length && isSuperscriptDigit(s.charCodeAt(e))) e++;
    const after = s.charCodeAt(e);
    if (e < s.length && !isTerminator(after) && !isSpace(after) && after !== 44 && after !== 0xff0c) continue;
    out = (out ?? s).slice(0, i) + " ".repeat(e - i) + (out ?? s).slice(e);
    i = e - 1;
  }
  return out ?? s;
}
