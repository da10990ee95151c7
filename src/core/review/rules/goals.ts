/** 绩效目标 (the goal paragraph): missing, or copied word for word from another project. */
import { BASIS } from "../basis";
import { hasPlaceholder, nameKey } from "../lexicon";
import type { ProjectView, Rule } from "../types";

/** Goals shorter than this (after removing punctuation) are too short to call a copy. */
const MIN_COPY_LENGTH = 8;

function goalLocation(view: ProjectView) {
  const p = view.project;
  if (p.goalCell === null) return undefined;
  const row = Number(/\d+$/.exec(p.goalCell)?.[0] ?? p.row);
  return { sheet: p.sheet, cell: p.goalCell, row };
}

function isBlankGoal(goal: string): boolean {
  const key = nameKey(goal);
  return (
    key === "" ||
    /^(无|暂无|略|同上|见附件|待定|待补充)$/.test(key) ||
    (hasPlaceholder(goal) && !/[\u4e00-\u9fff]{4,}/.test(goal))
  );
}

export const goalEmpty: Rule = {
  meta: {
    code: "GOAL-EMPTY",
    severity: "warning",
    scope: "project",
    title: { zh: "未填绩效目标", en: "No performance target" },
    messages: {
      empty: {
        zh: "项目没有填写绩效目标（总体目标）。",
        en: "The project has no performance target (the goal paragraph is empty).",
      },
    },
    basis: BASIS.goal,
    fix: {
      zh: "用一两句话写明本项目资金要实现的产出和效果，与下面的指标相对应。",
      en: "State in a sentence or two what the project's funds will deliver and achieve, matching its indicators.",
    },
  },
  check(view, ctx) {
    // Only tables that have a 绩效目标 column: a rows-only table never promised one.
    const at = goalLocation(view);
    if (at && isBlankGoal(view.project.goal)) ctx.report({ at });
  },
};

/** Names listed in a message before the rest are counted. */
const MAX_NAMES = 5;

/** “甲”“乙”“丙”, the first few of them, then how many in all. */
function quoted(names: readonly string[]): string {
  const shown = names
    .slice(0, MAX_NAMES)
    .map((n) => `“${n}”`)
    .join("");
  return names.length > MAX_NAMES ? `${shown}等 ${names.length} 个` : shown;
}

/** The place a project's name ends with (2024年高标准农田建设项目（中牟县） → 中牟县), or null. */
export function placeOf(name: string): string | null {
  return /[(（]([^()（）]+)[)）]\s*$/.exec(name)?.[1] ?? null;
}

/** The program a project belongs to: its name without the place in brackets. */
export function programOf(name: string): string {
  return nameKey(name.replace(/[(（][^()（）]+[)）]\s*$/, ""));
}

/** 县, 区, 市, 旗, 镇, 街道: what a place calls itself (本县). */
export function placeWord(place: string): string {
  return /(街道|[省市区县旗镇乡村])$/.exec(place)?.[1] ?? "地";
}

export const goalCopy: Rule = {
  meta: {
    code: "GOAL-COPY",
    severity: "warning",
    scope: "project",
    title: { zh: "绩效目标雷同", en: "Performance target copied" },
    messages: {
      copy: {
        zh: "本项目的绩效目标与{others}完全相同，未体现本项目的具体内容。",
        en: "This project's performance target is identical to that of {others}; it says nothing specific to this project.",
      },
      places: {
        zh: "本{word}的绩效目标与同一项目其他 {count} 个地方（{others}）完全相同，没有写明本{word}的建设内容、规模和资金。",
        en: "This project's performance target is word for word that of the same program in {count} other places ({others}); it does not state this place's own work, scale and funds.",
      },
    },
    basis: BASIS.goal,
    fix: { zh: "{fixZh}", en: "{fixEn}" },
  },
  check(view, ctx) {
    const key = nameKey(view.project.goal);
    if (key.length < MIN_COPY_LENGTH || isBlankGoal(view.project.goal)) return;
    const others = ctx.all
      .filter((o) => o.project.id !== view.project.id && o.project.project !== view.project.project)
      .filter((o) => nameKey(o.project.goal) === key)
      .map((o) => o.project.project);
    if (others.length === 0) return;
    const own = view.project.project;
    // One program filed by several districts: the point is that each must state its own area and funds.
    const program = programOf(own);
    const places = others.map(placeOf);
    const isPlace = (p: string | null) => p !== null && /(?:街道|[省市区县旗镇乡村])$/.test(p);
    if (
      isPlace(placeOf(own)) &&
      program &&
      places.every((p, i) => isPlace(p) && programOf(others[i]) === program)
    ) {
      const word = placeWord(placeOf(own) ?? "");
      ctx.report({
        at: goalLocation(view),
        messageId: "places",
        data: {
          word,
          count: others.length,
          others: quoted(places as string[]),
          fixZh: `写明本${word}的具体内容，如新建（改造）面积、受益人数、资金规模（万元）和完成时限，各地按实际分别填写。`,
          fixEn:
            "State this place's own content: area built or upgraded, people served, funds (10,000 yuan) and deadline, each place from its own figures.",
        },
      });
      return;
    }
    ctx.report({
      at: goalLocation(view),
      messageId: "copy",
      data: {
        others: quoted(others) + (others.length > MAX_NAMES ? "项目" : ""),
        fixZh: "按本项目的实际内容、地区和资金规模分别撰写绩效目标。",
        fixEn: "Write each project's target from its own content, area and budget.",
      },
    });
  },
};

export const goalRules: Rule[] = [goalEmpty, goalCopy];
