/** The capabilities the pane uses, made for one gateway. Tests and the preview may pass their own. */
import type { WorkbookGateway } from "../../core/gateway";
import { createParseService } from "./parse";
import { createReviewService } from "./review";
import { createCompareService } from "./compare";
import { createCleanupService } from "./cleanup";
import { ThreadEngine, WorkerEngine, type EngineRunner, type WorkerLike } from "./engineClient";
import type { PaneServices } from "./types";

/** One worker for the page, whatever the gateway (the preview opens other workbooks). */
const workers = new Map<() => WorkerLike | null, EngineRunner>();

/** The page's engine on its own thread, where no worker is given (stopped and resumed like a worker's). */
const here = new ThreadEngine();

function runnerFor(spawn: (() => WorkerLike | null) | undefined): EngineRunner {
  if (!spawn) return here;
  let runner = workers.get(spawn);
  if (!runner) workers.set(spawn, (runner = new WorkerEngine(spawn)));
  return runner;
}

/** `spawn` starts the engine's worker (services/engineWorker.ts); without it the jobs run on this thread. */
export function createServices(gateway: WorkbookGateway, spawn?: () => WorkerLike | null): PaneServices {
  const engine = runnerFor(spawn);
  return {
    cancel: () => engine.cancel(),
    resume: () => engine.resume(),
    parse: createParseService(engine),
    review: createReviewService(engine),
    compare: createCompareService(engine),
    cleanup: createCleanupService(gateway, engine),
  };
}
