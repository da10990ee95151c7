/** Projects → programs: the same project filed by several districts, possibly from several files. */
import type { IndicatorRecord, ProjectInfo } from "../record";
import { findDistrict, leadingCity, placeInName, placeKey, programKey, stripDistrict } from "./districts";
import { mode, preferText } from "./stats";
import { projectRef, type CompareSource, type Grouping, type UnplacedProject } from "./types";

export interface ProgramEntry {
  /** Column label: the district, or the project name when no district is known. */
  district: string;
  projects: { project: ProjectInfo; source: string }[];
  records: { record: IndicatorRecord; source: string }[];
}

export interface ProgramGroup {
  name: string;
  entries: ProgramEntry[];
  /** Projects of this program whose district could not be told: named, never dropped silently. */
  unplaced: UnplacedProject[];
}

interface Member {
  ref: string;
  project: ProjectInfo;
  source: string;
  /** The file part of the source label (without " · sheet"). */
  file: string;
  district: string | null;
  /**
   * Cities named at the start of the unit, department, project, sheet or file (胶州市…局, 余姚市), in that
   * order: the first that is no prefecture of the others is a 县级市 when the program's other entries have
   * districts.
   */
  cities: string[];
  /** A place-like word seen but not taken for a district (（城区）): said in the unplaced note. */
  seen: string | null;
  records: IndicatorRecord[];
}

/** The file part of a source label: the CLI labels a sheet of a workbook "file.xlsx · sheet". */
function fileOf(label: string, sheet: string): string {
  const suffix = ` · ${sheet}`;
  return label.endsWith(suffix) ? label.slice(0, -suffix.length) : label;
}

/** （城区）, (开发区): a bracketed word shaped like a place at the end of a project's name. */
const BRACKETED_PLACE = /[（(]\s*([\u4e00-\u9fa5]{1,10}(?:区|县|市|旗|镇|乡|街道))\s*[)）]\s*$/;

/** 阳泉市城区应急管理局: a unit of a city's district named by a generic word the parser does not take alone. */
const GENERIC_AFTER_CITY = /^[\u4e00-\u9fa5]{2,4}?市(城区|矿区|郊区)/;

/** A word shaped like a place, seen where no district was told: named in the unplaced note. */
function seenPlace(p: ProjectInfo): string | null {
  const bracketed = BRACKETED_PLACE.exec(p.project.normalize("NFKC"))?.[1];
  if (bracketed) return bracketed;
  for (const t of [p.budgetUnit, p.department]) {
    const m = t ? GENERIC_AFTER_CITY.exec(t.normalize("NFKC")) : null;
    if (m) return m[1];
  }
  return null;
}

function members(sources: CompareSource[]): Member[] {
  const out: Member[] = [];
  // A sheet's name tells its district only where the districts' tables stand on several sheets
  // (每区一表); a file's name only where the districts send several files. Counted by file and sheet,
  // not by source, so that a file read sheet by sheet (compare) and a file read whole (analyze) place
  // their entries alike.
  const sheets = new Set<string>();
  const files = new Set<string>();
  for (const src of sources)
    for (const p of src.projects) {
      const file = fileOf(src.label, p.sheet);
      files.add(file);
      sheets.add(`${file}\u0000${p.sheet}`);
    }
  const bySheet = sheets.size > 1;
  const byFile = files.size > 1;
  const none = { district: null, city: null };
  sources.forEach((src, si) => {
    const byProject = new Map<number, IndicatorRecord[]>();
    for (const r of src.indicators) {
      const list = byProject.get(r.projectId) ?? [];
      list.push(r);
      byProject.set(r.projectId, list);
    }
    for (const p of src.projects) {
      const file = fileOf(src.label, p.sheet);
      const sheetPlace = bySheet ? placeInName(p.sheet) : none;
      const filePlace = byFile ? placeInName(file) : none;
      // The sheet's name before the file's: 每区一表.xlsx · 临安区 is 临安区's table, and a sheet naming
      // a 县级市 (余姚市) is never overruled by a word of the file's name.
      const district =
        p.district ??
        findDistrict(p.project) ??
        (p.budgetUnit ? findDistrict(p.budgetUnit) : null) ??
        sheetPlace.district ??
        (sheetPlace.city === null ? filePlace.district : null);
      const cities =
        district === null
          ? [
              ...[p.budgetUnit, p.department, p.project].map((t) => (t ? leadingCity(t) : null)),
              sheetPlace.city,
              filePlace.city,
            ].filter((c): c is string => c !== null)
          : [];
      out.push({
        ref: projectRef(si, p.id),
        project: p,
        source: src.label,
        file,
        district,
        cities,
        seen: district === null ? seenPlace(p) : null,
        records: byProject.get(p.id) ?? [],
      });
    }
  });
  return out;
}

/** Cities that prefix a district somewhere (青岛市市南区…, 广州市海珠区…): prefectures, not 县级市. */
function prefectures(all: Member[]): Set<string> {
  const out = new Set<string>();
  for (const m of all) {
    if (!m.district) continue;
    for (const t of [m.project.project, m.project.budgetUnit, m.project.department]) {
      const at = t ? t.indexOf(m.district) : -1;
      if (at <= 0) continue;
      const before = /([\u4e00-\u9fa5]{2,4}市)$/.exec(t.slice(0, at));
      if (before) out.add(before[1]);
    }
  }
  return out;
}

/** A member of no district whose city is a 县级市 (no prefecture of the others): that city, else null. */
function countyCity(m: Member, prefecture: ReadonlySet<string>): string | null {
  return m.district === null ? (m.cities.find((c) => !prefecture.has(c)) ?? null) : null;
}

function unplacedOf(m: Member): UnplacedProject {
  const u: UnplacedProject = {
    project: m.project.project,
    source: m.source,
    sheet: m.project.sheet,
    row: m.project.row,
  };
  if (m.seen) u.seen = m.seen;
  return u;
}

/**
 * The one spelling each place goes by in a comparison: 大通县 (from a project's name) and 大通回族土族自治县
 * (from its unit) are one county, named as most of its projects name it (ties to the longer, official name).
 */
type Spelling = (district: string) => string;

function spellingOf(all: Member[]): Spelling {
  const byKey = new Map<string, string[]>();
  for (const m of all) {
    if (m.district === null) continue;
    const k = placeKey(m.district);
    const list = byKey.get(k) ?? [];
    list.push(m.district);
    byKey.set(k, list);
  }
  const chosen = new Map<string, string>();
  for (const [k, list] of byKey)
    if (new Set(list).size > 1) chosen.set(k, mode(list, (a, b) => b.length - a.length)?.value ?? list[0]);
  return (district) => (chosen.size === 0 ? district : (chosen.get(placeKey(district)) ?? district));
}

function toGroup(name: string, list: Member[], spell: Spelling, unplaced: Member[] = []): ProgramGroup {
  const entries = new Map<string, ProgramEntry>();
  for (const m of list) {
    const label = m.district !== null ? spell(m.district) : m.project.project;
    const e = entries.get(label) ?? { district: label, projects: [], records: [] };
    e.projects.push({ project: m.project, source: m.source });
    for (const r of m.records) e.records.push({ record: r, source: m.source });
    entries.set(label, e);
  }
  return { name, entries: [...entries.values()], unplaced: unplaced.map(unplacedOf) };
}

/** The name most members use (a leading year dropped); ties go to the shorter. */
function commonName(list: Member[], nameOf: (m: Member) => string): string {
  const names = list.map((m) => nameOf(m).replace(/^\s*\d{4}\s*年度?/, "") || nameOf(m));
  return mode(names, preferText)?.value ?? names[0];
}

function groupBy(
  list: Member[],
  keyOf: (m: Member) => string | null,
  nameOf: (m: Member) => string,
  spell: Spelling,
): ProgramGroup[] {
  const groups = new Map<string, Member[]>();
  for (const m of list) {
    const k = keyOf(m);
    if (k === null || k === "") continue;
    const g = groups.get(k) ?? [];
    g.push(m);
    groups.set(k, g);
  }
  return [...groups.values()].map((g) => toGroup(commonName(g, nameOf), g, spell));
}

/**
 * A program named nowhere but in a title the parser did not read as a project's name (districts as
 * columns under "2024年就业补助资金绩效目标（分县区）"): its districts' columns on one sheet are still one
 * program, named for its sheet, so that they are compared rather than dropped. "" for a project with a name.
 */
function namelessName(m: Member): string {
  return m.project.project.trim() === "" ? `未写项目名称（${m.project.sheet}）` : "";
}

/**
 * Default grouping: the project name without its district. A member whose district is unknown joins the
 * program of its name too: as a 县级市 (its city, when the program's other entries have districts or
 * several such cities file it, and the city is no prefecture of the others), else listed as unplaced.
 */
function groupByName(all: Member[], spell: Spelling): { groups: ProgramGroup[]; orphans: Member[] } {
  const prefecture = prefectures(all);
  // （城区） not taken for a district still marks the program's name: the project joins it, as unplaced.
  const nameOf = (m: Member) =>
    stripDistrict(m.project.project, m.district ?? m.cities[0] ?? m.seen) || namelessName(m);
  const byKey = new Map<string, Member[]>();
  for (const m of all) {
    const k = programKey(nameOf(m));
    if (!k) continue;
    const g = byKey.get(k) ?? [];
    g.push(m);
    byKey.set(k, g);
  }
  const groups: ProgramGroup[] = [];
  const orphans: Member[] = [];
  for (const list of byKey.values()) {
    const cities = new Set(list.map((m) => countyCity(m, prefecture)).filter((c) => c !== null));
    const useCities = cities.size > 0 && (list.some((m) => m.district !== null) || cities.size >= 2);
    const entries: Member[] = [];
    const rest: Member[] = [];
    for (const m of list) {
      const city = useCities ? countyCity(m, prefecture) : null;
      if (m.district !== null) entries.push(m);
      else if (city !== null) entries.push({ ...m, district: city });
      else rest.push(m);
    }
    if (entries.length === 0) continue;
    const g = toGroup(commonName(entries, nameOf), entries, spell, rest);
    if (g.entries.length >= 2) groups.push(g);
    else orphans.push(...rest);
  }
  return { groups, orphans };
}

/** Programs with at least two entries (districts), in order of first appearance. */
export function groupPrograms(sources: CompareSource[], grouping: Grouping = { by: "name" }): ProgramGroup[] {
  return groupProgramsWithOrphans(sources, grouping).groups;
}

/**
 * Programs, and the projects of no district that share a name with a district's project but make no
 * program of two (named in the comparison's messages, never dropped silently).
 */
export function groupProgramsWithOrphans(
  sources: CompareSource[],
  grouping: Grouping = { by: "name" },
): { groups: ProgramGroup[]; orphans: UnplacedProject[]; places: string[] } {
  const all = members(sources);
  // The places told, whatever the grouping: why nothing was compared (one district, or none) is said.
  const prefecture = prefectures(all);
  const spell = spellingOf(all);
  const places = [
    ...new Set(
      all
        .map((m) => (m.district !== null ? spell(m.district) : countyCity(m, prefecture)))
        .filter((d): d is string => !!d),
    ),
  ];
  let groups: ProgramGroup[];
  switch (grouping.by) {
    case "name": {
      const { groups: named, orphans } = groupByName(all, spell);
      return { groups: named, orphans: orphans.map(unplacedOf), places };
    }
    case "field":
      groups = groupBy(
        withCities(all),
        (m) => m.project[grouping.field].trim() || null,
        (m) => m.project[grouping.field].trim(),
        spell,
      );
      break;
    case "keys":
      groups = groupBy(
        withCities(all),
        (m) => grouping.keys[m.ref]?.trim() || null,
        (m) => grouping.keys[m.ref].trim(),
        spell,
      );
      break;
    case "projects": {
      const picked = new Set(grouping.projects);
      const list = withCities(all).filter((m) => picked.has(m.ref));
      if (list.length === 0) return { groups: [], orphans: [], places };
      const names = new Set(list.map((m) => stripDistrict(m.project.project, m.district)));
      const name = grouping.name ?? (names.size === 1 ? [...names][0] : "所选项目");
      groups = [toGroup(name, list, spell)];
      break;
    }
  }
  return { groups: groups.filter((g) => g.entries.length >= 2), orphans: [], places };
}

/** Grouped by a field or by hand, a member without a district is labelled with its city, unless a prefecture. */
function withCities(all: Member[]): Member[] {
  const prefecture = prefectures(all);
  return all.map((m) => {
    const city = countyCity(m, prefecture);
    return city !== null ? { ...m, district: city } : m;
  });
}
