/** Facts the rules need from the tables a parse recognised, not from any one record. */
import type { IndicatorRecord, TableInfo } from "../record";

/** A grade a graded table heads its target columns with: 优 | 良 | 中 | 差, 优秀 | 良好 | 合格 | 不合格. */
const GRADE = /^(?:优|优秀|良|良好|中|中等|一般|合格|及格|差|较差|不合格|不及格)$/;

/** Sheet rows a range such as "A3:H9" spans. */
function rowsOf(range: string): [number, number] | null {
  const m = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(range);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

const columnOf = (cell: string) => /^[A-Z]+/.exec(cell)?.[0] ?? "";

/** The key rules look a cell up by. */
export const cellKey = (r: Pick<IndicatorRecord, "sheet" | "cell">) => `${r.sheet}!${r.cell}`;

/**
 * The cells whose target is read from a graded table's grade column (救助覆盖率 | 100% | 90% | 85% under
 * 优 | 良 | 中 | 差): each is the threshold for that grade, stated as the table states it, not a bare target.
 */
export function gradeCells(
  tables: readonly TableInfo[],
  indicators: readonly IndicatorRecord[],
): Set<string> {
  // Each graded table's target column and rows, worked out once.
  const graded = tables.flatMap((t) => {
    const rows = rowsOf(t.range);
    const column = t.columns.target?.column;
    return GRADE.test((t.columns.target?.header ?? "").replace(/\s+/g, "")) && rows !== null && column
      ? [{ sheet: t.sheet, column, rows }]
      : [];
  });
  const cells = new Set<string>();
  if (graded.length === 0) return cells;
  for (const r of indicators) {
    const at = graded.find(
      (t) => t.sheet === r.sheet && t.column === columnOf(r.cell) && r.row >= t.rows[0] && r.row <= t.rows[1],
    );
    if (at) cells.add(cellKey(r));
  }
  return cells;
}
