/**
 * Which optional Excel API sets this Excel has. Checked once, in one place, so the rest of src/excel
 * asks plain questions ("can I suspend screen updating?") and tests can say "this Excel is 1.7 only".
 */

export interface ExcelFeatures {
  /** ExcelApi 1.6: Application.suspendApiCalculationUntilNextSync. */
  suspendCalculation: boolean;
  /** ExcelApi 1.9: Application.suspendScreenUpdatingUntilNextSync. */
  suspendScreenUpdating: boolean;
  /** ExcelApi 1.8: Runtime.enableEvents. */
  toggleEvents: boolean;
  /** ExcelApi 1.20: Excel.run({ mergeUndoGroup }) makes several syncs one undo step. */
  mergeUndoGroup: boolean;
  /** ExcelApi 1.9: Worksheet.pageLayout (print orientation, fit to width, title rows, header/footer). */
  pageLayout: boolean;
  /**
   * ExcelApi 1.9: Range.getCellProperties/setCellProperties and get/setRowProperties — how a row looks
   * (formats, height, hidden), read before cleanup removes it so that revert restores it exactly.
   */
  cellProperties: boolean;
  /**
   * ExcelApi 1.13: Range.getMergedAreasOrNullObject — the merged cells over the rows cleanup removes,
   * kept for revert (or, reaching out of those rows, keeping the row): without it a row stays.
   */
  mergedAreas: boolean;
}

/** Everything on: what a current Excel (Windows, Mac, web) offers. */
export const ALL_FEATURES: ExcelFeatures = {
  suspendCalculation: true,
  suspendScreenUpdating: true,
  toggleEvents: true,
  mergeUndoGroup: true,
  pageLayout: true,
  cellProperties: true,
  mergedAreas: true,
};

/** Only what the manifest's minimum (ExcelApi 1.7) guarantees. */
export const MINIMUM_FEATURES: ExcelFeatures = {
  suspendCalculation: true,
  suspendScreenUpdating: false,
  toggleEvents: false,
  mergeUndoGroup: false,
  pageLayout: false,
  cellProperties: false,
  mergedAreas: false,
};

/** `Office.context.requirements.isSetSupported("ExcelApi", version)`, false outside Office. */
export function isExcelApiSupported(version: string): boolean {
  try {
    if (typeof Office === "undefined") return false;
    return Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
}

/** The features of the running Excel. */
export function detectFeatures(
  isSupported: (version: string) => boolean = isExcelApiSupported,
): ExcelFeatures {
  return {
    suspendCalculation: isSupported("1.6"),
    suspendScreenUpdating: isSupported("1.9"),
    toggleEvents: isSupported("1.8"),
    mergeUndoGroup: isSupported("1.20"),
    pageLayout: isSupported("1.9"),
    cellProperties: isSupported("1.9"),
    mergedAreas: isSupported("1.13"),
  };
}

/**
 * Run options for a change the officer may want to undo with Ctrl+Z: every request of the run
 * becomes ONE undo step where ExcelApi 1.20 (RunOptions.mergeUndoGroup) exists. Elsewhere each
 * request is its own undo step, so the cleanup's own undo (撤销清理, from the 清理日志) is the way back.
 */
export function undoGroupOptions(features: ExcelFeatures): Excel.RunOptions | undefined {
  return features.mergeUndoGroup ? { mergeUndoGroup: true } : undefined;
}
