/** Percentages: impossible values, "≥100%", and satisfaction targets that are too low or unrealistically perfect. */
import type { IndicatorRecord } from "../../record";
import { BASIS } from "../basis";
import { comparatorSymbol, numberText, targetWithColumn } from "../format";
import {
  isChangeName,
  isAnyCountName,
  isPercentName,
  isSatisfactionName,
  normalize,
  polarityOf,
} from "../lexicon";
import type { ProjectView, Rule } from "../types";
import { projectExamples } from "../examples";

const isPercent = (r: IndicatorRecord) => normalize(r.unit) === "%";

/** A satisfaction level (not a change in it, not 不满意): its target is judged against the threshold. */
function isSatisfactionLevel(r: IndicatorRecord): boolean {
  return isSatisfactionName(r.name) && !isChangeName(r.name);
}

/** 群众安全感, 获得感, 幸福感, 认可度: a share a survey measures, as 满意度 is — never everyone (round 176 miss 2). */
const SURVEY_FEELING = /安全感|获得感|幸福感|认同感|认可度|认可率/;

/** A satisfaction level, or a feeling a survey measures as a share (群众安全感 100%): SATISFACTION-100/LOW judge both. */
function isSurveyLevel(r: IndicatorRecord): boolean {
  return isSatisfactionLevel(r) || (SURVEY_FEELING.test(normalize(r.name)) && !isChangeName(r.name));
}

/** The message of a satisfaction finding, or of a feeling's by survey (群众安全感). */
const surveyId = (r: IndicatorRecord, id: string) => (isSatisfactionLevel(r) ? id : `${id}Survey`);

/** A share beyond 0–100% (抽检任务覆盖率 120%): RATE-RANGE's case, whose value is wrong whatever its comparator. */
export function outOfRange(r: IndicatorRecord): boolean {
  if (!isPercent(r) || r.value === null || isChangeName(r.name)) return false;
  return [r.value, r.valueMax].some((v) => v !== null && (v > 100 || v < 0));
}

export const rateRange: Rule = {
  meta: {
    code: "RATE-RANGE",
    severity: "error",
    scope: "indicator",
    title: { zh: "百分比超出 0–100%", en: "Percentage outside 0–100%" },
    messages: {
      range: {
        zh: "指标“{name}”的目标值 {value}% 超出 0%–100% 的范围。",
        en: "The target of “{name}”, {value}%, is outside 0%–100%.",
      },
    },
    basis: BASIS.accuracy,
    fix: {
      zh: "核对目标值：比率应在 0%–100% 之间；若表示增长幅度，请在名称中写明“增长率”“提高幅度”。",
      en: "Check the value: a rate lies between 0% and 100%; if it is a growth figure, name it as such (增长率, 提高幅度).",
    },
  },
  check(view, ctx) {
    for (const r of view.indicators) {
      if (!outOfRange(r)) continue;
      const bad = [r.value, r.valueMax].find((v) => v !== null && (v > 100 || v < 0)) as number;
      ctx.report({ indicator: r, data: { name: r.name, value: numberText(bad) } });
    }
  },
};

/** A floor written as such (≥, 不低于, 以上, 大于 …), not a level reached (达到, 实现). */
const WRITTEN_FLOOR = /[≥≧>＞]|不低于|不少于|不小于|以上|大于|超过|高于|至少|多于/;

export const rate100Ge: Rule = {
  meta: {
    code: "RATE-100-GE",
    severity: "warning",
    scope: "indicator",
    title: { zh: "比率写成“≥100%”", en: "Rate written as “≥100%”" },
    messages: {
      ge: {
        zh: "指标“{name}”的目标值“{target}”：比率不可能超过 100%，写“不低于”没有意义。",
        en: "The target of “{name}” is “{target}”: a rate cannot exceed 100%, so a floor of 100% is meaningless.",
      },
    },
    basis: BASIS.accuracy,
    fix: {
      zh: "{fixZh}",
      en: "{fixEn}",
    },
  },
  check(view, ctx) {
    for (const r of view.indicators) {
      if (!isPercent(r) || r.value !== 100 || (r.comparator !== ">=" && r.comparator !== ">")) continue;
      // Growth rates may exceed 100%; satisfaction at 100% is SATISFACTION-100's (its advice differs); a count
      // as a percentage (养护里程 ≥100%) is no rate, and UNIT-MISMATCH asks for the count (round 84 #156).
      if (isChangeName(r.name) || isSurveyLevel(r)) continue;
      if (isAnyCountName(r.name)) continue;
      // 覆盖率达到100% (达到, 实现, 达) says the rate reaches 100%: that is =100%, not a floor above it.
      const inTarget = WRITTEN_FLOOR.test(normalize(r.target));
      const inColumn = r.direction !== null && WRITTEN_FLOOR.test(normalize(r.direction));
      if (!inTarget && !inColumn) continue;
      // Quoted as written: ≥100%, 100%以上, or the comparator column's ≥ before the 100%. A 指标方向 column's ≥
      // over a 完成率 (抽检任务完成率 | ≥ | 100) is the template's habit, and tasks may pass their plan: a hint
      // (round 125 judgement 1).
      const habit = !inTarget && COMPLETION.test(normalize(r.name));
      ctx.report({
        indicator: r,
        data: { name: r.name, target: targetWithColumn(r), ...rate100Fix(r.name, view) },
        ...(habit ? { severity: "info" as const } : {}),
      });
    }
  },
};

/**
 * A share of a population that is rightly below 100% (特困人员集中供养率: most are supported at home; 入住率,
 * 占比, 比重): =100% would be as unreal as the floor (round 112).
 */
const PART_SHARE = /集中供养|入住率|使用率|利用率|出租率|占比|比例|比重/;

/** A completion rate (抽检任务完成率, 计划完成率): work done against a plan, which may pass it. */
const COMPLETION = /完成率$/;

/**
 * A level a population reaches (居民健康素养水平, 政策知晓率, 普及率): never everyone, so =100% is as unreal as the
 * floor (round 125); only a completion or an accuracy rate is offered =100%.
 */
const POPULATION_LEVEL = /素养|知晓|知识.*率$|普及率|掌握率|认知率|水平$/;

/**
 * A name that is only a category's word (社会效益, 经济效益指标, 质量, 可持续影响): it names no measure, so neither
 * =100% nor a lower floor makes it one (泸县 社会效益 ≥100%, round 159).
 */
const CATEGORY_ONLY =
  /^(?:(?:社会|经济|生态|环境|综合|社会经济)?效益|可持续(?:影响|发展影响)?|产出|数量|质量|时效|成本|效果)(?:指标)?$/;

function rate100Fix(name: string, view: ProjectView): { fixZh: string; fixEn: string } {
  const n = normalize(name);
  if (CATEGORY_ONLY.test(n)) {
    const effect = /效益|可持续|效果/.test(n) ? projectExamples(view).effect : null;
    return {
      fixZh: `“${name}”只是指标类别，不是具体指标，写“=100%”也无法衡量：改写成实际衡量的指标名称和目标值${effect?.zh ?? "，如“（工作）合格率 ≥（数值）%”"}。`,
      fixEn: `“${name}” is only a category, no indicator, and “=100%” would measure nothing either: name what is measured and its target${effect?.en ?? ", e.g. “(work) pass rate ≥ (value)%”"}.`,
    };
  }
  if (POPULATION_LEVEL.test(normalize(name)))
    return {
      fixZh: `“${name}”是人群达到的水平，不会人人达到，100% 同样不可能：参照本地上年值和规划目标设定实际可达的数值，如“${name} ≥（上年值加预期提高）%”。`,
      fixEn: `“${name}” is a level a population reaches, never everyone, so 100% is as unreal: set a reachable figure from last year's local value and the plan, e.g. “${name} ≥ (last year's plus the rise)%”.`,
    };
  if (PART_SHARE.test(normalize(name)))
    return {
      fixZh: `“${name}”是部分对象所占的比例，一般达不到 100%：按上年实际和本年计划写实际可达的比例，如“${name} ≥（上年实际值）%”。`,
      fixEn: `“${name}” is the share of a part, which rarely reaches 100%: write the share that can be reached, from last year's figure and this year's plan, e.g. “${name} ≥ (last year's)%”.`,
    };
  return {
    fixZh: "改为“=100%”，或设定实际可达的下限如“≥98%”。",
    fixEn: "Write “=100%”, or a reachable floor such as “≥ 98%”.",
  };
}

/**
 * A satisfaction target stated as a percentage (or a bare number that can only be one); with `survey`, a feeling's
 * by survey too (群众安全感 100%).
 */
function satisfactionPercent(r: IndicatorRecord, survey = false): number | null {
  if (!(survey ? isSurveyLevel(r) : isSatisfactionLevel(r)) || r.kind !== "quantitative" || r.value === null)
    return null;
  const unit = normalize(r.unit);
  if (unit === "%" || (unit === "" && r.value <= 100)) return r.value;
  return null;
}

export const satisfactionLow: Rule = {
  meta: {
    code: "SATISFACTION-LOW",
    severity: "warning",
    scope: "indicator",
    title: { zh: "满意度目标过低", en: "Satisfaction target too low" },
    messages: {
      low: {
        zh: "满意度指标“{name}”的目标值 {value}% 低于 {min}%。",
        en: "The satisfaction target of “{name}”, {value}%, is below {min}%.",
      },
      zero: {
        zh: "满意度指标“{name}”的目标值为 0，应是漏填或占位。",
        en: "The satisfaction target of “{name}” is 0 — most likely left blank or a placeholder.",
      },
      lowSurvey: {
        zh: "“{name}”与满意度一样由抽样测评得出，目标值 {value}% 低于 {min}%。",
        en: "“{name}” is measured by survey as satisfaction is, and its target, {value}%, is below {min}%.",
      },
      zeroSurvey: {
        zh: "“{name}”与满意度一样由抽样测评得出，目标值为 0，应是漏填或占位。",
        en: "“{name}” is measured by survey as satisfaction is, and its target is 0 — most likely left blank or a placeholder.",
      },
      peers: {
        zh: "满意度指标“{name}”的目标值 {value}% 明显低于本表其他项目（{count}个项目，中位数 {peer}%）。",
        en: "The satisfaction target of “{name}”, {value}%, is well below the other projects of the table ({count} projects, median {peer}%).",
      },
    },
    basis: BASIS.satisfaction,
    fix: {
      zh: "{fixZh}",
      en: "{fixEn}",
    },
  },
  check(view, ctx) {
    const min = ctx.settings.satisfactionMin;
    for (const r of view.indicators) {
      const v = satisfactionPercent(r, true);
      // "≤ 80%" points the wrong way: DIRECTION reports it.
      // 0.95: a fraction of one, which RATE-FRACTION reports with the right advice.
      if (v === null || r.comparator === "<" || r.comparator === "<=" || fractionOfOne(r)) continue;
      if (v < min) {
        ctx.report({
          indicator: r,
          messageId: surveyId(r, v === 0 ? "zero" : "low"),
          data: {
            name: r.name,
            value: numberText(v),
            min,
            fixZh: isSatisfactionLevel(r)
              ? `设定合理的满意度目标，如“≥${min}%”。`
              : `按上年测评结果设定合理的目标，如“${r.name} ≥${min}%”。`,
            fixEn: `Set a reasonable target, e.g. “≥ ${min}%”.`,
          },
        });
        continue;
      }
      // The peers are the table's satisfaction targets: a feeling by survey is no satisfaction to hold to them.
      if (!isSatisfactionLevel(r)) continue;
      // ≥80% where the table's other projects ask 90–95%: set low for no stated reason (round 98 miss 5). Held to
      // the satisfactions of its own kind only: the public's or its beneficiaries' (round 243).
      const { count, peer } = peerMedian(ctx.all, view, satisfactionGroup(r.name));
      if (count < PEERS_MIN) continue;
      if (peer - v < PEER_GAP) continue;
      ctx.report({
        indicator: r,
        messageId: "peers",
        severity: "info",
        data: {
          name: r.name,
          value: numberText(v),
          count,
          peer: numberText(peer),
          fixZh: `核实是否有意设低；无特殊原因的，与本表其他项目一致，如“≥${numberText(peer)}%”。`,
          fixEn: `Check whether it is set low on purpose; if not, align it with the table's other projects, e.g. “≥ ${numberText(peer)}%”.`,
        },
      });
    }
  },
};

/** At least this many other projects state a satisfaction target before one is weighed against them. */
const PEERS_MIN = 3;
/** Points below the others' median that make a satisfaction target low among them. */
const PEER_GAP = 10;

/**
 * Whose satisfaction a name asks: the public's at large (社会公众满意度, 公众满意度, 群众食品安全满意度 — people the
 * project serves only in general, asked in a general survey, and commonly set lower) or the beneficiaries' (服务对象,
 * 受益群众, 补贴对象, 参训学员, 周边群众满意度 — people served by the work itself). The table-relative hint holds each
 * to its own kind (round 243): a public's 80% beside beneficiaries' 95% is no target set low. A bare 群众满意度 is
 * the template's word for those served, and stays with them.
 */
export type SatisfactionGroup = "public" | "served";

/** 社会公众, 公众, 社会满意度, and 群众 followed by what they are asked of (群众食品安全满意度, 群众对…的满意度). */
const PUBLIC_SATISFACTION =
  /社会公众|公众|^社会(?:满意|认可)|^(?:人民)?群众(?!满意)[\u4e00-\u9fff]{1,10}满意/;

/** 社会公众或服务对象满意度, the 2015 heading's words as a name: those served are asked too. */
const SERVED_TOO = /服务对象|受益|受助|补助对象|补贴对象/;

export function satisfactionGroup(name: string): SatisfactionGroup {
  const n = normalize(name);
  return PUBLIC_SATISFACTION.test(n) && !SERVED_TOO.test(n) ? "public" : "served";
}

/** Each project's highest satisfaction target of one kind, of the projects under review that state one. */
function satisfactionOf(all: readonly ProjectView[], group: SatisfactionGroup): Map<ProjectView, number> {
  const by = new Map<ProjectView, number>();
  for (const v of all) {
    const xs = v.indicators
      .filter(
        (r) =>
          !fractionOfOne(r) &&
          r.comparator !== "<" &&
          r.comparator !== "<=" &&
          satisfactionGroup(r.name) === group,
      )
      .map((r) => satisfactionPercent(r))
      // 100% (SATISFACTION-100's) and above are no standard to hold another project to (round 137).
      .filter((x): x is number => x !== null && x > 0 && x < 100);
    if (xs.length) by.set(v, Math.max(...xs));
  }
  return by;
}

/** Per review and kind: every project's satisfaction target sorted, and each project name's own targets. */
type PeerIndex = { sorted: number[]; byName: Map<string, number[]> };
const PEER_INDEX = new WeakMap<readonly ProjectView[], Partial<Record<SatisfactionGroup, PeerIndex>>>();

/**
 * How many other projects state a satisfaction target, and their median — the others' list without
 * building it: the review's targets are sorted once and the project's own name's taken out by position.
 * Building and sorting the list for each project made a table of 20,000 projects quadratic (round 200).
 */
function peerMedian(
  all: readonly ProjectView[],
  view: ProjectView,
  group: SatisfactionGroup,
): { count: number; peer: number } {
  let groups = PEER_INDEX.get(all);
  if (!groups) PEER_INDEX.set(all, (groups = {}));
  let index = groups[group];
  if (!index) {
    const by = satisfactionOf(all, group);
    // The same project under several districts (its villages) is one project, not its own peers: a name's
    // targets are all taken out below.
    const byName = new Map<string, number[]>();
    for (const [v, x] of by) byName.set(v.project.project, [...(byName.get(v.project.project) ?? []), x]);
    index = { sorted: [...by.values()].sort((a, b) => a - b), byName };
    groups[group] = index;
  }
  const { sorted } = index;
  const own = [...(index.byName.get(view.project.project) ?? [])].sort((a, b) => a - b);
  // The positions of the own name's targets in the sorted list (equal values: consecutive positions).
  const removed = own.map((x, i) => lowerBound(sorted, x) + own.slice(0, i).filter((y) => y === x).length);
  const count = sorted.length - own.length;
  if (count <= 0) return { count: 0, peer: 0 };
  const at = (i: number) => {
    let j = i;
    for (const r of removed) if (r <= j) j++;
    return sorted[j];
  };
  const m = count >> 1;
  return { count, peer: count % 2 ? at(m) : (at(m - 1) + at(m)) / 2 };
}

/** The first position in ascending `xs` whose value is not below `x`. */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const satisfaction100: Rule = {
  meta: {
    code: "SATISFACTION-100",
    severity: "warning",
    scope: "indicator",
    title: { zh: "满意度目标为 100%", en: "Satisfaction target of 100%" },
    messages: {
      full: {
        zh: "满意度指标“{name}”的目标值为“{target}”，要求人人满意，难以实现。",
        en: "The satisfaction target of “{name}” is “{target}”: everyone satisfied, which is not realistic.",
      },
      fullSurvey: {
        zh: "“{name}”与满意度一样由抽样测评得出，目标值为“{target}”，要求受访者人人给出肯定回答，难以实现。",
        en: "“{name}” is measured by survey as satisfaction is, and its target is “{target}”: every respondent answering yes, which is not realistic.",
      },
    },
    basis: BASIS.satisfaction,
    fix: {
      zh: "设定实际可达的目标，如“≥90%”或“≥95%”。",
      en: "Set a reachable target, e.g. “≥ 90%” or “≥ 95%”.",
    },
  },
  check(view, ctx) {
    for (const r of view.indicators) {
      if (
        satisfactionPercent(r, true) !== 100 ||
        r.comparator === "<" ||
        r.comparator === "<=" ||
        r.comparator === "between"
      )
        continue;
      ctx.report({
        indicator: r,
        messageId: surveyId(r, "full"),
        data: { name: r.name, target: targetWithColumn(r) },
      });
    }
  },
};

/**
 * A rate that should be high, written as a fraction of one: 0.95 (with % or no unit) for 95%. RATE-FRACTION
 * reports it; rules that would quote the same 0.95 (no comparator, no unit) stay quiet there.
 */
export function fractionOfOne(r: IndicatorRecord): boolean {
  if (r.kind !== "quantitative" || r.value === null || r.value <= 0 || r.value > 1 || isChangeName(r.name))
    return false;
  // The name's way first: 院前急救死亡率 | 正向 | ≤0.5% is a death rate whatever the column says (round 92
  // false alarm 2); the column decides only for a name the words do not place (检出率 | 正向 | 0.95).
  if ((polarityOf(r.name) ?? polarityOf(r.name, r.direction)) !== "positive") return false;
  return isPercent(r) || (normalize(r.unit) === "" && (isPercentName(r.name) || isSatisfactionName(r.name)));
}

export const rateFraction: Rule = {
  meta: {
    code: "RATE-FRACTION",
    severity: "warning",
    scope: "indicator",
    title: { zh: "比率像是写成了小数", en: "Rate written as a fraction" },
    messages: {
      fraction: {
        zh: "指标“{name}”的目标值 {value}{unit} 像是把 {percent}% 写成了小数（系统导出或单元格格式常见）。",
        en: "The target of “{name}”, {value}{unit}, looks like {percent}% written as a fraction (common in system exports and cell formats).",
      },
    },
    basis: BASIS.accuracy,
    fix: {
      zh: "写成“{comparator}{percent}%”，或把单元格设为百分比格式。",
      en: "Write “{comparator}{percent}%”, or format the cell as a percentage.",
    },
  },
  check(view, ctx) {
    for (const r of view.indicators) {
      if (!fractionOfOne(r)) continue;
      ctx.report({
        indicator: r,
        data: {
          name: r.name,
          value: numberText(r.value as number),
          unit: r.unit,
          percent: numberText(Math.round((r.value as number) * 10000) / 100),
          comparator: r.comparator === "=" || r.comparator === null ? "" : comparatorSymbol(r.comparator),
        },
      });
    }
  },
};

/** A training project (镇村干部培训经费, 基层卫生人才培训项目), whose trainees are its beneficiaries. */
const TRAINING = /培训|轮训|研修|进修/;
/** Trainees who are the public (群众技能培训, 农民培训, 应急救护培训): the public is asked rightly. */
const PUBLIC_TRAINEES = /群众|居民|市民|农民|村民|公众|全民|社会|妇女|青年|老年|残疾人|家长/;
/** Training open to anyone by its subject (就业创业培训, 急救技能培训): the public is asked rightly, … */
const PUBLIC_TOPIC = /就业|创业|技能|救护|急救|科普|普及/;
/** … unless the name says who is trained (退役军人就业创业培训; round 182 minor 1). */
const NAMED_TRAINEES = /退役军人|教师|干部|护林员|医务人员|医生|村医|社工|网格员|职工|公务员|党员|辅警|保安/;
/** Satisfaction asked of the public (群众满意度, 社会公众满意度, 市民满意率). */
const PUBLIC_SUBJECT = /^(?:辖区|社会|人民)?(群众|市民|居民|公众|社会公众)|^(?:学生)?(家长)/;
/** Satisfaction asked of the trainees (参训人员满意度, 学员满意度). */
const TRAINEE_SUBJECT = /参训|学员|受训|培训对象|参培/;

/**
 * A training project whose only satisfaction is asked of the public (镇村干部培训 | 群众满意度 ≥95%): those served
 * are the trainees, whose opinion of the training is what the indicator should ask (round 125 miss 5; a hint).
 */
export const satisfactionSubject: Rule = {
  meta: {
    code: "SATISFACTION-SUBJECT",
    severity: "info",
    scope: "indicator",
    title: { zh: "满意度调查对象不当", en: "Satisfaction asked of the wrong people" },
    messages: {
      trainees: {
        zh: "本项目是培训项目，服务对象是参训人员，满意度指标“{name}”调查的却是{subject}。",
        en: "This is a training project, serving its trainees, yet the satisfaction indicator “{name}” asks the {subjectEn}.",
      },
    },
    basis: BASIS.satisfaction,
    fix: {
      zh: "满意度调查对象应为参训人员，如“参训人员满意度 ≥90%”。",
      en: "Ask the trainees, e.g. “trainee satisfaction ≥ 90%”.",
    },
  },
  check(view, ctx) {
    const project = normalize(view.project.project);
    if (!TRAINING.test(project) || PUBLIC_TRAINEES.test(project)) return;
    if (PUBLIC_TOPIC.test(project) && !NAMED_TRAINEES.test(project)) return;
    const satisfaction = view.indicators.filter((r) => isSatisfactionName(r.name));
    if (satisfaction.some((r) => TRAINEE_SUBJECT.test(normalize(r.name)))) return;
    for (const r of satisfaction) {
      const m = PUBLIC_SUBJECT.exec(normalize(r.name));
      const subject = m?.[1] ?? m?.[2];
      if (subject)
        ctx.report({
          indicator: r,
          data: { name: r.name, subject, subjectEn: m?.[1] ? "public" : "parents" },
        });
    }
  },
};

export const rateRules: Rule[] = [
  rateRange,
  rate100Ge,
  rateFraction,
  satisfactionLow,
  satisfaction100,
  satisfactionSubject,
];
