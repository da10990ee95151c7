/** MISSING: a district lacks an indicator that most others set, or sets it without a number. */
import { missingIndicator, missingNumber, missingUnderOtherName } from "../sentences";
import type { CompareFlag } from "../types";
import type { FlagRule } from "./types";
import { unitKey } from "../units";

export const missingRule: FlagRule = {
  code: "MISSING",
  label: { zh: "缺少指标或数值", en: "Missing" },
  description: {
    zh: "多数区设置了该指标（或写了数值），本区没有。",
    en: "Most districts set this indicator (or give it a number); this district does not.",
  },
  check({ indicator, districts, settings, unaligned = [], noun = "区" }) {
    const total = districts.length;
    const having = districts.filter((d) => indicator.cells[d]).length;
    const flags: CompareFlag[] = [];
    if (having / total > settings.majorityShare) {
      for (const d of districts) {
        if (indicator.cells[d]) continue;
        // The district may have set it under another name (各级河湖长巡河次数 for 巡河次数): say so.
        // Its unit is named where it differs (资助学生人次 in 人次 for a count of 人): the usual way a variant shows.
        const variants = unaligned
          .filter((u) => u.district === d && u.similarTo === indicator.name)
          .map((u) => ({
            name: u.name || u.text,
            ...(u.unit && unitKey(u.unit) !== indicator.unit ? { unit: u.unit } : {}),
          }));
        flags.push({
          code: "MISSING",
          district: d,
          indicator: indicator.name,
          ratio: null,
          message: variants.length
            ? missingUnderOtherName(d, indicator.name, variants, having, total, noun)
            : missingIndicator(d, indicator.name, having, total, noun),
        });
      }
    }
    if (!indicator.quantitative) return flags;
    const numbered = districts.filter((d) => indicator.cells[d]?.value != null).length;
    if (numbered / total <= settings.majorityShare) return flags;
    for (const d of districts) {
      const c = indicator.cells[d];
      if (!c || c.value !== null) continue;
      flags.push({
        code: "MISSING",
        district: d,
        indicator: indicator.name,
        ratio: null,
        message: missingNumber(
          d,
          indicator.name,
          // A target cell left blank is said so, not quoted as its row (产出指标 | 成本指标 | 养护资金 | 万元).
          c.kind === "empty" && !c.target.trim() ? "" : c.target || c.text,
          numbered,
          noun,
        ),
      });
    }
    return flags;
  },
};
