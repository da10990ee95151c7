/**
 * TYPO: collapse the repetitions the review rule TEXT-TYPO reports — a character tripled (防震减灾灾灾),
 * a word doubled (效益效益), a word listed twice (装备、装备). Proposed only: applied when the officer
 * ticks it, because a repetition is occasionally meant.
 */
import type { TextRule } from "../types";

export function fixTypos(text: string): string {
  return text
    .replace(/(\p{Script=Han})\1{2,}/gu, "$1")
    .replace(/(\p{Script=Han}{2,4})\1+/gu, "$1")
    .replace(/(\p{Script=Han}{2,6})、\1(?!\p{Script=Han})/gu, "$1");
}

export const typoRule: TextRule = {
  id: "TYPO",
  kind: "text",
  name: { zh: "重复字词", en: "Repeated characters and words" },
  description: {
    zh: "合并连续重复的字和词（如 灾灾灾、效益效益、装备、装备）。只作建议，勾选后才修改。",
    en: "Collapse tripled characters and doubled words (灾灾灾, 效益效益, 装备、装备). Proposed only; applied when ticked.",
  },
  defaultMode: "propose",
  fix: fixTypos,
};
