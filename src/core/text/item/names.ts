/** A name as the record keeps it: template placeholders and marks left out, a bracket of words moved to the target. */
import { canon, endBeforePunct, endBeforeSpace, isCjk, isJsSpace, isSpace } from "../chars";
import { categoryOfLabel } from "../categories";
import { leadingNumbering } from "../segment";
import type { ItemParts } from "./index";
import { matchingOpen, pastBullet } from "./scan";
import { codeSet } from "../charClass";

/** A template's placeholder after a name — "（≥**个 ）", "(≥**万元)", "≥**人" — and its unit. */
const NAME_PLACEHOLDER =
  /\s*(?:[(（]\s*[≥≤<>=‹›]*\s*[*＊]+\s*([^()（）*＊]{0,6}?)\s*[)）]|[≥≤<>=‹›]+\s*[*＊]+\s*([^\s()（）*＊]{0,4}))\s*$/;

const MARK = /^[\s★☆*＊]+/;

/** Whether a name has a * or ★ at all (most have neither, and are returned as they are). */
function isMarked(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 42 || c === 0xff0a || c === 0x2605 || c === 0x2606) return true;
  }
  return false;
}

/**
 * A template's hint of the form to fill, in a bracket closing a name: 培训完成时间（年月）, 竣工时间(年月日),
 * （XX年XX月）, 验收时间（填写具体年月）. Never a bracket of the name's own words (改造年月（2024年10月）, 受益人数（人）).
 */
export const NAME_HINT =
  /\s*[(（]\s*(?:[xX×*＊]{0,4}\s*年\s*[xX×*＊]{0,4}\s*月(?:\s*[xX×*＊]{0,4}\s*日)?|请?填写[^()（）\d]{0,12})\s*[)）]\s*$/;

/** Whether a name's last character, spaces aside, closes a bracket: ) or ）. */
export function endsWithClose(name: string): boolean {
  let k = name.length - 1;
  while (k >= 0 && isJsSpace(name.charCodeAt(k))) k--;
  const c = k >= 0 ? name.charCodeAt(k) : 0;
  return c === 41 || c === 0xff09;
}

/** A name without a template's hint of the form to fill (NAME_HINT). */
export function withoutHint(name: string): string {
  if (!endsWithClose(name)) return name;
  const m = NAME_HINT.exec(name);
  return m && m.index > 0 ? name.slice(0, m.index) : name;
}

/** cleanName's name alone, with no allocation for a name that has no mark. */
export function unmarkedName(name: string): string {
  return isMarked(name) ? cleanName(name).name : withoutHint(withoutBullet(name));
}

/** A name without a list's bullet before it (• 培训人数, ·建设民族特色村寨; pastBullet). */
function withoutBullet(name: string): string {
  const a = pastBullet(name, 0, name.length);
  return a === 0 ? name : name.slice(a);
}

/**
 * A name without a template's placeholder (record.md: "(≥**万元)" is not part of the name) and without
 * the ★ or * that marks a core indicator; with the placeholder's unit, which says what a bare number
 * in the target column counts ("" when there is none).
 */
export function cleanName(written: string): { name: string; unit: string } {
  const name = withoutBullet(written);
  if (!isMarked(name)) return { name: withoutHint(name), unit: "" };
  let out = name;
  let unit = "";
  const m = NAME_PLACEHOLDER.exec(out);
  if (m && m.index > 0) {
    unit = (m[1] ?? m[2] ?? "").trim();
    out = out.slice(0, m.index);
  }
  const lead = MARK.exec(out);
  // ★★★以上饭店, ★级: stars that rate something stay; stars that mark a core indicator go.
  if (lead && lead[0].length < out.length && !/^(以上|以下|级|星)/.test(out.slice(lead[0].length)))
    out = out.slice(lead[0].length);
  return { name: withoutHint(out), unit };
}

/**
 * In a cell written "名称(目标)" line after line, an item whose bracket holds words rather than a number
 * ("政务服务效率(明显提升)") has its target there too. The caller decides that the cell is written so
 * (another item's target came from a bracket); this moves the bracket's text into the target.
 */
export function bracketAsTarget(item: ItemParts): ItemParts | null {
  // 时效指标(工期指标) is a category written two ways, not a name and its target.
  if (item.target !== "" || categoryOfLabel(item.name)) return null;
  const c = canon(item.name);
  const last = endBeforePunct(c, 0, c.length) - 1;
  if (last < 1 || c.charCodeAt(last) !== 41 /* ) after canon */) return null;
  const open = matchingOpen(c, 0, last);
  if (open <= 0) return null;
  let a = open + 1;
  let b = last;
  while (a < b && isSpace(c.charCodeAt(a))) a++;
  b = endBeforeSpace(c, a, b);
  if (a === b) return null;
  return {
    ...item,
    name: item.name.slice(0, endBeforeSpace(c, 0, open)),
    target: item.name.slice(a, b),
    targetCanon: c.slice(a, b),
    fromBracket: true,
  };
}

/** A blank beside a line break: a space, a tab, a carriage return, an ideographic space. */
export const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 0x3000;

/** Punctuation and symbols: a line may well end or begin with them (满意度⏎（问卷调查）, ≥⏎95%). */
const PUNCT = /[\p{P}\p{S}]/u;

/** Closing quotes a wrapped name's line may end with before its words go on (“雪亮工程”⏎运维经费). */
const CLOSING_QUOTES = codeSet("”’」』》");

/** How an indicator's name often ends (…数, …率): such a line over a line of three characters or more is a name. */
const NAME_END = codeSet("数率度量比值");

/** A label opening a line (数量指标：, 资金：): a new field, not the rest of the line above. */
export const LINE_LABEL = /^[^\s:：，,。；;]{1,12}[:：]/;

/**
 * Whether the line break between the characters `a` and `b` wraps one word: one of them Chinese and neither
 * punctuation (群众安全感满⏎意度, PM2.5⏎浓度), a closing quote before Chinese (“雪亮工程”⏎运维经费), or a per's / or
 * · beside it (元⏎/点·年). `next` is the line after the break: a numbered item or a label opening it is no wrap,
 * nor is a line of its own under a line ending as a name ends (巡查企业数⏎培训人数).
 */
function wrapsWord(a: number, b: number, next: string, oneName = false): boolean {
  if (leadingNumbering(canon(next)) !== null || LINE_LABEL.test(next)) return false;
  if (a === 47 || a === 0xb7 || b === 47 || b === 0xb7) return true;
  if (CLOSING_QUOTES.has(a)) return isCjk(b);
  if (!(isCjk(a) || isCjk(b))) return false;
  if (PUNCT.test(String.fromCharCode(a)) || PUNCT.test(String.fromCharCode(b))) return false;
  return oneName || !(NAME_END.has(a) && next.trim().length >= 3);
}

/**
 * A cell of one name or one unit (a rows table's 三级指标, 计量单位 or 项目名称 cell, a form's), with the lines a PDF
 * or a narrow column wrapped joined without a space: 视频监控点位⏎运维数量 → 视频监控点位运维数量, 群众安全感满⏎意度,
 * “雪亮工程”⏎运维经费, 元⏎/点·年 (wrapsWord). Other breaks stay. (The 一级 and 二级 cells, 服务对⏎象满意⏎度指标, are
 * read with every space removed, categories.ts: their words are a closed list. A name's words are not, so only a
 * wrap is joined here.) The record's text keeps the cell as written. `oneName`: the cell is known to be one
 * indicator's name (its target written in a column of its own), so a line after one ending as a name ends is its
 * rest too (养老保险制度⏎持续运行 | 长期), not a name of its own.
 */
export function joinWraps(text: string, oneName = false): string {
  let br = text.indexOf("\n");
  if (br < 0) return text;
  let out = "";
  let from = 0;
  while (br >= 0) {
    let a = br;
    while (a > from && isBlank(text.charCodeAt(a - 1))) a--;
    let b = br + 1;
    while (b < text.length && isBlank(text.charCodeAt(b))) b++;
    const lineEnd = text.indexOf("\n", b);
    const next = text.slice(b, lineEnd < 0 ? text.length : lineEnd);
    if (a > from && b < text.length && wrapsWord(text.charCodeAt(a - 1), text.charCodeAt(b), next, oneName)) {
      out += text.slice(from, a);
      from = b;
    }
    br = text.indexOf("\n", br + 1);
  }
  return from === 0 ? text : out + text.slice(from);
}
