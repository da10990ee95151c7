/**
 * RATE-FRACTION: a district writes a rate as a fraction of one (0.96) where the others write percentages
 * (96%): read as 96% and compared with them, and the district told to write it as a percentage.
 */
import { rateFraction } from "../sentences";
import type { CompareFlag } from "../types";
import type { FlagRule } from "./types";

export const fractionRule: FlagRule = {
  code: "RATE-FRACTION",
  label: { zh: "比率写成小数", en: "Rate written as a fraction" },
  description: {
    zh: "其他区写百分数（96%），本区写成小数（0.96）：按百分数（96%）与其他区比较，请改写为百分数。",
    en: "The other districts write a percentage (96%), this district a fraction (0.96): compared as the percentage (96%); write it as one.",
  },
  check({ indicator, districts, noun }) {
    const flags: CompareFlag[] = [];
    const others = (d: string) =>
      districts.filter(
        (o) => o !== d && indicator.cells[o]?.value != null && indicator.cells[o].unitKey === indicator.unit,
      ).length;
    for (const d of districts) {
      const c = indicator.cells[d];
      if (c?.converted?.kind !== "fraction" || c.value === null) continue;
      flags.push({
        code: "RATE-FRACTION",
        district: d,
        indicator: indicator.name,
        ratio: null,
        message: rateFraction(
          d,
          indicator.name,
          c.converted.from,
          c.value,
          others(d),
          noun,
          indicator.unit === "个百分点" ? "个百分点" : "%",
        ),
      });
    }
    return flags;
  },
};
