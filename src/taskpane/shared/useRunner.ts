/**
 * Runs one action at a time: remembers what is running (a quiet busy label at once, the progress bar only
 * when the action takes longer than half a second, filled as the engine's worker tells how far it is) and
 * turns any failure into a plain-words message.
 */
import { useCallback, useRef, useState } from "react";
import type { Localized } from "../../core/i18n";
import { plainError } from "./errors";

export const PROGRESS_DELAY_MS = 500;

/** Longest wait for a frame: a hidden pane gets none, and the action must still run. */
const FRAME_WAIT_MS = 100;

/**
 * Resolves once the browser has painted what React committed: a frame, then a task after it. Where the
 * engine runs on the pane's thread (no worker: services/engineClient.ts), a long job started before the
 * paint freezes the pane with no sign of work; the busy label must be on screen first. Where there are
 * no frames (jsdom, a hidden pane) a timer stands in.
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
  /** How far the running action is, 0 to 1, once it has said; null: the bar only shows it is working. */
  progress: number | null;
  notice: Notice | null;
  setNotice(notice: Notice | null): void;
  /** Runs `action`, which may tell how far it is through the listener it is given. */
  run(
    label: Localized,
    action: (progress: (fraction: number) => void) => Promise<Notice | void>,
  ): Promise<void>;
}

export function useRunner(): Runner {
  const [busy, setBusy] = useState<Localized | null>(null);
  const [showProgress, setShowProgress] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const running = useRef(false);

  const run = useCallback(async (label: Localized, action: Parameters<Runner["run"]>[1]) => {
    if (running.current) return;
    running.current = true;
    // Each run its own listener: a late message from a finished run must not fill the next one's bar.
    let live = true;
    const tell = (fraction: number) => {
      if (live) setProgress(Math.max(0, Math.min(1, fraction)));
    };
    setBusy(label);
    setNotice(null);
    const timer = setTimeout(() => setShowProgress(true), PROGRESS_DELAY_MS);
    try {
      // Let the pane paint the busy state before any long synchronous work starts: a bare timeout
      // could fire before the frame, and a 校验 of 600 projects then froze the pane with nothing shown.
      await afterPaint();
      const result = await action(tell);
      if (result) setNotice(result);
    } catch (e) {
      setNotice({ intent: "error", text: plainError(e) });
    } finally {
      clearTimeout(timer);
      live = false;
      running.current = false;
      setBusy(null);
      setShowProgress(false);
      setProgress(null);
    }
  }, []);

  return { busy, showProgress, progress, notice, setNotice, run };
}
