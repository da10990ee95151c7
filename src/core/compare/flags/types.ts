import type { Localized } from "../../i18n";
import type { AlignedIndicator, CompareFlag, CompareSettings, FlagCode, UnalignedItem } from "../types";
import type { TotalCheck } from "./total";

export interface FlagContext {
  /** The indicator with its cells, stats and ratios filled in (flags not yet). */
  indicator: AlignedIndicator;
  /** Every district of the program, in display order. */
  districts: string[];
  settings: CompareSettings;
  /** The program's indicators that could not be aligned, each with a similar indicator where one exists. */
  unaligned?: UnalignedItem[];
  /** What the entries are called in sentences: 区, 县（市）, 地区 … (placeWord); 区 when not given. */
  noun?: string;
  /**
   * The program's aligned indicators (this one among them): where the others stand in a column per place, a
   * district's own column tells its blank cell on this row.
   */
  indicators?: AlignedIndicator[];
  /** totalChecks(indicator, noun), when the caller has read them (the comparison reads them once for the rule and the 合计 note). */
  totals?: TotalCheck[];
}

/** One flag family: a stable code, what it means, and the check. */
export interface FlagRule {
  code: FlagCode;
  /** Short label for legends. */
  label: Localized;
  /** What the flag means, for help texts. */
  description: Localized;
  check(ctx: FlagContext): CompareFlag[];
}
