/** 区域对比: line one program up across districts and write the 区域对比 sheet. */
import type { WorkbookGateway } from "../../core/gateway";
import type { Lang } from "../../core/i18n";
import { requireIndicators, type Selection } from "../read/selection";
import type { PaneSettings } from "../settings/model";
import type { CompareService, GroupingChoice, ProgramComparison, ProgressListener } from "../services/types";
import type { Notice } from "../shared/useRunner";
import { wroteNotice } from "../shared/written";

export const NO_PROGRAMS = {
  zh: "没有找到可以对比的项目组：同一项目至少要有两个区。可以在“对比”页改用按列分组或手动选择项目。",
  en: "No program to compare: a program needs at least two districts. On the Comparison tab you can group by a column or pick projects by hand.",
};

export async function runCompare(
  gateway: WorkbookGateway,
  compare: CompareService,
  selection: Selection,
  grouping: GroupingChoice,
  settings: PaneSettings,
  lang: Lang,
  progress?: ProgressListener,
): Promise<{ comparisons: ProgramComparison[]; notice: Notice }> {
  requireIndicators(selection);
  const run = await compare.compare(
    selection,
    grouping,
    { outlierRatio: settings.outlierRatio, robustZ: settings.robustZ, zThreshold: settings.zThreshold },
    lang,
    progress,
  );
  if (run.comparisons.length === 0) throw NO_PROGRAMS;
  const written = run.sheet ? await gateway.writePlans([run.sheet]) : [];
  return { comparisons: run.comparisons, notice: wroteNotice(written, run.messages) };
}
