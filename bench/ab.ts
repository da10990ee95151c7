/**
 * `npm run --silent bench:ab -- <other checkout> [rounds]`: this checkout's parse against another's, in one
 * process, run after run in turn (ABBA), on the bench's synthetic table. On a shared machine one run's CPU
 * time swings by a third with the neighbours' work; the ratio of two runs side by side swings by a few percent,
 * so a change of 5–10% shows here where two `npm run bench` calls cannot tell it (2 December: the Indicator class).
 * Prints the median of the pairs' ratios (this ÷ other: below 1, this checkout is faster) and each side's best.
 *
 * Run with tsx: it bundles both engines into one script with esbuild (as `npm run bench` bundles one), then
 * runs that script in a Node with the bench's flags.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildSync } from "esbuild";

const ROOT = resolve(__dirname, "..");

/** The script both engines run in: each timed on the same grid, in turn. */
function runner(here: string, other: string, rounds: number): string {
  return `
import { parseGrid as parseHere } from ${JSON.stringify(here)};
import { parseGrid as parseThere } from ${JSON.stringify(other)};
import { syntheticGrid } from ${JSON.stringify(join(ROOT, "bench/synthetic"))};
const grid = syntheticGrid(100_000);
function cpuMs(parse) {
  const t0 = process.cpuUsage();
  parse(grid);
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}
for (let i = 0; i < 3; i++) { cpuMs(parseHere); cpuMs(parseThere); }
const here = [], there = [];
for (let i = 0; i < ${rounds}; i++) {
  // ABBA: neither side always runs just after the other's garbage.
  if (i % 2 === 0) { here.push(cpuMs(parseHere)); there.push(cpuMs(parseThere)); }
  else { there.push(cpuMs(parseThere)); here.push(cpuMs(parseHere)); }
}
const ratios = here.map((h, i) => h / there[i]).sort((a, b) => a - b);
process.stdout.write(JSON.stringify({
  rounds: ${rounds},
  ratio: Math.round(ratios[ratios.length >> 1] * 1000) / 1000,
  hereBestMs: Math.round(Math.min(...here)),
  otherBestMs: Math.round(Math.min(...there)),
}) + "\\n");
`;
}

function main(): void {
  const otherDir = process.argv[2];
  const rounds = Number(process.argv[3] ?? 12);
  const other = otherDir ? resolve(otherDir, "src/core/parse/index.ts") : "";
  if (!otherDir || !existsSync(other) || !(rounds >= 2)) {
    process.stderr.write(
      "用法 Usage: npm run --silent bench:ab -- <另一份代码的目录 other checkout> [轮数 rounds ≥ 2]\n" +
        (otherDir && !existsSync(other) ? `找不到 Not found: ${other}\n` : ""),
    );
    process.exit(2);
  }
  const dir = join(ROOT, "build/bench");
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, "ab-entry.ts");
  const out = join(dir, "ab.js");
  writeFileSync(entry, runner(join(ROOT, "src/core/parse/index.ts"), other, rounds));
  buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    target: "node20",
    logLevel: "warning",
    tsconfig: join(ROOT, "tsconfig.json"),
    outfile: out,
  });
  const run = spawnSync(process.execPath, ["--single-threaded-gc", out], { stdio: "inherit" });
  process.exit(run.status ?? 1);
}

main();
