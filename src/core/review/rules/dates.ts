/**
 * Deadlines: an Excel date serial number left as the target, and deadlines outside the budget year.
 * The budget year is the setting, else the table title's (read off the deadlines the parser completed
 * with it; the parse result does not carry it yet), else the one the project name states.
 */
import type { IndicatorRecord } from "../../record";
import type { ProjectView } from "../types";
import { BASIS } from "../basis";
import { level2Of } from "../indicator";
import { isTimeName, normalize } from "../lexicon";
import type { Rule } from "../types";

/** Serials for 1990-01-01 … 2099-12-31: the range a deadline can plausibly have. */
const SERIAL_MIN = 32874;
const SERIAL_MAX = 73050;

/** Excel serial → "YYYY-MM-DD" (1900 date system; serials above 60 are exact). */
export function serialToDate(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000);
  return d.toISOString().slice(0, 10);
}

const DATE_NAME = /时间|日期|期限|时限|截止|工期|进度|按期|按时|节点|完成时|竣工|交付|上线/;

function isDateLike(r: IndicatorRecord): boolean {
  return (
    r.kind === "date" || level2Of(r) === "时效指标" || isTimeName(r.name) || DATE_NAME.test(normalize(r.name))
  );
}

/** "2023-12-31" as an officer writes it: 2023年12月31日 (2023-12 → 2023年12月, 2023 → 2023年). */
export function dateZh(date: string): string {
  const [y, m, d] = date.split("-");
  return `${y}年` + (m ? `${Number(m)}月` : "") + (d ? `${Number(d)}日` : "");
}

/** The serial number a target consists of, or null. */
export function dateSerial(r: IndicatorRecord): number | null {
  const t = normalize(r.target).replace(/[。.]$/, "");
  if (!/^\d{5}(\.\d+)?$/.test(t) || normalize(r.unit) !== "") return null;
  const n = Number(t);
  return n >= SERIAL_MIN && n <= SERIAL_MAX && isDateLike(r) ? n : null;
}

export const dateSerialRule: Rule = {
  meta: {
    code: "DATE-SERIAL",
    severity: "error",
    scope: "indicator",
    title: { zh: "日期显示为序列号", en: "Date shown as a serial number" },
    messages: {
      serial: {
        zh: "指标“{name}”的目标值“{serial}”是 Excel 日期序列号（即 {dateZh}），不是日期文字。",
        en: "The target of “{name}”, “{serial}”, is an Excel date serial number ({date}), not a date.",
      },
    },
    basis: BASIS.clarity,
    fix: {
      zh: "改写为日期文字，如“{dateZh}前完成”，或把单元格格式设为日期。",
      en: "Write the date as text, e.g. “完成 by {date}”, or format the cell as a date.",
    },
  },
  check(view, ctx) {
    for (const r of view.indicators) {
      const serial = dateSerial(r);
      if (serial !== null)
        ctx.report({
          indicator: r,
          data: { name: r.name, serial: r.target.trim(), ...dates(serialToDate(serial)) },
        });
    }
  },
};

/** The budget year: the setting, else the latest year the project name states (…2022年…项目), else null. */
export function budgetYearOf(projectName: string, setting: number | null): number | null {
  if (setting !== null) return setting;
  const years = [...normalize(projectName).matchAll(/((?:19|20)\d{2})年/g)].map((m) => Number(m[1]));
  return years.length ? Math.max(...years) : null;
}

/**
 * The table title's year, as far as the records show it: the parser completes a deadline written without
 * a year (12月底前 in a table titled 2024年…) with the title's year, so such a deadline's year is the title's.
 */
function titleYearOfDates(view: ProjectView): number | null {
  for (const r of view.indicators) {
    if (r.kind !== "date" || !r.date || dateSerial(r) !== null) continue;
    if (!/(?:19|20)\d\d/.test(normalize(r.target))) return Number(r.date.slice(0, 4));
  }
  return null;
}

/**
 * A project's budget year: the setting, else the year its table's title names (the parser's), else the
 * title's year where the records show it, else the year its name states. A name's year may be the year
 * a continuing project began (2022年高标准农田建设 in a table titled 2023年度), so the title's comes first.
 */
export function budgetYearOfView(view: ProjectView, setting: number | null): number | null {
  if (setting !== null) return setting;
  return view.project.year ?? titleYearOfDates(view) ?? budgetYearOf(view.project.project, null);
}

/** A date for the messages: Chinese in Chinese, ISO in English. */
const dates = (date: string) => ({ date, dateZh: dateZh(date) });

function deadlineOf(r: IndicatorRecord): string | null {
  if (r.kind === "date" && r.date) return r.date;
  const serial = dateSerial(r);
  return serial !== null ? serialToDate(serial) : null;
}

export const datePast: Rule = {
  meta: {
    code: "DATE-PAST",
    severity: "warning",
    scope: "indicator",
    title: { zh: "完成时限早于预算年度", en: "Deadline before the budget year" },
    messages: {
      past: {
        zh: "指标“{name}”的完成时限 {dateZh} 早于预算年度 {year} 年。",
        en: "The deadline of “{name}”, {date}, is before the budget year {year}.",
      },
    },
    basis: BASIS.accuracy,
    fix: {
      zh: "核对时限：应在 {year} 年度内（如“{year}年12月31日前”）。",
      en: "Check the deadline: it should fall within {year} (e.g. by {year}-12-31).",
    },
  },
  check(view, ctx) {
    const year = budgetYearOfView(view, ctx.settings.budgetYear);
    if (year === null) return;
    for (const r of view.indicators) {
      const date = deadlineOf(r);
      if (date && Number(date.slice(0, 4)) < year)
        ctx.report({ indicator: r, data: { name: r.name, ...dates(date), year } });
    }
  },
};

/** 2023-2025年, 2024至2026年度: a span of years. */
const YEAR_SPAN = /(?:19|20)\d\d\s*年?度?\s*[-—–~～至到]\s*(?:19|20)\d\d/;
/** Words naming a period longer than the year: 实施期, 中期, 跨年度, 三年行动. */
const LONG_TERM = /实施期|中期|跨年|[二两三四五]年(?:行动|规划|计划)/;

/** A project whose targets cover several years (2023-2025年…, 实施期, 中期): its deadlines may run on. */
function multiYear(view: ProjectView): boolean {
  const p = normalize(view.project.project);
  return YEAR_SPAN.test(p) || LONG_TERM.test(p);
}

export const dateAfter: Rule = {
  meta: {
    code: "DATE-AFTER",
    severity: "warning",
    scope: "indicator",
    title: { zh: "完成时限晚于预算年度", en: "Deadline after the budget year" },
    messages: {
      after: {
        zh: "指标“{name}”的完成时限 {dateZh} 晚于预算年度 {year} 年；年度绩效目标应在本年度内完成。",
        en: "The deadline of “{name}”, {date}, is after the budget year {year}; a year's targets should be met within that year.",
      },
    },
    basis: BASIS.accuracy,
    fix: {
      zh: "把时限改在 {year} 年内（如“{year}年12月31日前”）；跨年度的工作，写明本年度要完成的部分（如“{year}年底完成进度≥60%”）。",
      en: "Set the deadline within {year} (e.g. by {year}-12-31); for work that runs into the next year, state the part due this year (e.g. “≥ 60% done by the end of {year}”).",
    },
  },
  check(view, ctx) {
    const year = budgetYearOfView(view, ctx.settings.budgetYear);
    if (year === null || multiYear(view)) return;
    for (const r of view.indicators) {
      const date = deadlineOf(r);
      if (date && Number(date.slice(0, 4)) > year)
        ctx.report({ indicator: r, data: { name: r.name, ...dates(date), year } });
    }
  },
};

export const dateRules: Rule[] = [dateSerialRule, datePast, dateAfter];
