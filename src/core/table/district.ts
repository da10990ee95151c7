/**
 * The district of a project, from its name (`（海珠区）`, a leading `花都区…`) or its budget unit
 * (`广州市海珠区应急管理局`). Any Chinese 区/县/市/旗/镇/街道 name, not a hard-coded list; generic
 * areas (园区, 城区, 社区, 开发区 …) are not districts.
 */

import { COUNTY_CITY_NAMES } from "./countyCityNames";

/**
 * Kinds of area a name may end in, no district: 园区, 街区, 示范区 …, and the land a mine or a flood leaves
 * (煤矿塌陷区, 采煤沉陷区, 采空区, 滞洪区), whose 治理 is a standing program of coal and river towns; and the land
 * a river waters or leaves or a farm reclaims (河套灌区, 黄河滩区, 农垦垦区), named by projects, never a county.
 */
const NOT_DISTRICT =
  /(聚居区|园区|小区|社区|景区|片区|校区|厂区|辖区|灾区|库区|山区|牧区|营区|院区|街区|保护区|示范区|功能区|开发区|试验区|实验区|先行区|工作区|服务区|风景区|旅游区|集聚区|产业区|合作区|老城区|主城区|中心城区|县城区|中心区|核心区|全区|各区|本区|我区|该区|跨区|辖区|禁区|分区|选区|避难区|安置区|作业区|危险区|管理区|监测区|重点区|商业区|住宅区|生活区|办公区|学区|病区|展区|警区|战区|考区|塌陷区|沉陷区|采空区|沉降区|棚户区|滑坡区|滞洪区|行洪区|泄洪区|淹没区|灌区|滩区|垦区)$/;

// In brackets: （海珠区）, (从化市), （梯面镇）, （石门街道）, （莫力庙苏木）, and the counties of one character (（澧县）, （沛县）)
// and 芒市 (（芒市）: bracketedCity asks the closed list)
const BRACKETED =
  /[(（]([\u4e00-\u9fa5]{2,10}?(?:自治县|自治旗|区|县|市|旗|镇|乡|街道|苏木)|[\u4e00-\u9fa5][县市])[)）]/g;

/** 本县, 全县, 各县, 市县: a county's word for itself or for all, not a county's name. */
const NOT_COUNTY = /^[本该各我外全此邻他原市区省州大小旗郊郡属两一二三四五六七八九十每]县$/;

/** Kinds of area, not a prefecture's name, before 地区: 贫困地区, 少数民族地区, 边远地区, 重点地区. */
const AREA_WORDS = String.raw`(?:贫困|脱贫|少数民族|民族|边疆|边境|边远|偏远|欠发达|革命老|老区|农村|城市|沿海|重点|受灾|灾区|其他|相关|有关|部分|周边|所在|全|各|本|该|我|外)`;

/** A province or an autonomous region written before the place (广东省…, 内蒙古自治区…), passed over. */
const PROVINCE = String.raw`(?:[\u4e00-\u9fa5]{1,7}?(?:省|自治区))?`;

/**
 * A prefecture that is no city, written before its county: a 地区 (阿里地区, 大兴安岭地区 — not 贫困地区 or
 * 民族地区), an autonomous prefecture (临夏回族自治州, 海西蒙古族藏族自治州) or one written short (临夏州,
 * 黔东南州 — two characters or more before 州: the cities called X州 have one, 广州, 杭州), or a league
 * (锡林郭勒盟).
 */
const NON_CITY_PREFECTURE = String.raw`(?:(?!${AREA_WORDS}地区)[\u4e00-\u9fa5]{2,4}?地区|[\u4e00-\u9fa5]{2,12}?自治州|[\u4e00-\u9fa5]{2,4}?州(?![市区县省])|[\u4e00-\u9fa5]{1,4}?盟)`;

// Leading: 花都区梯面小学…, 广州市海珠区应急管理局, 阿里地区噶尔县教育局 (a prefecture before the district is
// skipped; 阿里地区 alone is the prefecture, no district). (科尔沁左翼中旗, 积石山保安族东乡族撒拉族自治县: the
// longer names of banners and autonomous counties, with no 区, 县 or 市 inside; 东乌珠穆沁旗, 阿鲁科尔沁旗: the
// banners of the 沁 names, five characters before 旗.)
const LEADING = new RegExp(
  String.raw`^${PROVINCE}(?:[\u4e00-\u9fa5]{1,4}?市|${NON_CITY_PREFECTURE})?((?:(?![区县市州省])[\u4e00-\u9fa5]){2,12}?(?:自治县|自治旗|联合旗|[前中后左右]旗|沁旗)|[\u4e00-\u9fa5]{2,4}?(?:新区|(?<!地)区(?!域)|县|旗))`,
);

/**
 * 海西蒙古族藏族自治州格尔木市…, 阿克苏地区库车市…, 锡林郭勒盟锡林浩特市…: a city after a prefecture that is no
 * city is one of its 县级市.
 */
const CITY_UNDER_PREFECTURE = new RegExp(
  String.raw`^${PROVINCE}${NON_CITY_PREFECTURE}([\u4e00-\u9fa5]{1,4}?市)(?!场)`,
);

/** What a county's 市场, 市政, 市容, 市民 and 市区 go on with after 县市 (单县市场监督管理局), not a 县级市's name. */
const COUNTY_CITY_WORD = String.raw`场|政(?!府)|容|区|民(?![政族宗])`;
const COUNTY_CITY_WORD_AFTER = new RegExp(`^(?:${COUNTY_CITY_WORD})`);

/**
 * 新乡市辉县…, 徐州市沛县…: a county of one character after its city, or the 县级市 it became (新乡市辉县市…,
 * not the county's 市场, 市政, 市容 or 市民 after it: 菏泽市单县市场监督管理局); not the 区 one became
 * (梅州市梅县区, 三明市沙县区: whole, as any 区 is read).
 */
const LEADING_ONE = new RegExp(
  String.raw`^${PROVINCE}[\u4e00-\u9fa5]{1,4}?[市盟]([\u4e00-\u9fa5]县(?:市(?!${COUNTY_CITY_WORD}))?)(?!区(?!域))`,
);

/**
 * 吉林市船营区, 东营市东营区: after its city, one character before 营区 names a district (营区 alone is
 * barracks, and so are 新营区, 老营区, 军营区).
 */
const CAMP_DISTRICT = /^[^新老旧军原该本全各\s]营区$/;

/**
 * 忠县水利局, 佳县教育和体育局, 沛县…: a county of one character opening the name, its city left out —
 * not 县城, 县域, 县级, 县区 or 县市 after it (县城市管理局, 县市场… and 县市政… are a county's bureaus; 辉县市… is a
 * 县级市, left to `leadingCity`).
 */
const LEADING_SINGLE = new RegExp(
  String.raw`^${PROVINCE}((?!某)[\u4e00-\u9fa5]县)(?!城(?!市)|域|级|区|市(?!${COUNTY_CITY_WORD})|县)`,
);

/**
 * 国家税务总局厦门市海沧区税务局, 中国共产党厦门市思明区委员会组织部, 共青团深圳市南山区委员会: the name of
 * a national body before the place its office serves.
 */
const ORG_PREFIX = /^(?:国家税务总局|中国共产党|中共|共青团|中国人民政治协商会议|政协)/;

/** Generic words that are whole names of no district (增城区 and 西城区 are real; 城区 alone is not). */
const GENERIC = /^(城区|市区|郊区|矿区|林区|港区|新区|全市|全县)$/;

/**
 * The cities whose districts bear a generic word's name: 阳泉市城区, 矿区 and 郊区; 晋城市城区 and 汕尾市城区 (and,
 * before 2018, 长治市城区 and 大同市城区); 铜陵市郊区, 佳木斯市郊区; 洛阳市老城区. Anywhere else such a word after a
 * city is the city's own words (赣州市城区公交, 某市郊区农田, 某市老城区改造), as the word alone is (城区道路).
 */
const CITY_GENERIC_DISTRICT =
  /^(?:[\u4e00-\u9fa5]{2,3}省)?(?:(?:阳泉|晋城|长治|大同|汕尾)市(城区)|阳泉市(矿区)|(?:阳泉|铜陵|佳木斯)市(郊区)|洛阳市(老城区))/;

/** 南山区, 中山区, 黄山区 are districts; 山区 alone or 偏远山区 is hill country. */
const HILL_DISTRICT = /^[\u4e00-\u9fa5]山区$/;
export const isHillDistrict = (name: string): boolean => HILL_DISTRICT.test(name);

/**
 * The districts (GB/T 2260) whose names end in a word that elsewhere names a kind of area: 南昌市红谷滩区 and 永州市
 * 冷水滩区 (滩区, as 黄河滩区 is not a county), 长春市绿园区 (园区, as 苏州工业园区 and 公园区域 are not), 秦皇岛市海港区
 * and 葫芦岛市龙港区 (港区), 北京市石景山区 (山区 after more than one character, as 偏远山区 is hill country). A closed
 * list, the parser's and the comparison's (round 226): the stem alone cannot tell them from the area.
 */
export const AREA_NAMED_DISTRICTS: ReadonlySet<string> = new Set([
  "红谷滩区",
  "冷水滩区",
  "绿园区",
  "海港区",
  "龙港区",
  "石景山区",
]);

/**
 * A city named in brackets after a project (（建德市）, （都江堰市）): a 县级市 marking its copy of a program, as
 * （海珠区） does. Only in brackets: written before a name, X市 may be the prefecture (昆明市…); see
 * `leadingCity`. Not a word ending in 市 (（城市）, （全市）, （超市））.
 */
function bracketedCity(name: string): boolean {
  return (
    name.indexOf("市") === name.length - 1 &&
    // 芒市, the one 县级市 of a single character before 市: on the closed list.
    (name.length >= 3 || isCountyCity(name)) &&
    !(NOT_CITY.test(name) && !realCity(name)) &&
    acceptable(name.slice(0, -1) + "县")
  );
}

/** Words ending in 市 that name no city (城市, 超市, 智慧城市 …) or a city's own level (市本级). */
const NOT_CITY =
  /(?:城市|超市|都市|门市|上市|菜市|夜市|股市|楼市|街市|墟市|集市|互市|开市|闭市|全市|本市|各市|每市|该市|我市|市市|县市)$/;

/** 宜都市, 晋城市, 诸城市, 辉县市: three characters ending in 都市/城市/县市 are a city's name unless a size or
 * scope word leads (大城市, 新城市, 全城市, 各县市, 区县市). */
const realCity = (name: string) => /^[^大小新老中全各本该我每此区两邻外][城都县]市$/.test(name);

/** 江门市, 荆门市, 厦门市: prefectures whose names end as a shop's word (门市); 天门市, 玉门市 are on the closed list. */
const GATE_CITY = /^(?:江门|荆门|厦门)市$/;

/** 芒市民族宗教事务局, 云南省芒市…: a city of one character before 市 opening the text (checked on the closed list). */
const ONE_CHARACTER_CITY = /^(?:\d{4}年度?)?(?:[\u4e00-\u9fa5]{2,7}?省)?([\u4e00-\u9fa5]市)(?!本级|市级|级)/;

/** 凯里市城区…, 都匀市郊区…: a city before the words of its centre or its outskirts. */
const CENTRAL_AFTER_CITY =
  /^(?:\d{4}年度?)?(?:[\u4e00-\u9fa5]{2,7}?省)?([\u4e00-\u9fa5]{2,4}?市)(?=城区|矿区|郊区)/;

/**
 * A city named at the start of a text (胶州市医疗保障局, 建德市, 胶州市.xlsx): a 县级市 when it is not
 * the prefecture that prefixes the other districts (青岛市…) — the caller decides that. Null when the
 * text starts otherwise, or names the city's own level (长沙市本级, 青岛市市级).
 */
export function leadingCity(text: string): string | null {
  // (Most texts name no city near their start: one search before the normalising and the regex.)
  const at = text.indexOf("市");
  // (At least two characters name a city — 某市… names none —, but for 芒市, the closed list's one of a single
  // character before 市.)
  if (at < 1 || at > 24) return null;
  const t = text.normalize("NFKC").trim().replace(CODE_PREFIX, "").replace(ORG_PREFIX, "");
  const one = ONE_CHARACTER_CITY.exec(t);
  if (one && isCountyCity(one[1])) return one[1];
  // (津市市: a 县级市 whose own name holds 市, its first 市 the second character.)
  if (at < 2 && text.charCodeAt(2) !== 0x5e02 /* 市 */) return null;
  // 凯里市城区污水处理: a 县级市 of the closed list has no district, its 城区 is the town's centre.
  const central = CENTRAL_AFTER_CITY.exec(t);
  if (central && isCountyCity(central[1])) return central[1];
  // 阳泉市城区应急管理局: the city of a district named 城区, 矿区 or 郊区 — a prefecture, not a 县级市.
  const m =
    /^(?:\d{4}年度?)?(?:[\u4e00-\u9fa5]{2,7}?省)?([\u4e00-\u9fa5]{2,4}?市)(?!本级|市级|级|场|城区|矿区|郊区)/.exec(
      t,
    );
  if (!m || (NOT_CITY.test(m[1]) && !realCity(m[1]) && !GATE_CITY.test(m[1]) && !isCountyCity(m[1])))
    return null;
  // 老城区市政设施维护中心: a district's 市政 or 市场 office — no city's name ends in 区市.
  if (m[1].endsWith("区市")) return null;
  // 辉县市农业农村局, but not 单县市政工程管理处: a county's offices after 县市.
  if (m[1].endsWith("县市") && COUNTY_CITY_WORD_AFTER.test(t.slice(m.index + m[0].length))) return null;
  return m[1];
}

const LEADING_NON_CITY_PREFECTURE = new RegExp(
  String.raw`^(?:\d{4}年度?)?${PROVINCE}(${NON_CITY_PREFECTURE})`,
);

/**
 * A prefecture that is no city named at the start of a text (临夏回族自治州2024年…, 大兴安岭地区…, 临夏州…,
 * 锡林郭勒盟…), or null. Under it, a city (临夏市) is a 县级市: such a prefecture has no city of its own.
 */
export function leadingNonCityPrefecture(text: string): string | null {
  const m = LEADING_NON_CITY_PREFECTURE.exec(text.normalize("NFKC").trim().replace(CODE_PREFIX, ""));
  return m ? m[1] : null;
}

/**
 * The districts whose own names hold 市 after their first character (GB/T 2260): 荆州市沙市区, 营口市西市区 —
 * any other name with 市 inside is a city's words (赣州市城区, 全市区). (乌鲁木齐市新市区 is one too, but
 * 新市区 is also any new town's words: it is read after its city only, in `leadingDistrict`.)
 */
const SHI_INSIDE = new Set(["沙市区", "西市区"]);

/** 周市镇, 新市镇, 练市镇: a town named for its old market, 市 right before 镇 or 乡 (not 城市镇, 全市镇). */
const TOWN_OF_MARKET = /^(?![城都全本各该我此某])[\u4e00-\u9fa5]{1,3}市[镇乡]$/;

function acceptable(name: string): boolean {
  if (isHillDistrict(name) || AREA_NAMED_DISTRICTS.has(name)) return true;
  return (
    !NOT_DISTRICT.test(name) &&
    !GENERIC.test(name) &&
    !NOT_COUNTY.test(name) &&
    // 各市县水务局, 各区县: all of them, not one; 赣州市城区: a city's words, not a district (市中区 is one).
    !name.startsWith("各") &&
    (name.indexOf("市") <= 0 || SHI_INSIDE.has(name) || TOWN_OF_MARKET.test(name)) &&
    !/^(县级|区级|市级|镇级|乡级|街道级)/.test(name) &&
    // 生态环境局土默特左旗 (of …局土默特左旗分局): a bureau's name before the place, no place's name.
    !/[局厅委办]/.test(name)
  );
}

/** A code exported before a unit's name: 820001-井研县马踏镇人民政府, [101]市教育局, 101 市教育局. */
export const CODE_PREFIX =
  /^\s*(?:[[【(（]\s*[0-9A-Za-z]+\s*[\]】)）]|[0-9A-Za-z]*\d[0-9A-Za-z]*\s*[-_－—.．、:：\s])\s*/;

/**
 * A unit of a town, a 街道 or a 苏木 (Inner Mongolia's town: 莫力庙苏木; its 嘎查 is a village; a 苏木's unit
 * is written as its bare name, a 镇's bare name defers to the county a form's filer names) with no county
 * named before it (东莞市长安镇人民政府, 长安镇退役军人服务站 —
 * the towns of 东莞, 中山 and 儋州 answer to the city directly): the town is the place it serves. Only a
 * name of its own (no bureau before it: 公安局城镇派出所) followed by what a town's government or its
 * offices are called — not 城乡建设, 特色小镇建设, 古镇保护, 镇痛中心. A town's name may hold 市, 所 or 站 right
 * before its 镇 (昆山市周市镇, 桐乡市新市镇: an old market's name; 澄江市右所镇, 通海县河西镇…: an old garrison's;
 * 小站镇: a post's), never elsewhere (that 市 is a city's, that 所 or 站 an office's).
 */
const LEADING_TOWN = new RegExp(
  String.raw`^(?:中共)?${PROVINCE}(?:[\u4e00-\u9fa5]{1,4}?市)?((?:(?![省市区县旗局院所站队处室厅委会办])[\u4e00-\u9fa5]){1,4}?(?:[市所站]?(?:镇|乡)|街道|苏木))(?=(?<=苏木)$|人民政府|政府|党委|党工委|委员会|办事处|街道办|财政所|财政分局|卫生院|中心小学|中心学校|敬老院|综合服务中心|农业服务中心|农业综合服务|社会事务|退役军人|安全生产|社区卫生|便民服务|应急管理|党政办|经济发展办|村镇建设)`,
);
/** Words for towns in general (城镇污水处理厂, 乡镇卫生院, 全市镇街), not a town's name. */
const GENERIC_TOWN =
  /^(城镇|乡镇|集镇|村镇|小城镇|建制镇|重点镇|特色镇|[本该各全我此某]市?镇|[本该各全我此某]市?乡|城乡|返乡|下乡)$|(?:小镇|古镇|名镇|水乡|侨乡|老街道|乡镇街道)$/;

/**
 * 第十四师昆玉市…, 新疆生产建设兵团第八师石河子市…: the city a 兵团's 师 is one with (师市合一) is a 县级市, the
 * district (not 第一师范学院).
 */
const DIVISION_CITY =
  /^(?:新疆生产建设兵团|新疆兵团|兵团)?第[一二三四五六七八九十]{1,3}师(?!范)([\u4e00-\u9fa5]{2,4}?市)/;

/**
 * The district a text starts with, past an export code and a national body's name: 广州市海珠区应急管理局 →
 * 海珠区, 阿里地区噶尔县… → 噶尔县, 新乡市辉县… → 辉县, 忠县水利局 → 忠县; null when it starts otherwise (a
 * city alone, 建德市…, may be the prefecture: see `leadingCity`).
 */
export function leadingDistrict(text: string): string | null {
  const bare = text.replace(CODE_PREFIX, "").replace(ORG_PREFIX, "");
  const generic = CITY_GENERIC_DISTRICT.exec(bare);
  if (generic) return generic[1] ?? generic[2] ?? generic[3] ?? generic[4];
  const division = bare.startsWith("第") || bare.includes("兵团") ? DIVISION_CITY.exec(bare) : null;
  if (division) return division[1];
  const one = LEADING_ONE.exec(bare);
  const lead = one ?? LEADING.exec(bare);
  if (lead) {
    // (辉县市: the 县 of one character is checked as a county.)
    const name = one ? lead[1].replace(/市$/, "") : lead[1];
    // 延吉市冬季城区清雪: a 县级市 of the closed list has no district — a 区 after it is the city's own words, and
    // the city is left to `leadingCountyCity`.
    if (!one && name.endsWith("区") && afterCountyCity(lead[0].slice(0, lead[0].length - name.length))) {
      return leadingCountyCity(bare);
    }
    // 城市绿园区建设, 都市海港区: a word ending in 市 (城市, 都市) before the name is no city — the district is a
    // word inside a compound, not a place (长春市绿园区 is one).
    if (!one && noCityBefore(lead[0].slice(0, lead[0].length - name.length))) return null;
    if (acceptable(name)) return lead[1];
    if (name === "新市区" && lead[0].length > name.length) return name;
    if (!one && CAMP_DISTRICT.test(name) && lead[0].length > name.length) return name;
  }
  const city = bare.includes("市") ? CITY_UNDER_PREFECTURE.exec(bare) : null;
  if (city && bracketedCity(city[1])) return city[1];
  const single = LEADING_SINGLE.exec(bare);
  if (single && acceptable(single[1])) return single[1];
  return leadingCountyCity(bare);
}

/**
 * Whether the words before a district end in a word for cities in general (城市, 都市, 全市 — NOT_CITY), not a
 * city's name (宜都市, 丰城市, 江门市, a 县级市 of the closed list): 城市绿园区建设 names no district.
 */
export function noCityBefore(before: string): boolean {
  if (!before.endsWith("市") || !NOT_CITY.test(before)) return false;
  // The word since the place before it (宜春市丰城市 → 丰城市, 智慧城市 → 智慧城市).
  const word = before.slice(0, -1).replace(/^.*[省区市州盟]/, "") + "市";
  return !realCity(word) && !GATE_CITY.test(word) && !isCountyCity(word);
}

/**
 * Whether an area-named district (AREA_NAMED_DISTRICTS) is a place where the words `before` it end: at the text's
 * start, or after a province or a city's name (长春市绿园区) — never inside a compound (生态绿园区, 城市绿园区).
 */
export function areaNamedPlaceAfter(before: string): boolean {
  return before === "" || /(?:省|自治区)$/.test(before) || (before.endsWith("市") && !noCityBefore(before));
}

/** Whether the words before a leading district end in a 县级市 of the closed list (吉林省延吉市, 延吉市). */
function afterCountyCity(before: string): boolean {
  if (!before.endsWith("市")) return false;
  for (let n = 2; n <= 5 && n <= before.length; n++) if (isCountyCity(before.slice(-n))) return true;
  return false;
}

let countyCities: Set<string> | null = null;

/** Whether a name is one of China's 县级市 (兴义市, 万宁市), from the closed list in `countyCityNames.ts`. */
export function isCountyCity(name: string): boolean {
  countyCities ??= new Set(COUNTY_CITY_NAMES.split("|").map((n) => `${n}市`));
  return countyCities.has(name);
}

/**
 * 兴义市教育局, 万宁市槟榔黄化病防控, 兴义市2025年…, 黔西南州兴义市…, 贵州省黔西南布依族苗族自治州兴义市…: a 县级市 of the
 * closed list the text starts with (after its prefecture, when that is written first) — never a prefecture
 * (昆明市…, 东莞市…), which stays for `leadingCity`'s callers to weigh. A town written right after the city
 * (麻城市福田河镇人民政府) leaves the town to `districtOf`: it is the place the unit serves.
 */
function leadingCountyCity(bare: string): string | null {
  let city = leadingCity(bare);
  if (city && !isCountyCity(city)) {
    // 杭州市建德市…: the 县级市 after its prefecture.
    const rest = bare.slice(bare.indexOf(city) + city.length);
    const next = leadingCity(rest);
    city = next && rest.startsWith(next) && isCountyCity(next) ? next : null;
  }
  if (!city || LEADING_TOWN.test(bare)) return null;
  return city;
}

/** （海珠区）, （建德市）: the last bracket of the text that names a district, else null. */
export function bracketedDistrict(text: string): string | null {
  BRACKETED.lastIndex = 0;
  let m: RegExpExecArray | null;
  let found: string | null = null;
  while ((m = BRACKETED.exec(text))) {
    const name = m[1];
    // （广州市海珠区）, （黔东南州雷山县）: the district after its city or prefecture, the bracket's whole place.
    const inner = name.length > 4 ? leadingDistrict(name) : null;
    if (inner && inner.length < name.length && name.endsWith(inner)) found = inner;
    else if (acceptable(name) || bracketedCity(name)) found = name;
  }
  return found;
}

/** The district named by the project, else by the budget unit, else by the department (主管部门). */
export function districtOf(project: string, budgetUnit = "", department = ""): string | null {
  for (const text of [project, budgetUnit, department]) {
    if (!text) continue;
    const found = bracketedDistrict(text);
    if (found) return found;
    const lead = leadingDistrict(text);
    // 沙县小吃产业发展 of 沙县区农业农村局: a project opening with a county's old name (沙县, now 沙县区) takes
    // the unit's whole name for it.
    if (lead && text === project && lead.endsWith("县") && budgetUnit.includes(lead + "区")) {
      const unit = leadingDistrict(budgetUnit);
      if (unit === lead + "区") return unit;
    }
    if (lead) return (isCountyCity(lead) && townOfUnitsCity(text, [budgetUnit, department])) || lead;
  }
  // Only a unit's name is read for a town (a project's name starts with its subject: 城镇…, 乡村…).
  for (const text of [budgetUnit, department]) {
    const town = text ? LEADING_TOWN.exec(text.replace(CODE_PREFIX, "")) : null;
    if (town && !GENERIC_TOWN.test(town[1]) && acceptable(town[1])) return town[1];
  }
  for (const text of [budgetUnit, department]) {
    const branch = text ? branchDistrict(text.replace(CODE_PREFIX, "")) : null;
    if (branch) return branch;
  }
  return null;
}

/**
 * 慈溪市观海卫镇农业农村办公室 of 慈溪市观海卫镇人民政府: a town's office whose kind the town's words do not list,
 * beside the town's government (or another office the list knows) written with the same city and town — the
 * town, as the government's own name gives it. Null when no such name is beside it.
 */
function townOfUnitsCity(text: string, others: string[]): string | null {
  const bare = text.replace(CODE_PREFIX, "");
  for (const other of others) {
    if (!other || other === text) continue;
    const town = LEADING_TOWN.exec(other.replace(CODE_PREFIX, ""));
    if (town && bare.startsWith(town[0]) && !GENERIC_TOWN.test(town[1]) && acceptable(town[1]))
      return town[1];
  }
  return null;
}

/**
 * 苏州市公安局姑苏分局, 宁波市生态环境局北仑分局, 呼和浩特市生态环境局土默特左旗分局, 大理州…宾川分局: a city's
 * (or a prefecture's) bureau's branch named after the place it serves. A name that ends in 县, 旗, 区 or
 * 市 is kept; a city's 公安局 and the like have branches in its districts only (姑苏 → 姑苏区), but the
 * bureaus run from the prefecture (生态环境, 自然资源) have them in counties and 县级市 too, and there the
 * bare name is given (耒阳, not an invented 耒阳区).
 */
const CITY_BRANCH =
  /^(?:[\u4e00-\u9fa5]{1,7}?省)?[\u4e00-\u9fa5]{2,8}?[市州盟]([\u4e00-\u9fa5]{2,12}?局)([\u4e00-\u9fa5]{2,8}?)分局$/;
/** Branches named for a task or an area that is no district: 交通管理分局, 直属分局, 城东分局, 开发区分局. */
const NOT_DISTRICT_BRANCH =
  /交通|交警|治安|刑侦|经侦|网安|直属|水上|机场|铁路|森林|港|高速|开发|园区|保税|景区|风景|稽查|征收|监察|执法|管理|第[一二三四五六七八九十\d]|^城[东西南北中]$|^[东西南北中][部区]?$/;
/** Bureaus run from the prefecture, with branches in its counties and 县级市 as well as its districts. */
const PREFECTURE_RUN = /生态环境|环境保护|自然资源|规划/;

/**
 * 潍坊市住房公积金管理中心寿光分中心, 庆阳市住房公积金管理中心宁县管理部: a city centre's office in a county
 * or 县级市 — the bare name, or the name as written when it ends in 县, 旗, 区 or 市.
 */
const CITY_CENTRE_OFFICE =
  /^(?:[\u4e00-\u9fa5]{1,7}?省)?[\u4e00-\u9fa5]{2,8}?[市州盟][\u4e00-\u9fa5]{2,14}?中心([\u4e00-\u9fa5]{1,8}?)(?:分中心|管理部)$/;

/** 深圳市规划和自然资源局龙岗管理局: a city bureau's office for a district, named by its two characters. */
const CITY_AREA_OFFICE =
  /^(?:[\u4e00-\u9fa5]{1,7}?省)?[\u4e00-\u9fa5]{2,8}?[市州盟]([\u4e00-\u9fa5]{2,12}?局)([\u4e00-\u9fa5]{2})管理局$/;

function branchDistrict(unit0: string): string | null {
  const unit = unit0.trim();
  const centre = CITY_CENTRE_OFFICE.exec(unit);
  if (centre) {
    // (宁县管理部: a county of one character, written whole.)
    const place = branchPlace(centre[1], true);
    if (place) return place.name;
  }
  const office = CITY_AREA_OFFICE.exec(unit);
  if (office && !NOT_DISTRICT_BRANCH.test(office[2]) && acceptable(office[2] + "县")) return office[2];
  const m = CITY_BRANCH.exec(unit);
  const place = m ? branchPlace(m[2], false) : null;
  if (!m || !place) return null;
  return place.written ? place.name : PREFECTURE_RUN.test(m[1]) ? place.name : `${place.name}区`;
}

/**
 * The place a branch is named after, and whether its 县, 旗, 区 or 市 is written; null for a task's or an
 * area's name. (船营区 is a district, though 营区 alone is barracks: the name is checked as a county's
 * would be.) `oneChar`: a written name of one character before its suffix counts (宁县).
 */
function branchPlace(name: string, oneChar: boolean): { name: string; written: boolean } | null {
  if (NOT_DISTRICT_BRANCH.test(name)) return null;
  const written = /(?:县|旗|区|市)$/.test(name);
  const base = written ? name.slice(0, -1) : name;
  if (base.length < (written && oneChar ? 1 : 2) || !acceptable(base + "县")) return null;
  return { name, written };
}
