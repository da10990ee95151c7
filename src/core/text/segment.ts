/**
 * Splits a packed 绩效指标 cell into indicator items and category headings, keeping offsets into the
 * original text so that nothing is lost: items + headings + separators = the whole cell.
 *
 * Numbering may be 1、 1. (1) （一） ① 指标1: 指标1. and may repeat or skip. Headings are lines or
 * bracketed labels such as 产出指标：, 一、产出指标（40分）, 【产出指标-数量指标】.
 */
import { canon, isSpace, isTerminator } from "./chars";
import { categoryOfLabel } from "./categories";
import { cnNumeralValue } from "./numbers";

export interface Segment {
  kind: "item" | "heading";
  /** [start, end) in the cell text, trimmed of separators (a single terminal 。 is kept on items). */
  start: number;
  end: number;
}

export interface NumberingToken {
  start: number;
  end: number;
  seq: number;
}

// On canonical text: （ → (, ． → ., ： → :, ； → ;
const TOKEN =
  /指标\s*(\d{1,3})\s*[:.、](?!\d)|(\d{1,3})\s*、(?!\d)|(\d{1,3})\s*\.(?![\d.])|\(\s*(\d{1,3})\s*\)|\(\s*([一二三四五六七八九十]{1,3})\s*\)|([一二三四五六七八九十]{1,3})\s*、|([\u2460-\u2473])|([\u2474-\u2487])|([\u2488-\u249b])|(\d{1,3})\s*\)(?!\d)/g;

/** Characters after which a numbering token may start (besides the start of the cell). */
function atBoundary(s: string, i: number): boolean {
  let p = i - 1;
  let sawSpace = false;
  while (p >= 0 && isSpace(s.charCodeAt(p))) {
    sawSpace = true;
    p--;
  }
  if (p < 0) return true;
  const c = s.charCodeAt(p);
  return isTerminator(c) || c === 58 /* : */ || sawSpace || c === 0x3002;
}

/** Numbering tokens of a cell (canonical text), in order. */
export function findNumbering(s: string): NumberingToken[] {
  const out: NumberingToken[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(s))) {
    const i = m.index;
    let seq: number | null = null;
    let anywhere = false;
    if (m[1] !== undefined) {
      seq = Number(m[1]);
      anywhere = true;
    } else if (m[2] !== undefined) {
      // "1、" anywhere, unless glued to a number before it (1.5、 or 21、 inside a list of numbers).
      const prev = s[i - 1] ?? "";
      if (/[\d.]/.test(prev)) continue;
      seq = Number(m[2]);
      anywhere = true;
    } else if (m[3] !== undefined) seq = Number(m[3]);
    else if (m[4] !== undefined) seq = Number(m[4]);
    else if (m[5] !== undefined) seq = cnNumeralValue(m[5]);
    else if (m[6] !== undefined) seq = cnNumeralValue(m[6]);
    else if (m[7] !== undefined) {
      seq = m[7].charCodeAt(0) - 0x2460 + 1;
      anywhere = true;
    } else if (m[8] !== undefined) {
      seq = m[8].charCodeAt(0) - 0x2474 + 1;
      anywhere = true;
    } else if (m[9] !== undefined) {
      seq = m[9].charCodeAt(0) - 0x2488 + 1;
      anywhere = true;
    } else if (m[10] !== undefined) seq = Number(m[10]);
    if (seq === null) continue;
    if (!anywhere && !atBoundary(s, i)) continue;
    out.push({ start: i, end: i + m[0].length, seq });
  }
  return out;
}

/** The numbering token at the very start of an item's text, if any. */
/** First characters a numbering token can start with: digits, (, 指, Chinese numerals, ①…⒛. */
function canStartToken(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    c === 40 ||
    c === 0x6307 ||
    (c >= 0x2460 && c <= 0x249b) ||
    "一二三四五六七八九十".includes(String.fromCharCode(c))
  );
}

export function leadingNumbering(s: string): NumberingToken | null {
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  if (i >= s.length || !canStartToken(s.charCodeAt(i))) return null;
  const toks = findNumbering(s.slice(i, i + 12));
  const t = toks[0];
  if (!t || t.start !== 0) return null;
  return { start: i, end: i + t.end, seq: t.seq };
}

/** A heading: a category label alone, maybe numbered, in brackets, with a score and a colon. */
export function headingCategory(text: string) {
  // Fast exit: a heading is short, has no name/target comma, and names a category.
  if (text.length > 40 || text.indexOf("，") >= 0 || text.indexOf(",") >= 0) return null;
  if (text.indexOf("指标") < 0 && !/产出|效益|满意|成本|数量|质量|时效/.test(text)) return null;
  let t = canon(text).trim();
  const num = leadingNumbering(t);
  if (num) t = t.slice(num.end);
  t = t.replace(/^[【[]\s*|\s*[】\]]\s*$/g, "").replace(/[:;。，,\s]+$/, "");
  if (!t) return null;
  return categoryOfLabel(t);
}

function trimRange(s: string, a: number, b: number): [number, number] {
  while (a < b && (isSpace(s.charCodeAt(a)) || s[a] === ",")) a++;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  // Keep one terminal punctuation mark; the rest ("。。", "；\n") are separators.
  while (b - 1 > a && isSepPunct(s.charCodeAt(b - 1)) && isSepPunct(s.charCodeAt(b - 2))) b--;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return [a, b];
}

function isSepPunct(c: number): boolean {
  return isTerminator(c) || c === 44 || isSpace(c);
}

/** Splits a cell into items and headings. */
export function segmentCell(raw: string, canonical?: string): Segment[] {
  const s = canonical ?? canon(raw);
  const tokens = findNumbering(s);
  const cuts = new Set<number>([0]);
  for (const t of tokens) cuts.add(t.start);
  // Bracketed headings 【…】 are segments of their own, wherever they stand.
  for (let i = s.indexOf("【"); i >= 0; i = s.indexOf("【", i + 1)) {
    const close = s.indexOf("】", i);
    if (close > i && headingCategory(s.slice(i, close + 1))) {
      cuts.add(i);
      cuts.add(close + 1);
    }
  }
  // Line starts: a cut where the line is a heading, starts with numbering, or the cell has no numbering.
  for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) {
    const lineEnd = s.indexOf("\n", i + 1);
    const line = s.slice(i + 1, lineEnd < 0 ? s.length : lineEnd);
    if (tokens.length === 0 || headingCategory(line)) cuts.add(i + 1);
    if (headingCategory(line) && lineEnd >= 0) cuts.add(lineEnd + 1);
  }
  // Without numbering, each sentence is an item: 数量指标:名称≥300人;质量指标:名称≥80%。
  if (tokens.length === 0) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 59 || c === 0x3002) cuts.add(i + 1);
    }
  }
  const sorted = Array.from(cuts).sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const a0 = sorted[k];
    const b0 = k + 1 < sorted.length ? sorted[k + 1] : s.length;
    const [a, b] = trimRange(s, a0, b0);
    if (b <= a) continue;
    const text = s.slice(a, b);
    if (/^[\s。;!?,:、.]*$/.test(text)) continue;
    if (headingCategory(text)) {
      segments.push({ kind: "heading", start: a, end: b });
      continue;
    }
    // An inline heading at the tail of an item: "…100%。效益指标：" before the next "1、".
    const tail = splitTailHeading(s, a, b);
    if (tail) {
      const [ia, ib] = trimRange(s, a, tail);
      if (ib > ia) segments.push({ kind: "item", start: ia, end: ib });
      const [ha, hb] = trimRange(s, tail, b);
      segments.push({ kind: "heading", start: ha, end: hb });
      continue;
    }
    segments.push({ kind: "item", start: a, end: b });
  }
  return segments;
}

function splitTailHeading(s: string, a: number, b: number): number | null {
  let last = -1;
  for (let i = b - 2; i > a; i--) {
    if (isTerminator(s.charCodeAt(i))) {
      last = i;
      break;
    }
  }
  if (last < 0) return null;
  const tail = s.slice(last + 1, b);
  if (!/:\s*$|^\s*[【[]/.test(tail) && !/指标\s*[)）]?\s*$/.test(tail)) return null;
  return headingCategory(tail) ? last + 1 : null;
}
