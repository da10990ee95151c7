/**
 * Runs one action at a time: remembers what is running (a quiet busy label at once, the progress bar only
 * when the action takes longer than half a second) and turns any failure into a plain-words message.
 */
import { useCallback, useRef, useState } from "react";
import type { Localized } from "../../core/i18n";
import { plainError } from "./errors";

export const PROGRESS_DELAY_MS = 500;

/** Longest wait for a frame: a hidden pane gets none, and the action must still run. */
const FRAME_WAIT_MS = 100;

/**
 * Resolves once the browser has painted what React committed: a frame, then a task after it. The
 * engine runs on the pane's thread, so a long job started before the paint freezes the pane with no sign
 * of work; the busy label must be on screen first. Where there are no frames (jsdom, a hidden pane) a
 * timer stands in.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, FRAME_WAIT_MS);
    if (typeof requestAnimationFrame !== "function") return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

export interface Notice {
  intent: "success" | "info" | "warning" | "error";
  text: Localized;
}

export interface Runner {
  /** What is running, or null. */
  busy: Localized | null;
  /** True once the running action took longer than PROGRESS_DELAY_MS: then the bar shows too. */
  showProgress: boolean;
  notice: Notice | null;
  setNotice(notice: Notice | null): void;
  run(label: Localized, action: () => Promise<Notice | void>): Promise<void>;
}

export function useRunner(): Runner {
  const [busy, setBusy] = useState<Localized | null>(null);
  const [showProgress, setShowProgress] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const running = useRef(false);

  const run = useCallback(async (label: Localized, action: () => Promise<Notice | void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(label);
    setNotice(null);
    const timer = setTimeout(() => setShowProgress(true), PROGRESS_DELAY_MS);
    try {
      // Let the pane paint the busy state before any long synchronous work starts: a bare timeout
      // could fire before the frame, and a 校验 of 600 projects then froze the pane with nothing shown.
      await afterPaint();
      const result = await action();
      if (result) setNotice(result);
    } catch (e) {
      setNotice({ intent: "error", text: plainError(e) });
    } finally {
      clearTimeout(timer);
      running.current = false;
      setBusy(null);
      setShowProgress(false);
    }
  }, []);

  return { busy, showProgress, notice, setNotice, run };
}
