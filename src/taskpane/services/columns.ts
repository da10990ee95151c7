/**
 * The officer's corrections to the column mapping, applied by rewriting the header row of a copy of the
 * grid with the canonical header of each corrected role (the workbook itself is never touched). Kept apart
 * from the parser (services/parse.ts) so the first screen can hold it without the engine.
 */
import { columnNumber, type CellValue, type Grid } from "../../core/grid";
import type { ColumnRole, TableInfo } from "../../core/record";

/** The header each role is recognised by, in the parser's own vocabulary. */
export const CANONICAL_HEADER: Record<ColumnRole, string> = {
  department: "主管部门",
  budgetUnit: "预算单位",
  project: "项目名称",
  goal: "绩效目标",
  indicators: "绩效指标",
  level1: "一级指标",
  level2: "二级指标",
  level3: "三级指标",
  target: "指标值",
  unit: "计量单位",
  nature: "指标性质",
  direction: "指标方向",
  weight: "权重",
};

/** role → column letter chosen by the officer, or null for "not in this table". */
export type ColumnOverrides = Partial<Record<ColumnRole, string | null>>;

/** A header no parser recognises, for a column the officer took a role away from. */
const UNUSED_HEADER = "—";

/**
 * A copy of `grid` whose header row says what the officer chose. Returns `grid` itself when there is
 * nothing to change or the table has no header row.
 */
export function applyColumnOverrides(grid: Grid, table: TableInfo, overrides: ColumnOverrides): Grid {
  const roles = Object.keys(overrides) as ColumnRole[];
  if (roles.length === 0 || table.headerRow === null) return grid;
  const r = table.headerRow - grid.top;
  if (r < 0 || r >= grid.values.length) return grid;
  const header: CellValue[] = [...grid.values[r]];
  const setHeader = (letter: string, text: string) => {
    const c = columnNumber(letter) - grid.left;
    if (c < 0) return;
    while (header.length <= c) header.push(null);
    header[c] = text;
  };
  const chosen = new Set(Object.values(overrides).filter((v): v is string => !!v));
  for (const role of roles) {
    const previous = table.columns[role]?.column;
    // The column that had this role loses it, unless the officer gave it another role.
    if (previous && previous !== overrides[role] && !chosen.has(previous)) setHeader(previous, UNUSED_HEADER);
  }
  for (const role of roles) {
    const letter = overrides[role];
    if (letter) setHeader(letter, CANONICAL_HEADER[role]);
  }
  const values = grid.values.slice();
  values[r] = header;
  return { ...grid, values };
}
