/**
 * Scores round 214's cells (round214.data.ts): each gold indicator is paired with the record in the same place
 * and counted right when every field is accepted; a record no gold takes is an extra.
 */
import { parseGrid } from "../../src/core/parse";
import type { IndicatorRecord } from "../../src/core/record";
import { grid } from "../support/grid";
import { recordsIn2025 } from "../support/packedCell";
import type { Alt, Cell, Rec } from "./round214.data";

/** A cell's records: in a 绩效指标 column, or as the 绩效目标 of a table with no indicator column. */
export function cellRecords(c: Cell): IndicatorRecord[] {
  if (c.layout === "指标") return recordsIn2025(c.text);
  return parseGrid(
    grid([
      ["某县2025年项目支出绩效目标表", null],
      ["项目名称", "绩效目标"],
      ["某项目", c.text],
    ]),
  ).indicators;
}

const accepts = <T>(gold: Alt<T>, got: T): boolean =>
  Array.isArray(gold) ? gold.some((g) => g === got) : gold === got;

const fields = (r: IndicatorRecord) => [r.name, r.comparator, r.value, r.unit, r.kind, r.date];

export interface Score {
  indicators: number;
  right: number;
  extra: number;
  misses: string[];
}

export function scoreCells(cells: Cell[]): Score {
  const s: Score = { indicators: 0, right: 0, extra: 0, misses: [] };
  for (const c of cells) {
    const got = cellRecords(c);
    c.gold.forEach((g: Rec, k) => {
      s.indicators++;
      const r = got[k];
      if (r && fields(r).every((v, f) => accepts(g[f] as Alt<unknown>, v))) s.right++;
      else
        s.misses.push(
          `${c.text} | gold ${JSON.stringify(g)} | got ${r ? JSON.stringify(fields(r)) : "none"}`,
        );
    });
    if (got.length > c.gold.length) {
      s.extra += got.length - c.gold.length;
      s.misses.push(`${c.text} | extra ${JSON.stringify(got.slice(c.gold.length).map(fields))}`);
    }
  }
  return s;
}
