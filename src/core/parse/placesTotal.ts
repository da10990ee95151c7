/**
 * 区县 | 一级指标 | 二级指标 | 三级指标 | 指标值 — a rows table one row per district per indicator — ending in a
 * 合计 (总计, 全市) block in its place column: the places' total, not a footer and no place. Each of its rows is
 * read as an indicator is, then kept as the total (RowTotal, `inRow`) of the table's records of that name, for
 * the comparison to check against the places' sum (round 194's miss: such a row was set aside as text with no
 * indicator, and no total was checked).
 */
import { type IndicatorRecord, type ProjectInfo, type RowTotal } from "../record";
import { trimSpaces } from "../text/chars";
import { SUM_WORDS } from "../table/layout";
import { type Builder } from "./builder";

/** 合计, 总计, 全市合计, 全县: a place cell naming the places' total. */
const PLACES_TOTAL = new RegExp(`^(?:${SUM_WORDS})$`);

/** Whether a place column's cell names the places' total (合计, 总计, 全市合计), not a place. */
export function isPlacesTotal(cell: string): boolean {
  return PLACES_TOTAL.test(trimSpaces(cell).replace(/\s+/g, ""));
}

/** 合计, 总计, 累计, 全市, 总: the words a 合计 row adds to its places' names (受益学生总人数, 全市供餐学校数). */
const TOTAL_WORDS = /合计|总计|累计|全[省市州县区旗]|总/g;

/**
 * A place's indicator and a 合计 row's of one name, or of one once the words a total adds are taken off both
 * (受益学生总人数 and 受益学生人数; 供餐学校总数 and 供餐学校数).
 */
function sameName(place: string, total: string): boolean {
  if (place === total) return true;
  const bare = (x: string) => x.replace(TOTAL_WORDS, "");
  return bare(total) !== "" && bare(place) === bare(total);
}

/** 小计, 主城区小计, 渝东北片区小计: a group's subtotal in a place column. */
const SUBTOTAL = /^[\u4e00-\u9fa5]{0,10}小计$/;

/** Whether a place column's cell names a group's subtotal (小计, 主城区小计), neither a place nor the total. */
export function isSubtotal(cell: string): boolean {
  return SUBTOTAL.test(trimSpaces(cell).replace(/\s+/g, ""));
}

/** Whether a project is a place's: a district's, or the city's own level's (市本级), which a total adds in. */
export function isPlaceProject(p: ProjectInfo | undefined): boolean {
  return !!p && (p.district !== null || !!p.ownLevel);
}

/**
 * The records read from a 合计 row (`totals`) kept on the table's records of the same name as their row total:
 * only those of a place (a district's project, or the city's own level, which the comparison adds into the
 * sum), and only where the name is the table's (a 合计 row of its own, 资金总额, matches none). Returns how
 * many totals were kept.
 */
export function keepPlacesTotals(
  b: Builder,
  from: number,
  totals: readonly IndicatorRecord[],
  header: string,
): number {
  let kept = 0;
  for (const t of totals) {
    if (!t.name) continue;
    const places: IndicatorRecord[] = [];
    for (let i = from; i < b.indicators.length; i++) {
      const rec = b.indicators[i];
      const p = b.projects[rec.projectId];
      if (!sameName(rec.name, t.name) || rec.rowTotal || !isPlaceProject(p)) continue;
      places.push(rec);
    }
    if (places.length < 2) continue;
    const total: RowTotal = {
      cell: t.cell,
      header,
      target: t.target,
      value: t.value,
      valueMax: t.valueMax,
      unit: t.unit,
      places: places.length,
      inRow: true,
    };
    for (const rec of places) rec.rowTotal = total;
    kept++;
  }
  return kept;
}
