/** Character scans an item's readers share: brackets that open and close, the first non-space, dashes. */
import { isJsSpace, isSpace } from "../chars";

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
