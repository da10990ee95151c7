/**
 * The words and patterns that close a name or open its target (a change, a standard, a grade, a zero, a
 * modal word, a per …), shared by the readers of an item.
 */
import { CLOCK, CLOCK_RANGE, DAY_PART } from "../dates";
import { endsWithCharIn, isJsSpace } from "../chars";
import { BOUND_BEFORE_REFERENCE } from "../comparators";
import { GROUP_SPACE } from "../numbers";
import { codeSet } from "../charClass";

/**
 * Digits whose thousands are grouped by spaces, as numbers.ts groupedEnd reads them (3 600, 1 200 000, 300 000):
 * one to three digits first, after three any groups where one is led by 0 (300 000 000), else only one group.
 * The sentence patterns (sentences.ts) and FIGURE share it.
 */
export const SPACED_DIGITS = `(?<![\\d.A-Za-z]|\\d${GROUP_SPACE})(?:\\d{1,2}(?:${GROUP_SPACE}\\d{3})+|\\d{3}(?:${GROUP_SPACE}\\d{3})*${GROUP_SPACE}0\\d{2}(?:${GROUP_SPACE}\\d{3})*|\\d{3}${GROUP_SPACE}\\d{3}(?!${GROUP_SPACE}\\d))(?!\\d)`;

/**
 * The digits of a figure, its thousands grouped by commas (1,200) or by spaces (3 600, 1 200 000) as
 * numbers.ts groupedEnd reads them: one to three digits first, after three any groups where one is led by 0
 * (300 000 000), else only one group (110 119 120 is a list; one that counts up, 101 102, or follows 分别 or
 * 各, the caller tells apart). Digits after a Latin letter, a digit or a point
 * (G105 200公里), or after a digit and a space (the 119 120 of 110 119 120), group nothing.
 */
const FIGURE = `(?:\\d{1,3}(?:,\\d{3})+|${SPACED_DIGITS}|\\d+)`;

/**
 * A figure in Chinese numerals: 三, 十二, 二百一十六, 一万二千 (零 and a magnitude before more numerals), and its
 * decimals after 点 (三点五, 一点二), which target.ts reads.
 */
const CN_FIGURE = String.raw`[一二两三四五六七八九十百半](?:[零〇一二两三四五六七八九十百]|[千万亿](?=[零〇一二两三四五六七八九十百]))*(?:点[零一二三四五六七八九]{1,3})?`;

/**
 * A number with a unit (or %) at the very end of a name: "培训人数100人" → index of "100". A bound may
 * say it includes the number (90%（含）以上, 98%（含）); a time to keep within may close it (审批时限3个工作日内).
 * The unit may be a compound of a price per area or head and a period (元/平方米·年, 元/生·学年). A Chinese
 * numeral may hold 零 and a magnitude before more numerals (二百一十六户, 一千零五十人次, 一万二千人次).
 */
export const TRAILING_QUANTITY = trailingQuantityPattern(true);

/** TRAILING_QUANTITY with no digits grouped by spaces: where the groups it read list numbers (101 102间). */
export const TRAILING_QUANTITY_UNGROUPED = trailingQuantityPattern(false);

function trailingQuantityPattern(spaced: boolean): RegExp {
  const figure = spaced ? FIGURE : "(?:\\d{1,3}(?:,\\d{3})+|\\d+)";
  return new RegExp(
    `(${figure}(?:\\.\\d+)?(?:\\s*%?\\s*(?:-|~|～|至|到)\\s*${figure}(?:\\.\\d+)?)?|` +
      // (三至五次, 两到三场: a range in Chinese numerals, as 3至5次 in digits.)
      `${CN_FIGURE}(?:\\s*(?:至|到|~|～)\\s*${CN_FIGURE})?)` +
      String.raw`\s*(?:余|多)?\s*(?:万|亿|千)?\s*(?:余|多)?\s*([^\d\s]{0,8}?)\s*(?:\(含\)\s*)?(以上|以下|以内|之内|及以上|及以下|左右|之间|内)?$`,
  );
}

/**
 * "群众满意度百分之九十五", "问题整改率达到百分之百", "婴儿死亡率低于千分之五": a percentage (or per mille,
 * per ten thousand) in words at the end of a name — or a rate per so many (控制在十万分之十五以下, 10万分之15).
 */
export const TRAILING_PERCENT_WORDS =
  /(?<![十百千万亿\d.])(?:[十百千]万|\d{1,4}万|[百千万])分之(?:[零一二两三四五六七八九十百]+|\d+(?:\.\d+)?)\s*(?:以上|以下|以内|之内|及以上|及以下|左右)?$/;

/**
 * Words at the end of a name that make its number relative to last year: "门诊服务人次较上年增长"
 * + "5%" is the name 门诊服务人次 and the target 较上年增长5%.
 */
export const RELATIVE_TAIL =
  /(?:(?:较|比|与)(?:\d{4}\s*年|上年度|上一年|上年|去年|同期|基期)(?:同期)?|同比|环比)\s*(?:增长|下降|提高|减少|降低|提升|增加|上升|增幅|降幅)?\s*(?:了)?\s*$/;

/**
 * "普及率提升5个百分点", "种植面积扩大20%": a change by percentage points or per cent; the verb belongs to the target — and so
 * does 平均 before it (企业生产效率平均提升15%以上: the change is on average).
 */
export const CHANGE_TAIL = /(?:平均\s*)?(?:提升|提高|增长|扩大|下降|降低|减少|增加|上升)\s*$/;

/** "管网漏损率降至10%以下": a change to a figure; the verb belongs to the target. */
// (With where it starts from: 登记办理时限由5个工作日压缩至3个工作日以内.)
export const CHANGE_TO_TAIL =
  /(?:由\s*\d+(?:\.\d+)?\s*[^\d\s,;:。]{0,5}?\s*)?(?:降至|降到|降低至|降低到|下降至|下降到|减少至|减少到|提高至|提高到|提升至|提升到|增加至|增加到|增长至|增长到|上升至|上升到|压缩至|压缩到|缩短至|缩短到|压减至|缩减至)\s*$/;

export const PERCENT_CHANGE = /^[\d.]+\s*(?:个百分点|百分点|%)/;

/**
 * "出水水质达到一级A标准": the verb of a standard to meet starts the target — with how it is met, when
 * an adverb says so ("水质稳定达到Ⅳ类标准", "全部符合设计要求").
 */
export const STANDARD_VERB =
  /(?:(?:稳定|持续|全部|全面|基本|始终)\s*)?(?:达到|符合|满足)(?=[^,;:。]{1,16}?(?:标准|要求|规定|规范)[\s。.;,]*$)/;

/**
 * "地表水水质达到Ⅲ类", "公路达到二级以上", "水质稳定在Ⅱ类及以上": a class or grade to reach or hold closes the words; it is the target —
 * with how it is met, when an adverb says so ("河道水质稳定达到Ⅳ类及以上"), as STANDARD_VERB reads it, and
 * whose scale it is ("示范区稻谷品质达国标三级以上").
 */
export const GRADE_TAIL =
  /(?:(?:稳定|持续|全部|全面|基本|始终)\s*)?(?:达到|达|优于|好于|保持在?|维持在?|不低于|在)\s*(?:(?:国家|国标|省标|行标|部标)\s*)?(?:[ⅠⅡⅢⅣⅤⅰⅱⅲⅳⅴ]|[一二三四五]|[1-5])\s*(?:类|级)(?:标准|水质)?(?:及以上|以上)?[\s。.;,]*$/;

/** 达标, 合格, 按时完成, 及时: a target in a word or two, which under a category label is no name. */
export const TARGET_WORDS =
  /^\s*(?:达标|合格|优良|良好|优秀|及时|按时|按期|如期|准时|全部完成|按时完成|按期完成|如期完成|及时完成|按计划完成|按进度完成|正常运行|稳定运行)[\s。.;,]*$/;

/**
 * A level to stay under or over, in words: "法定传染病报告发病率控制在全区平均水平以下", "发病率低于全国平均水平".
 * (Read by HELD_WITHIN.)
 */
const AT_LEVEL = "[^,;。\\d]{1,12}?水平(?:以下|以内|之内|以上|之上)?[\\s。.;,]*$";

/**
 * "工程造价控制在批复预算内", "发病率控制在历史较低水平": held within a limit or at a level in words; 控制在
 * starts the target — as 低于 or 高于 does before a level (发病率低于全国平均水平).
 */
export const HELD_WITHIN = new RegExp(
  `控制在(?=[^,;。\\d]{1,16}?(?:以内|之内|范围内|内)[\\s。.;,]*$)|(?:控制在|保持在|稳定在|维持在|(?:不)?(?:低于|高于)|优于)(?=${AT_LEVEL})`,
);

/**
 * A comparator, what the target is a multiple or a share of, and the multiple or the share: 不低于…支出的1.3倍,
 * 劳务报酬发放金额 | 不低于资金总额的15% — or, after an inclusive bound, a standard or a level named right
 * before the number (不低于当地低保标准1.3倍; not last year's: 不低于上年水平5% is a change).
 */
export const TIMES_OF = new RegExp(
  "(?:(?:不少于|不低于|不超过|不高于|不大于|大于|小于|低于|高于|超过|达到)[^\\d,;。:]{2,30}?的" +
    `|${BOUND_BEFORE_REFERENCE})` +
    "\\s*\\d+(?:\\.\\d+)?\\s*(?:倍|%)[\\s。.;,]*$",
);

/** A figure, a 、 and the year's words before the year's figure: 1次、全年 (of 每季度1次、全年4次). */
export const YEAR_FIGURE_BEFORE =
  /(?<![\d.])\d+(?:\.\d+)?\s*[^\d\s,;:。、]{1,3}\s*、\s*(?:全年|累计|合计)\s*$/;

/** Digits and their unit, nothing else: 350户, 1.5公里, 1 350户. */
export const QUANTITY_ONLY = new RegExp(
  `^${FIGURE}(?:\\.\\d+)?\\s*(?:万|亿)?\\s*[\\u4e00-\\u9fa5]{1,3}\\s*$`,
);

/** The hours of a day at the end of a name: 9:00-21:00, 8:00至20:00. */
export const CLOCK_TAIL = new RegExp(`(?<![\\d.])${CLOCK_RANGE}[\\s。.;,]*$`);

/** What a cell's label or a task label starts with: 绩 年 部 整 指 任 主 重 项 总 目 (项目绩效目标：, 总体目标：, 目标：). */
export const CELL_LABEL_FIRST = codeSet("绩年部整指任主重项总目");

/** 任务1：, 任务一：, 年度主要任务：, 重点任务：. */
export const TASK_LABEL = /^\s*(?:年度)?(?:主要|重点)?任务\s*[\d一二三四五六七八九十]*\s*:\s*/;

/** A ratio inside words: 按1:0.5比例配套资金 (ratios start with 1; 9:30 is a time). */
export const RATIO_INSIDE = /(?<![\d.:])1\s*:\s*\d+(?:\.\d+)?(?![\d:])/;

/**
 * A time of day before which the work is done, after the name it closes: 每日清扫时间5:00前完成首遍清扫 (with a
 * part of the day written before it, 上午9:30前, that is the target's too).
 */
export const CLOCK_DEADLINE = new RegExp(`(?:(?:${DAY_PART})\\s*)?(?<![\\d.:])${CLOCK}\\s*(?:前|以前|之前)`);

/** The hours of a day inside words: 每日8:30-17:30开放, 上午9:30前完成数据上报. */
export const CLOCK_INSIDE = new RegExp(`(?<![\\d.])(?:${CLOCK_RANGE}|${CLOCK}\\s*(?:前|以前|之前))`);

/** A ratio at the end of a name: 1:15, 1:1配备. */
export const RATIO_TAIL = /(?<![\d.:\-~])\d+(?:\.\d+)?\s*:\s*\d+(?:\.\d+)?\s*[^\d\s,;。:]{0,4}[\s。.;,]*$/;

/**
 * "重大事故零发生", "新增违法建筑零增长", "违法违规问题新增数量零", "原生垃圾零填埋": none at all, the target —
 * 零 and what does not happen (two characters; not the 零 of 零部件 or 零售).
 */
export const ZERO_TAIL =
  /[“"]?(?<!清)零(?:发生|增长|事故|伤亡|投诉|差错|(?!部件|售)[\u4e00-\u9fa5]{2})?[”"]?[\s。.;,]*$/;

/**
 * "河面无明显漂浮物", "路面无明显坑槽": 无明显… closing the words after a name (two characters or more) is a
 * qualitative target (河面 | 无明显漂浮物). Only 无明显: a bare 无 also starts names (无障碍设施).
 */
export const NONE_VISIBLE_TAIL = /(?<=[\u4e00-\u9fa5]{2})无明显[\u4e00-\u9fa5]{1,8}[\s。.;,]*$/;

/**
 * "不发生重特大森林火灾", "确保施工期间不发生安全责任事故", "区域内不发生重大动物疫情": the state written
 * before what it is said of (two characters or more); a 确保, and a period or a place (…期间, …内) before
 * it, are neither name nor target. 无 says it too before an event or a casualty (全年无重大安全事故 → 重大安全事故 | 无,
 * 汛期无人员伤亡 → 人员伤亡 | 无, 全年无黑臭水体反弹 → 黑臭水体反弹 | 无, as 全年不发生… drops its period), also with 发生
 * after the event (全年无区域性重大动物疫情发生 → 区域性重大动物疫情 | 无), not before other words (无障碍设施改造).
 * A place (边境辖区, 沿边地区) is dropped as a period is; another subject before 无 (施工现场无重大安全事故) is
 * captured (group 1) and stays in the name (施工现场重大安全事故 | 无). Group 2 is the state. 不产生, 不造成, 不出现 say
 * it as 不发生 does (生态环境成本指标：不产生负面生态影响 → 负面生态影响 | 不产生).
 */
export const NEGATION_FIRST =
  /^\s*(?:确保|实现|做到|保证)?\s*(?:[^\d\s,;。]{0,8}?(?:期间|期|全年|当年|内)|全(?:县|区|市|镇|乡|省)|[^\d\s,;:。、()]{0,6}?(?:辖区|地区|区域)|([^\d\s,;:。、()无]{2,8}?)(?=无))?\s*(不发生|未发生|不(?:产生|造成|出现)|未(?:产生|造成|出现)|无(?=[^\s,;。]{0,10}(?:事故|事件|案件|疫情|火灾|隐患|伤亡|反弹)(?:发生)?[\s。.;,]*$))(?=[^\s。.;,]{2})/;

/**
 * More verbs an outcome is stated by, first (消除校舍安全隐患, 解决群众饮水难问题, 缓解就医压力, 巩固脱贫攻坚成果, 丰富
 * 群众文化生活, 缩小城乡差距, 营造良好氛围, 追回违规资金 …), and what it does for people (方便群众出行, 便利群众生产生活, 惠及沿线群众,
 * 满足群众文化需求 — not 满足设计要求, a standard met —, 让群众喝上放心水, 使群众出行更便捷) — not before what a count
 * names (保护面积, 解决就业人数, 惠及人数: a name whose target is not written).
 */
const OUTCOME_VERBS =
  "(?:消除|解决|缓解|巩固|保护|丰富|缩小|扩大|营造|助力|美化|净化|节约|杜绝|避免|化解|弘扬|传承|激发|拓宽|拓展|健全|建立|改变|强化|夯实|树立|打造|遏制|保证|追回|挽回|" +
  "方便|便利|便于|惠及|造福|满足(?![^,;:。]*(?:标准|要求|规定|规范)[\\s。.;,]*$)|让|使(?!用))" +
  "(?![^\\d,;:。]*(?:数|量|额|面积|长度|规模|人次|户次|时长)[\\s。.;,]*$)";

/**
 * An outcome stated by its verb first: 带动群众增收, 提升群众满意度, 保障群众饮水安全, 减轻优抚对象医疗负担, 充分发挥政协
 * 协商民主作用, 消除校舍安全隐患 (OUTCOME_VERBS) — and a schedule (按季度考核、年度结算)
 * or a service (为县委县政府决策提供数据支撑) stated the same way.
 */
export const VERB_FIRST = new RegExp(
  "^\\s*(?:带动|提升|提高|改善|促进|保障|减少|降低|减轻|增加|增强|加强|推动|确保|实现|维护|优化|完善|防止|(?:充分)?发挥|" +
    `${OUTCOME_VERBS}|有效|持续|进一步|明显|显著|按(?:月|季度?|年度?|学期|时|期)|为(?=[^\\d,;:。]{1,20}?提供))`,
);

/**
 * VERB_FIRST's verbs that act on something written after them (保障机关正常运转, 带动群众增收, 提升群众满意度), and
 * OUTCOME_FIRST's 为…提供 and 形成: a statement of work whose words are its name as much as its target — not
 * the adverbs and schedules (有效…, 按时发放), which are a target with no name, as 及时发放 is.
 */
export const VERB_OBJECT_FIRST = new RegExp(
  "^\\s*(?:(?:带动|提升|提高|改善|促进|保障|减少|降低|减轻|增加|增强|加强|推动|确保|实现|维护|优化|完善|防止|形成|(?:充分)?发挥|" +
    `${OUTCOME_VERBS})[^\\d,;:。]{2,}[\\s。.;,]*$|为(?=[^\\d,;:。]{1,20}?提供))`,
);

/**
 * The first characters of VERB_OBJECT_FIRST's verbs: 带 提 改 促 保 减 降 增 加 推 确 实 维 优 完 防 形 发 充 为, and
 * OUTCOME_VERBS' 消 解 缓 巩 丰 缩 扩 营 助 美 净 节 杜 避 化 弘 传 激 拓 健 建 强 夯 树 打 遏 追 挽 方 便 惠 造 满 让 使.
 */
const WORK_FIRST = codeSet(
  "带提改促保减降增加推确实维优完防形发充为消解缓巩丰缩扩营助美净节杜避化弘传激拓健建强夯树打遏追挽方便惠造满让使",
);

/** Whether VERB_OBJECT_FIRST may match: the first character after spaces starts one of its verbs. */
export function mayStateWork(c: string): boolean {
  let k = 0;
  while (k < c.length && isJsSpace(c.charCodeAt(k))) k++;
  return WORK_FIRST.has(c.charCodeAt(k));
}

/** A target relative to last year with no number: 不高于上年, 不低于上年水平, 与上年持平, 较上年有所提高. */
export const RELATIVE_TARGET =
  /(?:不高于|不低于|不少于|不超过|高于|低于|持平于|与|较|比)(?:上年度|上一年|上年|去年|同期)/;

/**
 * Whether a character starts a target of its own (a digit, a comparator sign, 不…, 达到…, 未超过…, 至少…, 至多…,
 * 最低…, 逾…): then a comma before it separates a name from its target ("达标率100%，>=98%"), and the words
 * before are the name.
 */
export function startsTarget(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    code === 0x8fbe /* 达 */ ||
    code === 0x2265 ||
    code === 0x2264 ||
    code === 60 ||
    code === 61 ||
    code === 62 ||
    code === 0x4e0d ||
    code === 0x672a /* 未 */ ||
    code === 0x81f3 /* 至 */ ||
    code === 0x6700 /* 最 */ ||
    code === 0x903e /* 逾 */
  );
}

/** A clause after the target that relates it to last year: "达到42.5%，较上年提高0.3个百分点". */
export const RELATIVE_CLAUSE = /\s*(?:(?:较|比)(?:\d{4}\s*年|上年度|上一年|上年|去年|同期)|同比|环比)/y;

/** An unfilled target after a name: "培训人数≥**人", "合格率≥  %", "覆盖率≥XX%", "接诊人数XX人". */
export const PLACEHOLDER_TAIL =
  /(?:[≥≤<>=]+\s*(?:[*＊]+\s*[^\s\d*＊,;。]{0,4}|[xX]{2,}\s*[^\s\d,;。]{0,4}|%)|[*＊]{2,}\s*[^\s\d*＊,;。a-zA-Z]{0,4}|[xX]{2,}\s*[^\s\d,;。a-zA-Z]{0,4})[\s,;。.:]*$/;

/** "成本指标：控制在预算内", "不超过批复金额": a target with no name, in words. */
export const TARGET_WORD_START = /^\s*(控制在|不超过|不高于|不大于|不多于|不低于|不少于|[≥≤<>=])/;

/**
 * A number with a unit or % inside a sentence (not a year, not a label like 5.12): 完成全区200家企业安全检查,
 * 保障全镇路灯1450盏正常运行,
 * and with 万 or 亿 before what it counts (巩固提升1.8万农村人口饮水安全) — and a service's hours, the days of a
 * week times the hours of a day (提供7×24小时服务), which the target reads as 24 小时.
 */
export const QUANTITY_INSIDE =
  /(?<![\d.×xX*])\d+(?:\.\d+)?\s*(?:余|多)?\s*(?:万|亿)?\s*(?:余|多)?\s*(?:%|[个人家项次场件台套辆所支份条名户批期天座处株亩吨间栋块册篇元盏眼艘头只架张]|公里|平方米|立方米|小时|分钟|工作日|(?<=[万亿])(?=[\u4e00-\u9fa5]{2}))(?!\s*[×xX*])|(?<![\d.])\d{1,2}\s*[×xX*]\s*\d{1,2}\s*(?:个)?小时/;

/**
 * "半小时内响应上级数据核查", "两个工作日内办结": a time in Chinese numerals to act within, inside a sentence — a
 * number of its own, as QUANTITY_INSIDE's 2小时内 is (not 第一天内, a day counted).
 */
export const CN_TIME_WITHIN =
  /(?<![第\d一二两三四五六七八九十])(?:半|[一二两三四五六七八九十]{1,3})\s*个?\s*(?:小时|分钟|工作日|自然日|天|周|(?<=个\s*)月)\s*(?:以内|之内|内)/;

/** 满意度： and 服务对象满意度： — a category that, with no other name written, names the indicator too. */
export const SATISFACTION_LABEL = /^\s*(?:服务对象)?满意度\s*$/;

/** "指标值：≥2万家次" — a label some tables write before the target. */
export const TARGET_LABEL = /^\s*(指标值|目标值|年度指标值|年度目标值|预期目标|目标)(?:及单位)?\s*[:：]\s*/;

/** 确保, 力争, 争取 opening a name. */
export const RESOLVE_START = /^(?:确保|力争|争取)$/;

export const RESOLVE_FIRST = codeSet("确力争");

/**
 * What a modal before the target (MODAL_TAIL) ends with: 争 取 保 均 各 按, 持 of a hold (保持, 维持), 上 of a
 * hedge (全年驻村时间 | 原则上不少于220天), or 控制在's words before a figure.
 */
export function mayEndWithModal(c: string, nb: number): boolean {
  const last = c.charCodeAt(nb - 1);
  return MODAL_LAST.has(last) || c.lastIndexOf("控制在", nb) >= nb - 7;
}

const MODAL_LAST = codeSet("争取保均各按持上");

export const MODAL_TAIL =
  /(?:力争|争取|确保|原则上|(?<![人户亩日年月周平])均|各|按|控制在[^\d\s,;:。、()≥≤<>=]{0,4}|(?:持续|继续|稳定|始终|长期)?(?:保持|维持))$/;

/** 为, 在, 于 between a name and its number: 面积为8000平方米, 满意度在85%-95%之间, 项目于2025年6月底前. */
export const JOINING_WORD = /^[为在于]$/;

/** 行为, 作为, 成为, 认为, 因为: the 为 of a word, not one joining name and target (违法行为不少于1800起). */
export const WORD_BEFORE_WEI = codeSet("行作成认因称视");

/** The dimensions a thing is measured in: 长 宽 高 厚 深, and 径 of 直径 or 管径 (宽3.5米, 直径0.5米). */
export const DIMENSION = codeSet("长宽高厚深径");

/**
 * A state closing the words after a name: 医保基金运行平稳, 社会秩序良好, 水质优良, 收支平衡, 群众满意 —
 * and 总体平稳, 保持良好, 稳定达标 with the word that qualifies it, 平稳有序 two at once, 风貌 | 保持完好, 古建筑 | 保存完好; a term (服务期限 | 长期, 档案 |
 * 永久保存, 档案资源 | 长期安全保存, 烈士纪念设施 | 长期保护); a grade met (工程质量 | 合格, 服务质量 | 达标, 工程质量 | 全部合格, 工程验收 |
 * 一次合格) or a test passed (等保三级测评 | 通过, 管网打压试验 | 一次通过); work in place or done (工作部署 | 到位,
 * 年度任务 | 完成). Only at the
 * very end, so that a name holding the word (水质优良率, 收支平衡率, 空气质量良好天数, 验收合格率) is never cut: it
 * goes on after the word.
 */
export const STATE_TAIL =
  /(?:总体|整体|基本|保持|保存|持续|稳定|较为|比较|十分|非常|更加|均衡|全部|全面|均|一次性?)?(?:(?:平稳|良好|优良|平衡|满意|有序|畅通|合格|达标|完好){1,2}|达标(?:排放|处理)|到位|完成|通过|消除|(?:长期|永久)(?:有效|(?:安全)?保存|保护)?)[\s。.;,]*$/;

/**
 * The last characters of STATE_TAIL's words (稳 好 良 衡 意 序 通 格 标 位 成 过 除, 放 理 of 达标排放, 达标处理, and 期 久
 * 效 存 护 of 长期有效, 永久保存, 长期安全保存, 长期保护).
 */
const STATE_LAST = codeSet("稳好良衡意序通格标位成过除放理期久效存护");

/**
 * Whether STATE_TAIL may match: the text's last character before what it lets close the words (spaces
 * and 。 . ; ,) ends a state — a quick test before the pattern is tried.
 */
export function mayEndWithState(c: string): boolean {
  return endsWithCharIn(c, STATE_LAST);
}

/** STATE_TAIL's match, tried only where mayEndWithState lets it; null when none. */
export function stateAtEnd(c: string): RegExpExecArray | null {
  return mayEndWithState(c) ? STATE_TAIL.exec(c) : null;
}

/**
 * What a service gives, after the name of what gives it: 普查成果为宏观决策提供数据支撑; and work done
 * on a schedule agreed: 项目按合同约定时间完成, or in the time a rule sets, whatever the work: 按国家统计局规定
 * 时间报送; and a rule applied: 补助标准 | 按国家规定执行.
 */
export const SERVICE_TAIL =
  /(?:为[^\d,;:。]{1,20}?提供[^\d,;:。]{1,12}|按(?:合同|计划|规定|要求|约定|批复)[^\d,;:。]{0,8}?(?:完成|完工|交付|实施|运行)|按(?:国家|省|市|县|区|上级|相关|有关)?[\u4e00-\u9fa5]{0,5}?(?:规定|要求|约定)的?(?:时间|时限|期限|日期|节点)内?[\u4e00-\u9fa5]{2,4}|按(?:国家|省|市|县|区|上级|相关|有关)?[\u4e00-\u9fa5]{0,4}?(?:规定|标准|政策|文件)执行)[\s。.;,]*$/;

/**
 * An outcome stated by its verb with no name before it, in a cell of indicators without a label
 * (under one VERB_FIRST reads it): 为政府决策提供参考, 形成可复制可推广经验 — its ； or 。 closing it or not.
 */
export const OUTCOME_FIRST = /^\s*(?:形成|为(?=[^\d,;:。]{1,20}?提供))[^\d,;:。]{2,}?[\s。.;,]*$/;

/**
 * "项目成本≤预算数", "运维费用不超过合同金额": a comparator before words with no number — a bound in words
 * (a budget, a contract), the qualitative target; the words before it are the name.
 */
export const COMPARED_WORDS =
  /(?:[≥≤<>]=?|不超过|不高于|不大于|不多于|不低于|不少于)(?=\s*[^\d\s,;:。≥≤<>=*＊xX%]{2,12}[\s。.;,]*$)/;

/**
 * Qualitative targets the sentence tails (sentences.ts QUALITATIVE_TAIL, TIMING_TAIL) do not read, closing
 * the words after a name: 重污染天气 | 及时预警, 老年人健康档案 | 动态更新, 群众文化生活 | 日益丰富 (进一步丰富), 乡村面貌 | 焕然一新, 项目运行 |
 * 有序推进, 书香集美建设 | 持续推进, 危桥底数 | 全面摸清, 设备运行 | 稳定可靠, 工作任务 | 全面完成, 水质 | 改善明显 (the adverb
 * after the verb), 长效管理机制 | 建立健全, a level held (发病率 | 保持较低水平, 保持全国较低水平) and 全覆盖
 * (覆盖率 | 实现全覆盖, 十个行政村 | 实现自来水全覆盖), and all that should be, is (光荣牌悬挂 | 实现应挂尽挂, 应保尽保,
 * 应收尽收), and a part played after what plays it (长效机制 | 持续发挥作用, 堤防工程 | 长效发挥防洪作用, 基层阵地 | 发挥示范作用, 项目 | 持续发挥效益,
 * 农家书屋 | 作用明显 — not 充分发挥示范作用 with no name before it, a statement of work), and a reach over a
 * whole place (品牌宣传 | 覆盖全国主要城市, 信号 | 覆盖全县). Tried before those tails, which would cut 建立健全 after 建立.
 */
export const PHRASE_TAIL =
  /(?:(?:(?:基本|全面)?(?:实现|做到))?应([\u4e00-\u9fa5])尽\1|(?:及时|提前|实时|准确|动态|定期)(?:预警|预报|发布|公开|更新|报送|通报)|(?:日益|日趋|更加|更为|不断|愈加|进一步|持续|逐步)(?:丰富|多样|活跃|浓厚|优美|宜居)|焕然一新|面貌一新|大为改观|(?:有序|稳步|顺利|扎实|持续|全面|深入|加快|积极)(?:推进|开展|实施)|(?:稳定|安全)可靠|(?:全面|顺利|圆满)完成|(?:全面|基本|彻底)(?:摸清|查清|理清)|(?:提升|提高|改善|增强|好转|减少|下降|降低|改观|加强)(?:明显|显著)|建立健全|健全完善|建立完善|(?<=[\u4e00-\u9fa5]{2})(?:(?:持续|长期|长效|充分|有效|积极|切实|稳定|良好)发挥|(?<!持续|长期|长效|充分|有效|积极|切实|稳定|良好)发挥)[\u4e00-\u9fa5]{0,4}?(?:作用|效益|效能|功能)|作用(?:明显|显著)|(?:保持|维持)[^,;。\d]{0,10}?水平|(?:(?:基本|全面)?实现[^,;。\d]{0,6}?|基本|全面)?全覆盖|覆盖(?:全国|全省|全市|全县|全区|全镇|全乡|全域|城乡)(?:[\u4e00-\u9fa5]{0,4}?(?:城市|地区|乡镇|街道|行政村|村|社区|区域|学校|企业|人群))?)[\s。.;,]*$/;

/**
 * The last characters of PHRASE_TAIL's words (平 of 水平, 盖 of 全覆盖, 用 of 作用, 能 of 效能, 清 of 摸清, and the
 * places a reach covers: 国 of 全国, 市 of 主要城市, 村 of 行政村 …).
 */
const PHRASE_LAST = codeSet(
  "警报布开新报通富样跃厚美居观进展施靠成清显全善平盖用益能国省市县区镇乡域道村校业群",
);

/** 尽 of 应X尽X (应挂尽挂), the character before the last. */
const ALL_THAT_SHOULD = codeSet([0x5c3d /* 尽 */]);

/**
 * Whether PHRASE_TAIL may match: the last character before spaces and 。 . ; , closes one of its words, or
 * 尽 stands before it (应挂尽挂).
 */
export function mayEndWithPhrase(c: string): boolean {
  return endsWithCharIn(c, PHRASE_LAST) || endsWithCharIn(c, ALL_THAT_SHOULD, 1);
}

/**
 * A qualitative target read by its adverb, whatever verb or adjective follows it: 有效 or 充分 before a
 * verb (返贫致贫风险 | 有效防范, 数据支撑作用 | 有效发挥 — not before a noun: 有效投诉), 按计划, 按时, 及时, 如期
 * before one (各项会议 | 按计划及时召开), 更加 or 日益 before one or two adjectives (农村群众出行 | 更加便捷安全) — a
 * bare 更 before one of a closed list (群众出行 | 更方便; not 信息更新率) —, 顺利
 * before a verb and what it is done to (家庭经济困难学生 | 顺利完成学业, 项目 | 顺利通过验收), 全天候 or 全时段 before one
 * (防火期 | 全天候值守).
 * Tried after every other tail, so that none of their readings moves (困难群众基本生活 | 得到有效保障, 资金 |
 * 按学期及时拨付).
 */
export const ADVERB_TAIL =
  /(?:(?:更加|更为|日益|日趋|愈加|愈发)[\u4e00-\u9fa5]{2}(?:[\u4e00-\u9fa5]{2})?|更(?:方便|便捷|便利|安全|畅通|顺畅|舒适|整洁|优美|美丽|宜居|规范|完善|健全|高效|优质|丰富|和谐|稳定|有序|清洁|干净)|(?:有效|充分)(?!期|投诉|样本|数据|面积|库容|供给|需求|专利|发明|证件|时间|信息|线索|用户|会员|灌溉)[\u4e00-\u9fa5]{2}|(?:按计划|按要求|按规定|按时|按期|如期|及时){1,3}(?!率|性)[\u4e00-\u9fa5]{2}|顺利(?!率|性)[\u4e00-\u9fa5]{2}(?:[\u4e00-\u9fa5]{2})?|(?:全天候|全时段)[\u4e00-\u9fa5]{2})[\s。.;,]*$/;

/**
 * The last characters of ADVERB_TAIL's adverbs: 有效 充分 更加 更为 日益 日趋 愈加 愈发 按计划 按要求 按规定 按时 及时 按期
 * 如期 顺利 全天候 全时段, and a bare 更.
 */
const ADVERB_LAST = codeSet("效分加为益趋发划求定时期利候段更");

/**
 * The last characters of the adverbs before four characters: 更加 更为 日益 日趋 愈加 愈发 before two adjectives
 * (更加便捷安全), 顺利 before a verb and its object (顺利完成学业).
 */
const ADVERB2_LAST = codeSet("加为益趋发利");

/**
 * Whether ADVERB_TAIL may match: one of its adverbs ends two characters before the end (before spaces and
 * 。 . ; ,): 有效|防范 — or four, before two adjectives: 更加|便捷安全.
 */
export function mayEndWithAdverb(c: string): boolean {
  return endsWithCharIn(c, ADVERB_LAST, 2) || endsWithCharIn(c, ADVERB2_LAST, 4);
}

/**
 * 农民增收|明显, 带货销售额增长|显著: a bare 明显 or 显著 closing the words, after a name of two characters or
 * more — the target, vague as it is (as 农民收入 | 明显增加 reads). Tried after every other tail.
 */
export const VAGUE_TAIL = /(?<=[\u4e00-\u9fa5]{2})(?:明显|显著)[\s。.;,]*$/;
const VAGUE_LAST = codeSet("显著");

/** VAGUE_TAIL's match, tried only where the words end with 显 or 著; null when none. */
export function vagueAtEnd(c: string): RegExpExecArray | null {
  return endsWithCharIn(c, VAGUE_LAST) ? VAGUE_TAIL.exec(c) : null;
}

/**
 * "市政设施报修24小时内处置", "群众来信7个工作日内办结": a time to act within and the act closing the words
 * after a name — the target (as 资助资金 | 两个月内发放到位 reads in words); the name before it says what is
 * acted on, and with the act (group 1) what is measured (群众来信办结); a range of times is one (3～5个工作日内完成反馈).
 * (Not after a condition, 接到报警后15分钟内到达现场: parseItem keeps that whole.) Not a month of a year either,
 * nor a range's second bound alone: 2025年3-5月内完成 is a period of the calendar, a deadline, not 3–5 months.
 */
export const WITHIN_TIME =
  /(?:(?<![\d.年\-~～至到])\d+(?:\.\d+)?(?:\s*[-~～至到]\s*\d+(?:\.\d+)?)?|(?<![第\d一二两三四五六七八九十年\-~～至到])(?:半|[一二两三四五六七八九十]{1,3}))\s*个?(?:小时|分钟|工作日|自然日|日|天|周|月)\s*(?:以内|之内|内)\s*([^\d\s,;:。、()≥≤<>=]{1,8})[\s。.;,]*$/;

/**
 * A percentage, then words of four characters or more with no figure (the work it measures): 100%完成年度监测任务
 * — not 100%达标, a target alone, nor a bound or what the share is of (95%以上的受助学生按时获得资助).
 */
export const PERCENT_FIRST = /^(\s*\d+(?:\.\d+)?\s*%)\s*((?![以及左之内的])[\u4e00-\u9fa5]{4,20}[\s。.;,]*)$/;

/** Whether PERCENT_FIRST may match: the first character after spaces is a digit. */
export function mayStartPercent(c: string): boolean {
  let k = 0;
  while (k < c.length && isJsSpace(c.charCodeAt(k))) k++;
  const ch = c.charCodeAt(k);
  return ch >= 48 && ch <= 57;
}
