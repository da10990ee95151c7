/** 解析指标 and 校验: core review over the parsed selection, written to new sheets through the gateway. */
import type { WorkbookGateway, WrittenSheet } from "../../core/gateway";
import type { Lang } from "../../core/i18n";
import { requireIndicators, type Selection } from "../read/selection";
import type { PaneSettings } from "../settings/model";
import type { PaneFinding, ReviewService } from "../services/types";

export async function writeIndicatorSheet(
  gateway: WorkbookGateway,
  review: ReviewService,
  selection: Selection,
  lang: Lang,
): Promise<WrittenSheet[]> {
  requireIndicators(selection);
  return gateway.writePlans([review.indicatorSheet(selection.result, lang)]);
}

export async function runReview(
  gateway: WorkbookGateway,
  review: ReviewService,
  selection: Selection,
  settings: PaneSettings,
  lang: Lang,
): Promise<{ findings: PaneFinding[]; written: WrittenSheet[] }> {
  requireIndicators(selection);
  const disabled = new Set(settings.disabledRules);
  const findings = review.review(selection.result, {
    rules: review.rules.map((r) => r.code).filter((code) => !disabled.has(code)),
    satisfactionMin: settings.satisfactionMin,
  });
  const written = await gateway.writePlans([review.findingSheet(selection.result, findings, lang)]);
  return { findings, written };
}
