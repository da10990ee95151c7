/**
 * Cells that read as indicator text with no header above them: a 绩效指标 cell selected on its own, or a
 * document pasted a line per row down one column (a project's title or 项目名称：…, its goal, then
 * headings such as 一、产出指标 or 【产出指标-数量指标】 on rows of their own, each over its indicators' lines).
 */
import { type Level1, type Level2, type ProjectInfo } from "../record";
import { canon, trimSpaces } from "../text/chars";
import { segmentCell } from "../text/segment";
import { INDICATOR_TEXT } from "../table/columns";
import { titleLine } from "../table/title";
import { Builder, EMPTY_CONTEXT } from "./builder";
import { addPackedCell } from "./packedCell";

/** 项目名称：县城区生活垃圾分类处理 on a line of its own: the next block's project. */
const PROJECT_LINE = /^\s*项目名称\s*[:：]\s*(\S.*?)\s*$/;
/** 项目总体绩效目标：…, 年度目标：…: the goal of the block it stands over (or in). */
const GOAL_LINE = /^\s*(?:项目)?(?:总体|年度|整体)?(?:绩效)?目标\s*[:：]\s*(\S[\s\S]*?)\s*$/;

/** A line that is only a heading (一、产出指标, （一）数量指标, 【产出指标-数量指标】): no indicator of its own. */
function headingOnly(t: string): boolean {
  if (t.length > 40) return false;
  const segments = segmentCell(t);
  return segments.length > 0 && segments.every((s) => s.kind === "heading");
}

/** What a line names of the project below it: 项目名称：X, or a title naming one (X项目绩效目标). */
function projectNamed(t: string): { project: string; district: string | null } | null {
  const named = PROJECT_LINE.exec(t);
  if (named) return { project: trimSpaces(named[1]), district: null };
  const title = t.length <= 60 ? titleLine([t]) : null;
  return title && title.project ? { project: title.project, district: title.district ?? null } : null;
}

function aloneInRow(row: string[], c: number): boolean {
  for (let k = 0; k < row.length; k++) if (k !== c && row[k] && row[k].trim()) return false;
  return true;
}

interface Block {
  p: ProjectInfo;
  carried: { level1: Level1 | null; level2: Level2 | null; bracketStyle?: boolean };
}

export function parseHeaderless(b: Builder, texts: string[][], width: number): void {
  const grid = b.grid;
  const indicators0 = b.indicators.length;
  const projects0 = b.projects.length;
  let first = -1;
  let last = -1;
  const read = (r: number) => {
    if (first < 0 || r < first) first = r;
    last = Math.max(last, r);
  };
  /** A project started for a cell or a block that gave no indicator is taken back. */
  const dropIfEmpty = (p: ProjectInfo | undefined) => {
    if (p && b.projects[b.projects.length - 1] === p && !b.indicators.some((i) => i.projectId === p.id))
      b.projects.pop();
  };
  for (let c = 0; c < width; c++) {
    let block: Block | null = null;
    // What the lines above the next block said of its project.
    let named: { project: string; district: string | null; cell: string; row: number } | null = null;
    let goal: { text: string; cell: string } | null = null;
    for (let r = 0; r < texts.length; r++) {
      const t = texts[r][c];
      if (!t || !t.trim()) continue;
      // (Alone in its row: 产出指标 | 效益指标 over counts is a table's header, not a document's heading.)
      if (headingOnly(t) && aloneInRow(texts[r], c)) {
        if (!block) {
          const p = b.startProject({
            ...EMPTY_CONTEXT(),
            project: named?.project ?? "",
            projectCell: named?.cell ?? null,
            area: named?.district ?? null,
            goal: goal?.text ?? "",
            goalCell: goal?.cell ?? null,
            row: named?.row ?? b.sheetRow(r),
          });
          block = { p, carried: { level1: null, level2: null } };
          named = null;
          goal = null;
        }
        addPackedCell(b, block.p, r, c, t, undefined, block.carried);
        read(r);
        continue;
      }
      const project = projectNamed(t);
      if (project) {
        dropIfEmpty(block?.p);
        block = null;
        named = { ...project, cell: b.addr(r, c), row: b.sheetRow(r) };
        goal = null;
        continue;
      }
      const goalLine = GOAL_LINE.exec(t);
      if (goalLine && !/\d/.test(goalLine[1])) {
        if (block && !block.p.goal) {
          block.p.goal = trimSpaces(goalLine[1]);
          block.p.goalCell = b.addr(r, c);
        } else if (!block) goal = { text: trimSpaces(goalLine[1]), cell: b.addr(r, c) };
        continue;
      }
      if (block) {
        if (addPackedCell(b, block.p, r, c, t, undefined, block.carried) > 0) read(r);
        continue;
      }
      if (t.length < 6 || !INDICATOR_TEXT.test(canon(t))) continue;
      // A packed cell on its own: a project of its own.
      const p = b.startProject({ ...EMPTY_CONTEXT(), row: b.sheetRow(r) });
      if (addPackedCell(b, p, r, c, t) > 0) read(r);
      else dropIfEmpty(p);
    }
    dropIfEmpty(block?.p);
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
