/** The flag registry: adding a flag family means adding one file and one entry here. */
import { comparatorRule } from "./comparator";
import { fractionRule } from "./fraction";
import { missingRule } from "./missing";
import { outlierRule } from "./outlier";
import type { FlagRule } from "./types";
import { totalRule } from "./total";
import { dateRule } from "./date";
import { unitRule } from "./unit";

export const FLAG_RULES: FlagRule[] = [
  outlierRule,
  missingRule,
  comparatorRule,
  unitRule,
  fractionRule,
  totalRule,
  dateRule,
];

export type { FlagContext, FlagRule } from "./types";
export { outlierFlags } from "./outlier";
