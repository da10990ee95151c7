/**
 * A project's money as a column beside it states it (预算金额（万元）| 45, 项目资金 | 310): what the rules weigh a
 * lump sum against (COST-BUDGET: a cost indicator equal to it is the whole budget). Read from the header row's
 * own text, so that no header's role changes.
 */
import { canon } from "../text/chars";

/** 预算金额, 项目资金, 资金总额, 年度预算, 预算数, 金额 — not 资金来源, 资金性质, 预算单位, 绩效…, 执行率. */
const MONEY_HEADER = /预算|资金|金额/;
const NOT_MONEY =
  /来源|性质|用途|渠道|类别|类型|名称|单位|部门|绩效|目标|指标|执行|说明|备注|方向|科目|代码|编码|率|占比/;
const UNIT_NOTE = /[(（]\s*(万元|元|亿元)\s*[)）]/;

/** The column of the project's money and what its figures are worth in 元 (null: the header names no unit). */
export interface BudgetColumn {
  col: number;
  factor: number | null;
}

/** The first column whose header names the project's money, or null. */
export function budgetColumnOf(headerRow: readonly string[]): BudgetColumn | null {
  for (let col = 0; col < headerRow.length; col++) {
    const h = canon(headerRow[col] ?? "").replace(/\s+/g, "");
    if (!h || h.length > 16 || !MONEY_HEADER.test(h)) continue;
    const words = h.replace(UNIT_NOTE, "");
    if (NOT_MONEY.test(words) || /[(（]/.test(words)) continue;
    const unit = UNIT_NOTE.exec(h)?.[1];
    return { col, factor: unit === "亿元" ? 1e8 : unit === "万元" ? 1e4 : unit === "元" ? 1 : null };
  }
  return null;
}

/**
 * The sums a project's money cell may stand for, in 元: one when the header names its unit, else both 元 and
 * 万元 (a bare 预算金额 | 45 is 45万元 in most tables, and a rule comparing it takes whichever matches).
 */
export function budgetSums(cell: string, column: BudgetColumn): number[] {
  const t = canon(cell).replace(/[\s,，]/g, "");
  if (!/^\d+(?:\.\d+)?$/.test(t)) return [];
  const v = Number(t);
  if (!(v > 0)) return [];
  return column.factor !== null ? [v * column.factor] : [v, v * 1e4];
}
