/**
 * District comparison: parsed sources → programs → aligned indicators with statistics, flags and
 * intensity ratios. Pure: no workbook, no I/O.
 */
import { alignProgram } from "./align";
import { FLAG_RULES } from "./flags";
import { totalChecks, type TotalCheck } from "./flags/total";
import { summaryTotals } from "./summaryTotals";
import { chosenRatios, defaultRatios } from "./intensity";
import { sameSizeRatios } from "./flags/outlier";
import { placeKey, placeWord } from "./districts";
import { groupProgramsWithOrphans, type ProgramEntry, type ProgramGroup } from "./programs";
import { exact, ratioTo, valueStats } from "./stats";
import {
  DEFAULT_COMPARE_SETTINGS,
  type AlignedIndicator,
  type CompareOptions,
  type CompareSource,
  type ComparisonResult,
  type DistrictCell,
  type Program,
  type RatioChoice,
  type SummaryCheck,
  type TotalColumn,
} from "./types";
import type { Localized } from "../i18n";
import type { RowTotal } from "../record";

function withStats(
  ind: AlignedIndicator,
  districts: string[],
  leftOut: ReadonlySet<string> = new Set(),
): void {
  const nums: number[] = [];
  for (const d of districts) {
    const c = ind.cells[d];
    if (c && c.value !== null && c.unitKey === ind.unit && !leftOut.has(d)) nums.push(c.value);
  }
  ind.stats = valueStats(nums);
  if (leftOut.size > 0) ind.statsLeftOut = districts.filter((d) => leftOut.has(d));
  else delete ind.statsLeftOut;
  for (const d of districts) {
    const c = ind.cells[d];
    ind.ratios[d] = ind.stats && c && c.unitKey === ind.unit ? ratioTo(c.value, ind.stats.median) : null;
  }
}

/** The 合计/总计 columns the program's records stood beside (each once), or nothing. */
function totalColumnsOf(entries: ProgramEntry[]): { totalColumns?: TotalColumn[] } {
  const out = new Map<string, TotalColumn>();
  for (const e of entries)
    for (const { record, source } of e.records) {
      const t = record.rowTotal;
      if (!t) continue;
      const column = lineOf(t);
      const key = columnKey(source, record.sheet, column);
      if (!out.has(key))
        out.set(key, {
          header: t.header,
          sheet: record.sheet,
          column,
          source,
          ...(t.inRow ? { inRow: true } : {}),
        });
      const col = out.get(key) as TotalColumn;
      for (const u of t.unread ?? [])
        if (!col.unread?.some((x) => x.column === u.column)) (col.unread ??= []).push(u);
    }
  return out.size > 0 ? { totalColumns: [...out.values()] } : {};
}

/** Where a total stands: its column's letters (N4 → N), or a 分解表's total row's number (B14 → 14). */
const lineOf = (t: RowTotal): string =>
  t.inRow ? t.cell.replace(/^[A-Z]+/, "") : t.cell.replace(/\d+$/, "");

/** One 合计 column of one sheet of one source. */
const columnKey = (source: string, sheet: string, column: string): string =>
  `${source}\u0000${sheet}\u0000${column}`;

/**
 * Which indicators' totals each 合计 column was checked for (TotalColumn.checked), in the indicators' order;
 * `totals` holds each indicator's totalChecks.
 */
function withChecked(
  columns: TotalColumn[] | undefined,
  indicators: AlignedIndicator[],
  totals: ReadonlyMap<AlignedIndicator, TotalCheck[]>,
): { totalColumns?: TotalColumn[] } {
  if (!columns) return {};
  const checked = new Map<string, string[]>();
  for (const ind of indicators)
    for (const { total, cells } of totals.get(ind) ?? []) {
      const key = columnKey(cells[0].source, cells[0].sheet, lineOf(total));
      const list = checked.get(key) ?? [];
      if (!list.includes(ind.name)) list.push(ind.name);
      checked.set(key, list);
    }
  return {
    totalColumns: joinTotalRows(
      columns.map((t) => ({
        ...t,
        checked: checked.get(columnKey(t.source, t.sheet, t.column)) ?? [],
      })),
    ),
  };
}

/** The same rows (or columns) read as no place beside two totals: both none, or the same 市本级 rows. */
const sameUnread = (a: TotalColumn, b: TotalColumn): boolean =>
  (a.unread ?? []).map((u) => `${u.column}\u0000${u.header}`).join("\u0001") ===
  (b.unread ?? []).map((u) => `${u.column}\u0000${u.header}`).join("\u0001");

/**
 * A rows table's 合计 block (合计 | 产出指标 | … one row per indicator, under the districts' rows): its rows one
 * after another, said as one block (“合计”行（Sheet1 第 12–14 行）) with every indicator checked, not a note per
 * row. Rows apart, or with rows between them read as no place (`unread`), stay apart.
 */
function joinTotalRows(columns: TotalColumn[]): TotalColumn[] {
  const out: TotalColumn[] = [];
  let last: { col: TotalColumn; to: number } | null = null;
  for (const t of columns) {
    const row = Number(t.column);
    const prev = last?.col;
    if (
      prev &&
      last &&
      t.inRow &&
      prev.inRow &&
      sameUnread(t, prev) &&
      row === last.to + 1 &&
      t.source === prev.source &&
      t.sheet === prev.sheet &&
      t.header === prev.header
    ) {
      const from = prev.column.split("–")[0];
      const joined: TotalColumn = {
        ...prev,
        column: `${from}–${row}`,
        checked: [...(prev.checked ?? []), ...(t.checked ?? []).filter((n) => !prev.checked?.includes(n))],
      };
      out[out.length - 1] = joined;
      last = { col: joined, to: row };
      continue;
    }
    out.push(t);
    last = { col: t, to: row };
  }
  return out;
}

/** 巴马县 compared as 巴马瑶族自治县: the project's own spelling of the place, where it is the same place's. */
function writtenAs(written: string | null | undefined, district: string): { written?: string } {
  return written && written !== district && placeKey(written) === placeKey(district) ? { written } : {};
}

function bareNamedOf(entries: ProgramEntry[]): { bareNamed?: Program["bareNamed"] } {
  const out = entries.flatMap((e) => (e.bareNamed ? [{ district: e.district, ...e.bareNamed }] : []));
  return out.length > 0 ? { bareNamed: out } : {};
}

function shortNamedOf(entries: ProgramEntry[]): { shortNamed?: Program["shortNamed"] } {
  const out = entries.flatMap((e) => (e.shortNamed ? [{ district: e.district, ...e.shortNamed }] : []));
  return out.length > 0 ? { shortNamed: out } : {};
}

/** Where the program's name was read from a title, no 项目名称 naming it: each title's cell, once. */
function titleNamedOf(entries: ProgramEntry[]): { titleNamed?: Program["titleNamed"] } {
  const out = new Map<string, NonNullable<Program["titleNamed"]>[number]>();
  for (const e of entries)
    for (const { project, source } of e.projects) {
      if (project.projectFrom !== "title" || project.projectCell === null) continue;
      const key = `${source}\u0000${project.sheet}\u0000${project.projectCell}`;
      if (!out.has(key)) out.set(key, { sheet: project.sheet, cell: project.projectCell, source });
    }
  return out.size > 0 ? { titleNamed: [...out.values()] } : {};
}

/**
 * Each district's money from the table's amount column (a 分解表's 中央补助资金（万元）), where at least two
 * districts' rows of a table whose name is its title's carry one: said, not compared. In 万元 where the
 * header named it (one reading, in 元), else as written.
 */
function fundsOf(entries: ProgramEntry[]): { funds?: Program["funds"] } {
  const out: NonNullable<Program["funds"]> = [];
  for (const e of entries) {
    const p = e.projects[0]?.project;
    if (!p || p.projectFrom !== "title" || !p.budget?.length) continue;
    const [first] = p.budget;
    out.push(
      p.budget.length === 1
        ? { district: e.district, amount: exact(first / 10000), unit: "万元" }
        : { district: e.district, amount: first, unit: "" },
    );
  }
  return out.length >= 2 ? { funds: out } : {};
}

/** A cell's target as written, its unit (and magnitude word) added where a column's header gave them. */
function shownTarget(c: DistrictCell): string {
  const t = c.target.trim();
  if (!/\d$/.test(t)) return t;
  const scale = c.scale === 1e4 ? "万" : c.scale === 1e8 ? "亿" : "";
  return `${t}${scale}${c.unit}`;
}

/**
 * Each 汇总表 sent along with the districts' own files, checked against them: a district's own entry and the
 * 汇总表's rows for it aligned as two places, and every figure that differs (in one unit) named.
 */
function summaryChecks(group: ProgramGroup, noun: string): { summaries?: SummaryCheck[] } {
  if (!group.summaries) return {};
  const out: SummaryCheck[] = group.summaries.map((s) => {
    const differences: SummaryCheck["differences"] = [];
    const checked: string[] = [];
    const ownFigures = new Map<string, { value: number; unitKey: string }>();
    for (const { district, entries } of s.checked) {
      const own = group.entries.find((e) => e.district === district);
      if (!own) continue;
      checked.push(district);
      const pair: ProgramEntry[] = [
        { ...own, district: "\u0001own" },
        {
          district: "\u0001summary",
          projects: entries.flatMap((e) => e.projects),
          records: entries.flatMap((e) => e.records),
        },
      ];
      for (const ind of alignProgram(pair, noun).indicators) {
        const a = ind.cells["\u0001own"];
        const b = ind.cells["\u0001summary"];
        if (!a || !b || a.value === null || b.value === null) continue;
        ownFigures.set(`${b.sheet}!${b.cell}`, { value: a.value, unitKey: a.unitKey });
        if (a.unitKey === b.unitKey && exact(a.value) === exact(b.value)) continue;
        differences.push({
          district,
          indicator: ind.name,
          summary: shownTarget(b),
          own: shownTarget(a),
          cell: `${b.sheet}!${b.cell}`,
        });
      }
    }
    // The 汇总表's own rows of every place it holds: those checked above, and those only it gives (compared by it).
    const places: ProgramEntry[] = s.districts.flatMap((district) => {
      const rows = s.checked.find((c) => c.district === district)?.entries ?? [];
      const es = rows.length
        ? rows
        : group.entries
            .filter((e) => e.district === district)
            .map((e) => ({ ...e, records: e.records.filter((r) => r.source === s.source) }));
      const records = es.flatMap((e) => e.records);
      return records.length ? [{ district, projects: es.flatMap((e) => e.projects), records }] : [];
    });
    const totals = summaryTotals(places, ownFigures, new Set(checked), noun);
    return {
      source: s.source,
      districts: s.districts,
      checked,
      differences,
      ...(totals.length ? { totals } : {}),
    };
  });
  return out.length > 0 ? { summaries: out } : {};
}

export function compareDistricts(sources: CompareSource[], options: CompareOptions = {}): ComparisonResult {
  const settings = { ...DEFAULT_COMPARE_SETTINGS, ...options.settings };
  const messages: Localized[] = [];
  const programs: Program[] = [];
  const matched = new Set<RatioChoice>();
  const { groups, orphans, places, lone } = groupProgramsWithOrphans(sources, options.grouping);
  const onProgress = options.onProgress;
  for (const [done, group] of groups.entries()) {
    onProgress?.(done, groups.length);
    const districts = group.entries.map((e) => e.district);
    // A short form as written (镇赉) is named by the others' kinds only where they are most of the places:
    // 海丰, 陆河 beside 城区, 陆丰市 stay 地区.
    const short = group.entries.filter((e) => e.shortNamed?.asWritten);
    const bare = group.entries.filter((e) => e.bareNamed || 2 * short.length < districts.length);
    const noun = placeWord(
      districts,
      new Set(bare.filter((e) => e.bareNamed || e.shortNamed?.asWritten).map((e) => e.district)),
    );
    const { indicators, unaligned, phased } = alignProgram(group.entries, noun);
    // Each indicator's 合计 checks, read once: for TOTAL-DIFF and for the 合计 columns' note (withChecked).
    const totals = new Map<AlignedIndicator, TotalCheck[]>();
    for (const ind of indicators) totals.set(ind, totalChecks(ind, noun));
    const flagAll = (leftOut: ReadonlyMap<AlignedIndicator, ReadonlySet<string>>) => {
      for (const ind of indicators) {
        withStats(ind, districts, leftOut.get(ind));
        const checks = totals.get(ind) as TotalCheck[];
        ind.flags = FLAG_RULES.flatMap((rule) =>
          rule.check({ indicator: ind, districts, settings, unaligned, noun, totals: checks, indicators }),
        );
      }
      sameSizeRatios(indicators, districts, noun);
    };
    // A likely slip (疑多写/少写 0, still one once a consistent size is weighed) is left out of the min,
    // median and max, and said: 镇巴县's 3500000 for 350 moved the median and made a neighbour a 规模差异.
    // Compared again without it until the slips left out are the slips found (each round leaves out fewer).
    let leftOut = new Map<AlignedIndicator, ReadonlySet<string>>();
    flagAll(leftOut);
    for (let round = 0; ; round++) {
      const next = new Map<AlignedIndicator, ReadonlySet<string>>();
      for (const ind of indicators) {
        const slips = new Set(
          ind.flags.filter((f) => f.code === "OUTLIER" && f.powerOfTen !== undefined).map((f) => f.district),
        );
        const before = leftOut.get(ind);
        const keep = round === 0 ? slips : new Set([...(before ?? [])].filter((d) => slips.has(d)));
        const counted = (ind.stats?.count ?? 0) + (before?.size ?? 0) - keep.size;
        if (keep.size > 0 && counted >= settings.minValuesForOutlier) next.set(ind, keep);
      }
      const same =
        next.size === leftOut.size && [...next].every(([ind, set]) => leftOut.get(ind)?.size === set.size);
      if (same) break;
      // Not settled within three rounds: every value counted.
      if (round === 3) {
        flagAll(new Map());
        break;
      }
      leftOut = next;
      flagAll(leftOut);
    }
    for (const ind of indicators) {
      // The OUTLIER flags' slips, read once: as figures corrected, and as units typed wrong.
      const corrected = new Map<string, number>();
      const units = new Map<string, { meant: string; written: string }>();
      for (const f of ind.flags) {
        if (f.code !== "OUTLIER") continue;
        const v = ind.cells[f.district]?.value;
        if (f.powerOfTen !== undefined && v !== null && v !== undefined)
          corrected.set(f.district, exact(v / 10 ** f.powerOfTen));
        if (f.units) units.set(f.district, f.units);
      }
      // A 合计 left unchecked because a district's slip makes the sum as written exceed it (台儿庄 160000 in a
      // 万人 column, read as 16): checked against the sum with the slips corrected, and the correction said.
      if (corrected.size > 0) {
        const before = totals.get(ind) as TotalCheck[];
        const added = totalChecks(ind, noun, corrected).filter(
          (c) => !before.some((b) => b.total.cell === c.total.cell),
        );
        if (added.length > 0) {
          totals.set(ind, [...before, ...added]);
          ind.flags.push(...added.flatMap((c) => (c.flag ? [c.flag] : [])));
        }
      }
      // 丰城市 8.2 in a 人 column, said by the OUTLIER as 疑将“万人”写作“人”: the 合计 that proves the slip says it
      // the same way, not as four zeros too few (round 174).
      const checks = totals.get(ind) as TotalCheck[];
      if (units.size === 0 || !checks.some((c) => c.slip && c.flag && units.has(c.slip.district))) continue;
      const said = totalChecks(ind, noun, new Map(), units);
      for (const c of checks) {
        if (!c.slip || !c.flag || !units.has(c.slip.district)) continue;
        const again = said.find(
          (a) => a.total.cell === c.total.cell && a.slip?.district === c.slip?.district,
        );
        if (again?.flag) c.flag.message = again.flag.message;
      }
    }
    let ratios;
    if (options.ratios && options.ratios.length > 0) {
      const chosen = chosenRatios(indicators, districts, settings, options.ratios, noun);
      ratios = chosen.ratios;
      for (const c of options.ratios) if (!chosen.unmatched.includes(c)) matched.add(c);
    } else {
      ratios = defaultRatios(indicators, districts, settings, noun);
    }
    programs.push({
      name: group.name,
      districts,
      placeWord: noun,
      members: group.entries.flatMap((e) =>
        e.projects.map(({ project, source }) => ({
          district: e.district,
          ...(e.shortNamed && !e.shortNamed.asWritten
            ? { written: e.shortNamed.written }
            : writtenAs(project.district, e.district)),
          project: project.project,
          source,
          sheet: project.sheet,
          row: project.row,
        })),
      ),
      indicators,
      ratios,
      unaligned,
      unplaced: group.unplaced,
      nameVariants: group.nameVariants,
      nearNames: group.nearNames,
      resubmissions: group.resubmissions,
      ...summaryChecks(group, noun),
      ...withChecked(totalColumnsOf(group.entries).totalColumns, indicators, totals),
      ...(phased.length > 0 ? { phased } : {}),
      ...bareNamedOf(group.entries),
      ...shortNamedOf(group.entries),
      ...titleNamedOf(group.entries),
      ...fundsOf(group.entries),
    });
  }
  if (groups.length > 0) onProgress?.(groups.length, groups.length);

  for (const c of options.ratios ?? []) {
    if (matched.has(c)) continue;
    messages.push({
      zh: `找不到用于强度比的指标：“${c.numerator}” ÷ “${c.denominator}”。请写各区都有的指标名称。`,
      en: `Could not find the indicators for the ratio "${c.numerator}" ÷ "${c.denominator}". Use names of indicators the districts share.`,
    });
  }
  return {
    programs,
    settings,
    messages,
    unplaced: orphans,
    places,
    ...(programs.length > 0 && lone && lone.length > 0 ? { lonePrograms: lone } : {}),
  };
}

export * from "./types";
export { FLAG_RULES } from "./flags";
export { findDistrict, stripDistrict, programKey, placeWord } from "./districts";
export { nameKey } from "./names";
export {
  formatNumber,
  withUnit,
  formatRatio,
  COMPARATOR_SYMBOL,
  unplacedMessage,
  loneProgramsMessage,
} from "./sentences";
export { comparisonJson, notComparedJson, unplacedJson, type ComparisonJson } from "./json";
export { formatComparisonSummary, noComparisonReason } from "./summary";
