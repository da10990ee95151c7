/**
 * 一 | 学生资助项目 | (blank) … then 1 | 家庭经济困难学生资助 | 2650.8 | …: a group of projects headed by a row
 * of its own, numbered in Chinese numerals over the projects' Arabic ones, with no goal, no indicator and at
 * most its group's total — a heading over the projects below, no project of its own.
 */
import { type HeaderInfo } from "./layout";
import { categoryOfLabel } from "../text/categories";
import { trimSpaces } from "../text/chars";
import { withoutNumbering } from "./columns";

/** 一, 二、, （三）, 十一. */
const CHINESE_ORDINAL =
  /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]?|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）])$/;
/** 一、学生资助项目: a heading's numeral written before its name in the name's cell. */
const CHINESE_ORDINAL_LEAD =
  /^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）])/;
/** A total (2650.8, 3,309,840.00) is all a heading's other cells may hold. */
const AMOUNT = /^[\d,.，\s]+$/;
const ROLE_COLUMNS_SAID = ["indicators", "level1", "level2", "level3", "target", "goal"] as const;
/** The body in charge, which a heading may name for its group (一 | 学前教育 | 区教育和体育局). */
const GROUP_BODY_COLUMNS = ["budgetUnit", "department"] as const;

/** How many rows past blank ones the heading's first project may be. */
const LOOK_AHEAD = 3;

/** The columns the header's roles take. */
function takenColumns(header: HeaderInfo): Set<number> {
  return new Set<number>(Object.values(header.roles).filter((c): c is number => c !== undefined));
}

/**
 * The numbering a row writes for the project of column `col`: a cell before it no role takes (`taken`,
 * takenColumns), else the numeral the name starts with; "" when none.
 */
function ordinalOf(
  taken: ReadonlySet<number>,
  row: readonly string[],
  col: number,
): { text: string; chinese: boolean } {
  for (let c = 0; c < col; c++) {
    const t = trimSpaces(row[c] ?? "");
    if (t && !taken.has(c)) return { text: t, chinese: CHINESE_ORDINAL.test(t) };
  }
  const name = row[col] ?? "";
  // 一 alone in the name's column, the group's name beside it: the heading's numeral too.
  return CHINESE_ORDINAL_LEAD.test(name) || CHINESE_ORDINAL.test(trimSpaces(name))
    ? { text: name, chinese: true }
    : { text: "", chinese: false };
}

/** Whether row `r` heads a group of the projects below it (see the module's comment). */
export function isProjectHeadingRow(texts: readonly string[][], r: number, header: HeaderInfo): boolean {
  const col = header.roles.project;
  if (col === undefined) return false;
  const row = texts[r];
  // Most project rows write a goal, an indicator or a unit: one look at those columns first.
  for (const role of ROLE_COLUMNS_SAID) {
    const c = header.roles[role];
    if (c !== undefined && trimSpaces(row[c] ?? "")) return false;
  }
  const taken = takenColumns(header);
  const own = ordinalOf(taken, row, col);
  if (!own.chinese || !trimSpaces(row[col] ?? "")) return false;
  // 一、产出指标 in the name's column: a category's heading, reported with the rows not read.
  if (categoryOfLabel(withoutNumbering(row[col]))) return false;
  const body = new Set<number>();
  for (const role of GROUP_BODY_COLUMNS) if (header.roles[role] !== undefined) body.add(header.roles[role]);
  // The group's name, and beside it its numeral, its total and the body in charge of it — one cell of
  // words besides the name at most (一 | 学前教育 under 项目名称 | 项目单位: the name beside the numeral).
  let words = 0;
  for (let c = 0; c < row.length; c++) {
    const t = trimSpaces(row[c] ?? "");
    if (c === col || !t || t === own.text || AMOUNT.test(t)) continue;
    if (body.has(c) && words++ === 0) continue;
    return false;
  }
  // The next row that says anything names a project, numbered otherwise (1, 2 …, or not at all).
  for (let k = r + 1; k < texts.length && k <= r + LOOK_AHEAD; k++) {
    const next = texts[k];
    if (!next.some((t) => trimSpaces(t ?? ""))) continue;
    return !!trimSpaces(next[col] ?? "") && !ordinalOf(taken, next, col).chinese;
  }
  return false;
}
