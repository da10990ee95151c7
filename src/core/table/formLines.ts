/**
 * A form's lines of context around its indicator table: 项目名称 | 值 pairs (also several to a row or
 * to a cell), a row of labels over a row of values, goals under or beside their labels, and the
 * 中期 | 年度 labels that say which half of a header is the year's.
 */
import { canon } from "../text/chars";
import { leadingNumbering } from "../text/segment";
import { joinWraps } from "../text/item/names";
import { contextLabelRole, headerRole, namesDepartmentAndUnit, normalizeHeader } from "./headers";
import { isBareLabel, isDateOnly, isMoneyColumnHeader, isMoneyLabel, namesOrganisation } from "./rowKinds";

export interface ContextPair {
  role: "project" | "department" | "budgetUnit" | "goal" | "district";
  value: string;
  col: number;
  /** The column of the label (主管部门, 年度目标); `col` itself when label and value share a cell. */
  label: number;
  /**
   * Read only where the form names none of its own: 中央主管部门 | 农业农村部 above 省级主管部门 | 某省农业农村厅
   * (the department of the level above); 资金使用单位 | 各县（市、区） beside 实施单位 (those the funds reach).
   */
  upper?: true;
  /** The label names the unit as well as the department (部门（单位）名称, 部门（单位）): the department is the unit. */
  unitToo?: true;
}

/** A pair's marks that its label names the unit too (see ContextPair.unitToo). */
const unitToo = (role: ContextPair["role"], label: string): { unitToo?: true } =>
  role === "department" && namesDepartmentAndUnit(label) ? { unitToo: true } : {};

/** A form-style context row: 项目名称 | XX项目 | 主管部门 | YY. Null when the row is something else. */
export function contextRow(texts: string[], loose = false): ContextPair[] | null {
  let first = -1;
  for (let c = 0; c < texts.length; c++)
    if (texts[c].trim()) {
      first = c;
      break;
    }
  if (first < 0) return null;
  if (loose && !labelRole(texts[first])) {
    // Above a table, a caption or another label may come first: 专项基本情况 | 专项名称 | …,
    // 市级财政部门 | 某市财政局 | 市级主管部门 | 某市水利局.
    let c = first + 1;
    while (c < texts.length && !(texts[c].trim() && labelRole(texts[c]))) c++;
    if (c < texts.length && !/\d/.test(texts[first]) && texts[first].length <= 12) first = c;
  }
  if (!labelRole(texts[first])) {
    // 预算单位：某市科技馆 — label and value in one cell, as in a title line above a table; more such
    // cells may follow in the row (项目名称：… | | 主管部门：…).
    // 项目编码：632224… | | | 项目名称：… | | | 单位名称：… (一体化 exports): a code cell before the labelled ones.
    const pairs = labelsInCell(texts[first], first);
    if (pairs.length === 0 && !CODE_LABEL.test(texts[first])) return null;
    for (let c = first + 1; c < texts.length; c++)
      if (texts[c].trim()) pairs.push(...labelsInCell(texts[c], c));
    return pairs.length ? pairs : null;
  }
  const pairs: ContextPair[] = [];
  const moneyRow = texts.some((t) => t.trim() !== "" && isMoneyLabel(t));
  for (let c = first; c < texts.length; c++) {
    const own = texts[c].trim() ? contextLabelRole(texts[c]) : null;
    const joined = own || !texts[c].trim() ? null : jointLabel(texts[c]);
    const role = own ?? joined?.role ?? null;
    // 填报单位：（盖章） | … | 单位：万元: the label's value is in its own cell, not the next one.
    if (!role || IN_CELL_VALUE.test(texts[c])) continue;
    // 资金来源(万元) | 项目 | 上年度预算安排 | …: a money table's caption over its columns, no project.
    if (role === "project" && moneyRow && texts[c].replace(/\s+/g, "") === "项目") continue;
    let v = c + 1;
    while (v < texts.length && !texts[v].trim()) v++;
    // 年度绩效目标 | (blank): a form that asks for a goal and got none — the blank cell beside it is the goal's.
    if (
      v >= texts.length &&
      role === "goal" &&
      BLANK_GOAL_LABEL.test(texts[c].replace(/\s/g, "")) &&
      c + 1 < texts.length
    ) {
      pairs.push({ role, value: "", col: c + 1, label: c });
      break;
    }
    if (v >= texts.length || contextLabelRole(texts[v])) continue;
    // 填报单位（盖章）： | 联系人及电话： | 2025年1月: a blank label; the next label or the date names no unit.
    if ((role === "budgetUnit" || role === "department") && (isBareLabel(texts[v]) || isDateOnly(texts[v])))
      continue;
    // 支出明细预算(万元) | 项 目 | 上年度安排资金 | 本年度申请资金, 项目名称 | 金额: the caption over a money
    // table's columns, whatever heads the row.
    if (role === "project" && isMoneyColumnHeader(texts[v])) continue;
    // 主管部门 | 春华镇 | 主管部门编码 | 411009: the code beside the name is no name.
    if (isCodeOnly(texts[c], texts[v])) {
      c = v;
      continue;
    }
    // 绩效目标 | 预期目标内容 | 完成…: a second label before the goal itself.
    if (role === "goal" && isGoalSubLabel(texts[v].trim())) {
      let w = v + 1;
      while (w < texts.length && !texts[w].trim()) w++;
      if (w < texts.length && !contextLabelRole(texts[w])) v = w;
    }
    const upper = isUpperLabel(role, texts[c]);
    const value = valueOf(role, joined ? partUnder(joined, texts[v]) : texts[v].trim(), texts[c]);
    pairs.push({ role, value, col: v, label: c, ...(upper ? { upper } : {}), ...unitToo(role, texts[c]) });
    c = v;
  }
  return pairs.length ? pairs : null;
}

/**
 * 项目实施单位/项目负责人 | 原州区农技中心/马建华: two labels joined by a slash over two values joined the
 * same way. The label's role is the first part's that has one.
 */
function jointLabel(
  text: string,
): { role: NonNullable<ReturnType<typeof contextLabelRole>>; index: number; parts: number } | null {
  if (!text.includes("/") && !text.includes("／")) return null;
  const parts = text.split(/[/／]/);
  if (parts.length > 3) return null;
  for (let i = 0; i < parts.length; i++) {
    const role = contextLabelRole(parts[i].trim());
    if (role) return { role, index: i, parts: parts.length };
  }
  return null;
}

/** A form label's role, written alone or joined with another by a slash. */
function labelRole(text: string): ReturnType<typeof contextLabelRole> {
  return contextLabelRole(text) ?? jointLabel(text)?.role ?? null;
}

/** The part of a slash-joined value under the label's own part (the whole value if the parts differ in number). */
function partUnder(joined: { index: number; parts: number }, value: string): string {
  const parts = value.trim().split(/[/／]/);
  return parts.length === joined.parts ? parts[joined.index].trim() : value.trim();
}

/**
 * A year's or overall goal's label alone (年度绩效目标, 总体目标：), never a title ending so (…项目绩效目标表), nor a
 * bare 绩效目标 captioning the indicators below it.
 */
const BLANK_GOAL_LABEL = /^[\u4e00-\u9fff]{0,4}(?:年度|总体)[\u4e00-\u9fff]{0,4}目标[:：]?$/;

/** A label whose value is written after its colon in the same cell. */
const IN_CELL_VALUE = /[:：]\s*\S/;

/** A form's label in a row of labels: its role, its column, whether it is read only where none is. */
export interface LabelCell {
  role: ContextPair["role"];
  col: number;
  upper: boolean;
  /** The label names the unit too (部门（单位）名称). */
  unitToo?: true;
  /** A money label among the labels (项目资金（万元）): its column's sum is no context value. */
  money?: true;
}

/** A sum under a money label: 860, 1860.50, 150万元. */
const SUM_CELL = /^\d+(?:\.\d+)?(?:万元|元|亿元|万)?$/;

/**
 * 项目名称 | 主管部门 | 实施单位 over 农田水利建设补助 | 梅州市水务局 | 平远县水务局: a form's labels on a row
 * of their own, each value under its label. The labels, or null when the row is not such a row.
 */
export function labelsRow(texts: string[]): LabelCell[] | null {
  const labels: LabelCell[] = [];
  for (let c = 0; c < texts.length; c++) {
    const t = texts[c]?.trim();
    if (!t) continue;
    const role = t.length <= 20 ? contextLabelRole(t) : null;
    // 项目名称 | 主管部门 | 实施单位 | 项目资金（万元）: the money's label among them is no context, its sum below
    // no value of theirs (valuesUnder lets a sum stand under it).
    if (!role && labels.length > 0 && t.length <= 16 && isMoneyColumnHeader(t)) {
      labels.push({ role: "budgetUnit", col: c, upper: true, money: true });
      continue;
    }
    // 年度目标 | 实施期目标 over the goals are read elsewhere (goalLabelsRow).
    if (!role || role === "goal" || labels.some((l) => l.role === role && !l.upper && !l.money)) return null;
    labels.push({ role, col: c, upper: isUpperLabel(role, t), ...unitToo(role, t) });
  }
  return labels.filter((l) => !l.money).length >= 2 ? labels : null;
}

/** The values under a row of labels (labelsRow), or null when the row holds anything else. */
export function valuesUnder(labels: LabelCell[], texts: string[]): ContextPair[] | null {
  const pairs: ContextPair[] = [];
  for (let c = 0; c < texts.length; c++) {
    const v = texts[c]?.trim();
    if (!v) continue;
    const label = labels.find((l) => l.col === c);
    // 860 under 项目资金（万元）: the form's money (the row walk's moneyUnder), never a context value.
    if (label?.money && SUM_CELL.test(canon(v).replace(/[\s,，]/g, ""))) continue;
    if (
      !label ||
      label.money ||
      contextLabelRole(v) ||
      headerRole(v) ||
      !/[\u4e00-\u9fa5]/.test(v) ||
      PLACEHOLDER.test(v)
    )
      return null;
    pairs.push({
      role: label.role,
      value: v,
      col: c,
      label: c,
      ...(label.upper ? { upper: true as const } : {}),
      ...(label.unitToo ? { unitToo: true as const } : {}),
    });
  }
  return pairs.length > 0 ? pairs : null;
}

/** What a blank form holds under its labels: （全称）, （盖章）, 请填写…, 详见附件, 无. */
const PLACEHOLDER = /^[(（].*[)）]$|^请?填写|^(?:详见|参见|见)|^[无略]$|^[/—-]+$/;

/**
 * A label read only where the form names none of its own (see ContextPair.upper): the 中央主管部门 beside
 * the local one, the 资金使用单位 or the 填报单位 (the unit filling in the form) beside the 实施单位.
 */
function isUpperLabel(role: ContextPair["role"], text: string): boolean {
  const label = normalizeHeader(text);
  return (
    (role === "department" && label.startsWith("中央")) ||
    (role === "budgetUnit" && /^(?:资金使用单位|填[报表]单位|编[制报]单位)/.test(label))
  );
}

/**
 * The context labels of one cell, each with its value: 预算单位：某市科技馆, and also several set apart by
 * spaces (主管部门：某区房管局  实施单位：某区住房保障中心). Empty unless the cell starts with one.
 */
function labelsInCell(text: string, col: number): ContextPair[] {
  const pairs: ContextPair[] = [];
  for (const part of text.split(/\s{2,}(?=[^\s:：]{2,12}[:：])/)) {
    const pair = labelInCell(part, col);
    // 项目编码：350112250001    项目名称：…: a code before the labels is passed over.
    if (!pair) {
      if (pairs.length === 0 && !CODE_LABEL.test(part)) return pairs;
      continue;
    }
    // 主管部门：某局；实施单位：某中心: two labels set apart by less than two spaces.
    const fields = cutAtLabels(part, isContextLabel);
    if (fields.length === 1) pairs.push(pair);
    else
      for (const field of fields) {
        const each = labelInCell(field, col);
        if (each) pairs.push(each);
      }
  }
  return pairs;
}

const isContextLabel = (label: string) => contextLabelRole(label) !== null;

/** Spaces (\s takes in the full-width one) or a ； before what may be a label and its colon (see cutAtLabels). */
const BEFORE_LABEL = /(?:\s*[；;]\s*|\s+)(?=([^\s:：；;]{2,12})[:：])/g;

/**
 * A line of labelled fields cut where each next label starts: 主管部门：于都县水利局 (U+3000) 实施单位：于都县农村供水管理站
 * and 主管部门：某局；实施单位：某中心 (a single space, a full-width one or a ； before a label that `isLabel`
 * knows) give a part each. A line with no such label is its one part.
 */
export function cutAtLabels(text: string, isLabel: (label: string) => boolean): string[] {
  let parts: string[] | null = null;
  let from = 0;
  BEFORE_LABEL.lastIndex = 0;
  for (let m = BEFORE_LABEL.exec(text); m; m = BEFORE_LABEL.exec(text)) {
    if (m.index > from && isLabel(m[1])) {
      (parts ??= []).push(text.slice(from, m.index));
      from = m.index + m[0].length;
    }
  }
  if (!parts) return [text];
  parts.push(text.slice(from));
  return parts;
}

/**
 * 项目编码：… | 项目名称：… | 单位名称：…: a row whose every filled cell is a label with its value after the colon
 * (or a code), one of them a project's name — the head of a block, in whatever columns of the table below it
 * is written (an 一体化 export prints its 项目名称：… over the 三级 column), never an indicator's row.
 */
export function isLabelledProjectRow(texts: string[], pairs: readonly ContextPair[]): boolean {
  if (!pairs.some((pr) => pr.role === "project" && pr.label === pr.col)) return false;
  for (const t of texts) if (t.trim() && !CODE_LABEL.test(t) && labelsInCell(t, 0).length === 0) return false;
  return true;
}

/** 项目编码：…, 单位代码：…: a code written before a form's labels. */
const CODE_LABEL = /^\s*[^:：]{0,8}(?:编码|代码|编号)\s*[:：]\s*[0-9A-Za-z-]+\s*$/;

/** 单位：延安市宝塔区林业局: a bare 单位 label whose value names an organisation. */
const bareUnitLabel = (label: string, value: string): boolean =>
  label.trim() === "单位" && namesOrganisation(value.trim());

/**
 * （一）项目名称, 二、项目名称, 1.项目名称: a label numbered as a document numbers its blocks (（一）项目名称：某项目
 * above each block's table) has the role of the label after the number.
 */
function numberedLabelRole(label: string): ReturnType<typeof contextLabelRole> {
  const num = leadingNumbering(canon(label));
  if (!num || num.end >= label.length) return null;
  return contextLabelRole(label.slice(num.end));
}

/** A context label and its value in one cell (预算单位：某市科技馆), or null. */
function labelInCell(text: string, col: number): ContextPair | null {
  const m = /^\s*([^:：]{2,12})[:：]\s*(\S.*?)\s*$/.exec(text);
  // 单位：延安市宝塔区林业局 — a bare 单位 naming an organisation (not 单位：万元) is the budget unit.
  const role = m
    ? (contextLabelRole(m[1]) ?? (bareUnitLabel(m[1], m[2]) ? "budgetUnit" : null) ?? numberedLabelRole(m[1]))
    : null;
  // 实施单位：同上 repeats a value of the line above: nothing new.
  return m && role && !/^[(（]?\s*(盖章|公章)/.test(m[2]) && !/^同[上左前]$/.test(m[2])
    ? { role, value: valueOf(role, m[2], m[1]), col, label: col, ...unitToo(role, m[1]) }
    : null;
}

/**
 * A department's or a unit's name where its field ends: 某区民政局；资金：380万元。 → 某区民政局, 某区民政局。 →
 * 某区民政局. A 。 ends it, and so does a ； at the end or before another label (资金：, 联系人：) — no
 * organisation's name holds either. Two names set apart by a ； (某局；某中心) are kept as written. A project's
 * name (`organisation` false) ends only at a mark before another label or at the end (甲项目；资金：1200万元。).
 */
export function fieldValue(value: string, organisation = true): string {
  // Most values hold none of the marks: one look for each.
  if (value.indexOf("。") < 0 && value.indexOf("；") < 0 && value.indexOf(";") < 0) return value;
  const m = (organisation ? NAME_END : FIELD_END).exec(value);
  return m && m.index > 0 ? value.slice(0, m.index).trimEnd() : value;
}
/** A ； or a 。 at the end of a field's value, or before the next label (资金：…): where a project's name ends. */
const FIELD_END = /[；;。](?=\s*$|\s*[^\s:：；;。]{1,12}[:：])/;
/** Where an organisation's name ends: at a 。 anywhere, at a ； as a project's name does. */
const NAME_END = /。|[；;](?=\s*$|\s*[^\s:：；;。]{1,12}[:：])/;

/**
/**
 * A pair's value as the project holds it: a name where its field ends (fieldValue), a project's with the lines a
 * PDF wrapped joined (“雪亮工程”⏎运维经费, joinWraps), without the code its label asks for too
 * (主管部门及代码 | 蚌埠市公安局201001: withoutBareCode); a goal as written.
 */
const valueOf = (role: ContextPair["role"], value: string, label = ""): string => {
  if (role === "goal" || role === "district") return value;
  if (role === "project") return joinWraps(fieldValue(value, false));
  const name = fieldValue(value, true);
  return label.includes("代码") || label.includes("编码") ? withoutBareCode(name) : name;
};

/** 蚌埠市公安局201001, 某局-201: a name and the code written after it, under a label asking for both. */
const BARE_CODE_AFTER = /^(.{2,}?[\u4e00-\u9fa5）)])\s*[-—:：]?\s*\d{3,}$/;
const withoutBareCode = (name: string): string => BARE_CODE_AFTER.exec(name)?.[1] ?? name;

/** The label of a pair, as written (年度目标 of 年度目标：… in one cell too). */
export function labelText(pr: ContextPair, texts: string[]): string {
  const t = texts[pr.label] ?? "";
  return normalizeHeader(pr.label === pr.col ? t.replace(/[:：][\s\S]*$/, "") : t);
}

/** The goal's line ends before its sentence does: 1.完成6个老旧小区基础设施改造； */
const GOAL_GOES_ON = /[；;，,、:：]\s*$/;

/**
 * The next line of a goal written over two rows (年度目标 | 1.完成…； then | 2.惠及居民1800户…): the only
 * text of its row, in the goal's column, going on from a goal that has not ended or numbered as its next
 * item. Null when the row is something else.
 */
export function goalLineBelow(texts: string[], col: number, goal: string): string | null {
  let line: string | null = null;
  for (let c = 0; c < texts.length; c++) {
    const t = texts[c].trim();
    if (!t) continue;
    if (c !== col || contextLabelRole(t)) return null;
    line = t;
  }
  if (line === null) return null;
  return GOAL_GOES_ON.test(goal) || leadingNumbering(canon(line)) !== null ? line : null;
}

/** A label that asks for a code (主管部门编码, 单位代码 — not 单位名称及代码) with a code beside it. */
function isCodeOnly(label: string, value: string): boolean {
  return /(?<!及)(?:编码|代码)$/.test(normalizeHeader(label)) && /^[\dA-Za-z\s-]+$/.test(value);
}

export interface GoalLabels {
  /** The column of the year's goal, or of the only one. */
  goal: number;
  /** The columns of the year's label and of the long-term one, when the row has both. */
  terms?: { year: number; long: number };
}

/**
 * 总体目标 | 实施期总体目标 | 年度目标: labels of goals written in the row below, under each label (the
 * central template). Null when the row is not such.
 */
export function goalLabelsRow(texts: string[]): GoalLabels | null {
  // Most rows start with something else: look at the first filled cells before building anything.
  // 项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | … | 年度目标完成情况: the section's captions
  // may come before the goal's label.
  let first = 0;
  let captions = 0;
  for (; first < texts.length; first++) {
    const t = texts[first].trim();
    if (!t) continue;
    if (contextLabelRole(t) === "goal") break;
    if (++captions > 2 || t.length > 14 || /[，。；,;]/.test(t)) return null;
  }
  if (first >= texts.length) return null;
  const labels: number[] = [];
  for (let c = first; c < texts.length; c++) {
    const t = texts[c].trim();
    if (!t) continue;
    // The first a goal's label; the others labels of what is written below them (自评表: 预期目标 |
    // 实际完成情况).
    if (labels.length === 0 ? contextLabelRole(t) !== "goal" : !isGoalSubLabel(t)) return null;
    labels.push(c);
  }
  if (labels.length < 2) return null;
  const sub = labels.slice(1).filter((c) => !/实际|完成/.test(texts[c]));
  const year = sub.find((c) => isYearTerm(texts[c]));
  // 中期目标 | … | 年度目标: the long-term goal's label may be the first.
  const long = labels.find((c) => c !== year && LONG_TERM.test(texts[c]));
  // 项目年度目标 | 年度目标完成情况: the goal under the first label, beside what was done.
  const goal = year ?? sub[0] ?? (labels.length > sub.length + 1 ? labels[0] : undefined);
  if (goal === undefined) return null;
  return year !== undefined && long !== undefined ? { goal, terms: { year, long } } : { goal };
}

/** A label of the long-term half: 中期目标, 实施期目标, 中期滚动目标（2025年--2027年）. */
const LONG_TERM = /中期|长期|实施期|实施周期|滚动/;
/** A label of the year's half: 年度目标, 本年度指标, 当年绩效目标. */
const YEAR_TERM = /年度|本年|当年/;
/** 中期滚动目标（2025年度—2027年度） names years, yet is the long-term half. */
const isYearTerm = (t: string) => YEAR_TERM.test(t) && !LONG_TERM.test(t);

/** The year's label and the long-term one among labels (年度目标 | 中期目标), when both are there. */
function termsOf(labels: { col: number; text: string }[]): { year: number; long: number } | null {
  const long = labels.find((l) => LONG_TERM.test(l.text));
  const year = labels.find((l) => isYearTerm(l.text));
  return year && long ? { year: year.col, long: long.col } : null;
}

/**
 * 中期指标 | 年度指标 (or 中期目标 | 年度目标 with no goal written under them): captions of the two halves
 * of the header below, saying which is the year's. Null when the row is not only such captions.
 */
export function termsRow(texts: string[]): { year: number; long: number } | null {
  const labels: { col: number; text: string }[] = [];
  for (let c = 0; c < texts.length; c++) {
    const t = texts[c].trim();
    if (!t) continue;
    if (t.length > 16 || !/指标|目标/.test(t) || !(LONG_TERM.test(t) || YEAR_TERM.test(t))) return null;
    labels.push({ col: c, text: t });
  }
  return termsOf(labels);
}

/** 中期目标 | 建成… | 年度目标 | 完成…: the columns of the year's goal label and the long-term one. */
export function goalTerms(pairs: ContextPair[], texts: string[]): { year: number; long: number } | null {
  const goals = pairs.filter((p) => p.role === "goal" && p.label !== p.col);
  return goals.length < 2 ? null : termsOf(goals.map((p) => ({ col: p.label, text: texts[p.label] })));
}

function isGoalSubLabel(t: string): boolean {
  // 中期滚动目标（2024年--2026年）: the note of its years makes the label no longer.
  const label = t.replace(/[(（][^()（）]*[)）]\s*$/, "");
  return (
    contextLabelRole(t) === "goal" ||
    (label.length <= 12 && /目标|完成情况|实际/.test(label)) ||
    /^(?:目标)?内容$/.test(label)
  );
}
