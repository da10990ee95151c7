/** Character classes shared by the cleanup rules. */

/** Characters that show nothing (zero-width, soft hyphen), as a character class's body. */
export const ZERO_WIDTH_CHARS = "\\u200B-\\u200D\\u2060\\uFEFF\\u00AD";
/** Spaces other than U+0020 (tab, NBSP, the U+2000 spaces, full-width), as a character class's body. */
export const ODD_SPACE_CHARS = "\\t\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000";

/** A Han character. */
export const HAN = /\p{Script=Han}/u;

/** Han, CJK symbols and punctuation (U+3000–303F) or full-width forms (U+FF00–FFEF): "Chinese context". */
export function isWide(ch: string | undefined): boolean {
  if (!ch) return false;
  return HAN.test(ch) || /[\u3000-\u303F\uFF00-\uFFEF\u2018\u2019\u201C\u201D\u2026\u2014]/.test(ch);
}

export function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

/** Replaces every match until nothing changes (bounded), so a rule is idempotent by construction. */
export function toFixedPoint(text: string, step: (t: string) => string, limit = 8): string {
  let current = text;
  for (let i = 0; i < limit; i++) {
    const next = step(current);
    if (next === current) return current;
    current = next;
  }
  return current;
}
