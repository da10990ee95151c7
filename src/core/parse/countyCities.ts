/**
 * 昆山市水务局 and 太仓市教育局 in one table: a city written before a unit's name is a 县级市 — a place of the
 * table, as 海珠区 is — when the table names other cities too and this one is not the table's own (its
 * title's city, or a prefecture that prefixes a district: 苏州市姑苏区…). Alone in its table, X市 may be
 * the prefecture, and telling them apart needs a list of cities; then no district is given — unless the
 * table's title, or the project's department, names a prefecture that is no city (临夏回族自治州…, 阿克苏地区…):
 * such a prefecture has no city of its own, so 临夏市 in its table is its 县级市 (as 阿克苏市 is beside another
 * row's 阿克苏地区…, the 地区's seat) — or unless the table writes a
 * town right after the city (麻城市福田河镇…): a prefecture's towns stand under its districts.
 *
 * Likewise a branch of a bureau run from the prefecture (台州市生态环境局黄岩分局) names its place bare (黄岩:
 * a county's, a 县级市's or a district's); the table's title or its other rows say which (黄岩区).
 */
import { type IndicatorRecord, type ProjectInfo } from "../record";
import { districtOf, leadingCity, leadingNonCityPrefecture } from "../table/district";
import { districtKey } from "./context";

/** The city a project's unit, department or name starts with. */
function cityOf(p: ProjectInfo): string | null {
  for (const t of [p.budgetUnit, p.department, p.project]) {
    const city = t ? leadingCity(t) : null;
    if (city) return city;
  }
  return null;
}

/**
 * The prefecture-level cities with no districts (不设区的地级市), whose towns answer to the city directly
 * (东莞市长安镇): a closed list of four.
 */
const NO_DISTRICT_CITIES = new Set(["东莞市", "中山市", "儋州市", "嘉峪关市"]);

/**
 * Gives the projects of no district whose unit starts with a 县级市 that city as district (their records
 * too). A town the names give stays (梅河口市山城镇…). A town written right after the city (麻城市福田河镇人民政府)
 * makes it a 县级市 even alone in its table or named by the title (麻城市2024年…): a prefecture's towns stand
 * under its districts — except in the four cities with none (NO_DISTRICT_CITIES). `titleRows`: the texts of
 * the rows above the table's header.
 */
export function placeCountyCities(
  projects: ProjectInfo[],
  indicators: IndicatorRecord[],
  titleRows: readonly (readonly string[])[],
): void {
  const named = new Set<string>();
  const own = new Set<string>();
  const titleOwn = new Set<string>();
  const prefixing = new Set<string>();
  const ofTowns = new Set<string>();
  let underPrefecture = false;
  for (const row of titleRows) {
    const first = row.find((t) => t.trim() !== "");
    if (!first) continue;
    const city = leadingCity(first);
    if (city) {
      titleOwn.add(city);
      own.add(city);
      named.add(city);
    } else if (leadingNonCityPrefecture(first)) underPrefecture = true;
  }
  const cities = new Map<number, string>();
  // 阿克苏地区驻村工作管理办公室 in one row: 阿克苏市 in another is that 地区's seat, a 县级市 (a 地区 has no
  // city of its own).
  const seats = new Set<string>();
  for (const p of projects)
    for (const t of [p.budgetUnit, p.department]) {
      const prefecture = t && t.includes("地区") ? leadingNonCityPrefecture(t) : null;
      if (prefecture?.endsWith("地区")) seats.add(`${prefecture.slice(0, -2)}市`);
    }
  for (const p of projects) {
    const city = cityOf(p);
    if (!city) continue;
    named.add(city);
    if (p.district === null) cities.set(p.id, city);
    // 苏州市姑苏区…: the city before a district is the prefecture.
    else if (prefixes(p, city)) {
      own.add(city);
      prefixing.add(city);
    } else if (townAfter(p, city) && !NO_DISTRICT_CITIES.has(city)) ofTowns.add(city);
  }
  // (A city before a district too, 某市某区… beside 某市某镇…, stays the prefecture.)
  for (const city of prefixing) ofTowns.delete(city);
  // 龙南市2024年…: a title's lone city, for the comparison to weigh against the sheets beside this one.
  const [titleCity] = titleOwn;
  // A block's own title (廉江市… over the next form of a stack) stays that block's.
  for (const p of projects) {
    if (p.district !== null || cityOf(p)) delete p.titleCity;
    else if (titleOwn.size === 1) p.titleCity ??= titleCity;
  }
  const placed = new Map<number, string>();
  for (const p of projects) {
    const city = cities.get(p.id);
    if (city === undefined) continue;
    if (!ofTowns.has(city)) {
      if (own.has(city)) continue;
      // (临夏回族自治州交通运输局 over 临夏市交通运输局: the department names the prefecture.)
      if (named.size < 2 && !underPrefecture && !seats.has(city) && !leadingNonCityPrefecture(p.department))
        continue;
    }
    p.district = city;
    placed.set(p.id, city);
  }
  if (placed.size === 0) return;
  for (const r of indicators) {
    const city = placed.get(r.projectId);
    if (city !== undefined && r.district === null) r.district = city;
  }
}

/** Whether the project's district, of the kind `ending` names, stands right after the city in one of its names. */
function districtAfterCity(p: ProjectInfo, city: string, ending: RegExp): boolean {
  if (!p.district || !ending.test(p.district)) return false;
  const at = city + p.district;
  return [p.budgetUnit, p.department, p.project].some((t) => t.normalize("NFKC").includes(at));
}

/** Whether the city stands right before the project's district in one of its names. */
function prefixes(p: ProjectInfo, city: string): boolean {
  // (昆山市花桥镇: a town under a 县级市; only a 区, 县 or 旗 makes the city before it a prefecture.)
  return districtAfterCity(p, city, /(?:区|县|旗)$/);
}

/** Whether the project's town (福田河镇) stands right after the city in one of its names (麻城市福田河镇人民政府). */
function townAfter(p: ProjectInfo, city: string): boolean {
  return districtAfterCity(p, city, TOWN);
}

/** A district written whole: its name ends in what it is (黄岩区, 余姚市, 宾川县). */
const WHOLE = /(?:区|县|市|旗|镇|乡|街道|盟|州)$/;
const COUNTY_LEVEL = /(?:区|县|市|旗)$/;

/**
 * Gives the projects whose district is a bare place (黄岩, of 台州市生态环境局黄岩分局) the district of that
 * name the title or the other projects name (台州市黄岩区… → 黄岩区), their records too; the bare name stays
 * when none does, or when two do (黄岩区 and 黄岩县). `titleRows`: the texts of the rows above the table's
 * header.
 */
export function placeBareBranches(
  projects: ProjectInfo[],
  indicators: IndicatorRecord[],
  titleRows: readonly (readonly string[])[],
): void {
  // Almost every district is written whole: nothing to do then.
  if (!projects.some((p) => p.district !== null && !WHOLE.test(p.district))) return;
  const whole = new Set<string>();
  // (A city the title or a unit's name starts with, 余姚市… or 宁波市余姚市…, may be a 县级市 too.)
  const named = (t: string) => {
    const d = districtOf(t);
    if (d) whole.add(d);
    let rest = t;
    for (let city = leadingCity(rest); city; ) {
      whole.add(city);
      const at = rest.indexOf(city);
      if (at < 0) break;
      rest = rest.slice(at + city.length);
      const next = leadingCity(rest);
      city = next && rest.startsWith(next) ? next : null;
    }
  };
  for (const row of titleRows) {
    const first = row.find((t) => t.trim() !== "");
    if (first) named(first);
  }
  for (const p of projects) {
    if (p.district !== null && WHOLE.test(p.district)) whole.add(p.district);
    for (const t of [p.budgetUnit, p.department]) if (t) named(t);
  }
  placeByWholeName(
    projects,
    indicators,
    whole,
    (bare) => WHOLE.test(bare),
    (bare, d) => d.length > bare.length && COUNTY_LEVEL.test(d) && districtKey(d) === bare,
  );
}

/**
 * Gives each project whose district `fits` exactly one of the `whole` names that name, and its records
 * too (those still written as the project's was); a district that is `done` already, or fits none or two,
 * stays.
 */
function placeByWholeName(
  projects: ProjectInfo[],
  indicators: IndicatorRecord[],
  whole: ReadonlySet<string>,
  done: (district: string) => boolean,
  fits: (district: string, wholeName: string) => boolean,
): void {
  const placed = new Map<number, string>();
  for (const p of projects) {
    const d = p.district;
    if (d === null || done(d)) continue;
    const names = [...whole].filter((w) => fits(d, w));
    if (names.length !== 1) continue;
    p.district = names[0];
    placed.set(p.id, names[0]);
  }
  if (placed.size === 0) return;
  for (const r of indicators) {
    const d = placed.get(r.projectId);
    if (d !== undefined && r.district !== null && fits(r.district, d)) r.district = d;
  }
}

/** 兰坪白族普米族自治县, 鄂伦春自治旗: an autonomous county's or banner's full name. */
const AUTONOMOUS_WHOLE = /^([\u4e00-\u9fa5]{2,}?)[\u4e00-\u9fa5]*?族?自治(县|旗)$/;

/** The short form officers write of an autonomous county (兰坪白族普米族自治县 → 兰坪县) whose start it shares. */
function isShortOf(short: string, whole: string): boolean {
  const m = AUTONOMOUS_WHOLE.exec(whole);
  if (!m || !short.endsWith(m[2])) return false;
  const stem = short.slice(0, -1);
  return stem.length >= 2 && whole.startsWith(stem) && whole.length > short.length;
}

/**
 * Gives the projects whose district is an autonomous county's short form (兰坪县, of 兰坪县住房和城乡建设局)
 * the full name the title, the other projects or the projects' own offices write (兰坪白族普米族自治县2024年… →
 * 兰坪白族普米族自治县),
 * their records too; the short form stays when none does, or when two full names would fit.
 */
export function placeAutonomousNames(
  projects: ProjectInfo[],
  indicators: IndicatorRecord[],
  titleRows: readonly (readonly string[])[],
): void {
  const whole = new Set<string>();
  for (const row of titleRows) {
    const first = row.find((t) => t.trim() !== "");
    const d = first && first.includes("自治") ? districtOf(first) : null;
    if (d && AUTONOMOUS_WHOLE.test(d)) whole.add(d);
  }
  for (const p of projects) {
    if (p.district && AUTONOMOUS_WHOLE.test(p.district)) whole.add(p.district);
    // 峨山县… under 主管部门：峨山彝族自治县教育体育局: the project's own office writes the full name (a form read
    // without a header has no title rows to look at).
    for (const office of [p.department, p.budgetUnit]) {
      const d = office.includes("自治") ? districtOf("", office) : null;
      if (d && AUTONOMOUS_WHOLE.test(d)) whole.add(d);
    }
  }
  if (whole.size === 0) return;
  placeByWholeName(projects, indicators, whole, (short) => whole.has(short), isShortOf);
}

/**
 * Gives the projects whose unit places them in a town (七眼桥镇人民政府, 和平镇人民政府) the county-level
 * district written above them — their form's title (安顺市西秀区七眼桥镇2024年…, 邵武市2025年…申报表), else
 * their sheet's name (北流市民安镇, 西秀区) —, their records too: the town is one of the county's places.
 * Only where the table's units name one town: a table of a county's towns (麻城市福田河镇人民政府 beside
 * 麻城市龟山镇人民政府, under 麻城市2024年…) compares them, each its own place; and a town a column of towns
 * gives (镇（区、街道） | 草堰镇) stays. `areas`: the district each project's title named, by id.
 */
export function placeTownsUnderCounty(
  projects: ProjectInfo[],
  indicators: IndicatorRecord[],
  areas: ReadonlyMap<number, string>,
  sheet: string,
): void {
  const towns = new Set<string>();
  const ofNames: ProjectInfo[] = [];
  for (const p of projects) {
    if (p.district === null || !TOWN.test(p.district)) continue;
    towns.add(p.district);
    if (p.district === districtOf(p.project, p.budgetUnit, p.department)) ofNames.push(p);
  }
  if (towns.size !== 1 || ofNames.length === 0) return;
  const sheetCounty = sheet ? districtOf(sheet.normalize("NFKC").trim()) : null;
  const placed = new Map<number, string>();
  for (const p of ofNames) {
    const town = p.district as string;
    const area = areas.get(p.id);
    const county =
      area && countyOverTown(area, town)
        ? area
        : sheetCounty && countyOverTown(sheetCounty, town)
          ? sheetCounty
          : null;
    if (!county) continue;
    p.district = county;
    placed.set(p.id, county);
  }
  if (placed.size === 0) return;
  for (const r of indicators) {
    const county = placed.get(r.projectId);
    if (county !== undefined && r.district !== null && TOWN.test(r.district)) r.district = county;
  }
}

/** A town's, a 街道's or a 苏木's name (七眼桥镇, 大中街道). */
const TOWN = /(?:镇|乡|街道|苏木)$/;

/**
 * Whether a county-level district (西秀区, 邵武市, 宾川县, 科尔沁左翼中旗) written above a project — its form's
 * title, its sheet's name — is the district of a project its unit places in a town (七眼桥镇).
 */
function countyOverTown(county: string, town: string): boolean {
  return TOWN.test(town) && !TOWN.test(county) && /(?:区|县|市|旗)$/.test(county);
}
