/**
 * Targets against last year's actual figure, where the table writes it beside them (2024年实际完成值 | 2025年指标值;
 * the parser's `prior`): a floor below what was already done, or a ceiling above it, sets the year's aim low.
 */
import type { IndicatorRecord } from "../../record";
import { BASIS } from "../basis";
import { amountAsWritten, targetWithColumn } from "../format";
import { isChangeName, isSatisfactionName, normalize, polarityOf } from "../lexicon";
import type { Rule } from "../types";

/** Which way the target bounds: a floor (≥, or a bare figure of a higher-better measure), a ceiling, else none. */
function bound(r: IndicatorRecord, lowerBetter: boolean): "floor" | "ceiling" | null {
  if (r.comparator === ">=" || r.comparator === ">") return "floor";
  if (r.comparator === "<=" || r.comparator === "<") return "ceiling";
  if (r.comparator === "=") return lowerBetter ? "ceiling" : "floor";
  return null;
}

/** The units of the two figures compare (12个 and ≥10个; 98% and ≥95%; a bare figure in the row's unit). */
function sameUnit(a: string, b: string): boolean {
  const x = normalize(a);
  const y = normalize(b);
  return x === y || x === "";
}

/**
 * A total of money (推介活动总成本 | 160万元 → ≤180万元, 项目资金, 运维费用): it grows with the work (4场 → ≥5场, the
 * cost per event falling), so a higher ceiling is no looser aim — COST-BUDGET asks for its unit cost (round 173).
 * A cost per head or per unit (人均筛查成本, 单位成本) is still held to last year's.
 */
function totalMoney(r: IndicatorRecord): boolean {
  const n = normalize(r.name);
  return (
    /^(?:千|万|百万|亿)?元$/.test(normalize(r.unit)) &&
    /成本|费用|资金|投入|投资|经费|金额|支出/.test(n) &&
    !/均|单位|每|单[场次个件人户亩项台套]/.test(n)
  );
}

export const belowPrior: Rule = {
  meta: {
    code: "BELOW-PRIOR",
    severity: "warning",
    scope: "indicator",
    title: { zh: "目标值低于上年实际", en: "Target below last year's actual" },
    messages: {
      floor: {
        zh: "指标“{name}”的目标值“{target}”低于{header}“{prior}”，目标设置偏低。",
        en: "The target of “{name}”, “{target}”, is below {headerEn} “{prior}”: the aim is set low.",
      },
      ceiling: {
        zh: "指标“{name}”越低越好，目标值“{target}”却高于{header}“{prior}”，目标设置偏松。",
        en: "“{name}” should fall, yet its target “{target}” is above {headerEn} “{prior}”: the aim is set loose.",
      },
    },
    basis: BASIS.accuracy,
    fix: { zh: "{fixZh}", en: "{fixEn}" },
  },
  check(view, ctx) {
    for (const r of view.indicators) {
      const prior = r.prior;
      if (!prior || prior.value === null || r.kind !== "quantitative" || r.value === null) continue;
      if (!sameUnit(prior.unit, r.unit) || isChangeName(r.name) || totalMoney(r)) continue;
      const polarity = polarityOf(r.name, r.direction);
      const lowerBetter = polarity === "negative";
      const side = bound(r, lowerBetter);
      const v = r.value;
      const below = side === "floor" && !lowerBetter && v < prior.value;
      const above = side === "ceiling" && lowerBetter && v > prior.value;
      if (!below && !above) continue;
      // 100% last year: the year's is =100%, never ≥100% (RATE-100-GE's).
      const full = normalize(r.unit) === "%" && prior.value >= 100;
      const sign = full ? "=" : below ? "≥" : "≤";
      // As the officer wrote last year's figure (180万平方米, not 1800000平方米).
      const written = amountAsWritten(
        { target: prior.target, value: prior.value, unit: r.unit },
        full ? 100 : prior.value,
      );
      ctx.report({
        indicator: r,
        // A satisfaction a point or two under last year's (91% → ≥90%) meets the usual 90% floor: a hint (round 173).
        severity: isSatisfactionName(r.name) ? "info" : undefined,
        messageId: below ? "floor" : "ceiling",
        data: {
          name: r.name,
          target: targetWithColumn(r),
          header: prior.header,
          headerEn: `last year's actual (${prior.header})`,
          prior: prior.target,
          fixZh: `按不${below ? "低" : "高"}于上年实际设定（${sign}${written}）；确因资金或任务量变化而调整的，在绩效目标中说明原因。`,
          fixEn: `Set it no ${below ? "lower" : "higher"} than last year's actual (${sign}${written}); where funds or the workload changed, say why in the performance target.`,
        },
      });
    }
  },
};

export const priorRules: Rule[] = [belowPrior];
