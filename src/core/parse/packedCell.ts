/** The items of one packed cell (layouts a, c, d): headings carry their categories down the cell. */
import { type IndicatorRecord, type Level1, type Level2, type ProjectInfo } from "../record";
import { categoryOfLabel, costAmongOutputs, level1OfLevel2, namesOtherBlock } from "../text/categories";
import { isPageMark, joinBrokenLines, writtenSpan } from "../text/brokenLines";
import { canon, trimSpaces, withLineBreaks } from "../text/chars";
import { parseItem, type ItemParts } from "../text/item";
import { trailingCategoryTag } from "../text/item/labels";
import { bracketAsTarget } from "../text/item/names";
import { pastBullet } from "../text/item/scan";
import {
  headingCategoryAt,
  isCnNumeral,
  levelLabelEnd,
  segmentCell,
  type NumberingToken,
  type Segment,
} from "../text/segment";
import { Builder, type RecordParts } from "./builder";
import { QUALITATIVE_TAIL, slashSeparatesItems } from "../text/sentences";
import { breakSpacedLevels } from "../text/spacedLevels";
import { codeSet } from "../text/charClass";

/** 绩效指标, 年度指标, 部门整体绩效目标: a label for the whole cell, written alone before its items. */
const CELL_LABEL_ALONE = /^\s*(?:部门整体(?:支出)?|整体)?(?:年度)?(?:绩效)?(?:指标|目标)\s*$/;

/** 指标：, 绩效指标：, 年度指标： opening a line or a sentence (canonical text): the indicators' label. */
const INDICATORS_LABEL_AT = /(?:^|[\n。;])\s*(?:项目|年度)?(?:绩效)?指标\s*:/g;
/** 目标：, 绩效目标： opening a goal (canonical text). */
const GOAL_LABEL_START = /^\s*(?:项目|年度)?(?:绩效)?目标\s*[:：]\s*/;

/**
 * Where the indicators' label after a goal's first sentence (from `from`) starts — when no category's label
 * comes before it (the goal's sentences run up to it) — or -1.
 */
function indicatorsLabelAfter(ctext: string, from: number): number {
  INDICATORS_LABEL_AT.lastIndex = from;
  const m = INDICATORS_LABEL_AT.exec(ctext);
  if (!m) return -1;
  // (The label itself, its line break or sentence mark and blanks before it aside.)
  let at = m.index;
  while (at < ctext.length && !isLabelStart(ctext.charCodeAt(at))) at++;
  return CATEGORY_LABEL.test(ctext.slice(from, at)) ? -1 : at;
}
/** 指, 绩, 项, 年: the first character of the indicators' label. */
const isLabelStart = (c: number): boolean => c === 0x6307 || c === 0x7ee9 || c === 0x9879 || c === 0x5e74;

/** "绩效指标：" in a cell: its indicators are labelled apart from its goal. */
const INDICATORS_LABEL = /绩效指标\s*:/;

/** 产出指标：, 【效益指标】, 数量指标- (canonical text): the first category label further on in a cell. */
const CATEGORY_LABEL =
  /(产出|效益|效果|满意度|成本|数量|质量|时效|社会效益|经济效益|生态效益|可持续影响|经济成本|社会成本|生态环境成本|服务对象满意度)指标\s*[:】\]-]/;
/** The first label of the cell's rest names an 一级 (产出指标：…): what stands before it is outside the indicators. */
function level1LabelLater(rest: string): boolean {
  const m = CATEGORY_LABEL.exec(rest);
  return m !== null && /^(?:产出|效益|效果|满意度|成本)$/.test(m[1]);
}
/** A category's label (数量指标：, 产出指标：) further on in the cell, after `from`. */
function categoryLabelLater(ctext: string, from: number): boolean {
  const at = ctext.indexOf("指标", from);
  return at >= 0 && CATEGORY_LABEL.test(ctext.slice(Math.max(from, at - 8)));
}
/** What a category's line holds when it has no indicator: 无, 暂无, 不涉及, 无此项, /. */
const NONE_WORD = /^(?:无|暂无|不涉及|无此项|[/／—–-]+)[\s。.;；,，]*$/;
/** An item that is only a none-word (经济效益指标：无；), in its name or, with no name, its target. */
function writesNone(item: ItemParts): boolean {
  const name = item.name.trim();
  return (NONE_WORD.test(name) && !item.target.trim()) || (!name && NONE_WORD.test(item.target));
}
/** A goal sentence's closing marks. */
const GOAL_END = /[\s。.;；,，]+$/;
const hasDigit = (t: string): boolean => /\d/.test(t);
/** A sentence's full stop closing a segment (项目实施后，完成衔接资金项目入库、实施监管。). */
const SENTENCE_END = /。\s*$/;

/** 项目一：社区养老服务站运营补助 (canonical text): a sub-project's line, and its words. */
const SUB_PROJECT = /^\s*子?项目\s*[一二三四五六七八九十\d]+\s*:\s*(.*?)[\s.;。]*$/;

/** Whether the segment after a 项目N： line is what stands under a sub-project: a heading, or 指标1：…. */
function subProjectAbove(next: Segment | undefined, ctext: string): boolean {
  if (!next) return false;
  if (next.kind === "heading") return true;
  if (/^\s*指标\s*[\d一二三四五六七八九十]+\s*[:.、]/.test(ctext.slice(next.start, next.end))) return true;
  // "1、产出指标：养护里程120公里": an item opening with a category's label.
  const t = ctext.slice(next.numbering ? next.numbering.end : next.start, next.end);
  const colon = t.indexOf(":");
  return colon > 0 && colon <= 16 && categoryOfLabel(t.slice(0, colon).trim()) !== null;
}

/** Whether a 项目N： line after segment k starts a sub-project of its own (项目一：… then 项目二：…). */
function anotherSubProject(segments: Segment[], k: number, ctext: string): boolean {
  for (let j = k + 1; j < segments.length; j++) {
    const sub = SUB_PROJECT.exec(ctext.slice(segments[j].start, segments[j].end));
    if (sub && !/\d/.test(sub[1]) && subProjectAbove(segments[j + 1], ctext)) return true;
  }
  return false;
}

/**
 * 设3条数量指标: before a category label: how many indicators follow, not part of them; and the other order,
 * (本项目)设数量指标2条: — 设 before the label and the count after it (the label stays, group 1).
 */
const ANNOUNCEMENT =
  /(?:本项目|本年度|今年)?设\s*\d+\s*条(?=\s*[\u4e00-\u9fa5]{1,14}指标\s*:)|(?:本项目|本年度|今年)?设\s*([\u4e00-\u9fa5]{1,14}?指标)\s*[\d一二两三四五六七八九十]+\s*条(?=\s*:)/g;

/**
 * A cell's canonical text with each 设N条 announcement blanked (spaces, so offsets into the cell stay
 * the same): 产出指标:设2条数量指标:… and 设3条数量指标:①… read as the labels they announce.
 */
function withoutAnnouncements(c: string): string {
  if (!c.includes("设")) return c;
  return c.replace(ANNOUNCEMENT, (m: string, label: string | undefined, at: number) => {
    if (!label) return " ".repeat(m.length);
    const from = c.indexOf(label, at) - at;
    return " ".repeat(from) + label + " ".repeat(m.length - from - label.length);
  });
}

/** 满意度指标：满意度指标：… (canonical text, 设N条 blanked): the 一级's label, then the same words as its 二级's. */
const SATISFACTION_TWICE = /满意度指标\s*:\s*满意度指标\s*:/;
/**
 * Whether a segment of 满意度指标 announces it as a 二级 (canonical text, before 设N条 was blanked): 满意度指标：
 * 设1条满意度指标：… within it, or 设1条 right before it (the segment then starts at the label).
 */
function announcesSatisfaction(canonical: string, seg: Segment): boolean {
  return (
    SATISFACTION_ANNOUNCED.test(canonical.slice(seg.start, seg.end)) ||
    (ANNOUNCED_BEFORE.test(canonical.slice(Math.max(0, seg.start - 12), seg.start)) &&
      SATISFACTION_ANNOUNCED.test(canonical.slice(canonical.lastIndexOf("设", seg.start), seg.end)))
  );
}
const SATISFACTION_ANNOUNCED =
  /设\s*(?:\d+\s*条\s*满意度指标|满意度指标\s*[\d一二两三四五六七八九十]+\s*条)\s*:/;
/** 设1条 right before the label, or 设 before it and the count after it (设满意度指标1条：). */
const ANNOUNCED_BEFORE = /设\s*(?:\d+\s*条\s*)?$/;
/**
 * 二、效益指标：社会效益指标：… (canonical text, 设N条 blanked): Chinese numerals numbering an 一级's label that
 * another label follows (sticky: tried where the numbering ends).
 */
function numbersLevel1Block(ctext: string, num: NumberingToken): boolean {
  let cn = false;
  for (let i = num.start; i < num.end && !cn; i++) cn = isCnNumeral(ctext.charCodeAt(i));
  if (!cn) return false;
  LEVEL1_THEN_LABEL.lastIndex = num.end;
  return LEVEL1_THEN_LABEL.test(ctext);
}
const LEVEL1_THEN_LABEL = /\s*(?:产出|效益|满意度|成本)指标\s*:\s*[\u4e00-\u9fa5]{2,12}指标\s*:/y;

/** Words that state a qualitative target (明显改善, 显著提升, 合格, 稳定, a bare 是 or 否): not a note such as 省级 or 含临时. */
const STATED_TARGET =
  /提升|提高|改善|增强|明显|显著|稳定|达标|合格|良好|优良|有效|完成|降低|下降|减少|持续|向好|规范|及时|通过|到位|健全|完善|好转|满意|平稳|保障|^\s*[是否]\s*$/;

/** Whether an item with no target closes on a bracket of words stating one: 村容村貌(明显改善). */
function statedInBracket(item: ItemParts): boolean {
  const moved = bracketAsTarget(item);
  return moved !== null && STATED_TARGET.test(moved.target);
}

/** A record's parts with the bracket read as its target. */
function movedParts(parts: RecordParts, moved: ItemParts): RecordParts {
  return { ...parts, name: moved.name, target: moved.target, targetCanon: moved.targetCanon };
}

/** Words that state a target (明显改善, 长效运行), not a note (省级, 含临时). */
export const statesTarget = (words: string) => STATED_TARGET.test(words) || QUALITATIVE_TAIL.test(words);

/** 指标1:, 指标12：, 指标3. opening a line: the template that writes 名称(目标) (指标1:机柜数量(≥77台)). */
const TEMPLATE_NUMBER = /^\s*指标\s*\d{1,2}\s*[:：.．]/;

/** A name that says it is a cost: 每吨清理成本, 单位造价, 补助单价. */
const COST_NAME = /成本|单价|造价/;
const COST_LEVEL2: ReadonlySet<Level2> = new Set<Level2>([
  "成本指标",
  "经济成本指标",
  "社会成本指标",
  "生态环境成本指标",
]);

/** A score on its own, (20分) or （30分）, as a template writes it after a heading. */
const SCORE_ALONE = /^\s*[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*$/;

/** 续表, 续表2, 表1（续）: a PDF's page break inside a cell — the table going on — no indicator. */
const TABLE_GOES_ON = /^\s*(?:续\s*表\s*\d{0,2}|表\s*[\d一二三四五六七八九十]{1,2}\s*[(（]\s*续\s*[)）])\s*$/;
/** 一级指标 二级指标 三级指标 指标值: a table's header row flattened into a cell, a line of header words only. */
const HEADER_WORDS =
  /^\s*(?:(?:一级|二级|三级)指标|指标名称|指标值|指标内容|年度指标值|目标值|计量单位|指标值及单位|分值|权重|备注)(?:\s*[\s|｜]\s*(?:(?:一级|二级|三级)指标|指标名称|指标值|指标内容|年度指标值|目标值|计量单位|指标值及单位|分值|权重|备注))+\s*$/;

/**
 * A line a PDF pasted into the cell that is no indicator: a page's number (— 2 —), 续表, the table's header
 * words flattened (一级指标 二级指标 三级指标 指标值). Checked by its first character before any pattern.
 */
function pageLine(raw: string): boolean {
  let i = 0;
  while (i < raw.length && raw.charCodeAt(i) <= 32) i++;
  const c = raw.charCodeAt(i);
  if (c === 45 || c === 0x2014 || c === 0x7b2c /* 第 */ || c === 0x5171 /* 共 */) return isPageMark(raw);
  if (c === 0x7eed /* 续 */ || c === 0x8868 /* 表 */) return TABLE_GOES_ON.test(raw);
  if (c === 0x4e00 /* 一 */ || c === 0x4e8c /* 二 */ || c === 0x4e09 /* 三 */ || c === 0x6307 /* 指 */)
    return HEADER_WORDS.test(raw);
  return false;
}

/**
 * The categories of what follows a heading (or a category label): a 一级 heading resets the 二级; a
 * 二级 heading keeps (or implies) its 一级.
 */
export function underHeading(
  cat: { level1: Level1 | null; level2: Level2 | null },
  level1: Level1 | null,
  level2: Level2 | null = null,
): { level1: Level1 | null; level2: Level2 | null } {
  if (costAmongOutputs(cat, level2)) return { level1: "产出指标", level2: "成本指标" };
  return cat.level1 && !cat.level2
    ? { level1: cat.level1, level2: null }
    : { level1: cat.level1 ?? level1, level2: cat.level2 };
}

/** The list goes on past the end of a line (新建改造供水管网≥45公里；): it ends in a ；, a comma or a 、. */
function listGoesOn(text: string): boolean {
  let end = text.length - 1;
  while (end >= 0 && text.charCodeAt(end) <= 0x20) end--;
  return end >= 0 && LIST_GOES_ON.has(text.charCodeAt(end));
}
const LIST_GOES_ON = codeSet("；;，,、");

/**
 * What a block written a line per cell carries from one cell to the next: the heading above (its 一级 and
 * 二级), whether it writes 名称(目标), and the last inline label: a sibling of the next line's label
 * (1.数量指标：… then 4.成本指标：…, 产出's 成本指标 as in one cell), and the label of its unlabelled items
 * when the line before left its list open (`open`: 1.数量指标：新建管网≥45公里； then 新建蓄水池 6座；).
 */
export interface Carried {
  level1: Level1 | null;
  level2: Level2 | null;
  bracketStyle?: boolean;
  /**
   * Items of cells above with no target but a bracket of words stating one (指标1:村容村貌(明显改善)), read
   * before the block showed it writes 名称(目标): moved when a later cell does.
   */
  pending?: PendingBracket[];
  inline?: { level1: Level1 | null; level2: Level2 | null; open: boolean } | null;
}

/** An item of a cell above whose bracket of words may be its target: its record, where, and its parts. */
interface PendingBracket {
  record: IndicatorRecord;
  p: ProjectInfo;
  r: number;
  cell: string;
  item: ItemParts;
  parts: RecordParts;
}

/**
 * 生均公用经费标准：小学720元/生·年，初中940元/生·年 — one name, then the values of its sub-groups, each after
 * its group's word, cut at the comma: the first item's name (`base`), its record's index, the group word its
 * target opens with, its unit, the segment it was read from, and whether the items are named by group yet.
 */
interface SubGroup {
  base: string;
  index: number;
  word: string;
  unit: string;
  k: number;
  named: boolean;
}

/**
 * A target that opens with a group's word (one to four characters), then its figure: 小学720元/生·年 — also
 * through what the figure is per (牦牛每头2000元: 牦牛).
 */
const GROUP_WORD_FIRST =
  /^\s*(?![每约共累合其达不较比同环至超近逾])([\u4e00-\u9fa5]{1,4}?)\s*(?:每[\u4e00-\u9fa5]{1,2}?)*\s*\d/;

/** A name that is a group's word alone (初中 of 初中940元/生·年). */
const GROUP_WORD = /^[\u4e00-\u9fa5]{1,4}$/;

/**
 * After an item is added: the sub-group it heads or goes on (SubGroup), or null. An item whose name is a
 * group's word alone, right after a comma that follows an item whose target opened with another group's
 * word, in the same unit, is a value of that item's name for its group: both are named 名称（组）.
 */
function subGroups(
  b: Builder,
  p: ProjectInfo,
  r: number,
  cell: string,
  group: SubGroup | null,
  at: { k: number; seg: Segment; item: ItemParts; parts: RecordParts },
  ctext: string,
): SubGroup | null {
  const { k, seg, item, parts } = at;
  const index = b.indicators.length - 1;
  const rec = b.indicators[index];
  if (rec.kind !== "quantitative") return null;
  if (
    group !== null &&
    group.k === k - 1 &&
    rec.unit === group.unit &&
    item.seq === null &&
    item.level1 === null &&
    item.level2 === null &&
    (GROUP_WORD.test(item.name) || perHeadMember(item.name, item.targetCanon)) &&
    /^\s*(?:每[\u4e00-\u9fa5]{1,4})?[≥≤<>=]?\s*\d/.test(item.targetCanon) &&
    afterComma(ctext, seg.start)
  ) {
    if (!group.named) {
      const first = b.indicators[group.index];
      b.indicators[group.index] = { ...first, name: `${group.base}（${group.word}）` };
      group.named = true;
    }
    b.indicators[index] = b.record(p, r, cell, { ...parts, name: `${group.base}（${item.name}）` });
    return { ...group, k };
  }
  // 月人均补助水平：城市≥520元 — the item read after its parent's label (item/leadIn.ts) is named by a group's
  // word alone: the parent names it, and the group's values after it.
  const parent = memberOfParent(ctext, seg, item);
  if (parent !== null) {
    b.indicators[index] = b.record(p, r, cell, { ...parts, name: `${parent}（${item.name}）` });
    return { base: parent, index, word: item.name, unit: rec.unit, k, named: true };
  }
  const word = item.name !== "" && rec.comparator === "=" ? GROUP_WORD_FIRST.exec(item.targetCanon) : null;
  return word ? { base: item.name, index, word: word[1], unit: rec.unit, k, named: false } : null;
}

/**
 * The parent a member named by a group's word (two or three characters, no measure: 城市, 农村, 一类, 小学) is
 * read under: the measure before the colon right before the member's name (月人均补助水平：城市≥520元), as
 * item/leadIn.ts reads past it — or null. A member named in full (补贴标准：生活补贴≥80元) keeps its own name.
 */
function memberOfParent(ctext: string, seg: Segment, item: ItemParts): string | null {
  const name = item.name;
  const short = name.length >= 2 && name.length <= 3 && GROUP_WORD.test(name);
  if ((!short && !perHeadMember(name, item.targetCanon)) || MEASURE_END.test(name)) return null;
  if (NOT_GROUP_FIRST.has(name.charCodeAt(0))) return null;
  let at = ctext.indexOf(name, seg.start);
  if (at < 0 || at >= seg.end) return null;
  while (at > seg.start && ctext.charCodeAt(at - 1) <= 0x20) at--;
  if (ctext.charCodeAt(at - 1) !== 58 /* : */) return null;
  const parent = parseItem(ctext.slice(seg.start, at - 1), undefined, undefined, true);
  // (数量指标：云主机≥120台, 成本：每画幅0.6元: a category's label over its items is no parent.)
  return parent.target === "" &&
    parent.name.length >= 2 &&
    MEASURE_END.test(parent.name) &&
    !parent.name.endsWith("指标") &&
    categoryOfLabel(parent.name) === null &&
    !/\d/.test(parent.name)
    ? parent.name
    : null;
}

/** 独生子女死亡家庭, 伤残家庭 (扶助标准：独生子女死亡家庭每人每月≥590元): a group named in words, its standard per head. */
const LONG_GROUP = /^[\u4e00-\u9fa5]{2,8}$/;
function perHeadMember(name: string, targetCanon: string): boolean {
  return LONG_GROUP.test(name) && targetCanon.trimStart().startsWith("每") && !MEASURE_END.test(name);
}

/** What a group's word never starts with (GROUP_WORD_FIRST): 每画幅, 其中, 约… */
const NOT_GROUP_FIRST = codeSet("每约共累合其达不较比同环至超近逾");

/** A measure's last characters (item/leadIn.ts): 补助标准, 月人均补助水平, 参保率. */
const MEASURE_END = /(?:[数率量度额值比]|标准|水平|面积|规模|资金|经费|费用|成本|收入|补助|补贴|指标)$/;

/**
 * "培训果农≥15期、≥600人次": a bound with no name, right after a 、 that follows an item of this cell with
 * a figure (the sentence reader cuts there only between two bounds in units of their own), is a second
 * indicator of that item's name: the name, or null.
 */
function boundOfName(
  b: Builder,
  cell: string,
  n: number,
  item: ItemParts,
  ctext: string,
  at: number,
): string | null {
  if (n === 0 || item.seq !== null || item.level1 !== null || item.level2 !== null) return null;
  let i = at;
  while (i > 0 && ctext.charCodeAt(i - 1) <= 0x20) i--;
  if (ctext.charCodeAt(i - 1) !== 0x3001 /* 、 */) return null;
  const before = b.indicators[b.indicators.length - 1];
  if (before.cell !== cell || before.kind !== "quantitative" || before.name === "") return null;
  return item.target !== "" && /^\s*[≥≤<>]/.test(item.targetCanon) ? before.name : null;
}

/** Where a / that separates the item from the next (sentences.ts slashSeparatesItems) closes it, or -1. */
function slashClosing(ctext: string, start: number, end: number): number {
  let k = end;
  while (k > start && ctext.charCodeAt(k - 1) <= 0x20) k--;
  return k > start && ctext.charCodeAt(k - 1) === 47 && slashSeparatesItems(ctext, start, k - 1) ? k - 1 : -1;
}

/** Whether a comma or a 、 (spaces aside) stands right before `at` in the canonical text. */
function afterComma(ctext: string, at: number): boolean {
  let i = at;
  while (i > 0 && ctext.charCodeAt(i - 1) <= 0x20) i--;
  const c = ctext.charCodeAt(i - 1);
  return c === 44 || c === 0x3001;
}

/** （数量指标）, （社会效益指标）… after a line: the cell tags its lines with their 二级. */
const LEVEL2_TAG = /\((?:数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)指标\)/;

/**
 * The categories a line's trailing tag gives it: a 二级's and its 一级 (under the heading's 一级, for 成本指标);
 * （满意度指标） among tags of 二级 is one too (record.md: 服务对象满意度指标), else the 一级 alone.
 */
function taggedLevels(
  cat: { level1: Level1 | null; level2: Level2 | null },
  level1: Level1 | null,
  level2: Level2 | null,
  ctext: string,
): { level1: Level1 | null; level2: Level2 | null } {
  if (cat.level2) return { level1: level1OfLevel2(cat.level2, level1), level2: cat.level2 };
  if (cat.level1 === "满意度指标" && LEVEL2_TAG.test(ctext))
    return { level1: "满意度指标", level2: "服务对象满意度指标" };
  return cat.level1 === level1 ? { level1, level2 } : { level1: cat.level1, level2: null };
}

/** A heading of two labels (产出指标：数量指标：): its 二级's category, or null (headingCategoryAt). */
function pairedLabels(ctext: string, a: number, b: number) {
  const cat = ctext.indexOf(":", a) < b ? headingCategoryAt(ctext, a, b) : null;
  return cat?.level2 ? cat : null;
}

/** Items of one packed cell (layout a/c/d), with headings carrying category context. */
/** A column headed by two categories at once: 效益指标及满意度指标, 效益和满意度指标, 效益、满意度指标. */
const EFFECT_OR_SATISFACTION =
  /效益.{0,4}(?:及|和|与|、|\/).{0,2}满意|满意.{0,4}(?:及|和|与|、|\/).{0,2}效益/;

export function addPackedCell(
  b: Builder,
  p: ProjectInfo,
  r: number,
  c: number,
  written: string,
  column?: { level1: Level1 | null; level2: Level2 | null; header?: string },
  carried?: Carried,
): number {
  // 铺设供水管⏎网46.5公里: a PDF's line cut inside a word is read whole; 产出指标 数量指标 运维系统数量 6个 质量指标 …:
  // a PDF's breaks pasted as spaces are read as the line breaks they were (one character for one). The first acts
  // only on a cell with line breaks, the second only on one without; the records keep the text as written.
  // Word's soft returns (U+000B) and the line separators are line breaks too (withLineBreaks).
  const lines = withLineBreaks(written);
  const joined = joinBrokenLines(lines);
  const text = joined.cuts.length > 0 ? joined.text : breakSpacedLevels(lines);
  // In a column headed by a category (产出指标 | 效益指标 …), the cell's items are of that category; in a
  // block written a line per cell down the column, of the heading in a cell above.
  const under = column ?? carried;
  let level1: Level1 | null = under
    ? (under.level1 ?? (under.level2 ? level1OfLevel2(under.level2, null) : null))
    : null;
  let level2: Level2 | null = under?.level2 ?? null;
  const eitherColumn = !!column?.header && EFFECT_OR_SATISFACTION.test(column.header);
  // An inline label ("数量指标：A≥1200人次；B≥300人次。") labels the unnumbered sentences after it too,
  // until a heading or a numbered item.
  // In a block written a line per cell, a label on a line above is one of the labels before this line's,
  // as in one cell; its reach takes in this line's unlabelled items when the line above left its list open.
  let inline = !!carried?.inline;
  let inlineL1: Level1 | null = carried?.inline?.level1 ?? null;
  let inlineL2: Level2 | null = carried?.inline?.level2 ?? null;
  let reaches = carried?.inline?.open ?? true;
  // The inline label was written with its value alone (时效：全年；): it named that one indicator.
  let labelAlone = false;
  const canonical = canon(text);
  const ctext = withoutAnnouncements(canonical);
  const cell = b.addr(r, c);
  // Items without a target, in case the cell turns out to be written "名称(目标)" (see below).
  const noTarget: { index: number; item: ItemParts; parts: RecordParts; template: boolean }[] = [];
  let bracketStyle = false;
  // The 项目一：… lines read so far: each after the first starts a project of its own.
  let subProjects = 0;
  let n = 0;
  let group: SubGroup | null = null;
  // The cell's last label named a 二级, and no label of it named an 一级 alone (数量指标：1.…；2.… then
  // 满意度指标：3.…): a heading of 满意度指标 is then one of the 二级's labels too.
  let level2Labels = false;
  let level1Label = false;
  // A segment before this one was an indicator or a label (see level1LabelLater).
  let labelled = false;
  const segments = segmentCell(text, ctext);
  // Where the indicators' label (指标：) closes a goal's sentences (目标：…，…。⏎指标：…): the segments before
  // it are the goal's.
  let goalUntil = -1;
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k];
    if (seg.start < goalUntil) continue;
    const raw = text.slice(seg.start, seg.end);
    if (!seg.numbering && pageLine(raw)) continue;
    // 项目二：居家适老化改造, then 【产出指标-数量指标】 or 指标1：… — a sub-project's line: context for the
    // indicators under it (the goal where none is written), not an indicator. Followed by another 项目N
    // line, or with a number, it numbers an indicator (项目1：培训质量达标).
    const sub = SUB_PROJECT.exec(ctext.slice(seg.start, seg.end));
    if (sub && !/\d/.test(sub[1]) && subProjectAbove(segments[k + 1], ctext)) {
      const at = sub[0].indexOf(sub[1], sub[0].indexOf(":") + 1);
      const words = trimSpaces(raw.slice(at, at + sub[1].length));
      // 项目一：…, then 项目二：桥梁检测 in the same cell: a second project, its indicators its own — never
      // filed under the first one's.
      if (subProjects++ > 0 && words) {
        p = { ...p, id: b.projects.length, project: words, goal: words };
        b.projects.push(p);
        level1 = under ? (under.level1 ?? (under.level2 ? level1OfLevel2(under.level2, null) : null)) : null;
        level2 = under?.level2 ?? null;
      } else if (
        words &&
        !b.indicators.some((i) => i.projectId === p.id) &&
        anotherSubProject(segments, k, ctext)
      ) {
        // The first of two or more: the row's project is theirs together; this one's indicators are its own.
        p.project = words;
        p.goal ||= words;
      } else if (!p.goal) p.goal = words;
      continue;
    }
    if (seg.kind === "heading") {
      // On the canonical text, where 〖〗 read as 【】; the heading's numbering — a section number (2.1
      // 经济效益指标), a circled one (①数量指标：) as any other — and a level's label (一级指标：产出指标) are
      // read past.
      const numbered = seg.numbering ? seg.numbering.end : seg.start;
      const from = levelLabelEnd(ctext, numbered, seg.end);
      const inner = ctext.slice(from, seg.end).replace(/^\s*[【[]|[】\]]$/g, "");
      const unnumbered = inner.replace(/^\s*[(（]?[一二三四五六七八九十\d]+[)）、.．]?\s*/, "");
      // ◆满意度指标: past a list's bullet, which is no word of the label (segment.ts headingCategoryAt).
      const label = unnumbered.slice(pastBullet(unnumbered, 0, unnumbered.length));
      // 产出指标：数量指标：, a 一级's label and a 二级's, each with its colon (segment.ts pairedHeading).
      const cat = categoryOfLabel(label) ?? pairedLabels(ctext, seg.start, seg.end);
      // 管理指标, 履职效能指标: a block of no category ends the one before it.
      const none = !cat && namesOtherBlock(label);
      if (cat || none) {
        ({ level1, level2 } = cat ? underHeading(cat, level1, level2) : { level1: null, level2: null });
        if (level1 === "满意度指标" && !level2 && level2Labels && !level1Label) level2 = "服务对象满意度指标";
        level1Label ||= !!cat && !level2;
        level2Labels = !!level2;
        inline = false;
        if (carried) {
          carried.level1 = level1;
          carried.level2 = level2;
        }
      }
      continue;
    }
    const num = seg.numbering;
    // 1.举办赛事活动≥15场（数量指标）: the line's 二级 tagged after it — read apart, and not part of the target.
    const tag = seg.end - seg.start > 6 ? trailingCategoryTag(ctext, seg.start, seg.end) : null;
    const tagCat = tag ? categoryOfLabel(tag.label) : null;
    let itemEnd = tagCat && tag ? tag.start : seg.end;
    // 新建健身路径50条/ (笼式足球场4个…): the / that separates it from the next item is no part of it.
    const slash = slashClosing(ctext, seg.start, itemEnd);
    if (slash >= 0) itemEnd = slash;
    const item = parseItem(
      tagCat || slash >= 0 ? text.slice(seg.start, itemEnd) : raw,
      ctext.slice(seg.start, itemEnd),
      num ? { seq: num.seq, end: num.end - seg.start } : undefined,
      true,
    );
    // The cell states the project's goal before its indicators ("绩效目标：…"): it is the goal where none
    // is written. It is no indicator when it has no number, or when the cell labels its indicators apart
    // (绩效目标：…。绩效指标：…) — unless it differs from the goal written elsewhere (then it is kept, as
    // written, so nothing is lost). A goal with numbers otherwise ("年度目标：全年培训500人次") is the goal
    // and an indicator both.
    // A task heading (任务1：农田水利建设) is context for the indicators after it: the goal where none
    // is written, never an indicator.
    if (item.task) {
      if (!p.goal) p.goal = item.target;
      continue;
    }
    const stated = item.goal ? item.target : item.goalText;
    if (stated !== undefined) {
      if (!p.goal) {
        p.goal = stated;
        p.goalCell ??= cell;
      }
      // (绩效目标：保障城区84座公厕正常运营。⏎数量指标：维护公厕84座 — the indicators after it labelled by their
      // categories: the cell labels them apart as 绩效指标： does.)
      const onlyGoal =
        item.goal === true || INDICATORS_LABEL.test(ctext) || categoryLabelLater(ctext, seg.end);
      if (onlyGoal && p.goal.includes(stated)) {
        // 目标：完成养护1860公里，优良中等路率达到85%以上。⏎指标：…: the goal's other sentences, up to the label.
        const until = item.goal === true ? -1 : indicatorsLabelAfter(ctext, seg.end);
        if (until > 0) {
          goalUntil = until;
          if (p.goal === stated)
            p.goal = trimSpaces(text.slice(seg.start, until)).replace(GOAL_LABEL_START, "");
        }
        continue;
      }
    }
    // 对脱贫户发放的小额信贷给予贴息。产出指标：… — the goal's sentences before the cell's first label, an
    // 一级's (unnumbered, unlabelled, with no figure, under no heading or labelled column): the goal, no
    // indicator. (开展培训⏎质量指标：… — an item before a 二级's label — stays one.)
    if (
      !labelled &&
      !level1 &&
      !level2 &&
      item.seq === null &&
      !item.level1 &&
      !item.level2 &&
      !item.otherBlock &&
      !hasDigit(raw) &&
      SENTENCE_END.test(raw) &&
      level1LabelLater(ctext.slice(seg.end))
    ) {
      if (!p.goal) {
        p.goal = trimSpaces(raw).replace(GOAL_END, "");
        p.goalCell ??= cell;
      }
      continue;
    }
    labelled = true;
    // 经济效益指标：无；, 社会成本指标：不涉及 — the officer says the category has no indicator: no record (the
    // review's completeness rules tell a category left out).
    if (item.seq === null && writesNone(item)) continue;
    // "绩效指标：" on its own before the numbered items: the cell's label, no indicator; numbered too, as a
    // document's section (一、项目名称：… 二、预算金额：… 三、绩效目标：⏎1.产出指标…).
    if (item.target === "" && CELL_LABEL_ALONE.test(item.name)) continue;
    // 【产出指标-数量指标】 then (20分) on its own line: the heading's score, no indicator.
    if (item.seq === null && item.target === "" && SCORE_ALONE.test(item.name)) continue;
    // 数量指标：…；质量指标：…；成本指标：… — the cost label is a sibling of the others, under 产出.
    if (costAmongOutputs(item, inline ? inlineL2 : level2)) {
      item.level1 = "产出指标";
      item.level2 = "成本指标";
    }
    // 数量指标:…;社会效益指标:…;满意度指标:… — among labels of 二级, 满意度指标 is one too (record.md: as a
    // 二级, 服务对象满意度指标); so it is announced as one (设1条满意度指标：…), after the 一级's label
    // (满意度指标：满意度指标：…), and under a heading or a column of the 一级 满意度指标.
    if (item.level1 === "满意度指标" && !item.level2) {
      const twoLabels =
        SATISFACTION_TWICE.test(ctext.slice(seg.start, seg.end)) ||
        (ctext !== canonical && announcesSatisfaction(canonical, seg));
      // (After 社会效益指标：①…, the numbered items end the label's reach, not the labels' kind.)
      const amongLevel2 =
        item.seq === null && ((inline && inlineL2 !== null) || (level2Labels && !level1Label));
      if (twoLabels || level1 === "满意度指标" || amongLevel2) item.level2 = "服务对象满意度指标";
    }
    // 二、效益指标：设 1条社会效益指标：…: a number in Chinese numerals before an 一级's label and a 二级's
    // numbers the 一级's block (as 一、产出指标 does on a line of its own), not the indicator.
    if (num && numbersLevel1Block(ctext, num)) item.seq = null;
    if (item.level1 || item.level2 || item.otherBlock) {
      level1Label ||= !!item.level1 && !item.level2;
      level2Labels = !!item.level2;
      // 管理指标：档案完整率100%: a label of no category labels what follows it with none.
      inline = true;
      inlineL1 = item.level1;
      inlineL2 = item.level2;
      reaches = true;
      labelAlone = item.name === "" && item.target !== "";
    } else if (item.seq !== null) inline = false;
    const fromInline = inline && reaches && !item.level1 && !item.level2 && item.seq === null;
    // 时效：全年；每吨清理成本≤1500元/吨: after a label that named one indicator by itself, an item that names
    // itself a cost in 元 is one, not the label's (its 二级 is inferred from its name).
    const ownCost =
      fromInline &&
      labelAlone &&
      inlineL2 !== null &&
      !COST_LEVEL2.has(inlineL2) &&
      COST_NAME.test(item.name) &&
      item.targetCanon.includes("元");
    bracketStyle ||= item.fromBracket;
    if (carried && bracketStyle) carried.bracketStyle = true;
    // 1、效益指标：… in a cell under a heading's block: its own label ends the heading's reach below it —
    // but for its 二级 (1.社会效益指标：… under （二）效益指标: the block's 一级 goes on below it).
    if (carried && (item.level1 || item.level2)) {
      const own = item.level1 ?? level1OfLevel2(item.level2 as Level2, carried.level1);
      if (own !== carried.level1) carried.level1 = null;
      carried.level2 = null;
    }
    // 效益指标及满意度指标 over the column: an item with no label of its own is the one its name says.
    const byName = eitherColumn && level1 === column?.level1 && level2 === column?.level2 && !carried;
    const columnLevel1 = byName ? (/满意/.test(item.name) ? "满意度指标" : "效益指标") : level1;
    const columnLevel2 = byName ? null : level2;
    const parts: RecordParts = {
      targetCanon: item.targetCanon,
      seq: item.seq,
      level1: item.otherBlock
        ? null
        : (item.level1 ?? (item.level2 ? null : fromInline ? inlineL1 : columnLevel1)),
      level2: item.otherBlock
        ? null
        : (item.level2 ?? (item.level1 || ownCost ? null : fromInline ? inlineL2 : columnLevel2)),
      name: item.name === "" ? (boundOfName(b, cell, n, item, ctext, seg.start) ?? "") : item.name,
      target: item.target,
      text: writtenSpan(written, joined, seg.start, seg.end),
      prose: true,
    };
    if (tagCat && !item.level1 && !item.level2 && !item.otherBlock)
      Object.assign(parts, taggedLevels(tagCat, parts.level1, parts.level2, ctext));
    if (item.target === "")
      noTarget.push({ index: b.indicators.length, item, parts, template: TEMPLATE_NUMBER.test(raw) });
    b.add(p, r, cell, parts);
    n++;
    group = subGroups(b, p, r, cell, group, { k, seg, item, parts }, ctext);
  }
  if (carried)
    carried.inline = inline ? { level1: inlineL1, level2: inlineL2, open: listGoesOn(text) } : null;
  // "名称(目标)" cells: a bracket of words is the target of an item that has none elsewhere — in a block
  // written a cell a line, only words that state a target (明显改善, not 省级 or 含临时, notes).
  // A block written a line per cell (指标1:…(≥1800个) then 指标2:村容村貌(明显改善)) is so written throughout.
  // 指标1:渔业安全生产水平(明显提升) alone, with no bracket of a figure beside it: the template's numbering
  // (指标1:名称(目标)) says so too, for words that state a target.
  const fromAbove = !bracketStyle && carried?.bracketStyle === true;
  // "指标1:生态环境(持续改善)；指标2:安全生产形势(平稳)": numbered items, none with a target elsewhere, each
  // closed by a bracket of words stating one — written 名称(目标) throughout, with no figure to show it.
  const wordsOnly =
    !bracketStyle &&
    !fromAbove &&
    noTarget.length >= 2 &&
    noTarget.length === n &&
    noTarget.every(({ item }) => item.seq !== null && statedInBracket(item));
  const movedAt = new Set<number>();
  for (const { index, item, parts, template } of noTarget)
    if (bracketStyle || wordsOnly || fromAbove || template) {
      const m = bracketAsTarget(item);
      if (m && (bracketStyle || wordsOnly || statesTarget(m.target))) {
        b.indicators[index] = b.record(p, r, cell, movedParts(parts, m));
        movedAt.add(index);
      }
    }
  if (carried) {
    // 指标1:村容村貌(明显改善) in a cell above the first 指标1:整治村庄(≥12个): moved once the block shows its style.
    if (bracketStyle && carried.pending)
      for (const { record, p: pp, r: pr, cell: pc, item, parts } of carried.pending) {
        const at = b.indicators.lastIndexOf(record);
        const moved = bracketAsTarget(item);
        if (at >= 0 && moved) b.indicators[at] = b.record(pp, pr, pc, movedParts(parts, moved));
      }
    if (carried.bracketStyle) carried.pending = undefined;
    else if (!bracketStyle && !wordsOnly)
      for (const { index, item, parts } of noTarget)
        if (!movedAt.has(index) && statedInBracket(item))
          (carried.pending ??= []).push({ record: b.indicators[index], p, r, cell, item, parts });
  }
  return n;
}
