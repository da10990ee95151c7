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

export const goalCopy: Rule = {
  meta: {
    code: "GOAL-COPY",
    severity: "warning",
    scope: "project",
    title: { zh: "绩效目标雷同", en: "Performance target copied" },
    messages: {
      copy: {
        zh: "本项目的绩效目标与“{others}”完全相同，未体现本项目的具体内容。",
        en: "This project's performance target is identical to that of “{others}”; it says nothing specific to this project.",
      },
    },
    basis: BASIS.goal,
    fix: {
      zh: "按本项目的实际内容、地区和资金规模分别撰写绩效目标。",
      en: "Write each project's target from its own content, area and budget.",
    },
  },
  check(view, ctx) {
    const key = nameKey(view.project.goal);
    if (key.length < MIN_COPY_LENGTH || isBlankGoal(view.project.goal)) return;
    const others = ctx.all
      .filter((o) => o.project.id !== view.project.id && o.project.project !== view.project.project)
      .filter((o) => nameKey(o.project.goal) === key)
      .map((o) => o.project.project);
    if (others.length === 0) return;
    const shown = others.slice(0, 3).join("”“") + (others.length > 3 ? `”等 ${others.length} 个项目“` : "");
    ctx.report({ at: goalLocation(view), data: { others: shown } });
  },
};

export const goalRules: Rule[] = [goalEmpty, goalCopy];
