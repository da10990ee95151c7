/**
 * DATE-DIFF: a deadline later than the one most districts share (红安县 工程完工时间 2026年6月底前 among four
 * 2025年12月底前, round 177). Only later: an earlier deadline is stricter, nothing to check.
 */
import { laterDeadline } from "../sentences";
import { mode } from "../stats";
import type { CompareFlag, DistrictCell } from "../types";
import type { FlagRule } from "./types";

/** The last day a date the parser read stands for: 2025 → 2025-12-31, 2025-02 → 2025-02-28, a day as it is. */
export function deadlineEnd(date: string): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d) return date;
  if (!mo) return `${y}-12-31`;
  const last = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
  return `${y}-${mo}-${String(last).padStart(2, "0")}`;
}

/** The last day of a cell's deadline: a cell with no number whose date the parser read; null for any other. */
export function deadlineOf(c: DistrictCell | undefined): string | null {
  return c && c.value === null && c.date ? deadlineEnd(c.date) : null;
}

/** A deadline as the district wrote it (2025年12月底前). */
export function shownDeadline(c: DistrictCell): string {
  return c.target.trim() || c.text.trim();
}

export const dateRule: FlagRule = {
  code: "DATE-DIFF",
  label: { zh: "期限较晚", en: "Later deadline" },
  description: {
    zh: "本区的完成期限晚于多数区共同的期限。",
    en: "This district's deadline is later than the one most districts share.",
  },
  check({ indicator, districts, noun = "区" }) {
    const dated = districts
      .map((d) => ({ d, c: indicator.cells[d], end: deadlineOf(indicator.cells[d]) }))
      .filter((x): x is { d: string; c: DistrictCell; end: string } => x.end !== null);
    // Three deadlines at least (two have no "most"), more than half of them one date.
    if (dated.length < 3) return [];
    const shared = mode(dated.map((x) => x.end));
    if (!shared || shared.tied || shared.count * 2 <= dated.length) return [];
    const sharing = dated.filter((x) => x.end === shared.value);
    // Quoted as most of them wrote it (2025年12月底前).
    const written = mode(sharing.map((x) => shownDeadline(x.c)))?.value ?? shared.value;
    const flags: CompareFlag[] = [];
    for (const { d, c, end } of dated) {
      if (end <= shared.value) continue;
      flags.push({
        code: "DATE-DIFF",
        district: d,
        indicator: indicator.name,
        ratio: null,
        message: laterDeadline(
          d,
          indicator.name,
          shownDeadline(c),
          written,
          sharing.length,
          sharing.length === dated.length - 1,
          noun,
        ),
      });
    }
    return flags;
  },
};
