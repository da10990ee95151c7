/**
 * Indicators copied from another project (相关性): the same names with the same targets, line for line, say
 * the targets were not worked out for this project. One program filed by several places (a city's districts,
 * each its own submission) is expected to share its names and often its rates and standards (合格率 ≥95%,
 * 满意度 ≥90%, 补助标准); there only the same quantities count, since each place's scale is its own. The
 * places of one allocation table (one project read from its place columns) are one author's figures, and are
 * left to the district comparison.
 */
import type { IndicatorRecord } from "../../record";
import { BASIS } from "../basis";
import { answersNone, level1Of, level2Of } from "../indicator";
import { isPerUnitMoney, isSatisfactionName, nameKey, normalize } from "../lexicon";
import type { ProjectView, Rule, RuleContext } from "../types";
import { targetWithColumn } from "../format";
import { goalOwner, placeWord, programOfPlaced, projectPlace } from "./goals";
import { headKey, headsFunded } from "../standards";
import productLexicon from "../lexicons/products.json";
import { strayPrograms } from "./otherProgram";

/** Pairs two projects must share before they are called copies. */
const MIN_SHARED = 4;
/** Quantities two places of one program must share: their scale copied, not only their rates. */
const MIN_QUANTITIES = 2;
/** The share of the smaller project's indicators that makes a copy of it, quantities or not. */
const MOST = 2 / 3;
/** Pairs and places quoted in a message. */
const MAX_QUOTED = 2;
const MAX_OTHERS = 3;

/** An indicator's name and target as a key, or null for one that says nothing of its own (no name or target). */
function pairKey(r: IndicatorRecord): string | null {
  if (r.kind === "empty" || answersNone(r)) return null;
  const name = nameKey(r.name);
  const target = normalize(r.target);
  return name && target ? `${name}|${target}` : null;
}

/**
 * A count or a sum (≥360000人次, 1800人), a figure that depends on a place's size — not a rate, not a zero,
 * not a standard policy sets alike for all (补助标准 3000元/人·年).
 */
function isQuantity(r: IndicatorRecord): boolean {
  let known = QUANTITY.get(r);
  if (known === undefined) QUANTITY.set(r, (known = isQuantityUncached(r)));
  return known;
}
/** isQuantity's answers by line: asked of every line two projects share, for every pair (see GOAL_FIGURES). */
const QUANTITY = new WeakMap<IndicatorRecord, boolean>();

function isQuantityUncached(r: IndicatorRecord): boolean {
  const unit = normalize(r.unit);
  return (
    r.kind === "quantitative" &&
    r.value !== null &&
    r.value !== 0 &&
    unit !== "" &&
    !/^[%‰]$/.test(unit) &&
    // A change of a rate (较上年提高 ≥1个百分点) is no scale of its own.
    !/百分点$/.test(unit) &&
    !isSatisfactionName(r.name) &&
    !isPerUnitMoney(r.name, r.unit)
  );
}

interface Keyed {
  view: ProjectView;
  pairs: Map<string, IndicatorRecord>;
  /** The goal's nameKey, for goalToo's question of every pair. */
  goal: string;
}

/**
 * Every project's pairs, and which projects hold each pair, built once per review: projects by position (a
 * project's id at its first view, the last view of an id standing for it), so that a project's holders are
 * counted in an array (round 218: in a province's template every project holds every line, and a Map's updates
 * for each pair of projects and each line were most of a 2,000-project review).
 */
interface PairIndex {
  at: Map<number, number>;
  entries: Keyed[];
  holders: Map<string, number[]>;
  /**
   * Projects alike in what they share (round 243): the same lines held by another project (multi-held keys) and the
   * same number of lines. Any two such share exactly those lines, so what one project shares with each of a class is
   * worked out once for the class, and the class's members are counted, not met one by one — in a province's
   * template every project is of one class, and meeting each pair made the review quadratic. Null where one project
   * is met under several views (its lines then joined from all), which the pairwise path keeps as it was.
   */
  classes: Classes | null;
  /**
   * The projects (by position) holding one of a project's lines read from its very row — an allocation table's
   * row read for each place's column (see sameCell) — listed only for the projects that have any.
   */
  rowMates: Map<number, Set<number>>;
}
const INDEX = new WeakMap<readonly ProjectView[], PairIndex>();

function indexOf(all: readonly ProjectView[]): PairIndex {
  let index = INDEX.get(all);
  if (index) return index;
  const at = new Map<number, number>();
  const entries: Keyed[] = [];
  const holders = new Map<string, number[]>();
  for (const view of all) {
    const pairs = new Map<string, IndicatorRecord>();
    for (const r of view.indicators) {
      const key = pairKey(r);
      if (key && !pairs.has(key)) pairs.set(key, r);
    }
    let pos = at.get(view.project.id);
    if (pos === undefined) at.set(view.project.id, (pos = entries.length));
    entries[pos] = { view, pairs, goal: nameKey(view.project.goal) };
    for (const key of pairs.keys()) {
      const list = holders.get(key) ?? [];
      list.push(pos);
      holders.set(key, list);
    }
  }
  const classes = at.size === all.length ? classesOf(entries, holders) : null;
  index = { at, entries, holders, rowMates: rowMatesOf(entries), classes };
  INDEX.set(all, index);
  return index;
}

/** A class of projects alike in what they share (see PairIndex.classes), with counts by what a pair's finding asks. */
interface Class {
  id: number;
  /** Its projects' positions, ascending. */
  members: number[];
  /** The lines each member shares with some other project. */
  keys: Set<string>;
  /** Each member's number of lines. */
  size: number;
  /** Members with a place, by program; and by program and place (samePrograms counted). */
  byProgram: Map<string, number>;
  byProgramPlace: Map<string, number>;
  /** Members by goal (sameGoal), by the name's cell and by name and place (oneProject): short lists, read whole. */
  byGoal: Map<string, number[]>;
  byCell: Map<string, number[]>;
  byNamePlace: Map<string, number[]>;
}
interface Classes {
  of: Int32Array;
  list: Class[];
  /** For each line, the classes whose members hold it. */
  holders: Map<string, number[]>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

function classesOf(entries: readonly Keyed[], holders: Map<string, number[]>): Classes {
  const of = new Int32Array(entries.length);
  const list: Class[] = [];
  const bySignature = new Map<string, Class>();
  entries.forEach((e, pos) => {
    const keys = [...e.pairs.keys()].filter((k) => (holders.get(k) as number[]).length > 1);
    const signature = `${e.pairs.size}\u0001${[...keys].sort().join("\u0001")}`;
    let c = bySignature.get(signature);
    if (!c) {
      c = {
        id: list.length,
        members: [],
        keys: new Set(keys),
        size: e.pairs.size,
        byProgram: new Map(),
        byProgramPlace: new Map(),
        byGoal: new Map(),
        byCell: new Map(),
        byNamePlace: new Map(),
      };
      list.push(c);
      bySignature.set(signature, c);
    }
    of[pos] = c.id;
    c.members.push(pos);
    const place = placeOfView(e.view);
    const program = programOfView(e.view);
    if (place !== null) {
      c.byProgram.set(program, (c.byProgram.get(program) ?? 0) + 1);
      const both = `${program}\u0000${place}`;
      c.byProgramPlace.set(both, (c.byProgramPlace.get(both) ?? 0) + 1);
    }
    push(c.byGoal, e.goal, pos);
    const cell = e.view.project.projectCell;
    if (cell !== null) push(c.byCell, `${e.view.project.sheet}\u0000${cell}`, pos);
    push(c.byNamePlace, `${e.view.project.project}\u0000${place ?? ""}`, pos);
  });
  const classHolders = new Map<string, number[]>();
  for (const c of list) for (const k of c.keys) push(classHolders, k, c.id);
  return { of, list, holders: classHolders };
}

/** rowMates: each line's name, target and row as one key, and the projects holding each (work by lines, not pairs). */
function rowMatesOf(entries: readonly Keyed[]): Map<number, Set<number>> {
  const byLineRow = new Map<string, number[]>();
  entries.forEach((e, pos) => {
    if (!e) return;
    for (const [key, r] of e.pairs) {
      const at = `${key}\u0000${r.sheet}\u0000${r.row}`;
      const list = byLineRow.get(at);
      if (list) list.push(pos);
      else byLineRow.set(at, [pos]);
    }
  });
  const mates = new Map<number, Set<number>>();
  for (const list of byLineRow.values()) {
    if (list.length < 2) continue;
    for (const pos of list) {
      let set = mates.get(pos);
      if (!set) mates.set(pos, (set = new Set()));
      for (const other of list) if (other !== pos) set.add(other);
    }
  }
  return mates;
}

/** Where a project stands: its district, else the place its name ends with or starts with (汇川区…). */
function placeOfView(view: ProjectView): string | null {
  let place = PLACE.get(view);
  if (place === undefined) PLACE.set(view, (place = projectPlace(view.project)));
  return place;
}
/** placeOfView's answers: asked of every pair of projects sharing lines (a regex on the name each time). */
const PLACE = new WeakMap<ProjectView, string | null>();

/** programOfPlaced of a project's name, once per project (asked, as PLACE, of every pair). */
function programOfView(view: ProjectView): string {
  let program = PROGRAM.get(view);
  if (program === undefined) PROGRAM.set(view, (program = programOfPlaced(view.project.project)));
  return program;
}
const PROGRAM = new WeakMap<ProjectView, string>();

/**
 * One project met twice: read for several places from the columns of one allocation table (分解表), whose
 * cell of the name they share and whose author may well give two counties the same figures, or listed twice
 * under one name and place.
 */
function oneProject(a: ProjectView, b: ProjectView): boolean {
  const cell = a.project.projectCell;
  if (cell !== null && cell === b.project.projectCell && a.project.sheet === b.project.sheet) return true;
  return a.project.project === b.project.project && placeOfView(a) === placeOfView(b);
}

/** Two places' submissions of one program: the same name but for the place (in brackets or its column). */
function samePrograms(a: ProjectView, b: ProjectView): boolean {
  const pa = placeOfView(a);
  const pb = placeOfView(b);
  return pa !== null && pb !== null && pa !== pb && programOfView(a) === programOfView(b);
}

/** The pairs two projects share, as this project wrote them, in its order; lines read from one row left out. */
function shared(own: Keyed, other: Keyed): IndicatorRecord[] {
  const rows: IndicatorRecord[] = [];
  for (const [key, r] of own.pairs) {
    const o = other.pairs.get(key);
    // One row read for several places (a place's column each) is one author's line, however its figures
    // repeat: only lines written apart are copies.
    if (o && !(o.sheet === r.sheet && o.row === r.row)) rows.push(r);
  }
  return rows;
}

const quote = (rows: readonly IndicatorRecord[]) =>
  rows
    .slice(0, MAX_QUOTED)
    // The unit written in its own column goes with the figure (发放及时率 | 100 | % → 100%; round 141).
    .map((r) => `${r.name} ${targetWithColumn(r)}`)
    .join("”“");

/** The first few of `total` names quoted: “甲”“乙”“丙”等 12 个. */
const names = (list: readonly string[], total = list.length) =>
  list
    .slice(0, MAX_OTHERS)
    .map((n) => `“${n}”`)
    .join("") + (total > MAX_OTHERS ? `等 ${total} 个` : "");

/** Goals shorter than this (after removing punctuation) are too short to call a copy (GOAL-COPY's too). */
export const MIN_COPY_LENGTH = 8;

/** The words that say the goal is copied as well, where the two projects' goals are one text. */
function goalToo(a: ProjectView, b: ProjectView): { goalZh: string; goalEn: string } {
  const key = nameKey(a.project.goal);
  return key.length >= MIN_COPY_LENGTH && key === nameKey(b.project.goal)
    ? { goalZh: "，绩效目标也一字不差", goalEn: ", and so is the performance goal" }
    : { goalZh: "", goalEn: "" };
}

/** `sameGoal`: the two goals are one text (goalToo), worked out where the copy is found. */
type Copy = { other: ProjectView; rows: IndicatorRecord[]; places: boolean; sameGoal: boolean };

/**
 * A project's copies, as INDICATOR-COPY reports them and GOAL-COPY steps aside for: how many, how many are another
 * place's filing of the program, how many of them this project wrote (ownsCopy) — and the first few in order.
 */
export interface Found {
  count: number;
  places: number;
  owned: number;
  ownedPlaces: number;
  /** The first `k` copies in the order met, or the first `k` this project did not write. */
  first(k: number, notOwned?: boolean): Copy[];
  /** Whether `other` is among the copies. */
  has(other: ProjectView): boolean;
}

/** Each project's copies, found once per review for INDICATOR-COPY and GOAL-COPY both. */
const FOUND = new WeakMap<readonly ProjectView[], Map<ProjectView, Found>>();

/**
 * Counts the work of finding copies, for a test that the work grows with the table, not with its square: each
 * project met as another's candidate copy, and each class of projects met so (round 243).
 */
export interface CopyWork {
  pairs: number;
}
let work: CopyWork | null = null;
/** Counts the copy rules' work in `counter` from now on (null: stop counting). */
export function countCopyWork(counter: CopyWork | null): void {
  work = counter;
}

export function indicatorCopies(view: ProjectView, all: readonly ProjectView[]): Found {
  let found = FOUND.get(all);
  if (!found) FOUND.set(all, (found = new Map()));
  let copies = found.get(view);
  if (!copies) found.set(view, (copies = findCopies(view, all)));
  return copies;
}

const NONE: Found = { count: 0, places: 0, owned: 0, ownedPlaces: 0, first: () => [], has: () => false };

function findCopies(view: ProjectView, all: readonly ProjectView[]): Found {
  const index = indexOf(all);
  const self = index.at.get(view.project.id);
  const own = self === undefined ? undefined : index.entries[self];
  if (!own || own.pairs.size < MIN_SHARED) return NONE;
  // Lines read from one row for several places are left out pair by pair: those projects are met one by one.
  if (!index.classes || index.rowMates.has(self as number)) return listed(view, copiesOf(view, all));
  return grouped(view, self as number, own, index, index.classes);
}

/** A list of copies found pair by pair, its counts taken from it. */
function listed(view: ProjectView, list: Copy[]): Found {
  const owned = list.map((c) => ownsCopy(view, c));
  const ids = new Set(list.map((c) => c.other.project.id));
  return {
    count: list.length,
    places: list.filter((c) => c.places).length,
    owned: owned.filter(Boolean).length,
    ownedPlaces: list.filter((c, i) => owned[i] && c.places).length,
    first: (k, notOwned) => list.filter((_, i) => !notOwned || !owned[i]).slice(0, k),
    has: (other) => ids.has(other.project.id),
  };
}

/** What a project shares with each member of one class (see PairIndex.classes). */
interface Group {
  cls: Class;
  rows: IndicatorRecord[];
  quantities: number;
  /** Where in the project's lines its members are first met: the order copies are listed in. */
  firstAt: number;
  allLines: boolean;
  /** Enough of the smaller project's lines shared to call it a copy, quantities or not. */
  most: boolean;
  /** Members that are this project met again (oneProject), and the project itself. */
  excluded: Set<number>;
}

/**
 * A project's copies counted class by class: the pairs' tests that differ from member to member — a place of the
 * same program, the same goal, the same project met again — counted from each class's tallies, the members met one
 * by one only where a goal is shared or this project's own goal or funds state its figures (ownsCopy).
 */
function grouped(view: ProjectView, self: number, own: Keyed, index: PairIndex, classes: Classes): Found {
  // The classes holding enough of this project's lines, and where each is first met.
  const met = new Map<number, { count: number; firstAt: number }>();
  let t = 0;
  for (const key of own.pairs.keys()) {
    for (const id of classes.holders.get(key) ?? []) {
      if (work) work.pairs++;
      const m = met.get(id);
      if (m) m.count++;
      else met.set(id, { count: 1, firstAt: t });
    }
    t++;
  }
  const place = placeOfView(view);
  const program = programOfView(view);
  const goal = own.goal.length >= MIN_COPY_LENGTH ? own.goal : null;
  const groups: Group[] = [];
  for (const [id, { count, firstAt }] of met) {
    if (count < MIN_SHARED) continue;
    const cls = classes.list[id];
    const rows = [...own.pairs].filter(([key]) => cls.keys.has(key)).map(([, r]) => r);
    const excluded = new Set<number>([self]);
    const cell = view.project.projectCell;
    if (cell !== null)
      for (const q of cls.byCell.get(`${view.project.sheet}\u0000${cell}`) ?? []) excluded.add(q);
    for (const q of cls.byNamePlace.get(`${view.project.project}\u0000${place ?? ""}`) ?? [])
      if (oneProject(view, index.entries[q].view)) excluded.add(q);
    groups.push({
      cls,
      rows,
      quantities: rows.filter(isQuantity).length,
      firstAt,
      allLines: rows.length === own.pairs.size && rows.length === cls.size,
      most: rows.length >= Math.min(own.pairs.size, cls.size) * MOST,
      excluded,
    });
  }
  groups.sort((a, b) => a.firstAt - b.firstAt);
  if (groups.length === 0) return NONE;

  /** The copy of member `q` of `g`, or null where it is none (as copiesOf decides). */
  const copyAt = (g: Group, q: number): Copy | null => {
    if (work) work.pairs++;
    if (g.excluded.has(q)) return null;
    const other = index.entries[q];
    const places = samePrograms(view, other.view);
    const sameGoal = goal !== null && goal === other.goal;
    const copied = places
      ? g.quantities >= MIN_QUANTITIES || (g.allLines && (g.quantities >= 1 || sameGoal))
      : g.quantities >= MIN_QUANTITIES || g.most;
    return copied ? { other: other.view, rows: g.rows, places, sameGoal } : null;
  };

  let count = 0;
  let places = 0;
  let owned = 0;
  let ownedPlaces = 0;
  const statesOwn = statesAnyOwn(view);
  for (const g of groups) {
    const { cls } = g;
    // Members with a place, of this program, elsewhere: another place's filing (samePrograms).
    let placed =
      place === null
        ? 0
        : (cls.byProgram.get(program) ?? 0) - (cls.byProgramPlace.get(`${program}\u0000${place}`) ?? 0);
    let others = cls.members.length;
    for (const q of g.excluded) {
      if (classes.of[q] !== cls.id) continue;
      others--;
      if (samePrograms(view, index.entries[q].view)) placed--;
    }
    const sameGoalMembers =
      goal === null ? [] : (cls.byGoal.get(goal) ?? []).filter((q) => !g.excluded.has(q));
    // Places are copies by their quantities, or every line alike and a quantity among them or the goal too.
    const placedCopies =
      g.quantities >= MIN_QUANTITIES || (g.allLines && g.quantities >= 1)
        ? placed
        : g.allLines
          ? sameGoalMembers.filter((q) => samePrograms(view, index.entries[q].view)).length
          : 0;
    const otherCopies = g.quantities >= MIN_QUANTITIES || g.most ? others - placed : 0;
    count += placedCopies + otherCopies;
    places += placedCopies;
    // ownsCopy: where this project's goal and funds state none of its figures, only a copy of the same goal can be its.
    for (const q of statesOwn ? cls.members : sameGoalMembers) {
      const c = copyAt(g, q);
      if (c && ownsCopy(view, c)) {
        owned++;
        if (c.places) ownedPlaces++;
      }
    }
  }

  /** The copies in the order met: classes by where first met, members of classes met at one line by position. */
  function* inOrder(): Generator<Copy> {
    for (let i = 0; i < groups.length; ) {
      let j = i;
      while (j < groups.length && groups[j].firstAt === groups[i].firstAt) j++;
      const run = groups.slice(i, j);
      const at = run.map(() => 0);
      for (;;) {
        let best = -1;
        for (let r = 0; r < run.length; r++)
          if (
            at[r] < run[r].cls.members.length &&
            (best < 0 || run[r].cls.members[at[r]] < run[best].cls.members[at[best]])
          )
            best = r;
        if (best < 0) break;
        const c = copyAt(run[best], run[best].cls.members[at[best]++]);
        if (c) yield c;
      }
      i = j;
    }
  }
  return {
    count,
    places,
    owned,
    ownedPlaces,
    first(k, notOwned) {
      const out: Copy[] = [];
      if (k <= 0) return out;
      for (const c of inOrder()) {
        if (notOwned && ownsCopy(view, c)) continue;
        out.push(c);
        if (out.length >= k) break;
      }
      return out;
    },
    has(other) {
      const q = index.at.get(other.project.id);
      if (q === undefined) return false;
      const g = groups.find((x) => x.cls.id === classes.of[q]);
      return g !== undefined && copyAt(g, q) !== null;
    },
  };
}

/** A project's copies met pair by pair: where lines read from one row are among its own, or a project has several views. */
function copiesOf(view: ProjectView, all: readonly ProjectView[]): Copy[] {
  const { at, entries, holders, rowMates } = indexOf(all);
  const self = at.get(view.project.id);
  const own = self === undefined ? undefined : entries[self];
  if (!own || own.pairs.size < MIN_SHARED) return [];
  // The projects holding enough of this project's pairs (a count first: 满意度 ≥90% is held by most), in the order
  // first met.
  const counts = new Uint32Array(entries.length);
  const held: number[] = [];
  for (const key of own.pairs.keys())
    for (const pos of holders.get(key) ?? []) {
      if (work) work.pairs++;
      if (pos !== self && counts[pos]++ === 0) held.push(pos);
    }
  const copies: Copy[] = [];
  // Every line of this project, and its quantities: what another project holding all of them, and no more, shares
  // (a province's template, every project holding every line) — one list, not one per pair (round 218).
  let whole: { rows: IndicatorRecord[]; quantities: number } | null = null;
  // The projects holding one of this project's lines from its very row: another place's column of one row.
  const mates = rowMates.get(self as number);
  for (const pos of held) {
    const n = counts[pos];
    if (n < MIN_SHARED) continue;
    const other = entries[pos];
    if (oneProject(view, other.view)) continue;
    let rows: IndicatorRecord[];
    let quantities: number;
    if (n === own.pairs.size && n === other.pairs.size && !mates?.has(pos)) {
      if (!whole) {
        const all = [...own.pairs.values()];
        whole = { rows: all, quantities: all.filter(isQuantity).length };
      }
      ({ rows, quantities } = whole);
    } else {
      rows = shared(own, other);
      if (rows.length < MIN_SHARED) continue;
      quantities = rows.filter(isQuantity).length;
    }
    const places = samePrograms(view, other.view);
    const smaller = Math.min(own.pairs.size, other.pairs.size);
    const allLines = rows.length === own.pairs.size && rows.length === other.pairs.size;
    // Every line of two places alike, a quantity among them (养护里程≥1260公里 on budgets of 882 and 760万):
    // the whole table copied, though it holds one quantity only (round 84 miss 7). Every line and the goal
    // alike, rates only (睢县 and 宁陵县 filing one 基本公共卫生服务 table; round 152): the whole table too.
    const sameGoal = own.goal.length >= MIN_COPY_LENGTH && own.goal === other.goal;
    const wholeTable = allLines && (quantities >= 1 || sameGoal);
    const copied = places
      ? quantities >= MIN_QUANTITIES || wholeTable
      : quantities >= MIN_QUANTITIES || rows.length >= smaller * MOST;
    if (copied) copies.push({ other: other.view, rows, places, sameGoal });
  }
  return copies;
}

/** Test hook: a project's copies in order, found class by class and pair by pair (the two must agree). */
export function copiesBothWays(
  view: ProjectView,
  all: readonly ProjectView[],
): { grouped: Found; pairwise: Found } {
  return { grouped: findCopies(view, all), pairwise: listed(view, copiesOf(view, all)) };
}

/** Within 1%: the funds divided by the standard give the copied count (320万元 ÷ 1000元/生·年 = 3200人). */
const SAME_COUNT = 0.01;

/** A goal's figures and the words after each (资助在园幼儿3200人 → 3200, 人), read once per goal. */
function goalFigures(goal: string): readonly { figure: number; after: string }[] {
  let figures = GOAL_FIGURES.get(goal);
  if (!figures) {
    figures = [];
    for (const m of normalize(goal)
      .replace(/,(?=\d{3})/g, "")
      .matchAll(/(?<![\d.])(\d+(?:\.\d+)?)(万|亿)?([^\d\s，,。；;、]{1,4})/g))
      figures.push({ figure: Number(m[1]) * (m[2] === "万" ? 1e4 : m[2] === "亿" ? 1e8 : 1), after: m[3] });
    if (GOAL_FIGURES.size >= 10_000) GOAL_FIGURES.clear();
    GOAL_FIGURES.set(goal, figures);
  }
  return figures;
}
/**
 * goalFigures' answers: INDICATOR-COPY asks a project's goal of every line it shares with every other project — in a
 * province's table of template lines, every project with every other (round 218: minutes for 600 projects).
 */
const GOAL_FIGURES = new Map<string, { figure: number; after: string }[]>();

/** Whether a goal states a quantity's figure in its measure word (资助在园幼儿3200人 for ≥3200人; 1.2万人 for 12000人). */
function goalStates(goal: string, r: IndicatorRecord): boolean {
  const v = r.value as number;
  const unit = normalize(r.unit).replace(/^[万亿]/, "");
  if (!unit) return false;
  for (const { figure, after } of goalFigures(goal)) {
    if (Math.abs(figure - v) > 1e-9 * v) continue;
    // 3200人, 3200名 for 人; never 3200人次 for 人.
    if (
      after.startsWith(unit)
        ? !after.slice(unit.length).startsWith("次")
        : headKey(after[0]) === headKey(unit)
    )
      return true;
  }
  return false;
}

/**
 * How a project's own figures state the copied quantities: its goal (资助在园幼儿3200人), or its funds divided by its
 * standard (320万元 ÷ 1000元/生·年 = 3200) — "" where neither does.
 */
function ownSource(view: ProjectView, rows: readonly IndicatorRecord[]): "goal" | "funds" | "" {
  const quantities = rows.filter(isQuantity);
  if (quantities.some((r) => goalStates(view.project.goal, r))) return "goal";
  const funded = (r: IndicatorRecord) =>
    fundedCounts(view, headKey(r.unit)).some(
      (n) => Math.abs(n - (r.value as number)) <= SAME_COUNT * (r.value as number),
    );
  return quantities.some(funded) ? "funds" : "";
}

/** headsFunded of a project's own lines and funds, by head, worked out once per project (see GOAL_FIGURES). */
function fundedCounts(view: ProjectView, key: string): number[] {
  let byKey = FUNDED.get(view);
  if (!byKey) FUNDED.set(view, (byKey = new Map()));
  let counts = byKey.get(key);
  if (!counts) byKey.set(key, (counts = headsFunded(view.indicators, view.project.budget ?? [], key)));
  return counts;
}
const FUNDED = new WeakMap<ProjectView, Map<string, number[]>>();

/**
 * Which of two projects wrote the lines they share (round 176 FA2, as GOAL-COPY's owner of round 152): the one whose
 * own goal or funds state the copied quantities where the other's do not (疏勒's goal says 3200人, its 320万元 pay
 * 1000元 for 3200; 伽师's say 4100); where both goals are one text, the goal's owner (its name's words: 福白菊 of
 * 麻城, not 英山's 茶). Null when nothing tells.
 */
/**
 * Whether `a` wrote the lines (its own) it shares in `copy`: copyOwner(a, copy.other, copy.rows) === a, asked without the
 * other's figures where `a`'s own goal and funds state none of its lines and the goals differ — the common case in a
 * province's table of template lines, where every project shares them with every other (round 218).
 */
function ownsCopy(a: ProjectView, copy: Copy): boolean {
  if (!statesAnyOwn(a) && !copy.sameGoal) return false;
  return copyOwner(a, copy.other, copy.rows) === a;
}

/** Whether a project's goal or funds state any of its own quantities (ownSource of all its lines), once per project. */
function statesAnyOwn(view: ProjectView): boolean {
  let known = STATES_OWN.get(view);
  if (known === undefined) STATES_OWN.set(view, (known = ownSource(view, view.indicators) !== ""));
  return known;
}
const STATES_OWN = new WeakMap<ProjectView, boolean>();

function copyOwner(a: ProjectView, b: ProjectView, rows: readonly IndicatorRecord[]): ProjectView | null {
  const sa = ownSource(a, rows);
  const sb = ownSource(b, rows);
  if (sa && !sb) return a;
  if (sb && !sa) return b;
  if (goalToo(a, b).goalZh === "") return null;
  return goalOwner(a, [b])?.owner ?? null;
}

export const indicatorCopy: Rule = {
  meta: {
    code: "INDICATOR-COPY",
    severity: "warning",
    scope: "project",
    title: { zh: "指标照抄其他项目", en: "Indicators copied from another project" },
    messages: {
      copy: {
        zh: "本项目有 {count} 条指标与{others}的名称和目标值完全相同（如“{examples}”），看不出是按本项目的实际内容测算的。",
        en: "{count} of this project's indicators have the same names and targets as those of {others} (e.g. “{examples}”): nothing shows they were worked out for this project.",
      },
      places: {
        zh: "本{word}有 {count} 条指标与同一项目的{others}完全相同，{what}（如“{examples}”）也一样{goalZh}；各地规模不同，{due}应按本{word}实际测算。",
        en: "{count} of this place's indicators are word for word those of the same program in {others}, {whatEn} (e.g. “{examples}”){goalEn}; places differ in scale, and each should state its own.",
      },
      copied: {
        zh: "{others}有 {count} 条指标与本{word}完全相同（如“{examples}”）；这些数值与本{word}的{sourceZh}相符，是对方照抄了本{word}的指标，问题在照抄的一方。",
        en: "{others} share {count} indicators word for word with this {wordEn} (e.g. “{examples}”); the figures fit this {wordEn}'s {sourceEn}, so the other copied them; the fault is the copier's.",
      },
    },
    basis: BASIS.relevance,
    fix: { zh: "{fixZh}", en: "{fixEn}" },
  },
  check(view, ctx) {
    const found = indicatorCopies(view, ctx.all);
    if (found.count === 0) return;
    // The project whose own goal or funds state the copied figures wrote them: a hint naming the copiers (round 176).
    if (found.owned === found.count) {
      const firstFound = found.first(MAX_OTHERS);
      const rows = firstFound[0].rows;
      const first = rows[0];
      const byPlace = found.places === found.count;
      const word = byPlace ? placeWord(placeOfView(view) ?? "") : "项目";
      const quantities = rows.filter(isQuantity);
      const source = ownSource(view, rows);
      ctx.report({
        at: { sheet: first.sheet, cell: first.cell, row: first.row },
        messageId: "copied",
        severity: "info",
        data: {
          others: names(
            firstFound.map((c) => (byPlace ? placeOfView(c.other) : null) ?? c.other.project.project),
            found.count,
          ),
          count: rows.length,
          examples: quote(quantities.length > 0 ? quantities : rows),
          word,
          wordEn: byPlace ? "place" : "project",
          sourceZh: source === "funds" ? "资金和补助标准" : "绩效目标",
          sourceEn: source === "funds" ? "funds and standard" : "performance target",
          fixZh: `本${word}的指标无需修改；请照抄的一方按其实际规模（服务对象、工作量、资金）重新测算。`,
          fixEn:
            "This one's indicators can stay; the copier should work out its own from its own scale (people served, work, funds).",
        },
      });
      return;
    }
    // The rows shared with the first copy, in this project's order; where it stands is the first of them.
    const copies = found.first(MAX_OTHERS, true);
    const total = found.count - found.owned;
    const rows = copies[0].rows;
    const first = rows[0];
    const at = { sheet: first.sheet, cell: first.cell, row: first.row };
    const byPlace = found.places - found.ownedPlaces === total;
    const quantities = rows.filter(isQuantity);
    const examples = quote(byPlace && quantities.length > 0 ? quantities : rows);
    // Named by what the quoted lines are: a 数量指标 only where they are filed as one (round 152).
    const what =
      quantities.length === 0
        ? { what: "连各项比率和目标值", whatEn: "every rate and target included", due: "各项指标值" }
        : quantities.slice(0, MAX_QUOTED).every((r) => level2Of(r) === "数量指标")
          ? { what: "连数量指标", whatEn: "quantities included", due: "数量" }
          : { what: "连具体数值", whatEn: "figures included", due: "数值" };
    if (byPlace) {
      const word = placeWord(placeOfView(view) ?? "");
      ctx.report({
        at,
        messageId: "places",
        data: {
          word,
          count: rows.length,
          others: names(
            copies.map((c) => placeOfView(c.other) ?? c.other.project.project),
            total,
          ),
          examples,
          ...what,
          // The goal copied as well (瓯海区 and 龙湾区; round 141): said here, GOAL-COPY leaving it.
          ...goalToo(view, copies[0].other),
          fixZh: `按本${word}的实际规模（服务对象、工作量、资金）测算${quantities.length > 0 ? "数量指标" : "各项指标值"}，不要照抄其他地方的数值。`,
          fixEn:
            "Work out the quantities from this place's own scale (people served, work, funds); do not copy another place's figures.",
        },
      });
      return;
    }
    ctx.report({
      at,
      messageId: "copy",
      data: {
        count: rows.length,
        others: names(
          copies.map((c) => c.other.project.project),
          total,
        ),
        examples,
        fixZh: "按本项目的实际工作量和资金重新测算各项指标值；确属同一项工作的两个项目，写明分工或合并申报。",
        fixEn:
          "Work out each target from this project's own work and funds; if two projects fund the same work, say how it is divided or file them as one.",
      },
    });
  },
};

/** Kinds of produce, each with the ways it is written (lexicons/products.json). */
const PRODUCTS: readonly (readonly string[])[] = productLexicon.products;

/**
 * Words that name no produce of the project's own: 石榴籽 (民族团结), 橡胶坝, 橡胶跑道, 人参 of 万人参与 — never a kind.
 */
const NOT_PRODUCE = /石榴籽|橡胶坝|橡胶跑道|橡胶制品|人参(?=[与加保训赛考评选会战])/g;

/**
 * Feed grown for the project's animals (种植青贮玉米面积 of a 肉牛 project; round 182 FA3): no other kind of
 * produce, whatever crop it is — 青贮, 饲草, 饲料, 粮改饲 before the crop, 青贮, 秸秆 or 饲料 after it.
 */
const FEED =
  /(?:全株)?(?:青贮|饲草|饲料|粮改饲|饲用)(?:用)?(?:玉米|大豆|小麦|燕麦|高粱|油菜|苜蓿)?|(?:玉米|小麦|水稻|油菜|大豆)(?:青贮|秸秆|饲料|饲草)/g;

/** The kinds of produce a text names, by their index in PRODUCTS; `feed` leaves out feed crops. */
function productsIn(text: string, feed = false): Set<number> {
  let t = normalize(text).replace(NOT_PRODUCE, "");
  if (feed) t = t.replace(FEED, "");
  const out = new Set<number>();
  PRODUCTS.forEach((words, i) => {
    if (words.some((w) => t.includes(w))) out.add(i);
  });
  return out;
}

/** Indicators naming another kind of produce before the project's is none of its lines' (round 176 miss 4). */
const MIN_OTHER = 2;

/**
 * 英山县茶产业发展 whose goal and lines are all 福白菊 and 菊花 (round 176 miss 4): a project named for one kind of
 * produce, whose goal and indicators never name it (but for a satisfaction's subject, 茶农满意度) while two or more
 * indicators name another, was copied from that other's project. Only kinds, never a class (蔬菜, 水果); the place before the name is left out (茶陵县…).
 */
export const otherProduct: Rule = {
  meta: {
    code: "OTHER-PRODUCT",
    severity: "warning",
    scope: "project",
    title: { zh: "指标写的是其他品种或其他项目", en: "Indicators name another produce or program" },
    messages: {
      other: {
        zh: "项目名称写的是“{own}”，绩效目标和各项产出、效益指标却都没有写到，反而有 {count} 条指标写的是“{other}”（如“{examples}”），多半照抄自其他项目。",
        en: "The project is named for “{own}”, yet neither its goal nor any output or effect names it, while {count} indicators name “{other}” (e.g. “{examples}”): most likely copied from another project.",
      },
      stray: {
        zh: "项目写的是“{own}”，指标“{name}”写的却是“{other}”，项目名称和绩效目标都没有提到“{other}”，多半是从其他项目照抄遗留的，与本项目不相关。",
        en: "The project is about “{own}”, yet “{name}” is about “{other}”, which neither its name nor its goal mentions: most likely left over from another project's table, and unrelated to this one.",
      },
      program: {
        zh: "项目名称和绩效目标写的是“{own}”，指标“{name}”衡量的却是“{other}”，属于{program}项目的内容，项目名称、绩效目标和其他指标都没有提到，多半是从其他项目照抄遗留的，与本项目不相关。",
        en: "The project's name and goal are about “{own}”, yet “{name}” measures “{other}”, the work of a {programEn} project, which neither the name, the goal nor any other line mentions: most likely left over from another project's table, and unrelated to this one.",
      },
      lines: {
        zh: "项目名称和绩效目标写的是“{own}”，各项产出、效益指标却都没有写到，{count} 条指标写的全是“{other}”（如“{examples}”），多半照抄自其他项目。",
        en: "The project's name and goal are about “{own}”, yet no output or effect names it, while all {count} of them name “{other}” (e.g. “{examples}”): most likely copied from another project.",
      },
    },
    basis: BASIS.relevance,
    fix: { zh: "{fixZh}", en: "{fixEn}" },
  },
  check(view, ctx) {
    otherProduce(view, ctx);
    // A line of another program (自来水普及率 in a 公厕 table; round 205). A line naming a produce is the produce's
    // to judge above.
    for (const s of strayPrograms(view, programOfPlaced(view.project.project))) {
      if (productsIn(s.line.name).size > 0) continue;
      ctx.report({
        indicator: s.line,
        messageId: "program",
        data: {
          own: s.own,
          other: s.other,
          program: s.program,
          programEn: s.programEn,
          name: s.line.name,
          fixZh: `删去这条指标，或改写为衡量本项目（${s.own}）的指标；确属本项目工作的，在绩效目标中写明“${s.other}”相关内容。`,
          fixEn: `Delete the line or rewrite it to measure this project's own work (${s.own}); if it truly belongs, say so in the goal.`,
        },
      });
    }
  },
};

/** A project named for one produce whose lines, all or one, name another (rounds 176–199). */
function otherProduce(view: ProjectView, ctx: RuleContext): void {
  const own = productsIn(programOfPlaced(view.project.project));
  if (own.size !== 1) return;
  const [kind] = own;
  const goalKinds = productsIn(view.project.goal);
  // 茶农满意度 names who is asked, not the work: the copier's one line of its own (round 176 g4b).
  const named = (r: IndicatorRecord) => productsIn(r.name).has(kind) || productsIn(r.target).has(kind);
  if (view.indicators.some((r) => !isSatisfactionName(r.name) && named(r))) {
    strayProduce(view, kind, goalKinds, ctx);
    return;
  }
  // Each indicator's kinds, feed crops left out: read up to three times below.
  const kindsOf = new Map(view.indicators.map((r) => [r, productsIn(r.name, true)]));
  const kinds = (r: IndicatorRecord) => kindsOf.get(r) ?? new Set<number>();
  const others = view.indicators.filter((r) => [...kinds(r)].some((k) => k !== kind));
  // No goal written to say what the project is (会宁's rows table): a stronger signal (round 182 FA3).
  if (others.length < (normalize(view.project.goal) === "" ? MIN_OTHER + 1 : MIN_OTHER)) return;
  const goalOwn = goalKinds.has(kind);
  if (goalOwn) {
    // The goal names the project's own kind (支持蓝莓种植基地建设) while every output and effect names another
    // the goal never does (黑木耳栽培基地, 木耳菌包, 木耳种植户; round 185 miss 1): the lines were copied all the same.
    const work = view.indicators.filter((r) => !isSatisfactionName(r.name) && level1Of(r) !== "满意度指标");
    if (others.length < MIN_OTHER + 1 || others.length < work.length) return;
    if (others.some((r) => [...kinds(r)].some((k) => k !== kind && goalKinds.has(k)))) return;
  }
  // The other kind most lines name.
  const counts = new Map<number, number>();
  for (const r of others) for (const k of kinds(r)) if (k !== kind) counts.set(k, (counts.get(k) ?? 0) + 1);
  const other = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const ownWord = produceWord(kind, programOfPlaced(view.project.project));
  const otherWord = produceWord(other, others.map((r) => r.name).join(""));
  const first = others[0];
  ctx.report({
    at: { sheet: first.sheet, cell: first.cell, row: first.row },
    messageId: goalOwn ? "lines" : "other",
    data: {
      ...WHOLE_FIX(ownWord, otherWord),
      own: ownWord,
      other: otherWord,
      count: others.length,
      examples: others
        .slice(0, MAX_QUOTED)
        .map((r) => r.name)
        .join("”“"),
    },
  });
}

/** The word of a produce kind that `text` writes (木耳 of 黑木耳栽培基地), or the kind's first word. */
function produceWord(k: number, text: string): string {
  return PRODUCTS[k].find((w) => normalize(text).includes(w)) ?? PRODUCTS[k][0];
}

/**
 * 夷陵区柑橘产业发展 whose lines are its own but one (茶叶品牌宣传推介活动 ≥3场; round 199 miss): where its lines and
 * goal name the project's own kind twice at least, a line naming another kind that no other line, nor the project's name or goal,
 * names was left over from another project's table. Said of each such line; satisfaction's subjects and feed crops
 * are no such line; a mixed table (one line of 蓝莓 among 木耳 lines, round 185) is left alone.
 */
function strayProduce(view: ProjectView, kind: number, goalKinds: Set<number>, ctx: RuleContext): void {
  const nameKinds = productsIn(programOfPlaced(view.project.project));
  const work = view.indicators.filter((r) => !isSatisfactionName(r.name) && level1Of(r) !== "满意度指标");
  const kindsOf = new Map(work.map((r) => [r, productsIn(`${r.name}${r.target}`, true)]));
  const kinds = (r: IndicatorRecord) => kindsOf.get(r) ?? new Set<number>();
  // The project's own kind named twice at least, by its lines or its goal: the table is its own, one other a stray.
  const ownNamed = work.filter((r) => kinds(r).has(kind)).length + (goalKinds.has(kind) ? 1 : 0);
  if (ownNamed < MIN_OTHER) return;
  const own = produceWord(kind, programOfPlaced(view.project.project));
  for (const r of work) {
    if (kinds(r).has(kind)) continue;
    // Named by this line alone, and never beside the project's own (稻油轮作油菜种植面积 of a rice project: a
    // rotation the project grows; round 182 FA4).
    const other = [...kinds(r)].find(
      (k) => !goalKinds.has(k) && !nameKinds.has(k) && work.every((o) => o === r || !kinds(o).has(k)),
    );
    if (other === undefined) continue;
    const otherWord = produceWord(other, `${r.name}${r.target}`);
    ctx.report({
      indicator: r,
      messageId: "stray",
      data: {
        own,
        other: otherWord,
        name: r.name,
        fixZh: `删去这条指标，或改写为本项目（${own}）的内容；确需包含“${otherWord}”的，在项目名称或绩效目标中写明。`,
        fixEn:
          "Delete the line or rewrite it for this project's own produce; if the other produce truly belongs, say so in the name or the goal.",
      },
    });
  }
}

/** The fix of a project whose lines were copied whole: rewrite them from its own work. */
const WHOLE_FIX = (own: string, other: string) => ({
  fixZh: `按本项目（${own}）的实际建设内容、规模和资金重写绩效目标和指标；确需包含“${other}”的，在项目名称或绩效目标中写明。`,
  fixEn: `Rewrite the goal and indicators from this project's own work, scale and funds (${own}); if “${other}” truly belongs, say so in the name or the goal.`,
});

export const copyRules: Rule[] = [indicatorCopy, otherProduct];
