/** 解析指标 and 校验: core review over the parsed selection, written to new sheets through the gateway. */
import type { WorkbookGateway } from "../../core/gateway";
import type { Lang } from "../../core/i18n";
import { requireIndicators, type Selection } from "../read/selection";
import type { PaneSettings } from "../settings/model";
import type { PaneFinding, ProgressListener, ReviewService } from "../services/types";
import type { Notice } from "../shared/useRunner";
import { wroteNotice } from "../shared/written";

export const INDICATOR_SHEET_NOT_READY = {
  zh: "已识别出指标（见“识别”页）；这个版本还不能写出“指标明细”表。",
  en: "The indicators were recognised (see the Recognised tab); this build cannot write the indicator sheet yet.",
};

export async function writeIndicatorSheet(
  gateway: WorkbookGateway,
  review: ReviewService,
  selection: Selection,
  lang: Lang,
  progress?: ProgressListener,
): Promise<Notice> {
  requireIndicators(selection);
  if (!review.indicatorSheet) return { intent: "warning", text: INDICATOR_SHEET_NOT_READY };
  const plan = await review.indicatorSheet(selection.result, lang, progress);
  return wroteNotice(await gateway.writePlans([plan]));
}

export async function runReview(
  gateway: WorkbookGateway,
  review: ReviewService,
  selection: Selection,
  settings: PaneSettings,
  lang: Lang,
  progress?: ProgressListener,
): Promise<{ findings: PaneFinding[]; notice: Notice }> {
  requireIndicators(selection);
  const disabled = new Set(settings.disabledRules);
  const findings = await review.review(
    selection.result,
    {
      rules: review.rules.map((r) => r.code).filter((code) => !disabled.has(code)),
      satisfactionMin: settings.satisfactionMin,
    },
    progress,
  );
  // Laid out before anything is written: a stop (取消) up to here leaves the workbook as it was.
  const plan = review.findingSheet
    ? await review.findingSheet(selection.result, findings, lang, progress)
    : null;
  const written = plan ? await gateway.writePlans([plan]) : [];
  return { findings, notice: wroteNotice(written) };
}
