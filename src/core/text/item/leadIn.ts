/** Words before a comma or a colon that lead in to an indicator after them, or name the indicator itself. */
import { endBeforePunct, endBeforeSpace } from "../chars";
import { categoryOfLabel, namesOtherBlock } from "../categories";
import { CN_FIGURE, hasDigitOrMark, OUTCOME_AFTER, QUALITATIVE_TAIL, sizesTheChange } from "../sentences";
import { firstNonSpace } from "./scan";
import { stateAtEnd, VERB_FIRST } from "./patterns";
import { labelColon } from "./labels";
import { codeSet } from "../charClass";

/**
 * Whether the words before the separator at `sep` lead in to an indicator after it: they hold no
 * number and end in no measure (参保率, 补助标准 and 培训人数 name a target after a comma), and what
 * follows has a name of its own with a comparator (参保率≥95%), or — after a colon — with a quantity
 * closing it (建立居民健康档案2.1万份), or starts with a category label (数量指标：网格员配备≥86名).
 */
export function leadsIn(c: string, p: number, sep: number, end: number, packed: boolean): boolean {
  // Most targets after a separator start with a figure or a comparator: no name of their own.
  if (!mayStartName(firstNonSpace(c, sep + 1, end))) return false;
  if (sep - p < 2 || holdsFigure(c, p, sep)) return false;
  // "农民收入稳定增长，增长率≥6%", "销售额稳步提升，提升幅度≥10%": a change said in words, then its size — one
  // indicator (as …，增幅≥6% is), not words leading in to a measure named 增长率.
  if (c.charCodeAt(sep) !== 58 && sizesTheChange(c.slice(p, sep), c.slice(sep + 1, end))) return false;
  // Words that say why or what for (依据国家标准，…; 改善人居环境，…; 保障运转，…) lead in to any indicator.
  LEAD_IN_START.lastIndex = p;
  // "项目实施后，带动脱贫户户均增收2000元以上": so do words of when the outcome comes (…实施后, …建成后).
  const purpose =
    LEAD_IN_START.test(c) ||
    (c.charCodeAt(endBeforeSpace(c, p, sep) - 1) === 0x540e /* 后 */ && OUTCOME_AFTER.test(c.slice(p, sep)));
  // "管理指标：档案完整率100%": a label of a block record.md names no category for, before a whole
  // indicator of its own — no name (as it is no record alone on its line: segment.ts).
  const blockLabel = c.charCodeAt(sep) === 58 && namesOtherBlock(c.slice(p, sep));
  const rest = c.slice(sep + 1, end);
  if (!purpose && !blockLabel && endsWithMeasure(c, p, sep))
    // "补贴标准：生活补贴≥80元/人·月，护理补贴≥80元/人·月": a measure before a colon heads a list of
    // members, each with its own name and figure, cut at the comma — the first is named as the others.
    return c.charCodeAt(sep) === 58 && cutAtComma(rest) && OWN_NAME_COMPARED.test(rest);
  if (blockLabel) return OWN_NAME_COMPARED.test(rest) || OWN_NAME_QUANTITY.test(rest);
  // "参保率≥95%", "演练次数≥4次": a measure's own name (not a verb phrase: 开展巡查不少于24次 is the
  // target of 巡查监管).
  const compared = OWN_NAME_COMPARED.exec(rest);
  if (compared && (purpose || endsWithMeasure(rest, 0, compared[1].length))) return true;
  // (方便茶农采茶运输，亩均节约人工成本约两百元: a quantity in Chinese numerals is one as digits are.)
  if (purpose && (OWN_NAME_QUANTITY.test(rest) || OWN_NAME_CN_QUANTITY.test(rest))) return true;
  // "保障民生，困难群众基本生活得到保障", "改善人居环境，村容村貌明显改善": after words of purpose, a
  // name of its own closed by a change or a state is the indicator.
  if (purpose && packed && ownNameState(rest)) return true;
  if (c.charCodeAt(sep) !== 58) return false;
  const colon = labelColon(rest, 0);
  if (colon > 0 && categoryOfLabel(rest.slice(0, colon)) !== null) return true;
  // "镇卫生院基本公共卫生服务：建立居民健康档案2.1万份", "履职效能：完成年度重点工作任务15项": a
  // heading before a colon — and a short one before a whole indicator of its own ("巡河：乡级河长每月巡河
  // 不少于1次", "保洁：聘用河道保洁员24名", Shanghai's "人力资源：专职人员≥3名").
  return OWN_NAME_QUANTITY.test(rest) || (compared !== null && sep - p <= 4);
}

/**
 * Whether [p, sep) holds a figure or a mark — an age aside: 为辖区35-64岁适龄妇女提供免费筛查 says who is served,
 * and measures nothing, as words alone do.
 */
function holdsFigure(c: string, p: number, sep: number): boolean {
  if (!hasDigitOrMark(c, p, sep)) return false;
  const words = c.slice(p, sep).replace(AGE, "");
  return hasDigitOrMark(words, 0, words.length);
}

/** An age or a range of ages: 65岁以上, 60周岁及以上, 35-64岁, 0～6岁. */
const AGE = /\d+(?:\s*[-~～至到]\s*\d+)?\s*周?岁(?:及以上|以上|以下)?/g;

/** Whether the text ends at a comma (spaces aside): an item cut from a sentence of whole indicators. */
function cutAtComma(rest: string): boolean {
  const k = endBeforeSpace(rest, 0, rest.length);
  return k > 0 && rest.charCodeAt(k - 1) === 44 /* , */;
}

/** A name of its own (no figure, not a verb or 每/其中/较…) closed by a change or a state: 村容村貌明显改善, 水质稳定达标. */
function ownNameState(rest: string): boolean {
  if (
    hasDigitOrMark(rest, 0, rest.length) ||
    /[,;:。、]/.test(rest.slice(0, endBeforePunct(rest, 0, rest.length)))
  ) {
    return false;
  }
  if (VERB_FIRST.test(rest) || NOT_OWN_NAME_START.test(rest)) return false;
  // (A state met closes it as a change does: 项目实施后，湖区水质稳定达标.)
  const tail = QUALITATIVE_TAIL.exec(rest) ?? stateAtEnd(rest);
  return tail !== null && tail.index - (rest.length - rest.trimStart().length) >= 2;
}

/** Whether a character can start a name of its own after a separator (not a digit, a mark, 不 or 约). */
function mayStartName(code: number): boolean {
  return code >= 0x4e00 && code !== 0x4e0d /* 不 */ && code !== 0x7ea6 /* 约 */ && code < 0xff00;
}

/**
 * Words that open a purpose, a basis or an outcome: 依据…, 围绕…, 改善…, 保障…, and what is done for people
 * (解决群众夜间出行难问题, 方便群众出行) — an adverb before the verb or not (进一步改善群众出行条件) —, and
 * what is done for whom (对特殊困难群体参保缴费给予补助, 对全县农村公路进行养护, 对重点企业实施检查; not 对口支援…,
 * 对标…, 对象…, which name a measure).
 */
const LEAD_IN_START =
  /\s*(?:对[^\d,;:。]{1,24}?(?:给予|进行|实施)|(?:有效|切实|进一步|全面|持续)?(?:通过|为了|为|围绕|按照|根据|依据|依托|结合|改善|提升|提高|促进|推动|带动|保障|确保|实现|加强|增强|营造|丰富|稳定|解决|方便|便利|便于|缓解|消除|开展))/y;

/** Whether [p, sep) ends as a measure's name does: 参保率, 培训人数, 补助标准, 完成时间, 群众满意度 … */
export function endsWithMeasure(c: string, p: number, sep: number): boolean {
  const k = endBeforeSpace(c, p, sep);
  if (k === p) return false;
  if (MEASURE_LAST.has(c.charCodeAt(k - 1))) return true;
  return k - p >= 2 && MEASURE_LAST_TWO.has(c.slice(k - 2, k));
}

const MEASURE_LAST = codeSet("数率量度额值比");

const MEASURE_LAST_TWO = new Set(
  "面积 长度 规模 标准 时间 时限 期限 进度 比例 资金 经费 费用 成本 收入 效益 效果 成果 水平 能力 情况 人次 时长 周期 里程 指标 目标".split(
    " ",
  ),
);

/**
 * What no name of its own starts with: 每…, 其中…, 较…, 同比…, 约…, a comparator word (不少于, 达到 — and
 * 超过, 低于, 至少 …: 安全事故：低于3起 is the target of the name before the colon), and an average per
 * period right before its figure (日均约120人, 年均300人次, 人均约2000元 — not 年均增长率), or the whole of a
 * period right before it (全天24小时, 全年365天: how long, the target of the name before the colon).
 */
const NOT_OWN_NAME =
  "每|其中|含|较|比|同比|环比|约|共|合计|累计|为|在|于|达到|不|按|截至|到|超过|大于|高于|多于|小于|低于|少于|至少|(?:[日年月周人户]均|全天|全日|全年|常年)\\s*(?:约|达到?|不少于|不低于|不超过|[≥≤<>=])?\\s*\\d";

/** What no name closed by a state starts with: those words, or a resolve (力争, 确保) or a period (全年). */
const NOT_OWN_NAME_START = new RegExp(`^\\s*(?:${NOT_OWN_NAME}|力争|争取|确保|全年)`);

/** A name of its own (not 每…, 其中…, 较…), then a comparator and a number: 参保率≥95%. */
const OWN_NAME_COMPARED = new RegExp(
  `^(\\s*(?!${NOT_OWN_NAME}|全年\\s*(?:[≥≤<>=]|不|达到|至少))[^\\d\\s,;:。、()≥≤<>=*]{2,16}?)\\s*` +
    "(?:[≥≤<>=]|不少于|不低于|不超过|不高于|大于|小于|高于|低于|超过|达到|至少)\\s*\\d",
);

/**
 * A name of its own, then a quantity that ends the text: 建立居民健康档案2.1万份 — its bound after the unit too
 * (灌区亩均节水80立方米以上, where the unit and 以上 are longer than a unit alone).
 */
const OWN_NAME_QUANTITY = new RegExp(
  `^\\s*(?!${NOT_OWN_NAME})[^\\d\\s,;:。、()≥≤<>=*]{2,16}?\\s*` +
    "\\d+(?:\\.\\d+)?\\s*(?:万|亿)?\\s*[^\\d\\s,;:。、()]{1,4}?(?:以上|以下|以内)?[\\s。.;,]*$",
);

/** A name of its own, then a quantity in Chinese numerals that ends the text: 亩均节约人工成本约两百元, 观众人次三万人次. */
const OWN_NAME_CN_QUANTITY = new RegExp(
  `^\\s*(?!${NOT_OWN_NAME})[^\\d\\s,;:。、()≥≤<>=*]{2,16}?(?<![零〇一二两三四五六七八九十百千万点约])\\s*(?:约\\s*)?` +
    `${CN_FIGURE}[\\s。.;,]*$`,
);

/** The first characters of the comparator words BOUND_FIRST reads (a quick check before the pattern). */
const BOUND_FIRST_CHAR = codeSet("超大高多小低少至");

/** A comparator word that no name starts with, and a figure after it if one follows at once. */
export const BOUND_FIRST = /^(?:超过|大于|高于|多于|小于|低于|少于|至少)(\s*\d+(?:\.\d+)?\s*(?:万|亿)?)?/;

/**
 * Whether the name [na, nb) opens with a comparator word (至少开展应急演练, 超过300户农户受益): the word is
 * the target's bound, never the name's. Returns the bound's length and the figure's after it (0 when none
 * follows at once), or null.
 */
export function boundFirst(c: string, na: number, nb: number): { bound: number; figure: number } | null {
  if (nb - na < 4 || !BOUND_FIRST_CHAR.has(c.charCodeAt(na))) return null;
  const m = BOUND_FIRST.exec(c.slice(na, nb));
  if (!m) return null;
  return { bound: m[0].length - (m[1]?.length ?? 0), figure: m[1]?.length ?? 0 };
}
