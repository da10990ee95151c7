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
import { runOp, type OpArgs, type OpName, type OpResult } from "./engineOps";
import type { ProgressListener } from "./types";

/** A job's request to the worker. */
export interface JobRequest<K extends OpName = OpName> {
  id: number;
  op: K;
  args: OpArgs<K>;
}

/** What the worker answers: progress as the job goes, then its result or its failure in plain words. */
export type JobReply =
  | { id: number; kind: "progress"; fraction: number }
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
}

/** Progress is told at most this often (fractions): enough for a bar, few messages. */
const PROGRESS_STEP = 0.02;

/**
 * The worker's side: runs a request and posts its replies. A failure is posted as the sentence the pane
 * would have shown for it (shared/errors.ts), since an Error's class does not survive the crossing.
 */
export function answer(request: JobRequest, post: (reply: JobReply) => void): void {
  const { id, op, args } = request;
  let told = 0;
  try {
    const value = runOp(op, args, (fraction) => {
      if (fraction - told < PROGRESS_STEP && fraction < 1) return;
      told = fraction;
      post({ id, kind: "progress", fraction });
    });
    post({ id, kind: "done", value });
  } catch (e) {
    post({ id, kind: "failed", error: plainError(e) });
  }
}

/** The engine on the pane's thread: what tests and hosts without workers use. */
export const inThread: EngineRunner = {
  run: async (op, args) => runOp(op, args, () => undefined),
};

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

  constructor(private readonly spawn: () => WorkerLike | null) {}

  run<K extends OpName>(op: K, args: OpArgs<K>, progress?: ProgressListener): Promise<OpResult<K>> {
    const worker = this.started();
    if (!worker) return inThread.run(op, args, progress);
    const request: JobRequest<K> = { id: this.nextId++, op, args };
    return new Promise<OpResult<K>>((resolve, reject) => {
      this.pending.set(request.id, { request, progress, resolve, reject } as Pending);
      try {
        worker.postMessage(request);
      } catch {
        // Arguments that cannot be cloned: the job runs here rather than fail.
        this.pending.delete(request.id);
        inThread.run(op, args).then(resolve, reject);
      }
    });
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
      job.progress?.(reply.fraction);
      return;
    }
    this.pending.delete(reply.id);
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
      inThread.run(job.request.op, job.request.args).then(job.resolve as (v: unknown) => void, job.reject);
  }
}
