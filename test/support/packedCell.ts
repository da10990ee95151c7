/** One packed 绩效指标 cell read under an ordinary header, as the prose tests read their cells. */
import { parseGrid } from "../../src/core/parse";
import type { IndicatorRecord } from "../../src/core/record";
import { grid } from "./grid";

/** The records of one packed cell in a 项目名称 | 绩效指标 table. */
export function records(cell: string): IndicatorRecord[] {
  return parseGrid(
    grid([
      ["项目名称", "绩效指标"],
      ["某项目", cell],
    ]),
  ).indicators;
}

/** The records of one packed cell under a title naming the year 2025 (项目名称 | 绩效目标 | 绩效指标). */
export function recordsIn2025(cell: string): IndicatorRecord[] {
  return parseGrid(
    grid([
      ["某区2025年项目绩效目标", null, null],
      ["项目名称", "绩效目标", "绩效指标"],
      ["某项目", "目标。", cell],
    ]),
  ).indicators;
}

/** The records of one packed cell: level1, level2, name, target, comparator, value, unit, kind. */
export function read(cell: string) {
  return records(cell).map((i) => [
    i.level1,
    i.level2,
    i.name,
    i.target,
    i.comparator,
    i.value,
    i.unit,
    i.kind,
  ]);
}

/** The records of one packed cell: name, comparator, value, unit, kind — or name, kind, date for a date. */
export function readBrief(cell: string) {
  return records(cell).map((i) =>
    i.kind === "date" ? [i.name, i.kind, i.date] : [i.name, i.comparator, i.value, i.unit, i.kind],
  );
}
