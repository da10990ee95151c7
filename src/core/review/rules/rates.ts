/** Percentages: impossible values, "≥100%", and satisfaction targets that are too low or unrealistically perfect. */
import type { IndicatorRecord } from "../../record";
import { BASIS } from "../basis";
import { comparatorSymbol, numberText } from "../format";
import { isChangeName, isSatisfactionName, normalize } from "../lexicon";
import type { Rule } from "../types";

const isPercent = (r: IndicatorRecord) => normalize(r.unit) === "%";

/** A satisfaction level (not a change in it, not 不满意): its target is judged against the threshold. */
function isSatisfactionLevel(r: IndicatorRecord): boolean {
  return isSatisfactionName(r.name) && !isChangeName(r.name);
}

export const rateRange: Rule = {
  meta: {
    code: "RATE-RANGE",
    severity: "error",
    scope: "indicator",
    title: { zh: "百分比超出 0–100%", en: "Percentage outside 0–100%" },
    messages: {
      range: {
        zh: "指标“{name}”的目标值 {value}% 超出 0%–100% 的范围。",
        en: "The target of “{name}”, {value}%, is outside 0%–100%.",
      },
    },
    basis: BASIS.accuracy,
    fix: {
      zh: "核对目标值：比率应在 0%–100% 之间；若表示增长幅度，请在名称中写明“增长率”“提高幅度”。",
      en: "Check the value: a rate lies between 0% and 100%; if it is a growth figure, name it as such (增长率, 提高幅度).",
    },
  },
  check(view, ctx) {
    for (const r of view.indicators) {
      if (!isPercent(r) || r.value === null || isChangeName(r.name)) continue;
      const bad = [r.value, r.valueMax].find((v) => v !== null && (v > 100 || v < 0));
      if (bad !== undefined && bad !== null)
        ctx.report({ indicator: r, data: { name: r.name, value: numberText(bad) } });
    }
  },
};

export const rate100Ge: Rule = {
  meta: {
    code: "RATE-100-GE",
    severity: "warning",
    scope: "indicator",
    title: { zh: "比率写成“≥100%”", en: "Rate written as “≥100%”" },
    messages: {
      ge: {
        zh: "指标“{name}”的目标值“{comparator}100%”：比率不可能超过 100%，该写法没有意义。",
        en: "The target of “{name}” is “{comparator}100%”: a rate cannot exceed 100%, so this comparator is meaningless.",
      },
    },
    basis: BASIS.accuracy,
    fix: {
      zh: "改为“=100%”，或设定实际可达的下限如“≥98%”。",
      en: "Write “=100%”, or a reachable floor such as “≥ 98%”.",
    },
  },
  check(view, ctx) {
    for (const r of view.indicators) {
      if (!isPercent(r) || r.value !== 100 || (r.comparator !== ">=" && r.comparator !== ">")) continue;
      // Growth rates may exceed 100%; satisfaction at 100% is SATISFACTION-100's (its advice differs).
      if (isChangeName(r.name) || isSatisfactionLevel(r)) continue;
      ctx.report({ indicator: r, data: { name: r.name, comparator: comparatorSymbol(r.comparator) } });
    }
  },
};

/** A satisfaction target stated as a percentage (or a bare number that can only be one). */
function satisfactionPercent(r: IndicatorRecord): number | null {
  if (!isSatisfactionLevel(r) || r.kind !== "quantitative" || r.value === null) return null;
  const unit = normalize(r.unit);
  if (unit === "%" || (unit === "" && r.value <= 100)) return r.value;
  return null;
}

export const satisfactionLow: Rule = {
  meta: {
    code: "SATISFACTION-LOW",
    severity: "warning",
    scope: "indicator",
    title: { zh: "满意度目标过低", en: "Satisfaction target too low" },
    messages: {
      low: {
        zh: "满意度指标“{name}”的目标值 {value}% 低于 {min}%。",
        en: "The satisfaction target of “{name}”, {value}%, is below {min}%.",
      },
      zero: {
        zh: "满意度指标“{name}”的目标值为 0，应是漏填或占位。",
        en: "The satisfaction target of “{name}” is 0 — most likely left blank or a placeholder.",
      },
    },
    basis: BASIS.satisfaction,
    fix: {
      zh: "设定合理的满意度目标，如“≥{min}%”。",
      en: "Set a reasonable satisfaction target, e.g. “≥ {min}%”.",
    },
  },
  check(view, ctx) {
    const min = ctx.settings.satisfactionMin;
    for (const r of view.indicators) {
      const v = satisfactionPercent(r);
      // "≤ 80%" points the wrong way: DIRECTION reports it.
      if (v === null || v >= min || r.comparator === "<" || r.comparator === "<=") continue;
      ctx.report({
        indicator: r,
        messageId: v === 0 ? "zero" : "low",
        data: { name: r.name, value: numberText(v), min },
      });
    }
  },
};

export const satisfaction100: Rule = {
  meta: {
    code: "SATISFACTION-100",
    severity: "warning",
    scope: "indicator",
    title: { zh: "满意度目标为 100%", en: "Satisfaction target of 100%" },
    messages: {
      full: {
        zh: "满意度指标“{name}”的目标值为 {comparator}100%，要求人人满意，难以实现。",
        en: "The satisfaction target of “{name}” is {comparator}100%: everyone satisfied, which is not realistic.",
      },
    },
    basis: BASIS.satisfaction,
    fix: {
      zh: "设定实际可达的目标，如“≥90%”或“≥95%”。",
      en: "Set a reachable target, e.g. “≥ 90%” or “≥ 95%”.",
    },
  },
  check(view, ctx) {
    for (const r of view.indicators) {
      if (
        satisfactionPercent(r) !== 100 ||
        r.comparator === "<" ||
        r.comparator === "<=" ||
        r.comparator === "between"
      )
        continue;
      ctx.report({
        indicator: r,
        data: { name: r.name, comparator: r.comparator === "=" ? "" : comparatorSymbol(r.comparator) },
      });
    }
  },
};

export const rateRules: Rule[] = [rateRange, rate100Ge, satisfactionLow, satisfaction100];
