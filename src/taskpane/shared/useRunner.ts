/**
 * Runs one action at a time: remembers what is running (a quiet busy label at once, the progress bar only
 * when the action takes longer than half a second, filled as the engine's worker tells how far it is) and
 * turns any failure into a plain-words message.
 */
import { useCallback, useRef, useState } from "react";
import type { Localized } from "../../core/i18n";
import { plainError } from "./errors";
import { CANCEL_TOO_LATE, CANCELLED, isCancelled } from "./cancel";
import type { ProgressListener, ProgressStep } from "../services/types";

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

/** How a run may be stopped: the engine's stop, and its undoing as the next run starts. */
export interface Stopper {
  cancel(): void;
  resume(): void;
}

export interface Runner {
  /** What is running, or null. */
  busy: Localized | null;
  /** True once the running action took longer than PROGRESS_DELAY_MS: then the bar shows too. */
  showProgress: boolean;
  /** How far the running action is, 0 to 1, once it has said; null: the bar only shows it is working. */
  progress: number | null;
  /** The engine's step under way (正在校验… 120/400 个项目), or null: the action's own label stands. */
  step: ProgressStep | null;
  /** The running action can be stopped (取消 shows); false once asked to stop. */
  cancellable: boolean;
  /** True from the 取消 click until the action has stopped. */
  cancelling: boolean;
  /** Asks the running action to stop; it settles when its engine job is ended. */
  cancel(): void;
  notice: Notice | null;
  setNotice(notice: Notice | null): void;
  /**
   * Runs `action`, which may tell how far it is through the listener it is given. With `stopper`, the
   * run shows 取消: the stopper ends the engine's job, the action's await rejects with `Cancelled`, and it
   * writes nothing after; a stop that comes while the results are written lets them be written whole.
   */
  run(
    label: Localized,
    action: (progress: ProgressListener) => Promise<Notice | void>,
    stopper?: Stopper,
  ): Promise<void>;
}

export function useRunner(): Runner {
  const [busy, setBusy] = useState<Localized | null>(null);
  const [showProgress, setShowProgress] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [step, setStep] = useState<ProgressStep | null>(null);
  const [cancellable, setCancellable] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const running = useRef(false);
  /** The running action's stop, while it may still be asked. */
  const stopping = useRef<(() => void) | null>(null);

  const run = useCallback(
    async (label: Localized, action: Parameters<Runner["run"]>[1], stopper?: Stopper) => {
      if (running.current) return;
      running.current = true;
      // Each run its own listener: a late message from a finished run must not fill the next one's bar.
      let live = true;
      let stopAsked = false;
      const tell: ProgressListener = (fraction, next) => {
        if (!live) return;
        setProgress(fraction === null ? null : Math.max(0, Math.min(1, fraction)));
        setStep(next ?? null);
      };
      stopper?.resume();
      stopping.current = stopper
        ? () => {
            if (stopAsked) return;
            stopAsked = true;
            setCancellable(false);
            setCancelling(true);
            stopper.cancel();
          }
        : null;
      setBusy(label);
      setCancellable(!!stopper);
      setNotice(null);
      const timer = setTimeout(() => setShowProgress(true), PROGRESS_DELAY_MS);
      try {
        // Let the pane paint the busy state before any long synchronous work starts: a bare timeout
        // could fire before the frame, and a 校验 of 600 projects then froze the pane with nothing shown.
        await afterPaint();
        const result = await action(tell);
        // Stopped too late to stop: the results were written whole, and the officer is told so.
        if (stopAsked) setNotice({ intent: "info", text: joinTexts(CANCEL_TOO_LATE, result?.text) });
        else if (result) setNotice(result);
      } catch (e) {
        if (isCancelled(e)) setNotice({ intent: "info", text: CANCELLED });
        else setNotice({ intent: "error", text: plainError(e) });
      } finally {
        clearTimeout(timer);
        live = false;
        running.current = false;
        stopping.current = null;
        setBusy(null);
        setShowProgress(false);
        setProgress(null);
        setStep(null);
        setCancellable(false);
        setCancelling(false);
      }
    },
    [],
  );

  const cancel = useCallback(() => stopping.current?.(), []);

  return { busy, showProgress, progress, step, cancellable, cancelling, cancel, notice, setNotice, run };
}

function joinTexts(first: Localized, then: Localized | undefined): Localized {
  return then ? { zh: `${first.zh}${then.zh}`, en: `${first.en} ${then.en}` } : first;
}
