/**
 * TYPO: collapse exactly the slips the review rule TEXT-TYPO reports — a character tripled (防震减灾灾灾),
 * a word doubled (效益效益), a list item doubled (装备、装备) — found by the same finder (review/typos.ts),
 * so normal reduplication (常常, 一步一步) is left alone here too. Proposed only: applied when the officer
 * ticks it, because a repetition is occasionally meant.
 */
import { typoSpans, type TypoSpan } from "../../review/typos";
import type { TextRule } from "../types";

/** The spans to collapse in one pass: in text order, skipping any that overlaps one already taken. */
function disjoint(spans: readonly TypoSpan[]): TypoSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TypoSpan[] = [];
  for (const s of sorted) if (out.length === 0 || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}

function collapse(text: string, spans: readonly TypoSpan[]): string {
  let out = "";
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + s.replacement;
    at = s.end;
  }
  return out + text.slice(at);
}

/**
 * Collapses the reported slips until none is left (效益效益效益 takes two passes; an overlapped slip
 * is found again on the shorter text). Ends: every pass makes the text shorter.
 */
export function fixTypos(text: string): string {
  let current = text;
  for (;;) {
    const spans = disjoint(typoSpans(current));
    if (spans.length === 0) return current;
    current = collapse(current, spans);
  }
}

export const typoRule: TextRule = {
  id: "TYPO",
  kind: "text",
  name: { zh: "重复字词", en: "Repeated characters and words" },
  description: {
    zh: "合并“疑似重复笔误”校验发现的重复字词（如 灾灾灾、效益效益、装备、装备），常常、一步一步等正常叠词不动。只作建议，勾选后才修改。",
    en: "Collapse the repetitions the TEXT-TYPO review rule reports (灾灾灾, 效益效益, 装备、装备); normal reduplication such as 常常 is left alone. Proposed only; applied when ticked.",
  },
  defaultMode: "propose",
  fix: fixTypos,
};
