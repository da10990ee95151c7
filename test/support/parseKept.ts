import type { CellValue } from "../../src/core/grid";
import { parseGrid } from "../../src/core/parse";
import type { ParseResult } from "../../src/core/record";
import { grid } from "./grid";

/**
 * Parses a sheet (named "分解表" unless told otherwise), and checks nothing is lost: every cell is in a
 * record's raw text or a message (or its row is); the title's row may name the project instead
 * (…养护资金绩效目标分解表 → …养护资金).
 */
export function parseKept(values: CellValue[][], sheet = "分解表"): ParseResult {
  const r = parseGrid(grid(values, sheet));
  const reported = r.messages.map((m) => m.text.zh).join("");
  values.forEach((row, k) =>
    row.forEach((v) => {
      const t = v === null ? "" : String(v).trim();
      if (!t) return;
      const kept =
        r.indicators.some((i) => i.text.includes(t)) ||
        reported.includes(`第 ${k + 1} 行`) ||
        reported.includes(t) ||
        r.projects.some((p) => k === 0 && t.startsWith(p.project));
      if (!kept) throw new Error(`lost: ${t} (row ${k + 1})`);
    }),
  );
  return r;
}
