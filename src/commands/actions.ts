/**
 * What the ribbon buttons do, over a gateway and the core, without Office: testable with a fake
 * gateway. Each returns the one-line outcome the officer is shown.
 */
import type { WorkbookGateway } from "../core/gateway";
import type { Lang, Localized } from "../core/i18n";
import { parseGrid } from "../core/parse";
import { analyze } from "../core/review/analysis";
import { noTableMessage } from "../core/summary";
import { resultSheetName } from "../core/plan/sheetNames";
import {
  defaultCleanupSettings,
  entriesForRun,
  formatLogTime,
  nextLogId,
  proposeCleanup,
  rowsToRemove,
  type LogEntry,
} from "../core/cleanup";
import { hasCleanupWithLog } from "../excel/cleanupWithLog";

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
    // The same review and the same 校验结果 sheet as the task pane and the command line.
    const analysis = analyze([{ label: grid.sheet, parse: result, local: true }], {}, lang);
    const findings = analysis.findings;
    if (findings.length === 0)
      return {
        ok: true,
        text: {
          zh: `已校验 ${result.indicators.length} 条指标，未发现问题。`,
          en: `Checked ${result.indicators.length} indicators: no problems found.`,
        },
      };
    const plan = analysis.plans.filter((p) => p.kind === "findings");
    const [sheet] = await gateway.writePlans(plan);
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

const NO_CLEANUP_HERE: Localized = {
  zh: "这里不能直接修改单元格。请点击“打开助手”，在“一键清理”中预览并应用修改。",
  en: "Cells cannot be changed from here. Choose Open Assistant and use Clean Up there to preview and apply changes.",
};

function noHeader(sheet: string): Localized {
  return {
    zh: `在工作表“${sheet}”的所选区域中没有找到绩效目标表的表头，未做任何修改。请选中整张表（含表头）后重试，或在助手中预览清理。`,
    en: `No performance-target header was found in the selection on sheet "${sheet}"; nothing was changed. Select the whole table with its header and try again, or preview the cleanup in the assistant.`,
  };
}

function undoHint(oneUndoStep: boolean): Localized {
  return oneUndoStep
    ? {
        zh: "如需撤销，可按 Ctrl+Z，或在助手中点“撤销清理”。",
        en: "To undo, press Ctrl+Z, or use Undo cleanup in the assistant.",
      }
    : {
        zh: "如需撤销，请在助手中点“撤销清理”（此版本的 Excel 不能用 Ctrl+Z 一步撤销）。",
        en: "To undo, use Undo cleanup in the assistant (this version of Excel cannot undo it in one Ctrl+Z).",
      };
}

function join(parts: Localized[]): Localized {
  return { zh: parts.map((p) => p.zh).join(""), en: parts.map((p) => p.en).join(" ") };
}

/** Carries out and logs, in one undo step where the gateway can; otherwise edits, then the log. */
async function carryOut(
  gateway: CleanupGateway,
  entries: LogEntry[],
  previous: LogEntry[],
  lang: Lang,
): Promise<{ done: LogEntry[]; skipped: Localized[]; logSheet: string; oneUndoStep: boolean }> {
  if (hasCleanupWithLog(gateway)) {
    const r = await gateway.applyCleanupWithLog(entries, previous, lang);
    return {
      done: r.done,
      // Each entry left alone with its own reason: a cell changed since the preview, or a row that stays.
      skipped: r.messages,
      logSheet: r.logSheet ?? resultSheetName("cleanupLog", lang),
      oneUndoStep: gateway.cleanupIsOneUndoStep,
    };
  }
  const done = await gateway.applyCleanupEntries(entries);
  await gateway.writeCleanupLog([...previous, ...done], lang);
  const left = entries.length - done.length;
  return {
    done,
    skipped: left > 0 ? [changedSince(left)] : [],
    // The gateway does not say the log's name here: the one a new log gets.
    logSheet: resultSheetName("cleanupLog", lang),
    oneUndoStep: false,
  };
}

/** A ribbon message stays short: the first three reasons, then how many more. */
function firstFew(messages: Localized[]): Localized[] {
  if (messages.length <= 3) return messages;
  const more = messages.length - 3;
  return [
    ...messages.slice(0, 3),
    {
      zh: `另有 ${more} 处未改动（预览后又被修改过的单元格，或须保留的行）。`,
      en: `${more} more left as they are (cells changed after the preview, or rows that must stay).`,
    },
  ];
}

function changedSince(n: number): Localized {
  return {
    zh: `${n} 处单元格刚被修改过，未改动。`,
    en: `${n} cells had just been changed and were left as they are.`,
  };
}

type CleanupGateway = WorkbookGateway &
  Required<Pick<WorkbookGateway, "applyCleanupEntries" | "writeCleanupLog">>;

/**
 * 一键清理: the default cleanup rules on the selection, applied and logged in 清理日志 (Cleanup log when
 * first written from an English Office). Proposals (such as repeated characters) are neither applied
 * nor logged, so the assistant still offers them.
 */
export async function cleanSelection(
  gateway: WorkbookGateway,
  now: Date = new Date(),
  lang: Lang = "zh",
): Promise<Outcome> {
  if (!gateway.applyCleanupEntries || !gateway.writeCleanupLog) return { ok: false, text: NO_CLEANUP_HERE };
  const writer = gateway as CleanupGateway;
  try {
    const grid = await gateway.readSelection();
    const log = gateway.readCleanupLog ? await gateway.readCleanupLog(lang) : { entries: [], messages: [] };
    let proposal = proposeCleanup(grid, defaultCleanupSettings(), log.entries);
    if (proposal.scope.headerRow === null) return { ok: false, text: noHeader(grid.sheet) };
    // Rows the workbook could not remove safely, or revert could not restore, stay (as in the pane).
    const removing = rowsToRemove(proposal);
    if (removing.length > 0 && gateway.whyRowsStay) {
      const kept = await gateway.whyRowsStay(grid.sheet, removing);
      if (kept.size > 0)
        proposal = proposeCleanup(grid, defaultCleanupSettings(), log.entries, { keptRows: kept });
    }
    const chosen = proposal.edits.filter((e) => e.applied);
    const proposed = proposal.edits.length - chosen.length;
    const suggestions: Localized[] =
      proposed > 0
        ? [
            {
              zh: `另有 ${proposed} 处建议（如重复字词）未修改，可在助手的“一键清理”中查看。`,
              en: `${proposed} suggestions (such as repeated words) were not applied; see Clean Up in the assistant.`,
            },
          ]
        : [];
    if (chosen.length === 0)
      return {
        ok: true,
        text: join([
          { zh: "没有需要清理的内容，未做修改。", en: "Nothing to clean up; nothing was changed." },
          ...suggestions,
        ]),
      };
    const entries = entriesForRun(chosen, formatLogTime(now), nextLogId(log.entries));
    const result = await carryOut(writer, entries, log.entries, lang);
    const applied = result.done.filter((e) => e.action === "apply");
    const rows = applied.filter((e) => e.edit.kind === "row").length;
    const parts: Localized[] = [
      {
        zh: `已清理 ${applied.length} 处${rows > 0 ? `（其中删除重复表头 ${rows} 行）` : ""}，已记入“${result.logSheet}”。`,
        en: `Cleaned up ${applied.length} places${rows > 0 ? ` (${rows} repeated header row${rows > 1 ? "s" : ""} removed)` : ""}; logged on sheet "${result.logSheet}".`,
      },
    ];
    parts.push(...firstFew(result.skipped), ...suggestions, undoHint(result.oneUndoStep));
    return { ok: true, text: join(parts) };
  } catch (e) {
    return { ok: false, text: failureText(e) };
  }
}
