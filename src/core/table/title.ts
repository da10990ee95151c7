/**
 * A table's title: the year it names (（2024年度）, 2024年提前下达2025年…), for dates written without one;
 * the fund and the place it names (…补贴资金区域绩效目标表（汉寿县）), for a block of a stack.
 */
import { halfWidthDigits, trimSpaces } from "../text/chars";
import { districtOf, leadingCity, leadingDistrict, leadingNonCityPrefecture } from "./district";
import { contextRow } from "./formLines";
import { BODY_END, namesOrganisation, soleCell } from "./rowKinds";

const TITLE_YEAR = /(?:^|[^\d])((?:19|20)\d\d)\s*年/;

/** The year named in the rows above a header (its title, （2024年度）), the nearest first; or null. */
export function titleYear(texts: string[][], headerRow: number, from: number): number | null {
  // A form's title stands above its lines (项目名称, 资金, 目标 …), which may fill twenty rows.
  for (let r = headerRow - 1; r >= from && r >= headerRow - 30; r--) {
    // A form's line (项目名称 | 2022年度农村公路建设) names a project, not the table's year.
    if (contextRow(texts[r], true)) continue;
    for (const cell of texts[r]) {
      const t = cell && halfWidthDigits(cell);
      if (!t || t.length > 60 || !TITLE_YEAR.test(t) || !/年度|表|预算|绩效/.test(t)) continue;
      return yearOfTitle(t);
    }
  }
  return null;
}

/**
 * The budget year a title names: its one year; of several, the one said to be 年度 or the last
 * (2024年提前下达2025年…); none for a span (2023-2025年), which names no single year.
 */
function yearOfTitle(t: string): number | null {
  if (/(?:19|20)\d\d\s*(?:年)?\s*[-—–~～至到]\s*(?:19|20)\d\d/.test(t)) return null;
  const years = [...t.matchAll(/((?:19|20)\d\d)\s*年(度)?/g)];
  if (years.length === 0) return null;
  const said = years.filter((m) => m[2]);
  return Number((said.length === 1 ? said[0] : years[years.length - 1])[1]);
}

/**
 * A title alone in its row: 项目支出绩效目标表, …区域绩效目标表（汉寿县）, 项目支出绩效自评表; and a summary's
 * with no 表, its note maybe after it (…补短板项目绩效目标汇总（各县市区报送）).
 */
const TITLE =
  /绩效(?:目标|指标|自评|评价)[^，。,;；:：]{0,10}表|绩效(?:目标|指标)(?:申报)?汇总\s*(?:[(（][^()（）]{1,12}[)）])?$/;
/**
 * A project library's title, its place and year before (潜江市2024年度巩固拓展脱贫攻坚成果和乡村振兴项目库): the
 * title of a table of projects and their indicators, as 绩效目标表 titles one.
 */
const LIBRARY_TITLE =
  /^(?![一二三四五六七八九十\d]+[、.．]|[(（]|附件)[^，。,;；:：\s]{0,30}?(?:19|20)\d\d\s*年度?[^，。,;；:：]{0,30}项目库$/;
/**
 * How a title names the targets it is of, when no 表 closes it: 绩效目标, 绩效指标, and the two together
 * (绩效目标及评价指标, 绩效目标及指标, 绩效目标和绩效指标).
 */
const GOALS_NAMED = String.raw`绩效(?:目标|指标)(?:[及和与](?:评价|绩效)?指标)?`;
/**
 * A place's title with its year and no 表 (临沧市临翔区博尚镇2024年镇级项目支出绩效目标, as towns title their
 * tables; 吴忠市利通区2024年部门项目绩效目标公开, as a county publishes them): read as the same title with 表 when it names a district.
 */
const PLACE_YEAR_TITLE = new RegExp(
  String.raw`^(?![一二三四五六七八九十\d]+[、.．]|[(（]|附件)[^，。,;；:：\s]{2,30}?(?:19|20)\d\d\s*年度?[^，。,;；:：]{0,12}${GOALS_NAMED}(?:情况|公开|公示|说明|申报|[(（]申报[)）])?$`,
);
/** How a place's title with no 表 ends (…绩效目标, …绩效目标公开, …绩效目标（申报）): one look before PLACE_YEAR_TITLE. */
const PLACE_YEAR_END = /(?:标|况|开|示|明|报|[)）])$/;
/**
 * A section's title naming its project, with no 表 (鄞州区婴幼儿照护服务补助项目项目绩效目标, as 宁波
 * publishes them) — not a numbered document heading (二、项目绩效目标, （二）资金绩效目标).
 */
const SECTION_TITLE = new RegExp(
  String.raw`^(?![一二三四五六七八九十\d]+[、.．]|[(（][一二三四五六七八九十\d]+[)）])[^，。,;；:：]{4,40}?(?:资金|项目|经费|专项|补助|补贴|奖补|工程)\s*${GOALS_NAMED}(?:情况|设定|说明)?(?:[(（][^()（）]{1,10}[)）])?$`,
);
/** A numbered heading of a document's section on targets: 四、重点项目绩效目标, 附件2：部门整体绩效目标. */
const NUMBERED_HEADING =
  /^(?:[一二三四五六七八九十\d]+\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]+\s*[)）]|附件\s*\d*\s*[:：]?)[^，。,;；]{0,30}绩效(?:目标|指标)(?:情况)?$/;

/**
 * A project's application named in its title (塔城市2025年城乡居民基本医疗保险补助资金项目申报书): the place
 * and year, the project, then (项目)申报书 — not a numbered chapter's heading.
 */
const APPLICATION_TITLE =
  /^(?![一二三四五六七八九十\d]+[、.．]|[(（]|附件)[^，。,;；:：\s]{0,20}?(?:19|20)\d\d\s*年度?((?:(?!绩效)[^，。,;；:：\s]){4,40}?)(?:项目)?申报书$/;

/** What names no project in a section's title: 某区2024年度财政专项资金, 重点项目, 附件2：… */
const SECTION_GENERIC =
  /^(?:[\u4e00-\u9fa5]{1,8}?[省市县区])?(?:本级|财政|重点|部门|专项|预算|年度|整体|政策|重大政策和)*(?:项目|资金|经费|专项)$/;
/** A title's second line: （2024年度）. */
const YEAR_LINE = /^[(（]?\s*(?:19|20)\d\d\s*年度?\s*[)）]?$/;
/**
 * 填报单位（盖章）：长沙县春华镇人民政府, 编制单位(盖章):…, 编报单位：…, 单位：延安市宝塔区林业局 — the unit filling in
 * the form, on a line of its own.
 */
const FILER =
  /^(?:(?:填[报表]|编[制报])单位|单位(?=\s*[:：]\s*[^\s:：]{4}))\s*(?:[(（][^()（）]*[)）])?\s*[:：]\s*(.*)$/;
/** Where a title's name of what it covers ends: …资金|区域绩效目标表, …项目|支出绩效目标申报表. */
const TITLE_TAIL = /(?:区域)?(?:支出)?绩效(?:目标|指标|自评|评价)/;
/** A table splitting a fund among places: 百色市2024年农村义务教育学生营养改善计划绩效目标分解表. */
const ALLOCATION = /绩效(?:目标|指标)分解表/;
/** A fund's or a project's name ends so: …补贴资金, …推广项目, …管理经费, 农业相关转移支付. */
const FUND_END = /(?:资金|项目|经费|专项|补助|补贴|奖补|工程|转移支付)$/;
/**
 * A programme named as a plan (学生营养改善计划, 雨露计划, 三支一扶计划): two or more words of its own before 计划,
 * not a plan of spending in general (项目支出计划, 年度工作计划, 部门预算计划).
 */
const PROGRAM_PLAN =
  /[\u4e00-\u9fa5]{2}(?<!支出|预算|工作|实施|年度|建设|资金|项目|投资|采购|用款|绩效|发展|部门|单位|财政)计划$/;
/** A place's plan, naming no programme: 重庆市计划, 某县本级计划. */
const PLACE_PLAN = /^(?:[\u4e00-\u9fa5]{1,8}?[省市县区])?(?:本级|市级|县级|区级)?计划$/;
/** 计划, 实施计划, 年度计划 after a fund's or a project's name (…专项资金项目计划): the plan, not the name. */
const PLAN_AFTER_FUND = /(?<=资金|项目|经费|专项|工程)(?:年度|实施|建设|资金)?计划$/;
/** What names no project: 2024年部门项目, 东莞市财政项目, 某县2024年县级部门预算项目, 德江县2025年乡镇项目 (its towns'). */
const GENERIC =
  /^(?:[\u4e00-\u9fa5]{1,8}?[省市县区旗])?(?:(?:省|市|县|区|镇|乡)级|市直|县直|区直|乡镇|街道|镇街|街镇|苏木镇?|苏木乡镇|乡镇街道)?(?:财政)?(?:部门)?(?:预算)?(?:项目)?$/;
/** What names no programme: 中央对地方转移支付, 省对市县转移支付, 中央财政转移支付 (the template's own words). */
const GENERIC_TRANSFER =
  /^(?:[\u4e00-\u9fa5]{1,8}?[省市县区])?(?:中央|省级?|市级?|县级?|区级?)?(?:财政)?(?:对(?:地方|下级?|市县区?|县区|市|县))?(?:财政)?转移支付$/;
/**
 * A town named alone, its county left unsaid (松柏镇2024年镇级项目…): two to four characters and 镇, 乡 or 街道 —
 * not 城镇, 集镇, 小镇, 重点镇, nor 城乡, 乡镇.
 */
const TOWN_ALONE = String.raw`[\u4e00-\u9fa5]{2,4}?(?:(?<![城集小点乡])镇|(?<![城镇])乡|街道)`;
/**
 * A unit's name, then (its years removed) only 部门/预算/项目/支出 words: 某县农业农村局2024年部门项目,
 * 东兴市民政局2025年部门整体支出 (a 部门整体 table's, 单位整体 or 整体 alone too),
 * 钦州市残疾人联合会2024年项目 (a people's organisation, a 供销社, a 气象台: BODY_END); also a town written
 * after its county (江口县太平镇2024年项目: the town's government).
 */
const UNIT_TITLE = new RegExp(
  `^([\\u4e00-\\u9fa5（）()]{3,30}?(?:局|委员会|人民政府|政府|中心|办公室|办事处|院|所|站|馆|学校|医院|厅|委|${BODY_END})|[\\u4e00-\\u9fa5]{1,8}?[县市区旗](?![各全])[\\u4e00-\\u9fa5]{1,6}?(?:(?<!乡)镇|(?<![城镇])乡|街道)|${TOWN_ALONE})(?:本级)?(?:(?:镇|乡|村|街道)级)?(?:地方)?(?:财政)?(?:部门)?(?:单位)?(?:整体)?(?:预算)?(?:重点)?(?:项目)?(?:支出)?$`,
);
/** A county and the kinds of its towns alone (越秀区街道, 科尔沁区苏木镇, 某县镇街): its towns, no town's name. */
const TOWN_KINDS_OF_COUNTY =
  /^[\u4e00-\u9fa5]{1,8}?[县市区旗](?:街道|镇街|街镇|镇|乡|苏木|苏木镇|苏木乡镇|乡镇街道)$/;
/**
 * 乐清市柳市镇, 桐乡市新市镇: a town whose own name ends in 市, after its county — one character between the two 市 is no
 * county's name (a county-level city's has two at least), so the town is named, not the county's towns.
 */
const TOWN_NAMED_MARKET = /[县市区旗][\u4e00-\u9fa5]市(?:镇|乡|街道)$/;
/**
 * A body's name and a year right after it, at the start of a title's name (襄阳市襄州区教育局2024年…专项资金):
 * the unit, in the first group.
 */
const UNIT_BEFORE_YEAR = new RegExp(
  `^([\\u4e00-\\u9fa5]{3,30}?(?:局|委员会|人民政府|办公室|办事处|中心|学校|医院|厅|${BODY_END}))(?=(?:19|20)\\d\\d\\s*年)`,
);
/**
 * A body's name opening a title's name, right before the project's, with or without a space between
 * (常德市生态环境局大气污染防治专项, 常德市生态环境局 大气污染防治专项): the unit, in the first group (checked by
 * unitOpening).
 */
const UNIT_OPENING = new RegExp(
  `^([\\u4e00-\\u9fa5]{3,30}?(?:局|委员会|人民政府|办公室|办事处|中心|厅|${BODY_END}))\\s*(?=[\\u4e00-\\u9fa5\\d])`,
);
/** A province or an autonomous region opening a unit's name (湖南省生态环境厅). */
const PROVINCE_FIRST = /^[\u4e00-\u9fa5]{2,7}?(?:省|自治区)/;
/** What a project's name is not, once its fund's word is set aside: work in general (建设项目, 改造工程). */
const WORK_ONLY = /^(?:建设|改造|新建|扩建|维修|修缮|运行|运维|维护|提升|购置|工作|专项|重点|本级|部门)*$/;

/**
 * The unit opening a title's name and the project after it (常德市生态环境局 | 大气污染防治专项): a body named
 * after its place (a district, a city, a prefecture or a province first, then at least three characters of
 * its own: not 常德市中心 of 常德市中心城区改造项目), before a project of its own words, its year maybe first
 * (not 建设项目 alone: 某县人民医院建设项目 is the hospital's building, 某县融媒体中心建设项目 the centre's). Null
 * when the name opens otherwise.
 */
function unitOpening(named: string): { unit: string; project: string } | null {
  const m = UNIT_OPENING.exec(named);
  if (!m) return null;
  const unit = m[1];
  // Where the place ends: the furthest of those written first (襄阳市襄州区 → after 襄州区).
  let placeEnd = PROVINCE_FIRST.exec(unit)?.[0].length ?? 0;
  for (const place of [leadingDistrict(unit), leadingCity(unit), leadingNonCityPrefecture(unit)]) {
    const at = place ? unit.indexOf(place) : -1;
    if (at >= 0) placeEnd = Math.max(placeEnd, at + (place as string).length);
  }
  if (placeEnd === 0 || unit.length - placeEnd < 3) return null;
  const project = trimSpaces(named.slice(m[0].length));
  const own = project.replace(YEARS, "").replace(FUND_END, "");
  if (own.length < 2 || WORK_ONLY.test(own) || GENERIC.test(project.replace(YEARS, ""))) return null;
  return { unit, project };
}

/** An office of government's name ends so (局, 委员会, 人民政府, 办公室, 厅): never a project's. */
const OFFICE_END = /(?:局|委员会|人民政府|办公室|办事处|厅)$/;

/** Whether a unit's name opens with a place (秦皇岛市…局), not a word of its own (教育局 alone). */
function districtOrCityIn(unit: string): boolean {
  return districtOf(unit) !== null || leadingCity(unit) !== null || PROVINCE_FIRST.test(unit);
}

/** A year right at the start: 2024年项目 after a unit's name. */
const YEAR_AFTER = /^\s*(?:19|20)\d\d\s*年/;
const YEARS = /(?:19|20)\d\d\s*(?:年度?)?(?:\s*[-—–~～至]\s*(?:19|20)\d\d\s*年度?)?/g;

/** The term of a mid-term table closing a title's name: …运行管护中期, …项目实施期. */
const MID_TERM = /(?:中期|实施期)$/;
/** What names no project before 中期: 部门整体, 财政规划, 预算 (a department's mid-term plan). */
const MID_TERM_GENERIC = /(?:整体|规划|预算|财政)$/;

/** A bracket closing a title's name: a sub-item of the fund (（高标准农田建设）, （以工代赈）), or a place. */
const CLOSING_BRACKET = /[(（]([^()（）]{1,20})[)）]$/;
/** A bracket that is no sub-item of the fund: a split (（分县区）, （各区汇总）) or a year. */
const NOT_SUB_ITEM = /^\s*(?:分|各|汇总|全|合计|(?:19|20)\d\d)/;
/** What a 区域绩效目标表's title names that is no programme: 中央财政, 梅州市, 省级部门预算. */
const REGION_GENERIC =
  /^(?:[\u4e00-\u9fa5]{1,8}?[省市县区])?(?:中央|省级|省|市级|市|县级|县|区级)?(?:财政|部门|预算)*$/;

/**
 * The fund or project a title's name (what stands before its 绩效目标表) names, or "": a name ending as a
 * fund's does (…补贴资金, …项目), a sub-item of it in brackets after (…利用资金（高标准农田建设）), and
 * before 区域绩效目标表 the programme whatever its ending (2025年高标准农田建设区域绩效目标分解表).
 */
function titleProject(named: string, regional: boolean): string {
  // …运行管护中期绩效目标表（2024-2026年）: one project's mid-term table, whatever its name's ending.
  const midTerm = MID_TERM.exec(named);
  if (midTerm) {
    const base = trimSpaces(named.slice(0, midTerm.index));
    const bare = base.replace(YEARS, "");
    const generic =
      bare.length < 4 ||
      GENERIC.test(bare) ||
      SECTION_GENERIC.test(bare) ||
      MID_TERM_GENERIC.test(bare) ||
      UNIT_TITLE.test(bare);
    return generic ? "" : base;
  }
  const bracket = CLOSING_BRACKET.exec(named);
  // （梅县区）, （分县区）, （2025年） after the name: the place, the split or the year, not the project's.
  const aside = bracket && (NOT_SUB_ITEM.test(bracket[1]) || districtOf(bracket[1]) !== null);
  const base = bracket ? trimSpaces(named.slice(0, bracket.index)) : named;
  const bare = base.replace(YEARS, "");
  if (!bare || GENERIC.test(bare) || GENERIC_TRANSFER.test(bare)) return "";
  // (重庆市2025年学生营养改善计划: the plan is the programme; a place and its year alone before 计划 name none.)
  const plan = PROGRAM_PLAN.test(bare) && !PLACE_PLAN.test(bare);
  if (!FUND_END.test(base) && !plan && !(regional && bare.length >= 4 && !REGION_GENERIC.test(bare)))
    return "";
  return aside ? base : named;
}

export interface TitleLine {
  /** The fund or project the title names (2025年困难残疾人两项补贴资金), or "". */
  project: string;
  /**
   * The district the line names (（汉寿县）, 长沙县春华镇人民政府); null for a title that names none (the
   * block's own, replacing the one before); undefined for a line that says nothing of it.
   */
  district?: string | null;
  /**
   * The title's words without a continuation mark (…绩效目标表（续）): the same key on a later line is the
   * title repeated at a page break. Absent for a year's or a filer's line.
   */
  key?: string;
  /** A document's heading over the next section (四、重点项目绩效目标): what follows is another project. */
  heading?: true;
  /** The unit filling in the form (填报单位：长沙县春华镇人民政府), the projects' budget unit. */
  unit?: string;
  /**
   * The city a title naming no district starts with (廉江市2024年…): a 县级市, or the prefecture's own
   * table — the title alone cannot tell; the comparison weighs it against the blocks and sheets beside it.
   */
  city?: string;
  /** 项目一：… — a block's project named on its own line, no title of the table's. */
  sub?: true;
}

/** 项目一：老旧小区微改造, 子项目2：垃圾分类提升 — a line naming the project of the block under it. */
const SUB_PROJECT_LINE =
  /^子?项目\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[:：]\s*([^\d:：，。,;；]{2,30}?)[\s。.;；]*$/;

/** （天津市武清区2024年高标准农田建设项目）: a title's second line, in brackets, naming what it covers. */
const BRACKET_LINE = /^[(（]([^()（）]{2,60})[)）]$/;

/**
 * The line under a title, alone in its row and wholly in brackets (（天津市武清区2024年高标准农田建设项目）):
 * part of the title, with the district it names (null when none). Null when the row is something else.
 */
export function subtitleLine(row: string[]): { district: string | null } | null {
  const first = soleCell(row);
  if (first < 0) return null;
  const m = BRACKET_LINE.exec(trimSpaces(row[first]));
  return m ? { district: districtOf(m[1]) } : null;
}

/** A place's name alone (某某镇, 某街道): no unit's, though a town's government may be. */
const PLACE_END = /(?:镇|乡|街道)$/;

/**
 * 克孜勒苏柯尔克孜自治州水利局 alone in its row: an organisation's name with nothing else on the row (no place's
 * alone, no digit), which names the unit of the form or table under it (readGrid decides). Null otherwise.
 */
export function unitLine(row: string[]): string | null {
  const first = soleCell(row);
  if (first < 0) return null;
  const t = trimSpaces(row[first]);
  // Most rows are longer, or shorter: one look at the length first.
  if (t.length < 4 || t.length > 30 || /[\d\s]/.test(t)) return null;
  return namesOrganisation(t) && !PLACE_END.test(t) ? t : null;
}

/** A place's line's number and closing colon (一、秦都区, （二）兴平市：), set aside. */
const PLACE_NUMBER =
  /^(?:[一二三四五六七八九十\d]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）])\s*/;
const PLACE_COLON = /\s*[:：]$/;

/**
 * 秦都区, 兴平市, 咸阳市彬州市 alone in its row, maybe numbered (一、秦都区): a line naming only a district — the
 * district, or null when the row is something else. (Over a header, a block's own title: see readGrid.)
 */
export function placeLine(row: string[]): string | null {
  const first = soleCell(row);
  if (first < 0) return null;
  const t = trimSpaces(row[first]);
  // Most lines are longer, or end otherwise: one look at the length and the last character.
  if (t.length < 2 || t.length > 24) return null;
  const last = t.charAt(t.length - 1);
  if (!"区县市旗:：".includes(last)) return null;
  const bare = t.replace(PLACE_NUMBER, "").replace(PLACE_COLON, "");
  const district = districtOf(bare);
  return district !== null && bare.endsWith(district) && !/\s/.test(bare) ? district : null;
}

/** A heading's line: it names no project and no district, and ends the project above it. */
function headingLine(t: string): TitleLine {
  return { project: "", key: t.replace(/\s+/g, ""), heading: true };
}

/** （分县区）, （各区汇总）, （全市）: a note on how the table is split or summed, not a district. */
const SPLIT_NOTE = /[(（]\s*(?:分|各|汇总|全|合计)[^()（）]*[)）]/g;

/** （续）, (续表), 续上表 closing a title repeated on the next page. */
const CONTINUED = /\s*[(（]?\s*续(?:上)?表?\s*[)）]?$/;

/** A filer's line's value up to where the next label starts (填报单位：某局    填报日期：2025年3月12日). */
const fieldBefore = (value: string): string =>
  trimSpaces(value.split(/\s{2,}|填[报表]日期|联系人|联系电话/)[0]);

/**
 * A line of a form's title, alone in its row — the title, its year, the unit filling it in — with what
 * it says of the project; null when the row is something else.
 */
export function titleLine(row: string[]): TitleLine | null {
  const first = soleCell(row);
  if (first < 0) return null;
  // …住房和城乡建设局２０２４年项目绩效目标表: the year typed full-width reads as 2024.
  const t = halfWidthDigits(trimSpaces(row[first]));
  if (YEAR_LINE.test(t)) return { project: "" };
  // 项目一：老旧小区微改造 alone in its row: the project of the block under it (each its own header or rows).
  if (t.charCodeAt(0) === 0x9879 || t.charCodeAt(0) === 0x5b50) {
    const sub = SUB_PROJECT_LINE.exec(t);
    if (sub) return { project: sub[1], sub: true };
  }
  const filer = FILER.exec(t);
  // 填报单位：某局    填报日期：2025年3月12日 — the unit ends where the next label starts.
  const filed = filer ? fieldBefore(filer[1]) : "";
  // 单位：延安市宝塔区林业局 names the unit; 单位：人民币万元 is the money's unit, no line of the filer's.
  // 填报单位：（盖章） names no unit; a unit that names no district leaves the title's.
  if (filer && !(t.startsWith("单位") && !namesOrganisation(filed))) {
    const unit = /盖章|公章/.test(filed) ? "" : filed;
    return { project: "", district: (unit && districtOf(unit)) || undefined, ...(unit ? { unit } : {}) };
  }
  if (t.length > 60) return null;
  const application = APPLICATION_TITLE.exec(t);
  const applied = application ? applicationLine(t, application[1]) : null;
  if (applied) return applied;
  const placeYear = PLACE_YEAR_END.test(t) && PLACE_YEAR_TITLE.test(t);
  const titled =
    TITLE.test(t) || (placeYear && districtOf(t) !== null) || (t.endsWith("项目库") && LIBRARY_TITLE.test(t));
  const section = !titled && SECTION_TITLE.test(t);
  // 儋州市卫生健康委员会2024年项目支出绩效目标 (no 表, no district): a title only when a unit's name, its year
  // right after it, names whose projects these are (below).
  const unitOnly = placeYear && !titled && !section;
  // 四、重点项目绩效目标, 附件2：部门整体绩效目标: a document's numbered heading over the next section. It
  // names no project, but what follows it is no longer the project above.
  if (!section && !titled && !unitOnly) return NUMBERED_HEADING.test(t) ? headingLine(t) : null;
  // 鄞州区…补助项目项目绩效目标: a name that ends in 项目 before the template's own 项目绩效目标.
  // …城市管理专项资金项目计划绩效目标表: the plan of a fund's project names the project (its 计划 no part of it).
  const named = trimSpaces(t.slice(0, TITLE_TAIL.exec(t)?.index ?? 0))
    .replace(/项目项目$/, "项目")
    .replace(PLAN_AFTER_FUND, "");
  // 福州市长乐区城市管理局2025年项目支出绩效目标表: the unit whose projects these are, not a project.
  // (越秀区2025年街道项目…, 科尔沁区2025年苏木镇项目…: the county's towns' projects, no town's government.)
  const unitMatch = UNIT_TITLE.exec(named.replace(YEARS, "").trim());
  const unit =
    unitMatch && (!TOWN_KINDS_OF_COUNTY.test(unitMatch[1]) || TOWN_NAMED_MARKET.test(unitMatch[1]))
      ? unitMatch
      : null;
  // 思茅区文化和旅游局2024年项目绩效目标, 周口市民政局2024年项目支出绩效目标 (no 表): a unit, its year right
  // after it, then 项目 — the unit's projects (not 养老服务中心项目, a project).
  const unitYear =
    !!unit &&
    (section || unitOnly) &&
    named.startsWith(unit[1]) &&
    YEAR_AFTER.test(named.slice(unit[1].length));
  // 秦皇岛市文化广电和旅游局项目绩效目标 (no year, no 表): an office of government and its 项目 alone — no
  // project's name (养老服务中心项目 may be one; a 局's 项目 is its projects).
  const officeOnly =
    !!unit && section && named.startsWith(unit[1]) && OFFICE_END.test(unit[1]) && districtOrCityIn(unit[1]);
  if (unit && (titled || unitYear || officeOnly))
    return {
      project: "",
      district: districtOf(t),
      key: t.replace(/\s+/g, "").replace(CONTINUED, ""),
      unit: unit[1],
    };
  if (unitOnly) return NUMBERED_HEADING.test(t) ? headingLine(t) : null;
  // …区域绩效目标表, …绩效目标分解表 (a fund split among places): the programme whatever its name's ending.
  const regional = (TITLE_TAIL.exec(t)?.[0].startsWith("区域") ?? false) || ALLOCATION.test(t);
  const project = titleProject(named, regional);
  // A section's title is a title only when it names a project.
  if (section && (!project || SECTION_GENERIC.test(project.replace(YEARS, "")))) return headingLine(t);
  const district = districtOf(t.replace(SPLIT_NOTE, ""));
  const city = district === null ? leadingCity(t) : null;
  // 襄阳市襄州区教育局2024年学前教育发展专项资金: the unit carrying it out, then the year and the fund.
  const lead = project && district !== null ? UNIT_BEFORE_YEAR.exec(project) : null;
  if (lead && districtOf(lead[1]) !== null)
    return {
      project: project.slice(lead[1].length),
      district,
      key: t.replace(/\s+/g, "").replace(CONTINUED, ""),
      unit: lead[1],
    };
  // 常德市生态环境局 大气污染防治专项 绩效目标: the unit carrying it out, then the project.
  const opening = project ? unitOpening(project) : null;
  if (opening)
    return {
      project: opening.project,
      district,
      key: t.replace(/\s+/g, "").replace(CONTINUED, ""),
      unit: opening.unit,
      ...(city ? { city } : {}),
    };
  return {
    project,
    district,
    key: t.replace(/\s+/g, "").replace(CONTINUED, ""),
    ...(city ? { city } : {}),
  };
}

/**
 * 塔城市2025年城乡居民基本医疗保险补助资金项目申报书: the project the application names, without its place,
 * year and 项目申报书 (城乡居民基本医疗保险补助资金); null when that names none (2025年部门项目申报书: the
 * line is read as any other).
 */
function applicationLine(t: string, named: string): TitleLine | null {
  // (…建设项目申报书: the name that ends in 项目 keeps it.)
  const written = trimSpaces(named);
  const name = FUND_END.test(written) || !/项目申报书$/.test(t) ? written : `${written}项目`;
  const bare = name.replace(YEARS, "");
  if (!FUND_END.test(name) || GENERIC.test(bare) || SECTION_GENERIC.test(bare) || GENERIC_TRANSFER.test(bare))
    return null;
  const project = name;
  const district = districtOf(t);
  const city = district === null ? leadingCity(t) : null;
  return { project, district, key: t.replace(/\s+/g, ""), ...(city ? { city } : {}) };
}
