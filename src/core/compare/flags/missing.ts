/** MISSING: a district lacks an indicator that most others set, or sets it without a number. */
import {
  blankCell,
  missingIndicator,
  missingInOtherKind,
  missingNumber,
  missingUnderOtherName,
  shownUnit,
} from "../sentences";
import type { AlignedIndicator, CompareFlag, DistrictCell, UnalignedItem } from "../types";
import type { FlagRule } from "./types";
import { rateOrCount, unitKey } from "../units";
import { nameKey, nameOfKey, variantScore } from "../names";

export const missingRule: FlagRule = {
  code: "MISSING",
  label: { zh: "缺少指标或数值", en: "Missing" },
  description: {
    zh: "多数区设置了该指标（或写了数值），本区没有。",
    en: "Most districts set this indicator (or give it a number); this district does not.",
  },
  check({ indicator, districts, settings, unaligned = [], noun = "区", indicators = [] }) {
    const total = districts.length;
    const having = districts.filter((d) => indicator.cells[d]).length;
    const flags: CompareFlag[] = [];
    if (having / total > settings.majorityShare) {
      for (const d of districts) {
        if (indicator.cells[d]) continue;
        // The district may have set it under another name (各级河湖长巡河次数 for 巡河次数): say so.
        // Its unit is named where it differs (资助学生人次 in 人次 for a count of 人): the usual way a variant shows.
        const listed = unaligned
          .filter((u) => u.district === d && (u.similarTo === indicator.name || variantOf(u, indicator)))
          .map((u) => ({
            name: u.name || u.text,
            ...(u.unit && unitKey(u.unit) !== indicator.unit ? { unit: u.unit } : {}),
          }));
        const variants = listed.length > 0 ? listed : alignedVariants(indicator, d, indicators);
        const blank = variants.length ? null : blankAt(indicator, d, indicators);
        // A rate set where the others count (or the other way): said as another kind of figure, not a name.
        const kinds = new Set(variants.map((v) => (v.unit ? rateOrCount(v.unit, indicator.unit) : null)));
        const kind = kinds.size === 1 ? [...kinds][0] : null;
        flags.push({
          code: "MISSING",
          district: d,
          indicator: indicator.name,
          ratio: null,
          message: kind
            ? missingInOtherKind(d, indicator.name, variants, kind, shownUnit(indicator), having, total, noun)
            : variants.length
              ? missingUnderOtherName(d, indicator.name, variants, having, total, noun)
              : blank
                ? blankCell(d, indicator.name, blank, having, noun)
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

/**
 * The district's indicators on other rows that may be this one under another name, where no district sets
 * both (大足区 and 璧山区 write 巡河次数, four others 河长巡河次数: two rows of one indicator, each aligned among
 * its own districts): offered as the unaligned ones are, never merged (round 198: said as not set at all).
 */
function alignedVariants(
  indicator: AlignedIndicator,
  district: string,
  indicators: AlignedIndicator[],
): { name: string; unit?: string }[] {
  const own = nameOfKey(indicator.key);
  const having = Object.keys(indicator.cells);
  return indicators
    .filter((o) => {
      const c = o.cells[district];
      if (o === indicator || !c || having.some((h) => o.cells[h])) return false;
      return variantScore(nameOfKey(o.key), own, o.unit !== "" && o.unit === indicator.unit) >= 0.5;
    })
    .map((o) => ({
      name: o.cells[district].name,
      ...(o.unit !== indicator.unit && o.unit ? { unit: o.unit } : {}),
    }));
}

/**
 * An unaligned item offered as like another row (各级河长累计巡河次数 like 巡河次数) that is as like this one
 * (河长巡河次数), in its unit: named here too, not only under the row it was offered for.
 */
function variantOf(u: UnalignedItem, indicator: AlignedIndicator): boolean {
  if (!u.similarTo || !u.name) return false;
  const sameUnit = !!u.unit && unitKey(u.unit) === indicator.unit;
  return sameUnit && variantScore(nameKey(u.name).key, nameOfKey(indicator.key), true) >= 0.5;
}

const ADDRESS = /^([A-Z]+)(\d+)$/;

/** One place's cells on one row of one sheet: a table with a column per place (null where not). */
function rowOfColumns(cells: DistrictCell[]): { at: string; row: string } | null {
  if (cells.length < 2) return null;
  const first = ADDRESS.exec(cells[0].cell);
  if (!first) return null;
  const at = `${cells[0].source}\u0000${cells[0].sheet}`;
  const cols = new Set<string>();
  for (const c of cells) {
    const m = ADDRESS.exec(c.cell);
    if (!m || m[2] !== first[2] || `${c.source}\u0000${c.sheet}` !== at || c.phases) return null;
    cols.add(m[1]);
  }
  return cols.size === cells.length ? { at, row: first[2] } : null;
}

/**
 * The blank cell a district left on the indicator's row, where the others write it a column each on one row
 * of one sheet and the district's own column is that of its cells on the program's other such rows
 * (漳州's 诏安县 column, its 资金发放及时率 cell empty): "Sheet1!K6"; null where the table is no such one.
 */
function blankAt(
  indicator: AlignedIndicator,
  district: string,
  indicators: AlignedIndicator[],
): string | null {
  const here = rowOfColumns(Object.values(indicator.cells));
  if (!here) return null;
  const columns = new Set<string>();
  for (const other of indicators) {
    const own = other.cells[district];
    if (other === indicator || !own) continue;
    const there = rowOfColumns(Object.values(other.cells));
    if (!there || there.at !== here.at) continue;
    const m = ADDRESS.exec(own.cell);
    if (m) columns.add(m[1]);
  }
  if (columns.size !== 1) return null;
  const col = [...columns][0];
  const taken = Object.values(indicator.cells).some((c) => ADDRESS.exec(c.cell)?.[1] === col);
  if (taken) return null;
  const sheet = Object.values(indicator.cells)[0].sheet;
  return `${sheet}!${col}${here.row}`;
}
