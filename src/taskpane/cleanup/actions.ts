/** 一键清理: propose edits over the cells as read; apply the ticked ones; undo from the 清理日志. */
import type { Lang, Localized } from "../../core/i18n";
import { requireIndicators, type Selection } from "../read/selection";
import type { PaneSettings } from "../settings/model";
import type { CleanupService, PaneEdit } from "../services/types";

export function activeCleanupRules(cleanup: CleanupService, settings: PaneSettings): string[] {
  return settings.cleanupRules ?? cleanup.rules.filter((r) => r.defaultOn).map((r) => r.code);
}

export function proposeCleanup(
  cleanup: CleanupService,
  selection: Selection,
  settings: PaneSettings,
): { edits: PaneEdit[]; checked: Set<string> } {
  requireIndicators(selection);
  const edits = cleanup.propose(selection.grid, selection.result, activeCleanupRules(cleanup, settings));
  return { edits, checked: new Set(edits.filter((e) => e.checked).map((e) => e.id)) };
}

export async function applyCleanup(
  cleanup: CleanupService,
  edits: PaneEdit[],
  checked: Set<string>,
  lang: Lang,
): Promise<Localized> {
  const chosen = edits.filter((e) => checked.has(e.id));
  const n = await cleanup.apply(chosen, lang);
  return {
    zh: `已修改 ${n} 个单元格，修改记录写入“清理日志”工作表。`,
    en: `${n} cell(s) changed; every change is recorded on the 清理日志 (cleanup log) sheet.`,
  };
}

export async function revertCleanup(cleanup: CleanupService, lang: Lang): Promise<Localized> {
  const n = await cleanup.revert(lang);
  return n === 0
    ? { zh: "清理日志中没有可以撤销的修改。", en: "The cleanup log holds nothing to undo." }
    : { zh: `已按清理日志恢复 ${n} 个单元格的原文。`, en: `${n} cell(s) restored from the cleanup log.` };
}
