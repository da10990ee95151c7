/**
 * Character-level helpers. `canon` maps a string one code unit to one code unit (so offsets into the
 * canonical form are offsets into the original): full-width ASCII → ASCII, U+3000 → space,
 * ≧ → ≥, ≦ → ≤, ％ → %. Everything that matches patterns matches on the canonical form.
 */

export function canonCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x2267) return 0x2265; // ≧ → ≥
  if (c === 0x2266) return 0x2264; // ≦ → ≤
  if (c === 0x3000 || c === 0x00a0) return 0x20; // ideographic and no-break spaces
  return c;
}

const NEEDS_CANON = /[\uff01-\uff5e\u3000\u00a0\u2266\u2267]/;
const CANON_ALL = /[\uff01-\uff5e\u3000\u00a0\u2266\u2267]/g;
const canonChar = (ch: string) => String.fromCharCode(canonCode(ch.charCodeAt(0)));

/** Most text needs no change: test once, and only then replace (one code unit for one). */
export function canon(s: string): string {
  return NEEDS_CANON.test(s) ? s.replace(CANON_ALL, canonChar) : s;
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
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0x200b ||
    c === 0x200c ||
    c === 0x200d ||
    c === 0xfeff
  );
}

/** Sentence-ending punctuation that separates indicators in a packed cell (canonical forms). */
export function isTerminator(c: number): boolean {
  // 。 ; ! ? \n \r and the canonical forms of ； ！ ？
  return c === 0x3002 || c === 59 || c === 33 || c === 63 || c === 10 || c === 13;
}

export function trimSpaces(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s.charCodeAt(a))) a++;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** Strips trailing terminators and commas (and spaces) — for a target or a name. */
export function trimEndPunct(s: string): string {
  let b = s.length;
  while (b > 0) {
    const c = canonCode(s.charCodeAt(b - 1));
    if (isTerminator(c) || c === 44 || c === 0x3001 || isSpace(c) || c === 58) b--;
    else break;
  }
  return b === s.length ? s : s.slice(0, b);
}
