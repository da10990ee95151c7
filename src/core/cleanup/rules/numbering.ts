/**
 * NUMBERING: the indicators written in one cell are renumbered 1、2、3、… in the author's own style
 * ("1、", "1.", "1）", "（1）"). Only the style of the first marker is renumbered (others may be
 * sub-items that restart on purpose), only when it occurs at least twice, and counting starts at the
 * author's first number (a cell starting at 3 may continue the cell above).
 */
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

export function fixNumbering(text: string): string {
  const markers = findMarkers(text);
  if (markers.length < 2) return text;
  const style = styleOf(markers[0]);
  const items = markers.filter((m) => styleOf(m) === style);
  if (items.length < 2) return text;
  const start = items[0].n;
  if (items.every((m, i) => m.n === start + i)) return text;
  let out = "";
  let last = 0;
  items.forEach((m, i) => {
    out += text.slice(last, m.index) + m.lead + m.open + String(start + i) + m.close;
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
