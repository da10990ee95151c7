/**
 * SPACE: trim; collapse runs of spaces; drop zero-width characters; NBSP and U+3000 are removed inside
 * Chinese text; single spaces between Latin words and numbers stay. Line breaks an officer typed
 * (Alt+Enter) are kept: only empty lines and breaks before a closing mark (，。) are stray.
 */
import type { TextRule } from "../types";
import { isWide } from "../chars";

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** A line starting with one of these belongs to the previous line (PDF copies break before them). */
const CLOSING = /^[，。、；：！？）》」』】%％,.;:!?)]/;

function cleanLine(line: string): string {
  const collapsed = line.replace(/ {2,}/g, " ").trim();
  let out = "";
  for (let i = 0; i < collapsed.length; i++) {
    const ch = collapsed[i];
    // A space next to Chinese text is an artefact of copying; between Latin words it is meaningful.
    if (ch === " " && (isWide(collapsed[i - 1]) || isWide(collapsed[i + 1]))) continue;
    out += ch;
  }
  return out;
}

export function fixSpaces(text: string): string {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .replace(ZERO_WIDTH, "")
    .replace(ODD_SPACES, " ")
    .split("\n")
    .map(cleanLine)
    .filter((l) => l !== "");
  let out = lines[0] ?? "";
  for (let i = 1; i < lines.length; i++) out += (CLOSING.test(lines[i]) ? "" : "\n") + lines[i];
  return out;
}

export const spaceRule: TextRule = {
  id: "SPACE",
  kind: "text",
  name: { zh: "多余空格和换行", en: "Stray spaces and line breaks" },
  description: {
    zh: "去掉首尾空格、连续空格、零宽字符和中文之间的空格（含全角空格），删除空行；英文单词和数字之间保留一个空格。",
    en: "Trim; collapse runs of spaces; remove zero-width characters and spaces (incl. full-width) inside Chinese text; drop empty lines; keep one space between Latin words and numbers.",
  },
  defaultMode: "apply",
  fix: fixSpaces,
};
