/**
 * A run the officer stopped (取消). Its own class, so the runner tells a stop from a failure and says the
 * workbook was left as it was. First-screen code: the runner reads it without loading the engine.
 */
import type { Localized } from "../../core/i18n";

export class Cancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "Cancelled";
  }
}

export function isCancelled(e: unknown): boolean {
  return e instanceof Cancelled;
}

/** Said when a stopped run wrote nothing. */
export const CANCELLED: Localized = {
  zh: "已取消，工作表未作任何改动。",
  en: "Cancelled; the workbook was not changed.",
};

/** Said when the stop came while the results were already being written: they were written whole. */
export const CANCEL_TOO_LATE: Localized = {
  zh: "取消时结果已在写入工作表，已写完，未留下半成品。",
  en: "The results were already being written when you cancelled; they were written whole, nothing half-done.",
};
