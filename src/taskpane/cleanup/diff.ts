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

/** How many characters the two texts share at their start, and then at their end. */
function sharedEnds(a: readonly string[], b: readonly string[]): { start: number; end: number } {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end])
    end++;
  return { start, end };
}

export function editSides(before: string, after: string): { before: EditSide; after: EditSide } {
  const a = Array.from(before);
  const b = Array.from(after);
  const { start, end } = sharedEnds(a, b);
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

/** A run of one side's text: shared with the other side, or changed (spaces and line breaks drawn). */
export interface EditPart {
  text: string;
  changed: boolean;
}

/** Above this many character pairs the middle is compared as one block (editSides' single span). */
const ALIGN_LIMIT = 100_000;

/**
 * Each changed run of an edit on its own, the shared text between them kept (cut short in the middle when
 * long): an edit that mends 。。 three times in a cell marks three 。, not the hundred characters from the
 * first to the last, which would read the same on both lines.
 */
export function editParts(before: string, after: string): { before: EditPart[]; after: EditPart[] } {
  const a = Array.from(before);
  const b = Array.from(after);
  const { start, end } = sharedEnds(a, b);
  const changedA = new Array<boolean>(a.length).fill(false);
  const changedB = new Array<boolean>(b.length).fill(false);
  // Where the other side has a change and this one nothing: the shared text is cut there too, so a line
  // that only lost characters is kept as short as the line that shows them.
  const breaksA = new Set<number>();
  const breaksB = new Set<number>();
  const n = a.length - start - end;
  const m = b.length - start - end;
  if (n > 0 && m > 0 && n * m <= ALIGN_LIMIT) {
    // The longest common subsequence of the two middles, from the end, then walked from the start.
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        lcs[i * w + j] =
          a[start + i] === b[start + j]
            ? lcs[(i + 1) * w + j + 1] + 1
            : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[start + i] === b[start + j]) {
        i++;
        j++;
      } else if (j >= m || (i < n && lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])) {
        changedA[start + i++] = true;
        breaksB.add(start + j);
      } else {
        changedB[start + j++] = true;
        breaksA.add(start + i);
      }
    }
  } else {
    for (let i = start; i < a.length - end; i++) changedA[i] = true;
    for (let j = start; j < b.length - end; j++) changedB[j] = true;
    breaksA.add(start);
    breaksB.add(start);
  }
  return { before: parts(a, changedA, breaksA), after: parts(b, changedB, breaksB) };
}

function parts(chars: string[], changed: boolean[], breaks: Set<number>): EditPart[] {
  // Runs, with a single shared character between two changes taken into the change: a match of one
  // common character (的, 、) inside a rewrite would cut it into confetti.
  const marks = changed.slice();
  for (let i = 1; i < marks.length - 1; i++) if (!marks[i] && marks[i - 1] && marks[i + 1]) marks[i] = true;
  const runs: { chars: string[]; changed: boolean }[] = [];
  chars.forEach((c, i) => {
    const last = runs[runs.length - 1];
    if (last && last.changed === marks[i] && !(breaks.has(i) && !marks[i])) last.chars.push(c);
    else runs.push({ chars: [c], changed: marks[i] });
  });
  return runs.map((run, k) => {
    if (run.changed) return { text: visible(run.chars), changed: true };
    const c = run.chars;
    const first = k === 0;
    const last = k === runs.length - 1;
    let text: string;
    if (first && last) text = c.join("");
    else if (first) text = c.length > CONTEXT ? "…" + c.slice(-CONTEXT).join("") : c.join("");
    else if (last) text = c.length > CONTEXT ? c.slice(0, CONTEXT).join("") + "…" : c.join("");
    else
      text =
        c.length > 2 * CONTEXT ? c.slice(0, CONTEXT).join("") + "…" + c.slice(-CONTEXT).join("") : c.join("");
    return { text, changed: false };
  });
}
