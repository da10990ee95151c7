/**
 * Scores round 216's probe (round216.data.ts): the records in order, each paired with the gold one in the same
 * place and counted right when every field is accepted; a record past the gold's is an extra.
 */
import { parseGrid } from "../../src/core/parse";
import type { IndicatorRecord } from "../../src/core/record";
import { grid } from "../support/grid";
import { recordsIn2025 } from "../support/packedCell";
import type { Alt, Gold, Probe } from "./round216.data";

export function probeRecords(p: Probe): IndicatorRecord[] {
  return p.cell !== undefined ? recordsIn2025(p.cell) : parseGrid(grid(p.rows ?? [])).indicators;
}

const accepts = <T>(gold: Alt<T>, got: T): boolean =>
  Array.isArray(gold) ? gold.some((g) => g === got) : gold === got;

export const fieldsOf = (r: IndicatorRecord) => [r.district, r.name, r.comparator, r.value, r.unit] as const;

export interface Score {
  indicators: number;
  right: number;
  extra: number;
  misses: string[];
}

export function scoreProbes(probes: Probe[]): Score {
  const s: Score = { indicators: 0, right: 0, extra: 0, misses: [] };
  for (const p of probes) {
    const got = probeRecords(p);
    p.gold.forEach((g: Gold, k) => {
      s.indicators++;
      const r = got[k];
      const f = r ? fieldsOf(r) : null;
      if (f && g.every((x, j) => accepts(x as Alt<unknown>, f[j]))) s.right++;
      else s.misses.push(`${p.id} #${k}: ${JSON.stringify(f)} ≠ ${JSON.stringify(g)}`);
    });
    s.extra += Math.max(0, got.length - p.gold.length);
  }
  return s;
}
