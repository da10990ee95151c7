/**
 * The pane's capabilities (services/index.ts, and with it the whole engine) loaded on first use: a
 * dynamic import() that webpack turns into the chunk "engine", fetched relative to the pane's own URL.
 */
import type { WorkbookGateway } from "../../core/gateway";
import { onFirstUse } from "../shared/onFirstUse";
import type { WorkerLike } from "./engineClient";
import type { PaneServices } from "./types";

export type ServicesLoader = (gateway: WorkbookGateway) => Promise<PaneServices>;

/** Starts the engine's worker; null where there is none. */
export type WorkerSpawner = () => WorkerLike | null;

const engine = onFirstUse(() => import(/* webpackChunkName: "engine" */ "./index"));

let spawner: WorkerSpawner | null = null;

/**
 * The page's way to start the engine worker (services/engineWorker.ts), given by the page's entry: the
 * long jobs then run there. Without it (tests, hosts that give none) they run on the pane's thread.
 */
export function setEngineWorker(spawn: WorkerSpawner | null): void {
  spawner = spawn;
}

/** The services for one gateway, once the engine is loaded; throws EngineLoadError when it cannot be. */
export const loadServices: ServicesLoader = async (gateway) =>
  (await engine()).createServices(gateway, spawner ?? undefined);
