/** Where a row of an output sheet came from: the label shown, and whether it can be a link in this workbook. */
export interface SourceRef {
  /** Shown in the 来源/位置 column, e.g. "2022年项目绩效目标!E17". */
  label: string;
  /** The sheet to link to, or null when the cell is not in this workbook (another input file). */
  sheet: string | null;
  cell: string;
}

/** The default: the cell is in this workbook. */
export function localSource(sheet: string, cell: string): SourceRef {
  return { label: `${sheet}!${cell}`, sheet, cell };
}

/** Runs of equal keys over rows, as A1 row ranges: one format per run instead of one per cell. */
export function runs<T>(
  items: readonly T[],
  key: (t: T) => string,
  firstRow: number,
): { key: string; from: number; to: number }[] {
  const out: { key: string; from: number; to: number }[] = [];
  items.forEach((t, i) => {
    const k = key(t);
    const row = firstRow + i;
    const last = out[out.length - 1];
    if (last && last.key === k && last.to === row - 1) last.to = row;
    else out.push({ key: k, from: row, to: row });
  });
  return out;
}
