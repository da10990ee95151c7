/** 绩效目标 (the goal paragraph): missing, with nothing to measure it by, or copied word for word from another project. */
import { BASIS } from "../basis";
import { level1Of, level2Of } from "../indicator";
import { charPairs, hasPlaceholder, isAmountName, isCountName, nameKey, normalize } from "../lexicon";
import { numberText, targetWithColumn } from "../format";
import type { IndicatorRecord } from "../../record";
import { CEILING_WORD } from "../../text/comparatorWords";
import type { ProjectView, Rule, RuleContext } from "../types";
import { MIN_COPY_LENGTH, indicatorCopies } from "./copies";

function goalLocation(view: ProjectView) {
  const p = view.project;
  if (p.goalCell === null) return undefined;
  const row = Number(/\d+$/.exec(p.goalCell)?.[0] ?? p.row);
  return { sheet: p.sheet, cell: p.goalCell, row };
}

function isBlankGoal(goal: string): boolean {
  const key = nameKey(goal);
  return (
    key === "" ||
    /^(无|暂无|略|同上|见附件|待定|待补充)$/.test(key) ||
    (hasPlaceholder(goal) && !/[\u4e00-\u9fff]{4,}/.test(goal))
  );
}

export const goalEmpty: Rule = {
  meta: {
    code: "GOAL-EMPTY",
    severity: "warning",
    scope: "project",
    title: { zh: "未填绩效目标", en: "No performance target" },
    messages: {
      empty: {
        zh: "项目没有填写绩效目标（总体目标）。",
        en: "The project has no performance target (the goal paragraph is empty).",
      },
    },
    basis: BASIS.goal,
    fix: {
      zh: "用一两句话写明本项目资金要实现的产出和效果，与下面的指标相对应。",
      en: "State in a sentence or two what the project's funds will deliver and achieve, matching its indicators.",
    },
  },
  check(view, ctx) {
    // Only tables that have a 绩效目标 column: a rows-only table never promised one.
    const at = goalLocation(view);
    if (at && isBlankGoal(view.project.goal)) ctx.report({ at });
  },
};

/** Names listed in a message before the rest are counted. */
const MAX_NAMES = 5;

/** “甲”“乙”“丙”, the first few of them, then how many in all. */
function quoted(names: readonly string[]): string {
  const shown = names
    .slice(0, MAX_NAMES)
    .map((n) => `“${n}”`)
    .join("");
  return names.length > MAX_NAMES ? `${shown}等 ${names.length} 个` : shown;
}

/** The place a project's name ends with (2024年高标准农田建设项目（中牟县） → 中牟县), or null. */
export function placeOf(name: string): string | null {
  return /[(（]([^()（）]+)[)）]\s*$/.exec(name)?.[1] ?? null;
}

/** The program a project belongs to: its name without the place in brackets. */
function programOf(name: string): string {
  return nameKey(name.replace(/[(（][^()（）]+[)）]\s*$/, ""));
}

/**
 * The county or district a project's name starts with (汇川区家庭经济困难学生资助 → 汇川区), or null: a place of
 * two characters at least before 区, 县, 市 or 旗 — never 城区 or 市区, which name a part of town.
 */
function leadingPlaceOf(name: string): string | null {
  const m = /^([\u4e00-\u9fff]{2,5}?(?:自治县|自治旗|区|县|市|旗))/.exec(name.trim());
  if (!m || /^(?:城区|市区|辖区|全区|全县|全市|本区|本县|本市|各区|各县)/.test(m[1])) return null;
  return m[1];
}

/** Where a project stands: its district, else the place its name ends or starts with. */
export function projectPlace(p: { district: string | null; project: string }): string | null {
  return p.district ?? placeOf(p.project) ?? leadingPlaceOf(p.project);
}

/** The program a project's name says, without the place it ends or starts with. */
export function programOfPlaced(name: string): string {
  const lead = placeOf(name) === null ? leadingPlaceOf(name) : null;
  return programOf(lead ? name.trim().slice(lead.length) : name);
}

/** 县, 区, 市, 旗, 镇, 街道: what a place calls itself (本县). */
export function placeWord(place: string): string {
  return /(街道|[省市区县旗镇乡村])$/.exec(place)?.[1] ?? "地";
}

export const goalCopy: Rule = {
  meta: {
    code: "GOAL-COPY",
    severity: "warning",
    scope: "project",
    title: { zh: "绩效目标雷同", en: "Performance target copied" },
    messages: {
      copy: {
        zh: "本项目的绩效目标与{others}完全相同，未体现本项目的具体内容。",
        en: "This project's performance target is identical to that of {others}; it says nothing specific to this project.",
      },
      copyOf: {
        zh: "本项目的绩效目标与“{owner}”完全相同，写的是“{owner}”的内容（{fitsZh}），未体现本项目的具体内容。",
        en: "This project's performance target is word for word that of “{owner}”, and describes that project ({fitsEn}), not this one.",
      },
      copyPlace: {
        zh: "本项目的绩效目标与“{owner}”完全相同，目标中仍写着“{place}”，是照抄“{owner}”的内容，未体现本项目的具体内容。",
        en: "This project's performance target is word for word that of “{owner}” and still names “{place}”: it was copied from that project and says nothing of this one.",
      },
      otherPlace: {
        zh: "本项目（{own}）的绩效目标写的是“{place}”，而不是本{word}；多半照抄自{place}的项目，未改地名。",
        en: "This project's ({own}) performance target names “{place}”, not its own place: most likely copied from {place}'s project with the place name left in.",
      },
      copied: {
        zh: "{others}照抄了本项目的绩效目标（该目标{ownFitsZh}）；问题在照抄的一方。",
        en: "{others} copied this project's performance target (it fits {fitsEn}); the fault is the copier's.",
      },
      places: {
        zh: "本{word}的绩效目标与同一项目其他 {count} 个地方（{others}）完全相同，没有写明本{word}的建设内容、规模和资金。",
        en: "This project's performance target is word for word that of the same program in {count} other places ({others}); it does not state this place's own work, scale and funds.",
      },
    },
    basis: BASIS.goal,
    fix: { zh: "{fixZh}", en: "{fixEn}" },
  },
  check(view, ctx) {
    const views = copyViews(view, ctx);
    const others = views.map((o) => o.project.project);
    if (others.length === 0) {
      const place = otherPlaceNamed(view, ctx.all);
      const own = projectPlace(view.project);
      if (place && own)
        ctx.report({
          at: goalLocation(view),
          messageId: "otherPlace",
          data: {
            own,
            place,
            word: placeWord(own),
            fixZh: `按本${placeWord(own)}（${own}）的实际对象、规模和资金改写绩效目标，地名改为本${placeWord(own)}。`,
            fixEn:
              "Rewrite the target from this place's own beneficiaries, scale and funds, naming this place.",
          },
        });
      return;
    }
    const own = view.project.project;
    // 瓯海区 and 龙湾区 filing 生活垃圾分类示范小区建设 under one name, their districts in a column (round 141).
    const sameName = views.filter((o) => o.project.project === own);
    if (sameName.length === others.length && view.project.district !== null) {
      // Where the indicators are copied too, INDICATOR-COPY says both at once: one copy, not two findings —
      // only where it does speak (rates only, and fewer than every line alike, it does not; round 152).
      const told = indicatorCopies(view, ctx.all);
      const apart = sameName.filter((o) => !told.has(o));
      if (apart.length === 0) return;
      const word = placeWord(view.project.district);
      const places = apart.map((o) => o.project.district ?? o.project.project);
      ctx.report({
        at: goalLocation(view),
        messageId: "places",
        data: {
          word,
          count: places.length,
          others: quoted(places),
          fixZh: `写明本${word}的具体内容，如新建（改造）面积、受益人数、资金规模（万元）和完成时限，各地按实际分别填写。`,
          fixEn:
            "State this place's own content: area built or upgraded, people served, funds (10,000 yuan) and deadline, each place from its own figures.",
        },
      });
      return;
    }
    // One program filed by several districts: the point is that each must state its own area and funds.
    const program = programOf(own);
    const places = others.map(placeOf);
    const isPlace = (p: string | null) => p !== null && /(?:街道|[省市区县旗镇乡村])$/.test(p);
    if (
      isPlace(placeOf(own)) &&
      program &&
      places.every((p, i) => isPlace(p) && programOf(others[i]) === program)
    ) {
      const word = placeWord(placeOf(own) ?? "");
      ctx.report({
        at: goalLocation(view),
        messageId: "places",
        data: {
          word,
          count: others.length,
          others: quoted(places as string[]),
          fixZh: `写明本${word}的具体内容，如新建（改造）面积、受益人数、资金规模（万元）和完成时限，各地按实际分别填写。`,
          fixEn:
            "State this place's own content: area built or upgraded, people served, funds (10,000 yuan) and deadline, each place from its own figures.",
        },
      });
      return;
    }
    // The goal fits one of the projects sharing it (its name's words, its indicators' figures): that project
    // wrote it, the others copied it (城区道路清扫保洁 and 违法建设治理; round 152).
    const found = groupOwner(view, views, ctx.all);
    const owner = found?.owner;
    const fits = found?.figures
      ? { fitsZh: "名称和指标数值都对得上", fitsEn: "its name and figures" }
      : { fitsZh: "与其名称相符", fitsEn: "its name" };
    const ownFitsZh = found?.place
      ? `写的是${found.place}`
      : found?.figures
        ? "与本项目的名称和指标数值相符"
        : "与本项目名称相符";
    if (owner?.project.id === view.project.id) {
      ctx.report({
        at: goalLocation(view),
        messageId: "copied",
        severity: "info",
        data: {
          others: quoted(others) + (others.length > MAX_NAMES ? "项目" : ""),
          ...fits,
          ownFitsZh,
          fixZh: "本项目的目标无需修改；请照抄的项目按其实际内容另写目标。",
          fixEn: "This project's target can stay; the projects that copied it should write their own.",
        },
      });
      return;
    }
    if (owner) {
      ctx.report({
        at: goalLocation(view),
        messageId: found?.place ? "copyPlace" : "copyOf",
        data: {
          owner: owner.project.project,
          place: found?.place ?? "",
          ...fits,
          fixZh: "按本项目的实际内容、工作量和资金规模另写绩效目标，与本项目的指标相对应。",
          fixEn: "Write this project's own target from its work, scale and budget, matching its indicators.",
        },
      });
      return;
    }
    ctx.report({
      at: goalLocation(view),
      messageId: "copy",
      data: {
        others: quoted(others) + (others.length > MAX_NAMES ? "项目" : ""),
        fixZh: "按本项目的实际内容、地区和资金规模分别撰写绩效目标。",
        fixEn: "Write each project's target from its own content, area and budget.",
      },
    });
  },
};

/** Words of a project's name that say nothing of its work. */
const NAME_FILLER = /经费|资金|项目|专项|补助|补贴|工作|支出|费用|\d{4}年度?|年度/g;

/** Indicator figures too common to tell one project from another. */
const COMMON_FIGURE = /^(?:0|100|90|95|85|80|98)$/;

/**
 * How well a goal fits a project: the pairs of characters of its name (less 经费, 项目…) the goal holds, and
 * twice the figures of its indicators (580万平方米, not 90% or 100%, not a satisfaction) the goal states.
 */
function goalFit(goal: string, view: ProjectView): { fit: number; figures: number } {
  const name = nameKey(view.project.project).replace(NAME_FILLER, "");
  const fit = [...charPairs(name, true)].filter((pair) => goal.includes(pair)).length;
  const figures = new Set<string>();
  for (const r of view.indicators) {
    if (level1Of(r) === "满意度指标") continue;
    const figure = /\d+(?:\.\d+)?/.exec(r.target)?.[0];
    if (figure && !COMMON_FIGURE.test(figure)) figures.add(figure);
  }
  let stated = 0;
  for (const figure of figures)
    if (new RegExp(`(?<![\\d.])${figure.replace(".", "\\.")}(?![\\d.])`).test(goal)) stated++;
  return { fit: fit + 2 * stated, figures: stated };
}

/** The fit a goal must reach, and how far ahead of the next project, to be called one project's own. */
const OWN_FIT = 3;
const AHEAD = 3;

/** The name's fit alone that tells the owner where every project's figures fit the goal alike (福白菊: 福白, 白菊). */
const OWN_NAME_FIT = 2;

/** The project a shared goal was written for, when it clearly fits one of them and not the rest; else null. */
export function goalOwner(
  view: ProjectView,
  others: readonly ProjectView[],
): { owner: ProjectView; figures: number; place?: string } | null {
  const goal = view.project.goal;
  // The goal names one of the places sharing it (保障朔城区城乡低保对象… in 朔城区's row and 平鲁区's; round 185
  // FA1): that place wrote it, whatever the words and figures say.
  const named = namedPlaceOwner(goal, [view, ...others]);
  if (named) return { owner: named.owner, figures: 0, place: named.place };
  const scored = [view, ...others].map((v) => ({ v, ...goalFit(goal, v) })).sort((a, b) => b.fit - a.fit);
  const [best, next] = scored;
  if (best.fit >= OWN_FIT && (next?.fit ?? 0) * AHEAD <= best.fit)
    return { owner: best.v, figures: best.figures };
  // The goal and every line copied (麻城市福白菊 and 英山县茶产业, round 176 miss 4): the shared figures fit each
  // alike and swamp the name, which alone then tells whose goal it is.
  if (best.figures === 0 || scored.some((s) => s.figures !== best.figures)) return null;
  const byName = scored.map((s) => ({ s, name: s.fit - 2 * s.figures })).sort((a, b) => b.name - a.name);
  const [first, second] = byName;
  return first.name >= OWN_NAME_FIT && (second?.name ?? 0) * AHEAD <= first.name
    ? { owner: first.s.v, figures: 0 }
    : null;
}

/**
 * goalOwner's answer for a part of a group of projects sharing a goal (some set apart by copyViews: one name in
 * one place), per review, by the part's ids (see groupOwner).
 */
const OWNERS = new WeakMap<readonly ProjectView[], Map<string, ReturnType<typeof goalOwner>>>();
/** goalOwner's answer for a whole group sharing a goal (byGoal's list), by the goal as written. */
const GROUP_OWNERS = new WeakMap<readonly ProjectView[], Map<string, ReturnType<typeof goalOwner>>>();

/**
 * goalOwner of `view` among `others`, worked out once per group: every project of a group sharing one goal
 * asks the same question of the same projects (the answer does not depend on their order), and asking it
 * anew for each made a table of 20,000 rows, thousands sharing a template goal, take minutes (round 200).
 */
function groupOwner(
  view: ProjectView,
  others: readonly ProjectView[],
  all: readonly ProjectView[],
): ReturnType<typeof goalOwner> {
  // The whole group sharing the goal asks (nothing set apart by copyViews): the answer is kept on the group itself,
  // by the goal as written, with no ids built and sorted for each project.
  const group = byGoal(all).get(nameKey(view.project.goal));
  if (group && others.length + 1 === group.length) {
    let answers = GROUP_OWNERS.get(group);
    if (!answers) GROUP_OWNERS.set(group, (answers = new Map()));
    if (!answers.has(view.project.goal)) answers.set(view.project.goal, goalOwner(view, others));
    return answers.get(view.project.goal) ?? null;
  }
  let cache = OWNERS.get(all);
  if (!cache) OWNERS.set(all, (cache = new Map()));
  const ids = [view, ...others].map((v) => v.project.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const key = `${view.project.goal}\u0000${ids.join(",")}`;
  if (!cache.has(key)) cache.set(key, goalOwner(view, others));
  return cache.get(key) ?? null;
}

/**
 * The one project among `views` whose own place (朔城区) the goal names, where each has a place, the places differ
 * and the goal names no other of them; else null.
 */
function namedPlaceOwner(
  goal: string,
  views: readonly ProjectView[],
): { owner: ProjectView; place: string } | null {
  const text = normalize(goal);
  const places = views.map((v) => projectPlace(v.project));
  if (places.some((p) => p === null) || new Set(places).size !== places.length) return null;
  const named = views.filter((_, i) => text.includes(places[i] as string));
  if (named.length !== 1) return null;
  return { owner: named[0], place: projectPlace(named[0].project) as string };
}

/** Words around a place named in a goal that make it a partner, a route or one of a list, not the goal's own place. */
const PARTNER_BEFORE = /(?:与|和|及|同|跟|至|到|往|向|对口|帮扶|支援|援助|协助|配合|、|等)$/;
const PARTNER_AFTER = /^(?:与|和|及|、|至|到|等|联合|协同|共同|合作|交界|接壤|之间|对口|方向|段|境内至)/;

/** The districts and counties the projects under review stand in, in review order: built once per review (GOAL-COPY). */
type Placed = { id: ProjectView["project"]["id"]; place: string };
const PLACES = new WeakMap<readonly ProjectView[], Placed[]>();

function placesOf(all: readonly ProjectView[]): Placed[] {
  let places = PLACES.get(all);
  if (!places) {
    places = [];
    for (const o of all) {
      const place = projectPlace(o.project);
      if (place && /(?:区|县|市|旗)$/.test(place) && place.length >= 3)
        places.push({ id: o.project.id, place });
    }
    PLACES.set(all, places);
  }
  return places;
}

/**
 * Another place of the same review (平鲁区's row naming 朔城区 as its own: 保障朔城区城乡低保对象…; round 185 M4): a
 * district or county one of the other projects stands in, named in this project's goal where its own place is
 * not, and not as a partner, a route or one of a list (与朔城区联合, 朔城区至平鲁区, 朔城区、平鲁区) — or null.
 */
function otherPlaceNamed(view: ProjectView, all: readonly ProjectView[]): string | null {
  const own = projectPlace(view.project);
  if (!own || !/(?:区|县|市|旗)$/.test(own)) return null;
  const text = normalize(view.project.goal);
  if (text.includes(own) || text.includes(own.slice(0, -1))) return null;
  const found = new Set<string>();
  for (const { id, place } of placesOf(all)) {
    if (id === view.project.id || place === own) continue;
    if (place.includes(own) || own.includes(place)) continue;
    let at = text.indexOf(place);
    let partner = at < 0;
    while (at >= 0) {
      if (
        PARTNER_BEFORE.test(text.slice(Math.max(0, at - 2), at)) ||
        PARTNER_AFTER.test(text.slice(at + place.length))
      )
        partner = true;
      at = text.indexOf(place, at + 1);
    }
    if (!partner) found.add(place);
  }
  return found.size === 1 ? [...found][0] : null;
}

/** The projects under review by their goal's key, in review order: built once per review (GOAL-COPY, GOAL-VAGUE). */
const BY_GOAL = new WeakMap<readonly ProjectView[], Map<string, ProjectView[]>>();

function byGoal(all: readonly ProjectView[]): Map<string, ProjectView[]> {
  let map = BY_GOAL.get(all);
  if (!map) {
    map = new Map();
    for (const o of all) {
      const key = nameKey(o.project.goal);
      const same = map.get(key);
      if (same) same.push(o);
      else map.set(key, [o]);
    }
    BY_GOAL.set(all, map);
  }
  return map;
}

/**
 * Projects other than this one whose goal is the same text (GOAL-COPY's finding): under another name, or under
 * the same name in another district (瓯海区 and 龙湾区 each filing 生活垃圾分类示范小区建设; round 141). The same
 * name in the same place is one project met twice.
 */
function copyViews(view: ProjectView, ctx: RuleContext): ProjectView[] {
  const key = nameKey(view.project.goal);
  if (key.length < MIN_COPY_LENGTH || isBlankGoal(view.project.goal)) return [];
  const p = view.project;
  return (byGoal(ctx.all).get(key) ?? []).filter(
    (o) =>
      o.project.id !== p.id &&
      (o.project.project !== p.project ||
        (p.district !== null &&
          o.project.district !== null &&
          o.project.district !== p.district &&
          // One goal cell read for several places (an allocation table's columns) is one author's goal.
          !(o.project.sheet === p.sheet && o.project.goalCell === p.goalCell))),
  );
}

function copiesOf(view: ProjectView, ctx: RuleContext): string[] {
  return copyViews(view, ctx).map((o) => o.project.project);
}

/** A measure word after a Chinese numeral: 两期, 三处, 十二所, 一个 (not 一是, 一批, 进一步, 统一). */
const CN_COUNT =
  /(?<![第统唯进同逐万])[零〇一二两三四五六七八九十百千]+(?:余|多)?(?:个|所|座|处|期|次|场|人|名|家|项|类|条|台|套|间|张|辆|户|村|镇|公里|千米|米|亩|吨|万|亿|倍|成)/;
/** A time the work is bounded by: a month, the year's end, a season or half-year, the flood season, the whole year. */
const TIME =
  /[零〇一二两三四五六七八九十]+月|年底|年末|年内|年度内|当年|全年|底前|月底|季度|上半年|下半年|汛前|汛期前/;
/** An outcome stated as none at all, which can be checked: 零填埋, 不发生重大动物疫情, 杜绝溺亡事故. */
const ZERO = /零[增填事伤死发排]|不发生|杜绝|无一|0起/;

/**
 * Whether a goal states nothing it could be measured by: no figure (a digit, 百分之, a Chinese numeral with its
 * measure word), no time (a month, 年底前, 全年) and no checkable zero. 加强校舍维修，改善办学条件 says what is
 * done, not how much or by when.
 */
export function goalUnmeasurable(goal: string): boolean {
  const text = normalize(goal);
  return !/\d|百分之/.test(text) && !CN_COUNT.test(text) && !TIME.test(text) && !ZERO.test(text);
}

/** A bracket closing a name with a figure in it (运营社区养老服务站（8个）): the target again, not quoted twice. */
const FIGURE_BRACKET = /\s*[（(][^（()）]*\d[^（()）]*[)）]$/;

/**
 * The project's own main output and deadline, quoted as its officer wrote them, to show what the goal could
 * state: a count of work with its unit (money is an input, not a scale; a percentage no count), a deadline written as
 * a date.
 */
function outputExample(view: ProjectView): string | null {
  const outputs = view.indicators.filter(
    (r) => level1Of(r) === "产出指标" && r.target.trim() !== "" && r.name.trim() !== "",
  );
  const counts = outputs.filter(
    (r) =>
      level2Of(r) === "数量指标" &&
      r.kind === "quantitative" &&
      r.value !== null &&
      r.value > 0 &&
      normalize(r.unit) !== "" &&
      !/[元%‰]/.test(r.unit),
  );
  // A count of work done (5所) before a count per day (300人次/天).
  const count = counts.find((r) => !r.unit.includes("/")) ?? counts[0];
  const time = outputs.find(
    (r) =>
      level2Of(r) === "时效指标" &&
      r.kind === "date" &&
      /\d.*[年月日]|底|前/.test(r.target) &&
      nameKey(r.name) !== nameKey(r.target),
  );
  const shown = [count, time]
    .filter((r) => r !== undefined)
    .map((r) => `“${r.name.trim().replace(FIGURE_BRACKET, "")} ${targetWithColumn(r)}”`);
  return shown.length > 0 ? shown.join("") : null;
}

export const goalVague: Rule = {
  meta: {
    code: "GOAL-VAGUE",
    severity: "info",
    scope: "project",
    title: { zh: "绩效目标不可衡量", en: "Performance target not measurable" },
    messages: {
      vague: {
        zh: "绩效目标只写了要做什么，没有数量、规模或完成时间，年底无法据以衡量目标是否实现。",
        en: "The performance target says only what will be done, with no quantity, scale or deadline: at the year's end nothing shows whether it was met.",
      },
    },
    basis: {
      zh: "财预〔2015〕88号：绩效目标应清晰、可衡量，尽量以定量形式表述，写明预期产出的数量、质量和时效。",
      en: "Caiyu [2015] No. 88: a performance target should be clear and measurable, stated in figures where possible: the quantity, quality and timing of its outputs.",
    },
    fix: { zh: "{fixZh}", en: "{fixEn}" },
  },
  check(view, ctx) {
    const at = goalLocation(view);
    const goal = view.project.goal;
    if (!at || isBlankGoal(goal) || !goalUnmeasurable(goal)) return;
    // A goal copied from another project is GOAL-COPY's, whose fix already asks for this project's scale.
    if (copiesOf(view, ctx).length > 0) return;
    const example = outputExample(view);
    ctx.report({
      at,
      data: example
        ? {
            fixZh: `把本年度要完成的规模、数量和完成时间写进目标，与指标对应，如写入${example}。`,
            fixEn: `State this year's scale, quantity and deadline in the target, matching the indicators, e.g. ${example}.`,
          }
        : {
            fixZh:
              "写明本年度要完成的规模、数量和完成时间，如“12月底前完成（工作内容）（数量）（单位），惠及（人数）人”，与下面的指标相对应。",
            fixEn:
              "State this year's scale, quantity and deadline, e.g. “(work) of (quantity) (unit) done by the end of December, serving (number) people”, matching the indicators.",
          },
    });
  },
};

/** A count of people in the goal (300名残疾人, 1.2万人次), the clause it stands in kept to match a name by. */
const GOAL_HEADS = /(\d+(?:\.\d+)?)(万)?(人次|名|人)/g;
/** The units of people an indicator counts in. */
const HEAD_UNIT = /^(万)?(人次|名|人)$/;
/** A goal's figure and an indicator's this many times apart, either way, is a slip of a digit (round 125). */
const SLIP = 5;
/** Beyond this many times apart the figures count different things. */
const MAX_SLIP = 20;
/** A count per so many people or an average (每千人, 万人口, 人均): no headcount. */
const PER_HEAD = /每|千人|万人|人均|平均|率$|比例$|占比$/;
/** Words of counting, no part of what is counted. */
const COUNTING = /人数|人次|数量|总数|累计|全年|年度|不少于|不低于|达到|以上/g;

/** The pairs of Chinese characters of a text, less its words of counting. */
function bigrams(text: string): Set<string> {
  return charPairs(normalize(text).replace(COUNTING, " "), true);
}

/**
 * The goal's clauses, between its commas and stops and its 、; a thousands comma (1,200) stays in its figure. A
 * figure with words after it runs on past a 、 into the parts with no figure of their own: 800名经济困难高龄、失能老人
 * lists who the 800名 are (round 237), where 新建村卫生室10所、改造乡镇卫生院 lists two works, the figure ending its own.
 */
function goalClauses(goal: string): string[] {
  const out: string[] = [];
  for (const clause of normalize(goal)
    .replace(/,(?=\d{3})/g, "")
    .split(/[，,。；;：:]/)) {
    let open = false;
    for (const part of clause.split("、")) {
      if (open && !/\d/.test(part)) out[out.length - 1] += `、${part}`;
      else {
        out.push(part);
        open = FIGURE_WORDS_AFTER.test(part);
      }
    }
  }
  return out;
}

/** A figure, its magnitude and measure word, and words after it: the figure's noun goes on (800名经济困难高龄). */
const FIGURE_WORDS_AFTER = /\d(?:\.\d+)?[万亿]?(?:人次|名|人|户|个|所|处|家|座)[\u4e00-\u9fff]{2,}$/;

/** The goal's counts of people, each with the clause (between commas) it stands in. */
function goalHeads(goal: string): { value: number; written: string; clause: string; words: Set<string> }[] {
  const out: { value: number; written: string; clause: string; words: Set<string> }[] = [];
  for (const clause of goalClauses(goal)) {
    for (const m of clause.matchAll(GOAL_HEADS))
      out.push({ value: Number(m[1]) * (m[2] ? 1e4 : 1), written: m[0], clause, words: bigrams(clause) });
  }
  return out;
}

/**
 * 目标写300名，指标写3000人次: the goal and an indicator counting the same people (their words shared) a digit apart
 * — five times or more, either way — one of them slipped (round 125 miss 4). Only counts of people, never money.
 */
export const goalFigure: Rule = {
  meta: {
    code: "GOAL-FIGURE",
    severity: "warning",
    scope: "indicator",
    title: { zh: "目标与指标数字不一致", en: "Goal and indicator disagree" },
    messages: {
      below: {
        zh: "目标写{goal}，指标“{name}”仅要求{target}，{side}目标。",
        en: "The goal says {goal}, yet the indicator “{name}” asks only {target}, {sideEn} the goal.",
      },
      above: {
        zh: "目标写{goal}，指标“{name}”却要求{target}，是目标的{times}倍：两者说的是同一项工作，数字对不上，指标多半照抄自规模更大的地方或项目。",
        en: "The goal says {goal}, yet the indicator “{name}” asks {target}, {times} times as much: the same work with figures that disagree; the indicator was most likely copied from a larger place or project.",
      },
      apart: {
        zh: "目标写{goal}，指标“{name}”写{target}，相差{times}倍，请核对。",
        en: "The goal says {goal}, the indicator “{name}” says {target}: {times} times apart. Check which is right.",
      },
    },
    basis: {
      zh: "财预〔2015〕88号：绩效指标是绩效目标的细化和量化，应与目标相对应。",
      en: "Caiyu [2015] No. 88: indicators break the performance target down into figures and must match it.",
    },
    fix: { zh: "{fixZh}", en: "{fixEn}" },
  },
  check(view, ctx) {
    const heads = goalHeads(view.project.goal);
    const told = new Set<IndicatorRecord>();
    for (const r of view.indicators) {
      const unit = HEAD_UNIT.exec(normalize(r.unit));
      if (!unit || r.kind !== "quantitative" || r.value === null || r.value <= 0) continue;
      // 每千人拥有社会体育指导员 ≥2.6人: people per so many, no headcount.
      if (PER_HEAD.test(normalize(r.name))) continue;
      const v = r.value;
      const words = bigrams(r.name);
      const same = heads.filter((h) => [...h.words].filter((b) => words.has(b)).length >= 2);
      if (same.length === 0 || same.some((h) => h.value * SLIP > v && v * SLIP > h.value)) continue;
      const h = same[0];
      const times = Math.round(Math.max(v / h.value, h.value / v));
      // Further apart than a digit: no slip but figures of different things.
      if (times > MAX_SLIP) continue;
      told.add(r);
      ctx.report({
        indicator: r,
        messageId: "apart",
        data: {
          goal: h.written,
          name: r.name,
          target: targetWithColumn(r),
          times: String(times),
          fixZh: "核对目标和指标中的数字（是否多写或少写了一个0，名与人次是否混用），使两者一致。",
          fixEn:
            "Check the figures in the goal and the indicator (a zero too many or too few, people counted as visits) and make them agree.",
        },
      });
    }
    // 目标写演出200场，指标写≥150场: the same measure asked for less than the goal promises (round 133 miss 1).
    const figures = goalFigures(view.project.goal);
    if (figures.length === 0) return;
    for (const r of view.indicators) {
      if (told.has(r)) continue;
      const pair = belowGoal(r, figures, view.indicators);
      if (!pair) continue;
      const below = pair.f;
      if (pair.above) {
        ctx.report({
          indicator: r,
          messageId: "above",
          data: {
            goal: below.said,
            name: r.name,
            target: targetWithColumn(r),
            times: numberText(Math.round(((r.value as number) / below.value) * 10) / 10),
            fixZh: `指标按本项目绩效目标的规模写（${r.comparator === "=" ? "" : "≥"}${inOwnUnit(below.written, r.unit)}）；如目标写错，按实际规模改目标。两者应一致，不要照抄其他地方的数值。`,
            fixEn:
              "Write the indicator at the scale the goal states, or correct the goal to the real scale: the two must agree; do not copy another place's figures.",
          },
        });
        continue;
      }
      const ceiling = r.comparator === "<=" || r.comparator === "<";
      ctx.report({
        indicator: r,
        messageId: "below",
        ...(below.approx ? { severity: "info" as const } : {}),
        data: {
          goal: (below.approx && !below.change ? "约" : "") + below.said,
          name: r.name,
          target: targetWithColumn(r),
          side: ceiling ? "宽于" : "低于",
          sideEn: ceiling ? "looser than" : "below",
          fixZh: `指标目标值按绩效目标写（${ceiling ? "≤" : r.comparator === "=" ? "" : "≥"}${inOwnUnit(below.written, r.unit)}），或把目标改为本年度实际能达到的数；两者应一致。`,
          fixEn: `Write the indicator's target as the goal states it, or bring the goal down to what the year can reach: the two must agree.`,
        },
      });
    }
  },
};

/** A figure the goal states, with its unit, the clause it stands in and the clause's words. */
interface GoalFigure {
  value: number;
  unit: string;
  written: string;
  /** As the goal says it, a change with its verb (增长10%). */
  said: string;
  ceiling: boolean;
  change: boolean;
  per: boolean;
  words: Set<string>;
  /**
   * The words right before the figure, back to the clause's start or the figure before it, without the verb that
   * leads them (落实禁牧1350万亩 → 禁牧): what the figure counts, to pair it with the indicator so named where the goal
   * lists several figures of one unit (禁牧1350万亩、草畜平衡1800万亩; round 145 miss 2). "" when it says nothing.
   */
  label: string;
  /** One of several figures of its unit in its clause: paired by its label alone, never by the clause's words. */
  labelOnly: boolean;
  /** Said roughly (约320万平方米, 300人左右): a floor below it is a hint, not a warning (round 185). */
  approx: boolean;
}

/**
 * The units a goal's figure and an indicator's target are compared in: a count's measure word, a percentage, a sum
 * per something (600元/年). 个百分点 before 个 and 人次 before 人, so neither is read short.
 */
const FIGURE =
  /(\d+(?:\.\d+)?)(万|亿)?(个百分点|%|‰|人次|场次|元\/(?:[人生户亩次个座][·.]?[年月天日]?|[年月天日]|公里)|公里|千米|平方米|立方米|米|亩|场|次|人|名|户|个|所|座|处|家|件|项|期|篇|吨|台|套|辆|盏|棵|株|头只|头|只|册|份|块|条|间|元)/g;
/** A clause about a span of years or a running total: an annual indicator below it is no slip. */
const SPAN = /累计|年均|期间|十四五|[到至截]\s*20\d\d|20\d\d\s*[-—~～至到]\s*20\d\d|力争|以前年度/;
/** A change written before the figure (增长10%, 提高5%, 下降3%). */
const CHANGE = /增长|增加|提高|提升|上升|下降|减少|降低|增幅|增速|同比|较上年/;
/** Per something: 生均, 人均, 每…; an indicator so named is compared only with a goal's clause so named. */
const PER = /[生人户亩次]均|每|平均/;
/** A part of the year or of the work (上半年, 第一批, 试点): less than the goal's whole by design. */
const PART = /上半年|下半年|季度|每月|月均|首批|第[一二三四]批|一期|二期|试点|其中/;

/** A goal's figure in the indicator's own measure word where the two are one (4.2万名 for 人 → 4.2万人; round 176). */
function inOwnUnit(written: string, unit: string): string {
  const raw = written.replace(/^[\d.]+(?:万|亿)?/, "");
  const own = normalize(unit).replace(/^(?:万|亿)/, "");
  return own && raw !== own && unitKey(raw) === unitKey(own)
    ? written.slice(0, written.length - raw.length) + own
    : written;
}

/** Unit as compared: 名 is 人, 千米 公里, a sum per something its base and what it is per. */
function unitKey(unit: string): string {
  const u = normalize(unit).replace(/^(?:万|亿)/, "");
  if (u === "名") return "人";
  if (u === "千米") return "公里";
  return u;
}

function goalFigures(goal: string): GoalFigure[] {
  const out: GoalFigure[] = [];
  for (const clause of goalClauses(goal)) {
    if (SPAN.test(clause)) continue;
    const found = [...clause.matchAll(FIGURE)];
    if (found.length === 0) continue;
    const units = found.map((m) => unitKey(m[3]));
    // 由500元提高到600元: two figures of one unit in a clause, which is which is not told.
    const bases = units.map((u) => u.split("/")[0]);
    const per = PER.test(clause);
    const words = bigrams(clause);
    const labels = found.map((m, i) =>
      figureLabel(clause.slice(i > 0 ? (found[i - 1].index ?? 0) + found[i - 1][0].length : 0, m.index)),
    );
    for (const [i, m] of found.entries()) {
      const unit = units[i];
      // 禁牧1350万亩和草畜平衡1800万亩: two figures of one unit, each told by its own label, are paired by it alone.
      const alike = labels.filter((_, j) => bases[j] === bases[i]);
      const labelOnly = alike.length > 1;
      if (labelOnly && (alike.includes("") || new Set(alike).size < alike.length)) continue;
      const before = clause.slice(0, m.index);
      const after = clause.slice((m.index ?? 0) + m[0].length);
      // 带动1500户种植户户均增收3000元: the 户均 after a count and its noun is the next figure's (round 176 miss 3) — a
      // count of several figures in its clause is per something only where the words since the figure before say so.
      const since = clause.slice(i > 0 ? (found[i - 1].index ?? 0) + found[i - 1][0].length : 0, m.index);
      const ownPer = per && (found.length === 1 || !isCount(unit) || PER.test(since));
      out.push({
        value: Number(m[1]) * (m[2] === "万" ? 1e4 : m[2] === "亿" ? 1e8 : 1),
        unit,
        written: m[0],
        said: (CHANGE.exec(before.slice(-4))?.[0] ?? "") + m[0],
        ceiling: CEILING_WORD.test(before.slice(-4) + after.slice(0, 3)),
        change: CHANGE.test(before.slice(-4)),
        per: ownPer,
        words,
        label: labels[i],
        labelOnly,
        approx: /(?:约|大约|近)$/.test(before) || /^(?:左右|上下)/.test(after),
      });
    }
  }
  return out;
}

/** Joining words before a figure's label (和草畜平衡, 及…), no part of what it counts. */
const JOINING = /^(?:和|及|与|并|以及|其中|共|计)+/;

/** What a figure counts, by the words right before it (see GoalFigure.label): two characters at least. */
function figureLabel(before: string): string {
  const words = /[\u4e00-\u9fff]+$/.exec(before)?.[0] ?? "";
  const label = words.replace(JOINING, "").replace(LEADING_VERBS, "").replace(CHANGE_OR_SPAN, "");
  return label.length >= 2 && !CHANGE.test(label) ? label : "";
}

/** Words that make a figure's label no name of what it counts (由…, 达到, 提高到). */
const CHANGE_OR_SPAN = /(?:达到|达|到|至|为|约)$/;

/** What a name says beside a figure's label, where the label alone is what it counts: its measure (面积 in 亩). */
const LABEL_REST = /^(?:面积|总面积|里程|长度|规模|总量|任务|任务量|数|量)?$/;

/**
 * Whether an indicator's name is a goal figure's label and nothing else but a counting or measure word (禁牧面积 for
 * 禁牧1350万亩, 草畜平衡面积 for 草畜平衡1800万亩): the goal's words right before the figure name it.
 */
function labelNames(name: string, label: string): boolean {
  if (label === "") return false;
  const n = normalize(name).replace(COUNTING, "").replace(/\s/g, "");
  const stripped = n.replace(LEADING_VERBS, "");
  return [n, stripped].some((x) => x.includes(label) && LABEL_REST.test(x.replace(label, "")));
}

/**
 * Whether a goal's figure is said of another subject than the indicator's, one measure for both: the label and the
 * name end alike (患者规范管理率, two characters at least) and what comes before differs, neither holding the other
 * (高血压 and 2型糖尿病; not 老年人 in 65岁及以上老年人, nor 资助 in 资助困难).
 */
function otherSubject(name: string, label: string): boolean {
  if (label === "") return false;
  const n = normalize(name).replace(/\s/g, "");
  let k = 0;
  while (k < n.length && k < label.length && n[n.length - 1 - k] === label[label.length - 1 - k]) k++;
  if (k < 2) return false;
  const a = n.slice(0, n.length - k);
  const b = label.slice(0, label.length - k);
  // The one's characters all in the other say the same subject: the same words in another order (住院费用政策范围内
  // and 政策范围内住院费用; round 159 M2), a place between (绿地养护 and 养护城区绿地; round 185), or the one holding the other.
  return (
    a.length >= 2 &&
    b.length >= 2 &&
    ![...a].every((c) => b.includes(c)) &&
    ![...b].every((c) => a.includes(c))
  );
}

/**
 * The figure the goal states for what an indicator measures (目标写实现乡村旅游收入1200万元 for 带动乡村旅游收入), as
 * a target to write (≥1200万元, 较上年增长10%), or null: the goal's only figure in its clause, most of the name's words
 * in that clause (round 145: a VAGUE fix quotes it rather than a stock growth).
 */
export function goalTargetFor(name: string, goal: string): string | null {
  // Only a sum or a count the name measures (收入 in 元, 人数 in 人): a state (住房安全, 基本生活) is no figure's.
  const amount =
    isAmountName(name) || /(?:收入|产值|收益|营业额|销售额|营收|利润|税收)$/.test(normalize(name));
  if (!amount && !isCountName(name)) return null;
  // 旅游综合收入 for a goal's 旅游收入增长15%: 综合 and 总 say no other measure (round 182).
  const words = nameWords(normalize(name).replace(/综合|总/g, ""));
  if (words.size < 2) return null;
  const per = PER.test(normalize(name));
  const hits = goalFigures(goal).filter((f) => {
    if (f.labelOnly || f.per !== per) return false;
    // A sum's growth in per cent (旅游收入增长15%) is its figure as well.
    if (amount ? !f.unit.startsWith("元") && !(f.change && f.unit === "%") : !isCount(f.unit)) return false;
    const shared = [...words].filter((b) => f.words.has(b)).length;
    return shared >= 2 && shared / words.size >= SAME_WORDS;
  });
  if (hits.length !== 1) return null;
  const f = hits[0];
  if (f.change) return `较上年${f.said.replace(/(\d)/, " ≥$1")}`;
  return `${f.ceiling ? "≤" : "≥"}${f.written}`;
}

/** A standard or a share the goal sets (防洪标准达到20年一遇, 水质达标率达到90%), with the words before it. */
const STANDARD_FIGURE =
  /([\u4e00-\u9fff]+?)(?:稳定在|提高到|提升到|提升至|提高至|达到|达|到|为)?(\d+(?:\.\d+)?)(年一遇|%|‰)/g;
/** What a vague state's name ends in, after what it is of (防洪能力 → 防洪, 水环境质量 → 水环境). */
const STATE_TAIL = /(?:综合)?(?:能力|水平|条件|状况|效果|质量|环境|面貌|功能)$/;

/**
 * The standard or share the goal sets for the subject of a vague state (防洪能力 | 明显提升 under a goal of 治理段防洪标准
 * 达到20年一遇 → “治理段防洪标准 ≥20年一遇”; round 159 M3), or null: the goal's only such figure whose words hold the
 * name's subject (two characters at least), never one of a span of years or a part of the year.
 */
export function goalStandardFor(name: string, goal: string): string | null {
  const n = normalize(name).replace(/\s/g, "");
  const subject = n.replace(STATE_TAIL, "");
  if (subject.length < 2) return null;
  const hits: string[] = [];
  for (const clause of goalClauses(goal)) {
    if (SPAN.test(clause) || PART.test(clause)) continue;
    for (const m of clause.matchAll(STANDARD_FIGURE)) {
      const label = m[1].replace(JOINING, "").replace(LEADING_VERBS, "");
      if (label.length < 2 || !label.includes(subject) || CHANGE.test(label)) continue;
      const after = clause.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 3);
      hits.push(`${label} ${CEILING_WORD.test(after) ? "≤" : "≥"}${m[2]}${m[3]}`);
    }
  }
  return hits.length === 1 ? hits[0] : null;
}

/** Whether two units count the same thing: the same, or sums per the same thing (元/年 and 元/生·年). */
function sameUnit(a: string, b: string): boolean {
  if (a === b) return true;
  const [ab, ap] = a.split("/");
  const [bb, bp] = b.split("/");
  if (ab !== bb || ap === undefined || bp === undefined) return false;
  const x = ap.replace(/[·.]/g, "");
  const y = bp.replace(/[·.]/g, "");
  return x.includes(y) || y.includes(x);
}

/** A share of the indicator's words the goal's clause must hold to state the same measure. */
const SAME_WORDS = 0.6;
/**
 * The share that does where the measure is otherwise plain: the same unit exactly, the goal's only figure in it and the
 * project's only indicator in it (目标写培训8000人次，指标写补贴培训人数 ≥5000人次).
 */
const SAME_WORDS_ALONE = 1 / 3;
/** Verbs that lead a name and say the work, not what is counted (开展送戏下乡演出 → 送戏下乡演出). */
const LEADING_VERBS =
  /^(?:(?:全年|年度|本年|累计)?(?:开展|举办|举行|组织|完成|实施|补贴|资助|新建|建设|实现|进行|提供|落实))+/;

/** A unit that counts things or people (个, 人, 亩), not a share, a sum or a figure per something. */
const isCount = (unit: string) => unit !== "" && !/[%‰元/]|百分点/.test(unit);

/** A name's word that says only what a unit measures: 面积 (亩), 里程 or 长度 (公里). */
const UNIT_MEASURE = /^(?:面积|里程|长度)$/;
/** Units of area and length, whose measure a name may say alone. */
const MEASURED_UNIT = /^(?:亩|平方米|公顷|公里|千米|米)$/;

/** The name's words, without the counting words and the verbs that lead it. */
function nameWords(name: string): Set<string> {
  const n = normalize(name).replace(COUNTING, " ").trim();
  const stripped = n.replace(LEADING_VERBS, "");
  return bigrams(stripped.length >= 2 ? stripped : n);
}

/**
 * The goal's figure an indicator asks less than (a floor below it, a ceiling above it), stating the same measure:
 * the same unit, most of the name's words in the goal's clause, a change beside a change. Null when none is.
 */
function belowGoal(
  r: IndicatorRecord,
  figures: readonly GoalFigure[],
  indicators: readonly IndicatorRecord[],
): { f: GoalFigure; above: boolean } | null {
  if (r.kind !== "quantitative" || r.value === null || r.value <= 0 || !r.name) return null;
  const unit = unitKey(r.unit);
  // 新增示范小区30个 against a goal of 40个: a bare count of work is exact, and an exact count below the goal is as
  // clear a gap as a floor below it (round 141). A share, a sum or a per-unit figure written bare stays unjudged.
  const exactCount = r.comparator === "=" && isCount(unit);
  const floor = r.comparator === ">=" || r.comparator === ">" || exactCount;
  const ceiling = r.comparator === "<=" || r.comparator === "<";
  if (!floor && !ceiling) return null;
  const n = normalize(r.name);
  if (PART.test(n)) return null;
  const words = nameWords(r.name);
  if (words.size === 0) return null;
  const change = CHANGE.test(n) || CHANGE.test(normalize(r.target).replace(/\d.*$/, ""));
  // The project's only indicator in this unit, which the goal's only figure in it can but mean.
  const alone =
    unit !== "" &&
    unit !== "%" &&
    figures.filter((f) => f.unit === unit).length === 1 &&
    indicators.filter((x) => x.kind === "quantitative" && unitKey(x.unit) === unit).length === 1;
  // Alone, the name's words before its leading verb is cut count too (补贴面积 shares 补贴 with 发放…补贴), and a name
  // that says only the measure its unit is of (面积 in 亩) can mean nothing else (round 141).
  const whole = alone ? bigrams(normalize(r.name).replace(COUNTING, " ")) : words;
  const measureOnly = alone && [...words].every((b) => UNIT_MEASURE.test(b) && MEASURED_UNIT.test(unit));
  let best: { f: GoalFigure; share: number } | null = null;
  let tie = false;
  for (const f of figures) {
    if (!sameUnit(f.unit, unit) || f.change !== change || f.per !== PER.test(n)) continue;
    const shared = [...words].filter((b) => f.words.has(b)).length;
    let share = shared / words.size;
    const sharedWhole = [...whole].filter((b) => f.words.has(b)).length;
    const same = shared >= 2 && share >= SAME_WORDS;
    const sameAlone =
      alone &&
      f.unit === unit &&
      ((shared >= 1 && share >= SAME_WORDS_ALONE) ||
        (sharedWhole >= 1 && sharedWhole / whole.size >= SAME_WORDS_ALONE) ||
        measureOnly);
    // 2型糖尿病患者规范管理率 against 高血压患者规范管理率达到65%: the goal's figure is another's (round 157 F1).
    if (otherSubject(r.name, f.label)) continue;
    // 禁牧面积 against 禁牧1350万亩、草畜平衡1800万亩: the figure's own label names the indicator (round 145).
    const labelled = labelNames(r.name, f.label);
    if (f.labelOnly ? !labelled : !same && !sameAlone && !labelled) continue;
    if (labelled) share = Math.max(share, 1);
    if (!best || share > best.share) {
      best = { f, share };
      tie = false;
    } else if (share === best.share && f.value !== best.f.value) tie = true;
  }
  if (!best || tie) return null;
  const f = best.f;
  const v = r.value;
  // 宫颈癌筛查5000人, 乳腺癌筛查5000人 against a goal of 两癌筛查1万人: parts in one unit that together reach the
  // goal's figure are its parts, not a gap.
  const parts = indicators.filter(
    (x) =>
      x.kind === "quantitative" &&
      x.value !== null &&
      x.comparator === r.comparator &&
      unitKey(x.unit) === unit &&
      [...nameWords(x.name)].filter((b) => f.words.has(b)).length >= 2,
  );
  if (isCount(unit) && parts.length > 1 && parts.reduce((sum, x) => sum + (x.value ?? 0), 0) >= f.value)
    return null;
  // A floor under half the goal counts a part of it, or something else; GOAL-FIGURE's slips are apart.
  if (floor && !f.ceiling) {
    if (v < f.value && v * 2 >= f.value) return { f, above: false };
    // 禁牧面积 ≥420万亩 against a goal of 160万亩禁牧草原 (round 182 M2): a count of work well above what the goal
    // promises was copied from a larger place's table, or the goal is wrong. Counts only (a sum may gather parts), never
    // a change, a running total (累计, 总) nor a figure 5 times or more apart (GOAL-FIGURE's slips, or other things).
    if (
      isCount(unit) &&
      !change &&
      !f.per &&
      !/累计|总|全[省市州县区镇乡]/.test(n) &&
      v > f.value * ABOVE &&
      v < f.value * SLIP
    )
      return { f, above: true };
    return null;
  }
  if (ceiling && f.ceiling) return v > f.value && v <= f.value * 2 ? { f, above: false } : null;
  return null;
}

/** A count this many times the goal's figure for the same work is no rounding up: a copy, or a wrong goal. */
const ABOVE = 1.5;

/** Works a goal lists: the thing built, bought or done ends in one of these (城墙沿线亮化改造, 游客服务中心建设). */
const WORK_END =
  /(?:建设|新建|改建|扩建|改造|修缮|维修|修复|购置|采购|安装|铺设|装修|亮化|绿化|硬化|整治|提升工程|工程)$/;

/** Aims, not works: what the works are for (提升群众满意度, 改善人居环境, 保障饮水安全). */
const AIM_START =
  /^(?:提升|提高|改善|保障|促进|确保|推动|加强|增强|优化|实现|满足|维护|巩固|助力|带动|丰富|打造|营造|服务|方便|便利|推进|助推)/;

/** Works written verb first (新建村级文化广场, 购置健身器材). */
const WORK_START = /^(?:新建|改建|扩建|改造|修缮|维修|购置|采购|安装|铺设|建设|硬化|整治)[\u4e00-\u9fff]{2,}/;

/** A work's verb, before or after what it is done to. */
const WORK_VERB_START = /^(?:新建|改建|扩建|改造|修缮|维修|购置|采购|安装|铺设|建设|硬化|整治)/;
const WORK_VERB_END = /(?:建设|新建|改建|扩建|改造|修缮|维修|修复|购置|采购|安装|铺设|装修|工程)+$/;

/** A thing built, bought or done (城墙沿线亮化改造, 购置健身器材), not an aim (提升古城风貌). */
const isWorkItem = (t: string) => (WORK_END.test(t) || WORK_START.test(t)) && !AIM_START.test(t);

/** Words that open a work item and tell nothing of what it is (并完成, 同时实施). */
const WORK_LEAD =
  /^(?:并|同时|另|还|以及|及|和|全面|计划|拟|年内|年底前|当年)*(?:完成|实施|开展|组织|推进|启动|进行)?/;

/** What a work item is, its lead words taken off (并完成城墙沿线亮化改造 → 城墙沿线亮化改造). */
function workObject(item: string): string {
  return item.replace(WORK_LEAD, "");
}

/**
 * One thing by its names (改造旱厕 measured by 水冲式厕所改造, 改造卫生间 by 无障碍厕所改造; round 208): a goal's work
 * naming one is measured by a line naming another.
 */
const SAME_THING: readonly (readonly string[])[] = [["厕所", "旱厕", "公厕", "户厕", "卫生间", "洗手间"]];

/** Runs of three characters, of Han only: 游客服务中心 → 游客服, 客服务, 服务中, 务中心. */
function triples(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= text.length; i++) {
    const t = text.slice(i, i + 3);
    if (/^[\u4e00-\u9fff]{3}$/.test(t)) out.push(t);
  }
  return out;
}

/**
 * The works a goal lists that no indicator measures (round 199: 完成古城墙东段1.2公里墙体修缮，并完成城墙沿线亮化改造和
 * 游客服务中心建设, whose indicators count only the wall): each item a thing built, bought or done (WORK_END), none of
 * whose runs of three characters any indicator's name or target holds — where another item of the goal is measured,
 * so the goal and the indicators are about the same project and only part of it is left out. Figures and places
 * say nothing of what the work is, and an aim is no work.
 */
function unmatchedWorks(view: ProjectView): string[] {
  const goal = normalize(view.project.goal);
  const project = normalize(view.project.project);
  if (!goal) return [];
  const lines = view.indicators.map((r) => normalize(`${r.name}${r.target}`)).join("|");
  const items = goal
    .split(/[，,。；;：:\s]|(?<=[\u4e00-\u9fff]{2})(?:和|及|以及|、|并)(?=[\u4e00-\u9fff]{2})/)
    .map((t) =>
      t
        // 2个村 whole: the places counted are no part of the work's name (2个村美丽乡村建设).
        .replace(
          /[\d.]+[\u4e00-\u9fff]?(?:公里|米|平方米|亩|个(?:行政村|村|镇|乡|社区)?|处|座|套|台|项|所|条|户|人|万元|元)/g,
          "",
        )
        .trim(),
    )
    .filter((t) => t.length >= 4 && isWorkItem(t.replace(WORK_LEAD, "")))
    // 美丽乡村建设 of 某镇美丽乡村建设项目: the goal naming the whole project, not a part of it (round 208).
    .filter((t) => !project.includes(workObject(t)));
  // By the item's runs of three (墙体修缮 in 墙体修缮长度) or its object's, its verb taken off (管网 of 铺设管网 in
  // 管网铺设 ≥30公里, a short object found whole).
  const measured = (item: string) => {
    const object = workObject(item).replace(WORK_VERB_START, "").replace(WORK_VERB_END, "");
    return (
      [...triples(workObject(item)), ...triples(object)].some((t) => lines.includes(t)) ||
      (object.length <= 3 && object.length >= 2 && lines.includes(object)) ||
      SAME_THING.some((g) => g.some((w) => object.includes(w)) && g.some((w) => lines.includes(w)))
    );
  };
  const objects = items.map(workObject).filter((o) => triples(o).length > 0);
  if (objects.length < 2) return [];
  const left = items.filter((item) => triples(workObject(item)).length > 0 && !measured(item));
  return left.length > 0 && left.length < objects.length
    ? left.map((item) => item.replace(WORK_LEAD, ""))
    : [];
}

export const goalUnmatched: Rule = {
  meta: {
    code: "GOAL-UNMATCHED",
    severity: "info",
    scope: "project",
    title: { zh: "绩效目标中的工作没有对应指标", en: "Work in the goal with no indicator" },
    messages: {
      unmatched: {
        zh: "绩效目标写了{items}，但没有一条绩效指标衡量这些工作（数量、质量或完成时间），年底无法核对是否完成。",
        en: "The goal lists {itemsEn}, yet no indicator measures that work (its quantity, quality or deadline): whether it was done cannot be checked at the year's end.",
      },
    },
    basis: {
      zh: "财预〔2015〕88号完整性、相关性审核：绩效指标应与绩效目标相对应，全面反映项目的主要产出和效果。",
      en: "Caiyu [2015] No. 88 (completeness and relevance review): the indicators must match the goal and cover the project's main outputs and effects.",
    },
    fix: {
      zh: "为{items}各补充数量或完成时间指标（如“（工作内容）完成数量 ≥（数量）（单位）”“（月份）月底前完工”）；本年度不做的，从绩效目标中删去。",
      en: "Add a quantity or deadline indicator for each of {itemsEn}; if it is not this year's work, take it out of the goal.",
    },
  },
  check(view, ctx) {
    const at = goalLocation(view);
    if (!at || isBlankGoal(view.project.goal)) return;
    const left = unmatchedWorks(view);
    if (left.length === 0) return;
    const items = left.map((t) => `“${t}”`).join("");
    ctx.report({ at, messageId: "unmatched", data: { items, itemsEn: items } });
  },
};

export const goalRules: Rule[] = [goalEmpty, goalVague, goalCopy, goalFigure, goalUnmatched];
