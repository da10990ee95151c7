/**
 * Starts the engine worker (engine.worker.ts), which webpack builds as a chunk of its own from the
 * `new Worker(new URL(…, import.meta.url))` form, served from the pane's own origin. Null where the
 * host has no Worker: the engine then runs on the pane's thread (engineClient.ts).
 *
 * Only the pages' entries import this module (src/taskpane/index.tsx, src/preview/index.tsx): import.meta
 * is webpack's, and jest, which runs CommonJS, never loads it.
 */
import type { WorkerLike } from "./engineClient";

export function spawnEngineWorker(): WorkerLike | null {
  if (typeof Worker === "undefined") return null;
  const worker = new Worker(
    /* webpackChunkName: "engine-worker" */
    // @ts-expect-error TS1343: the project type-checks as CommonJS for Node; webpack reads an ES module.
    new URL("./engine.worker.ts", import.meta.url),
  );
  // The client reads only `data` of a message, where the DOM's handlers promise a whole MessageEvent.
  return worker as unknown as WorkerLike;
}
