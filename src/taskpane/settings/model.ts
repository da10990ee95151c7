/**
 * The pane's settings as one typed object: review thresholds and rule toggles, comparison thresholds,
 * cleanup rules. Stored as one JSON value so an old or hand-edited value can never break the pane.
 */
import type { SettingsStore } from "./store";

export const SETTINGS_KEY = "ptr.settings.v1";

export interface PaneSettings {
  /** Review rules the officer turned off (codes). */
  disabledRules: string[];
  satisfactionMin: number;
  outlierRatio: number;
  robustZ: boolean;
  zThreshold: number;
  /** Cleanup rules that run; null means the defaults. */
  cleanupRules: string[] | null;
}

export const DEFAULT_SETTINGS: PaneSettings = {
  disabledRules: [],
  satisfactionMin: 80,
  outlierRatio: 2,
  robustZ: false,
  zThreshold: 3.5,
  cleanupRules: null,
};

function num(v: unknown, fallback: number, min: number, max: number): number {
  return typeof v === "number" && Number.isFinite(v) && v >= min && v <= max ? v : fallback;
}

function strings(v: unknown): string[] | null {
  return Array.isArray(v) && v.every((s) => typeof s === "string") ? (v as string[]) : null;
}

/** Reads the settings; anything missing or malformed takes its default. */
export function loadSettings(store: SettingsStore): PaneSettings {
  let raw: unknown;
  try {
    raw = store.get(SETTINGS_KEY);
  } catch {
    raw = undefined;
  }
  const o = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const d = DEFAULT_SETTINGS;
  return {
    disabledRules: strings(o.disabledRules) ?? d.disabledRules,
    satisfactionMin: num(o.satisfactionMin, d.satisfactionMin, 0, 100),
    outlierRatio: num(o.outlierRatio, d.outlierRatio, 1.01, 100),
    robustZ: typeof o.robustZ === "boolean" ? o.robustZ : d.robustZ,
    zThreshold: num(o.zThreshold, d.zThreshold, 0.5, 20),
    cleanupRules: strings(o.cleanupRules),
  };
}

export async function saveSettings(store: SettingsStore, settings: PaneSettings): Promise<void> {
  store.set(SETTINGS_KEY, settings);
  await store.save();
}
