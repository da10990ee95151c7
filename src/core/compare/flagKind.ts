/** What kind of finding a comparison flag is, in the officer's words: the sheet, the pane and the summary say it. */
import type { Localized } from "../i18n";
import type { CompareFlag } from "./types";

const FLAG_LABEL: Record<CompareFlag["code"], Localized> = {
  OUTLIER: { zh: "明显偏离", en: "Outlier" },
  MISSING: { zh: "缺少", en: "Missing" },
  "COMPARATOR-DIFF": { zh: "比较方式不同", en: "Comparator" },
  "UNIT-DIFF": { zh: "单位不同", en: "Unit" },
  "RATE-FRACTION": { zh: "写成小数", en: "Fraction" },
  "TOTAL-DIFF": { zh: "合计不符", en: "Total" },
  "DATE-DIFF": { zh: "期限较晚", en: "Later deadline" },
};

/**
 * What kind of finding a flag is, in words an officer reads (偏高（规模差异）, 期限较晚), never its code: the
 * sheet's type column and the task pane's list both say it.
 */
export function flagKind(f: CompareFlag): Localized {
  if (f.code === "OUTLIER") {
    if (f.basis === "shared" && !f.far) return { zh: "与多数不同", en: "Differs" };
    // A district small (or large) on every size row at one ratio: one label for its findings (明显 where every
    // one is ten times off).
    if (f.sameSize === "far")
      return f.direction === "high"
        ? { zh: "明显偏高（比例一致）", en: "Far above (consistent)" }
        : { zh: "明显偏低（比例一致）", en: "Far below (consistent)" };
    if (f.sameSize)
      return f.direction === "high"
        ? { zh: "偏高（比例一致）", en: "High (consistent)" }
        : { zh: "偏低（比例一致）", en: "Low (consistent)" };
    // 明显 only from ten times (or a tenth) on, as the README promises: 0.50× is low, 12× far below.
    if (f.far)
      return f.direction === "high"
        ? { zh: "明显偏高", en: "Far above" }
        : { zh: "明显偏低", en: "Far below" };
    // A plain gap in size (规模差异) is information, not a finding: said so in the type column.
    if (f.sizeGap)
      return f.direction === "high"
        ? { zh: "偏高（规模差异）", en: "High (size)" }
        : { zh: "偏低（规模差异）", en: "Low (size)" };
    return f.direction === "high" ? { zh: "偏高", en: "High" } : { zh: "偏低", en: "Low" };
  }
  return FLAG_LABEL[f.code];
}
