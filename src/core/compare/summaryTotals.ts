/**
 * A 汇总表's own 合计 (round 198's left item; round 205): the 汇总表 sent along with the districts' own files is not
 * compared, so its 合计 column or row was never checked. Each of its totals is checked as TOTAL-DIFF checks a
 * compared table's — against the 汇总表's own places' sum — and, where that holds, against the sum of what the
 * districts filed in their own files (the total the city budgets by, beside the figures the districts gave).
 */
import { alignProgram } from "./align";
import { totalChecks } from "./flags/total";
import type { ProgramEntry } from "./programs";
import { shownUnit, shownValue } from "./sentences";
import { exact } from "./stats";
import type { SummaryTotal } from "./types";

/** A district's own figure for a 汇总表 cell (sheet!A1): its value and unit key, as aligned with it. */
export type OwnFigures = ReadonlyMap<string, { value: number; unitKey: string }>;

/**
 * The 汇总表's totals that do not hold: `places` its rows by district, `own` the districts' own figures by the
 * 汇总表's cell, `filed` the districts that filed a file of their own.
 */
export function summaryTotals(
  places: readonly ProgramEntry[],
  own: OwnFigures,
  filed: ReadonlySet<string>,
  noun: string,
): SummaryTotal[] {
  const out: SummaryTotal[] = [];
  for (const ind of alignProgram([...places], noun).indicators) {
    for (const t of totalChecks(ind, noun)) {
      const at = `${t.cells[0].sheet}!${t.total.cell}`;
      if (t.flag) {
        out.push({ indicator: ind.name, cell: at, against: "places", message: t.flag.message });
        continue;
      }
      // The total holds within the 汇总表: against the districts' own files, each in the 汇总表's unit.
      let sum = 0;
      let whole = true;
      for (const c of t.cells) {
        const o = own.get(`${c.sheet}!${c.cell}`);
        if (!filed.has(c.district)) sum += c.value as number;
        else if (o && o.unitKey === c.unitKey) sum += o.value;
        else whole = false;
      }
      const total = exact(t.cells.reduce((s, c) => s + (c.value as number), 0));
      sum = exact(sum);
      if (!whole || Math.abs(total - sum) <= 1e-6 * Math.max(1, total)) continue;
      const u = shownUnit(ind);
      const [a, b] = [shownValue(ind, total), shownValue(ind, sum)];
      out.push({
        indicator: ind.name,
        cell: at,
        against: "filed",
        message: {
          zh: `汇总表 ${t.total.header} ${ind.name} ${a} ${u}（${at}），而各${noun}报送表之和为 ${b} ${u}（相差 ${exact(Math.abs(a - b))} ${u}）`,
          en: `the summary's ${t.total.header} of ${ind.name} is ${a} ${u} (${at}), while the districts' own files add up to ${b} ${u}`,
        },
      });
    }
  }
  return out;
}
