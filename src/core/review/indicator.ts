/** Facts about one indicator that several rules need. */
import type { IndicatorRecord, Level1, Level2 } from "../record";
import { categoryOfLabel } from "../text/categories";
import { writesComparator } from "../text/comparatorWords";
import { isChangeName, isMoneyInput, isPerUnitMoney, isSatisfactionName, normalize } from "./lexicon";

export const LEVEL2_TO_LEVEL1: Record<Level2, Level1> = {
  数量指标: "产出指标",
  质量指标: "产出指标",
  时效指标: "产出指标",
  成本指标: "产出指标",
  经济成本指标: "成本指标",
  社会成本指标: "成本指标",
  生态环境成本指标: "成本指标",
  经济效益指标: "效益指标",
  社会效益指标: "效益指标",
  生态效益指标: "效益指标",
  可持续影响指标: "效益指标",
  服务对象满意度指标: "满意度指标",
};

export const COST_LEVEL2: readonly Level2[] = [
  "成本指标",
  "经济成本指标",
  "社会成本指标",
  "生态环境成本指标",
];

/**
 * A written 二级 under a written 一级 it does not belong to (社会效益指标 under 产出指标: a merged 一级 cell run on
 * past its rows), or null. The 2015 framework's own places are no misfiling: a cost's 二级 under 产出指标, and
 * 服务对象满意度指标 inside the 效益 block (财预〔2015〕88号).
 */
export function misfiledLevel2(r: IndicatorRecord): Level1 | null {
  if (r.level1 === null || r.level2 === null) return null;
  const own = LEVEL2_TO_LEVEL1[r.level2];
  if (own === r.level1) return null;
  if (own === "成本指标" && r.level1 === "产出指标") return null;
  if (r.level2 === "服务对象满意度指标" && r.level1 === "效益指标") return null;
  return own;
}

/** The 二级 written, else the one the parser inferred. */
export function level2Of(r: IndicatorRecord): Level2 | null {
  return r.level2 ?? r.level2Inferred;
}

/** The 一级 written, else the one implied by the (written or inferred) 二级. */
export function level1Of(r: IndicatorRecord): Level1 | null {
  if (r.level1) return r.level1;
  const l2 = level2Of(r);
  return l2 ? LEVEL2_TO_LEVEL1[l2] : null;
}

export function isCostIndicator(r: IndicatorRecord): boolean {
  const l2 = level2Of(r);
  return r.level1 === "成本指标" || (l2 !== null && COST_LEVEL2.includes(l2));
}

/** The category the officer wrote is a cost (成本指标, 经济成本指标 …), not one the parser guessed. */
export function filedAsCost(r: IndicatorRecord): boolean {
  return r.level1 === "成本指标" || (r.level2 !== null && COST_LEVEL2.includes(r.level2));
}

/** A ceiling on the target (≤, <): how a cost is written. */
export function writesCeiling(r: IndicatorRecord): boolean {
  return r.comparator === "<=" || r.comparator === "<";
}

/** A cost the parser guessed whose target is a ceiling (会议经费≤3万元 in the 产出 block: 2015's 成本指标). */
export function isCeilingCost(r: IndicatorRecord): boolean {
  return isCostIndicator(r) && writesCeiling(r);
}

/**
 * A cost as the officer wrote it: filed under a cost category, or a cost only the parser guessed that is
 * not a sum of the project's money paid out — 发放高龄津贴资金≥98万元 or 培训经费 50万元 is money put in,
 * which CATEGORY-MISMATCH calls an input; a ceiling (会议经费≤3万元), a cost by name (培训费用) or a
 * standard (补贴标准 85.5元, 生均公用经费 720元/生·年) is a cost.
 */
export function countsAsCost(r: IndicatorRecord): boolean {
  if (!isCostIndicator(r)) return false;
  if (filedAsCost(r) || writesCeiling(r) || /成本|费用/.test(normalize(r.name))) return true;
  return !isMoneyInput(r.name, r.unit) || isPerUnitMoney(r.name, r.unit);
}

/**
 * Whether the target writes a ratio (配套比例 1:1, 孕产妇死亡率 低于10/10万): both numbers are its value,
 * which needs no unit, and a comparator on the first number alone would misread it.
 */
export function writesRatio(target: string): boolean {
  return /\d\s*[:：∶]\s*\d|\d\s*\/\s*\d/.test(normalize(target));
}

/**
 * Whether a 指标性质/指标方向 cell writes a comparator of its own ("=", "≥", 等于 …): a written "=" is
 * the officer's choice of an exact target, not an omission.
 */
export function directionWritesComparator(direction: string | null): boolean {
  return direction !== null && writesComparator(direction);
}

/** 无, 不涉及: the answer the 2021 template's 社会成本 and 生态环境成本 rows expect from a project with no such cost. */
const NONE_ANSWER = /^(?:无|暂无|不涉及|无此项|无影响|无不利影响)$/;

/** A row written 无 (or 不涉及) in place of an indicator: the name, or the target of a nameless row. */
export function writtenNone(r: IndicatorRecord): boolean {
  return NONE_ANSWER.test(noneWord(r));
}

/** The word writtenNone reads: the name without its closing punctuation, else (a nameless row) the target's. */
export function noneWord(r: IndicatorRecord): string {
  const clean = (t: string) => normalize(t).replace(/[。.，,；;]+$/, "");
  return clean(r.name) || clean(r.target);
}

/**
 * 社会成本指标：无 — the parser reads the answer as a name with no target; it is the answer the template
 * expects (VAGUE's fix for those rows asks for it), neither a missing target nor a name met twice.
 */
export function answersNone(r: IndicatorRecord): boolean {
  const l2 = level2Of(r);
  if (l2 !== "社会成本指标" && l2 !== "生态环境成本指标") return false;
  return NONE_ANSWER.test(normalize(r.name).replace(/[。.，,；;]+$/, ""));
}

/**
 * The 指标方向 of a row: its column, else a 正向 or 反向 the officer wrote in brackets after the target
 * (下降至3%以下（反向）), which says which way is better as the column would.
 */
export function directionOf(r: IndicatorRecord): string | null {
  return r.direction ?? /[(（]\s*(正向|反向)(?:指标)?\s*[)）]/.exec(r.target)?.[1] ?? null;
}

/**
 * The indicator's name, or, when the parser found no name, its text without its number and the punctuation that
 * closed it (“1.经济效益：显著；” → “经济效益：显著”, round 133).
 */
export function label(r: Pick<IndicatorRecord, "name" | "text">): string {
  if (r.name) return r.name;
  // The label stays: with no name, 经济效益： or 满意度指标： is all that says what the target is of.
  const t = r.text
    .replace(ITEM_NUMBER, "")
    .replace(/[。；;，,、\s]+$/, "")
    .trim();
  return t || r.text;
}

/** A number an item starts with: 1、 2. （3） 四、. */
export const LEADING_NUMBER = /^\s*[(（]?\s*[\d一二三四五六七八九十]{1,3}\s*[)）、.．]?\s*/;

/** An item's number with its mark (1、 2. （3） 指标4：), never the digits a name starts with (65岁以上…). */
const ITEM_NUMBER =
  /^\s*(?:[(（]\s*[\d一二三四五六七八九十]{1,3}\s*[)）]|[\d一二三四五六七八九十]{1,3}\s*[、.．)）](?!\d)|指标\s*\d{1,3}\s*[:：.、])\s*/;

/** Longer texts are paragraphs, not one indicator: a message quotes the name instead. */
const WRITTEN_MAX = 40;

/**
 * The indicator as the officer wrote it, without its number and category labels: “补贴资金按季度拨付”, where
 * the name alone (补贴资金) is a fragment that says something else; a row's cells are joined by a space.
 */
export function asWritten(r: IndicatorRecord): string {
  const parts = r.text
    .split(/\s*\|\s*/)
    .map((p) => stripLabels(p.replace(ITEM_NUMBER, "")))
    .filter((p) => p !== "" && categoryOfLabel(p) === null);
  const t = parts
    .join(" ")
    .replace(/[。；;，,、\s]+$/, "")
    .trim();
  return t && t.length <= WRITTEN_MAX && t.includes(r.name) ? t : label(r);
}

/** "产出指标：数量指标：培训人数≥500人" → "培训人数≥500人". */
function stripLabels(text: string): string {
  let t = text.trim();
  for (let i = 0; i < 3; i++) {
    const colon = t.search(/[:：]/);
    if (colon <= 0 || colon > 14 || categoryOfLabel(t.slice(0, colon)) === null) break;
    t = t.slice(colon + 1).trim();
  }
  return t;
}

/**
 * A satisfaction row: under 满意度指标 or named as one (服务对象满意度), not a change in it (满意度提升). SATISFACTION
 * targets and the grade's cap read the same rows.
 */
export function isSatisfactionRow(r: IndicatorRecord): boolean {
  return (level1Of(r) === "满意度指标" || isSatisfactionName(r.name)) && !isChangeName(r.name);
}
