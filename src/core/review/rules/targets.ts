/** Target text: missing, left as a template, or too vague to check (细化量化). */
import type { IndicatorRecord } from "../../record";
import { isKnownUnit } from "../../text/units";
import { COMPARATOR_WORDS } from "../../text/comparatorWords";
import { BASIS } from "../basis";
import {
  asksYesNo,
  exampleForVague,
  exampleTargets,
  freshExample,
  namesOf,
  sectorOf,
  setAlready,
  stateChoices,
  substituteForState,
} from "../examples";
import {
  answersNone,
  isCostIndicator,
  isSatisfactionRow,
  label,
  level1Of,
  level2Of,
  noneWord,
  writtenNone,
} from "../indicator";
import {
  definedGrade,
  hasGradeScale,
  hasPlaceholder,
  lexicon,
  normalize,
  placeholderPart,
  polarityOf,
  vagueWord,
} from "../lexicon";
import type { ProjectView, Rule } from "../types";
import { answerAsName } from "./structure";
import { goalStandardFor, goalTargetFor } from "./goals";

/** No target, only a unit or comparator, or only template text such as ** or XX. */
export function isEmptyTarget(r: IndicatorRecord): boolean {
  if (r.kind === "empty") return true;
  const t = normalize(r.target);
  return (!/\d/.test(t) && hasPlaceholder(t)) || comparatorOnly(r.target) !== null || someOnly(r) !== null;
}

/** 若干个, 约若干处: "some", a measure word and no number (round 159). */
const SOME_TARGET = /^(?:约)?若干([\u4e00-\u9fff]{0,2})$/;
/** 建设便民服务站点若干个 with no target of its own: the same "some" closing the name of a packed line. */
const SOME_IN_NAME = /若干([个处名次家座项所条场人户间套台件批期])$/;

/**
 * The measure word after 若干 where it stands for the target (建设便民服务站点 | 若干个, 建设便民服务站点若干个), "" when
 * there is none, null when the record has a target of its own: as empty as a unit alone (≥ 个), 若干 being no number.
 */
export function someOnly(r: Pick<IndicatorRecord, "kind" | "target" | "name">): string | null {
  const t = normalize(r.target).replace(/[。.，,；;]+$/, "");
  const inTarget = SOME_TARGET.exec(t);
  if (inTarget) return inTarget[1];
  if (t !== "") return null;
  return SOME_IN_NAME.exec(normalize(r.name))?.[1] ?? null;
}

/** Every comparator word, longest first: 不高于 before 高于. */
const COMPARATOR_WORD_LIST = Object.values(COMPARATOR_WORDS)
  .flat()
  .filter((w) => /^[\u4e00-\u9fff]+$/.test(w))
  .sort((a, b) => b.length - a.length);

/**
 * The comparator word a target holds and nothing else but a unit (票价水平 | 不高于 | 元, 不少于人): the
 * template's comparator kept and no number written (round 92 miss 2), or null. The signs alone (≥, ≤ 元) the
 * parser already reads as an empty target.
 */
function comparatorOnly(target: string): string | null {
  const t = normalize(target)
    .replace(/\s+/g, "")
    .replace(/[。.，,；;]+$/, "");
  const word = COMPARATOR_WORD_LIST.find((w) => t.startsWith(w));
  if (!word) return null;
  const rest = t.slice(word.length);
  return rest === "" || isKnownUnit(rest) ? word : null;
}

/**
 * What a whole sentence read as a name with no target says its target is. The parser leaves a sentence
 * whole when it does not know its target words (老年人居家养老服务需求得到满足, 补贴资金次年3月底前兑付);
 * the officer did write a target, so it is no missing one:
 * - clear: a zero (区域内不发生重大动物疫情, 原生垃圾零填埋) or a schedule (按月足额发放, 次年3月底前兑付);
 * - vague: a state (得到满足, 有效控制, 得到缓解), which VAGUE reports;
 * - undated: an action with no when or how much (防治适期内完成), which VAGUE reports too.
 * A short name (培训人数, 工程验收) is a name whose target is missing, and gets null.
 */
export type SentenceTarget = { kind: "clear" } | { kind: "vague" | "undated" | "benchmark"; word: string };

/** A sentence is longer than a name: 防治适期内完成 (7), not 工程验收 (4). */
const SENTENCE_MIN = 6;

/** A when: 按月, 每季度末, 次年3月底前, 10、11月份, Q3, 两个季度内, 2024年12月31日前. */
const SCHEDULE =
  /按(?:月|季|年|期|周|旬)|每(?:月|季度?|年|周|旬)|[年季度月旬](?:底|末|初)|\d{1,2}月(?:\d{1,2}日)?(?:前|底|末|份|中旬|上旬|下旬)|\d{4}年|Q[1-4]|[\d一二三四五六七八九十两]+个?(?:工作日|日|天|周|月|季度)内|次年|当年|年内|[上下]半年/i;

/** Words before a state that belong to it: 得到满足, 有效控制, 基本实现. */
const QUALIFIERS =
  "得到|有效|基本|明显|显著|逐步|进一步|全面|持续|有所|更加|不断|切实|稳步|稳定|按时|及时|足额|日益|日趋";

/**
 * A sentence ending in an adverb and its verb or state, whatever the verb (重污染天气及时预警, 群众文化生活日益
 * 丰富): it says how things should go, not how much. Not a name that ends in what it measures (及时率,
 * 持续时间, 有效期).
 */
const QUALIFIED_STATE =
  /(?:日益|日趋|及时|有效|逐步|进一步|持续|不断|稳步|切实|明显|显著|大幅)[\u4e00-\u9fff]{1,2}$/;
const MEASURED_END = /(?:率|数|度|量|额|比|值|期|时间|时长|人次|人|次|天|年|户|个|项|件)$/;

/**
 * A target set against an average (控制在全区平均水平以下, 低于全国平均水平, 不低于当地居民平均生活水平): no
 * figure is written, so it cannot be checked until the average is known and named.
 */
const BENCHMARK =
  /(?:低于|高于|不低于|不高于|不超过|优于|控制在|保持在|达到)?(?:(?:全国|全省|全市|全区|全县|全州|全盟|省|市|区|县|当地|本地|本省|本市|本区|本县|同类地区|周边地区)(?:的)?[\u4e00-\u9fff]{0,4}?)?平均(?:[\u4e00-\u9fff]{0,2}?(?:水平|值|数|线))?(?:以下|以上|以内|之下|之上)?/;

/** The words of a target set against an average, or null when it names no average or no side of it. */
export function benchmarkWords(text: string): string | null {
  const t = normalize(text);
  const m = BENCHMARK.exec(t)?.[0];
  return m && /低于|高于|不超过|优于|以下|以上|以内|之下|之上/.test(m) ? m : null;
}

/** The name without the target words a sentence ends in, or the whole sentence when nothing is left. */
function nameBefore(name: string, words: string): string {
  const i = words ? normalize(name).lastIndexOf(words) : -1;
  return i > 0 ? normalize(name).slice(0, i) : name;
}

/** A zero (不发生重大安全事故) or an action on a schedule (资金按月足额发放, 按季度拨付资金): a target in itself. */
function statesOwnTarget(n: string): boolean {
  if (lexicon.zeroPhrases.some((w) => n.includes(w))) return true;
  return SCHEDULE.test(n) && lexicon.actionEndings.some((w) => n.includes(w));
}

/** A question whether a defect exists or happened (是否存在质量问题, 有无安全事故): 否 answers it with a zero. */
const ASKS_DEFECT =
  /(?:是否|有无)(?:存在|发生|出现|有)?.*(?:问题|事故|事件|违规|违纪|违法|投诉|隐患|纠纷|超标|差错|挪用|截留|火灾|火情|疫情|伤亡|死亡|案件|污染|中毒|溃坝|垮坝)/;

/**
 * A row answered 是 or 否 (a 。 after it dropped): the answer, and the name without the marks closing it (。，；);
 * null for any other target.
 */
function answeredYesNo(r: IndicatorRecord): { answer: "是" | "否"; name: string } | null {
  const answer = normalize(r.target).replace(/[。.]+$/, "");
  if (answer !== "是" && answer !== "否") return null;
  return { answer, name: normalize(r.name).replace(/[。.，,；;]+$/, "") };
}

/**
 * 是 or 否 for a name that states a deed — a zero, an action on a schedule (资金按月足额发放 | 是), a thing set
 * up (长效保洁机制建立 | 是) — says whether it was done, which the year's end can check. A name that asks
 * (是否按期完成) is better asked as a count or a rate, and VAGUE says so.
 */
function yesNoOfDeed(r: IndicatorRecord): boolean {
  const answered = answeredYesNo(r);
  if (!answered) return false;
  const { answer, name: n } = answered;
  // 已建工程是否存在质量问题 | 否: no defect found is a zero, as 不发生 is.
  if (answer === "否" && ASKS_DEFECT.test(n)) return true;
  if (asksYesNo(n)) return false;
  return (
    statesOwnTarget(n) ||
    onTimeDeed(n) ||
    SCHEDULED_DEED.test(n) ||
    /(?:建立|建成|出台|印发|制定|挂牌)$/.test(n) ||
    PASSED.test(n) ||
    CONFORMS.test(n)
  );
}

/**
 * A deed whose own words set its measure, all of it (城乡低保应保尽保, 视频监控全覆盖): inspectors record it, and 是
 * says it was done (round 105); a rate says how nearly.
 */
const WHOLE_DEED = /应([\u4e00-\u9fff])尽\1|全覆盖$/;

/**
 * A deed on its own schedule (垃圾日产日清, 日清日结, 随产随清, 群众诉求随到随办): the words set when it is done, as
 * 按月足额发放 does, so 是 passes (round 185; an info on it capped a 100-point project at 良).
 */
const SCHEDULED_DEED =
  /日([\u4e00-\u9fff])日(?!\1)[\u4e00-\u9fff]|随([\u4e00-\u9fff])随(?!\2)[\u4e00-\u9fff]/;

/**
 * The rate a whole deed answered 是 comes to (生活垃圾日产日清 → 生活垃圾日产日清率 100%, 视频监控全覆盖 → 视频监控覆盖率
 * 100%), or null when the row is no such deed.
 */
function wholeDeedRate(r: IndicatorRecord): string | null {
  const answered = answeredYesNo(r);
  if (answered?.answer !== "是") return null;
  const n = answered.name;
  if (asksYesNo(n)) return null;
  // 水库安全度汛 | 是: a flood season passed safely, which the year's end checks as a rate or as no dam
  // failed (round 128).
  const flood = /^(.*?)安全[度渡]汛$/.exec(n);
  if (flood) {
    const dam = /水库|山塘|塘坝|水电站|大坝/.exec(flood[1])?.[0];
    return dam ? `${n}率 100%”或“汛期${dam}垮坝、溃坝事故 0起` : `${n}率 100%`;
  }
  if (!WHOLE_DEED.test(n)) return null;
  return `${n.replace(/全覆盖$/, "覆盖")}率 100%`;
}

/**
 * A work checked against a named norm (修缮工程符合文物保护规范, 设计符合国家消防技术标准): the acceptance settles
 * it one way or the other, so 是 is measurable. 符合要求 or 符合相关标准 names no norm, and stays vague.
 */
const CONFORMS = /符合(?!(?:相关|有关|规定|要求)).{1,20}(?:规范|标准|规程)(?:要求)?$/;

/**
 * A work that reaches its design or a named standard (清淤后港池水深达到设计标准, 堤顶高程满足设计要求, 出水水质达到一级A
 * 标准): the acceptance measures it, so 是 is checkable. 达到相关标准 or 达到预期 names no norm, and stays vague.
 */
const REACHES_NORM =
  /^(.*?)(?:达到|满足|符合)(?:(?!相关|有关|规定|上级|预期)[^，,；;]{1,20}?(?:标准|规范|规程)(?:要求)?|设计(?:要求|值|深度|高程))$/;

/** A size the design sets, and its unit (港池水深 → 米, 库容 → 立方米). */
const DESIGN_MEASURES: readonly [RegExp, string][] = [
  [/(?:水深|深度|高程|标高|高度|宽度|长度|厚度|净空|埋深)$/, "米"],
  [/面积$/, "平方米"],
  [/(?:库容|容积|容量)$/, "立方米"],
  [/(?:流量|过流能力)$/, "立方米/秒"],
];

/**
 * A standard reached, answered 是: the design's figure for what the name measures (港池水深 ≥（设计值）米), "" where
 * the name measures no size (工程质量达到设计标准: the acceptance settles it), null for any other row.
 */
function standardMet(r: IndicatorRecord): string | null {
  const answered = answeredYesNo(r);
  if (answered?.answer !== "是" || asksYesNo(answered.name)) return null;
  const m = REACHES_NORM.exec(answered.name);
  if (!m) return null;
  // 清淤后港池水深: the state after the work is the work's, and the measure is the depth.
  const subject = m[1].replace(/^[\u4e00-\u9fff]{1,4}后/, "");
  const unit = DESIGN_MEASURES.find(([re]) => re.test(subject))?.[1];
  return unit && /设计/.test(answered.name)
    ? `${subject} ≥（设计值）${unit}`
    : unit
      ? `${subject} ≥（标准值）${unit}`
      : "";
}

/**
 * A test passed or a certificate obtained (通过网络安全等级保护三级测评, 项目竣工验收通过, 取得安全生产许可证):
 * a deed that 是 answers and the year's end can check.
 */
const PASSED =
  /^通过.{0,20}(?:测评|验收|评审|认证|备案|审查|审核|评估|检测|检查|考核|复审)$|(?:测评|验收|评审|认证|备案|审查|审核|评估|检测|考核|复审)(?:通过|合格)$|^(?:取得|获得|获取).{0,20}(?:证书|证|资质|许可|认证)$/;

/**
 * A deed done once, answered 是 (主汛期前完成主体工程, 实施方案印发, and any 是 under 时效指标): it happened or it did
 * not, which the year's end can check; a date only makes it sharper (round 119), and so is a plan approved (演练方案审定,
 * round 127), the approval on file. A name that asks (是否按期完成)
 * or a state (完成情况, 完成质量) is no such deed.
 */
const DONE_ONCE =
  /完成|建成|竣工|完工|开工|印发|出台|通过|验收|上线|投用|投入使用|交付|挂牌|启用|(?:审定|审批|批复|核准|备案)$/;
const NOT_A_DEED = /(?:情况|程度|效果|质量|水平|成效|率|度|性)$/;

function deedAnsweredYes(r: IndicatorRecord): boolean {
  const answered = answeredYesNo(r);
  if (answered?.answer !== "是") return false;
  const n = answered.name;
  if (!n || asksYesNo(n) || NOT_A_DEED.test(n)) return false;
  return DONE_ONCE.test(n) || level2Of(r) === "时效指标";
}

/** 完成, 开展 before the work a row names (完成村级河道保洁 → 村级河道保洁). */
const LEADING_DONE = /^(?:全面|按时|及时)?(?:完成|开展|实施|做好|落实)/;
/** Work measured along its length: rivers, roads, pipes, channels. */
const LENGTH_WORK = /河道|河流|河湖|道路|公路|管网|管道|渠|堤/;

/**
 * A 数量 row answered 是 where no 数量 row of the project states a figure: the outputs set no quantity at all
 * (完成村级河道保洁：是 beside 河道保洁达标率 100%; round 141).
 */
function noQuantityOutput(view: ProjectView, r: IndicatorRecord): boolean {
  if (level2Of(r) !== "数量指标") return false;
  const counts = view.indicators.filter((o) => level2Of(o) === "数量指标");
  return counts.every((o) => o.value === null);
}

const DEED_YES_FIX = {
  fixZh: "可写明完成日期，如“5月31日前完成：是”，年底按完工或验收记录核对。",
  fixEn:
    "A date may be written, e.g. “done by 31 May: 是”, checked at the year's end against the completion or acceptance record.",
};

/** 按时, 及时, 足额: how a deed is to be done, which its 是 answers (补贴资金按时足额兑付到户 | 是). */
const ON_TIME = /按时|及时|足额|全额|如期/;

/** A deed done on time or in full (补贴资金按时足额兑付到户): the manner comes before the action. */
function onTimeDeed(n: string): boolean {
  const m = ON_TIME.exec(n);
  return m !== null && lexicon.actionEndings.some((w) => n.indexOf(w, m.index) > m.index);
}

export function sentenceTarget(r: IndicatorRecord): SentenceTarget | null {
  if (r.kind !== "empty" || r.target.trim() !== "" || !r.name.trim()) return null;
  const n = normalize(r.name).replace(/[。.，,；;]+$/, "");
  // 法定传染病报告发病率控制在全区平均水平以下: a benchmark with no figure, however it was cut.
  const benchmark = benchmarkWords(n);
  if (benchmark) return { kind: "benchmark", word: benchmark };
  // 按季度拨付资金: a schedule for an action, wherever the action stands.
  if (statesOwnTarget(n)) return { kind: "clear" };
  // 就业形势（稳定）, 完成时间（2024年12月31日前）: the target in brackets after the name.
  const bracket = /[(（]([^()（）]+)[)）]$/.exec(n)?.[1] ?? "";
  const tail = bracket && (SCHEDULE.test(bracket) || vagueWord(bracket)) ? bracket : n;
  const ending = lexicon.sentenceEndings.find((w) => tail.endsWith(w));
  if (tail === n && n.length >= SENTENCE_MIN && !ending && !MEASURED_END.test(n)) {
    const state = QUALIFIED_STATE.exec(n)?.[0];
    if (state) return { kind: "vague", word: vagueWord(n) ?? state };
  }
  if (tail === n && (n.length < SENTENCE_MIN || !ending)) return null;
  if (SCHEDULE.test(tail)) return { kind: "clear" };
  // The state with the words that qualify it (得到满足, 有效控制), as the officer wrote it.
  const qualified = ending ? (new RegExp(`(?:${QUALIFIERS})${ending}$`).exec(tail)?.[0] ?? ending) : tail;
  const word = vagueWord(tail) ?? qualified;
  return ending && lexicon.actionEndings.includes(ending) && word === qualified
    ? { kind: "undated", word: ending }
    : { kind: "vague", word };
}

/**
 * States that, alone as a row's target, say no more than the packed sentence they end (技术合同成交额 | 增长,
 * 畜牧业生产 | 稳定发展, 夜间出行安全 | 保障): vague there as here (round 112 miss 4). Actions ask for a date
 * (undated), and a state a standard defines (达标, 规范) or a plain fact (实现, 运行, 可控) is no vague word.
 */
const NOT_BARE_STATES = new Set(["达标", "规范", "实现", "运行", "可控"]);
function bareState(target: string): string | null {
  const t = normalize(target).replace(/[。.，,；;！!]+$/, "");
  const ending = lexicon.sentenceEndings.find((w) => t.endsWith(w));
  if (!ending || lexicon.actionEndings.includes(ending) || NOT_BARE_STATES.has(ending)) return null;
  if (new RegExp(`^(?:${QUALIFIERS})?${ending}$`).test(t)) return t;
  // 群众出行条件改善: a clause ending in the state, with no figure and no zero (不发生, 无, 零).
  if (t.length > BARE_CLAUSE_MAX || /[\d０-９%％不无零未杜]/.test(t) || !/^[\u4e00-\u9fff]+$/.test(t))
    return null;
  return new RegExp(`(?:${QUALIFIERS})?${ending}$`).exec(t)?.[0] ?? null;
}
const BARE_CLAUSE_MAX = 12;

/** 满意度：群众满意, 服务对象满意度 | 较高: a satisfaction indicator with no figure (round 112 miss 3). */
function unquantifiedSatisfaction(r: IndicatorRecord): boolean {
  if (r.kind !== "qualitative" || r.value !== null || isEmptyTarget(r) || hasGradeScale(r.target))
    return false;
  return isSatisfactionRow(r);
}

/**
 * 参保群众满意度较高, 服务对象满意度明显提升 written as one phrase with no target (round 199): the name runs into its
 * target, a degree with no figure — a satisfaction asked for one, as 满意度 | 较高 is, not a target left blank.
 */
const GLUED_SATISFACTION =
  /^(.{0,12}满意度?)((?:进一步|不断|逐步|持续|明显|显著|有所|大幅)?(?:提高|提升|增强|上升)|较高|高|很高|良好|较好|好|满意|达到较高水平|保持较高水平)$/;

/** The name and the degree of a satisfaction run into its target (参保群众满意度 + 较高), or null. */
function gluedSatisfaction(r: IndicatorRecord): { name: string; word: string } | null {
  if (!isEmptyTarget(r) || r.target.trim() !== "") return null;
  const m = GLUED_SATISFACTION.exec(normalize(r.name).replace(/[。.，,；;：:]+$/, ""));
  return m ? { name: m[1].replace(/满意$/, "满意度"), word: m[2] } : null;
}

/** The satisfaction a figure should be written for: the name, or 群众 → 群众满意度. */
function satisfactionName(r: IndicatorRecord): string {
  const n = normalize(r.name).replace(/[。.，,；;：:]+$/, "");
  if (!n) return "服务对象满意度";
  return /满意/.test(n) ? n.replace(/满意$/, "满意度") : `${n}满意度`;
}

/** A row's unit cell after its target (改造农村户厕 | ** | 户), where the parser kept no unit of an empty target. */
function unitCell(r: IndicatorRecord): string {
  if (r.unit.trim()) return normalize(r.unit);
  const cells = r.text.split(/\s*\|\s*/);
  const at = r.target.trim() ? cells.lastIndexOf(r.target.trim()) : -1;
  const after = at >= 0 ? (cells[at + 1] ?? "") : "";
  return isKnownUnit(normalize(after)) ? normalize(after) : "";
}

/**
 * The example the unit column asks for (户 → “≥（数量）户”, % → “≥95%”, 万元 → “≤（金额）万元”), or null when
 * there is none or it is a time (12月31日前完成 is told by the name).
 */
function byUnitColumn(r: IndicatorRecord): string | null {
  const unit = unitCell(r);
  if (!unit || /^(?:年|月|日|天|小时|分钟|工作日|个工作日|个月)$/.test(unit)) return null;
  if (/^[%‰]$/.test(unit)) return polarityOf(r.name, r.direction) === "negative" ? "≤1%" : "≥95%";
  if (unit.includes("元")) return `≤（金额）${unit}`;
  return `≥（数量）${unit}`;
}

/** The fix for a missing target, with an example that fits what the name measures. */
function emptyTargetFix(r: IndicatorRecord): { fixZh: string; fixEn: string } {
  if (asksYesNo(r.name))
    return {
      fixZh: "写明要达到的状态，如“是”“已建立并执行”。",
      fixEn: "State what is to be reached, e.g. “是” (yes), “已建立并执行” (in place and applied).",
    };
  // 资金拨付 is told when, not how much: money or a sum per person is no target for an action.
  const byName = byUnitColumn(r) ?? exampleTargets(r);
  const action = lexicon.actionEndings.some((w) => normalize(r.name).includes(w));
  const e = action && byName.includes("元") ? "12月31日前完成" : byName;
  if (e.includes("月"))
    return { fixZh: `填写完成时限，如“${e}”。`, fixEn: `Fill in the deadline, e.g. “${e}”.` };
  return {
    fixZh: `填写具体目标值，包括比较符、数值和单位，如“${e}”。`,
    fixEn: `Fill in the target: comparator, number and unit, e.g. “${e}”.`,
  };
}

/** The fix for a comparator with no number: the number after the officer's own word, in the unit written. */
function comparatorFix(r: IndicatorRecord, word: string): { fixZh: string; fixEn: string } {
  const unit =
    unitCell(r) ||
    normalize(r.target).replace(/\s+/g, "").slice(word.length) ||
    (/^[≥≤][\d.]+([\u4e00-\u9fff%]{1,3})$/.exec(exampleTargets({ name: r.name, target: "" }, ""))?.[1] ?? "");
  const amount = unit.includes("元") ? "（金额）" : "（数值）";
  return {
    fixZh: `在“${word}”后填写数值，如“${word}${amount}${unit}”。`,
    fixEn: `Write the number after “${word}”, e.g. “${word} (number)${unit}”.`,
  };
}

/**
 * A target that is only a unit or a symbol (万吨/日, ≧ %) is often a row the template brought that the
 * project does not need (堤防, 灌区 under a water-supply project): it may go, as well as be filled in.
 */
function withTemplateRow(
  fix: { fixZh: string; fixEn: string },
  target: string,
): { fixZh: string; fixEn: string } {
  if (!target) return fix;
  return {
    fixZh: `${fix.fixZh}如本项目不涉及此项（模板自带的行），请删除该行。`,
    fixEn: `${fix.fixEn} If the project has no such item (a row the template brought), delete the row.`,
  };
}

/** What a row written 无 is told: its category, why it is wanted, and what to write instead. */
function noneData(r: IndicatorRecord): Record<string, string> {
  const word = noneWord(r);
  const l1 = level1Of(r);
  if (l1 === "满意度指标")
    return {
      word,
      category: "满意度指标",
      categoryEn: "satisfaction",
      whyZh: "项目有服务对象或受益人的，应设满意度指标。",
      whyEn: " A project with people it serves or benefits should measure their satisfaction.",
      fixZh: "设服务对象满意度指标（如“服务对象满意度 ≥90%”）；确无服务对象的，说明不设的理由并删去这一行。",
      fixEn:
        "Set a satisfaction indicator (e.g. “服务对象满意度 ≥90%”); if the project truly serves no one, say why and delete the row.",
    };
  const category = level2Of(r) ?? l1 ?? "这一类指标";
  return {
    word,
    category,
    categoryEn: "indicator",
    whyZh: "",
    whyEn: "",
    fixZh: `写出${category}的具体内容和目标值；本项目确实不涉及的，说明理由并删去这一行。`,
    fixEn:
      "Write the indicator and its target; if the project truly has none of this kind, say why and delete the row.",
  };
}

export const emptyTarget: Rule = {
  meta: {
    code: "EMPTY-TARGET",
    severity: "error",
    scope: "indicator",
    title: { zh: "未填目标值", en: "No target value" },
    messages: {
      none: { zh: "指标“{name}”没有填写目标值。", en: "Indicator “{name}” has no target value." },
      template: {
        zh: "指标“{name}”的目标值“{target}”只有单位、符号或模板占位符，没有实际数值。",
        en: "The target of “{name}” (“{target}”) holds only a unit, a symbol or template text, no actual value.",
      },
      written: {
        zh: "{category}填了“{word}”，没有设置具体指标。{whyZh}",
        en: "The {categoryEn} row says “{word}” (none): no indicator is set.{whyEn}",
      },
      some: {
        zh: "指标“{name}”的目标值写的是“若干{measure}”，“若干”不是数，年底无法核对完成了多少。",
        en: "“{name}” is set at “若干{measure}” (some): “some” is no number, so how much was done cannot be checked at the year's end.",
      },
      comparator: {
        zh: "指标“{name}”的目标值“{target}”只写了比较词，没有数值，年底无法核对是否完成。",
        en: "The target of “{name}”, “{target}”, is only a comparator with no number: no one can check at the year's end whether it was met.",
      },
    },
    basis: BASIS.quantify,
    fix: { zh: "{fixZh}", en: "{fixEn}" },
  },
  check(view, ctx) {
    for (const r of view.indicators) {
      // A sentence that states its own target (需求得到满足, 次年3月底前兑付) is no missing target.
      if (!isEmptyTarget(r) || sentenceTarget(r) || answersNone(r)) continue;
      // 社会效益：是 — no name and an answer for one: NAME-MISSING's (round 137).
      if (answerAsName(r)) continue;
      // 参保群众满意度较高: a degree with no figure, VAGUE's (round 199).
      if (gluedSatisfaction(r)) continue;
      // 满意度指标：无 — a choice not to set one, said in a word, not a name whose target is missing (round 96).
      if (writtenNone(r)) {
        // A cost row left 无 weighs as no cost indicator does (COMPLETE-COST, info): the 2015 framework asks none.
        const cost = isCostIndicator(r);
        ctx.report({
          indicator: r,
          messageId: "written",
          severity: cost ? "info" : "warning",
          data: noneData(r),
        });
        continue;
      }
      const some = someOnly(r);
      if (some !== null) {
        const name = normalize(r.name).replace(SOME_IN_NAME, "") || r.name;
        const measure = some || "个";
        ctx.report({
          indicator: r,
          messageId: "some",
          data: {
            name,
            measure: some,
            fixZh: `写明具体数量，如“${name} ≥（数量）${measure}”。`,
            fixEn: `State the number, e.g. “${name} ≥ (number) ${measure}”.`,
          },
        });
        continue;
      }
      const target = r.target.trim();
      const word = comparatorOnly(r.target);
      ctx.report({
        indicator: r,
        messageId: word ? "comparator" : target ? "template" : "none",
        data: {
          name: r.name,
          target: word && unitCell(r) && !target.includes(unitCell(r)) ? `${target} ${unitCell(r)}` : target,
          ...withTemplateRow(word ? comparatorFix(r, word) : emptyTargetFix(r), target),
        },
      });
    }
  },
};

/** The template text an indicator still holds, as written (（≥**人）), or null; an empty target is EMPTY-TARGET's. */
function leftover(r: IndicatorRecord): string | null {
  // A target that is nothing but a placeholder is EMPTY-TARGET's; here only leftovers elsewhere count.
  const rest = r.target ? r.text.replace(r.target, "") : r.text;
  const inTarget = hasPlaceholder(r.target) && !isEmptyTarget(r);
  if (!hasPlaceholder(r.name) && !hasPlaceholder(rest) && !inTarget) return null;
  return placeholderPart(r.name) ?? placeholderPart(rest) ?? placeholderPart(r.target) ?? r.name;
}

/** What to do with the template text: a template target (（≥**人）, ≥**人) goes, a placeholder in words is filled in. */
function todo(where: string): { todoZh: string; todoEn: string } {
  return /^[(（≥≤≧≦><=＞＜不]/.test(where)
    ? {
        todoZh: `删去模板括注（如“${where}”），目标值只写在目标值处；尚未填写目标值的，填上实际数值。`,
        todoEn: `Delete the template notes (such as “${where}”) and keep the target in its place; where no target is written yet, fill in the actual value.`,
      }
    : {
        todoZh: `把“${where}”中的 **、XX 等占位符换成实际内容。`,
        todoEn: `Replace the placeholders (**, XX) in “${where}” with the actual content.`,
      };
}

/** Cells listed in a message, the first few of them. */
const MAX_CELLS = 6;

export const placeholder: Rule = {
  meta: {
    code: "PLACEHOLDER",
    severity: "warning",
    scope: "project",
    title: { zh: "模板文字未替换", en: "Template text left in" },
    messages: {
      one: {
        zh: "指标“{name}”中留有模板占位文字“{where}”。",
        en: "Indicator “{name}” still contains template placeholder text: “{where}”.",
      },
      many: {
        zh: "{count} 条指标留有模板占位文字（{cells}），如“{name}”中的“{where}”。",
        en: "{count} indicators still contain template placeholder text ({cells}), e.g. “{where}” in “{name}”.",
      },
    },
    basis: BASIS.clarity,
    fix: { zh: "{todoZh}", en: "{todoEn}" },
  },
  check(view, ctx) {
    // One finding per project: the same template note on every row is one thing to tidy, not many.
    const found = view.indicators.flatMap((r) => {
      const where = leftover(r);
      return where ? [{ r, where }] : [];
    });
    if (found.length === 0) return;
    const [{ r, where }] = found;
    const cells = [...new Set(found.map((f) => f.r.cell))];
    const shown = cells.slice(0, MAX_CELLS).join("、") + (cells.length > MAX_CELLS ? " 等" : "");
    ctx.report({
      indicator: r,
      messageId: found.length === 1 ? "one" : "many",
      data: { name: label(r), where, count: found.length, cells: shown, ...todo(where) },
    });
  },
};

/**
 * An example number for a vague target. A yes-or-no name is better asked as a count or a rate: 是否发生
 * 饮水安全事件 as 0起, 是否存在质量问题 as 0个, 是否按期完成 as 完成率 100%.
 */
function vagueExample(r: IndicatorRecord, word = "", sentence = false): string {
  if (!asksYesNo(r.name)) return exampleForVague(r.name, word, sentence);
  const n = normalize(r.name).replace(/[。.，,；;？?]+$/, "");
  // What is asked, the question words taken out: 是否保障教学正常开展 → 保障教学正常开展.
  const asked = n.replace(/是否|与否/g, "");
  const happened = /(?:发生|出现)(.*)$/.exec(asked)?.[1] ?? null;
  if (happened !== null) return `${happened}发生起数 0起`;
  if (n.includes("存在")) return "问题数 0个";
  // 是否保障教学正常开展: whether the work went on is told by how often it stopped (round 105).
  const kept = KEEPS_GOING.exec(asked)?.[1];
  if (kept) return `${kept}中断次数 ≤（数值）次/年`;
  // 是否完成年度培训任务: the share of that task done.
  const done =
    /^(?:按期|按时|如期|全面)?(?:完成|落实)(.+)$|^(.+?)(?:按期|按时|如期|全面)?(?:完成|落实)$/.exec(asked);
  const what = done?.[1] ?? done?.[2];
  if (what) return `${what}完成率 100%`;
  // 是否促进教育公平: no work done or not, so no 完成率; what the asked words measure, else none (round 133).
  return done ? "完成率 100%" : exampleForVague(asked, "", true);
}

/** 保障教学正常开展, 确保系统稳定运行: work kept going, and what it is. */
const KEEPS_GOING =
  /^(?:保障|确保|保证|维持|维护)(.{2,12}?)(?:正常|顺利|稳定|持续|有序)(?:开展|运行|运转|进行|实施|开放)$/;

function vagueFix(example: string): { fixZh: string; fixEn: string } {
  if (!example)
    return {
      fixZh:
        "改为定量目标，写明可衡量的指标和目标值；确实无法量化的，写出分级分档标准（好/较好/一般/较差）。",
      fixEn:
        "Give a number: name what is measured and its target; if it truly cannot be quantified, state graded levels (好/较好/一般/较差).",
    };
  return {
    fixZh: `改为定量目标（如“${example}”）；确实无法量化的，写出分级分档标准（好/较好/一般/较差）。`,
    fixEn: `Give a number (e.g. “${example}”); if it truly cannot be quantified, state graded levels (好/较好/一般/较差).`,
  };
}

/**
 * The fix for a state a vague word describes (办学条件 明显改善), which no number of its own can measure: a
 * measure that stands for it, or, with none to offer, the kinds of measure that could.
 */
function stateFix(name: string | null, example: string): { fixZh: string; fixEn: string } {
  // A sentence read as a name (信息系统安全稳定运行) is no name to quote.
  const lead = name
    ? { zh: `“${name}”本身无法计数，`, en: `“${name}” cannot itself be counted: ` }
    : { zh: "", en: "" };
  if (!example)
    return {
      fixZh: `${lead.zh}改用能计数或算比率的指标来反映（如达标率、覆盖率、问题发生起数），并写明目标值；确实无法量化的，写出分级分档标准（好/较好/一般/较差）。`,
      fixEn: `${lead.en}measure it by something that can be counted (a compliance or coverage rate, a number of incidents) and give its target; if it truly cannot be quantified, state graded levels (好/较好/一般/较差).`,
    };
  return {
    fixZh: `${lead.zh}改用能计量的指标来反映，如“${example}”；确实无法量化的，写出分级分档标准（好/较好/一般/较差）。`,
    fixEn: `${lead.en}measure it by something that can be counted, e.g. “${example}”; if it truly cannot be quantified, state graded levels (好/较好/一般/较差).`,
  };
}

/** Whether `r` is the project's only effect and the indicator named `measured` is none (an output). */
function onlyEffectByOutput(r: IndicatorRecord, view: ProjectView, measured: string): boolean {
  if (level1Of(r) !== "效益指标") return false;
  const effects = view.indicators.filter((x) => level1Of(x) === "效益指标" && !isSatisfactionRow(x));
  const standing = view.indicators.find((x) => x.name === measured);
  return effects.length === 1 && standing !== undefined && level1Of(standing) !== "效益指标";
}

/** A state and the verb that raises it, closing a name (森林火灾扑救能力提升, 农牧民就业技能提升). */
const RAISED_STATE = /^([\u4e00-\u9fff]{2,}?)(?:明显|有效|进一步|不断|持续)?(?:提升|提高|增强|改善)$/;

/** The fix for a vague target: a measure standing for a state, else a number fitted to the name and words. */
function vagueFixOf(
  r: IndicatorRecord,
  view: ProjectView,
  word: string,
  sentence = false,
): { fixZh: string; fixEn: string } {
  const name = sentence ? nameBefore(r.name, word) : r.name;
  const names = namesOf(view, r);
  const yesNo = asksYesNo(r.name);
  const sector = yesNo ? null : sectorOf(view);
  // 森林火灾扑救能力提升 | 是: the name says a state is raised, and the state's measure fits it, never a rise of
  // nothing (较上年提高 ≥5%; round 176).
  const raised = RAISED_STATE.exec(normalize(name))?.[1];
  // 城市环境是否改善 | 是: the question's state is raised as 城市环境改善's is (round 182), a rate's aside.
  const askedRaise = yesNo ? RAISED_STATE.exec(normalize(name).replace(/是否|与否/g, ""))?.[1] : undefined;
  const choices = yesNo
    ? askedRaise && !/率|比例|占比|比重$/.test(askedRaise)
      ? stateChoices(askedRaise, word, sectorOf(view), view.project.project)
      : null
    : (stateChoices(name, word, sector, view.project.project) ??
      (raised ? stateChoices(raised, word, sector, view.project.project) : null));
  const state = choices === null ? null : freshExample(choices, names);
  // 农业机械化水平 beside 主要农作物耕种收综合机械化率 ≥75%: the measure is set already, and the row adds nothing.
  const measured = choices !== null && state === "" ? setAlready(freshExample(choices, []), names) : null;
  // The only effect, stood for by an output (培训合格率 for 就业能力; round 237): deleting it would leave no effect.
  if (measured && onlyEffectByOutput(r, view, measured))
    return {
      fixZh: `${sentence ? "" : `“${name}”本身无法计数，`}本项目已设“${measured}”反映它，但那是产出指标；这一条是本项目唯一的效益指标，不宜删去，宜改写为项目带来的、可计数或算比率的变化（如达标率、覆盖率、问题发生起数），并写明目标值；确实无法量化的，写出分级分档标准（好/较好/一般/较差）。`,
      fixEn: `${sentence ? "" : `“${name}” cannot itself be counted: `}“${measured}”, which the project sets, is an output; this row is the project's only effect, so rather than dropping it, rewrite it as a change the project brings that can be counted or given as a rate (a compliance or coverage rate, a number of incidents), with its target; if it truly cannot be quantified, state graded levels (好/较好/一般/较差).`,
    };
  if (measured)
    return {
      fixZh: `${sentence ? "" : `“${name}”本身无法计数，`}本项目已设“${measured}”反映它，这一条可删去；保留的，写出分级分档标准（好/较好/一般/较差）。`,
      fixEn: `${sentence ? "" : `“${name}” cannot itself be counted: `}the project already measures it by “${measured}”, so this row may go; if kept, state graded levels (好/较好/一般/较差).`,
    };
  // 带动乡村旅游收入 | 明显增加 under a goal of 实现乡村旅游收入1200万元: the goal's own figure is the target to write.
  const goalSaid = goalTargetFor(name, view.project.goal);
  if (goalSaid)
    return {
      fixZh: `按绩效目标写明数值，如“${name} ${goalSaid}”（绩效目标所写）；确实无法量化的，写出分级分档标准（好/较好/一般/较差）。`,
      fixEn: `Write the figure the performance target states, e.g. “${name} ${goalSaid}”; where it truly cannot be quantified, state graded levels (好/较好/一般/较差).`,
    };
  // 防洪能力 | 明显提升 under a goal of 防洪标准达到20年一遇: the goal's standard is the measure to write (round 159).
  const standard = goalStandardFor(name, view.project.goal);
  if (standard)
    return {
      fixZh: `${sentence ? "" : `“${name}”本身无法计数，`}按绩效目标写明可衡量的标准，如“${standard}”（绩效目标中已写）；确实无法量化的，写出分级分档标准（好/较好/一般/较差）。`,
      fixEn: `${sentence ? "" : `“${name}” cannot itself be counted: `}write the measurable standard the performance target states, e.g. “${standard}”; where it truly cannot be quantified, state graded levels (好/较好/一般/较差).`,
    };
  return state !== null
    ? stateFix(sentence ? null : name, state)
    : vagueFix(inProjectUnit(vagueExample(r, word, sentence), r, view));
}

/** The measure word a name ends with, whose example is a size or a count (面积, 里程, 长度, 人数, 户数). */
const MEASURED_BY = /(面积|里程|长度|人数|户数|人次)$/;

/**
 * A size or count example (≥1000平方米 for 大豆种植面积) in the unit and scale the project writes the same measure in
 * (补贴面积 ≥420万亩 → “≥（数量）万亩”; round 185): never square metres for a crop counted in 亩.
 */
function inProjectUnit(example: string, r: IndicatorRecord, view: ProjectView): string {
  const measure = MEASURED_BY.exec(normalize(r.name))?.[1];
  if (!measure || !/^≥\d/.test(example)) return example;
  const same = view.indicators.filter(
    (o) =>
      o !== r &&
      o.kind === "quantitative" &&
      o.value !== null &&
      normalize(o.unit) !== "" &&
      !/[%‰元]/.test(o.unit) &&
      normalize(o.name).endsWith(measure),
  );
  const units = new Set(same.map((o) => normalize(o.unit)));
  if (units.size !== 1) return example;
  const unit = [...units][0];
  if (example.endsWith(unit)) return example;
  const wan = same.every((o) => (o.value as number) >= 1e5) ? "万" : "";
  return `≥（数量）${wan}${unit}`;
}

/** ≤ or ≥ as the benchmark's side says, with the scale its name is measured in (发病率 per 10万). */
function benchmarkFix(r: IndicatorRecord, word: string): { fixZh: string; fixEn: string } {
  // 不低于当地平均 is a floor, though it holds 低于.
  const sign = !/不低于/.test(word) && /低于|不超过|不高于|以下|以内|之下/.test(word) ? "≤" : "≥";
  const n = normalize(r.name);
  const scale = /发病率|患病率|死亡率|罹患率/.test(n) ? "/10万" : /率|比例|占比|比重/.test(n) ? "%" : "";
  return {
    fixZh: `写出所比平均水平的数值（注明年份和来源），以具体数值为目标，如“${sign}X${scale}”（X 为上年平均值）。`,
    fixEn: `State the average compared with (its year and source) and set the figure as the target, e.g. “${sign}X${scale}” (X the last year's average).`,
  };
}

/**
 * 是否建立 and its kin (逐步建立, 建立健全) of a mechanism or a system: done or not by a date, not a number.
 */
const MECHANISM_WORD = /建立|健全|建成|出台|制定/;

/** 建立 of anything, or 完善 of a system (全民健身公共服务体系 不断完善): asked 是 by a date. */
function isMechanism(word: string, name: string): boolean {
  if (MECHANISM_WORD.test(normalize(word))) return true;
  return /完善/.test(word) && /(?:体系|制度|机制|体制)$/.test(normalize(name));
}
const MECHANISM_FIX = {
  fixZh:
    "写明建成的标志和时限，如“12月31日前印发实施办法：是”；确实无法量化的，写出分级分档标准（好/较好/一般/较差）。",
  fixEn:
    "State what shows it is in place and by when, e.g. “实施办法 issued by 31 December: 是 (yes)”; if it truly cannot be measured, state graded levels (好/较好/一般/较差).",
};

/**
 * A 社会成本 or 生态环境成本 row the 2021 template brought, filled with its own words (实施项目对社会产生的
 * 不利影响 → 减少): a project that has no such cost says 无 or deletes the row.
 */
function templateCostRow(r: IndicatorRecord): boolean {
  const l2 = r.level2 ?? r.level2Inferred;
  return l2 === "社会成本指标" || l2 === "生态环境成本指标" || /不利影响|负面影响/.test(normalize(r.name));
}
const TEMPLATE_COST_FIX = {
  fixZh:
    "本项目不涉及此项成本的，目标值写“无”或删去该行；涉及的，写明具体影响及控制标准（如“施工噪声昼间 ≤70分贝”）。",
  fixEn:
    "If the project has no such cost, write “无” (none) or delete the row; if it has, state the effect and its limit (e.g. site noise ≤ 70 dB by day).",
};

/**
 * A target that only cites the rules (按国家规定执行, 按照省有关规定标准发放): the figure is in a document the
 * reader has not got, and the year's end has nothing to check against.
 */
const REGULATION =
  /^(?:按照?|依照?|依据|参照|根据)(?:国家|中央|省|自治区|市|州|盟|区|县|旗|上级|有关部门|相关部门)?级?的?(?:有关|相关|现行)?(?:政策|规定|标准|文件|要求)(?:规定|标准)?(?:执行|落实|发放|兑现|核定)?$/;

function citesRules(target: string): boolean {
  return REGULATION.test(normalize(target).replace(/[。.，,；;]+$/, ""));
}

/** A standard, a norm or a cost (抚恤补助标准, 会议费定额): its figure is a sum of money per head or per unit. */
const STANDARD_NAME = /标准|定额|补助|补贴|津贴|抚恤|成本|费用?$/;

function regulationFix(r: IndicatorRecord): { fixZh: string; fixEn: string } {
  if (STANDARD_NAME.test(normalize(r.name)))
    return {
      fixZh: "写出执行的具体标准，如“每人每月（金额）元”，并注明依据的文件名称和文号。",
      fixEn:
        "State the standard applied, e.g. so many yuan per person per month, and name the document it comes from.",
    };
  const e = exampleTargets(r, "");
  return {
    fixZh: `写出规定中的具体数值${e ? `（如“${e}”）` : ""}，并注明依据的文件名称和文号。`,
    fixEn: `State the figure the rules set${e ? ` (e.g. “${e}”)` : ""} and name the document it comes from.`,
  };
}

/**
 * A verb of purpose and what it serves (推动…发展, 保障市民夜间出行安全, 提高高龄老人生活质量), or what it does for
 * people (方便群众出行, 便利群众生产生活, 满足群众文化需求: a statement the parser reads whole, round 98).
 */
const AIM =
  /^(?:推动|促进|推进|助力|保障|确保|维护|加快|巩固|提高|提升|改善|加强|方便|便利|便于|满足|惠及|造福)([\u4e00-\u9fff]{4,})$/;

/** What an aim serves, when the target only repeats the name (or is empty), else null. */
function aimOnly(r: IndicatorRecord): string | null {
  const n = normalize(r.name).replace(/[。.，,；;]+$/, "");
  const t = normalize(r.target).replace(/[。.，,；;]+$/, "");
  if (t !== "" && t !== n) return null;
  return AIM.exec(n)?.[1] ?? null;
}

/** A measure of what the aim serves (市民夜间出行安全 → 安全事故 0起), else the kinds of measure that could. */
function aimFix(object: string, view: ProjectView, r: IndicatorRecord): { fixZh: string; fixEn: string } {
  const e = substituteForState(object, "", sectorOf(view), namesOf(view, r), view.project.project);
  return e
    ? {
        fixZh: `写明这项工作要达到的可衡量结果，如“${e}”；确实无法量化的，写出分级分档标准（好/较好/一般/较差）。`,
        fixEn: `State the measurable result the work is to reach, e.g. “${e}”; if it truly cannot be quantified, state graded levels (好/较好/一般/较差).`,
      }
    : {
        fixZh:
          "写明这项工作要达到的可衡量结果（如受益人数、达标率、问题发生起数）和目标值；确实无法量化的，写出分级分档标准（好/较好/一般/较差）。",
        fixEn:
          "State the measurable result the work is to reach (people served, a compliance rate, a number of incidents) and its target; if it truly cannot be quantified, state graded levels (好/较好/一般/较差).",
      };
}

/** 保障桥梁安全, 确保道路畅通: a resolve and what it keeps, no figure and no zero. */
const KEEPS_SAFE = /^(?:保障|确保|保证|维护)([\u4e00-\u9fff]{2,10})$/;

/** The longest run of characters two texts share. */
function sharedRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = i + best + 1; j <= a.length; j++) {
      if (!b.includes(a.slice(i, j))) break;
      best = j - i;
    }
  return best;
}

/**
 * A target that is 保障 or 确保 and the name's own noun (桥梁安全运行 | 保障桥梁安全, 道路通行 | 确保道路畅通): it
 * says again what the indicator is about, and no figure; a zero (确保不发生…) is a target.
 */
function restatedName(r: IndicatorRecord): string | null {
  const t = normalize(r.target).replace(/[。.，,；;！!]+$/, "");
  const object = KEEPS_SAFE.exec(t)?.[1];
  if (!object || /不|无|零|杜绝/.test(object)) return null;
  return sharedRun(object, normalize(r.name)) >= 2 ? t : null;
}

/** 按照市委要求, 按上级要求 under 时效指标: whoever asks, no date is written. */
const AS_ASKED = /要求/;
const NO_DEADLINE_FIX = {
  fixZh: "写明完成时限，如“12月31日前完成”；时间由上级确定的，写出文件或通知规定的日期。",
  fixEn:
    "State the deadline, e.g. “12月31日前完成” (done by 31 December); where a higher body sets the time, write the date its document or notice gives.",
};

/** 按时完成, 按期完工: done on time, with no time written; a date or a schedule (按季度) says when. */
const ON_TIME_ONLY = /^(?:按时|按期|如期|准时)(?:完成|办结|完工|竣工)(?:任务)?$/;

/** An action with no when or how much is told to say when, not given a number. */
const UNDATED_FIX = {
  fixZh: "写明完成时限或完成量，如“9月30日前完成”“完成率 100%”。",
  fixEn:
    "State the deadline or the amount, e.g. “9月30日前完成” (done by 30 September), “完成率 100%” (all done).",
};

/** 一批: a batch, which counts nothing (购置扑火物资一批 reads as 1 批). */
const BATCH_ONLY = /^\s*(?:约\s*)?(?:一|1)\s*批\s*$/;

/** What to write instead of a batch: how many, and of what. */
const batchFix = (name: string) => ({
  fixZh: `写明数量和单位，如“${name} ≥（数量）件（套）”，或按品目分别列出。`,
  fixEn: `State how many and of what, e.g. “${name} ≥ (number) 件（套）” (items or sets), or list them by kind.`,
});

export const vague: Rule = {
  meta: {
    code: "VAGUE",
    severity: "warning",
    scope: "indicator",
    title: { zh: "目标值模糊", en: "Vague target" },
    messages: {
      vague: {
        zh: "指标“{name}”的目标值“{target}”（“{word}”）不可衡量，也没有分级分档。",
        en: "The target of “{name}” (“{target}”, “{word}”) cannot be measured and has no graded levels.",
      },
      vagueWhole: {
        zh: "指标“{name}”的目标值“{target}”不可衡量，也没有分级分档。",
        en: "The target of “{name}” (“{target}”) cannot be measured and has no graded levels.",
      },
      unnamed: {
        zh: "{category}只写了“{target}”，没有具体的数值或时限，不可衡量。",
        en: "{categoryEn} says only “{target}”: no figure or date, so it cannot be measured.",
      },
      benchmark: {
        zh: "指标“{name}”以“{word}”为目标，没有写出具体数值，年终无法核对。",
        en: "“{name}” is set against an average (“{word}”) with no figure, so it cannot be checked at the year's end.",
      },
      sentence: {
        zh: "指标“{name}”只写了“{word}”，没有可衡量的目标值，也没有分级分档。",
        en: "“{name}” says only “{word}”: no measurable target and no graded levels.",
      },
      aim: {
        zh: "指标“{name}”只写了工作目的，没有可衡量的目标值，也没有分级分档。",
        en: "“{name}” states only an aim: no measurable target and no graded levels.",
      },
      regulation: {
        zh: "指标“{name}”只写了“{target}”，没有写出具体标准或数值，年终无法核对。",
        en: "“{name}” says only “{target}”: it cites the rules but states no figure, so nothing can be checked at the year's end.",
      },
      noDeadline: {
        zh: "时效指标“{name}”只写了“{target}”，没有写明完成时限，年底无法核对是否按时完成。",
        en: "The timeliness indicator “{name}” says only “{target}”: no deadline is written, so no one can check at the year's end whether it was on time.",
      },
      noQuantity: {
        zh: "数量指标“{name}”只写了“是”，本项目的数量指标都没有数值，看不出要完成多少工作量。",
        en: "The quantity indicator “{name}” says only 是 (yes), and none of the project's quantity indicators states a figure: how much work is to be done is not said.",
      },
      deedYes: {
        zh: "指标“{name}”写“是”可以按完成记录核对；写明完成日期更便于考核。",
        en: "“{name}” answered 是 (yes) can be checked against the record of its completion; a date would make it sharper.",
      },
      standardMet: {
        zh: "指标“{name}”写“是”可以按验收记录核对；写明设计值更便于考核。",
        en: "“{name}” answered 是 (yes) can be checked against the acceptance record; the design figure would make it sharper.",
      },
      wholeDeed: {
        zh: "指标“{name}”写“是”可以按检查记录核对，写成比率更便于考核完成程度。",
        en: "“{name}” answered 是 (yes) can be checked against the inspection records; a rate would show how nearly it was done.",
      },
      batch: {
        zh: "指标“{name}”的目标值“{target}”以“批”为单位，一批是多少件、哪些品目都没有写，年底无法核对数量。",
        en: "“{name}” is set at “{target}”: a batch (批) says neither how many items nor which kinds, so the quantity cannot be checked at the year's end.",
      },
      satisfaction: {
        zh: "满意度指标“{name}”只写了“{target}”，没有量化的目标值，年底无法按调查结果核对。",
        en: "The satisfaction indicator “{name}” says only “{target}”: no figure, so the survey's result cannot be checked against it at the year's end.",
      },
      undated: {
        zh: "指标“{name}”只写了要{word}，没有写明时限或数量，无法考核。",
        en: "“{name}” says only that it will be done (“{word}”), with no deadline or amount, so it cannot be assessed.",
      },
    },
    basis: BASIS.quantify,
    fix: {
      zh: "{fixZh}",
      en: "{fixEn}",
    },
  },
  check(view, ctx) {
    for (const r of view.indicators) {
      const said = sentenceTarget(r);
      if (said && said.kind !== "clear") {
        const fix =
          said.kind === "undated"
            ? UNDATED_FIX
            : said.kind === "benchmark"
              ? benchmarkFix(r, said.word)
              : isMechanism(said.word, nameBefore(r.name, said.word))
                ? MECHANISM_FIX
                : vagueFixOf(r, view, said.word, true);
        ctx.report({
          indicator: r,
          messageId: said.kind === "vague" ? "sentence" : said.kind,
          // 发病率控制在全区平均水平以下: the name is what comes before the benchmark.
          data: {
            name: nameBefore(r.name, said.kind === "benchmark" ? said.word : ""),
            word: said.word,
            ...fix,
          },
        });
        continue;
      }
      // 购置扑火物资一批: a batch is a quantity no one can check at the year's end (round 112).
      if (r.kind === "quantitative" && r.unit === "批" && r.name.trim() && BATCH_ONLY.test(r.target)) {
        const target = r.target.trim();
        ctx.report({
          indicator: r,
          messageId: "batch",
          data: { name: r.name, target, ...batchFix(r.name) },
        });
        continue;
      }
      const glued = gluedSatisfaction(r);
      if (glued) {
        ctx.report({
          indicator: r,
          messageId: "satisfaction",
          data: {
            name: glued.name,
            target: glued.word,
            fixZh: `写成量化目标，如“${glued.name} ≥90%”，年底按满意度调查结果核对。`,
            fixEn: `Give it a figure, e.g. “${glued.name} ≥90%”, checked at the year's end against the satisfaction survey.`,
          },
        });
        continue;
      }
      if (unquantifiedSatisfaction(r)) {
        const name = satisfactionName(r);
        ctx.report({
          indicator: r,
          messageId: "satisfaction",
          data: {
            name: label(r),
            target: r.target.trim(),
            fixZh: `写成量化目标，如“${name} ≥90%”，年底按满意度调查结果核对。`,
            fixEn: `Give it a figure, e.g. “${name} ≥90%”, checked at the year's end against the satisfaction survey.`,
          },
        });
        continue;
      }
      if (r.kind !== "qualitative" || isEmptyTarget(r) || hasGradeScale(r.target)) continue;
      const benchmark = benchmarkWords(r.target);
      if (benchmark) {
        ctx.report({
          indicator: r,
          messageId: "benchmark",
          data: { name: r.name, word: benchmark, ...benchmarkFix(r, benchmark) },
        });
        continue;
      }
      // 推动全县农业农村工作高质量发展, read as its own target: an aim, with nothing to measure (round 84 miss 3).
      const aim = aimOnly(r);
      if (aim !== null) {
        ctx.report({ indicator: r, messageId: "aim", data: { name: r.name, ...aimFix(aim, view, r) } });
        continue;
      }
      // 春防、秋防 | 按时完成: on time, by no date (round 84 miss 10). 会议精神传达 | 到位, 全年工作部署 | 到位: an action
      // alone, read apart from its name as it was inside the whole sentence (round 98).
      const bare = normalize(r.target).replace(/[。.，,；;]+$/, "");
      const onTime =
        ON_TIME_ONLY.exec(bare)?.[0] ?? (lexicon.actionEndings.includes(bare) ? bare : undefined);
      if (r.name.trim() && onTime) {
        ctx.report({
          indicator: r,
          messageId: "undated",
          data: { name: r.name, word: onTime, ...UNDATED_FIX },
        });
        continue;
      }
      // 抚恤补助标准 按国家规定执行 (round 84 miss 9).
      if (r.name.trim() && citesRules(r.target)) {
        ctx.report({
          indicator: r,
          messageId: "regulation",
          data: { name: r.name, target: r.target.trim(), ...regulationFix(r) },
        });
        continue;
      }
      // 生活垃圾日产日清 | 是: checkable, as inspectors record it; a rate says how nearly (round 105, round 98).
      const rate = wholeDeedRate(r);
      if (rate) {
        ctx.report({
          indicator: r,
          messageId: "wholeDeed",
          severity: "info",
          data: {
            name: r.name,
            fixZh: `可写成“${rate}”，年底按检查记录核对。`,
            fixEn: `It may be written “${rate}”, checked at the year's end against the inspection records.`,
          },
        });
        continue;
      }
      // 清淤后港池水深达到设计标准 | 是: the acceptance measures it against the design, checkable; the design's
      // figure makes it sharper where the name says what is measured (round 165 false alarm 3).
      const met = standardMet(r);
      if (met !== null) {
        if (met)
          ctx.report({
            indicator: r,
            messageId: "standardMet",
            severity: "info",
            data: {
              name: r.name,
              fixZh: `可写明设计值，如“${met}”，按验收测量结果核对。`,
              fixEn: `The design figure may be written, e.g. “${met}”, checked against the acceptance measurements.`,
            },
          });
        continue;
      }
      const word = vagueWord(r.target) ?? restatedName(r) ?? bareState(r.target);
      if (!word || yesNoOfDeed(r) || definedGrade(word, r.name)) continue;
      // 主汛期前完成主体工程 | 是: done or not, checkable; a date is a hint (round 119).
      if (deedAnsweredYes(r)) {
        // 完成村级河道保洁：是 as the only 数量 and no 数量 row with a figure: how much is done is nowhere said — the
        // outputs set no quantity (round 141), a warning where a dated deed among counted work stays a hint.
        if (noQuantityOutput(view, r)) {
          const work = normalize(answeredYesNo(r)?.name ?? r.name).replace(LEADING_DONE, "");
          const unit = LENGTH_WORK.test(work) ? "公里" : "（单位）";
          ctx.report({
            indicator: r,
            messageId: "noQuantity",
            data: {
              name: r.name,
              fixZh: `写明本年度的工作量，如“${work} ≥（数量）${unit}”${unit === "公里" ? "或“（数量）条”" : ""}；是否完成可另设完成率。`,
              fixEn: `State the year's amount of work, e.g. “${work} ≥ (number) ${unit === "公里" ? "km" : "(unit)"}”; whether it is done can be a completion rate besides.`,
            },
          });
          continue;
        }
        ctx.report({
          indicator: r,
          messageId: "deedYes",
          severity: "info",
          data: { name: r.name, ...DEED_YES_FIX },
        });
        continue;
      }
      const target = r.target.trim();
      // 会议召开时间 | 按照市委要求: a deadline is what a 时效 row owes, and none is written (round 96 miss 1).
      if (level2Of(r) === "时效指标" && AS_ASKED.test(word)) {
        ctx.report({
          indicator: r,
          messageId: "noDeadline",
          data: { name: label(r), target, ...NO_DEADLINE_FIX },
        });
        continue;
      }
      // When the vague word is the whole target, naming it twice says nothing more; a target with no name
      // (时效指标：按合同约定时间完成) is quoted under its category.
      // A sentence read as its own name and target (有效遏制重特大森林火灾发生) is quoted once (round 199).
      const messageId = !r.name.trim()
        ? "unnamed"
        : word === target
          ? "vagueWhole"
          : normalize(r.name) === normalize(target)
            ? "sentence"
            : "vague";
      let fix: { fixZh: string; fixEn: string };
      // A leftover of the 2021 template (社会不利影响 | 减少), where the framework asks for a row and the officer
      // writes what it suggests: worth saying, not worth a grade (round 152, 大气污染防治 差 50 by it alone).
      let severity: "info" | undefined;
      if (templateCostRow(r)) {
        severity = "info";
        // The template's 社会成本 and 生态环境成本 rows filled alike are one habit: said once, on the first.
        const rows = view.indicators.filter(
          (o) => o.kind === "qualitative" && templateCostRow(o) && vagueWord(o.target) !== null,
        );
        if (rows[0] !== r) continue;
        const more = [...new Set(rows.slice(1).map((o) => o.cell))].filter((c) => c !== r.cell);
        fix = more.length
          ? {
              fixZh: `${TEMPLATE_COST_FIX.fixZh}${more.join("、")} 同样处理。`,
              fixEn: `${TEMPLATE_COST_FIX.fixEn} The same for ${more.join(", ")}.`,
            }
          : TEMPLATE_COST_FIX;
      } else if (isMechanism(word, r.name)) fix = MECHANISM_FIX;
      else fix = vagueFixOf(r, view, word);
      const category = r.level2 ?? r.level1 ?? "";
      ctx.report({
        indicator: r,
        messageId,
        ...(severity ? { severity } : {}),
        data: {
          name: r.name,
          target,
          word,
          category: category || "这条指标",
          categoryEn: category || "this indicator",
          ...fix,
        },
      });
    }
  },
};

export const targetRules: Rule[] = [emptyTarget, placeholder, vague];
