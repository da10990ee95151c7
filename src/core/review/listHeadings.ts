/**
 * Where a numbered list starts again inside one cell: under a heading. Shared by the review rule
 * NUMBERING (which must not call 1、2、 年度目标 … 长期目标：1、2、 a repeat) and the cleanup rule NUMBERING
 * (which must not renumber it 3、4、), so the two read the same lists. Plain text, no records.
 *
 * A heading stands at the start of the cell, a line or a sentence (after 。；！？), and is one of
 *  - an outline heading: 一、 （一） 【产出指标-数量指标】; also glued to the item before it where a category
 *    label and a colon follow it (…≥2个（二）质量指标：);
 *  - a category label closing with a colon or a line break: 数量指标： 产出指标⏎;
 *  - any other short label closing with a colon — 年度目标： 长期目标： 绩效指标： 项目二： 其中：— or with a
 *    line break (or the end of the text) when it names a goal, a list of indicators or a sub-project
 *    (年度目标⏎, 项目二⏎).
 * A label holds no digit and no punctuation (1、培训人数：≥500人 and 开放时间9:00 are no headings), so
 * only what stands before a list's first item can head it. A heading only matters to a list that then
 * starts at 1 again: one going on from 4 continues the list before it (both rules say so).
 *
 * Two more heading where the list under them starts at 1 again (round 147), since officers split one
 * cell's list by 片区, 期 or place — 城区部分⏎1、2、⏎乡镇部分⏎1、2、, 一期工程：1、2、 二期工程：1、2、:
 *  - a line of its own holding no marker, digit or punctuation (乡镇部分⏎, 曾都区⏎);
 *  - a short label closing with a colon after a space (…便桥1座 二期工程：).
 * An empty line where the list after it starts at 1 again parts two lists too (1、2、⏎⏎1、2、, round 161).
 * "Starts at 1 again" is read in the text after them: an item numbered 1, or nothing (the review passes
 * the text between two items, which ends where the next item's number begins, and reads the number
 * itself).
 */
import { categoryOfLabel } from "../text/categories";

const OUTLINE_HEADING =
  /(?:^|[。；;：:！？!?\n])\s*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．]|【[^】\n]*】)/g;

/**
 * Group 1 the label, group 2 how it closes: a colon, a line break, or the end of the text (the text
 * between two items ends where the next item's number begins).
 */
const LABEL = /(?:^|[。；;！？!?\n])\s*([^\s。；;：:，,、\n0-9０-９（()）【】]{2,14}?)\s*([：:]|\n|$)/g;

/** A line of its own with no marker, digit or punctuation: 乡镇部分, 曾都区. Group 1 the line. */
const LINE_HEADING =
  /\n[ \t\u3000]*([^\s。；;：:，,、.．！？!?0-9０-９（()）【】≥≤<>=%％]{2,14})[ \t\u3000]*(?=\r?\n|$)/g;

/** A short label after a space, closing with a colon: …便桥1座 二期工程：. Group 1 the label. */
const SPACED_LABEL =
  /[ \t\u3000]+([^\s。；;：:，,、.．！？!?0-9０-９（()）【】≥≤<>=%％]{2,10}?)[ \t\u3000]*[：:]/g;

/**
 * An empty line (round 161): where the list after it starts at 1 again, the officer set two lists apart
 * (1、…⏎2、…⏎⏎1、…验收⏎2、…验收), as a heading would. At the first line break of the empty line.
 */
const BLANK_LINE = /\n(?=[ \t\u3000]*\r?\n)/g;

/** An item numbered 1 (1、 1. 1） （1） ① ⑴ 一是 指标1：), or nothing but spaces, at the start of a text. */
const RESTARTS = /^\s*(?:$|[（(]1[)）]|1[、)）]|1[.．](?!\d)|①|⑴|一是|指标[1一]\s*[:：])/;

/** Labels that head a list also when a line break closes them: 年度目标, 绩效指标, 项目二, 任务. */
const LIST_LABEL =
  /(?:目标|指标|任务|内容)$|^项目[一二三四五六七八九十]+$|^(?:其中|具体|主要)(?:包括|为|有)?$/;

/**
 * An outline heading glued to the item before it, as PDF pastes and hurried officers leave it:
 * …2.B≥2个（二）质量指标：1.… , …≥3000吨二、效益指标：1.… . Only a second or later numeral (a first has
 * nothing before it to be glued to) and a category label closing with a colon, so 统一、规范 stays words.
 * Group 1 or 2 the numeral, group 3 the label.
 */
const GLUED_HEADING =
  /(?:[（(]([一二三四五六七八九十]{1,3})[)）]|(?<![一二三四五六七八九十])([一二三四五六七八九十]{1,3})[、.．])\s*([^\s。；;：:，,、\n0-9０-９（()）【】]{2,14}?)\s*[：:]/g;

/** Where a glued heading (GLUED_HEADING) starts, at its numeral's bracket or first numeral. */
function gluedHeadingStarts(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(GLUED_HEADING)) {
    const numeral = m[1] ?? m[2];
    if (numeral === "一" || !categoryOfLabel(m[3])) continue;
    out.push(m.index ?? 0);
  }
  return out;
}

/** The positions (of the mark before each) where a heading starts, in text order. */
export function listHeadingStarts(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(OUTLINE_HEADING)) out.push(m.index ?? 0);
  for (const at of gluedHeadingStarts(text)) if (!out.some((o) => o <= at && at - o <= 2)) out.push(at);
  for (const m of text.matchAll(LABEL)) {
    const label = m[1];
    const byColon = m[2] === "：" || m[2] === ":";
    if (byColon || categoryOfLabel(label) || LIST_LABEL.test(label)) out.push(m.index ?? 0);
  }
  for (const re of [LINE_HEADING, SPACED_LABEL, BLANK_LINE])
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      if (RESTARTS.test(text.slice(at + m[0].length)) && !out.includes(at)) out.push(at);
    }
  return out.sort((a, b) => a - b);
}

/** Whether a heading starts anywhere in `text` (the text between two numbered items). */
export function hasListHeading(text: string): boolean {
  return listHeadingStarts(text).length > 0;
}
