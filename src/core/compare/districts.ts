/**
 * The district part of a project name: found (as a fallback to the parser's `district`) and removed, so
 * that 镇（街）园区专职安监员队伍建设经费（海珠区） and 海珠区镇（街）园区专职安监员队伍建设经费 name the same program.
 */
import {
  AREA_NAMED_DISTRICTS,
  areaNamedPlaceAfter,
  districtOf,
  isCountyCity,
  isHillDistrict,
  leadingCity,
} from "../table/district";

import { autonomousOfShort, customaryFull } from "./autonomous";

export { leadingCity };

/** Words ending in 区/县/市 that are not administrative divisions. */
const NOT_DISTRICTS =
  /(?:园区|工业区|开发区|保护区|风景区|景区|名胜区|度假区|社区|城区|小区|辖区|片区|示范区|自贸区|库区|灾区|山区|林区|矿区|校区|厂区|营区|街区|商区|港区|功能区|合作区|试验区|实验区|集聚区|产业区|服务区|管理区|特区|旅游区|避难区|救援区|责任区|全区|本区|各区|城市|超市|都市|门市|上市|菜市|夜市|股市|楼市|市场)$/;

const DIVISION = /[\u4e00-\u9fa5]{1,8}?(?:自治县|自治旗|新区|区|县|旗)/g;

/**
 * 每区, 各县, 本区, 全县 — and as the tail of a longer word, 加每区, 含十区 (…封面加每区一表.xlsx,
 * …汇总含十区.xlsx): a word for every district, some or one's own, not a district's name. No real name ends so.
 */
const DETERMINER = /[每各全本该我此两多分某十几](?:区|县|市|旗)$|^[各每该此]/;

/**
 * 历城区, 西城区, 古城区, 白云矿区: real districts that end in a generic word (城区, 矿区). A name of three
 * or four characters the parser accepts as a whole (it refuses 老城区, 主城区, 中心城区) is one.
 */
const realCompound = (name: string) =>
  /^[^市省县][\u4e00-\u9fa5]?(?:城区|矿区)$/.test(name) && districtOf(name) === name;

/**
 * 鹰手营子矿区, 神农架林区, 六枝特区, 屈原管理区: districts whose name ends in a generic word (矿区, 林区, 特区,
 * 管理区) after a stem of two to four characters that is a place's name, not a kind of area (国有林区, 采煤矿区,
 * 经济特区, 景区管理区).
 */
const NAMED_GENERIC = /^[\u4e00-\u9fa5]{2,4}(?:矿区|林区|特区|管理区)$/;
const GENERIC_STEM =
  /国有|集体|天然|重点|采|煤|工矿|矿|经济|城市|城|园|景|片|社|港|厂|区|县|市|省|州|局|办|委|所|站|中心|开发|保护|示范|生态|农业|农场|全|各|本|该|老|新|大型|重要/;
const namedGeneric = (name: string) => {
  if (!NAMED_GENERIC.test(name)) return false;
  const stem = name.replace(/(?:矿区|林区|特区|管理区)$/, "");
  return !GENERIC_STEM.test(stem);
};

/**
 * Not a district: a generic word (园区, 城市, 都市 …) or a determiner. A 县级市 of the closed list whose name
 * ends like one (宜都市, 丰城市, 天门市, 玉门市) is a district, as the parser reads it.
 */
const notDistrict = (name: string) =>
  !isCountyCity(name) &&
  !AREA_NAMED_DISTRICTS.has(name) &&
  ((NOT_DISTRICTS.test(name) && !isHillDistrict(name) && !realCompound(name) && !namedGeneric(name)) ||
    DETERMINER.test(name));

/** A Chinese district/county name in free text ("（海珠区）", "海珠区…", a file name), or null. */
export function findDistrict(text: string): string | null {
  const t = text.normalize("NFKC");
  // The parser's reading first (brackets, a leading name after its city, 自治县 and 旗 whole), so that
  // compare and parse do not drift apart; the rest below finds what it does not look for (a name inside).
  const parsed = districtOf(t);
  if (parsed && !notDistrict(parsed)) return parsed;
  // Bracketed first: "（海珠区）" is the usual way a district marks its copy of a city program.
  const bracketed = /\(([\u4e00-\u9fa5]{2,8}(?:自治县|自治旗|新区|区|县|市|旗|镇|街道))\)/.exec(t);
  if (bracketed && !notDistrict(bracketed[1])) return bracketed[1];
  const leading = /^(?:\d{4}年度?)?([\u4e00-\u9fa5]{2,3}(?:区|县))/.exec(t);
  if (leading && !notDistrict(leading[1])) return leading[1];
  // City prefix then district: 广州市海珠区应急管理局.
  const afterCity = /[\u4e00-\u9fa5]{2,3}市([\u4e00-\u9fa5]{2,3}(?:区|县))/.exec(t);
  if (
    afterCity &&
    !notDistrict(afterCity[1]) &&
    !(
      AREA_NAMED_DISTRICTS.has(afterCity[1]) &&
      !areaNamedPlaceAfter(t.slice(0, afterCity.index + afterCity[0].length - afterCity[1].length))
    )
  )
    return afterCity[1];
  for (const m of t.matchAll(DIVISION)) {
    // 办公室海珠区 → 海珠区; but 长阳土家族自治县 is one name, never 自治县, and 承德市鹰手营子矿区 is 鹰手营子矿区
    // (the whole name after its city or province, where that is a district named by a generic word).
    let name = m[0];
    if (name.length > 4 && !/自治[县旗]$/.test(name)) {
      const afterPlace = name.replace(/^.*[市省州盟]/, "");
      // (…冷水滩区, …红谷滩区: an area-named district of four characters is whole, and weighed below.)
      name = namedGeneric(afterPlace)
        ? afterPlace
        : AREA_NAMED_DISTRICTS.has(name.slice(-4))
          ? name.slice(-4)
          : name.slice(-3);
    }
    // 生态绿园区建设, 城市海港区: an area-named district inside a compound word is no place (长春市绿园区 is).
    const end = (m.index ?? 0) + m[0].length;
    if (AREA_NAMED_DISTRICTS.has(name) && !areaNamedPlaceAfter(t.slice(0, end - name.length))) continue;
    // 阳泉市郊区 → not 市郊区: a city's last character is no part of a district's name.
    if (name.length >= 2 && !name.startsWith("市") && !notDistrict(name)) return name;
  }
  return null;
}

/** 城区, 矿区, 郊区: generic words in a sentence, but as the whole name of a sheet or file a district's (阳泉). */
const GENERIC_WHOLE = /^(?:城区|矿区|郊区)$/;

/** 附件2：, 附件2-, 附表3、, 2、: an attachment's label before the place; 2024年 or 2024年度 likewise. */
const LABEL_PREFIX = /^(?:(?:附件|附表)\s*\d{0,3}|\d{1,3})\s*[-_—–:：、.．\s]\s*|^(?:附件|附表)\s*\d{1,3}\s*/;
const YEAR_PREFIX = /^\d{4}\s*年度?\s*/;

/** A sheet's or file's name without its extension, attachment label and leading year. */
export function bareName(name: string): string {
  let t = name
    .normalize("NFKC")
    .trim()
    .replace(/\.(?:xlsx|xlsm|xls|et|csv)$/i, "")
    .trim();
  for (let i = 0; i < 3; i++) t = t.replace(LABEL_PREFIX, "").replace(YEAR_PREFIX, "");
  return t.trim();
}

/**
 * The place a sheet's or file's name gives (历城区, 附件8：长阳土家族自治县2024年….xlsx, 附件2-当阳市….xlsx,
 * 城区): a district, or a city that may be a 县级市 (the caller decides whether it is the prefecture).
 * Each part between - _ · and spaces is read too (宁波-退役军人-海曙区.xlsx). Words for all districts
 * (每区一表, 汇总含十区) name none.
 */
export function placeInName(name: string): { district: string | null; city: string | null } {
  const whole = bareName(name);
  const parts = [whole, ...whole.split(/[-_—–·\s]+/).map(bareName)].filter((p) => p);
  for (const p of parts) {
    if (GENERIC_WHOLE.test(p)) return { district: p, city: null };
    // 新晃 among sheets 麻阳县, 芷江侗族自治县: an autonomous county's short form, alone, is that county.
    const autonomous = autonomousOfShort(p);
    if (autonomous) return { district: autonomous, city: null };
    const district = findDistrict(p);
    if (district) return { district, city: null };
    const city = leadingCity(p);
    if (city) return { district: null, city };
  }
  return { district: null, city: null };
}

/**
 * 宿迁经济技术开发区社会事业局, 宿迁市经济技术开发区…, 附件3-宿迁经济技术开发区.xlsx: a development zone that files
 * its own table, as functional zones do beside the districts (湖滨新区 is read as a district by its 新区). The
 * zone named at the start of a unit's, sheet's or file's name, its place's name before it (宿迁, 宿豫; the city
 * lent where the zone's own words are generic: 宿迁市经济技术开发区); a scenic or resort zone likewise (附件3-明月山温泉风景名胜区.xlsx,
 * 黄山风景区管委会, …旅游度假区), never by its generic tail (名胜区). Never a project's name (…开发区道路建设
 * names what is built), and only where nothing else tells the district.
 */
const ZONE =
  /^(?:[\u4e00-\u9fa5]{1,7}?省)?(?:([\u4e00-\u9fa5]{2,4}?)市)?([\u4e00-\u9fa5]{0,6}?)(经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新区|开发区|工业园区|特别合作区|风景名胜区|旅游度假区|风景区)/;
const GENERIC_ZONE_STEM = /^(?:国家级?|省级?|市级?|经济技术|经济|高新技术产业|高新技术|高新|工业|产业)?$/;
const NOT_ZONE_STEM = /[各全本该某级区县市省州镇乡局委办所站]/;
/**
 * 宿州经济技术开发区, 郑州高新技术产业开发区: a city called X州 (one character before 州, as 广州, 杭州 — two or
 * more name a prefecture that is no city, 临夏州, which stays refused) written without its 市, then the zone's
 * generic words. Not a determiner (本州, 该州, 全州).
 */
const ZHOU_CITY_STEM = /^([^各全本该某此我每][州])(.*)$/;

export function zoneOf(text: string): string | null {
  const m = ZONE.exec(bareName(text));
  if (!m) return null;
  const [, city, stem, kind] = m;
  // 建德市经济开发区…: a 县级市's zone is in that city, which the comparison takes for the district.
  if (city && isCountyCity(`${city}市`)) return null;
  if (GENERIC_ZONE_STEM.test(stem))
    return city && !GENERIC_ZONE_STEM.test(city) ? `${city}${stem}${kind}` : null;
  const zhou = city ? null : ZHOU_CITY_STEM.exec(stem);
  if (zhou && GENERIC_ZONE_STEM.test(zhou[2])) return `${stem}${kind}`;
  return NOT_ZONE_STEM.test(stem) ? null : `${stem}${kind}`;
}

/**
 * 苏州工业园区2025年城乡居民医保补助, 深汕特别合作区2025年社区居家养老服务项目: a zone named at the very start of a
 * project's name (or the title read as one), its year right after it — the zone that files the table, as a
 * district's name before the year is (a zone later in a name, …开发区道路建设, names what is built). Null else.
 */
const ZONE_BEFORE_YEAR =
  /^(.{2,16}?(?:开发区|高新区|工业园区|特别合作区|风景名胜区|旅游度假区|风景区))\s*(?:19|20)\d\d\s*年/;

export function zoneFilingOf(project: string): string | null {
  const m = ZONE_BEFORE_YEAR.exec(project.normalize("NFKC").trim());
  const zone = m ? zoneOf(m[1]) : null;
  return zone !== null && m !== null && m[1].endsWith(zone) ? zone : null;
}

/**
 * 高新区, 经开区, 经济技术开发区 written alone (a 汇总表's 县区 cell, a sheet's name): a zone of no place, which
 * the comparison matches to the one zone of its kind the others name (渭南高新区, 德阳经济技术开发区; round 181).
 */
const BARE_ZONE =
  /^(?:国家级|省级)?(?:高新区|高新技术产业开发区|高新技术开发区|经开区|经济技术开发区|经济开发区)$/;

export function isBareZone(name: string): boolean {
  return BARE_ZONE.test(name.normalize("NFKC").trim());
}

/** The kind of a development zone's name: 高新 (高新区, 高新技术产业开发区), 经开 (经开区, 经济（技术）开发区), else null. */
export function zoneKind(name: string): "高新" | "经开" | null {
  const t = name.normalize("NFKC").trim();
  if (!/(?:开发区|高新区|经开区)$/.test(t)) return null;
  if (/高新/.test(t)) return "高新";
  if (/经开区$|经济技术开发区$|经济开发区$/.test(t)) return "经开";
  return null;
}

/**
 * Words a sheet is named by that are no place (汇总, 封面, 说明, 本级, 样表 …), and characters no county's short
 * name holds but sheet names for forms, drafts and offices do (表, 稿, 局, 委 …).
 */
const NOT_PLACE_SHEET =
  /汇总|合计|总计|总表|封面|目录|说明|附件|附表|明细|数据|备份|模板|样|示例|填报|指标|绩效|目标|项目|审核|修改|修订|终稿|定稿|草稿|初稿|对比|分析|统计|参考|范本|本级|全[市县区]|市级|县级|区级|省级|中心|[表稿局委厅室站所院校队部处科股组村]/;

/**
 * 三穗 among sheets 凯里市, 黄平县: a sheet named only by a plain county's short form, which no rule can tell
 * a 县 from a 区 or 市. The bare name of two or three Chinese characters that is no word for a form, a draft or
 * an office; the caller takes it only where the workbook's other sheets are named by their districts.
 */
export function plainPlaceName(name: string): string | null {
  const t = bareName(name);
  return /^[\u4e00-\u9fa5]{2,3}$/.test(t) && !NOT_PLACE_SHEET.test(t) ? t : null;
}

/**
 * A district written by its short form alone, in a 县（市、区） cell or over a place column (洮南, 镇赉): the
 * 县级市 of the closed list (洮南 → 洮南市) or the autonomous county (新晃 → 新晃侗族自治县) it names, else the
 * name as written (镇赉: a 县, 区 or 市, no rule tells). Null where the text is no such short form.
 */
export function shortPlaceName(text: string): { place: string; asWritten: boolean } | null {
  const t = text.normalize("NFKC").trim();
  if (!/^[\u4e00-\u9fa5]{2,4}$/.test(t) || kindOf(t) !== null || GENERIC_WHOLE.test(t)) return null;
  if (findDistrict(t) !== null || NOT_PLACE_SHEET.test(t) || TOWN.test(t)) return null;
  const full = autonomousOfShort(t) ?? (isCountyCity(`${t}市`) ? `${t}市` : null);
  return full ? { place: full, asWritten: false } : { place: t, asWritten: true };
}

/**
 * The 55 nationalities other than the Han, as the names of autonomous counties and banners carry them
 * (大通回族土族自治县, 双江拉祜族佤族布朗族傣族自治县, 巴里坤哈萨克自治县). A closed list, set by the state.
 */
const NATIONALITY =
  "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺";
/** 龙胜各族自治县: "all nationalities", as one county is named. */
const AUTONOMOUS = new RegExp(String.raw`^([\u4e00-\u9fa5]{2,}?)(?:(?:${NATIONALITY}|各)族?)+自治(县|旗)$`);

/**
 * The key a place is compared by: an autonomous county or banner as its short form, which officers write
 * as often (大通回族土族自治县 → 大通县, 白沙黎族自治县 → 白沙县, 东乡族自治县 → 东乡县, 鄂伦春自治旗 →
 * 鄂伦春旗), and a customary short name as the county's (前郭县 → 前郭尔罗斯县); any other name as written (大通区 stays apart from 大通县).
 */
export function placeKey(district: string): string {
  // 前郭县: a customary short name, keyed as the county it stands for (前郭尔罗斯县).
  const customary = customaryFull(district);
  if (customary) return placeKey(customary);
  if (!district.endsWith("自治县") && !district.endsWith("自治旗")) return district;
  const m = AUTONOMOUS.exec(district);
  if (m) return m[1] + m[2];
  // 东乡族自治县, 鄂温克族自治旗, 鄂伦春自治旗: the nationality is the place's name.
  return district.replace(/族?自治(县|旗)$/, "$1");
}

/** "海珠区" → "海珠": officers sometimes write the short form in brackets. */
function shortForm(district: string): string | null {
  const m = /^([\u4e00-\u9fa5]{2,})(?:区|县|市|旗|镇|街道)$/.exec(district);
  return m ? m[1] : null;
}

const SEPARATORS = /^[\s\-_—–·:：、,，.。/|]+|[\s\-_—–·:：、,，.。/|]+$/g;

const ZONE_END = /(?:开发区|高新区|工业园区|特别合作区|风景名胜区|旅游度假区|风景区)$/;

/** A text to match as it is inside a RegExp. */
const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Patterns for a zone's name written with its city's 市: before it (宿迁市宿豫…) or inside it (宿州市经济…). */
function zoneSpellings(zone: string): string[] {
  const inside = [2, 3, 4]
    .filter((n) => n < zone.length - 2)
    .map((n) => escape(`${zone.slice(0, n)}市${zone.slice(n)}`));
  // (The city starts the name, or follows its year: 2025年宿迁市宿豫…, never 年 taken for the city's.)
  return [`(?<=^|年|度|[^\u4e00-\u9fa5])(?![年度])[\u4e00-\u9fa5]{2,4}?市${escape(zone)}`, ...inside];
}

/** The project name with the district part removed, as written otherwise (for display). */
export function stripDistrict(project: string, district: string | null): string {
  let t = project.trim();
  if (district) {
    const forms = [district, shortForm(district)].filter((f): f is string => !!f);
    for (const f of forms) {
      t = t.replace(new RegExp(`[（(]\\s*${escape(f)}\\s*[)）]`, "g"), "");
    }
    // 宿州市经济技术开发区… of 宿州经济技术开发区 (the city lent to a zone written with its 市), 宿迁市宿豫经济开发区…
    // of 宿豫经济开发区: the zone as the project writes it, its city's 市 and all.
    if (ZONE_END.test(district))
      for (const zone of zoneSpellings(district)) t = t.replace(new RegExp(zone, "g"), "");
    t = t.split(district).join("");
  }
  t = t.replace(/[（(]\s*[)）]/g, "").replace(SEPARATORS, "");
  return t || project.trim();
}

/**
 * The name without the district's short form at its start (长安河湖长制专项资金 for 长安区 → 河湖长制专项资金),
 * as `(长安)` in brackets is removed: the caller uses it only where it joins other districts' names, so that
 * 高新技术企业补助 of 高新区 keeps its 高新 where the others write it too. The name unchanged when it does not
 * start so, or nothing of substance would be left.
 */
export function stripLeadingShort(name: string, district: string | null): string {
  const short = district ? shortForm(district) : null;
  const t = name.trim();
  if (!short || !t.startsWith(short)) return t;
  const rest = t.slice(short.length).replace(SEPARATORS, "");
  return [...programKey(rest)].length >= 2 ? rest : t;
}

/** Grouping key of a program name: width, spaces, punctuation and a leading year do not matter. */
export function programKey(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/^\s*\d{4}\s*年度?/, "")
    .replace(/[\s\p{P}\p{S}]/gu, "");
}

type PlaceKind = "区" | "县" | "市" | "旗";

/** A town's name: 新源镇, 某某乡, 某某街道, 某某苏木 (below a county; never a county's short form). */
const TOWN = /^[\u4e00-\u9fa5]{1,10}(?:镇|乡|街道|苏木)$/;

function kindOf(name: string): PlaceKind | null {
  const m = /(区|县|市|旗)$/.exec(name.trim());
  return m ? (m[1] as PlaceKind) : null;
}

/**
 * What the entries are called in a sentence ("10 个区", "各区中位数"): 区 when all are 区, 县 when all are
 * 县; a mix is the most common kind with the others in brackets (县（市）, 县（市、区）, 区（市）); entries
 * that are not all 区/县/市/旗 (project names) are 地区, towns (新源镇, 则克台乡) 乡镇 (round 181). `bare`: entries compared under a sheet's or
 * file's plain short name (平安, 泾源), whose kind is unknown — the others' kinds name them all, where the
 * others are all places.
 */
export function placeWord(districts: string[], bare: ReadonlySet<string> = new Set()): string {
  const counts = new Map<PlaceKind, number>();
  const named = districts.filter((d) => !bare.has(d));
  // A county's 乡镇 breakdown (新源镇, 则克台镇): 乡镇, not 地区 (round 181); 街道 beside them named too.
  const pool = named.length > 0 ? named : districts;
  if (pool.length > 0 && pool.every((d) => TOWN.test(d.trim()))) {
    const streets = pool.filter((d) => /街道$/.test(d.trim())).length;
    return streets === 0 ? "乡镇" : streets === pool.length ? "街道" : "乡镇（街道）";
  }
  for (const d of named.length > 0 ? named : districts) {
    const k = kindOf(d);
    if (!k) return "地区";
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  // The most common kind first; the others in brackets in the usual order (县（市、区）, 区（县、市）).
  const order: PlaceKind[] = ["县", "市", "区", "旗"];
  const kinds = [...counts].sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]));
  if (kinds.length === 0) return "区";
  if (kinds.length === 1) return kinds[0][0];
  const rest = kinds
    .slice(1)
    .map(([k]) => k)
    .sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return `${kinds[0][0]}（${rest.join("、")}）`;
}

/** How an entry speaks of itself: 本区, 本县, 本市, 本旗; 本单位 for an entry that is no place. */
export function selfWord(district: string): string {
  const k = kindOf(district);
  return k ? `本${k}` : "本单位";
}

/**
 * Endings that name the money or the project, not what is done: 高标准农田建设项目, 高标准农田建设补助资金 and
 * 高标准农田建设 are one program. The longest first (补助资金 before 资金), taken off one after another while
 * enough is left (就业补助资金 keeps 就业补助, as 就业补助 and 就业补助项目 do).
 */
const PROGRAM_ENDINGS = [
  "项目资金",
  "项目经费",
  "补助资金",
  "补助经费",
  "专项资金",
  "专项经费",
  "补贴资金",
  "项目",
  "资金",
  "经费",
  "补助",
  "补贴",
  "专项",
];

/** A place in brackets at the end of a name: （城区）, (开发区). */
const BRACKETED_PLACE_END = /[（(]\s*[\u4e00-\u9fa5]{1,10}(?:区|县|市|旗|镇|乡|街道)\s*[)）]\s*$/;

/** Fewer characters than this left once the endings are off, and the key says too little to join names by. */
const LOOSE_KEY_MIN = 4;

/**
 * A looser key for names that differ only by a year (2024年度), an ending that names the money (项目, 资金,
 * 补助资金, 专项资金, 经费) or a place in brackets: 2024年度高标准农田建设项目资金, 高标准农田建设补助资金 and
 * 高标准农田建设 share 高标准农田建设. "" when too little would be left to tell one program from another.
 */
export function looseProgramKey(name: string): string {
  let t = name
    .normalize("NFKC")
    .replace(BRACKETED_PLACE_END, "")
    .replace(/[（(]\s*\d{4}\s*年度?\s*[)）]/g, "")
    .replace(/\d{4}\s*年度?/g, "");
  t = programKey(t);
  for (let i = 0; i < 4; i++) {
    const ending = PROGRAM_ENDINGS.find((e) => t.endsWith(e) && [...t].length - e.length >= LOOSE_KEY_MIN);
    if (!ending) break;
    t = t.slice(0, t.length - ending.length);
  }
  return [...t].length >= LOOSE_KEY_MIN ? t : "";
}

/**
 * A column's (or a 分解表's row's) header that is the city's (or county's) own level, 市本级 or 本级 (市级, 州级
 * alone), or the units it runs directly, 市直 or 州直 (市直属): in the total, never a district.
 */
const OWN_LEVEL =
  /^(?:(?:[\u4e00-\u9fa5]{0,8}?(?:州|市|区|县|旗|地区|盟))?本级|[\u4e00-\u9fa5]{0,8}?(?:州|市|地区|盟)直属?|(?:州|市|地区|盟)级)$/;

export function isOwnLevelColumn(header: string): boolean {
  return OWN_LEVEL.test(header.normalize("NFKC").replace(/\s+/g, ""));
}
