/**
 * The pane's capabilities for its gateway: the ones given (tests, a host with its own), or loaded with
 * the engine on first use. `ensure()` resolves when they are there (loading them when they are not);
 * once the pane is idle they are loaded ahead, so the first click rarely waits. A failed load rejects
 * `ensure()` with EngineLoadError; the prefetch fails silently and the click tries again.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookGateway } from "../../core/gateway";
import type { ServicesLoader } from "../services/load";
import type { PaneServices } from "../services/types";
import { whenIdle } from "./onFirstUse";

export type EngineState = "ready" | "loading" | "failed" | "idle";

export interface PaneServicesHandle {
  /** The capabilities, or null until the engine is loaded. */
  services: PaneServices | null;
  state: EngineState;
  ensure(): Promise<PaneServices>;
}

interface Loaded {
  gateway: WorkbookGateway;
  services: PaneServices;
}

export function useServices(
  gateway: WorkbookGateway,
  given: PaneServices | undefined,
  load: ServicesLoader,
): PaneServicesHandle {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // Ready is what `services` says; this is the rest (loaded for another gateway: loading again for this one).
  const [state, setState] = useState<Exclude<EngineState, "ready">>("idle");
  const pending = useRef<{ gateway: WorkbookGateway; promise: Promise<PaneServices> } | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const services = given ?? (loaded && loaded.gateway === gateway ? loaded.services : null);

  const ensure = useCallback((): Promise<PaneServices> => {
    if (services) return Promise.resolve(services);
    if (pending.current?.gateway !== gateway) {
      const promise = load(gateway).then(
        (s) => {
          if (mounted.current) setLoaded({ gateway, services: s });
          return s;
        },
        (e: unknown) => {
          if (pending.current?.promise === promise) pending.current = null;
          if (mounted.current) setState("failed");
          throw e;
        },
      );
      pending.current = { gateway, promise };
      setState("loading");
    }
    return pending.current.promise;
  }, [services, gateway, load]);

  // Load ahead once the first screen is up, so the first click does not wait on the network.
  const ensureRef = useRef(ensure);
  ensureRef.current = ensure;
  const needed = !services;
  useEffect(() => {
    if (!needed) return;
    return whenIdle(() => void ensureRef.current().catch(() => undefined));
  }, [needed, gateway]);

  return { services, state: services ? "ready" : state, ensure };
}
