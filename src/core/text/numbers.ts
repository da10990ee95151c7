/** Numbers as budget officers write them: 2万, 0.9万, 1,500, 两, 半, 十二, 三十五. */

const CN_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Magnitude words, longest first; value multiplies the number before it. */
export const MAGNITUDES: readonly [string, number][] = [
  ["千万", 1e7],
  ["百万", 1e6],
  ["亿", 1e8],
  ["万", 1e4],
  ["千", 1e3],
];

const CN_NUMERAL_CODES = new Set(Array.from("零〇一二两三四五六七八九十百半", (c) => c.charCodeAt(0)));

export function isCnNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && CN_NUMERAL_CODES.has(ch.charCodeAt(0));
}

/** isCnNumeralChar by code (no one-character string is made). */
export function isCnNumeralCode(c: number): boolean {
  return CN_NUMERAL_CODES.has(c);
}

/**
 * A run of Chinese numerals (一…九十百千万亿, 零, 两, 半) → its value, or null. Handles 十二, 二十, 三十五, 一百二十,
 * 二百一十六, 一千零五十, 一万二千. 半 alone is 0.5.
 */
export function cnNumeralValue(s: string): number | null {
  if (s === "半") return 0.5;
  if (s.length === 0) return null;
  let total = 0; // the sections closed by 亿 and 万
  let section = 0; // the sum below 万
  let current = 0;
  for (const ch of s) {
    if (ch in CN_DIGIT) {
      current = CN_DIGIT[ch];
    } else if (ch === "十" || ch === "百" || ch === "千") {
      section += (current || 1) * (ch === "十" ? 10 : ch === "百" ? 100 : 1000);
      current = 0;
    } else if (ch === "万") {
      total += (section + current || 1) * 1e4;
      section = 0;
      current = 0;
    } else if (ch === "亿") {
      total = (total + section + current || 1) * 1e8;
      section = 0;
      current = 0;
    } else {
      return null;
    }
  }
  return total + section + current;
}

/**
 * 千, 万, 亿: inside a Chinese numeral (一千二百, 一万二千) they join the run only when a numeral follows; after a
 * bound a magnitude word may stand for the number itself (逾千人, 超万人).
 */
export function isCnMagnitudeCode(c: number): boolean {
  return c === 0x5343 /* 千 */ || c === 0x4e07 /* 万 */ || c === 0x4ebf /* 亿 */;
}

/** Avoids 0.1 + 0.2 style noise when applying magnitudes: 1346.0088万 → 13460088. */
export function scale(value: number, factor: number): number {
  const r = value * factor;
  return Math.round(r * 1e6) / 1e6;
}

/**
 * The value of the number written in s[i, j): whole numbers of up to 15 digits are read digit by
 * digit (exact, and most targets are whole); decimals and 1,500 go through Number.
 */
export function digitsValue(s: string, i: number, j: number): number {
  if (j - i <= 15) {
    let v = 0;
    let k = i;
    for (; k < j; k++) {
      const c = s.charCodeAt(k);
      if (c < 48 || c > 57) break;
      v = v * 10 + (c - 48);
    }
    if (k === j) return v;
  }
  const digits = s.slice(i, j);
  return Number(digits.indexOf(",") >= 0 ? digits.replace(/,/g, "") : digits);
}
