/** Brackets in an indicator's text: where a bracketed target closes the name, and which bracket opens which. */
import { isDigit } from "../chars";
import { isThousandsComma } from "../sentences";
import { isOpener, isCloser, matchingOpen, firstNonSpace } from "./scan";
import { mayEndWithQuantity } from "./quantity";

/** Index of the first name/target separator (，, ：:) from `p` on, outside brackets and quotes, or -1. */
export function separatorIndex(c: string, raw: string, p: number): number {
  let depth = 0;
  for (let i = p; i < c.length; i++) {
    const code = c.charCodeAt(i);
    if (code === 44 || code === 58) {
      // 师生比1:15, 岗位数量1:1配备: a colon between digits is a ratio, not a separator.
      if (code === 58 && isDigit(c.charCodeAt(i - 1)) && isDigit(firstNonSpace(c, i + 1, c.length))) continue;
      if (depth === 0 && !isThousandsComma(raw, i)) return i;
    } else if (isOpener(code)) depth++;
    else if (isCloser(code)) depth = Math.max(0, depth - 1);
  }
  return -1;
}

/** A bracket at the end of [a, b) holding a target (≥77台, **万元, 95%) rather than a qualifier: where it opens, or -1. */
export function trailingTargetBracket(c: string, a: number, b: number): number {
  const last = b - 1;
  if (last < a || (c.charCodeAt(last) !== 41 && c.charCodeAt(last) !== 0xff09)) return -1;
  const i = matchingOpen(c, a, last);
  if (i < 0) return -1;
  const inner = c.slice(i + 1, last);
  return /[\d≥≤<>=*＊]|XX|xx/.test(inner) && i > a ? i : -1;
}

/** Whether `i` is inside a bracket opened after `a` that closes before `b` with a digit after it. */
export function insideBracketBefore(c: string, a: number, i: number, b: number): boolean {
  let depth = 0;
  for (let k = a; k < i; k++) {
    const code = c.charCodeAt(k);
    if (code === 40 || code === 0xff08) depth++;
    else if ((code === 41 || code === 0xff09) && depth > 0) depth--;
  }
  if (depth === 0) return false;
  for (let k = i; k < b; k++) {
    const code = c.charCodeAt(k);
    if ((code === 41 || code === 0xff09) && --depth === 0) return mayEndWithQuantity(c, k + 1, b);
  }
  return false;
}
