/** The comparison as the command line prints it with --json (shape fixed by issue 4; other tools read it). */
import type { Comparator } from "../record";
import { loneProgramsMessage, programNotes, unplacedMessage } from "./sentences";
import type {
  CompareFlag,
  ComparisonResult,
  LoneProgram,
  NameVariant,
  NearName,
  PhasedFiling,
  ProgramMember,
  Resubmission,
  UnplacedProject,
  ValueStats,
} from "./types";

export interface FlagJson {
  district: string;
  code: CompareFlag["code"];
  ratio: number | null;
  /** Chinese sentence, ready to paste into a review note. */
  message: string;
  messageEn: string;
  direction?: "high" | "low";
  basis?: "ratio" | "mad" | "shared";
  z?: number;
  /** 10× (or 1/10) its base or more, or exactly a power of ten away: 明显偏高/偏低, a likely slip. */
  far?: boolean;
  powerOfTen?: number;
  /**
   * "check": a finding to act on; "info": a plain gap in size (OUTLIER of a count, area or amount, no slip
   * suspected: 规模差异), listed after the findings.
   */
  severity: "check" | "info";
}

export interface ComparisonJson {
  program: string;
  districts: string[];
  projects: ProgramMember[];
  /**
   * What to know of the projects before the figures, as sentences: a district that filed twice (and the
   * file compared), names taken for one program, projects of a like name left out.
   */
  notes: { message: string; messageEn: string }[];
  /** Districts that filed the program in several files, and the file compared. */
  resubmissions: Resubmission[];
  /** Projects compared under a name that differs from the program's by a year or an ending (资金, 项目 …). */
  nameVariants: NameVariant[];
  /** Projects of a like name left out of the program. */
  nearNames: NearName[];
  /** Districts that filed the program in phases (一期, 二期), compared as one: what was summed, what differs. */
  phased?: PhasedFiling[];
  indicators: {
    name: string;
    unit: string;
    /** Other measure words counted with `unit` (个 where most wrote 处). */
    unitVariants?: string[];
    comparator: Comparator | null;
    values: Record<string, number | null>;
    comparators: Record<string, Comparator | null>;
    units: Record<string, string>;
    cells: Record<string, string>;
    /**
     * Figures converted to be compared, as the district wrote them (0.96 where the others write %, 300万公斤
     * among 吨); `values` and `units` hold them converted.
     */
    converted?: Record<string, string>;
    min: number | null;
    median: number | null;
    max: number | null;
    /** Districts whose likely slip (疑多写/少写 0) min, median and max leave out. */
    statsLeftOut?: string[];
    flags: FlagJson[];
  }[];
  ratios: {
    numerator: string;
    denominator: string;
    unit: string;
    chosen: boolean;
    values: Record<string, number | null>;
    min: number | null;
    median: number | null;
    max: number | null;
    flags: FlagJson[];
  }[];
  /** Projects of the program whose district could not be told (left out of the comparison, named here). */
  unplaced: {
    project: string;
    source: string;
    sheet: string;
    row: number;
    seen?: string;
    own?: UnplacedProject["own"];
    message: string;
    messageEn: string;
  }[];
  unaligned: {
    district: string;
    name: string;
    cell: string;
    /** The file the cell is in. */
    source: string;
    reason: string;
    reasonEn: string;
    similarTo?: string;
  }[];
}

function flagJson(f: CompareFlag): FlagJson {
  const out: FlagJson = {
    district: f.district,
    code: f.code,
    ratio: f.ratio === null ? null : round(f.ratio),
    message: f.message.zh,
    messageEn: f.message.en,
    severity: f.sizeGap ? "info" : "check",
  };
  if (f.direction) out.direction = f.direction;
  if (f.basis) out.basis = f.basis;
  if (f.z !== undefined) out.z = round(f.z);
  if (f.far) out.far = true;
  if (f.powerOfTen !== undefined) out.powerOfTen = f.powerOfTen;
  return out;
}

/** Rounded for reading; exact values stay exact (60000 stays 60000). */
function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

function stats(s: ValueStats | null): { min: number | null; median: number | null; max: number | null } {
  return s
    ? { min: round(s.min), median: round(s.median), max: round(s.max) }
    : { min: null, median: null, max: null };
}

export function comparisonJson(result: ComparisonResult): ComparisonJson[] {
  return result.programs.map((p) => ({
    program: p.name,
    districts: p.districts,
    projects: p.members.map((m) => ({ ...m })),
    notes: programNotes(p).map((n) => ({ message: n.zh, messageEn: n.en })),
    resubmissions: p.resubmissions.map((r) => ({ ...r, files: [...r.files] })),
    nameVariants: p.nameVariants.map((v) => ({ ...v })),
    nearNames: p.nearNames.map((n) => ({ ...n })),
    ...(p.phased ? { phased: p.phased.map((f) => JSON.parse(JSON.stringify(f)) as PhasedFiling) } : {}),
    indicators: p.indicators.map((ind) => {
      const values: Record<string, number | null> = {};
      const comparators: Record<string, Comparator | null> = {};
      const units: Record<string, string> = {};
      const cells: Record<string, string> = {};
      const converted: Record<string, string> = {};
      for (const d of p.districts) {
        const c = ind.cells[d];
        values[d] = c ? c.value : null;
        comparators[d] = c ? c.comparator : null;
        if (c) {
          units[d] = c.unit;
          cells[d] = `${c.sheet}!${c.cell}`;
          if (c.converted) converted[d] = c.converted.from;
        }
      }
      return {
        name: ind.name,
        unit: ind.unitLabel,
        ...(ind.unitVariants ? { unitVariants: ind.unitVariants } : {}),
        comparator: ind.comparator,
        values,
        comparators,
        units,
        cells,
        ...(Object.keys(converted).length ? { converted } : {}),
        ...stats(ind.stats),
        ...(ind.statsLeftOut ? { statsLeftOut: ind.statsLeftOut } : {}),
        flags: ind.flags.map(flagJson),
      };
    }),
    ratios: p.ratios.map((r) => ({
      numerator: r.numerator,
      denominator: r.denominator,
      unit: r.unit,
      chosen: r.chosen,
      values: Object.fromEntries(
        p.districts.map((d) => [d, r.values[d] === null ? null : round(r.values[d] as number)]),
      ),
      ...stats(r.stats),
      flags: r.flags.map(flagJson),
    })),
    unplaced: p.unplaced.map((u) => {
      const m = unplacedMessage(u);
      return { ...u, message: m.zh, messageEn: m.en };
    }),
    unaligned: p.unaligned.map((u) => ({
      district: u.district,
      name: u.name,
      cell: `${u.sheet}!${u.cell}`,
      source: u.source,
      reason: u.reason.zh,
      reasonEn: u.reason.en,
      ...(u.similarTo ? { similarTo: u.similarTo } : {}),
    })),
  }));
}

/**
 * What was read but not compared, beside the programs: the programs only one district filed, with the one
 * line that says so. Null when there are none (the JSON then holds only `comparison`).
 */
export function notComparedJson(result: ComparisonResult): {
  message: string;
  messageEn: string;
  programs: LoneProgram[];
} | null {
  const m = loneProgramsMessage(result.lonePrograms);
  if (!m || !result.lonePrograms) return null;
  return { message: m.zh, messageEn: m.en, programs: result.lonePrograms.map((l) => ({ ...l })) };
}

/**
 * Projects of no district that joined no program (未识别区县, the prefecture's own file of a program no district
 * files): named in the summary and on the sheet, and here beside the comparison — never dropped from the JSON
 * (round 177). Null when there are none.
 */
export function unplacedJson(result: ComparisonResult): ComparisonJson["unplaced"] | null {
  if (result.unplaced.length === 0) return null;
  return result.unplaced.map((u) => {
    const m = unplacedMessage(u);
    return { ...u, message: m.zh, messageEn: m.en };
  });
}
