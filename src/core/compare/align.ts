/**
 * Alignment: the indicators of one program matched across districts by normalised name and unit.
 * What cannot be matched is reported, with a similar name offered for a person to check, never merged.
 */
import type { IndicatorRecord } from "../record";
import { selfWord } from "./districts";
import { nameKey, nameOfKey, variantScore } from "./names";
import { fileOf, type ProgramEntry } from "./programs";
import { cellRef, otherKind, shownUnit, writtenFigure } from "./sentences";
import { exact, mode, preferText } from "./stats";

/** A largest value from which base figures are long enough (six digits) to show in the magnitude written. */
const LONG_FIGURE = 100000;
import type { AlignedIndicator, DistrictCell, PhasedFiling, UnalignedItem } from "./types";
import { sizeFigure } from "./flags/outlier";
import { writesComparator } from "../text/comparatorWords";
import { periodWords, schoolFunds, splitPeriod } from "./periods";
import {
  applyMagnitude,
  conversionFactor,
  isCountUnit,
  otherSpelling,
  rateOrCount,
  sameMeasure,
  samePerYear,
  scaleWord,
  unitKey,
  unitKeyOf,
  writtenScale,
} from "./units";

interface Item {
  district: string;
  record: IndicatorRecord;
  source: string;
  key: string;
  cell: DistrictCell;
  /** Position within the district's list, 0..1, to order the matrix as the districts do. */
  position: number;
  /** The phase (一期) of the district's project the record belongs to, where it filed several. */
  phase?: string;
}

function toItem(
  district: string,
  record: IndicatorRecord,
  source: string,
  position: number,
  phase?: string,
): Item {
  const { key, unitHint } = nameKey(record.name || record.text);
  const scaled = applyMagnitude(record.value, record.unit);
  const scaledMax = applyMagnitude(record.valueMax, record.unit);
  const unit = scaled.unit || (record.value !== null ? unitHint : "");
  return {
    district,
    record,
    source,
    key,
    position,
    ...(phase !== undefined ? { phase } : {}),
    cell: {
      district,
      value: scaled.value,
      valueMax: scaledMax.value,
      comparator: record.comparator,
      comparatorWritten:
        record.comparator !== null &&
        (writesComparator(record.target) || writesComparator(record.direction ?? "")),
      direction: record.direction,
      unit,
      unitKey: unitKeyOf(unit, record.name, record.target),
      scale: writtenScale(scaled.value, record.target || record.text),
      ...(record.percentFraction ? { percentFraction: true } : {}),
      kind: record.kind,
      name: record.name,
      target: record.target,
      text: record.text,
      sheet: record.sheet,
      cell: record.cell,
      source,
      ...(record.rowTotal ? { rowTotal: record.rowTotal } : {}),
      ...(record.kind === "date" && record.date ? { date: record.date } : {}),
    },
  };
}

function sameCell(a: DistrictCell, b: DistrictCell): boolean {
  return a.value === b.value && a.comparator === b.comparator && a.unitKey === b.unitKey && a.kind === b.kind;
}

function unaligned(it: Item, reason: UnalignedItem["reason"], similarTo?: string): UnalignedItem {
  const u: UnalignedItem = {
    district: it.district,
    name: it.record.name,
    text: it.record.text,
    sheet: it.record.sheet,
    cell: it.record.cell,
    source: it.source,
    reason,
  };
  if (it.cell.unit) u.unit = it.cell.unit;
  if (similarTo) u.similarTo = similarTo;
  return u;
}

/** Groups by key; a key whose districts hold it in several units within one district is split by unit. */
function groupItems(items: Item[]): Map<string, Item[]> {
  const byKey = new Map<string, Item[]>();
  for (const it of items) {
    const g = byKey.get(it.key) ?? [];
    g.push(it);
    byKey.set(it.key, g);
  }
  const out = new Map<string, Item[]>();
  for (const [key, group] of byKey) {
    const unitsPerDistrict = new Map<string, Set<string>>();
    for (const it of group) {
      const s = unitsPerDistrict.get(it.district) ?? new Set<string>();
      s.add(it.cell.unitKey);
      unitsPerDistrict.set(it.district, s);
    }
    const split = [...unitsPerDistrict.values()].some((s) => s.size > 1);
    if (!split) {
      out.set(key, group);
      continue;
    }
    for (const it of group) {
      const k = `${key}|${it.cell.unitKey}`;
      const g = out.get(k) ?? [];
      g.push(it);
      out.set(k, g);
    }
  }
  return out;
}

/**
 * Counts of the same things, once or per visit (人 and 人次, 家 and 家次): 资助学生人次 may be the
 * district's way of setting 资助家庭经济困难学生人数 — offered for a check, never merged.
 */
function sameCounted(a: string, b: string): boolean {
  const once = (x: string) => x.replace(/次$/, "");
  return a === b || (isCountUnit(a) && isCountUnit(b) && once(a) !== "" && once(a) === once(b));
}

/**
 * The one indicator a district's unmatched count may stand for, when names do not tell (社区老年食堂数量
 * for 老年助餐点数量): the district lacks exactly one aligned indicator counted in this unit (个, 家 …), has
 * exactly one unmatched indicator in it, and the two names share at least two characters.
 */
function onlyCounterpart(
  it: Item,
  singles: Item[],
  indicators: AlignedIndicator[],
): { name: string; score: number } | null {
  const u = it.cell.unitKey;
  if (!u || !isCountUnit(u)) return null;
  const lacking = indicators.filter((ind) => !ind.cells[it.district] && sameCounted(ind.unit, u));
  const mine = singles.filter((x) => x.district === it.district && sameCounted(x.cell.unitKey, u));
  if (lacking.length !== 1 || mine.length !== 1) return null;
  // The unit is already the same; only the names' characters may say the two are alike.
  const chars = new Set(nameOfKey(lacking[0].key));
  const shared = [...new Set(it.key)].filter((ch) => chars.has(ch)).length;
  return shared >= 2 ? { name: lacking[0].name, score: 0.5 } : null;
}

/** A fraction of one (0.9) whose % came from the unit column, not from the target as written. */
function inPercentColumn(c: DistrictCell): boolean {
  return (
    c.unitKey === "%" &&
    c.value !== null &&
    c.value > 0 &&
    c.value <= 1 &&
    (c.valueMax === null || c.valueMax <= 1) &&
    !/[%％]|百分/.test(c.target)
  );
}

/**
 * Cells in another form of the indicator's unit, converted to be compared with the others, the written
 * figure kept: a rate written as a fraction of one with no unit (0.96 where every other district writes a
 * percentage above 1, as 96%), another unit of the same measure (300万公斤 among 吨, 公顷 among 亩, 米 among
 * 千米).
 */
function convertInto(list: DistrictCell[], unit: string, school = false): void {
  const percents = list
    .filter((c) => c.unitKey === "%" && c.value !== null && !inPercentColumn(c) && !c.percentFraction)
    .map((c) => c.value as number);
  const fractionsAreRare = percents.length > 0 && percents.every((v) => v > 1);
  // 0.9 under a % unit column among 85–95: the same slip, where every other district writes tens of percent.
  const columnFractionsAreRare = percents.length > 0 && percents.every((v) => v >= 10);
  // 0.03 among ≥3个百分点: a change in points written as a fraction of one — where the others write whole
  // points and a hundred times it lands among them (0.5 among 3–5 is more likely 0.5 points, its unit left out).
  const points = list
    .filter((c) => c.unitKey === "个百分点" && c.value !== null)
    .map((c) => c.value as number);
  const pointFraction = (v: number) =>
    points.length > 0 &&
    Math.min(...points) >= 1 &&
    v * 100 >= Math.min(...points) / 3 &&
    v * 100 <= Math.max(...points) * 3;
  for (const c of list) {
    if (c.value === null) continue;
    const max = c.valueMax;
    // 0.85 typed into a % row, read as 85 by the parser: the same slip, already counted as the percentage.
    if (unit === "%" && columnFractionsAreRare && c.percentFraction && c.unitKey === "%") {
      c.converted = { from: String(exact(c.value / 100)), kind: "fraction" };
      continue;
    }
    if (unit === "%" && columnFractionsAreRare && inPercentColumn(c)) {
      convert(c, 100, String(exact(c.value / (c.scale ?? 1))), "fraction");
      continue;
    }
    if (c.unitKey === unit) continue;
    if (
      unit === "%" &&
      c.unitKey === "" &&
      fractionsAreRare &&
      c.value > 0 &&
      c.value <= 1 &&
      (max === null || max <= 1)
    ) {
      convert(c, 100, writtenFigure(c), "fraction");
      c.unitKey = unit;
      continue;
    }
    if (
      unit === "个百分点" &&
      c.unitKey === "" &&
      c.value > 0 &&
      c.value < 1 &&
      (max === null || max < 1) &&
      pointFraction(c.value)
    ) {
      convert(c, 100, writtenFigure(c), "fraction");
      c.unitKey = unit;
      continue;
    }
    const factor = conversionFactor(c.unitKey, unit, school);
    if (factor === null) continue;
    const written = c.value;
    // 600元/生·学期 among 元/生·年: the periods used, said in the row (已按每年两学期折合为).
    const period = periodWords(c.unitKey, unit, school);
    const from = splitPeriod(c.unitKey.split("/")[1] ?? "")?.period;
    // 每生每学期500元: the unit came from the words, so the target is quoted as written.
    const words = !c.unit.includes("/") && c.unitKey.includes("/") && c.target !== "";
    convert(c, factor, words ? c.target : writtenFigure(c), "unit");
    if (period && from)
      c.converted = { ...(c.converted as NonNullable<DistrictCell["converted"]>), period, periodName: from };
    c.unitKey = unit;
    roundedAs(c, written, factor, list);
  }
}

/**
 * ≥2333元/人·月 among 28000 元/人·年: a figure converted by a factor no power of ten (12) that another
 * district's figure in the unit rounds to, as written (2333 × 12 = 27996, and 28000 ÷ 12 = 2333.3): that
 * figure, not a gap of 4 to report. Within half the written figure's last digit, times the factor.
 */
function roundedAs(c: DistrictCell, written: number, factor: number, list: DistrictCell[]): void {
  if (c.valueMax !== null || Math.abs(Math.log10(Math.abs(factor)) % 1) < 1e-9) return;
  const scale = c.scale ?? 1;
  const digits = (String(exact(written / scale)).split(".")[1] ?? "").length;
  const half = 0.5 * 10 ** -digits * scale * Math.abs(factor);
  const near = list.filter(
    (o) =>
      o !== c &&
      !o.converted &&
      o.unitKey === c.unitKey &&
      o.value !== null &&
      o.value !== c.value &&
      Math.abs((o.value as number) - (c.value as number)) <= half + 1e-9,
  );
  const values = new Set(near.map((o) => o.value as number));
  if (values.size === 1) c.value = [...values][0];
}

/** A cell's figures times `factor`, the figure as written kept (`from`, `kind`: DistrictCell.converted). */
function convert(c: DistrictCell, factor: number, from: string, kind: "fraction" | "unit"): void {
  c.converted = { from, kind };
  c.value = exact((c.value as number) * factor);
  if (c.valueMax !== null) c.valueMax = exact(c.valueMax * factor);
}

export interface Alignment {
  indicators: AlignedIndicator[];
  unaligned: UnalignedItem[];
  /** Districts that filed the program in phases: what was summed, what differs (round 177). */
  phased: PhasedFiling[];
}

/**
 * One district's phases of an indicator (盱眙县 一期 ≥3万亩, 二期 ≥2万亩) as one cell: their sum where the figure
 * adds up (a count, area or amount, each a single figure in one unit with one comparator); else the first
 * phase's, the others said. `summed` false where the phases wrote the same target (nothing to say) or differ.
 */
function phasesCell(list: Item[]): { cell: DistrictCell; summed: boolean; differ: boolean } {
  const [first] = list;
  const cells = list.map((it) => it.cell);
  if (cells.every((c) => sameCell(c, first.cell))) return { cell: first.cell, summed: false, differ: false };
  const adds =
    cells.every(
      (c) =>
        c.value !== null &&
        c.valueMax === null &&
        c.unitKey !== "" &&
        c.unitKey === first.cell.unitKey &&
        c.comparator === first.cell.comparator,
    ) && sizeFigure(first.record.name, first.cell.unitKey);
  if (!adds) return { cell: first.cell, summed: false, differ: true };
  const scales = new Set(cells.map((c) => c.scale ?? 1));
  const cell: DistrictCell = {
    ...first.cell,
    value: exact(cells.reduce((s, c) => s + (c.value as number), 0)),
    comparatorWritten: cells.every((c) => c.comparatorWritten),
    // (Quoted where a sentence names the target as written: 一期's and 二期's, both.)
    target: cells.map((c) => c.target).join(" + "),
    phases: list.map((it) => ({
      phase: it.phase ?? "",
      target: it.cell.target,
      sheet: it.cell.sheet,
      cell: it.cell.cell,
    })),
  };
  if (scales.size > 1) delete cell.scale;
  return { cell, summed: true, differ: true };
}

/**
 * The file a cell's reference names (Sheet1 in several files of the program), or undefined where its
 * sheet's name tells it: each source's file where another file of the program has a sheet of that name.
 */
export function sharedSheetFiles(
  entries: ProgramEntry[],
): (sheet: string, source: string) => string | undefined {
  const files = new Map<string, Set<string>>();
  for (const e of entries)
    for (const { project, source } of e.projects) {
      const set = files.get(project.sheet) ?? new Set<string>();
      set.add(fileOf(source, project.sheet));
      files.set(project.sheet, set);
    }
  return (sheet, source) => ((files.get(sheet)?.size ?? 0) > 1 ? fileOf(source, sheet) : undefined);
}

/** `noun`: what the entries are called in sentences (区, 县（市）, 地区 …). */
export function alignProgram(entries: ProgramEntry[], noun = "区"): Alignment {
  const fileFor = sharedSheetFiles(entries);
  const programNames = entries.flatMap((e) => e.projects.map((p) => p.project.project));
  const items: Item[] = [];
  for (const e of entries) {
    const n = Math.max(1, e.records.length - 1);
    e.records.forEach(({ record, source, phase }, i) =>
      items.push(toItem(e.district, record, source, i / n, phase)),
    );
  }
  const phased = new Map<string, PhasedFiling>();
  for (const e of entries)
    if (e.phases) phased.set(e.district, { district: e.district, phases: e.phases, summed: [], each: [] });
  const groups = groupItems(items);
  const aligned: { indicator: AlignedIndicator; position: number }[] = [];
  const singles: Item[] = [];
  const out: UnalignedItem[] = [];
  for (const [key, group] of groups) {
    const districts = new Set(group.map((it) => it.district));
    if (districts.size < 2) {
      singles.push(...group);
      continue;
    }
    const cells: Record<string, DistrictCell> = {};
    const chosen: Item[] = [];
    // A district's phases of the indicator (一期, 二期), one item each: made one cell below.
    const byPhase = new Map<string, Item[]>();
    for (const it of group) {
      const prev = cells[it.district];
      const phases = byPhase.get(it.district);
      if (!prev) {
        cells[it.district] = it.cell;
        chosen.push(it);
        if (it.phase !== undefined) byPhase.set(it.district, [it]);
      } else if (it.phase !== undefined && phases && phases.every((p) => p.phase !== it.phase)) {
        phases.push(it);
      } else if (!sameCell(prev, it.cell)) {
        const first = cellRef({ sheet: prev.sheet, cell: prev.cell, file: fileFor(prev.sheet, prev.source) });
        out.push(
          unaligned(it, {
            zh: `${selfWord(it.district)}有两条同名指标且取值不同，对比中只用了第一条（${first}）`,
            en: `This district has two indicators of this name with different targets; the comparison uses the first (${first}).`,
          }),
        );
      }
    }
    for (const [district, list] of byPhase) {
      if (list.length < 2) continue;
      const { cell, summed, differ } = phasesCell(list);
      cells[district] = cell;
      const note = phased.get(district);
      if (!note || !differ) continue;
      const parts = list.map((it) => ({ phase: it.phase ?? "", target: it.cell.target || it.cell.text }));
      (summed ? note.summed : note.each).push({ indicator: list[0].record.name, parts });
    }
    const list = Object.values(cells);
    const withNumber = list.filter((c) => c.value !== null);
    const unitMode = mode(
      (withNumber.length ? withNumber : list).map((c) => c.unitKey),
      preferText,
    );
    const unit = unitMode?.value ?? "";
    // 元/人·年 among 元/人: the same annual amount, compared with the others rather than set aside.
    // 个 among 处, 辆 among 台, 元/人·年 among 元/生·年: the same count in another measure word, compared
    // too, and the words it was written in kept for the header's note.
    const variants = new Set<string>();
    for (const c of list) {
      if (c.unitKey === unit) continue;
      if (sameMeasure(c.unitKey, unit)) variants.add(c.unit || c.unitKey);
      if (samePerYear(c.unitKey, unit) || sameMeasure(c.unitKey, unit)) c.unitKey = unit;
    }
    // A term converts to a year for a school's funds only (学生资助, 生均公用经费; periods.ts).
    const school =
      schoolFunds([...chosen.map((it) => it.record.name), ...programNames]) ||
      /\/(?:学)?生(?:·|$)/.test(unit);
    convertInto(list, unit, school);
    const labelMode = mode(
      list.filter((c) => c.unitKey === unit && !c.converted).map((c) => c.unit),
      preferText,
    );
    const comp = mode(withNumber.map((c) => c.comparator));
    // Shown in the magnitude most districts wrote (30万亩, 万元), not as 300000 亩.
    const unitLabel = labelMode?.value ?? unit;
    // 千米 among 公里: the same unit, named beside it (公里；另有写作“千米”) as a measure word is.
    for (const c of list)
      if (c.unitKey === unit && !c.converted && otherSpelling(c.unit, unitLabel)) variants.add(c.unit);
    const scaleMode = mode(
      withNumber.filter((c) => c.unitKey === unit && !c.converted).map((c) => c.scale ?? 1),
      (a, b) => a - b,
    );
    // In the magnitude most districts wrote (8 of 9 wrote 3.5–8.5万人次: not 35000–85000 人次), the others'
    // figures quoted as written beside theirs; where the base figures grow long (300000 亩, 60000000 元), in
    // the commonest one. A lone 1万家次 beside 8500 家次 reads as well as 10000 家次. Money, an amount per
    // household or head too, as most wrote it (1.5万元/户, not 15000 元/户).
    const numbers = withNumber.filter((c) => c.unitKey === unit).map((c) => c.value as number);
    // (So rows of one unit stand in one magnitude where most of each row's districts wrote it: 高效节水灌溉面积
    // 1.5–3 万亩 beside 新建高标准农田面积 7–14 万亩.)
    const mostWrote = scaleMode !== null && scaleMode.count * 2 > numbers.length;
    const long =
      /^元(?:$|\/)/.test(unitKey(unitLabel)) || Math.max(...numbers, 0) >= LONG_FIGURE || mostWrote;
    const displayScale = unitLabel && long && scaleMode && !scaleMode.tied ? scaleMode.value : 1;
    // A converted figure stands in the others' unit from here on; what was written is kept in `converted`.
    for (const c of list)
      if (c.converted) {
        c.unit = unitLabel;
        c.scale = 1;
      }
    aligned.push({
      position: chosen.reduce((s, it) => s + it.position, 0) / chosen.length,
      indicator: {
        key,
        name:
          mode(
            chosen.map((it) => it.record.name),
            preferText,
          )?.value ?? key,
        unit,
        unitLabel,
        ...(displayScale !== 1
          ? { displayScale, displayUnit: `${scaleWord(displayScale)}${unitLabel}` }
          : {}),
        comparator: comp && !comp.tied ? comp.value : null,
        ...(variants.size > 0 ? { unitVariants: [...variants] } : {}),
        ...(school ? { school: true as const } : {}),
        cells,
        stats: null,
        ratios: {},
        quantitative: withNumber.length > 0,
        flags: [],
      },
    });
  }
  aligned.sort((a, b) => a.position - b.position);
  const indicators = aligned.map((a) => a.indicator);
  for (const it of singles) {
    let best: { name: string; score: number; unit?: string } | null = null;
    for (const ind of indicators) {
      if (ind.cells[it.district]) continue;
      const sameUnit = it.cell.unitKey !== "" && it.cell.unitKey === ind.unit;
      const score = variantScore(it.key, nameOfKey(ind.key), sameUnit);
      if (score >= 0.5 && (!best || score > best.score))
        best = { name: ind.name, score, unit: shownUnit(ind) };
    }
    best ??= onlyCounterpart(it, singles, indicators);
    // 健康管理率 (%) like 健康管理人数 (人): another kind of figure than the one it resembles, said so.
    const kind = best?.unit ? rateOrCount(it.cell.unitKey, best.unit) : null;
    out.push(
      unaligned(
        it,
        best && kind
          ? otherKind(kind, it.cell.unit, best.name, best.unit ?? "", noun)
          : best
            ? {
                zh: `其他${noun}没有同名指标；可能与“${best.name}”相同，请人工核对`,
                en: `No other district has an indicator of this name; it may be the same as "${best.name}" — please check.`,
              }
            : { zh: `其他${noun}没有同名指标`, en: "No other district has an indicator of this name" },
        best?.name,
      ),
    );
  }
  for (const u of out) {
    const file = fileFor(u.sheet, u.source);
    if (file) u.file = file;
  }
  return { indicators, unaligned: out, phased: [...phased.values()] };
}
