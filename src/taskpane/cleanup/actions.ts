/** 一键清理: propose edits over the cells as read; apply the ticked ones; undo from the 清理日志. */
import type { Lang, Localized } from "../../core/i18n";
import { requireIndicators, type Selection } from "../read/selection";
import type { PaneSettings } from "../settings/model";
import type { CleanupService, PaneEdit, ProgressListener } from "../services/types";
import type { Notice } from "../shared/useRunner";

export function activeCleanupRules(cleanup: CleanupService, settings: PaneSettings): string[] {
  return settings.cleanupRules ?? cleanup.rules.filter((r) => r.defaultOn).map((r) => r.code);
}

export async function proposeCleanup(
  cleanup: CleanupService,
  selection: Selection,
  settings: PaneSettings,
  lang: Lang = "zh",
  progress?: ProgressListener,
): Promise<{ edits: PaneEdit[]; checked: Set<string>; messages: Localized[] }> {
  requireIndicators(selection);
  const { edits, messages } = await cleanup.propose(
    selection.grid,
    selection.result,
    activeCleanupRules(cleanup, settings),
    lang,
    progress,
  );
  return { edits, checked: new Set(edits.filter((e) => e.checked).map((e) => e.id)), messages };
}

export async function applyCleanup(
  cleanup: CleanupService,
  edits: PaneEdit[],
  checked: Set<string>,
  lang: Lang,
): Promise<Localized> {
  const chosen = edits.filter((e) => checked.has(e.id));
  const { applied: n, logSheet } = await cleanup.apply(chosen, lang);
  // The log's own name where the gateway says it: a file may keep a log an officer wrote in the other
  // language (清理日志 for an English Office, Cleanup log for a Chinese one).
  return logSheet
    ? {
        zh: `已修改 ${n} 个单元格，修改记录写入“${logSheet}”工作表。`,
        en: `${n} cell(s) changed; every change is recorded on the sheet "${logSheet}".`,
      }
    : {
        zh: `已修改 ${n} 个单元格，修改记录写入“清理日志”工作表。`,
        en: `${n} cell(s) changed; every change is recorded on the cleanup log sheet.`,
      };
}

export async function revertCleanup(cleanup: CleanupService, lang: Lang): Promise<Notice> {
  const { restored, messages } = await cleanup.revert(lang);
  const head: Localized =
    restored === 0
      ? { zh: "清理日志中没有可以撤销的修改。", en: "The cleanup log holds nothing to undo." }
      : {
          zh: `已按清理日志恢复 ${restored} 处修改。`,
          en: `${restored} edit(s) undone from the cleanup log.`,
        };
  return {
    intent: messages.length > 0 ? "warning" : restored === 0 ? "info" : "success",
    text: joinLocalized([head, ...messages]),
  };
}

export function joinLocalized(parts: Localized[]): Localized {
  return { zh: parts.map((p) => p.zh).join(" "), en: parts.map((p) => p.en).join(" ") };
}
