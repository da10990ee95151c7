/**
 * Where the engine's long jobs run (engineOps.ts). In a dedicated worker where the host gives one, so the
 * pane keeps painting — its bar moving, its tabs answering — while a 20,000-row table is parsed; on the
 * pane's own thread otherwise (jsdom tests, a host without workers, a worker that cannot start). Office.js
 * lives on the pane's thread only, so the workbook's reads and writes stay there: a job gets cells and
 * gives back records, findings or sheet layouts, all plain data.
 *
 * Microsoft's own sample runs an add-in's long work in a web worker "to prevent blocking the UI of your
 * Office Add-in", in Excel on Windows, Mac and the web (OfficeDev/Office-Add-in-samples,
 * Excel-custom-functions/web-worker); the worker's script is the add-in's own, from the pane's origin.
 */
import type { Localized } from "../../core/i18n";
import { plainError } from "../shared/errors";
import { Cancelled } from "../shared/cancel";
import { OP_STEPS, runOp, type OpArgs, type OpName, type OpResult } from "./engineOps";
import type { ProgressListener } from "./types";

/** A job's request to the worker. */
export interface JobRequest<K extends OpName = OpName> {
  id: number;
  op: K;
  args: OpArgs<K>;
}

/** What the worker answers: progress as the job goes, then its result or its failure in plain words. */
export type JobReply =
  | { id: number; kind: "progress"; fraction: number; done: number; total: number }
  | { id: number; kind: "done"; value: unknown }
  | { id: number; kind: "failed"; error: Localized };

/** The parts of a Worker the client uses (a test's fake has the same). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

/** Runs one job: on a worker or on this thread, the same answer. */
export interface EngineRunner {
  run<K extends OpName>(op: K, args: OpArgs<K>, progress?: ProgressListener): Promise<OpResult<K>>;
  /** Stops (取消): the job under way and every later one reject with `Cancelled` until `resume`. */
  cancel(): void;
  resume(): void;
}

/** The listener told the job's step and count. */
function told(progress: ProgressListener | undefined, op: OpName, done: number, total: number): void {
  if (!progress) return;
  const { label, unit } = OP_STEPS[op];
  progress(total > 0 ? done / total : null, { label, unit, done, total });
}

/** Progress is told at most this often (fractions): enough for a bar, few messages. */
const PROGRESS_STEP = 0.02;

/**
 * The worker's side: runs a request and posts its replies. A failure is posted as the sentence the pane
 * would have shown for it (shared/errors.ts), since an Error's class does not survive the crossing.
 */
export function answer(request: JobRequest, post: (reply: JobReply) => void): void {
  const { id, op, args } = request;
  let last = 0;
  try {
    const value = runOp(op, args, (done, total) => {
      const fraction = total > 0 ? done / total : 0;
      if (fraction - last < PROGRESS_STEP && fraction < 1) return;
      // A job whose first word is that it is done (a small table's parse) needs none: its result follows.
      if (last === 0 && fraction >= 1) return;
      last = fraction;
      post({ id, kind: "progress", fraction, done, total });
    });
    post({ id, kind: "done", value });
  } catch (e) {
    post({ id, kind: "failed", error: plainError(e) });
  }
}

/** A task's turn: a click queued while a job held the thread is handled before its result is used. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The engine on the pane's thread: what tests and hosts without workers use. A job here cannot be
 * stopped midway — the pane takes no click until it returns — so 取消 acts between jobs: the click queued
 * during a job is handled before the job's result is used, the result is then dropped, and the job is
 * rejected like a worker's; a later job is not started.
 */
export class ThreadEngine implements EngineRunner {
  private stopped = false;

  async run<K extends OpName>(op: K, args: OpArgs<K>, progress?: ProgressListener): Promise<OpResult<K>> {
    if (this.stopped) throw new Cancelled();
    told(progress, op, 0, 0);
    const value = runOp(op, args, (done, total) => told(progress, op, done, total));
    await nextTask();
    if (this.stopped) throw new Cancelled();
    progress?.(null);
    return value;
  }
  cancel(): void {
    this.stopped = true;
  }
  resume(): void {
    this.stopped = false;
  }
}

/** The shared one for code that needs no stop (the cleanup adapter's default, tests). */
export const inThread: EngineRunner = new ThreadEngine();

interface Pending {
  request: JobRequest;
  progress?: ProgressListener;
  resolve(value: never): void;
  reject(error: unknown): void;
}

/**
 * Jobs sent to one worker, answered by id. When the worker cannot start or dies (its script not fetched,
 * a host that forbids it), the jobs it held and every later one run on this thread: slower to watch,
 * never lost.
 */
export class WorkerEngine implements EngineRunner {
  private worker: WorkerLike | null = null;
  private broken = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Where jobs run once there is no worker; stopped and resumed with this engine. */
  private readonly here = new ThreadEngine();
  private stopped = false;

  constructor(private readonly spawn: () => WorkerLike | null) {}

  run<K extends OpName>(op: K, args: OpArgs<K>, progress?: ProgressListener): Promise<OpResult<K>> {
    if (this.stopped) return Promise.reject(new Cancelled());
    const worker = this.started();
    if (!worker) return this.here.run(op, args, progress);
    const request: JobRequest<K> = { id: this.nextId++, op, args };
    told(progress, op, 0, 0);
    return new Promise<OpResult<K>>((resolve, reject) => {
      this.pending.set(request.id, { request, progress, resolve, reject } as Pending);
      try {
        worker.postMessage(request);
      } catch {
        // Arguments that cannot be cloned: the job runs here rather than fail.
        this.pending.delete(request.id);
        this.here.run(op, args, progress).then(resolve, reject);
      }
    });
  }

  /**
   * 取消: the worker is ended where it stands — whatever it was working out is gone, nothing of it
   * reaches the pane — its jobs are rejected, and the next job after `resume` starts a fresh worker.
   */
  cancel(): void {
    this.stopped = true;
    this.here.cancel();
    const jobs = [...this.pending.values()];
    this.pending.clear();
    if (this.worker) {
      this.worker.onmessage = null;
      this.worker.onerror = null;
      this.worker.terminate();
      this.worker = null;
    }
    for (const job of jobs) job.reject(new Cancelled());
  }

  resume(): void {
    this.stopped = false;
    this.here.resume();
  }

  private started(): WorkerLike | null {
    if (this.broken) return null;
    if (this.worker) return this.worker;
    let worker: WorkerLike | null = null;
    try {
      worker = this.spawn();
    } catch {
      worker = null;
    }
    if (!worker) {
      this.broken = true;
      return null;
    }
    worker.onmessage = (event) => this.receive(event.data as JobReply);
    worker.onerror = () => this.fallBack();
    this.worker = worker;
    return worker;
  }

  private receive(reply: JobReply): void {
    const job = this.pending.get(reply.id);
    if (!job) return;
    if (reply.kind === "progress") {
      told(job.progress, job.request.op, reply.done, reply.total);
      return;
    }
    this.pending.delete(reply.id);
    job.progress?.(null);
    if (reply.kind === "done") job.resolve(reply.value as never);
    else job.reject(reply.error);
  }

  /** The worker is gone: its jobs run here, and so does every job after. */
  private fallBack(): void {
    this.broken = true;
    this.worker?.terminate();
    this.worker = null;
    const jobs = [...this.pending.values()];
    this.pending.clear();
    for (const job of jobs)
      this.here
        .run(job.request.op, job.request.args, job.progress)
        .then(job.resolve as (v: unknown) => void, job.reject);
  }
}
