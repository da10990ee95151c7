/**
 * A per-project grade 优/良/中/差 (the four grades of 财预〔2015〕88号), from the project's findings:
 *
 *   score = 100 − Σ over rule codes of  the weight of its weightiest finding + the next two's (warnings at half)
 *   weight: error 20, warning 10, info 0
 *   优 ≥ 90,  良 ≥ 75,  中 ≥ 60,  差 < 60  (score floored at 0)
 *
 * The cap of three per code, and the half weight of a code's second and third finding, keep one defect repeated
 * across many indicators from outweighing several different defects: three different problems to put right
 * (score 70) are 中, a vague word said twice and one more problem (75) still 良 — as the reviewers of rounds
 * 92–112 graded 60 projects. A slip of form (NUMBERING, TEXT-TYPO) weighs half. Info findings (e.g. no cost indicator under the 2015 framework) never lower the
 * score; two different gaps they note (no 时效, a goal with no figure; not the 2021 guide's cost) keep a project
 * from 优.
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
import type { IndicatorRecord } from "../record";
import { isCostIndicator, isSatisfactionRow, label, level1Of, level2Of } from "./indicator";
import { isSatisfactionName } from "./lexicon";
import { payouts } from "./standards";

export type Grade = "优" | "良" | "中" | "差";

export const SEVERITY_WEIGHT: Record<Severity, number> = { error: 20, warning: 10, info: 0 };
export const PER_CODE_CAP = 3;
/**
 * What a code's second and third warnings weigh, as a share of their own weight: the same habit again. Each
 * error counts in full: every one must be put right before the table can go on.
 */
export const REPEAT_SHARE = 0.5;
/**
 * Slips of form, fixed in a minute and saying nothing of whether the targets are complete, relevant, apt or
 * feasible (88号's four tests): they weigh half.
 */
const FORM_CODES: ReadonlySet<string> = new Set(["NUMBERING", "TEXT-TYPO"]);
export const FORM_SHARE = 0.5;
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
    weights.push(SEVERITY_WEIGHT[f.severity] * (FORM_CODES.has(f.code) ? FORM_SHARE : 1));
    byCode.set(f.code, weights);
  }
  let deduction = 0;
  for (const weights of byCode.values())
    deduction += weights
      .sort((a, b) => b - a)
      .slice(0, PER_CODE_CAP)
      .reduce((sum, w, i) => sum + (i === 0 || w >= SEVERITY_WEIGHT.error ? w : w * REPEAT_SHARE), 0);
  return Math.max(0, Math.round(100 - deduction));
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
function effectsUnmeasured(view: ProjectView, own: readonly Finding[]): Unmeasured | null {
  // No effect at all (COMPLETE-EFFECT) is none that can be measured.
  if (own.some((f) => f.code === "COMPLETE-EFFECT")) return { effects: 0, findings: new Set() };
  const effects = effectsOf(view);
  if (effects.length === 0) return null;
  const findings = new Set<Finding>();
  for (const r of effects) {
    const said = own.filter(
      (f) => (UNMEASURED.has(f.code) || (wrongWay(f) && pointsAway(r))) && isAbout(f, r),
    );
    if (r.kind !== "empty" && said.length === 0) return null;
    for (const f of said) findings.add(f);
  }
  return { effects: effects.length, findings };
}

/** The project's 效益 indicators: a satisfaction measure printed in the 效益 block is no 效益. */
const effectsOf = (view: ProjectView) =>
  view.indicators.filter((r) => level1Of(r) === "效益指标" && !isSatisfactionName(r.name));

/** Whether a finding is about this indicator: the same cell, and the indicator as the finding names it. */
const isAbout = (f: Finding, r: IndicatorRecord) =>
  f.sheet === r.sheet && f.cell === r.cell && f.indicator === label(r);

/** A target that points the wrong way (发病率 ≥2/10万): met, it would show the opposite of what the money is for. */
const wrongWay = (f: Finding) => f.code === "DIRECTION" && f.severity === "error";
/** A figure beyond zero: ≥0 on a count (事故 ≥0起) holds whatever happens, a slip of the comparator, not of aim. */
const pointsAway = (r: IndicatorRecord) => r.value !== null && r.value > 0;

/**
 * Whether every effect's target points the wrong way (发病率 ≥2/10万 its only effect): met, none shows what the
 * money brings about — as good as no effect, 中 at best whatever the score (round 141: 四会 免疫规划). No effect
 * written at all (COMPLETE-EFFECT) is left to the caps below: at 80 it moved r137's 县图书馆免费开放 from the
 * reviewer's 良.
 */
function effectsWrongWay(view: ProjectView, own: readonly Finding[]): boolean {
  const effects = effectsOf(view);
  return (
    effects.length > 0 && effects.every((r) => pointsAway(r) && own.some((f) => wrongWay(f) && isAbout(f, r)))
  );
}

/** The effects none can measure: how many the project writes, and the findings that say so. */
interface Unmeasured {
  effects: number;
  findings: ReadonlySet<Finding>;
}

/**
 * Whether a project whose effects none can measure has more to put right besides, and so is 中 at best: a
 * score under 80; or, under 90, several effects all vague (水源地生态环境 明显改善, 饮水安全 得到保障), or a
 * target of another indicator to correct (发放准确率 ≥100%, a lump sum as the only cost, a 时效 with no date) —
 * round 115's reviewers gave these 中 at 80–85, where a gap of completeness alone (no 质量/时效, no satisfaction
 * indicator) beside one vague effect stayed 良 to those of rounds 105 and 112. A unit cost written with no comparator
 * (人均筛查成本 | 180 | 元/人) is a slip of form on a right figure, no target to correct (round 159: 两癌筛查 良).
 */
function unmeasuredAndFlawed(
  view: ProjectView,
  u: Unmeasured,
  own: readonly Finding[],
  score: number,
): boolean {
  if (score < UNMEASURED_AND_FLAWED_BELOW) return true;
  if (score >= UNMEASURED_WITH_MORE_BELOW) return false;
  if (u.effects >= 2) return true;
  return own.some(
    (f) =>
      f.severity !== "info" &&
      f.indicator !== "" &&
      !u.findings.has(f) &&
      !(f.code === "NO-COMPARATOR" && view.indicators.some((r) => isAbout(f, r) && isCostIndicator(r))),
  );
}

/**
 * Whether the project has satisfaction indicators and none of them states a figure (满意度：群众满意, 服务对象满意度 |
 * 较高): no one can check at the year's end whether the people served were satisfied (round 112 miss 3).
 */
function satisfactionUnquantified(view: ProjectView): boolean {
  const rows = view.indicators.filter(isSatisfactionRow);
  return rows.length > 0 && rows.every((r) => r.value === null);
}

/**
 * Whether the project has 产出 indicators and none states what can be checked at the year's end: no figure (若干个,
 * 明显提升, 是) and no date (全年) — with effects none can measure either, only the satisfaction is a number, and
 * nothing shows what the money did or achieved (round 159: 浑江 15分钟生活圈, the reviewer's 差).
 */
function outputsUnmeasured(view: ProjectView, own: readonly Finding[]): boolean {
  const outputs = view.indicators.filter((r) => level1Of(r) === "产出指标" && !isSatisfactionName(r.name));
  return (
    outputs.length > 0 &&
    outputs.every(
      (r) =>
        !((r.kind === "quantitative" && r.value !== null) || (r.kind === "date" && r.date !== null)) ||
        // 完成时间 | 全年: a period, no deadline (DATE-UNCLEAR), though the year is known.
        own.some((f) => (UNMEASURED.has(f.code) || f.code === "DATE-UNCLEAR") && isAbout(f, r)),
    )
  );
}

/**
 * Whether every satisfaction indicator asks everyone to be satisfied (老年人满意度 100%, SATISFACTION-100): a figure
 * no survey will show, so no more a check than none (round 159: 王益 养老运营补贴, 理塘 牦牛, the reviewer's 差).
 */
function satisfactionUnreal(view: ProjectView, own: readonly Finding[]): boolean {
  const rows = view.indicators.filter(isSatisfactionRow);
  return (
    rows.length > 0 && rows.every((r) => own.some((f) => f.code === "SATISFACTION-100" && isAbout(f, r)))
  );
}

/** Whether an output's target says nothing measurable (补贴发放是否及时：是, 养殖场建设质量 | 是, 若干个). */
function someOutputUnmeasured(view: ProjectView, own: readonly Finding[]): boolean {
  return view.indicators.some(
    (r) =>
      level1Of(r) === "产出指标" &&
      own.some((f) => UNMEASURED.has(f.code) && f.severity !== "info" && isAbout(f, r)),
  );
}

/**
 * Every satisfaction measure filed under 效益指标 and none under 满意度指标 (12345热线 | 社会效益 | 办结满意率): the
 * satisfaction category is empty, as good as none (round 119 miss 3c).
 */
function satisfactionOnlyAsEffect(view: ProjectView): boolean {
  const rows = view.indicators.filter((r) => isSatisfactionName(r.name));
  return (
    rows.length > 0 &&
    // 满意度 printed inside the 效益 block, as the 2015 framework's older tables do, is no filing to fault.
    rows.every((r) => level1Of(r) === "效益指标" && r.level2 !== null && !/满意/.test(r.level2)) &&
    !view.indicators.some((r) => level1Of(r) === "满意度指标")
  );
}

/**
 * Whether the table sets outputs only: no effect at all (COMPLETE-EFFECT as an error, the categories written, so no
 * effect guessed an output) and no satisfaction (COMPLETE-SATISFACTION). Nothing shows what the money achieves nor
 * whether those served are satisfied — less to check than 经济效益：显著 beside 群众满意度：满意, which is 差 (round
 * 133) — so the table must be written again (round 205: 安全生产资格考试, 第一次全国自然灾害综合风险普查 of the sample).
 * An effect missing beside a measured satisfaction is left to the caps below (应急指挥中心 中, 县图书馆免费开放 良).
 */
function outputsOnly(own: readonly Finding[]): boolean {
  return (
    own.some((f) => f.code === "COMPLETE-EFFECT" && f.severity === "error") &&
    own.some((f) => f.code === "COMPLETE-SATISFACTION")
  );
}

/** Targets no one can meet: a rate above 100% or at it as a floor, satisfaction of everyone, a rate out of range. */
const UNREAL = new Set(["RATE-100-GE", "SATISFACTION-100", "RATE-RANGE"]);

/**
 * Two different unreachable targets (居民健康素养水平 ≥100%, 群众满意度 100%) with outputs that have neither 质量 nor
 * 时效 (COMPLETE-OUTPUT-DETAIL at warning): a table a reviewer sends back, 差 (round 125 miss 8).
 */
function unrealAndThin(view: ProjectView, own: readonly Finding[]): boolean {
  const unrealFindings = own.filter((f) => f.severity !== "info" && UNREAL.has(f.code));
  const unreal = new Set(unrealFindings.map((f) => f.code));
  if (unreal.size < 2) return false;
  const detail = own.find((f) => f.code === "COMPLETE-OUTPUT-DETAIL");
  if (!detail) return false;
  // No 数量 is a warning whatever else is there: outputs with a deadline (2025年10月底前完成发放) are not thin in
  // the cap's sense, their time can be checked (round 225: a 消费券 project's 核销率 ≥100% and 满意度 100%, 中).
  if (detail.severity !== "info") return !view.indicators.some(timedOutput);
  // No 时效, and the only 质量 indicators are targets no one can meet (辅具适配率 ≥100%): no quality that can be
  // checked either (round 137).
  const quality = view.indicators.filter((r) => level2Of(r) === "质量指标");
  return quality.length > 0 && quality.every((r) => unrealFindings.some((f) => isAbout(f, r)));
}

/** An output whose time can be checked: a 时效 indicator, or a deadline among the outputs. */
const timedOutput = (r: IndicatorRecord) =>
  level1Of(r) === "产出指标" && (level2Of(r) === "时效指标" || (r.kind === "date" && r.date !== null));

/** Codes whose findings together say the table must be written again: no goal, and hardly any indicators. */
const REWRITE = ["GOAL-EMPTY", "COMPLETE-FEW"];

/** The grade a project with unmeasurable effects and other problems besides (score under this) drops to. */
const UNMEASURED_AND_FLAWED_BELOW = 80;
/** Below this, unmeasurable effects with a second vague effect or another target to correct are 中 too. */
const UNMEASURED_WITH_MORE_BELOW = 90;

const REASONS = {
  satisfactionAsEffect: {
    zh: "满意度指标一栏为空，唯一的满意度归入了效益指标，视同缺少满意度指标，等级最高为“中”。",
    en: "The satisfaction category is empty and the only satisfaction measure is filed under effects: as good as none, so the grade is 中 (Fair) at best.",
  },
  unreal: {
    zh: "两个以上目标值不可能实现（如比率 ≥100%、满意度 100%），产出又没有可核对的质量和时效指标，需要重新测算目标，等级为“差”。",
    en: "Two or more targets cannot be met (a rate ≥100%, satisfaction at 100%) and the outputs have no quality or timeliness indicator that can be checked: the targets must be set again, so the grade is 差 (Poor).",
  },
  rewrite: {
    zh: "没有绩效目标，指标也过少，需要重新编制，等级为“差”。",
    en: "There is no performance goal and too few indicators: the table must be written again, so the grade is 差 (Poor).",
  },
  nothingToCheck: {
    zh: "效益指标和满意度指标都没有可核对的数值，年底无法判断项目资金带来了什么、服务对象是否满意，需要重新编制，等级为“差”。",
    en: "Neither the effects nor the satisfaction state a figure: at the year's end nothing shows what the money achieved or whether those served were satisfied, so the table must be written again and the grade is 差 (Poor).",
  },
  outputsOnly: {
    zh: "只有产出指标，没有效益指标和满意度指标，年底无法判断项目资金带来了什么、服务对象是否满意，需要重新编制，等级为“差”。",
    en: "There are outputs only, with no effect and no satisfaction indicator: at the year's end nothing shows what the money achieved or whether those served were satisfied, so the table must be written again and the grade is 差 (Poor).",
  },
  nothingElse: {
    zh: "效益指标没有可衡量的目标，产出指标也没有可核对的数量或时限（或满意度要求100%），年底无法判断项目资金做了什么、带来了什么，需要重新编制，等级为“差”。",
    en: "No effect can be measured, and the outputs state no figure or date that can be checked (or satisfaction is set at 100%): at the year's end nothing shows what the money did or achieved, so the table must be written again and the grade is 差 (Poor).",
  },
  unmeasuredFlawed: {
    zh: "没有可衡量的效益指标（未设置，或目标值模糊、未填写），且另有多处需要修改，等级最高为“中”。",
    en: "No effect indicator can be measured (none is set, or their targets are vague or missing), and there is more to put right besides: the grade is at most 中 (Fair).",
  },
  wrongWay: {
    zh: "效益指标的目标值方向写反，达到了也说明不了项目的效果，视同没有效益指标，等级最高为“中”。",
    en: "The effect indicators' targets point the wrong way: met, they show nothing the project brings about, as good as no effect indicator, so the grade is at most 中 (Fair).",
  },
  otherProduct: {
    zh: "项目名称写的是一个品种，绩效目标和指标写的却是另一个品种，指标与本项目不对应（相关性），等级最高为“中”。",
    en: "The project is named for one produce while its goal and indicators are about another: they do not fit this project (relevance), so the grade is at most 中 (Fair).",
  },
  payoutFar: {
    zh: "补助标准×数量所需资金超过项目资金的两倍，又未说明差额来源，标准、数量和资金至少一项有误，目标无法按此实现，等级最高为“中”。",
    en: "The standard times its count needs more than twice the project's funds, with no word of where the rest comes from: the standard, the count or the funds is wrong and the targets cannot be met so, so the grade is at most 中 (Fair).",
  },
  satisfaction: {
    zh: "满意度指标没有量化的目标值，年底无法核对服务对象是否满意，等级最高为“中”。",
    en: "The satisfaction indicator states no figure, so no one can check at the year's end whether the people served were satisfied: the grade is at most 中 (Fair).",
  },
  unmeasured: {
    zh: "效益指标均不可衡量（目标值模糊或未填写），无法核对项目资金带来的效果，等级最高为“良”。",
    en: "None of the effect indicators can be measured (vague or missing targets), so what the money achieves cannot be checked: the grade is at most 良 (Good).",
  },
  flawed: {
    zh: "有需要修改的问题（警告），修改前等级最高为“良”。",
    en: "It has a problem to put right (a warning): until it is, the grade is at most 良 (Good).",
  },
  gaps: {
    zh: "有两处以上需要完善的地方（见提示），等级最高为“良”。",
    en: "Two or more gaps are noted (see the hints): the grade is at most 良 (Good).",
  },
} satisfies Record<string, Localized>;

/**
 * Hints that are no gap in every table: a cost indicator is required only under the 2021 guide; a goal or lines others
 * copied from this project (GOAL-COPY, INDICATOR-COPY as hints: 本项目无需修改; round 176) are the copier's fault;
 * weights not adding up to 100 (WEIGHT-SUM) are the evaluation's marks, not the targets.
 */
const HINTS_NOT_GAPS: ReadonlySet<string> = new Set([
  "COMPLETE-COST",
  "GOAL-COPY",
  "INDICATOR-COPY",
  "WEIGHT-SUM",
]);

const RANK: Record<Grade, number> = { 优: 0, 良: 1, 中: 2, 差: 3 };

/**
 * A standard × count this many times the funds (1万元/公里 × 860公里 against 300万元, round 182) is no rounding nor a
 * part-year: 2.2, so that exactly twice (霍城 国家助学金 2000元 × 1800 against 180万元, the reviewer's 良) is left.
 */
const PAYOUT_FAR = 2.2;

/** Whether COST-OVER-BUDGET said of a standard that what it pays out is more than PAYOUT_FAR times the funds. */
function payoutFar(v: ProjectView, own: readonly Finding[]): boolean {
  const said = new Set(own.filter((f) => f.code === "COST-OVER-BUDGET").map((f) => f.indicator));
  if (said.size === 0) return false;
  const budget = Math.max(0, ...(v.project.budget ?? []));
  if (!(budget > 0)) return false;
  return payouts(v.indicators, v.project.goal).some(
    (p) => said.has(label(p.standard)) && p.total > budget * PAYOUT_FAR,
  );
}

/**
 * The grade and why it is below the score's, if it is. Reviewers of rounds 92–112 graded lower than the score
 * alone where the effects or the satisfaction cannot be checked, where several gaps are noted, and where a table
 * has no goal and hardly any indicators (88号: 差 does not proceed to budgeting).
 */
function cappedGrade(
  v: ProjectView,
  own: readonly Finding[],
  score: number,
): { grade: Grade; reason?: Localized } {
  const byScore = gradeOf(score);
  const codes = new Set(own.map((f) => f.code));
  const caps: { grade: Grade; reason: Localized }[] = [];
  if (REWRITE.every((c) => codes.has(c))) caps.push({ grade: "差", reason: REASONS.rewrite });
  if (unrealAndThin(v, own)) caps.push({ grade: "差", reason: REASONS.unreal });
  if (satisfactionOnlyAsEffect(v)) caps.push({ grade: "中", reason: REASONS.satisfactionAsEffect });
  const unmeasured = effectsUnmeasured(v, own);
  if (unmeasured && satisfactionUnquantified(v)) caps.push({ grade: "差", reason: REASONS.nothingToCheck });
  if (outputsOnly(own)) caps.push({ grade: "差", reason: REASONS.outputsOnly });
  if (
    unmeasured &&
    (outputsUnmeasured(v, own) || (satisfactionUnreal(v, own) && someOutputUnmeasured(v, own)))
  )
    caps.push({ grade: "差", reason: REASONS.nothingElse });
  if (unmeasured && unmeasuredAndFlawed(v, unmeasured, own, score))
    caps.push({ grade: "中", reason: REASONS.unmeasuredFlawed });
  if (effectsWrongWay(v, own)) caps.push({ grade: "中", reason: REASONS.wrongWay });
  // 茶 named, 福白菊 measured; 橡胶 named, 茶园 measured (rounds 176, 182: the reviewers' 差 each). A line of its own
  // left over among the project's (茶叶品牌宣传推介 of a 柑橘 project, round 199) is said at that line and weighs as
  // a warning does: only the project-level finding, the lines copied whole, caps.
  if (own.some((f) => f.code === "OTHER-PRODUCT" && f.indicator === ""))
    caps.push({ grade: "中", reason: REASONS.otherProduct });
  if (payoutFar(v, own)) caps.push({ grade: "中", reason: REASONS.payoutFar });
  if (satisfactionUnquantified(v)) caps.push({ grade: "中", reason: REASONS.satisfaction });
  if (unmeasured) caps.push({ grade: "良", reason: REASONS.unmeasured });
  // One thing to put right is no 优: reviewers gave 良 to 7 of the 8 projects the probes of rounds 92–105
  // saw scored 优 92 (a single warning).
  if (own.some((f) => f.severity !== "info")) caps.push({ grade: "良", reason: REASONS.flawed });
  // No 时效 and a goal with no figure, each only a hint, still leave a table 个别需完善 (rounds 92, 105); no cost
  // indicator is no gap under the 2015 framework, and does not count.
  if (
    new Set(own.filter((f) => f.severity === "info" && !HINTS_NOT_GAPS.has(f.code)).map((f) => f.code))
      .size >= 2
  )
    caps.push({ grade: "良", reason: REASONS.gaps });
  const cap = caps.find((c) => RANK[c.grade] > RANK[byScore]);
  return cap ?? { grade: byScore };
}

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
    const { grade, reason } = cappedGrade(v, own, score);
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
      grade,
      ...(reason ? { reason } : {}),
    };
  });
}
