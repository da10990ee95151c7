/** Target text: missing, left as a template, or too vague to check (细化量化). */
import type { IndicatorRecord } from "../../record";
import { BASIS } from "../basis";
import { asksYesNo, exampleTargets } from "../examples";
import { label } from "../indicator";
import { hasGradeScale, hasPlaceholder, normalize, placeholderPart, vagueWord } from "../lexicon";
import type { Rule } from "../types";

/** No target, only a unit or comparator, or only template text such as ** or XX. */
export function isEmptyTarget(r: IndicatorRecord): boolean {
  if (r.kind === "empty") return true;
  const t = normalize(r.target);
  return !/\d/.test(t) && hasPlaceholder(t);
}

/** The fix for a missing target, with an example that fits what the name measures. */
function emptyTargetFix(r: IndicatorRecord): { fixZh: string; fixEn: string } {
  if (asksYesNo(r.name))
    return {
      fixZh: "写明要达到的状态，如“是”“已建立并执行”。",
      fixEn: "State what is to be reached, e.g. “是” (yes), “已建立并执行” (in place and applied).",
    };
  const e = exampleTargets(r);
  if (e.includes("月"))
    return { fixZh: `填写完成时限，如“${e}”。`, fixEn: `Fill in the deadline, e.g. “${e}”.` };
  return {
    fixZh: `填写具体目标值，包括比较符、数值和单位，如“${e}”。`,
    fixEn: `Fill in the target: comparator, number and unit, e.g. “${e}”.`,
  };
}

export const emptyTarget: Rule = {
  meta: {
    code: "EMPTY-TARGET",
    severity: "error",
    scope: "indicator",
    title: { zh: "未填目标值", en: "No target value" },
    messages: {
      none: { zh: "指标“{name}”没有填写目标值。", en: "Indicator “{name}” has no target value." },
      template: {
        zh: "指标“{name}”的目标值“{target}”只有单位、符号或模板占位符，没有实际数值。",
        en: "The target of “{name}” (“{target}”) holds only a unit, a symbol or template text, no actual value.",
      },
    },
    basis: BASIS.quantify,
    fix: { zh: "{fixZh}", en: "{fixEn}" },
  },
  check(view, ctx) {
    for (const r of view.indicators) {
      if (!isEmptyTarget(r)) continue;
      const target = r.target.trim();
      ctx.report({
        indicator: r,
        messageId: target ? "template" : "none",
        data: { name: r.name, target, ...emptyTargetFix(r) },
      });
    }
  },
};

/** The template text an indicator still holds, as written (（≥**人）), or null; an empty target is EMPTY-TARGET's. */
function leftover(r: IndicatorRecord): string | null {
  // A target that is nothing but a placeholder is EMPTY-TARGET's; here only leftovers elsewhere count.
  const rest = r.target ? r.text.replace(r.target, "") : r.text;
  const inTarget = hasPlaceholder(r.target) && !isEmptyTarget(r);
  if (!hasPlaceholder(r.name) && !hasPlaceholder(rest) && !inTarget) return null;
  return placeholderPart(r.name) ?? placeholderPart(rest) ?? placeholderPart(r.target) ?? r.name;
}

/** What to do with the template text: a template target (（≥**人）, ≥**人) goes, a placeholder in words is filled in. */
function todo(where: string): { todoZh: string; todoEn: string } {
  return /^[(（≥≤≧≦><=＞＜不]/.test(where)
    ? {
        todoZh: `删去模板括注（如“${where}”），目标值只写在目标值处；尚未填写目标值的，填上实际数值。`,
        todoEn: `Delete the template notes (such as “${where}”) and keep the target in its place; where no target is written yet, fill in the actual value.`,
      }
    : {
        todoZh: `把“${where}”中的 **、XX 等占位符换成实际内容。`,
        todoEn: `Replace the placeholders (**, XX) in “${where}” with the actual content.`,
      };
}

/** Cells listed in a message, the first few of them. */
const MAX_CELLS = 6;

export const placeholder: Rule = {
  meta: {
    code: "PLACEHOLDER",
    severity: "warning",
    scope: "project",
    title: { zh: "模板文字未替换", en: "Template text left in" },
    messages: {
      one: {
        zh: "指标“{name}”中留有模板占位文字“{where}”。",
        en: "Indicator “{name}” still contains template placeholder text: “{where}”.",
      },
      many: {
        zh: "{count} 条指标留有模板占位文字（{cells}），如“{name}”中的“{where}”。",
        en: "{count} indicators still contain template placeholder text ({cells}), e.g. “{where}” in “{name}”.",
      },
    },
    basis: BASIS.clarity,
    fix: { zh: "{todoZh}", en: "{todoEn}" },
  },
  check(view, ctx) {
    // One finding per project: the same template note on every row is one thing to tidy, not many.
    const found = view.indicators.flatMap((r) => {
      const where = leftover(r);
      return where ? [{ r, where }] : [];
    });
    if (found.length === 0) return;
    const [{ r, where }] = found;
    const cells = [...new Set(found.map((f) => f.r.cell))];
    const shown = cells.slice(0, MAX_CELLS).join("、") + (cells.length > MAX_CELLS ? " 等" : "");
    ctx.report({
      indicator: r,
      messageId: found.length === 1 ? "one" : "many",
      data: { name: label(r), where, count: found.length, cells: shown, ...todo(where) },
    });
  },
};

/**
 * An example number for a vague target. A yes-or-no name is better asked as a count or a rate: 是否发生
 * 饮水安全事件 as 0起, 是否存在质量问题 as 0个, 是否按期完成 as 完成率 100%.
 */
function vagueExample(r: IndicatorRecord): string {
  if (!asksYesNo(r.name)) return exampleTargets({ name: r.name, target: "" }, "≥95%”“≥20场");
  const n = normalize(r.name);
  if (/发生|出现/.test(n)) return "发生起数 0起";
  return n.includes("存在") ? "问题数 0个" : "完成率 100%";
}

export const vague: Rule = {
  meta: {
    code: "VAGUE",
    severity: "warning",
    scope: "indicator",
    title: { zh: "目标值模糊", en: "Vague target" },
    messages: {
      vague: {
        zh: "指标“{name}”的目标值“{target}”（“{word}”）不可衡量，也没有分级分档。",
        en: "The target of “{name}” (“{target}”, “{word}”) cannot be measured and has no graded levels.",
      },
      vagueWhole: {
        zh: "指标“{name}”的目标值“{target}”不可衡量，也没有分级分档。",
        en: "The target of “{name}” (“{target}”) cannot be measured and has no graded levels.",
      },
    },
    basis: BASIS.quantify,
    fix: {
      zh: "改为定量目标（如“{example}”）；确实无法量化的，写出分级分档标准（好/较好/一般/较差）。",
      en: "Give a number (e.g. “{example}”); if it truly cannot be quantified, state graded levels (好/较好/一般/较差).",
    },
  },
  check(view, ctx) {
    for (const r of view.indicators) {
      if (r.kind !== "qualitative" || isEmptyTarget(r) || hasGradeScale(r.target)) continue;
      const word = vagueWord(r.target);
      if (!word) continue;
      const target = r.target.trim();
      // When the vague word is the whole target, naming it twice says nothing more.
      const messageId = word === target ? "vagueWhole" : "vague";
      ctx.report({ indicator: r, messageId, data: { name: r.name, target, word, example: vagueExample(r) } });
    }
  },
};

export const targetRules: Rule[] = [emptyTarget, placeholder, vague];
