/**
 * The print setup every result sheet shares: A4 landscape, all columns on one page across (as many
 * pages down as the rows need), the table's header row repeated on each page, the sheet name at the
 * top and the page number at the bottom. Without it 指标明细 printed portrait over dozens of pages,
 * a few columns on each.
 */
import type { Lang } from "../i18n";
import type { PlanPageSetup } from "./types";

const FOOTER: Record<Lang, string> = {
  zh: "第 &P 页，共 &N 页",
  en: "Page &P of &N",
};

export interface ResultPageSetupOptions {
  lang?: Lang;
  /** The header row to repeat on every printed page (1-based); none when the sheet has no single one. */
  titleRow?: number;
}

export function resultPageSetup(options: ResultPageSetupOptions = {}): PlanPageSetup {
  const setup: PlanPageSetup = {
    orientation: "landscape",
    fitToPagesWide: 1,
    paperSize: "A4",
    header: "&A",
    footer: FOOTER[options.lang ?? "zh"],
  };
  if (options.titleRow !== undefined && Number.isInteger(options.titleRow) && options.titleRow >= 1)
    setup.printTitleRows = { first: options.titleRow, last: options.titleRow };
  return setup;
}

/** Pages across to fit the columns into, or null when the plan asks for none (or for nonsense). */
export function pagesWideOf(p: PlanPageSetup): number | null {
  const n = p.fitToPagesWide;
  return n !== undefined && Number.isInteger(n) && n >= 1 ? n : null;
}

/** The rows to repeat on each page, or null when the plan asks for none (or for nonsense). */
export function titleRowsOf(p: PlanPageSetup): { first: number; last: number } | null {
  const t = p.printTitleRows;
  return t && Number.isInteger(t.first) && Number.isInteger(t.last) && t.first >= 1 && t.last >= t.first
    ? t
    : null;
}
