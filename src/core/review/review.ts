/**
 * Runs the enabled rules over every project of a parse and collects findings in source order.
 */
import type { IndicatorRecord, ParseResult, ProjectInfo } from "../record";
import { gradeCells } from "./tables";
import { fill } from "./format";
import { label } from "./indicator";
import { RULES } from "./registry";
import { resolveSettings } from "./settings";
import type { Finding, ProjectView, Report, Rule, ReviewSettings } from "./types";
import type { Progress } from "../progress";

/** What a review reads of a parse: its projects and indicators, and its tables when there are any. */
export type ReviewInput = Pick<ParseResult, "projects" | "indicators"> & Partial<Pick<ParseResult, "tables">>;

/**
 * Projects with their indicators, in the parse's order (indicators whose project is missing get one),
 * with what the parse's tables say of their cells.
 */
export function projectViews(parse: ReviewInput): ProjectView[] {
  const views = new Map<number, ProjectView>();
  const graded = parse.tables ? gradeCells(parse.tables, parse.indicators) : undefined;
  const view = (project: ProjectInfo): ProjectView =>
    graded ? { project, indicators: [], gradeCells: graded } : { project, indicators: [] };
  for (const p of parse.projects) views.set(p.id, view(p));
  for (const r of parse.indicators) {
    let v = views.get(r.projectId);
    if (!v) {
      v = view(projectFromRecord(r));
      views.set(r.projectId, v);
    }
    v.indicators.push(r);
  }
  return [...views.values()];
}

function projectFromRecord(r: IndicatorRecord): ProjectInfo {
  return {
    id: r.projectId,
    sheet: r.sheet,
    row: r.row,
    project: r.project,
    budgetUnit: r.budgetUnit,
    department: r.department,
    district: r.district,
    goal: "",
    goalCell: null,
    projectCell: null,
  };
}

/** Where a project-level finding points: the project-name cell, else the goal cell, else the first indicator. */
export function projectLocation(view: ProjectView): { sheet: string; cell: string; row: number } {
  const p = view.project;
  const cell = p.projectCell ?? p.goalCell ?? view.indicators[0]?.cell ?? `A${p.row}`;
  const row = Number(/\d+$/.exec(cell)?.[0] ?? p.row);
  return { sheet: p.sheet, cell, row };
}

export function enabledRules(settings: ReviewSettings, rules: readonly Rule[] = RULES): Rule[] {
  if (settings.rules === null) return [...rules];
  const wanted = new Set(settings.rules);
  return rules.filter((r) => wanted.has(r.meta.code));
}

function toFinding(rule: Rule, view: ProjectView, r: Report): Finding {
  const { meta } = rule;
  const ids = Object.keys(meta.messages);
  const template = meta.messages[r.messageId ?? ids[0]] ?? meta.messages[ids[0]];
  const where = r.indicator
    ? { sheet: r.indicator.sheet, cell: r.indicator.cell, row: r.indicator.row }
    : (r.at ?? projectLocation(view));
  return {
    code: meta.code,
    severity: r.severity ?? meta.severity,
    sheet: where.sheet,
    cell: where.cell,
    row: where.row,
    project: view.project.project,
    projectId: view.project.id,
    indicator: r.indicator ? label(r.indicator) : "",
    message: fill(template, r.data),
    fix: meta.fix ? fill(meta.fix, r.data) : null,
    basis: meta.basis,
  };
}

/**
 * Reviews projects (one ProjectView each) with the given rules. Findings come per project in source order:
 * project-level findings first, then indicator by indicator, each in registry order.
 */
export function reviewViews(
  views: readonly ProjectView[],
  settings: Partial<ReviewSettings> = {},
  rules: readonly Rule[] = RULES,
  onProgress?: Progress,
): Finding[] {
  const s = resolveSettings(settings);
  const active = enabledRules(s, rules);
  const keyed: { f: Finding; key: [number, number, number, number] }[] = [];
  views.forEach((view, vi) => {
    const position = new Map(view.indicators.map((r, i) => [r, i] as const));
    active.forEach((rule, ri) => {
      rule.check(view, {
        settings: s,
        all: views,
        report: (r) => {
          const ii = r.indicator ? (position.get(r.indicator) ?? view.indicators.length) : -1;
          keyed.push({ f: toFinding(rule, view, r), key: [vi, ii, ri, keyed.length] });
        },
      });
    });
    onProgress?.(vi + 1, views.length);
  });
  keyed.sort((a, b) => {
    for (let k = 0; k < 4; k++) if (a.key[k] !== b.key[k]) return a.key[k] - b.key[k];
    return 0;
  });
  return withoutMovedComparators(oncePerCell(keyed.map((x) => x.f)));
}

/**
 * NO-COMPARATOR on an indicator CATEGORY-MISMATCH tells the officer to move or rewrite (宣传经费 30万元 under
 * 数量指标): a comparator for a line that is not to stay as written is noise (round 119).
 */
function withoutMovedComparators(findings: Finding[]): Finding[] {
  const at = (f: Finding) => [f.sheet, f.cell, f.indicator].join("\u0000");
  const moved = new Set(findings.filter((f) => f.code === "CATEGORY-MISMATCH").map(at));
  if (moved.size === 0) return findings;
  return findings.filter((f) => f.code !== "NO-COMPARATOR" || !moved.has(at(f)));
}

/**
 * A project-level finding said once per cell: the villages of one project in its place columns share its
 * name cell, and "no cost indicator" four times at B3 is one thing to fix. The first stands for the others.
 */
function oncePerCell(findings: Finding[]): Finding[] {
  const first = new Map<string, Finding>();
  return findings.filter((f) => {
    if (f.indicator !== "") return true;
    const key = [f.code, f.sheet, f.cell, f.message.zh].join("\u0000");
    const kept = first.get(key);
    if (!kept) {
      first.set(key, f);
      return true;
    }
    if (kept.projectId !== f.projectId) (kept.sharedWith ??= []).push(f.projectId);
    return false;
  });
}

export interface ReviewOptions {
  /** Told after each project (done of the projects); never changes the findings. */
  onProgress?: Progress;
}

/** Reviews a parse. */
export function review(
  parse: ReviewInput,
  settings: Partial<ReviewSettings> = {},
  options: ReviewOptions = {},
): Finding[] {
  return reviewViews(projectViews(parse), settings, RULES, options.onProgress);
}
