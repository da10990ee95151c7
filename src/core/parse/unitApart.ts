/** A unit written apart from its number: in a unit column (万元), or in a bracket closing the name (满意度（%）). */
import type { Comparator } from "../record";
import { canon, trimSpaces } from "../text/chars";
import { unitBracketAt } from "../text/item/nameUnit";
import { MAGNITUDES } from "../text/numbers";
import { parseTarget } from "../text/target";
import { isKnownUnit } from "../text/units";

/** A unit written apart: the unit, the magnitude word's factor, as written, and a bound closing it (天内). */
export interface UnitApart {
  unit: string;
  factor: number;
  written: string;
  comparator?: Comparator;
}

/** A unit column's text → its unit and the magnitude word it starts with (万元 → 元 × 10000; 千米 stays). */
export function unitColumn(text: string): UnitApart {
  const u = normalizeUnit(text);
  // 30 | 天内, 95 | %以上: the unit column closes with the bound's word, as 30天内 in one cell does.
  const last = u.charCodeAt(u.length - 1);
  if (u.length > 1 && (last === 0x5185 /* 内 */ || last === 0x4e0a /* 上 */ || last === 0x4e0b) /* 下 */) {
    const m = BOUND_AFTER_UNIT.exec(u);
    const probe = m ? parseTarget(`1${u}`) : null;
    if (
      m &&
      probe &&
      probe.kind === "quantitative" &&
      probe.comparator !== "=" &&
      probe.comparator !== null
    ) {
      const base = unitColumn(u.slice(0, m.index));
      if (base.unit !== "" || base.factor !== 1) return { ...base, comparator: probe.comparator };
    }
  }
  for (const [word, factor] of MAGNITUDES) {
    if (!u.startsWith(word)) continue;
    // The target reader decides whether the word is a magnitude here (万元) or part of a unit (万字).
    if (parseTarget(`1${u}`).value === factor)
      return { unit: normalizeUnit(u.slice(word.length)), factor, written: u };
    break;
  }
  return { unit: u, factor: 1, written: u };
}

/**
 * 实施供水设施维修改造工程(个), 验收合格率（单位：%）: a name closing with a bracket that holds a unit and
 * nothing else, as a packed cell's names do (text/item/nameUnit.ts) — the name without the bracket, and
 * the unit it holds. Null when the name closes otherwise (人数（含线上）, 资金（省级）).
 */
export function nameUnitApart(name: string): { name: string; unit: string } | null {
  // Most names close with no bracket: one look at the last character.
  let end = name.length;
  while (end > 0 && name.charCodeAt(end - 1) <= 32) end--;
  const last = name.charCodeAt(end - 1);
  if (last !== 41 && last !== 0xff09) return null;
  // canon maps one character to one, so the bracket's place in it is its place in the name.
  const u = unitBracketAt(canon(name), 0, end);
  return u ? { name: trimSpaces(name.slice(0, u.open)), unit: u.unit } : null;
}

const NAME_UNIT = /[(（]\s*((?:[^()（）]|[(（][^()（）]{1,2}[)）]){1,8}?)\s*[)）]\s*$/;

/** A bracket closing a name that holds nothing but a unit: 满意度（%）, 资金（万元） — not 人数（含线上）. */
export function unitInName(name: string): UnitApart | null {
  const m = NAME_UNIT.exec(name);
  if (!m) return null;
  // 合格率（%）（抽检）: a note after the unit's bracket; the unit is the bracket before it.
  return (
    unitInBracket(m) ?? (NAME_UNIT.test(name.slice(0, m.index)) ? unitInName(name.slice(0, m.index)) : null)
  );
}

/** The unit a name's closing bracket holds, or null when it holds something else. */
function unitInBracket(m: RegExpExecArray): UnitApart | null {
  // 任务完成时限（月）, 办理时限（日）: 1月 and 1日 read as dates below, but in a bracket they are units.
  const word = m[1].trim();
  if (word === "月" || word === "日") return { unit: word, factor: 1, written: word };
  // 路面技术状况指数（PQI）: an abbreviation of the name, not a unit.
  if (/^[A-Z]{2,}$/.test(word) && !LATIN_UNIT_WORDS.has(word)) return null;
  const u = unitColumn(m[1]);
  // 资金（省级）, 合格率（抽检）: a note the unit list does not know is no unit.
  if (u.unit !== "" && !isKnownUnit(u.unit) && !/^[A-Za-z]/.test(u.unit)) return null;
  const probe = parseTarget(`1${m[1]}`);
  const whole = u.unit === "" ? u.factor !== 1 : probe.unit === u.unit;
  return probe.kind === "quantitative" && probe.value === u.factor && whole ? u : null;
}

/** Upper-case Latin units a name's bracket may hold: 长度（KM）, 带宽（MB）. */
const LATIN_UNIT_WORDS = new Set([
  "KM",
  "KG",
  "KB",
  "MB",
  "GB",
  "TB",
  "PB",
  "KW",
  "MW",
  "KWH",
  "KV",
  "CM",
  "MM",
  "DB",
]);

/** The bound's word closing a unit column: 天内, 个工作日以内, %以上, 万元以下. */
const BOUND_AFTER_UNIT = /(?:以内|以上|以下|内)$/;

function normalizeUnit(u: string): string {
  const t = trimSpaces(u);
  if (t === "百分比" || t === "％" || t === "百分率" || PERCENT_TWICE.test(t)) return "%";
  return t;
}

/** 百分比（%）, %（百分比）, 百分率(％): the percent written both ways, in words and in its sign. */
const PERCENT_TWICE = /^(?:百分[比率]\s*[(（]\s*[%％]\s*[)）]|[%％]\s*[(（]\s*百分[比率]\s*[)）])$/;
