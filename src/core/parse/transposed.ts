/**
 * A 分解表 written the other way round (a city splitting a transfer payment's targets across its counties): a
 * row per place, a column per indicator, the unit in the header's bracket —
 * 县市 | 资金（万元） | 养护里程（公里） | 优良中等路率（%） | 完成时限 | 群众满意度 over 楚雄市 | 420 | ≥1850 | ≥75% |
 * 2024年12月 | ≥90%. The transpose of a table with a column per place (HeaderInfo.placeColumns): one project
 * per place row (that place its district, the title's project its name), one indicator per indicator column.
 * A money column is each project's budget, not an indicator; a 合计/全市 row is the places' total, kept on
 * each record of its column as a 合计 column's is (RowTotal). 一级/二级 written in rows over the header
 * (产出指标 merged over its columns) are read, as is a header in two rows whose upper row heads the columns not
 * split (序号 | 县（市、区） | 资金（万元） | 产出指标 over 隐患点治理数（处））. A place written short among the
 * places (峨边 of 峨边彝族自治县) is one; a row among them naming none (城区小计) is said, and neither ends the
 * table. Tried only where no header was found.
 */
import type { Grid } from "../grid";
import type { Level1, Level2, ProjectInfo, RowTotal } from "../record";
import { budgetColumnOf, budgetSums } from "../table/budgetColumn";
import { districtOf } from "../table/district";
import { headerRole } from "../table/headers";
import { SUM_WORDS, isPlaceHeader } from "../table/layout";
import { shortName } from "../table/shortPlaces";
import { titleYear } from "../table/title";
import { bareLabel, canonLevel1, canonLevel2 } from "../text/categories";
import { canon } from "../text/chars";
import { type Builder, type Context, type RecordParts } from "./builder";

/**
 * 县市, 县（市、区）, 县区, 地区, 区域, 单位, 乡镇（街道）, 县市名称: a header naming the places of its rows; a
 * province's 设区市, 深圳's 辖区; 贵州's 县（市、特区、区）, 六枝特区 among its places.
 */
const PLACE_HEAD =
  /^(?:(?:县|市|特区|区|州|盟|旗|乡镇|乡|镇|街道|地区|区域|地市|单位)+|设区市|辖区)(?:名称|别)?$/;
/** 合计, 总计, 全市, 全州合计: the places' total, in the words a 合计 column's header has (layout.ts). */
const TOTAL = new RegExp(`^(?:${SUM_WORDS})$`);
/** 州本级, 市本级: the city's own level, no district. */
const OWN_LEVEL = /^(?:[\u4e00-\u9fa5]{0,6}?)本级$/;
/** The last character of a place's name (楚雄市, 双柏县, 城关镇, 州本级). */
const PLACE_END = /[区县市旗州盟镇乡道办处村级]$/;
/** A cell that reads as a target: a comparator, a percent, a number, a date. */
const TARGETISH = /[≥≤≧≦><＞＜%％]|^\s*\d|(?:19|20)\d\d\s*年|不[低少高超多大]于|以[上下内]|[0-9]\s*[万亿]/;
/** Header roles that make a table of rows, not of places: its own reader's. */
const ROW_ROLES = new Set(["project", "goal", "indicators", "level1", "level2", "level3", "target"]);
/** A column kept out of the indicators: its number, a note. */
const NOT_INDICATOR = /^(?:序号|编号|备注|说明|资金来源|项目名称|建设内容|实施单位|责任单位)$/;
/**
 * 其中：中央资金, 省级补助（万元）, 小计: more of the money beside the money column, no indicator — not 补助标准（元/人）,
 * 资金拨付率, 资金兑付时间, 单位成本（万元）.
 */
const MONEY_WORDS = /资金|金额|预算|拨款|投资|经费|小计|其中/;
const MONEY_UNIT = /[(（](?:万元|元|亿元)[)）]/;
const NOT_MONEY = /标准|成本|单价|人均|户均|亩均|率|时间|时限|[每/／]/;
/** A comparator, a percent, a date: a cell only a target writes (a bare figure may be any table's). */
const TARGET_MARK = /[≥≤≧≦><＞＜%％]|(?:19|20)\d\d\s*年|不[低少高超多大]于|以[上下内]/;

function isMoneyColumn(header: string): boolean {
  const x = squeeze(header);
  return (MONEY_WORDS.test(x) || MONEY_UNIT.test(canon(header))) && !NOT_MONEY.test(x);
}

const squeeze = (t: string): string => canon(t).replace(/[\s()（）、，,/／]/g, "");

/** The place a row's place cell names, or "total", or null when it names none. `x`: the cell without its spaces. */
function placeCell(x: string): "total" | "place" | null {
  if (!x || x.length > 14) return null;
  if (TOTAL.test(x)) return "total";
  // Most cells end in no place's last character: one look before the place rules.
  if (!PLACE_END.test(x)) return null;
  if (OWN_LEVEL.test(x)) return "place";
  if (isPlaceHeader(x) || districtOf(x) === x) return "place";
  return null;
}

/** 北戴河新区管委会, 秦皇岛经济技术开发区管理委员会: a zone's managing body, written for the zone itself. */
const MANAGING_BODY = /(?:管理委员会|管委会|管委)$/;

/** The place cell without a managing body's word after a place (北戴河新区管委会 → 北戴河新区), else as written. */
function withoutManagingBody(x: string): string {
  const bare = x.replace(MANAGING_BODY, "");
  return bare !== x && placeCell(bare) === "place" ? bare : x;
}

/** Words no short place name ends in or holds: an office (财政局), a note's lead (其中, 汇总). */
const NOT_SHORT_PLACE = /[局委办院所站队厅部司科股组]$|中心|汇总|其中|注/;

/**
 * 峨边 (of 峨边彝族自治县), 洮南: a place cell written short, no suffix to mark it. A place only where it stands
 * among the table's place rows (see readAt), as a short column header does among place columns. `x`: the cell
 * without its spaces.
 */
function shortPlace(x: string): boolean {
  return shortName(x) && !NOT_SHORT_PLACE.test(x);
}

interface Column {
  col: number;
  header: string;
  level1: Level1 | null;
  level2: Level2 | null;
  /** The categories written over the column (产出指标, 数量指标), kept in its records' raw text. */
  written: string[];
}

/** 产出指标, 效益, 满意度指标, 成本指标 (score notes dropped): a 一级 as a 一级 row writes it. */
const LEVEL1_WORD = /^(?:产出|效益|效果|满意度|成本|项目完成|预期产出)(?:指标)?$/;

/** One row of categories over the header: each column's 一级 or 二级 (merged cells carried right). */
interface CategoryRow {
  level: 1 | 2;
  cells: (string | null)[];
}

/**
 * The rows of categories over the header (产出指标 merged over its columns; 数量指标 | 质量指标 under it),
 * nearest first: a row is one when each of its cells right of the place column reads as a 一级 (a 一级 row)
 * or each as a 二级. A column whose header row is blank is headed from above, its
 * header merged down (资金（万元） beside 产出指标 over 隐患点治理数（处））: its cell there is no category.
 */
function categoriesAbove(texts: string[][], hr: number, from: number, width: number): CategoryRow[] {
  const out: CategoryRow[] = [];
  const headed = (c: number) => !!texts[hr][c];
  for (let r = hr - 1; r >= Math.max(0, hr - 2); r--) {
    const row = texts[r];
    const cells: (string | null)[] = new Array(width).fill(null);
    let level1 = true;
    let level2 = true;
    let last: string | null = null;
    let any = false;
    for (let c = from; c < width; c++) {
      if (!headed(c)) {
        last = null;
        continue;
      }
      const t = row[c] ?? "";
      if (t) {
        const label = bareLabel(t);
        if (!LEVEL1_WORD.test(label)) level1 = false;
        if (!canonLevel2(label)) level2 = false;
        if (!level1 && !level2) return out;
        last = t;
        any = true;
      }
      cells[c] = last;
    }
    if (!any) return out;
    out.push({ level: level1 ? 1 : 2, cells });
  }
  return out;
}

/** The header's text of column `c`: its own, or the text of a cell merged down over it (县市 over two rows). */
function headerText(texts: string[][], hr: number, c: number, above: number): string {
  for (let r = hr; r >= hr - above; r--) if (texts[r]?.[c]) return texts[r][c];
  return "";
}

/**
 * Reads a transposed 分解表 from the grid into `b`; true when one was read. `ctx`: the context the walk
 * left (the title's project, unit, district).
 */
export function readTransposed(
  b: Builder,
  grid: Grid,
  texts: string[][],
  width: number,
  ctx: Context,
): boolean {
  const rows = texts.length;
  for (let r = 1; r + 1 < rows; r++) {
    for (let pc = 0; pc < Math.min(width, 3); pc++) {
      // Two place rows one under the other (one may be written short, 峨边), under a header naming places.
      const here = (texts[r][pc] ?? "").replace(/\s+/g, "");
      const next = (texts[r + 1][pc] ?? "").replace(/\s+/g, "");
      if (placeCell(here) !== "place" && !shortPlace(here)) continue;
      if (placeCell(next) === null && !shortPlace(next)) continue;
      // 全市合计 first, right under the header (its row the places' total): the header is above it.
      let hr = r - 1;
      while (hr > 0 && placeCell((texts[hr][pc] ?? "").replace(/\s+/g, "")) === "total") hr--;
      // The header may be merged down over the categories' rows (县市 over 产出指标 / 养护里程).
      const cats = categoriesAbove(texts, hr, pc + 1, width);
      const placeHead = headerText(texts, hr, pc, cats.length);
      if (!PLACE_HEAD.test(squeeze(placeHead))) continue;
      if (readAt(b, grid, texts, width, ctx, hr, pc, cats)) return true;
    }
  }
  return false;
}

function readAt(
  b: Builder,
  grid: Grid,
  texts: string[][],
  width: number,
  ctx: Context,
  hr: number,
  pc: number,
  cats: CategoryRow[],
): boolean {
  const headerRow = texts[hr].map((_, c) => headerText(texts, hr, c, cats.length));
  // The place rows: down to the last row whose place cell names a place or the total, before a blank row or
  // another header (县市 again). A row between them (or before the total) is a place written short (峨边
  // between 沐川县 and 马边县) where it reads as one, else a row not read (a 小计, a note), said: neither
  // ends the table while place rows follow.
  // Each row keeps its place cell without spaces (沐 川 县), stripped once.
  const body: { r: number; place: string; kind: "total" | "place"; short?: boolean }[] = [];
  const skipped: { r: number; place: string }[] = [];
  let pending: { r: number; place: string }[] = [];
  let end = hr + 1;
  for (let r = hr + 1; r < texts.length; r++) {
    const cell = texts[r][pc] ?? "";
    const place = withoutManagingBody(cell.replace(/\s+/g, ""));
    const kind = placeCell(place);
    if (kind) {
      for (const q of pending)
        if (shortPlace(q.place)) body.push({ ...q, kind: "place", short: true });
        else skipped.push(q);
      pending = [];
      body.push({ r, place, kind });
      end = r + 1;
    } else if (!texts[r].some(Boolean) || PLACE_HEAD.test(squeeze(cell))) break;
    else pending.push({ r, place });
  }
  const placeRows = body.filter((x) => x.kind === "place");
  if (placeRows.filter((x) => !x.short).length < 2) return false;
  // 资金（万元） | 420: the money column, where its cells hold figures (资金兑付时间 | 2025年6月底前 is a target).
  const moneyCol = budgetColumnOf(headerRow);
  const money =
    moneyCol &&
    placeRows.every(
      ({ r }) => !texts[r][moneyCol.col] || budgetSums(texts[r][moneyCol.col], moneyCol).length > 0,
    )
      ? moneyCol
      : null;
  const columns: Column[] = [];
  const others: { col: number; header: string }[] = [];
  let targetish = 0;
  for (let c = 0; c < width; c++) {
    if (c === pc || c === money?.col) continue;
    const h = (headerRow[c] ?? "").trim();
    const filled = placeRows.filter(({ r }) => texts[r][c]);
    if (!h) {
      if (filled.length > 0) return false;
      continue;
    }
    const role = headerRole(h);
    if (role && ROW_ROLES.has(role)) return false;
    if (NOT_INDICATOR.test(squeeze(h)) || h.length > 30 || isMoneyColumn(h)) {
      others.push({ col: c, header: h });
      continue;
    }
    const l1 = cats.find((x) => x.level === 1)?.cells[c];
    const l2 = cats.find((x) => x.level === 2)?.cells[c];
    const level1 = l1 ? canonLevel1(l1) : null;
    const level2 = l2 ? canonLevel2(l2) : null;
    const written = [l1, l2].filter((x): x is string => !!x);
    columns.push({ col: c, header: h, level1, level2, written });
    const hits = filled.filter(({ r }) => TARGETISH.test(texts[r][c])).length;
    if (filled.length > 0 && hits * 2 >= filled.length) targetish++;
  }
  // Two columns of targets, and one a target's mark (≥1850, 75%, 2024年12月) or a unit in its header's
  // bracket (养护里程（公里）): not a table of figures by place (人口, 面积) with none.
  const marked = columns.some(
    ({ col, header }) =>
      /[(（][^()（）]{1,8}[)）]\s*$/.test(header) ||
      placeRows.some(({ r }) => TARGET_MARK.test(texts[r][col] ?? "")),
  );
  if (columns.length < 2 || targetish < 2 || !marked) return false;

  b.year = titleYear(texts, hr - cats.length, 0);
  const totalRow = body.find((x) => x.kind === "total");
  const from = b.indicators.length;
  const projects0 = b.projects.length;
  const byColumn = new Map<number, number[]>();
  for (const { r, place } of placeRows) {
    const own = OWN_LEVEL.test(place);
    const p: ProjectInfo = b.startProject({
      ...ctx,
      project: ctx.project || grid.sheet,
      projectCell: ctx.project ? ctx.projectCell : null,
      district: own ? null : (districtOf(place) ?? place),
      goal: "",
      goalCell: null,
      row: b.sheetRow(r),
      ...(money ? { budget: budgetSums(texts[r][money.col] ?? "", money) } : {}),
    });
    if (own) {
      p.district = null;
      p.ownLevel = place;
    }
    if (p.budget?.length === 0) delete p.budget;
    for (const col of columns) {
      const t = (texts[r][col.col] ?? "").trim();
      if (!t) continue;
      const list = byColumn.get(col.col) ?? [];
      list.push(b.indicators.length);
      byColumn.set(col.col, list);
      b.add(p, r, b.addr(r, col.col), parts(col, t, place, grid, r));
    }
  }
  if (totalRow) {
    const { r, place: header } = totalRow;
    for (const col of columns) {
      const t = (texts[r][col.col] ?? "").trim();
      const list = byColumn.get(col.col);
      if (!t || !list) continue;
      const cell = b.addr(r, col.col);
      const read = b.record(b.projects[projects0], r, cell, parts(col, t, header, grid, r));
      const total: RowTotal = {
        cell,
        header,
        target: t,
        value: read.value,
        valueMax: read.valueMax,
        unit: read.unit,
        places: list.length,
        inRow: true,
      };
      // 市直 between the places, with a figure in this column: in the total, not a place; the comparison
      // names it (and adds the city's own level into the sum it checks).
      const unread = skipped.flatMap(({ r: sr, place: sp }) => {
        const st = (texts[sr][col.col] ?? "").trim();
        if (!st || !sp) return [];
        const at = b.addr(sr, col.col);
        const read = b.record(b.projects[projects0], sr, at, parts(col, st, sp, grid, sr));
        return [
          {
            column: String(b.sheetRow(sr)),
            header: sp,
            cell: at,
            value: read.value,
            valueMax: read.valueMax,
            unit: read.unit,
          },
        ];
      });
      if (unread.length > 0) total.unread = unread;
      for (const i of list) b.indicators[i].rowTotal = total;
    }
  }
  b.settleFractions();
  const letter = (c: number) => b.addr(hr, c).replace(/\d+$/, "");
  b.tables.push({
    sheet: grid.sheet,
    layout: "rows",
    headerRow: b.sheetRow(hr),
    columns: {},
    repeatedHeaderRows: [],
    range: `${b.addr(hr - cats.length, 0)}:${b.addr(end - 1, Math.max(0, width - 1))}`,
    projects: b.projects.length - projects0,
    indicators: b.indicators.length - from,
  });
  report(b, {
    headerRow: b.sheetRow(hr),
    place: texts[hr][pc] || headerRow[pc],
    money: money ? `${letter(money.col)} 列（${headerRow[money.col]}）` : null,
    sums: money
      ? placeRows
          .filter(({ r }) => texts[r][money.col])
          .map(({ r, place }) => `${place} ${texts[r][money.col]}`)
      : [],
    total: totalRow ? `第 ${b.sheetRow(totalRow.r)} 行（${texts[totalRow.r][pc]}）` : null,
    others: others.map((o) => `${letter(o.col)} 列（${o.header}）`),
    shorts: placeRows.filter((x) => x.short).map(({ r, place }) => [b.sheetRow(r), place]),
    skipped: skipped.map(({ r, place }) => [b.sheetRow(r), place]),
    after: end,
    texts,
  });
  return true;
}

function parts(col: Column, t: string, place: string, grid: Grid, r: number): RecordParts {
  return {
    seq: null,
    level1: col.level1,
    level2: col.level2,
    name: col.header,
    target: t,
    text: [...col.written, col.header, `${place}：${t}`].join(" | "),
    direction: null,
    numeric: typeof grid.values[r]?.[col.col] === "number",
  };
}

function report(
  b: Builder,
  x: {
    headerRow: number;
    place: string;
    money: string | null;
    sums: string[];
    total: string | null;
    others: string[];
    shorts: [number, string][];
    skipped: [number, string][];
    after: number;
    texts: string[][];
  },
): void {
  const zh = [`第 ${x.headerRow} 行起是分解表：每行一个${x.place}，各列是指标。`];
  const en = [
    `From row ${x.headerRow} the table splits targets by place: a row per place, a column per indicator.`,
  ];
  if (x.money) {
    const sums = x.sums.length > 0 ? `（${x.sums.join("、")}）` : "";
    zh.push(`${x.money}读作各项目的预算金额${sums}，不是指标。`);
    en.push(
      `${x.money.replace(/ 列（(.*)）$/, " ($1)")} is read as each project's budget${sums ? ` (${x.sums.join(", ")})` : ""}, not an indicator.`,
    );
  }
  if (x.total) {
    zh.push(`${x.total}是各${x.place}的合计，不是一个地区：记作各列指标的合计，对比时与各地区之和核对。`);
    en.push(
      `${x.total.replace(/^第 (\d+) 行（(.*)）$/, "Row $1 ($2)")} is the places' total, no place: kept as each column's total, which the comparison checks against their sum.`,
    );
  }
  if (x.shorts.length > 0) {
    const zhs = x.shorts.map(([r, t]) => `第 ${r} 行“${t}”`).join("、");
    zh.push(`${zhs}夹在各${x.place}之间，按简称读作${x.place}。`);
    en.push(
      `${x.shorts.map(([r, t]) => `Row ${r} (${t})`).join(", ")}, among the places, read as a place written short.`,
    );
  }
  if (x.skipped.length > 0) {
    const zhs = x.skipped.map(([r, t]) => (t ? `第 ${r} 行（${t}）` : `第 ${r} 行`)).join("、");
    zh.push(`${zhs}夹在各${x.place}之间，不是${x.place}，未作为指标读取。`);
    en.push(
      `${x.skipped.map(([r, t]) => (t ? `Row ${r} (${t})` : `Row ${r}`)).join(", ")}, among the places, name no place and were not read as indicators.`,
    );
  }
  if (x.others.length > 0) {
    zh.push(`${x.others.join("、")}未读作指标。`);
    en.push(`${x.others.join(", ").replace(/ 列（/g, " (").replace(/）/g, ")")} not read as indicators.`);
  }
  const below: number[] = [];
  for (let r = x.after; r < x.texts.length; r++) if (x.texts[r].some(Boolean)) below.push(b.sheetRow(r));
  if (below.length > 0) {
    zh.push(`第 ${below.join("、")} 行在表格下方，未作为指标读取。`);
    en.push(`Row(s) ${below.join(", ")} under the table were not read as indicators.`);
  }
  b.messages.push({ level: "info", sheet: b.grid.sheet, text: { zh: zh.join(""), en: en.join(" ") } });
}
