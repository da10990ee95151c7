/**
 * Typing slips — a character tripled (减灾灾灾), a word doubled (效益效益), a list item doubled (装备、装备) —
 * found once for both the review rule TEXT-TYPO (which reports them) and the cleanup rule TYPO (which
 * collapses them), so the two never disagree. Normal reduplication (常常, 人人, 一步一步 …) is listed in
 * lexicons/reduplication.json; it lives here, beside that list, and works on plain text (no records).
 */
import { lexicon } from "./lexicon";

export type TypoKind = "tripled" | "doubled-word" | "doubled-item";

/** One slip in a text: text.slice(start, end) is the slip, `replacement` what it collapses to. */
export interface TypoSpan {
  kind: TypoKind;
  start: number;
  end: number;
  /** The slip as written, e.g. "装备、装备". */
  text: string;
  /** The slip collapsed to one occurrence, e.g. "装备". */
  replacement: string;
}

const TRIPLED = /([\u4e00-\u9fff])\1\1+/g;
const DOUBLED_WORD = /([\u4e00-\u9fff]{2,4})\1/g;
const DOUBLED_ITEM = /([\u4e00-\u9fff]{2,10})、\1/g;
const ITEM_BOUNDARY = /[、，,。；;：:！!？?\s()（）]/;

const allowed = (s: string) => lexicon.allowedReduplications.has(s);

/** Whether text[start, end) lies inside an allowed word written there (好差评差评 holds 差评差评). */
function withinAllowed(text: string, start: number, end: number): boolean {
  for (const w of lexicon.allowedReduplications) {
    if (w.length <= end - start) continue;
    for (
      let i = text.indexOf(w, Math.max(0, end - w.length));
      i >= 0 && i <= start;
      i = text.indexOf(w, i + 1)
    )
      if (i + w.length >= end) return true;
  }
  return false;
}

function span(kind: TypoKind, m: RegExpMatchArray): TypoSpan {
  const start = m.index ?? 0;
  return { kind, start, end: start + m[0].length, text: m[0], replacement: m[1] };
}

/**
 * Every slip in a text, each occurrence: tripled characters first, then doubled words, then doubled list
 * items, each in text order. Spans of different kinds may overlap (装备装备、装备).
 */
export function typoSpans(text: string): TypoSpan[] {
  const spans: TypoSpan[] = [];
  // Every tripled run, allowed or not, so that 灾灾灾灾 is not also a doubled word 灾灾灾灾.
  const tripled: [number, number][] = [];
  for (const m of text.matchAll(TRIPLED)) {
    const s = span("tripled", m);
    tripled.push([s.start, s.end]);
    if (!allowed(s.text)) spans.push(s);
  }
  for (const m of text.matchAll(DOUBLED_WORD)) {
    const s = span("doubled-word", m);
    if (tripled.some(([a, b]) => s.start >= a && s.start < b)) continue;
    if (allowed(s.replacement) || allowed(s.text) || withinAllowed(text, s.start, s.end)) continue;
    spans.push(s);
  }
  // A doubled list item: the repeated word must be a whole item on at least one side, so that
  // "消防安全、安全生产" (two different items) is not taken for "安全、安全".
  for (const m of text.matchAll(DOUBLED_ITEM)) {
    const s = span("doubled-item", m);
    const before = s.start === 0 || ITEM_BOUNDARY.test(text[s.start - 1]);
    const after = s.end === text.length || ITEM_BOUNDARY.test(text[s.end]);
    if ((before || after) && !allowed(s.text)) spans.push(s);
  }
  return spans;
}

/** The slips found in a text, as written, in the order typoSpans finds them, without repeats. */
export function findTypos(text: string): string[] {
  return [...new Set(typoSpans(text).map((s) => s.text))];
}
