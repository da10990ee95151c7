/**
 * OUTLIER: a district's value far from the others. By default the ratio to the median (≥ 2 or ≤ 0.5);
 * as a setting a robust z-score from the median absolute deviation. When most districts share one value
 * (the MAD is then 0 and a ratio rule would pass 21% against 20%), every other value is reported against it.
 */
import type { CompareFlag, CompareSettings, ValueStats } from "../types";
import { mode, ratioTo } from "../stats";
import { outlierByMad, outlierByRatio, outlierByShared } from "../sentences";
import type { FlagRule } from "./types";

const EPS = 1e-9;
/** Scales the MAD to a standard deviation for normal data (Iglewicz & Hoaglin). */
const MAD_SCALE = 0.6745;

export function outlierFlags(
  values: Record<string, number | null>,
  stats: ValueStats | null,
  settings: CompareSettings,
  name: string,
  unit: string,
  order: string[],
): CompareFlag[] {
  if (!stats || stats.count < settings.minValuesForOutlier) return [];
  const present = order.filter((d) => values[d] !== null && values[d] !== undefined);
  const nums = present.map((d) => values[d] as number);
  const flags: CompareFlag[] = [];
  const shared = mode(nums);
  const mostShare =
    shared !== null && !shared.tied && shared.count / nums.length > settings.majorityShare + EPS;
  const madZero = settings.outlierMethod === "mad" && stats.mad === 0;
  if (mostShare || madZero) {
    const base = mostShare && shared ? shared.value : stats.median;
    const sharing = nums.filter((v) => v === base).length;
    for (const d of present) {
      const v = values[d] as number;
      if (v === base) continue;
      const ratio = ratioTo(v, base);
      flags.push({
        code: "OUTLIER",
        district: d,
        indicator: name,
        ratio,
        direction: v > base ? "high" : "low",
        basis: "shared",
        message: outlierByShared({ district: d, name, value: v, unit }, base, sharing, ratio),
      });
    }
    return flags;
  }
  for (const d of present) {
    const v = values[d] as number;
    const ratio = ratioTo(v, stats.median);
    if (settings.outlierMethod === "mad") {
      const z = (MAD_SCALE * (v - stats.median)) / stats.mad;
      if (Math.abs(z) + EPS < settings.madThreshold) continue;
      flags.push({
        code: "OUTLIER",
        district: d,
        indicator: name,
        ratio,
        direction: z > 0 ? "high" : "low",
        basis: "mad",
        z,
        message: outlierByMad({ district: d, name, value: v, unit }, stats.median, ratio, z),
      });
    } else {
      if (ratio === null) continue;
      const high = ratio + EPS >= settings.ratioHigh;
      const low = ratio - EPS <= settings.ratioLow;
      if (!high && !low) continue;
      flags.push({
        code: "OUTLIER",
        district: d,
        indicator: name,
        ratio,
        direction: high ? "high" : "low",
        basis: "ratio",
        message: outlierByRatio({ district: d, name, value: v, unit }, stats.median, ratio, high),
      });
    }
  }
  return flags;
}

export const outlierRule: FlagRule = {
  code: "OUTLIER",
  label: { zh: "明显偏高/偏低", en: "Far from the others" },
  description: {
    zh: "与各区中位数相比明显偏高或偏低（默认：为中位数的 2 倍及以上或一半及以下）；多数区取值相同时，与之不同的区。",
    en: "Far above or below the districts' median (default: at least twice or at most half of it); when most districts share one value, any district that differs.",
  },
  check({ indicator, districts, settings }) {
    const values: Record<string, number | null> = {};
    for (const d of districts) {
      const c = indicator.cells[d];
      values[d] = c && c.value !== null && c.unitKey === indicator.unit ? c.value : null;
    }
    return outlierFlags(values, indicator.stats, settings, indicator.name, indicator.unitLabel, districts);
  },
};
