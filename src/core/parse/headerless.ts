/** Cells that read as indicator text with no header above them (a 绩效指标 cell selected on its own). */
import { canon } from "../text/chars";
import { INDICATOR_TEXT } from "../table/columns";
import { Builder, EMPTY_CONTEXT } from "./builder";
import { addPackedCell } from "./packedCell";

export function parseHeaderless(b: Builder, texts: string[][], width: number): void {
  const grid = b.grid;
  const indicators0 = b.indicators.length;
  const projects0 = b.projects.length;
  let first = -1;
  let last = -1;
  for (let r = 0; r < texts.length; r++) {
    for (let c = 0; c < width; c++) {
      const t = texts[r][c];
      if (!t || t.length < 6 || !INDICATOR_TEXT.test(canon(t))) continue;
      const p = b.startProject({ ...EMPTY_CONTEXT(), row: b.sheetRow(r) });
      addPackedCell(b, p, r, c, t);
      if (first < 0) first = r;
      last = r;
    }
  }
  if (b.indicators.length > indicators0) {
    b.tables.push({
      sheet: grid.sheet,
      layout: "text",
      headerRow: null,
      columns: {},
      repeatedHeaderRows: [],
      range: `${b.addr(first, 0)}:${b.addr(last, Math.max(0, width - 1))}`,
      projects: b.projects.length - projects0,
      indicators: b.indicators.length - indicators0,
    });
  }
}
