/**
 * `npm run --silent bench -- --json`: engine throughput on a synthetic table of 100,000 varied
 * indicators, and its ratio to a bare pass that only splits the same cells on 。 and ，
 * (the floor for any parser that reads every character). Plus, where present, the Excel write bench.
 */
import { performance } from "perf_hooks";
import { parseGrid } from "../src/core/parse";
import { syntheticGrid } from "./synthetic";

function best(fn: () => void, runs: number): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    const dt = performance.now() - t0;
    if (dt < min) min = dt;
  }
  return min;
}

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const N = 100_000;
  const grid = syntheticGrid(N);
  const cells = grid.values.slice(1).map((r) => String(r[4]));
  let count = 0;
  // Warm up both paths so the JIT has compiled them before timing.
  for (let i = 0; i < 2; i++) count = parseGrid(grid).indicators.length;
  let pieces = 0;
  const splitMs = best(() => {
    pieces = 0;
    for (const c of cells) pieces += c.split(/[。，]/).length;
  }, 7);
  const parseMs = best(() => {
    count = parseGrid(grid).indicators.length;
  }, 5);
  const result: Record<string, unknown> = {
    parse: {
      indicators: count,
      indicatorsPerSecond: Math.round((count / parseMs) * 1000),
      ratioToSplit: Math.round((parseMs / splitMs) * 100) / 100,
      parseMs: Math.round(parseMs),
      splitMs: Math.round(splitMs * 10) / 10,
      splitPieces: pieces,
    },
  };
  try {
    // The Excel write bench lives with the Excel gateway (bench/excelWrite.ts).
    const mod = (await import("./excelWrite")) as { benchExcelWrite?: () => Promise<unknown> | unknown };
    if (typeof mod.benchExcelWrite === "function") result.excelWrite = await mod.benchExcelWrite();
  } catch {
    // not built yet
  }
  if (json) process.stdout.write(JSON.stringify(result) + "\n");
  else {
    const p = result.parse as Record<string, number>;
    process.stdout.write(
      `解析 Parse: ${p.indicators} 条指标 indicators, ${p.indicatorsPerSecond.toLocaleString()} 条/秒 per second, ` +
        `${p.ratioToSplit}× 仅按“。，”切分的时间 the time of a bare split\n`,
    );
    if (result.excelWrite) process.stdout.write(`Excel 写入 write: ${JSON.stringify(result.excelWrite)}\n`);
  }
}

void main();
