/**
 * A line of another program among a project's own (round 199 miss: 农村供水保证率 in a 农村公厕维护管理 table;
 * round 205): the project's name names what it works on (公厕), its goal or lines name it again, and one output or
 * effect line measures another program's object (供水) that neither the name, the goal nor any other line names —
 * left over from the table it was copied from. Said by OTHER-PRODUCT at that line (lexicons/programs.json).
 */
import type { IndicatorRecord } from "../../record";
import { level1Of } from "../indicator";
import { isSatisfactionName, normalize } from "../lexicon";
import type { ProjectView } from "../types";
import programLexicon from "../lexicons/programs.json";

const PROGRAMS: readonly { name: string; en: string; words: readonly string[] }[] = programLexicon.programs;

/** The programs named, by their index in PROGRAMS. */
const indexOf = (names: readonly string[]) =>
  new Set(names.map((n) => PROGRAMS.findIndex((q) => q.name === n)));

/** Programs done together in one project (改厕, 污水 and 垃圾 of 农村人居环境): never another's line. */
const NEAR: readonly ReadonlySet<number>[] = PROGRAMS.map((p) =>
  indexOf(programLexicon.families.filter((f) => f.includes(p.name)).flat()),
);
/**
 * Whom a program serves, as programs (学生营养改善 the schools' pupils): their lines are its own, not the other way
 * round — a 营养餐 line in a 校舍维修 table is still another program's (round 211).
 */
const SERVES: readonly ReadonlySet<number>[] = PROGRAMS.map((p) =>
  indexOf((programLexicon.serves as Record<string, readonly string[]>)[p.name] ?? []),
);
/** Programs whose object is one institution's premises (学校, 幼儿园, 养老院, 殡仪馆). */
const INSTITUTIONS = indexOf(programLexicon.institutions);
/** A building's own services (厕所, 供水, 供暖, 照明): part of an institution's building works. */
const UTILITIES = indexOf(programLexicon.utilities);

/**
 * A name naming a program of a settlement's several works (人居环境整治, 乡村振兴衔接资金, 老旧小区改造, 以工代赈): the
 * lines of each of its facilities (SETTLEMENT) are its own, whichever single program its name names beside (round 208:
 * 户厕改造及人居环境整治 with 村庄路灯安装); a school's or an old people's home's line is still another's.
 */
const combining = (name: string) => programLexicon.combining.find((w) => name.includes(w));
const SETTLEMENT = indexOf(programLexicon.settlement);
/** What a combining word takes besides (老旧小区改造's 社区养老 and 托育, its 完善类 works). */
const ALSO: Record<string, readonly string[]> = programLexicon.combiningAlso;
const settlementOf = (word: string) => new Set([...SETTLEMENT, ...indexOf(ALSO[word] ?? [])]);

/** A unit's whole spending (部门整体支出): every duty of the unit is its own (园林绿化和路灯管理中心 with 公园公厕保洁). */
const wholeUnit = (name: string) => programLexicon.wholeUnit.some((w) => name.includes(w));

/** Building works named (校舍维修改造, 敬老院适老化改造): the institution's own utilities are part of them. */
const buildingWorks = (name: string) => programLexicon.works.some((w) => name.includes(w));

/**
 * The programs a text names, by their index in PROGRAMS. A word inside a longer word of another program names that
 * one only: 学生营养餐 is 学生营养's, not 学校's by its 学生 (round 211).
 */
function programsIn(text: string): Set<number> {
  const t = normalize(text);
  const found: { k: number; at: number; end: number }[] = [];
  PROGRAMS.forEach((p, k) => {
    for (const w of p.words)
      for (let at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + 1))
        found.push({ k, at, end: at + w.length });
  });
  const inside = (a: (typeof found)[number]) =>
    found.some((b) => b.k !== a.k && b.at <= a.at && a.end <= b.end && b.end - b.at > a.end - a.at);
  return new Set(found.filter((a) => !inside(a)).map((a) => a.k));
}

/** The word of program `k` that `text` writes, or its name. */
const wordOf = (k: number, text: string) =>
  PROGRAMS[k].words.find((w) => normalize(text).includes(w)) ?? PROGRAMS[k].name;

/** A line of another program: the line, the project's word for its own program, the line's word for the other. */
export interface StrayProgram {
  line: IndicatorRecord;
  own: string;
  other: string;
  program: string;
  /** The program's kind in English, for the English message. */
  programEn: string;
}

/** Where the project's own program is named this often (name aside) by its goal and lines, the table is its own. */
const MIN_OWN = 2;

/**
 * The lines of `view` that measure another program than the project's. The project's name must name one at least
 * (a name naming none, 应急管理经费, says nothing of what belongs); satisfaction's subjects are no such line.
 */
export function strayPrograms(view: ProjectView, program: string): StrayProgram[] {
  // The whole name: a bracket may say what combines (老旧小区改造（供水管网及加装电梯）).
  const whole = normalize(view.project.project);
  const combined = combining(whole);
  const settlement = combined ? settlementOf(combined) : new Set<number>();
  // 美丽乡村建设 names no one program: its settlement's facilities are its own (round 208, second batch).
  const inName = programsIn(program);
  const byName = inName.size > 0 || !combined;
  const own = byName ? inName : settlement;
  if (own.size === 0 || wholeUnit(whole)) return [];
  // 无障碍厕所改造 of a 敬老院适老化改造, 水冲式厕所改造 of a 校舍维修改造: the premises' own (round 208).
  const premises = buildingWorks(whole) && [...own].some((k) => INSTITUTIONS.has(k));
  const goal = programsIn(view.project.goal);
  const work = view.indicators.filter((r) => !isSatisfactionName(r.name) && level1Of(r) !== "满意度指标");
  const named = new Map(work.map((r) => [r, programsIn(r.name)]));
  const programs = (r: IndicatorRecord) => named.get(r) ?? new Set<number>();
  const ownNamed =
    work.filter((r) => [...programs(r)].some((k) => own.has(k))).length +
    ([...own].some((k) => goal.has(k)) ? 1 : 0);
  if (ownNamed < MIN_OWN) return [];
  const mine = new Set([...own, ...goal]);
  const near = (k: number) => [...mine].some((m) => m === k || NEAR[m].has(k) || SERVES[m].has(k));
  const out: StrayProgram[] = [];
  for (const r of work) {
    const ks = [...programs(r)];
    if (ks.length === 0 || ks.some(near)) continue;
    if ((premises && ks.every((k) => UTILITIES.has(k))) || ks.every((k) => settlement.has(k))) continue;
    // Named by this line alone: two lines of it make a part of the project's work, whatever its name says.
    const other = ks.find((k) => work.every((o) => o === r || !programs(o).has(k)));
    if (other === undefined) continue;
    out.push({
      line: r,
      own: byName || !combined ? wordOf([...own][0], program) : combined,
      other: wordOf(other, r.name),
      program: PROGRAMS[other].name,
      programEn: PROGRAMS[other].en,
    });
  }
  return out;
}
