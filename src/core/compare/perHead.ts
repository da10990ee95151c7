/**
 * A total written where most districts give money per head (定期抚恤补助标准 “1440万元” among 16000 元/人·年,
 * 生均公用经费 “5600万元” among 800 元/生·年): divided by the district's own count of the same heads (优抚对象人数
 * 900 人), the total says what it comes to per head, so the officer sees at once whether it is the same standard
 * written as a sum or another one. Only where the district counts exactly one such thing (else which heads is a
 * guess) and the standard is by the year or by no period (a year's budget).
 */
import type { Localized } from "../i18n";
import type { AlignedIndicator, DistrictCell } from "./types";
import { applyMagnitude, conversionFactor, unitKey } from "./units";
import { formatRatio, roundDerived, withUnit } from "./sentences";
import { sizeFigure } from "./flags/outlier";

const PER_HEAD = /^(元|万元)\/([^/·]+)(?:·年)?$/;

/** 人 counts pupils (生), patients and members (名) alike; any other denominator is its own unit. */
const HEADS: Record<string, string> = { 生: "人", 名: "人", 人: "人" };

function headsOf(u: string): string {
  return HEADS[u] ?? u;
}

export interface PerHead {
  count: { name: string; value: number; unit: string };
  /** The total ÷ the count, in the majority's unit. */
  value: number;
}

/** The district's total as money per head of its own count, or null (see the module's note). */
export function perHeadOfTotal(
  ind: AlignedIndicator,
  cell: DistrictCell,
  district: string,
  indicators: readonly AlignedIndicator[],
): PerHead | null {
  const per = PER_HEAD.exec(ind.unit);
  // Shown in another magnitude (万元/人) the sentence's figures would need scaling: left as it was.
  if (!per || (ind.displayScale ?? 1) !== 1 || cell.value === null || !(cell.value > 0)) return null;
  const total = applyMagnitude(cell.value, cell.unitKey);
  if (total.value === null || unitKey(total.unit) !== "元") return null;
  const heads = headsOf(per[2]);
  const counts: PerHead["count"][] = [];
  for (const other of indicators) {
    if (other === ind || !sizeFigure(other.name, other.unit)) continue;
    const c = other.cells[district];
    if (!c || c.value === null || !(c.value > 0) || c.unitKey !== other.unit) continue;
    const u = headsOf(other.unit);
    const factor = u === heads ? 1 : conversionFactor(other.unit, per[2]);
    if (factor === null) continue;
    counts.push({ name: other.name, value: c.value * factor, unit: other.unit === u ? other.unit : per[2] });
  }
  if (counts.length !== 1) return null;
  const perYuan = total.value / counts[0].value;
  return { count: counts[0], value: per[1] === "万元" ? perYuan / 1e4 : perYuan };
}

/** “；似为总额，按泉港区“优抚对象人数”900 人折算约为 16000 元/人·年，与多数区相同” (or “为多数区（…）的 0.50 倍”). */
export function perHeadClause(
  p: PerHead,
  district: string,
  unitLabel: string,
  shared: number | null,
  noun: string,
): Localized {
  const v = roundDerived(p.value);
  const count = withUnit(p.count.value, p.count.unit);
  const same = shared !== null && shared > 0 ? p.value / shared : null;
  const near = same !== null && Math.abs(same - 1) < 0.005;
  const zhTail =
    same === null
      ? ""
      : near
        ? `，与多数${noun}相同`
        : `，为多数${noun}（${withUnit(shared as number, unitLabel)}）的 ${formatRatio(same)} 倍`;
  const enTail =
    same === null
      ? ""
      : near
        ? ", the same as most districts"
        : `, ${formatRatio(same)} times most districts' ${withUnit(shared as number, unitLabel)}`;
  return {
    zh: `；似为总额，按${district}“${p.count.name}”${count}折算约为 ${withUnit(v, unitLabel)}${zhTail}`,
    en: `; it looks like a total: divided by its "${p.count.name}" (${count}) it comes to about ${withUnit(v, unitLabel)}${enTail}`,
  };
}
