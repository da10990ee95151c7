/**
 * A per-project grade 优/良/中/差 (the four grades of 财预〔2015〕88号), from the project's findings:
 *
 *   score = 100 − Σ over rule codes of  the weights of its three weightiest findings
 *   weight: error 20, warning 8, info 0
 *   优 ≥ 90,  良 ≥ 75,  中 ≥ 60,  差 < 60  (score floored at 0)
 *
 * The cap of three per code keeps one defect repeated across many indicators from outweighing several
 * different defects; info findings (e.g. no cost indicator under the 2015 framework) never lower a grade.
 *
 * A project whose 效益 indicators all say nothing measurable (each vague, or with no target) is 良 at best,
 * whatever its score: its outputs may be well set, but what the money achieves cannot be checked, and a
 * reviewer would not pass it as 优 (round 96 miss 9). The grade's reason says so.
 *
 * A project with a warning or an error is 良 at best too: 优 is a table a reviewer passes as it stands,
 * and a warning is something to put right first (round 105: 优 92 with one warning was 良 to the reviewers).
 */
import type { Localized } from "../i18n";
import type { Finding, ProjectView, Severity } from "./types";
import { label, level1Of } from "./indicator";
import { isSatisfactionName } from "./lexicon";

export type Grade = "优" | "良" | "中" | "差";

export const SEVERITY_WEIGHT: Record<Severity, number> = { error: 20, warning: 8, info: 0 };
export const PER_CODE_CAP = 3;
export const GRADE_THRESHOLDS: readonly { grade: Grade; min: number }[] = [
  { grade: "优", min: 90 },
  { grade: "良", min: 75 },
  { grade: "中", min: 60 },
  { grade: "差", min: -Infinity },
];

export const GRADE_LABEL: Record<Grade, Localized> = {
  优: { zh: "优", en: "Excellent" },
  良: { zh: "良", en: "Good" },
  中: { zh: "中", en: "Fair" },
  差: { zh: "差", en: "Poor" },
};

export function scoreOf(findings: readonly Finding[]): number {
  // A rule's findings may differ in severity (DATE-SERIAL): the cap keeps its three weightiest.
  const byCode = new Map<string, number[]>();
  for (const f of findings) {
    const weights = byCode.get(f.code) ?? [];
    weights.push(SEVERITY_WEIGHT[f.severity]);
    byCode.set(f.code, weights);
  }
  let deduction = 0;
  for (const weights of byCode.values())
    deduction += weights
      .sort((a, b) => b - a)
      .slice(0, PER_CODE_CAP)
      .reduce((sum, w) => sum + w, 0);
  return Math.max(0, 100 - deduction);
}

export function gradeOf(score: number): Grade {
  return (GRADE_THRESHOLDS.find((t) => score >= t.min) ?? GRADE_THRESHOLDS[3]).grade;
}

export interface ProjectGrade {
  projectId: number;
  project: string;
  district: string | null;
  sheet: string;
  cell: string;
  indicators: number;
  counts: Record<Severity, number>;
  score: number;
  grade: Grade;
  /** Why the grade is lower than the score gives (效益指标均不可衡量), absent when it is not. */
  reason?: Localized;
}

/** Findings that say an indicator's target measures nothing: vague, or not written. */
const UNMEASURED = new Set(["VAGUE", "EMPTY-TARGET"]);

/**
 * Whether the project has 效益 indicators and none of them can be measured: each is vague (VAGUE), left with
 * no target (EMPTY-TARGET) or not read as a target at all. A satisfaction measure printed in the 效益 block
 * is no 效益.
 */
function effectsUnmeasured(view: ProjectView, own: readonly Finding[]): boolean {
  const effects = view.indicators.filter((r) => level1Of(r) === "效益指标" && !isSatisfactionName(r.name));
  if (effects.length === 0) return false;
  return effects.every(
    (r) =>
      r.kind === "empty" ||
      own.some(
        (f) => UNMEASURED.has(f.code) && f.sheet === r.sheet && f.cell === r.cell && f.indicator === label(r),
      ),
  );
}

/** The best grade a project whose effects cannot be measured may have. */
const UNMEASURED_CAP: Grade = "良";
const UNMEASURED_REASON: Localized = {
  zh: "效益指标均不可衡量（目标值模糊或未填写），无法核对项目资金带来的效果，等级最高为“良”。",
  en: "None of the effect indicators can be measured (vague or missing targets), so what the money achieves cannot be checked: the grade is at most 良 (Good).",
};

/** Why a project with a warning is not 优, whatever its score. */
const FLAWED_REASON: Localized = {
  zh: "有需要修改的问题（警告），修改前等级最高为“良”。",
  en: "It has a problem to put right (a warning): until it is, the grade is at most 良 (Good).",
};

/** One grade per project, in the projects' order. */
export function gradeProjects(
  views: readonly ProjectView[],
  findings: readonly Finding[],
  locate: (v: ProjectView) => { sheet: string; cell: string },
): ProjectGrade[] {
  const byProject = new Map<number, Finding[]>();
  // A finding said once for several places of one project counts for each of them.
  for (const f of findings) {
    for (const id of [f.projectId, ...(f.sharedWith ?? [])]) {
      const list = byProject.get(id) ?? [];
      list.push(f);
      byProject.set(id, list);
    }
  }
  return views.map((v) => {
    const own = byProject.get(v.project.id) ?? [];
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of own) counts[f.severity]++;
    const score = scoreOf(own);
    const byScore = gradeOf(score);
    const unmeasured = byScore === "优" && effectsUnmeasured(v, own);
    // One thing to put right is no 优: reviewers gave 良 to 7 of the 8 projects the probes of rounds 92–105
    // saw scored 优 92 (a single warning).
    const flawed = byScore === "优" && !unmeasured && counts.warning + counts.error > 0;
    const capped = unmeasured || flawed;
    const at = locate(v);
    return {
      projectId: v.project.id,
      project: v.project.project,
      district: v.project.district,
      sheet: at.sheet,
      cell: at.cell,
      indicators: v.indicators.length,
      counts,
      score,
      grade: capped ? UNMEASURED_CAP : byScore,
      ...(unmeasured ? { reason: UNMEASURED_REASON } : flawed ? { reason: FLAWED_REASON } : {}),
    };
  });
}
