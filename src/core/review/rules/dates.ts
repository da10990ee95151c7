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
import type { Rule, RuleContext } from "../types";

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
  return level2Of(r) === "时效指标" || namesDate(r);
}

/** The name says a date or a time (完成时间, 竣工验收时间): a serial under it can only be a date. */
function namesDate(r: IndicatorRecord): boolean {
  return isTimeName(r.name) || DATE_NAME.test(normalize(r.name));
}

/** A name that ends in what it counts or sums (拨付资金, 培训人数): a bare number under it may be either. */
const COUNT_OR_SUM = /(?:金额|资金|经费|费用|成本|投资|补助|补贴|数|数量|量|人次|人数|户数)$/;

/**
 * A serial that can only be a date: its name says one, or it stands under 时效 with a name that counts or
 * sums nothing (资金拨付 | 46203 is 拨付's deadline). 拨付资金 | 46203 under 时效 may be a sum with no unit.
 */
function plainDate(r: IndicatorRecord): boolean {
  return namesDate(r) || !COUNT_OR_SUM.test(normalize(r.name));
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
    // A serial that can only be a date is that date shown as a number: the officer formats the cell, the
    // target stands (a warning). Under a 时效 heading with a name that counts or sums (拨付资金) it may as
    // well be a number with no unit: no one can tell what the target is (an error).
    severity: "warning",
    scope: "indicator",
    title: { zh: "日期显示为序列号", en: "Date shown as a serial number" },
    messages: {
      serial: {
        zh: "指标“{name}”的目标值“{serial}”是 Excel 日期序列号（即 {dateZh}{outsideZh}），不是日期文字。",
        en: "The target of “{name}”, “{serial}”, is an Excel date serial number ({date}{outsideEn}), not a date.",
      },
      unclear: {
        zh: "指标“{name}”的目标值“{serial}”没有单位，看不出是什么：若是日期，它是 Excel 日期序列号（即 {dateZh}{outsideZh}）。",
        en: "The target of “{name}”, “{serial}”, has no unit and says nothing of what it is: if a date, it is an Excel date serial number ({date}{outsideEn}).",
      },
    },
    basis: BASIS.clarity,
    fix: { zh: "{fixZh}", en: "{fixEn}" },
  },
  check(view, ctx) {
    const year = budgetYearOfView(view, ctx.settings.budgetYear);
    for (const r of view.indicators) {
      const serial = dateSerial(r);
      if (serial === null) continue;
      const date = serialToDate(serial);
      // 45291 in a 2024 table is 2023年12月31日: a slip of the same cell, said here rather than again as DATE-PAST
      // (round 141); the fix then writes the budget year's date.
      const outside = outsideYear(date, year, view);
      const d = dates(outside ? `${year}-12-31` : date);
      const clear = plainDate(r);
      ctx.report({
        indicator: r,
        messageId: clear ? "serial" : "unclear",
        ...(clear ? {} : { severity: "error" as const }),
        data: {
          name: r.name,
          serial: r.target.trim(),
          ...dates(date),
          outsideZh: outside ? `，${outside === "past" ? "早于" : "晚于"}预算年度 ${year} 年` : "",
          outsideEn: outside ? `, ${outside === "past" ? "before" : "after"} the budget year ${year}` : "",
          fixZh: clear
            ? `改写为日期文字，如“${d.dateZh}前完成”，或把单元格格式设为日期${outside ? "，并核对时限是否在预算年度内" : ""}。`
            : `写明目标值是什么：是日期的，写成“${d.dateZh}前完成”或把单元格格式设为日期；是数量的，写明单位。`,
          fixEn: clear
            ? `Write the date as text, e.g. “完成 by ${d.date}”, or format the cell as a date${outside ? ", and check the deadline falls in the budget year" : ""}.`
            : `Say what the target is: a date written as text (“完成 by ${d.date}”) or in a date-formatted cell, or a number with its unit.`,
        },
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

/** Whether a date falls before the budget year, or after it in a project of one year; null when within it. */
function outsideYear(date: string, year: number | null, view: ProjectView): "past" | "after" | null {
  if (year === null) return null;
  const y = Number(date.slice(0, 4));
  if (y < year) return "past";
  return y > year && !multiYear(view) ? "after" : null;
}

/**
 * The deadline a target writes, for DATE-PAST and DATE-AFTER: a serial's year is DATE-SERIAL's to say, the same
 * slip of one cell.
 */
function writtenDeadline(r: IndicatorRecord): string | null {
  return dateSerial(r) === null ? deadlineOf(r) : null;
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
      const date = writtenDeadline(r);
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
      settled: {
        zh: "指标“{name}”的完成时限 {dateZh} 在预算年度 {year} 年之后；补贴在当年工作核查验收后于次年初兑付（结算）是常见做法，但年度目标宜写明本年度要完成的部分。",
        en: "The deadline of “{name}”, {date}, falls after the budget year {year}; paying a subsidy (or settling a bill) early in the next year, once the year's work is checked, is common practice, but a year's target should state the part due within the year.",
      },
    },
    basis: BASIS.accuracy,
    fix: { zh: "{fixZh}", en: "{fixEn}" },
  },
  check(view, ctx) {
    const year = budgetYearOfView(view, ctx.settings.budgetYear);
    if (year === null || multiYear(view)) return;
    for (const r of view.indicators) {
      const date = writtenDeadline(r);
      if (!date || Number(date.slice(0, 4)) <= year) continue;
      if (seasonFromYear(r, year)) continue;
      if (settledNextSpring(r, date, year))
        ctx.report({
          indicator: r,
          messageId: "settled",
          severity: "info",
          data: {
            name: r.name,
            ...dates(date),
            year,
            fixZh: `保留次年兑付的，写明本年度完成的部分，如“${year}年12月底前完成核查验收”，兑付写“${year}年度补贴于${dateZh(date)}前兑付到位”。`,
            fixEn: `If the payment stays in the next year, state the year's own part, e.g. the checks done by the end of ${year}, and the payment as “${year}'s subsidy paid by ${date}”.`,
          },
        });
      else
        ctx.report({
          indicator: r,
          data: {
            name: r.name,
            ...dates(date),
            year,
            fixZh: `把时限改在 ${year} 年内（如“${year}年12月31日前”）；跨年度的工作，写明本年度要完成的部分（如“${year}年底完成进度≥60%”）。`,
            fixEn: `Set the deadline within ${year} (e.g. by ${year}-12-31); for work that runs into the next year, state the part due this year (e.g. “≥ 60% done by the end of ${year}”).`,
          },
        });
    }
  },
};

/** A season of service or of a ban that by nature runs over the new year: 供热期, 采暖季, 禁牧期, 休渔期, 森林防火期. */
const SEASON_NAME = /(?:供热|供暖|采暖|取暖|禁牧|休牧|休渔|禁渔|防火)(?:期|季)/;
/** A range's start, before its separator: (2025年)10月25日 of 2025年10月25日—2026年4月10日, 10月20日至次年4月10日. */
const RANGE_START =
  /^(?:((?:19|20)\d\d)\s*年\s*)?(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?\s*(?:[-—–~～至到]|起至?)/;

/**
 * 供热期 | 2025年10月25日—2026年4月10日, 采暖期 | 10月20日至次年4月10日: a season that starts within the budget year
 * and ends in the next is no deadline missed — the heating the year pays for runs that way (round 159). A range
 * starting in the next year, or a season's deadline of work (供热管网改造 2026年4月完工), stays DATE-AFTER's.
 */
function seasonFromYear(r: IndicatorRecord, year: number): boolean {
  const t = normalize(r.target).replace(/\s+/g, "");
  if (!SEASON_NAME.test(normalize(r.name) + t)) return false;
  const m = RANGE_START.exec(t);
  return m !== null && (m[1] === undefined || Number(m[1]) === year);
}

/** Paying out or settling (兑付, 发放, 结算, 拨付): money that follows the work it pays for. */
const PAYS = /兑付|发放|结算|清算|拨付/;
/** A subsidy, an award by the case or a bill settled: paid once the year's work is checked (验收, 核定面积). */
const SETTLED_AFTER = /补贴|补助|奖补|以案定补|结算|清算/;
/** The last month of the next year's first quarter: a subsidy settled by then is the season's usual practice. */
const SPRING_MONTH = 3;

/**
 * 补贴资金兑付时间 | 次年3月底前, 医疗费用次年3月底前结算完毕: a subsidy paid, or a bill settled, in the first quarter
 * after the budget year, once the year's work is checked (秸秆还田 after the autumn's acceptance; round 145) — the
 * practice of the policy, which the prose of a target may state as its schedule (README: 次年3月底前兑付 passes); a
 * hint to state the year's own part, never a warning. Work done (除治, 完工) and funds passed down (完成资金拨付)
 * stay DATE-AFTER's warning.
 */
function settledNextSpring(r: IndicatorRecord, date: string, year: number): boolean {
  const month = Number(date.slice(5, 7));
  if (Number(date.slice(0, 4)) !== year + 1 || !(month >= 1 && month <= SPRING_MONTH)) return false;
  const t = normalize(r.name + r.target);
  return PAYS.test(t) && SETTLED_AFTER.test(t);
}

/** Work done once (完工, 竣工, 采购, 上线 …): its deadline is a date in one year, not a time of every year. */
const ONE_OFF = /完工|竣工|采购|购置|上线|建成|交付|验收|投用|投入使用|开工|安装|招标|施工/;
/** A time that comes round again (每月10日前, 按季度, 次月): no year to write. */
const RECURRING = /每|按(?:月|季|年|周|旬)|次月|季度|月度|逐月|定期|常态/;
/** A month before the year's last (8月底前, 10月底, 11月): which year's is not said. */
const MONTH_BEFORE_DECEMBER = /(?:^|[^\d十])(?:[1-9]|1[01]|[一二三四五六七八九十]|十一)月/;

/** A year written before a season: 2025年 of 2025年汛前. */
const YEAR_BEFORE = /^((?:19|20)\d\d)\s*年\s*/;

/** 汛前, 入汛前, 主汛期前, 雨季前: a season, which comes at a different date in each place and year. */
const SEASON = /^(?:主汛期?前|入汛前|汛期?前|雨季(?:来临)?前)(?:完成|完工|竣工)?$/;

/** 全年, 常年, 全年持续开展: the whole year as the target of a 时效 — a period the work runs through, no deadline. */
const PERIOD = /^(?:(?:19|20)\d\d年)?(?:全年|全年度|常年)(?:持续|常态化)?(?:开展|进行|实施)?$/;
/** A service kept open or running (免费开放, 平台运行时间 | 全年): all year is its standard, not a deadline missed. */
const ALL_YEAR_SERVICE = /开放|运行|运营|运转|值守|值班|在线|供水|供电|供暖/;
/** Words of time that end a 时效 name, cut to leave the work (接种工作完成时间 → 接种). */
const TIME_TAIL = /(?:工作)?(?:完成|实施|开展)?(?:时间|时限|期限|日期|进度)$/;

/**
 * 时效指标：全年, 接种工作完成时间（全年）: no date to check the work by (round 141). Work done once gets a date;
 * a service that runs all year is asked how often it is on time (接种及时率), its work named where the row names it.
 */
function reportPeriod(r: IndicatorRecord, t: string, year: number | null, ctx: RuleContext) {
  const name = normalize(r.name);
  // 持续开展, 常态化养护: the manner is no work to name a rate after (养护及时率, never 持续开展及时率).
  const work = name
    .replace(TIME_TAIL, "")
    .replace(/^(?:全年)?(?:持续|常态化|日常|定期)/, "")
    .replace(/^(?:开展|进行|实施)$/, "");
  const by = `${year ?? "20XX"}年12月31日前`;
  const once = ONE_OFF.test(name);
  const fixZh = once
    ? `写明完成日期，如“${by}${work || "完成"}”。`
    : work
      ? `写明完成日期（如“${by}完成”）；全年持续的服务，改用及时率，如“${work}及时率 ≥95%”。`
      : `写明衡量什么和完成日期（如“（工作内容）${by}完成”）；全年持续的服务，改用及时率，如“（服务）及时率 ≥95%”。`;
  const fixEn = once
    ? `Write the date the work is done by, e.g. ${year ?? "20XX"}-12-31.`
    : "Write the date the work is done by; for a service that runs all year, set a rate of timeliness instead (…及时率 ≥ 95%).";
  ctx.report({
    indicator: r,
    messageId: "period",
    data: {
      name: r.name,
      target: r.target.trim(),
      subject: r.name.trim() ? `指标“${r.name.trim()}”` : "一条时效指标",
      subjectEn: r.name.trim() ? `“${r.name.trim()}”` : "A timeliness indicator",
      fixZh,
      fixEn,
    },
  });
}

/**
 * A deadline no one can hold the work to: a one-off work's month with no year in a table whose year nothing
 * shows (完工时间 8月底前, 竣工时间 11月; round 92 miss 1), or a season (主体工程完工时间 汛前). A deadline at the
 * year's end (12月31日前) in an annual table is clear enough, and a recurring one (每月10日前) has no year.
 */
export const dateUnclear: Rule = {
  meta: {
    code: "DATE-UNCLEAR",
    severity: "info",
    scope: "indicator",
    title: { zh: "完成时限不明确", en: "Deadline unclear" },
    messages: {
      noYear: {
        zh: "指标“{name}”的完成时限“{target}”没有写年份，表中也看不出预算年度，一次性完成的工作无法据此核对是否按期。",
        en: "The deadline of “{name}”, “{target}”, names no year and the table shows none either: for work done once, no one can check it was on time.",
      },
      period: {
        zh: "{subject}的目标只写了“{target}”，是一个时段，不是完成时限，年底无法核对是否按期完成。",
        en: "{subjectEn} gives only “{target}”: a period, not a deadline, so no one can check at the year's end whether the work was on time.",
      },
      season: {
        zh: "指标“{name}”的完成时限“{target}”是一个时节，不是确切日期，各地各年不同，年底难以核对是否按期。",
        en: "The deadline of “{name}”, “{target}”, is a season, not a date: it differs by place and year, so being on time is hard to check.",
      },
    },
    basis: BASIS.accuracy,
    fix: { zh: "{fixZh}", en: "{fixEn}" },
  },
  check(view, ctx) {
    const year = budgetYearOfView(view, ctx.settings.budgetYear);
    for (const r of view.indicators) {
      const t = normalize(r.target).replace(/[。.，,；;]+$/, "");
      const n = normalize(r.name);
      // 2025年汛前: a year does not make a season a date (round 98); the example keeps the year written.
      const written = YEAR_BEFORE.exec(t);
      const season = written ? t.slice(written[0].length) : t;
      if (SEASON.test(season) && (namesDate(r) || level2Of(r) === "时效指标")) {
        const y = written ? Number(written[1]) : year;
        const by = y === null ? "5月31日前" : `${y}年5月31日前`;
        ctx.report({
          indicator: r,
          messageId: "season",
          data: {
            name: r.name,
            target: r.target.trim(),
            fixZh: `写明确切日期，如“${by}完成”（按当地入汛日期确定）。`,
            fixEn: `Write the date, e.g. “done ${y === null ? "by 31 May" : `by ${y}-05-31`}” (set by the local flood season).`,
          },
        });
        continue;
      }
      // (A row with no name at all is NAME-MISSING's, which asks for the work and its deadline.)
      if (PERIOD.test(t) && n && (namesDate(r) || level2Of(r) === "时效指标") && !ALL_YEAR_SERVICE.test(n)) {
        reportPeriod(r, t, year, ctx);
        continue;
      }
      if (year !== null || r.kind !== "date" || r.date !== null || /(?:19|20)\d\d/.test(t)) continue;
      if (!ONE_OFF.test(n + t) || RECURRING.test(n + t) || !MONTH_BEFORE_DECEMBER.test(t)) continue;
      ctx.report({
        indicator: r,
        messageId: "noYear",
        data: {
          name: r.name,
          target: r.target.trim(),
          fixZh: `写明年份，如“20XX年${t}”。`,
          fixEn: `Write the year, e.g. “20XX年${t}”.`,
        },
      });
    }
  },
};

export const dateRules: Rule[] = [dateSerialRule, datePast, dateAfter, dateUnclear];
