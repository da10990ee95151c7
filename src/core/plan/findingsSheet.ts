/**
 * The 校验结果 sheet: a summary (counts by severity and by rule; per project counts, score and grade) and
 * then one row per finding, severity coloured, each linked to its source cell. Data only.
 */
import { pick, type Lang } from "../i18n";
import {
  FORM_SHARE,
  GRADE_THRESHOLDS,
  PER_CODE_CAP,
  REPEAT_SHARE,
  SEVERITY_WEIGHT,
  type Grade,
  type ProjectGrade,
} from "../review/grade";
import { ruleByCode } from "../review/registry";
import { SEVERITIES, SEVERITY_LABEL, type Finding, type Severity } from "../review/types";
import { shortenQuotes, type PlanFormat, type PlanHyperlink, type PlanValue, type SheetPlan } from "./types";
import { localSource, runs, type SourceRef } from "./source";
import { estimateRowHeights } from "./rowHeights";
import { resultPageSetup } from "./pageSetup";
import { RESULT_SHEET_NAMES, resultSheetName } from "./sheetNames";

/** The sheet's Chinese name; an English sheet is named by resultSheetName("findings", "en"). */
export const FINDINGS_SHEET_NAME = RESULT_SHEET_NAMES.findings.zh;

export const SEVERITY_FILL: Record<Severity, { fill: string; font: string }> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#7F6000" },
  info: { fill: "#DDEBF7", font: "#1F4E78" },
};

export const GRADE_FILL: Record<Grade, string> = {
  优: "#C6EFCE",
  良: "#E2EFDA",
  中: "#FFEB9C",
  差: "#FFC7CE",
};

/**
 * Long texts (project, indicator, 问题说明, 修改建议, 依据) wrap within their columns; rows get heights from
 * estimateRowHeights, because LibreOffice (and Excel for a written file) does not grow them by itself.
 * The widths keep the sheet about one landscape page wide.
 */
const COLUMN_WIDTHS = [10, 24, 30, 22, 44, 40, 24, 50];
const HEADER_FILL = "#D9E1F2";

const T = {
  title: { zh: "校验结果", en: "Review findings" },
  overview: {
    zh: "共 {projects} 个项目、{indicators} 条指标；发现问题 {total} 个：错误 {error}，警告 {warning}，提示 {info}。",
    en: "{projects} project(s), {indicators} indicator(s); {total} finding(s): {error} error(s), {warning} warning(s), {info} info.",
  },
  bySeverity: { zh: "按严重程度", en: "By severity" },
  byRule: { zh: "按规则", en: "By rule" },
  byProject: { zh: "按项目（评分与等级）", en: "By project (score and grade)" },
  details: { zh: "问题明细", en: "Findings" },
  none: { zh: "未发现问题。", en: "No findings." },
  scoring: {
    zh: "评分方法：100 分起，每类问题按严重程度扣分：错误 {e} 分、警告 {w} 分、提示 {i} 分；同一规则代码最多计 {cap} 次，其第二、三条警告按 {repeat}% 计，编号、错别字类问题按 {form}% 计。等级：优 ≥{g1}，良 ≥{g2}，中 ≥{g3}，差 <{g3}（依财预〔2015〕88号，评为“差”的不得进入下一步预算安排流程）。另按审核惯例封顶：有错误或警告的、效益指标均不可衡量的、有两处以上需完善提示的，最高为良；满意度未量化的，或效益指标不可衡量且另有多处需修改的，最高为中；无绩效目标且指标过少的为差。降级原因见“等级说明”列。",
    en: 'Scoring: start at 100; each rule code deducts by severity: error {e}, warning {w}, info {i}; a code counts at most {cap} times, its second and third warnings at {repeat}%, and slips of numbering or typing at {form}%. Grades: 优 ≥ {g1}, 良 ≥ {g2}, 中 ≥ {g3}, 差 < {g3} (Caiyu [2015] No. 88: targets graded 差 do not proceed to budgeting). Caps, as reviewers grade: a project with an error or a warning, with no measurable effect indicator, or with two or more gaps noted is 良 at best; one whose satisfaction states no figure, or whose effects cannot be measured with more to put right, is 中 at best; one with no goal and too few indicators is 差. The reason for a lower grade is in the "Note on the grade" column.',
  },
  h: {
    severity: { zh: "严重程度", en: "Severity" },
    count: { zh: "数量", en: "Count" },
    code: { zh: "代码", en: "Code" },
    rule: { zh: "规则", en: "Rule" },
    grade: { zh: "等级", en: "Grade" },
    score: { zh: "得分", en: "Score" },
    project: { zh: "项目", en: "Project" },
    district: { zh: "区", en: "District" },
    indicators: { zh: "指标数", en: "Indicators" },
    indicator: { zh: "指标", en: "Indicator" },
    message: { zh: "问题说明", en: "Problem" },
    fix: { zh: "修改建议", en: "Suggested fix" },
    basis: { zh: "依据", en: "Basis" },
    location: { zh: "位置", en: "Location" },
    reason: { zh: "等级说明", en: "Note on the grade" },
  },
};

const fillIn = (s: string, data: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));

export interface FindingsSheetInput {
  findings: readonly Finding[];
  grades: readonly ProjectGrade[];
  indicatorCount: number;
}

export interface FindingsSheetOptions {
  lang?: Lang;
  /** Where a finding (or a project) points (default: the cell in this workbook). */
  sourceOf?: (sheet: string, cell: string, projectId: number) => SourceRef;
}

export function findingsSheetPlan(input: FindingsSheetInput, options: FindingsSheetOptions = {}): SheetPlan {
  const lang = options.lang ?? "zh";
  const sourceOf = options.sourceOf ?? ((sheet: string, cell: string) => localSource(sheet, cell));
  const h = (k: keyof typeof T.h) => pick(T.h[k], lang);
  const values: PlanValue[][] = [];
  const formats: PlanFormat[] = [];
  const hyperlinks: PlanHyperlink[] = [];
  const row = () => values.length + 1; // the sheet row the next pushed line lands on
  const heading = (text: string) => {
    formats.push({ range: `A${row()}`, font: { bold: true, size: 12, color: "#1F4E78" } });
    values.push([text]);
  };
  const header = (cells: string[]) => {
    const last = String.fromCharCode(64 + cells.length);
    formats.push({
      range: `A${row()}:${last}${row()}`,
      font: { bold: true },
      fill: HEADER_FILL,
      border: { style: "thin", color: "#8EA9DB" },
    });
    values.push(cells);
  };

  const { findings, grades } = input;
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;

  formats.push({ range: "A1", font: { bold: true, size: 16 } });
  values.push([pick(T.title, lang)]);
  values.push([
    fillIn(pick(T.overview, lang), {
      projects: grades.length,
      indicators: input.indicatorCount,
      total: findings.length,
      ...counts,
    }),
  ]);
  values.push([]);

  heading(pick(T.bySeverity, lang));
  header([h("severity"), h("count")]);
  for (const s of SEVERITIES) {
    formats.push({
      range: `A${row()}`,
      fill: SEVERITY_FILL[s].fill,
      font: { color: SEVERITY_FILL[s].font, bold: true },
    });
    values.push([pick(SEVERITY_LABEL[s], lang), counts[s]]);
  }
  values.push([]);

  heading(pick(T.byRule, lang));
  // A rule whose findings differ in severity (COMPLETE-OUTPUT-DETAIL) gets a line for each.
  const byRule = new Map<string, { code: string; sev: Severity; n: number }>();
  for (const f of findings) {
    const key = `${f.code}|${f.severity}`;
    const e = byRule.get(key) ?? { code: f.code, sev: f.severity, n: 0 };
    e.n++;
    byRule.set(key, e);
  }
  if (byRule.size === 0) values.push([pick(T.none, lang)]);
  else {
    header([h("severity"), h("code"), h("rule"), h("count")]);
    const sorted = [...byRule.values()].sort(
      (a, b) =>
        b.n - a.n || a.code.localeCompare(b.code) || SEVERITIES.indexOf(a.sev) - SEVERITIES.indexOf(b.sev),
    );
    for (const { code, sev, n } of sorted) {
      const rule = ruleByCode(code);
      formats.push({
        range: `A${row()}`,
        fill: SEVERITY_FILL[sev].fill,
        font: { color: SEVERITY_FILL[sev].font },
      });
      values.push([pick(SEVERITY_LABEL[sev], lang), code, rule ? pick(rule.meta.title, lang) : code, n]);
    }
  }
  values.push([]);

  heading(pick(T.byProject, lang));
  values.push([
    fillIn(pick(T.scoring, lang), {
      cap: PER_CODE_CAP,
      repeat: REPEAT_SHARE * 100,
      form: FORM_SHARE * 100,
      e: SEVERITY_WEIGHT.error,
      w: SEVERITY_WEIGHT.warning,
      i: SEVERITY_WEIGHT.info,
      g1: GRADE_THRESHOLDS[0].min,
      g2: GRADE_THRESHOLDS[1].min,
      g3: GRADE_THRESHOLDS[2].min,
    }),
  ]);
  formats.push({ range: `A${row() - 1}`, font: { italic: true, color: "#595959" } });
  const anyReason = grades.some((g) => g.reason);
  header([
    h("grade"),
    h("score"),
    h("project"),
    h("district"),
    `${h("indicators")}`,
    pick(SEVERITY_LABEL.error, lang),
    pick(SEVERITY_LABEL.warning, lang),
    pick(SEVERITY_LABEL.info, lang),
    // A grade held below its score (效益指标均不可衡量) says why; the column is there only then.
    ...(anyReason ? [h("reason")] : []),
  ]);
  const firstProjectRow = row();
  for (const g of grades) {
    const src = sourceOf(g.sheet, g.cell, g.projectId);
    if (src.sheet !== null)
      hyperlinks.push({ cell: `C${row()}`, sheet: src.sheet, target: src.cell, tooltip: src.label });
    values.push([
      g.grade,
      g.score,
      g.project,
      g.district ?? "",
      g.indicators,
      g.counts.error,
      g.counts.warning,
      g.counts.info,
      ...(anyReason ? [g.reason ? pick(g.reason, lang) : ""] : []),
    ]);
  }
  if (grades.length > 0)
    for (const col of anyReason ? ["C", "I"] : ["C"])
      formats.push({
        range: `${col}${firstProjectRow}:${col}${row() - 1}`,
        wrapText: true,
        verticalAlignment: "top",
      });
  for (const r of runs(grades, (g) => g.grade, firstProjectRow))
    formats.push({
      range: `A${r.from}:B${r.to}`,
      fill: GRADE_FILL[r.key as Grade],
      font: { bold: true },
      horizontalAlignment: "center",
    });
  values.push([]);

  heading(pick(T.details, lang));
  const tableHeaderRow = row();
  header([
    h("severity"),
    h("code"),
    h("project"),
    h("indicator"),
    h("message"),
    h("fix"),
    h("location"),
    h("basis"),
  ]);
  const firstFindingRow = row();
  for (const f of findings) {
    const src = sourceOf(f.sheet, f.cell, f.projectId);
    if (src.sheet !== null)
      hyperlinks.push({ cell: `G${row()}`, sheet: src.sheet, target: src.cell, tooltip: src.label });
    values.push([
      pick(SEVERITY_LABEL[f.severity], lang),
      f.code,
      f.project,
      f.indicator,
      // A cell's whole text quoted in a message is shortened there (the indicator column holds it).
      shortenQuotes(pick(f.message, lang)),
      f.fix ? shortenQuotes(pick(f.fix, lang)) : "",
      src.label,
      pick(f.basis, lang),
    ]);
  }
  const lastFindingRow = row() - 1;
  if (findings.length > 0) {
    formats.push(
      { range: `A${firstFindingRow}:H${lastFindingRow}`, numberFormat: "@", verticalAlignment: "top" },
      { range: `C${firstFindingRow}:F${lastFindingRow}`, wrapText: true },
      { range: `H${firstFindingRow}:H${lastFindingRow}`, wrapText: true },
    );
    for (const r of runs(findings, (f) => f.severity, firstFindingRow)) {
      const s = r.key as Severity;
      formats.push({
        range: `A${r.from}:B${r.to}`,
        fill: SEVERITY_FILL[s].fill,
        font: { color: SEVERITY_FILL[s].font },
      });
    }
  } else values.push([pick(T.none, lang)]);

  const plan: SheetPlan = {
    name: resultSheetName("findings", lang),
    kind: "findings",
    tabColor: "#C00000",
    values,
    columnWidths: COLUMN_WIDTHS,
    formats,
    hyperlinks,
    tables:
      findings.length > 0
        ? [
            {
              name: "ReviewFindings",
              range: `A${tableHeaderRow}:H${lastFindingRow}`,
              style: "TableStyleLight9",
              showFilter: true,
            },
          ]
        : [],
    // The 问题明细 header repeats on every page: the rows above it print once, on the first pages.
    pageSetup: resultPageSetup({ lang, titleRow: findings.length > 0 ? tableHeaderRow : undefined }),
  };
  return { ...plan, rowHeights: estimateRowHeights(plan) };
}
