/**
 * Where a sentence of indicators is cut: whether a comma, a 、, a run of spaces or a ； stands between
 * two whole indicators (a name and its target each), as counties write them without numbering —
 * "全年开展培训12期，培训人数不少于600人次，群众满意度达到90%以上" is three, "巡查企业数，不少于2万家次"
 * and "≥80户，其中脱贫户50户" one each. The segmenter (segment.ts) asks; the patterns live here.
 */
import { categoryOfLabel, EVERY_PERIOD_PAID } from "./categories";
import { endsWithCharIn, isDigit, isSpace } from "./chars";
import { isCnNumeralCode } from "./numbers";
import { CHANGE_WORD, NAME_COMPARATOR_PATTERN } from "./comparators";
import { parseTarget } from "./target";
import { isLabelledField, labelColon } from "./item/labels";
import { CLOCK_RANGE, FESTIVALS, findDates, mayStartStageAt, STAGE_START, WORK_SEASONS } from "./dates";
import {
  ADVERB_TAIL,
  DIMENSION,
  GRADE_TAIL,
  mayEndWithAdverb,
  mayEndWithPhrase,
  mayStateWork,
  NONE_VISIBLE_TAIL,
  PHRASE_TAIL,
  SPACED_DIGITS,
  stateAtEnd,
  VERB_OBJECT_FIRST,
} from "./item/patterns";
import { codeSet } from "./charClass";

/** A comparator and a number: what makes a piece of text a whole indicator's target. */
/**
 * A comparator before a number anywhere in the words: ≥95%, 不少于3次, 控制在10/10万以下 — and a change verb's 至
 * before it (降低孕产妇死亡率至10/10万以下, 提高…普及率至90%), the level the change reaches.
 */
const HAS_TARGET =
  /(?:[≥≤<>=]|不少于|不低于|不超过|不高于|不大于|大于|小于|低于|高于|超过|达到|至少|控制在|(?:提高|提升|降低|下降|减少|增加|压降)[^\d,;:。]{1,20}?至)\s*\d/;

/**
 * Whether the comma (or 、) at `comma` stands between two whole indicators (unnumbered cells): the text
 * before it is a whole indicator (a name and its target), and the text after it starts another one (a
 * name of its own, then its target). "巡查企业数，不少于2万家次" and "平稳，不发生重大事故" are one
 * indicator each; "全年开展培训12期，培训人数不少于600人次，群众满意度达到90%以上" is three.
 */
export function commaSeparatesIndicators(s: string, from: number, comma: number): boolean {
  const enumeration = s.charCodeAt(comma) === 0x3001;
  // "完成1、2号楼外墙改造": a bare number before a 、 lists numbers.
  if (enumeration && isDigit(s.charCodeAt(comma - 1))) return false;
  const before = s.slice(from, comma);
  // "培训果农≥15期、≥600人次": a second bound in a unit of its own, after a 、, is a second indicator of
  // the name before (packedCell names it so).
  if (enumeration && secondBound(before, s, comma)) return true;
  // "渠道长800米、宽1.5米、深1米": a dimension and its figure after a figure measure the same thing (parseItem's
  // firstMeasure).
  if (enumeration && dimensionAfter(s, comma + 1) && hasFigure(lastClause(before))) return false;
  // "…，其中城市低保1200人、农村低保4000人": a 、 inside a 其中 clause lists the parts of the target before.
  if (enumeration && inClause(before)) return false;
  // "铺设管道18.5公里，解决七百弄乡、板升乡12个村屯饮水问题": after a comma that cut nothing, a 、 in a clause
  // with no figure lists the clause's things.
  if (enumeration) {
    const lastComma = before.lastIndexOf(",");
    if (lastComma >= 0 && !hasDigitOrMark(before, lastComma + 1, before.length)) return false;
  }
  // "服务站数量：区级1个、镇（街道）级13个": counts by level listed with 、 are the parts of one target.
  if (enumeration && LEVEL_PART.test(s.slice(comma + 1, comma + 12)) && LEVEL_PART.test(lastClause(before)))
    return false;
  // "…加工设备购置，5套，时效指标：完工时间，…": a category's label and its colon after a comma open the next item.
  if (!enumeration && labelOpensAfter(s, from, comma)) return true;
  // "主汛期前完成主体工程，2025年5月31日前": a deadline and its deed, then a date alone with no deed of its own —
  // the deed names the date, as 项目完工时间，2025年5月31日前 does (the sample's 名称，目标).
  if (!enumeration && deedThenDateAlone(s, from, comma)) return false;
  // "三是5月底前完成河道清障，汛期无人员伤亡": so is one after a deadline and its deed.
  if (!enumeration && isDeadlineClause(before) && eventAfter(s, comma + 1)) return true;
  // "完成道路提升，长1.8公里，宽4.5米，10月底完工": a deadline and its deed, nothing more, after a figure is a date
  // of its own, as 年内完工 is — and after a benefit stated by its verb (路面完好率95%，保障群众出行安全，11月底前完工),
  // which it leads in to no more than to the figure; so is a span of months and its deed (放流鱼苗≥500万尾，2025年3-5月
  // 分批投放).
  if (
    !enumeration &&
    (mayStartDeadline(s, comma + 1) || mayEndMonth(s, comma + 1)) &&
    deadlineDeedAfter(s, comma + 1) &&
    (hasFigure(lastClause(before)) || isBenefitDeed(lastClause(before)))
  )
    return true;
  // "开展河道保洁，清理河道垃圾不少于600立方米，保洁河道长度12公里": after words of a task that lead in (no
  // figure, item/leadIn.ts), the clause after them is what is whole or not.
  const lead = enumeration ? -1 : leadInEnd(before);
  if (lead >= 0) return commaSeparatesIndicators(s, from + lead + 1, comma);
  if (!enumeration) {
    // "维修工程质量达标，按时完工，文物安全得到保障": after a check passed or a timing alone (each a whole
    // indicator in words), a timing or a state of its own.
    const afterWhole = ownCheckPassed(before) || (oneBareClause(before) && timingTail(before)?.index === 0);
    // "解决380户1300余人饮水问题，工程合格": the work itself passed (工程合格, 项目达标), after a figure, is a check of
    // its own — as 工程质量合格 is (ownCheckPassed), whatever the words with the figure are.
    const workFirst = WORK_FIRST.has(s.charCodeAt(firstNonSpace(s, comma + 1)));
    if (afterWhole || workFirst) {
      // The clause after the comma, to the sentence's end: cut once for both.
      const next = s.slice(comma + 1, sentenceEndAfter(s, comma + 1));
      if (afterWhole && oneBareClause(next) && (timingTail(next)?.index === 0 || isOwnState(next)))
        return true;
      if (workFirst && WORK_PASSED.test(next) && hasFigure(before)) return true;
    }
  }
  // "数量指标：新建村道，12公里，修缮桥梁，3座": names and their targets in turn, each after a comma.
  if (!enumeration && namesAndTargetsInTurn(s, from, comma)) return true;
  if (!isWholeIndicator(before)) return false;
  let end = comma + 1;
  while (end < s.length) {
    const c = s.charCodeAt(end);
    // After a comma the next indicator runs to the next comma (its name may hold a 、: 脱贫户、监测户收入).
    if (c === 44 && isThousandsAt(s, end)) {
      end++;
      continue;
    }
    if (c === 44 || c === 59 || c === 0x3002 || c === 10 || (c === 0x3001 && enumeration)) break;
    end++;
  }
  // "补助标准，每人每月300元，全年12个月": after a name and its target written apart by a comma, only a
  // name with a comparator of its own starts another indicator; a bare quantity qualifies the target.
  const nameComma = before.indexOf(",");
  const strict =
    nameComma >= 0 &&
    !hasDigitOrMark(before, 0, nameComma) &&
    // (a label before the comma is none: 数量指标，…, 产出指标方面，…)
    !/(?:指标|方面)$/.test(before.slice(0, nameComma).trimEnd()) &&
    // (nor words before a clause with a name and a figure of its own, 在建项目，完成投资3000万元，…: they head what
    // follows, and the next clause with a name and a figure is another indicator, as after any whole one)
    !OWN_NAMED_FIGURE.test(before.slice(nameComma + 1));
  const rest = s.slice(comma + 1, end);
  // "效益指标：农村公路通行条件改善，群众出行更加便捷": a state after a state, each said of a name of its own —
  // after a 、 too (尾矿库安全隐患有效消除、区域生态环境明显改善), where each says its own subject's state whole.
  let ownState: boolean | undefined; // isOwnState(rest), read once when first asked
  if (
    (enumeration ? stateOfItsOwn(before) : (stateTail(before) ?? heldTail(before)) !== null) &&
    (ownState = isOwnState(rest))
  )
    return true;
  // "矛盾纠纷就地化解率≥90%，群众法治意识明显增强", "设备完好率≥95%，系统运行稳定": a state said of a
  // subject of its own after a whole indicator with a figure — not a clause restating the figure
  // (较上年有所提高, 逐年提高), nor the target of a name before the comma (2024年食品安全状况，总体稳定).
  if (!enumeration && (ownState ??= isOwnState(rest)) && !restatesTarget(rest) && hasFigure(before))
    return true;
  // "亮灯率≥98%，电费按月支付", "…35万平方米，垃圾日产日清": a thing of its own and when it is done, after a figure.
  if (!enumeration && ownTiming(rest) && hasFigure(before)) return true;
  // "每人每月600元，按月发放": a schedule and its act with no name, after a figure, is a timing of its own.
  if (!enumeration && scheduleAlone(rest) && hasFigure(before)) return true;
  // "储备编织袋3000条，汛期人员零伤亡": an event that must not happen, after a figure, is a statement of its own.
  if (!enumeration && isEventStatement(rest) && hasFigure(before)) return true;
  // "保洁面积36万平方米，群众满意", "…运行率95%以上，村民满意": so are people satisfied, said whole, after a figure
  // that measures no satisfaction of theirs (满意度≥95%，群众满意 restates it).
  if (!enumeration && isSatisfiedStatement(rest) && hasFigure(before) && !before.includes("满意"))
    return true;
  // "河道保洁合格率达98%以上，交接断面水质达到Ⅲ类": so is a standard met by a subject of its own.
  if (!enumeration && ownStandard(rest) && hasFigure(before)) return true;
  // "安装健身器材10件，竣工验收合格": a check passed by the work (its 验收 or 质量 named), after a figure.
  if (!enumeration && ownCheckPassed(rest) && hasFigure(before)) return true;
  // "雨污分流管网改造800米，年内完工", "…，当年建成": the year the work is done in, with no name, a date of its
  // own after a figure (as 年底前全部完成 is, DEADLINE_START).
  if (!enumeration && withinYearDeed(rest)) return hasFigure(before);
  // "慰问活动分别于1月25日前、7月31日前完成": deadlines listed with 、 are one target.
  if (enumeration && endsWithDeadline(before) && DEADLINE_START.test(rest)) return false;
  // "1月、7月底前完成": months (or days) listed with 、 share the deadline that closes the list.
  if (enumeration && LISTED_DATE_END.test(before) && DATE_NEXT.test(rest)) return false;
  if (startsWholeIndicator(rest, strict)) return true;
  // "完成3个老旧院落改造，新增休闲座椅40组、绿化面积800平方米": after a comma, a whole indicator with its figure
  // before a 、 starts one of its own, as it would before a comma (not a name listed: 脱贫户、监测户收入; nor
  // numbers listed: 1、2号楼).
  const listed = enumeration ? -1 : rest.indexOf("、");
  return (
    listed > 0 &&
    hasDigitOrMark(rest, 0, listed) &&
    !isDigit(rest.charCodeAt(listed - 1)) &&
    startsWholeIndicator(rest.slice(0, listed), strict)
  );
}

/**
 * A clause with a name of its own, then its figure (完成投资3000万元, 管护面积12.6万亩, 开展巡查不少于24次) — not a per
 * (每人每月300元), a part (其中…) or a figure with no name (不少于2万家次).
 */
const OWN_NAMED_FIGURE =
  /^\s*(?!其中|含|较|比|约|共|合计|累计|每|全年|同比|环比|按|确保|力争)[\u4e00-\u9fa5]{2,16}?\s*(?:[≥≤<>=]|不少于|不低于|不超过|达到?)?\s*\d/;

/**
 * "在建项目，完成投资3000万元，新增就业120人", "项目区，新增灌溉面积1.2万亩，改善灌溉面积3.5万亩": a name alone before the
 * text's first comma heads the clauses after it — a lead-in, the name of none — when the first of them has a name
 * of its own (three characters or more: 完成4.2公里 is the name's target, 道路硬化，完成4.2公里) and its figure, and
 * another indicator follows it. One clause after the name keeps it (巡查监管，开展巡查不少于24次, round 26), and so
 * does a target with no name of its own (补助标准，每人每月300元，全年12个月).
 */
export function headsIndicators(s: string, comma: number): boolean {
  // (A short name only: no statement, timing, deadline, event or count in words of its own — 垃圾日产日清,
  // 水面漂浮物打捞及时, 开展专项检查两次, 汛前完成防汛物资储备 are indicators before the comma.)
  const words = s.slice(0, comma);
  if (
    comma > 10 ||
    !BARE_NAME.test(words) ||
    statementTail(words) >= 0 ||
    hasCnFigure(words) ||
    isEventStatement(words) ||
    // (a deadline or a period and its deed: 汛前完成防汛物资储备, 年内完工)
    parseTarget(words).kind !== "qualitative"
  )
    return false;
  let next = comma + 1;
  while (next < s.length && !(isClauseEnd(s.charCodeAt(next)) && !isThousandsAt(s, next))) next++;
  if (s.charCodeAt(next) !== 44) return false;
  const own = OWN_NAMED_FIGURE.exec(s.slice(comma + 1, next));
  if (own === null || own[0].replace(/[\s\d≥≤<>=]|不少于|不低于|不超过|达到?/g, "").length < 3) return false;
  return commaSeparatesIndicators(s, comma + 1, next);
}

/**
 * Whether the comma at `comma` stands in a list of names and targets in turn (名称，目标，名称，目标): a name alone
 * and its bare target before it (新建村道，12公里), and after it a name alone, a comma and a bare target of its
 * own (修缮桥梁，3座) — each pair an indicator written the sample's way. A bare quantity after a name and its
 * target (补助标准，每人每月300元，全年12个月) or words with no target of their own after them are no such list.
 */
function namesAndTargetsInTurn(s: string, from: number, comma: number): boolean {
  // Quick test: a comma before this one, a digit or a comparator's first character right after it.
  const nameComma = s.lastIndexOf(",", comma - 1);
  if (nameComma < from) return false;
  const first = s.charCodeAt(firstNonSpace(s, nameComma + 1));
  if (!isDigit(first) && !TARGET_MARK_FIRST.has(first)) return false;
  if (!BARE_TARGET.test(s.slice(nameComma + 1, comma))) return false;
  const colon = s.lastIndexOf(":", nameComma);
  if (!BARE_NAME.test(s.slice(Math.max(from, colon + 1), nameComma))) return false;
  let next = comma + 1;
  while (next < s.length && next - comma <= 20 && !PIECE_END.has(s.charCodeAt(next))) next++;
  if (s.charCodeAt(next) !== 44 || !BARE_NAME.test(s.slice(comma + 1, next))) return false;
  let end = next + 1;
  while (end < s.length && end - next <= 24 && !PIECE_END.has(s.charCodeAt(end))) end++;
  return BARE_TARGET.test(s.slice(next + 1, end));
}

/**
 * Whether a category's label closed by a colon opens the text after the comma at `comma` (…5套，时效指标：…), after
 * words that are no label themselves (产出指标，数量指标：… keeps its labels together).
 */
function labelOpensAfter(s: string, from: number, comma: number): boolean {
  const a = firstNonSpace(s, comma + 1);
  if (!LABEL_FIRST.has(s.charCodeAt(a))) return false;
  const colon = labelColon(s, a);
  if (colon < 0 || s.charCodeAt(colon - 1) !== 0x6807 /* 标 */ || categoryOfLabel(s.slice(a, colon)) === null)
    return false;
  const words = s.slice(Math.max(from, s.lastIndexOf(":", comma - 1) + 1), comma).trim();
  return words.length >= 2 && categoryOfLabel(words) === null;
}

/** The first characters of the category labels labelOpensAfter reads (产出指标, 时效指标, 社会效益指标 …). */
const LABEL_FIRST = codeSet("产效满成数质时经社生环可服");

/** What ends a piece of a list of names and targets: a comma, a ；, a colon, a 、, a full stop or a line's end. */
const PIECE_END = codeSet(",;:、。\n");

/** What a bare target opens with other than a digit: a comparator's mark or the first character of its word. */
const TARGET_MARK_FIRST = codeSet("≥≤<>=不大小高低超达至约");

/** A name alone: words only, two to sixteen, no clause's opening (其中, 每, 较…, 全年) nor an average alone (人均). */
const BARE_NAME =
  /^\s*(?!其中|含|较|比|约|共|合计|累计|每|同比|环比|全年|确保|力争|年度|(?:[人户日年月亩生村]均|平均)\s*$)[^\d\s,;:。、()≥≤<>=*%]{2,16}\s*$/;

/** A bare target: a comparator maybe, a figure, maybe 万 or 亿, a short unit, maybe 以上/以内: ≥12万人, 100%, 3座. */
const BARE_TARGET =
  /^\s*(?:[≥≤<>=]|不少于|不低于|不超过|不高于|大于|小于|高于|低于|超过|达到|至少|约)?\s*\d+(?:\.\d+)?\s*(?:万|亿)?\s*(?:%|[^\d\s,;:。、()年月日]{1,4})?\s*(?:以上|以内|以下|左右)?\s*$/;

/** A dimension and its figure at `at`: 宽3.5米, 宽度12米, 深1米, 直径0.5米 (径 of 直径 or 管径 after its first word). */
function dimensionAfter(s: string, at: number): boolean {
  let k = at;
  if (s.charCodeAt(k) === 0x76f4 /* 直 */ || s.charCodeAt(k) === 0x7ba1 /* 管 */) k++;
  if (!DIMENSION.has(s.charCodeAt(k))) return false;
  k++;
  if (s.charCodeAt(k) === 0x5ea6 /* 度 */) k++;
  return isDigit(s.charCodeAt(k));
}

/**
 * Whether the text after the ； at `semi` is a stage of the target before it (支出进度：一季度25%；二季度50%): a period
 * and its figure (STAGE_START) in the unit of the last figure before — not a deed counted in a unit of its own
 * after a rate (资源化利用率60%以上；12月底前完成8个村设施改造: two indicators).
 */
export function stageGoesOn(s: string, from: number, semi: number): boolean {
  const stage = STAGE_START.exec(s.slice(semi + 1, semi + 24));
  if (stage === null) return false;
  let k = semi;
  while (k > from && !isDigit(s.charCodeAt(k - 1))) k--;
  // No figure before: nothing to set the stage's unit against.
  if (k === from) return true;
  return unitCharAfter(s, semi + stage.index + stage[0].length) === unitCharAfter(s, k - 1);
}

/** The first character of the unit after the figure whose digit stands at `at` ("" when none): %, 个, 万 → 元. */
function unitCharAfter(s: string, at: number): string {
  let k = at;
  while (k < s.length && (isDigit(s.charCodeAt(k)) || s.charCodeAt(k) === 46)) k++;
  while (k < s.length && isSpace(s.charCodeAt(k))) k++;
  if (s.charCodeAt(k) === 0x4e07 /* 万 */ || s.charCodeAt(k) === 0x4ebf /* 亿 */) k++;
  const c = s.charCodeAt(k);
  return k >= s.length || isClauseEnd(c) || c === 0x3001 ? "" : s[k];
}

/**
 * Where the comma after words of a task or a purpose opening the text stands (开展河道保洁，…), when they hold no
 * figure and one clause follows them; else -1.
 */
function leadInEnd(before: string): number {
  const k = before.indexOf(",");
  if (k < 2 || before.indexOf(",", k + 1) >= 0 || hasDigitOrMark(before, 0, k)) return -1;
  // "项目实施后，沿岸防洪标准达到20年一遇，保护农田1.2万亩": words of when the outcome comes lead in as a purpose does.
  return PURPOSE_START.test(before) || OUTCOME_AFTER.test(before.slice(0, k)) ? k : -1;
}

/** When an outcome comes: 项目实施后, 工程建成后, 设备投入使用后 — a project's step, then 后 (item/leadIn.ts too). */
export const OUTCOME_AFTER =
  /^\s*[\u4e00-\u9fa5]{0,8}(?:实施|建成|完成|完工|投用|投入使用|运行|运营|竣工)后\s*$/;

/** A comparator sign and a figure with its unit (or %) closing the words: ≥15期, ≤3天. */
const SIGNED_QUANTITY_END = /[≥≤<>]=?\s*(\d+(?:\.\d+)?)\s*(?:万|亿)?\s*([\u4e00-\u9fa5%]{1,3})\s*$/;

/** A comparator sign and a figure with its unit (or %), and nothing else: ≥600人次. */
const SIGNED_QUANTITY_ALONE =
  /^\s*[≥≤<>]=?\s*\d+(?:\.\d+)?\s*(?:万|亿)?\s*([\u4e00-\u9fa5%]{1,3})[\s。.;,]*$/;

/**
 * "新建健身路径50条/笼式足球场4个/社区多功能运动场3个": whether the / at `slash` separates two whole quantity
 * items — a figure and its unit (or %) before it, a name of two characters or more and its figure after it, up
 * to the next clause end. Never inside a unit (元/人次, 次/年: no figure after), a date or a fraction (2024/12/31,
 * 1/3: a digit before it).
 */
export function slashSeparatesItems(s: string, from: number, slash: number): boolean {
  let k = slash;
  while (k > from && isSpace(s.charCodeAt(k - 1))) k--;
  const last = s.charCodeAt(k - 1);
  if (!(last === 37 || (last >= 0x4e00 && last <= 0x9fa5))) return false;
  let end = slash + 1;
  while (end < s.length && !isClauseEnd(s.charCodeAt(end)) && s.charCodeAt(end) !== 47) end++;
  if (!FIGURE_UNIT_END.test(s.slice(Math.max(from, k - 12), k))) return false;
  const rest = s.slice(slash + 1, end);
  // 培训人数500人/合格率95%/当年完成: a deadline after the figures is an indicator of its own (never a unit's
  // period, 次/年, 元/人/月: three characters at least, read as a date); so is the next labelled field
  // (培训人数500人/质量指标：合格率95%).
  return (
    NAME_THEN_FIGURE.test(rest) ||
    (rest.trim().length >= 3 && parseTarget(rest).kind === "date") ||
    isLabelledField(s, slash + 1, end)
  );
}
const FIGURE_UNIT_END = /\d\s*(?:万|亿)?\s*(?:%|[\u4e00-\u9fa5]{1,3})$/;
const NAME_THEN_FIGURE =
  /^\s*(?!其中|含|较|比|约|共|合计|累计|每|全年|同比|环比)[\u4e00-\u9fa5]{2,16}?\s*(?:[≥≤<>=]|不少于|不低于|达到?)?\s*\d+(?:\.\d+)?\s*(?:万|亿)?\s*(?:%|[\u4e00-\u9fa5]{1,4})[\s。.]*$/;

/**
 * Whether the 、 at `comma` stands between two bounds, each a comparator sign and a figure, in units of
 * their own (培训果农≥15期、≥600人次): two indicators of one name — not a range or a list of years in
 * one unit (≥90%、≥95%).
 */
function secondBound(before: string, s: string, comma: number): boolean {
  const next = s.charCodeAt(comma + 1);
  if (next !== 0x2265 && next !== 0x2264 && next !== 60 && next !== 62) return false;
  let end = comma + 1;
  while (end < s.length && !SECOND_BOUND_END.has(s.charCodeAt(end))) end++;
  const rest = SIGNED_QUANTITY_ALONE.exec(s.slice(comma + 1, end));
  const first = rest ? SIGNED_QUANTITY_END.exec(before) : null;
  return first !== null && first.index >= 2 && first[2] !== rest![1];
}

/** What ends the text after a 、 that secondBound reads: a comma, a ；, a 。, a line break or another 、. */
const SECOND_BOUND_END = codeSet([44, 59, 0x3002, 10, 0x3001]);

/** A count at one level of government: 区级1个, 镇(街道)级13个, 村级2名. */
const LEVEL_PART = /^\s*(?:[省市县区镇乡村]|乡镇|街道|社区|镇\s*\(\s*街道\s*\)|乡\s*\(\s*镇\s*\))级\s*\d/;

/** The last clause of a text: what follows its last colon or comma. */
function lastClause(text: string): string {
  return text.slice(Math.max(text.lastIndexOf(":"), text.lastIndexOf(",")) + 1);
}

/** A month or a day that ends a list item: 1月, 春防5月, 1月25日. */
const LISTED_DATE_END = /\d\s*(?:月|日|号)\s*$/;

/** A month or a day next in the list: 7月底前完成, 10月31日前. */
const DATE_NEXT = /^\s*\d{1,2}\s*(?:月|日|号)/;

/** Words that relate a target to last year: 较上年…, 比去年…, 同比…. */
const RELATIVE_START = /^\s*(?:(?:较|比)(?:\d{4}\s*年|上年度|上一年|上年|去年|同期|基期)|同比|环比)/;

/** A resolve or a joining word before a restatement: 确保零发生, 力争更高, 并逐年提高. */
const RESOLVE_LEAD = /^\s*(?:确保|力争|争取|并且|并|且)?\s*/;

/** None at all, or better, with no name: 零发生, “零事故”, 更高, 更好水平. */
const BARE_RESTATEMENT = /^[“"]?零(?:发生|增长|事故|伤亡|投诉|差错)?[”"]?$|^更(?:高|好|优|大)(?:水平)?$/;

/**
 * Whether a clause after a ； or a comma only restates or qualifies the target before it, with no name
 * of its own: 较上年有所提高, 较上年提高2个百分点, 确保零发生, 逐年提高, 力争更高. It belongs to that
 * target (which gives the value), not to an indicator of its own.
 */
export function restatesTarget(clause: string): boolean {
  if (RELATIVE_START.test(clause)) return true;
  // (A digit anywhere is one between the resolve and the closing marks, which hold none.)
  if (hasDigitOrMark(clause, 0, clause.length)) return false;
  // Short, with no figure: most clauses are longer than a restatement, and are not sliced.
  let b = clause.length;
  while (b > 0 && isRestatementEnd(clause.charCodeAt(b - 1))) b--;
  const a = RESOLVE_LEAD.exec(clause)?.[0].length ?? 0;
  if (b <= a || b - a > 8 || hasDigitOrMark(clause, a, b)) return false;
  const t = clause.slice(a, b);
  if (BARE_RESTATEMENT.test(t)) return true;
  // 逐年提高, 有所改善, 持续提升: a change with no name before it — not an outcome that stands alone (确保安全度汛
  // after 因灾死亡人数0人 is an indicator of its own).
  const tail = QUALITATIVE_TAIL.exec(t);
  return tail !== null && tail.index === 0 && !OUTCOME_ALONE.test(t);
}

/** Outcomes QUALITATIVE_TAIL reads that say something of their own, not of the figure before them. */
const OUTCOME_ALONE = /安全度汛|和谐稳定|有保障|有力|建立|建成|形成|破坏/;

/**
 * "确保安全度汛", "社会和谐稳定": a short clause with no figure that is an outcome of its own (OUTCOME_ALONE), a
 * resolve before it or not — an indicator after a whole one, not a restatement of its target.
 */
function isOutcomeAlone(t: string): boolean {
  const a = RESOLVE_LEAD.exec(t)?.[0].length ?? 0;
  if (t.length - a > 8 || !OUTCOME_ALONE.test(t)) return false;
  const tail = QUALITATIVE_TAIL.exec(t.slice(a));
  return tail !== null && tail.index === 0;
}

/** Words of purpose or a task that open a lead-in, not a name: 改善…, 保障…, 开展…, 依据…. */
const PURPOSE_START =
  /^\s*(?:通过|为了|为|围绕|按照|根据|依据|依托|结合|改善|提升|提高|促进|推动|带动|保障|确保|实现|加强|增强|营造|丰富|稳定|开展|做好|落实|推进|完善|健全|优化|维护|减少|降低|增加|有效|持续|进一步)/;

/**
 * 、稳定达标, 、可持续, 、稳定向好, 、安全便捷: a second state after a 、 that names no subject of its own, ending the words — one
 * subject's two states (水质明显改善、稳定达标), read as one target.
 */
export const JOINT_STATE =
  /、\s*(?:稳定|持续|基本|全面|长期|长效|全部)?(?:达标|合格|可持续|有序|可控|高效|规范|稳定|安全|持续|向好|便捷|畅通|整洁|美观|干净|舒适|宜居|和谐){1,2}[\s。.;,，；]*$/;

/**
 * "1、报修及时处理，满意度≥90%", "水质稳定达到Ⅳ类标准；COD浓度≤30mg/L": whether the comma (or ；) at `comma`
 * ends a whole indicator in words — a name of its own closed by a state, a timing or a standard, no
 * figure — before another with its own name, comparator and number. Then both are indicators; not where the words lead in (开展参保扩面，参保率≥95%; 改善人居环境，…),
 * nor where they name the subject of the next (报修处理及时，报修处理及时率100%; 诉求及时回应，回应率100%).
 */
export function stateThenIndicator(s: string, from: number, comma: number): boolean {
  const mark = s.charCodeAt(comma);
  // (高龄津贴每月10日前发放: the day of a deadline each month is no figure of the words.)
  if (
    (mark !== 44 && mark !== 59) ||
    (hasDigitOrMark(s, from, comma) && !RECURRING_DEED.test(s.slice(from, comma)))
  )
    return false;
  // The indicator after the comma first: most commas (巡查企业数，不少于2万家次) have none, and the
  // words before them are then not looked at.
  const end = comparedClauseEnd(s, comma + 1);
  // "农村饮水安全得到保障，受益人口3500人", "垃圾日产日清，清运量约25吨/日": or a name and a bare figure.
  const withComparator = end >= 0 ? OWN_NAME_THEN_COMPARED.exec(s.slice(comma + 1, end)) : null;
  const compared = withComparator ?? (mark === 44 ? bareFigureAfter(s, comma + 1) : null);
  if (compared === null) return false;
  // Under a label (产出指标：…) the words after it count.
  const colon = s.lastIndexOf(":", comma - 1);
  const before = s.slice(colon >= from ? colon + 1 : from, comma);
  if (before.length > 24 || PURPOSE_START.test(before)) return false;
  // 矿区生态环境明显改善、稳定向好；…: a second state of the same subject after a 、 closes the first one's words.
  const joint = before.includes("、") ? JOINT_STATE.exec(before) : null;
  const head = joint ? before.slice(0, joint.index) : before;
  const state = stateTail(head) ?? heldTail(head);
  const tail =
    state ??
    (joint ? null : (timingTail(before) ?? STANDARD_TAIL.exec(before) ?? RECURRING_TAIL.exec(before)));
  // "日产日清，清运率100%": a timing that says its own deed is whole with no name.
  // (So does a schedule alone after a figure, 每人每月补贴500元，按月足额发放，补贴发放准确率100%: a timing of its own.)
  if (tail !== null && tail.index === 0 && (SELF_NAMED_TIMING.test(before) || afterFigure(s, from, before)))
    return true;
  const name = tail ? before.slice(0, tail.index).trim() : "";
  if (name.length < 2 || /[,;。、]/.test(name)) return false;
  // A state reached may be measured by a bare rate after it (农民种粮收益稳定，补贴到户率100%: one) — not a deed
  // done in time or a standard met (救助资金及时足额发放到位，救助对象识别准确率100%), nor by a count of its own
  // (受益人口3500人).
  if (withComparator === null && state !== null && compared[2] === "%") return false;
  if (sizesTheChange(before, compared[0])) return false;
  // The words name the next one's subject when its name holds their whole name (报修处理及时，报修处理及时率100%)
  // or a word of their state (诉求及时回应，回应率100%) — not where the two names only share a word of the
  // place or the people (学生营养健康状况持续改善，学生体质健康达标率≥92%: two measures of 学生), nor where the rate
  // measures a quality of the act, not its timing (农村低保金按月发放，发放准确率100%: two, as round 209 left it).
  return (
    !compared[1].includes(name) &&
    (!sharesWord(before.slice(tail!.index), compared[1]) ||
      (tail !== state && QUALITY_RATE.test(compared[1])))
  );
}

/** A rate of an act's quality, not of its being done (in time): 发放准确率, 拨付合格率, 识别精准率. */
const QUALITY_RATE = /(?:准确|精准|正确|合格|规范)率\s*$/;

/**
 * 农民收入稳定增长，增幅≥6%: a change said in words (稳定增长, 明显提高, 逐年下降) closing the words before a comma,
 * then how large it is (增幅, 增长率, 降幅 and its figure) — one indicator, the size its target.
 */
export function sizesTheChange(before: string, after: string): boolean {
  return CHANGE_SIZE.test(after) && CHANGE_WORD.test(before.slice(-4));
}
const CHANGE_SIZE =
  /^\s*(?:年均|同比|平均)?(?:增幅|增速|涨幅|降幅|减幅|增长率|增长幅度|下降率|下降幅度|降低率|提高幅度|提升幅度)\s*(?:[≥≤<>=]|不少于|不低于|不超过|达到?|约|为)?\s*\d/;

/**
 * The clause at `at` when it is a name of its own and a bare figure closing it (受益人口3500人, 清运量约25吨/日,
 * 验收合格率100%; 受益群众三百人, in Chinese numerals, its unit not captured): [clause, name, unit]; else null. Its
 * digit, or a numeral, is looked for first.
 */
function bareFigureAfter(s: string, at: number): RegExpExecArray | null {
  let end = at;
  let digit = false;
  let numeral = false;
  for (; end < s.length && !isClauseEnd(s.charCodeAt(end)); end++) {
    const c = s.charCodeAt(end);
    if (isDigit(c)) digit = true;
    else if (isCnNumeralCode(c)) numeral = true;
  }
  if (digit) return BARE_NAMED_FIGURE.exec(s.slice(at, end));
  // (受益群众三百人: a quantity in Chinese numerals, as digits; its unit is no %.)
  if (!numeral) return null;
  const clause = s.slice(at, end);
  return hasCnFigure(clause) ? BARE_NAMED_CN_FIGURE.exec(clause) : null;
}
const BARE_NAMED_FIGURE =
  /^\s*(?!其中|含|较|比|约|共|合计|累计|每|全年|确保|力争|同比|环比)([^\d\s,;:。、()≥≤<>=*%]{2,16}?)\s*约?\s*\d+(?:\.\d+)?\s*(?:万|亿)?\s*(%|[^\d\s,;:。、()%]{1,4})(?:以上|以内|以下)?[\s。.]*$/;

/**
 * Whether the words after a comma are one clause with no figure: no digit or mark, no 、 and no clause start —
 * what a subject's own standard, state or timing (ownStandard, isOwnState, ownTiming) is said in.
 */
function oneBareClause(rest: string): boolean {
  return !(hasDigitOrMark(rest, 0, rest.length) || rest.includes("、") || CLAUSE_START.test(rest));
}

/**
 * A subject of two characters or more, no figure, and the standard it meets: 交接断面水质达到Ⅲ类, 工程质量符合设计要求
 * (its 达到, 符合 or 满足 looked for first).
 */
function ownStandard(rest: string): boolean {
  if (!(rest.includes("达到") || rest.includes("符合") || rest.includes("满足"))) return false;
  if (!oneBareClause(rest)) return false;
  const tail = STANDARD_TAIL.exec(rest) ?? WATER_CLASS_TAIL.exec(rest);
  return tail !== null && rest.slice(0, tail.index).trim().length >= 2 && !OPENS_PURPOSE.test(rest);
}
/** The work itself passed, nothing more: 工程合格, 项目建设达标. */
const WORK_PASSED = /^\s*(?:工程|项目)(?:建设)?\s*(?:合格|达标)[\s。.]*$/;
const WORK_FIRST = codeSet("工项");

/**
 * The work's check passed, said with what is checked: 竣工验收合格, 工程质量合格, 项目质量检测达标 — not a bare 质量合格 or 验收合格, nor the figure's
 * things all passing (全部合格, 均验收合格): the target before restated. 验 or 质 looked for first.
 */
function ownCheckPassed(rest: string): boolean {
  if (!(rest.includes("验") || rest.includes("质"))) return false;
  return OWN_CHECK_PASSED.test(rest);
}
/**
 * "主汛期前完成主体工程，2025年5月31日前": a deadline and its deed before the comma at `comma`, then a date alone — the
 * deed names the date (as 项目完工时间 does in 项目完工时间，2025年5月31日前), one indicator, not a deed and a date
 * with no name.
 */
function deedThenDateAlone(s: string, from: number, comma: number): boolean {
  if (!holdsDeadlineMark(s, from, comma) || !dateAloneAfter(s, comma + 1)) return false;
  const deed = lastClause(s.slice(from, comma));
  return (
    isDeadlineClause(deed) && !otherMonthBefore(deed, s.slice(comma + 1, sentenceEndAfter(s, comma + 1)))
  );
}

/**
 * "6月底前完成招标，2025年12月31日前": the deed's deadline a month of its own, not the date's after it — two milestones
 * (as 6月底前完成招标，12月底前完工 are), the date no restatement of the deed's (年底前, 主汛期前, 6月底前 … 2025年6月30日前).
 */
function otherMonthBefore(deed: string, date: string): boolean {
  const own = MONTH_OF.exec(deed);
  if (!own) return false;
  const later = MONTH_OF.exec(date);
  return later !== null && Number(own[1]) !== Number(later[1]);
}
const MONTH_OF = /(\d{1,2})\s*月/;

/** deedThenDateAlone of a whole text of two clauses: 年底前完成验收，2025年12月31日前 is one indicator, no milestones. */
export function isDeedThenDateAlone(text: string): boolean {
  const comma = text.indexOf(",");
  return comma > 0 && text.indexOf(",", comma + 1) < 0 && deedThenDateAlone(text, 0, comma);
}

/**
 * Whether the clause at `at` is one date and nothing after it but 前: 2025年5月31日前, 于12月底前 — a target with no
 * name or deed of its own.
 */
function dateAloneAfter(s: string, at: number): boolean {
  const end = sentenceEndAfter(s, at);
  if (end - at > 20 || !isDigit(s.charCodeAt(firstNonSpace(s, at)))) return false;
  const clause = s.slice(at, end);
  const spans = findDates(clause);
  return (
    spans.length === 1 &&
    clause.slice(0, spans[0].start).trim() === "" &&
    DATE_ALONE_TAIL.test(clause.slice(spans[0].end))
  );
}
const DATE_ALONE_TAIL = /^\s*(?:底|末)?\s*(?:前|以前|之前)?[\s.]*$/;

/** Where the clause starting at `at` ends: the next comma, ；, 。 or line break (or the text's end). */
function sentenceEndAfter(s: string, at: number): number {
  let k = at;
  while (k < s.length && !isClauseEnd(s.charCodeAt(k))) k++;
  return k;
}
const OWN_CHECK_PASSED =
  /^\s*(?!全部|全|均|都|一律|一次)[\u4e00-\u9fa5]{2,6}?(?:一次性?)?(?:验收|质量|检测|检验)(?:一次性?)?(?:合格|达标|通过)[\s。.;,]*$/;

/** A class of water reached: 达到Ⅲ类, 达到地表水Ⅳ类标准. */
const WATER_CLASS_TAIL = /达到[^\d,;:。]{0,6}?[ⅠⅡⅢⅣⅤ]+类(?:水质|水|标准)?[\s。.;,]*$/;

/** A standard to meet closing the words: 水质稳定达到Ⅳ类标准, 工程质量符合设计要求. */
const STANDARD_TAIL = /(?:达到|符合|满足)[^,;:。]{1,16}?(?:标准|要求|规定)\s*$/;

/**
 * Where the clause that starts at `a` ends (the next comma or sentence end), or -1 when it has no digit,
 * or no comparator's sign or first character (≥ ≤ < > = 不 大 小 低 高 超 达 至), nor a change's (同 环 提 增
 * 上 下 降 减), two characters or more
 * after `a`, where OWN_NAME_THEN_COMPARED's comparator stands after a name of two: one scan, before any
 * slice or pattern (test/core/text/quickChecks.test.ts holds it to that).
 */
export function comparedClauseEnd(s: string, a: number): number {
  let digit = false;
  let compared = false;
  let k = a;
  for (; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (isClauseEnd(c)) break;
    if (c >= 48 && c <= 57) digit = true;
    else if (k >= a + 2 && !compared) compared = COMPARATOR_FIRST.has(c);
  }
  return digit && compared ? k : -1;
}
const COMPARATOR_FIRST = codeSet("≥≤<>=不大小低高超达至同环提增上下降减");

function isClauseEnd(c: number): boolean {
  return c === 44 || c === 59 || c === 0x3002 || c === 10;
}

/**
 * A name of its own, then a comparator and a number: 满意度≥90%, 维修完成率不低于95%, or a change and its figure:
 * PM2.5年均浓度同比下降3% (not a bare figure:
 * 农民种粮收益稳定，补贴到户率100% stays one, as realLayouts reads it).
 */
export const OWN_NAME_THEN_COMPARED =
  /^\s*(?!其中|含|较|比|约|共|合计|累计|每|全年|确保|力争|同比|环比)((?:[A-Za-z]+\d+(?:\.\d+)?)?[^\d\s,;:。、()≥≤<>=*]{2,16}?)\s*(?:[≥≤<>=]|不少于|不低于|不超过|不高于|大于|小于|高于|低于|超过|达到?|至少|(?:同比|环比)?(?:提高|提升|增长|增加|上升|下降|降低|减少))\s*\d/;

/** Whether two names share two characters in a row (报修处理 and 报修处理及时率 share 报修). */
function sharesWord(a: string, b: string): boolean {
  for (let k = 0; k + 2 <= a.length; k++) if (b.includes(a.slice(k, k + 2))) return true;
  return false;
}

/** What may close a restatement: spaces and 。 . ; , (canonical text). */
function isRestatementEnd(c: number): boolean {
  return isSpace(c) || c === 0x3002 || c === 46 || c === 59 || c === 44;
}

/**
 * Whether the words before a 、 are a subject's state said whole (尾矿库安全隐患有效消除, 群众出行条件明显改善): a
 * subject of its own, then a state reached with its adverb, and no figure — not a name listed before the next
 * (脱贫户、监测户收入明显提高), nor a state of the one subject the list goes on with (明显改善、稳定达标).
 */
function stateOfItsOwn(before: string): boolean {
  const clause = lastClause(before);
  return !hasDigitOrMark(clause, 0, clause.length) && isOwnState(clause);
}

/** A name of two characters or more, no figure, closed by a change or a state: 群众出行更加便捷. */
function isOwnState(rest: string): boolean {
  if (!oneBareClause(rest)) return false;
  if (nameThenState(rest)) return true;
  return heldTail(rest) !== null;
}

/**
 * A state held closing the words after a subject of three characters or more, as 稳定 is one reached: 医保基金运行 |
 * 平稳, 当期收支 | 基本平衡, 社会秩序 | 良好 — STATE_TAIL's states, not its grades or work done (合格, 达标, 到位, 完成:
 * the target of a name before them) unless held over time (出水水质 | 稳定达标), nor said of no subject (效益指标：运行平稳，
 * 不发生重大事故 is one).
 */
function heldTail(text: string): RegExpExecArray | null {
  const held = stateAtEnd(text);
  if (held === null || !HELD_STATE.test(held[0])) return null;
  const colon = text.lastIndexOf(":", held.index);
  // (水质 | 稳定达标: a grade held over time is said of a subject of two characters as well.)
  const named = text.slice(colon + 1, held.index).trim().length;
  return named >= 3 || (named === 2 && HELD_GRADE.test(held[0])) ? held : null;
}
const HELD_STATE = /(?:平稳|良好|优良|平衡|有序|畅通|完好|(?:稳定|持续|长期)(?:达标|合格))[\s。.;,]*$/;
const HELD_GRADE = /^(?:稳定|持续|长期)(?:达标|合格)/;

/** A timing that is a deed of its own, said alone: 日产日清, 日清日结, 随报随办. */
const SELF_NAMED_TIMING = /^\s*(?:日产日清|日清日结|随报随办)/;

/** A name of two characters or more, no figure, and when its deed is done: 电费按月支付, 垃圾日产日清. */
function ownTiming(rest: string): boolean {
  if (!oneBareClause(rest)) return false;
  const timing = timingTail(rest);
  if (timing === null || OPENS_PURPOSE.test(rest)) return false;
  // "垃圾无害化处理率达100%，日产日清": a timing that says its own deed (垃圾 cleared the day it is made) needs no
  // name; it reads as a schedule with no name does (按规定时间报送).
  const named = rest.slice(0, timing.index).trim().length;
  return named >= 2 || (named === 0 && SELF_NAMED_TIMING.test(timing[0]));
}

/**
 * The year a deed is done in and the deed, nothing more: 年内完工, 当年建成投用, 确保年内全部完成 — a date of its own
 * (item/dateTail.ts reads 年内 as the year); 完成 or 建成 and the work finished named at length too
 * (年内完成全旗肉羊养殖信息化监测平台建设, as LONG_DEED after a deadline).
 */
const WITHIN_YEAR_DEED =
  /^\s*(?:确保|力争|争取|计划|预计)?\s*(?:年内|当年|本年度?内?|年度内)\s*(?:全部|全面|如期|按期)?(?:(?:完成|建成)[\u4e00-\u9fa5]{0,16}|(?:完工|竣工|投用|交付|验收)[\u4e00-\u9fa5]{0,4})[\s。.]*$/;
const WITHIN_YEAR_FIRST = codeSet("确力争计预年当本");

/** Whether the words are WITHIN_YEAR_DEED (its first character looked at first). */
function withinYearDeed(text: string): boolean {
  return WITHIN_YEAR_FIRST.has(text.charCodeAt(firstNonSpace(text, 0))) && WITHIN_YEAR_DEED.test(text);
}

/**
 * 疫情发生面积明显下降，全年不发生新的疫点乡镇: a state reached (a change, not a state held) by a subject of its own,
 * before which an event that must not happen is a statement of its own, as under a label (labelledStatesCut) — not
 * after a state held (运行平稳，不发生重大事故 is one).
 */
function stateReachedOwn(before: string, rest: string): boolean {
  if (before.includes(",")) return false;
  const reached = reachedTail(before);
  // (水库安全度汛，无垮坝事故: no accident is what the safety reached means, as under a label.)
  if (reached === null || (reached[0].includes("安全") && SAFETY_EVENT.test(rest))) return false;
  return before.slice(0, reached.index).trim().length >= 2;
}

/** A resolve or a purpose that opens the words: 确保…, 力争…, 为…, 通过…. */
const OPENS_PURPOSE = /^\s*(?:确保|力争|争取|为|通过|按照|根据)/;

/**
 * Town prose, one flowing sentence with no labels (全年养护村级道路32公里，养护资金及时拨付，群众出行更加便利，
 * 群众满意度95%以上): whether the comma at `comma` ends words that are a whole statement of their own — a name
 * and the state it reaches or when its deed is done (养护资金及时拨付, 群众出行更加便利), no figure — before a
 * clause with a subject of its own: another such statement, or a satisfaction and its figure, which is never
 * the target of words before it. Not where the words are a name whose target follows (巡查企业数，不少于2万家次),
 * nor before another measure's figure (农民种粮收益稳定，补贴到户率100%: the figure may be the words' own),
 * nor before a satisfaction the words already speak of (群众满意，满意度≥95%). A deadline and its deed
 * (确保每月10日前发放) is such a statement too; and a benefit stated by its verb (改善水库周边生态环境) is one of its
 * own after a whole indicator or a statement.
 */
export function proseClauseCuts(s: string, from: number, comma: number): boolean {
  if (comma - from > 40) return false;
  const end = sentenceEndAfter(s, comma + 1);
  if (nameThenItsFigure(s, from, comma, end)) return false;
  // (主汛期前完成主体工程，2025年5月31日前: the date is the deed's target, deedThenDateAlone.)
  if (deedThenDateAlone(s, from, comma)) return false;
  // "工资每月底前发放，2025年12月底前完成全年发放": a deed done each period, then a deadline that comes once (the
  // year's work done by then), is a date of its own — not a deadline each period, which says when the deed
  // before is done (低保金按月发放，每月10日前发放到位: one).
  if (onceAfterRecurring(s.slice(from, comma), s.slice(comma + 1, end))) return true;
  // "新修村内道路1.8公里，11月底完工，受益群众600人": a month's end and its deed (前 unwritten) is a date of its
  // own before a name and its figure, which is no target of it.
  const monthEnd = mayEndMonth(s, from) && MONTH_END_DEED.test(s.slice(from, comma));
  if (monthEnd && namedFigureAfter(s, comma + 1)) return true;
  // "成活率不低于85%，改善水库周边生态环境": a benefit stated by its verb, after a whole indicator or a statement.
  if (mayStateBenefit(s, comma + 1) && BENEFIT_DEED.test(s.slice(comma + 1, end)))
    return closesWhole(s.slice(from, comma));
  // "道路完好率达85%以上，全年养护": a period and the work done through it, an indicator of its own (时效).
  if (
    PERIOD_FIRST.has(s.charCodeAt(firstNonSpace(s, comma + 1))) &&
    PERIOD_DEED.test(s.slice(comma + 1, end))
  )
    return closesWhole(s.slice(from, comma));
  // "9月底前完工，解决群众夜间出行难问题，群众满意度达95%": a purpose stated by its verb, before a clause with a
  // name and a figure of its own, leads in to that indicator (item/leadIn.ts) — it is none of the figure before.
  if (
    mayStatePurpose(s, comma + 1) &&
    PURPOSE_DEED.test(s.slice(comma + 1, end)) &&
    s.charCodeAt(end) === 44 &&
    namedFigureAfter(s, end + 1)
  )
    return closesWhole(s.slice(from, comma));
  // Most commas in prose follow a figure, and are cut (or not) by commaSeparatesIndicators — but a deadline
  // and its deed (确保每月10日前发放) is a statement too.
  const figure = hasDigitOrMark(s, from, comma);
  // What the words before are, each read once and only when a test below first asks (most commas ask none).
  let deadlineMark: boolean | undefined;
  let deadline: boolean | undefined;
  let event: boolean | undefined;
  let yearDeed: boolean | undefined;
  let statement: boolean | undefined;
  // (补助资金12月底前拨付到位: a deadline after the name of what is done by it.)
  if (figure && !mayStartDeadline(s, from) && !(deadlineMark ??= holdsDeadlineMark(s, from, comma)))
    return false;
  const before = s.slice(from, comma);
  // (2025年3月至11月组织施工，工程质量验收合格: a span of months and its deed is a date of its own, as a deadline is.)
  const period = figure && PERIOD_THEN_DEED.test(before);
  if (figure && !period && !(deadline ??= isDeadlineClause(before))) return false;
  const rest = s.slice(comma + 1, end);
  // "巡查企业数，显著提升": words with no figure after a name that is no statement, event, deadline or year's deed
  // are never cut (the last test below needs one) — told before the words after are read.
  if (
    !figure &&
    !hasDigitOrMark(rest, 0, rest.length) &&
    !(event ??= isEventStatement(before)) &&
    !(yearDeed ??= withinYearDeed(before)) &&
    !((deadlineMark ??= holdsDeadlineMark(s, from, comma)) && (deadline ??= isDeadlineClause(before))) &&
    !(statement ??= isStatement(before))
  )
    return false;
  const last = lastClause(before);
  if (last.includes(":") || CLAUSE_START.test(rest) || restatesTarget(rest)) return false;
  // (项目年底前完工，受益茶农两百户: a quantity in Chinese numerals is a figure as digits are.)
  if (hasDigitOrMark(rest, 0, rest.length) || hasCnFigure(rest)) {
    // (Each of the words' tests below is read at most once on any way through here: none needs a memo.)
    // "…，群众出行更加便利，群众满意度95%以上": after words with no figure (a statement, or more than one
    // clause: not a name alone), a satisfaction with its own name and figure is an indicator of its own.
    // "垃圾日产日清，12月底前完成全年保洁任务" / "院落环境整洁有序，工程于2024年9月前完工": after a statement, a
    // deadline and its deed is one of its own — its date is no target of the words before it. And after a
    // deadline and its deed (每月10日前发放到位), a name with its own figure (网格事件按时办结率不低于95%) is one too.
    // (Each test below is tried cheapest first: isDeadlineClause needs 前 — holdsDeadlineMark — and the
    // statement's own deadline or cost needs 前 or 每 in the words after; most item commas have neither.)
    const restMayDate = holdsDeadlineMark(rest, 0, rest.length) || EACH_START.test(rest);
    return (
      (rest.includes("满意") &&
        SATISFACTION_FIGURE.test(rest) &&
        !last.includes("满意") &&
        (before.includes(",") ||
          figure ||
          statementTail(last) >= 2 ||
          isDeadlineClause(last) ||
          withinYearDeed(last) ||
          isEventStatement(last))) ||
      (figure
        ? namedFigureAfter(s, comma + 1)
        : !restMayDate
          ? isEventStatement(before) && namedFigureAfter(s, comma + 1) && !isStatement(before)
          : isStatement(before)
            ? // "河面无明显漂浮垃圾，每公里年保洁经费约1万元": a cost per unit named of its own (eachNamesItsOwn) is
              // no target of a statement before it. A deadline for the statement's own deed says when it is done
              // (低保金按月发放，每月10日前发放到位: one).
              (isDeadlineClause(rest) && !sharesWord(before, rest)) ||
              (EACH_START.test(rest) && eachNamesItsOwn(rest, false))
            : // "全年无安全事故，清运率100%": an event that must not happen, before a name and its figure.
              isEventStatement(before) && namedFigureAfter(s, comma + 1)) ||
      // "…，年内完成，每人每月补助800元", "…，年底前完成，每人每月补助800元": a deadline and its deed close a date
      // of its own; a whole indicator follows (项目年底完工，受益农户156户682人: so does the year's end, 前 unwritten).
      (!figure &&
        ((yearDeed ??= withinYearDeed(before)) ||
          ((deadlineMark ??= holdsDeadlineMark(s, from, comma)) && (deadline ??= isDeadlineClause(before))) ||
          monthEnd) &&
        startsWholeIndicator(rest))
    );
  }
  // "全年不发生垃圾围村现象，镇区环境卫生明显提升", "6月底前物资全部入库，汛期人员零伤亡": an event that must not
  // happen is a statement of its own before a state, and after a figure or another event — not after a state,
  // which it says more of (效益指标：运行平稳，不发生重大事故 is one).
  // "河道漂浮物及时清理，全年无黑臭水体反弹": and after a deed done in time. "采暖季前全部完工，散煤燃烧污染有效遏制": a
  // deadline and its deed is a statement of its own before a state.
  event ??= isEventStatement(before);
  // (The words after are tried first: most are no statement of their own, and say so cheaply.)
  return (
    !OPENS_PURPOSE.test(rest) &&
    (isOwnState(rest) ||
      ownTiming(rest) ||
      // "2025年10月底前完工，工程质量验收合格": the work's check passed, a statement of its own after a date.
      (figure && ownCheckPassed(rest)) ||
      // "…，年内建成投用，村民满意": people satisfied, said whole, after a deed or a statement of its own.
      (isSatisfiedStatement(rest) && !before.includes("满意")) ||
      ((figure || event || ownTiming(before) || stateReachedOwn(before, rest)) && isEventStatement(rest))) &&
    (figure ||
      event ||
      (yearDeed ??= withinYearDeed(before)) ||
      ((deadlineMark ??= holdsDeadlineMark(s, from, comma)) && (deadline ??= isDeadlineClause(before))) ||
      (statement ??= isStatement(before)))
  );
}

/** Whether `before` is a deed done each period (RECURRING_DEED) and `rest` a deadline and its deed that comes once. */
function onceAfterRecurring(before: string, rest: string): boolean {
  return (
    (before.includes("每") || before.includes("按")) &&
    RECURRING_DEED.test(before) &&
    isDeadlineClause(rest) &&
    !RECURRING.test(rest)
  );
}

/**
 * A name and the deed done each period, its day or the period's end maybe written: 工资按月发放, 工资每月底前发放,
 * 补助资金每季度末前拨付, 工资每月15日前发放.
 */
const RECURRING_DEED =
  /^\s*[^\d\s,;:。、()≥≤<>=*]{2,10}?(?:按|每)(?:月|季度?|半年|年)(?:\s*\d{1,2}\s*(?:日|号))?\s*(?:底|末)?\s*(?:前|以前|之前)?[\u4e00-\u9fa5]{2,8}[\s。.]*$/;

/** A deadline each period and its deed closing the words: 每月10日前发放, 每季度末前拨付. */
const RECURRING_TAIL =
  /每(?:月|季度?|半年|年)(?:\s*\d{1,2}\s*(?:日|号))?\s*(?:底|末)?\s*(?:前|以前|之前)[\u4e00-\u9fa5]{2,8}[\s。.]*$/;

/** A period that recurs: 每月, 按季度, 每年, 次月. */
const RECURRING = /(?:每|按)(?:月|季度?|半?年|周|日)|次月/;

/**
 * "巡查企业数，不少于2万家次": a name with no figure, then its target's figure — the common comma in a numbered
 * item, which proseClauseCuts never cuts. Its characters tell: a figure after the comma (so no benefit, period
 * or purpose stated by its verb), none before, no 满意, 前 or 每 after, and before it no 前 (a deadline), no
 * 零, 不 or 无 (an event), no 底 or 末 (a month's or year's end: 项目年底完工) and no first character of a year's
 * deed — each test of proseClauseCuts needs one.
 */
function nameThenItsFigure(s: string, from: number, comma: number, end: number): boolean {
  for (let k = from; k < comma; k++) {
    const c = s.charCodeAt(k);
    if (
      (c >= 48 && c <= 57) ||
      c === 42 ||
      c === 0x524d ||
      c === 0x96f6 ||
      c === 0x4e0d ||
      c === 0x65e0 ||
      c === 0x5e95 ||
      c === 0x672b
    )
      return false; // a digit or *, 前, 零, 不, 无, 底 or 末
  }
  if (WITHIN_YEAR_FIRST.has(s.charCodeAt(firstNonSpace(s, from)))) return false;
  let figure = false;
  for (let k = comma + 1; k < end; k++) {
    const c = s.charCodeAt(k);
    if ((c >= 48 && c <= 57) || c === 42) figure = true;
    else if (c === 0x524d || c === 0x6ee1 || c === 0x6bcf) return false; // 前, 满, 每
  }
  return figure;
}

/**
 * Whether the words before a comma close an indicator of their own: a whole indicator with its figure, a
 * deadline and its deed (9月底前完工), a statement (养护资金及时拨付) or a period and its work (全年养护).
 */
function closesWhole(before: string): boolean {
  if (hasFigure(before)) return isWholeIndicator(before);
  return (
    isStatement(before) || isDeadlineDeed(before) || MONTH_END_DEED.test(before) || PERIOD_DEED.test(before)
  );
}

/** A period and the work done through it, nothing more: 全年养护, 常年开放, 全天候值守. */
const PERIOD_DEED = /^\s*(?:全年|常年|全天候|全天)[\u4e00-\u9fa5]{2,4}[\s。.]*$/;
const PERIOD_FIRST = codeSet("全常");

/**
 * A purpose stated by its verb, what it is done for after it, no figure: 解决群众夜间出行难问题, 方便群众出行,
 * 保障群众出行安全, 丰富群众文化生活.
 */
const PURPOSE_DEED =
  /^\s*(?:解决|方便|便利|便于|满足|消除|缓解|保障|改善|美化|优化|提升|提高|促进|带动|增强|减轻|保护|巩固|丰富)[^\d\s,;:。、()≥≤<>=*%]{2,20}[\s。.]*$/;
const PURPOSE_FIRST = codeSet("解方便满消缓保改美优提促带增减巩丰");

/** Whether PURPOSE_DEED may match at `at`: the first character after spaces starts one of its verbs. */
function mayStatePurpose(s: string, at: number): boolean {
  return PURPOSE_FIRST.has(s.charCodeAt(firstNonSpace(s, at)));
}

/**
 * Whether the clause at `at` is an indicator with a name and a figure of its own: 群众满意度达95%, 受益人数≥500人,
 * 受益人口4500人.
 */
function namedFigureAfter(s: string, at: number): boolean {
  const end = sentenceEndAfter(s, at);
  const clause = s.slice(at, end);
  return (
    hasDigitOrMark(clause, 0, clause.length) &&
    (SATISFACTION_FIGURE.test(clause) || OWN_NAME_THEN_COMPARED.test(clause) || NAMED_QUANTITY.test(clause))
  );
}

/** A name of its own (no resolve, no 其中 or 每 …), then a quantity closing the clause: 受益人口4500人. */
const NAMED_QUANTITY =
  /^\s*(?!其中|含|较|比|约|共|合计|累计|每|全年|确保|力争|同比|环比)[^\d\s,;:。、()≥≤<>=*]{2,16}?\s*\d+(?:\.\d+)?\s*(?:万|亿)?\s*[^\d\s,;:。、()]{1,4}[\s。.]*$/;

/** One clause of a name and the state it reaches or when its deed is done (养护资金及时拨付), no figure. */
function isStatement(text: string): boolean {
  return !text.includes(",") && text.length <= 24 && !PURPOSE_START.test(text) && statementTail(text) >= 2;
}

/**
 * What a deadline written first starts with (DEADLINE_START): a resolve, 于 or 在, a digit, 每, 年, a festival
 * (FESTIVALS: 春节, 五一, 重阳节 …) or a flood or rain season (汛前, 主汛期前, 入汛前, 雨季前).
 */
const DEADLINE_FIRST = codeSet("确力争计预拟于在每年0123456789两春元五七八中国端清重主入汛雨开秋冬采供");

/** Whether DEADLINE_START may match at `at`: the first character after spaces starts one of its words. */
export function mayStartDeadline(s: string, at: number): boolean {
  return DEADLINE_FIRST.has(s.charCodeAt(firstNonSpace(s, at)));
}

/** Whether the words are BENEFIT_DEED's (its first character looked at first). */
function isBenefitDeed(text: string): boolean {
  return mayStateBenefit(text, 0) && BENEFIT_DEED.test(text);
}

/** Whether BENEFIT_DEED may match at `at`: the first character after spaces starts one of its verbs. */
export function mayStateBenefit(s: string, at: number): boolean {
  return BENEFIT_FIRST.has(s.charCodeAt(firstNonSpace(s, at)));
}

function firstNonSpace(s: string, at: number): number {
  let k = at;
  while (k < s.length && isSpace(s.charCodeAt(k))) k++;
  return k;
}

/**
 * A deadline and its deed, written first (12月底前完成全年保洁任务) or after what is done (工程于2024年9月前完工), nothing
 * more.
 */
export function isDeadlineClause(text: string): boolean {
  if (isDeadlineDeed(text)) return true;
  const name = NAME_BEFORE_DEADLINE.exec(text);
  return name !== null && isDeadlineDeed(text.slice(name[0].length));
}
/**
 * A short name before a deadline, 于 or 在 between them or not: 工程|于2024年9月前完工, 补助资金|12月底前拨付到位.
 */
const NAME_BEFORE_DEADLINE = /^\s*[^\d\s,;:。、()≥≤<>=*于在]{2,8}(?=(?:于|在)?\s*\d)/;

/**
 * Whether s[from, to) holds 前, which every deadline DEADLINE_START reads closes with: no deadline clause
 * (isDeadlineClause) without it (test/core/text/quickChecks.test.ts holds it to that).
 */
export function holdsDeadlineMark(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (s.charCodeAt(k) === 0x524d /* 前 */) return true;
  return false;
}

/**
 * Whether the clause at `at` (to the next comma or sentence end) is a deadline and its deed, or a span of months
 * and its deed, nothing more.
 */
function deadlineDeedAfter(s: string, at: number): boolean {
  let end = at;
  while (end < s.length && end - at <= 32 && !isClauseEnd(s.charCodeAt(end))) end++;
  if (end - at > 32) return false;
  const clause = s.slice(at, end);
  return isDeadlineDeed(clause) || MONTH_END_DEED.test(clause) || PERIOD_THEN_DEED.test(clause);
}
/**
 * A month's or the year's end and the work finished by it, 前 unwritten: 10月底完工, 12月底全部完成, 年底完工,
 * 2024年底建成 — the work named before it or not (项目年底完工, 工程于12月底竣工).
 */
export const MONTH_END_DEED =
  /^\s*(?:(?:该|本)?(?:项目|工程)(?:建设)?\s*(?:于|在)?\s*)?(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月|(?:\d{4}\s*)?年)(?:底|末)\s*(?:全部|全面|如期)?(?:完成|完工|竣工|建成|投用|交付)[\s。.]*$/;
/** What MONTH_END_DEED starts with: a digit, 年, or the work's name (该, 本, 项目, 工程). */
const MONTH_END_FIRST = codeSet("0123456789年该本项工");

/** Whether the words at `at` (to the next comma or sentence end) may be MONTH_END_DEED's: its first character. */
export function mayEndMonth(s: string, at: number): boolean {
  return MONTH_END_FIRST.has(s.charCodeAt(firstNonSpace(s, at)));
}

/**
 * A deadline and its deed, nothing more: 确保每月10日前发放, 12月底前完成 — not the name of a date whose target
 * follows (汛前检查完成时间，4月15日前).
 */
function isDeadlineDeed(text: string): boolean {
  const deadline = DEADLINE_START.exec(text);
  if (deadline === null) return false;
  const deed = text.slice(deadline[0].length).trim();
  return (
    deed.length >= 2 &&
    // 完成 and what is finished, named at length (年底前完成互市贸易区信息化平台升级): still a deadline's deed.
    (deed.length <= 8 || (deed.length <= 18 && LONG_DEED.test(deed))) &&
    !hasDigitOrMark(deed, 0, deed.length) &&
    !/[,;:。、]/.test(deed) &&
    !DATE_NAME_END.test(deed)
  );
}
/** A deed of more than eight characters that is still one: 完成 or 建成 and the work finished. */
const LONG_DEED = /^(?:全面|全部|如期)?(?:完成|建成)[\u4e00-\u9fa5]{4,}$/;
/** What closes the name of a date, not a deed: 完成时间, 开工日期, 办结时限. */
const DATE_NAME_END = /(?:时间|日期|时限|期限|节点)$/;

/**
 * A benefit stated by its verb, the thing it is done for after it (改善水库周边生态环境, 提升群众安全感, 促进茶农增收,
 * 有效保障人民群众生命财产安全: an adverb before the verb or not), no figure: an indicator of its own in prose, not the target of the figure before it.
 */
export const BENEFIT_DEED =
  /^\s*(?:有效|切实|进一步|全面|持续)?(?:改善|美化|优化|提升|提高|促进|带动|增强|减轻|降低|减少|保护|保障|巩固|丰富)[^\d\s,;:。、()≥≤<>=*%]{4,20}[\s。.]*$/;
const BENEFIT_FIRST = codeSet("改美优提促带增减降保巩丰有切进全持");

/**
 * People's income or work gained, stated by its verb, no figure: 带动茶农增收, 促进农民持续增收, 带动脱贫人口稳定就业,
 * 助力群众致富 — an effect of its own under a category label.
 */
export const PEOPLE_GAIN =
  /^\s*(?:有效|切实|进一步|持续)?(?:带动|促进|助力|帮助|拉动|实现)[^\d\s,;:。、()≥≤<>=*%]{0,16}?(?:稳定|持续|稳步)?(?:增收|就业|致富|脱贫)[\s。.]*$/;
const GAIN_FIRST = codeSet("带促助帮拉实有切进持");

/** Whether the words at `at` may be PEOPLE_GAIN's (its first character; the quick check before it). */
export function mayGainForPeople(s: string, at: number): boolean {
  return GAIN_FIRST.has(s.charCodeAt(firstNonSpace(s, at)));
}

/** A satisfaction's name, then its figure: 群众满意度95%以上, 干部满意度达95%, 受益群众满意率≥90%. */
const SATISFACTION_FIGURE =
  /^\s*[^\d\s,;:。、()≥≤<>=*]{0,12}满意(?:度|率)\s*(?:达到|达|为|保持在|在|[≥≤<>=]|不低于|不少于|高于|超过)?\s*\d/;

/**
 * Where the state, the held state or the timing that closes the words starts (the name's length, with
 * spaces), or -1 when none does: 群众出行|更加便利, 养护资金|及时拨付, 道路|畅通.
 */
function statementTail(text: string): number {
  const tail = stateTail(text) ?? timingTail(text) ?? stateAtEnd(text);
  return tail === null ? -1 : text.slice(0, tail.index).trim().length;
}

/** Whether a change or a state closes the text after a name of two characters or more. */
function nameThenState(text: string): boolean {
  const tail = stateTail(text);
  return tail !== null && text.slice(0, tail.index).trim().length >= 2;
}

/**
 * A change or a state closing the words (QUALITATIVE_TAIL), or the words item/patterns.ts PHRASE_TAIL and
 * ADVERB_TAIL read as one (日益丰富, 保持较低水平, 有效发挥, 按计划及时召开), each tried where its quick test lets
 * it, in parseItem's order.
 */
export function stateTail(text: string): RegExpExecArray | null {
  return reachedTail(text) ?? adverbTail(text) ?? noneVisibleTail(text);
}

/** 河面无明显漂浮物: 无明显… after a name, as parseItem reads it (NONE_VISIBLE_TAIL). */
function noneVisibleTail(text: string): RegExpExecArray | null {
  return text.includes("无明显") ? NONE_VISIBLE_TAIL.exec(text) : null;
}

/** The phrase or the change or state closing the words (stateTail without its adverbs). */
function reachedTail(text: string): RegExpExecArray | null {
  return (mayEndWithPhrase(text) ? PHRASE_TAIL.exec(text) : null) ?? QUALITATIVE_TAIL.exec(text);
}

function adverbTail(text: string): RegExpExecArray | null {
  return mayEndWithAdverb(text) ? ADVERB_TAIL.exec(text) : null;
}

/**
 * Whether the text has a digit or a comparator's sign outside its dates (2024年 is no figure) — or a quantity in
 * Chinese numerals (硬化组道一千二百米, 受益农户三百户: a figure as digits are).
 */
function hasFigure(text: string): boolean {
  if (!hasDigitOrMark(text, 0, text.length)) return hasCnFigure(text);
  let from = 0;
  for (const span of findDates(text)) {
    if (hasDigitOrMark(text, from, span.start)) return true;
    from = span.end;
  }
  return hasDigitOrMark(text, from, text.length);
}

/** Whether the text ends with 前 (a deadline: 1月25日前, 5月底前). */
function endsWithDeadline(text: string): boolean {
  let k = text.length;
  while (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
  return text.charCodeAt(k - 1) === 0x524d /* 前 */;
}

/** Whether the text's last clause (after its last comma or sentence end) opens with 其中, 含 … . */
function inClause(text: string): boolean {
  let k = text.length;
  while (k > 0) {
    const c = text.charCodeAt(k - 1);
    if (c === 44 || c === 59 || c === 0x3002 || c === 10) break;
    k--;
  }
  return CLAUSE_START.test(k === 0 ? text : text.slice(k));
}

/** A name and its target in brackets: 服务器数量(≥20台). */
const NAME_BRACKETED_TARGET = /^\s*[^\d\s,;:。、()≥≤<>=*]{2,16}\([^()]*[\d≥≤<>=*]/;

/**
 * Brackets a name may carry without being a target: a template's placeholder (≥**万元) and a unit (人次,
 * %). "产值（≥**万元）≥70万元" reads, for the tests below, as "产值≥70万元".
 */
const NAME_BRACKET = /\((?:[^()]*[*＊][^()]*|%|[\u4e00-\u9fa5a-zA-Z/]{1,4})\)/g;

/**
 * Labels that some cells start with: 绩效目标：, 年度绩效指标：, 年度目标：, 部门整体绩效目标：, 指标：, and a
 * budget explanation's 主要绩效指标： (before 产出指标：…).
 */
export const CELL_LABEL =
  /^\s*(?:部门整体(?:支出)?|整体|项目|总体)?(?:年度)?(?:主要)?(?:总体)?(?:绩效)?(?:目标|指标)\s*:\s*/;

/**
 * A qualitative target at the end of words: 明显提升, 有效改善, 健全, 逐步完善 — a state reached (有效控制,
 * 基本满足, 有所缓解, 得到缓解: 得到 and any two characters say what was done to the thing named before it) — with 普遍
 * (纪法意识 | 普遍增强), a hold before a qualified state (化肥市场价格 | 保持基本稳定), 持续扩大, 稳中有降/升/增/进,
 * 和谐稳定 and 保障有力 (边境管控 | 有力); work or income kept up (脱贫劳动力 | 稳定就业, 农户 | 持续增收); what is kept or narrowed (控辍保学成效 | 持续巩固, 城乡差距 | 不断缩小), and 稳定 or 巩固 as the
 * adverb of another (种粮农民收入 | 稳定增加, 脱贫成果 | 巩固提升), after 持续 or the like (安全生产形势 | 持续稳定好转); a
 * ranks growing or a resource coming back (传承队伍 | 逐步壮大, 渔业资源 | 持续恢复); a
 * foundation laid firm or a net drawn tight (人才储备 | 进一步夯实, 安全防线 | 筑牢, 保障网 | 织密, and 压实 or 厚植 after
 * 进一步 or the like: 主体责任 | 层层压实); a
 * system kept running (长效保洁机制 | 持续运行, 污水处理设施 | 稳定运行); a thing running or growing as it should (学校 | 正常运转, 畜牧业 |
 * 健康发展), or running safe (基金 | 安全运行, 电网 | 平稳有序运行), or the other way round (村级组织 | 运转正常); a place kept clean (集镇环境 | 整洁干净); a life made longer
 * (道路使用寿命 | 延长, 明显延长) or a time made shorter (出行时间 | 缩短), or a pace quickened (文旅融合发展 | 明显加快, 建设进度 | 持续加速); a thing right (救助对象认定 | 准确, 宣传内容 | 准确无误); a change that must not happen (疫区数量 | 不增加, 耕地面积 | 不减少, 水质 | 不下降).
 */
export const QUALITATIVE_TAIL_PATTERN =
  /(?:(?:不|未)(?:增加|减少|降低|下降|上升|扩大|增长|反弹|恶化|退化)|(?:同比|环比)?(?:保持\s*(?=基本|总体|整体|持续))?(?:(?:持续|不断|进一步|逐步)(?=明显|显著|有效|稳定|稳步|大幅|全面|基本))?(?:明显|显著|有效|进一步|持续|逐步|逐年|稳步|稳定|巩固|大幅|不断|有所|得到|全面|保持|基本|总体|整体|普遍)?(?:提升|提高|上升|改善|增强|加强|健全|完善|减少|降低|下降|增加|优化|好转|稳定|改观|减轻|巩固|缩小|缩短|延长|加快|加速)|(?:明显|显著|有效|进一步|持续|逐步|稳步|不断|全面|切实|牢牢)?(?:夯实|筑牢|织密|织牢|兜牢|扎牢|稳固)|(?:进一步|持续|不断|逐步|有效|切实|全面|层层)(?:压实|厚植)|(?:持续|不断|进一步|逐步|稳步|明显|显著|普遍)扩大|(?:稳步|稳定|持续|逐步|逐年|不断|明显|显著|大幅|有所)增长|(?:持续|不断|进一步|逐步)深化|(?:持续|不断|进一步|逐步|稳步|日益)壮大|(?:持续|稳步)恢复|深入人心|落实到位|(?:(?:长期|持续)?稳定|持续|长效)(?:运行|运转)|(?:持续|稳定|保持)?(?:正常|健康|良性)(?:运行|运转|发展)|(?:长期|持续)?(?:安全|平稳)(?:稳定|有序|高效)?(?:运行|运转)|和谐稳定|(?:稳定|持续|稳步)(?:就业|增收)|(?:保障|支撑|保证)有力|(?<=管控|防控|监管)有力|(?:基本|逐步|有效|明显|显著|切实|进一步|有所)(?:有效|基本|逐步)?(?:恢复|消除|遏制|满足|缓解|控制|防控|管控|治理|整治|处置|规范|化解|扭转)|持续向好|稳中(?:向好|有(?:降|升|增|进))|(?:动态|全部|全面|基本)?清零|(?:效果|成效)(?:显著|明显)|(?:有效|切实|全面)(?:保障|落实|解决|维护|保护)|得到(?:有效|切实|充分|进一步|明显|较好|根本|全面|基本|长期|妥善)?[\u4e00-\u9fa5]{2}|(?:更加|更为|日益|日趋)(?:便捷|便利|顺畅|畅通|规范|美观|整洁|和谐|安全)|(?:运行|运转|运营)(?:正常|有序)|(?:整洁|干净|清洁)(?:干净|整洁|有序|美观)|(?:真实|及时)?准确(?:无误)?|(?:逐步|基本|初步|全面)?(?:建立|建成)|(?:逐步|基本|初步)形成|安全度汛|有保障|不发生|未发生|(?:未|不)(?:遭|受)?到?破坏)[\s。.;,]*$/;

/** The last characters of QUALITATIVE_TAIL's words (得到 and any two characters aside). */
const QUALITATIVE_LAST = codeSet(
  "升高善强全少低降加化转定观轻复除制足解控理治置范好零著显障实决护捷利顺畅通洁谐立成汛生坏大增进力固小长短心位行展常序净弹确误牢密植业收快速",
);

/** Whether QUALITATIVE_TAIL may match: the last character before spaces and 。 . ; , closes one of its words. */
export function mayEndQualitative(c: string): boolean {
  // (得到 and any two characters: 得到 anywhere before the end.)
  return endsWithCharIn(c, QUALITATIVE_LAST) || c.includes("得到");
}

/**
 * QUALITATIVE_TAIL_PATTERN behind its quick check: it ends the text, so most texts are turned away by
 * their last character before the regex runs from every position.
 */
export const QUALITATIVE_TAIL = {
  test: (c: string): boolean => mayEndQualitative(c) && QUALITATIVE_TAIL_PATTERN.test(c),
  exec: (c: string): RegExpExecArray | null =>
    mayEndQualitative(c) ? QUALITATIVE_TAIL_PATTERN.exec(c) : null,
};

/**
 * "补贴按月发放", "补贴资金按季度兑付", "护林员按月足额领取工资" (what is paid named after it), "暑假期间完工", "群众诉求及时回应", "开学前（2024年8月25日前）完工": when a thing is done — the
 * timing is the target; after 按月/按季度/按年 a meeting or an event held too (活动 | 按月开展, 培训 | 按季度组织),
 * and a check made (按月考核, 按季度督查);
 * and any work of two characters done to the full (春耕前储备到位).
 */
export const TIMING_TAIL = new RegExp(
  String.raw`(?:(?:(?:按月|按季度?|按半?年|按学期|${EVERY_PERIOD_PAID}|按时|按期|及时|即时|当年|当月|当日|当天|年内|(?:[一二两三四五六七八九十\d]+个?(?:月|日|天|周|工作日|季度)|月)内|限期|[^\s,;。]{1,4}期(?:间|内)|(?:(?:春节|国庆|元旦|八一|中秋|端午|清明|五一)、)*(?:开学|放假|暑假|寒假|汛期?|年底|年末|月底|月末|季末|春节|国庆|元旦|八一|中秋|端午|清明|五一|入冬|供暖|采暖|雨季|旱季|秋收|春耕|验收|竣工|开工|中考|高考|[冬夏秋春]季)前)\s*(?:[(（][^()（）,;。]{1,20}[)）]\s*)?)+(?:足额|全额|及时|按时|全部|如期){0,2}(?:(?:发放|领取)(?:工资|补贴|补助|津贴|报酬)?|(?<=按(?:月|季度?|半?年|学期)\s*(?:[(（][^()（）,;。]{1,20}[)）]\s*)?)(?:开展|组织|召开|举办|举行|考核|考评|检查|巡查|督查|核查|调度|通报|结算|报送)|完成(?:[\u4e00-\u9fa5]{1,4}(?=[\s。.;,]*$))?|完工|拨付|到位|[\u4e00-\u9fa5]{2}(?=到位)|支付|兑现|兑付|结算|办结|开工|(?:发现)?(?:处置|处理)|发现|查处|消除|回应|回复|整改|答复|反馈|解决|响应|修复|排除|清运|清理|清除|上报)(?:到位|到户|到人|到账)?|(?<=[^\s,;。]{2})及时|日产日清|日清日结|随报随办)[\s。.;,]*$`,
);

/**
 * Whether TIMING_TAIL may match in the text: each of its schedules holds one of 按 每 及 即 年 内 期 前 日 随 当
 * (按月, 每月…, 及时, 即时, 当年, 当月, 月内, 限期, 汛期前, 日产日清, 随报随办) — most names hold none
 * (test/core/text/quickChecks.test.ts holds it to that).
 */
export function mayHoldTiming(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (TIMING_MARKS.has(text.charCodeAt(k))) return true;
  return false;
}
const TIMING_MARKS = codeSet("按每及即年内期前日随当");

/** TIMING_TAIL's match, behind its quick check (mayHoldTiming). */
function timingTail(text: string): RegExpExecArray | null {
  return mayHoldTiming(text) ? TIMING_TAIL.exec(text) : null;
}

/** A short label and its colon before the text: 产出：, 效益指标：. */
const SHORT_LABEL_COLON = /^\s*[^\d\s,;:。、()]{1,8}:\s*(?=\D)/;

/**
 * "通过实施该项目，…", "为改善群众出行条件，…", "截至2024年底，…": a lead-in before the indicators, with no
 * number to measure of its own (it is read as one only when numbers follow it) — also what is supported
 * ("支持中小企业实施数字化改造，…", 扶持, 鼓励, 引导), where a task is done ("在全区公办中小学开展课后服务，…";
 * not a name that opens with 在 and does none, 在校学生人数) and for whom ("对特殊困难群体参保缴费给予补助，…",
 * 对…进行…, 对…实施…; not 对口支援…, 对标…, which do none).
 */
export const LEAD_IN =
  /^\s*(?:(?:通过|为了|为|围绕|按照|根据|依托|结合|支持|扶持|鼓励|引导)[^\d,;:。]{1,20}|对[^\d,;:。]{1,24}?(?:给予|进行|实施)[^\d,;:。]{0,12}|在[^\d,;:。]{1,12}?(?:开展|实施|推进|组织|举办|落实|推广)[^\d,;:。]{1,12}|(?=[^,;:。]*[年月])(?:截至|截止|到|至)?\s*(?:\d{4}\s*年(?:度|底|末)?)?(?:\s*\d{1,2}\s*(?:[-~至]\s*\d{1,2}\s*)?月份?)?(?:底|末|份)?(?:前|以前|之前)?|第?\s*[一二三四1-4]\s*季度(?:末|底)?(?:前|以前|之前)?)$/;

/**
 * A target with no name of its own opening the words after a comma (20家, ≥95%, 达到95%, 不少于300人): the words
 * before the comma are its name, never a lead-in (支持企业数量，20家; 通过率，95%) — a rate per head or per period
 * too (为困难残疾人发放生活补贴，每人每月80元; not 每户补助2000元, which names its figure).
 */
export const BARE_TARGET_START =
  /^\s*(?:[\d≥≤<>=±.]|不(?:少|低|超|高|大|多)于|约|达到?|大于|小于|高于|低于|超过|至少|多于|少于|控制在|(?:每(?:人|户|名|生|亩|年|学年|学期|季度?|月|周|日|天|次)){1,3}\s*\d)/;

/**
 * 不发生重大安全事故, 确保施工期间不发生安全责任事故: an event that must not happen (no number) — not
 * 未发生…, which restates the figure before it (合规率100%，未发生违规问题).
 */
const NEGATED_EVENT = /^\s*(?:确保)?[^\d,;:。]{0,10}?不发生[^\d\s,;:。]{2,}[\s。.;]*$/;

/** 开放时间9:00-21:00, 巡检时间(每日8:30-17:30): a name and the hours of a day. */
const NAME_THEN_CLOCK = new RegExp(
  `^\\s*[^\\d\\s,;:。、()]{2,16}?\\s*(?:\\(\\s*(?:每日|每天)?\\s*${CLOCK_RANGE}\\s*\\)|(?:每日|每天)?\\s*${CLOCK_RANGE})\\s*$`,
);

/** A name and its target: a comparator and a number, a name and a quantity, or a placeholder target. */
function isWholeIndicator(text0: string): boolean {
  // "年度绩效目标：完成15个行政村环境整治", "产出：新建公厕8座": what follows a label is what counts.
  const label = CELL_LABEL.exec(text0) ?? SHORT_LABEL_COLON.exec(text0);
  const text = label ? text0.slice(label[0].length) : text0;
  // "社会效益指标：群众安全感明显提升": under a label, words ending in a change are a whole indicator.
  if (label && (stateTail(text) ?? heldTail(text)) !== null) return true;
  if (WHOLE_INDICATOR.some((re) => re.test(text))) return true;
  // "新建水柜（池）三十五座": a note in brackets inside the name, before a quantity in Chinese numerals.
  if (text.includes("(") && NAME_THEN_QUANTITY.test(text.replace(BRACKETED, ""))) return true;
  // "新建蓄水池1口（50m³）": a note in brackets after the quantity (its size, its spec).
  if (text.charCodeAt(text.length - 1) === 41 /* ) */) {
    const open = text.lastIndexOf("(");
    const head = open > 0 ? text.slice(0, open).trimEnd() : "";
    if (head && isDigitOrUnitEnd(head) && WHOLE_INDICATOR.some((re) => re.test(head))) return true;
  }
  // Rarer, and looked for only where their words are: 不发生…, 开放时间9:00-21:00.
  return (
    (text.includes("不发生") && NEGATED_EVENT.test(text)) ||
    (text.includes(":") && NAME_THEN_CLOCK.test(text))
  );
}

/** Whether words end in a figure's unit or digit, not a bracket or a mark (a cheap check before the patterns). */
function isDigitOrUnitEnd(t: string): boolean {
  const c = t.charCodeAt(t.length - 1);
  return isDigit(c) || c === 37 /* % */ || (c >= 0x4e00 && c <= 0x9fff);
}

/**
 * Bound words a target may open with that no name starts with: a negated one (不应低于, 未超过), 不足, 不到,
 * 至多, 最低, 逾, and 超 before a number (超5%, 超百万 — not 超市).
 */
const BOUND_OPENING = "不[应宜能可得准许会足到超]|未|至多|最[低高少多]|逾|超(?=\\s*[\\d百千万亿])";

const BOUND_START = new RegExp(`^\\s*(?:${BOUND_OPENING})`);

/**
 * The digits of a quantity: thousands grouped by a comma or a point's decimals (1,200, 1.5), or by spaces as
 * groupedEnd reads them (1 200, 3 600: tables copied from a PDF).
 */
const DIGITS = `(?:${SPACED_DIGITS}(?:\\.\\d+)?|\\d+(?:[.,]\\d+)*)`;

/** A code a name may start with: 5G直播车, 4K演播室, S211省道, G318国道, PM2.5年均浓度. */
const CODE_PREFIX = "(?:[A-Za-z]+\\d+(?:\\.\\d+)?[A-Za-z]*|\\d+[A-Za-z]+)?";

/** "完成时间2024年12月31日": a name and a whole date that ends the text (not 截至2024年底, a point in time). */
const NAME_THEN_DATE =
  /^\s*(?!截至|截止|到|至)[^\d\s,;:。、()]{2,16}?\s*\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?\s*(?:底|末)?\s*(?:前|以前|之前)?\s*$/;

/**
 * "计划完工时间2024年10月", "完工时间2024年5月前", "培训时间2024年3-6月": a name of a time, then a year — a
 * date of its own after a comma; also the year's end or a month's written without the year (完成时间年底前,
 * 完工时间当年12月底前, 拨付时限11月底前), which the title's year dates.
 */
const NAMED_DATE =
  /^\s*[^\d\s,;:。、()]{0,10}(?:时间|日期|时限)\s*(?:为)?\s*(?:\d{4}\s*年|(?:当|本|今)?年(?:底|末|内)|(?:当年|本年|今年)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:底|末)?\s*(?:前|以前|之前))/;

/**
 * "项目于2024年12月31日前完成": a name, 于 or 在, then a date — or a name and a deadline with no 于 (春防5月底前完成,
 * 补助资金2024年11月底前兑付到位), not after words that lead in a point in time or a resolve (截至12月底前, 确保…);
 * after 于 a deadline each month too (资金于每月15日前发放到位, 于每季度末前; 报告于次月10日前报送, by a day of the next).
 */
const NAME_THEN_DEADLINE =
  /^\s*(?:[^\d\s,;:。、()]{2,10}?(?:于|在)\s*(?:\d{4}\s*年|(?:每年|当年|次年)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:底|末)?\s*(?:前|以前|之前)|[每次]月\s*\d{1,2}\s*(?:日|号)\s*(?:前|以前|之前)|每(?:月|季度?)(?:底|末)\s*(?:前|以前|之前))|(?!截至|截止|到|至|确保|计划|预计|力争|争取|全年|当年|年内|每)[^\d\s,;:。、()≥≤<>=*]{2,10}?(?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:底|末)?\s*(?:前|以前|之前))/;

/**
 * A name and a number that ends the text with a unit of any kind (接种疫苗1.2万剂次, 服务期3年) — not a year or
 * date, nor the digits of a code (PM2.5, 国道G105, 省道S118: a name, whose target follows the comma).
 */
const NAME_THEN_FINAL_QUANTITY = finalQuantityAfter("[^\\d\\s,;:。、()≥≤<>=*]{2,16}?");

/** A name written as `name` (a pattern), then a number that ends the text with a unit of any kind. */
function finalQuantityAfter(name: string): RegExp {
  return new RegExp(
    `^\\s*(?!不少于|不低于|不超过|不高于|大于|小于|低于|高于|超过|达到|达|至少|约|控制在|截至|截止|为|在|${BOUND_OPENING})` +
      `${CODE_PREFIX}${name}\\s*(?:约\\s*)?(?!\\d{4}\\s*年)(?<![A-Za-z])${DIGITS}` +
      `(?:\\s*[-~～至到]\\s*${DIGITS})?\\s*(?:万|亿|千)?\\s*(?![月日号])[^\\d\\s,;:。、()]{0,3}\\s*$`,
  );
}

/**
 * Text that starts an indicator of its own: a name of at least two characters without digits, then its
 * target — a comparator and a number, a quantity (培训人数800人次, 合格率100%, 满意度九成以上), a target
 * relative to last year (起数不高于上年), or an unfilled one (合格率≥  %). Not a clause of the one before
 * (其中企业1万家, 较上年提高0.3个百分点, 每期2天), nor a number without a unit (涉及1、2号楼).
 */
function startsWholeIndicator(rest00: string, strict = false): boolean {
  if (clauseOfBefore(rest00) || (mayStartStageAt(rest00) && STAGE_START.test(rest00))) return false;
  // "…0，确保零发生", "…≥90%，力争更高": the target restated, no indicator of its own.
  if (restatesTarget(rest00)) return false;
  // "…，不发生重特大森林火灾", "…，确保不发生重大安全事故": a state said of something, an indicator too.
  if (rest00.includes("不发生") && NEGATED_EVENT.test(rest00)) return true;
  // "…，最高不超过5万元", "…，不应低于70%": a bound first is the target of the name before, no name of its own.
  if (BOUND_START.test(rest00)) return false;
  // "0-6岁儿童健康管理率≥90%", "2号楼加装电梯1部": a name led by an age, a building or a hotline is
  // read as the words after it.
  // (2025年4月至9月每月巡查不少于2次: a span of months before the name is the period its figure holds over.)
  const led =
    DIGIT_LED_NAME.exec(rest00) ??
    (isDigit(rest00.charCodeAt(firstNonSpace(rest00, 0))) ? PERIOD_LED.exec(rest00) : null);
  const rest0a = led ? rest00.slice(led[0].length) : rest00;
  // "新创建4A级景区1个", "建设5G基站120个": a grade or a generation written as a digit and a letter inside the
  // words is the name's, read as words.
  const rest0 = mayHoldCode(rest0a) ? rest0a.replace(CODE_IN_NAME, "级") : rest0a;
  // "服务器数量(≥20台)": a name and a bracketed target with a number or a comparator sign — not a
  // restatement in words ("恢复时间目标RTO（不超过半小时）" after "…<24小时").
  if (NAME_BRACKETED_TARGET.test(rest0)) return true;
  const rest = rest0.includes("(") ? rest0.replace(NAME_BRACKET, "") : rest0;
  const after = NAME_COMPARATOR_PATTERN.exec(rest);
  // A comparator after an opening bracket is such a restatement.
  const compared = after !== null && after.index >= 2 && !/[\d(]/.test(rest.slice(0, after.index));
  // "每次参演人数不少于50人", "每期不少于2天" are indicators of their own; "每期2天" qualifies the one
  // before, and so does any bare quantity after "名称，目标".
  if (strict) return compared || RELATIVE_TO_LAST_YEAR.test(rest);
  // "每户补助5000元": a standard per head in money is an indicator of its own (a cost).
  // "…不少于2400家次，每月不少于200家次": a period alone before the comparator names nothing of its own.
  // "…286人，每月10日前发放": a deadline each month is one of its own too.
  if (EACH_START.test(rest))
    return (compared && !PERIOD_ONLY.test(rest)) || EACH_IN_MONEY.test(rest) || DEADLINE_START.test(rest);
  return compared || INDICATOR_START.some((re) => re.test(rest)) || isListedOrInnerQuantity(rest);
}

/**
 * After a whole indicator and a comma, a clause with a quantity of its own is another indicator, also
 * where its name lists things with 、 or carries a note in brackets (更新改造座椅、路灯等设施120处,
 * 整治村庄“三堆”（柴堆、粪堆、垃圾堆）2600处), or where the quantity stands inside the words
 * (巩固提升1.8万农村人口饮水安全). Looked for only where the text has a digit.
 */
function isListedOrInnerQuantity(rest: string): boolean {
  let digit = false;
  for (let k = 0; k < rest.length && !digit; k++) digit = isDigit(rest.charCodeAt(k));
  if (!digit) return false;
  const plain = rest.includes("(") ? rest.replace(BRACKETED, "") : rest;
  return LISTED_NAME_THEN_FINAL_QUANTITY.test(plain) || VERB_THEN_MAGNITUDE.test(plain);
}

/** Whether a digit stands right before a Latin capital letter (4A, 5G): where CODE_IN_NAME may match. */
export function mayHoldCode(s: string): boolean {
  for (let k = s.length - 2; k > 0; k--) {
    const c = s.charCodeAt(k + 1);
    if (c >= 65 && c <= 90 && isDigit(s.charCodeAt(k))) return true;
  }
  return false;
}

/** A digit and a Latin capital between words: 4A级景区, 5G基站, 3A级 (a grade or a generation, no figure). */
export const CODE_IN_NAME = /(?<=[\u4e00-\u9fa5])\d[A-Z](?=[\u4e00-\u9fa5])/g;

/** A bracketed note inside a name: （柴堆、粪堆、垃圾堆）. */
const BRACKETED = /\([^()]*\)/g;

/** Words, then a number with 万 or 亿 and the words it counts: 巩固提升1.8万农村人口饮水安全. */
const VERB_THEN_MAGNITUDE = /^\s*[^\d\s,;:。、()≥≤<>=*]{2,12}?\d+(?:\.\d+)?\s*(?:万|亿)[\u4e00-\u9fa5]{2,}/;

/** An age leading a name: 65岁, 0-6岁, 65周岁 (a regular expression's source, for DIGIT_LED_NAME and segment.ts). */
export const AGE_LED = "\\d{1,3}(?:\\s*[-~～至]\\s*\\d{1,3})?\\s*(?:周岁|岁)";

/**
 * Digits that begin a name: an age (0-6岁, 65周岁以上), buildings (2号楼, 2号楼、3号楼, 10号楼至12号楼),
 * a line's voltage (110千伏), a quarter (2季度末), hotlines (12345热线, 12315投诉举报 — any 123xx service line —,
 * 110、119、120联动), and a number in quotes before words (“12348”热线, “12345”平台: a name's, never a figure).
 */
const DIGIT_LED_NAME = new RegExp(
  "^\\s*(?:" +
    AGE_LED +
    "(?:及?以上|及?以下)?" +
    "|\\d{1,3}\\s*(?:号楼|#楼|栋|幢)(?:\\s*(?:、|至|到|-|~|和|及)\\s*\\d{1,3}\\s*(?:号楼|#楼|栋|幢))*" +
    "|\\d{1,4}\\s*(?:千伏|kV|KV|kv)|[1-4]\\s*季度(?:末|底)?" +
    "|(?:123\\d\\d|110|119|120)(?:\\s*、\\s*(?:110|119|120|122))*(?=热线|平台|接警|报警|急救|联动|投诉|举报|来电|工单|话务|服务电话)" +
    '|[“"]\\d{2,6}[”"](?=[\\u4e00-\\u9fa5]))',
);

/**
 * Whether a name led by digits (DIGIT_LED_NAME: 65岁及以上…, 0-6岁…, 12345热线…) starts at `at`: after "2." at
 * a line's start, such digits are the name, not the decimals of 2.65.
 */
export function startsDigitLedName(s: string, at: number): boolean {
  DIGIT_LED_NAME_AT.lastIndex = at;
  return DIGIT_LED_NAME_AT.test(s);
}
const DIGIT_LED_NAME_AT = new RegExp(DIGIT_LED_NAME.source.replace(/^\^/, ""), "y");

const EACH_START = /^\s*每/;
const PERIOD_ONLY =
  /^\s*每(?:日|天|周|月|季度?|年|半年)\s*(?:[≥≤<>=]|不少于|不低于|不超过|不高于|达到|至少|大于|超过)/;
const EACH_IN_MONEY = /^\s*每[^\d,;:。、()]{1,12}?\d+(?:[.,]\d+)*\s*(?:万|亿|千)?\s*元/;

/** A name and a standard to meet: 出水水质达到一级A标准, 工程质量符合设计要求. */
const STANDARD_TARGET =
  /^\s*[^\d\s,;:。、()≥≤<>=*]{2,16}?(?:达到|符合|满足)[^,;:。]{1,16}?(?:标准|要求|规定)\s*$/;

/** Units a quantity in words is counted in, for the tests below (the full list is units.ts's). */
const QUANTITY_UNIT =
  "(?:%|‰|公里|平方米|立方米|小时|千瓦|公斤|千克|公顷|[个人家项次场件台套辆所支份条名户批期天座处株亩吨间栋块册篇元米头只架羽匹张本部盏眼艘])";

/** A count written inside words: 为120名残疾儿童提供康复训练. */
const COUNT_INSIDE = new RegExp(`\\d+(?:\\.\\d+)?\\s*(?:万|亿)?\\s*${QUANTITY_UNIT}`);

/**
 * 为1000户特殊困难老年人家庭实施适老化改造, 对300名学生开展资助, 向50家企业发放补贴: a deed done for a count of
 * households, people or units, the count first after 为/对/向/给 and the deed after it — an indicator of its
 * own after a ；, as it is in a cell without numbering (not 为群众提供…, a purpose with no count).
 */
export const RECIPIENTS_FIRST =
  /^\s*(?:为|对|向|给)\s*\d+(?:\.\d+)?\s*(?:万|千)?\s*(?:余|多)?\s*(?:户|人|名|家|位|所|个|村|人次|户次|家次)[\u4e00-\u9fa5]{2,}/;
const RECIPIENTS_LEAD = codeSet("为对向给");
/** Whether RECIPIENTS_FIRST may match: the first character after spaces is 为, 对, 向 or 给. */
export function mayNameRecipients(rest: string): boolean {
  return RECIPIENTS_LEAD.has(rest.charCodeAt(firstNonSpace(rest, 0)));
}
/** Whether a clause opens with a deed for a counted group (RECIPIENTS_FIRST, its first character looked at first). */
function recipientsFirst(rest: string): boolean {
  return mayNameRecipients(rest) && RECIPIENTS_FIRST.test(rest);
}

/** 六公里, 三个, 两千人: a quantity in Chinese numerals. */
const CN_QUANTITY = new RegExp(`[一二两三四五六七八九十百千]+\\s*(?:万|亿)?\\s*${QUANTITY_UNIT}`);

/**
 * A quantity in Chinese numerals, not 一 alone (一户一档, 一次性): 一千二百米, 三百余户, 两百元, 三万人次 — the numerals
 * numbers.ts's cnNumeralValue reads, and a decimal (三点五米, 一点二万人: target.ts reads the numerals after 点 as its
 * decimals) — nor a slogan's count before another (三个一批).
 */
export const CN_FIGURE = String.raw`(?:[二两三四五六七八九十]|一[零〇一二两三四五六七八九十百千万]|一(?=点[零一二三四五六七八九]))[零〇一二两三四五六七八九十百千万]*(?:点[零一二三四五六七八九]{1,3}[千百]?)?\s*(?:余|多)?\s*(?:万|亿)?\s*(?:人次|户次|家次|${QUANTITY_UNIT})(?![一二两三四五六七八九十])`;
export const CN_FIGURE_PATTERN = new RegExp(CN_FIGURE);

/** BARE_NAMED_FIGURE's name, then a quantity in Chinese numerals (CN_FIGURE) closing the clause: 受益群众三百人. */
const BARE_NAMED_CN_FIGURE = new RegExp(
  String.raw`^\s*(?!其中|含|较|比|约|共|合计|累计|每|全年|确保|力争|同比|环比)([^\d\s,;:。、()≥≤<>=*%]{2,16}?)` +
    String.raw`(?<![零〇一二两三四五六七八九十百千万点约])\s*约?\s*${CN_FIGURE}(?:以上|以内|以下)?[\s。.]*$`,
);

/** Whether the text holds a quantity in Chinese numerals (CN_FIGURE), looked for only where a numeral stands. */
export function hasCnFigure(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (isCnNumeralCode(c) && (c !== 0x4e00 /* 一 */ || CN_AFTER_ONE.has(text.charCodeAt(k + 1))))
      return CN_FIGURE_PATTERN.test(text);
  }
  return false;
}
const CN_AFTER_ONE = codeSet("零〇一二两三四五六七八九十百千万点");

/** "合格率：98%": a name, a colon, and a target with a number. */
const NAME_COLON_TARGET = /^\s*[^\d\s,;:。、()≥≤<>=*]{2,16}:\s*[^,;。\d]{0,12}\d/;

/**
 * "2023年12月底前完成", "确保12月底前全部入住", "预计2024年6月底前完成验收", "年底前完工", "确保每月10日前发放",
 * "次月10日前报送" (each month's report by a day of the next),
 * "两节前发放到位" (春节 and 中秋, or 元旦 and 春节), "汛前完工" (a season: date null), "2025年汛前完成主体工程" (a
 * season of a year written: 合格率达到100%，2025年汛前… had been read as the rate's deadline): a deadline of its own after
 * a whole indicator.
 */
export const DEADLINE_START = new RegExp(
  String.raw`^\s*(?:确保|力争|争取|计划|预计|拟)?\s*(?:于|在)?\s*(?:(?:\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?|(?:每月\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[每次]月\s*\d{1,2}\s*(?:日|号)|年)\s*(?:底|末)?\s*(?:前|以前|之前)|(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月份?\s*)?(?:${FESTIVALS}|主汛期?|入汛|汛期?(?:来临)?|雨季(?:来临)?|${WORK_SEASONS})前(?:\s*\([^(),;。]{1,14}\)\s*)?(?=[\u4e00-\u9fa5]))`,
);

/** "项目于2025年6月30日前开工": a deadline, with the work it is for. */
const DEADLINE_INSIDE = /\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?\s*(?:底|末)?\s*(?:前|以前|之前)/;

/** A name and none at all: 生产安全亡人事故“零发生”, 重大事故零发生, 较大以上生产安全事故为零 (as …为0 is). */
const NAME_THEN_ZERO =
  /^\s*[^\d\s,;:。、()]{2,24}?(?:[“"]?零(?:发生|事故|伤亡|投诉|差错)[”"]?|(?:为|保持为)\s*[“"]?零[”"]?)[\s。.;]*$/;

/**
 * An event that must not happen, said whole with no figure: 汛期人员零伤亡, 全年不发生重大森林火灾, 汛期无人员伤亡 — a
 * statement of its own in towns' prose, as 养护资金及时拨付 is. Characters first: most clauses hold none of 零, 不发生,
 * 无.
 */
function isEventStatement(text: string): boolean {
  if (text.length > 28) return false;
  // (确保零发生 restates the target before: no name of its own.)
  if (text.includes("零")) return NAME_THEN_ZERO.test(text) && !restatesTarget(text);
  if (text.includes("不发生")) return NEGATED_EVENT.test(text);
  return text.includes("无") && NO_CASUALTY.test(text);
}
/**
 * People satisfied, said whole with no figure: 群众满意, 村民基本满意, 服务对象普遍满意 — a satisfaction of its own in
 * towns' prose, not a purpose (让群众满意, 确保群众满意). 满意 looked for first.
 */
function isSatisfiedStatement(text: string): boolean {
  return text.length <= 16 && text.includes("满意") && SATISFIED.test(text);
}
const SATISFIED =
  /^\s*(?!让|使|令|确保|力争|争取|达到|实现)[^\d\s,;:。、()≥≤<>=*%]{2,8}?(?:基本|普遍|比较|较为|非常|十分|均|都|总体)?满意[\s。.]*$/;

/** Whether the clause at `at` (to the next comma or sentence end) is isEventStatement's. */
function eventAfter(s: string, at: number): boolean {
  let end = at;
  while (end < s.length && end - at <= 28 && !isClauseEnd(s.charCodeAt(end))) end++;
  return end - at <= 28 && isEventStatement(s.slice(at, end));
}

/** 汛期无人员伤亡, 全年无重大安全事故: a period or a place, then 无 and the casualty or the accident. */
const NO_CASUALTY =
  /^\s*[^\d\s,;:。、()无]{0,8}无(?:人员)?(?:伤亡|(?:重特?大)?[^\d\s,;:。、()]{0,8}(?:事故|事件|反弹))[\s。.;]*$/;

/** Words that open a clause of the indicator before, not a new one. */
const CLAUSE_START =
  /^\s*(?:其中|含|包括|共|合计|(?:较|比)(?:\d{4}\s*年|上年|去年|上一年|同期|基期)|同比|环比|均|且|并|即|以及|或)/;

/**
 * Whether words open a clause of the indicator before (CLAUSE_START) — not a part of it with a name, a
 * comparator and a number of its own (…≥14座；其中第三卫生间≥4座: an indicator of its own, ownPart).
 */
function clauseOfBefore(rest: string): boolean {
  return CLAUSE_START.test(rest) && ownPart(rest) === 0;
}

/**
 * "其中第三卫生间≥4座", "其中，省级资金不低于95%": a part of what the indicator before counts, named, with a
 * comparator and a number of its own — where its name starts (after 其中), or 0 when the words are no such part
 * (其中脱贫户50户 and 其中，约800人次为基层干部 qualify the target before). Characters first: 其 opens few clauses.
 */
export function ownPart(rest: string): number {
  let k = 0;
  while (k < rest.length && isSpace(rest.charCodeAt(k))) k++;
  if (rest.charCodeAt(k) !== 0x5176 /* 其 */ || rest.charCodeAt(k + 1) !== 0x4e2d /* 中 */) return 0;
  const m = OWN_PART.exec(rest.slice(k));
  return m ? k + m[1].length : 0;
}
export const OWN_PART =
  /^(其中\s*[:,]?\s*)(?!约|含|每|共|合计|累计)[^\d\s,;:。、()≥≤<>=*]{2,16}?\s*(?:[≥≤<>]|不少于|不低于|不超过|不高于|大于|小于|高于|低于|超过|达到|至少)\s*\d/;

/**
 * A name (two characters or more, no digits) followed by a quantity: digits with a unit or %, 百分之…,
 * or a Chinese numeral with a measure word (两次, 九成) — not 一次性, not the 一级 of 一级A标准, not the
 * 1 of 1、2号楼 — or a quantity in Chinese numerals that closes the text (硬化组道一千二百米, 节约成本约两百元).
 */
const NAME_THEN_QUANTITY = new RegExp(
  `^\\s*(?!不少于|不低于|不超过|不高于|大于|小于|低于|高于|超过|达到|至少|约|控制在|截至|截止|${BOUND_OPENING})` +
    `${CODE_PREFIX}[^\\d\\s,;:。、()≥≤<>=*]{2,16}?\\s*(?:约\\s*)?` +
    `(?:${DIGITS}(?:\\s*[-~～至到]\\s*${DIGITS})?\\s*(?:余|多)?\\s*(?:万|亿|千)?\\s*(?:余|多)?\\s*${QUANTITY_UNIT}|百分之|[一二两三四五六七八九十]+(?:[百千万]+)?(?:余|多)?(?:成|次|个|项|场|期|倍|名|所|座|条|人|户|家)(?!性)|(?<![零〇一二两三四五六七八九十百千万点])${CN_FIGURE}[\\s。.;]*$)`,
);

/** A measure's name (…率, …数, …量, …度) right before a number: 合格率100, 满意度达到95. */
const MEASURE_THEN_NUMBER =
  /^\s*[^\d\s,;:。、()≥≤<>=*]{1,12}(?:率|数|量|度)\s*(?:达到|达|为|保持在|在)?\s*\d/;

/** A name and a target relative to last year without a number: 较大事故起数不高于上年, 满意度与上年持平, 民转刑案件数同比下降. */
const RELATIVE_TO_LAST_YEAR =
  /^\s*[^\d\s,;:。、()≥≤<>=*]{2,16}?(?:(?:不高于|不低于|不少于|不超过|高于|低于|与|较|比)(?:上年|去年|上一年|同期)|同比(?:下降|减少|降低|上升|增长|提高|增加)[\s。.;]*$)/;

/**
 * A name and a level it is held against in words: 脱贫人口收入增速高于当地农村居民平均水平, 水质优于国家标准 — an
 * indicator of its own after a whole one.
 */
const NAME_THEN_COMPARED_LEVEL =
  /^\s*[^\d\s,;:。、()≥≤<>=*]{2,16}?(?:高于|低于|不低于|不高于|优于|好于|快于)[^\d,;:。]{2,20}?(?:平均水平|水平|标准|平均值)[\s。.;]*$/;

/** A name and an unfilled target: 培训人数≥**人, 合格率≥  %, 覆盖率XX%. */
const PLACEHOLDER_TARGET =
  /^\s*[^\d\s,;:。、()]{2,16}?:?\s*(?:[≥≤<>=]\s*(?:\*+|[xX×]{1,3}|\s*%)|\*{2,}|[xX]{2,}\s*(?:%|[^\d\s,;:。、()a-zA-Z]{1,3}\s*$))/;

/** A comma at `i` grouping thousands: a digit before it, exactly three after it. */
function isThousandsAt(s: string, i: number): boolean {
  if (!isDigit(s.charCodeAt(i - 1))) return false;
  for (let k = 1; k <= 3; k++) if (!isDigit(s.charCodeAt(i + k))) return false;
  return !isDigit(s.charCodeAt(i + 4));
}

/** Whether the text holds an X or an x (a template's XX, looked for before PLACEHOLDER_TARGET). */
function hasPlaceholderX(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 88 || c === 120 || c === 0xd7) return true;
  }
  return false;
}

/** Whether [a, b) has a digit or a placeholder's * (what a whole indicator before a comma needs). */
export function hasDigitOrMark(s: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = s.charCodeAt(k);
    if ((c >= 48 && c <= 57) || c === 42) return true;
  }
  return false;
}

/** "1,200户": an ASCII comma between a digit and exactly three digits groups thousands. */
export function isThousandsComma(raw: string, i: number): boolean {
  return raw.charCodeAt(i) === 44 && isThousandsAt(raw, i);
}

/**
 * Whether the ； at `semi`, inside a numbered item, stands between two whole indicators: the text before
 * it holds a number, and the text after it (to the next sentence end) is a name of its own followed by
 * a separator or a comparator and a number, or by a quantity.
 */
export function semicolonSeparatesIndicators(s: string, from: number, semi: number): boolean {
  let end = semi + 1;
  while (end < s.length && end - semi < 40) {
    const c = s.charCodeAt(end);
    if (c === 59 || c === 0x3002 || c === 10) break;
    end++;
  }
  // "受益学生人数，不少于3.6万人；营养膳食补助标准，每生每天5元；资助资金发放，按时": each piece written the
  // sample's way, 名称，目标, on both sides of the ； — another indicator, whatever its target says.
  const paired = namedCommaPair(s, from, semi, end);
  let digit = paired;
  for (let k = from; k < semi && !digit; k++) digit = isDigit(s.charCodeAt(k));
  // "…，约六公里；…": a count in Chinese numerals is a number too; "…是否实现：是；…" a yes or no that
  // ends its item is a target too.
  // "整治村（社区）数量，XX个；…", "资助幼儿人数≥**人；…": a template's unfilled target ends its item as a figure does.
  const unfilled = !digit && endsPlaceholder(s, from, semi);
  if (!digit && !unfilled && !CN_QUANTITY.test(s.slice(from, semi)) && !endsYesNo(s, semi)) return false;
  // "补助农户数（≥**户）≥150户", "补助农户数(户)≥150": a placeholder or a unit in brackets is no target.
  const rest0 = s.slice(semi + 1, end);
  const rest = rest0.includes("(") ? rest0.replace(NAME_BRACKET, "") : rest0;
  // "…，约六公里；村级卫生室标准化建设三个": a name ending in its quantity after the ； is another
  // indicator too — not a class or phase of the target before (一类…500元；二类…300元, 一期…；二期…).
  const sibling = siblingOrdinal(rest, s.slice(from, semi));
  const quantity =
    (NAME_THEN_FINAL_QUANTITY.test(rest) || NAME_THEN_CN_COUNT.test(rest) || firstIsQuantity(rest)) &&
    !sibling;
  // "…≥14座；其中第三卫生间≥4座": a part with a comparator and a number of its own is an indicator of its own.
  if (ownPart(rest) > 0) return true;
  return (
    (paired ||
      // After an unfilled target, a name, a comma and words with a figure: 补助标准，每生每年1000元.
      (unfilled && NAME_COMMA_TARGET.test(rest) && hasDigitOrMark(rest, 0, rest.length)) ||
      NAME_THEN_TARGET.test(rest) ||
      // "；整治村数量，XX个", "；资助人数≥**人": a name and its target left unfilled.
      (endsPlaceholder(rest, 0, rest.length) && NAME_THEN_PLACEHOLDER.test(rest)) ||
      quantity ||
      NAME_THEN_CHANGE.test(rest) ||
      NAME_THEN_PERIOD_DEADLINE.test(rest) ||
      DEADLINE_START.test(rest) ||
      NAME_BEFORE_YEAR.test(rest) ||
      NAME_THEN_BOUND.test(rest) ||
      NAME_COMMA_BOUND.test(rest) ||
      recipientsFirst(rest) ||
      isStateAfterIndicator(rest) ||
      (!sibling && wordsFigureCloses(rest))) &&
    !TARGET_LABEL_START.test(rest) &&
    // "；其中，约800人次为基层干部", "；每期，约50人": a clause of the indicator before.
    !CLAUSE_START.test(rest) &&
    !(EACH_START.test(rest) && !eachNamesItsOwn(rest, paired)) &&
    !(mayStartStageAt(rest) && STAGE_START.test(rest))
  );
}

/**
 * After a ；, a name and a target in words closing the clause, the figures as the digits' are: a quantity in Chinese
 * numerals (营养餐补助标准每生每天五元, 全年供餐天数不少于二百天, 维修供水管道两千米), or a class reached (泸沽湖水质保持Ⅰ类) —
 * an indicator of its own, as one in digits is.
 */
function wordsFigureCloses(rest: string): boolean {
  if (hasCnFigure(rest)) return NAME_THEN_CN_FIGURE.test(rest);
  const grade = mayHaveGrade(rest) ? GRADE_TAIL.exec(rest) : null;
  return grade !== null && NAMED_BEFORE.test(rest.slice(0, grade.index));
}

/** A 类 or 级 among the words: where GRADE_TAIL may close them (a cheap check first). */
function mayHaveGrade(rest: string): boolean {
  return rest.includes("类") || rest.includes("级");
}

/** The name NAMED_BEFORE and NAME_THEN_CN_FIGURE open with: words only, two to sixteen, no clause's opening (其中, 每, 较…). */
const NAME_WORDS = String.raw`^\s*(?!其中|含|较|比|约|共|合计|累计|每|同比|环比)[^\d\s,;:。、()≥≤<>=*%]{2,16}`;

/** A name of two characters or more, words only, no clause's opening (其中, 每, 较…). */
const NAMED_BEFORE = new RegExp(`${NAME_WORDS}$`);

/**
 * A name, then maybe a bound in words and 约, then a quantity in Chinese numerals (CN_FIGURE) closing the clause:
 * 全年供餐天数不少于二百天, 维修供水管道两千米, 上门服务次数，每人每月两次 — not a clause of the target before
 * (其中…, 每…, 较上年…).
 */
const NAME_THEN_CN_FIGURE = new RegExp(
  // (…, or after a comma and what it is counted per, the sample's way: 上门服务次数，每人每月两次.)
  `${NAME_WORDS}?(?:\\s*,\\s*(?:每[^\\d\\s,;:。、]{1,2}?){0,2})?` +
    String.raw`(?<![零〇一二两三四五六七八九十百千万点约])\s*(?:不少于|不低于|不超过|不高于|达到|超过|约)?\s*约?\s*${CN_FIGURE}(?:以上|以内|以下|左右)?[\s。.]*$`,
);

/**
 * "…里程1850公里；每公里养护成本不超过6800元/公里", "…；每公里养护成本，不超过6800元/公里": after ；, a name that
 * opens with what it is counted per (每公里, 每人) and goes on to a thing of its own (养护成本) is an indicator
 * of its own when a comparator, its comma or money follows — not "；每期，约50人", "；每期2天" nor "；每人每月
 * 300元", which qualify the target before.
 */
function eachNamesItsOwn(rest: string, paired: boolean): boolean {
  return EACH_NAMED.test(rest) && (paired || NAME_THEN_TARGET.test(rest) || EACH_IN_MONEY.test(rest));
}

/**
 * 每 and three characters or more of a name before any figure, comparator word or other 每: what it counts
 * per and the thing (每公里养护成本, 每户补助), maybe after a first per (每村每年办公经费) — not a period alone
 * (每期不少于, 每人每月).
 */
const EACH_NAMED =
  /^\s*(?:每[^\d\s,;:。、()≥≤<>=*每]{1,2}(?=每))?每(?:(?!每|不少于|不低于|不超过|不高于|不大于|不小于|达到|大于|小于|高于|低于|超过|至少|约|控制)[^\d\s,;:。、()≥≤<>=*]){3}/;

/**
 * Whether the text before the ； at `semi` (from `from`) ends in a template's unfilled target — ** or XX
 * (maybe after a comparator) and a unit or % at most: 数量，XX个, 人数≥**人, 覆盖率**%, X个.
 */
export function endsPlaceholder(s: string, from: number, semi: number): boolean {
  // Quick test: a * or an X among the last twelve characters, those the pattern is run on.
  const a = Math.max(from, semi - 12);
  let mark = false;
  for (let k = a; k < semi && !mark; k++) {
    const c = s.charCodeAt(k);
    mark = c === 42 || c === 88 || c === 120 || c === 0xd7;
  }
  return mark && PLACEHOLDER_END.test(s.slice(a, semi));
}

/** A name (maybe a comma or colon after it) and nothing but an unfilled target: 整治村数量，XX个, 人数≥**人. */
const NAME_THEN_PLACEHOLDER =
  /^\s*[^\d\s,;:。、()≥≤<>=*]{2,16}?[,:]?\s*(?:[≥≤<>=]\s*)?(?:\*+|[xX×]{1,3})\s*(?:%|[\u4e00-\u9fa5]{1,3})?\s*$/;

/** ** or one to three X, not inside a Latin word or a code, then a unit or % at most. */
export const PLACEHOLDER_END = /(?<![A-Za-z0-9])(?:\*+|[xX×]{1,3})\s*(?:%|[\u4e00-\u9fa5]{1,3})?\s*$/;

/**
 * "中小学封闭化管理是否实现：是", "是否建立长效机制，否": whether the text before `semi` ends in 是 or 否 after a
 * colon, or after a comma closing a 是否 question. Characters first: most pieces end otherwise.
 */
function endsYesNo(s: string, semi: number): boolean {
  let k = semi - 1;
  while (k >= 0 && s.charCodeAt(k) === 32) k--;
  const c = s.charCodeAt(k);
  if (c !== 0x662f /* 是 */ && c !== 0x5426 /* 否 */) return false;
  return YES_NO_END.test(s.slice(Math.max(0, k - 24), k + 1));
}

/** A yes or no target closing its item: after a colon, or after a 是否 question and a comma. */
const YES_NO_END = /(?::|是否[^\d,;:。]{0,16},)\s*[是否]$/;

/**
 * Whether the 。 at `stop`, inside a numbered item, ends one indicator before another: the clause before
 * it closes with a figure of its own (抽检任务完成时间，2024年11月底前。, 健康管理率≥90%。) and the words after
 * it are an indicator of their own, as after a ； (单批次检验成本，≤375元/批次, 人均补助标准89元/人) — not a
 * note on the item before (。其中…, 。主要用于…, 。资金用于…).
 */
export function fullStopSeparatesIndicators(s: string, from: number, stop: number): boolean {
  let a = stop;
  while (a > from) {
    const c = s.charCodeAt(a - 1);
    if (c === 44 || c === 58 || c === 59) break;
    a--;
  }
  if (!hasDigitOrMark(s, a, stop) && !endsPlaceholder(s, a, stop)) return false;
  return !NOTE_START.test(s.slice(stop + 1, stop + 8)) && semicolonSeparatesIndicators(s, from, stop);
}

/** Words that open a note on the item before a 。 rather than an indicator: 主要用于, 资金用于, 以上, 注. */
const NOTE_START =
  /^\s*(?:主要|用于|[^\d\s,;:。]{1,4}用于|以上|上述|该|此|注|备注|说明|具体|详见|按照|根据|通过)/;

/**
 * Whether the pieces on both sides of the ； at `semi` (the one before from `from`, after its label's colon,
 * the one after up to `end`) are each a name, one comma and its target: 营养膳食补助标准，每生每天5元 after
 * 受益学生人数，不少于3.6万人, 资助资金发放，按时 after 资助标准，1000元/生·年. Not a second condition of the
 * target before (其他资料查询访问量，汛期时，每天约300人次；非汛期，每天约100人次: two commas before the ；).
 */
function namedCommaPair(s: string, from: number, semi: number, end: number): boolean {
  // Quick test: one comma after the ； (most pieces have none), and one before it.
  let commas = 0;
  for (let k = semi + 1; k < end && commas < 2; k++) if (s.charCodeAt(k) === 44) commas++;
  if (commas !== 1) return false;
  const colon = s.lastIndexOf(":", semi - 1);
  const a = colon >= from ? colon + 1 : from;
  commas = 0;
  for (let k = a; k < semi && commas < 2; k++) if (s.charCodeAt(k) === 44) commas++;
  return (
    commas === 1 && NAME_COMMA_TARGET.test(s.slice(a, semi)) && NAME_COMMA_TARGET.test(s.slice(semi + 1, end))
  );
}

/** Whether the sentence at `at` (to its ；, 。 or line end) is a name, a comma and a figure: 灌溉面积，3.2万亩. */
function namedFigureAt(s: string, at: number): boolean {
  let end = at;
  while (end < s.length && end - at <= 40) {
    const c = s.charCodeAt(end);
    if (c === 59 || c === 0x3002 || c === 10) break;
    end++;
  }
  const piece = s.slice(at, end);
  return NAME_COMMA_TARGET.test(piece) && hasDigitOrMark(piece, piece.indexOf(","), piece.length);
}

/** A name of two characters or more (no figure, no mark), a colon, and its target after it: 物资采购时间：汛前. */
const NAME_COLON_WORDS = /^\s*[^\d\s,;:。、()≥≤<>=*]{2,16}:\s*[^\s,;:。]/;

/** A name of two characters or more (no figure, no mark), a comma, and words after it: 资助资金发放，按时. */
const NAME_COMMA_TARGET = /^\s*[^\d\s,;:。、()≥≤<>=*]{2,16},\s*[^\s,;:。]/;

/**
 * "；供养标准，不低于当地城乡居民最低生活保障标准的1.3倍": a name, a comma and a bound word — an indicator
 * written the sample's way, whatever its figure is set against.
 */
const NAME_COMMA_BOUND =
  /^\s*[^\d\s,;:。、()≥≤<>=*]{2,16},\s*(?:[≥≤<>=]|不少于|不低于|不超过|不高于|不大于|不小于|大于|小于|高于|低于|超过|达到|至少)/;

/**
 * "；绿色出行比例提高3个百分点", "；投诉量下降10%": a name, a change and its figure — also after a comma and with
 * what it is set against ("；空气质量优良天数比例，比上年提高1个百分点", the sample's 名称，目标).
 */
const NAME_THEN_CHANGE =
  /^\s*[^\d\s,;:。、()≥≤<>=*]{2,16}?(?:,\s*)?(?:(?:比|较)(?:上年度?|去年|上一年|同期|基期)|同比|环比)?(?:提高|提升|增长|增加|上升|下降|降低|减少)\s*\d+(?:\.\d+)?\s*(?:个百分点|百分点|%)/;

/**
 * "；补贴资金于每季度末前拨付", "；慰问金于年底前发放", "；资金于每学期结束前发放": a name, then a deadline without a
 * year; "；补助资金拨付时间年底前", "；拨付时限年内": a time's name, then the year's end alone (round 198).
 */
const NAME_THEN_PERIOD_DEADLINE =
  /^\s*(?:[^\d\s,;:。、()]{2,10}?(?:于|在)\s*(?:每(?:季度|季|月|半年|年)(?:末|底)?|季度末|季末|年底|年末|月底|月末|每?学期(?:末|结束))\s*(?:前|以前|之前)|[^\d\s,;:。、()]{2,14}?(?:时间|时限|期限|日期)\s*(?:为)?\s*(?:年底|年末|年内|当年|季度末|季末)\s*(?:前|以前|之前)?[\s。.;]*$)/;

/** "；资金拨付时间2024年9月前", "；建设工期2024年1月-2025年12月": a name, then its date. */
const NAME_BEFORE_YEAR =
  /^\s*(?!截至|截止|到|至|确保|计划|预计|力争|争取|于|在)[^\d\s,;:。、()≥≤<>=]{2,16}?\s*(?:为|于|在)?\s*(?:19|20)\d\d\s*年/;

/**
 * "；重点场所5G覆盖率≥98%", "；农村生活垃圾收运处置体系覆盖自然村比例≥95%": a longer name, or one with
 * digits or letters in it, then a bound written as a sign or a word.
 */
const NAME_THEN_BOUND =
  /^\s*[^\s,;:。、()≥≤<>=]{2,30}?(?:[≥≤]|不少于|不低于|不超过|不高于|不大于|不小于)\s*\d/;

/**
 * "草原综合植被盖度≥45%；牧民人均政策性收入增加": after a whole indicator, a short clause naming a thing and
 * the change or state it reaches is an indicator of its own (not 较上年有所提高, a clause of the one before).
 */
function isStateAfterIndicator(rest: string): boolean {
  const t = rest.trim();
  if (t.length > 24 || /\d/.test(t)) return false;
  // "因灾死亡人数0人；确保安全度汛": an outcome of its own, after a resolve too.
  if (/^(?:较|比|逐年|不断|确保|力争|争取|并|且|实现)/.test(t))
    return isOutcomeAlone(t.replace(/[\s。.;]+$/, ""));
  return nameThenState(t);
}

/**
 * "；巡查水库、山塘27座", "；65岁及以上老年人健康管理人数1.1万人，高血压患者…": the first indicator after a
 * ； ends at a comma or a 、 after its quantity, and its name may list things with 、 or start with an age.
 */
function firstIsQuantity(rest: string): boolean {
  let end = 0;
  let digit = false;
  while (end < rest.length) {
    const c = rest.charCodeAt(end);
    if (c === 44 || (c === 0x3001 && digit)) break;
    digit = digit || isDigit(c);
    end++;
  }
  if (!digit) return false;
  const head = rest.slice(0, end);
  const led = DIGIT_LED_NAME.exec(head);
  return LISTED_NAME_THEN_FINAL_QUANTITY.test(led ? head.slice(led[0].length) : head);
}

/** NAME_THEN_FINAL_QUANTITY whose name may list things with 、 (巡查水库、山塘27座). */
const LISTED_NAME_THEN_FINAL_QUANTITY = finalQuantityAfter("[^\\d\\s,;:。()≥≤<>=*]{2,24}?");

/** The words a count in Chinese numerals ends in (NAME_THEN_CN_COUNT, CN_COUNT_END): 人次, 个, 座 … */
const CN_COUNT_WORD = "(?:人次|户次|家次|[个项座所处条次人户家名场期批])";

/** A name, then a count in Chinese numerals that ends the text: 村级卫生室标准化建设三个. */
const NAME_THEN_CN_COUNT = new RegExp(
  String.raw`^\s*[^\d\s,;:。、()≥≤<>=*]{2,16}?[一二两三四五六七八九十百千万零]+\s*${CN_COUNT_WORD}[\s。.]*$`,
);

/** A count in Chinese numerals that closes the text (三十五座, 三百个, 一千二百人次) — not 一 alone (一户一档). */
const CN_COUNT_END = new RegExp(
  String.raw`(?:[二两三四五六七八九十百千万]|一[零一二两三四五六七八九十百千万])[零一二两三四五六七八九十百千万]*\s*${CN_COUNT_WORD}$`,
);

/**
 * Whether a count in Chinese numerals ends s[from, end): a figure as digits are, for a comma in a numbered
 * item ("（1）数量指标：新建水柜三十五座，铺设管道18.5公里"). Looked for only where a numeral stands two or
 * three characters before the end.
 */
export function endsWithCnCount(s: string, from: number, end: number): boolean {
  if (end - from < 3 || !(isCnNumeralCode(s.charCodeAt(end - 2)) || isCnNumeralCode(s.charCodeAt(end - 3))))
    return false;
  return CN_COUNT_END.test(s.slice(Math.max(from, end - 16), end));
}

/** 二类对象…, 二期…, 第二批…: a class or a phase, named by its ordinal (a sibling of 一类…, 一期… before it). */
const ORDINAL_START = /^\s*第?\s*[一二三四五六七八九十\d]+\s*([类期批档级轮])/;

/** Whether `rest` opens with a class or a phase (二类…, 二期…) whose sibling (一类, 一期) is in `before`. */
function siblingOrdinal(rest: string, before: string): boolean {
  const ordinal = ORDINAL_START.exec(rest);
  return ordinal !== null && new RegExp(`[一二三四五六七八九十\\d]\\s*${ordinal[1]}`).test(before);
}

/** "；指标值：…", "；目标值：…": the target's label, not another indicator. */
const TARGET_LABEL_START = /^\s*(?:年度)?(?:指标值|目标值|预期值|指标名称)/;

/** A name (no digits, no sentence marks) then ，: or a comparator, then a number: 快检批次，不少于5000批次. */
const NAME_THEN_TARGET =
  /^\s*[^\d\s,;:。、()]{2,16}?\s*(?:[,:]\s*(?:不少于|不低于|不超过|不高于|达到|大于|小于|高于|低于|至少|约|[≥≤<>=])?|(?:不少于|不低于|不超过|不高于|达到|大于|小于|高于|低于|至少|[≥≤<>=]))\s*\d/;

/**
 * A name — a code may lead it (PM2.5, PM10) — then a bound and its figure, whatever the unit after it (微克/立方米
 * 以内): PM2.5年均浓度控制在32微克/立方米以内, 二氧化硫年均浓度不超过15微克/立方米 — an indicator of its own
 * after a comma (NAME_THEN_BOUND, after a ；, takes any name).
 */
const NAME_THEN_BOUND_AFTER_COMMA = new RegExp(
  `^\\s*${CODE_PREFIX}[^\\d\\s,;:。、()≥≤<>=*]{2,16}?(?:控制在|不超过|不高于|不大于|不少于|不低于|[≥≤])\\s*${DIGITS}`,
);

/**
 * A span of months, its year written or not (2025年5月至10月, 2025年3-5月, 5月至10月), or a year's whole (2025年全年):
 * a period the work is done through, written before it.
 */
export const MONTHS_SPAN = String.raw`(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*(?:月份?)?\s*(?:至|到|-|—|–|~|～)\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月份?\s*(?:期间|间)?|\d{4}\s*年\s*全年)`;

/**
 * "2025年5月至10月开展蓝藻巡查打捞", "2025年1-12月开展巡查": a span of months written first, then the work done
 * through it and nothing more — a date target and its deed, as parseItem reads it alone (开展巡查 | 2025年1-12月).
 */
const PERIOD_THEN_DEED = new RegExp(String.raw`^\s*${MONTHS_SPAN}\s*[^\d\s,;:。、()≥≤<>=*%]{2,16}[\s。.]*$`);

/**
 * A year's festival or holiday period (2025年春节至元宵期间, 2025年暑假期间, 2025年国庆节期间): a period the work is
 * done through, as a span of months is.
 */
const FESTIVAL = `(?:${FESTIVALS}|暑假|寒假|汛期)`;
const FESTIVAL_SPAN = String.raw`\d{4}\s*年\s*${FESTIVAL}(?:\s*(?:至|到|-|—|~|～)\s*${FESTIVAL})?\s*(?:期间|间)`;

/** A span of months (MONTHS_SPAN) or a festival period before the words of a name: 2025年7月至8月|举办女书传习班4期. */
export const PERIOD_LED = new RegExp(
  String.raw`^\s*(?:${MONTHS_SPAN}|${FESTIVAL_SPAN})\s*(?=[\u4e00-\u9fa5])`,
);

/** What makes the text before a comma a whole indicator (a name and its target). */
const WHOLE_INDICATOR: readonly RegExp[] = [
  PERIOD_THEN_DEED,
  NAME_THEN_BOUND_AFTER_COMMA,
  DEADLINE_INSIDE,
  COUNT_INSIDE,
  STANDARD_TARGET,
  NAME_COLON_TARGET,
  HAS_TARGET,
  NAME_THEN_QUANTITY,
  MEASURE_THEN_NUMBER,
  NAME_THEN_FINAL_QUANTITY,
  NAME_THEN_DATE,
  RELATIVE_TO_LAST_YEAR,
  PLACEHOLDER_TARGET,
  VERB_THEN_MAGNITUDE,
  NAME_THEN_DEADLINE,
  NAME_THEN_ZERO,
];

/** What makes the text after a comma start an indicator of its own (besides a name and a comparator). */
const INDICATOR_START: readonly RegExp[] = [
  NAME_THEN_BOUND_AFTER_COMMA,
  NAME_THEN_QUANTITY,
  NAME_THEN_COMPARED_LEVEL,
  NAMED_DATE,
  NAME_THEN_FINAL_QUANTITY,
  NAME_THEN_DEADLINE,
  MEASURE_THEN_NUMBER,
  RELATIVE_TO_LAST_YEAR,
  PLACEHOLDER_TARGET,
  NAME_COLON_TARGET,
  DEADLINE_START,
  STANDARD_TARGET,
  NAME_THEN_ZERO,
];

/**
 * Whether words close a whole indicator with no figure: a name of its own and a state, a state held or a
 * grade met, a timing, a standard, none at all or a change on last year (水质明显改善, 社会秩序良好, 工程质量合格,
 * 资金按时拨付, 较大及以上事故零发生, 生产安全事故起数同比下降).
 */
function wordsCloseIndicator(text: string): boolean {
  if (nameThenState(text)) return true;
  const held = stateAtEnd(text);
  if (held !== null && text.slice(0, held.index).trim().length >= 2) return true;
  const timing = timingTail(text);
  if (timing !== null && text.slice(0, timing.index).trim().length >= 2) return true;
  return (
    STANDARD_TARGET.test(text) ||
    NAME_THEN_ZERO.test(text) ||
    RELATIVE_TO_LAST_YEAR.test(text) ||
    (text.includes("不发生") && NEGATED_EVENT.test(text)) ||
    // 无垮坝事故, 汛期无人员伤亡: an accident that must not happen, whole as 零发生 and 不发生… are.
    (text.includes("无") && NO_CASUALTY.test(text)) ||
    // 重点水域水质稳定达到Ⅲ类: a class of water reached by a subject of its own, as a standard met is.
    (text.includes("类") && namedWaterClass(text))
  );
}

/** A name of two characters or more, then a class of water reached (WATER_CLASS_TAIL): 水质稳定达到Ⅲ类. */
function namedWaterClass(text: string): boolean {
  const water = WATER_CLASS_TAIL.exec(text);
  return water !== null && text.slice(0, water.index).trim().length >= 2;
}

/**
 * Whether the words before a comma are a schedule alone (scheduleAlone) right after a figure and its comma — cut
 * from it by commaSeparatesIndicators, a timing of its own.
 */
function afterFigure(s: string, from: number, before: string): boolean {
  let k = from;
  while (k > 0 && isSpace(s.charCodeAt(k - 1))) k--;
  if (s.charCodeAt(k - 1) !== 44 || !scheduleAlone(before)) return false;
  return hasFigure(lastClause(s.slice(0, k - 1)));
}

/** "按月发放到位", "及时拨付": a schedule and its act with no name before it (TIMING_TAIL from the first word). */
function scheduleAlone(text: string): boolean {
  const t = text.trimStart();
  return SCHEDULE_START.test(t) && TIMING_TAIL.exec(t)?.index === 0;
}

/** What a schedule written first starts with: 按月, 按季度, 按时, 按期, 及时, 如期 (not 当年完成, 年内完成). */
const SCHEDULE_START = /^(?:按(?:月|季|年|学期|时|期)|及时|如期)/;

/**
 * Under a numbered category label (2.效益指标：…, (1)产出指标：…), where the number numbers the category
 * and not its indicators: whether the ； or line break at `mark` stands between two whole indicators
 * written without numbers of their own — the text since `from` is a whole indicator (a figure or words
 * that close one, or before a ； a statement of work, its verb first), and the first clause after the mark is another (巡查≥200次；资金按时拨付；项目按期完工,
 * 生产安全事故起数同比下降；较大及以上事故零发生). A condition before its figure (汛期时，每天约300人次；
 * 非汛期，每天约100人次) is no indicator of its own, nor is a clause that restates the target.
 */
export function labelledClauseCuts(s: string, from: number, mark: number): boolean {
  const end = sentenceEndAfter(s, mark + 1);
  const rest = s.slice(mark + 1, end);
  if (rest.trim().length < 4 || clauseOfBefore(rest) || EACH_START.test(rest) || restatesTarget(rest))
    return false;
  // A figure of its own, in digits (不足一个月按一个月计 counts nothing), or words that close one — or a
  // schedule and its act with no name (发放率100%；按月发放到位), a target of timeliness of its own.
  // Or a statement of work, its verb first (村容村貌明显改善；带动乡村旅游), whole in its words as 消除…隐患 is.
  // Or a name, a colon and its target in words (救生衣300件；物资采购时间：汛前) — not the target's label (；指标值：…).
  if (
    !(
      wordsCloseIndicator(rest) ||
      (rest.includes(":") && NAME_COLON_WORDS.test(rest) && !TARGET_LABEL_START.test(rest)) ||
      scheduleAlone(rest) ||
      (mayStateWork(rest) && VERB_OBJECT_FIRST.test(rest)) ||
      (hasDigitOrMark(rest, 0, rest.length) && (startsWholeIndicator(rest) || recipientsFirst(rest))) ||
      // A name, its comma and its figure (灌溉面积，3.2万亩), as the sample writes 名称，目标.
      (s.charCodeAt(end) === 44 && namedFigureAt(s, mark + 1)) ||
      // A name and its target left as a template's XX (培训天数≥5天；培训合格率XX%), as a ** is above.
      (hasPlaceholderX(rest) && PLACEHOLDER_TARGET.test(rest))
    )
  )
    return false;
  const before = s.slice(from, mark);
  // 一类对象…500元；二类对象…300元, 一期…；二期…: a class or a phase of the target before, a sibling.
  if (siblingOrdinal(rest, before)) return false;
  // "2.效益指标：改善塌陷区生态环境；新增耕地年收益≥60万元", "追回违规资金挽回基金损失；基金安全运行": a statement
  // of work, its verb first, closed by a ； is whole as it is after one (a lead-in's comma is no ；).
  return (
    wordsCloseIndicator(before) ||
    isWholeIndicator(before) ||
    (s.charCodeAt(mark) === 59 && mayStateWork(before) && VERB_OBJECT_FIRST.test(before))
  );
}

/**
 * Under a numbered category label, whether the comma at `comma` stands after a state said of a name of its
 * own (no figure: a figure there may be the target of a name before the comma, 系统稳定运行，系统99%稳定可靠)
 * and before another indicator — a state of its own (2.效益指标：水质明显改善，群众意识明显增强), or a name and
 * its target, as after a label without a number (信访秩序持续好转，进京赴省非访零发生; 社会治安秩序持续稳定，命案
 * 发案数0起). For the latter the state is a change or a state reached (not 工程按期完成, a name before the
 * comma of the dates that meet it), right after the label (not the target of a name before another comma:
 * 安全生产形势，安全生产形势稳定，…).
 */
export function labelledStatesCut(s: string, from: number, comma: number): boolean {
  if (hasDigitOrMark(s, from, comma)) return false;
  const before = s.slice(from, comma);
  // "效益：带动茶农增收，年接待游客增加5000人次以上": people's income or work gained, said whole by its verb, is an
  // effect of its own under the label — not a purpose leading in to the figure after it (方便…, 丰富…).
  if (mayGainForPeople(s, from) && PEOPLE_GAIN.test(before))
    return startsWholeIndicator(s.slice(comma + 1, sentenceEndAfter(s, comma + 1)));
  // A state reached or an adverb's change closing the words — nameThenState's tails but its 无明显…, each
  // run once: the reached one is wanted again below.
  const reachedOnly = reachedTail(before);
  const reached = reachedOnly ?? heldTail(before);
  const tail = reached ?? adverbTail(before);
  if (tail === null || before.slice(0, tail.index).trim().length < 2) return false;
  const end = sentenceEndAfter(s, comma + 1);
  const rest = s.slice(comma + 1, end);
  if (sizesTheChange(before, rest)) return false;
  if (isOwnState(rest)) return true;
  if (before.includes(",")) return false;
  // "效益：边境管控有力，无重大涉边案事件": an event that must not happen after a state reached by a subject of its own
  // (not after a state held, 运行平稳，不发生重大事故, nor a name's target after its comma: …安全形势，平稳，不发生…).
  // (水库安全度汛，无垮坝事故: no accident is what the safety reached means — the name's target after its comma.)
  if (
    reachedOnly !== null &&
    reachedOnly.index >= 2 &&
    isEventStatement(rest) &&
    !(reachedOnly[0].includes("安全") && SAFETY_EVENT.test(rest))
  )
    return true;
  // (信息系统和设备稳定运行，系统99%稳定可靠: a figure said of the state's own word measures that state — one.)
  return (
    reached !== null &&
    reached.index >= 2 &&
    startsWholeIndicator(rest) &&
    !sharesWord(reached[0].trim(), rest)
  );
}

/** An accident or a casualty that does not happen (无垮坝事故, 零伤亡, 不发生安全事故): what a safety reached restates. */
const SAFETY_EVENT = /事故|伤亡|险情|溃坝|垮坝/;

/** Marks a name cut by a line break never holds: sentence marks, brackets and comparator signs. */
const WRAP_STOP = /[,;:。、!?()≥≤<>=*“”"]/;

/**
 * Whether a line of words ends where a name was cut by the line break (开展食品安全监督抽检 / 批次(≥2800批次)):
 * words only — no figure, no mark, no target — that close no indicator of their own (水质明显改善,
 * 资金按时拨付 and 重大事故零发生 are whole). The segmenter then reads the next line as its go-on.
 */
export function wrapsIntoNextLine(line: string): boolean {
  const t = line.trim();
  if (t.length < 2 || t.length > 30 || hasDigitOrMark(t, 0, t.length) || WRAP_STOP.test(t)) return false;
  return !wordsCloseIndicator(t) && !WORDS_STATE_END.test(t);
}

/** Words a qualitative target ends in that QUALITATIVE_TAIL leaves to the item: 平稳, 良好, 满意, 达标…. */
const WORDS_STATE_END =
  /(?:平稳|良好|优良|平衡|满意|有序|稳定|长期|达标|合格|完成|完工|到位|落实|通过|提升|提高|改善|增强|规范|及时|显著|明显|有效|可靠|畅通|安全|整洁|有保障|是|否|无)\s*$/;
