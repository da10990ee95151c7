/*
 * The engine's worker (src/taskpane/services/engineClient.ts, engineOps.ts): the message protocol, the
 * same answers as on the pane's thread after the structured clone both ways, progress as the rows are
 * read, failures as the pane's own sentences, and the fall back to the pane's thread where there is no
 * worker or it dies.
 */
import * as path from "path";
import type { Grid } from "../../src/core/grid";
import { parseGrid } from "../../src/core/parse";
import { defaultCleanupSettings } from "../../src/core/cleanup";
import { RULES } from "../../src/core/review";
import { loadWorkbook } from "../../src/xlsx/files";
import { XlsxGateway } from "../../src/xlsx/gateway";
import {
  answer,
  inThread,
  WorkerEngine,
  type EngineRunner,
  type JobReply,
  type JobRequest,
  type WorkerLike,
} from "../../src/taskpane/services/engineClient";
import { createServices } from "../../src/taskpane/services";
import { plainError } from "../../src/taskpane/shared/errors";

jest.setTimeout(60_000);

const SAMPLE = path.resolve(__dirname, "../../samples/guangzhou-emergency-2022.xlsx");

/**
 * A worker as the browser gives one, in this process: every message crosses by structured clone (what
 * fails to clone fails here too), the answer comes in a later task, and `answer` is the worker's code.
 */
class ClonedWorker implements WorkerLike {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  terminated = false;
  requests: JobRequest[] = [];
  /** Requests are held, not answered: a worker still busy (or never started). */
  hold = false;

  postMessage(message: unknown): void {
    const request = structuredClone(message) as JobRequest;
    this.requests.push(request);
    if (this.hold) return;
    setTimeout(() =>
      answer(request, (reply) => {
        if (!this.terminated) this.onmessage?.({ data: structuredClone(reply) });
      }),
    );
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** A rows table of `n` rows, one indicator a row, five to a project. */
function bigGrid(n: number): Grid {
  const values: string[][] = [["项目名称", "一级指标", "二级指标", "三级指标", "指标值"]];
  for (let r = 0; r < n; r++)
    values.push([
      `第${Math.floor(r / 5) + 1}号服务项目`,
      "产出指标",
      "数量指标",
      `服务次数${r % 5}`,
      `≥${r % 9}次`,
    ]);
  return { sheet: "全市汇总", top: 1, left: 1, values };
}

let sample: Grid;
beforeAll(async () => {
  sample = await new XlsxGateway(await loadWorkbook(SAMPLE)).readSelection();
});

describe("the protocol (the worker's side)", () => {
  it("answers a parse with progress as the rows are read, then the result the parser gives", () => {
    const grid = bigGrid(3000);
    const replies: JobReply[] = [];
    answer({ id: 7, op: "parse", args: { grid } }, (r) => replies.push(structuredClone(r)));
    const progress = replies
      .filter((r) => r.kind === "progress")
      .map((r) => (r as { fraction: number }).fraction);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.every((f) => f > 0 && f <= 1)).toBe(true);
    const last = replies.at(-1)!;
    expect(last).toMatchObject({ id: 7, kind: "done" });
    expect((last as { value: unknown }).value).toEqual(parseGrid(grid));
    expect(replies.every((r) => r.id === 7)).toBe(true);
  });

  it("a small table says nothing of progress, only its result", () => {
    const replies: JobReply[] = [];
    answer({ id: 1, op: "parse", args: { grid: sample } }, (r) => replies.push(r));
    expect(replies.map((r) => r.kind)).toEqual(["done"]);
  });

  it("a job that fails is answered with the sentence the pane shows for it, never a stack", () => {
    const replies: JobReply[] = [];
    const broken = { sheet: "S", top: 1, left: 1, values: null } as unknown as Grid;
    answer(
      { id: 3, op: "proposeCleanup", args: { grid: broken, settings: defaultCleanupSettings(), log: [] } },
      (r) => replies.push(r),
    );
    expect(replies).toHaveLength(1);
    const reply = replies[0] as Extract<JobReply, { kind: "failed" }>;
    expect(reply.kind).toBe("failed");
    let thrown: unknown;
    try {
      inThreadSync(broken);
    } catch (e) {
      thrown = e;
    }
    expect(reply.error).toEqual(plainError(thrown));
    expect(reply.error.zh).toMatch(/^操作没有完成/);
    expect(reply.error.zh).not.toContain("\n");
  });
});

/** The same failing job on this thread, for its error. */
function inThreadSync(grid: Grid): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { proposeCleanup } = require("../../src/core/cleanup") as typeof import("../../src/core/cleanup");
  proposeCleanup(grid, defaultCleanupSettings(), []);
}

describe("through a worker, the same answers as on the pane's thread", () => {
  const jobs = async (engine: EngineRunner) => {
    const result = await engine.run("parse", { grid: sample });
    const findings = await engine.run("review", {
      result,
      options: { rules: RULES.map((r) => r.meta.code), satisfactionMin: 90 },
    });
    return {
      result,
      findings,
      indicators: await engine.run("indicatorSheet", { result, lang: "zh" }),
      findingSheet: await engine.run("findingSheet", { result, findings, lang: "zh" }),
      compare: await engine.run("compare", {
        selection: { grid: sample, result },
        grouping: { mode: "auto" },
        options: { outlierRatio: 3, robustZ: false, zThreshold: 3.5 },
        lang: "zh",
      }),
      cleanup: await engine.run("proposeCleanup", {
        grid: sample,
        settings: defaultCleanupSettings(),
        log: [],
      }),
    };
  };

  it("parse, review, both sheets, the comparison and the cleanup proposal of the sample", async () => {
    const worker = new ClonedWorker();
    const viaWorker = await jobs(new WorkerEngine(() => worker));
    const here = await jobs(inThread);
    expect(worker.requests.map((r) => r.op)).toEqual([
      "parse",
      "review",
      "indicatorSheet",
      "findingSheet",
      "compare",
      "proposeCleanup",
    ]);
    expect(viaWorker.result.indicators).toHaveLength(145);
    expect(viaWorker.findings.length).toBeGreaterThan(100);
    expect(viaWorker).toEqual(here);
  });

  it("tells the listener how far a big parse is, and answers each job by its id", async () => {
    const engine = new WorkerEngine(() => new ClonedWorker());
    const told: number[] = [];
    const [big, small] = await Promise.all([
      // null: the step's start and end, where no fraction is known.
      engine.run("parse", { grid: bigGrid(3000) }, (f) => void (f !== null && told.push(f))),
      engine.run("parse", { grid: sample }),
    ]);
    expect(big.indicators).toHaveLength(3000);
    expect(small.indicators).toHaveLength(145);
    expect(told.length).toBeGreaterThan(2);
    expect(told).toEqual([...told].sort((a, b) => a - b));
  });

  it("rejects a failed job with the pane's sentence", async () => {
    const engine = new WorkerEngine(() => new ClonedWorker());
    const broken = { sheet: "S", top: 1, left: 1, values: null } as unknown as Grid;
    const error = await engine.run("parse", { grid: broken }).catch((e: unknown) => e);
    expect(error).toEqual(plainError(error));
    expect((error as { zh: string }).zh).toMatch(/^操作没有完成/);
  });
});

describe("where there is no worker, the pane's thread", () => {
  it("a host without Worker (spawn gives null) or one that forbids it (spawn throws)", async () => {
    for (const spawn of [
      () => null,
      () => {
        throw new Error("SecurityError");
      },
    ]) {
      const engine = new WorkerEngine(spawn);
      const result = await engine.run("parse", { grid: sample });
      expect(result.indicators).toHaveLength(145);
    }
  });

  it("a worker whose script cannot be fetched: the job it held and every later one run here", async () => {
    const worker = new ClonedWorker();
    worker.hold = true;
    let spawned = 0;
    const engine = new WorkerEngine(() => (spawned++, worker));
    const pending = engine.run("parse", { grid: sample });
    worker.onerror?.({ message: "Failed to load worker script" });
    expect((await pending).indicators).toHaveLength(145);
    expect(worker.terminated).toBe(true);
    expect((await engine.run("parse", { grid: sample })).indicators).toHaveLength(145);
    expect(spawned).toBe(1);
    expect(worker.requests).toHaveLength(1);
  });

  it("arguments that cannot cross (a function) run here rather than fail", async () => {
    const engine = new WorkerEngine(() => new ClonedWorker());
    const grid = { ...sample, extra: () => 1 } as Grid;
    expect((await engine.run("parse", { grid })).indicators).toHaveLength(145);
  });

  it("createServices without a worker parses on this thread; with one, through it", async () => {
    const gateway = new XlsxGateway(await loadWorkbook(SAMPLE));
    const plain = createServices(gateway);
    expect((await plain.parse.parse(sample)).indicators).toHaveLength(145);
    const worker = new ClonedWorker();
    const spawn = () => worker;
    const viaWorker = createServices(gateway, spawn);
    expect((await viaWorker.parse.parse(sample)).indicators).toHaveLength(145);
    // Another gateway (the preview opens another workbook), the same worker.
    createServices(new XlsxGateway(await loadWorkbook(SAMPLE)), spawn);
    expect(worker.requests).toHaveLength(1);
    if (!viaWorker.cleanup.available) throw new Error("cleanup unavailable");
    const rules = viaWorker.cleanup.rules.map((r) => r.code);
    const proposal = await viaWorker.cleanup.propose(sample, await plain.parse.parse(sample), rules);
    expect(worker.requests.map((r) => r.op)).toEqual(["parse", "proposeCleanup"]);
    expect(proposal.edits.length).toBeGreaterThan(0);
  });
});
