/** A readable summary of a comparison, for the command line (Chinese or English). */
import type { Lang, Localized } from "../i18n";
import { pick } from "../i18n";
import {
  cellRef,
  conversionNote,
  formatNumber,
  loneProgramsMessage,
  programNotes,
  roundDerived,
  shownUnit,
  shownValue,
  unitWithVariants,
  unplacedMessage,
  withUnit,
} from "./sentences";
import type { ComparisonResult, DistrictCell } from "./types";
import { deadlineOf, shownDeadline } from "./flags/date";
import { reviewOrder } from "./flags/outlier";
import { flagKind } from "./flagKind";

/**
 * A row of deadlines (工程完工时间: 2025年12月底前 …), which has no numbers: its earliest and latest as written
 * (the one date where all agree), where at least two districts wrote a date (round 177: it read 无数值).
 */
function deadlineSpan(cells: DistrictCell[]): { earliest: string; latest: string; same: boolean } | null {
  const dated = cells
    .map((c) => ({ c, end: deadlineOf(c) }))
    .filter((x): x is { c: DistrictCell; end: string } => x.end !== null)
    .sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
  if (dated.length < 2) return null;
  const last = dated[dated.length - 1];
  return {
    earliest: shownDeadline(dated[0].c),
    latest: shownDeadline(last.c),
    same: dated[0].end === last.end,
  };
}

export function formatComparisonSummary(result: ComparisonResult, lang: Lang): string {
  const zh = lang === "zh";
  const lines: string[] = [];
  for (const p of result.programs) {
    // In the sheet's order: a likely slip (疑多写一个 0, ten times off) first, as it is the one to act on;
    // plain gaps in size (规模差异) apart, after every other flag; within each, by district.
    const all = reviewOrder(p);
    const findings = all.filter((f) => !f.sizeGap);
    const sizeGaps = all.filter((f) => f.sizeGap);
    const noun = p.placeWord;
    const sizeZh = sizeGaps.length ? `，另有 ${sizeGaps.length} 处规模差异` : "";
    const sizeEn = sizeGaps.length ? `, ${sizeGaps.length} differences in size` : "";
    lines.push(
      zh
        ? `【${p.name}】${p.districts.length} 个${noun}，${p.indicators.length} 项指标对齐，${findings.length} 处需要说明${sizeZh}，${p.unaligned.length} 条未能对齐。`
        : `[${p.name}] ${p.districts.length} districts, ${p.indicators.length} indicators aligned, ${findings.length} notes${sizeEn}, ${p.unaligned.length} not aligned.`,
    );
    lines.push(`  ${zh ? noun : "Districts"}: ${p.districts.join("、")}`);
    // Which files and names were taken for the program, and which were left out: said before the figures.
    for (const n of programNotes(p)) lines.push(`  ${zh ? "注" : "Note"}: ${pick(n, lang)}`);
    for (const i of p.indicators) {
      const s = i.stats;
      const n = (v: number) => formatNumber(shownValue(i, v));
      const span = s ? null : deadlineSpan(Object.values(i.cells));
      const spread = s
        ? `${zh ? "最小" : "min"} ${n(s.min)} / ${zh ? "中位数" : "median"} ${n(s.median)} / ${zh ? "最大" : "max"} ${n(s.max)}`
        : span?.same
          ? `${zh ? "期限均为" : "deadlines: all"} ${span.earliest}`
          : span
            ? `${zh ? "期限 最早" : "deadlines: earliest"} ${span.earliest} / ${zh ? "最晚" : "latest"} ${span.latest}`
            : zh
              ? "无数值"
              : "no numbers";
      const unit = pick(unitWithVariants(shownUnit(i), i.unitVariants), lang);
      // A figure converted to be compared (0.96 as 96%, 300万公斤 as 3000 吨): said in its row.
      const converted = conversionNote(i);
      lines.push(
        `  ${i.name}${i.unitLabel ? `（${unit}）` : ""}: ${spread}${converted ? `${zh ? "；" : "; "}${pick(converted, lang)}` : ""}`,
      );
    }
    for (const r of p.ratios) {
      // The median with the ratio's unit (中位数 26923 人次/家).
      const m = r.stats ? withUnit(roundDerived(r.stats.median), r.unit) : "—";
      lines.push(`  ${r.numerator}÷${r.denominator}: ${zh ? "中位数" : "median"} ${m}`);
    }
    if (findings.length) {
      lines.push(zh ? "  需要说明：" : "  Notes:");
      for (const f of findings) lines.push(`   - [${pick(flagKind(f), lang)}] ${pick(f.message, lang)}`);
    }
    if (sizeGaps.length) {
      lines.push(
        zh
          ? "  规模差异（可能与辖区规模有关，请结合实际核对）："
          : "  Differences in size (may reflect the districts' size; check against their circumstances):",
      );
      for (const f of sizeGaps) lines.push(`   - [${pick(flagKind(f), lang)}] ${pick(f.message, lang)}`);
    }
    // The prefecture's own projects (市本级: told, not unknown) apart from those of unknown district.
    const own = p.unplaced.filter((u) => u.own);
    const unknown = p.unplaced.filter((u) => !u.own);
    if (own.length) {
      lines.push(zh ? "  本级项目（未参与对比）：" : "  The prefecture's own projects (not compared):");
      for (const u of own) lines.push(`   - ${pick(unplacedMessage(u), lang)}`);
    }
    if (unknown.length) {
      lines.push(zh ? "  未识别区县（未纳入对比）：" : "  District unknown (not compared):");
      for (const u of unknown) lines.push(`   - ${pick(unplacedMessage(u), lang)}`);
    }
    if (p.unaligned.length) {
      lines.push(zh ? "  未能对齐：" : "  Not aligned:");
      for (const u of p.unaligned)
        lines.push(`   - ${u.district} ${u.name}（${cellRef(u)}）：${pick(u.reason, lang)}`);
    }
    lines.push("");
  }
  for (const u of result.unplaced) lines.push(pick(unplacedMessage(u), lang));
  const lone = loneProgramsMessage(result.lonePrograms);
  if (lone) lines.push(pick(lone, lang));
  for (const m of result.messages) lines.push(pick(m, lang));
  return lines.join("\n").trimEnd();
}

/**
 * Why no program was compared, in one line: no district told at all, only one, or several that share no
 * program's name. Null when something was compared.
 */
export function noComparisonReason(result: ComparisonResult): Localized | null {
  if (result.programs.length > 0) return null;
  const n = result.places.length;
  if (n === 0)
    return {
      zh: "区域对比：未生成——未能从项目名称、预算单位、工作表名或文件名中识别出区县。",
      en: "District comparison: none — no district could be told from the project names, budget units, sheet names or file names.",
    };
  if (n === 1)
    return {
      zh: `区域对比：未生成——只识别出 1 个区县（${result.places[0]}），需要至少两个区县填报的同一项目。`,
      en: `District comparison: none — only one district was found (${result.places[0]}); it needs the same program from at least two.`,
    };
  const shown = result.places.slice(0, 5).join("、") + (n > 5 ? "等" : "");
  return {
    zh: `区域对比：未生成——识别出 ${n} 个区县（${shown}），但没有两个区县填报同名的项目（项目名称去掉区县名后相同）。`,
    en: `District comparison: none — ${n} districts were found (${result.places.slice(0, 5).join(", ")}${n > 5 ? " …" : ""}), but no two filed a project of the same name (once the district is removed).`,
  };
}
