/**
 * Cells that read as indicator text with no header above them: a 绩效指标 cell selected on its own, or a
 * document pasted a line per row down one column (a project's title or 项目名称：…, its goal, then
 * headings such as 一、产出指标 or 【产出指标-数量指标】 on rows of their own, each over its indicators' lines).
 */
import { type ProjectInfo } from "../record";
import { categoryOfLabel } from "../text/categories";
import { canon, isCjk, isDigit, trimSpaces } from "../text/chars";
import { leadingNumbering, segmentCell } from "../text/segment";
import { INDICATOR_TEXT } from "../table/columns";
import { districtOf } from "../table/district";
import { cutAtLabels, fieldValue } from "../table/formLines";
import { headerRole, namesDepartmentAndUnit } from "../table/headers";
import { isFooterRow, namesOrganisation } from "../table/rowKinds";
import { titleLine, titleYear, type TitleLine } from "../table/title";
import { Builder, type Context, EMPTY_CONTEXT } from "./builder";
import { addPackedCell, type Carried } from "./packedCell";

/** How a document numbers its header lines (一、, （二）, 3.), before 项目名称 (PROJECT_LINE) and 实施单位 (CONTEXT_LINE). */
const LINE_NUMBER = String.raw`(?:(?:[一二三四五六七八九十\d]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）])\s*)?`;
/**
 * 项目名称：县城区生活垃圾分类处理 on a line of its own, also numbered (一、项目名称：…, （二）项目名称：…): the next
 * block's project.
 */
const PROJECT_LINE = new RegExp(String.raw`^\s*${LINE_NUMBER}项目名称\s*[:：]\s*(\S.*?)\s*$`);
/**
 * 项目一：草原生态保护补助奖励, 项目1：城乡居民最低生活保障 on a line of its own: a document numbering its
 * projects with no 项目名称 label — the next block's project, when the line below opens a project's lines
 * (numberedProject).
 */
const NUMBERED_PROJECT = /^\s*项目\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[:：]\s*(\S.*?)\s*$/;
/** The labels of a context line's money (MONEY_LABEL: 项目资金, 资金规模：120万元), and all its labels (CONTEXT_LINE, LINE_LABEL). */
const MONEY_LABELS = "项目资金|项目金额|资金规模|(?:项目)?(?:预算金额|预算资金|资金总额|总投资|投资总额)";
const CONTEXT_LABELS = `主管部门|项目主管部门|实施单位|预算单位|项目单位|项目实施单位|申报单位|${MONEY_LABELS}|部门[(（]单位[)）](?:名称)?`;
/**
 * 主管部门：…, 实施单位：…, 项目资金：…, 项目金额：320万元 on a line of their own, above a project's block, also
 * numbered as the document numbers its header lines (一、项目名称：… 二、实施单位：…). A money label
 * (MONEY_LABEL) says how much the project has, never who runs it.
 */
const CONTEXT_LINE = new RegExp(String.raw`^\s*${LINE_NUMBER}(${CONTEXT_LABELS})\s*[:：]\s*(\S.*?)\s*$`);
/** 项目资金, 项目金额, 预算金额, 资金总额, 总投资: a context line's label for the project's money. */
const MONEY_LABEL = new RegExp(`^(?:${MONEY_LABELS})$`);
/** 项目总体绩效目标：…, 年度目标：…, 年度目标2:…: the goal of the block it stands over (or in). */
const GOAL_LINE =
  /^\s*(?:项目)?(?:总体|年度|整体)?(?:绩效)?目标(?:\s*[\d一二三四五六七八九十]{1,2}|及(?:绩效)?指标)?\s*[:：]\s*(\S[\s\S]*?)\s*$/;

/**
 * 新建污水管网15.6公里，工程质量合格率100%，居民满意度不低于90%。: a goal's words that are a list of measurable
 * targets — two clauses or more, at least two thirds of them (and two) with a figure (or 零发生) — not a goal's
 * prose (通过实施该项目，改善居民生活环境，…).
 */
function measurableList(goal: string): boolean {
  let clauses = 0;
  let figures = 0;
  for (const part of goal.split(/[，,；;。]/)) {
    if (!part.trim()) continue;
    clauses++;
    if (/\d|零/.test(part)) figures++;
  }
  return clauses >= 2 && figures >= 2 && figures * 3 >= clauses * 2;
}

/** Whether any line of the grid's text opens or holds indicators (产出指标：…, 绩效指标：…, 【…指标】). */
function anyIndicatorLine(texts: string[][]): boolean {
  for (const row of texts)
    for (const t of row) if (t && (opensIndicators(t) || INDICATOR_TEXT.test(canon(t)))) return true;
  return false;
}

/**
 * 一、建阳区建盏文化产业推广项目, （二）城乡供水一体化运行维护: a line numbered as a document's heading (一、, （一）)
 * and holding only a name — what it names, when the lines below it make it a project's heading
 * (headingAt). The bracket, when written, is the second group.
 */
const NUMBERED_NAME =
  /^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|([(（])\s*[一二三四五六七八九十]{1,3}\s*[)）])\s*([^:：]{2,60}?)\s*$/;
/**
 * 1.柯城区城乡居民基本养老保险财政补助, 2、某项目: a line numbered in digits and holding only a name — a
 * project's heading only where a context, goal or indicators line follows it (headingAt; 1.培训人数 over
 * 2.… is an indicator). Not a decimal (1.5万人).
 */
const DIGIT_NAME = /^\s*\d{1,2}\s*[、.．](?!\d)\s*([^:：]{2,60}?)\s*$/;
/**
 * How a heading is numbered: 一、, （一） or 1. (digits). The headings of sibling projects are numbered alike.
 */
type HeadingStyle = "plain" | "bracket" | "digit";
/** What a project's name never holds: a target's signs, a sentence's marks. */
const NOT_IN_NAME = /[≥≤≧≦><＞＜=＝%％‰；;，,。]/;
/**
 * What ends a section's heading, not a project's (一、项目基本情况, 二、绩效目标, 三、绩效指标, （一）资金安排,
 * 二、部门职责).
 */
const SECTION_END =
  /(?:指标|目标|情况|概况|依据|内容|说明|职能|职责|信息|措施|计划|安排|分析|要求|用途|范围|对象|标准|表)$/;
/** The years a project's name may start with (2024年度…): no target's number. */
const NAME_YEARS = /(?:19|20)\d\d\s*年度?/g;
/**
 * 产出：聘用生态护林员1310人，…, 满意度：护林员满意度≥90%: a category's short label opening a line of
 * indicators, as 产出指标： does (INDICATOR_TEXT).
 */
const SHORT_CATEGORY_LINE = /^\s*(?:产出|效益|满意度|成本)\s*[:：]/;
/** 绩效指标：…, 年度绩效指标： on a line of their own: the indicators of the block above them. */
const INDICATORS_LINE = /^\s*(?:项目|年度)?(?:主要)?绩效指标\s*[:：]?/;
/**
 * 绩效指标：1.新建高标准农田面积≥1.2万亩；2.…: the whole list packed after the label, on the line under a
 * project's heading or 项目资金：… (listedUnder).
 */
const INDICATORS_LISTED = /^\s*(?:项目|年度)?(?:主要)?绩效指标\s*[:：]\s*\S.*\d/;
/** 指标1:维护小康村数量,目标值:≥12个: an indicator's line, its name and its value labelled, no category written. */
const LABELLED_INDICATOR =
  /^\s*指标\s*[\d一二三四五六七八九十]{1,2}\s*[:：.、]\s*[^,，;；:：]+[,，;；]?\s*(?:年度)?(?:目标值|指标值)\s*[:：]\s*\S/;
/** 绩效指标 | …: a form's label whose cell beside it holds the indicators (also with no category written). */
const INDICATORS_LABEL_CELL = /^\s*(?:项目|年度)?(?:主要)?绩效指标\s*[:：]?\s*$/;
/** 1.产出指标：…, 产出指标：…: a goal line's words that are its indicators under their categories (listedUnder). */
const GOAL_OF_CATEGORIES = /^(?:\d{1,2}\s*[、.．]\s*)?(?:产出|效益|满意度|成本)指标\s*[:：]/;

/**
 * 1.乌江（铜仁段）水环境综合治理项目：年度目标为…。数量指标:…, 3.大气污染防治：数量指标:…: a numbered line whose
 * words before the first colon are a project's name (numberedName), and whose words after it are the project's
 * goal and indicators — a document giving each project a paragraph of its own (projectParagraph).
 */
const PARAGRAPH_LEAD =
  /^(\s*(?:\d{1,2}\s*[、.．](?!\d)|[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）])\s*[^:：]{2,60}?)\s*[:：]\s*/;
/** 年度目标为…, 绩效目标：…, 目标是…: the goal's words opening a project's paragraph (projectParagraph). */
const PARAGRAPH_GOAL = /^(?:项目)?(?:年度|总体|整体)?(?:绩效)?目标\s*(?:为|是|[:：])\s*/;
/**
 * 数量指标:, 2.社会效益指标：, 产出：: a category's label in a paragraph, maybe numbered — where a project's
 * paragraph's indicators start (projectParagraph).
 */
const PARAGRAPH_CATEGORY =
  /(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．]\s*|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]\s*)?(?:(?:产出|效益|满意度|成本|数量|质量|时效|可持续影响|(?:经济|社会|生态|环境)效益|(?:社会公众或)?服务对象满意度)指标|(?:产出|效益|满意度|成本))\s*[:：]/;

/**
 * A project's paragraph (PARAGRAPH_LEAD): its name, how it is numbered, its goal (年度目标为… up to the first
 * category's label; "" when the indicators follow the colon at once), and where its indicators start. Null
 * when the words after the colon open with neither a goal nor a category's label (1.培训人数：≥500人 is an
 * indicator), or no indicator follows.
 */
function projectParagraph(
  t: string,
): { name: string; style: HeadingStyle; goal: string; indicators: number } | null {
  // Most lines start otherwise, or hold no category: one look at the first character and at the words.
  const c = t.trimStart().charAt(0);
  if (!c || !"一二三四五六七八九十(（0123456789".includes(c) || !INDICATOR_TEXT.test(t)) return null;
  const lead = PARAGRAPH_LEAD.exec(t);
  if (!lead) return null;
  const named = numberedName(lead[1]);
  if (!named) return null;
  const rest = t.slice(lead[0].length);
  const goal = PARAGRAPH_GOAL.exec(rest);
  const category = PARAGRAPH_CATEGORY.exec(rest);
  if (!category || (goal ? category.index < goal[0].length : category.index > 0)) return null;
  const indicators = lead[0].length + category.index;
  if (!INDICATOR_TEXT.test(canon(t.slice(indicators)))) return null;
  const words = goal ? rest.slice(goal[0].length, category.index) : "";
  return { ...named, goal: trimSpaces(words.replace(/[\s；;，,。]+$/, "")), indicators };
}

/**
 * What a numbered line names (NUMBERED_NAME) when that may be a project — no category, section or target —
 * and how it is numbered.
 */
function numberedName(
  t: string,
  planned = false,
): { name: string; style: HeadingStyle; plan?: boolean } | null {
  // Most lines start with something else: one look at the first character.
  const c = t.trimStart().charAt(0);
  const digit = c >= "0" && c <= "9";
  if (!c || (!digit && !"一二三四五六七八九十(（".includes(c))) return null;
  // 一、某项目（实施单位：某镇人民政府；金额：35万元）: the name is checked without its bracket of fields,
  // which stays with it for nameAndUnit.
  const labelled = labelledBracket(t);
  const bare = labelled ? t.slice(0, t.lastIndexOf(labelled.project) + labelled.project.length) : t;
  const m = digit ? DIGIT_NAME.exec(bare) : NUMBERED_NAME.exec(bare);
  if (!m) return null;
  const name = trimSpaces(digit ? m[1] : m[2]);
  // (农村义务教育学生营养改善计划 names a programme; 工作计划, 资金使用计划 a section: PROGRAMME_NAME.)
  const plan = planned && PROGRAMME_NAME.test(name);
  if (NOT_IN_NAME.test(name) || (!plan && SECTION_END.test(name)) || /\d/.test(name.replace(NAME_YEARS, "")))
    return null;
  // 一、产出, （二）数量指标, 三、项目名称: a category or a label, not a name.
  if (categoryOfLabel(name) || categoryOfLabel(`${name}指标`) || headerRole(name)) return null;
  return {
    name: labelled ? trimSpaces(t.slice(t.indexOf(name))) : name,
    style: digit ? "digit" : m[1] ? "bracket" : "plain",
    ...(plan && { plan }),
  };
}
/**
 * 农村义务教育学生营养改善计划, 银龄讲学计划: a programme's name ending in 计划 — not a section's plan (工作计划,
 * 实施计划, 资金使用计划, 年度计划), and long enough to name something.
 */
const PROGRAMME_NAME =
  /^.{2,}(?<!工作|实施|使用|进度|年度|绩效|支出|资金|预算|执行|项目|用款|采购|分配|推进)计划$/;

/**
 * Whether the line after a numbered name opens a project's lines: its 主管部门 (or another context line), its
 * goal, or its indicators (绩效指标：…; unless `strong`, also 数量指标：…, （一）产出指标).
 */
function opensProject(t: string, strong: boolean, digit = false): boolean {
  if (CONTEXT_LINE.test(t) || INDICATORS_LINE.test(t)) return true;
  // (Under 1.培训人数, 目标：≥500人 is the target of the indicator the line above names, not a goal.)
  const goal = GOAL_LINE.exec(t);
  if (goal) return !digit || !TARGET_FIRST.test(goal[1]);
  return !strong && !digit && (INDICATOR_TEXT.test(canon(t)) || listedByOrdinals(t));
}
/**
 * 一是补贴对象1560人；二是…满意度达到92%。: a project's indicators listed as 一是…二是… with a figure, and no
 * category written (INDICATOR_TEXT finds those).
 */
function listedByOrdinals(t: string): boolean {
  return t.includes("二是") && LISTED_BY_ORDINALS.test(t);
}
const LISTED_BY_ORDINALS = /^\s*一是[^二]*\d[\s\S]*二是/;

/** What a target starts with, not a goal's words: a comparator or a figure. */
const TARGET_FIRST = /^[\d≥≤≧≦><＞＜=＝]/;

/**
 * What a numbered name on row `r` heads (numberedName): a project, when the next line opens a project's lines
 * (主管部门：…, 绩效指标：…); a group of projects (一、民生类项目 over （一）某项目 over 主管部门：…), when the next
 * line is such a project's heading. Null when it is neither, or when it is not numbered as `style` (the
 * heading of the project before it; null for any).
 */
function headingAt(
  texts: string[][],
  r: number,
  c: number,
  style: HeadingStyle | null,
  strong: boolean,
): { name: string; style: HeadingStyle; group: boolean } | null {
  const named = numberedName(texts[r][c], true);
  if (!named) return null;
  const below = lineBelow(texts, r, c);
  if (below < 0) return null;
  // A programme's name (…计划) heads a project only over its unit's or department's line.
  if (named.plan) {
    const t = texts[below][c];
    return CONTEXT_LINE.test(t) && (!style || named.style === style)
      ? { name: named.name, style: named.style, group: false }
      : null;
  }
  // (Under a heading numbered in digits, only a context, goal or indicators line: 1.培训人数 over 培训人数
  // ≥500人 is an indicator's name over its target.)
  if (opensBelow(texts, below, c, strong, named.style === "digit"))
    return !style || named.style === style ? { ...named, group: false } : null;
  const inner = numberedName(texts[below][c]);
  if (!inner || inner.style === named.style || (style && inner.style !== style)) return null;
  const under = lineBelow(texts, below, c);
  return under >= 0 && opensProject(texts[under][c], strong, inner.style === "digit")
    ? { ...named, group: true }
    : null;
}

/**
 * （一）项目概况：…, （二）绩效目标：, 1.立项依据: a numbered line under a project's heading opening a section
 * of its description (a label ending as a section's does, SECTION_END; not a category, （一）产出指标). The
 * label's value, after its colon, is the second group.
 */
const SECTION_LINE =
  /^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[、.．](?!\d))\s*([^:：]{2,12}?)\s*(?:[:：]\s*(\S[\s\S]*?)?)?\s*$/;
/** How many lines of a project's description a heading may stand over before its own lines (opensBelow). */
const DESCRIPTION_LINES = 6;

/**
 * Whether the line on row `r`, below a heading, opens a project's lines (opensProject), or the first line
 * past the sections of a project's description does: 一、食品安全抽检监测经费 over （一）项目概况：… and （二）绩效目标：,
 * then 【产出指标-数量指标】…. A paragraph under a section's label is passed over only where nothing followed
 * the label (（一）项目概况 over its words).
 */
function opensBelow(texts: string[][], r: number, c: number, strong: boolean, digit: boolean): boolean {
  let at = r;
  // Whether the last section's label had its words after it (no paragraph of its own below it).
  let said = true;
  for (let k = 0; ; k++) {
    const t = texts[at][c];
    if (opensProject(t, strong, digit)) return true;
    if (k === DESCRIPTION_LINES) return false;
    const section = sectionLine(t);
    if (section) said = section.said;
    else if (k === 0 || said || !aloneInRow(texts[at], c) || numberedName(t) || INDICATOR_TEXT.test(canon(t)))
      return false;
    const below = lineBelow(texts, at, c);
    if (below < 0) return false;
    at = below;
  }
}

/**
 * 项目概况：全年组织专业院团送戏下乡…, 基本情况：…: a section of a project's description under its heading with
 * no number of its own (sectionLine). Its words, when written after it, are the group.
 */
const DESCRIPTION_LABEL = /^\s*(?:项目(?:概况|简介|基本情况|背景)|基本情况)\s*[:：]\s*(\S[\s\S]*?)?\s*$/;
/** A section's line of a project's description (SECTION_LINE), and whether its label's words follow it. */
function sectionLine(t: string): { said: boolean } | null {
  // Most lines start with something else: one look at the first character.
  const c = t.trimStart().charAt(0);
  if (c === "项" || c === "基") {
    const d = DESCRIPTION_LABEL.exec(t);
    return d ? { said: !!d[1] } : null;
  }
  if (!c || !"一二三四五六七八九十(（0123456789".includes(c)) return null;
  const m = SECTION_LINE.exec(t);
  if (!m || !SECTION_END.test(m[1]) || categoryOfLabel(m[1]) || NOT_IN_NAME.test(m[1])) return null;
  return { said: !!m[2] };
}

/**
 * 三、项目实施计划, 四、其他说明: a chapter's heading of a 申报书, numbered 一、 and alone on its line. Past a
 * block's indicators it ends them ("end": its paragraphs are no indicators), unless it names them or the
 * goal (三、绩效指标, "resume": the block's indicators go on).
 */
const CHAPTER_LINE = /^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*([^:：]{2,16}?)\s*$/;
/**
 * 三、保障措施：加强资金监管，确保专款专用。: a chapter's heading with its paragraph after the colon. Only a label
 * naming a part of a document no indicator is named as (措施, 计划, 安排, 资金使用 …; not 补助标准 or 服务对象,
 * which an item numbered 一、 may name): past a block's indicators it ends them.
 */
const CHAPTER_SAID = /^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*([^:：]{2,12}?)\s*[:：]/;
const CHAPTER_WORD =
  /(?:措施|计划|安排|说明|依据|分析|要求|情况|概况|职责|职能|资金使用|资金管理|组织实施|项目管理)$/;
function chapterLine(t: string): "end" | "resume" | null {
  // Most lines start with something else: one look at the first character.
  const c = t.trimStart().charAt(0);
  if (!c || !"一二三四五六七八九十".includes(c)) return null;
  const m = CHAPTER_LINE.exec(t);
  if (!m) {
    const said = CHAPTER_SAID.exec(t);
    return said && CHAPTER_WORD.test(said[1]) && !NOT_IN_NAME.test(said[1]) && !categoryOfLabel(said[1])
      ? "end"
      : null;
  }
  if (!SECTION_END.test(m[1]) || NOT_IN_NAME.test(m[1]) || categoryOfLabel(m[1])) return null;
  return /(?:指标|目标)$/.test(m[1]) ? "resume" : "end";
}

/**
 * 绩效目标, 年度绩效目标, 二、总体目标 alone on a line: the heading of the goal's paragraph below it (GOAL_LINE is
 * the goal written after its label).
 */
const GOAL_HEADING =
  /^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[、.．])?\s*(?:项目)?(?:年度|总体|整体)?(?:绩效)?目标\s*[:：]?\s*$/;
/** How many lines a goal's paragraph under its heading may run to (goalParagraph). */
const GOAL_LINES = 4;

/** A line that opens a section of indicators: a category heading (产出指标, 数量：…, 产出指标：…) or 绩效指标：…. */
function opensIndicators(t: string): boolean {
  return (
    headingOnly(t) ||
    SHORT_CATEGORY_LINE.test(t) ||
    GOAL_OF_CATEGORIES.test(t.trim()) ||
    INDICATORS_LINE.test(t)
  );
}

/**
 * The rows of the goal's paragraph under a goal's heading on row `r` (绩效目标 over 一是建成高标准农田1.5万亩；二是…),
 * where the project's indicators follow under their categories (产出指标, 数量：…, 产出指标：…): the paragraph
 * restates them and is the project's goal, as a form's 年度绩效目标 cell is. Empty where no such section follows
 * within a few lines — a paragraph that is the only place the indicators are written is read as them.
 */
function goalParagraph(texts: string[][], r: number, c: number): number[] {
  const rows: number[] = [];
  for (let at = lineBelow(texts, r, c); at >= 0 && rows.length <= GOAL_LINES; at = lineBelow(texts, at, c)) {
    const t = texts[at][c];
    if (opensIndicators(t)) return rows;
    if (!aloneInRow(texts[at], c) || numberedName(t) || PROJECT_LINE.test(t) || CONTEXT_LINE.test(t))
      return [];
    rows.push(at);
  }
  return [];
}

/**
 * Whether a section of indicators follows the line on row `r` before the next project's line (产出指标,
 * 数量：…, 绩效指标：…, 【产出指标-数量指标】): a goal's paragraph above them restates them.
 */
function indicatorsBelow(texts: string[][], r: number, c: number): boolean {
  for (let at = lineBelow(texts, r, c); at >= 0; at = lineBelow(texts, at, c)) {
    const t = texts[at][c];
    if (PROJECT_LINE.test(t) || numberedProject(texts, at, c)) return false;
    if (opensIndicators(t) || INDICATOR_TEXT.test(canon(t))) return true;
  }
  return false;
}

/** 三级指标：维护路灯数量, 指标名称：亮灯率 (no figure): a Word 申报书's name line, its value on the line below. */
const NAME_LINE = /^\s*(?:三级指标|指标名称|指标内容)(?:名称)?\s*[:：]\s*[^\d:：]+$/;
/** 指标值：≥2600盏, 目标值：≥98%, 年度指标值：…: the value of the name line above. */
const VALUE_LINE = /^\s*(?:年度)?(?:指标值|目标值)\s*[:：]/;

/**
 * The row under a name line (NAME_LINE) whose line is its value (VALUE_LINE), alone in their rows — read as one
 * indicator, at the value's cell — or -1.
 */
function valueLineBelow(texts: string[][], r: number, c: number): number {
  const t = texts[r][c];
  // (Its first character before any pattern: 三, 指.)
  const first = t.trimStart().charCodeAt(0);
  if ((first !== 0x4e09 && first !== 0x6307) || !NAME_LINE.test(t) || !aloneInRow(texts[r], c)) return -1;
  const x = lineBelow(texts, r, c);
  return x >= 0 && VALUE_LINE.test(texts[x][c]) && aloneInRow(texts[x], c) ? x : -1;
}

/** A project's name beside its unit on the first line: words that end as a project's do, no figure, no label. */
const PROJECT_BESIDE_UNIT = /^[^\d:：\n]{2,40}(?:项目|工程|经费|资金|补助|补贴|专项)$/;

/**
 * 神农架林区2024年部门预算公开, 某县2024年部门决算: a PDF's running header — a place or unit, the year, the
 * document's kind, no figure of its own.
 */
const PAGE_HEADER =
  /^\s*[^\d:：；;，,。]{2,30}(?:19|20)\d{2}\s*年度?[^\d:：；;，,。]{0,10}(?:预算|决算)(?:公开)?\s*$/;

/** The marks a line that closes its item ends with: ； ; 。 */
const LINE_CLOSE = /[；;。]\s*$/;

/** Whether a line may end inside a clause: after a Chinese character or a digit, with a figure before. */
function openLine(t: string): boolean {
  const end = t.trimEnd();
  const last = end.charCodeAt(end.length - 1);
  if (!(isCjk(last) || isDigit(last)) || end.length < 8) return false;
  // (A figure of its own, past its numbering: （三）满意度目标 is a heading over the line below.)
  const num = leadingNumbering(canon(end));
  return /\d/.test(num ? end.slice(num.end) : end) && !headingOnly(end);
}

/**
 * Whether a column's lines of indicators (with a figure) close each with ； or 。 — three or more, and one in
 * four at most open.
 */
function closesItems(texts: string[][], c: number): boolean {
  let closed = 0;
  let open = 0;
  for (let r = 0; r < texts.length; r++) {
    const t = texts[r][c];
    if (!t || !/\d/.test(t)) continue;
    if (LINE_CLOSE.test(t)) closed++;
    // (A line whose rest is below, closed, counts as closed.)
    else if (rowOfRest(texts, r, c) < 0 || !openLine(t)) open++;
  }
  return closed >= 3 && open * 3 <= closed;
}

/**
 * The row below `r` holding the rest of its line: alone in its row, short, closed by ； or 。, with no label,
 * numbering or heading of its own (供水管网5.6公里；, 工；, 200万元；) — or -1.
 */
function rowOfRest(texts: string[][], r: number, c: number): number {
  const x = lineBelow(texts, r, c);
  if (x < 0 || x !== r + 1 || !aloneInRow(texts[x], c)) return -1;
  const t = texts[x][c].trim();
  if (t.length > 16 || !LINE_CLOSE.test(t) || /[:：]/.test(t) || leadingNumbering(canon(t)) !== null)
    return -1;
  return categoryOfLabel(t.replace(LINE_CLOSE, "")) === null ? x : -1;
}

/** How many brackets a text leaves open (its openers less its closers). */
function openBrackets(t: string): number {
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const code = t.charCodeAt(i);
    if (code === 40 || code === 0xff08) depth++;
    else if (code === 41 || code === 0xff09) depth--;
  }
  return depth;
}

/**
 * The row right below `r` holding the rest of its line's bracket (指标1:鼠害防治面积(≥30万 over 亩)): the line
 * leaves one bracket open after a figure, and the row below, alone in its row and short, with no label,
 * numbering or bracket of its own, closes it — or -1.
 */
function bracketRest(texts: string[][], r: number, c: number): number {
  const t = texts[r][c].trimEnd();
  if (!isDigit(t.charCodeAt(t.length - 1)) && !isCjk(t.charCodeAt(t.length - 1))) return -1;
  if (!t.includes("(") && !t.includes("（")) return -1;
  if (openBrackets(t) !== 1 || !/[(（][^()（）]*\d[^()（）]*$/.test(t)) return -1;
  const x = r + 1;
  if (x >= texts.length || !texts[x][c]?.trim() || !aloneInRow(texts[x], c)) return -1;
  const rest = texts[x][c].trim();
  if (rest.length > 12 || /[:：(（]/.test(rest) || leadingNumbering(canon(rest)) !== null) return -1;
  return /^[^()（）]*[)）][\s；;。，,]*$/.test(rest) ? x : -1;
}

/** The next row below `r` with a line in column `c`, or -1. */
function lineBelow(texts: string[][], r: number, c: number): number {
  for (let x = r + 1; x < texts.length; x++) if (texts[x][c]?.trim()) return x;
  return -1;
}

/**
 * A label of CONTEXT_LINE's, 项目名称, or a bare 单位 after another field (项目名称：伊宁市教育补助 (U+3000 U+3000) 单位：伊宁市教育局):
 * where a line's next field starts (cutAtLabels).
 */
const LINE_LABEL = new RegExp(`^(?:${CONTEXT_LABELS}|项目名称|单位)$`);
/** 单位：伊宁市教育局 after another field of the line: the budget unit where it names an organisation (not 单位：万元). */
const BARE_UNIT_FIELD = /^\s*单位\s*[:：]\s*(\S.*?)\s*$/;
const isLineLabel = (label: string) => LINE_LABEL.test(label);

/**
 * The fields of a context line, each label with its value: 主管部门：于都县水利局    实施单位：于都县农村供水管理站
 * (two to a line, set apart by spaces, a full-width space or a ；) gives both; null when the line starts with
 * no such label.
 */
function contextFields(t: string): { label: string; value: string }[] | null {
  if (!CONTEXT_LINE.test(t) && !PROJECT_LINE.test(t)) return null;
  const fields: { label: string; value: string }[] = [];
  // (项目名称：… is read apart, by projectNamed.)
  for (const part of cutAtLabels(t, isLineLabel)) {
    const m = CONTEXT_LINE.exec(part);
    if (m) fields.push({ label: m[1], value: trimSpaces(MONEY_LABEL.test(m[1]) ? m[2] : fieldValue(m[2])) });
    const unit = m || part === t ? null : BARE_UNIT_FIELD.exec(part);
    if (unit && namesOrganisation(fieldValue(unit[1])))
      fields.push({ label: "单位", value: trimSpaces(fieldValue(unit[1])) });
  }
  return fields;
}

/** A context line's fields (contextFields) into the context of the block below it. */
function takeFields(next: Context, fields: { label: string; value: string }[]): void {
  for (const { label, value } of fields) {
    if (label === "主管部门" || label === "项目主管部门") next.department = value;
    else if (!MONEY_LABEL.test(label)) next.budgetUnit = value;
    // 部门（单位）名称：某局: the department, and the unit too.
    if (namesDepartmentAndUnit(label)) next.department = value;
  }
}

/** Whether a context line's field (主管部门：乙局) names another department or unit than a block's project. */
function otherThanBlock(p: ProjectInfo, label: string, value: string): boolean {
  if (MONEY_LABEL.test(label)) return false;
  const ctx = EMPTY_CONTEXT();
  takeFields(ctx, [{ label, value }]);
  return (
    (!!ctx.department && ctx.department !== p.department) ||
    (!!ctx.budgetUnit && ctx.budgetUnit !== p.budgetUnit)
  );
}

/** Whether a context says anything of its project. */
function saysAnything(ctx: Context): boolean {
  return !!(ctx.project || ctx.department || ctx.budgetUnit || ctx.goal);
}

/** The form line of row `r` whose goal is the cell `cell` (绩效目标 | 一是…；二是…), or null. */
function formGoalAt(forms: FormLine[], r: number, cell: string): FormLine | null {
  for (const f of forms) {
    if (f.row > r) break;
    if (f.row === r && f.ctx.goalCell === cell) return f;
  }
  return null;
}

/** What a form's lines (项目名称 | 值 …), read by the row walk before any header, said above a row. */
export interface FormLine {
  row: number;
  ctx: Context;
}

/** A line that is only a heading (一、产出指标, （一）数量指标, 【产出指标-数量指标】): no indicator of its own. */
function headingOnly(t: string): boolean {
  if (t.length > 40) return false;
  const segments = segmentCell(t);
  return segments.length > 0 && segments.every((s) => s.kind === "heading");
}

/** What a line names of the project below it: 项目名称：X, or a title naming one (X项目绩效目标). */
function projectNamed(
  t: string,
  title: TitleLine | null,
): { project: string; district: string | null } | null {
  const named = PROJECT_LINE.exec(t);
  // 项目名称：农村饮水工程    主管部门：…: the name ends where the next field starts (read by contextFields).
  if (named)
    return { project: trimSpaces(fieldValue(cutAtLabels(named[1], isLineLabel)[0], false)), district: null };
  return title && title.project ? { project: title.project, district: title.district ?? null } : null;
}

/**
 * What a numbered project line on row `r` names (NUMBERED_PROJECT: 项目二：生态管护员补助), when the line below
 * opens a project's lines (主管部门：…, 绩效指标：…) and the name holds no target's signs; else null. With the
 * name, its bracket of fields read once (labelledBracket of the name, for nameAndUnit).
 */
function numberedProject(
  texts: string[][],
  r: number,
  c: number,
): { name: string; labelled: LabelledBracket | null } | null {
  const t = texts[r][c];
  // Most lines start with something else: one look at the first characters.
  if (!t.trimStart().startsWith("项目")) return null;
  const m = NUMBERED_PROJECT.exec(t);
  if (!m) return null;
  const labelled = labelledBracket(m[1]);
  if (NOT_IN_NAME.test(labelled?.project ?? m[1]) || !aloneInRow(texts[r], c)) return null;
  const below = lineBelow(texts, r, c);
  if (below < 0 || !opensProject(texts[below][c], false)) return null;
  const name = trimSpaces(m[1]);
  // (m[1] has no space the pattern knows at either end; a zero-width one trimSpaces drops is read again, and a
  // name of nothing else names nothing.)
  if (!name) return null;
  return { name, labelled: name === m[1] ? labelled : labelledBracket(name) };
}

/**
 * 吉阳区旅游市场综合整治经费（三亚市吉阳区旅游和文化广电体育局）: a project's heading with the unit that carries
 * it out in brackets after the name — the name, and the unit (a bracket that ends as a unit's name does; not
 * the name's own 一期, 2025年, 续建 or 试点).
 */
const UNIT_IN_BRACKET =
  /^(\S.*?)\s*[(（]\s*([\u4e00-\u9fa5]{2,40}?(?:局|委员会|委|办公室|办事处|办|中心|院|所|站|馆|学校|医院|大队|支队|厅|部|人民政府|政府|联合会|协会))\s*[)）]$/;
/**
 * 中西部, 东部: a part of a country, not a department (宣传部, 武装部); 美丽庭院, 活动场所, 公厕所: places the
 * project builds, not the unit that carries it out.
 */
const REGION_PART = /(?:[东西南北中内外全本]部|庭院|场所|厕所|住所|驿站)$/;

/**
 * 顺庆区民政局——特困人员分散供养照料护理补贴: a project's heading with the unit that carries it out before a
 * dash (——, —, --, －－): the unit, and the name after it.
 */
const UNIT_BEFORE_DASH = /^\s*(\S{4,40}?)\s*(?:—{1,2}|-{2}|－{2}|―{1,2})\s*(\S.*?)\s*$/;

/**
 * 苏稽镇品牌推广项目（实施单位：乐山市市中区苏稽镇人民政府；金额：35万元）, 石公桥镇稻虾综合种养示范（单位：常德市鼎城区
 * 石公桥镇人民政府）: a heading whose closing bracket holds labelled fields — the unit, the department, the
 * money. The name is the first group, the fields the second.
 */
const LABELLED_BRACKET = new RegExp(
  String.raw`^(\S.*?)\s*[(（]\s*((?:${CONTEXT_LABELS}|单位|金额|资金)\s*[:：][^()（）]*?)\s*[)）]\s*$`,
);
/** A context line's label, whole (主管部门, 实施单位, 项目资金). */
const FIELD_LABEL = new RegExp(`^(?:${CONTEXT_LABELS})$`);
/** One field of such a bracket: its label and its value, cut at ；, ; or ，. */
const BRACKET_FIELD = /^\s*([^:：]{1,12}?)\s*[:：]\s*(\S.*?)\s*$/;

/** A heading's name before its bracket of fields, and the unit and department the fields name. */
type LabelledBracket = { project: string; unit: string; department: string };

/**
 * A heading with labelled fields in its closing bracket (LABELLED_BRACKET): the name before it, and the unit
 * and department the fields name (a money field says how much, never who); null when it closes otherwise.
 */
function labelledBracket(heading: string): LabelledBracket | null {
  // Most headings end otherwise: one look at the last character, and at the labels' words.
  const last = heading.trimEnd().slice(-1);
  if ((last !== "）" && last !== ")") || !/单位|部门/.test(heading)) return null;
  const m = LABELLED_BRACKET.exec(heading);
  if (!m || trimSpaces(m[1]).length < 2) return null;
  const ctx = EMPTY_CONTEXT();
  for (const part of m[2].split(/[；;，,]/)) {
    const f = BRACKET_FIELD.exec(part);
    if (!f) continue;
    if (f[1] === "单位") {
      if (namesOrganisation(f[2])) ctx.budgetUnit = f[2];
    } else if (FIELD_LABEL.test(f[1])) takeFields(ctx, [{ label: f[1], value: f[2] }]);
  }
  if (!ctx.budgetUnit && !ctx.department) return null;
  return { project: trimSpaces(m[1]), unit: ctx.budgetUnit, department: ctx.department };
}

/**
 * A heading's name and the unit written in brackets after it (UNIT_IN_BRACKET) or before a dash
 * (UNIT_BEFORE_DASH), or the name alone. `labelled` is labelledBracket(heading), when the caller has read it.
 */
function nameAndUnit(
  heading: string,
  labelled = labelledBracket(heading),
): { project: string; unit: string; department?: string } {
  if (labelled) return labelled;
  if (heading.includes("—") || heading.includes("--") || heading.includes("－－") || heading.includes("―")) {
    const m = UNIT_BEFORE_DASH.exec(heading);
    if (m && m[2].length >= 2 && namesOrganisation(m[1])) return { project: m[2], unit: m[1] };
  }
  // Most headings end otherwise: one look at the last character.
  const last = heading.charAt(heading.length - 1);
  if (last !== "）" && last !== ")") return { project: heading, unit: "" };
  const m = UNIT_IN_BRACKET.exec(heading);
  if (!m || m[1].length < 2 || REGION_PART.test(m[2])) return { project: heading, unit: "" };
  return { project: m[1], unit: m[2] };
}

/** Whether the row holds nothing outside columns `c` and `also`. */
function aloneInRow(row: string[], c: number, also = c): boolean {
  for (let k = 0; k < row.length; k++) if (k !== c && k !== also && row[k] && row[k].trim()) return false;
  return true;
}

/** Whether a cell is a value a form's line read: its project, unit or department. */
function formValue(ctx: Context, t: string): boolean {
  const v = trimSpaces(t);
  return v === ctx.project || v === ctx.budgetUnit || v === ctx.department;
}

/** A form's label of its indicators in a cell of its own (绩效指标, 绩效指标：, 年度绩效指标). */
const INDICATORS_LABEL = /^\s*(?:项目)?(?:年度)?(?:主要)?(?:绩效)?指标\s*[:：]?\s*$/;

/**
 * 绩效指标 | 【产出指标-数量指标】: a heading with the form's label of the indicators beside it, left of it and
 * alone in the row besides, its lines below it a line per cell — the heading opens them as one alone would.
 */
function labelledHeading(row: string[], c: number): boolean {
  let label = false;
  for (let k = 0; k < row.length; k++) {
    if (k === c || !row[k] || !row[k].trim()) continue;
    if (k > c || !INDICATORS_LABEL.test(row[k])) return false;
    label = true;
  }
  return label;
}

/**
 * The category's label (产出指标, 效益指标（30分）, 数量指标) in the cell left of column c, alone in the row besides
 * the cell at c: the category the cell's lines are written under. Null when there is none.
 */
function categoryBeside(row: string[], c: number): string | null {
  const label = trimSpaces(row[c - 1] ?? "");
  if (!label || label.length > 20 || !(aloneInRow(row, c - 1, c) || underIndicatorsLabel(row, c)))
    return null;
  return categoryOfLabel(label) ? label.replace(/[:：]$/, "") : null;
}

/**
 * 绩效指标 | 【产出指标-数量指标】 | 指标1:…: the form's label of its indicators left of the category's, the row's
 * first such line — nothing else in the row besides the three cells.
 */
function underIndicatorsLabel(row: string[], c: number): boolean {
  if (c < 2 || !INDICATORS_LABEL.test(row[c - 2] ?? "")) return false;
  for (let k = 0; k < row.length; k++) if ((k < c - 2 || k > c) && row[k] && row[k].trim()) return false;
  return true;
}

interface Block {
  p: ProjectInfo;
  /**
   * How the heading naming its project was numbered (一、某项目), null when none named it: the next heading
   * numbered alike names the next project.
   */
  headed: HeadingStyle | null;
  /** How many records its lines gave. */
  records: number;
  carried: Carried;
}

export function parseHeaderless(b: Builder, texts: string[][], width: number, forms: FormLine[] = []): void {
  const grid = b.grid;
  /** The last of a form's lines above row `r`. */
  const formAbove = (r: number): FormLine | null => {
    let found: FormLine | null = null;
    for (const f of forms) {
      if (f.row >= r) break;
      found = f;
    }
    return found;
  };
  // The project of the form whose lines a packed cell was read under (its other cells are its too).
  let formProject = null as { form: FormLine; p: ProjectInfo } | null;
  const formAt = new Map(forms.map((f) => [f.row, f]));
  const indicators0 = b.indicators.length;
  const projects0 = b.projects.length;
  // Whether the grid writes indicators on lines of their own anywhere (asked once, when a goal reads as a list).
  let listElsewhere: boolean | null = null;
  let first = -1;
  let last = -1;
  const read = (r: number) => {
    if (first < 0 || r < first) first = r;
    last = Math.max(last, r);
  };
  /** A block that gave no indicator takes its project back (the last started: blocks do not nest). */
  const dropIfEmpty = (block: Block | null) => {
    if (block && block.records === 0 && b.projects[b.projects.length - 1] === block.p) b.projects.pop();
  };
  for (let c = 0; c < width; c++) {
    let block: Block | null = null;
    // The block a chapter's heading past its indicators ended (三、项目实施计划): the chapter's paragraphs are
    // passed over, and a heading of indicators (三、绩效指标, 1.产出指标) takes the block up again.
    let parked: Block | null = null;
    // What the lines above the next block said of its project (its title, 项目名称, 主管部门, goal…).
    let next: Context = EMPTY_CONTEXT();
    // Whether `next` names its project by a numbered heading (一、某项目), not by 项目名称：… or a title.
    let nextHeaded: HeadingStyle | null = null;
    // The cell of a title that named `next`'s project (某区2024年部分项目绩效目标): a numbered heading under it
    // that opens a project's lines (一、某区2024年设施农业项目 over 预算单位：…) names the project instead.
    let titleCell: string | null = null;
    // What the lines above a document's first numbered project heading said of every project (主管部门：…).
    let shared: { department: string; budgetUnit: string } = { department: "", budgetUnit: "" };
    // What a document's title said of every project in it (福田区某局2025年项目绩效目标: the unit).
    let titled: { budgetUnit: string; area: string | null } = { budgetUnit: "", area: null };
    // What is known of a block starting at row r: what the lines above it said, else what a form's lines
    // (项目名称 | 值) the row walk read above it said.
    const contextAt = (r: number): Context => {
      const ctx = saysAnything(next) ? next : (formAbove(r)?.ctx ?? next);
      return {
        ...ctx,
        budgetUnit: ctx.budgetUnit || titled.budgetUnit,
        area: ctx.area ?? titled.area,
        row: ctx.row || b.sheetRow(r),
      };
    };
    // A project a numbered heading or paragraph names at row r: what the lines above said of every project, and
    // the unit or department in brackets after its name (一、甲项目经费（某区水务局）; its own lines may say otherwise).
    const namedAt = (name: string, r: number, extra: Partial<Context> = {}): Context => {
      const named = nameAndUnit(name);
      const ctx: Context = {
        ...EMPTY_CONTEXT(),
        ...shared,
        project: named.project,
        projectCell: b.addr(r, c),
        row: b.sheetRow(r),
        ...extra,
      };
      if (named.unit) ctx.budgetUnit = named.unit;
      if (named.department) ctx.department = named.department;
      return ctx;
    };
    // The column's first line: a document's title, when it is one.
    let top = -1;
    // 益阳市资阳区文化旅游广电体育局 over 2024年度…申报书: the issuing unit first, the title on the next line.
    let titleRow = -1;
    let unitOnTop = false;
    // The rows of a goal's paragraph under its heading (goalParagraph): the goal, no indicators.
    let goalRows: number[] = [];
    // Whether the column's lines close each item with ； or 。 (asked once, when a line ends without one).
    let closesLines: boolean | null = null;
    // The row whose line was read as the rest of the line above it.
    let restRow = -1;
    for (let r = 0; r < texts.length; r++) {
      let t = texts[r][c];
      if (!t || !t.trim() || r === restRow) continue;
      // 项目名称 | 乙项目 under the lines of 甲项目's indicators, the next form's lines written a line per cell in
      // the column of the lines: the value is the form's, no indicator, and the next form's block is its own.
      const formHere = formAt.get(r);
      if (formHere && formValue(formHere.ctx, t)) {
        if (block && block.p.project !== formHere.ctx.project) {
          dropIfEmpty(block);
          block = null;
          parked = null;
        }
        continue;
      }
      // …≥1 over 200万元；, …；新建 over 供水管网5.6公里；: a line cut across two rows, read whole.
      const open = closesLines !== false && openLine(t);
      if (closesLines === null && open) closesLines = closesItems(texts, c);
      let cutBelow = closesLines === true && open ? rowOfRest(texts, r, c) : -1;
      // 指标1:鼠害防治面积(≥30万 over 亩): a bracketed target a page's column cut, closed on the line below.
      if (cutBelow < 0) cutBelow = bracketRest(texts, r, c);
      if (cutBelow >= 0) {
        t = `${t.trimEnd()}${texts[cutBelow][c].trim()}`;
        restRow = cutBelow;
      }
      if (top < 0) {
        top = r;
        titleRow = r;
        unitOnTop = namesOrganisation(trimSpaces(t));
        // 神农架林区林业管理局 | 天然林保护修复项目 over the lines: the unit and its project, side by side.
        const beside = unitOnTop && c + 1 < width ? trimSpaces(texts[r][c + 1] ?? "") : "";
        if (
          beside &&
          aloneInRow(texts[r], c, c + 1) &&
          PROJECT_BESIDE_UNIT.test(beside) &&
          !namesOrganisation(beside)
        ) {
          next = {
            ...EMPTY_CONTEXT(),
            project: beside,
            projectCell: b.addr(r, c + 1),
            budgetUnit: trimSpaces(t),
            row: b.sheetRow(r),
          };
          continue;
        }
      } else if (unitOnTop) {
        titleRow = r;
        unitOnTop = false;
      }
      // (Alone in its row: 产出指标 | 效益指标 over counts is a table's header, not a document's heading.)
      if (headingOnly(t) && (aloneInRow(texts[r], c) || labelledHeading(texts[r], c))) {
        if (!block && parked) block = parked;
        parked = null;
        if (!block) {
          const p = b.startProject(contextAt(r));
          block = { p, headed: nextHeaded, records: 0, carried: { level1: null, level2: null } };
          next = EMPTY_CONTEXT();
          nextHeaded = null;
        }
        block.records += addPackedCell(b, block.p, r, c, t, undefined, block.carried);
        read(r);
        continue;
      }
      const title = t.length <= 60 ? titleLine([t]) : null;
      // 沧源佤族自治县2024年县本级项目绩效目标公开 over the document (its first line): its place is the district
      // of every project below that names none.
      if (r === titleRow && t.length <= 60 && t.includes("绩效") && !/[:：]/.test(t) && titled.area == null) {
        const area = title?.district ?? districtOf(t);
        if (area) titled = { ...titled, area };
        // 张掖市甘州区2024年部分项目绩效目标: its year completes a deadline that names none (10月15日前).
        b.year ??= titleYear([[t]], 1, 0);
      }
      const numbered = numberedProject(texts, r, c);
      // 项目二：乙项目经费（某区水务局）: the unit in brackets, as under a numbered heading (below).
      const ofNumbered = numbered ? nameAndUnit(numbered.name, numbered.labelled) : null;
      const project = ofNumbered ? { project: ofNumbered.project, district: null } : projectNamed(t, title);
      if (project) {
        dropIfEmpty(block);
        block = null;
        parked = null;
        next = {
          ...EMPTY_CONTEXT(),
          project: project.project,
          projectCell: b.addr(r, c),
          row: b.sheetRow(r),
          area: project.district,
        };
        if (ofNumbered?.unit) next.budgetUnit = ofNumbered.unit;
        // 襄阳市襄州区教育局2024年学前教育发展专项资金绩效目标: the unit the title names before the project.
        else if (!numbered && title?.project && title.unit) next.budgetUnit = title.unit;
        if (ofNumbered?.department) next.department = ofNumbered.department;
        nextHeaded = null;
        titleCell = !ofNumbered && !PROJECT_LINE.test(t) ? next.projectCell : null;
        // (A title naming the project, no 项目名称 line: the name read from the title, as a table's.)
        if (titleCell !== null) b.titleProject = { project: project.project, cell: titleCell };
        // 项目名称：…    主管部门：…: the other fields of its line.
        takeFields(next, contextFields(t) ?? []);
        continue;
      }
      // 1.某治理项目：年度目标为…。数量指标:…；… : a project's paragraph, its name and goal before its
      // indicators. As a numbered heading is, only where the projects so far were named so (numbered alike), or
      // not at all, or by the document's title.
      const paragraph = aloneInRow(texts[r], c) ? projectParagraph(t) : null;
      if (
        paragraph &&
        (block
          ? block.headed
            ? block.headed === paragraph.style
            : !block.p.project
          : nextHeaded
            ? nextHeaded === paragraph.style
            : !next.project || (titleCell !== null && next.projectCell === titleCell))
      ) {
        dropIfEmpty(block);
        parked = null;
        // (The title's unit, when it named one, is every project's; its name is none of theirs.)
        if (!block && titleCell !== null && next.projectCell === titleCell && next.budgetUnit)
          titled = { ...titled, budgetUnit: next.budgetUnit };
        next = namedAt(paragraph.name, r, {
          goal: paragraph.goal,
          goalCell: paragraph.goal ? b.addr(r, c) : null,
        });
        const p = b.startProject(contextAt(r));
        const carried: Carried = { level1: null, level2: null };
        const n = addPackedCell(b, p, r, c, t.slice(paragraph.indicators), undefined, carried);
        block = { p, headed: paragraph.style, records: n, carried };
        next = EMPTY_CONTEXT();
        nextHeaded = null;
        titleCell = null;
        if (n > 0) read(r);
        continue;
      }
      // 一、建阳区建盏文化产业推广项目 over 主管部门：… and 绩效指标：…: a document naming its projects by numbered
      // headings, with no 项目名称：. Only where the projects so far were named so, or not at all (under a
      // project named by 项目名称：, （一）工程建设 is a part of it).
      // (Under a block no heading named, only a 主管部门, a goal or a 绩效指标 line below makes one a project's:
      // （一）保障群众安全 over （二）数量指标：… is an indicator.)
      const heading: ReturnType<typeof headingAt> =
        t.length > 64 || !aloneInRow(texts[r], c)
          ? null
          : block
            ? block.headed
              ? headingAt(texts, r, c, block.headed, false)
              : block.p.project
                ? null
                : headingAt(texts, r, c, null, true)
            : nextHeaded || !next.project
              ? headingAt(texts, r, c, nextHeaded, false)
              : titleCell !== null && next.projectCell === titleCell
                ? headingAt(texts, r, c, null, true)
                : null;
      if (heading?.group) continue;
      if (heading) {
        // 主管部门：… above the first heading: every project's, unless its own lines say otherwise.
        if (!block && !next.project && (next.department || next.budgetUnit))
          shared = { department: next.department, budgetUnit: next.budgetUnit };
        dropIfEmpty(block);
        block = null;
        parked = null;
        next = namedAt(heading.name, r);
        nextHeaded = heading.style;
        continue;
      }
      if (!block) {
        if (title?.unit) {
          titled = { budgetUnit: title.unit, area: title.district ?? null };
          continue;
        }
        const fields = contextFields(t);
        if (fields) {
          takeFields(next, fields);
          continue;
        }
      }
      // 绩效目标 over its paragraph, over the indicators under their categories: the paragraph is the goal.
      if (!block && !parked && t.length <= 12 && t.includes("目标") && GOAL_HEADING.test(t)) {
        const rows = aloneInRow(texts[r], c) ? goalParagraph(texts, r, c) : [];
        if (rows.length > 0) {
          next.goal = rows.map((x) => trimSpaces(texts[x][c])).join("\n");
          next.goalCell = b.addr(rows[0], c);
          goalRows = rows;
        }
        continue;
      }
      if (goalRows.includes(r)) continue;
      const goalLine = GOAL_LINE.exec(t);
      // 绩效目标：新建污水管网15.6公里，…，居民满意度不低于90%。 in a document that writes no indicator anywhere
      // else: the only place its indicators are written — read as them, and kept as the goal.
      const goalAsList =
        !!goalLine &&
        !block &&
        measurableList(goalLine[1]) &&
        (listElsewhere ??= anyIndicatorLine(texts)) === false;
      // 绩效目标：1.产出指标：…；2.效益指标：… under a project's heading: its indicators, packed in the goal's line.
      // 项目年度绩效目标：一是…；二是…, with no section of indicators below it: the only place they are written.
      const goalListed =
        !!goalLine &&
        !block &&
        ((saysAnything(next) && GOAL_OF_CATEGORIES.test(goalLine[1])) ||
          (listedByOrdinals(goalLine[1]) && !indicatorsBelow(texts, r, c)) ||
          goalAsList);
      // (Before a block, a goal line is the goal whatever it counts; in a block, one with a figure is read.)
      if (goalLine && !goalListed && (!block || !/\d/.test(goalLine[1]))) {
        if (block && !block.p.goal) {
          block.p.goal = trimSpaces(goalLine[1]);
          block.p.goalCell = b.addr(r, c);
        } else if (!block) {
          next.goal = trimSpaces(goalLine[1]);
          next.goalCell = b.addr(r, c);
        }
        continue;
      }
      if (block) {
        // 备注：…, 填表人：… under the document's indicators: no indicator of the block.
        if (isFooterRow([t])) continue;
        // 神农架林区2024年部门预算公开 among the indicators: the document's running page header.
        if (t.length <= 40 && PAGE_HEADER.test(t)) continue;
        // 主管部门：… under a block's indicators: never an indicator. Naming another department or unit than
        // the block's, it starts the next block's context (a project whose heading was not read as one).
        const fields = contextFields(t);
        if (fields) {
          const p = block.p;
          if (fields.some(({ label, value }) => otherThanBlock(p, label, value))) {
            block = null;
            next = EMPTY_CONTEXT();
            nextHeaded = null;
            takeFields(next, fields);
          }
          continue;
        }
        // 三、项目实施计划 past the block's indicators: the next chapter, not an indicator.
        if (block.records > 0 && aloneInRow(texts[r], c) && chapterLine(t) === "end") {
          parked = block;
          block = null;
          continue;
        }
        // 1.临时救助人次 | ≥180人次: a name and its target in two cells (a line cut into columns): read as one
        // line, at the target's cell.
        // 三级指标：维护路灯数量 over 指标值：≥2600盏: one indicator, at the value's cell.
        const valueRow = valueLineBelow(texts, r, c);
        if (valueRow >= 0) {
          const n = addPackedCell(
            b,
            block.p,
            valueRow,
            c,
            `${t}\n${texts[valueRow][c]}`,
            undefined,
            block.carried,
          );
          block.records += n;
          if (n > 0) read(valueRow);
          r = valueRow;
          continue;
        }
        const target = c + 1 < width ? texts[r][c + 1] : "";
        const pair = target && target.trim() && aloneInRow(texts[r], c, c + 1);
        const at = pair ? c + 1 : c;
        const text = pair ? `${t}：${target}` : t;
        const n = addPackedCell(b, block.p, r, at, text, undefined, block.carried);
        block.records += n;
        if (n > 0) read(r);
        continue;
      }
      if (parked) {
        // 三、绩效指标 after the chapter that ended the block: its indicators go on.
        if (chapterLine(t) === "resume") {
          block = parked;
          parked = null;
        }
        continue;
      }
      // 项目名称 | 公益性岗位补贴 over 绩效目标 | 一是开发公益性岗位不少于1500个；二是…: a form's goal cell that
      // lists measurable targets, in a grid that writes no indicator anywhere else — the only place the form's
      // indicators are written: read as them (of the form's project), and kept as its goal.
      // (项目年度绩效目标：一是… in one cell is a document's goal line, read above.)
      const goalForm = goalLine ? null : formGoalAt(forms, r, b.addr(r, c));
      if (
        goalForm &&
        (listedByOrdinals(t) || measurableList(t)) &&
        (listElsewhere ??= anyIndicatorLine(texts)) === false
      ) {
        const p = b.startProject({
          ...goalForm.ctx,
          budgetUnit: goalForm.ctx.budgetUnit || titled.budgetUnit,
          area: goalForm.ctx.area ?? titled.area,
        });
        if (addPackedCell(b, p, r, c, t) > 0) {
          read(r);
          formProject = { form: goalForm, p };
        } else b.projects.pop(); // it gave no indicator
        continue;
      }
      const short = SHORT_CATEGORY_LINE.test(t) && saysAnything(next);
      // 一、某项目 over 项目资金：… over 绩效指标：1.…；2.…: the project's whole list packed in one line.
      // 一、某项目 over 一是…；二是…: its indicators listed by ordinals, with no category written.
      const listed =
        goalListed ||
        (saysAnything(next) &&
          (INDICATORS_LISTED.test(t) || listedByOrdinals(t) || LABELLED_INDICATOR.test(t)));
      // 绩效指标 | 覆盖学生≥1.6万人；家长满意度≥95%: a form's indicators beside their label, no category written.
      const besideLabel = c > 0 && /\d/.test(t) && INDICATORS_LABEL_CELL.test(texts[r][c - 1] ?? "");
      // 产出指标 | 指标1:新建码头岸线(≥260米)⏎指标2:…: a form's indicators beside their category's label, the
      // label alone left of them — read under it, as if written before them (产出指标：指标1:…).
      const category = c > 0 && !besideLabel && /\d/.test(t) ? categoryBeside(texts[r], c) : null;
      if (category) t = `${category}：${t}`;
      if (t.length < 6 || (!short && !listed && !besideLabel && !category && !INDICATOR_TEXT.test(canon(t))))
        continue;
      if (saysAnything(next)) {
        // 项目名称：… then 三、绩效指标 then 1.数量指标：… with no heading line of its own: the block of the
        // lines above starts at its first indicator.
        if (goalAsList && goalLine) {
          next.goal = trimSpaces(goalLine[1]);
          next.goalCell = b.addr(r, c);
        }
        const p = b.startProject(contextAt(r));
        const carried: Carried = { level1: null, level2: null };
        const n = addPackedCell(b, p, r, c, goalListed && goalLine ? goalLine[1] : t, undefined, carried);
        if (n > 0) {
          block = { p, headed: nextHeaded, records: n, carried };
          next = EMPTY_CONTEXT();
          nextHeaded = null;
          read(r);
        } else b.projects.pop(); // it gave no indicator
        continue;
      }
      // A packed cell on its own: a project of its own — of the form whose lines are above it (项目名称 |
      // 值, 主管部门 | 值, then 绩效指标 | the cell), and the form's other such cells are its too.
      const form = formAbove(r);
      if (form && formProject?.form === form) {
        if (addPackedCell(b, formProject.p, r, c, t) > 0) read(r);
        continue;
      }
      const p = b.startProject(form ? contextAt(r) : { ...EMPTY_CONTEXT(), row: b.sheetRow(r) });
      if (addPackedCell(b, p, r, c, goalListed && goalLine ? goalLine[1] : t) > 0) {
        read(r);
        if (form) formProject = { form, p };
      } else b.projects.pop(); // it gave no indicator
    }
    dropIfEmpty(block);
  }
  if (b.indicators.length > indicators0) {
    b.tables.push({
      sheet: grid.sheet,
      layout: "text",
      headerRow: null,
      columns: {},
      repeatedHeaderRows: [],
      range: `${b.addr(first, 0)}:${b.addr(last, Math.max(0, width - 1))}`,
      projects: b.projects.length - projects0,
      indicators: b.indicators.length - indicators0,
    });
  }
}
