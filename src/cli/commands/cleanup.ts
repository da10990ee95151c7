import * as path from "path";
import { parseFlags, say, UserError, voiceFlag, type CliCommand, type CliIO, type Voice } from "../io";
import { loadWorkbook, requireNewOutput, saveWorkbook, sheetsNotCarried } from "../../xlsx/files";
import { findWorksheet, worksheetToGrid } from "../../xlsx/read";
import { parseGrid } from "../../core/parse";
import {
  noWorksheets,
  refuseUncarried,
  sheetsWithTables,
  tablesElsewhereHint,
  uncarriedDryRunNote,
} from "../sheets";
import { cleanupWorkbook, findCleanupLogSheet } from "../../xlsx/cleanup";
import {
  defaultCleanupSettings,
  formatLogTime,
  parseRuleList,
  ruleById,
  RULE_IDS,
  changedPart,
  settingsFromRules,
  SYSTEM_NAME_NOTE,
  type CleanupEdit,
  type CleanupSettings,
} from "../../core/cleanup";
import type { Localized } from "../../core/i18n";

const USAGE =
  "cleanup <file.xlsx> -o out.xlsx [--rules SPACE,PUNCT,...] [--sheet NAME] [--dry-run] [--json] [--lang zh|en]";

export function settingsFromFlag(rules: string | boolean | undefined): CleanupSettings {
  if (rules === undefined) return defaultCleanupSettings();
  const parsed = parseRuleList(typeof rules === "string" ? rules : "");
  if ("error" in parsed) throw new UserError(parsed.error.zh, parsed.error.en);
  return settingsFromRules(parsed.ids);
}

/** The output file must be new: the officer's original stays untouched. */
export function checkOutput(input: string, output: string | boolean | undefined, cwd: string): string {
  if (typeof output !== "string" || output === "")
    throw new UserError(
      "请用 -o 指定输出文件，如 -o 清理后.xlsx（原文件不会被修改）。",
      "Give an output file with -o, e.g. -o cleaned.xlsx (the original is not modified).",
    );
  const resolved = path.resolve(cwd, output);
  requireNewOutput(resolved, [path.resolve(cwd, input)]);
  return resolved;
}

function short(text: string, max = 60): string {
  const oneLine = text.replace(/\n/g, "⏎");
  return oneLine.length > max ? oneLine.slice(0, max - 1) + "…" : oneLine;
}

function printMessages(io: CliIO, messages: Localized[], json: boolean, v: Voice): void {
  const out = json ? io.stderr : io.stdout;
  for (const m of messages) out(`${say(v, m.zh, m.en)}\n`);
}

function printEdits(io: CliIO, edits: readonly CleanupEdit[], v: Voice): void {
  for (const e of edits) {
    const removal = e.applied
      ? `（${say(v, "删除整行", "row removed", " ")}）`
      : `（${say(v, "建议删除整行", "row removal proposed", " ")}）`;
    const [b, a] = e.kind === "row" ? [e.before, removal] : changedPart(e.before, e.after);
    const mark = e.applied ? "✓" : "？";
    // A cell the officer cannot see in Excel (a hidden row or column, a row a filter left out).
    const hiddenMark = e.hidden === true ? `（${say(v, "隐藏", "hidden", " ")}）` : "";
    // The preview's address, when a row removal above moved the cell (the log names both).
    const where =
      e.kind === "cell" && e.previewCell
        ? `${hiddenMark}（${say(v, `预览中为 ${e.previewCell}`, `was ${e.previewCell}`, " ")}）`
        : hiddenMark;
    io.stdout(`  ${mark} ${e.sheet}!${e.cell}${where}  ${e.rule}  ${short(b)}  →  ${short(a)}\n`);
    if (e.note) io.stdout(`      ※ ${say(v, e.note.zh, e.note.en, " ")}\n`);
  }
}

function counts(edits: readonly CleanupEdit[], v: Voice): string {
  const by = new Map<string, number>();
  for (const e of edits) by.set(e.rule, (by.get(e.rule) ?? 0) + 1);
  const name = (rule: string) => ruleById(rule as CleanupEdit["rule"]).name;
  return [...by]
    .map(([rule, n]) => `${v === "en" ? name(rule).en : name(rule).zh} ${rule}: ${n}`)
    .join(v === "en" ? "; " : "；");
}

/**
 * Which proposals naming their rules in --rules applies (a rule proposed only, such as TYPO; a budget
 * system's project name), and the list to name — this run's rules and theirs, since --rules runs only the
 * rules it lists. The others (a header row kept for a reason, a line break inside a name) are never applied
 * from the command line: said so, not promised.
 */
function printHowToApply(
  io: CliIO,
  proposed: readonly CleanupEdit[],
  settings: CleanupSettings,
  v: Voice,
): void {
  const byRules = proposed.filter(
    (e) => e.kind === "cell" && (settings[e.rule] === "propose" || e.note?.zh === SYSTEM_NAME_NOTE.zh),
  );
  if (byRules.length > 0) {
    const rules = RULE_IDS.filter(
      (id) => settings[id] === "apply" || byRules.some((e) => e.rule === id),
    ).join(",");
    io.stdout(
      say(
        v,
        `  要应用其中 ${byRules.length} 处，请在 --rules 中列出其规则：--rules ${rules}`,
        `  To apply ${byRules.length} of them, name their rules in --rules: --rules ${rules}`,
      ) + "\n",
    );
  }
  const rest = proposed.length - byRules.length;
  if (rest > 0)
    io.stdout(
      say(
        v,
        `  其余 ${rest} 处命令行不会应用，请核对后在 Excel 中修改（或在加载项的预览中勾选）`,
        `  The other ${rest} are never applied from the command line: check them and change them in Excel (or tick them in the add-in's preview)`,
      ) + "\n",
    );
}

export const cleanupCommand: CliCommand = {
  name: "cleanup",
  summary: {
    zh: "一键清理：删除重复表头行，规范空格、标点和编号；修改记入“清理日志”工作表（--lang en 时新建的日志名为 Cleanup log），可撤销。--rules 只运行所列规则并应用其修改（预算系统导出表中的项目名称也修改）。",
    en: "One-click cleanup: remove repeated header rows, normalise spaces, punctuation and numbering; every change is logged in a 清理日志 sheet (Cleanup log when first written with --lang en) and can be reverted. --rules runs only the rules listed and applies their edits (a budget-system export's project names included).",
  },
  usage: USAGE,
  async run(args, io) {
    const { flags, positional } = parseFlags(args, {
      strings: ["o", "rules", "sheet", "lang"],
      booleans: ["dry-run", "json"],
      aliases: { output: "o", out: "o" },
    });
    if (positional.length !== 1)
      throw new UserError(`请给出一个 .xlsx 文件。用法：${USAGE}`, `Give one .xlsx file. Usage: ${USAGE}`);
    const input = path.resolve(io.cwd, positional[0]);
    const dryRun = flags["dry-run"] === true;
    // The log's name and rule names when a new log is written, and the printed lines' language (both
    // without --lang, as before; one with it, as analyze and compare print).
    const v = voiceFlag(flags.lang);
    const lang = v === "en" ? "en" : "zh";
    const json = flags.json === true;
    const settings = settingsFromFlag(flags.rules);
    const output = dryRun ? null : checkOutput(positional[0], flags.o, io.cwd);
    const wb = await loadWorkbook(input);
    if (wb.worksheets.length === 0) throw noWorksheets(input);
    // The cleaned copy is meant to replace the file: one that lost a chart sheet is not written.
    const notCarried = sheetsNotCarried(wb);
    if (!dryRun) refuseUncarried(input, notCarried, "cleanup");
    const ws = findWorksheet(wb, flags.sheet as string | undefined);
    if (findCleanupLogSheet(wb, lang)?.name === ws.name)
      throw new UserError(
        "这是清理日志工作表，不能清理。请用 --sheet 指定要清理的工作表。",
        "This is the cleanup log sheet; it is not cleaned. Choose a sheet with --sheet.",
      );
    const grid = worksheetToGrid(ws);
    // Parsed once, here, and handed to the cleanup (which finds the table in it).
    const parsed = flags.sheet === undefined ? parseGrid(grid) : undefined;
    // The active sheet is a cover page while the tables are elsewhere: say where, change nothing.
    if (parsed && parsed.tables.length === 0) {
      const hint = tablesElsewhereHint(sheetsWithTables(wb, ws).map((t) => t.sheet));
      if (hint)
        throw new UserError(
          `工作表“${ws.name}”中没有绩效目标表，未作清理。${hint.zh}`,
          `Sheet "${ws.name}" holds no performance-target table; nothing was cleaned. ${hint.en}`,
        );
    }

    const time = formatLogTime(new Date());
    // Rules named in --rules are the officer's choice: a budget system's project names are cleaned too.
    const systemNames = flags.rules === undefined ? "propose" : "apply";
    const result = cleanupWorkbook(wb, {
      sheet: ws.name,
      settings,
      time,
      dryRun,
      grid,
      parsed,
      systemNames,
      lang,
    });
    const edits: CleanupEdit[] = dryRun ? result.proposal.edits : result.entries.map((e) => e.edit);
    const replaced = output ? await saveWorkbook(wb, output) : null;
    if (replaced) result.messages.push(replaced);
    // The preview of a file whose cleaned copy would lose a chart sheet: said, since -o will refuse it.
    const refused = dryRun ? uncarriedDryRunNote(notCarried) : null;
    if (refused) result.messages.push(refused);

    if (json) {
      const list = edits.map((e) => ({
        sheet: e.sheet,
        cell: e.cell,
        rule: e.rule,
        before: e.before,
        after: e.after,
        applied: e.applied,
        ...(e.note ? { note: e.note } : {}),
        // A cell the officer cannot see in Excel (a hidden row or column, a row a filter left out): the
        // cleanup marks it on the edit, where it was proposed (the grid carries what is hidden).
        ...(e.hidden === true ? { hidden: true } : {}),
      }));
      io.stdout(JSON.stringify({ edits: list }, null, 2) + "\n");
      printMessages(io, result.messages, true, v);
      return 0;
    }
    printMessages(io, result.messages, false, v);
    const applied = edits.filter((e) => e.applied);
    const proposed = edits.filter((e) => !e.applied);
    if (edits.length === 0)
      io.stdout(`${say(v, `工作表“${ws.name}”无需清理。`, `Nothing to clean on sheet "${ws.name}".`)}\n`);
    if (applied.length > 0) {
      io.stdout(
        (dryRun
          ? say(
              v,
              `将修改 ${applied.length} 处（预览，未保存）`,
              `Would apply ${applied.length} edits (preview):`,
              "",
            )
          : say(v, `已修改 ${applied.length} 处`, `Applied ${applied.length} edits:`, " ")) + "\n",
      );
      io.stdout(`  ${counts(applied, v)}\n`);
      printEdits(io, applied, v);
    }
    if (proposed.length > 0) {
      io.stdout(
        say(
          v,
          `仅建议、未修改 ${proposed.length} 处`,
          `Proposed only, not applied (${proposed.length}):`,
          " ",
        ) + "\n",
      );
      printEdits(io, proposed, v);
      printHowToApply(io, proposed, settings, v);
    }
    if (output) {
      const where = path.relative(io.cwd, output) || output;
      io.stdout(v === "both" ? `已保存 Saved: ${where}` : say(v, `已保存：${where}`, `Saved: ${where}`));
      io.stdout(
        result.logSheet
          ? `（${say(v, `修改记录见工作表“${result.logSheet}”`, `changes logged in sheet "${result.logSheet}"`, " ")}）\n`
          : "\n",
      );
    }
    return 0;
  },
};
