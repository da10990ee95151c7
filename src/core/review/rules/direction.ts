/**
 * Direction (指标方向): a comparator must point the way the indicator improves. Negative indicators
 * (事故, 投诉, 用时 …) want ≤ or <; positive ones (完成率, 满意度 …) want ≥ or >. Polarity comes from the
 * written 指标方向 column when there is one, else from lexicons/polarity.json.
 */
import type { IndicatorRecord } from "../../record";
import { BASIS } from "../basis";
import { amountAsWritten, comparatorSymbol, targetAsWritten } from "../format";
import { directionOf, directionWritesComparator, label, writesRatio } from "../indicator";
import { statesChange, writesComparator } from "../../text/comparatorWords";
import {
  isChangeName,
  isAnyCountName,
  isPercentName,
  isRateUnit,
  isSatisfactionName,
  normalize,
  polarityOf,
} from "../lexicon";
import type { ProjectView, Rule, Severity } from "../types";
import { cellKey } from "../tables";
import { budgetAsCost } from "./costs";
import { fractionOfOne, outOfRange } from "./rates";

export const direction: Rule = {
  meta: {
    code: "DIRECTION",
    severity: "error",
    scope: "indicator",
    title: { zh: "比较符方向错误", en: "Comparator points the wrong way" },
    messages: {
      negative: {
        zh: "指标“{name}”越小越好，目标却写成“{comparator}{amount}”（下限）{zeroZh}。",
        en: "“{name}” should be as low as possible, yet its target is “{comparator}{amount}” (a floor){zeroEn}.",
      },
      positive: {
        zh: "指标“{name}”越大越好，目标却写成“{comparator}{amount}”（上限）。",
        en: "“{name}” should be as high as possible, yet its target is “{comparator}{amount}” (a ceiling).",
      },
      column: {
        zh: "指标“{name}”越小越好，指标方向却写成“{direction}”，目标也写成了“{comparator}{amount}”（下限）{zeroZh}。",
        en: "“{name}” should be as low as possible, yet it is marked “{direction}” and its target is “{comparator}{amount}” (a floor){zeroEn}.",
      },
      columnOnly: {
        zh: "指标“{name}”越小越好，目标“{comparator}{amount}”（上限）方向正确，但指标方向（指标性质）写成了“{direction}”。",
        en: "“{name}” should be as low as possible and its target “{comparator}{amount}” (a ceiling) is right, but it is marked “{direction}”.",
      },
      standardCap: {
        zh: "“{name}”是发放给个人的补助（扶助）标准，目标“{comparator}{amount}”是上限，允许少发。",
        en: "“{name}” is a standard paid to people, yet its target “{comparator}{amount}” is a ceiling, which allows paying less.",
      },
      harmTolerated: {
        zh: "指标“{name}”的目标“{comparator}{amount}”允许发生{what}；本项目负责的安全责任事故、重大事故应以不发生为目标。",
        en: "The target of “{name}” (“{comparator}{amount}”) allows {whatEn} to happen; safety accidents in the project's own charge should be aimed at none.",
      },
      rise: {
        zh: "指标“{name}”越小越好，{whereZh}却是增加（“{said}”），等于计划让它上升。",
        en: "“{name}” should be as low as possible, yet {whereEn} plans a rise (“{said}”).",
      },
      floorOnFall: {
        zh: "指标“{name}”越小越好，目标却写成“{said}”：“≥”是下限，又没有写数值，年底无法核对。",
        en: "“{name}” should be as low as possible, yet its target is “{said}”: “≥” is a floor, and no figure is written, so nothing can be checked.",
      },
      bareColumn: {
        zh: "指标“{name}”越小越好，指标方向却写成“{direction}”；本表目标值不写比较符，由指标方向定上下限，“{amount}”因此成了下限{zeroZh}。",
        en: "“{name}” should be as low as possible, yet it is marked “{direction}”; this table writes no comparators and lets the column say floor or ceiling, so “{amount}” reads as a floor{zeroEn}.",
      },
      unsignedChange: {
        zh: "指标“{name}”越小越好，目标“{said}”只写了与上年比，没有写明升降，按字面是增加{amount}以上。",
        en: "“{name}” should be as low as possible, yet its target “{said}” compares with last year without saying up or down: as written it asks a rise of at least {amount}.",
      },
      complaintAsSatisfaction: {
        zh: "满意度指标下的“{name}”写成“{comparator}{amount}”：投诉率越低越好，这样高的下限更像是把满意度写成了投诉率。",
        en: "“{name}”, filed under satisfaction, reads “{comparator}{amount}”: a complaint rate should be low, and so high a floor looks like a satisfaction rate under the wrong name.",
      },
      columnOnlyZero: {
        zh: "指标“{name}”越小越好，目标“{amount}”（不发生）方向正确，但指标方向（指标性质）写成了“{direction}”。",
        en: "“{name}” should be as low as possible and its target “{amount}” (none) is right, but it is marked “{direction}”.",
      },
      zeroFloor: {
        zh: "指标“{name}”的目标写成“{comparator}{amount}”：“≥0”无论结果如何都成立，等于没有设目标。",
        en: "“{name}” has the target “{comparator}{amount}”: “≥0” holds whatever happens, so it sets no target.",
      },
      columnOnlyPositive: {
        zh: "指标“{name}”越大越好，目标“{comparator}{amount}”（下限）方向正确，但指标方向（指标性质）写成了“{direction}”。",
        en: "“{name}” should be as high as possible and its target “{comparator}{amount}” (a floor) is right, but it is marked “{direction}”.",
      },
    },
    basis: BASIS.accuracy,
    fix: { zh: "{fixZh}", en: "{fixEn}" },
  },
  check(view, ctx) {
    for (const r of view.indicators) {
      if (cappedStandard(r)) {
        const amount = amountAsWritten(r);
        ctx.report({
          indicator: r,
          messageId: "standardCap",
          severity: "info",
          data: {
            name: r.name,
            comparator: comparatorSymbol(r.comparator),
            amount,
            fixZh: `按规定标准足额发放，写“=${amount}”（规定的标准）或“≥${amount}”。`,
            fixEn: `Pay the standard in full: write “=${amount}” (the statutory standard) or “≥${amount}”.`,
          },
        });
        continue;
      }
      const unsigned = unsignedChange(r);
      if (unsigned) {
        ctx.report({ indicator: r, messageId: "unsignedChange", severity: "warning", data: unsigned });
        continue;
      }
      const rise = riseOnFalling(r);
      if (rise) {
        ctx.report({ indicator: r, messageId: rise.messageId, data: rise.data });
        continue;
      }
      const column = directionOf(r);
      const p = polarityOf(r.name, column);
      // 脱管漏管率 ≥0%, 完成率 ≥0%: a floor of none holds whatever happens, whichever way the name points — no
      // target at all (round 152 miss 5); a change (增长率 ≥0%, no fall) is a target, a name that falls gets
      // the fuller message below, and a ≥ only in the 指标方向 column over a 0 is the column's habit.
      if (
        p !== "negative" &&
        polarityOf(r.name) !== "negative" &&
        writesComparator(r.target) &&
        r.comparator === ">=" &&
        r.value === 0 &&
        !isChangeName(r.name) &&
        !statesChange(r.target) &&
        !/增|涨|升|变化|差距/.test(normalize(r.name))
      ) {
        ctx.report({
          indicator: r,
          messageId: "zeroFloor",
          severity: "warning",
          data: {
            name: r.name,
            comparator: comparatorSymbol(r.comparator),
            amount: amountAsWritten(r),
            fixZh:
              "写出本年度要达到的数值：越高越好的写“≥（数值）”，越低越好的写“≤（数值）”或不发生（“0”）。",
            fixEn:
              "Write the figure the year aims at: “≥(figure)” where higher is better, “≤(figure)” or none (“0”) where lower is better.",
          },
        });
        continue;
      }
      // "事故起数 下降≥5%": the comparator bounds the change, not the count.
      if (p === null || r.value === null || statesChange(r.target)) continue;
      const floor = r.comparator === ">=" || r.comparator === ">";
      const ceiling = r.comparator === "<=" || r.comparator === "<";
      const amount = amountAsWritten(r);
      // ≥0次: a floor of none holds whatever happens, and sets no target at all (round 127).
      const zeroFloor = r.comparator === ">=" && r.value === 0;
      const data = {
        name: r.name,
        comparator: comparatorSymbol(r.comparator),
        amount,
        ...zeroNote(zeroFloor),
      };
      const named = column === null ? null : polarityOf(r.name);
      if (named !== null && named !== p) {
        // The 指标方向 column contradicts a name whose way the words know (院前急救死亡率 | 正向): the
        // column is wrong. A target bounded the way the name wants (≤0.5%) stays as it is, and only the
        // column is to change (round 92 false alarm 1). A floor under 正向 on a name that should fall is
        // wrong too (出生缺陷发生率 | 正向 | ≥1.5‰, round 84 miss 1); a ceiling under 反向 on a name the
        // words read as rising is left alone, the officer having said the same way twice (污水收集率，
        // 下降至3%以下（反向）).
        const right = named === "negative" ? "反向" : "正向";
        // 院前急救死亡率 | 正向 | 0.5 | %, in a table where no target writes a comparator: the column is the
        // comparator (NO-COMPARATOR says so), and 正向 makes the figure a floor (round 133 miss 2).
        if (named === "negative" && columnFloor(r, view)) {
          ctx.report({
            indicator: r,
            messageId: "bareColumn",
            severity: "warning",
            data: {
              ...data,
              ...zeroNote(r.value === 0),
              direction: column?.trim() ?? "",
              fixZh: `指标方向改为“反向”，目标写“${r.value === 0 ? noneOf(r) : `≤${amount}`}”。`,
              fixEn: `Mark it 反向 (lower is better) and write “${r.value === 0 ? noneOf(r) : `≤${amount}`}”.`,
            },
          });
          continue;
        }
        // 桥梁安全事故发生率 | 正向 | 0%: none is the right aim, the column the wrong way (round 137).
        const none = named === "negative" && r.comparator === "=" && r.value === 0;
        const keeps = (named === "negative" && ceiling) || (named === "positive" && floor) || none;
        if (keeps)
          ctx.report({
            indicator: r,
            messageId: none ? "columnOnlyZero" : named === "negative" ? "columnOnly" : "columnOnlyPositive",
            severity: "warning",
            data: {
              ...data,
              direction: column?.trim() ?? "",
              fixZh: `指标方向（指标性质）改为“${right}”，目标“${data.comparator}${amount}”保留。`,
              fixEn: `Mark it ${right} (${named === "negative" ? "lower" : "higher"} is better) and keep the target “${data.comparator}${amount}”.`,
            },
          });
        else if (named === "negative" && floor)
          ctx.report({
            indicator: r,
            messageId: "column",
            data: {
              ...data,
              direction: column?.trim() ?? "",
              fixZh: `指标方向改为“反向”，目标改为“${r.value === 0 ? noneOf(r) : `≤${amount}`}”。`,
              fixEn: `Mark it 反向 (lower is better) and write “${r.value === 0 ? noneOf(r) : `≤${amount}`}”.`,
            },
          });
        continue;
      }
      // 养老机构安全责任事故 ≤1起: a ceiling above none tolerates the harm (round 119).
      const harm = p === "negative" && ceiling && r.value > 0 ? harmNone(r) : null;
      if (harm) {
        ctx.report({
          indicator: r,
          messageId: "harmTolerated",
          severity: "warning",
          data: {
            ...data,
            what: harm.what,
            whatEn: "accidents",
            fixZh: `改为“${harm.none}”。`,
            fixEn: `Write “${harm.none}” (none).`,
          },
        });
        continue;
      }
      // 满意度指标 | 群众投诉率 ≥90%: a satisfaction rate under a complaint's name, not a floor on complaints to turn
      // into a ceiling of 90% (round 137).
      if (p === "negative" && floor && complaintAsSatisfaction(r)) {
        ctx.report({
          indicator: r,
          messageId: "complaintAsSatisfaction",
          data: {
            ...data,
            fixZh: `如衡量的是满意度，名称改为“${satisfactionNameFor(r.name)}”，目标“${data.comparator}${amount}”保留；如确为投诉率，写实际可达的上限（如“≤5%”）并另设满意度指标。`,
            fixEn: `If satisfaction is meant, rename it “${satisfactionNameFor(r.name)}” and keep “${data.comparator}${amount}”; if it is truly a complaint rate, write a ceiling that can be reached (e.g. “≤5%”) and set a satisfaction indicator apart.`,
          },
        });
        continue;
      }
      if ((p === "negative" && floor) || (p === "positive" && ceiling)) {
        const suggest = p === "negative" ? "≤" : "≥";
        // ≥0起 on what should not happen: none, 0起, said the same way whatever the name (round 105); a
        // floor above none on an accident is none too, a ceiling being no aim.
        const zero = p === "negative" ? (r.value === 0 ? noneOf(r) : accidentsNone(r)) : null;
        // 环境信访投诉量 ≥5%: a count written as a percentage means a fall on last year; ≤5% keeps the
        // percentage UNIT-MISMATCH objects to (round 115).
        const countAsPercent =
          p === "negative" && normalize(r.unit) === "%" && isAnyCountName(r.name) && !isPercentName(r.name);
        const countUnit = /起|宗/.test(r.name) ? "起" : "件";
        ctx.report({
          indicator: r,
          messageId: p,
          data: {
            ...data,
            fixZh: countAsPercent
              ? `改为“较上年下降 ≥${amount}”，或写明件数上限“≤（数量）${countUnit}”；计数不宜写百分比。`
              : !zero
                ? `改为“${suggest}${amount}”。`
                : r.value === 0
                  ? `改为“${zero}”。`
                  : `改为“${zero}”；确需设上限的，写实际可达的数值（“${suggest}${amount}”偏高）。`,
            fixEn: countAsPercent
              ? `Write “较上年下降 ≥${amount}” (down on last year), or a ceiling on the count “≤(number)${countUnit}”: a count is no percentage.`
              : !zero
                ? `Write “${suggest}${amount}”.`
                : r.value === 0
                  ? `Write “${zero}” (none).`
                  : `Write “${zero}” (none); if a ceiling is truly needed, set one that can be reached (“${suggest}${amount}” is high).`,
          },
        });
      }
    }
  },
};

/** The note a floor of none gets (≥0 holds whatever happens), or none. */
function zeroNote(zeroFloor: boolean): { zeroZh: string; zeroEn: string } {
  return zeroFloor
    ? {
        zeroZh: "，而“≥0”无论发生多少都成立，等于没有设目标",
        zeroEn: ", and “≥0” holds whatever happens: it sets no target",
      }
    : { zeroZh: "", zeroEn: "" };
}

/**
 * A bare figure (0.5 | %) under a 正向 column in a project none of whose targets writes a comparator: the column is
 * how the table says floor or ceiling, so the figure is a floor.
 */
function columnFloor(r: IndicatorRecord, view: ProjectView): boolean {
  const column = directionOf(r);
  return (
    r.comparator === "=" &&
    column !== null &&
    /正向|越大越好|越高越好/.test(column) &&
    !writesComparator(r.target) &&
    !directionWritesComparator(r.direction) &&
    !anyWritten(view)
  );
}

/** A comparison with last year that says neither up nor down, at the end of a name or before the target's figure. */
const LAST_YEAR = "(?:同比|较上年|比上年|较去年|比去年|与上年相比)";
const UNSIGNED_END = new RegExp(`${LAST_YEAR}$`);
const UNSIGNED_START = new RegExp(`^${LAST_YEAR}[≥>＞]`);

/** Wrongs counted as they happen (欠薪案件发生数, 发案数), never the work done on them (办结, 查处). */
const WRONGS_COUNTED = /(?:欠薪|拖欠工资|案件|发案)(?:发生)?(?:数|起数|件数|数量|量)?$/;
const WORK_ON_WRONGS =
  /查处|办结|办理|受理|立案|侦破|破获|调解|审结|处置|处理|追回|清欠|解决|化解|结案|打击|排查|整改/;

function wrongsCounted(subject: string): boolean {
  return WRONGS_COUNTED.test(subject) && !WORK_ON_WRONGS.test(subject);
}

/**
 * 欠薪案件发生数较上年 ≥10%: a change on a lower-better count with a floor and no 下降 or 减少 — as written a rise of at
 * least 10%, where the officer surely meant a fall (round 137 miss 3).
 */
function unsignedChange(r: IndicatorRecord): Record<string, string> | null {
  if (r.value === null || r.value <= 0 || (r.comparator !== ">=" && r.comparator !== ">")) return null;
  if (normalize(r.unit) !== "%" || statesChange(r.target)) return null;
  const n = normalize(r.name);
  const t = normalize(r.target).replace(/\s+/g, "");
  const m = UNSIGNED_END.exec(n);
  const subject = m ? n.slice(0, m.index) : UNSIGNED_START.test(t) ? n : null;
  if (!subject || (polarityOf(subject) !== "negative" && !wrongsCounted(subject))) return null;
  const amount = amountAsWritten(r);
  const said = m ? `${m[0]} ${comparatorSymbol(r.comparator)}${amount}` : t;
  return {
    name: subject,
    said,
    amount,
    fixZh: `写明降幅：“${subject}较上年下降 ≥${amount}”。`,
    fixEn: `Say it falls: “${subject}较上年下降 ≥${amount}” (down on last year by at least ${amount}).`,
  };
}

/** A complaint rate under 满意度指标 with a high floor (群众投诉率 ≥90%): satisfaction under the wrong name. */
function complaintAsSatisfaction(r: IndicatorRecord): boolean {
  const filed = /满意/.test(`${r.level1 ?? ""}${r.level2 ?? ""}${r.level2Inferred ?? ""}`);
  return filed && /投诉/.test(r.name) && normalize(r.unit) === "%" && r.value !== null && r.value >= 50;
}

/** The satisfaction a complaint's name stands for: 群众投诉率 → 群众满意度. */
function satisfactionNameFor(name: string): string {
  const who = normalize(name).replace(/投诉.*$/, "");
  return `${who || "服务对象"}满意度`;
}

/** 同比增加, 较上年增长, 上升: a rise, at the end of a name or as the whole target. */
const RISE_WORDS = "(?:同比|较上年|比上年|较去年|比去年)?(?:增加|增长|上升|提高|提升|增多)";
const RISE_END = new RegExp(`${RISE_WORDS}(?:率|幅度)?$`);
const RISE_ONLY = new RegExp(`^(?:[≥>]=?)?${RISE_WORDS}$`);
/** ≥下降, ≥减少: a floor written before a fall, with no figure. */
const FLOOR_ON_FALL = /^[≥>]=?(?:同比|较上年|比上年)?(?:下降|减少|降低)$/;

/**
 * A lower-better measure planned to rise (round 127): 森林火灾发生次数同比增加 ≥10% (the rise in the name, its
 * subject's way ruling), 重污染天数 | 同比增加 (the rise as the target), or a floor before a fall with no figure
 * (夜间交通事故发生率 | ≥下降).
 */
function riseOnFalling(
  r: IndicatorRecord,
): { messageId: "rise" | "floorOnFall"; data: Record<string, string> } | null {
  const n = normalize(r.name);
  const t = normalize(r.target)
    .replace(/\s+/g, "")
    .replace(/[。.，,；;]+$/, "");
  const m = RISE_END.exec(n);
  if (m && m.index >= 2 && r.value !== null && r.comparator !== "<=" && r.comparator !== "<") {
    const subject = n.slice(0, m.index);
    if (polarityOf(subject) === "negative") {
      const amount = amountAsWritten(r);
      const fall = normalize(r.unit) === "%" ? `较上年下降 ≥${amount}` : `较上年下降 ≥（数值）%`;
      return {
        messageId: "rise",
        data: {
          name: subject,
          said: `${m[0]} ${comparatorSymbol(r.comparator)}${amount}`,
          whereZh: "名称和目标写的",
          whereEn: "its name with its target",
          fixZh: `改为“${subject}${fall}”，或写上限“${subject} ≤（数值）”。`,
          fixEn: `Write “${subject}${fall}” (down on last year), or a ceiling “${subject} ≤(number)”.`,
        },
      };
    }
  }
  if (r.value !== null || polarityOf(r.name) !== "negative") return null;
  if (RISE_ONLY.test(t))
    return {
      messageId: "rise",
      data: {
        name: r.name,
        said: t,
        whereZh: "目标写的",
        whereEn: "its target",
        fixZh: `改为下降目标，如“${r.name}较上年下降 ≥（数值）%”或“${r.name} ≤（数值）${unitOrBlank(r)}”。`,
        fixEn: `Aim at a fall, e.g. “${r.name}较上年下降 ≥(number)%” or a ceiling “${r.name} ≤(number)”.`,
      },
    };
  if (FLOOR_ON_FALL.test(t))
    return {
      messageId: "floorOnFall",
      data: {
        name: r.name,
        said: t,
        fixZh: `写明降幅或上限，如“${r.name}较上年下降 ≥（数值）%”或“${r.name} ≤（数值）${unitOrBlank(r)}”。`,
        fixEn: `State the fall or a ceiling, e.g. “${r.name}较上年下降 ≥(number)%” or “${r.name} ≤(number)”.`,
      },
    };
  return null;
}

/** The unit a ceiling is written in: 天 for days, % for a rate, else the unit written. */
function unitOrBlank(r: IndicatorRecord): string {
  const n = normalize(r.name);
  if (/天数$/.test(n)) return "天";
  if (isPercentName(n)) return "%";
  if (/(?:次数|起数)$/.test(n)) return n.endsWith("起数") ? "起" : "次";
  return normalize(r.unit);
}

/** Benefits people are entitled to at a set rate (扶助金, 低保, 抚恤, 特困供养, 生活补助, 高龄津贴). */
const ENTITLEMENT = /扶助|救助|抚恤|供养|低保|最低生活|生活(?:补助|补贴|费)|养老金|津贴|优待金/;

/**
 * A benefit paid to people at a standard (特别扶助标准 ≤700元/人·月, 低保补助标准): a floor the law sets, paid in
 * full, which a ceiling lets fall short (round 100). A subsidy capped per head (助餐补贴标准 ≤5元/人次, 培训补贴
 * ≤1600元/人) and a fee's ceiling (培训费标准 ≤400元/人·天) are costs held down, rightly capped.
 */
function cappedStandard(r: IndicatorRecord): boolean {
  if (r.comparator !== "<=" && r.comparator !== "<") return false;
  // 人均救助标准 ≤3000元/人次 under the 2021 framework's 成本指标 (经济成本指标): a cost cap, and right (round 128
  // false alarm 5); the 2015 framework's 产出指标/成本指标 holds the statutory standards round 100 asked paid in full.
  if (r.level1 === "成本指标") return false;
  const n = normalize(r.name);
  // 人均救助标准 ≤1.2万元/人·年 (康复救助, 医疗救助, 临时救助) and 报销标准: a maximum paid against the costs met,
  // whatever the table's framework (round 137 false alarm 3); 低保, 供养, 扶助 and 抚恤 are paid at their standard in full.
  if (/救助|报销/.test(n) && !/低保|最低生活|供养|扶助|抚恤|津贴|养老金/.test(n)) return false;
  const unit = normalize(r.unit);
  return (
    /标准$/.test(n) &&
    ENTITLEMENT.test(n) &&
    !/(?<!生活)费用?标准$|成本|经费/.test(n) &&
    /元/.test(unit) &&
    /\/(?:人|户)/.test(unit)
  );
}

/**
 * A safety or liability accident counted or rated (校园安全事故发生率 ≥5%, 安全责任事故 ≥2起): the target is
 * none, 0起, not the floor turned into a ceiling (round 98); road traffic, counted per 万车, is left alone.
 */
const ACCIDENT = /(?:安全|责任|生产|质量|医疗)事故|安全事件|(?:泄漏|泄露|流失)事件|火灾/;

/**
 * What is counted, without the words that say it is counted (校园安全事故发生数 → 校园安全事故; 违规套取补贴资金
 * 案件数 → …案件, the 件 of 案件 kept).
 */
function subjectOf(r: IndicatorRecord): string {
  return normalize(r.name).replace(/(?:的)?(?:发生)?(?:率|起数|次数|(?<!案)件数|数量|数)$/, "");
}

function accidentsNone(r: IndicatorRecord): string | null {
  const n = normalize(r.name);
  const unit = normalize(r.unit);
  if (!ACCIDENT.test(n) || /交通|道路/.test(n) || !/^(?:%|起|次|件|宗)?$/.test(unit)) return null;
  return `${subjectOf(r)} 0起`;
}

/**
 * Harm in the project's own charge no ceiling above none may allow, counted (养老机构安全责任事故 ≤1起, 重大森林火灾
 * ≤1次): the aim is none. A region's control figures (生产安全事故起数, 死亡人数 — set from above and rightly
 * above none), road traffic, fires in general and rates are left alone.
 */
const HARM = /(?:安全|责任)事故|(?:重大|特大|重特大).{0,8}(?:事故|火灾)|(?:泄漏|泄露)事件/;

function harmNone(r: IndicatorRecord): { none: string; what: string } | null {
  const n = normalize(r.name);
  const unit = normalize(r.unit);
  if (!HARM.test(n) || /生产|死亡|伤亡|交通|道路|车辆|公交|率|比例/.test(n)) return null;
  if (!/^(?:起|次|件|宗)$/.test(unit)) return null;
  return { none: `${subjectOf(r)} 0${unit}`, what: "事故" };
}

/**
 * None of what should not happen, as the officer counts it: ≥0次 of 温度超标次数 is 温度超标 0次, ≥0% of 投诉率 is
 * 投诉率 0%; a name that is a sentence (道路通行安全顺畅；因路面病害引发交通事故) is not quoted.
 */
function noneOf(r: IndicatorRecord): string {
  const unit = normalize(r.unit) || "起";
  const n = normalize(r.name);
  const subject = unit === "%" || unit === "‰" ? n : subjectOf(r);
  return /[；;，,。]/.test(n) || subject === "" ? `0${unit}` : `${subject} 0${unit}`;
}

/**
 * People counted for a benefit they are entitled to (城市低保保障人数, 特困供养人数): "rate" when the project has
 * no measure of all who qualify (应保尽保率, 保障率), "counted" when it has, else null.
 */
function entitledHeads(r: IndicatorRecord, view: ProjectView): "rate" | "counted" | null {
  if (!ENTITLEMENT.test(normalize(r.name)) || !/^(?:万|千)?(?:人|户|人次|名)$/.test(normalize(r.unit)))
    return null;
  const all = view.indicators.some((o) => o !== r && /应.尽.|保障率|覆盖率|纳入率/.test(normalize(o.name)));
  return all ? "counted" : "rate";
}

/**
 * A bare number whose meaning is obvious needs no comparator: 100% on a positive rate, 0 on a negative
 * count. A 0 on a positive indicator is a placeholder, not a missing comparator (SATISFACTION-LOW etc.).
 */
function obviousBare(r: IndicatorRecord, p: "positive" | "negative"): boolean {
  if (r.value === 0) return true;
  if (p !== "positive" || r.value !== 100) return false;
  // 监测覆盖率 | 100个: the whole of a rate, its unit a slip UNIT-MISMATCH says; no comparator is missing.
  return (
    normalize(r.unit) === "%" || (isPercentName(r.name) && normalize(r.unit) !== "" && !isRateUnit(r.unit))
  );
}

/** What NO-COMPARATOR says of a row: its message and data, or null when the row is no concern of it. */
interface BareFinding {
  messageId: "negative" | "positive" | "approx" | "directionSaid" | "countSaid" | "rate";
  data: Record<string, string>;
  /** The severity when it is not the rule's: a bare count beside a 正向 column is a hint. */
  severity?: Severity;
  /** The % is missing too (市民满意度 95): the fix writes it, and NO-UNIT leaves the row to this rule. */
  percentMissing: boolean;
}

/**
 * Whether the target of a rate is a bare number that can only be a percentage (市民满意度 95): a comparator
 * and the % are then one fix (“≥95%”), not two findings.
 */
function barePercent(r: IndicatorRecord): boolean {
  return (
    normalize(r.unit) === "" &&
    r.value !== null &&
    r.value > 1 &&
    r.value <= 100 &&
    isPercentName(r.name) &&
    !writesRatio(r.target)
  );
}

/** The name without a bracketed note at its end (补助标准（元/人）). */
function bareName(name: string): string {
  return normalize(name).replace(/[(（][^()（）]*[)）]$/, "");
}

/**
 * 补助标准 500元/人·月, 会议费综合定额 400元/人·天, 奖励标准 10万元/家: a standard or a norm is set by policy
 * and written as set, an exact figure nobody bounds with ≥ or ≤.
 */
const STANDARD = /(?:标准|定额)$/;

/** 采购CT设备 1台, 建设数据共享交换平台 1个: a few things bought or built are counted exactly (nobody writes ≥1台). */
const BOUGHT_OR_BUILT = /^(?:采购|购置|购买|新购|配置|配备|建设|新建|建成|搭建|开发|安装)/;
const FEW = 10;

function exactByNature(r: IndicatorRecord): boolean {
  const n = bareName(r.name);
  if (STANDARD.test(n)) return true;
  return BOUGHT_OR_BUILT.test(n) && r.value !== null && r.value < FEW && !isRateUnit(r.unit);
}

/** NO-COMPARATOR's verdict on one row of a project (the project tells whether its targets write comparators). */
export function bareTarget(r: IndicatorRecord, view: ProjectView): BareFinding | null {
  if (r.kind !== "quantitative" || r.value === null || (r.comparator !== "=" && r.comparator !== null))
    return null;
  // 约400万人次, 70%左右: whichever way the indicator should go, an approximate cannot be checked. A
  // sentence that mentions one (汛期时每天约300人次；非汛期…) describes the work rather than setting
  // its target, and is left to the other rules.
  if (isApproximate(r.target) && normalize(r.target).length <= APPROX_MAX) {
    const amount = amountAsWritten(r);
    // ≈65元/亩: the sign the officer wrote is the one to delete.
    const sign = /[≈≒~～]/.exec(r.target)?.[0];
    const drop = { zh: sign ? `“${sign}”` : "“约”“左右”", en: sign ? `“${sign}”` : "约 or 左右" };
    // 低保保障人数 约2.1万人: whoever qualifies is paid, so no ceiling (round 105); the floor is the
    // count expected, and all who qualify is the measure.
    const entitled = entitledHeads(r, view);
    return {
      messageId: "approx",
      percentMissing: false,
      data: {
        name: label(r),
        target: approximatePart(r.target) ?? targetAsWritten(r),
        words: sign ? `“${sign}”` : "约、左右",
        fixZh: entitled
          ? `写成可以核对的数：“≥${amount}”（按实际符合条件的对象），去掉${drop.zh}${entitled === "rate" ? "，并设“应保尽保率 100%”" : ""}；不设上限，符合条件的都应纳入。`
          : `写成可以核对的数：下限“≥${amount}”、上限“≤${amount}”或区间，去掉${drop.zh}。`,
        fixEn: entitled
          ? `Write a number that can be checked: “≥${amount}” (as many as qualify), without ${drop.en}${entitled === "rate" ? ", and add “应保尽保率 100%” (all who qualify covered)" : ""}; no ceiling, as everyone who qualifies is to be covered.`
          : `Write a number that can be checked: a floor “≥${amount}”, a ceiling “≤${amount}” or a range, without ${drop.en}.`,
      },
    };
  }
  // 正向指标 | 90 in a table where no target writes a comparator: the 指标性质 column is how this table
  // says floor or ceiling, so a bare number there is no omission.
  const said = r.direction !== null && DIRECTION_WORD.test(r.direction);
  if (said && !anyWritten(view)) return null;
  // The record's comparator is "=" both for a written "=" and for a bare number: the text tells.
  // "同比下降5%": the verb says which way; "=" in a column of its own is a choice; 85% under 优 is
  // what earns 优, the comparator being the grade scale's.
  if (writesComparator(r.target) || statesChange(r.target) || directionWritesComparator(r.direction))
    return null;
  if (view.gradeCells?.has(cellKey(r))) return null;
  if (exactByNature(r)) return null;
  const p = polarityOf(r.name, directionOf(r));
  // 0.95 for 95%: RATE-FRACTION's advice ("≥95%") is the one to follow, not "≥0.95"; "≥1" would
  // misread a ratio (岗位配比 1:1).
  if (fractionOfOne(r) || writesRatio(r.target)) return null;
  if (p === null) return unknownRate(r);
  if (obviousBare(r, p)) return null;
  // A sum saved (年节约供水运行成本 12万元) is larger-better like any count of work (15公里), which a bare
  // figure states well enough; only rates are told to say ≥.
  if (p === "positive" && !said && !isPercentName(r.name) && !isRateUnit(r.unit)) return null;
  const percentMissing = barePercent(r);
  const amount = amountAsWritten(r) + (percentMissing ? "%" : "");
  const suggest = p === "negative" ? "≤" : "≥";
  // 补助乡村医生人数 312人 | 正向: the column says which way, and a bare count of work reads as exact; the
  // comparators written beside it make this one the odd one out, which is worth a hint, not a warning.
  // 人均巡边次数 48次/年 beside 护边员人数 860人: a count per year or per head is a count of work all the same
  // (round 145), a hint as the bare count is; a sum per unit (元/人) and a share are not.
  const count =
    said && p === "positive" && !isPercentName(r.name) && (!isRateUnit(r.unit) || isCountPer(r.unit));
  return {
    messageId: count ? "countSaid" : said ? "directionSaid" : p,
    ...(count ? { severity: "info" as const } : {}),
    percentMissing,
    data: {
      name: r.name,
      target: targetAsWritten(r),
      direction: r.direction?.trim() ?? "",
      unitZh: percentMissing ? "，也没有写单位（%）" : "",
      unitEn: percentMissing ? " and no unit (%)" : "",
      fixZh: percentMissing
        ? `写明比较符和单位：如为${p === "negative" ? "上限" : "下限"}写“${suggest}${amount}”，如为确数写“＝${amount}”。`
        : `写明比较符：如为确数写“＝${amount}”，如为${p === "negative" ? "上限" : "下限"}写“${suggest}${amount}”。`,
      fixEn: percentMissing
        ? `State the comparator and the unit: “${suggest}${amount}” for a ${p === "negative" ? "ceiling" : "floor"}, “=${amount}” for an exact figure.`
        : `State the comparator: “=${amount}” for an exact figure, “${suggest}${amount}” for a ${p === "negative" ? "ceiling" : "floor"}.`,
    },
  };
}

/** A count per so much time or per head (次/年, 人次/月, 公里/人): things counted, no money and no share. */
function isCountPer(unit: string): boolean {
  const m = /^([\u4e00-\u9fff]{1,3})\/([\u4e00-\u9fff·.]{1,4})$/.exec(normalize(unit));
  return m !== null && !/元|%|‰/.test(m[1]);
}

const written = new WeakMap<ProjectView, boolean>();

/**
 * A rate whose better side no word tells (建档率, 检出率 …) written as a bare percentage (75%): whether it is a
 * floor or a ceiling is not said either, and the message asks which without guessing.
 */
function unknownRate(r: IndicatorRecord): BareFinding | null {
  if (normalize(r.unit) !== "%" || r.value === null || r.value <= 0 || r.value >= 100) return null;
  if (!isPercentName(r.name) || isChangeName(r.name) || isSatisfactionName(r.name)) return null;
  const amount = amountAsWritten(r);
  return {
    messageId: "rate",
    percentMissing: false,
    data: {
      name: r.name,
      target: targetAsWritten(r),
      fixZh: `写明比较符：如为下限写“≥${amount}”，如为上限写“≤${amount}”，如为确数写“＝${amount}”。`,
      fixEn: `State the comparator: “≥${amount}” for a floor, “≤${amount}” for a ceiling, “=${amount}” for an exact figure.`,
    },
  };
}

/** Whether any of the project's targets writes a comparator, in its text or in a column of its own. */
function anyWritten(view: ProjectView): boolean {
  let w = written.get(view);
  if (w === undefined) {
    w = view.indicators.some((r) => writesComparator(r.target) || directionWritesComparator(r.direction));
    written.set(view, w);
  }
  return w;
}

export const noComparator: Rule = {
  meta: {
    code: "NO-COMPARATOR",
    severity: "warning",
    scope: "indicator",
    title: { zh: "缺少比较符", en: "No comparator" },
    messages: {
      negative: {
        zh: "指标“{name}”越小越好，目标值只写了“{target}”，没有写明是上限（≤）还是其他{unitZh}。",
        en: "“{name}” should be as low as possible, but its target is a bare “{target}” with no comparator (≤?){unitEn}.",
      },
      positive: {
        zh: "指标“{name}”越大越好，目标值只写了“{target}”，没有写明是下限（≥）还是其他{unitZh}。",
        en: "“{name}” should be as high as possible, but its target is a bare “{target}” with no comparator (≥?){unitEn}.",
      },
      rate: {
        zh: "指标“{name}”的目标值只写了“{target}”，没有写明是下限（≥）还是上限（≤），年底无法判断是否完成。",
        en: "The target of “{name}” is a bare “{target}”: it does not say whether it is a floor (≥) or a ceiling (≤), so no one can tell at the year's end whether it was met.",
      },
      approx: {
        zh: "指标“{name}”的目标值“{target}”是约数（{words}），年底无法判断是否完成。",
        en: "The target of “{name}”, “{target}”, is approximate ({words}): at the year's end no one can tell whether it was met.",
      },
      directionSaid: {
        zh: "指标“{name}”的指标方向为“{direction}”，目标值只写了“{target}”{unitZh}，而本项目其他指标写了比较符，写法不一致。",
        en: "“{name}” is marked “{direction}” but its target is a bare “{target}”{unitEn}, while the project's other indicators write a comparator.",
      },
      countSaid: {
        zh: "指标“{name}”的指标方向为“{direction}”，目标值只写了“{target}”，可理解为确数；本项目其他指标写了比较符，建议写法一致。",
        en: "“{name}” is marked “{direction}” and its target is a bare “{target}”, which reads as an exact figure; the project's other indicators write a comparator, and this one may as well.",
      },
    },
    basis: BASIS.accuracy,
    fix: { zh: "{fixZh}", en: "{fixEn}" },
  },
  check(view, ctx) {
    // A total COST-BUDGET calls the wrong measure is not told which comparator to write (round 98).
    const budgetOn = ctx.settings.rules === null || ctx.settings.rules.includes("COST-BUDGET");
    const totals = new Set(budgetOn ? budgetAsCost(view).map(([r]) => r) : []);
    // 抽检任务覆盖率 120% (round 237): RATE-RANGE says the value is wrong; asking for “≥120%” would make it law.
    const rangeOn = ctx.settings.rules === null || ctx.settings.rules.includes("RATE-RANGE");
    for (const r of view.indicators) {
      if (totals.has(r) || (rangeOn && outOfRange(r))) continue;
      const found = bareTarget(r, view);
      if (found)
        ctx.report({ indicator: r, messageId: found.messageId, data: found.data, severity: found.severity });
    }
  },
};

/**
 * An approximate target: 约400万人次, 大约3万吨, 70%左右, 稳定在120万人左右, ≈65元/亩, ～65 (not 约束, 约定,
 * which are words, nor 80～90%, a range: the sign must come before the first number).
 */
export function isApproximate(target: string): boolean {
  const t = normalize(target);
  // Only the target's own (first) number counts: 2处（合计约3500平方米） is 2处, exactly.
  return (
    /^[^\d一二两三四五六七八九十]{0,8}?(?:大约|大概|约|[≈≒~])[\d一二两三四五六七八九十]/.test(t) ||
    /^[^\d]{0,8}?[\d.,]+[^\d，,；;。(（]{0,6}左右/.test(t)
  );
}

/** An approximate target is one this short (稳定在120万人左右); a longer one is a sentence about the work. */
const APPROX_MAX = 16;

/** The approximate words as written (每天约300人次 → 约300人次), for a target too long to quote whole. */
function approximatePart(target: string): string | null {
  const t = target.trim();
  if (t.length <= APPROX_MAX) return null;
  const m =
    /(?:大约|大概|约)\s*[\d.,]+\s*[万亿千百]?[^\s，,；;。、的]{0,4}|[\d.,]+\s*[万亿]?[^\s，,；;。、]{0,6}左右/.exec(
      t,
    );
  return m ? m[0] : null;
}

/** 正向指标, 反向, 越大越好: a 指标方向 or 指标性质 that says which way, not which comparator. */
const DIRECTION_WORD = /正向|反向|越大越好|越小越好|越高越好|越低越好/;

export const directionRules: Rule[] = [direction, noComparator];
