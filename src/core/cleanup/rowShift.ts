/**
 * What removing (or re-inserting) one sheet row does to the references that point below it, as Excel
 * does it when a row is deleted: same-sheet A1 references in formulas, and the ranges of merges, data
 * validations and conditional formats. Only what can be shifted exactly is shifted: a reference to the
 * removed row itself, a row range (3:10), a reference that depends on text (INDIRECT) or a reference to
 * this sheet by its name cannot be followed here, and the caller then keeps the row (see whyRowStays in
 * src/xlsx/cleanup.ts). Removal followed by re-insertion at the same row gives back the very references.
 */

/** Removal of row `at` (delta -1) or insertion of a row at `at` (delta +1). */
export interface RowShift {
  at: number;
  delta: -1 | 1;
}

/** A row number after the shift; null for a reference to the removed row itself (#REF! in Excel). */
export function shiftedRow(row: number, shift: RowShift): number | null {
  if (shift.delta === 1) return row >= shift.at ? row + 1 : row;
  if (row === shift.at) return null;
  return row > shift.at ? row - 1 : row;
}

const REF = /^(\$?)([A-Z]{1,3})(\$?)(\d+)(?::(\$?)([A-Z]{1,3})(\$?)(\d+))?/;
const ROW_RANGE = /^\$?\d+:\$?\d+/;
/** Functions whose references are text or computed: their effect cannot be followed. */
const OPAQUE = /\b(?:INDIRECT|OFFSET)\s*\(/i;

function isNameChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9_.\u4e00-\u9fff]/.test(ch);
}

/**
 * A formula (without "=") with its same-sheet references shifted, or null when it cannot be done
 * exactly. `sheet`: the formula's own sheet (a reference qualified with its name is refused).
 */
export function shiftFormula(formula: string, shift: RowShift, sheet: string): string | null {
  if (OPAQUE.test(formula)) return null;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    // A reference qualified by a sheet name: another sheet's stays; this sheet's by name is refused.
    if (ch === "'" || (!isNameChar(formula[i - 1]) && /[A-Za-z_\u4e00-\u9fff]/.test(ch))) {
      const m = /^(?:'((?:[^']|'')+)'|([A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*))!/.exec(formula.slice(i));
      if (m) {
        const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
        if (name === sheet) return null;
        const rest = formula.slice(i + m[0].length);
        const ref = REF.exec(rest) ?? ROW_RANGE.exec(rest);
        const len = m[0].length + (ref ? ref[0].length : 0);
        out += formula.slice(i, i + len);
        i += len;
        continue;
      }
    }
    if (!isNameChar(formula[i - 1]) && formula[i - 1] !== "$") {
      const rest = formula.slice(i);
      if (/^\$?\d/.test(rest) && ROW_RANGE.test(rest)) {
        const rows = ROW_RANGE.exec(rest) as RegExpExecArray;
        // A row range below or at the row would need shifting by rows: not done.
        const [a, b] = rows[0].replace(/\$/g, "").split(":").map(Number);
        if (Math.max(a, b) >= shift.at) return null;
        out += rows[0];
        i += rows[0].length;
        continue;
      }
      const m = REF.exec(rest);
      if (m && !isNameChar(rest[m[0].length]) && rest[m[0].length] !== "(") {
        const r1 = Number(m[4]);
        const r2 = m[8] !== undefined ? Number(m[8]) : null;
        const n1 = shiftedRow(r1, shift);
        const n2 = r2 === null ? null : shiftedRow(r2, shift);
        // A reference to the removed row (also a range's end) would not come back exactly: refused.
        if (n1 === null || (r2 !== null && n2 === null)) return null;
        out += `${m[1]}${m[2]}${m[3]}${n1}`;
        if (r2 !== null) out += `:${m[5]}${m[6]}${m[7]}${n2}`;
        i += m[0].length;
        continue;
      }
      // A name or function: copied whole, so its letters and digits are not read as a reference.
      const word = /^[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*/.exec(rest);
      if (word) {
        out += word[0];
        i += word[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

/**
 * A range ("A3:B10" or "A3") after the shift: it shrinks or grows with a row removed or inserted inside
 * it; null when it held only the removed row.
 */
export function shiftRange(range: string, shift: RowShift): string | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(range.trim());
  if (!m) return range;
  const top = Number(m[2]);
  const bottom = m[4] !== undefined ? Number(m[4]) : top;
  let t = top;
  let b = bottom;
  if (shift.delta === 1) {
    if (top >= shift.at) t++;
    if (bottom >= shift.at) b++;
  } else {
    if (top === shift.at && bottom === shift.at) return null;
    if (top > shift.at) t--;
    if (bottom >= shift.at) b--;
  }
  return m[4] === undefined && t === b ? `${m[1]}${t}` : `${m[1]}${t}:${m[3] ?? m[1]}${b}`;
}

/** A reference qualified by a sheet name, and the cells it names (a cell, a range, rows or columns). */
const QUALIFIED =
  /(?:'((?:[^']|'')+)'|([A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?(?![\w(])|\$?\d+:\$?\d+|\$?[A-Z]{1,3}:\$?[A-Z]{1,3}(?![\w(]))?/g;

/**
 * Whether a formula on another sheet refers to `sheet` at `row` or below it, where removing `row` would
 * move what it points at (the caller cannot shift another sheet's references). Where it cannot tell —
 * INDIRECT or OFFSET beside the sheet's name, whole columns, a 3-D reference, the name written some other
 * way — it answers true. A reference wholly above the row (='指标表'!D3 for row 6) stays right: false.
 */
export function refersAtOrBelow(formula: string, sheet: string, row: number): boolean {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  if (!formula.includes(sheet)) return false;
  if (OPAQUE.test(code)) return true;
  let rest = "";
  let last = 0;
  for (const m of code.matchAll(QUALIFIED)) {
    rest += code.slice(last, m.index);
    last = (m.index ?? 0) + m[0].length;
    const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
    if (name !== sheet) {
      // 'Sheet1:指标表'!A1, a 3-D reference through this sheet: its rows are not followed.
      if (name.includes(":") && name.includes(sheet)) return true;
      continue;
    }
    const ref = m[3];
    if (ref === undefined || /^\$?[A-Z]{1,3}:/.test(ref)) return true;
    const rows = /^\$?\d+:\$?\d+$/.test(ref)
      ? ref.replace(/\$/g, "").split(":").map(Number)
      : [...ref.matchAll(/\$?[A-Z]{1,3}\$?(\d+)/g)].map((r) => Number(r[1]));
    if (Math.max(...rows) >= row) return true;
  }
  rest += code.slice(last);
  // The sheet's name outside any reference read above (a defined name, an external book): not followed.
  return rest.includes(sheet);
}
