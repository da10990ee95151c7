/**
 * The 清理日志 sheet: every applied edit (time, sheet, cell, rule, before, after), every revert, and the
 * proposals the officer did not take. It is written as a SheetPlan and read back from the workbook,
 * so revert works after the workbook was saved and reopened.
 */
import type { CellValue, Grid } from "../grid";
import { cellText } from "../grid";
import { pick, type Lang, type Localized } from "../i18n";
import type { PlanValue, SheetPlan } from "../plan/types";
import { estimateRowHeights } from "../plan/rowHeights";
import { resultPageSetup } from "../plan/pageSetup";
import { RESULT_SHEET_NAMES, resultSheetName } from "../plan/sheetNames";
import type { CleanupEdit, LogAction, LogEntry, RowLook } from "./types";
import { ODD_SPACE_CHARS, ZERO_WIDTH_CHARS } from "./chars";
import { ruleById } from "./registry";
import { isRuleId } from "./settings";

/** The log's Chinese name; a log first written from an English Office is named "Cleanup log". */
export const CLEANUP_LOG_SHEET = RESULT_SHEET_NAMES.cleanupLog.zh;

/**
 * The log keeps a removed row's look in one cell of its restore data (at most 32,767 characters, with the
 * row's values): a row whose formats would not fit stays (each gateway's whyRowsStay).
 */
export const MAX_LOOK_CHARS = 16000;

/** Column headers; reading back matches them by their Chinese part. */
export const LOG_HEADERS = [
  "序号 No.",
  "时间 Time",
  "工作表 Sheet",
  "单元格 Cell",
  "规则 Rule",
  "改动 Change",
  "修改前 Before",
  "修改后 After",
  "状态 Status",
  "撤销的序号 Reverts",
  "规则说明 Rule name",
  "还原数据（请勿修改） Restore data (do not edit)",
] as const;

const STATUS: Record<LogAction, string> = {
  apply: "已修改 Applied",
  declined: "仅建议，未修改 Proposed only",
  revert: "已撤销 Reverted",
};
const STATUS_UNDONE = "已修改，后已撤销 Applied, later reverted";

/** Spaces (also NBSP, full-width, tabs) and characters that show nothing (zero-width). */
const INVISIBLE = new RegExp(`[ ${ODD_SPACE_CHARS}${ZERO_WIDTH_CHARS}]`, "g");
const ZERO_WIDTH = new RegExp(`[${ZERO_WIDTH_CHARS}]`);

/** A space shown as ␣ (a full-width one as two), a zero-width character as ⸢零宽⸣. */
function showInvisible(s: string): string {
  return s.replace(INVISIBLE, (ch) => (ch === "\u3000" ? "␣␣" : ZERO_WIDTH.test(ch) ? "⸢零宽⸣" : "␣"));
}

/**
 * The part of before/after that differs, with a little context: "…以上。。2、…" → "…以上。2、…". Long
 * cells stay readable in the log and in the command line. Where only spaces or invisible characters
 * differ ("…经费 " → "…经费"), they are shown (␣), or both sides would read the same.
 */
export function changedPart(before: string, after: string, context = 8): [string, string] {
  return shownChange(changedText(before, after, context));
}

/** The changed part (changedText) with its invisible characters shown, where they are all that differs. */
function shownChange([b, a]: [string, string]): [string, string] {
  if (b === a || b.replace(INVISIBLE, "") !== a.replace(INVISIBLE, "")) return [b, a];
  return [showInvisible(b), showInvisible(a)];
}

function changedText(before: string, after: string, context: number): [string, string] {
  let i = 0;
  while (i < before.length && i < after.length && before[i] === after[i]) i++;
  let j = 0;
  while (
    j < before.length - i &&
    j < after.length - i &&
    before[before.length - 1 - j] === after[after.length - 1 - j]
  )
    j++;
  const from = Math.max(0, i - context);
  const cut = (s: string) =>
    (from > 0 ? "…" : "") + s.slice(from, s.length - j + context) + (j > context ? "…" : "");
  return [cut(before), cut(after)];
}

/** Said of an edit in a row or column the officer does not see in Excel. */
const HIDDEN_MARK = "（隐藏 hidden）所在行或列已隐藏 in a hidden row or column";

function changeSummary(edit: CleanupEdit, action: LogAction): string {
  const note =
    (edit.note ? `\n${edit.note.zh}\n${edit.note.en}` : "") + (edit.hidden ? `\n${HIDDEN_MARK}` : "");
  if (edit.kind === "row") {
    const what =
      action === "revert"
        ? "恢复整行 row restored"
        : action === "declined"
          ? "建议删除整行，未删除 Row removal proposed, not done"
          : "删除整行 row removed";
    return what + note;
  }
  const [pb, pa] = changedText(edit.before, edit.after, 8);
  const [b, a] = shownChange([pb, pa]);
  // Where spaces were shown, say what the marks are.
  const marks = b !== pb || a !== pa ? b + a : "";
  const legend = [
    marks.includes("␣") ? "␣ 为空格 = a space" : "",
    marks.includes("⸢零宽⸣") ? "⸢零宽⸣ 为不可见字符 = an invisible character" : "",
  ]
    .filter((t) => t !== "")
    .map((t) => `\n${t}`)
    .join("");
  const moved = edit.previewCell
    ? `\n预览中为 ${edit.previewCell}（上方删除整行后移至 ${edit.cell}） Shown as ${edit.previewCell} in the preview; now ${edit.cell} after a row above was removed`
    : "";
  return `${b} → ${a}`.replace(/\n/g, "⏎") + legend + note + moved;
}

/** The column of restore data (L): hidden on screen and on paper; revert reads it. */
export const LOG_HIDDEN_COLUMN = 12;

/** A log row grows to show a cell of this many lines (a packed cell of seven items is read whole). */
const LOG_MAX_LINES = 16;

/** An Excel cell holds at most 32,767 characters. */
const MAX_CELL = 32767;

export function formatLogTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** What revert needs and the columns do not show: a removed row's cells, an edit's note. */
function restoreData(edit: CleanupEdit): string {
  const note = {
    ...(edit.note ? { note: edit.note } : {}),
    ...(edit.hidden ? { hidden: true } : {}),
  };
  if (edit.kind !== "row") {
    const moved = edit.previewCell ? { previewCell: edit.previewCell } : {};
    return edit.note || edit.previewCell || edit.hidden ? JSON.stringify({ ...note, ...moved }) : "";
  }
  const look = edit.look ? { look: edit.look } : {};
  return JSON.stringify({
    row: edit.row,
    fromColumn: edit.fromColumn,
    values: edit.values,
    ...note,
    ...look,
  });
}

/** A removed row's look kept in the restore data, when it is one (see RowLook). */
function lookOf(data: unknown): { look?: RowLook } {
  const look = (data as { look?: unknown } | null)?.look as Partial<RowLook> | undefined;
  return look && typeof look === "object" && typeof look.host === "string" && "data" in look
    ? { look: { host: look.host, data: look.data } }
    : {};
}

/** Whether the restore data says the edit's cell or row is hidden. */
function hiddenOf(data: unknown): { hidden?: true } {
  return (data as { hidden?: unknown } | null)?.hidden === true ? { hidden: true } : {};
}

/** The note kept in the restore data, when it is one. */
function noteOf(data: unknown): { note?: Localized } {
  const note = (data as { note?: unknown } | null)?.note as Partial<Localized> | undefined;
  return note && typeof note.zh === "string" && typeof note.en === "string"
    ? { note: { zh: note.zh, en: note.en } }
    : {};
}

/**
 * The log as a sheet. Its headers, statuses and change summaries carry both languages whatever `lang` is:
 * one log serves every officer who shares the workbook, and revert reads it by its Chinese parts. `lang`
 * names a new log (清理日志, Cleanup log) and gives the rule-name column its words.
 */
export function cleanupLogPlan(log: readonly LogEntry[], lang: Lang = "zh"): SheetPlan {
  const undone = new Set(log.filter((e) => e.action === "revert").map((e) => e.revertOf));
  const values: PlanValue[][] = [[...LOG_HEADERS]];
  for (const e of [...log].sort((a, b) => a.id - b.id)) {
    const status = e.action === "apply" && undone.has(e.id) ? STATUS_UNDONE : STATUS[e.action];
    values.push([
      e.id,
      e.time,
      e.edit.sheet,
      e.edit.cell,
      e.edit.rule,
      changeSummary(e.edit, e.action).slice(0, MAX_CELL),
      e.edit.before.slice(0, MAX_CELL),
      e.edit.after.slice(0, MAX_CELL),
      status,
      e.revertOf ?? "",
      pick(ruleById(e.edit.rule).name, lang),
      restoreData(e.edit),
    ]);
  }
  const last = values.length;
  const plan: SheetPlan = {
    name: resultSheetName("cleanupLog", lang),
    kind: "cleanup-log",
    tabColor: "#7F7F7F",
    values,
    // Narrow enough that A:K print one A4 landscape page wide at a readable size; L (restore data, for
    // revert only) is hidden by the gateway (LOG_HIDDEN_COLUMN) and so not printed.
    columnWidths: [6, 17, 10, 8, 15, 36, 30, 30, 16, 10, 12, 24],
    freeze: { rows: 1, columns: 0 },
    pageSetup: resultPageSetup({ lang, titleRow: 1 }),
    formats: [
      { range: "A1:L1", font: { bold: true }, fill: "#D9E1F2", wrapText: true, verticalAlignment: "center" },
      // Every entry reads from its top line, 序号 too, so a number sits beside its own entry.
      ...(last > 1 ? [{ range: `A2:A${last}`, verticalAlignment: "top" as const }] : []),
      // Text, so that "20:20", "0.10" or a date-like time are never converted by the spreadsheet.
      ...(last > 1 ? [{ range: `B2:L${last}`, numberFormat: "@", verticalAlignment: "top" as const }] : []),
      // 改动 / 修改前 / 修改后 wrap so the officer can read them; a long cell stops at LOG_MAX_LINES lines.
      ...(last > 1 ? [{ range: `F2:H${last}`, wrapText: true }] : []),
    ],
  };
  return { ...plan, rowHeights: estimateRowHeights(plan, { maxLines: LOG_MAX_LINES }) };
}

export interface ReadLogResult {
  entries: LogEntry[];
  /** Lines that could not be read (edited by hand): reported, never guessed. */
  messages: Localized[];
}

/** Whether a grid (its first row) is a 清理日志 written by us. */
export function isCleanupLogGrid(grid: Grid): boolean {
  const head = (grid.values[0] ?? []).map(cellText);
  return LOG_HEADERS.slice(0, 9).every((h, i) => (head[i] ?? "").startsWith(h.split(" ")[0]));
}

function actionOf(status: string): LogAction | null {
  if (status.startsWith("已修改")) return "apply";
  if (status.startsWith("仅建议")) return "declined";
  if (status.startsWith("已撤销")) return "revert";
  return null;
}

function numberOf(v: CellValue): number | null {
  const n = typeof v === "number" ? v : Number(cellText(v).trim());
  return cellText(v).trim() !== "" && Number.isInteger(n) && n > 0 ? n : null;
}

export function readCleanupLog(grid: Grid): ReadLogResult {
  const entries: LogEntry[] = [];
  const messages: Localized[] = [];
  if (!isCleanupLogGrid(grid)) {
    messages.push({
      zh: `工作表“${grid.sheet}”不是本工具写入的清理日志（表头不符）。`,
      en: `Sheet "${grid.sheet}" is not a cleanup log written by this tool (headers differ).`,
    });
    return { entries, messages };
  }
  const bad = (row: number, zh: string, en: string) =>
    messages.push({
      zh: `清理日志第 ${row} 行${zh}，已跳过。`,
      en: `Cleanup log row ${row}: ${en}; skipped.`,
    });
  for (let r = 1; r < grid.values.length; r++) {
    const line = grid.values[r] ?? [];
    const row = grid.top + r;
    const text = (i: number) => cellText(line[i] ?? null);
    if (line.every((v) => cellText(v ?? null) === "")) continue;
    const id = numberOf(line[0] ?? null);
    const rule = text(4).trim();
    const action = actionOf(text(8));
    if (id === null) {
      bad(row, "序号不是正整数", "the number is not a positive integer");
      continue;
    }
    if (!isRuleId(rule)) {
      bad(row, `的规则“${rule}”无法识别`, `unknown rule "${rule}"`);
      continue;
    }
    if (!action) {
      bad(row, "的状态无法识别", "unknown status");
      continue;
    }
    const revertOf = action === "revert" ? numberOf(line[9] ?? null) : null;
    if (action === "revert" && revertOf === null) {
      bad(row, "缺少所撤销的序号", "the reverted entry's number is missing");
      continue;
    }
    const base = {
      sheet: text(2),
      cell: text(3).trim(),
      rule,
      before: text(6),
      after: text(7),
      applied: action !== "declined",
    };
    let edit: CleanupEdit;
    const rowMatch = /^(\d+):(\d+)$/.exec(base.cell);
    if (rowMatch) {
      try {
        const data = JSON.parse(text(11)) as { row: unknown; fromColumn: unknown; values: unknown };
        if (typeof data.fromColumn !== "number" || !Array.isArray(data.values)) throw new Error("shape");
        const values = (data.values as unknown[]).map(
          (v): CellValue =>
            typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null,
        );
        edit = {
          ...base,
          kind: "row",
          row: Number(rowMatch[1]),
          fromColumn: data.fromColumn,
          values,
          ...noteOf(data),
          ...lookOf(data),
          ...hiddenOf(data),
        };
      } catch {
        bad(row, "的还原数据已损坏", "its restore data is damaged");
        continue;
      }
    } else {
      let data: unknown = null;
      try {
        data = text(11).trim() ? JSON.parse(text(11)) : null;
      } catch {
        data = null; // a cell edit needs no restore data: a damaged note is only lost
      }
      const previewCell = (data as { previewCell?: unknown } | null)?.previewCell;
      edit = {
        ...base,
        kind: "cell",
        ...noteOf(data),
        ...(typeof previewCell === "string" ? { previewCell } : {}),
        ...hiddenOf(data),
      };
    }
    entries.push({ id, time: text(1), action, edit, revertOf });
  }
  entries.sort((a, b) => a.id - b.id);
  return { entries, messages };
}
