/**
 * A unit written in a bracket beside the name, apart from its number: 资助学生人数（单位：人）：≥1500,
 * 病床使用率（%）：≥85, 门诊量(单位：万人次)(≥15). The bracket is no part of the name (record.md: the name
 * is the indicator's as written, its unit the number's); the target's number counts in it.
 */
import { isDigit } from "../chars";
import { MAGNITUDES } from "../numbers";
import { parseTarget } from "../target";
import { isKnownUnit, isLatinUnit } from "../units";
import { matchingOpen } from "./scan";

/** 单位：人, 计量单位：万元 — a unit labelled as one (canonical text). */
const UNIT_LABEL = /^\s*(?:计量|度量)?单位\s*:\s*/;

/**
 * Whether [a, b) of canonical text closes with a bracket that holds a unit and nothing else — labelled
 * (（单位：万元/年）) or one the unit list knows (（%）, （人）, （万人次）), not a note (（含线上）, （省级）) —
 * and then where the bracket opens, the unit it holds and the unit parseTarget reads of one of it (`read`:
 * 人次 of 万人次), else null. The name must keep two characters.
 */
export function unitBracketAt(
  c: string,
  a: number,
  b: number,
): { open: number; unit: string; read: string } | null {
  const last = b - 1;
  if (last <= a || c.charCodeAt(last) !== 41 /* ) */) return null;
  const open = matchingOpen(c, a, last);
  if (open < a + 2 || last - open > 14) return null;
  for (let i = open + 1; i < last; i++) if (isDigit(c.charCodeAt(i))) return null;
  let inner = c.slice(open + 1, last);
  const label = UNIT_LABEL.exec(inner);
  if (label) inner = inner.slice(label[0].length);
  inner = inner.trim();
  if (inner === "" || inner.length > 8) return null;
  // 路面技术状况指数（PQI）: an abbreviation of the name, not a unit.
  if (/^[A-Z]{2,}$/.test(inner) && !isLatinUnit(inner)) return null;
  // 1 and the unit must read as one quantity of that unit (万元 as 10000 元): not 1月 as a date.
  const t = parseTarget(`1${inner}`);
  if (t.kind !== "quantitative" || t.value === null || !/^1(?:0+)?$/.test(String(t.value))) return null;
  // 耕地质量等级提升（等）: a grade's 等 alone in a bracket is its unit (0.5等), never an "etc.", which lists
  // what it closes (学校、医院等) — not a known unit elsewhere, where 等 after a figure may be that.
  if (t.unit === "" ? t.value === 1 : !label && t.unit !== "%" && !isKnownUnit(t.unit) && inner !== "等")
    return null;
  // 覆盖乡镇（街道）: the bracket must read as a unit whole (万人次 as 万 and 人次), not as a unit (街) and
  // more words (道) — an alternative term of the name's, which stays in it.
  if (t.unit !== "" && t.unit !== "%" && !label && !wholeUnit(inner, t.unit)) return null;
  return { open, unit: inner, read: t.unit };
}

/** Whether `inner` is the unit `unit` read from it, with at most a magnitude word before it (万人次). */
function wholeUnit(inner: string, unit: string): boolean {
  if (!inner.endsWith(unit)) return false;
  const before = inner.slice(0, inner.length - unit.length).trim();
  return before === "" || MAGNITUDES.some(([word]) => word === before);
}
