/**
 * Intensity ratios between count indicators of the same district (隐患数 per 企业数, 文书数 per 企业数):
 * a district that plans many enterprise visits but few hazards stands out here even when each number alone
 * looks ordinary.
 */
import { outlierFlags } from "./flags";
import { nameKey } from "./names";
import { ratioTo, valueStats } from "./stats";
import type { AlignedIndicator, CompareSettings, IntensityRatio, RatioChoice } from "./types";
import { isCountUnit } from "./units";

function numberIn(ind: AlignedIndicator, d: string): number | null {
  const c = ind.cells[d];
  return c && c.value !== null && c.unitKey === ind.unit ? c.value : null;
}

function presence(ind: AlignedIndicator, districts: string[]): number {
  return districts.filter((d) => numberIn(ind, d) !== null).length / districts.length;
}

export function buildRatio(
  num: AlignedIndicator,
  den: AlignedIndicator,
  districts: string[],
  settings: CompareSettings,
  chosen: boolean,
): IntensityRatio {
  const values: Record<string, number | null> = {};
  for (const d of districts) {
    const a = numberIn(num, d);
    const b = numberIn(den, d);
    values[d] = a !== null && b !== null && b > 0 ? a / b : null;
  }
  const stats = valueStats(Object.values(values).filter((v): v is number => v !== null));
  const ratios: Record<string, number | null> = {};
  for (const d of districts) ratios[d] = stats ? ratioTo(values[d], stats.median) : null;
  const unit = num.unitLabel && den.unitLabel ? `${num.unitLabel}/${den.unitLabel}` : "";
  const name = `${num.name}÷${den.name}`;
  return {
    numerator: num.name,
    denominator: den.name,
    numeratorKey: num.key,
    denominatorKey: den.key,
    unit,
    chosen,
    values,
    stats,
    ratios,
    flags: outlierFlags(values, stats, settings, name, unit, districts),
  };
}

/** Count indicators present in enough districts, each per the one with the smallest median. */
export function defaultRatios(
  indicators: AlignedIndicator[],
  districts: string[],
  settings: CompareSettings,
): IntensityRatio[] {
  const counts = indicators.filter(
    (ind) =>
      ind.quantitative &&
      ind.stats !== null &&
      isCountUnit(ind.unit) &&
      presence(ind, districts) + 1e-9 >= settings.ratioPresence,
  );
  if (counts.length < 2) return [];
  // The smallest quantity (usually the enterprises or people served) is the "per" of every default ratio;
  // other pairs the officer can choose.
  const base = counts.reduce((a, b) => ((b.stats?.median ?? 0) < (a.stats?.median ?? 0) ? b : a));
  const pairs = counts.filter((c) => c !== base).map((c): [AlignedIndicator, AlignedIndicator] => [c, base]);
  return pairs
    .slice(0, settings.maxDefaultRatios)
    .map(([num, den]) => buildRatio(num, den, districts, settings, false));
}

/** The aligned indicator an officer means by a name; null when none or more than one fit. */
export function findIndicator(indicators: AlignedIndicator[], name: string): AlignedIndicator | null {
  const key = nameKey(name).key;
  const exact = indicators.filter((i) => i.key === key || i.key.startsWith(`${key}|`));
  if (exact.length === 1) return exact[0];
  const partial = indicators.filter((i) => i.key.includes(key));
  return partial.length === 1 ? partial[0] : null;
}

export function chosenRatios(
  indicators: AlignedIndicator[],
  districts: string[],
  settings: CompareSettings,
  choices: RatioChoice[],
): { ratios: IntensityRatio[]; unmatched: RatioChoice[] } {
  const ratios: IntensityRatio[] = [];
  const unmatched: RatioChoice[] = [];
  for (const c of choices) {
    const num = findIndicator(indicators, c.numerator);
    const den = findIndicator(indicators, c.denominator);
    if (!num || !den || num === den) unmatched.push(c);
    else ratios.push(buildRatio(num, den, districts, settings, true));
  }
  return { ratios, unmatched };
}
