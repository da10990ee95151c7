/**
 * NUMBERING: the indicators written in one cell are renumbered 1、2、3、… in the author's own style
 * ("1、", "1.", "1）", "（1）"), within each list the review's NUMBERING reads: one level under one
 * heading (outline numbering 一、1.2. 二、1. is left as it is). Only the style of the first marker is
 * renumbered (others may be sub-items that restart on purpose), only when it occurs at least twice, and
 * counting starts at the author's first number (a cell starting at 3 may continue the cell above).
 */
import { categoryOfLabel } from "../../text/categories";
import type { TextRule } from "../types";

/**
 * A marker starts the cell or follows a sentence end, a colon or a line break, and is not part of a number
 * ("0.9万" is not item 0). Groups: 1 lead, 2 open bracket, 3 number, 4 delimiter.
 */
const MARKER = /(^|[。；;：:！？!?\n]\s*)([（(]?)(\d{1,3})([、.．)）])(?!\d)/g;

interface Marker {
  index: number;
  length: number;
  lead: string;
  open: string;
  n: number;
  close: string;
}

function styleOf(m: Marker): string {
  const open = m.open ? "(" : "";
  const close = m.close === "）" ? ")" : m.close === "．" ? "." : m.close;
  return open + close;
}

function findMarkers(text: string): Marker[] {
  const out: Marker[] = [];
  for (const m of text.matchAll(MARKER)) {
    const [whole, lead, open, num, close] = m;
    // "(1、" is not a marker; "（1）" and "1）" are.
    if (open && close !== ")" && close !== "）") continue;
    out.push({ index: m.index ?? 0, length: whole.length, lead, open, n: Number(num), close });
  }
  return out;
}

/**
 * Where headings start: 一、 （一） 【…】 and a category label closing with a colon or a line break
 * (数量指标：), each at the start of the cell, a line or a sentence. The numbered items under each
 * heading are a list of their own.
 */
const CJK_HEADING =
  /(?:^|[。；;：:！？!?\n])\s*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．]|【[^】\n]*】)/g;
const LABEL_HEADING = /(?:^|[。；;！？!?\n])\s*([^\s。；;：:，,、\n0-9（()）【】]{2,14}?)\s*(?:[：:]|\n)/g;

function headingStarts(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(CJK_HEADING)) out.push(m.index ?? 0);
  for (const m of text.matchAll(LABEL_HEADING)) if (categoryOfLabel(m[1])) out.push(m.index ?? 0);
  return out.sort((a, b) => a - b);
}

/**
 * The block an item counts in, as the review's NUMBERING reads it (review/rules/structure.ts): an item
 * naming a 一级 itself (1、产出指标：…) counts with the others naming the same 一级; any other item counts
 * under the last heading above it.
 */
function blockOf(text: string, m: Marker, headings: readonly number[]): string {
  const rest = text.slice(m.index + m.length);
  const colon = rest.search(/[:：]/);
  const own = colon > 0 && colon <= 14 ? categoryOfLabel(rest.slice(0, colon).trim()) : null;
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
function wantedNumbers(text: string, items: readonly Marker[]): number[] {
  const headings = headingStarts(text);
  const blocks = items.map((m) => blockOf(text, m, headings));
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

export function fixNumbering(text: string): string {
  const markers = findMarkers(text);
  if (markers.length < 2) return text;
  const style = styleOf(markers[0]);
  const items = markers.filter((m) => styleOf(m) === style);
  if (items.length < 2) return text;
  const wanted = wantedNumbers(text, items);
  if (items.every((m, i) => m.n === wanted[i])) return text;
  let out = "";
  let last = 0;
  items.forEach((m, i) => {
    out += text.slice(last, m.index) + m.lead + m.open + String(wanted[i]) + m.close;
    last = m.index + m.length;
  });
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
