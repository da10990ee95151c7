/** Which of a header's target columns is the year's, and which are set aside. */
import { trimSpaces } from "../text/chars";
import { writesComparator } from "../text/comparatorWords";
import { parseTarget } from "../text/target";
import { headerRole, isAdoptedTarget, pairBounds, targetBound, YEAR_CELL, yearNamed } from "../table/headers";
import { targetUnderLabels, type HeaderInfo } from "../table/layout";

/**
 * The year's target among a header's target columns, when the header alone does not say it: the title's
 * year (2024年指标值 in a table titled 2024年…), else the first year named (2025年 | 2026年 | 2027年指标值),
 * else the one under the 年度目标 label above (指标值 | 指标值 under 年度目标 | 中期滚动目标). Null to keep
 * the header's choice (计划指标值 beside 指标值, or the first).
 */
export function yearTarget(
  h: HeaderInfo,
  titleYear: number | null,
  terms: { year: number; long: number } | null,
): number | null {
  const ofTitle = h.targetYears?.find((t) => t.year === titleYear);
  if (ofTitle) return ofTitle.col;
  // 2024年指标值 | 2025-2027年指标值 in a table titled 2025年度: no column names the year alone; the span
  // that covers it is the year's, not last year's column — unless the header says it is the year's in
  // words (年度目标值（2024年）, a year nobody updated).
  if (titleYear !== null && !/年度|本年|当年|全年/.test(h.headers.target ?? "")) {
    const chosen = yearNamed(h.headers.target ?? "");
    const span = h.targetSpans?.find((t) => t.from <= titleYear && titleYear <= t.to);
    if (span && chosen !== null && chosen !== titleYear) return span.col;
  }
  if (h.targetSaid) return null;
  if (h.targetYears) return h.targetYears.reduce((a, t) => (t.year < a.year ? t : a)).col;
  return terms ? targetUnderLabels(h, terms) : null;
}

/**
 * 单位申报指标值 | 评估建议指标值 (原指标值 | 调整后指标值): the adopted figure, when the header read the
 * declared one. Null to keep the header's choice.
 */
export function adoptedTarget(h: HeaderInfo, row: string[]): number | null {
  const targets = h.halves?.target;
  if (!targets || h.roles.target === undefined || isAdoptedTarget(row[h.roles.target] ?? "")) return null;
  return targets.find((c) => isAdoptedTarget(row[c] ?? "")) ?? null;
}

/** 2025年目标值 | 2026年目标值 under a merged 指标值: the target sub-columns besides the one read. */
export function otherSubTargets(row: string[], read: number): { col: number; header: string }[] {
  const out: { col: number; header: string }[] = [];
  for (let c = 0; c < row.length; c++) {
    const t = trimSpaces(row[c]);
    if (c !== read && t && headerRole(t) === "target" && !/实际|完成|上年/.test(t))
      out.push({ col: c, header: t });
  }
  return out;
}

/**
 * 指标值 merged over 下限 | 上限: the row under a header splitting its target into its two bounds. Their
 * columns, or null when the row is not such a row (only the two bounds, from the target's column on).
 */
export function subHeaderBounds(row: string[], h: HeaderInfo): { low: number; high: number } | null {
  const target = h.roles.target;
  if (target === undefined || h.layout !== "rows" || h.targetMax !== undefined) return null;
  const bounds: { col: number; bound: "low" | "high" }[] = [];
  for (let c = 0; c < row.length; c++) {
    const t = row[c];
    if (!t || !trimSpaces(t)) continue;
    const bound = c >= target ? targetBound(t) : null;
    if (!bound) return null;
    bounds.push({ col: c, bound });
  }
  return pairBounds(bounds);
}

/**
 * 指标值 merged over 2026年 | 2027年 | 2028年: the row under a header naming the year of each target
 * column. The year's column (the title's year, else the first) and the others, or null when the row is not
 * such a row (only years, from the target's column on; bare numbers only two or more, one after another).
 */
export function subHeaderYears(
  row: string[],
  h: HeaderInfo,
  titleYear: number | null,
): { col: number; header: string; others: { col: number; header: string }[] } | null {
  const target = h.roles.target;
  if (target === undefined || h.layout !== "rows") return null;
  const years: { col: number; year: number; header: string }[] = [];
  // 指标值 over 2025年 | 2025-2027年: a span of years beside the year's column is the mid-term target, set aside.
  const spans: { col: number; header: string }[] = [];
  let written = false;
  for (let c = 0; c < row.length; c++) {
    const t = trimSpaces(row[c]);
    if (!t) continue;
    const m = c >= target ? YEAR_CELL.exec(t) : null;
    if (!m && c >= target && YEAR_SPAN_CELL.test(t)) {
      spans.push({ col: c, header: `${t}${h.headers.target ?? ""}` });
      continue;
    }
    if (!m) return null;
    const year = Number(m[1]);
    if (years.length > 0 && year <= years[years.length - 1].year) return null;
    if (m[2]) written = true;
    // 2027年 under 指标值: named as the one-row header names it, 2027年指标值.
    years.push({ col: c, year, header: `${m[2] ? t : `${year}年`}${h.headers.target ?? ""}` });
  }
  if (years.length === 0 || (!written && spans.length === 0 && years.length < 2)) return null;
  const chosen = years.find((y) => y.year === titleYear) ?? years[0];
  const others = years.filter((y) => y !== chosen).map(({ col, header }) => ({ col, header }));
  return { col: chosen.col, header: chosen.header, others: others.concat(spans) };
}

/** A span of years alone in a sub-header's cell: 2025-2027年, 2025—2027年度, 2025至2027年. */
const YEAR_SPAN_CELL = /^(?:19|20)\d\d\s*(?:年度?)?\s*[-—–~～至到]\s*(?:19|20)\d\d\s*年度?$/;

/**
 * The target of a row whose table writes it as its bounds (下限 | 上限), as a reader says it: the lower
 * bound alone is a floor (12000 → ≥12000), the upper alone a ceiling (0.5 → ≤0.5), both a range (90 | 100 →
 * 90～100) unless they are equal (95 | 95 → 95). A bound that writes its own comparator, words or a date is
 * taken as written. `upper`: the number read is the upper bound's (its cell is the source); `written`: the
 * two cells as written, for the record's text. Null when neither is written.
 */
export function boundedTarget(
  low: string,
  high: string,
): { target: string; upper: boolean; written: string } | null {
  if (!low && !high) return null;
  const written = [low, high].filter(Boolean).join(" | ");
  if (!high) return { target: bareNumber(low) ? `≥${low}` : low, upper: false, written };
  if (!low) return { target: bareNumber(high) ? `≤${high}` : high, upper: true, written };
  const a = bareNumber(low);
  const b = a && bareNumber(high);
  if (!a || !b) return { target: low, upper: false, written };
  const same = a.value === b.value && a.unit === b.unit;
  return { target: same ? low : `${low}～${high}`, upper: false, written };
}

/**
 * 12000, 0.95, 90%, 1.5万, 35元/人次: a number with no comparator of its own (nor a range, nor words), as
 * read; null otherwise.
 */
function bareNumber(text: string): ReturnType<typeof parseTarget> | null {
  const c = text.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return null;
  const t = parseTarget(text);
  const bare = t.kind === "quantitative" && t.comparator === "=" && t.valueMax === null;
  return bare && !writesComparator(text) ? t : null;
}
