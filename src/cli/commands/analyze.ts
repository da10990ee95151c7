/**
 * `analyze <file.xlsx>… [-o out.xlsx] [--json] [--rules CODE,…] [--satisfaction-min 80]`: read every table
 * in the files, review the indicators, and write the first workbook plus the 指标明细 and 校验结果 sheets
 * to a new file (the inputs are never written).
 */
import * as fs from "fs";
import * as path from "path";
import { langFlag, parseFlags, requireFiles, UserError, type CliCommand, type CliIO } from "../io";
import { copyWithPlans, loadWorkbook, realPath, requireNewOutput } from "../../xlsx/files";
import {
  compareSources,
  errorValuesNote,
  headerOnlyError,
  hiddenNote,
  hiddenSheetsWithTables,
  hiddenTablesNote,
  noTableError,
  noWorksheets,
  sheetsWithTables,
  uncarriedNote,
  type SheetTables,
} from "../sheets";
import { mergeParseResults } from "../../core/parse";
import type { ParseResult } from "../../core/record";
import type { Lang, Localized } from "../../core/i18n";
import { analyze, findingsJson, type Analysis, type AnalysisSource } from "../../core/review/analysis";
import { RULE_CODES } from "../../core/review/registry";
import {
  parsePercentSetting,
  parseRuleList,
  parseYearSetting,
  SettingsError,
} from "../../core/review/settings";
import { SEVERITIES, SEVERITY_LABEL, type ReviewSettings } from "../../core/review/types";
import {
  compareDistricts,
  comparisonJson,
  formatComparisonSummary,
  noComparisonReason,
  type ComparisonResult,
  type CompareSource,
} from "../../core/compare";
import { compareSheetPlan } from "../../core/plan/compareSheet";

const USAGE =
  "analyze <file.xlsx>... [-o out.xlsx] [--json] [--rules CODE,...] [--satisfaction-min 80] [--budget-year 2022] [--lang zh|en]";

/** The default output: out/<input name>.审核结果.xlsx under the current directory. */
export function defaultOutput(input: string, cwd: string): string {
  const base = path.basename(input).replace(/\.(xlsx|xlsm|xls|csv)$/i, "");
  return path.resolve(cwd, "out", `${base}.审核结果.xlsx`);
}

/** Every table on every sheet of a file, except the sheets this add-in wrote earlier. */
async function readFile(
  file: string,
  notes: Localized[],
): Promise<{ merged: ParseResult; found: SheetTables[] }> {
  // What the file holds decides, not its name, as in every command (xlsx/fileKind.ts).
  const wb = await loadWorkbook(file);
  if (wb.worksheets.length === 0) throw noWorksheets(file);
  const found = sheetsWithTables(wb);
  for (const t of found) {
    const hidden = hiddenNote(t.result);
    if (hidden) notes.push(hidden);
    const errors = errorValuesNote(t.result);
    if (errors) notes.push(errors);
  }
  // A table on a hidden sheet (a second district's, say) is not read, but said, as hidden rows are.
  const hiddenSheets = hiddenSheetsWithTables(wb);
  const hiddenTables = hiddenTablesNote(file, hiddenSheets, false);
  const merged = mergeParseResults(found.map((t) => t.result));
  if (merged.tables.length === 0) throw noTableError(wb, path.basename(file), hiddenSheets, false);
  const empty = headerOnlyError(file, merged);
  if (empty) throw empty;
  if (hiddenTables) notes.push(hiddenTables);
  return { merged, found };
}

function settingsFrom(flags: Record<string, string | boolean>): Partial<ReviewSettings> {
  const s: Partial<ReviewSettings> = {};
  try {
    if (typeof flags.rules === "string") s.rules = parseRuleList(flags.rules, RULE_CODES);
    if (typeof flags["satisfaction-min"] === "string")
      s.satisfactionMin = parsePercentSetting("--satisfaction-min", flags["satisfaction-min"]);
    if (typeof flags["budget-year"] === "string")
      s.budgetYear = parseYearSetting("--budget-year", flags["budget-year"]);
  } catch (e) {
    if (e instanceof SettingsError) throw new UserError(e.text.zh, e.text.en);
    throw e;
  }
  return s;
}

/** The readable summary printed after an analysis. */
export function formatAnalysisSummary(a: Analysis, lang: Lang): string {
  const zh = lang === "zh";
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of a.findings) counts[f.severity]++;
  lines.push(
    zh
      ? `项目 ${a.projects.length} 个，指标 ${a.indicators.length} 条，发现问题 ${a.findings.length} 个（${SEVERITIES.map((s) => `${SEVERITY_LABEL[s].zh} ${counts[s]}`).join("，")}）。`
      : `${a.projects.length} project(s), ${a.indicators.length} indicator(s), ${a.findings.length} finding(s) (${SEVERITIES.map((s) => `${counts[s]} ${SEVERITY_LABEL[s].en.toLowerCase()}`).join(", ")}).`,
  );
  const byCode = new Map<string, number>();
  for (const f of a.findings) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  if (byCode.size > 0) {
    const top = [...byCode.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
    lines.push((zh ? "按规则：" : "By rule: ") + top.map(([c, n]) => `${c} ${n}`).join(zh ? "，" : ", "));
  }
  const grades = { 优: 0, 良: 0, 中: 0, 差: 0 };
  for (const g of a.grades) grades[g.grade]++;
  lines.push(
    (zh ? "项目等级：" : "Project grades: ") +
      Object.entries(grades)
        .map(([g, n]) => `${g} ${n}`)
        .join(zh ? "，" : ", "),
  );
  const poor = a.grades.filter((g) => g.grade === "差");
  for (const g of poor) lines.push(`  ${zh ? "差" : "Poor"} ${g.score}: ${g.project}`);
  return lines.join("\n");
}

export async function runAnalyze(
  args: string[],
  io: CliIO,
): Promise<{ code: number; analysis: Analysis; output: string | null }> {
  const { flags, positional } = parseFlags(args, {
    strings: ["out", "rules", "satisfaction-min", "budget-year", "lang"],
    booleans: ["json"],
    aliases: { o: "out", output: "out" },
  });
  requireFiles(positional, USAGE);
  const lang: Lang = langFlag(flags.lang);
  const settings = settingsFrom(flags);
  // What was read that the officer may not see (hidden rows and columns): printed with the summary.
  const notes: Localized[] = [];
  // A file named twice (also by another path or a link) is read once: its projects counted twice would
  // double every count and make each project a copy of itself.
  const files: string[] = [];
  const seen = new Map<string, string>();
  for (const given of positional) {
    const file = path.resolve(io.cwd, given);
    const real = realPath(file);
    const first = seen.get(real);
    if (first === undefined) {
      seen.set(real, given);
      files.push(file);
    } else
      notes.push({
        zh: `${given} 与 ${first} 是同一个文件，只读取一次。`,
        en: `${given} is the same file as ${first}; it was read once.`,
      });
  }
  const sources: AnalysisSource[] = [];
  const toCompare: CompareSource[] = [];
  for (const [i, file] of files.entries()) {
    const { merged, found } = await readFile(file, notes);
    sources.push({ label: path.basename(file), parse: merged, local: i === 0 });
    // The same sources as the compare command's, so the two place every entry alike.
    toCompare.push(...compareSources(file, found));
  }
  const analysis = analyze(sources, settings, lang);
  // Issue 4: the same run lines programs up across districts (and files) when a program has two or more.
  const comparison: ComparisonResult = compareDistricts(toCompare);
  const comparePlan = compareSheetPlan(comparison, { lang });
  const plans = comparePlan ? [...analysis.plans, comparePlan] : analysis.plans;

  const wantFile = typeof flags.out === "string" || !flags.json;
  const output = wantFile
    ? typeof flags.out === "string"
      ? path.resolve(io.cwd, flags.out)
      : defaultOutput(files[0], io.cwd)
    : null;
  let written: string[] = [];
  let lost: Localized | null = null;
  let replaced: Localized | null = null;
  if (output) {
    // Every input stays untouched, not only the first (whose copy receives the result sheets).
    requireNewOutput(output, files);
    await ensureDir(path.dirname(output));
    const copy = await copyWithPlans(files[0], output, plans);
    replaced = copy.replaced;
    written = copy.written.map((w) => w.name);
    // The copy holds every sheet of the first file but its chart sheets and the like (ExcelJS drops them).
    lost = uncarriedNote(copy.notCarried);
  }
  if (flags.json) {
    io.stdout(
      JSON.stringify(
        {
          indicators: analysis.indicators,
          findings: findingsJson(analysis.findings, lang),
          comparison: comparisonJson(comparison),
        },
        null,
        2,
      ) + "\n",
    );
    for (const n of notes) io.stderr(`${n.zh}\n${n.en}\n`);
    if (lost) io.stderr(`${lost.zh}\n${lost.en}\n`);
    if (replaced) io.stderr(`${replaced.zh}\n${replaced.en}\n`);
  } else {
    io.stdout(formatAnalysisSummary(analysis, lang) + "\n");
    for (const n of notes) io.stdout(`· ${lang === "zh" ? n.zh : n.en}\n`);
    if (comparePlan) io.stdout("\n" + formatComparisonSummary(comparison, lang) + "\n");
    else {
      // No 区域对比 sheet: one line says why (one district, none told, or no shared program).
      const why = noComparisonReason(comparison);
      if (why) io.stdout(`· ${lang === "zh" ? why.zh : why.en}\n`);
    }
    if (output)
      io.stdout(`\n${writtenLine(path.relative(io.cwd, output) || output, plans, written, lost, lang)}\n`);
    if (output && replaced) io.stdout(`${lang === "zh" ? replaced.zh : replaced.en}\n`);
  }
  return { code: 0, analysis, output };
}

/**
 * "Written: … (new sheets …)": the names the sheets were given — 指标明细 (2) where an earlier run's
 * 指标明细 or the officer's own sheet of that name is in the file, which is kept and said so — and, where
 * the copy lacks a chart sheet or the like, that instead of "the original sheets are unchanged".
 */
function writtenLine(
  file: string,
  plans: readonly { name: string }[],
  written: readonly string[],
  lost: Localized | null,
  lang: Lang,
): string {
  const zh = lang === "zh";
  const renamed = plans
    .filter((p, i) => written[i] !== undefined && written[i] !== p.name)
    .map((p) => p.name);
  const kept = renamed.length
    ? zh
      ? `；文件中原有的同名工作表${renamed.map((n) => `“${n}”`).join("")}（如此前的审核结果）保留未动，新结果在带编号的工作表中`
      : `; the file's existing sheets named ${renamed.join(", ")} (an earlier result, say) are kept as they were, and the new results are in the numbered sheets`
    : "";
  const untouched = lost ? "" : zh ? "，原有工作表未改动" : "; existing sheets untouched";
  const names = zh ? written.map((n) => `“${n}”`).join("") : written.join(", ");
  const head = zh
    ? `已写出：${file}（新增工作表${names}${untouched}${kept}）`
    : `Written: ${file} (new sheets ${names}${untouched}${kept})`;
  return lost ? `${head}\n${zh ? lost.zh : lost.en}` : head;
}

async function ensureDir(dir: string): Promise<void> {
  try {
    await fs.promises.mkdir(dir, { recursive: true });
  } catch {
    throw new UserError(`无法创建输出文件夹：${dir}`, `Cannot create the output folder: ${dir}`);
  }
}

export const analyzeCommand: CliCommand = {
  name: "analyze",
  summary: {
    zh: "审核绩效目标表：逐条检查指标，写出“指标明细”和“校验结果”工作表（--lang en 时名为 Indicators 和 Review findings），并给每个项目评定优/良/中/差。",
    en: "Review performance-target tables: check every indicator, write the 指标明细 and 校验结果 sheets (Indicators and Review findings with --lang en), and grade each project.",
  },
  usage: USAGE,
  async run(args, io) {
    return (await runAnalyze(args, io)).code;
  },
};
