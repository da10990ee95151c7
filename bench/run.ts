/**
 * `npm run --silent bench -- --json`: engine throughput on a synthetic table of 100,000 varied
 * indicators, and its ratio to a bare pass that only splits the same cells on 。 and ，
 * (the floor for any parser that reads every character). Plus, where present, the Excel write bench.
 */
import { parseGrid } from "../src/core/parse";
import { review } from "../src/core/review/review";
import { syntheticGrid } from "./synthetic";

/**
 * 2,000 projects sharing two template goals (a province's units filing one form): round 200 found the
 * review asking GOAL-COPY's "whose goal is this?" of every other project anew, quadratic in the group.
 */
function templateGoalsGrid(n: number) {
  const values: (string | null)[][] = [["项目名称", "绩效目标", "绩效指标"]];
  for (let i = 0; i < n; i++)
    values.push([
      `安全生产执法检查项目${i}`,
      `全年巡查企业${(i % 2) + 1}万家次，消除安全隐患。`,
      `1、产出指标：巡查企业数，不少于${i + 1}家次`,
    ]);
  return { sheet: "表", top: 1, left: 1, values };
}

/**
 * 2,000 counties filing one province's template (a rows table, the same ten lines and targets in each, goals of
 * their own): round 218 found INDICATOR-COPY asking its questions of every pair of projects, a 600-project table
 * taking 15 s to review in the pane and 20,000 rows over five minutes.
 */
function templateLinesGrid(n: number) {
  const values: (string | null)[][] = [
    ["项目名称", "绩效目标", "一级指标", "二级指标", "三级指标", "指标值"],
  ];
  const lines = [
    ["产出指标", "数量指标", "培训人次", "≥500人次"],
    ["产出指标", "数量指标", "发放补助资金户数", "≥1200户"],
    ["产出指标", "数量指标", "维修道路里程", "≥12公里"],
    ["产出指标", "质量指标", "验收合格率", "100%"],
    ["产出指标", "质量指标", "资金发放准确率", "100%"],
    ["产出指标", "时效指标", "资金拨付及时率", "≥95%"],
    ["成本指标", "经济成本指标", "项目总成本", "≤300万元"],
    ["效益指标", "社会效益指标", "受益群众人数", "≥8000人"],
    ["效益指标", "可持续影响指标", "长效管护机制", "建立"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
  ];
  for (let i = 0; i < n; i++)
    lines.forEach(([l1, l2, name, target], k) =>
      values.push([
        k === 0 ? `第${i + 1}县乡村振兴衔接资金项目` : null,
        k === 0 ? `完成第${i + 1}县年度建设任务，改善群众生产生活条件。` : null,
        l1,
        l2,
        name,
        target,
      ]),
    );
  return { sheet: "表", top: 1, left: 1, values };
}

/**
 * The best of `runs`, in milliseconds of this process's CPU time ("on one core"): on a shared
 * virtual machine wall-clock time also counts the neighbours' work. `npm run bench` starts Node with
 * --single-threaded-gc, so that the garbage collector works on the same core, as on a one-core
 * machine; with parallel collector threads the same parse costs about a quarter more CPU time in
 * their spinning and hand-overs (run `node build/bench/run.js` to see it).
 */
function best(fn: () => void, runs: number): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    fn();
    const d = process.cpuUsage(t0);
    const dt = (d.user + d.system) / 1000;
    if (dt < min) min = dt;
  }
  return min;
}

/** Records of the indicator record's shape from bare pieces (see the record floor in main). */
function recordFloor(cells: string[]): unknown[] {
  const out: unknown[] = [];
  for (let row = 0; row < cells.length; row++) {
    const c = cells[row];
    const cell = `E${row + 2}`;
    let from = 0;
    let seq = 0;
    for (let i = 0; i <= c.length; i++) {
      const ch = i < c.length ? c.charCodeAt(i) : 0x3002;
      if (ch !== 0x3002 && ch !== 0xff1b && ch !== 59) continue;
      if (i > from) {
        let comma = from;
        while (comma < i && c.charCodeAt(comma) !== 0xff0c) comma++;
        out.push({
          sheet: "bench",
          row: row + 2,
          cell,
          project: "",
          budgetUnit: "",
          department: "",
          district: null,
          seq: ++seq,
          level1: null,
          level2: null,
          level2Inferred: null,
          name: c.slice(from, comma),
          target: c.slice(Math.min(comma + 1, i), i),
          comparator: null,
          value: null,
          valueMax: null,
          unit: "",
          kind: "empty",
          date: null,
          text: c.slice(from, i),
          projectId: row,
          direction: null,
        });
      }
      from = i + 1;
    }
  }
  return out;
}

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const N = 100_000;
  const grid = syntheticGrid(N);
  const cells = grid.values.slice(1).map((r) => String(r[4]));
  let count = 0;
  // Warm up both paths so the JIT has compiled them before timing.
  for (let i = 0; i < 2; i++) count = parseGrid(grid).indicators.length;
  // The floor: a bare pass that only splits the same cells on 。 and ，. Measured two ways: the
  // engine's language reading every character itself (the fair floor for a parser written in it), and
  // the runtime's native String.split (a stricter one).
  let pieces = 0;
  const splitMs = best(() => {
    for (const c of cells) {
      let from = 0;
      for (let i = 0; i < c.length; i++) {
        const ch = c.charCodeAt(i);
        if (ch === 0x3002 || ch === 0xff0c) {
          if (i > from) pieces += c.slice(from, i).length > 0 ? 1 : 0;
          from = i + 1;
        }
      }
      if (from < c.length) pieces++;
    }
  }, 9);
  const nativeSplitMs = best(() => {
    for (const c of cells) c.split(/[。，]/);
  }, 9);
  // A second floor: building the records themselves. Any engine that returns record.md's indicators
  // allocates one 24-field record per indicator and keeps its name, target and text. Here each piece
  // between sentence ends becomes such a record, its name and target cut at the first ，, with no
  // parsing at all — what is left of the engine's time above this is reading.
  let floorRecords: unknown[] = [];
  const recordFloorMs = best(() => {
    floorRecords = recordFloor(cells);
  }, 9);
  const parseMs = best(() => {
    count = parseGrid(grid).indicators.length;
  }, 9);
  // The review on a table whose projects share template goals: its time should grow with the table, not
  // with its square (2,000 projects: about 2 s on a 2-core machine; over 10 s before round 200's fix).
  const templated = parseGrid(templateGoalsGrid(2000));
  const templateGoalsMs = best(() => review(templated), 2);
  const sharedLines = parseGrid(templateLinesGrid(2000));
  const templateLinesMs = best(() => review(sharedLines), 2);
  const result: Record<string, unknown> = {
    parse: {
      indicators: count,
      indicatorsPerSecond: Math.round((count / parseMs) * 1000),
      ratioToSplit: Math.round((parseMs / splitMs) * 100) / 100,
      ratioToNativeSplit: Math.round((parseMs / nativeSplitMs) * 100) / 100,
      parseMs: Math.round(parseMs),
      recordFloorMs: Math.round(recordFloorMs * 10) / 10,
      recordFloorRatioToSplit: Math.round((recordFloorMs / splitMs) * 100) / 100,
      floorRecords: floorRecords.length,
      splitMs: Math.round(splitMs * 10) / 10,
      nativeSplitMs: Math.round(nativeSplitMs * 10) / 10,
      splitPieces: pieces,
      gc: process.execArgv.includes("--single-threaded-gc") ? "single-threaded" : "parallel",
    },
    review: {
      templateGoalsProjects: templated.projects.length,
      templateGoalsMs: Math.round(templateGoalsMs),
      templateLinesProjects: sharedLines.projects.length,
      templateLinesMs: Math.round(templateLinesMs),
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
        `${p.ratioToSplit}× 逐字切分的时间 a bare character pass that splits on 。，, ` +
        `${p.ratioToNativeSplit}× 原生 split native String.split; ` +
        `只建记录不解析 building the records alone: ${p.recordFloorMs} ms = ${p.recordFloorRatioToSplit}× 切分 the split\n`,
    );
    const r = result.review as Record<string, number>;
    process.stdout.write(
      `校验 Review: ${r.templateGoalsProjects} 个共用模板目标的项目 projects sharing template goals, ${r.templateGoalsMs} ms; ` +
        `${r.templateLinesProjects} 个共用模板指标的项目 projects sharing template lines, ${r.templateLinesMs} ms\n`,
    );
    if (result.excelWrite) process.stdout.write(`Excel 写入 write: ${JSON.stringify(result.excelWrite)}\n`);
  }
}

void main();
