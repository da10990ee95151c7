/**
 * The one payment standard a goal states (按每人每月800元标准发放, 每生每年1000元, 800元/人·月, 人均补助标准94元):
 * where the cost indicator is only the funds' total, the cap to write is already there (COST-BUDGET's advice, round
 * 243). Strict, for advice that quotes a figure must quote the right one: money per head or unit, in a clause that
 * pays or sets a standard, never an effect (户均增收800元, 人均可支配收入), and null where the goal states two.
 */
import { numberText } from "./format";
import { normalize } from "./lexicon";

export interface GoalStandard {
  /** The words of the goal that state it (每人每月800元). */
  text: string;
  /** The cap as a cost indicator's target: ≤800元/人·月. */
  cap: string;
  /** A name for the indicator: 人均补贴标准, 每公里补助标准, 单位成本. */
  name: string;
}

/** Heads and units a standard is paid per. */
const HEAD = "人|生|户|亩|名|位|个|座|所|村|床|头|只|岗|公里|平方米|立方米|吨|件|次|人次";
/** The periods it is paid by. */
const PERIOD = "年|月|天|日|学年|学期";
const MONEY = "(\\d+(?:\\.\\d+)?)(万)?元";

/** 每人每月800元, 每生每年补助1000元, 每亩120元. */
const PER_HEAD_FIRST = new RegExp(
  `每(${HEAD})(?:每(${PERIOD}))?(?:补助|补贴|资助|发放|奖补|奖励|给予|救助)?(?:标准)?(?:为)?${MONEY}`,
  "g",
);
/** 每月每人800元. */
const PERIOD_FIRST = new RegExp(
  `每(${PERIOD})每(${HEAD})(?:补助|补贴|资助|发放|奖补|奖励|给予|救助)?(?:标准)?(?:为)?${MONEY}`,
  "g",
);
/** 800元/人·月, 1000元/生·年. */
const SLASHED = new RegExp(`${MONEY}/(${HEAD})(?:[·.•・](${PERIOD}))?`, "g");
/** 人均补助标准94元, 亩均补贴120元. */
const AVERAGE = new RegExp(
  `(人|生|户|亩)均(?:补助|补贴|资助|发放|奖补|救助|津贴)?(?:标准)?(?:为|达到|不低于)?${MONEY}`,
  "g",
);

/** A clause that pays or sets a standard (发放, 补助, 标准 …). */
const PAYS = /标准|补助|补贴|资助|发放|奖补|津贴|救助|定额|奖励/;
/** A clause about an effect or a saving, whose money per head is no standard (户均增收800元, 人均可支配收入). */
const EFFECT = /增收|收入|增加|节约|节省|降低|减少|带动/;

/** The kind of money, named in the clause, for the indicator's name (津贴 → 人均津贴标准). */
const KIND = /补贴|津贴|资助|奖补|救助|补助/;

export function goalStandard(goal: string): GoalStandard | null {
  const found = new Map<string, GoalStandard>();
  for (const clause of normalize(goal).split(/[，。；;,！!？?]/)) {
    if (!PAYS.test(clause) || EFFECT.test(clause)) continue;
    const kind = KIND.exec(clause)?.[0] ?? null;
    const add = (
      text: string,
      value: string,
      wan: string | undefined,
      head: string,
      period: string | undefined,
    ) => {
      const unitHead = head === "名" || head === "位" ? "人" : head;
      const per = period ? `${unitHead}·${period === "日" ? "天" : period}` : unitHead;
      const cap = `≤${numberText(Number(value))}${wan ?? ""}元/${per}`;
      const lead = unitHead.length === 1 && /[人生户亩]/.test(unitHead) ? `${unitHead}均` : `每${unitHead}`;
      found.set(cap, { text, cap, name: kind ? `${lead}${kind}标准` : "单位成本" });
    };
    // Each form read once: what one form took is blanked for the next (每月每人600元 is not also 每人600元).
    let rest = clause;
    const read = (re: RegExp, take: (m: RegExpMatchArray) => void) => {
      for (const m of rest.matchAll(re)) take(m);
      rest = rest.replace(re, "#");
    };
    read(PERIOD_FIRST, (m) => add(m[0], m[3], m[4], m[2], m[1]));
    read(PER_HEAD_FIRST, (m) => add(m[0], m[3], m[4], m[1], m[2]));
    read(SLASHED, (m) => add(m[0], m[1], m[2], m[3], m[4]));
    read(AVERAGE, (m) => add(m[0], m[2], m[3], m[1], undefined));
  }
  // Two standards (城市800元, 农村600元): which the cost is of is not told.
  return found.size === 1 ? [...found.values()][0] : null;
}
