/** Labels inside an indicator's text: 指标名称：…；指标值：…, a label and its colon, comma or space. */
import { categoryOfLabel, SHORT_LEVEL2_WORDS } from "../categories";
import { endBeforePunct, endBeforeSpace, isCjk, isDigit, isSpace } from "../chars";
import { isOpener, isDash, firstNonSpace, matchingOpen } from "./scan";
import { codeSet } from "../charClass";

/** 指标名称： (and 三级指标：) before a name. */
export const NAME_LABEL = /^\s*(指标名称|三级指标|指标内容)\s*:\s*/;

/**
 * A target label with what may stand before it: "；指标值：", "，目标值:", " 预期目标：", and an opening bracket
 * (补贴面积（指标值：≥256万亩）) (canonical text).
 */
const INNER_TARGET_LABEL =
  /(?:[;,\s(]+目标|[;,\s]*(?:\(\s*)?(?:年度指标值|年度目标值|指标值|目标值|预期目标|预期值)(?:及单位)?)\s*:$/;

/**
 * Where a labelled target starts in [p, end): the name ends before "；指标值：" and the target starts
 * after it; in a bracket (补贴面积（指标值：≥256万亩）) the target ends at the bracket's close, where the item
 * ends (`targetEnd`, else `end`). Null when there is no such label (a colon right after 值 or 目标 is looked
 * for first).
 */
export function labelledTarget(
  c: string,
  p: number,
  end: number,
): { nameEnd: number; target: number; targetEnd: number } | null {
  for (let i = p + 2; i < end; i++) {
    if (c.charCodeAt(i) !== 58) continue;
    let k = i;
    while (k > p && isSpace(c.charCodeAt(k - 1))) k--;
    const before = c.charCodeAt(k - 1);
    // (…值：, …目标：, 指标值及单位：)
    if (before !== 0x503c /* 值 */ && before !== 0x6807 /* 标 */ && before !== 0x4f4d /* 位 */) continue;
    const m = INNER_TARGET_LABEL.exec(c.slice(p, i + 1));
    if (!m || m.index <= 0) continue;
    const bracketed = m[0].includes("(");
    const close = bracketed ? c.lastIndexOf(")", end - 1) : -1;
    // (Only a bracket that closes the item: 补贴面积（指标值：≥256万亩） — not one the target goes on after.)
    const closes = close > i && endBeforePunct(c, close + 1, endBeforeSpace(c, close + 1, end)) === close + 1;
    if (bracketed && !closes) continue;
    return { nameEnd: p + m.index, target: i + 1, targetEnd: closes ? close : end };
  }
  return null;
}

/** A target's label opening a clause: 指标值：, 年度指标值：, 目标值：, 指标值及单位：, 预期值： (canonical text). */
export const TARGET_LABEL_OPENS = /^(?:年度)?(?:指标值|目标值|预期值|预期目标)(?:及单位)?\s*:/;

/**
 * A piece that is a name's label and the name alone, under category labels if any (三级指标：维修干渠渠段,
 * 指标名称：查验设施运维台套数, 数量指标：指标：培训人数) — no colon after the name's, so no target yet.
 */
export const NAME_LABEL_ALONE =
  /^\s*(?:[^:;,。\n]{0,14}指标\s*:\s*)*?(?:三级指标|指标名称|指标内容|指标)\s*:\s*[^:;\n]+$/;

/**
 * Whether the ； or line break at `mark` (canonical text) stands inside one labelled indicator, the piece
 * since `from` its name's label and name and the clause after the mark its target's label
 * (三级指标：维修干渠渠段⏎指标值：≥18公里, 指标名称：查验设施运维台套数；指标值：≥45台套): the target goes on
 * the name's item, as after a comma. Cheap: a first character 指 目 年 预 after the mark before any regex.
 */
export function targetLabelGoesOn(c: string, from: number, mark: number): boolean {
  let j = mark + 1;
  while (j < c.length && isSpace(c.charCodeAt(j)) && c.charCodeAt(j) !== 10) j++;
  const first = c.charCodeAt(j);
  if (first !== 0x6307 && first !== 0x76ee && first !== 0x5e74 && first !== 0x9884 /* 指 目 年 预 */)
    return false;
  if (mark - from > 60) return false;
  return TARGET_LABEL_OPENS.test(c.slice(j, j + 12)) && NAME_LABEL_ALONE.test(c.slice(from, mark));
}

/**
 * Whether the ； or line break at `mark` (canonical text) stands inside one labelled indicator before the
 * unit's label (指标名称：培训人次；指标值：1260人；计量单位：人, 三级指标：合格率⏎指标值：95⏎单位：%): the text
 * since `from` closes with a target's label and its target, and the clause after the mark is the unit's label
 * and a short unit alone — it goes on the item, whose target it completes (unitLabelIn). Cheap: a first
 * character 计 度 单 after the mark before any regex.
 */
export function unitLabelGoesOn(c: string, from: number, mark: number): boolean {
  let j = mark + 1;
  while (j < c.length && isSpace(c.charCodeAt(j)) && c.charCodeAt(j) !== 10) j++;
  const first = c.charCodeAt(j);
  if (first !== 0x8ba1 && first !== 0x5ea6 && first !== 0x5355 /* 计 度 单 */) return false;
  if (mark - from > 80) return false;
  const m = UNIT_LABEL_OPENS.exec(c.slice(j, j + 8));
  if (!m) return false;
  let e = j + m[0].length;
  while (e < c.length && !UNIT_CLAUSE_END.has(c.charCodeAt(e))) e++;
  return e - (j + m[0].length) <= 10 && TARGET_CLAUSE_CLOSES.test(c.slice(from, mark));
}
/** A unit's label opening a clause: 计量单位：, 度量单位：, 单位： (canonical text). */
export const UNIT_LABEL_OPENS = /^(?:计量|度量)?单位\s*:\s*/;
/** What ends a unit's clause: a ；, a line break, a comma, a 。. */
const UNIT_CLAUSE_END = codeSet([59, 10, 44, 0x3002]);
/** A target's label and a short target closing a text (…；指标值：1260人). */
const TARGET_CLAUSE_CLOSES = /(?:指标值|目标值|预期值|预期目标)\s*:[^:;\n]{1,24}$/;

/**
 * The unit's label closing a labelled target [a, b) (canonical text): 1260人；计量单位：人, ≥95 单位：%,
 * 12个，计量单位：个 — where the target ends before it and the unit it gives (1 to 8 characters, nothing after
 * it but marks), else null.
 */
export function unitLabelIn(c: string, a: number, b: number): { end: number; unit: string } | null {
  // Quick rejection: a 位 (of 单位) in the target, looked for in [a + 1, b) only, not to the cell's end.
  let wei = a + 1;
  while (wei < b && c.charCodeAt(wei) !== 0x4f4d /* 位 */) wei++;
  if (wei >= b) return null;
  const m = UNIT_LABEL_CLOSES.exec(c.slice(a, b));
  if (!m || m.index === 0) return null;
  const unit = m[1].trim();
  return unit === "" ? null : { end: a + m.index, unit };
}
export const UNIT_LABEL_CLOSES =
  /(?:[;,\s]+(?:计量|度量)?|计量|度量)单位\s*:\s*([^:;,。\s\d][^:;,。\d]{0,7}?)[\s;,。.]*$/;

/** A level's label over a field of a form's row kept in a cell: 一级指标：产出指标, 三级指标：补贴面积, 指标名称：…. */
const LEVEL_LABELS = new Set(["一级指标", "二级指标", "三级指标", "指标名称"]);

/**
 * Where the colon is of a label that opens a labelled field at `j` (canonical text): a category's label
 * ending in 指标 (质量指标：, 经济效益指标：, 满意度指标：), satisfaction or a 二级 written short (满意度：,
 * 社会效益：), or a level's label (二级指标：, 三级指标：, 指标名称：) — up to 14 CJK characters, spaces, a
 * colon; else -1. Never 指标值： (a target's label goes on its name's field) nor a bare 数量： or 质量：, words
 * a name is written with too (规格、数量：符合要求).
 */
export function fieldLabelColon(c: string, j: number): number {
  let k = j;
  while (k < c.length && k - j < 14 && isCjk(c.charCodeAt(k))) k++;
  if (k - j < 2) return -1;
  let colon = k;
  while (colon < c.length && c.charCodeAt(colon) === 32) colon++;
  if (c.charCodeAt(colon) !== 58) return -1;
  const label = c.slice(j, k);
  if (LEVEL_LABELS.has(label)) return colon;
  const last = c.charCodeAt(k - 1);
  // (…指标, …度, …满意, …效益, …影响: what such a label ends with, before the label is read.)
  if (
    last !== 0x6807 /* 标 */ &&
    last !== 0x5ea6 /* 度 */ &&
    last !== 0x610f /* 意 */ &&
    last !== 0x76ca /* 益 */ &&
    last !== 0x54cd /* 响 */
  )
    return -1;
  if (last === 0x6807 ? !label.endsWith("指标") : !SHORT_FIELD_LABEL.test(label)) return -1;
  return categoryOfLabel(label) !== null ? colon : -1;
}
const SHORT_FIELD_LABEL = /^(?:(?:服务对象)?满意度?|经济效益|社会效益|生态效益|可持续影响)$/;

/**
 * Whether a category's label (数量指标：, 质量指标：, 满意度：) opens a field at `j` (canonical text) — not a
 * level's label (三级指标：, 指标名称：), which a numbered item writes its one indicator's fields with.
 */
export function categoryFieldAt(c: string, j: number): boolean {
  while (j < c.length && isSpace(c.charCodeAt(j))) j++;
  const colon = fieldLabelColon(c, j);
  return colon >= 0 && !LEVEL_LABELS.has(c.slice(j, endBeforeSpace(c, j, colon)));
}

/**
 * Whether [from, to) (canonical text) is a labelled field: it opens with a label fieldLabelColon reads and
 * holds words after its colon (数量指标：维修路灯120盏, 一级指标：效益指标, 时效指标：年底前完成) — after which a
 * space, a comma or a 、 before the next such label starts a new field, as a line break does.
 */
export function isLabelledField(c: string, from: number, to: number): boolean {
  let a = from;
  while (a < to && isSpace(c.charCodeAt(a))) a++;
  const colon = fieldLabelColon(c, a);
  if (colon < 0 || colon >= to) return false;
  for (let k = colon + 1; k < to; k++) if (!isSpace(c.charCodeAt(k))) return true;
  return false;
}

/** Where the colon of a leading "产出指标：" after `p` is (canonical text): within 25 characters, before any , 。 ; — or -1. */
export function labelColon(c: string, p: number): number {
  const end = Math.min(c.length, p + 26);
  for (let i = p + 1; i < end; i++) {
    const code = c.charCodeAt(i);
    if (code === 58) return i;
    if (code === 44 || code === 0x3002 || code === 59) return -1;
  }
  return -1;
}

/** Whether 方面 stands right before `i` (产出指标方面，, 在效益方面，). */
export function aspectBefore(c: string, i: number): boolean {
  return c.charCodeAt(i - 2) === 0x65b9 /* 方 */ && c.charCodeAt(i - 1) === 0x9762 /* 面 */;
}

/** Whether 指标 or 方面 stands right before `i` (效益指标，, 产出指标方面，). */
export function labelWordBefore(c: string, i: number): boolean {
  return (
    (c.charCodeAt(i - 2) === 0x6307 /* 指 */ && c.charCodeAt(i - 1) === 0x6807) /* 标 */ || aspectBefore(c, i)
  );
}

/**
 * Where the comma after a leading "数量指标，" is (canonical text): right after 指标, or after 方面 (产出指标方面，
 * 在效益方面，), within 25 characters — or -1.
 */
export function labelComma(c: string, p: number): number {
  // The native search finds the comma; the rest is checked only where 指标 or 方面 stands before it.
  const i = c.indexOf(",", p + 2);
  if (i < 0 || i >= p + 26 || i + 1 >= c.length) return -1;
  if (!labelWordBefore(c, i)) return -1;
  for (let k = p + 2; k < i; k++) {
    const code = c.charCodeAt(k);
    if (code === 0x3002 || code === 59 || code === 58) return -1;
  }
  return i;
}

/**
 * Where the full stop after a leading "产出指标。" is (canonical text): right after 指标, within 25 characters,
 * with words after it — or -1 ("一是产出指标。选派驻村工作队员276名": a numbered category label closed by a stop).
 */
export function labelStop(c: string, p: number): number {
  const i = c.indexOf("。", p + 2);
  if (i < 0 || i >= p + 26 || i + 1 >= c.length) return -1;
  if (c.charCodeAt(i - 2) !== 0x6307 || c.charCodeAt(i - 1) !== 0x6807) return -1;
  for (let k = p + 2; k < i; k++) {
    const code = c.charCodeAt(k);
    if (code === 44 || code === 59 || code === 58) return -1;
  }
  return i;
}

/**
 * Where the space after a leading "数量指标 " is (canonical text): within 25 characters, right after 指标 — or
 * -1. A run of dashes or a slash sets a label off too ("产出指标——数量指标——培训人次", "产出指标/数量指标/培训人次").
 */
export function labelSpace(c: string, p: number): number {
  const end = Math.min(c.length, p + 26);
  for (let i = p + 2; i < end; i++) {
    const code = c.charCodeAt(i);
    if (isSpace(code) || isDash(code) || code === 47 /* / */) {
      // 效益指标（20-30）分: the dash of a score's range, inside its bracket, sets nothing off.
      if (isDash(code) && isDigit(c.charCodeAt(i - 1)) && SCORE_RANGE_OPEN.test(c.slice(p, i))) continue;
      if (c.charCodeAt(i - 2) !== 0x6307 || c.charCodeAt(i - 1) !== 0x6807) {
        // "效益指标（30）分 带动就业≥50人", "效益指标（30分） …": the label's score stands between 指标 and the space.
        if (isSpace(code) && c.charCodeAt(i - 1) !== 0x6307 && SCORED_LABEL_END.test(c.slice(p, i)))
          return i + 1 < c.length ? i : -1;
        return isDash(code) && !isOpener(firstNonSpace(c, p, i)) ? shortLabelDash(c, p, i) : -1;
      }
      // "[产出指标-数量指标]…": a bracketed heading is BRACKET_LABEL_PREFIX's.
      if ((isDash(code) || code === 47) && isOpener(firstNonSpace(c, p, i))) return -1;
      // "数量指标——垃圾清运量≥1.8万吨": a run of dashes sets the label off as a space does (the
      // caller steps over the rest of the run).
      return i + 1 < c.length ? i : -1;
    }
    if (code === 44 || code === 0x3002 || code === 59 || code === 58) return -1;
  }
  return -1;
}

/** 指标 then its score, the 分 inside or after the bracket or bare: 指标（30）分, 指标（30分）, 指标(0-20)分, 指标30分. */
const SCORE_RANGE_OPEN = /指标[(（]\d+(?:\.\d+)?$/;
const SCORED_LABEL_END =
  /指标[(（]\d+(?:\.\d+)?(?:[-~～—]\d+(?:\.\d+)?)?(?:分[)）]|[)）]分)$|指标\d+(?:\.\d+)?分$/;

/** Whether a piece between spaces ends in a label's score (效益指标（30分）, 产出指标(40)分, 质量指标30分). */
export function endsWithLabelScore(piece: string): boolean {
  return SCORED_LABEL_END.test(piece);
}

/** 产出, 效益, 成本 — a 一级 cut short, and the 二级 cut short after it (数量, 经济效益, 可持续影响). */
const SHORT_LEVEL1_WORD = /^\s*(?:产出|效益|成本)$/;
const SHORT_LEVEL2_WORD = new RegExp(`^${SHORT_LEVEL2_WORDS}$`);

/**
 * Where the dash closes a label written short at `p` whose first dash is at `i` (canonical text): 产出-数量-…,
 * 效益-经济效益-… (a 一级 and a 二级, at the second dash), 满意度-… (satisfaction needs no 二级) — or -1.
 * One short word alone (产出-…, 质量-…) is a name's as well, and no label.
 */
function shortLabelDash(c: string, p: number, i: number): number {
  const first = c.slice(p, i);
  if (/^\s*满意度?$/.test(first)) return i + 1 < c.length && isCjk(c.charCodeAt(i + 1)) ? i : -1;
  if (!SHORT_LEVEL1_WORD.test(first)) return -1;
  let j = i + 1;
  while (j < c.length && j - i <= 6 && isCjk(c.charCodeAt(j))) j++;
  return j < c.length - 1 && isDash(c.charCodeAt(j)) && SHORT_LEVEL2_WORD.test(c.slice(i + 1, j)) ? j : -1;
}

/** "(产出指标)巡查企业数…", "【效益指标】…": a category in brackets before the name. */
export const BRACKET_LABEL_PREFIX = /^\s*[([【]([^)\]】]{2,24})[)\]】]\s*:?\s*/;

/**
 * Whether a name has a character NAME_COMPARATOR_PATTERN starts with (大 小 不 至 低 高 超 未 最 逾 > < ≥ ≤ =):
 * most names have none, and then the pattern is not run.
 */
export function mayHoldComparator(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (
      c === 0x5927 ||
      c === 0x5c0f ||
      c === 0x4e0d ||
      c === 0x81f3 ||
      c === 0x4f4e ||
      c === 0x9ad8 ||
      c === 0x8d85 ||
      c === 0x672a ||
      c === 0x6700 ||
      c === 0x903e ||
      c === 62 ||
      c === 60 ||
      c === 0x2265 ||
      c === 0x2264 ||
      c === 61
    )
      return true;
  }
  return false;
}

/**
 * 1.举办赛事活动≥15场（数量指标）, 年会前完成筹备工作（时效指标）: a category's full label (…指标) in the bracket
 * that closes [a, b) (canonical text, marks after it aside), as county officers tag each line with its
 * 二级 — where the bracket opens and the label, or null. A bracket of anything else (含临时, 省级) is a note.
 */
export function trailingCategoryTag(
  c: string,
  a: number,
  b: number,
): { start: number; label: string } | null {
  let last = b - 1;
  while (last > a && (isSpace(c.charCodeAt(last)) || TAG_TAIL.has(c.charCodeAt(last)))) last--;
  const close = c.charCodeAt(last);
  // Quick rejection: a bracket closing after 标 (…指标）).
  if ((close !== 41 && close !== 0xff09) || c.charCodeAt(last - 1) !== 0x6807 /* 标 */) return null;
  const open = matchingOpen(c, a, last);
  if (open <= a) return null;
  const label = c.slice(open + 1, last).trim();
  return label.length >= 4 && label.length <= 14 && label.endsWith("指标") ? { start: open, label } : null;
}
const TAG_TAIL = codeSet("；;，,。.、");
