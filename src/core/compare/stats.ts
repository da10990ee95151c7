/** Order statistics over the districts' values. */
import type { ValueStats } from "./types";

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return NaN;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

export function valueStats(values: number[]): ValueStats | null {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return null;
  const m = median(finite);
  return {
    count: finite.length,
    min: Math.min(...finite),
    median: m,
    max: Math.max(...finite),
    mad: median(finite.map((v) => Math.abs(v - m))),
  };
}

/** Value ÷ median; null when the median is not positive or the value is negative. */
export function ratioTo(value: number | null, base: number): number | null {
  if (value === null || !Number.isFinite(value) || !(base > 0) || value < 0) return null;
  return value / base;
}

/**
 * The most common value and how many share it. Ties go to the one `prefer` sorts first (so that the
 * answer does not depend on the order of the districts), else to the one seen first.
 */
export function mode<T>(
  items: T[],
  prefer?: (a: T, b: T) => number,
): { value: T; count: number; tied: boolean } | null {
  const counts = new Map<T, number>();
  for (const it of items) counts.set(it, (counts.get(it) ?? 0) + 1);
  let best: T | undefined;
  let bestN = 0;
  let tied = false;
  for (const [k, n] of counts) {
    if (n > bestN) {
      best = k;
      bestN = n;
      tied = false;
    } else if (n === bestN) {
      tied = true;
      if (prefer && best !== undefined && prefer(k, best) < 0) best = k;
    }
  }
  return best === undefined ? null : { value: best, count: bestN, tied };
}

/** Tie-break for written texts: non-empty first, then shorter, then code-point order. */
export function preferText(a: string, b: string): number {
  if (!a !== !b) return a ? -1 : 1;
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A sum or a product without the float's tail (0.07 × 100 is 7.000000000000001). */
export function exact(v: number): number {
  return Number(v.toPrecision(12));
}
