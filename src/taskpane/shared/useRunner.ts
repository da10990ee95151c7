/**
 * Runs one action at a time: remembers what is running (for the progress bar, shown only when the action
 * takes longer than half a second) and turns any failure into a plain-words message.
 */
import { useCallback, useRef, useState } from "react";
import type { Localized } from "../../core/i18n";
import { plainError } from "./errors";

export const PROGRESS_DELAY_MS = 500;

export interface Notice {
  intent: "success" | "info" | "warning" | "error";
  text: Localized;
}

export interface Runner {
  /** What is running, or null. */
  busy: Localized | null;
  /** True once the running action took longer than PROGRESS_DELAY_MS. */
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
      // Let the pane paint the busy state before any long synchronous work starts.
      await new Promise((resolve) => setTimeout(resolve, 0));
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
