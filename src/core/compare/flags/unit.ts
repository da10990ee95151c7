/**
 * UNIT-DIFF: a district gives the number in another unit (户 vs 户次, 元/生·天 vs 元/生·年); 万元 vs 元, 名 vs 人,
 * 家 vs 户 and 元/人·年 among 元/人 are normalised, not flagged; measure words of one family (处/个, 台/辆,
 * 场/场次, 元/生·年 and 元/人·年) are counted and named beside the unit (units.ts sameMeasure).
 */
import { shownTarget, shownUnit, unitDiff, writtenUnit } from "../sentences";
import type { CompareFlag } from "../types";
import type { FlagRule } from "./types";
import { perHeadClause, perHeadOfTotal } from "../perHead";
import { mode } from "../stats";
import { periodOnlyClause } from "../periods";

export const unitRule: FlagRule = {
  code: "UNIT-DIFF",
  label: { zh: "单位不同", en: "Different unit" },
  description: {
    zh: "本区的计量单位与多数区不同，数值不能直接比较，未纳入统计。",
    en: "This district uses another unit than most districts; its number cannot be compared and is left out of the statistics.",
  },
  check({ indicator, districts, noun, indicators }) {
    const withNumber = districts.filter((d) => indicator.cells[d]?.value != null);
    const same = withNumber.filter((d) => indicator.cells[d].unitKey === indicator.unit).length;
    const flags: CompareFlag[] = [];
    for (const d of withNumber) {
      const c = indicator.cells[d];
      if (c.unitKey === indicator.unit) continue;
      const message = unitDiff(
        d,
        indicator.name,
        writtenUnit(c),
        shownUnit(indicator),
        same,
        noun,
        shownTarget(c),
      );
      // 5元/生·天 among 元/生·年: only the period differs, and it does not convert for certain — said so.
      const period = periodOnlyClause(c.unitKey, indicator.unit, noun ?? "区", indicator.school === true);
      if (period) {
        message.zh += period.zh;
        message.en = message.en.replace(/\.$/, "") + period.en + ".";
      }
      // A total among money per head: what it comes to per head of the district's own count.
      const per = indicators ? perHeadOfTotal(indicator, c, d, indicators) : null;
      if (per) {
        const shared = mode(
          districts
            .map((o) => indicator.cells[o])
            .filter((o) => o && o.value !== null && o.unitKey === indicator.unit)
            .map((o) => o.value as number),
        );
        const clause = perHeadClause(
          per,
          d,
          shownUnit(indicator),
          shared && !shared.tied && shared.count * 2 > same ? shared.value : null,
          noun ?? "区",
        );
        message.zh += clause.zh;
        message.en = message.en.replace(/\.$/, "") + clause.en + ".";
      }
      flags.push({ code: "UNIT-DIFF", district: d, indicator: indicator.name, ratio: null, message });
    }
    return flags;
  },
};
