/**
 * Scores the engine on round 197's unseen tables (round197.data.ts): every gold indicator is paired with the
 * project's record of the same name (or the next one in order), and counted right when every field is.
 */
import { parseGrid } from "../../src/core/parse";
import type { IndicatorRecord } from "../../src/core/record";
import { grid } from "../support/grid";
import { PROBES, type Alt, type Gold, type Probe } from "./round197.data";

const FIELDS = [
  "seq",
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

export interface Miss {
  probe: string;
  project: string;
  gold: string;
  fields: string[];
  got: string;
}

export interface Score {
  indicators: number;
  right: number;
  missing: number;
  extra: number;
  misses: Miss[];
  extras: string[];
}

/** Whether a value is one the gold accepts. */
const accepts = <T>(gold: Alt<T>, got: T): boolean =>
  Array.isArray(gold) ? gold.some((g) => g === got) : gold === got;

/** The fields of a record that the gold does not accept. */
function wrongFields(g: Gold, r: IndicatorRecord, district: Alt<string | null>): string[] {
  const wrong: string[] = FIELDS.filter((f) => !accepts(g[f] as Alt<unknown>, r[f]));
  const inferredRight =
    r.level2 !== null ? r.level2Inferred === null : accepts(g.level2Inferred, r.level2Inferred);
  if (!inferredRight) wrong.push("level2Inferred");
  if (!accepts(district, r.district)) wrong.push("district");
  return wrong;
}

const show = (r: IndicatorRecord) =>
  JSON.stringify([
    r.seq,
    r.level1,
    r.level2,
    r.level2Inferred,
    r.name,
    r.comparator,
    r.value,
    r.valueMax,
    r.unit,
    r.kind,
    r.date,
    r.district,
  ]);

/** Scores one probe's grid. */
function scoreProbe(p: Probe, s: Score): void {
  const got = parseGrid(grid(p.rows)).indicators;
  const used = new Set<IndicatorRecord>();
  for (const gp of p.projects) {
    const mine = got.filter((r) => r.project === gp.project);
    let at = 0;
    for (const g of gp.indicators) {
      const rest = mine.slice(at);
      let k = rest.findIndex((r) => accepts(g.name, r.name));
      if (k < 0 && g.optional) continue;
      // (No record of its name: the next record, unless that one is a later gold's.)
      const later = gp.indicators.slice(gp.indicators.indexOf(g) + 1);
      if (k < 0) k = rest.length > 0 && !later.some((l) => accepts(l.name, rest[0].name)) ? 0 : -1;
      if (!g.optional) s.indicators++;
      if (k < 0) {
        s.missing++;
        s.misses.push({
          probe: p.name,
          project: gp.project,
          gold: JSON.stringify(g.name),
          fields: ["missing"],
          got: "",
        });
        continue;
      }
      const r = rest[k];
      // An optional gold takes a record only when it reads it wholly right (else the record is the next gold's).
      if (g.optional && wrongFields(g, r, gp.district).length > 0) continue;
      used.add(r);
      at += k + 1;
      const wrong = wrongFields(g, r, gp.district);
      if (wrong.length === 0) s.right += g.optional ? 0 : 1;
      else
        s.misses.push({
          probe: p.name,
          project: gp.project,
          gold: JSON.stringify(g),
          fields: wrong,
          got: show(r),
        });
    }
  }
  for (const r of got)
    if (!used.has(r)) {
      s.extra++;
      s.extras.push(`${p.name} | ${r.project} | ${show(r)} | ${r.text}`);
    }
}

/** Scores every probe (round 197's first batch unless told). */
export function scoreRound197(probes: Probe[] = PROBES): Score {
  const s: Score = { indicators: 0, right: 0, missing: 0, extra: 0, misses: [], extras: [] };
  for (const p of probes) scoreProbe(p, s);
  return s;
}
