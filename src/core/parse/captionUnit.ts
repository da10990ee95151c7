/**
 * 单位：万元 in a title line, （金额单位：万元） in a header caption: the money unit a table's head names for the
 * money figures written bare below it (项目总成本 | ≤120). A money line (a cost, funds, a subsidy) with a bare
 * number and no unit of its own takes it, read as if written after the number (≤120万元: 1200000 元, as
 * record.md scales 万元); counts, rates and anything else with no money name stay as written — the caption
 * names the funds, not every figure.
 */
import { type IndicatorRecord } from "../record";
import { scale } from "../text/numbers";

/** 单位：万元, 金额单位:元, 资金单位：万元 (half- or full-width colon); not 单位：万元/人 (a rate's unit). */
const MONEY_CAPTION = /(?:金额|资金)?单位\s*[:：]\s*(亿元|万元|千元|元)(?![/／每\u4e00-\u9fa5])/;

/** Each money unit a caption may name, as a factor on the number and the unit left after it. */
const FACTORS: Readonly<Record<string, number>> = { 亿元: 1e8, 万元: 1e4, 千元: 1e3, 元: 1 };

/**
 * A money line's name: a cost, funds, a budget, a subsidy, an income (增收) or an output value — not a rate or a
 * share of one (资金拨付率, 成本节约率, 资金到位比例), nor a count of people or things paid (补助人数, 补贴户数), nor
 * a standard per head or per unit (人均补助, 补助标准, 每户补贴, 单价: the caption names the totals, not these).
 */
const MONEY_NAME =
  /成本|资金|经费|费用|金额|投资|投入|预算|总额|支出|补助|补贴|奖补|奖励|收入|增收|收益|产值|销售额|营业额|造价|价款/;
const NOT_MONEY =
  /率|比例|占比|比重|指数|系数|人数|户数|次数|个数|数量|人次|面积|时间|期限|标准|[人户亩生]均|平均|单价|均价|每/;

/** Whether a record is a money line with a bare number: a money name, a figure and no unit written. */
function bareMoney(rec: IndicatorRecord): boolean {
  return (
    rec.kind === "quantitative" &&
    rec.unit === "" &&
    rec.value !== null &&
    MONEY_NAME.test(rec.name) &&
    !NOT_MONEY.test(rec.name) &&
    !/[万亿千%％]/.test(rec.target)
  );
}

/**
 * Gives each bare money line the money unit last captioned above it (a title line, a head's cell or the
 * header's own cell, at or above its row). `texts`: the grid's cell texts; `top`: the grid's first sheet row.
 */
export function placeCaptionUnits(
  indicators: IndicatorRecord[],
  texts: readonly (readonly string[])[],
  top: number,
): void {
  // (Most grids name no money unit in a cell: one look per row, nothing kept otherwise.)
  const captions: { row: number; unit: string }[] = [];
  texts.forEach((row, r) => {
    for (const t of row) {
      const m = t && t.includes("单位") ? MONEY_CAPTION.exec(t) : null;
      if (m) {
        captions.push({ row: top + r, unit: m[1] });
        break;
      }
    }
  });
  if (captions.length === 0) return;
  for (const rec of indicators) {
    if (!bareMoney(rec)) continue;
    let unit: string | null = null;
    for (const c of captions) if (c.row < rec.row) unit = c.unit;
    if (unit === null) continue;
    const factor = FACTORS[unit];
    rec.unit = "元";
    rec.value = scale(rec.value as number, factor);
    if (rec.valueMax !== null) rec.valueMax = scale(rec.valueMax, factor);
  }
}
