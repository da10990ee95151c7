/**
 * Typing slips: a character tripled (减灾灾灾), a word doubled (效益效益), a list item doubled (装备、装备).
 * Normal reduplication (常常, 人人, 实实在在 …) is listed in lexicons/reduplication.json.
 */
import { BASIS } from "../basis";
import { lexicon } from "../lexicon";
import type { ProjectView, Rule } from "../types";

const TRIPLED = /([\u4e00-\u9fff])\1\1+/g;
const DOUBLED_WORD = /([\u4e00-\u9fff]{2,4})\1/g;
const DOUBLED_ITEM = /([\u4e00-\u9fff]{2,10})、\1/g;
const ITEM_BOUNDARY = /[、，,。；;：:！!？?\s()（）]/;

/** The slips found in a text, in order, without repeats. */
export function findTypos(text: string): string[] {
  const found: string[] = [];
  const add = (s: string) => {
    if (!lexicon.allowedReduplications.has(s) && !found.includes(s)) found.push(s);
  };
  const tripledSpans: [number, number][] = [];
  for (const m of text.matchAll(TRIPLED)) {
    tripledSpans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    add(m[0]);
  }
  for (const m of text.matchAll(DOUBLED_WORD)) {
    const start = m.index ?? 0;
    // 灾灾灾灾 is one tripled slip, not also a doubled word.
    if (tripledSpans.some(([a, b]) => start >= a && start < b)) continue;
    if (lexicon.allowedReduplications.has(m[1])) continue;
    add(m[0]);
  }
  // A doubled list item: the repeated word must be a whole item on at least one side, so that
  // "消防安全、安全生产" (two different items) is not taken for "安全、安全".
  for (const m of text.matchAll(DOUBLED_ITEM)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const before = start === 0 || ITEM_BOUNDARY.test(text[start - 1]);
    const after = end === text.length || ITEM_BOUNDARY.test(text[end]);
    if (before || after) add(m[0]);
  }
  return found;
}

export const textTypo: Rule = {
  meta: {
    code: "TEXT-TYPO",
    severity: "warning",
    scope: "indicator",
    title: { zh: "疑似重复笔误", en: "Likely typing slip" },
    messages: {
      indicator: {
        zh: "指标文字中疑有重复笔误：“{found}”。",
        en: "The indicator text seems to contain a typing slip: “{found}”.",
      },
      goal: {
        zh: "绩效目标中疑有重复笔误：“{found}”。",
        en: "The performance target seems to contain a typing slip: “{found}”.",
      },
    },
    basis: BASIS.clarity,
    fix: { zh: "删去重复的字词。", en: "Delete the repeated characters or words." },
  },
  check(view: ProjectView, ctx) {
    const p = view.project;
    const inGoal = findTypos(p.goal);
    if (inGoal.length > 0) {
      const cell = p.goalCell ?? p.projectCell;
      const at = cell ? { sheet: p.sheet, cell, row: Number(/\d+$/.exec(cell)?.[0] ?? p.row) } : undefined;
      ctx.report({ messageId: "goal", at, data: { found: inGoal.join("”“") } });
    }
    for (const r of view.indicators) {
      const found = findTypos(r.text);
      if (found.length > 0)
        ctx.report({ indicator: r, messageId: "indicator", data: { found: found.join("”“") } });
    }
  },
};

export const typoRules: Rule[] = [textTypo];
