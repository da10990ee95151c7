/** Comparison adapter: the core district comparison (src/core/compare) in the pane's terms. */
import { cellText, columnNumber } from "../../core/grid";
import {
  compareDistricts,
  projectRef,
  type CompareFlag as CoreFlag,
  type CompareSource,
  type Grouping,
  unplacedMessage,
  loneProgramsMessage,
} from "../../core/compare";
import { programNotes } from "../../core/compare/sentences";
import { groupPrograms } from "../../core/compare/programs";
import { reviewOrder } from "../../core/compare/flags/outlier";
import { compareSheetPlan } from "../../core/plan/compareSheet";
import { flagKind } from "../../core/compare/flagKind";
import type { Lang } from "../../core/i18n";
import type { EngineRunner } from "./engineClient";
import type {
  CompareFlag,
  CompareOptions,
  CompareRun,
  CompareService,
  GroupingChoice,
  ParsedSelection,
  ProgramComparison,
  ProgramGroup,
  Unavailable,
} from "./types";

function sourceOf({ grid, result }: ParsedSelection): CompareSource {
  return { label: grid.sheet, projects: result.projects, indicators: result.indicators };
}

/** The pane's choice → the core's grouping. A grouping column is read from each project's first row. */
export function toGrouping({ grid, result }: ParsedSelection, choice: GroupingChoice): Grouping {
  switch (choice.mode) {
    case "auto":
      return { by: "name" };
    case "manual":
      return { by: "projects", projects: choice.projectIds.map((id) => projectRef(0, id)) };
    case "column": {
      const c = columnNumber(choice.column) - grid.left;
      const keys: Record<string, string> = {};
      for (const p of result.projects) {
        if (p.sheet !== grid.sheet) continue;
        const text = cellText(grid.values[p.row - grid.top]?.[c] ?? null).trim();
        if (text) keys[projectRef(0, p.id)] = text;
      }
      return { by: "keys", keys };
    }
  }
}

function flag(f: CoreFlag): CompareFlag {
  return {
    district: f.district,
    code: f.code,
    kind: flagKind(f),
    indicator: f.indicator,
    message: f.message,
  };
}

export function programsOf(selection: ParsedSelection, grouping: GroupingChoice): ProgramGroup[] {
  return groupPrograms([sourceOf(selection)], toGrouping(selection, grouping)).map((g) => ({
    program: g.name,
    districts: g.entries.map((e) => e.district),
    projectIds: g.entries.flatMap((e) => e.projects.map((p) => p.project.id)),
  }));
}

export function compareRun(
  selection: ParsedSelection,
  grouping: GroupingChoice,
  options: CompareOptions,
  lang: Lang,
  onProgress?: (done: number, total: number) => void,
): CompareRun {
  const run = compareDistricts([sourceOf(selection)], {
    ...(onProgress ? { onProgress } : {}),
    grouping: toGrouping(selection, grouping),
    settings: {
      outlierMethod: options.robustZ ? "mad" : "ratio",
      ratioHigh: options.outlierRatio,
      ratioLow: 1 / options.outlierRatio,
      madThreshold: options.zThreshold,
    },
  });
  const comparisons: ProgramComparison[] = run.programs.map((p) => ({
    program: p.name,
    districts: p.districts,
    indicators: p.indicators.map((i) => i.name),
    // As on the sheet and in the summary: likely slips first, plain gaps in size (规模差异) last, by district.
    flags: reviewOrder(p).map(flag),
  }));
  // Projects whose district could not be told are named in the pane's notice, never dropped in silence.
  const unplaced = [...run.unplaced, ...run.programs.flatMap((p) => p.unplaced)].map(unplacedMessage);
  // So are names taken for one program, like names left out, and districts that filed twice (as on the sheet).
  const notes = run.programs.flatMap(programNotes);
  // And the programs only one district filed, in one line.
  const loneLine = loneProgramsMessage(run.lonePrograms);
  const lone = loneLine ? [loneLine] : [];
  return {
    comparisons,
    sheet: compareSheetPlan(run, { lang }),
    messages: [...run.messages, ...unplaced, ...notes, ...lone],
  };
}

/** The comparison on the pane's own thread. */
export const compareService: CompareService | Unavailable = {
  available: true,
  programs: programsOf,
  compare: (selection, grouping, options, lang) => compareRun(selection, grouping, options, lang),
};

/**
 * The comparison through the engine's runner. The programs a grouping finds stay on the pane's thread:
 * the 对比 tab asks for them as it draws, and grouping names is quick next to the comparison itself.
 */
export function createCompareService(engine: EngineRunner): CompareService {
  return {
    available: true,
    programs: programsOf,
    compare: (selection, grouping, options, lang, progress) =>
      engine.run("compare", { selection, grouping, options, lang }, progress),
  };
}
