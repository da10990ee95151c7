/**
 * The district part of a project name: found (as a fallback to the parser's `district`) and removed, so
 * that 镇（街）园区专职安监员队伍建设经费（海珠区） and 海珠区镇（街）园区专职安监员队伍建设经费 name the same program.
 */
import { isHillDistrict } from "../table/district";

/** Words ending in 区/县/市 that are not administrative divisions. */
const NOT_DISTRICTS =
  /(?:园区|工业区|开发区|保护区|风景区|景区|社区|城区|小区|辖区|片区|示范区|自贸区|库区|灾区|山区|林区|矿区|校区|厂区|营区|街区|商区|港区|功能区|试验区|实验区|集聚区|产业区|服务区|旅游区|避难区|救援区|责任区|全区|本区|各区|城市|超市|都市|门市|上市|菜市|夜市|股市|楼市|市场)$/;

const DIVISION = /[\u4e00-\u9fa5]{1,8}?(?:自治县|自治旗|新区|区|县|旗)/g;

/** 每区, 各县, 本区, 全县: a word for every district or for one's own, not a district's name (每区一表.xlsx). */
const DETERMINER = /^[每各全本该我此两多分某](?:区|县|市|旗)$/;

const notDistrict = (name: string) =>
  (NOT_DISTRICTS.test(name) && !isHillDistrict(name)) || DETERMINER.test(name);

/** Words ending in 市 that name no city (城市, 超市, 智慧城市 …) or a city's own level (市本级). */
const NOT_CITY =
  /(?:城市|超市|都市|门市|上市|菜市|夜市|股市|楼市|街市|墟市|集市|互市|开市|闭市|全市|本市|各市|每市|该市|我市|市市)$/;

/**
 * A city named at the start of a text (胶州市医疗保障局, 建德市, 胶州市.xlsx): a 县级市 when it is not
 * the prefecture that prefixes the other districts (青岛市…) — the caller decides that. Null when the
 * text starts otherwise, or names the city's own level (长沙市本级, 青岛市市级).
 */
export function leadingCity(text: string): string | null {
  const t = text.normalize("NFKC").trim();
  const m = /^(?:\d{4}年度?)?(?:[\u4e00-\u9fa5]{2,7}?省)?([\u4e00-\u9fa5]{2,4}?市)(?!本级|市级|级|场)/.exec(
    t,
  );
  if (!m || NOT_CITY.test(m[1])) return null;
  return m[1];
}

/** A Chinese district/county name in free text ("（海珠区）", "海珠区…", a file name), or null. */
export function findDistrict(text: string): string | null {
  const t = text.normalize("NFKC");
  // Bracketed first: "（海珠区）" is the usual way a district marks its copy of a city program.
  const bracketed = /\(([\u4e00-\u9fa5]{2,8}(?:自治县|自治旗|新区|区|县|市|旗|镇|街道))\)/.exec(t);
  if (bracketed && !notDistrict(bracketed[1])) return bracketed[1];
  const leading = /^(?:\d{4}年度?)?([\u4e00-\u9fa5]{2,3}(?:区|县))/.exec(t);
  if (leading && !notDistrict(leading[1])) return leading[1];
  // City prefix then district: 广州市海珠区应急管理局.
  const afterCity = /[\u4e00-\u9fa5]{2,3}市([\u4e00-\u9fa5]{2,3}(?:区|县))/.exec(t);
  if (afterCity && !notDistrict(afterCity[1])) return afterCity[1];
  for (const m of t.matchAll(DIVISION)) {
    const name = m[0].length > 4 ? m[0].slice(-3) : m[0];
    if (name.length >= 2 && !notDistrict(name)) return name;
  }
  return null;
}

/** "海珠区" → "海珠": officers sometimes write the short form in brackets. */
function shortForm(district: string): string | null {
  const m = /^([\u4e00-\u9fa5]{2,})(?:区|县|市|旗|镇|街道)$/.exec(district);
  return m ? m[1] : null;
}

const SEPARATORS = /^[\s\-_—–·:：、,，.。/|]+|[\s\-_—–·:：、,，.。/|]+$/g;

/** The project name with the district part removed, as written otherwise (for display). */
export function stripDistrict(project: string, district: string | null): string {
  let t = project.trim();
  if (district) {
    const forms = [district, shortForm(district)].filter((f): f is string => !!f);
    for (const f of forms) {
      const esc = f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      t = t.replace(new RegExp(`[（(]\\s*${esc}\\s*[)）]`, "g"), "");
    }
    t = t.split(district).join("");
  }
  t = t.replace(/[（(]\s*[)）]/g, "").replace(SEPARATORS, "");
  return t || project.trim();
}

/** Grouping key of a program name: width, spaces, punctuation and a leading year do not matter. */
export function programKey(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/^\s*\d{4}\s*年度?/, "")
    .replace(/[\s\p{P}\p{S}]/gu, "");
}

type PlaceKind = "区" | "县" | "市" | "旗";

function kindOf(name: string): PlaceKind | null {
  const m = /(区|县|市|旗)$/.exec(name.trim());
  return m ? (m[1] as PlaceKind) : null;
}

/**
 * What the entries are called in a sentence ("10 个区", "各区中位数"): 区 when all are 区, 县 when all are
 * 县; a mix is the most common kind with the others in brackets (县（市）, 县（市、区）, 区（市）); entries
 * that are not all 区/县/市/旗 (towns, project names) are 地区.
 */
export function placeWord(districts: string[]): string {
  const counts = new Map<PlaceKind, number>();
  for (const d of districts) {
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
