/**
 * The sheets this add-in created, remembered in the workbook itself (document settings) by sheet
 * id, so "replace previous results" removes those and only those, even after the officer renamed
 * them, and never a sheet the officer made.
 */

export interface CreatedSheetRegistry {
  /** Ids of the sheets the add-in created (some may since have been deleted by the officer). */
  ids(): string[];
  save(ids: string[]): Promise<void>;
}

export const CREATED_SHEETS_KEY = "ptr.createdSheetIds";

/** Office.context.document.settings: travels with the workbook. */
export class DocumentSettingsRegistry implements CreatedSheetRegistry {
  ids(): string[] {
    const v: unknown = Office.context.document.settings.get(CREATED_SHEETS_KEY);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  }

  save(ids: string[]): Promise<void> {
    const settings = Office.context.document.settings;
    settings.set(CREATED_SHEETS_KEY, ids);
    // A failed save only means the next "replace previous" will not find these sheets: not fatal.
    return new Promise((resolve) => settings.saveAsync(() => resolve()));
  }
}

/** For tests and the browser preview. */
export class MemoryRegistry implements CreatedSheetRegistry {
  constructor(private stored: string[] = []) {}

  ids(): string[] {
    return [...this.stored];
  }

  save(ids: string[]): Promise<void> {
    this.stored = [...ids];
    return Promise.resolve();
  }
}
