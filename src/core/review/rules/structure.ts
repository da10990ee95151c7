/** How indicators are written: the same one twice, broken numbering, a target written into the name, no name at all. */
import type { IndicatorRecord } from "../../record";
import { categoryOfLabel } from "../../text/categories";
import { BASIS } from "../basis";
import { numberText, targetAsWritten } from "../format";
import { answersNone, LEADING_NUMBER } from "../indicator";
import { hasListHeading } from "../listHeadings";
import { nameKey, normalize } from "../lexicon";
import type { Rule } from "../types";
import { restatedOutput } from "./categories";

export const duplicate: Rule = {
  meta: {
    code: "DUPLICATE",
    severity: "warning",
    scope: "indicator",
    title: { zh: "指标重复", en: "Duplicate indicator" },
    messages: {
      same: {
        zh: "指标“{name}”在本项目中重复出现（第一次在 {first}）。",
        en: "Indicator “{name}” appears twice in this project (first at {first}).",
      },
    },
    basis: BASIS.clarity,
    fix: {
      zh: "删除重复的指标；确是两项不同内容的，在名称中写明区别（如对象、地点或时段）。",
      en: "Delete the duplicate; if they are two different things, say in the names what differs (who, where or when).",
    },
  },
  check(view, ctx) {
    const seen = new Map<string, IndicatorRecord>();
    for (const r of view.indicators) {
      const key = nameKey(r.name);
      // 社会成本指标：无 and 生态环境成本指标：无 answer two rows; 无 is no name.
      if (!key || answersNone(r)) continue;
      const first = seen.get(key);
      // 6月底前完成 … 12月底前完成: one piece of work by stages, each with its own deadline, is no repeat.
      if (first && r.kind === "date" && first.kind === "date" && r.date !== first.date) continue;
      // 保护性耕作实施面积 ≥280万亩 under 产出 and again under 效益: the effect restating the output, which
      // CATEGORY-MISMATCH says with its fix (rewrite the effect); one defect is said once (round 192).
      if (first && restatedOutput(r, view) === first) continue;
      if (first)
        ctx.report({
          indicator: r,
          data: { name: r.name, first: first.seq !== null ? `${first.cell}（${first.seq}）` : first.cell },
        });
      else seen.set(key, r);
    }
  },
};

/**
 * The style an item's number is written in — 一、 （一） 1. （1） ① 指标1: … — which is its level in an
 * outline: "1.产出指标：（1）…（2）… 2.效益指标：…" numbers headings with 1. and items with （1）, and the
 * two count apart. 1、 and 1. are one style (officers mix them in one list).
 */
const NUMBER_STYLES: readonly [string, RegExp][] = [
  ["（1）", /^[(（]\s*\d{1,3}\s*[)）]|^[⑴-⒇]/],
  ["（一）", /^[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]/],
  ["1)", /^\d{1,3}\s*[)）]/],
  ["1.", /^\d{1,3}\s*[、.．]|^[⒈-⒛]/],
  ["一、", /^[一二三四五六七八九十]{1,3}\s*[、是]/],
  ["①", /^[①-⑳]/],
  ["指标1", /^指标\s*[\d一二三四五六七八九十]/],
  ["第一", /^第/],
  ["Ⅰ", /^[Ⅰ-Ⅻⅰ-ⅻ]/],
];

function numberStyle(text: string): string {
  const t = text.trim();
  return NUMBER_STYLES.find(([, re]) => re.test(t))?.[0] ?? "";
}

/** The category an item names before its colon (1、产出指标：… , 2、质量指标：…), or null. */
function ownLabel(r: IndicatorRecord) {
  const t = r.text.trim().replace(LEADING_NUMBER, "");
  const colon = t.search(/[:：]/);
  return colon > 0 && colon <= 14 ? categoryOfLabel(t.slice(0, colon)) : null;
}

/**
 * The heading block an item's number counts in. An item that names a 一级 itself ("1、效益指标：…") counts
 * with the others naming the same 一级; one that names a 二级 ("1.经济效益指标：…") counts under its 一级 heading
 * ("二、效益指标"); one that names none counts under its 一级 and 二级 ("（一）数量指标 1.… 2.…").
 */
function blockOf(r: IndicatorRecord): string {
  const own = ownLabel(r);
  // "1、产出指标：… 2、产出指标：… 1、效益指标：…": numbered within each 一级 it names.
  if (own && own.level2 === null) return `own|${own.level1}`;
  if (own) return `${r.level1 ?? own.level1}`;
  return `${r.level1}|${r.level2}`;
}

/**
 * Whether number n is written at the start of a line or sentence inside one of the items: the parser read
 * "1.建档率≥90%\n2.65岁及以上…" as one item, and the gap is in the reading, not in the officer's numbering.
 */
function writtenInside(cell: readonly IndicatorRecord[], n: number): boolean {
  const re = new RegExp(`(?:^|[\\n。；;])\\s*${n}\\s*[、.．]`);
  // An item read with no number of its own ("4.0-6岁儿童…") may start with the missing one.
  return cell.some((r) =>
    re.test(r.seq === null ? r.text.trim() : r.text.trim().replace(LEADING_NUMBER, "")),
  );
}

export const numbering: Rule = {
  meta: {
    code: "NUMBERING",
    severity: "warning",
    scope: "indicator",
    title: { zh: "编号重复或跳号", en: "Numbering repeats or skips" },
    messages: {
      repeat: {
        zh: "单元格内指标编号重复：{sequence}（编号 {seq} 再次出现）。",
        en: "Indicator numbers repeat within the cell: {sequence} (number {seq} appears again).",
      },
      skip: {
        zh: "单元格内指标编号跳号：{sequence}（{prev} 之后是 {seq}）。",
        en: "Indicator numbers skip within the cell: {sequence} ({seq} follows {prev}).",
      },
    },
    basis: BASIS.clarity,
    fix: {
      zh: "按 1、2、3… 顺序重新编号，并检查是否漏填或多填了指标。",
      en: "Renumber 1, 2, 3 … in order, and check no indicator is missing or extra.",
    },
  },
  check(view, ctx) {
    // One finding per cell, at the first break, so a cell numbered 1、1、2、1 is one problem, not three.
    const cells = new Map<string, IndicatorRecord[]>();
    for (const r of view.indicators) {
      const key = `${r.sheet}!${r.cell}`;
      const cell = cells.get(key) ?? [];
      cell.push(r);
      cells.set(key, cell);
    }
    for (const cell of cells.values()) {
      const list = cell.filter((r) => r.seq !== null);
      if (list.length < 2) continue;
      const broken = firstBreak(list, cell);
      if (!broken) continue;
      // The numbers quoted are the cell's, as the officer reads them.
      const sequence = list.map((r) => r.seq).join("、");
      ctx.report({
        indicator: broken.at,
        messageId: broken.kind,
        data: { sequence, seq: broken.at.seq as number, prev: broken.prev ?? "" },
      });
    }
  },
};

/**
 * For each numbered item of a cell, how many headings stand before it: the text between two numbered
 * items is the earlier one's and that of any unnumbered reading between them (项目一：, or
 * "2、验收合格率100%。长期目标：" read as one item).
 */
function headingsBefore(cell: readonly IndicatorRecord[]): number[] {
  const out: number[] = [];
  let count = 0;
  let between: string | null = null;
  for (const r of cell) {
    if (r.seq === null) {
      if (between !== null) between += r.text;
      continue;
    }
    if (between !== null && hasListHeading(between)) count++;
    out.push(count);
    between = r.text;
  }
  return out;
}

interface Break {
  kind: "repeat" | "skip";
  at: IndicatorRecord;
  prev: number | null;
}

/**
 * The first repeat or gap in a cell's numbering, comparing numbers only within one style (level) and one
 * heading block: outline numbering (一、1.2.3. 二、1.2.; 1.产出指标：（1）（2） 2.效益指标) starts again
 * under each heading, and that is no repeat. A new block numbered from 1 starts a new list; one that goes
 * on from 4 continues the list before it (数量指标：1.2.3. 质量指标：4.); items naming their 一级 met
 * again (1、产出… 2、产出… 3、效益… 1、产出…) go on with that 一级's list, so a second 1 there is a repeat.
 * A shallower item closes the lists below it.
 */
function firstBreak(list: readonly IndicatorRecord[], cell: readonly IndicatorRecord[]): Break | null {
  const styles: string[] = [];
  // Per style: the list each block counts in, and the list the last item went to.
  const lists = new Map<string, { byBlock: Map<string, number[]>; last: number[] | null }>();
  const headed = headingsBefore(cell);
  // A heading between two items (年度目标：1、2、 长期目标：1、2、) starts a block of its own, as the cleanup
  // reads it (listHeadings.ts): numbered from 1 it is a new list, going on from 3 it continues.
  const blocks = list.map((r, i) => {
    const b = blockOf(r);
    return b.startsWith("own|") ? b : `${b}|${headed[i]}`;
  });
  // An item naming a 二级 right after one naming its 一级 with a target of its own (1、产出指标：培训人数≥500人；
  // 1、质量指标：…；2、效益指标：…) is one more item of that 一级's list, not a list of its own (round 219): the 一级's
  // item is no bare heading over it (1、产出指标：⏎1、数量指标：… is outline numbering, and reads no item there).
  let open: string | null = null;
  for (const [i, r] of list.entries()) {
    const label = ownLabel(r);
    const sameRun =
      i > 0 && headed[i] === headed[i - 1] && numberStyle(r.text) === numberStyle(list[i - 1].text);
    if (label && label.level2 === null) open = /[:：]\s*\S/.test(r.text) ? label.level1 : null;
    else if (label && open !== null && sameRun && label.level1 === open) blocks[i] = `own|${open}`;
    else open = null;
  }
  // Items naming their 一级 are numbered either afresh under each 一级 (1、产出 2、产出 1、效益) or straight
  // through (1、产出 2、产出 3、效益); a 一级 that goes on from the one before says the cell counts
  // straight through, and then a 1 further on repeats (1、满意度 2、效益 1、产出).
  const straight = blocks.some(
    (b, i) => b.startsWith("own|") && b !== blocks[i - 1] && (list[i].seq as number) > 1,
  );
  for (const [i, r] of list.entries()) {
    const style = numberStyle(r.text);
    if (!styles.includes(style)) styles.push(style);
    for (const deeper of styles.slice(styles.indexOf(style) + 1)) lists.delete(deeper);
    const level = lists.get(style) ?? { byBlock: new Map<string, number[]>(), last: null };
    lists.set(style, level);
    const block = straight && blocks[i].startsWith("own|") ? "own" : blocks[i];
    const seq = r.seq as number;
    // A heading met again ("项目二：【产出指标-数量指标】") heads a new list; an item naming its 一级 goes on
    // with the list of that 一级.
    let nums = level.byBlock.get(block);
    if (!nums || (nums !== level.last && !block.startsWith("own|"))) {
      nums = seq === 1 || !level.last ? [] : level.last;
      level.byBlock.set(block, nums);
    }
    level.last = nums;
    const prev = nums.length > 0 ? nums[nums.length - 1] : null;
    if (nums.includes(seq) || (prev !== null && seq < prev)) return { kind: "repeat", at: r, prev };
    if (prev !== null && seq > prev + 1) {
      const missing = Array.from({ length: seq - prev - 1 }, (_, k) => prev + 1 + k);
      if (!missing.every((n) => writtenInside(cell, n))) return { kind: "skip", at: r, prev };
    }
    nums.push(seq);
  }
  return null;
}

const COMPARATOR =
  "(?:[≥≤≧≦><=＞＜]|不少于|不低于|不超过|不高于|不大于|不多于|不小于|至少|大于|小于|低于|高于|超过|多于|少于|达到)";
/**
 * A rate held at a figure (损失率控制在5%以内, 发生率保持在1%以下): the figure and its bound end the name as a
 * comparator's would (round 165 miss 4).
 */
const HELD_AT = "(?:控制在|保持在|稳定在|维持在)";
/**
 * A target inside a name: a comparator symbol and a number anywhere (故障恢复时间<24小时), or a comparator word
 * and a number, or a percentage, ending the name (…不超过24小时, …95%). Words elsewhere in a name are
 * usually a scope (65岁以上老人, 达到3级以上标准的企业数) and are left alone.
 */
const TARGET_IN_NAME = new RegExp(
  `[≥≤≧≦><=＞＜]\\s*[0-9.]+|${COMPARATOR}\\s*[0-9.]+[^0-9]{0,4}$|${HELD_AT}\\s*[0-9.]+\\s*[%‰][^0-9]{0,3}$|[0-9.]+\\s*[%‰](?:以上|以下|以内|及以上|及以下)?$`,
);
const SEPARATORS = /[，,；;。：:\n]/;

/**
 * The name carries a target: either the name itself, or the words right after it (before a separator)
 * when a separate target follows after the separator or sits in another column. A bracketed target
 * straight after the name (“机柜数量(≥77台)”) is a layout, not a defect.
 */
const QUALIFYING_TAIL = /^\s*(?:(?:较|比)(?:上年|去年|上一年|同期)|同比|环比|其中|含)/;

function nameCarriesTarget(r: IndicatorRecord): string | null {
  const name = normalize(r.name);
  if (!name) return null;
  const inName = TARGET_IN_NAME.exec(name);
  if (inName) return inName[0];
  const text = normalize(r.text);
  const at = text.indexOf(name);
  if (at < 0) return null;
  const after = text.slice(at + name.length);
  if (/^[(（[【]/.test(after)) return null;
  const sep = SEPARATORS.exec(after);
  const head = sep ? after.slice(0, sep.index) : after;
  const tail = sep ? after.slice(sep.index + 1).replace(/[。.，,；;\s]+$/, "") : "";
  // "达到42.5%，较上年提高0.3个百分点", "≥80户，其中脱贫户50户": the tail qualifies the one target.
  if (QUALIFYING_TAIL.test(tail)) return null;
  const m = new RegExp(`^${COMPARATOR}\\s*[0-9０-９.]+`).exec(head);
  if (!m) return null;
  const target = normalize(r.target);
  const targetElsewhere = target !== "" && !text.includes(target);
  return /[\u4e00-\u9fff0-9]{2,}/.test(tail) || targetElsewhere ? head : null;
}

/**
 * A bracketed target after the name where another target is written apart (违法建设蔓延势头（≥90%）| 有效遏制,
 * round 152 miss 4): two targets, the bracket's and the cell's, and which one counts is not told. The bracket alone,
 * or the same target twice, is a layout.
 */
function bracketBesideTarget(r: IndicatorRecord): string | null {
  const name = normalize(r.name);
  const text = normalize(r.text);
  const at = name ? text.indexOf(name) : -1;
  if (at < 0) return null;
  const after = text.slice(at + name.length);
  const inside = new RegExp(`^[(（[【]\\s*(${COMPARATOR}\\s*[0-9０-９.]+[^)）\\]】]*)[)）\\]】]`).exec(after);
  if (!inside) return null;
  const bracket = inside[1].replace(/\s+/g, "");
  const target = normalize(r.target).replace(/\s+/g, "");
  // The target written apart, after the bracket (the cell beside it, or after a colon).
  if (target === "" || !after.slice(inside[0].length).replace(/\s+/g, "").includes(target)) return null;
  if (bracket.includes(target) || target.includes(bracket)) return null;
  // 机柜数量（≥77台）| 77: the same figure twice.
  const figure = /[0-9.]+/.exec(bracket.normalize("NFKC"))?.[0];
  if (figure !== undefined && r.value !== null && Number(figure) === r.value) return null;
  return inside[1].trim();
}

export const nameHasTarget: Rule = {
  meta: {
    code: "NAME-HAS-TARGET",
    severity: "warning",
    scope: "indicator",
    title: { zh: "指标名称含目标值", en: "Target written into the name" },
    messages: {
      inName: {
        zh: "指标名称“{name}”中写了目标值“{found}”，名称和目标值混在一起。",
        en: "The name “{name}” carries a target value (“{found}”); name and target are mixed up.",
      },
      twoTargets: {
        zh: "指标“{name}”名称后的括号里写了目标值“{found}”，目标值又写“{target}”：两个目标，不知按哪个考核。",
        en: "“{name}” carries a target in brackets after its name (“{found}”) and another as its target (“{target}”): two targets, and which one counts is not told.",
      },
    },
    basis: BASIS.clarity,
    fix: { zh: "{fixZh}", en: "{fixEn}" },
  },
  check(view, ctx) {
    for (const r of view.indicators) {
      const found = nameCarriesTarget(r);
      if (found) {
        ctx.report({ indicator: r, data: { name: r.name, found, ...splitFix(r, found) } });
        continue;
      }
      const bracket = bracketBesideTarget(r);
      if (bracket)
        ctx.report({
          indicator: r,
          messageId: "twoTargets",
          data: { name: r.name, found: bracket, target: r.target.trim(), ...splitFix(r, bracket) },
        });
    }
  },
};

/** Words that lead a target into a name, left at its end once the target is cut off (损失率控制在, 效果达到). */
const LEAD_IN =
  /(?:控制在|保持在|稳定在|维持在|不少于|不低于|不超过|不高于|不大于|不多于|不小于|至少|达到|[≥≤≧≦><=＞＜])$/;

/**
 * The fix, in the indicator's own words: its name without the target (防控效果达到90%以上 → 防控效果), the target
 * apart (≥90%) — never another project's example (round 165: 故障最大恢复时间 offered a 蜜柚 project).
 */
function splitFix(r: IndicatorRecord, found: string): { fixZh: string; fixEn: string } {
  const name = normalize(r.name);
  const at = name.indexOf(normalize(found));
  // 故障最大恢复时间 | <24小时 read from its text: the name is already bare.
  const bare = (at > 0 ? name.slice(0, at) : at < 0 ? name : "")
    .replace(/[\s(（[【:：，,]+$/, "")
    .replace(LEAD_IN, "")
    .replace(/[\s(（[【:：，,]+$/, "");
  // 统防统治面积（≥5万亩）: the bracket holds the whole target, where the cell's may have lost its ≥.
  const bracket = /[(（]([^()（）]+)[)）]$/.exec(name)?.[1];
  const written = r.target.trim() ? targetAsWritten(r) : "";
  // 故障最大恢复时间<24小时 read as 24小时 with its comparator apart: the name's own words keep the bound.
  const bounded = (t: string) => /^(?:[≥≤≧≦><=＞＜]|不|至少|达到|控制在|保持在)/.test(t);
  const target = bracket?.includes(normalize(found))
    ? bracket
    : written && (bounded(written) || !bounded(normalize(found)))
      ? written
      : normalize(found);
  if (bare.length < 2)
    return {
      fixZh: "名称只写衡量什么，目标值单独写，两处不要矛盾。",
      fixEn: "Let the name say what is measured and give the target separately, without contradiction.",
    };
  return {
    fixZh: `名称只写衡量什么（“${bare}”），目标值单独写（“${target}”），两处不要矛盾。`,
    fixEn: `Let the name say what is measured (“${bare}”) and give the target separately (“${target}”), without contradiction.`,
  };
}

/** A change and nothing else (明显提升, 有效改善): words that say how much, not what. */
const CHANGE_ONLY =
  /^(?:明显|显著|有效|进一步|持续|逐步|稳步|大幅|不断|有所|得到|全面|较大)?(?:提升|提高|改善|增强|加强|增加|减少|降低|下降|优化|好转|稳定|改观|保障|落实)$/;

/**
 * Whether an indicator says only a target, not what it measures: no name, and a target that is a number
 * (≥95%) or a change alone (明显提升). "2024年12月底前完工" and "改善办学条件" name their work.
 */
function lacksName(r: IndicatorRecord): boolean {
  if (r.name.trim() !== "" || r.kind === "empty") return false;
  if (r.kind === "quantitative") return true;
  const t = bareTarget(r);
  // 时效指标：全年 (round 141), 按时完成 (round 152) — no work named and no deadline either.
  return CHANGE_ONLY.test(t) || WHOLE_YEAR.test(t);
}

/** The target without its closing punctuation (全年。 → 全年). */
const bareTarget = (r: IndicatorRecord): string => normalize(r.target).replace(/[\s。.，,；;]+$/, "");

/**
 * The whole year and nothing else (全年, 常年, 2024年全年), or done on time and nothing else (按时完成, 按期完成,
 * 及时完成, 按计划完成 — round 152 miss 3): a time that names no work and no date.
 */
const WHOLE_YEAR =
  /^(?:(?:19|20)\d\d年)?(?:全年|全年度|常年)$|^(?:按时|按期|及时|如期|按计划|按要求|按规定)(?:完成|完工|办结)(?:任务|工作)?$/;

/**
 * A row whose name is an answer and nothing else (社会效益：是): the heading read as no name, 是 as the name, no
 * target. No name, and 是 measures nothing — as good as no indicator (round 137).
 */
export function answerAsName(r: IndicatorRecord): boolean {
  return (
    r.kind === "empty" &&
    r.target.trim() === "" &&
    /^(?:是|否)$/.test(normalize(r.name).replace(/[。.，,；;]+$/, ""))
  );
}

/** A measurable line for a row that wrote only 是: a change from last year, or a rate for an output. */
function answerExample(r: IndicatorRecord): string {
  const where = `${r.level1 ?? ""}${r.level2 ?? ""}${r.level2Inferred ?? ""}`;
  return /效益|影响/.test(where) ? "（衡量内容）较上年提高 ≥（数值）%" : "（衡量内容）≥（数值）（单位）";
}

export const nameMissing: Rule = {
  meta: {
    code: "NAME-MISSING",
    severity: "warning",
    scope: "indicator",
    title: { zh: "缺少指标名称", en: "No indicator name" },
    messages: {
      missing: {
        zh: "有一条指标只写了目标“{target}”，没有写明衡量什么，无法考核。",
        en: "An indicator gives only its target (“{target}”) and does not say what is measured, so it cannot be assessed.",
      },
      period: {
        zh: "有一条时效指标只写了“{target}”，没有写明哪项工作、何时完成，等于没有设置时效指标。",
        en: "A timeliness indicator says only “{target}”: no work and no deadline, as good as no timeliness indicator.",
      },
      answer: {
        zh: "有一条指标只写了“{word}”：没有写明衡量什么，“{word}”本身也不可衡量，等于没有设置指标。",
        en: "An indicator says only “{word}”: it does not say what is measured, and “{word}” measures nothing — as good as no indicator.",
      },
    },
    basis: BASIS.clarity,
    fix: { zh: "{fixZh}", en: "{fixEn}" },
  },
  check(view, ctx) {
    for (const r of view.indicators) {
      if (lacksName(r)) {
        const period = WHOLE_YEAR.test(bareTarget(r));
        ctx.report({
          indicator: r,
          // 时效指标：全年 names no work and sets no deadline: as good as no 时效 indicator, which is a hint
          // (COMPLETE-OUTPUT-DETAIL), never weightier (round 141).
          ...(period ? { messageId: "period", severity: "info" as const } : {}),
          data: {
            target: r.target.trim(),
            fixZh: period
              ? "写明哪项工作在什么时间完成，如“（工作内容）完成时间 12月31日前”，全年持续的服务写“（服务）及时率 ≥95%”。"
              : "在目标前写明衡量的内容，如“验收合格率≥95%”“群众安全感明显提升”。",
            fixEn: period
              ? "Say which work is done by when, e.g. “(work) done by 31 December”, or for a service running all year “(service) on-time rate ≥ 95%”."
              : "Say what is measured before the target, e.g. “验收合格率 ≥ 95%”, “群众安全感明显提升”.",
          },
        });
      } else if (answerAsName(r))
        ctx.report({
          indicator: r,
          messageId: "answer",
          // Weighs as the EMPTY-TARGET it replaces: no indicator is set.
          severity: "error",
          data: {
            word: normalize(r.name).replace(/[。.，,；;]+$/, ""),
            fixZh: `写明衡量什么，并给出可衡量的目标值，如“${answerExample(r)}”；确实无法量化的，写出分级分档标准（好/较好/一般/较差）。`,
            fixEn: `Say what is measured and give a measurable target, e.g. “${answerExample(r)}”; where it truly cannot be counted, write graded levels (好/较好/一般/较差).`,
          },
        });
    }
  },
};

/** Weights that add up to a whole: 100 points, or 1 where the column writes shares (0.3, 0.2 …). */
function isWhole(sum: number): boolean {
  return Math.abs(sum - 100) <= 0.5 || Math.abs(sum - 1) <= 0.005;
}

/**
 * 权重（分）| 30, 10, 10, 10, 20, 10 = 90 (round 176 miss 5): where the table weighs every indicator of a project, the
 * weights are the marks the year's evaluation gives out, and they add up to 100. A 合计 row is no indicator. 90 is
 * said too: where 预算执行率 is scored apart (the 自评表's 10), the table should list it.
 */
export const weightSum: Rule = {
  meta: {
    code: "WEIGHT-SUM",
    // A hint, no grade's deduction: the weights are the evaluation's marks, not the targets' quality, and as a
    // warning over the probe grids it moved 50 projects' grades the reviewers had judged on their targets (round 176).
    severity: "info",
    scope: "project",
    title: { zh: "指标权重合计不是100", en: "Indicator weights do not add up to 100" },
    messages: {
      sum: {
        zh: "本项目 {count} 条指标的权重合计为 {sum} 分，不是 100 分。",
        en: "The weights of this project's {count} indicators add up to {sum}, not 100.",
      },
    },
    basis: {
      zh: "财预〔2015〕88号：绩效指标应细化、量化并合理设置权重；绩效评价以100分为满分，各指标分值之和为100。",
      en: "Caiyu [2015] No. 88: indicators are weighted, and an evaluation's marks add up to 100.",
    },
    fix: {
      zh: "调整各指标的权重，使合计为 100 分（{split}）；如另设预算执行率等指标计分，应在表中列明。",
      en: "Adjust the weights to add up to 100 ({splitEn}); if budget execution or another line is scored apart, list it in the table.",
    },
  },
  check(view, ctx) {
    const rows = view.indicators;
    if (rows.length < 2 || rows.some((r) => r.weight === undefined)) return;
    const sum = rows.reduce((total, r) => total + (r.weight?.value ?? 0), 0);
    if (isWhole(sum)) return;
    const first = rows[0];
    const cell = first.weight?.cell ?? first.cell;
    ctx.report({
      at: { sheet: first.sheet, cell, row: Number(/\d+$/.exec(cell)?.[0] ?? first.row) },
      data: {
        count: rows.length,
        sum: numberText(sum),
        split: "常见为产出指标50分、效益指标30分、满意度指标10分、预算执行率10分",
        splitEn: "commonly outputs 50, effects 30, satisfaction 10, budget execution 10",
      },
    });
  },
};

/** A line that is a part of the line above it: 其中：C级危房加固户数, 含：新建…; never 含水率. */
const PART_LINE = /^(?:其中[:：，,]?|(?:含|包括)[:：])/;

/**
 * 危房改造户数 ≥120户 over 其中：C级危房加固户数 ≥80户 and 其中：D级危房拆除重建户数 ≥60户 (round 182 M3): the parts
 * add up to 140, more than their total — one of the figures is wrong. Strict: only lines written as parts (其中, 含：)
 * right after their total, in its measure word, never percentages (a part's share is no count).
 */
export const partsOverTotal: Rule = {
  meta: {
    code: "PARTS-OVER-TOTAL",
    severity: "warning",
    scope: "indicator",
    title: { zh: "分项合计超过总数", en: "Parts add up to more than the total" },
    messages: {
      over: {
        zh: "“其中”各项（{parts}）合计 {sum}，多于总数“{name} {target}”：总数和分项对不上。",
        en: "The parts ({parts}) add up to {sum}, more than the total “{name}” ({target}): the total and its parts disagree.",
      },
    },
    basis: BASIS.accuracy,
    fix: {
      zh: "核对总数和各分项的数量，使分项之和不超过总数（如“{name}”应不少于 {sum}，或核减分项）。",
      en: "Check the total and its parts so that the parts add up to no more than the total (the total at least {sum}, or smaller parts).",
    },
  },
  check(view, ctx) {
    const rows = view.indicators;
    const counted = (r: IndicatorRecord) =>
      r.kind === "quantitative" &&
      r.value !== null &&
      r.value > 0 &&
      normalize(r.unit) !== "%" &&
      r.comparator !== "<=" &&
      r.comparator !== "<";
    // A packed cell's part keeps 其中 in its text, not its name (其中：高校毕业生≥220人，), and the parts after it run
    // on to the clause's end: a part ending in ， or 、 has the next item of its cell for a part too (round 211).
    const isPart = (r: IndicatorRecord) =>
      PART_LINE.test(normalize(r.name)) || PART_LINE.test(normalize(r.text));
    const runsOn = (part: IndicatorRecord, next: IndicatorRecord) =>
      part.cell === next.cell && part.sheet === next.sheet && /[，,、]$/.test(part.text.trim());
    for (let i = 0; i < rows.length; i++) {
      const total = rows[i];
      if (isPart(total) || !counted(total)) continue;
      const parts: IndicatorRecord[] = [];
      for (
        let j = i + 1;
        j < rows.length && (isPart(rows[j]) || (parts.length > 0 && runsOn(rows[j - 1], rows[j])));
        j++
      )
        parts.push(rows[j]);
      if (parts.length === 0) continue;
      const unit = normalize(total.unit);
      // Every part counted in the total's own measure word (户 with 户): else they measure other things.
      if (!parts.every((p) => counted(p) && normalize(p.unit) === unit)) continue;
      const sum = parts.reduce((a, p) => a + (p.value as number), 0);
      const cap = total.comparator === "between" ? (total.valueMax ?? total.value) : total.value;
      if (sum <= (cap as number) * (1 + 1e-9)) continue;
      // 420万亩 written in 万: the sum in 万 too.
      const shown = /万/.test(total.target)
        ? `${numberText(sum / 1e4)}万${total.unit}`
        : `${numberText(sum)}${total.unit}`;
      ctx.report({
        indicator: parts[0],
        messageId: "over",
        data: {
          parts: parts.map((p) => `“${p.name.replace(PART_LINE, "")} ${targetAsWritten(p)}”`).join("、"),
          sum: shown,
          name: total.name,
          target: targetAsWritten(total),
        },
      });
    }
  },
};

export const structureRules: Rule[] = [
  duplicate,
  numbering,
  nameHasTarget,
  nameMissing,
  weightSum,
  partsOverTotal,
];
