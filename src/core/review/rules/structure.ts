/** How indicators are written: the same one twice, broken numbering, a target written into the name, no name at all. */
import type { IndicatorRecord } from "../../record";
import { categoryOfLabel } from "../../text/categories";
import { BASIS } from "../basis";
import { nameKey, normalize } from "../lexicon";
import type { Rule } from "../types";

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
      if (!key) continue;
      const first = seen.get(key);
      if (first)
        ctx.report({
          indicator: r,
          data: { name: r.name, first: first.seq !== null ? `${first.cell}（${first.seq}）` : first.cell },
        });
      else seen.set(key, r);
    }
  },
};

function sameCategory(a: IndicatorRecord, b: IndicatorRecord): boolean {
  return a.level1 === b.level1 && a.level2 === b.level2;
}

const LEADING_NUMBER = /^\s*[(（]?\s*[\d一二三四五六七八九十]{1,3}\s*[)）、.．]?\s*/;

/** Whether an item's text starts with its own category label ("1、效益指标：…"). */
function namesOwnCategory(text: string): boolean {
  const t = text.replace(LEADING_NUMBER, "");
  const colon = t.search(/[:：]/);
  return colon > 0 && colon <= 14 && categoryOfLabel(t.slice(0, colon)) !== null;
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
      if (r.seq === null) continue;
      const key = `${r.sheet}!${r.cell}`;
      const list = cells.get(key) ?? [];
      list.push(r);
      cells.set(key, list);
    }
    for (const list of cells.values()) {
      if (list.length < 2) continue;
      const sequence = list.map((r) => r.seq).join("、");
      let seen = new Set<number>();
      let prev: number | null = null;
      let prevRecord: IndicatorRecord | null = null;
      for (const r of list) {
        const seq = r.seq as number;
        // "（一）数量指标 1.… 2.… （二）质量指标 1.…": numbering that starts again under a new heading is a
        // new list, not a repeat. (An item naming its own category, "1、效益指标：…", has no heading.)
        if (seq === 1 && prevRecord && !sameCategory(r, prevRecord) && !namesOwnCategory(r.text)) {
          seen = new Set<number>();
          prev = null;
        }
        prevRecord = r;
        if (seen.has(seq) || (prev !== null && seq < prev)) {
          ctx.report({ indicator: r, messageId: "repeat", data: { sequence, seq, prev: prev ?? "" } });
          break;
        }
        if (prev !== null && seq > prev + 1) {
          ctx.report({ indicator: r, messageId: "skip", data: { sequence, seq, prev } });
          break;
        }
        seen.add(seq);
        prev = seq;
      }
    }
  },
};

const COMPARATOR =
  "(?:[≥≤≧≦><=＞＜]|不少于|不低于|不超过|不高于|不大于|不多于|不小于|至少|大于|小于|低于|高于|超过|多于|少于|达到)";
/**
 * A target inside a name: a comparator symbol and a number anywhere (故障恢复时间<24小时), or a comparator word
 * and a number, or a percentage, ending the name (…不超过24小时, …95%). Words elsewhere in a name are
 * usually a scope (65岁以上老人, 达到3级以上标准的企业数) and are left alone.
 */
const TARGET_IN_NAME = new RegExp(
  `[≥≤≧≦><=＞＜]\\s*[0-9.]+|${COMPARATOR}\\s*[0-9.]+[^0-9]{0,4}$|[0-9.]+\\s*%$`,
);
const SEPARATORS = /[，,；;。：:\n]/;

/**
 * The name carries a target: either the name itself, or the words right after it (before a separator)
 * when a separate target follows after the separator or sits in another column. A bracketed target
 * straight after the name (“机柜数量(≥77台)”) is a layout, not a defect.
 */
const QUALIFYING_TAIL = /^\s*(?:(?:较|比)(?:上年|去年|上一年|同期)|同比|环比|其中|含)/;

export function nameCarriesTarget(r: IndicatorRecord): string | null {
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
    },
    basis: BASIS.clarity,
    fix: {
      zh: "名称只写衡量什么（如“故障最大恢复时间”），目标值单独写（如“≤24小时”），两处不要矛盾。",
      en: "Let the name say what is measured (故障最大恢复时间) and give the target separately (≤ 24 小时), without contradiction.",
    },
  },
  check(view, ctx) {
    for (const r of view.indicators) {
      const found = nameCarriesTarget(r);
      if (found) ctx.report({ indicator: r, data: { name: r.name, found } });
    }
  },
};

/** A change and nothing else (明显提升, 有效改善): words that say how much, not what. */
const CHANGE_ONLY =
  /^(?:明显|显著|有效|进一步|持续|逐步|稳步|大幅|不断|有所|得到|全面|较大)?(?:提升|提高|改善|增强|加强|增加|减少|降低|下降|优化|好转|稳定|改观|保障|落实)$/;

/**
 * Whether an indicator says only a target, not what it measures: no name, and a target that is a number
 * (≥95%) or a change alone (明显提升). "2024年12月底前完工" and "改善办学条件" name their work.
 */
export function lacksName(r: IndicatorRecord): boolean {
  if (r.name.trim() !== "" || r.kind === "empty") return false;
  if (r.kind === "quantitative") return true;
  return CHANGE_ONLY.test(normalize(r.target).replace(/[\s。.，,；;]+$/, ""));
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
    },
    basis: BASIS.clarity,
    fix: {
      zh: "在目标前写明衡量的内容，如“验收合格率≥95%”“群众安全感明显提升”。",
      en: "Say what is measured before the target, e.g. “验收合格率 ≥ 95%”, “群众安全感明显提升”.",
    },
  },
  check(view, ctx) {
    for (const r of view.indicators)
      if (lacksName(r)) ctx.report({ indicator: r, data: { target: r.target.trim() } });
  },
};

export const structureRules: Rule[] = [duplicate, numbering, nameHasTarget, nameMissing];
