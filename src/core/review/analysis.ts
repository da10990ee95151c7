/**
 * One review run over one or more parsed sources (files or sheets): merge them, review, grade, and build
 * the 指标明细 and 校验结果 sheet plans. Pure; the CLI and the task pane both call it.
 */
import type { Lang } from "../i18n";
import type { IndicatorRecord, ProjectInfo } from "../record";
import { findingsSheetPlan } from "../plan/findingsSheet";
import { indicatorsSheetPlan } from "../plan/indicatorsSheet";
import { localSource, type SourceRef } from "../plan/source";
import type { SheetPlan } from "../plan/types";
import { gradeProjects, type ProjectGrade } from "./grade";
import { projectLocation, projectViews, reviewViews, type ReviewInput } from "./review";
import { gradeCells } from "./tables";
import type { Finding, ReviewSettings } from "./types";

export interface AnalysisSource {
  /** A short name for the source (file name), shown when the cell is not in the output workbook. */
  label: string;
  parse: ReviewInput;
  /** Whether the source's cells are in the workbook the plans are written to (links work). */
  local: boolean;
}

export interface Analysis {
  projects: ProjectInfo[];
  indicators: IndicatorRecord[];
  findings: Finding[];
  grades: ProjectGrade[];
  plans: SheetPlan[];
}

export function analyze(
  sources: readonly AnalysisSource[],
  settings: Partial<ReviewSettings> = {},
  lang: Lang = "zh",
): Analysis {
  // Project ids restart at 0 in every parse; shift them so that they stay unique across sources.
  const projects: ProjectInfo[] = [];
  const indicators: IndicatorRecord[] = [];
  const sourceOfProject = new Map<number, AnalysisSource>();
  for (const src of sources) {
    const offset = projects.length === 0 ? 0 : Math.max(...projects.map((p) => p.id)) + 1;
    const ids = new Set<number>();
    for (const p of src.parse.projects) {
      projects.push({ ...p, id: p.id + offset });
      ids.add(p.id + offset);
    }
    for (const r of src.parse.indicators) {
      indicators.push({ ...r, projectId: r.projectId + offset });
      ids.add(r.projectId + offset);
    }
    for (const id of ids) sourceOfProject.set(id, src);
  }
  const views = projectViews({ projects, indicators });
  // Each source's tables speak of its own cells (two files may both have a Sheet1).
  for (const src of sources) {
    if (!src.parse.tables) continue;
    const graded = gradeCells(src.parse.tables, src.parse.indicators);
    for (const v of views) if (sourceOfProject.get(v.project.id) === src) v.gradeCells = graded;
  }
  const findings = reviewViews(views, settings);
  const grades = gradeProjects(views, findings, projectLocation);

  const ref = (projectId: number, sheet: string, cell: string): SourceRef => {
    const src = sourceOfProject.get(projectId);
    if (!src || src.local) return localSource(sheet, cell);
    return { label: `${src.label}｜${sheet}!${cell}`, sheet: null, cell };
  };
  const plans = [
    indicatorsSheetPlan(indicators, { lang, findings, sourceOf: (r) => ref(r.projectId, r.sheet, r.cell) }),
    findingsSheetPlan(
      { findings, grades, indicatorCount: indicators.length },
      { lang, sourceOf: (sheet, cell, projectId) => ref(projectId, sheet, cell) },
    ),
  ];
  return { projects, indicators, findings, grades, plans };
}

/** Findings as the CLI's --json prints them: exactly these keys. */
export function findingsJson(findings: readonly Finding[], lang: Lang = "zh") {
  return findings.map((f) => ({
    code: f.code,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    row: f.row,
    project: f.project,
    indicator: f.indicator,
    message: lang === "en" ? f.message.en : f.message.zh,
    fix: f.fix ? (lang === "en" ? f.fix.en : f.fix.zh) : "",
  }));
}
