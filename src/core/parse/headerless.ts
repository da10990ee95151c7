/**
 * Cells that read as indicator text with no header above them: a 绩效指标 cell selected on its own, or a
 * document pasted a line per row down one column (a project's title or 项目名称：…, its goal, then
 * headings such as 一、产出指标 or 【产出指标-数量指标】 on rows of their own, each over its indicators' lines).
 */
import { type ProjectInfo } from "../record";
import { canon, trimSpaces } from "../text/chars";
import { segmentCell } from "../text/segment";
import { INDICATOR_TEXT } from "../table/columns";
import { cutAtLabels } from "../table/formLines";
import { namesDepartmentAndUnit } from "../table/headers";
import { isFooterRow } from "../table/rowKinds";
import { titleLine, type TitleLine } from "../table/title";
import { Builder, type Context, EMPTY_CONTEXT } from "./builder";
import { addPackedCell, type Carried } from "./packedCell";

/**
 * 项目名称：县城区生活垃圾分类处理 on a line of its own, also numbered (一、项目名称：…, （二）项目名称：…): the next
 * block's project.
 */
const PROJECT_LINE =
  /^\s*(?:(?:[一二三四五六七八九十\d]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）])\s*)?项目名称\s*[:：]\s*(\S.*?)\s*$/;
/** 主管部门：…, 实施单位：…, 项目资金：… on a line of their own, above a project's block. */
const CONTEXT_LINE =
  /^\s*(主管部门|实施单位|预算单位|项目单位|项目实施单位|申报单位|项目资金|部门[(（]单位[)）](?:名称)?)\s*[:：]\s*(\S.*?)\s*$/;
/** 项目总体绩效目标：…, 年度目标：…: the goal of the block it stands over (or in). */
const GOAL_LINE = /^\s*(?:项目)?(?:总体|年度|整体)?(?:绩效)?目标\s*[:：]\s*(\S[\s\S]*?)\s*$/;

/** A label of CONTEXT_LINE's, or 项目名称: where a line's next field starts (cutAtLabels). */
const LINE_LABEL =
  /^(?:主管部门|实施单位|预算单位|项目单位|项目实施单位|申报单位|项目资金|项目名称|部门[(（]单位[)）](?:名称)?)$/;
const isLineLabel = (label: string) => LINE_LABEL.test(label);

/**
 * The fields of a context line, each label with its value: 主管部门：于都县水利局    实施单位：于都县农村供水管理站
 * (two to a line, set apart by spaces, a full-width space or a ；) gives both; null when the line starts with
 * no such label.
 */
function contextFields(t: string): { label: string; value: string }[] | null {
  if (!CONTEXT_LINE.test(t) && !PROJECT_LINE.test(t)) return null;
  const fields: { label: string; value: string }[] = [];
  // (项目名称：… is read apart, by projectNamed.)
  for (const part of cutAtLabels(t, isLineLabel)) {
    const m = CONTEXT_LINE.exec(part);
    if (m) fields.push({ label: m[1], value: trimSpaces(m[2]) });
  }
  return fields;
}

/** A context line's fields (contextFields) into the context of the block below it. */
function takeFields(next: Context, fields: { label: string; value: string }[]): void {
  for (const { label, value } of fields) {
    if (label === "主管部门") next.department = value;
    else if (label !== "项目资金") next.budgetUnit = value;
    // 部门（单位）名称：某局: the department, and the unit too.
    if (namesDepartmentAndUnit(label)) next.department = value;
  }
}

/** Whether a context says anything of its project. */
function saysAnything(ctx: Context): boolean {
  return !!(ctx.project || ctx.department || ctx.budgetUnit || ctx.goal);
}

/** What a form's lines (项目名称 | 值 …), read by the row walk before any header, said above a row. */
export interface FormLine {
  row: number;
  ctx: Context;
}

/** A line that is only a heading (一、产出指标, （一）数量指标, 【产出指标-数量指标】): no indicator of its own. */
function headingOnly(t: string): boolean {
  if (t.length > 40) return false;
  const segments = segmentCell(t);
  return segments.length > 0 && segments.every((s) => s.kind === "heading");
}

/** What a line names of the project below it: 项目名称：X, or a title naming one (X项目绩效目标). */
function projectNamed(
  t: string,
  title: TitleLine | null,
): { project: string; district: string | null } | null {
  const named = PROJECT_LINE.exec(t);
  // 项目名称：农村饮水工程    主管部门：…: the name ends where the next field starts (read by contextFields).
  if (named) return { project: trimSpaces(cutAtLabels(named[1], isLineLabel)[0]), district: null };
  return title && title.project ? { project: title.project, district: title.district ?? null } : null;
}

/** Whether the row holds nothing outside columns `c` and `also`. */
function aloneInRow(row: string[], c: number, also = c): boolean {
  for (let k = 0; k < row.length; k++) if (k !== c && k !== also && row[k] && row[k].trim()) return false;
  return true;
}

interface Block {
  p: ProjectInfo;
  /** How many records its lines gave. */
  records: number;
  carried: Carried;
}

export function parseHeaderless(b: Builder, texts: string[][], width: number, forms: FormLine[] = []): void {
  const grid = b.grid;
  /** The last of a form's lines above row `r`. */
  const formAbove = (r: number): FormLine | null => {
    let found: FormLine | null = null;
    for (const f of forms) {
      if (f.row >= r) break;
      found = f;
    }
    return found;
  };
  // The project of the form whose lines a packed cell was read under (its other cells are its too).
  let formProject = null as { form: FormLine; p: ProjectInfo } | null;
  const indicators0 = b.indicators.length;
  const projects0 = b.projects.length;
  let first = -1;
  let last = -1;
  const read = (r: number) => {
    if (first < 0 || r < first) first = r;
    last = Math.max(last, r);
  };
  /** A block that gave no indicator takes its project back (the last started: blocks do not nest). */
  const dropIfEmpty = (block: Block | null) => {
    if (block && block.records === 0 && b.projects[b.projects.length - 1] === block.p) b.projects.pop();
  };
  for (let c = 0; c < width; c++) {
    let block: Block | null = null;
    // What the lines above the next block said of its project (its title, 项目名称, 主管部门, goal…).
    let next: Context = EMPTY_CONTEXT();
    // What a document's title said of every project in it (福田区某局2025年项目绩效目标: the unit).
    let titled: { budgetUnit: string; area: string | null } = { budgetUnit: "", area: null };
    // What is known of a block starting at row r: what the lines above it said, else what a form's lines
    // (项目名称 | 值) the row walk read above it said.
    const contextAt = (r: number): Context => {
      const ctx = saysAnything(next) ? next : (formAbove(r)?.ctx ?? next);
      return {
        ...ctx,
        budgetUnit: ctx.budgetUnit || titled.budgetUnit,
        area: ctx.area ?? titled.area,
        row: ctx.row || b.sheetRow(r),
      };
    };
    for (let r = 0; r < texts.length; r++) {
      const t = texts[r][c];
      if (!t || !t.trim()) continue;
      // (Alone in its row: 产出指标 | 效益指标 over counts is a table's header, not a document's heading.)
      if (headingOnly(t) && aloneInRow(texts[r], c)) {
        if (!block) {
          const p = b.startProject(contextAt(r));
          block = { p, records: 0, carried: { level1: null, level2: null } };
          next = EMPTY_CONTEXT();
        }
        block.records += addPackedCell(b, block.p, r, c, t, undefined, block.carried);
        read(r);
        continue;
      }
      const title = t.length <= 60 ? titleLine([t]) : null;
      const project = projectNamed(t, title);
      if (project) {
        dropIfEmpty(block);
        block = null;
        next = {
          ...EMPTY_CONTEXT(),
          project: project.project,
          projectCell: b.addr(r, c),
          row: b.sheetRow(r),
          area: project.district,
        };
        // 项目名称：…    主管部门：…: the other fields of its line.
        takeFields(next, contextFields(t) ?? []);
        continue;
      }
      if (!block) {
        if (title?.unit) {
          titled = { budgetUnit: title.unit, area: title.district ?? null };
          continue;
        }
        const fields = contextFields(t);
        if (fields) {
          takeFields(next, fields);
          continue;
        }
      }
      const goalLine = GOAL_LINE.exec(t);
      // (Before a block, a goal line is the goal whatever it counts; in a block, one with a figure is read.)
      if (goalLine && (!block || !/\d/.test(goalLine[1]))) {
        if (block && !block.p.goal) {
          block.p.goal = trimSpaces(goalLine[1]);
          block.p.goalCell = b.addr(r, c);
        } else if (!block) {
          next.goal = trimSpaces(goalLine[1]);
          next.goalCell = b.addr(r, c);
        }
        continue;
      }
      if (block) {
        // 备注：…, 填表人：… under the document's indicators: no indicator of the block.
        if (isFooterRow([t])) continue;
        // 1.临时救助人次 | ≥180人次: a name and its target in two cells (a line cut into columns): read as one
        // line, at the target's cell.
        const target = c + 1 < width ? texts[r][c + 1] : "";
        const pair = target && target.trim() && aloneInRow(texts[r], c, c + 1);
        const at = pair ? c + 1 : c;
        const text = pair ? `${t}：${target}` : t;
        const n = addPackedCell(b, block.p, r, at, text, undefined, block.carried);
        block.records += n;
        if (n > 0) read(r);
        continue;
      }
      if (t.length < 6 || !INDICATOR_TEXT.test(canon(t))) continue;
      if (saysAnything(next)) {
        // 项目名称：… then 三、绩效指标 then 1.数量指标：… with no heading line of its own: the block of the
        // lines above starts at its first indicator.
        const p = b.startProject(contextAt(r));
        const carried: Carried = { level1: null, level2: null };
        const n = addPackedCell(b, p, r, c, t, undefined, carried);
        if (n > 0) {
          block = { p, records: n, carried };
          next = EMPTY_CONTEXT();
          read(r);
        } else b.projects.pop(); // it gave no indicator
        continue;
      }
      // A packed cell on its own: a project of its own — of the form whose lines are above it (项目名称 |
      // 值, 主管部门 | 值, then 绩效指标 | the cell), and the form's other such cells are its too.
      const form = formAbove(r);
      if (form && formProject?.form === form) {
        if (addPackedCell(b, formProject.p, r, c, t) > 0) read(r);
        continue;
      }
      const p = b.startProject(form ? contextAt(r) : { ...EMPTY_CONTEXT(), row: b.sheetRow(r) });
      if (addPackedCell(b, p, r, c, t) > 0) {
        read(r);
        if (form) formProject = { form, p };
      } else b.projects.pop(); // it gave no indicator
    }
    dropIfEmpty(block);
  }
  if (b.indicators.length > indicators0) {
    b.tables.push({
      sheet: grid.sheet,
      layout: "text",
      headerRow: null,
      columns: {},
      repeatedHeaderRows: [],
      range: `${b.addr(first, 0)}:${b.addr(last, Math.max(0, width - 1))}`,
      projects: b.projects.length - projects0,
      indicators: b.indicators.length - indicators0,
    });
  }
}
