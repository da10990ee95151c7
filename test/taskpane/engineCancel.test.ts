/*
 * 取消 and the steps' counts in the engine client (src/taskpane/services/engineClient.ts): a stopped worker
 * is ended and its job rejected as Cancelled, the next job after resume gets a fresh worker; on the pane's
 * thread a job's result is dropped when the stop came while it ran; each job tells its step and count.
 */
import type { Grid } from "../../src/core/grid";
import {
  answer,
  ThreadEngine,
  WorkerEngine,
  type JobRequest,
  type WorkerLike,
} from "../../src/taskpane/services/engineClient";
import { isCancelled } from "../../src/taskpane/shared/cancel";
import type { ProgressStep } from "../../src/taskpane/services/types";

jest.setTimeout(60_000);

/** A worker in this process: messages cloned, answers in a later task; `hold` keeps it busy forever. */
class ClonedWorker implements WorkerLike {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  terminated = false;
  hold = false;
  requests: JobRequest[] = [];

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

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("resolved");
}

describe("取消 on the worker", () => {
  it("ends the worker, rejects its job as Cancelled, and the next job runs on a fresh worker", async () => {
    const spawned: ClonedWorker[] = [];
    const engine = new WorkerEngine(() => {
      const w = new ClonedWorker();
      spawned.push(w);
      return w;
    });
    spawned.length = 0;
    const first = engine.run("parse", { grid: bigGrid(50) });
    spawned[0].hold = true; // still working when the officer stops it
    spawned[0].requests.length = 0;
    engine.cancel();
    expect(isCancelled(await rejection(first))).toBe(true);
    expect(spawned[0].terminated).toBe(true);
    // Stopped: a job asked before the next action starts is not begun.
    expect(isCancelled(await rejection(engine.run("parse", { grid: bigGrid(5) })))).toBe(true);
    expect(spawned).toHaveLength(1);
    engine.resume();
    const again = await engine.run("parse", { grid: bigGrid(50) });
    expect(again.indicators).toHaveLength(50);
    expect(spawned).toHaveLength(2);
    expect(spawned[1].terminated).toBe(false);
  });

  it("a late answer of the ended worker reaches nobody", async () => {
    const w = new ClonedWorker();
    const engine = new WorkerEngine(() => w);
    const steps: (ProgressStep | undefined)[] = [];
    w.hold = true;
    const job = engine.run("parse", { grid: bigGrid(3000) }, (_f, s) => void steps.push(s));
    const onmessage = w.onmessage;
    engine.cancel();
    expect(w.onmessage).toBeNull();
    // Even a reply already on its way, handed to the old handler, finds no job.
    answer(w.requests[0], (reply) => onmessage?.({ data: reply }));
    expect(isCancelled(await rejection(job))).toBe(true);
    expect(steps.filter((s) => s && s.total > 0)).toEqual([]);
  });
});

describe("取消 on the pane's thread", () => {
  it("drops the result of a job the stop came during, and starts no later job until resume", async () => {
    const engine = new ThreadEngine();
    const job = engine.run("parse", { grid: bigGrid(50) });
    // The click queued while the job held the thread is handled before its result is used.
    engine.cancel();
    expect(isCancelled(await rejection(job))).toBe(true);
    expect(isCancelled(await rejection(engine.run("parse", { grid: bigGrid(5) })))).toBe(true);
    engine.resume();
    expect((await engine.run("parse", { grid: bigGrid(5) })).indicators).toHaveLength(5);
  });
});

describe("each job's step and count", () => {
  it("a parse counts rows, a review projects; both reach their total, then the step ends", async () => {
    for (const engine of [new ThreadEngine(), new WorkerEngine(() => new ClonedWorker())]) {
      const told: [number | null, ProgressStep | undefined][] = [];
      const listen = (f: number | null, s?: ProgressStep) => void told.push([f, s]);
      const result = await engine.run("parse", { grid: bigGrid(3000) }, listen);
      expect(told[0]).toEqual([
        null,
        expect.objectContaining({ label: { zh: "正在读取表格…", en: "Reading the table…" } }),
      ]);
      expect(told[told.length - 1]).toEqual([null, undefined]);
      const rows = told.flatMap(([, s]) => (s && s.total > 0 ? [s] : []));
      expect(rows[rows.length - 1]).toMatchObject({
        done: 3001,
        total: 3001,
        unit: { zh: "行", en: "rows" },
      });

      told.length = 0;
      await engine.run("review", { result, options: { rules: [], satisfactionMin: 90 } }, listen);
      const projects = told.flatMap(([f, s]) => (s && s.total > 0 ? [[f, s.done, s.total]] : []));
      expect(projects.length).toBeGreaterThan(2);
      // Monotonic, and filled.
      for (let i = 1; i < projects.length; i++)
        expect(projects[i][1]).toBeGreaterThanOrEqual(projects[i - 1][1] as number);
      expect(projects[projects.length - 1]).toEqual([1, 600, 600]);
      expect(told.find(([, s]) => s)?.[1]?.unit).toEqual({ zh: "个项目", en: "projects" });
    }
  });
});
