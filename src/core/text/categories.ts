/**
 * Category labels → canonical 一级/二级 under both frameworks (2015 财预〔2015〕88号, 2021 财预〔2021〕101号),
 * and the 二级 a reviewer would infer when none is written.
 */
import type { Level1, Level2 } from "../record";
import { canon } from "./chars";
import { hasClass, SENTENCE_MARK, TRAILING_LABEL } from "./charClass";

/**
 * Strips score suffixes "(0-20)分", "（40分）", "30分", "（40-50）分" (the 分 after the bracket), numbering and
 * punctuation around a label.
 */
export function bareLabel(label: string): string {
  return (
    canon(label)
      .replace(/[(（]?\s*\d+(?:\s*[-~～—]\s*\d+)?\s*(?:[)）]\s*分|分\s*[)）]?)/g, "")
      // 数量指标1, 质量指标2: a category numbered in its block.
      .replace(/(?<=.指标)\s*\d{1,2}(?=\s*[:：]?\s*$)/, "")
      .replace(/^[\s【〖[]+|[\s】〗\]：:。；;，,]+$/g, "")
      .replace(/\s+/g, "")
  );
}

/** Canonical 二级 for a label, or null (also null for combined headings like 社会、经济、生态效益指标). */
export function canonLevel2(label: string): Level2 | null {
  // 产出数量指标, 产出质量指标: the 一级 written before the 二级.
  const t = bareLabel(label).replace(/^产出(?=数量|质量|时效)/, "");
  if (!t) return null;
  if (/满意/.test(t)) return "服务对象满意度指标";
  // Shanghai's 影响力指标 (长效管理, 人力资源, 档案管理, 信息共享): what keeps a project's effect going,
  // its local name for 可持续影响 (as 可持续性发展影响指标 is elsewhere).
  if (/^影响力(?:指标)?$/.test(t)) return "可持续影响指标";
  const effects = ["经济", "社会", "生态", "环境"].filter((w) => t.includes(w)).length;
  // 经济效应指标: 效应 written for 效益, a slip of one character officers make.
  if (/效益|效应|影响/.test(t)) {
    if (effects > 1) return null;
    if (/可持续/.test(t)) return "可持续影响指标";
    if (t.includes("经济")) return "经济效益指标";
    if (t.includes("社会")) return "社会效益指标";
    if (/生态|环境/.test(t)) return "生态效益指标";
    return null;
  }
  if (/成本/.test(t)) {
    if (t.includes("经济")) return "经济成本指标";
    if (t.includes("社会")) return "社会成本指标";
    if (/生态|环境/.test(t)) return "生态环境成本指标";
    return "成本指标";
  }
  if (/预算.*控制|投资规模/.test(t)) return "成本指标";
  if (/^数量/.test(t) || /建筑规模/.test(t)) return "数量指标";
  if (/^质量/.test(t)) return "质量指标";
  // 进度指标 (progress), as some provinces name it, is timeliness.
  if (/^时效|工期|^进度/.test(t)) return "时效指标";
  return null;
}

/**
 * 经济, 社会, 生态, 可持续, 服务对象: a 二级 cut short to its first words, as a 二级 column writes it (一级 | 二级 |
 * 三级 over 效益 | 经济 | 亩均增产). Read only in that column, whose header says what the word is — never in a
 * name or free text, where 经济 or 社会 says nothing of a category. Under 成本 (2021) the same words name the
 * costs: 经济 → 经济成本指标. (数量, 质量, 时效, 成本 and 满意度 are read by canonLevel2.)
 */
const SHORT_LEVEL2 =
  /^(?:(经济|社会)|(生态|环境|生态环境)|(可持续|可持续性|可持续发展)|(服务对象|受益对象|社会公众))$/;

export function shortLevel2(label: string, level1: Level1 | null): Level2 | null {
  const m = SHORT_LEVEL2.exec(bareLabel(label));
  if (!m) return null;
  const cost = level1 === "成本指标";
  if (m[1] === "经济") return cost ? "经济成本指标" : "经济效益指标";
  if (m[1]) return cost ? "社会成本指标" : "社会效益指标";
  if (m[2]) return cost ? "生态环境成本指标" : "生态效益指标";
  if (cost) return null;
  return m[3] ? "可持续影响指标" : "服务对象满意度指标";
}

/** Canonical 一级 for a label written in a 一级 position, or null. */
export function canonLevel1(label: string): Level1 | null {
  const t = bareLabel(label);
  if (!t) return null;
  if (/满意/.test(t)) return "满意度指标";
  // 职责履行: a 部门整体 table's 产出 (as its 履职效益 is its 效益, read by the word 效益 below).
  if (/产出|项目完成|完成指标|职责履行/.test(t)) return "产出指标";
  if (/效益|效果/.test(t)) return "效益指标";
  if (/成本/.test(t)) return "成本指标";
  return null;
}

/** The 一级 a written 二级 belongs to (成本指标 under 2015 sits in 产出). */
export function level1OfLevel2(l2: Level2, level1Hint: Level1 | null): Level1 {
  switch (l2) {
    case "数量指标":
    case "质量指标":
    case "时效指标":
      return "产出指标";
    case "成本指标":
      return level1Hint === "成本指标" ? "成本指标" : "产出指标";
    case "经济成本指标":
    case "社会成本指标":
    case "生态环境成本指标":
      return "成本指标";
    case "服务对象满意度指标":
      return "满意度指标";
    default:
      return "效益指标";
  }
}

/**
 * Whether text is a category label (a heading or an item prefix): it ends in 指标 (after removing a
 * score suffix), or is a known short form, and maps to a 一级 or 二级.
 */
/** A 二级 written short (数量, 经济效益, 可持续影响): the word alone, as a pattern's source. */
export const SHORT_LEVEL2_WORDS = "(?:数量|质量|时效|成本|经济|社会|生态|环境|可持续)(?:效益|成本|影响)?";

const SHORT_LABEL = new RegExp(
  String.raw`^[\s【[(（]*在?(产出|效益|满意度?|成本|数量|质量|时效|经济效益|社会效益|生态效益|可持续影响|可持续性?|服务对象满意度|产出数量|产出质量|产出时效|产出成本|(?:产出|效益|成本)(?:[-—–/]|[(（](?=[^)）]+[)）][\s:：\-—–]*$))${SHORT_LEVEL2_WORDS})(?:方面\s*[,，]?)?[\s)）】\]:：\-—–]*$`,
);

export type Category = { level1: Level1 | null; level2: Level2 | null };

/** Labels repeat across thousands of indicators; remember each answer (bounded). */
const LABEL_CACHE = new Map<string, Category | null>();

function hasZhibiao(s: string): boolean {
  for (let i = 0; i + 1 < s.length; i++)
    if (s.charCodeAt(i) === 0x6307 /* 指 */ && s.charCodeAt(i + 1) === 0x6807 /* 标 */) return true;
  return false;
}

export function categoryOfLabel(label: string): Category | null {
  // Fast exit: labels are short and say 指标, or are a bare category word.
  if (label.length > 40 || (!hasZhibiao(label) && (label.length > 12 || !SHORT_LABEL.test(label)))) {
    // Older templates say 目标 for 指标: 数量目标, 社会效益目标, 服务对象满意度目标.
    const m = label.length <= 14 ? GOAL_WORD_LABEL.exec(label) : null;
    return m ? categoryOfLabel(`${m[1]}指标`) : null;
  }
  if (hasInnerPunct(label, 0, label.length)) return null;
  // The few labels of a table come round again and again: compare with the last ones first (a string
  // comparison, where a Map lookup would hash every freshly sliced label).
  for (let k = 0; k < RECENT; k++) if (recentLabels[k] === label) return recentResults[k];
  let result = LABEL_CACHE.get(label);
  if (result === undefined) {
    result = categoryOfLabelUncached(label);
    if (LABEL_CACHE.size > 5000) LABEL_CACHE.clear();
    LABEL_CACHE.set(label, result);
  }
  recentLabels[recentNext] = label;
  recentResults[recentNext] = result;
  recentNext = (recentNext + 1) % RECENT;
  return result;
}

const GOAL_WORD_LABEL =
  /^\s*(产出|效益|效果|满意度|数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)目标\s*$/;

const RECENT = 8;
const recentLabels: (string | undefined)[] = new Array<string | undefined>(RECENT).fill(undefined);
const recentResults: (Category | null)[] = new Array<Category | null>(RECENT).fill(null);
let recentNext = 0;

/** Where the run of trailing label characters (isTrailingLabelChar) at the end of [from, to) starts. */
export function trailingRunStart(s: string, from: number, to: number): number {
  let end = to;
  while (end > from && isTrailingLabelChar(s.charCodeAt(end - 1))) end--;
  return end;
}

/** Sentence punctuation a label never has inside it: 。 ; ； , ， : ： ! ！ ? ？ */
export function isSentenceMark(c: number): boolean {
  return hasClass(c, SENTENCE_MARK);
}

/** What may stand at a label's end and still be removed before it is read (marks, a score suffix). */
function isTrailingLabelChar(c: number): boolean {
  return hasClass(c, TRAILING_LABEL);
}

/**
 * Whether [from, to) has sentence punctuation before its trailing run: such text is a sentence, never
 * a label, whatever else it says (the full check in categoryOfLabelUncached agrees).
 */
export function hasInnerPunct(s: string, from: number, to: number): boolean {
  const end = trailingRunStart(s, from, to);
  for (let i = from; i < end; i++) if (isSentenceMark(s.charCodeAt(i))) return true;
  return false;
}

/** What a template notes after a 一级: its kind, its term, whether it must be filled in. */
const LEVEL1_NOTE = /^(?:定性|定量|长期|短期|年度|中期|必填|选填|主要|核心|共性|个性)$/;

/** 产出指标（数量）: a 一级 and, in brackets, its 二级 without 指标. */
const SHORT_PAIR = /^((?:产出|效益|满意度|成本)指标)\(([^()指]{2,10})\)$/;

/** "数量指标(或建筑规模指标)", "时效指标(工期指标)": a category with its other name in brackets. */
const WITH_OTHER_NAME = /^(.{2,10}?指标)\((?:或)?[^()]{1,10}指标\)$/;

/** "产出指标 时效指标": a space between two category words is a separator, as a dash is (bareLabel drops spaces). */
const SPACE_AFTER_LABEL = /(?<=指标)\s+(?=[\u4e00-\u9fa5])/g;

/** 产出-数量, 效益-社会, 效益-经济效益: a 一级 and a 二级 each written short (parts joined by a dash). */
const ABBREVIATED_PAIR = new RegExp(`^(产出|效益|成本)-(${SHORT_LEVEL2_WORDS})$`);

const TRAILING_DASHES = /[-—–]+$/;

/** 产出（数量）, 效益（社会）: the short pair written with the 二级 in brackets, read as 产出-数量 (canonical brackets). */
const BRACKETED_SHORT_PAIR = /^(产出|效益|成本)\(([^()]{2,5})\)$/;

function categoryOfLabelUncached(label: string): Category | null {
  // 产出-数量-①…, 满意度-④…: a label closed by a dash before its item, as by a colon.
  let t = bareLabel(label.replace(SPACE_AFTER_LABEL, "-")).replace(TRAILING_DASHES, "");
  // 产出指标方面，…, 在效益指标方面，…, 满意度方面：… — a document's prose labels its blocks by their aspect.
  if (t.endsWith("方面")) t = t.slice(t.charCodeAt(0) === 0x5728 /* 在 */ ? 1 : 0, -2);
  const bracketed = BRACKETED_SHORT_PAIR.exec(t);
  if (bracketed) t = `${bracketed[1]}-${bracketed[2]}`;
  // "满意：参训人员满意度95%以上": 满意 alone is the satisfaction category, as 满意度 is.
  if (t === "满意") t = "满意度";
  // A label is a few category words: no numbers, no sentence punctuation ("检查覆盖率100%。效益指标" is not one).
  if (!t || t.length > 24 || /[\d%。;；，,:：!?！？]/.test(t)) return null;
  // 产出指标（数量指标）: a 一级 with its 二级 in brackets (not 时效指标(工期指标), a 二级's other name);
  // 满意度指标（服务对象满意度指标）, whose 一级 is a 二级's name too.
  const pair = WITH_OTHER_NAME.exec(t);
  if (pair) {
    const satisfaction = /^满意度指标$/.test(pair[1]);
    const bracketed = /\(([^()]*)\)$/.exec(t)?.[1] ?? "";
    // 成本指标（经济成本指标）: the 2021 framework's 一级 成本指标 over one of its own 二级 — no other name.
    const cost = pair[1] === "成本指标" ? canonLevel2(bracketed) : null;
    if (cost && cost !== "成本指标" && level1OfLevel2(cost, null) === "成本指标")
      return resolve("成本指标", cost);
    const l1 = satisfaction ? "满意度指标" : canonLevel2(pair[1]) ? null : canonLevel1(pair[1]);
    const inner = l1 ? canonLevel2(bracketed) : null;
    if (l1 && inner) return resolve(l1, inner);
  }
  // 产出指标（数量）, 效益指标（生态）, 满意度指标（服务对象满意度）: the 二级 in brackets, short.
  const short = SHORT_PAIR.exec(t);
  if (short) {
    const l1 = canonLevel1(short[1]);
    // 产出指标（数量、质量）: several 二级 named, none of them the item's; 效益指标（定性）, （长期）, （必填）:
    // a note on the 一级.
    if (l1 && (/[、和与及/]/.test(short[2]) || LEVEL1_NOTE.test(short[2]))) return resolve(l1, null);
    const inner = canonLevel2(`${short[2]}指标`) ?? canonLevel2(`${short[2]}效益指标`);
    // 效益指标（服务对象满意度）: satisfaction written under the 效益 block is the 满意度 一级's (record.md).
    const satisfaction = l1 === "效益指标" && inner === "服务对象满意度指标";
    if (l1 && inner && (level1OfLevel2(inner, l1) === l1 || satisfaction)) return resolve(l1, inner);
  }
  t = pair?.[1] ?? t;
  // Combined headings "产出指标-数量指标", "产出指标/数量指标", "效益指标-社会公众或服务对象满意度指标".
  const parts = t.split(/[-—–/|·、_]+/).filter(Boolean);
  if (parts.length === 2 && parts.every((p) => /指标$/.test(p) || /^(产出|效益|满意度|成本)$/.test(p))) {
    const l1 = canonLevel1(parts[0]);
    const l2 = canonLevel2(parts[1]);
    if (l1 || l2) return resolve(l1, l2);
  }
  // 产出-数量, 效益-生态, 成本-经济: a county 项目库's 一级-二级, both cut short (the 二级 read under its 一级).
  const cut = parts.length === 2 ? ABBREVIATED_PAIR.exec(`${parts[0]}-${parts[1]}`) : null;
  if (cut) {
    const l1 = canonLevel1(cut[1]);
    const l2 = canonLevel2(`${cut[2]}指标`) ?? shortLevel2(cut[2], l1);
    if (l1 && l2 && level1OfLevel2(l2, l1) === l1) return resolve(l1, l2);
  }
  if (t.length > 18) return null;
  // 产出数量：, 产出时效指标： — the 一级 and the 二级 run together.
  const run = /^产出(数量|质量|时效|成本)(?:指标)?$/.exec(t);
  if (run) return resolve("产出指标", canonLevel2(`${run[1]}指标`));
  // 社会效益：, 可持续影响： — a 二级 written without 指标 reads as with it; 【可持续】, 可持续： — the 二级 cut
  // to its first words, as 【社会效益】 is.
  if (/^可持续性?$/.test(t)) t = "可持续影响";
  if (/^(经济效益|社会效益|生态效益|可持续影响|服务对象满意度|影响力)$/.test(t)) t += "指标";
  if (!/指标$/.test(t) && !/^(产出|效益|满意度|成本|数量|质量|时效)$/.test(t)) return null;
  // A name that happens to end in 指标 (e.g. "环境监测指标") is not a label: require a category word.
  const asL2 = canonLevel2(t);
  const asL1 = canonLevel1(t);
  const isL1Word = /^(项目)?(产出|效益|满意度|成本|效果|项目完成|预期产出|项目效益)(指标)?$/.test(t);
  if (isL1Word) return resolve(asL1, null);
  if (asL2) return resolve(null, asL2);
  if (asL1) return resolve(asL1, null);
  return null;
}

function resolve(l1: Level1 | null, l2: Level2 | null): { level1: Level1 | null; level2: Level2 | null } {
  if (l2 === "服务对象满意度指标") return { level1: "满意度指标", level2: l2 };
  if (l2 && !l1) return { level1: level1OfLevel2(l2, null), level2: l2 };
  if (l2 && l1 === "成本指标" && l2 === "成本指标") return { level1: "成本指标", level2: null };
  return { level1: l1, level2: l2 };
}

/** A target that is satisfaction itself: 满意, 总体满意, 比较满意. */
const SATISFIED = /^\s*(?:总体|基本|比较|较为|十分|非常)?满意[\s。.;,]*$/;

/** 建成标准化养殖小区 | 3个, 高血压患者规范管理 | 1350人: a count of standardised things is a number. */
function countOfStandard(n: string, unit: string, kind: string): boolean {
  return (
    kind === "quantitative" &&
    unit !== "%" &&
    unit !== "" &&
    unit !== "倍" &&
    !/率|合格|达标|正确|准确|完好|通过|验收/.test(n) &&
    (!n.includes("质量") || countOfPlaces(n, unit))
  );
}

/** Units that count things set up or places: 耕地质量监测点 | 60个, 水质量监测站 | 5处. */
const PLACE_COUNT_UNITS = new Set(["个", "处", "点", "座", "所", "家", "套", "台", "块", "间", "条"]);

/**
 * 耕地质量监测点 ≥60个: what measures quality (a 监测点, a 站), counted — a count of places, not the quality of
 * the work (质量问题 ≤2个 is: the problems counted).
 */
function countOfPlaces(n: string, unit: string): boolean {
  return PLACE_COUNT_UNITS.has(unit) && !/问题|缺陷|隐患|不合格/.test(n);
}

/** Acts done within a time: 到位, 发放, 办结, 处置 … */
const TIMED_ACT =
  /到位|发放|拨付|兑付|兑现|办结|完成|完工|响应|到达|处置|办理|处理|答复|回复|反馈|恢复|修复|核查|实施/;

const TIME_UNITS = new Set(["天", "日", "个工作日", "工作日", "小时", "分钟", "个月", "月"]);

/**
 * A 二级 inferred from name, unit and kind when none is written (marked as inferred by callers) — and
 * from the target when it is satisfaction itself (群众 | 满意), for a caller that passes it.
 */
/** Paying funds out: 发放, 拨付, 兑付 … */
const PAYING = /发放|拨付|兑付|支付|下达|到位/;
/**
 * 每月 before what is paid on it (每月按时发放, 每月足额发放): a schedule — written in SCHEDULE_FIRST and
 * sentences.ts TIMING_TAIL.
 */
export const EVERY_PERIOD_PAID = String.raw`每(?:月|季度?|年|学期)(?=按时|按期|及时|足额|全额|发放|拨付|兑现|兑付|支付)`;
/**
 * A target that opens with its schedule, then the act on it: 按月发放到位, 每月按时发放到户, 按季度组织, 及时拨付, 如期完成,
 * 按规定时间报送 (not a schedule alone: 巡查频次 | 按月 is how often, a count).
 */
const SCHEDULE_FIRST = new RegExp(
  String.raw`^\s*(?:按(?:月|季度?|半?年度?|学期|时|期|[^\d,;:。]{0,8}?(?:时间|时限|期限))|${EVERY_PERIOD_PAID}|及时|如期)[\u4e00-\u9fa5]{2}`,
);
/** Kept running: 稳定运行, 长期稳定运行, 持续运行, 正常运转 (its qualifier written). */
const KEPT_RUNNING = /(?:稳定|持续|长效|正常)(?:运行|运转)\s*$/;

/** On a schedule: 按月, 按季度, 按时, 及时, 定期, 每月 … */
const ON_SCHEDULE = /按(?:月|季度?|半?年|期|时)|及时|定期|每(?:月|季度?)/;

/** A unit that counts things or people done or reached (个, 项, 户, 人次), with no money in it. */
const COUNTED_UNIT =
  /^(?:个|项|家|户|人|人次|户次|名|所|处|座|套|台|件|批|批次|场|场次|次|份|篇|村|条|辆|间|头|只|宗|笔)$/;
/** A name ending in the money itself (项目资金, 培训经费, 设备购置成本): the sum, whatever unit follows it. */
const MONEY_LAST = /(?:成本|费用|单价|经费|资金|金额|造价|预算|投入|投资)$/;

/** Loans made, named by the loan or its amount: 发放创业担保贷款, 贷款发放额, 新增贷款规模. */
const LENT = /贷款(?:发放)?(?:额|金额|规模|余额|总额|总量)?$/;

/** A satisfaction survey counted: 开展群众满意度调查 | 2次, 满意度测评次数 | 4次. */
const SURVEY = /满意度?(?:调查|测评|回访|评价)(?:次数|场次|份数|频次)?$/;
const SURVEY_COUNTS = new Set(["次", "场", "场次", "份", "轮", "期", "人次", "户", "次/年"]);
function surveyCounted(n: string, unit: string): boolean {
  return SURVEY_COUNTS.has(unit) && SURVEY.test(n);
}

/** Money recovered for others: 挽回经济损失, 追回资金, 追缴税款 — no cost. */
const RECOVERED = /挽回|追回|追缴|挽损/;

/**
 * 消费环境, 营商环境, 就医环境, 治安环境, 小区居住环境: a setting people live or work in, not the natural environment —
 * taken out before the ecological words are looked for.
 */
const SOCIAL_SETTING =
  /(?:消费|营商|市场|投资|创业|创新|发展|就业|学习|教学|教育|办学|就医|医疗|办公|工作|居住|治安|法治|政务|网络|舆论|文化|社会|经营|金融|信用)环境/g;
function withoutSocialSetting(n: string): string {
  return n.includes("环境") ? n.replace(SOCIAL_SETTING, "") : n;
}

/** What goes wrong in the work: accidents, errors, complaints, incidents, disputes. */
const ADVERSE = /事故|差错|失误|投诉|事件|违规|违纪|纠纷/;
/**
 * Wrongs in the community counted: crimes and their rates, cases that happened (…案件发生数, 发案率), and people hurt
 * or killed by what the project guards against (汛期 | 不发生人员伤亡, 因地质灾害造成的人员伤亡).
 */
const SOCIAL_WRONG = /犯罪|民转刑|刑事案件|命案|发案|再犯|案件发生|发生案件|案发|伤亡/;
/** Acting on those wrongs, which is work done: 侦破, 破案, 抓获, 矫正 … */
const WRONG_HANDLED = /侦破|破案|抓获|审结|起诉|判决|矫正人数|帮教|立案|预防.*宣传|普法/;
/**
 * What a project guards against, happening in the community or the land it serves: an epidemic (重大动物疫情, 新的疫点
 * 乡镇, 新发疫情), a fire (重特大森林火灾, 农村火灾), a danger or a disaster (溃坝险情, 地质灾害) — the project's own
 * accidents are ADVERSE.
 */
const GUARDED_AGAINST = /疫情|疫点|疫区|疫病|火灾|火情|险情|灾情|灾害/;
/** Said not to happen (全年不发生, 零发生, 无…发生, 杜绝, 0起), or its rate or count measured (受害率, 发生次数). */
const NOT_HAPPENING =
  /不发生|未发生|零发生|无[\u4e00-\u9fa5]{0,12}发生|杜绝|^\s*(?:无|零|0)\s*(?:起|次|个|处)?\s*$/;
const EVENT_MEASURE = /(?:发生|受害|成灾)(?:率|次数|起数|数)$/;
/**
 * A state held whole (村寨传统风貌 | 保持完好, 古建筑 | 保存完好, 街区历史风貌 | 保持原貌): kept as it is, over the years —
 * the lasting effect; of a facility kept up (公共设施 | 保持完好, FACILITY), the quality of its upkeep. (保持良好 is a
 * state of things, 社会秩序 or 生态环境, read by its subject.)
 */
const HELD = /(?:保持|保存|维持)[\u4e00-\u9fa5]{0,2}(?:完好|完整|原貌|原状)[\s。.;,]*$/;
const FACILITY = /设施|设备|器材|装备|路灯|管网|管道|线路|道路|桥梁|车辆|公厕|厕所|场所|场地/;

/** Acts on what went wrong, which are work done: 投诉处理, 事件处置, 事故隐患排查, 纠纷调解. */
const ADVERSE_HANDLED =
  /处置|处理|办理|办结|查处|受理|调处|调解|化解|核查|核实|应对|演练|培训|排查|整改|隐患|预防|防范|宣传|调查|报告|上报|登记|响应|救援|回访|答复|回复|举报|应急|拆除|清理|清除|整治|纠正|治理|打击|监管|检查/;

/** The quality of the air, the water or the environment: 空气质量, 水环境质量, 地表水质量, 土壤环境质量. */
const ENVIRONMENT_QUALITY = /(?:空气|大气|水环境|地表水|地下水|声环境|环境|土壤)质量/;

/** Things built, bought or put up (建设空气质量微站, 安装水质监测设备): work done, counted. */
const THINGS_BUILT = /^(?:新建|建设|建成|安装|购置|配备|配置|布设)/;

/**
 * A pollutant's concentration in the air or the water (PM2.5年均浓度, 二氧化硫浓度, 氨氮浓度): the state of the
 * environment, an ecological effect.
 */
const POLLUTANT_LEVEL =
  /(?:PM2\.5|PM10|二氧化[硫氮]|臭氧|氨氮|总磷|总氮|化学需氧量|COD|污染物|空气|大气|水体)[\u4e00-\u9fa5]{0,4}浓度/;

/**
 * Water saved, or the land watered so, measured (新增高效节水灌溉面积, 年节水量, 实施高效节水灌溉): an ecological
 * effect, as energy saved is — not people's awareness of it (节水意识), its publicity or a farmer's labour, which 节水
 * only qualifies (round 231).
 */
const WATER_SAVED = /节水(?:灌溉)?(?:面积|覆盖率|率|规模)?$|节水量/;

/** Money saved: 节本增效, 降本, 节支, 降低…成本, 减少…支出, 费用节省 (in an effect's name). */
const MONEY_SAVED =
  /节本|增效|降本|节支|(?:降低|减少|节省|节约)[\u4e00-\u9fff]{0,8}(?:成本|费用|支出|开支)|(?:成本|费用|支出|开支)[\u4e00-\u9fff]{0,2}(?:降低|减少|下降|节省|节约)/;

/** Fertiliser and pesticide used or cut: 化肥农药使用量, 化肥施用量, 农药减量 — what reaches the land. */
const AGROCHEMICAL = /(?:化肥|农药|化学肥料)[\u4e00-\u9fff]{0,4}(?:使用|施用|用量|减量|减施|零增长)/;

/**
 * Farm waste put back to use and fertiliser replaced (有机肥替代化肥面积, 秸秆综合利用率, 畜禽粪污资源化利用率, 农膜回收率):
 * what no longer reaches the land or the air as waste, an ecological effect as fertiliser cut is.
 */
const FARM_WASTE_REUSED =
  /有机肥替代|替代化肥|秸秆[\u4e00-\u9fff]{0,4}(?:利用|还田|禁烧)|粪污[\u4e00-\u9fff]{0,4}(?:利用|处理)|农膜[\u4e00-\u9fff]{0,2}回收|资源化利用/;

/** The quality of people's lives: 生活质量, 生命质量, 生存质量. */
const LIFE_QUALITY = /(?:生活|生命|生存)质量/;

/** A rate of take-up or coverage among a public (入园率, 入学率, 覆盖率, 知晓率, 就业率, 普及率, 参保率). */
const TAKE_UP_RATE = /(?:入园|入学|覆盖|知晓|就业|普及|参保)率$/;
/**
 * The state of the people a project serves (学生体质健康达标率, 甲乙类传染病发病率, 义务教育巩固率, 教师流失率, 牲畜越冬
 * 死亡率): what its work is to bring about, an effect — never the quality of the work, whatever 达标 says.
 */
const OUTCOME_RATE =
  /(?:体质|体能|健康)[\u4e00-\u9fff]{0,4}(?:达标|合格|优良)率$|(?:发病|患病|罹患|感染|巩固|辍学|流失|治愈|死亡|病死)率$/;
/** A change said in words, an adverb then its verb, closing a name after its subject: 收入稳定增长, 规模不断扩大. */
const CHANGE_CLOSING =
  /[\u4e00-\u9fff]{2}(?:稳定|稳步|持续|不断|逐步|逐年|明显|显著|大幅|进一步|有效)(?:增长|提高|提升|上升|扩大|增加|下降|降低|减少)$/;
/** A rise said in words (提高, 提升): the change the project is to bring. */
const RISE = /提高|提升|上升|增长/;

/** 家庭经济困难, 经济困难家庭: the people helped (poor households), taken out before economic words are looked for. */
function withoutHardship(n: string): string {
  return n.includes("经济困难") ? n.replace(/经济困难/g, "") : n;
}

/** Income or a return, or the value produced: 可支配收入, 出租收益, 茶叶综合产值 — not 低收入 (people with little). */
const INCOME = /(?<!低)收入|收益|增收|产值/;

/**
 * A state said to improve, or to be reached, in words: 明显提升, 有效增强, 持续改善, 更加便捷, 得到保障 — and what grows
 * or comes back (影响力 | 持续扩大, 传承队伍 | 逐步壮大, 渔业资源 | 持续恢复) or what goes down (积水点 | 明显减少).
 */
const IMPROVES =
  /提升|提高|增强|改善|加强|优化|好转|更加|更为|日益|日趋|得到|扩大|壮大|恢复|减少|下降|降低|缩小/;

/**
 * Money changing hands or a crop's yield, in an effect's name: 销售额, 交易额, 成交额, 营业额, 增产, 亩产, 单产.
 */
const SALES = /销售额|交易额|成交额|营业额|销量|增产|亩产|单产/;
/** Money spent or a price, in an effect's name counted in 元: 旅游消费, 销售均价, 价格. */
const MONEY_SPENT = /消费|均价|价格|单价/;

export function inferLevel2(
  level1: Level1 | null,
  name: string,
  unit: string,
  kind: string,
  target = "",
): Level2 | null {
  const n = name;
  // 满意度指标 has one 二级, whatever the name says (群众 | 满意 names no satisfaction); elsewhere a satisfaction
  // survey counted (开展群众满意度调查 | 2次) is work done, not the satisfaction.
  if ((/满意/.test(n) && !surveyCounted(n, unit)) || level1 === "满意度指标" || SATISFIED.test(target))
    return "服务对象满意度指标";
  if (level1 === "成本指标") {
    if (/社会/.test(n)) return "社会成本指标";
    if (/生态|环境|排放|污染/.test(n)) return "生态环境成本指标";
    return "经济成本指标";
  }
  if (level1 === "效益指标") {
    // (期限 and 年限: how long the effect lasts — 工程使用年限, 服务期限.)
    // (持续 as the adverb of a change said in the name — 林下经济规模持续扩大, 收入持续增长 — is no lasting effect: the
    // change's own subject says which.)
    if (/可持续|长效|长期|机制|持续(?!扩大|增长|提高|提升|上升|增加|下降|降低|减少)|期限|年限/.test(n))
      return "可持续影响指标";
    if (/元/.test(unit) && /增收|收入|收益|效益|产值|节约/.test(n)) return "经济效益指标";
    // 亩均节本增效 ≥100元, 降低农户灌溉成本 ≥30元/亩: money saved for those served, counted in 元 — an economic
    // effect (the project's own cost is 成本指标's, never written under 效益).
    if (/元/.test(unit) && MONEY_SAVED.test(n)) return "经济效益指标";
    // 化肥农药使用量 | 较上年减少: less fertiliser or pesticide spread on the land is an ecological effect.
    if (AGROCHEMICAL.test(n) || FARM_WASTE_REUSED.test(n)) return "生态效益指标";
    // 意向成交额, 带动菠萝销售额, 服装城年交易额: money changing hands is an economic effect, and so is money
    // spent (带动周边旅游消费) or a price (菠萝销售均价) counted in 元, and a crop's yield raised (亩均增产粮食).
    if (SALES.test(n) || (/元/.test(unit) && MONEY_SPENT.test(n))) return "经济效益指标";
    // (Water saved — 新增高效节水灌溉面积 —, as 节能 is energy saved; a pollutant's concentration, PM2.5年均浓度,
    // the state of the air or the water.)
    if (
      /生态|环境|绿化|排放|污染|节能|减排|水质|空气|垃圾|污水|尾水|废水|河道|植被|森林|水土|湿地|水域|渔业资源|生物多样性/.test(
        withoutSocialSetting(n),
      ) ||
      POLLUTANT_LEVEL.test(n) ||
      WATER_SAVED.test(n) ||
      // 养殖尾水 | 达标排放: what is let out, said in the target.
      (kind === "qualitative" && /排放/.test(target))
    )
      return "生态效益指标";
    // 村寨传统风貌 | 保持完好, 公厕设施 | 保持完好: a state held is the effect that lasts (round 212).
    if (kind === "qualitative" && HELD.test(target)) return "可持续影响指标";
    // (有效率 is how often a treatment works — 康复训练有效率 — no economic word; 家庭经济困难 names
    // the people helped — 家庭经济困难幼儿入园率 —, not an economic effect, and so does 低收入, as in INCOME —
    // 农村低收入群体住房安全保障率.)
    if (/经济|(?<!低)收入|收益|产值|税收|增收|节约|(?<!有)效率|营收|利润|GDP/.test(withoutHardship(n)))
      return "经济效益指标";
    return "社会效益指标";
  }
  // 空气质量得到改善, 区域环境质量持续改善 with no 一级 written: the quality of the air, the water or the
  // environment is an ecological effect, not the quality of what the project delivers.
  // 老年人生活质量进一步提高: the quality of people's lives is a social effect, likewise.
  // (建设空气质量微站 20个: things built and counted are work, whatever they measure.)
  if (level1 === null && n.includes("质量") && !THINGS_BUILT.test(n)) {
    if (ENVIRONMENT_QUALITY.test(n)) return "生态效益指标";
    if (LIFE_QUALITY.test(n)) return "社会效益指标";
  }
  if (level1 === null && POLLUTANT_LEVEL.test(n)) return "生态效益指标";
  // 幼儿入园率提高, 政策知晓率提升 with no category written: a take-up or coverage rate said to rise is what the
  // project brought about, an effect, not the quality of its work (round 141).
  if (level1 === null && TAKE_UP_RATE.test(n) && RISE.test(n + target))
    return inferLevel2("效益指标", name, unit, kind, target);
  // 学生体质健康达标率 ≥90%, 传染病发病率 ≤5/10万 with no category written: the state of those served, the effect
  // (round 157 false alarm 3: a 营养改善 prose cell told it had no effect).
  if (level1 === null && OUTCOME_RATE.test(n)) return inferLevel2("效益指标", name, unit, kind, target);
  // 民转刑案件发生数 0起, 社区矫正对象再犯罪率 ≤0.2% with no category written: wrongs in the community counted,
  // what the project is to prevent — an effect, not work done (round 152 false alarm 2); acting on them (刑事案件
  // 破案率, 犯罪打击) is work. The project's own accidents and errors stay its quality (round 105), casualties of
  // one too (施工安全事故造成人员伤亡: ADVERSE).
  // 特色产业规模不断扩大 | 增速≥12%, 服务覆盖面不断扩大 | 增长率≥10% with no category written: a change said in words
  // closing the name, its size the target, is what the project brings about — an effect, as the words were alone
  // (the project's own accidents aside: 事故发生率明显降低 stays its quality).
  if (level1 === null && kind !== "empty" && CHANGE_CLOSING.test(n) && !ADVERSE.test(n))
    return inferLevel2("效益指标", name, unit, kind, target);
  if (
    level1 === null &&
    SOCIAL_WRONG.test(n) &&
    !ADVERSE.test(n) &&
    !WRONG_HANDLED.test(n) &&
    !ADVERSE_HANDLED.test(n)
  )
    return "社会效益指标";
  // 新的疫点乡镇 | 全年不发生, 重特大森林火灾 | 不发生, 森林火灾受害率 ≤0.9‰ with no category written: what the project
  // guards against, not happening — its effect (森林 an ecological one), as 人员伤亡 | 不发生 is (round 209); under 产出
  // the event that must not happen is the work's quality (round 105), read below. Acting on it (疫情处置, 火灾扑救,
  // 灾害预警) is work.
  const guarded = guardedAgainst(n, target);
  if (level1 === null && guarded) return inferLevel2("效益指标", name, unit, kind, target);
  // 村寨传统风貌 | 保持完好, 古建筑 | 保存完好 with no category written: a state held is the effect that lasts (an
  // ecological one where it is said of nature); a facility kept in good order (公共设施 | 保持完好) the quality of its
  // upkeep, as its 完好率 is.
  if (level1 === null && kind === "qualitative" && HELD.test(target))
    return FACILITY.test(n) ? "质量指标" : inferLevel2("效益指标", name, unit, kind, target);
  // 救助工作长效机制 | 建立健全 with no category written: a lasting mechanism is the effect that lasts, as under 效益.
  if (level1 === null && kind === "qualitative" && /长效/.test(n)) return "可持续影响指标";
  if (level1 === "产出指标" || level1 === null) {
    if (guarded || (kind === "qualitative" && HELD.test(target))) return "质量指标";
    // What a rate measures is said by its last words (资金发放及时率 is timeliness, not cost).
    if (/(及时|按时|按期)率$/.test(n)) return "时效指标";
    if (/(准确|合格|达标|完好|正确|规范)率$/.test(n)) return "质量指标";
    // 资金足额发放率: paid in full is how well the funds are paid, not how much (资金拨付率 is) — nor when
    // (按时足额发放率, read below).
    if (n.includes("足额") && /足额[\u4e00-\u9fa5]{0,4}率$/.test(n) && !/及时|按时|按期/.test(n))
      return "质量指标";
    // A deadline is timeliness, whatever it is for (资金发放到位 by 2024年12月底前), and so is the
    // time a thing is done in (资助资金两个月内发放到位 | 2 个月).
    if (kind === "date" || /时间$|期限$|时限$|进度$/.test(n)) return "时效指标";
    // (The act may close the target instead: 群众来信 | 7个工作日内办结.)
    if (TIME_UNITS.has(unit) && TIMED_ACT.test(n + target)) return "时效指标";
    // A schedule as the target is timeliness (补贴 | 按月发放, a target with no name: 按月发放到位).
    if (kind === "qualitative" && SCHEDULE_FIRST.test(target)) return "时效指标";
    // 垃圾 | 日产日清: cleared the day it is made is a standard the work keeps, its quality (round 157; read as a
    // schedule it was tried and reverted in round 204).
    if (kind === "qualitative" && /日产日清|日清日结/.test(n + target)) return "质量指标";
    // Income is a benefit written without its 一级 (带动农户增收人均 2000元), not a cost.
    // (亩均节本增效 ≥100元 with no 一级: money saved and value added for those served, as income is — never a cost;
    // 降低…成本 alone may be the project's own, and stays one, as the money spent on it does: 提质增效资金.)
    if (
      level1 === null &&
      /元/.test(unit) &&
      (/增收|收入|收益|产值|营收|利润|挽回|追回/.test(n) || (/节本|增效/.test(n) && !MONEY_LAST.test(n)))
    )
      return "经济效益指标";
    // 人均可支配收入 | 增长8%以上, 年出租收益: income or a return grows — a benefit, not a count or a cost
    // (低收入人口 names the people helped; 收入支出 and 资金 are the money spent).
    if (level1 === null && (unit === "%" || unit === "") && INCOME.test(n) && !/支出|成本|费用|资金/.test(n))
      return "经济效益指标";
    // Money recovered for others (为消费者挽回经济损失, 追回资金) is a count of what was done, not a cost.
    if (RECOVERED.test(n)) return "数量指标";
    // Money lent (发放创业担保贷款 | 1.5亿元, 贷款发放额) is how much the work provides, counted — not what it costs (its
    // 贴息 is: 贷款贴息资金).
    if (LENT.test(n)) return "数量指标";
    // Money misused counted (违规使用资金 0起) is how well the work is done, as accidents counted are
    // (below): a count, not the money — no cost, though 资金 is named.
    if (!/元/.test(unit) && ADVERSE.test(n) && !ADVERSE_HANDLED.test(n)) return "质量指标";
    if (/成本|费用|单价|经费|资金|金额|造价|预算/.test(n) || /元/.test(unit)) {
      // Funds paid on a schedule are timeliness (低保资金 | 按月足额发放), and a rate of paying out is how
      // much was done (补贴资金兑付率): neither is a cost, though 资金 is named.
      if (!/元/.test(unit) && PAYING.test(n + target)) {
        if (ON_SCHEDULE.test(n + target)) return "时效指标";
        if (/率$/.test(n)) return "数量指标";
      }
      // Another rate of the money (资金使用合规率, 预算执行率) is no sum and no cost either (round 145): how far
      // it is spent is progress, timeliness; how well it is used is quality, read below. 成本控制率 stays a cost.
      const moneyRate = !/元/.test(unit) && /率$/.test(n) && !/成本|费用|单价|造价/.test(n);
      // 实施衔接资金产业项目 ≥12个, 补助资金发放户数 ≥500户: the fund names what is counted, in a count's unit —
      // the work, read below, not its cost (round 225); 项目资金 ≥12个 would still be the money.
      const counted = COUNTED_UNIT.test(unit) && !MONEY_LAST.test(n);
      if (!moneyRate && !counted) return "成本指标";
      if (moneyRate && /执行|支出/.test(n)) return "时效指标";
    }
    if (
      kind === "date" ||
      /及时|时效|时间|期限|进度|工期|按时|按期|用时|周期|时限|时长|响应速|速度|速率/.test(n)
    )
      return "时效指标";
    // An accident, error or complaint counted (安全责任事故 0起, 重大道路运输安全事故 ≤0起, 差错 ≤2次, 投诉 ≤5件)
    // says how well the work is done, not how much of it (round 105); handling them (投诉处理 500件,
    // 突发事件处置 12起, 事故隐患排查 300处) is work done, counted.
    if (ADVERSE.test(n) && !ADVERSE_HANDLED.test(n)) return "质量指标";
    // A grade met or a test passed as the target (等保测评 | 通过, 管网打压试验 | 一次通过, 出水水质 | 稳定达标) is quality, as
    // the name holding it (验收合格率) is.
    if (kind === "qualitative" && /合格|通过|达标/.test(target)) return "质量指标";
    // 超过30天未办结案件比例 ≤5%, 逾期整改隐患占比 under 产出: a share of the work left late is its timeliness, another
    // share (不合格产品占比) how well it is done, as a rate is — never a count; a share done or reached (检查比例,
    // 覆盖人口占比) is how much, as 完成率 and 覆盖率 are (round 230).
    if (level1 === "产出指标" && SHARE.test(n) && /^[%‰]$/.test(unit)) {
      if (LATE.test(n)) return "时效指标";
      if (!SHARE_DONE.test(n)) return "质量指标";
    }
    if (
      // (监测数据误差 ±5%以内: how far off the work may be is its quality; 自来水普及率, as 覆盖率, how far it reaches.)
      // (路面技术状况指数, 路面使用性能指数 PQI: the state of a road measured, its quality.)
      /率|合格|达标|质量|正确|准确|完好|通过|验收|规范|标准|误差|精度|(?:技术状况|使用性能)指数/.test(n) &&
      !/完成率|覆盖率|普及率|数量/.test(n) &&
      !countOfStandard(n, unit, kind)
    )
      return "质量指标";
    // 园区应急处置能力 | 明显提升, 乡村教师队伍稳定性 | 进一步增强 with no category written: a state said to
    // improve, in words, is what the work brings about — an effect, not the work.
    if (level1 === null && kind === "qualitative" && IMPROVES.test(n + target))
      return inferLevel2("效益指标", name, unit, kind, target);
    // 污水处理设施 | 稳定运行, 信息系统 | 长期稳定运行 with no category written: a thing kept running is the effect
    // that lasts, as under 可持续影响指标 tables write it.
    if (level1 === null && kind === "qualitative" && KEPT_RUNNING.test(target)) return "可持续影响指标";
    if (level1 === null && kind !== "quantitative") return null;
    return "数量指标";
  }
  return null;
}

/** 未办结案件比例, 女性学员占比: a share, named as such. */
const SHARE = /(?:比例|占比|比重)$/;

/** 超过30天未办结, 逾期, 超期, 15个工作日内办结: a time limit the share is of. */
const LATE = /逾期|超期|超时|超过\d+(?:个)?(?:工作)?[天日月]|\d+(?:个)?(?:工作)?[天日]内/;

/** 检查比例, 覆盖人口占比, 完成比例: a share of the work done or of those reached. */
const SHARE_DONE = /完成|覆盖|普及|检查|抽查|抽检|参与|参加|受益|到位|发放|拨付|支出|执行/;

/** 新的疫点乡镇 | 全年不发生, 森林火灾受害率: what the project guards against, said not to happen or measured. */
function guardedAgainst(n: string, target: string): boolean {
  return (
    GUARDED_AGAINST.test(n) &&
    !ADVERSE.test(n) &&
    !ADVERSE_HANDLED.test(n) &&
    !WRONG_HANDLED.test(n) &&
    !/扑救|扑灭|监测|检测|防控|预警|救助|救灾|补助|保险|损失/.test(n) &&
    (NOT_HAPPENING.test(n + target) || EVENT_MEASURE.test(n))
  );
}

/**
 * 成本指标 after 数量/质量/时效指标 is their sibling, a 二级 of 产出 (the 2015 framework: 一、产出指标
 * （一）数量指标 … （四）成本指标); elsewhere it is the 一级 of 2021.
 */
export function costAmongOutputs(
  cat: { level1: Level1 | null; level2: Level2 | null },
  level2: Level2 | null,
): boolean {
  return (
    cat.level1 === "成本指标" &&
    !cat.level2 &&
    // (…；成本指标：…；成本指标：… — a second cost label after the first, which was 产出's, is one too.)
    (level2 === "数量指标" || level2 === "质量指标" || level2 === "时效指标" || level2 === "成本指标")
  );
}

/**
 * "管理指标", "履职效能指标": the label of a block whose category record.md does not name (2–6 Chinese
 * characters, then 指标; not the cell's own 绩效指标 or 年度指标). Alone on its line it is a heading and
 * no indicator; before a whole indicator it is no name; either way it ends the category before it
 * (packedCell's to do: its items are of no category).
 */
export function namesOtherBlock(label: string): boolean {
  return OTHER_BLOCK.test(label) && categoryOfLabel(label) === null;
}

const OTHER_BLOCK = /^\s*(?!(?:部门整体|整体)?(?:年度)?(?:绩效)?指标\s*$)[\u4e00-\u9fa5]{2,6}指标\s*$/;
