/** Message text: `{key}` placeholders filled, and numbers and targets quoted as the officer wrote them. */
import type { Localized } from "../i18n";
import type { IndicatorRecord } from "../record";
import { writesComparator } from "../text/comparatorWords";
import { MAGNITUDES } from "../text/numbers";
import { normalize } from "./lexicon";

export function fill(template: Localized, data: Record<string, string | number> = {}): Localized {
  const sub = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
  return { zh: sub(template.zh), en: sub(template.en) };
}

/** A comparator as an officer writes it. */
export { comparatorSymbol } from "../text/comparators";

/** A number as written in a target (no trailing zeros, no exponent). */
export function numberText(v: number | null): string {
  if (v === null) return "";
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(12)));
}

/** Longer targets are sentences ("…的比值（0.5%）"): a message quotes their number instead. */
const QUOTE_MAX = 16;

/**
 * The magnitude word the officer wrote the number with: 18万元 and 0.1 | 万元/人 are read as 180000 元 and
 * 1000 元/人, and the ratio of the value to the number written says which word that was.
 */
function magnitudeOf(r: Pick<IndicatorRecord, "target" | "value">): [string, number] {
  const m = /\d+(?:\.\d+)?/.exec(r.target.normalize("NFKC").replace(/,/g, ""));
  const written = m ? Number(m[0]) : 0;
  if (r.value === null || written === 0) return ["", 1];
  const ratio = r.value / written;
  return MAGNITUDES.find(([, f]) => Math.abs(ratio - f) < f * 1e-9) ?? ["", 1];
}

/**
 * A number of the record as the officer wrote it, with its unit: 18万元, 0.1万元/人 (not 180000元) — and the
 * period a per before the number names (每月1次 → 1次/月, 每季度不少于1次 → 1次/季度), which the record's unit
 * leaves to the target (record.md: the unit is the one written after the number).
 */
export function amountAsWritten(
  r: Pick<IndicatorRecord, "target" | "value" | "unit">,
  v: number | null = r.value,
): string {
  const [word, factor] = magnitudeOf(r);
  return v === null ? "" : `${numberText(v / factor)}${word}${r.unit}${periodPer(r)}`;
}

/**
 * A period per written right before the target's number, or before the comparator or 约 before it (每月1次,
 * 每季度不少于1次, 每天约300人次): "/月", "/季度"; "" where there is none, where it is not the only per (每人每月
 * 1240元 is a standard per head) or where the unit already holds one (次/年).
 */
function periodPer(r: Pick<IndicatorRecord, "target" | "unit">): string {
  const k = r.target.indexOf("每");
  if (k < 0 || r.unit === "" || r.unit.includes("/")) return "";
  const m = PERIOD_PER.exec(r.target.slice(k));
  return m ? `/${m[1]}` : "";
}
const PERIOD_PER =
  /^每\s*(日|天|周|月|季度|季|半年|年|学期|学年)\s*(?:不少于|不低于|至少|不超过|不高于|不多于|约|[≥≤<>=＞＜≧≦]{1,2})?\s*\d/;

/**
 * The target as the officer wrote it (18万元, 180万), with the unit a unit column gave when the cell has
 * none (0.1 | 万元/人 → 0.1万元/人); a sentence is quoted by its number.
 */
export function targetAsWritten(r: Pick<IndicatorRecord, "target" | "value" | "unit">): string {
  const t = r.target.trim().replace(/\s+/g, " ");
  if (t.length > QUOTE_MAX) return amountAsWritten(r);
  const unit = normalize(r.unit);
  const written = normalize(t);
  // 百分之九十五 says its % in words.
  if (!unit || written.includes(unit) || (unit === "%" && written.includes("百分"))) return t;
  // 1.2万 | 亩: the cell wrote its magnitude word already, and 1.2万万亩 would say it twice (round 98).
  const [word] = magnitudeOf(r);
  const said = word !== "" && new RegExp(`\\d\\s*${word}\\s*$`).test(written);
  return `${t}${said ? "" : word}${r.unit}`;
}

/**
 * The target with the comparator a column of its own gave it (符号 ≥ | 100 | %): ≥100%, as the officer reads
 * the row. A target that writes its own comparator is quoted alone.
 */
export function targetWithColumn(
  r: Pick<IndicatorRecord, "target" | "value" | "unit" | "direction">,
): string {
  const t = targetAsWritten(r);
  const d = r.direction?.trim() ?? "";
  if (!d || !writesComparator(d) || writesComparator(r.target)) return t;
  // A template's direction that holds a figure of its own (≥100% | 100%) is not glued to the target again.
  if (/\d/.test(d)) return normalize(d).endsWith(normalize(t)) ? d : t;
  return `${d}${t}`;
}
