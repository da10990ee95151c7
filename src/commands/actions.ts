/**
 * What the ribbon buttons do, over a gateway and the core, without Office: testable with a fake
 * gateway. Each returns the one-line outcome the officer is shown.
 */
import type { WorkbookGateway } from "../core/gateway";
import type { Lang, Localized } from "../core/i18n";
import { parseGrid } from "../core/parse";
import { review } from "../core/review";
import { noTableMessage } from "../core/summary";
import { findingsSheetPlan } from "./findingsSheet";

export interface Outcome {
  ok: boolean;
  text: Localized;
}

/** A thrown value → words an officer can act on (gateways throw {text} or {zh, en}). */
export function failureText(e: unknown): Localized {
  const o = (typeof e === "object" && e !== null ? e : {}) as { text?: Localized; zh?: string; en?: string };
  if (o.text?.zh) return o.text;
  if (typeof o.zh === "string" && typeof o.en === "string") return { zh: o.zh, en: o.en };
  return {
    zh: "操作未完成，工作簿未被修改。请重试；如仍失败，请打开助手查看详情。",
    en: "The operation did not finish and the workbook was not changed. Try again, or open the assistant for details.",
  };
}

/** 一键校验: read the selection, review it, write the findings to a new sheet and show it. */
export async function validateSelection(gateway: WorkbookGateway, lang: Lang): Promise<Outcome> {
  try {
    const grid = await gateway.readSelection();
    const result = parseGrid(grid);
    if (result.indicators.length === 0) return { ok: false, text: noTableMessage(grid.sheet) };
    const findings = review(result);
    if (findings.length === 0)
      return {
        ok: true,
        text: {
          zh: `已校验 ${result.indicators.length} 条指标，未发现问题。`,
          en: `Checked ${result.indicators.length} indicators: no problems found.`,
        },
      };
    const [sheet] = await gateway.writePlans([findingsSheetPlan(findings, lang)]);
    const errors = findings.filter((f) => f.severity === "error").length;
    return {
      ok: true,
      text: {
        zh: `已校验 ${result.indicators.length} 条指标，发现 ${findings.length} 个问题（其中错误 ${errors} 个），详见工作表“${sheet.name}”。`,
        en: `Checked ${result.indicators.length} indicators: ${findings.length} findings (${errors} errors), listed on sheet "${sheet.name}".`,
      },
    };
  } catch (e) {
    return { ok: false, text: failureText(e) };
  }
}

/**
 * 一键清理 changes the officer's cells. The Excel gateway cannot carry out cleanup edits yet
 * (applyCleanupEntries in src/core/gateway.ts), so the button says so plainly and points to the pane.
 */
export async function cleanSelection(_gateway: WorkbookGateway): Promise<Outcome> {
  return {
    ok: false,
    text: {
      zh: "一键清理暂不能从功能区按钮直接运行。请点击“打开助手”，在“一键清理”中预览并应用修改。",
      en: "Clean Up cannot run from the ribbon button yet. Choose Open Assistant and use Clean Up there to preview and apply changes.",
    },
  };
}
