/**
 * Scores the engine's reading of round 196's unseen tables against their gold (round196.gold.ts): an indicator
 * counts as right when every content field of record.md and its project and district are; budget unit and
 * department are counted apart, per project.
 */
import { parseGrid } from "../../src/core/parse";
import type { IndicatorRecord } from "../../src/core/record";
import { grid } from "../support/grid";
import type { GoldCase, GoldIndicator, GoldProject } from "./round196.gold";

const CONTENT = [
  "level1",
  "level2",
  "name",
  "comparator",
  "value",
  "valueMax",
  "unit",
  "kind",
  "date",
] as const;

export interface CaseScore {
  id: string;
  indicators: number;
  right: number;
  bogus: number;
  contextRight: number;
  contextTotal: number;
  misses: string[];
}

/** Whether one field of a record matches the gold, or one of its alternatives. */
function fieldRight(g: GoldIndicator, rec: IndicatorRecord, f: (typeof CONTENT)[number]): boolean {
  const got = rec[f] as unknown;
  if (f === "unit" && g.kind === "empty") return true;
  if (got === g[f]) return true;
  const alt = g.alt?.[f as keyof NonNullable<GoldIndicator["alt"]>];
  return alt !== undefined && alt.includes(got as string | null);
}

/** The record the gold matches: the first unused one of the same name, else the next unused one in order. */
function match(g: GoldIndicator, recs: IndicatorRecord[], used: Set<number>, from: number): number {
  const byName = recs.findIndex((x, i) => !used.has(i) && x.name === g.name);
  if (byName >= 0) return byName;
  for (let i = from; i < recs.length; i++) if (!used.has(i)) return i;
  return -1;
}

export function scoreCase(c: GoldCase): CaseScore {
  const g = grid(c.rows, c.sheet ?? "Sheet1");
  const res = parseGrid(c.texts ? { ...g, texts: c.texts } : g);
  const recs = res.indicators;
  const used = new Set<number>();
  const out: CaseScore = {
    id: c.id,
    indicators: 0,
    right: 0,
    bogus: 0,
    contextRight: 0,
    contextTotal: 0,
    misses: [],
  };
  let cursor = 0;
  for (const p of c.gold)
    scoreProject(
      p,
      recs,
      used,
      out,
      () => cursor,
      (n) => (cursor = n),
    );
  out.bogus = recs.length - used.size;
  for (let i = 0; i < recs.length; i++)
    if (!used.has(i)) out.misses.push(`BOGUS ${recs[i].cell} ${recs[i].name} | ${recs[i].target}`);
  return out;
}

function scoreProject(
  p: GoldProject,
  recs: IndicatorRecord[],
  used: Set<number>,
  out: CaseScore,
  cursor: () => number,
  setCursor: (n: number) => void,
): void {
  let firstRec: IndicatorRecord | undefined;
  for (const g of p.ind) {
    out.indicators++;
    const i = match(g, recs, used, cursor());
    if (i < 0) {
      out.misses.push(`MISSING ${p.project} / ${g.name}`);
      continue;
    }
    used.add(i);
    setCursor(i + 1);
    const rec = recs[i];
    firstRec ??= rec;
    const wrong = CONTENT.filter((f) => !fieldRight(g, rec, f)).map(
      (f) => `${f}: ${JSON.stringify(rec[f])} ≠ ${JSON.stringify(g[f])}`,
    );
    if (rec.project !== p.project) wrong.push(`project: ${rec.project} ≠ ${p.project}`);
    if (rec.district !== p.district) wrong.push(`district: ${rec.district} ≠ ${p.district}`);
    if (wrong.length === 0) out.right++;
    else out.misses.push(`${rec.cell} ${g.name} (${rec.target}): ${wrong.join("; ")}`);
  }
  out.contextTotal += 2;
  if (firstRec?.budgetUnit === p.budgetUnit) out.contextRight++;
  else out.misses.push(`CONTEXT ${p.project} budgetUnit: ${firstRec?.budgetUnit} ≠ ${p.budgetUnit}`);
  if (firstRec?.department === p.department) out.contextRight++;
  else out.misses.push(`CONTEXT ${p.project} department: ${firstRec?.department} ≠ ${p.department}`);
}

/**
 * An unseen round's batches as tests: each case read as its gold, no miss, no bogus record, its context whole
 * (round*.unseen.test.ts).
 */
export function describeUnseen(
  round: string,
  batches: readonly (readonly [string, readonly GoldCase[]])[],
): void {
  describe.each(batches.map(([title, cases]) => [title, cases] as const))(`${round}, %s`, (_, cases) => {
    it.each(cases.map((c) => [c.id, c] as const))("reads %s as its gold", (_id, c) => {
      const s = scoreCase(c);
      expect(s.misses).toEqual([]);
      expect([s.right, s.bogus, s.contextRight]).toEqual([s.indicators, 0, s.contextTotal]);
    });
  });
}
