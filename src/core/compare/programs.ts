/** Projects → programs: the same project filed by several districts, possibly from several files. */
import type { IndicatorRecord, ProjectInfo, RowTotal } from "../record";
import { autonomousOfWritten } from "./autonomous";
import {
  bareName,
  findDistrict,
  isBareZone,
  isOwnLevelColumn,
  leadingCity,
  looseProgramKey,
  placeInName,
  placeKey,
  plainPlaceName,
  programKey,
  shortPlaceName,
  stripDistrict,
  stripLeadingShort,
  zoneKind,
  zoneFilingOf,
  zoneOf,
} from "./districts";
import { similarity } from "./names";
import { isCountyCity, leadingNonCityPrefecture } from "../table/district";
import { mode, preferText } from "./stats";
import {
  projectRef,
  type CompareSource,
  type Grouping,
  type LoneProgram,
  type NameVariant,
  type NearName,
  type Resubmission,
  type UnplacedProject,
} from "./types";

export interface ProgramEntry {
  /** Column label: the district, or the project name when no district is known. */
  district: string;
  projects: { project: ProjectInfo; source: string }[];
  /** The phase each record belongs to (一期), where the district filed the program in several phases. */
  records: { record: IndicatorRecord; source: string; phase?: string }[];
  /**
   * The phases the district filed the program in (盱眙县…（一期） and …（二期）), each its project, where there
   * are several: compared as one district, additive figures summed (`alignProgram`), and said.
   */
  phases?: { phase: string; project: string; source: string; sheet: string; row: number }[];
  /** Set where the district is only a sheet's or file's bare name (三穗): compared under it, and said so. */
  bareNamed?: { sheet: string; source: string; file?: string };
  /**
   * Set where the district was written by its short form in the table (洮南 over a place column, 镇赉 in a
   * 县区 cell): compared as the 县级市 it names (`asWritten` false) or as written, and said so.
   */
  shortNamed?: { written: string; asWritten: boolean; sheet: string; source: string };
}

export interface ProgramGroup {
  name: string;
  entries: ProgramEntry[];
  /** Projects of this program whose district could not be told: named, never dropped silently. */
  unplaced: UnplacedProject[];
  /** Projects compared under a name that differs from the program's by a year or an ending (资金, 项目 …). */
  nameVariants: NameVariant[];
  /** Projects of a like name left out: named, never dropped silently. */
  nearNames: NearName[];
  /** Districts that filed the program in two files, and the one compared. */
  resubmissions: Resubmission[];
  /**
   * 汇总表 sent along with the districts' own files (round 181): not compared, each district's rows kept to
   * check its own file against (`checked`).
   */
  summaries?: {
    source: string;
    districts: string[];
    checked: { district: string; entries: ProgramEntry[] }[];
  }[];
}

interface Member {
  ref: string;
  project: ProjectInfo;
  source: string;
  /** The file part of the source label (without " · sheet"). */
  file: string;
  /** The source's position among the inputs, as given. */
  order: number;
  /** When the file was saved, where known (ms since 1970). */
  modified?: number;
  district: string | null;
  /**
   * Cities named at the start of the unit, department, project, sheet or file (胶州市…局, 余姚市), in that
   * order: the first that is no prefecture of the others is a 县级市 when the program's other entries have
   * districts.
   */
  cities: string[];
  /** A place-like word seen but not taken for a district (（城区）): said in the unplaced note. */
  seen: string | null;
  /** The district is the sheet's or file's bare name (三穗), taken because its siblings name theirs. */
  bareNamed?: "sheet" | "file";
  /** The district as the table wrote it by its short form (洮南 for 洮南市, 镇赉 as written). */
  shortNamed?: { written: string; asWritten: boolean };
  /**
   * The prefecture's own project, told by a word for its level where a district is written (州本级, 州直,
   * 市本级), by its unit's city that the others write before their districts (六安市医疗保障局 beside
   * 六安市金安区…), or by a sheet's or file's name (六安市本级.xlsx): never a district, never placed.
   */
  own?: UnplacedProject["own"];
  records: IndicatorRecord[];
  /** The phase mark taken off the program's name (一期, 第二批), where that joins the program (`programNames`). */
  phase?: string;
}

/** The file part of a source label: the CLI labels a sheet of a workbook "file.xlsx · sheet". */
export function fileOf(label: string, sheet: string): string {
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
  // 廉江市2024年… over a block or sheet left unplaced: the city its title names.
  return p.titleCity ?? null;
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
      // 州本级, 州直, 市本级 in a 县（市、区） column: the prefecture's own level, whatever else its names say.
      // (The parser gives no district for a 市本级 cell and says so in `ownLevel`.)
      const ownText = p.district ?? p.ownLevel ?? null;
      const ownWord = ownText !== null && OWN_LEVEL_WORD.test(ownText.normalize("NFKC").trim());
      // The sheet's name before the file's: 每区一表.xlsx · 临安区 is 临安区's table, and a sheet naming
      // a 县级市 (余姚市) is never overruled by a word of the file's name.
      // 洮南 over a place column, 镇赉 in a 县区 cell: the 县级市 it names, or the short form as written.
      const short = !ownWord && p.district ? shortPlaceName(p.district) : null;
      let district = ownWord
        ? null
        : (short?.place ??
          p.district ??
          zoneFilingOf(p.project) ??
          findDistrict(p.project) ??
          (p.budgetUnit ? findDistrict(p.budgetUnit) : null) ??
          sheetPlace.district ??
          (sheetPlace.city === null ? filePlace.district : null) ??
          zoneOf(p.budgetUnit) ??
          zoneOf(p.department) ??
          (bySheet ? zoneOf(p.sheet) : null) ??
          (byFile && sheetPlace.city === null ? zoneOf(file) : null));
      // A sheet 经开区 of the unit 德阳经济技术开发区管理委员会: the zone its unit names, the fuller name.
      const bareZone = district !== null && isBareZone(district) ? zoneKind(district) : null;
      const fuller = bareZone
        ? [zoneOf(p.budgetUnit), zoneOf(p.department)].find(
            (z) => z !== null && !isBareZone(z) && zoneKind(z) === bareZone,
          )
        : undefined;
      if (fuller) district = fuller;
      const cities =
        district === null && !ownWord
          ? [
              ...[p.budgetUnit, p.department, p.project].map((t) => (t ? leadingCity(t) : null)),
              // A title's city is a 县级市 only when it is one (the closed list): 十堰市… over districts'
              // rows is the prefecture, never a district.
              p.titleCity && isCountyCity(p.titleCity) ? p.titleCity : null,
              sheetPlace.city,
              filePlace.city,
            ].filter((c): c is string => c !== null)
          : [];
      out.push({
        ref: projectRef(si, p.id),
        project: p,
        source: src.label,
        file,
        order: si,
        ...(src.modified !== undefined ? { modified: src.modified } : {}),
        district,
        cities,
        seen: district === null ? seenPlace(p) : null,
        ...(short
          ? { shortNamed: { written: (p.district as string).trim(), asWritten: short.asWritten } }
          : {}),
        ...(ownWord ? { own: ownLevel(p) ?? ownOfWord(ownText as string) } : {}),
        records: byProject.get(p.id) ?? [],
      });
    }
  });
  if (bySheet || byFile) placeByBareNames(out, bySheet, byFile);
  shortAsTold(out);
  markOwnLevel(out);
  return out;
}

/**
 * 镇赉 written by its short form where another table of the comparison names 镇赉县: that place (and said),
 * not a district of its own beside it.
 */
function shortAsTold(all: Member[]): void {
  const told = new Set<string>();
  for (const m of all) if (m.district !== null && !m.shortNamed?.asWritten) told.add(m.district);
  for (const m of all) {
    const short = m.district;
    if (!m.shortNamed?.asWritten || short === null) continue;
    const like = [...told].filter(
      (d) => d.length === short.length + 1 && d.startsWith(short) && /[区县市旗]$/.test(d),
    );
    if (like.length !== 1) continue;
    m.district = like[0];
    m.shortNamed = { ...m.shortNamed, asWritten: false };
  }
}

/**
 * 三穗 among sheets 凯里市, 黄平县 (每区一表), or 三穗.xlsx among 凯里市.xlsx, 黄平县.xlsx: a sheet or file named
 * only by a plain county's short form is compared under that name (and said so) where at least two of its
 * siblings (the file's other sheets, or the other files), and at least half, name their districts (or
 * 县级市); never where the name starts a place already told (凯里 beside 凯里市), nor for a project a city
 * names. Elsewhere the name is only quoted in the unplaced note.
 */
function placeByBareNames(all: Member[], bySheet: boolean, byFile: boolean): void {
  const names = (place: { district: string | null; city: string | null }) =>
    place.district !== null || place.city !== null;
  // Per file: its sheets, each with whether its name names a place; and the files likewise.
  const sheetsOf = new Map<string, Map<string, boolean>>();
  const files = new Map<string, boolean>();
  for (const m of all) {
    const sheets = sheetsOf.get(m.file) ?? new Map<string, boolean>();
    if (!sheets.has(m.project.sheet)) sheets.set(m.project.sheet, names(placeInName(m.project.sheet)));
    sheetsOf.set(m.file, sheets);
    if (!files.has(m.file)) files.set(m.file, names(placeInName(m.file)));
  }
  const told = new Set<string>();
  for (const m of all) for (const d of [m.district, ...m.cities]) if (d !== null) told.add(d);
  const takes = (name: string, siblings: boolean[]) => {
    const named = siblings.filter(Boolean).length;
    return named >= 2 && named * 2 >= siblings.length && ![...told].some((d) => d.startsWith(name));
  };
  for (const m of all) {
    if (m.district !== null || m.cities.length > 0 || m.own) continue;
    const sheetName = bySheet ? plainPlaceName(m.project.sheet) : null;
    const fileName = byFile && !sheetName ? plainPlaceName(m.file) : null;
    const name = sheetName ?? fileName;
    if (!name) continue;
    const siblings = sheetName
      ? [...(sheetsOf.get(m.file) as Map<string, boolean>).values()]
      : [...files.values()];
    if (!takes(name, siblings)) {
      m.seen ??= name;
      continue;
    }
    m.district = name;
    m.bareNamed = sheetName ? "sheet" : "file";
    m.seen = null;
  }
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
  return m.district === null && !m.own ? (m.cities.find((c) => !prefecture.has(c)) ?? null) : null;
}

/**
 * A member of no district beside districts, whose unit (or department) starts with a city that is no 县级市
 * (孝感市财政局): the prefecture's own project (市本级), said as such, never a district nor an unknown place.
 */
function prefectureOwn(m: Member, prefecture: ReadonlySet<string>): Member {
  if (m.own || countyCity(m, prefecture) === null) return m;
  const p = m.project;
  const field = (["budgetUnit", "department"] as const).find((f) => {
    const city = p[f] ? leadingCity(p[f]) : null;
    return city !== null && !isCountyCity(city);
  });
  return field
    ? { ...m, own: ownLevel(p) ?? { level: "市本级", field, text: p[field].trim() }, seen: null }
    : m;
}

/** 临夏州… (an autonomous prefecture, 州, 地区 or 盟) or 徐州市本级 at the start of a text: the level it names. */
const OWN_LEVEL =
  /^(?:[\u4e00-\u9fa5]{1,7}?(?:省|自治区))?[\u4e00-\u9fa5]{2,12}?(?:(自治州|州|地区|盟)(?:本级|级)|(市)本级)/;

/**
 * A project of no district filed by the prefecture itself: its unit (or department, or name) starts with a
 * prefecture that is no city (临夏州农业农村局, 大理白族自治州…) or says 本级 (徐州市本级, 临夏州级).
 */
function ownLevel(p: ProjectInfo): UnplacedProject["own"] | null {
  for (const field of ["budgetUnit", "department", "project"] as const) {
    const text = p[field]?.trim();
    if (!text) continue;
    const n = text.normalize("NFKC");
    const m = OWN_LEVEL.exec(n);
    const said = m ? (m[1] ?? m[2]) : undefined;
    const prefecture = leadingNonCityPrefecture(n);
    const word =
      said ??
      (prefecture && (!prefecture.endsWith("盟") || LEAGUE.test(prefecture))
        ? (/地区$|盟$/.exec(prefecture)?.[0] ?? "州")
        : null);
    if (word === null) continue;
    return { level: `${word === "自治州" ? "州" : word}本级`, field, text };
  }
  return null;
}

/**
 * 州本级, 州直, 伊犁州直, 市本级, 市直, 本级, 州级: a word for the prefecture's own level, never a district's name
 * (no district ends so: 县级市 end in 市, districts in 区/县/旗).
 */
const OWN_LEVEL_WORD =
  /^(?:(?:[\u4e00-\u9fa5]{0,8}?(?:州|市|地区|盟))?本级|[\u4e00-\u9fa5]{0,8}?(?:州|市|地区|盟)(?:直属?|级))$/;

/** The level a word such as 州直 or 市本级 names: 州本级, 市本级, 地区本级, 盟本级, or 本级 alone. */
function levelOfWord(word: string): string {
  const m = /(州|市|地区|盟)(?:本级|直属?|级)$/.exec(word);
  return m ? `${m[1]}本级` : "本级";
}

function ownOfWord(word: string): NonNullable<UnplacedProject["own"]> {
  return { level: levelOfWord(word.normalize("NFKC").trim()), field: "district", text: word };
}

/** 六安市本级.xlsx, 州本级, 伊犁州直: a sheet's or file's name for the prefecture's own level. */
const OWN_LEVEL_NAME = /^(?:[\u4e00-\u9fa5]{2,8}?(州|市|地区|盟))(?:本级|直属?)(?![\u4e00-\u9fa5]*[区县旗])/;

/**
 * 市本级, 本级, 市直, 市级, 附件2-市本级.xlsx: a sheet's or file's name that is the level's word alone, no city
 * before it (no district ends so). 市级 only whole (市级示范… names no level).
 */
const BARE_OWN_LEVEL_NAME =
  /^(?:(?:州|市|地区|盟)?本级|(?:州|市|地区|盟)直属?)(?![\u4e00-\u9fa5]*[区县旗])|^(?:州|市|地区|盟)级$/;

/** The level a sheet's or file's name says (六安市本级 → 市本级, 本级 alone → 本级), or null. */
function levelOfName(name: string): string | null {
  const n = name.normalize("NFKC").trim();
  const named = OWN_LEVEL_NAME.exec(n) ?? OWN_LEVEL_NAME.exec(bareName(n));
  if (named) return `${named[1]}本级`;
  const bare = BARE_OWN_LEVEL_NAME.exec(bareName(n));
  return bare ? levelOfWord(bare[0]) : null;
}

/**
 * The prefecture's own project among members of no district: its unit (or department) starts with the city
 * the others write before their districts (六安市医疗保障局 beside 六安市金安区医疗保障局), or its sheet's or
 * file's name says 本级 (六安市本级.xlsx). Its unit's own word first (临夏州农业农村局, 徐州市本级).
 */
function markOwnLevel(all: Member[]): void {
  const prefecture = prefectures(all);
  for (const m of all) {
    if (m.district !== null || m.own) continue;
    const p = m.project;
    const byUnit = (["budgetUnit", "department"] as const).find((f) => {
      const city = p[f] ? leadingCity(p[f]) : null;
      return city !== null && prefecture.has(city);
    });
    if (byUnit) {
      m.own = ownLevel(p) ?? { level: "市本级", field: byUnit, text: p[byUnit].trim() };
      continue;
    }
    const named = (
      [
        ["sheet", p.sheet],
        ["file", m.file],
      ] as const
    )
      .map(([field, name]) => [field, name, levelOfName(name)] as const)
      .find(([, , level]) => level !== null);
    if (named) m.own = ownLevel(p) ?? { level: named[2] as string, field: named[0], text: named[1] };
  }
}

function unplacedOf(m: Member): UnplacedProject {
  const u: UnplacedProject = {
    project: m.project.project,
    source: m.source,
    sheet: m.project.sheet,
    row: m.project.row,
  };
  if (m.seen && !m.own) u.seen = m.seen;
  const own = m.own ?? (m.seen ? null : ownLevel(m.project));
  if (own) u.own = own;
  return u;
}

/**
 * The one spelling each place goes by in a comparison: 大通县 (from a project's name) and 大通回族土族自治县
 * (from its unit) are one county, named by its full, official name wherever a project's district, file or
 * sheet gives it (else as most of its projects name it); 莫旗 is 莫力达瓦达斡尔族自治旗 where that is the only
 * autonomous banner starting with 莫.
 */
type Spelling = (district: string) => string;

function spellingOf(all: Member[]): Spelling {
  const isLong = (d: string) => /自治[县旗]$/.test(d);
  const named = all.filter((m): m is Member & { district: string } => m.district !== null);
  // 莫旗 beside 莫力达瓦达斡尔族自治旗: the first character and 旗/县 is the short form officers write, when
  // exactly one autonomous name of the comparison starts with that character and ends so.
  const longs = [...new Set(named.map((m) => m.district).filter(isLong))];
  const keyOf = (d: string): string => {
    const short = /^([\u4e00-\u9fa5])(旗|县)$/.exec(d);
    if (short) {
      const [, first, kind] = short;
      const like = longs.filter((l) => l.startsWith(first) && l.endsWith(`自治${kind}`));
      if (like.length === 1) return placeKey(like[0]);
    }
    return placeKey(d);
  };
  const byKey = new Map<string, string[]>();
  const add = (k: string, d: string) => {
    const list = byKey.get(k) ?? [];
    list.push(d);
    byKey.set(k, list);
  };
  for (const m of named) {
    const k = keyOf(m.district);
    add(k, m.district);
    // 龙胜县 from the unit, 龙胜各族自治县.xlsx: the full name another source of the project gives.
    if (!isLong(m.district))
      for (const other of [placeInName(m.file).district, placeInName(m.project.sheet).district])
        if (other && isLong(other) && placeKey(other) === k) add(k, other);
  }
  const chosen = new Map<string, string>();
  for (const [k, list] of byKey) {
    // 化隆县 with no source giving 化隆回族自治县: the short form and 县/旗 of exactly one listed autonomous
    // county or banner is that place, named whole as its neighbours are (东乡县, 大通县: shared, never).
    if (!list.some(isLong)) {
      const full = autonomousWhole(k);
      if (full) {
        chosen.set(k, full);
        continue;
      }
    }
    if (new Set(list).size < 2) continue;
    // The official name where any source gives it; else as most of its projects name it (ties to the longer).
    const full = list.filter(isLong);
    const pool = full.length > 0 ? full : list;
    chosen.set(k, mode(pool, (a, b) => b.length - a.length)?.value ?? pool[0]);
  }
  // 高新区 in a 汇总表's 县区 cell beside 渭南高新区.xlsx: the only zone of its kind among the districts.
  const zones = new Map<string, string>();
  const told = [...new Set(named.map((m) => m.district))];
  for (const d of told) {
    if (!isBareZone(d)) continue;
    const like = told.filter((o) => o !== d && !isBareZone(o) && zoneKind(o) === zoneKind(d));
    if (like.length === 1) zones.set(d, like[0]);
  }
  const spell = (district: string) =>
    chosen.size === 0 ? district : (chosen.get(keyOf(district)) ?? district);
  return (district) => spell(zones.get(district) ?? district);
}

/** 化隆县 → 化隆回族自治县, 鄂温克旗 → 鄂温克族自治旗: the listed autonomous place a short name + 县/旗 is, else null. */
function autonomousWhole(name: string): string | null {
  const m = /^([\u4e00-\u9fa5]{2,})(县|旗)$/.exec(name);
  return m ? autonomousOfWritten(m[1], m[2] as "县" | "旗") : null;
}

/**
 * A file's name that marks a revision: 修改稿, 修订, 更正, 最终, 终稿, 定稿, 第二版, v2 … (not v1 or 第一版,
 * nor a browser's copy number "(1)").
 */
const REVISION =
  /修改|修订|更正|最终|终稿|定稿|调整后|更新后|新版|第\s*[二三四五六七八九2-9]\s*[版稿次]|(?:^|[^a-z0-9])v\s*(?:[2-9]|\d{2,})(?:[^0-9]|$)|二稿|三稿/i;

/**
 * Of a district's files for one program (its first submission and a revision), the one to compare: the
 * only one whose name marks a revision, else the one saved last, else the one given last.
 */
function laterSubmission(files: string[], list: Member[]): { used: string; why: Resubmission["why"] } {
  const marked = files.filter((f) =>
    REVISION.test(f.normalize("NFKC").replace(/\.(?:xlsx|xlsm|xls|et)$/i, "")),
  );
  if (marked.length === 1) return { used: marked[0], why: "revision" };
  const pool = marked.length > 1 ? marked : files;
  const saved = new Map<string, number>();
  for (const m of list)
    if (m.modified !== undefined) saved.set(m.file, Math.max(saved.get(m.file) ?? 0, m.modified));
  if (pool.every((f) => saved.has(f))) {
    const times = pool.map((f) => saved.get(f) as number);
    const latest = Math.max(...times);
    if (times.filter((t) => t === latest).length === 1)
      return { used: pool[times.indexOf(latest)], why: "saved" };
  }
  const order = new Map<string, number>();
  for (const m of list) order.set(m.file, Math.max(order.get(m.file) ?? -1, m.order));
  const last = [...pool].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)).pop() as string;
  return { used: last, why: "order" };
}

function toGroup(name: string, list: Member[], spell: Spelling, unplaced: Member[] = []): ProgramGroup {
  const byLabel = new Map<string, Member[]>();
  for (const m of list) {
    const label = m.district !== null ? spell(m.district) : m.project.project;
    const same = byLabel.get(label) ?? [];
    same.push(m);
    byLabel.set(label, same);
  }
  const entries: ProgramEntry[] = [];
  const resubmissions: Resubmission[] = [];
  const summaries = summarySources(byLabel);
  const crossChecked = new Map<string, ProgramEntry[]>();
  for (const [label, all] of byLabel) {
    // A 汇总表 (one table of every district, sent along with the districts' own files): the district's own
    // file is compared, the 汇总表's row kept to check it against (round 181) — never a revision, nor a phase.
    const own = all.filter((m) => !summaries.has(m.source));
    let same = own.length > 0 ? own : all;
    // 富平县…（一期）, …（二期） and an unmarked copy of the program in another file: the copy is no third
    // phase (its figures are the phases' sum, or another draft); the phases are compared, the copy named.
    const phaseFiles = new Set(same.filter((m) => m.phase).map((m) => m.file));
    const unmarked = same.filter((m) => !m.phase && !phaseFiles.has(m.file));
    if (phaseFiles.size > 0 && unmarked.length > 0 && unmarked.every((m) => m.district !== null)) {
      same = same.filter((m) => !unmarked.includes(m));
      const files = [...new Set([...unmarked, ...same].map((m) => m.file))];
      resubmissions.push({ district: label, files, used: [...phaseFiles].join("、"), why: "phases" });
    }
    if (own.length > 0 && own.length < all.length) {
      const list = crossChecked.get(label) ?? [];
      for (const m of all.filter((x) => summaries.has(x.source)))
        list.push({
          district: label,
          projects: [{ project: m.project, source: m.source }],
          records: m.records.map((record) => ({ record, source: m.source })),
        });
      crossChecked.set(label, list);
    }
    // 盱眙县…（一期） and …（二期）: the district's phases, each kept (a phase's revision is weighed alone).
    const phases = [...new Set(same.map((m) => m.phase ?? ""))];
    const byPhase =
      phases.length > 1 ? phases.map((ph) => same.filter((m) => (m.phase ?? "") === ph)) : [same];
    const kept: Member[] = [];
    for (const part of byPhase) {
      // 新昌县.xlsx and 新昌县（修改稿）.xlsx: the district filed twice; one file is compared, and both are named.
      const files = [...new Set(part.map((m) => m.file))];
      if (files.length > 1 && part.every((m) => m.district !== null)) {
        const { used, why } = laterSubmission(files, part);
        kept.push(...part.filter((m) => m.file === used));
        resubmissions.push({ district: label, files, used, why });
      } else kept.push(...part);
    }
    const e: ProgramEntry = { district: label, projects: [], records: [] };
    if (phases.length > 1)
      e.phases = kept.map((m) => ({
        phase: m.phase ?? "",
        project: m.project.project,
        source: m.source,
        sheet: m.project.sheet,
        row: m.project.row,
      }));
    const bare = kept.find((m) => m.bareNamed);
    if (bare)
      e.bareNamed = {
        sheet: bare.project.sheet,
        source: bare.source,
        ...(bare.bareNamed === "file" ? { file: bare.file } : {}),
      };
    const short = kept.find((m) => m.shortNamed);
    if (short?.shortNamed)
      e.shortNamed = { ...short.shortNamed, sheet: short.project.sheet, source: short.source };
    for (const m of kept) {
      e.projects.push({ project: m.project, source: m.source });
      for (const r of m.records)
        e.records.push({ record: r, source: m.source, ...(e.phases ? { phase: m.phase ?? "" } : {}) });
    }
    entries.push(e);
  }
  return {
    name,
    entries,
    unplaced: unplaced.map(unplacedOf),
    nameVariants: [],
    nearNames: [],
    resubmissions,
    ...(summaries.size > 0
      ? {
          summaries: [...summaries].map((source) => ({
            source,
            districts: [...byLabel].filter(([, l]) => l.some((m) => m.source === source)).map(([d]) => d),
            checked: [...crossChecked]
              .filter(([, es]) => es.some((e) => e.projects[0].source === source))
              .map(([d, es]) => ({
                district: d,
                entries: es.filter((e) => e.projects[0].source === source),
              })),
          })),
        }
      : {}),
  };
}

/**
 * The sources that hold a 汇总表 of the program: a table of two or more districts (a row or column each), at
 * least one of which also files its own table alone — the districts' own files are compared, the 汇总表 is
 * kept to check them against. A district's revision in two files of one district each is no 汇总表.
 */
function summarySources(byLabel: ReadonlyMap<string, Member[]>): Set<string> {
  const labels = new Map<string, Set<string>>();
  for (const [label, list] of byLabel)
    for (const m of list) {
      if (m.district === null) continue;
      const set = labels.get(m.source) ?? new Set<string>();
      set.add(label);
      labels.set(m.source, set);
    }
  const out = new Set<string>();
  for (const [source, set] of labels) {
    if (set.size < 2) continue;
    const alone = [...labels].some(([other, o]) => other !== source && o.size === 1 && set.has([...o][0]));
    if (alone) out.add(source);
  }
  return out;
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

/** The three leagues (盟): a title starting with another word before 盟 (产业联盟…) names no prefecture. */
const LEAGUE = /^(?:锡林郭勒|阿拉善|兴安)盟$/;

/**
 * 各县（市、区）, 各区县, 各县 before a year, 全市各乡镇: the places a title splits the program among; never
 * 各市场…, 各区域… (a place's word followed by another word).
 */
const EACH_PLACE =
  /^\s*(?:全(?:市|州|区|县|盟|地区))?各(?:[县区市旗](?:\s*[（(][市区县旗、，,\s]{1,8}[)）]|[县区市旗]{1,3}(?![域级])|(?=\s*(?:19|20)\d\d))|乡镇(?:\s*[（(]街道[)）]|街道)?|镇街)/;

/** A province at a title's start: 河南省, 黑龙江省, or an autonomous region. */
const PROVINCE =
  /^(?:[\u4e00-\u9fa5]{2,3}省(?![级直本属内])|(?:内蒙古|广西壮族|西藏|宁夏回族|新疆维吾尔)自治区)/;

/**
 * A program's name read from a table's title, without the prefecture and year it starts with,
 * and the places it is split among (各县（市、区）)
 * (百色市2024年农村义务教育学生营养改善计划 → 农村义务教育学生营养改善计划; 大理州2024年…, 大理白族自治州…,
 * 阿里地区…, 兴安盟… as 大理市… is); as written where nothing would be left.
 */
export function titleProgram(name: string): string {
  const years = /^(?:\s*(?:19|20)\d\d\s*年度?)+/;
  let t = name.trim().replace(years, "");
  // 河南省2025年…, 广西壮族自治区2025年… over the 地市' columns: the province, as a prefecture is, and the year
  // after it (not 省级…, 省直…, the level).
  const province = PROVINCE.exec(t);
  if (province) t = t.slice(province[0].length).replace(years, "");
  const prefecture = leadingNonCityPrefecture(t);
  const place =
    leadingCity(t) ??
    (prefecture && (!prefecture.endsWith("盟") || LEAGUE.test(prefecture)) ? prefecture : null);
  if (place !== null) t = t.slice(t.indexOf(place) + place.length).replace(years, "");
  // 各县（市、区）, 各区县, 全市各县区: the places the table splits the program among, no part of its name.
  t = t.replace(EACH_PLACE, "").replace(years, "");
  t = t.replace(/^[\s\-_—–·:：、,，]+/, "");
  // 新源县2025年草原防火项目 (a county's 乡镇 breakdown): the county stays, the year after it goes.
  t = t.replace(/^([\u4e00-\u9fa5]{2,10}?[县旗区])\s*(?:19|20)\d\d\s*年度?/, "$1");
  return t.length >= 2 ? t : name.trim();
}

/** The place a member is filed for, as far as told: its district, else the city its names start with. */
function placeOf(m: Member): string | null {
  return m.district ?? m.cities[0] ?? null;
}

/**
 * 广州市越秀区2025年社区居家养老服务项目 of 越秀区: the city written just before the district is the district's
 * own, no part of the program's name once the district is gone (社区居家养老服务项目, as 荔湾区2025年… of a
 * district that leaves its city out is read; a title's city goes the same way, `titleProgram`). Left where
 * nothing of substance would remain.
 */
function withoutDistrictCity(written: string, stripped: string, district: string | null): string {
  const t = written.trim();
  const city = district ? leadingCity(t) : null;
  if (!city || !t.startsWith(`${city}${district}`) || !stripped.startsWith(city)) return stripped;
  const rest = stripped.slice(city.length).replace(/^[\s\-_—–·:：、,，]+/, "");
  return [...programKey(rest)].length >= 2 ? rest : stripped;
}

/**
 * The program's name for each member: the project's name without its district (and, where that joins
 * other districts' names, without the district's short form at its start: 长安河湖长制专项资金 of 长安区).
 */
function programNames(all: Member[]): Map<string, string> {
  const base = new Map<string, string>();
  for (const m of all) {
    const written = m.project.projectFrom === "title" ? titleProgram(m.project.project) : m.project.project;
    const stripped = stripDistrict(written, m.district ?? m.cities[0] ?? m.seen);
    base.set(m.ref, withoutDistrictCity(written, stripped, m.district) || namelessName(m));
  }
  const placesAt = new Map<string, Set<string>>();
  const add = (k: string, m: Member) => {
    const set = placesAt.get(k) ?? new Set<string>();
    const p = placeOf(m);
    if (p !== null) set.add(p);
    placesAt.set(k, set);
  };
  for (const m of all) add(programKey(base.get(m.ref) as string), m);
  const shorts = new Map<string, string>();
  for (const m of all) {
    const name = base.get(m.ref) as string;
    if ((placesAt.get(programKey(name))?.size ?? 0) >= 2) continue;
    const short = stripLeadingShort(name, placeOf(m));
    if (short !== name) shorts.set(m.ref, short);
  }
  const shortPlaces = new Map<string, Set<string>>();
  for (const m of all) {
    const short = shorts.get(m.ref);
    if (short === undefined) continue;
    const k = programKey(short);
    const set = shortPlaces.get(k) ?? new Set(placesAt.get(k) ?? []);
    const p = placeOf(m);
    if (p !== null) set.add(p);
    shortPlaces.set(k, set);
  }
  const out = new Map<string, string>();
  for (const m of all) {
    const short = shorts.get(m.ref);
    const joins = short !== undefined && (shortPlaces.get(programKey(short))?.size ?? 0) >= 2;
    out.set(m.ref, joins ? short : (base.get(m.ref) as string));
  }
  phasesOff(all, out);
  // 昭通市本级农村义务教育…, 市本级农村义务教育… of no district: the level's word is no part of the program's
  // name where the rest is the name districts file (round 174: it made a program of its own, said nowhere).
  const placed = new Set<string>();
  for (const m of all) if (placeOf(m) !== null) placed.add(programKey(out.get(m.ref) as string));
  for (const m of all) {
    if (m.district !== null) continue;
    const name = out.get(m.ref) as string;
    const rest = withoutOwnLevel(name);
    if (rest !== name && placed.has(programKey(rest))) out.set(m.ref, rest);
  }
  return out;
}

/**
 * A phase mark: （一期）, (二期), （第一批） anywhere in brackets, or 一期, 第二批 at the name's end (before 项目 or
 * 工程 too: …建设一期项目). Never a word of the name (学期, 近期): a numeral stands before 期 or 批.
 */
const PHASE_BRACKETED = /[（(]\s*(第?\s*[一二三四五六七八九十\d]{1,3}\s*[期批])\s*(?:工程|项目)?\s*[)）]/;
const PHASE_END = /(第?[一二三四五六七八九十\d]{1,3}[期批])(工程|项目)?$/;

/** The name without its phase mark, and the mark (一期), or null where it has none or nothing would be left. */
function splitPhase(name: string): { name: string; phase: string } | null {
  const t = name.normalize("NFKC").trim();
  let m = PHASE_BRACKETED.exec(t);
  let rest: string;
  if (m) rest = t.slice(0, m.index) + t.slice(m.index + m[0].length);
  else {
    m = PHASE_END.exec(t);
    if (!m) return null;
    rest = t.slice(0, m.index) + (m[2] ?? "");
  }
  rest = rest.replace(/[\s\-_—–·:：、,，]+$/, "").trim();
  return [...programKey(rest)].length >= LOOSE_PHASE_MIN
    ? { name: rest, phase: m[1].replace(/\s+/g, "") }
    : null;
}

/** Characters a name must keep once its phase mark is off (高标准农田 …, not 项目). */
const LOOSE_PHASE_MIN = 4;

/**
 * 盱眙县2025年高标准农田建设项目（一期） and …（二期） beside the others' 高标准农田建设项目: the phase mark is no part
 * of the program's name where that joins the program — another place files the name (or a name it loosely
 * joins) without a mark, or one place files several phases of it. Where every district writes （一期）, the
 * name keeps it. The phase is kept on the member (said, and its figures summed where they add up).
 */
function phasesOff(all: Member[], names: Map<string, string>): void {
  // Each with the key of its name and place, under which its phases are gathered.
  const split = new Map<Member, { name: string; phase: string; at: string }>();
  for (const m of all) {
    const ph = splitPhase(names.get(m.ref) as string);
    if (ph) split.set(m, { ...ph, at: `${programKey(ph.name)}\u0000${placeOf(m) ?? m.ref}` });
  }
  if (split.size === 0) return;
  const plain = new Set<string>();
  for (const m of all) {
    if (split.has(m)) continue;
    const name = names.get(m.ref) as string;
    plain.add(programKey(name));
    const loose = looseProgramKey(name);
    if (loose) plain.add(`~${loose}`);
  }
  const phasesAt = new Map<string, Set<string>>();
  for (const ph of split.values()) {
    const set = phasesAt.get(ph.at) ?? new Set<string>();
    set.add(ph.phase);
    phasesAt.set(ph.at, set);
  }
  for (const [m, ph] of split) {
    const loose = looseProgramKey(ph.name);
    const joins =
      plain.has(programKey(ph.name)) ||
      (loose !== "" && plain.has(`~${loose}`)) ||
      (phasesAt.get(ph.at)?.size ?? 0) >= 2;
    if (!joins) continue;
    names.set(m.ref, ph.name);
    m.phase = ph.phase;
  }
}

/** 昭通市本级, 市本级, 本级, 市直, 州本级 at a name's start: a level's word (a city before it too). */
const LEADING_OWN_LEVEL =
  /^(?:[\u4e00-\u9fa5]{2,8}?(?:州|市|地区|盟))?(?:(?:州|市|地区|盟)?本级|(?:州|市|地区|盟)直属?)[\s\-_—–·:：、,，]*/;

/** The name without a leading level's word (昭通市本级农村… → 农村…), or the name unchanged. */
function withoutOwnLevel(name: string): string {
  const n = name.normalize("NFKC").trim();
  const m = LEADING_OWN_LEVEL.exec(n);
  if (!m) return name;
  const rest = n.slice(m[0].length);
  return [...programKey(rest)].length >= 2 ? rest : name;
}

/**
 * Keys whose names differ only by a year, an ending that names the money (项目, 资金, 补助资金 …) or a
 * place in brackets join the key most places file, where no place filed under both (a district that filed
 * 高标准农田建设项目 and 高标准农田建设补助资金 may mean two things): key → the key it joins.
 */
function looseJoins(byKey: Map<string, Member[]>, nameOf: (m: Member) => string): Map<string, string> {
  const places = (k: string) =>
    new Set((byKey.get(k) ?? []).map(placeOf).filter((p): p is string => p !== null));
  const byLoose = new Map<string, string[]>();
  for (const [k, list] of byKey) {
    const lk = looseProgramKey(nameOf(list[0]));
    if (!lk) continue;
    const keys = byLoose.get(lk) ?? [];
    keys.push(k);
    byLoose.set(lk, keys);
  }
  const joins = new Map<string, string>();
  for (const keys of byLoose.values()) {
    if (keys.length < 2) continue;
    const sorted = [...keys].sort((a, b) => places(b).size - places(a).size);
    const taken = places(sorted[0]);
    for (const k of sorted.slice(1)) {
      const ps = places(k);
      if ([...ps].some((p) => taken.has(p))) continue;
      for (const p of ps) taken.add(p);
      joins.set(k, sorted[0]);
    }
  }
  return joins;
}

/**
 * Two program keys alike enough to name one beside the other, never to join them: most of their bigrams
 * shared (高标准农田建设工程 and 高标准农田建设), not a word added (安全生产监管 beside 安全生产).
 */
function alike(a: string, b: string): boolean {
  return a !== "" && b !== "" && similarity(a, b) >= 0.8;
}

/**
 * Two program keys of which the longer keeps, in order, at least three quarters of the shorter (城市公园养护 in
 * 城市公园绿地养护, 公园绿地养护 of 公园绿地养护管理): a word inserted or one changed at an end. Not 农村公路建设
 * beside 农村公路养护 (two of six characters other), nor a short core (安全生产 in 安全生产监管). Only for a project in the
 * sheet listing the program.
 */
function mostKept(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [[...a], [...b]] : [[...b], [...a]];
  // A core too short to tell programs apart (安全生产 beside 安全生产监管) is never enough.
  if (short.length < 6) return false;
  // The longest common subsequence, one row at a time.
  let prev = new Array<number>(long.length + 1).fill(0);
  for (const ch of short) {
    const row = new Array<number>(long.length + 1).fill(0);
    for (let j = 1; j <= long.length; j++)
      row[j] = ch === long[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    prev = row;
  }
  return prev[long.length] * 4 >= short.length * 3;
}

/**
 * Default grouping: the project name without its district; names that differ only by a year, an ending
 * (项目, 资金 …) or a place in brackets join where that is safe, and are named. A member whose district is
 * unknown joins the program of its name too: as a 县级市 (its city, when the program's other entries have
 * districts or several such cities file it, and the city is no prefecture of the others), else listed as
 * unplaced. A district's project of a like name left out is named beside the program.
 */
function groupByName(
  all: Member[],
  spell: Spelling,
): { groups: ProgramGroup[]; orphans: Member[]; lone: LoneProgram[] } {
  const prefecture = prefectures(all);
  const names = programNames(all);
  const nameOf = (m: Member) => names.get(m.ref) as string;
  const byKey = new Map<string, Member[]>();
  for (const m of all) {
    const k = programKey(nameOf(m));
    if (!k) continue;
    const g = byKey.get(k) ?? [];
    g.push(m);
    byKey.set(k, g);
  }
  const joins = looseJoins(byKey, nameOf);
  const joined = new Map<string, Member[]>();
  for (const [k, list] of byKey) {
    const to = joins.get(k) ?? k;
    joined.set(to, [...(joined.get(to) ?? []), ...list]);
  }
  // A district joined by a name variant (和政县's …补助资金) keeps its place in the table's order, not last.
  const at = new Map(all.map((m, i) => [m, i]));
  for (const list of joined.values()) list.sort((a, b) => (at.get(a) ?? 0) - (at.get(b) ?? 0));
  const groups: ProgramGroup[] = [];
  const orphans: Member[] = [];
  const loneAt: { name: string; entry: ProgramEntry; members: Member[] }[] = [];
  const used = new Set<Member>();
  const nearNamed = new Set<ProjectInfo>();
  const unfiled: Member[] = [];
  for (const list of joined.values()) {
    // Beside districts and counties, only a 县级市 of the closed list is a district: 孝感市财政局 filing the
    // program of 孝南区 and 云梦县 is the prefecture's own (市本级), as a title's city is (round 134).
    const counties = list.some((m) => m.district !== null);
    const cityOf = (m: Member) => countyCityAmong(m, prefecture, counties);
    const cities = new Set(list.map(cityOf).filter((c) => c !== null));
    const useCities = cities.size > 0 && (counties || cities.size >= 2);
    const entries: Member[] = [];
    const rest: Member[] = [];
    for (const m of list) {
      const city = useCities ? cityOf(m) : null;
      if (m.district !== null) entries.push(m);
      else if (city !== null) entries.push({ ...m, district: city });
      else rest.push(counties ? prefectureOwn(m, prefecture) : m);
    }
    // A program no district files (市本级学生资助 of the city's own file only): kept to be said below.
    if (entries.length === 0) {
      unfiled.push(...rest);
      continue;
    }
    const name = commonName(entries, nameOf);
    const g = toGroup(name, entries, spell, rest);
    ownRowsIntoTotals(g, rest);
    if (g.entries.length < 2) {
      orphans.push(...rest);
      // One district's program (东阳市's 被征地农民养老保险 beside the others' 城乡居民基本养老保险): said, not
      // compared — unless named beside a program of a like name below.
      if (g.entries.length === 1) loneAt.push({ name, entry: g.entries[0], members: entries });
      continue;
    }
    const key = programKey(name);
    g.nameVariants = entries
      .filter(
        (m) =>
          (programKey(nameOf(m)) !== key || m.phase !== undefined) &&
          g.entries.some((e) => !e.phases && e.projects.some((p) => p.project === m.project)),
      )
      .map((m) => ({
        district: spell(m.district as string),
        project: m.project.project,
        source: m.source,
        ...(m.phase !== undefined ? { phase: m.phase } : {}),
      }));
    for (const m of list) used.add(m);
    groups.push(g);
  }
  // A district's project of a like name that joined no program (高标准农田建设工程 beside 高标准农田建设项目,
  // or a second project of a district compared): named beside the program, never dropped in silence.
  const memberOf = new Map(all.map((m) => [m.project, m]));
  const keyFor = (m: Member) => looseProgramKey(nameOf(m)) || programKey(nameOf(m));
  const keysOf = groups.map((g) => {
    const own = new Set<string>();
    for (const e of g.entries)
      for (const { project } of e.projects) {
        const m = memberOf.get(project);
        if (m) own.add(keyFor(m));
      }
    return own;
  });
  const sheetsOf = groups.map((g) => {
    const own = new Set<string>();
    for (const e of g.entries)
      for (const { project, source } of e.projects) own.add(`${source}\u0000${project.sheet}`);
    return own;
  });
  for (const m of all) {
    const place = placeOf(m);
    if (used.has(m) || place === null) continue;
    const mine = keyFor(m);
    const district = m.district !== null ? spell(m.district) : place;
    // In the very sheet that lists the program's districts, a district not compared there whose project's
    // name keeps most of the program's (城市公园养护经费, 公园绿地养护管理经费 among 城市公园绿地养护经费) is
    // most likely that program named its own way: named beside it too, never said as a program of its own.
    const besideIn = (i: number) =>
      sheetsOf[i].has(`${m.source}\u0000${m.project.sheet}`) &&
      !groups[i].entries.some((e) => e.district === district);
    const at = keysOf.findIndex(
      (keys, i) =>
        [...keys].some((k) => k === mine || alike(k, mine)) ||
        (besideIn(i) && [...keys].some((k) => mostKept(k, mine))),
    );
    if (at < 0) continue;
    const g = groups[at];
    nearNamed.add(m.project);
    g.nearNames.push({
      district,
      project: m.project.project,
      source: m.source,
      sheet: m.project.sheet,
      row: m.project.row,
      ...(g.entries.some((e) => e.district === district) ? { alsoCompared: true } : {}),
    });
  }
  // Never dropped in silence (round 174: 附件2-市本级.xlsx said nowhere): a project of no district in a program
  // no district files is said as unplaced where it is the prefecture's own, or where nothing else of its
  // file is compared or said — all but a row of nothing (no name, no target: a 填报说明's line). The city's
  // own projects beside the districts' rows of one sheet stay unsaid (the sample's 14).
  const saidFiles = new Set<string>();
  for (const m of [...used, ...orphans]) saidFiles.add(m.file);
  for (const { members } of loneAt) for (const m of members) saidFiles.add(m.file);
  for (const m of all) if (nearNamed.has(m.project)) saidFiles.add(m.file);
  for (const m of unfiled) if (hasContent(m) && (m.own || !saidFiles.has(m.file))) orphans.push(m);
  const lone = loneAt
    .filter(({ members }) => !members.some((m) => nearNamed.has(m.project)))
    .map(({ name, entry }) => {
      const { project, source } = entry.projects[0];
      return { program: name, district: entry.district, source, sheet: project.sheet, row: project.row };
    });
  return { groups, orphans, lone };
}

/**
 * A 分解表's 市本级 (本级, 秦皇岛市本级) row between its places, read by the parser as the city's own project: in
 * the 合计 as a 市直 row is, not a place — its figures added into the sum the 合计 is checked against, said
 * as the city's own level (round 177: counted among the places, it switched every 合计 check off). The
 * entries' records get a copy of their row total with the row among its `unread` rows; the parser's own
 * records are never changed.
 */
function ownRowsIntoTotals(g: ProgramGroup, rest: Member[]): void {
  type Unread = NonNullable<RowTotal["unread"]>[number];
  const own = new Map<string, Unread[]>();
  for (const m of rest) {
    if (!m.own) continue;
    const header = (m.project.ownLevel ?? m.own.text).trim();
    if (!isOwnLevelColumn(header)) continue;
    for (const r of m.records) {
      const t = r.rowTotal;
      if (!t?.inRow) continue;
      const key = `${m.source}\u0000${r.sheet}\u0000${t.cell}`;
      const list = own.get(key) ?? [];
      const column = String(m.project.row);
      if (list.some((u) => u.column === column)) continue;
      list.push({ column, header, cell: r.cell, value: r.value, valueMax: r.valueMax, unit: r.unit });
      own.set(key, list);
    }
  }
  if (own.size === 0) return;
  for (const e of g.entries)
    e.records = e.records.map(({ record, source }) => {
      const t = record.rowTotal;
      const add = t ? own.get(`${source}\u0000${record.sheet}\u0000${t.cell}`) : undefined;
      if (!t || !add || t.places <= add.length) return { record, source };
      const unread = [
        ...(t.unread ?? []),
        ...add.filter((u) => !t.unread?.some((x) => x.column === u.column)),
      ];
      return { record: { ...record, rowTotal: { ...t, places: t.places - add.length, unread } }, source };
    });
}

/** A project of a name or of some target written: one to say where it is left out. */
const hasContent = (m: Member): boolean =>
  m.project.project.trim() !== "" || m.records.some((r) => r.target.trim() !== "");

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
): {
  groups: ProgramGroup[];
  orphans: UnplacedProject[];
  places: string[];
  /** Programs only one district filed (grouped by name): said, not compared. */
  lone?: LoneProgram[];
} {
  const all = members(sources);
  // The places told, whatever the grouping: why nothing was compared (one district, or none) is said.
  const prefecture = prefectures(all);
  const spell = spellingOf(all);
  const counties = all.some((m) => m.district !== null);
  const places = [
    ...new Set(
      all
        .map((m) => (m.district !== null ? spell(m.district) : countyCityAmong(m, prefecture, counties)))
        .filter((d): d is string => !!d),
    ),
  ];
  let groups: ProgramGroup[];
  switch (grouping.by) {
    case "name": {
      const { groups: named, orphans, lone } = groupByName(all, spell);
      return { groups: named, orphans: orphans.map(unplacedOf), places, lone };
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

/** countyCity, where beside districts (`counties`) only a 县级市 of the closed list counts. */
function countyCityAmong(m: Member, prefecture: ReadonlySet<string>, counties: boolean): string | null {
  const city = countyCity(m, prefecture);
  return city !== null && counties && !isCountyCity(city) ? null : city;
}
