/**
 * A project's money as a column beside it states it (预算金额（万元）| 45, 项目资金 | 310), or a form's money line
 * (项目资金（万元）| 年度资金总额 | 150): what the rules weigh a lump sum against (COST-BUDGET: a cost indicator
 * equal to it is the whole budget). Read from the header row's own text, so that no header's role changes.
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
    return { col, factor: unitFactor(UNIT_NOTE.exec(h)?.[1]) };
  }
  return null;
}

/** What a unit note's 元, 万元 or 亿元 is worth in 元 (null: no unit). */
function unitFactor(unit: string | undefined): number | null {
  return unit === "亿元" ? 1e8 : unit === "万元" ? 1e4 : unit === "元" ? 1 : null;
}

/**
 * The sums a project's money cell may stand for, in 元: one when the header names its unit, else both 元 and
 * 万元 (a bare 预算金额 | 45 is 45万元 in most tables, and a rule comparing it takes whichever matches).
 */
export function budgetSums(cell: string, column: BudgetColumn): number[] {
  const t = canon(cell).replace(/[\s,，]/g, "");
  if (!/^\d+(?:\.\d+)?$/.test(t)) return [];
  return sumsIn(Number(t), column.factor) ?? [];
}

/** A part of the money (其中：财政拨款, 其他资金), the long term's total (中期资金总额), an investment, a rate. */
const NOT_TOTAL =
  /其中|中期|实施期|滚动|上年|结转|执行|实际|投资|来源|性质|用途|率|占比|[到拨]位|自有|其他|单位|财政|中央|省级|市级|县级|区级|本级|债/;
const TOTAL =
  /^(?:资金总额|资金总量|总金额|资金合计|总资金|预算金额|预算资金|预算总额|申请资金|申请金额|资金)$/;
/** 金额, 总额, 预算 name the whole only after 项目 or the year (项目金额, 年度金额, 项目总额, 年度预算). */
const TOTAL_AFTER_OWNER = /^(?:金额|总额|预算|预算数)$/;
const OWNER = /^(?:项目|年度|本年度?|当年|全年|(?:19|20)\d\d年度?)+/;
/** 资金情况（万元）, 资金来源: the caption of a form's money lines, the total's label after it. */
const MONEY_CAPTION = /^(?:项目)?资金(?:情况|来源|构成)$/;

/** A label's unit note: （万元）, (单位：万元). */
const LABEL_UNIT = /[(（]\s*(?:单位[:：]?\s*)?(万元|元|亿元)\s*[)）]/;

/** A label's text without spaces, its unit note and its colon, and the note's factor (null: none). */
function labelWords(text: string): { words: string; factor: number | null } {
  const t = canon(text).replace(/\s+/g, "");
  const factor = unitFactor(LABEL_UNIT.exec(t)?.[1]);
  return { words: t.replace(LABEL_UNIT, "").replace(/[:：]+$/, ""), factor };
}

/**
 * The label of a form's whole money (年度资金总额, 资金总额（万元）, 项目总金额, 申请资金, 项目资金, 资金(万元)):
 * its unit's worth in 元 (null: none named), or undefined when the label names something else.
 */
function totalLabel(text: string): { factor: number | null } | undefined {
  if (text.length > 20) return undefined;
  const { words, factor } = labelWords(text);
  if (NOT_TOTAL.test(words)) return undefined;
  const owner = OWNER.exec(words)?.[0] ?? "";
  const rest = words.slice(owner.length);
  if (TOTAL.test(rest) || (owner && TOTAL_AFTER_OWNER.test(rest))) return { factor };
  return undefined;
}

/** A sum as a form's money cell writes it (150, 1,860.00, 150万元), in the cell's own unit if it names one. */
const SUM = /^(\d+(?:\.\d+)?)(万元|元|亿元|万)?$/;

function sumOf(text: string): { value: number; factor: number | null } | null {
  const m = SUM.exec(canon(text).replace(/[\s,，]/g, ""));
  if (!m) return null;
  const unit = m[2];
  return {
    value: Number(m[1]),
    factor: unit === "亿元" ? 1e8 : unit?.startsWith("万") ? 1e4 : unit === "元" ? 1 : null,
  };
}

/** 中期资金总额 | 年度资金总额 over a money line's two sums: the year's column is the one read. */
const YEAR_HALF = /年度|本年|当年/;
const LONG_HALF = /中期|实施期|滚动|总体/;

function yearColumn(
  texts: readonly string[][],
  r: number,
  cols: number[],
): { col: number; factor: number | null } | null {
  for (let above = r - 1; above >= 0 && above >= r - 3; above--) {
    const row = texts[above] ?? [];
    const year = cols.filter((c) => {
      const t = canon(row[c] ?? "").replace(/\s+/g, "");
      return YEAR_HALF.test(t) && !LONG_HALF.test(t);
    });
    // 项目资金（万元）| | 中期资金总额 | 年度资金总额: the labels' row notes the unit too.
    if (year.length === 1) return { col: year[0], factor: unitBefore(row, row.length - 1) };
  }
  return null;
}

const MONEY_CHAR = /[资金额预]/;

/**
 * The project's money as a form's line states it, in 元 (the form's budget, as budgetSums reads a column's):
 * 项目资金（万元）| 年度资金总额 | 150, 资金总额（万元）| 150, 项目金额 | 85万元, 资金来源 | 合计 | 420, 资金总额：150万元.
 * Of 中期资金总额 | 年度资金总额 over 资金总额 | 1860 | 620, the year's. Null when the row states no total (其中：财政拨款
 * | 120 is a part of it).
 */
export function formBudget(texts: readonly string[][], r: number): number[] | null {
  const row = texts[r] ?? [];
  for (let c = 0; c < row.length; c++) {
    const cell = row[c] ?? "";
    if (!cell || cell.length > 24 || !MONEY_CHAR.test(cell)) continue;
    // 资金总额：150万元 — the label and its sum in one cell.
    const colon = /[:：]/.exec(cell);
    if (colon && colon.index < cell.length - 1) {
      const label = totalLabel(cell.slice(0, colon.index));
      const sum = sumOf(cell.slice(colon.index + 1));
      if (label && sum) return sumsIn(sum.value, sum.factor ?? label.factor);
      continue;
    }
    const caption = MONEY_CAPTION.test(labelWords(cell).words);
    let label = caption ? undefined : totalLabel(cell);
    if (!caption && !label) continue;
    // 年度部门预算（万元）| 年度资金总额 | 4386.52: a caption's unit before the label is the sum's too.
    let factor = label?.factor ?? unitBefore(row, c);
    // 项目资金（万元）| 年度资金总额： | 150, 资金来源 | 合计 | 420: the label may go on in the next cells.
    let v = c + 1;
    for (;;) {
      while (v < row.length && !trimmed(row[v])) v++;
      if (v >= row.length) break;
      const next = row[v] ?? "";
      if (sumOf(next)) break;
      const more =
        totalLabel(next) ?? (/^(?:合计|总计)$/.test(labelWords(next).words) ? { factor: null } : undefined);
      if (!more) break;
      label = more;
      factor = more.factor ?? factor;
      v++;
    }
    if (!label) continue;
    // The sums in a run (资金总额 | 1,860.00 | 620.00): one, or the one under the year's label.
    const cols: number[] = [];
    for (let x = v; x < row.length; x++) {
      if (!trimmed(row[x])) continue;
      if (!sumOf(row[x])) break;
      cols.push(x);
    }
    const pick =
      cols.length === 1
        ? { col: cols[0], factor: null }
        : cols.length > 1
          ? yearColumn(texts, r, cols)
          : null;
    if (pick === null) continue;
    const sum = sumOf(row[pick.col]) as { value: number; factor: number | null };
    return sumsIn(sum.value, sum.factor ?? factor ?? pick.factor);
  }
  return null;
}

const trimmed = (t: string | undefined) => (t ?? "").trim();

/** The unit a short cell left of column `c` notes (项目资金（万元）), or null. */
function unitBefore(row: readonly string[], c: number): number | null {
  for (let x = c; x >= 0; x--) {
    const t = row[x] ?? "";
    if (t && t.length <= 24 && LABEL_UNIT.test(canon(t))) return labelWords(t).factor;
  }
  return null;
}

/** A sum in 元 by its unit's worth, or both readings (元, 万元) when no unit is named; null for nothing. */
function sumsIn(value: number, factor: number | null): number[] | null {
  if (!(value > 0)) return null;
  return factor !== null ? [value * factor] : [value, value * 1e4];
}
