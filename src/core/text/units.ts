/**
 * Units of measure written after a target number. Matching takes the longest lexicon entry at the
 * position, then compounds: "/月", "·天", "/人.每天". A Latin run (KB/S, Mbps, M) is a unit too.
 */
import { canon, isCjk, isLatin, isDigit, matchAt } from "./chars";
import { startsComparatorAfter } from "./comparators";

/** A period after a per's full stop (元/人.年, 元/人.月): the full stop stands for ·. */
const PERIOD_AFTER_DOT = /^(?:年|月|天|日|周|季度?|学年|学期)(?![\u4e00-\u9fa5])/;
const UNITS = [
  // percentages
  "%",
  "‰",
  // per ten thousand: 发病率≤0.5‱
  "‱",
  "百分比",
  "百分点",
  "个百分点",
  // tenths: 八成 is 80% (read as such by parseTarget)
  "成",
  // people and organisations
  "人",
  "人次",
  "人份",
  "人天",
  "人日",
  "人月",
  "人年",
  "名",
  "位",
  "户",
  "户次",
  "家",
  "家次",
  "个",
  "个次",
  "支",
  "队",
  "组",
  "班",
  "班次",
  "所",
  "所次",
  "个单位",
  "单位",
  // things and events
  "项",
  "项次",
  "份",
  "份次",
  "次",
  "场",
  "场次",
  "期",
  "批",
  "批次",
  "件",
  "件次",
  "套",
  "台",
  "台次",
  "台套",
  // 计量检定's count: 强制检定计量器具5万台件
  "台件",
  // processor cores rented from a cloud: vCPU 1200核
  "核",
  "剂",
  "剂次",
  "车次",
  "辆",
  "辆次",
  "艘",
  "架",
  "架次",
  "部",
  "本",
  "册",
  "篇",
  "条",
  "张",
  "间",
  "栋",
  "幢",
  "座",
  "处",
  "块",
  "片",
  "宗",
  "起",
  "例",
  "单",
  "笔",
  "株",
  "棵",
  "头",
  "只",
  "羽",
  "尾",
  "把",
  "顶",
  "副",
  "对",
  "双",
  "根",
  "盏",
  "孔",
  "口",
  "眼",
  "井",
  "路",
  "门",
  "类",
  "种",
  "站",
  // sections of a road, a pipe or a river: 改造老旧供水管网两段, 整治河道3段
  "段",
  "节",
  "课",
  "课时",
  "学时",
  "届",
  "轮",
  "趟",
  "页",
  "字",
  "卷",
  "盒",
  "箱",
  "包",
  "瓶",
  "袋",
  "床",
  "床位",
  "个点",
  "点",
  "点位",
  "级",
  "等级",
  "个等级",
  "星级",
  "星",
  "分",
  "万字",
  "版",
  "期次",
  "帧",
  "条次",
  "科",
  "门次",
  "所学校",
  "个村",
  "村",
  "镇",
  "街",
  // the places counted: 试点3-5个小区, 覆盖12个社区
  "社区",
  "个社区",
  "小区",
  "个小区",
  "宗次",
  "单次",
  "份数",
  "粒",
  "枚",
  "倍",
  "学期",
  "个学期",
  // a school year: 资助标准1000元/生·学年
  "学年",
  "个学年",
  "株次",
  "亩次",
  // time
  "秒",
  "分钟",
  "小时",
  "个小时",
  "天",
  "日",
  "个工作日",
  "工作日",
  "周",
  "个月",
  "月",
  "年",
  "季度",
  "个季度",
  "h",
  "min",
  // money
  "元",
  "角",
  "美元",
  "欧元",
  "港元",
  // size, weight, energy, data
  "米",
  "公里",
  // transport's work: a vehicle, a passenger or a tonne carried a kilometre (元/车公里, 万人公里)
  "车公里",
  "人公里",
  "吨公里",
  "千米",
  "厘米",
  "毫米",
  "平方米",
  "平米",
  "平方公里",
  "平方千米",
  "标准亩",
  "㎡",
  "㎥",
  "㎞",
  "亩",
  "公顷",
  "立方米",
  "方",
  "升",
  "毫升",
  "吨",
  "千克",
  "公斤",
  "克",
  "毫克",
  "微克",
  "斤",
  // environment: 噪声≤55分贝, PM2.5≤35微克/立方米
  "分贝",
  "dB(A)",
  "μg/m³",
  "µg/m³",
  "μg/m3",
  "µg/m3",
  "千瓦",
  "千瓦时",
  "瓦",
  "兆瓦",
  "度",
  "伏",
  "吨标准煤",
  "标准煤",
  "立方",
  "延米",
  "米/秒",
  // a flood or a storm expected once in so many years: 防洪标准20年一遇
  "年一遇",
  // temperature: 室温≥18℃
  "℃",
  "摄氏度",
];

/** Whether a Latin word is a unit the list knows (KM, MB): 路面技术状况指数（PQI） abbreviates its name instead. */
export function isLatinUnit(word: string): boolean {
  return LATIN_UNITS.has(word);
}

/** Latin units that may stand right before Chinese text (500M带宽, 10km路段). */
const LATIN_UNITS = new Set([
  "M",
  "MB",
  "GB",
  "TB",
  "KB",
  "KB/S",
  "MB/S",
  "Mbps",
  "M/S",
  "km",
  "KM",
  "kg",
  "KG",
  "m",
  "t",
  "kW",
  "kWh",
  "MW",
  "h",
  "min",
  "s",
  "ms",
  "T",
  "Gbps",
  "kV",
  "MPa",
  "mm",
  "cm",
]);

/** Units indexed by their first character's code (no one-character string per lookup), longest first. */
const BY_FIRST = new Map<number, string[]>();
for (const u of UNITS) {
  const k = u.charCodeAt(0);
  const list = BY_FIRST.get(k) ?? [];
  list.push(u);
  BY_FIRST.set(k, list);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.length - a.length);

/** The lexicon entry starting at `pos` in `s` (canonical text), longest first; "" when none. */
export function lexiconUnitAt(s: string, pos: number): string {
  const list = BY_FIRST.get(s.charCodeAt(pos));
  if (!list) return "";
  for (const u of list) if (matchAt(s, u, pos)) return u;
  return "";
}

function latinRunAt(s: string, pos: number): number {
  let i = pos;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (isLatin(c) || (i > pos && (isDigit(c) || c === 0xb2 || c === 0xb3))) i++;
    else if (c === 47 /* / */ && i > pos && i + 1 < s.length && isLatin(s.charCodeAt(i + 1))) i++;
    else break;
  }
  return i - pos;
}

/** What may follow a unit at the end of a target: nothing, 以上 以下 以内 左右 and the like, punctuation. */
const TARGET_TAIL = /^(?:及?以上|及?以下|以内|之内|左右|内|[\s。.;,:!?)\]])*$/;

/** Whether a 、, a comma, a ； or an opening bracket stands at `pos`: the count's words end there too. */
function listGoesOn(s: string, pos: number): boolean {
  const c = s.charCodeAt(pos);
  return c === 0x3001 || c === 44 || c === 59 || c === 40;
}

/**
 * Whether 次, 套, 只 or 份 at `k` ends a unit the list has without it (册次, 件套, 头只, 羽只, 头份): the words end
 * after it, or a list goes on (45万头次、禽流感免疫320万羽次).
 */
function countSuffixAt(s: string, k: number): boolean {
  const c = s.charCodeAt(k);
  return (
    (c === 0x6b21 /* 次 */ || c === 0x5957 /* 套 */ || c === 0x53ea /* 只 */ || c === 0x4efd) /* 份 */ &&
    (endsWords(s, k + 1) || listGoesOn(s, k + 1))
  );
}

/** Whether the target's words end at `pos` (only a tail such as 以上 or punctuation after it). */
function endsWords(s: string, pos: number): boolean {
  return pos >= s.length || TARGET_TAIL.test(s.slice(pos));
}

/**
 * The length of a unit the list lacks at `pos`: Chinese characters that end the target, or 0 — one or
 * two; up to `max` (4 right after a number) when the longer word ends in a unit the list knows
 * (200皮长公里), since longer words after a number are more often a name. (After a listed unit, 3星级以上,
 * the caller keeps two.)
 */
function unlistedUnitLength(s: string, pos: number, max = 2): number {
  for (let len = 1; len <= max; len++) {
    if (!isCjk(s.charCodeAt(pos + len - 1))) return 0;
    if (endsWords(s, pos + len) && (len <= 2 || endsWithListedUnit(s, pos, pos + len))) return len;
  }
  return 0;
}

/** Whether [pos, end) ends with a unit of the list, one or two characters long, after other characters. */
export function endsWithListedUnit(s: string, pos: number, end: number): boolean {
  for (let k = 1; k <= 2 && end - k > pos; k++) if (lexiconUnitAt(s, end - k).length === k) return true;
  return false;
}

/** Whether a unit's word ends at `pos`: the target's words end, a list goes on, or a space, a 。 or a : follows. */
function wordEndsAt(s: string, pos: number): boolean {
  if (pos >= s.length) return true;
  const c = s.charCodeAt(pos);
  return c === 32 || c === 10 || c === 0x3002 || c === 58 || listGoesOn(s, pos) || endsWords(s, pos);
}

/**
 * The length of the word after a per's / or · at `next` (`l` read so far: a listed unit, or one character):
 * Chinese characters up to where the unit's word ends (wordEndsAt), four at most — 次/断面, 次/监测点 as written.
 * After a listed unit (站 of 站点, 月 of 月及时) the longer word must end in a listed unit too (点), else `l`.
 */
function perWordLength(s: string, next: number, l: number, listed: boolean): number {
  if (wordEndsAt(s, next + l)) return l;
  for (let len = l + 1; len <= 4; len++) {
    if (!isCjk(s.charCodeAt(next + len - 1))) return l;
    if (wordEndsAt(s, next + len))
      return !listed || endsWithListedUnit(s, next + l - 1, next + len) ? len : l;
  }
  return l;
}

/** A space or a tab (canonical text): what may stand beside a line break that wraps a unit. */
const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 13;

/** Where the next line starts past blanks, a line break at `pos` and blanks again, else -1 (no line break there). */
function pastLineBreak(s: string, pos: number): number {
  let k = pos;
  while (isBlank(s.charCodeAt(k))) k++;
  if (s.charCodeAt(k) !== 10) return -1;
  k++;
  while (isBlank(s.charCodeAt(k))) k++;
  return k;
}

/** Where the / or · after a line break at `pos` stands (元⏎/点·年: the line wrapped before it), else `pos`. */
function wrapBeforePer(s: string, pos: number): number {
  const k = pastLineBreak(s, pos);
  if (k < 0) return pos;
  const c = s.charCodeAt(k);
  return c === 47 || c === 0xb7 ? k : pos;
}

/** Where the words after a per's / or · at `pos - 1` start past a line break (元/⏎点·年), else `pos`. */
function wrapAfterPer(s: string, pos: number): number {
  const k = pastLineBreak(s, pos);
  return k >= 0 && isCjk(s.charCodeAt(k)) ? k : pos;
}

/**
 * A unit's word a PDF wrapped in two (≥12万立⏎方米, 约35公⏎顷, 2平方公⏎里): the unit the list knows when the
 * characters before the line break at `pos` and those after it are joined — longer than the characters before
 * the break, and ending the words —, with the length it spans in `s`; null otherwise. The break must be one in
 * `orig` (a wrap; a space typed between two words is no unit's).
 */
function wrappedUnitAt(s: string, orig: string, pos: number): { unit: string; length: number } | null {
  let k = pos;
  while (k < s.length && k - pos < 3 && isCjk(s.charCodeAt(k))) k++;
  // Most units are whole: no blank right after up to three Chinese characters.
  if (k === pos || (!isBlank(s.charCodeAt(k)) && s.charCodeAt(k) !== 10)) return null;
  let b = k;
  let wrapped = false;
  while (b < s.length && (isBlank(s.charCodeAt(b)) || s.charCodeAt(b) === 10)) {
    if (orig.charCodeAt(b) === 10) wrapped = true;
    b++;
  }
  if (!wrapped || !isCjk(s.charCodeAt(b))) return null;
  const before = s.slice(pos, k);
  const unit = lexiconUnitAt(before + s.slice(b, b + 4), 0);
  const rest = unit.length - before.length;
  if (rest <= 0 || !wordEndsAt(s, b + rest)) return null;
  return { unit: orig.slice(pos, k) + orig.slice(b, b + rest), length: b + rest - pos };
}

/** The length of "(套)" at `pos` (a listed one-character unit in brackets, as 台（套） writes it), or 0. */
function otherWayLength(s: string, pos: number): number {
  const alt = lexiconUnitAt(s, pos + 1);
  // One character only: 个村（社区） names the places counted, it is no other unit.
  return alt.length === 1 && s.charCodeAt(pos + 2) === 41 ? 3 : 0;
}

/**
 * Reads the unit at `pos` of canonical text `s`. Returns the unit as written (from the original
 * string `orig`, which has the same offsets) and its length. 百分比 and ％ come back as "%".
 */
const NO_UNIT: { unit: string; length: number } = Object.freeze({ unit: "", length: 0 });

export function readUnit(
  s: string,
  orig: string,
  pos: number,
  unlisted = true,
): { unit: string; length: number } {
  // ≥12万立⏎方米: a unit's word wrapped in two by a PDF.
  const wrapped = isCjk(s.charCodeAt(pos)) ? wrappedUnitAt(s, orig, pos) : null;
  if (wrapped) return wrapped;
  let len = 0;
  let unit = "";
  let lex = lexiconUnitAt(s, pos);
  // 成 is a unit only at the end of the words (八成以上), not in 一成不变 or 成本.
  if (lex === "成" && isCjk(s.charCodeAt(pos + 1)) && !startsComparatorAfter(s.charCodeAt(pos + 1))) lex = "";
  if (lex) {
    len = lex.length;
    // 册次, 车次, 件套, 头只, 头份: a count of times, sets, heads or doses of a unit the list has without them.
    const next = s.charCodeAt(pos + len);
    // (Also before a 、, a comma or a bracket that goes on: 45万头次、禽流感免疫320万羽次.)
    if (countSuffixAt(s, pos + len)) len++;
    // "15台（套）", "45万头（只）": a unit counted either way, the other in brackets after it.
    else if (next === 40 /* ( */) len += otherWayLength(s, pos + len);
    // "3星级以上" with 星 listed: a longer word closed by 以上 or 以下 is the unit as written (else the
    // comparator after it would be lost; "12米宽" keeps 米).
    else if (unlisted && isCjk(next) && !endsWords(s, pos + len)) {
      const longer = unlistedUnitLength(s, pos);
      if (longer > len && startsComparatorAfter(s.charCodeAt(pos + longer))) {
        len = longer;
        lex = "";
      }
    }
  } else if (unlisted && isCjk(s.charCodeAt(pos)) && !endsWords(s, pos)) {
    // "1.2万剂次", "360羽": a word the list does not have, right after the number and ending the target,
    // is its unit as written (record.md keeps units as written); 0 when it does not end the target.
    // A bound word alone after the number (0.2以内, 0.5以下) is no unit.
    len = unlistedUnitLength(s, pos, 4);
  } else if (pos < s.length && isLatin(s.charCodeAt(pos))) {
    len = latinRunAt(s, pos);
    // A Latin run glued to following Chinese text is a word (5G网络, RTO目标) unless it is a known unit.
    if (len > 6) len = 0;
    else if (
      pos + len < s.length &&
      isCjk(s.charCodeAt(pos + len)) &&
      !LATIN_UNITS.has(s.slice(pos, pos + len))
    )
      len = 0;
  } else if (s.charCodeAt(pos) === 47 && pos + 1 < s.length) {
    len = 0; // compound below handles "/月"
  }
  if (len === 0 && s.charCodeAt(pos) !== 47) return NO_UNIT;
  // Compounds: "/月", "/人.每天", "·天".
  let end = pos + len;
  for (let guard = 0; guard < 2; guard++) {
    // "≤800元\n/点·年": a line wrapped before a per's / or · (a cell copied from a PDF), or after it.
    const at = wrapBeforePer(s, end);
    const ch = s.charCodeAt(at);
    // "元/人*月": an asterisk joins units the way · does, when a unit follows it.
    const star = ch === 42 && (lexiconUnitAt(s, end + 1) !== "" || isCjk(s.charCodeAt(end + 1)));
    // "元/人.年": a full stop typed for · after a per, before a period (not 元.2、 nor a decimal).
    const dot = ch === 46 && guard > 0 && PERIOD_AFTER_DOT.test(s.slice(end + 1, end + 3));
    if (ch === 47 /* / */ || ch === 0xb7 /* · */ || ch === 0x2022 /* • */ || star || dot) {
      const next = ch === 47 || ch === 0xb7 ? wrapAfterPer(s, at + 1) : at + 1;
      let l = lexiconUnitAt(s, next).length;
      // 元/头份, 元/台次: the per's unit counted in doses or times.
      if (l && countSuffixAt(s, next + l)) l++;
      if (!l && next < s.length && isLatin(s.charCodeAt(next))) l = latinRunAt(s, next);
      // "/千人", "/万元": a magnitude word before the unit stays with it in a compound.
      if (!l && /[千万百]/.test(s[next] ?? "")) {
        const after = lexiconUnitAt(s, next + 1);
        if (after) l = 1 + after.length;
      }
      const listed = l > 0;
      if (!l && next < s.length && isCjk(s.charCodeAt(next))) l = 1;
      // 次/断面, 次/监测点, 次/站点: the per's whole word where it ends the target or its clause.
      if (l && isCjk(s.charCodeAt(next + l))) l = perWordLength(s, next, l, listed);
      // "/10万", "/10万人": a rate per so many (a magnitude word must follow the digits: 1/3 is a fraction).
      if (!l && ch === 47 && isDigit(s.charCodeAt(next))) {
        let k = next;
        while (k < s.length && k - next < 5 && isDigit(s.charCodeAt(k))) k++;
        if (/[千万百亿]/.test(s[k] ?? "")) l = k + 1 - next + lexiconUnitAt(s, k + 1).length;
        // "5.5/1000", "3/10000": a rate per a thousand or more, written in digits (3/100 stays a fraction).
        else if (k - next >= 4 && /^10+$/.test(s.slice(next, k)) && !isDigit(s.charCodeAt(k)) && s[k] !== ".")
          l = k - next + lexiconUnitAt(s, k).length;
      }
      // "t/(km²·a)", "元/（人·年）": a per of a compound written in brackets.
      if (!l && ch === 47 && s.charCodeAt(next) === 40 /* ( */) {
        const close = s.indexOf(")", next + 2);
        if (close > 0 && close - next <= 12 && readUnit(s, orig, next + 1, false).length === close - next - 1)
          l = close + 1 - next;
      }
      if (!l) break;
      end = next + l;
      // "元/人.每天": a dotted qualifier after a compound.
      if ((s[end] === "." || s[end] === "·") && s.startsWith("每", end + 1)) {
        let k = end + 2;
        while (k < s.length && k < end + 4 && isCjk(s.charCodeAt(k)) && lexiconUnitAt(s, k)) k++;
        if (k > end + 2) end = k;
      }
    } else break;
  }
  if (end === pos) return NO_UNIT;
  // A plain lexicon unit is returned as the lexicon's own string: every record then shares it instead
  // of keeping a copy (100,000 indicators hold a few dozen distinct units).
  if (lex && end - pos === lex.length && matchAt(orig, lex, pos)) unit = lex;
  // A unit past the text as written: one written apart, in a bracket of the name (资助学生人数（单位：人）：
  // ≥1500), which item/nameUnit.ts puts after the target's canonical form only.
  else if (end > orig.length) unit = s.slice(pos, end);
  else {
    unit = orig.slice(pos, end);
    // 元／人, 元/（人·年）: a compound typed with a full-width slash or brackets is the same unit as 元/人, 元/(人·年).
    if (unit.includes("／") || unit.includes("/（")) unit = s.slice(pos, end);
    // 元⏎/点·年: the wrap is no part of the unit.
    if (unit.includes("\n")) unit = unit.replace(/\s*\n\s*/g, "");
  }
  if (unit === "百分比" || unit === "％") unit = "%";
  return { unit, length: end - pos };
}

/**
 * Whether `u` is, as a whole, a unit the list knows (with its compounds: 元/年, 册次) — for a quantity
 * found at the end of a name, where an unknown word is more likely part of the name (2号楼).
 */
export function isKnownUnit(u: string): boolean {
  return u !== "" && readUnit(canon(u), u, 0, false).length === u.length;
}
