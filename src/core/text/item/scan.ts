/** Character scans an item's readers share: brackets that open and close, the first non-space, dashes. */
import { isCjk, isJsSpace, isSpace } from "../chars";
import { codeSet } from "../charClass";

export function isOpener(code: number): boolean {
  // ( （ [ 【 《 “
  return (
    code === 40 || code === 0xff08 || code === 91 || code === 0x3010 || code === 0x300a || code === 0x201c
  );
}

export function isCloser(code: number): boolean {
  // ) ） ] 】 》 ”
  return (
    code === 41 || code === 0xff09 || code === 93 || code === 0x3011 || code === 0x300b || code === 0x201d
  );
}

/** Where the bracket that closes at `last` opens (scanning back no further than `a`), or -1. */
export function matchingOpen(c: string, a: number, last: number): number {
  let depth = 0;
  for (let i = last; i >= a; i--) {
    const code = c.charCodeAt(i);
    if (code === 41 || code === 0xff09) depth++;
    else if ((code === 40 || code === 0xff08) && --depth === 0) return i;
  }
  return -1;
}

/** A sticky pattern tried at `at` of `s` (no slice: this runs on every item with a separator). */
export function stickyTest(re: RegExp, s: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(s);
}

export function firstNonSpaceIndex(s: string): number {
  let i = 0;
  while (i < s.length && isJsSpace(s.charCodeAt(i))) i++;
  return i;
}

export function isBlank(c: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isSpace(c.charCodeAt(i))) return false;
  return true;
}

/** - — – (after canon, a full-width － is -). */
export function isDash(code: number): boolean {
  return code === 45 || code === 0x2014 || code === 0x2013;
}

/** The first character code in [a, b) that RegExp \\s does not match, or NaN when there is none. */
export function firstNonSpace(s: string, a: number, b: number): number {
  let i = a;
  while (i < b && isJsSpace(s.charCodeAt(i))) i++;
  return i < b ? s.charCodeAt(i) : NaN;
}

/**
 * Glyphs a list pasted from Word or WPS puts before each item: • · ‧ ∙ ○ ● ◎ ◆ ◇ ♦ ■ □ ▪ ▫ ▲ △ ► ▶ ➢ ➤ √ ✓ ✔ ※ and
 * the Wingdings bullets (private use: , , , ). A dash (- － — –) is one only before a word (see pastBullet).
 */
const BULLETS = codeSet([
  0x2022, 0xb7, 0x2027, 0x2219, 0x25cb, 0x25cf, 0x25ce, 0x25c6, 0x25c7, 0x2666, 0x25a0, 0x25a1, 0x25aa,
  0x25ab, 0x25b2, 0x25b3, 0x25ba, 0x25b6, 0x27a2, 0x27a4, 0x221a, 0x2713, 0x2714, 0x203b, 0xf06c, 0xf0a7,
  0xf0d8, 0xf0fc,
]);

/**
 * Past a list's bullet (and the spaces after it) at the start of [a, b) of a name's text (canonical or as written) — • 群众满意度：≥90%,
 * - 补贴藏羊种公羊：1200只, ·建设民族特色村寨2个 —, or `a` when none stands there. A dash is a bullet only before
 * a CJK word (-5% is a minus, —— between words a dash); any other glyph only before something.
 */
export function pastBullet(c: string, a: number, b: number): number {
  let i = a;
  while (i < b && isJsSpace(c.charCodeAt(i))) i++;
  const code = c.charCodeAt(i);
  const dash = isDash(code) || code === 0xff0d;
  if (!dash && !BULLETS.has(code)) return a;
  i++;
  if (dash) while (i < b && (isDash(c.charCodeAt(i)) || c.charCodeAt(i) === 0xff0d)) i++;
  while (i < b && isJsSpace(c.charCodeAt(i))) i++;
  if (i >= b) return a;
  return !dash || isCjk(c.charCodeAt(i)) ? i : a;
}
