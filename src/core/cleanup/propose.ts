/**
 * Proposing a cleanup: run the chosen rules over the table's text cells (from its header row to its last
 * row read and the 合计 rows right under it, within the header's columns) and list the edits. Nothing is
 * changed here; edits are in the grid's current addresses (what the officer sees before applying).
 */
import type { CellValue, Grid } from "../grid";
import { a1, cellAt, cellText, gridWidth, parseA1 } from "../grid";
import type { Localized } from "../i18n";
import { looksLikeFormula } from "../plan/types";
import { parseGrid } from "../parse";
import type { ParseResult } from "../record";
import type { CellEdit, CleanupEdit, CleanupSettings, LogEntry, RowEdit, TextRule } from "./types";
import { TEXT_RULES } from "./registry";
import { inScope, locateTable, type TableScope } from "./table";
import { cellNow, rowNow, rowRef } from "./positions";
import { pastedLineCells, readPasted, splitLineEdits } from "./rules/splitLines";
import { isSignatureLine } from "./signatures";
import { nameBreakProposal } from "./nameBreaks";
import type { Progress } from "../progress";

export interface CleanupProposal {
  sheet: string;
  scope: TableScope;
  /** Applied edits first (in the order they chain on a cell), then proposed-only ones. */
  edits: CleanupEdit[];
  messages: Localized[];
}

/** How many times the whole rule chain may run on one cell before we stop (rules converge in 1–2). */
const MAX_PASSES = 4;

export function rowDisplay(values: readonly CellValue[]): string {
  return values
    .map(cellText)
    .filter((t) => t !== "")
    .join(" | ");
}

/**
 * A header copy kept as another table's or form's own header (NEW_TABLE_NOTE, NEW_FORM_NOTE) is judged again on
 * the table as this run leaves it: a cell a rule cleans may change what the parser reads above the copy
 * (`项目完成指标，，` is read as an indicator, `项目完成指标` as a category's label, and a project with no indicator
 * then opens no form) — judged on the text before only, the next run would read the cleaned table and remove the
 * copy then. A copy the cleaned table shows repeated after a page break is removed in this run, and its cells'
 * edits dropped with it. (Only the cells' own edits are replayed: a run that also cuts pasted lines keeps the notes.)
 */
function rejudgeHeaderCopies(grid: Grid, edits: CleanupEdit[], proposedOnly: CleanupEdit[]): void {
  const kept = proposedOnly.filter(
    (e): e is RowEdit => e.kind === "row" && (e.note === NEW_TABLE_NOTE || e.note === NEW_FORM_NOTE),
  );
  const cellEdits = edits.filter((e): e is CellEdit => e.kind === "cell" && e.applied);
  if (kept.length === 0 || cellEdits.length === 0 || edits.some((e) => e.kind !== "cell" && e.kind !== "row"))
    return;
  const values = grid.values.map((row) => [...row]);
  for (const e of cellEdits) {
    const at = parseA1(e.cell);
    if (!at) return;
    const r = at.row - grid.top;
    const c = at.col - grid.left;
    if (r < 0 || c < 0 || r >= values.length) return;
    values[r][c] = e.after;
  }
  const cleaned = { ...grid, values };
  let again: ParseResult | undefined;
  try {
    again = parseGrid(cleaned);
  } catch {
    return;
  }
  const scope = locateTable(cleaned, again);
  const removed = new Set<number>();
  for (const e of kept) {
    if (!scope.repeatedHeaderRows.includes(e.row)) continue;
    if (scope.newTables?.includes(e.row) || scope.newForms?.includes(e.row)) continue;
    removed.add(e.row);
    proposedOnly.splice(proposedOnly.indexOf(e), 1);
    const { note: _note, ...edit } = e;
    // (Among the removed rows, in their order, ahead of the cells' edits, as the first pass lists them.)
    let at = 0;
    while (at < edits.length && edits[at].kind === "row" && (edits[at] as RowEdit).row < e.row) at++;
    edits.splice(at, 0, { ...edit, applied: true });
  }
  if (removed.size === 0) return;
  const onRemoved = (e: CleanupEdit) => e.kind === "cell" && removed.has(parseA1(e.cell)?.row ?? -1);
  for (const list of [edits, proposedOnly])
    for (let i = list.length - 1; i >= 0; i--) if (onRemoved(list[i])) list.splice(i, 1);
}

function rowEdit(grid: Grid, row: number, applied: boolean, note?: Localized): RowEdit {
  const values = [...(grid.values[row - grid.top] ?? [])];
  return {
    ...(note ? { note } : {}),
    kind: "row",
    sheet: grid.sheet,
    cell: rowRef(row),
    rule: "HEADER-REPEAT",
    before: rowDisplay(values),
    after: "",
    applied,
    row,
    fromColumn: grid.left,
    values,
  };
}

/** Text whose line breaks are all CR LF, as a system export writes them (stored `_x000D_` in the file). */
function crlfOnly(text: string): boolean {
  return text.includes("\r\n") && !/\r(?!\n)|(?<!\r)\n/.test(text);
}

/**
 * Edits of a text with CR LF line breaks, made on it with LF ones by `edit` (which the rules and the parser
 * read): their texts get CR LF back. A CR LF break is the file's line-ending style, no stray character: it
 * shows as one break, so changing it to LF would be an edit the officer cannot see (round 178).
 */
function withLineEndings<T extends CellEdit>(text: string, edit: (lf: string) => T[]): T[] {
  if (!crlfOnly(text)) return edit(text);
  const crlf = (s: string) => s.replace(/\n/g, "\r\n");
  return edit(text.replace(/\r\n/g, "\n")).map((e) => ({
    ...e,
    before: crlf(e.before),
    after: crlf(e.after),
  }));
}

/** Runs `rules` in order, repeatedly, until the text no longer changes; one edit per change. */
function chain(
  sheet: string,
  cell: string,
  text: string,
  rules: readonly TextRule[],
  applied: boolean,
): CellEdit[] {
  return withLineEndings(text, (lf) => chainLf(sheet, cell, lf, rules, applied));
}

function chainLf(
  sheet: string,
  cell: string,
  text: string,
  rules: readonly TextRule[],
  applied: boolean,
): CellEdit[] {
  const edits: CellEdit[] = [];
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changed = false;
    for (const rule of rules) {
      const after = rule.fix(current);
      if (after === current) continue;
      // Cleanup must never turn text into something a spreadsheet would read as a formula.
      if (looksLikeFormula(after) && !looksLikeFormula(current)) continue;
      edits.push({ kind: "cell", sheet, cell, rule: rule.id, before: current, after, applied });
      current = after;
      changed = true;
    }
    if (!changed) break;
  }
  return edits;
}

/** nameBreakProposal, its texts in the cell's own line endings (withLineEndings). */
function nameBreakIn(
  sheet: string,
  cell: string,
  text: string,
  read: ParseResult | undefined,
): CellEdit | null {
  const [joined] = withLineEndings(text, (lf) => {
    const p = nameBreakProposal(sheet, cell, lf, read);
    return p ? [p] : [];
  });
  return joined ?? null;
}

/** A header copy under a title of its own after an empty row (scope.newTables): offered, not removed. */
const NEW_TABLE_NOTE: Localized = {
  zh: "此行上方有空行和单独的标题行，可能是同一工作表上另一张表的表头，而非分页重复的表头：仅建议删除，请确认后再应用。",
  en: "An empty row and a title row of its own stand above this row: it may head another table on the sheet, not repeat the header after a page break. Proposed only; check it before applying.",
};

/** A header copy under another project's form fields (scope.newForms): offered, not removed. */
const NEW_FORM_NOTE: Localized = {
  zh: "此行上方是另一个项目的表单（项目名称、年度目标等），是该表单自己的表头，而非分页重复的表头：仅建议删除，请确认后再应用。",
  en: "Another project's form fields (project name, annual goal) stand above this row: it heads that form, not a page break's repeat. Proposed only; check it before applying.",
};

const PROJECT_NAME_NOTE: Localized = {
  zh: "改动涉及项目名称（须与预算系统中的名称一致），请确认后再应用。",
  en: "This edit touches a project name (it must match the budget system); check it before applying.",
};
const INDICATOR_NAME_NOTE: Localized = {
  zh: "改动涉及指标名称，请确认后再应用。",
  en: "This edit touches an indicator name; check it before applying.",
};

/** Whether an edit's cell (or row) is one the officer does not see: a hidden row or column, a filtered row. */
function hiddenTest(grid: Grid): (e: CleanupEdit) => boolean {
  const rows = new Set([...(grid.hidden?.rows ?? []), ...(grid.hidden?.filteredRows ?? [])]);
  const columns = new Set(grid.hidden?.columns ?? []);
  if (rows.size + columns.size === 0) return () => false;
  return (e) => {
    if (e.kind === "row") return rows.has(e.row);
    const pos = parseA1(e.cell);
    return !!pos && (rows.has(pos.row) || columns.has(pos.col));
  };
}

export const SYSTEM_NAME_NOTE: Localized = {
  zh: "本表为预算系统导出，项目名称须与系统中的一致：仅建议修改，未自动应用，请确认后再应用。",
  en: "This table is a budget-system export and a project name must match the system's: proposed only, not applied; check it before applying.",
};
/** The same edit applied because the officer named its rule (the command line's --rules). */
const SYSTEM_NAME_APPLIED_NOTE: Localized = {
  zh: "本表为预算系统导出，项目名称须与系统中的一致：已按所列规则修改，请核对与系统中的名称一致。",
  en: "This table is a budget-system export and a project name must match the system's: changed as its rule was named; check that it matches the system's.",
};

/** A header naming a code column, as budget systems export them: 单位编码, 项目代码, 功能科目编码. */
const CODE_HEADER = /(?:代码|编码)$/;
/** A code in brackets before a name: 【101001】南昌市…, [2025]学生资助…, 【2025】…. */
const BRACKETED_CODE = /^\s*[【[［(（]\d{4,}[】\]］)）]/;

/**
 * The cells of project names in a table exported from a budget system (一体化系统): a table with a code
 * column beside its names, or names carrying codes in brackets. Such a name is matched against the
 * system's, so an edit to it is proposed, never applied by default. Returns a test by sheet row and column.
 */
function systemNameCells(
  grid: Grid,
  read: ParseResult | undefined,
): (row: number, column: number) => boolean {
  const columns = new Map<number, number>(); // project column → header row
  for (const t of read?.tables ?? []) {
    const project = t.columns.project?.column;
    if (t.sheet !== grid.sheet || t.headerRow === null || !project) continue;
    const col = parseA1(`${project}1`)?.col;
    if (col === undefined) continue;
    const h = t.headerRow - grid.top;
    const header = (grid.values[h] ?? []).map((v) => cellText(v).replace(/\s/g, ""));
    const names = grid.values.slice(h + 1).map((line) => cellText(line[col - grid.left] ?? null));
    if (header.some((t) => CODE_HEADER.test(t)) || names.some((n) => BRACKETED_CODE.test(n)))
      columns.set(col, t.headerRow);
  }
  return (row, column) => {
    const header = columns.get(column);
    return header !== undefined && row > header;
  };
}

/** Signs and marks at a name's edges, which a packed cell's name may carry as read (新建面积> from 新建面积>=1.2万亩). */
const NAME_EDGES = /^[\s≥≤<>=＞＜≧≦＝，。,.;；:：、]+|[\s≥≤<>=＞＜≧≦＝，。,.;；:：、]+$/g;

/** A name's own text: what the officer reads as the name, without a comparator or mark read at its edges. */
function nameText(name: string): string {
  return name.replace(NAME_EDGES, "");
}

/**
 * A note for an edit that changes a project's or an indicator's name, as the parser read them: a cell of
 * the 项目名称 or 三级指标 column, or a name read from a packed cell that the edit does not leave whole. Names are
 * identifiers officers match against the budget system, so the preview and the log say so.
 */
export function nameNoteFor(read: ParseResult | undefined, edit: CellEdit): Localized | undefined {
  if (!read) return undefined;
  const column = edit.cell.replace(/\d+$/, "");
  for (const t of read.tables) {
    if (t.sheet !== edit.sheet) continue;
    if (t.columns.project?.column === column) return PROJECT_NAME_NOTE;
    if (t.columns.level3?.column === column) return INDICATOR_NAME_NOTE;
  }
  // In a packed cell: a name read from it that the edit does not leave as it was.
  for (const r of read.indicators) {
    if (r.sheet !== edit.sheet || r.cell !== edit.cell) continue;
    for (const [read, note] of [
      [r.name, INDICATOR_NAME_NOTE],
      [r.project, PROJECT_NAME_NOTE],
    ] as const) {
      const name = nameText(read);
      if (name.length >= 2 && edit.before.includes(name) && !edit.after.includes(name)) return note;
    }
  }
  return undefined;
}

/** What makes a proposal the same as one declined: the cell (where it is now), the rule, the text before. */
function declinedKey(cell: string, edit: { rule: string; before: string }): string {
  return `${cell}\u0000${edit.rule}\u0000${edit.before}`;
}

/**
 * Proposals the officer already declined (logged as such) are not offered again for the same text: a
 * cell's, and a repeated header row's that stayed a proposal (proposed only, or kept for a merge across
 * it), keyed by the row where it is now and its texts.
 */
function declinedKeys(log: readonly LogEntry[], sheet: string): Set<string> {
  const keys = new Set<string>();
  log.forEach((e, i) => {
    if (e.action !== "declined" || e.edit.sheet !== sheet) return;
    const later = log.slice(i + 1);
    if (e.edit.kind === "row") {
      const row = rowNow(sheet, e.edit.row, later);
      if (row !== null) keys.add(declinedKey(rowRef(row), e.edit));
      return;
    }
    const now = cellNow(sheet, e.edit.cell, later);
    if (now) keys.add(declinedKey(now, e.edit));
  });
  return keys;
}

/** The sheet rows a proposal would remove (applied row edits): what a gateway is asked to keep or not. */
export function rowsToRemove(proposal: CleanupProposal): number[] {
  return proposal.edits.flatMap((e) => (e.kind === "row" && e.applied ? [e.row] : []));
}

/** What a caller may add to a cleanup proposal's grid, settings and log. */
export interface ProposeOptions {
  /** The grid's parse when the caller has it already (the command line parses to find the table). */
  given?: ParseResult;
  /**
   * Repeated header rows the gateway cannot remove safely, with the reason; they are proposed only,
   * and the reason goes with them to the preview and the log.
   */
  keptRows?: ReadonlyMap<number, Localized>;
  /**
   * "apply" where the officer named the rules (the command line's --rules): a project name in a table
   * exported from a budget system is then cleaned too, and said so; by default its edits are proposed.
   */
  systemNames?: "propose" | "apply";
  /**
   * Told as the cells are looked at (done of the table's cells, a row at a time: the walk whose time grows
   * with the table); never changes the proposal.
   */
  onProgress?: Progress;
}

export function proposeCleanup(
  grid: Grid,
  settings: CleanupSettings,
  log: readonly LogEntry[] = [],
  options: ProposeOptions = {},
): CleanupProposal {
  const { given, keptRows, systemNames = "propose", onProgress } = options;
  // One parse for the table's place and for the pasted lines. A parser failure must not stop cleanup:
  // the table is then found by its header names (locateTable).
  let read = given;
  if (!read)
    try {
      read = parseGrid(grid);
    } catch {
      read = undefined;
    }
  const scope = locateTable(grid, read);
  const messages: Localized[] = [];
  if (scope.headerRow === null)
    messages.push({
      zh: `工作表“${grid.sheet}”中没有找到绩效目标表的表头，清理范围为整个区域。`,
      en: `No performance-target header found on sheet "${grid.sheet}"; the whole range is cleaned.`,
    });

  const edits: CleanupEdit[] = [];
  const proposedOnly: CleanupEdit[] = [];
  const removeRows = settings["HEADER-REPEAT"];
  const removed = new Set<number>();
  const declined = declinedKeys(log, grid.sheet);
  if (removeRows !== "off")
    for (const row of scope.repeatedHeaderRows) {
      // A copy of a two-row header goes whole or stays whole (with the reason one of its rows stays).
      const copy = scope.headerCopies?.find((c) => c.includes(row)) ?? [row];
      const note =
        copy.map((r) => keptRows?.get(r)).find((n) => n !== undefined) ??
        (scope.newTables?.includes(row) ? NEW_TABLE_NOTE : undefined) ??
        (scope.newForms?.includes(row) ? NEW_FORM_NOTE : undefined);
      const applied = removeRows === "apply" && !note;
      const edit = rowEdit(grid, row, applied, note);
      // A row proposal logged 仅建议 on an earlier run is not offered again, as a declined cell's is not.
      if (!applied && declined.has(declinedKey(edit.cell, edit))) continue;
      (applied ? edits : proposedOnly).push(edit);
      if (applied) removed.add(row);
    }

  const applying = TEXT_RULES.filter((r) => settings[r.id] === "apply");
  // A table pasted from a PDF: its lines are cut into columns (when asked), and the text rules clean
  // the cut parts (chained after the cut, cell by cell).
  const split = settings["SPLIT-LINES"];
  // Lines of a pasted table that stays one keep their spaces (they separate its columns); once the
  // table is cut into columns, its other cells are cleaned as in any table.
  const pasted = readPasted(grid, read);
  const splitCells = split === "apply" ? new Set<string>() : pastedLineCells(grid, pasted);
  if (split !== "off")
    for (const e of splitLineEdits(grid, pasted, split === "apply")) {
      splitCells.add(e.cell);
      if (!e.applied) {
        proposedOnly.push(e);
        continue;
      }
      edits.push(e, ...chain(grid.sheet, e.cell, e.after, applying, true));
    }

  const proposing = TEXT_RULES.filter((r) => settings[r.id] === "propose");
  const systemNameCell = systemNameCells(grid, read);
  const breaksAfterCleaning: { at: number; cell: string; r: number; c: number; text: string }[] = [];
  const width = gridWidth(grid);
  const cells = Math.max(0, scope.lastRow - scope.firstRow + 1) * width;
  for (let row = scope.firstRow; row <= scope.lastRow; row++) {
    if (onProgress && row > scope.firstRow) onProgress((row - scope.firstRow) * width, cells);
    if (removed.has(row)) continue;
    for (let c = 0; c < width; c++) {
      const r = row - grid.top;
      const value = cellAt(grid, r, c);
      // Numbers, dates, booleans and formulas are never touched.
      if (typeof value !== "string" || grid.formulas?.[r]?.[c]) continue;
      // Only the table's own cells: not a footer, a note below it or a cell right of its header.
      if (!inScope(scope, row, grid.left + c)) continue;
      // A line to sign or fill in by hand keeps its blanks (填报单位(盖章)：      填报日期：  年  月  日).
      if (isSignatureLine(value)) continue;
      const cell = a1(row, grid.left + c);
      if (splitCells.has(cell)) continue;
      // A project's name in a table exported from the budget system must stay the system's: its edits
      // are proposed, not applied (a declined one is not offered again).
      const inSystem = systemNameCell(row, grid.left + c);
      const system = systemNames === "propose" && inSystem;
      const named = systemNames === "apply" && inSystem;
      const done = chain(grid.sheet, cell, value, applying, !system);
      if (system)
        proposedOnly.push(
          ...done
            .filter((p) => !declined.has(declinedKey(cell, p)))
            .map((p) => ({ ...p, note: SYSTEM_NAME_NOTE })),
        );
      else edits.push(...(named ? done.map((p) => ({ ...p, note: SYSTEM_NAME_APPLIED_NOTE })) : done));
      const text = done.length && !system ? done[done.length - 1].after : value;
      // Each proposal stands alone on the cleaned text, so the officer can tick any one of them.
      for (const rule of proposing)
        for (const p of chain(grid.sheet, cell, text, [rule], false))
          if (!declined.has(declinedKey(cell, p))) proposedOnly.push(p);
      // A line break inside a name the parser reads whole (巡查养殖⏎场数) is offered, never applied.
      if (settings.SPACE === "off" || !text.includes("\n")) continue;
      if (done.length && !system) breaksAfterCleaning.push({ at: proposedOnly.length, cell, r, c, text });
      else {
        const joined = nameBreakIn(grid.sheet, cell, text, read);
        if (joined && !declined.has(declinedKey(cell, joined))) proposedOnly.push(joined);
      }
    }
  }
  if (cells > 0) onProgress?.(cells, cells);
  // A cell this run cleans is read again as it will be: a rule may join or cut its names (装备、装备⏎巡查企业数
  // → 装备⏎巡查企业数 reads 装备巡查企业数), and the break must be offered now, not only on the next run.
  if (breaksAfterCleaning.length) {
    const values = grid.values.map((row) => [...row]);
    for (const b of breaksAfterCleaning) values[b.r][b.c] = b.text;
    let again: ParseResult | undefined;
    try {
      again = parseGrid({ ...grid, values });
    } catch {
      again = undefined;
    }
    for (const b of [...breaksAfterCleaning].reverse()) {
      const joined = nameBreakIn(grid.sheet, b.cell, b.text, again);
      if (joined && !declined.has(declinedKey(b.cell, joined))) proposedOnly.splice(b.at, 0, joined);
    }
  }
  if (removeRows === "apply") rejudgeHeaderCopies(grid, edits, proposedOnly);
  const noted = (e: CleanupEdit): CleanupEdit => {
    if (e.kind !== "cell" || e.rule === "SPLIT-LINES" || e.note) return e;
    const note = nameNoteFor(read, e);
    return note ? { ...e, note } : e;
  };
  const unseen = hiddenTest(grid);
  const marked = (e: CleanupEdit): CleanupEdit => (unseen(e) ? { ...e, hidden: true } : e);
  return { sheet: grid.sheet, scope, edits: [...edits, ...proposedOnly].map(noted).map(marked), messages };
}
