import * as path from "path";
import { parseFlags, say, UserError, voiceFlag, type CliCommand } from "../io";
import { loadWorkbook, saveWorkbook, sheetsNotCarried } from "../../xlsx/files";
import { refuseUncarried } from "../sheets";
import { revertWorkbook, readWorkbookCleanupLog } from "../../xlsx/cleanup";
import { changedPart, formatLogTime, parseRuleList, type RevertChoice } from "../../core/cleanup";
import { checkOutput } from "./cleanup";

const USAGE =
  "revert <file.xlsx> -o out.xlsx [--rules SPACE,PUNCT,...] [--ids 3,5,8] [--json] [--lang zh|en]";

function parseIds(text: string): number[] {
  const ids = text
    .split(/[,，\s]+/)
    .filter(Boolean)
    .map(Number);
  if (ids.length === 0 || ids.some((n) => !Number.isInteger(n) || n <= 0))
    throw new UserError(
      `--ids 应为清理日志中的序号，如 --ids 3,5,8（收到：${text}）`,
      `--ids takes log numbers such as --ids 3,5,8 (got: ${text})`,
    );
  return ids;
}

/**
 * Log numbers given with --ids that the 清理日志 does not hold (a typing slip, another file's log): said,
 * with the numbers it does hold, and nothing written — never "nothing to revert" and an unchanged copy.
 */
function missingIds(ids: readonly number[], logged: readonly number[]): void {
  const have = new Set(logged);
  const missing = ids.filter((n) => !have.has(n));
  if (missing.length === 0) return;
  const sorted = [...have].sort((a, b) => a - b);
  const span =
    sorted.length === 0
      ? null
      : sorted.length === 1
        ? `${sorted[0]}`
        : sorted[sorted.length - 1] - sorted[0] + 1 === sorted.length
          ? `${sorted[0]}–${sorted[sorted.length - 1]}`
          : sorted.join(",");
  throw new UserError(
    `清理日志中没有序号 ${missing.join("、")}（${span ? `现有序号 ${span}` : "日志中没有记录"}），未作撤销，也未写出文件。请对照“清理日志”工作表的序号列重新给出 --ids。`,
    `The cleanup log has no entry ${missing.join(", ")} (${span ? `its entries are ${span}` : "it holds no entries"}); nothing was reverted or written. Give --ids from the 清理日志 sheet's number column.`,
  );
}

export const revertCommand: CliCommand = {
  name: "revert",
  summary: {
    zh: "按“清理日志”（或英文版写入的 Cleanup log）撤销清理：把所选规则（或全部）修改过的单元格恢复原样，删除的行放回原处。",
    en: "Undo a cleanup from its log (清理日志 or Cleanup log): restore the cells the chosen rules (or all) changed, and put removed rows back.",
  },
  usage: USAGE,
  async run(args, io) {
    const { flags, positional } = parseFlags(args, {
      strings: ["o", "rules", "ids", "lang"],
      booleans: ["json"],
      aliases: { output: "o", out: "o" },
    });
    if (positional.length !== 1)
      throw new UserError(`请给出一个 .xlsx 文件。用法：${USAGE}`, `Give one .xlsx file. Usage: ${USAGE}`);
    const output = checkOutput(positional[0], flags.o, io.cwd);
    const choice: RevertChoice = {};
    if (flags.rules !== undefined) {
      const parsed = parseRuleList(String(flags.rules));
      if ("error" in parsed) throw new UserError(parsed.error.zh, parsed.error.en);
      choice.rules = parsed.ids;
    }
    if (flags.ids !== undefined) choice.ids = parseIds(String(flags.ids));

    // A log is found in either language (清理日志, Cleanup log); --lang picks its rule names and the printed
    // lines' language (both without it, as before).
    const v = voiceFlag(flags.lang);
    const lang = v === "en" ? "en" : "zh";
    const input = path.resolve(io.cwd, positional[0]);
    const wb = await loadWorkbook(input);
    const log = readWorkbookCleanupLog(wb, lang);
    if (log.sheet === null)
      throw new UserError(
        "该工作簿没有清理日志，无可撤销的修改。",
        "This workbook has no cleanup log (清理日志 or Cleanup log); there is nothing to revert.",
      );
    if (choice.ids)
      missingIds(
        choice.ids,
        log.entries.map((e) => e.id),
      );
    // The reverted copy is meant to replace the file: one that lost a chart sheet is not written.
    refuseUncarried(input, sheetsNotCarried(wb), "revert");
    const { plan, messages } = revertWorkbook(wb, choice, formatLogTime(new Date()), lang);
    const replaced = await saveWorkbook(wb, output);
    if (replaced) messages.push(replaced);

    const conflicts = plan.conflicts.map((c) => c.message);
    if (flags.json) {
      const reverted = plan.entries.map((e) => ({
        id: e.revertOf,
        sheet: e.edit.sheet,
        cell: e.edit.cell,
        rule: e.edit.rule,
        restored: e.edit.after,
      }));
      io.stdout(
        JSON.stringify(
          { reverted, conflicts: plan.conflicts.map((c) => ({ id: c.entry.id, ...c.message })) },
          null,
          2,
        ) + "\n",
      );
      for (const m of messages) io.stderr(`${say(v, m.zh, m.en)}\n`);
      return 0;
    }
    for (const m of [...messages, ...conflicts]) io.stdout(`${say(v, m.zh, m.en)}\n`);
    if (plan.entries.length === 0) io.stdout(`${say(v, "没有需要撤销的修改。", "Nothing to revert.")}\n`);
    else
      io.stdout(
        `${say(v, `已撤销 ${plan.entries.length} 处`, `Reverted ${plan.entries.length} edits:`, " ")}\n`,
      );
    // One line an entry, as the dry run shows it: a line break as ⏎.
    const oneLine = (t: string) => t.replace(/\n/g, "⏎");
    for (const e of plan.entries) {
      const [now, back] =
        e.edit.kind === "row" ? ["", e.edit.after] : changedPart(e.edit.before, e.edit.after);
      const also = e.revertOf !== null && plan.alsoReverted.includes(e.revertOf) ? "  ※" : "";
      io.stdout(
        `  ${e.edit.sheet}!${e.edit.cell}  ${e.edit.rule}  ${oneLine(e.edit.kind === "row" ? `${say(v, "恢复整行", "row restored:", " ")}${v === "zh" ? "：" : " "}${back}` : `${now} → ${back}`)}${also}\n`,
      );
    }
    if (plan.alsoReverted.length > 0) {
      const named = plan.entries
        .filter((e) => e.revertOf !== null && plan.alsoReverted.includes(e.revertOf))
        .map((e) => `${e.revertOf} ${e.edit.rule} ${e.edit.sheet}!${e.edit.cell}`);
      io.stdout(
        say(
          v,
          `※ 这些单元格在所选修改之后又被其他规则修改过（序号 ${named.join("、")}）：要还原所选修改前的原文，须先撤销之后的修改，所以一并撤销。`,
          `※ These cells were changed again by other rules after the chosen edits (entries ${named.join(", ")}): the text before a chosen edit comes back only if the later edits are undone first, so they were reverted too.`,
        ) + "\n",
      );
    }
    const where = path.relative(io.cwd, output) || output;
    io.stdout(`${v === "both" ? `已保存 Saved: ${where}` : say(v, `已保存：${where}`, `Saved: ${where}`)}\n`);
    return 0;
  },
};
