/**
 * Where the pane keeps the officer's settings. In Excel this is the document's settings (so they travel
 * with the workbook); the preview and the tests pass their own store.
 */
export interface SettingsStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  /** Persists what was set; may be a no-op. */
  save(): Promise<void>;
}

/** Settings held in memory (tests, and a fallback when the host has nowhere to keep them). */
export class MemorySettingsStore implements SettingsStore {
  private readonly values = new Map<string, unknown>();
  saves = 0;

  constructor(initial: Record<string, unknown> = {}) {
    for (const [k, v] of Object.entries(initial)) this.values.set(k, v);
  }

  get(key: string): unknown {
    return this.values.get(key);
  }

  set(key: string, value: unknown): void {
    this.values.set(key, value);
  }

  async save(): Promise<void> {
    this.saves++;
  }
}
