/**
 * `compare`: line one program up across districts (several files, one per district submission, or one
 * table holding every district) and write the 区域对比 sheet.
 */
import * as path from "path";
import { langFlag, parseFlags, requireFiles, UserError, type CliCommand, type CliIO } from "../io";
import { loadWorkbook, copyWithPlans, requireNewOutput } from "../../xlsx/files";
import { findWorksheet, worksheetToGrid } from "../../xlsx/read";
import { parseGrid } from "../../core/parse";
import { noTableMessage } from "../../core/summary";
import {
  comparisonJson,
  notComparedJson,
  unplacedJson,
  compareDistricts,
  formatComparisonSummary,
  type CompareOptions,
  type CompareSettings,
  type CompareSource,
  type Grouping,
  type RatioChoice,
  noComparisonReason,
  unplacedMessage,
} from "../../core/compare";
import { compareSheetPlan } from "../../core/plan/compareSheet";
import type { Lang, Localized } from "../../core/i18n";
import {
  compareSources,
  hiddenSheetsWithTables,
  hiddenTablesNote,
  noTableError,
  noWorksheets,
  sheetsWithTables,
  tablesElsewhereHint,
  uncarriedNote,
  type SheetTables,
} from "../sheets";

const USAGE =
  "compare <a.xlsx> [b.xlsx …] [-o out.xlsx] [--json] [--sheet NAME] [--method ratio|mad] [--high 2] [--low 0.5] [--mad 3.5] [--ratio 隐患数/企业数,…] [--group-by name|department|budgetUnit|project] [--lang zh|en]";

function positiveNumber(flag: string, v: string | boolean | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (typeof v !== "string" || !Number.isFinite(n) || n <= 0)
    throw new UserError(
      `参数 --${flag} 应为正数，收到：${String(v)}`,
      `Option --${flag} needs a positive number, got: ${String(v)}`,
    );
  return n;
}

export function optionsFromFlags(flags: Record<string, string | boolean>): CompareOptions {
  const settings: Partial<CompareSettings> = {};
  if (flags.method !== undefined) {
    if (flags.method !== "ratio" && flags.method !== "mad")
      throw new UserError(
        `参数 --method 只能是 ratio（与中位数之比）或 mad（稳健 z 值），收到：${String(flags.method)}`,
        `Option --method must be ratio or mad, got: ${String(flags.method)}`,
      );
    settings.outlierMethod = flags.method;
  }
  const high = positiveNumber("high", flags.high);
  const low = positiveNumber("low", flags.low);
  const mad = positiveNumber("mad", flags.mad);
  if (high !== undefined) settings.ratioHigh = high;
  if (low !== undefined) settings.ratioLow = low;
  if (mad !== undefined) settings.madThreshold = mad;
  const options: CompareOptions = { settings };
  if (typeof flags.ratio === "string") {
    const ratios: RatioChoice[] = [];
    for (const part of flags.ratio.split(/[,，;；]/).filter((x) => x.trim())) {
      const [numerator, denominator, extra] = part.split(/[/÷]/).map((x) => x.trim());
      if (!numerator || !denominator || extra !== undefined)
        throw new UserError(
          `参数 --ratio 的写法应为“分子指标/分母指标”，如 --ratio 隐患数/企业数，收到：${part}`,
          `Option --ratio must be "numerator/denominator", e.g. --ratio 隐患数/企业数, got: ${part}`,
        );
      ratios.push({ numerator, denominator });
    }
    options.ratios = ratios;
  }
  if (flags["group-by"] !== undefined) {
    const g = flags["group-by"];
    let grouping: Grouping;
    if (g === "name") grouping = { by: "name" };
    else if (g === "department" || g === "budgetUnit" || g === "project")
      grouping = { by: "field", field: g };
    else
      throw new UserError(
        `参数 --group-by 只能是 name、department（主管部门）、budgetUnit（预算单位）或 project（项目名称），收到：${String(g)}`,
        `Option --group-by must be name, department, budgetUnit or project, got: ${String(g)}`,
      );
    options.grouping = grouping;
  }
  return options;
}

/**
 * Every input file parsed into sources: a named sheet, or — as analyze reads a file — every sheet that
 * holds a table (a workbook of one sheet per district compares without a flag; `--all-sheets`, once
 * needed for it, is now what happens anyway). `notes` says when the active sheet was a cover page.
 */
export async function readSources(
  files: string[],
  sheet: string | undefined,
  io: CliIO,
  notes: Localized[] = [],
): Promise<CompareSource[]> {
  const sources: CompareSource[] = [];
  for (const file of files) {
    const name = path.basename(file);
    const loading = Date.now();
    const wb = await loadWorkbook(path.resolve(io.cwd, file));
    // When the file was saved, from its own properties (not the disk's date, which a download or copy
    // changes): tells a district's later submission. A workbook without the property reads as now; unknown.
    const saved = wb.modified instanceof Date ? wb.modified.getTime() : NaN;
    const modified = Number.isFinite(saved) && saved < loading ? { modified: saved } : {};
    if (wb.worksheets.length === 0) throw noWorksheets(file);
    let found: SheetTables[];
    // A table on a hidden sheet (a district's) is not compared unless named with --sheet: said, never skipped in silence.
    const hiddenSheets = sheet === undefined ? hiddenSheetsWithTables(wb) : [];
    const hiddenTables = hiddenTablesNote(file, hiddenSheets, true);
    if (sheet !== undefined) {
      const ws = findWorksheet(wb, sheet);
      const result = parseGrid(worksheetToGrid(ws));
      if (result.tables.length === 0) {
        const m = noTableMessage(ws.name, "sheet");
        const hint = tablesElsewhereHint(sheetsWithTables(wb, ws).map((t) => t.sheet));
        throw new UserError(
          `${name}：${m.zh}${hint ? hint.zh : ""}`,
          `${name}: ${m.en}${hint ? " " + hint.en : ""}`,
        );
      }
      found = [{ sheet: ws, result }];
    } else {
      found = sheetsWithTables(wb);
      const active = findWorksheet(wb, undefined);
      if (found.length > 0 && !found.some((t) => t.sheet === active)) {
        const names = found.map((t) => t.sheet.name);
        notes.push({
          zh: `${name}：工作表“${active.name}”中没有绩效目标表，已读取含有表格的工作表：${names.join("、")}。`,
          en: `${name}: sheet "${active.name}" holds no performance-target table; read the sheet(s) that do: ${names.join(", ")}.`,
        });
      }
    }
    if (found.length === 0) throw noTableError(wb, name, hiddenSheets, true);
    if (hiddenTables) notes.push(hiddenTables);
    sources.push(...compareSources(file, found).map((src) => ({ ...src, ...modified })));
  }
  return sources;
}

export const compareCommand: CliCommand = {
  name: "compare",
  summary: {
    zh: "区域对比：把各区填报的同一项目逐项对齐，给出最小值、中位数、最大值、偏离和缺项，写入“区域对比”表（--lang en 时名为 District comparison）。",
    en: "District comparison: line the same program up across districts, with spread, outliers and gaps; writes the 区域对比 sheet (District comparison with --lang en).",
  },
  usage: USAGE,
  async run(args, io) {
    const { flags, positional } = parseFlags(args, {
      strings: ["out", "sheet", "method", "high", "low", "mad", "ratio", "group-by", "lang"],
      booleans: ["json", "all-sheets"],
      aliases: { o: "out" },
    });
    requireFiles(positional, USAGE);
    const lang: Lang = langFlag(flags.lang);
    const options = optionsFromFlags(flags);
    const out = typeof flags.out === "string" ? path.resolve(io.cwd, flags.out) : null;
    if (out)
      requireNewOutput(
        out,
        positional.map((f) => path.resolve(io.cwd, f)),
      );
    const notes: Localized[] = [];
    // --all-sheets is still accepted: every sheet with a table is what compare reads by default.
    const sources = await readSources(positional, flags.sheet as string | undefined, io, notes);
    // Which sheets were read instead of the active one: beside the JSON on stderr, else first.
    for (const n of notes) (flags.json ? io.stderr : io.stdout)(`${n.zh}\n${n.en}\n`);
    const result = compareDistricts(sources, options);
    if (result.programs.length === 0) {
      // Projects whose district could not be told are named, never dropped in silence.
      const unplaced = result.unplaced.map(unplacedMessage);
      const why = noComparisonReason(result);
      // --group-by helps only where several districts were told but their projects' names differ.
      const groupHint = result.places.length >= 2;
      throw new UserError(
        [
          "没有找到可对比的项目：需要至少两个区县填报的同一项目（项目名称去掉区县名后相同）。" +
            (groupHint ? "可用 --group-by 按主管部门、预算单位等分组。" : ""),
          ...(why ? [why.zh] : []),
          ...unplaced.map((m) => m.zh),
        ].join("\n"),
        [
          "Nothing to compare: no program was filed by at least two districts (same project name once the district is removed)." +
            (groupHint ? " Try --group-by to group by department or budget unit." : ""),
          ...(why ? [why.en] : []),
          ...unplaced.map((m) => m.en),
        ].join("\n"),
      );
    }
    if (options.ratios && result.messages.length > 0)
      throw new UserError(
        result.messages.map((m) => m.zh).join("\n"),
        result.messages.map((m) => m.en).join("\n"),
      );
    let written: { name: string; fallbacks: { zh: string; en: string }[] }[] = [];
    let lost: Localized | null = null;
    let replaced: Localized | null = null;
    if (out) {
      const plan = compareSheetPlan(result, { lang });
      if (plan) {
        const copy = await copyWithPlans(path.resolve(io.cwd, positional[0]), out, [plan]);
        replaced = copy.replaced;
        written = copy.written;
        lost = uncarriedNote(copy.notCarried);
      }
    }
    // The copy lacks the input's chart sheets and the like (ExcelJS cannot write them): said.
    if (lost && flags.json) io.stderr(`${lost.zh}\n${lost.en}\n`);
    if (replaced && flags.json) io.stderr(`${replaced.zh}\n${replaced.en}\n`);
    if (flags.json) {
      // Programs only one district filed, where any: beside the comparison, said in one line.
      const notCompared = notComparedJson(result);
      // Projects of no district that joined no program: said here too, as in the summary (round 177).
      const unplaced = unplacedJson(result);
      io.stdout(
        JSON.stringify(
          {
            comparison: comparisonJson(result),
            ...(notCompared ? { notCompared } : {}),
            ...(unplaced ? { unplaced } : {}),
          },
          null,
          2,
        ) + "\n",
      );
      return 0;
    }
    io.stdout(formatComparisonSummary(result, lang) + "\n");
    if (out) {
      const file = path.relative(io.cwd, out) || out;
      const sheets = written.map((w) => w.name);
      io.stdout(
        lang === "zh"
          ? `\n已写入 Written: ${file}（工作表 sheet: ${sheets.join("、")}）\n`
          : `\nWritten: ${file} (sheet: ${sheets.join(", ")})\n`,
      );
      if (lost) io.stdout(`${lang === "zh" ? lost.zh : lost.en}\n`);
      if (replaced) io.stdout(`${lang === "zh" ? replaced.zh : replaced.en}\n`);
      if (written.some((w) => w.fallbacks.length > 0))
        io.stdout(
          lang === "zh"
            ? "柱形图在 .xlsx 文件中以数据条显示；在 Excel 加载项中会绘制为图表。Charts are shown as data bars in the .xlsx file; the Excel add-in draws them.\n"
            : "Charts are shown as data bars in the .xlsx file; the Excel add-in draws them.\n",
        );
    }
    return 0;
  },
};
