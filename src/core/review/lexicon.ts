/**
 * The word lists the rules use, loaded from ./lexicons/*.json so that a reviewer can extend them without
 * touching code. This module turns them into matchers once.
 */
import vague from "./lexicons/vague.json";
import polarity from "./lexicons/polarity.json";
import reduplication from "./lexicons/reduplication.json";
import placeholders from "./lexicons/placeholders.json";
import measures from "./lexicons/measures.json";

export type Polarity = "positive" | "negative";

/** Full-width letters, digits and punctuation → half-width; spaces removed. Used before every comparison. */
export function normalize(text: string): string {
  let out = NORMALIZED.get(text);
  if (out === undefined) {
    out = text.normalize("NFKC").replace(/\s+/g, "");
    if (NORMALIZED.size >= NORMALIZED_MAX) NORMALIZED.clear();
    NORMALIZED.set(text, out);
  }
  return out;
}
/**
 * normalize's answers: the rules ask it of the same names, units and goals again and again, for each project and each
 * pair of projects, and NFKC is the review's costliest step (round 218: 43% of a 600-project review). Bounded: cleared
 * when full, as a table's own strings are soon asked again.
 */
const NORMALIZED = new Map<string, string>();
const NORMALIZED_MAX = 50_000;

/** Name reduced for comparing two indicators: no punctuation, brackets or spaces. */
export function nameKey(name: string): string {
  let out = NAME_KEYS.get(name);
  if (out === undefined) {
    out = normalize(name)
      .replace(/[\p{P}\p{S}]/gu, "")
      .toLowerCase();
    if (NAME_KEYS.size >= NORMALIZED_MAX) NAME_KEYS.clear();
    NAME_KEYS.set(name, out);
  }
  return out;
}
/** nameKey's answers, kept as normalize's are. */
const NAME_KEYS = new Map<string, string>();

const HAN_PAIR = /^[\u4e00-\u9fff]{2}$/;

/** The pairs of characters side by side in a text, each once (`hanOnly`: only pairs of two Chinese characters). */
export function charPairs(text: string, hanOnly = false): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) {
    const pair = text.slice(i, i + 2);
    if (!hanOnly || HAN_PAIR.test(pair)) pairs.add(pair);
  }
  return pairs;
}

const endsWithAny = (text: string, list: readonly string[]): boolean => list.some((w) => text.endsWith(w));
const hasAny = (text: string, list: readonly string[]): boolean => list.some((w) => text.includes(w));

/** A name with a bracketed qualifier at its end ("考试人数（包括初认证与复审）") is judged by what comes before. */
function core(name: string): string {
  let s = normalize(name);
  for (let i = 0; i < 3; i++) {
    const t = s.replace(/[(（[【][^()（）[\]【】]*[)）\]】]$/, "");
    if (t === s) break;
    s = t;
  }
  return s.replace(/(情况|水平|程度|指标)$/, "") || s;
}

export const lexicon = {
  vaguePhrases: vague.phrases as readonly string[],
  vagueExact: new Set(vague.exact),
  vaguePatterns: vague.patterns.map((p) => new RegExp(p)),
  vaguePatternExclusions: new RegExp(vague.patternExclusions),
  gradeScales: vague.gradeScales as readonly (readonly string[])[],
  sentenceEndings: vague.sentenceEndings as readonly string[],
  actionEndings: vague.actionEndings as readonly string[],
  zeroPhrases: vague.zeroPhrases as readonly string[],
  definedGrades: vague.definedGrades as Record<string, readonly string[]>,
  negative: polarity.negative as readonly string[],
  positive: polarity.positive as readonly string[],
  allowedReduplications: new Set(reduplication.allowed),
  placeholder: new RegExp(placeholders.patterns.join("|")),
  measures,
  staffInput: new RegExp(measures.staffInputPattern),
};

/**
 * What may follow a polarity word at the end of a name and still be measuring it: 事故数, 投诉率,
 * 事故死亡人数. Anything else means the name measures something further on (事故演练次数 counts drills).
 */
const MEASURE_SUFFIX =
  /^的?(?:总|平均|人均|单位|年均|月均|同比)?(?:发生)?(?:率|数|数量|件数|起数|次数|人数|宗数|户数|金额|额|比例|占比|比重|次|起|件|宗|人次|时间|时长|天数|小时数|值|量|总量|总额|指数|水平|情况|程度)?$/;

/**
 * 违法案件发生数, 违章行为起数: the case or the act between the polarity word and the measure; also an act and its
 * object before them (违规套取补贴资金案件数, round 125), the work done on offences aside (see OFFENCE_WORK).
 */
const OFFENCE_SUFFIX = new RegExp(`^([^率]{0,8}?)(?:案件|案|行为)${MEASURE_SUFFIX.source.slice(1)}`);

/** 查处, 立案, 办结 …: the work done on offences, which is counted up (查处违法案件数 ≥10件). */
const ENFORCED =
  /查处|查办|立案|办结|办理|受理|处置|处理|处罚|侦破|破获|打击|整治|纠正|移送|结案|审结|核查|查获/;

/** 挽回…损失, 节约/节省…成本, 减少…支出: what is saved or won back, larger is better. */
const SAVED =
  /挽回|节约|节省|节支|(?:减少|降低|压减|压缩)[^率]{0,8}(?:成本|费用|支出|开支)(?:金额|额|总额)?$/;

/** 到达火场时间, 赶赴事发现场用时, 抵达现场时长: a time to get to a place. */
const ARRIVAL_TIME =
  /(?:到达|抵达|赶到|赶赴|到场)(?:火场|现场|事发地|事发现场|事故现场|灾区|险情现场|救援现场|指定地点)(?:平均)?(?:时间|用时|时长)$/;

/**
 * Whether a bigger value is better (positive) or worse (negative), from the polarity word that ends latest
 * in the name — the measured quantity sits at the end of a Chinese indicator name, so 事故调查完成率 is a
 * completion rate — provided only a measure word (率, 数, 人数 …) follows it. A written 指标方向 (正向/反向) wins.
 */
export function polarityOf(name: string, direction: string | null = null): Polarity | null {
  if (direction) {
    const d = normalize(direction);
    if (/反向|越小越好|逆向/.test(d)) return "negative";
    if (/正向|越大越好/.test(d)) return "positive";
  }
  const n = core(name);
  // 挽回粮食损失, 挽回经济损失: what is won back of a loss is a gain; so is a cost saved (年节约供水运行成本,
  // 为群众节约费用, 减少群众就医费用).
  if (SAVED.test(n)) return "positive";
  // 接警后到达火场时间, 赶赴现场时间: the place between the arriving and its time (到达时间 among the words) — a time
  // to get there, shorter is better (round 230).
  if (ARRIVAL_TIME.test(n)) return "negative";
  let best: { end: number; len: number; p: Polarity } | null = null;
  const consider = (words: readonly string[], p: Polarity) => {
    for (const w of words) {
      for (let i = n.indexOf(w); i >= 0; i = n.indexOf(w, i + 1)) {
        const end = i + w.length;
        if (!best || end > best.end || (end === best.end && w.length > best.len))
          best = { end, len: w.length, p };
      }
    }
  };
  consider(lexicon.negative, "negative");
  consider(lexicon.positive, "positive");
  const found = best as { end: number; p: Polarity } | null;
  if (!found) return null;
  const rest = n.slice(found.end);
  // 减少群众跑腿次数, 群众办事少跑腿, 减少投诉件数: a reduction named, whose target may be how much less (≥50%)
  // or the level left (≤2次) — no way can be told.
  if (found.p === "negative" && REDUCED.test(n.slice(0, found.end))) return null;
  if (MEASURE_SUFFIX.test(rest)) {
    const head = n.slice(0, found.end);
    return found.p === "negative" && INCIDENT.test(head) && HANDLED.test(head) ? null : found.p;
  }
  // 卫生违法案件发生数 counts the offences; 查处违法案件数 counts the work done on them, and is left unread.
  if (found.p === "negative" && !ENFORCED.test(n.slice(0, found.end))) {
    const offence = OFFENCE_SUFFIX.exec(rest);
    if (offence && !OFFENCE_WORK.test(offence[1])) return found.p;
  }
  return null;
}

/** 违法行为查处案件数, 违章建筑拆除起数: work done on offences named between the offence and its count. */
const OFFENCE_WORK = new RegExp(
  `${ENFORCED.source}|拆除|整改|清理|清查|督办|排查|调处|调解|化解|移交|举报|发现`,
);

/** 减少, 降低, 少跑腿: a verb of reducing before the word that should fall. */
const REDUCED = /(?:减少|降低|压减|压缩|缩短|(?<![青老多至不缺])少(?![年数儿女量]))[^率]{0,8}$/;

/** 事件, 火灾, 泄露: what happens to the project, not the work it does, unless a verb of handling comes first. */
const INCIDENT = /(?:事件|火灾|泄露|泄漏|疫情|隐患)$/;

/**
 * 处置突发事件数, 调处矛盾纠纷事件数, 扑救火灾起数, 成功控制森林火灾情况: the work done on incidents, which is
 * counted up (round 100; the sample's E27 is a control rate).
 */
const HANDLED = new RegExp(
  `${ENFORCED.source}|调处|调解|化解|排查|扑救|扑灭|应对|救援|上报|报告|通报|监测|预警|演练|控制|防控|防范|防止|预防|防治|整改|消除|治理|发现|查找|销号`,
);

/** A name measuring a percentage: …率, 满意度, 占比 (not 速率, 频率). */
export function isPercentName(name: string): boolean {
  const c = core(name);
  return endsWithAny(c, measures.percentEndings) && !endsWithAny(c, measures.notPercentEndings);
}

export function isPercentUnit(unit: string): boolean {
  return measures.percentUnits.includes(normalize(unit));
}

/**
 * A unit a rate may be stated in: a percentage or per-mille, or a count per so many (事故死亡率 ≤0.08人/万台,
 * 孕产妇死亡率 ≤10/10万, 每万人…) — the official form of many incidence and death rates.
 */
export function isRateUnit(unit: string): boolean {
  const u = normalize(unit);
  // 基点, BP: a hundredth of a percentage point (贴息比例 LPR-150BP), a rate's unit.
  return (
    isPercentUnit(u) || u.includes("/") || u.startsWith("每") || /^万分之|^千分之|^(?:bps?|基点)$/i.test(u)
  );
}

/** A name measuring a count or volume: 人数, 次数, 访问量 … (not 指数, 质量). */
export function isCountName(name: string): boolean {
  const c = core(name);
  return (
    endsWithAny(c, measures.countEndings) && !endsWithAny(c, measures.countExclusions) && !isPercentName(name)
  );
}

/**
 * A name that counts people a project serves (培训教师, 资助困难学生, 慰问优抚对象): the work and whom it is done
 * for, a number of people, not a share of them.
 */
const PEOPLE_SERVED =
  /^(?:培训|培养|培育|轮训|资助|救助|慰问|帮扶|走访|体检|筛查|接种|选派|招募|安置|补助|补贴|服务)[\u4e00-\u9fff]{0,8}?(?:教师|人员|农民|学员|医生|医师|学生|幼儿|儿童|老人|老年人|群众|职工|干部|患者|对象)$/;

export function isPeopleCountName(name: string): boolean {
  return PEOPLE_SERVED.test(core(name));
}

/** A name counting things or people (isCountName, isPeopleCountName): a number, not a share. */
export function isAnyCountName(name: string): boolean {
  return isCountName(name) || isPeopleCountName(name);
}

export function isAmountName(name: string): boolean {
  const c = core(name);
  return hasAny(c, measures.amountWords) && !isPercentName(name);
}

export function isTimeName(name: string): boolean {
  const c = core(name);
  return hasAny(c, measures.timeWords) && !isPercentName(name);
}

/** A name about a change (增长率, 提升幅度): such percentages may exceed 100 or be negative. */
export function isChangeName(name: string): boolean {
  return hasAny(normalize(name), measures.changeWords);
}

export function isSatisfactionName(name: string): boolean {
  const n = normalize(name);
  return hasAny(n, measures.satisfactionWords) && !hasAny(n, measures.notSatisfactionWords);
}

/** 服务对象认可度, 好评率: how beneficiaries rate the project, a satisfaction measure by another name. */
export function isApprovalName(name: string): boolean {
  return hasAny(normalize(name), measures.approvalWords);
}

/** Money put into the project (资金, 经费 …) rather than something it produces. */
export function isMoneyInput(name: string, unit: string): boolean {
  const c = core(name);
  if (!hasAny(c, measures.inputMoneyWords) || hasAny(c, measures.inputMoneyExclusions)) return false;
  return normalize(unit).includes("元") || /(金额|资金|经费|投入|投资额|预算|预算数)$/.test(c);
}

/**
 * Money that is not the project's own input: what others put in or lend (撬动企业投入, 发放创业担保贷款) or
 * what the project brings about (促进增收节支金额) — an output or an effect.
 */
export function isResultMoney(name: string): boolean {
  return hasAny(normalize(name), measures.resultMoneyWords);
}

/**
 * Money recovered or collected (追回违规医保基金, 挽回经济损失, 收缴罚没款): what the work brings back, a result
 * of it, never what it costs (round 152).
 */
export function isRecoveredMoney(name: string): boolean {
  return hasAny(normalize(name), measures.recoveredMoneyWords);
}

/** The project's own money named as such (发放补贴金额, 创新券额度, 业务工作支出安排金额). */
export function isProgramMoney(name: string): boolean {
  return hasAny(core(name), measures.programMoneyWords);
}

/** A cost per unit or a standard (人均补助, 每户补助, 补助标准, 元/公里): a cost, not an input. */
export function isPerUnitMoney(name: string, unit: string): boolean {
  const u = normalize(unit);
  return hasAny(normalize(name), measures.perUnitWords) || (u.includes("元") && u.includes("/"));
}

/** A target that says when (按季度拨付, 一个月内拨付到位, 9月30日前拨付完毕): timeliness, not an amount. */
export function isTimelyTarget(target: string): boolean {
  return hasAny(normalize(target), measures.timelyTargetWords);
}

/** Staff put into the project (聘用人员数 …). */
export function isStaffInput(name: string): boolean {
  return lexicon.staffInput.test(normalize(name));
}

/**
 * A post the project staffs, counted in people (坐席人员 ≥60人, 环卫作业人员 320人): staff put in, not what
 * they deliver; 培训网格员 and 慰问环卫工人 count those served.
 */
export function isStaffPost(name: string, unit: string): boolean {
  // 网格员配备数量: the posts filled, counted as the staff are (round 127).
  const n = core(name)
    .replace(/(?:数量|人数|数)$/, "")
    .replace(/(?:配备|配置)$/, "");
  if (!/^[人名]$/.test(normalize(unit))) return false;
  const { staffRoleEndings, staffRoleExclusions } = measures;
  return endsWithAny(n, staffRoleEndings) && !hasAny(n, staffRoleExclusions);
}

export function isCostName(name: string, unit: string): boolean {
  const n = normalize(name);
  return hasAny(n, measures.costWords) || (normalize(unit).includes("元") && !isPercentName(name));
}

export function hasPlaceholder(text: string): boolean {
  return lexicon.placeholder.test(normalize(text));
}

const PLACEHOLDER_SOURCE = placeholders.patterns.join("|");
/** A template's bracketed note holding a placeholder: （≥**人）, (≤**元/株). */
const PLACEHOLDER_NOTE = new RegExp(`[(（][^()（）]{0,12}?(?:${PLACEHOLDER_SOURCE})[^()（）]{0,12}[)）]`);
/** A placeholder with its comparator and unit, unbracketed: ≥**人, XX区. */
const PLACEHOLDER_BARE = new RegExp(
  `(?:[≥≤≧≦><=＞＜]=?|不少于|不低于|不超过|不高于)?\\s*(?:${PLACEHOLDER_SOURCE})[^\\s，,；;。|()（）]{0,8}`,
);

/** The template text as written in a cell: its bracketed note (（≥**人）), else the placeholder with its comparator and unit. */
export function placeholderPart(text: string): string | null {
  const m = PLACEHOLDER_NOTE.exec(text) ?? PLACEHOLDER_BARE.exec(text);
  return m ? m[0].trim() : null;
}

/** The target text shows a grading scale (好/较好/一般/较差 …): at least three grades of one scale. */
export function hasGradeScale(target: string): boolean {
  const t = normalize(target);
  return lexicon.gradeScales.some((scale) => {
    // Longer grades first so that 较好 is not also counted as 好.
    let rest = t;
    let n = 0;
    for (const g of [...scale].sort((a, b) => b.length - a.length)) {
      if (rest.includes(g)) {
        n++;
        rest = rest.split(g).join("|");
      }
    }
    return n >= 3;
  });
}

/**
 * A target that is an adverb and its verb or state alone (及时预警, 日益丰富, 有效衔接, 更加便利, 越来越好): how
 * things should go, whatever the verb, and no more.
 */
const ADVERB_AND_VERB =
  /^(?:日益|日趋|及时|有效|逐步|进一步|持续|不断|稳步|切实|明显|显著|大幅|更加|更为|越来越)[\u4e00-\u9fff]{1,2}$/;

/** 确保安全度汛, 确保资金安全: a resolve and its state, with no zero (确保不发生…) and no number. */
const RESOLVE = /^确保[\u4e00-\u9fff]{2,8}$/;

/** Words of building up rules or systems (建立健全, 逐步完善): vague unless what is built is named. */
const BUILDING = /建立|健全|完善/;

/**
 * What a building word is checked by: a named document (建立健全《河湖管护办法》), its issue or approval
 * (印发, 经…批复) or a count (建立健全3项制度).
 */
const BUILT_NAMED =
  /《[^》]+》|印发|出台|发布|批复|批准|审批|备案|[\d一二两三四五六七八九十]+(?:项|个|套|份|部|本|条|类)/;

/** The vague word the target rests on, or null. */
export function vagueWord(target: string): string | null {
  const t = normalize(target).replace(/[。.，,；;！!]+$/, "");
  if (lexicon.vagueExact.has(t)) return t;
  const phrase = lexicon.vaguePhrases.find(
    (p) => t.includes(p) && !(BUILDING.test(p) && BUILT_NAMED.test(t)),
  );
  if (phrase) return phrase;
  // 按照市委要求, 提升城市文明形象: words around whatever is named (not 按设计要求, which the works are checked by).
  for (const re of lexicon.vaguePatterns) {
    const m = re.exec(t)?.[0];
    if (m && !lexicon.vaguePatternExclusions.test(m)) return m;
  }
  if (ADVERB_AND_VERB.test(t) || vagueWordsOnly(t)) return t;
  const zero = /不|无|零|杜绝/.test(t) || lexicon.zeroPhrases.some((w) => t.includes(w));
  return RESOLVE.test(t) && !zero ? t : null;
}

/**
 * The whole-target vague words of two characters or more, longest first. 长期 counts (round 159): 长期有效 of a
 * mechanism or an income (农牧民持续增收 | 长期有效) says neither how long nor how well in a figure; round 127 had left it.
 */
const VAGUE_PARTS = [...lexicon.vagueExact].filter((w) => w.length >= 2).sort((a, b) => b.length - a.length);

/**
 * A target made of whole-target vague words alone, two or more (稳定增加, 持续稳定, 提升改善; round 127): as vague
 * as each of them. One-character words (好, 高) never count, so 是否 and 高好 are not read so.
 */
function vagueWordsOnly(t: string): boolean {
  if (t.length < 4 || t.length > 12) return false;
  const ends = new Set<number>([0]);
  const reach: number[] = new Array<number>(t.length + 1).fill(0);
  for (let i = 0; i < t.length; i++) {
    if (!ends.has(i)) continue;
    for (const w of VAGUE_PARTS)
      if (t.startsWith(w, i)) {
        ends.add(i + w.length);
        reach[i + w.length] = Math.max(reach[i + w.length], reach[i] + 1);
      }
  }
  return ends.has(t.length) && reach[t.length] >= 2;
}

/**
 * A grade a national standard defines for what the name measures (水质 优良: classes I–III; 空气质量 优良:
 * AQI ≤ 100), which is no vague word there.
 */
export function definedGrade(word: string, name: string): boolean {
  const n = normalize(name);
  return (lexicon.definedGrades[word] ?? []).some((w) => n.includes(w));
}
