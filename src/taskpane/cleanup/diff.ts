/**
 * What a cleanup edit changes, for the preview: the text both sides share is kept short around the part
 * that differs, and a changed space or line break is drawn (␣, ↵), so an edit that only trims spaces, or
 * changes a mark far into a long cell, never shows two lines that look the same.
 */

/** Characters of shared text kept on each side of the change. */
const CONTEXT = 24;
/** The changed part itself is cut after this many characters. */
const CHANGE = 160;

export interface EditSide {
  /** Shared text before the change (cut at the start with …). */
  lead: string;
  /** What this side has where the other differs; spaces and line breaks drawn. */
  changed: string;
  /** Shared text after the change (cut at the end with …). */
  tail: string;
}

export function editSides(before: string, after: string): { before: EditSide; after: EditSide } {
  const a = Array.from(before);
  const b = Array.from(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end])
    end++;
  const leadChars = a.slice(0, start);
  const lead = leadChars.length > CONTEXT ? "…" + leadChars.slice(-CONTEXT).join("") : leadChars.join("");
  const tailChars = a.slice(a.length - end);
  const tail = tailChars.length > CONTEXT ? tailChars.slice(0, CONTEXT).join("") + "…" : tailChars.join("");
  const side = (chars: string[]): EditSide => ({
    lead,
    changed: visible(chars.slice(start, chars.length - end)),
    tail,
  });
  return { before: side(a), after: side(b) };
}

/** Spaces (half- and full-width), tabs and line breaks drawn, so a change of them can be seen. */
function visible(chars: string[]): string {
  const shown = chars.length > CHANGE ? chars.slice(0, CHANGE) : chars;
  const text = shown
    .map((c) =>
      c === " " || c === "\u3000" || c === "\u00a0"
        ? "␣"
        : c === "\n" || c === "\r" || c === "\u000b"
          ? "↵"
          : c === "\t"
            ? "⇥"
            : c,
    )
    .join("");
  return chars.length > CHANGE ? text + "…" : text;
}
