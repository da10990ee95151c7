/**
 * Code loaded on first use. The engine (parser, review, comparison, cleanup, sheet layouts) and the Excel
 * gateway are not in the pane's initial JavaScript: they come as one more script (webpack's chunk
 * "engine") the first time a button needs them, or earlier when the pane is idle. When that script
 * cannot be fetched (offline, the server gone), the officer gets one sentence in both languages and the
 * next click tries again.
 */
import type { Localized } from "../../core/i18n";

export const ENGINE_LOAD_FAILED: Localized = {
  zh: "未能加载审核功能组件：网络已断开或无法连接加载项的服务器。请检查网络后再点一次按钮；如果仍然不行，请关闭任务窗格后重新打开。",
  en: "The add-in's review components could not be loaded: the network is down or the add-in's server cannot be reached. Check the connection and click the button again; if that does not help, close the task pane and open it again.",
};

/** A failed load; `text` is what the pane shows (shared/errors.ts reads it). */
export class EngineLoadError extends Error {
  readonly text = ENGINE_LOAD_FAILED;
  constructor(readonly cause: unknown) {
    super(ENGINE_LOAD_FAILED.en);
    this.name = "EngineLoadError";
  }
}

/**
 * `importer` run once, its module shared by every caller; after a failure the next call runs it again
 * (webpack requests a chunk anew after a failed load). Any failure becomes an EngineLoadError.
 */
export function onFirstUse<T>(importer: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= importer().catch((e: unknown) => {
      pending = null;
      throw new EngineLoadError(e);
    });
    return pending;
  };
}

/**
 * Runs `task` once the page is idle (requestIdleCallback, or a short timer where there is none: Safari,
 * so Mac Excel); returns a function that cancels it.
 */
export function whenIdle(task: () => void, timeoutMs = 2000): () => void {
  const w = globalThis as {
    requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number;
    cancelIdleCallback?: (id: number) => void;
  };
  if (typeof w.requestIdleCallback === "function" && typeof w.cancelIdleCallback === "function") {
    const id = w.requestIdleCallback(task, { timeout: timeoutMs });
    return () => w.cancelIdleCallback?.(id);
  }
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}
