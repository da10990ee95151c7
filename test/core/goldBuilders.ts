/**
 * The builders the unseen rounds' gold is written with (round196.gold.ts and the rounds after it): one record of
 * `GoldIndicator`'s shape per kind of target, and the canonical 一级 and 二级 names, short.
 */
import type { GoldIndicator, GoldProject } from "./round196.gold";

export const P = "产出指标";
export const X = "效益指标";
export const S = "满意度指标";
export const C = "成本指标";
export const SL = "数量指标";
export const ZL = "质量指标";
export const SX = "时效指标";
export const CB = "成本指标";
export const JJCB = "经济成本指标";
export const SHCB = "社会成本指标";
export const STCB = "生态环境成本指标";
export const JJ = "经济效益指标";
export const SH = "社会效益指标";
export const ST = "生态效益指标";
export const KC = "可持续影响指标";
export const MY = "服务对象满意度指标";

type L = string | null;
type Alt = GoldIndicator["alt"];
const base = { valueMax: null, date: null } as const;
/** `alt`, where given: the readings as right as the gold's (record.md's genuinely ambiguous fields). */
const withAlt = (alt: Alt) => (alt === undefined ? {} : { alt });

/** A figure: ≥ 20 人. */
export const q = (
  level1: L,
  level2: L,
  name: string,
  comparator: string,
  value: number,
  unit: string,
  alt?: Alt,
): GoldIndicator => ({
  ...base,
  level1,
  level2,
  name,
  comparator,
  value,
  unit,
  kind: "quantitative",
  ...withAlt(alt),
});

/** A range: 1-3 场次. */
export const r = (
  level1: L,
  level2: L,
  name: string,
  value: number,
  valueMax: number,
  unit: string,
  alt?: Alt,
): GoldIndicator => ({
  ...base,
  level1,
  level2,
  name,
  comparator: "between",
  value,
  valueMax,
  unit,
  kind: "quantitative",
  ...withAlt(alt),
});

/** A date or period: 2025-12-31, or null where none is fixed. */
export const d = (level1: L, level2: L, name: string, date: string | null, alt?: Alt): GoldIndicator => ({
  ...base,
  level1,
  level2,
  name,
  comparator: null,
  value: null,
  unit: "",
  kind: "date",
  date,
  ...withAlt(alt),
});

/** Words: 平稳, 优良, 是. */
export const t = (level1: L, level2: L, name: string, alt?: Alt): GoldIndicator => ({
  ...base,
  level1,
  level2,
  name,
  comparator: null,
  value: null,
  unit: "",
  kind: "qualitative",
  ...withAlt(alt),
});

/** An empty template: ≧ %, **, XX. */
export const e = (level1: L, level2: L, name: string, alt?: Alt): GoldIndicator => ({
  ...base,
  level1,
  level2,
  name,
  comparator: null,
  value: null,
  unit: "",
  kind: "empty",
  ...withAlt(alt),
});

export const proj = (
  project: string,
  budgetUnit: string,
  department: string,
  district: string | null,
  ind: GoldIndicator[],
): GoldProject => ({ project, budgetUnit, department, district, ind });
