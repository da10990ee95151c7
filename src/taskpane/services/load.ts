/**
 * The pane's capabilities (services/index.ts, and with it the whole engine) loaded on first use: a
 * dynamic import() that webpack turns into the chunk "engine", fetched relative to the pane's own URL.
 */
import type { WorkbookGateway } from "../../core/gateway";
import { onFirstUse } from "../shared/onFirstUse";
import type { PaneServices } from "./types";

export type ServicesLoader = (gateway: WorkbookGateway) => Promise<PaneServices>;

const engine = onFirstUse(() => import(/* webpackChunkName: "engine" */ "./index"));

/** The services for one gateway, once the engine is loaded; throws EngineLoadError when it cannot be. */
export const loadServices: ServicesLoader = async (gateway) => (await engine()).createServices(gateway);
