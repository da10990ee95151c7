/** Round 217's scorer: each case's flags against its gold — found (kind and all), said as the wrong kind, missed, false. */
import { compareDistricts } from "../../../src/core/compare";
import type { Case } from "./round198data";

export interface Score {
  districts: number;
  districtsGold: number;
  gold: number;
  found: number;
  /** Right code, district and indicator, but 规模差异 where the gold says a finding, or the other way. */
  wrongKind: string[];
  missed: string[];
  extra: string[];
}

const key = (f: { code: string; district: string; indicator: string }) =>
  `${f.code} ${f.district} ${f.indicator}`;

export function score(cases: Case[]): Score {
  const s: Score = {
    districts: 0,
    districtsGold: 0,
    gold: 0,
    found: 0,
    wrongKind: [],
    missed: [],
    extra: [],
  };
  for (const c of cases) {
    const r = compareDistricts(c.sources());
    const placed = new Set(r.programs.flatMap((p) => p.districts));
    s.districtsGold += c.districts.length;
    s.districts += c.districts.filter((d) => placed.has(d)).length;
    const flags = r.programs.flatMap((p) => p.indicators.flatMap((i) => i.flags));
    s.gold += c.flags.length;
    const used = new Set<number>();
    for (const f of flags) {
      const j = c.flags.findIndex(
        (g, k) =>
          !used.has(k) && g.code === f.code && g.district === f.district && f.indicator.includes(g.indicator),
      );
      if (j < 0) {
        s.extra.push(`${c.id[0]} ${key(f)}${f.sizeGap ? " info" : ""}`);
        continue;
      }
      used.add(j);
      if (!!c.flags[j].info === !!f.sizeGap) s.found++;
      else
        s.wrongKind.push(
          `${c.id[0]} ${key(c.flags[j])}${c.flags[j].info ? " (gold info)" : " (gold finding)"}`,
        );
    }
    c.flags.forEach((g, k) => {
      if (!used.has(k)) s.missed.push(`${c.id[0]} ${key(g)}${g.info ? " info" : ""}`);
    });
  }
  return s;
}
