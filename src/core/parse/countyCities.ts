/**
 * 昆山市水务局 and 太仓市教育局 in one table: a city written before a unit's name is a 县级市 — a place of the
 * table, as 海珠区 is — when the table names other cities too and this one is not the table's own (its
 * title's city, or a prefecture that prefixes a district: 苏州市姑苏区…). Alone in its table, X市 may be
 * the prefecture, and telling them apart needs a list of cities; then no district is given — unless the
 * table's title, or the project's department, names a prefecture that is no city (临夏回族自治州…, 阿克苏地区…):
 * such a prefecture has no city of its own, so 临夏市 in its table is its 县级市.
 */
import { type IndicatorRecord, type ProjectInfo } from "../record";
import { leadingCity, leadingNonCityPrefecture } from "../table/district";

/** The city a project's unit, department or name starts with. */
function cityOf(p: ProjectInfo): string | null {
  for (const t of [p.budgetUnit, p.department, p.project]) {
    const city = t ? leadingCity(t) : null;
    if (city) return city;
  }
  return null;
}

/**
 * Gives the projects of no district whose unit starts with a 县级市 that city as district (their records
 * too). A town the names give stays (梅河口市山城镇…): the towns of 东莞, 中山 and 儋州 answer to the city
 * directly, and which cities those are needs a list. `titleRows`: the texts of the rows above the table's header.
 */
export function placeCountyCities(
  projects: ProjectInfo[],
  indicators: IndicatorRecord[],
  titleRows: readonly (readonly string[])[],
): void {
  const named = new Set<string>();
  const own = new Set<string>();
  let underPrefecture = false;
  for (const row of titleRows) {
    const first = row.find((t) => t.trim() !== "");
    if (!first) continue;
    const city = leadingCity(first);
    if (city) {
      own.add(city);
      named.add(city);
    } else if (leadingNonCityPrefecture(first)) underPrefecture = true;
  }
  const cities = new Map<number, string>();
  for (const p of projects) {
    const city = cityOf(p);
    if (!city) continue;
    named.add(city);
    if (p.district === null) cities.set(p.id, city);
    // 苏州市姑苏区…: the city before a district is the prefecture.
    else if (prefixes(p, city)) own.add(city);
  }
  const placed = new Map<number, string>();
  for (const p of projects) {
    const city = cities.get(p.id);
    if (city === undefined || own.has(city)) continue;
    // (临夏回族自治州交通运输局 over 临夏市交通运输局: the department names the prefecture.)
    if (named.size < 2 && !underPrefecture && !leadingNonCityPrefecture(p.department)) continue;
    p.district = city;
    placed.set(p.id, city);
  }
  if (placed.size === 0) return;
  for (const r of indicators) {
    const city = placed.get(r.projectId);
    if (city !== undefined && r.district === null) r.district = city;
  }
}

/** Whether the city stands right before the project's district in one of its names. */
function prefixes(p: ProjectInfo, city: string): boolean {
  // (昆山市花桥镇: a town under a 县级市; only a 区, 县 or 旗 makes the city before it a prefecture.)
  if (!p.district || !/(?:区|县|旗)$/.test(p.district)) return false;
  const at = city + p.district;
  return [p.budgetUnit, p.department, p.project].some((t) => t.normalize("NFKC").includes(at));
}
