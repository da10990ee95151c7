/**
 * Example targets for a fix, fitted to what the indicator measures: 堤防长度 gets "≥5公里", not "≥95%";
 * 规章制度建立与否 gets a state, not a number.
 */
import type { Localized } from "../i18n";
import type { IndicatorRecord } from "../record";
import sectors from "./lexicons/sectors.json";
import { level1Of } from "./indicator";
import type { ProjectView } from "./types";
import { charPairs, isPercentName, isSatisfactionName, nameKey, normalize, polarityOf } from "./lexicon";

/** Name patterns and the example each gets, the first that matches winning. */
const BY_NAME: readonly [RegExp, string][] = [
  [/用时|耗时|时长|(?:响应|处理|恢复|等待|办结)时间/, "≤24小时"],
  [/时间|日期|时限|期限|截止|完成时/, "12月31日前完成"],
  // What the name ends with is what it counts: 补助农户数 counts households.
  [/人次$/, "≥500人次"],
  [/人数$|人口$|人$/, "≥500人"],
  [/户数$|户$/, "≥100户"],
  [/(?:场次|次数|批次|期数)$/, "≥10场次"],
  [/长度$|里程$/, "≥5公里"],
  [/面积$/, "≥1000平方米"],
  // A sum paid or charged per head (补助标准, 收费标准), never a design or quality standard (达到设计标准, round 165).
  [
    /单位成本|人均|户均|亩均|单价|(?:助|贴|费|金|酬|奖补|奖励|保障|供养|抚恤|成本|价格?)标准$|补助|补贴/,
    "≤800元/人",
  ],
  [/成本|费用|资金|金额|投资|造价|经费/, "≤50万元"],
];

/** A sum saved or won back (节约会议成本, 节省群众费用, 挽回经济损失); 降低…成本 is a change in the cost itself. */
const SAVES =
  /(?:节约|节省|节支|挽回)[^，,；;。]{0,10}(?:成本|费用|资金|支出|开支|经费|损失)(?:金额|额|总额)?$/;

/** What a template target keeps of its unit: "≧ 台" → 台. */
function templateUnit(target: string): string {
  const u = normalize(target).replace(/[≥≤≧≦><=＞＜*＊Xx×○〇\d.]/g, "");
  return /^[\u4e00-\u9fff]{1,3}$/.test(u) ? u : "";
}

/** Whether the name asks yes or no (规章制度建立与否, 是否按期完成). */
export function asksYesNo(name: string): boolean {
  return /与否|是否/.test(normalize(name));
}

/**
 * Example targets for the indicator, as the fix quotes them ("≥5公里"), or the rule's own fallback
 * (“≥95%”“≥500人次”) when neither the name nor a template's unit says what it measures.
 */
export function exampleTargets(
  r: Pick<IndicatorRecord, "name" | "target">,
  fallback = "≥95%”“≥500人次",
): string {
  const n = normalize(r.name);
  if (isSatisfactionName(n)) return "≥90%";
  // 发生率 should be low: its example is a ceiling.
  if (normalize(r.target).includes("%") || isPercentName(n))
    return polarityOf(n) === "negative" ? "≤1%" : "≥95%";
  // 节约会议成本, 挽回经济损失: the sum saved is a floor, the more the better (round 92), not a cap on the cost.
  if (SAVES.test(n)) return "≥（金额）万元";
  const hit = BY_NAME.find(([re]) => re.test(n));
  // A time is told by its name; otherwise the unit a template kept (≧ 台) says what is counted.
  if (hit && !hit[1].startsWith("≥")) return hit[1];
  const unit = templateUnit(r.target);
  if (unit) return BY_NAME.find(([, e]) => e.endsWith(unit) && e.startsWith("≥"))?.[1] ?? `≥10${unit}`;
  return hit ? hit[1] : fallback;
}

/**
 * Vague words and the measurable form that keeps what the officer meant: 较上年下降 → “较上年下降 ≥5%” (not
 * “≥95%” for an incidence rate), 得到满足 → “满足率 ≥95%”, 稳中有增 → “较上年增长 ≥3%”.
 */
const BY_VAGUE_WORD: readonly [RegExp, string][] = [
  [/下降|减少|降低|减轻|缓解|控制|压减|遏制|减/, "较上年下降 ≥5%"],
  [/满足/, "满足率 ≥95%"],
  [/保障|到位|落实/, "保障率 100%"],
  [/消除/, "隐患整改率 100%"],
  [/稳中有增|稳中有升|增长|增加|增收|扩大|增/, "较上年增长 ≥3%"],
  [/稳定|平稳/, "与上年相比波动不超过 ±5%"],
  [/提升|提高|改善|增强|好转|向好|丰富|便捷|优化|完善|改观/, "较上年提高 ≥5%"],
  [/及时/, "及时率 ≥95%"],
  // 茶叶产业 持续发展: the industry's output or size grows, not the years it lasts (round 115).
  [/发展|壮大/, "产值（规模）较上年增长 ≥3%"],
  // 持续推进, 持续开展: work kept going, not a span of years (round 119).
  [/长期|长效|持续(?!推进|开展|实施|深化|做好|加强)/, "持续 ≥3年"],
];

/**
 * 有效遏制重特大森林火灾发生, 杜绝安全责任事故发生, 防止重大案件发生: events the work is to prevent, of a kind one can
 * count (事故, 火灾, 案件, 事件) — serious ones or ones 杜绝/防止/避免 rules out, whose target is none (round 199:
 * “较上年下降 ≥5%” of 重特大 fires was no target). A mere 遏制 or 减少 of ordinary events stays a fall.
 */
const PREVENTED =
  /(?:遏制|杜绝|防止|避免|防范)((?:重特大|重大|特大|较大)?[\u4e00-\u9fff]{0,8}?(?:事故|火灾|案件|事件|险情|疫情))(?:的)?发生/;

/** The count of prevented events, set at none (“重特大森林火灾发生起数 0起”), or undefined. */
function eventsPrevented(n: string): string | undefined {
  const m = PREVENTED.exec(n);
  if (!m) return undefined;
  const serious = /^(?:重特大|重大|特大|较大)/.test(m[1]) || /杜绝|防止|避免/.test(m[0]);
  return serious ? `${m[1]}发生起数 0起` : undefined;
}

/** A name that measures a bearing on something (影响程度, 带动作用): no amount of that thing. */
const IMPACT_NAME = /(?:影响|作用|程度)$/;

/** The way a name's own verb points (减少秸秆焚烧, 促进农民增收), read only from a verb that opens it or ends it. */
function byVerb(name: string): string | undefined {
  const verb =
    /^(?:减少|降低|压减|控制|遏制|提升|提高|改善|增强|促进|增加|扩大)|(?:减少|降低|提升|提高|改善|增强|增加|增收)$/.exec(
      name,
    )?.[0];
  return verb ? BY_VAGUE_WORD.find(([re]) => re.test(verb))?.[1] : undefined;
}

/** A grade (耕地质量等级, 1–10, lower better): it moves by grades, never by a percentage. */
const GRADE_NAME = /等级$|等次$|级别$/;

/**
 * An example number for a vague target, fitted to its name and words. What the name counts comes first
 * (培训人数 有所增加 → ≥500人); a sentence read as a name (群众补贴负担减轻) is told by its words first,
 * its name being the whole sentence.
 */
export function exampleForVague(name: string, word: string, sentence = false): string {
  const n = normalize(name);
  if (isSatisfactionName(n)) return "≥90%";
  const never = eventsPrevented(n);
  if (never) return never;
  const w = normalize(word);
  // 应助尽助, 应保尽保: everyone who qualifies, which is 100%.
  if (/^应.尽.$/.test(w)) return isPercentName(n) ? "100%" : "覆盖率 100%";
  // 特困人员应保尽保 | 是: the same everyone, as the rate the name already holds (round 98).
  const all = /^(.*?)(应(.)尽\3)$/.exec(n);
  if (all) return `${all[1] && !/^符合条件/.test(all[1]) ? "符合条件" : ""}${all[1]}${all[2]}率 100%`;
  // 疫苗针对传染病发病率 保持较低水平: an incidence kept low has a ceiling per 10万.
  if (/低水平/.test(w) && /发病|患病|感染/.test(n)) return "报告发病率 ≤5/10万";
  // 绿化覆盖率是否提高 → 绿化覆盖率提高: a rate rises by points, and the example names it (round 182).
  const rate = sentence ? RATE_CHANGE.exec(n) : null;
  if (rate && polarityOf(rate[1]) !== "negative") return `${rate[1]}较上年提高 ≥1个百分点`;
  const kind = byKind(n, w);
  if (kind !== undefined) return kind;
  // 全面贯彻落实, 提升城市文明形象: no way the words point tells a figure (保障率, 较上年提高 of an image mean
  // nothing); only what the name counts does.
  if (NO_WAY.test(w)) return exampleTargets({ name, target: "" }, "");
  // 年减少土壤侵蚀量 明显减少: the name is already the amount reduced, a floor, not a fall of it (较上年下降).
  if (REDUCED_AMOUNT.test(n)) return `≥（数量）${reducedUnit(n)}`;
  // A rate keeps its own scale: 合格率 ≥95%; one that should fall says by how much (发病率 较上年下降 ≥5%).
  if (isPercentName(n)) {
    if (w && BY_VAGUE_WORD[0][0].test(w)) return BY_VAGUE_WORD[0][1];
    // 效率 明显提高, 早发现率 有所提高: the officer's rise, not a level.
    if (w && RISE.test(w) && polarityOf(n) !== "negative")
      return /效率$/.test(n) ? "较上年提高 ≥5%" : "较上年提高 ≥2个百分点";
    return polarityOf(n) === "negative" ? "≤1%" : "≥95%";
  }
  if (GRADE_NAME.test(n)) return "较上年提高 ≥0.1等";
  // 危桥处置 | 及时: the rate of that act done in time (round 105).
  if (w === "及时" && !sentence && /^[\u4e00-\u9fff]{2,10}$/.test(n)) return timely(n);
  // 减少秸秆焚烧 效果明显: when the words say nothing of which way, the name's own verb may.
  // 重污染天数 | 同比增加: what should fall is never told to rise (round 127).
  if (w && RISE.test(w) && polarityOf(n) === "negative")
    return /天数$/.test(n) ? "较上年下降 ≥（数值）%”或“≤（数值）天" : "较上年下降 ≥5%";
  // 公路安全通行保障 | 有效保障: safe passage on the roads kept is told by the roads' state and the accidents
  // their state causes, never a 保障率 that restates the aim (round 133).
  if (ROAD_PASSAGE.test(n)) return "公路优良中等路率 ≥（数值）%”“因路况原因引发的交通事故 0起";
  // X保障 | 有效保障: a 保障率 only says the name again; what is kept may have a measure of its own (特困人员基本
  // 生活保障 → 应保尽保率).
  const restates = /保障$/.test(n) && /保障/.test(w);
  if (restates) {
    const stem = n.replace(/保障$/, "");
    const own = BY_STATE.find(([re]) => re.test(stem))?.[1](stem);
    if (own) return typeof own === "string" ? own : own[0];
  }
  // 培训成果转化 | 长期, 绿色防控技术推广应用 | 长期: how far the results are put to use, not the years it lasts (round
  // 157: no “持续 ≥3年”) — unless the name says the lasting is the point (培训成果长效应用, round 64).
  if (/^(?:长期|长效|持续)/.test(w) && PUT_TO_USE.test(n) && !/长效|长期|持续/.test(n))
    return `${n}率 ≥（数值）%`;
  const byWord = (w && !restates ? BY_VAGUE_WORD.find(([re]) => re.test(w))?.[1] : undefined) ?? byVerb(n);
  // 对控制基建项目成本影响程度: how much it bears on a cost, not the cost.
  const byName = IMPACT_NAME.test(n) ? "" : exampleTargets({ name, target: "" }, "");
  // 运输成本 有效降低: the officer's change keeps its direction, not a cap on the level (≤50万元).
  // 补助发放及时性 及时发放: when, told as a rate of timeliness, not as the sum per person the name suggests.
  const change = (byWord?.startsWith("较上年") && byName.startsWith("≤")) || /^及时/.test(w);
  // 事故死亡人数 | 同比下降, 新增违法占用耕地面积 | 同比下降: a fall asked, never a floor on the count (round 128).
  const floor = /^≥[\d.]+(.*)$/.exec(byName);
  if (floor && w && /下降|减少|降低|压减/.test(w) && polarityOf(n) !== "positive")
    return `较上年下降 ≥（数值）%”或“≤（上年实际值）${floor[1]}`;
  // Nothing tells what it measures: no example rather than a wrong one.
  return (sentence || change ? (byWord ?? byName) : byName || byWord) || "";
}

/** A rate and the change its name asks of it (绿化覆盖率提高, 森林覆盖率有所增加). */
const RATE_CHANGE =
  /^([\u4e00-\u9fff]{2,}?(?:覆盖率|率|比例|占比|比重))(?:明显|有效|进一步|不断|持续|有所|逐步)?(?:提高|提升|增加|增长|上升)$/;

/** Results or methods put to use (成果转化, 技术推广应用): how far they are, a rate. */
const PUT_TO_USE = /(?:转化|应用|推广|运用|落地)$/;

/** Safe passage on roads (公路安全通行保障, 道路通行安全): what the roads' upkeep keeps. */
const ROAD_PASSAGE = /(?:公路|道路|路网|桥梁).{0,4}(?:安全通行|通行安全|安全畅通|畅通安全)/;

/** A verb of work whose timeliness is asked (培训完成及时性 → 培训按期完成率). */
const TIMED_WORK = /(完成|发放|拨付|兑付|办结|到位|报送|上报|支付)$/;

/**
 * 危桥处置 | 及时 → 危桥处置及时率; a time (培训完成时间 | 及时) wants a date, X月底前完成全部培训; a timeliness
 * (培训完成及时性, 资金发放及时性) its rate on plan, 培训按期完成率, never …及时性及时率 (round 125).
 */
function timely(n: string): string {
  const time = /^(.+?)(?:完成)?(?:时间|日期|时限)$/.exec(n);
  if (time) {
    const work = time[1];
    // 火情报告时间, 故障修复时间: a duty each event starts, timed from the report, not a month (round 127).
    const duty = RESPONSE.exec(work);
    if (duty) return responseTime(work.slice(0, duty.index), duty[1]);
    // 接警后出动时间, 到达火场时间 | 及时: a rescue's time from the call, in minutes, not a month (round 230).
    const sent = DISPATCH.exec(work);
    if (sent) {
      const from = sent.index > 0 ? work.slice(0, sent.index) : "接警后";
      return `${from} ≤（数）${sent[1] === "集结" ? "小时" : "分钟"}内${sent[0]}`;
    }
    // 完成时间 alone: no work named, so the whole task (never 完成完毕).
    if (work === "完成") return "X月底前完成全部任务";
    return TIMED_WORK.test(work) ? `X月底前${work}完毕` : `X月底前完成全部${work}`;
  }
  // 事件处置时效: the share handled in time, never …时效及时率 (round 127).
  const timeliness = /^(.+?)(处置|办结|受理|修复|响应|报告|上报|处理)时效$/.exec(n);
  if (timeliness) return `${timeliness[1]}按时${timeliness[2]}率 ≥95%`;
  const stem = n.replace(/及时性$|及时$/, "");
  if (stem === n || stem === "") return `${n}及时率 ≥95%`;
  const verb = TIMED_WORK.exec(stem);
  return verb ? `${stem.slice(0, verb.index)}按期${verb[1]}率 ≥95%` : `${stem}及时率 ≥95%`;
}

/** A duty each event starts (报告, 修复, 处置, 响应, 办结, 受理), whose time runs from the event or the report. */
const RESPONSE = /(报告|上报|修复|抢修|处置|响应|办结|受理)$/;

/** A rescue's dispatch and arrival (出动, 集结, 到达火场, 赶赴现场), timed from the call. */
const DISPATCH = /(出动|集结|到达|抵达|赶到|赶赴|到场)[\u4e00-\u9fff]{0,4}$/;

/** The time allowed for a duty from its event: 火情发现后 ≤30分钟内报告, 故障接报后 ≤24小时内修复. */
function responseTime(what: string, duty: string): string {
  if (duty === "报告" || duty === "上报") return `${what || "事件"}发现后 ≤30分钟内${duty}`;
  if (duty === "受理") return `${what}收件后 ≤1个工作日受理`;
  if (duty === "办结") return `${what}受理后 ≤（数）个工作日办结`;
  return `${what}接报后 ≤24小时内${duty}`;
}

/** An amount reduced or held back (年减少土壤侵蚀量, 年削减化学需氧量, 年拦蓄泥沙量): more is better. */
const REDUCED_AMOUNT = /^(?:年|每年|年均)?(?:减少|削减|减排|拦蓄|拦截|节约|节省)[\u4e00-\u9fff]{1,10}?量$/;

/** The unit an amount reduced is counted in: soil and emissions by 万吨, water by 万立方米, power by 万千瓦时. */
function reducedUnit(n: string): string {
  if (/侵蚀|泥沙|土壤|排放|碳|需氧量|氮|硫/.test(n)) return "万吨";
  if (/水|径流/.test(n)) return "万立方米";
  return /电|能耗/.test(n) ? "万千瓦时" : "吨";
}

/** Vague words that point no way a figure could follow: 贯彻落实, 全面落实, …形象. */
const NO_WAY = /贯彻落实|全面落实|形象|后继有人|要求$/;

/** Words that say a rate should rise (提高, 有所提高, 明显提升). */
const RISE = /提高|提升|增加|增长|上升|增强/;

/**
 * Kinds of work a vague word leaves no number to, each with the measure that fits it: a meeting on plan
 * (按期召开率) or work on plan (a deadline), public order kept stable (发案数), a risk guarded against (new cases 0), a resource
 * protected (its coverage), a part played by data (timely reporting); undefined for the others.
 */
function byKind(n: string, w: string): string | undefined {
  // 按合同约定时间完成: the contract's date, which the target should state.
  if (/按计划|按期|按时|合同约定的?(?:时间|工期|期限)|按合同工期|按合同.*完成/.test(w))
    return /会议|召开/.test(n + w) ? "按期召开率 100%" : "12月31日前完成";
  if (/稳定|平稳/.test(w) && /治安|社会稳定|社会秩序/.test(n)) return "刑事治安案件发案数 较上年下降 ≥5%";
  if (/防范|防止|杜绝/.test(w)) return /返贫|致贫/.test(n) ? "新增返贫致贫人数 0人" : "新发生案件数 0起";
  if (/保护/.test(w)) return /森林|林地|林业/.test(n) ? "森林覆盖率 ≥（写明数值）%" : "";
  // 耕地地力 稳步提升: measured in 耕地质量等级 (GB/T 33469), which moves by tenths of a grade (round 125).
  // 耕地地力保护意识 is people's awareness, no grade of the soil (round 133).
  if (/耕地(?:地力|质量|肥力)(?:等级|水平|状况)?$/.test(n))
    return /稳定|保持|不降/.test(w)
      ? "项目区耕地质量平均等级不低于上年（X等）"
      : "项目区耕地质量平均等级提高 ≥0.1等";
  // 森林生态系统 更加稳定: what the forest's health and extent are measured by (round 125).
  if (/(?:森林|林业).*生态|生态.*(?:森林|林业)/.test(n))
    return "林业有害生物成灾率 ≤（数值）‰”“森林覆盖率 ≥（数值）%";
  if (/发挥/.test(w)) return /数据|监测/.test(n) ? "监测数据报送及时率 ≥95%" : "";
  return undefined;
}

/**
 * A name that names a state, nothing that can be counted or summed (办学条件, 养老服务水平, 营商环境, 师生
 * 安全, 干部理论素养): “较上年提高 ≥5%” of it is as uncheckable as 明显改善, so it gets a measure that
 * stands for it instead.
 */
const STATE_NAME =
  /(?:水平|条件|环境|能力|素养|素质|技能|效率|质量|获得感|幸福感|安全感|满足感|市貌|村貌|镇貌|容貌|面貌|风貌|形势|(?:稳定|可靠|安全|便捷|便利)性|(?:便捷|便利|舒适|整洁|清洁|畅通|通畅|美观|宜居)度|生活|安全|运行|运转|秩序|氛围|意识|形象|知名度|美誉度|影响力|问题|状况|状态|发展|水质|路况|(?:环境|公共|城市|城乡|农村)卫生)$/;

/** States that have a measure of their own whatever the field, the first that matches winning. */
const BY_STATE: readonly [RegExp, (name: string) => string | readonly string[]][] = [
  // 系统运行 稳定, 信息系统安全稳定运行: how often it is up and how often it fails.
  // 网络稳定性: the network's own availability, told to the minute (round 100).
  [
    /(?:系统|平台|网络|机房).*(?:运行|运转|稳定|安全|可靠)|(?:系统|平台|网络|机房)$/,
    (name) =>
      /网络/.test(name) && !/系统|平台/.test(name)
        ? "网络可用率 ≥99.9%”“月均网络中断时长 ≤（数值）分钟"
        : "系统可用率 ≥99%”“全年重大故障 0次",
  ],
  // 村医队伍稳定性: how many stay at their posts.
  [
    /(?:队伍|人员|人才)稳定性$/,
    (name) => `${name.replace(/(?:队伍|人员|人才)稳定性$/, "") || "人员"}在岗率 ≥（数值）%`,
  ],
  // 安全生产形势 稳中向好: the accidents that happen, fewer and none grave.
  // 特种设备安全形势 总体平稳: that equipment's accidents.
  [
    /安全生产|生产安全|安全形势$/,
    (name) => {
      const what = /^(.+?)安全形势$/
        .exec(name)?.[1]
        ?.replace(/^(?:辖区|全[县市区镇乡]|本地|当地|我[县市区镇乡])/, "");
      return what && !/生产$/.test(what)
        ? `${what}安全事故起数较上年下降 ≥（数值）%”“较大及以上${what}安全事故 0起`
        : "生产安全事故起数较上年下降 ≥（数值）%”“较大及以上生产安全事故 0起";
    },
  ],
  // 校园及周边治安状况: the cases that happen there, not a school's enrolment (round 100).
  [
    /治安|社会稳定|社会秩序|平安/,
    (name) =>
      /校园|学校|校内/.test(name)
        ? "校园及周边治安案件（事件）发生起数较上年下降 ≥（数值）%”“校园安全事故 0起"
        : "刑事治安案件发案数较上年下降 ≥（数值）%",
  ],
  [/饮水|饮用水|供水/, () => "农村自来水普及率 ≥（数值）%”“供水水质达标率 ≥（数值）%"],
  // 农牧民就业技能提升 | 是: skills shown by the certificates the trainees obtain (round 176).
  // 参训人员就业能力 | 显著增强: the same, or the trainees in work after it — never their pass rate, an output (round 237).
  [/(?:就业|职业|劳动|务工|实用)技能$/, () => "参训人员取得职业技能证书比例 ≥（数值）%"],
  [
    /(?:就业|职业|创业|务工)(?:能力|本领|素质)$/,
    () => ["参训人员取得职业技能证书比例 ≥（数值）%", "参训人员培训后就业率 ≥（数值）%"],
  ],
  [/桥梁/, () => "桥梁技术状况一、二类占比 ≥90%"],
  // 医保基金安全 得到保障: the misused funds found and recovered, no accident (round 152).
  [/(?:基金|资金)(?:运行|使用|监管)?安全/, () => "违规使用基金追回率 100%”“基金监管发现问题整改率 ≥95%"],
  // 水库安全运行 | 是: the reservoir through the flood season, not the field's people protected, which the project
  // may well count already (round 157).
  [/(?:水库|山塘|塘坝|大坝).*(?:安全|运行)/, () => "水库安全度汛率 100%”“汛期水库垮坝、溃坝事故 0起"],
  // 师生安全 得到保障, 夜间出行安全 有效保障, 数据安全保障能力, 燃气设施安全运行: no accident.
  [
    /安全$|安全(?:保障|防护|防控)?(?:能力|水平)$|安全(?:稳定)?运行$|运行安全$/,
    () => "安全事故（事件）发生起数 0起",
  ],
  // 学生营养健康状况: the national standard of pupils' fitness.
  [/学生.*(?:健康|营养|体质)/, () => "学生体质健康达标率 ≥（数值）%"],
  [/学生.*素质/, () => "学生综合素质评价合格率 ≥（数值）%"],
  // 卫生监督执法水平: what inspections find put right.
  [/(?:执法|监管|监督|检查)(?:水平|能力)$/, () => "检查发现问题整改率 ≥95%"],
  [/空气质量/, () => "空气质量优良天数比例 ≥（数值）%"],
  // 河湖水质 持续改善: the national measure of surface water, classes I–III.
  [/(?:河|湖|江|溪|库|断面|地表水).*水质|水环境/, () => "断面水质优良（达到或好于Ⅲ类）比例 ≥（数值）%"],
  [/水质/, () => "水质达标率 ≥（数值）%"],
  // 绿化养护质量 良好: the share of checks passed.
  [/耕地(?:地力|质量|肥力)(?:等级|水平|状况)?$/, () => "项目区耕地质量平均等级提高 ≥0.1等"],
  [/(?<!生活|环境)质量$/, (name) => `${name}检查达标率 ≥95%`],
  // 教学效率 有效提升: what the classroom does with its means, not a 政务 time (round 98).
  [/(?:教学|课堂|学习)效率$/, () => ["多媒体教学设备课堂使用率 ≥90%", "课堂教学达标率 ≥90%"]],
  // 学校管理水平 of a 校长 training: how the schools are rated, not a pupil count (round 98).
  [
    /(?:学校|校园|办学)(?:管理)?(?:水平|能力|质量)$|(?:学校|校园)管理$/,
    () => "学校年度办学考核良好及以上比例 ≥（数值）%",
  ],
  // 教师综合素质 显著提升: what teachers show in class first; a training pass rate is an output (round 98).
  [/教师.*(?:能力|素养|素质|水平)$/, () => ["课堂教学达标率 ≥90%", "教师培训合格率 ≥95%"]],
  // 办公效率 显著提高: the time a piece of work takes.
  [/效率$/, () => "事项平均办理时间较上年缩短 ≥10%"],
  // 群众就医获得感 明显增强: asked of those it serves.
  // 群众文化获得感 under 效益: what people take part in, not their satisfaction, which is a category of its own
  // (round 119); another 获得感 is told by the project's field.
  [
    /文化.*(?:获得感|幸福感|满足感)|(?:获得感|幸福感|满足感).*文化/,
    () => "群众参加文化活动人次较上年增长 ≥5%",
  ],
  [/机械化水平/, () => "主要农作物耕种收综合机械化率 ≥（数值）%"],
  // 受灾群众基本生活 得到有效保障: what the disaster relief plan asks, relief within 12 hours of the disaster — no
  // 应保尽保, which is 低保's (round 225).
  [
    /(?:受灾|灾民|灾区|灾后|因灾)[\u4e00-\u9fff]{0,6}基本生活/,
    () => "灾后12小时内受灾群众基本生活得到初步救助率 100%",
  ],
  [/基本生活/, () => "符合条件对象应保尽保率 100%"],
  [/文化生活/, () => "群众参加文化活动人次较上年增长 ≥5%"],
  [/生活(?:质量|水平)$/, () => "服务对象需求满足率 ≥90%"],
  // 城市环境卫生, 市容整洁度: what the city's inspections score (round 105).
  [/人居环境|环境卫生|市容|市貌|村容|村貌|镇容|镇貌|整洁度|清洁度/, () => "环境卫生检查考核达标率 ≥95%"],
  [/营商环境/, () => "涉企事项平均办理时间较上年缩短 ≥10%"],
  // 城市公交出行便利度: how near a stop is (round 105).
  [/公交.*(?:便捷|便利)/, () => "公交站点500米覆盖率 ≥（数值）%"],
  [/(?:出行|通行)(?:条件|环境|能力|便捷度|便利度)|路况$/, () => "公路优良中等路率 ≥（数值）%"],
  // 参保群众办事便利度: the business done at one visit or online, not the share insured (round 152).
  [
    /(?:办事|办理|经办|政务|窗口).*(?:便捷|便利)|(?:便捷|便利).*办/,
    () => "业务一次办结率 ≥（数值）%”“网上办理率 ≥（数值）%",
  ],
  [/(?:办学|教学|学习)(?:条件|环境)/, () => "办学条件达标学校占比 ≥95%"],
  // 安全意识, 健身意识: how many know.
  [/意识$/, () => "相关知识知晓率 ≥90%"],
  // 教师教学能力, 干部理论素养: what those trained can show.
  [/(?:教师|干部|学员|职工|人员|队伍).*(?:能力|素养|素质)$/, () => "参训人员考核合格率 ≥90%"],
  [/秩序$/, () => "违法违规案件数较上年下降 ≥5%"],
  // 监测预警能力: how much of what is watched is read and told in time.
  [/监测(?:预警)?(?:能力|水平)$/, () => "监测数据有效率 ≥95%”“预警信息发布及时率 ≥95%"],
  [/预警(?:能力|水平)$/, () => "预警信息发布及时率 ≥95%"],
  // 看病难问题, 耕地“非农化”问题: a problem is counted where it occurs, which no field's example says.
  [/问题$/, () => ""],
  // 品牌知名度 of a tea brand: what the brand sells and how widely it is reported, no tourists (round 128).
  [
    /品牌.*(?:知名度|美誉度|影响力)/,
    () => "品牌产品销售额较上年增长 ≥（数值）%”“省级以上媒体报道 ≥（数值）篇",
  ],
  [/(?:旅游|景区|景点|文旅|城市|乡村|古镇|古城).*(?:知名度|美誉度|影响力)/, () => "游客人次较上年增长 ≥5%"],
  [/(?:活动|赛事|节庆|展会|展览|演出).*(?:知名度|美誉度|影响力)/, () => "参与人次较上年增长 ≥5%"],
  [/知名度|美誉度|影响力/, () => "省级以上媒体报道 ≥（数值）篇"],
];

/**
 * What stands for a state a vague word describes (办学条件 明显改善): a measure of its own (系统可用率 for
 * 系统运行), else the measure of the project's field (lexicons/sectors.json) when the state is named in the
 * field's words (基本公共卫生服务水平 in a 基本公卫 project), else "" (a neutral line is said); null when the
 * name is no state or its words already have a measure (发病水平 保持低水平 → 报告发病率, 会议召开 按计划 →
 * 按期召开率).
 */
export function substituteForState(
  name: string,
  word: string,
  sector: Sector | null,
  names: readonly string[] = [],
  project = "",
): string | null {
  const choices = stateChoices(name, word, sector, project);
  return choices === null ? null : freshExample(choices, names);
}

/**
 * substituteForState's choices before the project's own indicators are taken out of them (freshExample):
 * null when the name is no state, [] where a neutral line is said.
 */
export function stateChoices(
  name: string,
  word: string,
  sector: Sector | null,
  project = "",
): string | readonly string[] | null {
  const n = normalize(name).replace(/[。.，,；;]+$/, "");
  if (!STATE_NAME.test(n) || GRADE_NAME.test(n) || IMPACT_NAME.test(n)) return null;
  const w = normalize(word);
  // 长效运行 持续: how long it lasts is the officer's sense (持续 ≥3年), and a measure of its own.
  if (/^(?:长期|长效|持续)$/.test(w)) return null;
  if (/^应.尽.$/.test(w) || (/低水平/.test(w) && /发病|患病|感染/.test(n)) || byKind(n, w)) return null;
  // 旅游知名度 of a 文旅 project, 品牌影响力 of a festival: the visitors and those who take part (round 128).
  if (FAME.test(n)) {
    const p = normalize(project);
    if (/旅游|文旅|景区|古镇|古城/.test(p + n)) return "游客人次较上年增长 ≥5%";
    if (/节(?!约|能|水|电)|活动|赛事|展会|展览|演出/.test(p)) return "参与人次较上年增长 ≥5%";
  }
  const own = BY_STATE.find(([re]) => re.test(n));
  if (own) return own[1](n);
  // 基层医疗服务能力 of a 设备购置: what the bought equipment is used for, not the field's screening (round 98).
  if (EQUIPMENT.test(normalize(project)) && /(?:能力|水平|效率|条件)$/.test(n))
    return ["设备使用率 ≥（数值）%”“设备开机率 ≥（数值）%", "设备完好率 ≥95%"];
  const named = (s: Sector) => s.words.some((x) => !BROAD.has(x) && n.includes(x));
  if (!sector || !named(sector)) return [];
  // 急救服务能力 in a 卫生健康 project: the field the name's own words are of, the more specific first (院前急救,
  // not the field's screening; round 152).
  return (SECTORS.find(named) ?? sector).effects;
}

/** 知名度, 美誉度, 影响力: how widely something is known, which only what it draws can show. */
const FAME = /(?:知名度|美誉度|影响力)$/;

/** A project that buys or runs equipment (乡镇卫生院设备购置, 医疗器械采购): its means are machines. */
const EQUIPMENT = /设备|器械|仪器/;

/** A field's words too broad to tie a state to its example (近海生态环境…能力 is no 垃圾处理率). */
const BROAD = new Set([
  "生态",
  "健康",
  "卫生",
  "学生",
  "教师",
  "污染",
  "系统",
  "平台",
  "数据",
  "网络",
  "文化",
]);

/** A field of work and the examples that fit it (lexicons/sectors.json). */
export interface Sector {
  name: string;
  words: readonly string[];
  /** Each example and its alternatives, first choice first (高血压患者规范管理率, else 居民健康素养水平). */
  outputs: readonly string[];
  effects: readonly string[];
  costs: readonly string[];
  /** The field's cost holds whatever the outputs count (垃圾 per 吨, not per 督导员). */
  fixedCost?: boolean;
  /** The itemised costs of building or buying in the field, where its cost is a year's upkeep. */
  buildCost?: string;
}

/**
 * A project that builds or buys (数据共享交换平台建设, 系统开发): a year's upkeep per unit is no cost of it
 * (round 84 #115), its main items are; one that keeps things running (建设运维) is upkeep.
 */
const BUILDS = /建设|新建|开发|搭建|建成|升级改造|购置|采购/;
const KEEPS = /运维|运行|维护|管养|养护/;

/** A field as lexicons/sectors.json writes it: an example, or a list of them, first choice first. */
interface SectorEntry {
  name: string;
  words: string[];
  output: string | string[];
  effect: string | string[];
  cost: string | string[];
  fixedCost?: boolean;
  buildCost?: string;
}

const listOf = (x: string | string[]): string[] => (Array.isArray(x) ? x : [x]);

const SECTORS: readonly Sector[] = (sectors.sectors as SectorEntry[]).map(
  ({ output, effect, cost, ...s }) => ({
    ...s,
    outputs: listOf(output),
    effects: listOf(effect),
    costs: listOf(cost),
  }),
);

/** The indicator an example sets (高血压患者规范管理率 ≥60% → 高血压患者规范管理率, 文物安全事故 0起). */
function exampleName(example: string): string {
  return nameKey(example.split(/\s|[≥≤<>=＝]/)[0]);
}

/**
 * The names the fields' own examples set as a percentage (居民健康素养水平 ≥（数值）%): a rate by its usage, whatever
 * word it ends in, and never to be told a percentage measures nothing (round 100).
 */
const PERCENT_EXAMPLES: ReadonlySet<string> = new Set(
  SECTORS.flatMap((s) => [...s.outputs, ...s.effects, ...s.costs])
    .flatMap((choice) => choice.split("”“"))
    .filter((e) => /[%％]/.test(e))
    .map(exampleName)
    .filter((k) => k.length >= 4),
);

/** Whether a name is (or ends in) one the fields' examples set as a percentage (县居民健康素养水平). */
export function isPercentExampleName(name: string): boolean {
  const k = nameKey(name);
  for (const e of PERCENT_EXAMPLES) if (k.endsWith(e)) return true;
  return false;
}

/**
 * A pass rate as one indicator however it is worded (round 100): 学生体质健康达标率 is 学生体质健康合格率, and
 * 参训人员考核合格率 is 培训考核合格率 (those trained, passing their test); other names are themselves.
 */
function sameRate(key: string): string {
  if (!/(?:合格|达标|及格|通过)率$/.test(key)) return key;
  return key
    .replace(/参训人员|参训学员|培训人员|培训学员|参训|学员/g, "培训")
    .replace(/(?:结业)?考核/g, "")
    .replace(/(?:合格|达标|及格|通过)率$/, "合格率");
}

/** How much of the longer name the shorter must be to count as the same indicator nearly written. */
const NEARLY = 0.7;

/**
 * Whether a name sets the indicator an example names, as written or nearly (农村公路优良中等路率 for
 * 公路优良中等路率: one within the other and most of it; not 基本生活 for 基本生活保障标准, nor 接入单位 for 每个
 * 接入单位年运维成本); null when the example names none.
 */
function setsExample(example: string): ((name: string) => boolean) | null {
  const key = exampleName(example);
  if (key.length < 2) return null;
  const rate = sameRate(key);
  return (n) => {
    const k = nameKey(n);
    if (k === key || sameRate(k) === rate) return true;
    const [short, long] = k.length < key.length ? [k, key] : [key, k];
    if (short.length >= 4 && short.length >= NEARLY * long.length && long.includes(short)) return true;
    return sameCount(k, key);
  };
}

/** What a count of people or of works ends in (人口, 人数, 户数, 面积, 里程). */
const COUNTED = /(?:人口|人数|人次|户数|面积|里程|长度)$/;
/** A count per unit: 每…, 单…, 人均, 户均. */
const PER_UNIT = /^(?:每|单|人均|户均|亩均|年均)/;

/**
 * Two counts of one thing worded apart (保护下游人口 for 防洪保护人口, round 157): the same measure noun at the end (人口,
 * 面积, 人数) and another word of two characters shared before it — never rates, whose subject tells them apart
 * (高血压患者规范管理率 is not 2型糖尿病患者规范管理率), nor costs or times.
 */
function sameCount(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4 || a.slice(-2) !== b.slice(-2) || !COUNTED.test(a)) return false;
  // 每个接入单位年运维成本 is no 运维成本, 人均培训人数 no 培训人数: a count per unit is another measure.
  if (PER_UNIT.test(a) !== PER_UNIT.test(b)) return false;
  const words = charPairs(a.slice(0, -2));
  for (const pair of charPairs(b.slice(0, -2))) if (words.has(pair)) return true;
  return false;
}

/**
 * The example to quote, among a list of alternatives, that sets nothing the project already has (round 96: no
 * “高血压患者规范管理率 ≥60%” to a project that sets it at ≥65%); of an example naming several (“A”“B”), the
 * ones not yet set. "" when every one is.
 */
export function freshExample(choices: string | readonly string[], names: readonly string[]): string {
  for (const choice of typeof choices === "string" ? [choices] : choices) {
    const kept = choice.split("”“").filter((e) => setAlready(e, names) === null);
    if (kept.length > 0) return kept.join("”“");
  }
  return "";
}

/** The project's indicator that already sets (one of) what an example names, or null. */
export function setAlready(example: string, names: readonly string[]): string | null {
  for (const e of example.split("”“")) {
    const sets = setsExample(e);
    const hit = sets && names.find(sets);
    if (hit) return hit;
  }
  return null;
}

/**
 * The names of a project's indicators, for freshExample; without `except`, the indicator the fix is for (系统可用率
 * 稳定 may well be told “系统可用率 ≥99%”).
 */
export function namesOf(view: Pick<ProjectView, "indicators">, except?: IndicatorRecord): string[] {
  return view.indicators.filter((r) => r !== except && r.name.trim() !== "").map((r) => r.name);
}

/** Each field's word and the longer words of any field that hold it (公共卫生 in 基本公共卫生). */
const LONGER: ReadonlyMap<string, readonly string[]> = (() => {
  const all = [...new Set(SECTORS.flatMap((s) => s.words))];
  return new Map(all.map((w) => [w, all.filter((x) => x.length > w.length && x.includes(w))]));
})();

/**
 * Whether a text holds a field's word other than inside a longer one it holds (round 100: 基本公共卫生服务 speaks
 * for 基本公卫, not for 卫生健康's 卫生 and 公共卫生 as well, which outscored it).
 */
function holds(text: string, word: string): boolean {
  if (!text.includes(word)) return false;
  let rest = text;
  for (const x of LONGER.get(word) ?? []) if (rest.includes(x)) rest = rest.split(x).join("|");
  if (!rest.includes(word)) return false;
  return !DIGITS.test(word) || dialled(rest, word);
}

const DIGITS = /^\d+$/;
/** A figure's neighbours: more digits, a point or a comma in it, a comparator, or the unit after it. */
const FIGURE_BEFORE = /[\d.,≥≤>＞<＜=约近达共计]$/;
const FIGURE_AFTER =
  /^(?:[\d.,%‰]|[个项家户人名所处座套台件批场次份篇村条辆间头只宗笔万亿千百元米吨亩天日年月时分秒周])/;

/**
 * Whether a number that is a field's word (120, 12348: a hotline) stands as that word somewhere in the text, not
 * inside a figure (涉及单位120家, ≥120起): a count of 120 says nothing of 院前急救 (round 225).
 */
function dialled(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (
      !FIGURE_BEFORE.test(text.slice(Math.max(0, at - 1), at)) &&
      !FIGURE_AFTER.test(text.slice(at + word.length))
    )
      return true;
  }
  return false;
}

/** Words in the project's name say more about its field than words in its goal or indicators. */
const NAME_WEIGHT = 3;

/**
 * The field a project works in, from the words of its name, goal and indicators (高标准农田 → 农业, 疫苗 →
 * 卫生健康), or null when none says. Ties go to the earlier field: the specific ones come first.
 */
export function sectorOf(view: Pick<ProjectView, "project" | "indicators">): Sector | null {
  // A view is complete before it is reviewed, and every rule asks of the same view.
  const known = SECTOR_OF.get(view);
  if (known !== undefined) return known;
  const best = bestSector(view);
  SECTOR_OF.set(view, best);
  return best;
}

const SECTOR_OF = new WeakMap<object, Sector | null>();

function bestSector(view: Pick<ProjectView, "project" | "indicators">): Sector | null {
  const name = normalize(view.project.project);
  const rest = normalize([view.project.goal, ...view.indicators.map((r) => r.name)].join("|"));
  let best: Sector | null = null;
  let bestScore = 0;
  for (const s of SECTORS) {
    const score = s.words.reduce(
      (sum, w) => sum + (holds(name, w) ? NAME_WEIGHT : 0) + (holds(rest, w) ? 1 : 0),
      0,
    );
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

/** 人 → 人均, 户 → 户均, 亩 → 亩均: the way a cost per unit is named; 每公里 otherwise. */
function perUnit(unit: string): string {
  if (/^[人户亩生次]$/.test(unit)) return `${unit}均成本`;
  // 个, 项, 件 say nothing of what is counted: 每个成本 reads wrong.
  return /^[个项件]$/.test(unit) ? "单位成本" : `每${unit}成本`;
}

/**
 * The counts the project's outputs are measured in (亩, 人次, 公里), outputs first; with `done`, only those
 * of work done, not of what must not happen (暴发流行 0起: a cost per 起 means nothing, round 84 #48), and of no
 * effect or satisfaction: an effect's figure is no output a cost is per (口岸进出口货运量 吨 of a 运行维护 project;
 * round 145), only rows of no telling category standing beside the outputs.
 */
function outputUnits(view: Pick<ProjectView, "indicators">, done = false): string[] {
  const units: string[] = [];
  const rows = [...view.indicators]
    .filter((r) => !done || (level1Of(r) !== "效益指标" && level1Of(r) !== "满意度指标"))
    .sort((a, b) => Number(level1Of(b) === "产出指标") - Number(level1Of(a) === "产出指标"));
  for (const r of rows) {
    const u = normalize(r.unit).replace(/^[万亿]/, "");
    // 台（套）: a measure word and its alternative, one count (救援装备 ≥150台（套）; round 230).
    if (r.kind !== "quantitative" || (done && r.value === 0) || !OUTPUT_UNIT.test(u)) continue;
    // 种, 类 count kinds (防汛物资储备品种 20种), 级 a grade (抗震构造措施 8级): a cost per either means nothing.
    if (/元|年|月|日|天|小时|分|百分点/.test(u) || /^[种类样级等档星批]$/.test(u) || units.includes(u))
      continue;
    units.push(u);
  }
  return units;
}

/** A measure word of a count (亩, 人次), or one with its alternative in brackets (台（套）). */
const OUTPUT_UNIT = /^(?:[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff]{1,2}[（(][\u4e00-\u9fff]{1,2}[）)])$/;

/** What structures are counted in (座 of bridges, 处 of sites, 公里 of road): work on them, no events. */
const STRUCTURES = /^(?:座|处|公里|平方米|栋|间)$/;

/** “，如“…”” after a fix, in each language. */
function suchAs(zh: string, en = zh): Localized {
  return { zh: `，如“${zh}”`, en: `, e.g. “${en}”` };
}

const NEUTRAL_EFFECT: Localized = {
  zh: "，如受益对象增加或问题减少了多少",
  en: ", e.g. how many more people benefit or how much a problem shrinks",
};
const NEUTRAL_COST: Localized = {
  zh: "，如每人、每次、每公里的成本上限",
  en: ", e.g. a cost cap per person, per session or per km",
};

/**
 * Examples for a missing category, fitted to the project, as the clause a fix ends with (“，如“…””): its
 * field's examples (a cost per what the project itself counts when the field's is per something else),
 * else a cost per unit of what its outputs count (亩均成本 …元/亩), else words alone.
 */
export function projectExamples(view: Pick<ProjectView, "project" | "indicators">): {
  output: Localized;
  effect: Localized;
  cost: Localized;
} {
  const s = sectorOf(view);
  const names = namesOf(view);
  const units = outputUnits(view);
  const unit = outputUnits(view, true)[0];
  const ownCost = unit
    ? suchAs(`${perUnit(unit)} ≤（金额）元/${unit}`, `cost per ${unit} ≤ (amount) yuan/${unit}`)
    : null;
  if (s) {
    const name = normalize(view.project.project);
    // An example the project already sets is no advice: the next of the field's, else words alone.
    const pick = (choices: readonly string[], none: Localized): Localized => {
      const e = freshExample(choices, names);
      return e ? suchAs(e) : none;
    };
    const output = pick(s.outputs, { zh: "", en: "" });
    const effect = pick(s.effects, NEUTRAL_EFFECT);
    if (s.buildCost && BUILDS.test(name) && !KEEPS.test(name))
      return { output, effect, cost: suchAs(s.buildCost) };
    // A field's cost per 场 does not fit a project counting 家次, nor one whose main work is on structures (修缮
    // 廊桥 3座 before 宣传活动 10场, round 133): the project's own count wins.
    // Of a field's several costs, the one per what the project counts (每吨垃圾清运处理成本 of a 人居环境整治
    // counting 吨; round 152), else the first it has not set.
    const perOwn = s.costs.find(
      (c) => units.includes(/\/([^/”]+)$/.exec(c)?.[1] ?? "") && freshExample([c], names) !== "",
    );
    const cost = perOwn ?? freshExample(s.costs, names);
    const costUnit = /\/([^/]+)$/.exec(cost)?.[1];
    const builtFirst = costUnit === "场" && STRUCTURES.test(units[0] ?? "");
    const fits =
      cost !== "" &&
      !builtFirst &&
      (!ownCost || !costUnit || units.includes(costUnit) || s.fixedCost === true);
    return { output, effect, cost: fits ? suchAs(cost) : (ownCost ?? NEUTRAL_COST) };
  }
  return { output: { zh: "", en: "" }, effect: NEUTRAL_EFFECT, cost: ownCost ?? NEUTRAL_COST };
}
