/**
 * A packed cell's text copied out of a PDF, whose lines break where the PDF's column was full, inside a word:
 * 铺设供水管⏎网46.5公里, 水质达标⏎率≥90%, 普及率达⏎到92%, 效益指⏎标：生态效益指标：…, 满意度指标⏎：项目区…,
 * 质量⏎指标：…. Such a break is joined (as joinWraps joins a name cell's, names.ts); every other break stays, so a
 * list written a line per indicator without end marks stays a list. Only a cell with a line break is looked at.
 */
import { categoryOfLabel } from "./categories";
import { canon, isCjk, isDigit } from "./chars";
import { codeSet, hasClass, SENTENCE_MARK } from "./charClass";
import { leadingNumbering } from "./segment";
import { isBlank, LINE_LABEL } from "./item/names";
import { isDash } from "./item/scan";
import { mayEndWithState, STATE_TAIL } from "./item/patterns";

/** : or ：, a label's colon. */
const isColon = (c: number): boolean => c === 58 || c === 0xff1a;

/** A comparator's sign: ≥ ≤ > < = ＞ ＜ ＝ ≧ ≦. */
const COMPARATOR_SIGNS = codeSet("≥≤><=＞＜＝≧≦");

/**
 * What may follow a word's last character cut off onto the next line: its number or a sign (not a colon: 注：, 附：
 * open a note of their own).
 */
function opensTarget(c: number): boolean {
  return isDigit(c) || COMPARATOR_SIGNS.has(c);
}

/** Where the clause the line ends with starts: after the last sentence mark or 、 before `a`, from `lineStart` on. */
function clauseStart(text: string, lineStart: number, a: number): number {
  let k = a;
  while (k > lineStart) {
    const c = text.charCodeAt(k - 1);
    if (hasClass(c, SENTENCE_MARK) || c === 0x3001 /* 、 */) break;
    k--;
  }
  return k;
}

/** What a name's tail cut onto the next line ends with: 覆盖率, 完成量, 人数, 满意度, 金额, 比, 面积. */
const NAME_TAIL = codeSet("率量数度额比积");

/** The marks that close an item within a line: ； ; 。 */
const CLAUSE_CLOSE = codeSet("；;。");

/** Whether [from, to) holds a digit: a clause with its number is complete, its line may well end there. */
function holdsDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Whether the break between the line ending at `a` (its blanks aside; the line starts at `lineStart`) and the
 * line starting at `b` cuts one word or one indicator in two:
 * - the next line opens with the colon of the line's label (满意度指标⏎：…);
 * - the line ends in a comparator's sign and the next opens with the number (≥⏎90%);
 * - a label's words go on in the next line, up to its colon (效益指⏎标：, 质量⏎指标：) — read as a category;
 * - one Chinese character, then the target's number or sign (网46.5公里, 率≥90%, 到92%), under a line whose last
 *   clause has no number of its own (铺设供水管, 水质达标): no name is one character.
 */
function cutsWord(text: string, lineStart: number, a: number, b: number, cut: boolean): boolean {
  const last = text.charCodeAt(a - 1);
  const first = text.charCodeAt(b);
  if (isDigit(last)) return isDigit(first) && cutsNumber(text, lineStart, a, b);
  if (COMPARATOR_SIGNS.has(last)) return isDigit(first);
  if (isColon(last)) return cut && labelGoesOn(text, lineStart, a, b);
  if (!isCjk(last)) return false;
  if (isColon(first)) return true;
  if (!isCjk(first)) return false;
  // The run of Chinese characters the next line opens with.
  let run = b + 1;
  while (run < text.length && run - b < 4 && isCjk(text.charCodeAt(run))) run++;
  const after = text.charCodeAt(run);
  if (run - b === 1 && opensTarget(after)) {
    const from = clauseStart(text, lineStart, a);
    return !holdsDigit(text, from, a) && leadingNumbering(canon(text.slice(b, b + 12))) === null;
  }
  if (run - b <= 3 && opensTarget(after) && NAME_TAIL.has(text.charCodeAt(run - 1))) {
    // …≥75%；脱贫人口签约⏎覆盖率≥95%；: the line's last clause follows one its writer closed with a mark, yet has
    // no mark, no figure of its own, and the next line opens with a name's tail (覆盖率, 完成量) and the figure.
    const from = clauseStart(text, lineStart, a);
    return (
      from > lineStart &&
      CLAUSE_CLOSE.has(text.charCodeAt(from - 1)) &&
      a - from >= 2 &&
      !holdsDigit(text, from, a) &&
      // (群众满意⏎合格率≥95%: a line that ends in a state is a whole statement.)
      !(mayEndWithState(text.slice(from, a)) && STATE_TAIL.test(text.slice(from, a))) &&
      leadingNumbering(canon(text.slice(b, b + 12))) === null
    );
  }
  if (!isColon(after)) return false;
  const from = clauseStart(text, lineStart, a);
  // (A whole label ends its line, 一级指标：产出指标⏎二级指标：…: only words cut before their 指标 go on.)
  const head = text.slice(from, a);
  const piece = text.slice(b, run);
  return (
    a - from <= 10 &&
    !head.endsWith("指标") &&
    categoryOfLabel(piece) === null &&
    categoryOfLabel(head + piece) !== null
  );
}

/** The label of a category, closed by its colon, before a line a PDF broke off: 成本指标：⏎工程总投资…. */
function labelGoesOn(text: string, lineStart: number, a: number, b: number): boolean {
  const from = clauseStart(text, lineStart, a - 1);
  if (a - from > 16 || categoryOfLabel(text.slice(from, a - 1)) === null) return false;
  const next = canon(text.slice(b, b + 16));
  return leadingNumbering(next) === null && !LINE_LABEL.test(next);
}

/** 第1页，共2页, 第 2 页, 共3页 第1页, - 2 -, —7—, 3/12: a page's number, printed at its foot or head. */
const PAGE_MARK =
  /^\s*(?:第\s*\d+\s*页\s*(?:[,，/、]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*[,，/、]?\s*第\s*\d+\s*页|[-—–－]\s*\d+\s*[-—–－]|(\d{1,3})\s*\/\s*(\d{1,3}))\s*$/;

/**
 * A page's number alone (第 2 页, — 2 —, 3/12 — a page of as many, no share): also a line of a cell pasted
 * from a PDF across a page break.
 */
export function isPageMark(t: string): boolean {
  const m = PAGE_MARK.exec(t);
  return m !== null && (m[1] === undefined || Number(m[1]) <= Number(m[2]));
}

/** Whether a page's number alone may stand at `b` (its first character looked at before any pattern). */
function pageMarkAt(text: string, b: number): boolean {
  const c = text.charCodeAt(b);
  if (!isDash(c) && c !== 0xff0d && c !== 0x7b2c /* 第 */ && c !== 0x5171 /* 共 */) {
    if (!isDigit(c)) return false;
    let k = b + 1;
    while (isDigit(text.charCodeAt(k))) k++;
    while (isBlank(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) !== 47 /* / */) return false;
  }
  const end = text.indexOf("\n", b);
  return isPageMark(text.slice(b, end < 0 ? text.length : end));
}

/**
 * Whether the break between a line ending in a number's first digits (≥5, 增加≥1) and the line at `b` cuts the
 * number in two (≥5⏎8%；, ≥1⏎200万元；): the line's figure follows a comparator's sign and has no unit; the next
 * line opens with the rest of the digits, then a unit (%, 万元), and the clause ends there — no numbering (2.),
 * no year (2024年).
 */
function cutsNumber(text: string, lineStart: number, a: number, b: number): boolean {
  let d = a;
  while (d > lineStart && isDigit(text.charCodeAt(d - 1))) d--;
  if (d === lineStart || a - d > 6 || !COMPARATOR_SIGNS.has(text.charCodeAt(d - 1))) return false;
  let k = b;
  while (isDigit(text.charCodeAt(k))) k++;
  if (k - b > 6) return false;
  if (text.charCodeAt(k) === 46 /* . */ && isDigit(text.charCodeAt(k + 1))) {
    k++;
    while (isDigit(text.charCodeAt(k))) k++;
  }
  const u = text.charCodeAt(k);
  if (u !== 37 /* % */ && u !== 0x2030 /* ‰ */ && !isCjk(u)) return false;
  // (A year or a month opens a line of its own: ≥5⏎2024年…)
  if (u === 0x5e74 /* 年 */ || u === 0x6708 /* 月 */ || u === 0x65e5 /* 日 */) return false;
  let e = k + 1;
  while (e < text.length && e - k <= 6 && isCjk(text.charCodeAt(e))) e++;
  while (e < text.length && isBlank(text.charCodeAt(e))) e++;
  const end = text.charCodeAt(e);
  return e >= text.length || end === 10 || CLAUSE_CLOSE.has(end) || end === 0xff0c || end === 44;
}

/**
 * Where the first line break in `text` cuts a number in two (≥5⏎8%: cutsNumber), its blanks with it: [a, b) to
 * take out — or null. A target cell read alone (a rows table's) is mended so.
 */
export function numberCut(text: string): [number, number] | null {
  let br = text.indexOf("\n");
  let lineStart = 0;
  while (br >= 0) {
    let a = br;
    while (a > lineStart && isBlank(text.charCodeAt(a - 1))) a--;
    let b = br + 1;
    while (b < text.length && isBlank(text.charCodeAt(b))) b++;
    if (a > lineStart && isDigit(text.charCodeAt(a - 1)) && isDigit(text.charCodeAt(b)))
      if (cutsNumber(text, lineStart, a, b)) return [a, b];
    lineStart = br + 1;
    br = text.indexOf("\n", br + 1);
  }
  return null;
}

/** A cell's text with its broken lines joined, and where each break was taken out. */
export interface JoinedLines {
  text: string;
  /** Pairs: where a break was taken out (an index in `text`), and how many characters it had. */
  cuts: number[];
}

/**
 * `text` with each line break that cuts a word or an indicator in two (cutsWord) taken out, its blanks too. In a
 * cell so cut (its lines broke where the PDF's column was full), a break after a category's label and its colon
 * is the width's too, no heading of its own (成本指标：⏎工程总投资控制在1280万元以内): it is joined as well, unless
 * a numbered item or a label opens the next line.
 */
export function joinBrokenLines(text: string): JoinedLines {
  if (text.indexOf("\n") < 0) return { text, cuts: NO_CUTS };
  const joined = joinCut(text, false);
  return joined.words === 0 ? joined : joinCut(text, true);
}
const NO_CUTS: number[] = [];

/**
 * The text [a, b) of the joined text spans as written, breaks and all (the record keeps its text as written, a
 * piece of its cell).
 */
export function writtenSpan(written: string, joined: JoinedLines, a: number, b: number): string {
  if (joined.cuts.length === 0) return written.slice(a, b);
  let start = a;
  let end = b;
  for (let k = 0; k < joined.cuts.length; k += 2) {
    const at = joined.cuts[k];
    if (at <= a) start += joined.cuts[k + 1];
    if (at < b) end += joined.cuts[k + 1];
  }
  return written.slice(start, end);
}

function joinCut(text: string, cut: boolean): JoinedLines & { words: number } {
  let br = text.indexOf("\n");
  let out = "";
  let from = 0;
  let lineStart = 0;
  const cuts: number[] = [];
  let words = 0; // the breaks inside a word or a number (a page's number aside)
  while (br >= 0) {
    let a = br;
    while (a > lineStart && isBlank(text.charCodeAt(a - 1))) a--;
    let b = br + 1;
    while (b < text.length && isBlank(text.charCodeAt(b))) b++;
    if (a > lineStart && b < text.length && pageMarkAt(text, b)) {
      // A page's number a PDF left between two lines (…5元/生·天；⏎- 7 -⏎3.…) is taken out, its line with it.
      let e = text.indexOf("\n", b);
      if (e < 0) e = text.length;
      out += text.slice(from, a);
      cuts.push(out.length, e - a);
      from = e;
      lineStart = e;
      br = text.indexOf("\n", e);
      continue;
    }
    if (a > lineStart && b < text.length && cutsWord(text, lineStart, a, b, cut)) {
      out += text.slice(from, a);
      cuts.push(out.length, b - a);
      from = b;
      words++;
    } else lineStart = br + 1;
    br = text.indexOf("\n", br + 1);
  }
  return cuts.length === 0 ? { text, cuts, words } : { text: out + text.slice(from), cuts, words };
}
