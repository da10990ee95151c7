/**
 * TEXT-TYPO: typing slips in indicator texts and goals. What counts as a slip is decided in ../typos.ts,
 * shared with the cleanup rule TYPO that collapses them.
 */
import { BASIS } from "../basis";
import { findTypos } from "../typos";
import type { ProjectView, Rule } from "../types";

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
