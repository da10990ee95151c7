/**
 * NUMBERING: the indicators written in one cell are renumbered 1、2、3、… in the author's own style
 * ("1、", "1.", "1）", "（1）", "①", "⑴", "一是", "指标1："), within each list the review's NUMBERING reads: one
 * level under one heading (listHeadings.ts, shared with the review: outline numbering 一、1.2. 二、1. and
 * lists under labels — 年度目标：1、2、 长期目标：1、2、 — are left as they are). The style of the first marker
 * numbers the items, only when it occurs at least twice, and counting starts at the author's first
 * number (a cell starting at 3 may continue the cell above). Sub-items of another style restart under
 * each item on purpose; a run of them is renumbered only where it plainly counts up and then repeats.
 */
import { categoryOfLabel } from "../../text/categories";
import { listHeadingStarts } from "../../review/listHeadings";
import { parseItem } from "../../text/item";
import { stateTail } from "../../text/sentences";
import type { TextRule } from "../types";

/**
 * What may stand before a marker: the cell's start, a sentence end, a colon or a line break (and
 * `also`); with `comma`, also a comma (1、…，2、…，3、…。1、…: items of a list the cell numbers elsewhere too).
 */
const lead = (comma: boolean, also = "") => `(^|[。；;：:！？!?\\n${also}${comma ? "，," : ""}]\\s*)`;

interface Patterns {
  /** 1、 1. 1） （1）. Groups: 1 lead, 2 open bracket, 3 number, 4 delimiter. */
  arabic: RegExp;
  /** ① ② ③. Groups: 1 lead, 2 the circled number. */
  circled: RegExp;
  /** ⑴ ⑵ ⑶ (one character each, U+2474…). Groups: 1 lead, 2 the bracketed number. */
  bracketed: RegExp;
  /** 一是 二是 三是. Groups: 1 lead, 2 the numeral. */
  numeralIs: RegExp;
  /** 指标1： 指标2: (a colon after it), also after a heading (【产出指标】指标1：). Groups: 1 lead, 2 the number. */
  labelled: RegExp;
  /** 指标一： 指标二：, as 指标1：. Groups: 1 lead, 2 the numeral. */
  labelledNumeral: RegExp;
}

function patterns(comma: boolean): Patterns {
  const LEAD = lead(comma);
  const labelLead = lead(comma, "】");
  return {
    arabic: new RegExp(`${LEAD}([（(]?)(\\d{1,3})([、.．)）])`, "g"),
    circled: new RegExp(`${LEAD}([①-⑳])`, "g"),
    bracketed: new RegExp(`${LEAD}([⑴-⒇])`, "g"),
    numeralIs: new RegExp(`${LEAD}([一二三四五六七八九十]{1,3})是`, "g"),
    labelled: new RegExp(`${labelLead}指标(\\d{1,3})(?=\\s*[：:])`, "g"),
    labelledNumeral: new RegExp(`${labelLead}指标([一二三四五六七八九十]{1,3})(?=\\s*[：:])`, "g"),
  };
}

const AT_SENTENCE = patterns(false);
const AT_COMMA = patterns(true);

const CN_DIGITS = "一二三四五六七八九";

/** 一 … 九十九 as a number; NaN for anything else. */
function fromNumeral(s: string): number {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(s);
  if (!m || s === "") return NaN;
  const tens = m[2] ? (m[1] ? CN_DIGITS.indexOf(m[1]) + 1 : 1) : 0;
  if (!m[2] && m[1]) return CN_DIGITS.indexOf(m[1]) + 1;
  return tens * 10 + (m[3] ? CN_DIGITS.indexOf(m[3]) + 1 : 0);
}

function toNumeral(n: number): string {
  if (n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const one = ones ? CN_DIGITS[ones - 1] : "";
  if (tens === 0) return one;
  return (tens > 1 ? CN_DIGITS[tens - 1] : "") + "十" + one;
}

interface Marker {
  index: number;
  length: number;
  lead: string;
  /** Items of one style count together: "1、", "(1)", "1.", "①", "⑴", "一是", "指标1". */
  style: string;
  n: number;
  /** A digit follows the marker (2、65岁, 2.5万): a marker only where the sequence says so. */
  digitAfter: boolean;
  /** The delimiter is a point, which before a digit reads as a decimal point (1.65). */
  point: boolean;
  /** The marker as written with another number, in the author's style. */
  render(n: number): string;
}

function arabicStyle(open: string, close: string): string {
  return (open ? "(" : "") + (close === "）" ? ")" : close === "．" ? "." : close);
}

function candidates(text: string, comma = false): Marker[] {
  const { arabic, circled, bracketed, numeralIs, labelled, labelledNumeral } = comma ? AT_COMMA : AT_SENTENCE;
  const out: Marker[] = [];
  for (const m of text.matchAll(arabic)) {
    const [whole, lead, open, num, close] = m;
    // "(1、" is not a marker; "（1）" and "1）" are.
    if (open && close !== ")" && close !== "）") continue;
    const index = m.index ?? 0;
    const next = text[index + whole.length];
    out.push({
      index,
      length: whole.length,
      lead,
      style: arabicStyle(open, close),
      n: Number(num),
      digitAfter: next !== undefined && next >= "0" && next <= "9",
      point: close === "." || close === "．",
      render: (n) => open + String(n) + close,
    });
  }
  // The other styles have one shape each: the match's last group is the number as written.
  const others: [RegExp, string, (mark: string) => number, (k: number, mark: string) => string][] = [
    [circled, "①", circledNumber, renderCircled],
    [
      bracketed,
      "⑴",
      (mark) => mark.charCodeAt(0) - 0x2474 + 1,
      (k, mark) => (k >= 1 && k <= 20 ? String.fromCharCode(0x2474 + k - 1) : mark),
    ],
    [numeralIs, "一是", fromNumeral, (k) => `${toNumeral(k)}是`],
    [labelled, "指标1", Number, (k) => `指标${k}`],
    [labelledNumeral, "指标一", fromNumeral, (k) => `指标${toNumeral(k)}`],
  ];
  for (const [re, style, read, render] of others)
    for (const m of text.matchAll(re)) {
      const [whole, lead, mark] = m;
      const n = read(mark);
      if (Number.isNaN(n)) continue; // a numeral fromNumeral cannot read (it gives nothing else below 1)
      out.push({
        index: m.index ?? 0,
        length: whole.length,
        lead,
        style,
        n,
        digitAfter: false,
        point: false,
        render: (k) => render(k, mark),
      });
    }
  out.push(
    ...gluedCircled(text, new Set(out.filter((m) => m.style === "①").map((m) => m.index + m.lead.length))),
    ...gluedBracketed(text, new Set(out.filter((m) => m.style === "()").map((m) => m.index + m.lead.length))),
  );
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Circled numbers glued to the item before them (①维修管网≥35公里②水质达标率≥95%②受益人口…, round 183): a
 * circled number is never a quantity, so where a line opens with one and every circled number on it opens
 * an item's words (two Chinese characters after it), each is an item's marker though no mark stands before
 * it. Not where one stands before another or a digit (①②为原表编号, ②2025年): a reference or a code.
 * `taken`: the positions of circled numbers a lead already marks.
 */
function gluedCircled(text: string, taken: ReadonlySet<number>): Marker[] {
  return gluedMarks(text, taken, CIRCLED_GLUED);
}

/**
 * Bracketed numbers glued to the item before them (（1）受益人口≥1200人（2）供水保障率≥98%（2）投诉率下降,
 * round 195), read as circled ones are (gluedCircled): the line opens with one, each opens an item's words
 * (two Chinese characters after it) and each item is a whole indicator — so 改造泵站（2）座 or 按（1）（2）顺序
 * are never items. `taken`: the positions of brackets a lead already marks.
 */
function gluedBracketed(text: string, taken: ReadonlySet<number>): Marker[] {
  return gluedMarks(text, taken, BRACKETED_GLUED);
}

/** A kind of number that may stand glued to the item before it: how a line opens with one, and how one reads. */
interface GluedKind {
  opens: RegExp;
  mark: RegExp;
  style: Marker["style"];
  read: (m: RegExpMatchArray) => { n: number; render: (k: number) => string };
}

const CIRCLED_GLUED: GluedKind = {
  opens: /^[ \t\u3000]*[①-⑳]/,
  mark: /[①-⑳]/g,
  style: "①",
  read: (m) => ({ n: circledNumber(m[0]), render: (k) => renderCircled(k, m[0]) }),
};

const BRACKETED_GLUED: GluedKind = {
  opens: /^[ \t\u3000]*[（(]\d{1,2}[)）]/,
  mark: /([（(])(\d{1,2})([)）])/g,
  style: "()",
  read: (m) => ({ n: Number(m[2]), render: (k) => m[1] + String(k) + m[3] }),
};

/** The glued numbers of one kind on the lines that open with one (gluedCircled, gluedBracketed). */
function gluedMarks(text: string, taken: ReadonlySet<number>, kind: GluedKind): Marker[] {
  const out: Marker[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    const at = start;
    start += line.length + 1;
    if (!kind.opens.test(line)) continue;
    const marks = [...line.matchAll(kind.mark)].map((m) => ({
      i: at + (m.index ?? 0),
      length: m[0].length,
      m,
    }));
    if (
      marks.length < 2 ||
      !marks.every(({ i, length }) => /^\p{Script=Han}{2}/u.test(text.slice(i + length)))
    )
      continue;
    // Each item a whole indicator, as a comma list numbered 1、1、1、 must be (①号泵站、②号泵站、④号泵站改造
    // names pumping stations: no count, and ④ is the station's own number).
    const bodies = marks.map(({ i, length }, k) =>
      text.slice(i + length, k + 1 < marks.length ? marks[k + 1].i : at + line.length),
    );
    if (!bodies.every(wholeIndicator)) continue;
    for (const { i, length, m } of marks) {
      if (taken.has(i)) continue;
      const { n, render } = kind.read(m);
      out.push({ index: i, length, lead: "", style: kind.style, n, digitAfter: false, point: false, render });
    }
  }
  return out;
}

/** ① … ⑳: the number a circled mark stands for, and the mark for a number (the mark as it was past ⑳). */
function circledNumber(mark: string): number {
  return mark.charCodeAt(0) - 0x2460 + 1;
}

function renderCircled(k: number, mark: string): string {
  return k >= 1 && k <= 20 ? String.fromCharCode(0x2460 + k - 1) : mark;
}

/**
 * The markers of a cell. A number followed by a digit is usually part of a number (0.9万, 2.5万人次,
 * 1、2号楼), but an item may begin with a number (2、65岁以上老年人…, 2、12345热线接通率, 2、2024年底前完成):
 * such a marker counts when the sequence says so — it is the next number after the item before it in
 * its style, or the first item, numbered 1, with 2 next, or it stands in the one slot the numbers around
 * it leave open (1、2、2、2025年…4、: the repeated 2 is item 3). Before a point (1.65岁) it must also be
 * followed by the number after it, since 2.65 reads as a decimal. What is left unread is returned too.
 */
function findMarkers(text: string, comma = false): { kept: Marker[]; dropped: Marker[] } {
  const all = candidates(text, comma);
  const kept: Marker[] = [];
  const dropped: Marker[] = [];
  all.forEach((m, i) => {
    if (!m.digitAfter) return void kept.push(m);
    let prev: Marker | undefined;
    for (let k = kept.length - 1; k >= 0 && !prev; k--) if (kept[k].style === m.style) prev = kept[k];
    const next = all.slice(i + 1).find((o) => o.style === m.style);
    const continues = prev ? prev.n + 1 === m.n : m.n === 1;
    const followed = next?.n === m.n + 1;
    // 1、… 2、… 2、2025年… 4、…: a repeat (or the right number) in the one slot the numbers around it
    // leave open is that slot's item — before a point only where a year follows (2.2025年, not 2.5万).
    const slot =
      !!prev &&
      next?.n === prev.n + 2 &&
      (m.n === prev.n || m.n === prev.n + 1) &&
      (!m.point || /^\d{4}年/.test(text.slice(m.index + m.length)));
    if (
      slot ||
      lastSlot(text, m, next, kept, dropped) ||
      (m.point ? continues && followed : prev ? continues : continues && followed)
    )
      kept.push(m);
    else dropped.push(m);
  });
  return { kept, dropped };
}

/**
 * 1、2025年…；2、2025年…；2、2026年…: a repeat before a digit on the last item of its style, where the items
 * before it count up cleanly from 1 (two at least, none unread) and no heading stands between it and the
 * item before, is the last item, its one free slot the next number. Not where the digits after it go on
 * counting (2、3号楼: 2 and 3 are buildings), nor before a point unless a year follows (2.5万 is a number).
 */
function lastSlot(
  text: string,
  m: Marker,
  next: Marker | undefined,
  kept: readonly Marker[],
  dropped: readonly Marker[],
): boolean {
  if (next || dropped.some((d) => d.style === m.style)) return false;
  const before = kept.filter((k) => k.style === m.style);
  if (before.length < 2 || m.n !== before.length || before.some((k, i) => k.n !== i + 1)) return false;
  const rest = text.slice(m.index + m.length);
  if (m.point && !/^\d{4}年/.test(rest)) return false;
  const digits = /^\d+/.exec(rest)?.[0] ?? "";
  if (Number(digits) === m.n + 1 || /^\d+[、,，]/.test(rest)) return false;
  return !listHeadingStarts(text).some((h) => h > before[before.length - 1].index && h <= m.index);
}

/** The category an item names before its colon (1、产出指标：…, 2、质量指标：…), or null. */
function labelOf(text: string, m: Marker) {
  const rest = text.slice(m.index + m.length);
  const colon = rest.search(/[:：]/);
  return colon > 0 && colon <= 14 ? categoryOfLabel(rest.slice(0, colon).trim()) : null;
}

/**
 * The block an item counts in, as the review's NUMBERING reads it (review/rules/structure.ts): an item
 * naming a 一级 itself (1、产出指标：…) counts with the others naming the same 一级; any other item counts
 * under the last heading above it.
 */
function blockOf(text: string, m: Marker, headings: readonly number[]): string {
  const own = labelOf(text, m);
  if (own && own.level1 !== null && own.level2 === null) return `own|${own.level1}`;
  let heading = -1;
  for (const h of headings) if (h <= m.index) heading = h;
  return `under|${heading}`;
}

/**
 * The numbers the items should carry: the same lists as the review's NUMBERING finds — outline numbering
 * starts again under each heading (一、1.2. 二、1.), a block starting at 1 is a new list while one going
 * on from 4 continues the list before it; items naming their 一级 are numbered within each 一级 unless
 * the cell counts straight through (a 一级 going on from another's number: 1、满意度 2、效益 1、产出 → 3;
 * a 一级 met again after another: 1、产出 1、效益 1、产出 → 1 2 3).
 * A list keeps its author's first number (a cell starting at 3 continues the cell above).
 */
function wantedNumbers(text: string, items: readonly Marker[], headings: readonly number[]): number[] {
  const blocks = items.map((m) => blockOf(text, m, headings));
  // An item naming a 二级 right after one naming its 一级 with a target of its own (1、产出指标：培训人数≥500人；
  // 1、质量指标：…) is one more item of that 一级's list, as the review reads it (round 219); under a bare 一级
  // (1、产出指标：⏎1、数量指标：…) it is outline numbering and stays.
  // Only where the items from the restart on count up one by one (1、1、2、: the restart the one slip, the rest
  // counted on from it); 1、1、2、4、 holds two, and which is meant cannot be told (round 131).
  const joined = [...blocks];
  let open: string | null = null;
  items.forEach((m, i) => {
    const label = labelOf(text, m);
    if (label && label.level2 === null) {
      // The next marker's match opens with what stands before it (：⏎), which closes a bare label.
      const next = items[i + 1];
      const end = next ? next.index + next.lead.length : text.length;
      open = /^[^：:]*[：:]\s*$/.test(text.slice(m.index + m.length, end)) ? null : label.level1;
    } else if (label && open !== null && label.level1 === open && !headedBetween(headings, items[i - 1], m))
      joined[i] = `own|${open}`;
    else open = null;
  });
  const first = joined.findIndex((b, i) => b !== blocks[i]);
  if (first >= 0 && items.slice(first).every((m, k) => m.n === items[first].n + k))
    blocks.splice(0, blocks.length, ...joined);
  // A 一级 met again after another (1、产出 1、效益 1、产出) cannot be numbered per 一级 in a way an officer
  // reads; counting straight through is what the review then reads as whole.
  const own = blocks.filter((b) => b.startsWith("own|"));
  const metAgain = own.some((b, i) => i > 0 && b !== own[i - 1] && own.slice(0, i - 1).includes(b));
  const straight =
    metAgain || blocks.some((b, i) => b.startsWith("own|") && b !== blocks[i - 1] && items[i].n > 1);
  const byBlock = new Map<string, number[]>();
  let last: number[] | null = null;
  return items.map((m, i) => {
    const own = blocks[i].startsWith("own|");
    const block = straight && own ? "own" : blocks[i];
    let nums = byBlock.get(block);
    if (!nums || (nums !== last && !own)) {
      nums = m.n === 1 || !last ? [] : last;
      byBlock.set(block, nums);
    }
    last = nums;
    const n = nums.length === 0 ? m.n : nums[nums.length - 1] + 1;
    nums.push(n);
    return n;
  });
}

/**
 * Sub-items of a deeper style (（1）（2）（2） under 1、) restart under each item above them, sometimes on
 * purpose; a run of them is renumbered only where it plainly counts up (its second number follows its
 * first) and then repeats or skips (（1）（2）（2） → （1）（2）（3）). A run ends at a marker of a shallower
 * style (one met earlier in the cell) and at a heading.
 */
function subItemNumbers(
  markers: readonly Marker[],
  styles: readonly string[],
  headings: readonly number[],
): Map<Marker, number> {
  const wanted = new Map<Marker, number>();
  for (const style of styles.slice(1)) {
    const depth = styles.indexOf(style);
    let run: Marker[] = [];
    const close = () => {
      if (run.length >= 3 && run[1].n === run[0].n + 1) run.forEach((m, k) => wanted.set(m, run[0].n + k));
      run = [];
    };
    let last = -1;
    for (const m of markers) {
      if (styles.indexOf(m.style) < depth) close();
      if (m.style !== style) continue;
      if (headings.some((h) => h > last && h <= m.index)) close();
      run.push(m);
      last = m.index;
    }
    close();
  }
  return wanted;
}

/** A marker right after a comma: 一是…，二是…，二是… or 1、…，2、…，2、…. Groups: 1 the comma, 2 the marker. */
const AFTER_COMMA = /([，,]\s*)((?:[（(]?\d{1,3}[、.．)）])|[①-⑳]|[⑴-⒇]|(?:[一二三四五六七八九十]{1,3}是))/g;

/**
 * A list whose items are separated by commas (一是…，二是…，二是…; 1、…，2、…，2、…), renumbered only where it
 * is plainly one list: the text opens with its first item, numbered 1; every later item follows a comma
 * with a marker of the same style, no item begins with a digit (1、2号楼 is no list), the second item is
 * numbered 2 or the third 3 — or all are numbered 1 and each is a whole indicator (wholeItems) —, there are at
 * least three, and no marker of that style stands anywhere else (inside a sentence). Numbers inside sentences are never read as items.
 */
function commaListNumbers(text: string): string {
  const first = candidates(text).find((m) => m.index === 0);
  if (!first || first.n !== 1 || first.digitAfter) return text;
  const items: Marker[] = [first];
  for (const m of text.matchAll(AFTER_COMMA)) {
    const at = (m.index ?? 0) + m[1].length;
    const marker = candidates(text.slice(at)).find((c) => c.index === 0);
    if (!marker) return text;
    if (marker.style !== first.style) continue;
    if (marker.digitAfter || (marker.point && /^\d/.test(text.slice(at + marker.length)))) return text;
    items.push({ ...marker, index: at, lead: "" });
  }
  if (items.length < 3) return text;
  if (items[1].n !== 2 && items[2].n !== 3 && !(items.every((m) => m.n === 1) && wholeItems(text, items)))
    return text;
  // Every marker of the style in the text is one of the items: none inside a sentence or after ；。.
  const all = candidates(text).filter((c) => c.style === first.style);
  if (all.length !== 1 || stylePattern(first.style, text) !== items.length) return text;
  let out = "";
  let last = 0;
  items.forEach((m, k) => {
    if (m.n === k + 1) return;
    out += text.slice(last, m.index) + m.render(k + 1);
    last = m.index + m.length;
  });
  return out + text.slice(last);
}

/**
 * Whether every item of a comma list is a whole indicator: a name and its target, a number (防治面积≥30万亩)
 * or a state reached (植被恢复率提高). Items numbered 1、1、1、 make a list only so: bare words (一是培训，一是考核，
 * 一是满意) show no count, and may be anything.
 */
function wholeItems(text: string, items: readonly Marker[]): boolean {
  return items.every((m, k) => {
    const end = k + 1 < items.length ? items[k + 1].index : text.length;
    return wholeIndicator(text.slice(m.index + m.length, end));
  });
}

/** Whether an item's words, its marker aside, are a whole indicator: a name and its target, or a state reached. */
function wholeIndicator(words: string): boolean {
  const body = words.replace(/[\s，,。；;]+$/, "");
  const item = parseItem(body);
  if (item.name.trim().length >= 2 && item.target.trim() !== "") return true;
  const state = stateTail(body);
  return state !== null && state.index >= 2;
}

/** How many markers of `style` the text holds anywhere, whatever stands before them. */
function stylePattern(style: string, text: string): number {
  const anywhere: Record<string, RegExp> = {
    "、": /\d{1,3}、/g,
    ".": /\d{1,3}[.．](?!\d)/g,
    ")": /(?<![（(\d])\d{1,3}[)）]/g,
    "()": /[（(]\d{1,3}[)）]/g,
    "①": /[①-⑳]/g,
    "⑴": /[⑴-⒇]/g,
    一是: /[一二三四五六七八九十]{1,3}是/g,
  };
  const re = anywhere[style];
  return re ? (text.match(re) ?? []).length : Infinity;
}

/** The 一级 an item names itself (1、产出指标：…), or null. */
function ownLevel1(text: string, m: Marker): string | null {
  const b = blockOf(text, m, []);
  return b.startsWith("own|") ? b.slice(4) : null;
}

/** A heading stands between two items (positions as listHeadingStarts gives them). */
function headedBetween(headings: readonly number[], prev: Marker, m: Marker): boolean {
  return headings.some((h) => h > prev.index && h <= m.index);
}

/**
 * How badly a list is numbered: the items whose number was met before in their list or is lower than
 * the one before. A list starts again under a heading, and at an item numbered 1 that names a 一级 other
 * than the one named last (1、产出… 2、产出… 1、效益…). NUMBERING never makes this count grow.
 */
function trouble(
  text: string,
  items: readonly Marker[],
  numbers: readonly number[],
  headings: readonly number[],
) {
  let count = 0;
  let seen = new Set<number>();
  let level1: string | null = null;
  items.forEach((m, i) => {
    const own = ownLevel1(text, m);
    const n = numbers[i];
    if (i > 0 && (headedBetween(headings, items[i - 1], m) || (n === 1 && own && level1 && own !== level1))) {
      seen = new Set<number>();
    } else if (i > 0 && (seen.has(n) || n < numbers[i - 1])) count++;
    seen.add(n);
    if (own) level1 = own;
  });
  return count;
}

/**
 * One list numbered straight but for one slip, a repeat of the number before it (1、产出指标：… 1、质量指标：…
 * 3、时效指标：… 4、效益指标：…): every other item carries its place's number, so the repeat is the slip and
 * the list is 1、2、3、4. Not where a heading stands between the items, where an item is a bare label over
 * items of its own (1、产出指标：⏎1、…), or where the repeat starts another 一级 afresh (1、产出… 1、效益…).
 */
function oneSlip(text: string, items: readonly Marker[], headings: readonly number[]): number[] | null {
  const start = items[0].n;
  const off = items.flatMap((m, i) => (m.n === start + i ? [] : [i]));
  if (off.length !== 1 || off[0] === 0) return null;
  const k = off[0];
  if (items[k].n !== items[k - 1].n) return null;
  if (items.some((m, i) => i > 0 && headedBetween(headings, items[i - 1], m))) return null;
  const bare = items.some((m, i) => {
    const end = i + 1 < items.length ? items[i + 1].index : text.length;
    return ownLevel1(text, m) !== null && /^[^：:]*[：:]\s*$/.test(text.slice(m.index + m.length, end));
  });
  if (bare) return null;
  const own = ownLevel1(text, items[k]);
  const before = items
    .slice(0, k)
    .map((m) => ownLevel1(text, m))
    .filter((o) => o !== null);
  if (own && before.length > 0 && before[before.length - 1] !== own) return null;
  return items.map((_, i) => start + i);
}

/**
 * A marker typed twice at an item's start (…；2、2、 验收合格率100%): the same number and 、 again, words
 * after it. Not before a digit (2、2、3号楼 may list buildings) nor with a point (2.2. is outline numbering).
 * Groups: 1 the lead, 2 the marker kept.
 */
const DOUBLED = new RegExp(
  `${lead(false)}((\\d{1,3})、)[ \\t\\u3000]*\\3、(?=[ \\t\\u3000]*[^\\s\\d、])`,
  "g",
);

export function fixNumbering(input: string): string {
  // The doubled marker goes first, so the list is numbered as the items stand.
  const text = input.replace(DOUBLED, "$1$2");
  const atSentences = findMarkers(text).kept;
  if (atSentences.length < 2) return atSentences.length === 1 ? commaListNumbers(text) : text;
  // Items after a comma belong to the lists as much as those after a full stop (1、A，2、B，3、C。1、D):
  // the renumbering and its guard see every marker, lest 1、2、3、1 be read as 1、1 and made 1、2、3、2.
  const { kept: markers, dropped } = findMarkers(text, true);
  const styles: string[] = [];
  for (const m of markers) if (!styles.includes(m.style)) styles.push(m.style);
  // 指标一：指标二： read as headings by the review are this cell's items, numbered as 指标1：指标2：.
  const headings = listHeadingStarts(text).filter(
    (h) => !markers.some((m) => m.style === "指标一" && m.index === h),
  );
  const wanted = subItemNumbers(markers, styles, headings);
  // The first marker's style numbers the items themselves.
  const items = markers.filter((m) => m.style === styles[0]);
  if (items.length >= 2) {
    // A number before a digit that stays unread (5、2025年… amid 1、2、…4、) may be an item all the same:
    // the items after it are not renumbered, lest a right number (4、) be made wrong around it.
    const unread = dropped.find((d) => d.style === styles[0]);
    const numbers = (!unread && oneSlip(text, items, headings)) || wantedNumbers(text, items, headings);
    const renumbered = numbers.map((n, i) => (unread && items[i].index > unread.index ? items[i].n : n));
    // A renumbering that leaves more repeats or numbers out of order than the author's is no reading of
    // the list (1、1、3、4 made 1、1、2、2): the items keep their numbers.
    // The numbers left unread count too, as written: an officer reads 2、1、3、2025年…1、 made 2、3、3、2025年…1、
    // as worse, though the items read alone (2、1、1 → 2、3、1) are not.
    const shown = [...items, ...dropped.filter((d) => d.style === styles[0])].sort(
      (a, b) => a.index - b.index,
    );
    const numberOf = (m: Marker) => {
      const i = items.indexOf(m);
      return i < 0 ? m.n : renumbered[i];
    };
    const written = shown.map((m) => m.n);
    if (trouble(text, shown, shown.map(numberOf), headings) <= trouble(text, shown, written, headings)) {
      renumbered.forEach((n, i) => wanted.set(items[i], n));
    }
  }
  if ([...wanted].every(([m, n]) => m.n === n)) return text;
  let out = "";
  let last = 0;
  for (const m of markers) {
    const n = wanted.get(m);
    if (n === undefined || n === m.n) continue;
    out += text.slice(last, m.index) + m.lead + m.render(n);
    last = m.index + m.length;
  }
  return out + text.slice(last);
}

export const numberingRule: TextRule = {
  id: "NUMBERING",
  kind: "text",
  name: { zh: "指标编号", en: "Indicator numbering" },
  description: {
    zh: "同一单元格内的指标按 1、2、3、… 重新连续编号，保留原有的编号样式。",
    en: "Renumber the indicators in a cell 1、2、3、… keeping the author's numbering style.",
  },
  defaultMode: "apply",
  fix: fixNumbering,
};
