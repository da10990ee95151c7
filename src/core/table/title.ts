/** The year a table's title names (（2024年度）, 2024年提前下达2025年…), for dates written without one. */
import { contextRow } from "./layout";

const TITLE_YEAR = /(?:^|[^\d])((?:19|20)\d\d)\s*年/;

/** The year named in the rows above a header (its title, （2024年度）), the nearest first; or null. */
export function titleYear(texts: string[][], headerRow: number, from: number): number | null {
  for (let r = headerRow - 1; r >= from && r >= headerRow - 8; r--) {
    // A form's line (项目名称 | 2022年度农村公路建设) names a project, not the table's year.
    if (contextRow(texts[r], true)) continue;
    for (const t of texts[r]) {
      if (!t || t.length > 60 || !TITLE_YEAR.test(t) || !/年度|表|预算|绩效/.test(t)) continue;
      return yearOfTitle(t);
    }
  }
  return null;
}

/**
 * The budget year a title names: its one year; of several, the one said to be 年度 or the last
 * (2024年提前下达2025年…); none for a span (2023-2025年), which names no single year.
 */
function yearOfTitle(t: string): number | null {
  if (/(?:19|20)\d\d\s*(?:年)?\s*[-—–~～至到]\s*(?:19|20)\d\d/.test(t)) return null;
  const years = [...t.matchAll(/((?:19|20)\d\d)\s*年(度)?/g)];
  if (years.length === 0) return null;
  const said = years.filter((m) => m[2]);
  return Number((said.length === 1 ? said[0] : years[years.length - 1])[1]);
}
