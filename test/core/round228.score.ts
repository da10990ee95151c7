/**
 * Scores round 228's context probe: each gold project found by its first indicator's cell, then its project,
 * budgetUnit, department, district, address (sheet, row, cell) and count of indicators compared, field by field.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";
import type { ContextCase } from "./round228.data";

export const FIELDS = ["project", "budgetUnit", "department", "district", "address", "count"] as const;
export type Field = (typeof FIELDS)[number];

export interface ContextScore {
  projects: number;
  right: Record<Field, number>;
  misses: string[];
}

export function scoreContext(cases: ContextCase[]): ContextScore {
  const right = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const out: ContextScore = { projects: 0, right, misses: [] };
  for (const c of cases) {
    const sheet = c.sheet ?? "Sheet1";
    const res = parseGrid(grid(c.rows, sheet, c.top ?? 1, c.left ?? 1));
    const recs = res.indicators;
    for (const g of c.gold) {
      out.projects++;
      const rec = recs.find((r) => r.cell === g.cell);
      if (!rec) {
        out.misses.push(`${c.id} ${g.project}: no record at ${g.cell}`);
        continue;
      }
      const got: Record<Field, unknown> = {
        project: rec.project,
        budgetUnit: rec.budgetUnit,
        department: rec.department,
        district: rec.district,
        address: `${rec.sheet}!${rec.row}`,
        count: recs.filter((r) => r.projectId === rec.projectId).length,
      };
      const want: Record<Field, unknown> = {
        project: g.project,
        budgetUnit: g.budgetUnit,
        department: g.department,
        district: g.district,
        address: `${g.sheet ?? sheet}!${g.row}`,
        count: g.n,
      };
      for (const f of FIELDS) {
        if (got[f] === want[f]) right[f]++;
        else
          out.misses.push(
            `${c.id} ${g.project} ${f}: ${JSON.stringify(got[f])} ≠ ${JSON.stringify(want[f])}`,
          );
      }
    }
  }
  return out;
}
