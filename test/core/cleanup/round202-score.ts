/**
 * Scoring round 202's probe: each workbook and single cell run through a default cleanup, compared with the
 * gold written before the run, then reverted and run again.
 */
import type { CellValue, Grid } from "../../../src/core/grid";
import { a1, cellText } from "../../../src/core/grid";
import { defaultCleanupSettings, proposeCleanup } from "../../../src/core/cleanup";
import { BOOKS, CELLS, type Column, type ProbeBook } from "./round202-data";
import { grid, revert, run } from "./helpers";

export interface Score {
  right: number;
  missed: string[];
  wrong: string[];
  unexpected: string[];
  secondRun: string[];
  revertsExact: number;
  reverts: number;
  typosMissed: string[];
}

/**
 * A probe's score as the gold wants it: no edit missed, wrong or unasked, none proposed again after a run,
 * and every one of `count` reverts exact (rounds 215 and 227 assert it of each batch).
 */
export function expectCleanScore(s: Score, count: number): void {
  expect({ missed: s.missed, wrong: s.wrong, unexpected: s.unexpected, secondRun: s.secondRun }).toEqual({
    missed: [],
    wrong: [],
    unexpected: [],
    secondRun: [],
  });
  expect(s.revertsExact).toBe(count);
}

export function emptyScore(): Score {
  return {
    right: 0,
    missed: [],
    wrong: [],
    unexpected: [],
    secondRun: [],
    revertsExact: 0,
    reverts: 0,
    typosMissed: [],
  };
}

export function bookGrid(book: ProbeBook): Grid {
  const width = Math.max(...book.rows.map((r) => r.length));
  const values = book.rows.map((r) => [...r, ...Array(width - r.length).fill("")] as CellValue[]);
  const formulas = values.map((r, i) => r.map((_, j) => (book.formulas ?? []).includes(a1(i + 1, j + 1))));
  return grid(values, "Sheet1", formulas);
}

/** Scores one workbook into `s`. */
export function scoreBook(book: ProbeBook, s: Score): void {
  const g = bookGrid(book);
  const result = run(g);
  const removed = new Set(book.removed ?? []);
  const kept = g.values.map((_, i) => i + 1).filter((r) => !removed.has(r));
  const after = result.grid.values;
  if (after.length !== kept.length)
    s.wrong.push(`${book.place}: ${g.values.length - after.length} rows removed, gold ${removed.size}`);
  kept.forEach((origRow, i) => {
    g.values[origRow - 1].forEach((orig, j) => {
      const addr = a1(origRow, j + 1);
      const want = book.gold[addr] ?? orig;
      const got = after[i]?.[j] ?? null;
      const same = (x: CellValue, y: CellValue) =>
        (cellText(x) === cellText(y) && typeof x === typeof y) ||
        (cellText(x) === cellText(y) && (x === null || y === null || x === "" || y === ""));
      const tag = `${book.place} ${addr}: ${JSON.stringify(orig)} → ${JSON.stringify(got)} (gold ${JSON.stringify(want)})`;
      if (!same(want, orig)) {
        if (same(got, want)) s.right++;
        else if (same(got, orig)) s.missed.push(tag);
        else s.wrong.push(tag);
      } else if (!same(got, orig)) s.unexpected.push(tag);
    });
  });
  if (!same2(after.length, kept.length)) return;
  for (const word of book.typos ?? [])
    if (!result.proposal.edits.some((e) => e.rule === "TYPO" && e.before.includes(word)))
      s.typosMissed.push(`${book.place}: ${word}`);
  secondAndRevert(book.place, g, result, s);
}

function same2(a: number, b: number): boolean {
  return a === b;
}

function secondAndRevert(place: string, g: Grid, result: ReturnType<typeof run>, s: Score): void {
  const second = proposeCleanup(result.grid, defaultCleanupSettings(), result.log).edits.filter(
    (e) => e.applied,
  );
  for (const e of second)
    s.secondRun.push(
      `${place} ${e.cell} ${e.rule}: ${JSON.stringify(e.before)} → ${JSON.stringify(e.after)}`,
    );
  s.reverts++;
  const back = revert(result.grid, result.log).grid.values;
  const norm = (v: Grid["values"]) => v.map((r) => r.map((c) => (c === "" ? null : c)));
  if (JSON.stringify(norm(back)) === JSON.stringify(norm(g.values))) s.revertsExact++;
  else s.wrong.push(`${place}: revert not exact`);
}

const COLUMNS = ["一级指标", "二级指标", "三级指标", "指标值", "备注"];
const INDEX: Record<Column, number> = { name: 2, target: 3, note: 4 };

/** Scores one tricky cell into `s`. */
export function scoreCell(column: Column, text: string, gold: string | string[], s: Score): void {
  const line: CellValue[] = ["产出指标", "数量指标", "新建道路", "≥1条", ""];
  line[INDEX[column]] = text;
  const g = grid([COLUMNS, line]);
  const result = run(g);
  const got = cellText(result.grid.values[1][INDEX[column]]);
  const golds = Array.isArray(gold) ? gold : [gold];
  const tag = `${column} ${JSON.stringify(text)} → ${JSON.stringify(got)} (gold ${golds.map((x) => JSON.stringify(x)).join(" or ")})`;
  if (golds.includes(got)) {
    if (got !== text) s.right++;
  } else if (got === text) s.missed.push(tag);
  else if (golds.includes(text)) s.unexpected.push(tag);
  else s.wrong.push(tag);
  const others = result.grid.values[1].filter((_, j) => j !== INDEX[column]);
  if (JSON.stringify(others) !== JSON.stringify(line.filter((_, j) => j !== INDEX[column])))
    s.unexpected.push(`${tag}: other cells changed`);
  secondAndRevert(`cell ${JSON.stringify(text)}`, g, result, s);
}

export function scoreAll(): { books: Score; cells: Score } {
  const books = emptyScore();
  for (const b of BOOKS) scoreBook(b, books);
  const cells = emptyScore();
  for (const [c, t, gold] of CELLS) scoreCell(c, t, gold, cells);
  return { books, cells };
}

export function scoreCells2(cells: ReadonlyArray<[Column, string, string | string[]]>): Score {
  const s = emptyScore();
  for (const [c, t, gold] of cells) scoreCell(c, t, gold, s);
  return s;
}

/** Scores a list of workbooks. */
export function scoreBooks(books: readonly ProbeBook[]): Score {
  const s = emptyScore();
  for (const b of books) scoreBook(b, s);
  return s;
}
