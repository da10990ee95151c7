/**
 * A table pasted from a PDF: each row arrives as one line of text in one cell, its columns run together
 * with spaces ("产出指标(70分) 数量指标 安装坡面水标尺 10 ≥240米 ≥240米 10"), and a merged cell's blanks
 * are simply missing. When such a line is a header of the rows layout (一级指标 二级指标 三级指标 分值
 * 年度指标值 …), the lines are cut into the header's columns, so that the ordinary table reader reads
 * them; every value keeps the address of the cell its line came from (see parse.ts).
 */
import { a1, columnLetters, parseA1, type Grid } from "../grid";
import type { ColumnRole, ParseMessage, ParseResult, TableInfo } from "../record";
import { canonLevel1, categoryOfLabel } from "../text/categories";
import { headerOf, type HeaderInfo } from "./layout";

export interface PastedLines {
  /** The grid's rows, each line cut into the header's columns (other rows as they were). */
  texts: string[][];
  /** Per grid row: the column its line sat in, or -1 when the row was not a line. */
  lineColumn: number[];
  /** Grid row of the header line. */
  headerRow: number;
}

/** The one non-empty cell of a row, or -1 when there is none or more than one. */
function onlyCell(row: readonly string[]): number {
  let at = -1;
  for (let c = 0; c < row.length; c++) {
    if (!row[c] || !row[c].trim()) continue;
    if (at >= 0) return -1;
    at = c;
  }
  return at;
}

const FOOT = /^(?:总分|合计|总计|小计|得分合计|备注|说明|注[:：])/;

const SPACES = /[ \t\u3000\u00a0]+/;

/** A line's words; a lone 指标 or a score note ("(70分)") torn from the word before joins it again. */
export function lineTokens(line: string): string[] {
  const out: string[] = [];
  for (const t of line.trim().split(SPACES)) {
    if (!t) continue;
    if (out.length > 0 && (t === "指标" || /^[(（]\s*\d+\s*分\s*[)）]$/.test(t))) out[out.length - 1] += t;
    else out.push(t);
  }
  return out;
}

/** A word that is a value, not part of a name: a number, a comparator, a direction or nature. */
const VALUE_WORD =
  /^(?:[≥≤<>=＞＜≧≦＝±+\-－]|不少于|不低于|不超过|不高于|大于|小于|高于|低于|达到|百分之|\d|正向|反向|定量|定性)/;

/**
 * A data line's words in the header's columns: category words first (一级, then 二级), then the name, then
 * one word a column for the columns right of the name. The name is the words before the first value
 * word; without one, as many words as leave one for each column right of it.
 */
export function alignLine(line: readonly string[], h: HeaderInfo, width: number): string[] {
  const out: string[] = new Array<string>(width).fill("");
  const nameCol = h.roles.level3 ?? h.roles.level2;
  if (nameCol === undefined) return out;
  // "社会 效益指标": a category word broken across a line in the PDF is one word again.
  const words = [...line];
  for (let k = 0; k < Math.min(3, words.length - 1); k++)
    if (!categoryOfLabel(words[k]) && categoryOfLabel(words[k] + words[k + 1]))
      words.splice(k, 2, words[k] + words[k + 1]);
  const tokens = words;
  let i = 0;
  const l1 = h.roles.level1;
  const l2 = h.roles.level2 !== nameCol ? h.roles.level2 : undefined;
  let filled1 = false;
  while (i < tokens.length && i < 2 && categoryOfLabel(tokens[i])) {
    // 成本指标 is a 一级 (2021) before a 二级 word, and a 二级 under 产出 (2015) before a name.
    const cost = canonLevel1(tokens[i]) === "成本指标" && !/经济|社会|生态|环境/.test(tokens[i]);
    const asLevel1 =
      canonLevel1(tokens[i]) !== null &&
      categoryOfLabel(tokens[i])?.level2 == null &&
      (!cost || (i + 1 < tokens.length && categoryOfLabel(tokens[i + 1]) !== null));
    if (asLevel1 && l1 !== undefined && !filled1) {
      out[l1] = tokens[i];
      filled1 = true;
    } else if (l2 !== undefined) out[l2] = tokens[i];
    else break;
    i++;
  }
  const rest = tokens.slice(i);
  const after: number[] = [];
  for (let c = nameCol + 1; c < width; c++) after.push(c);
  let nameLength = rest.findIndex((t, k) => k > 0 && VALUE_WORD.test(t));
  if (nameLength < 0) nameLength = Math.max(1, rest.length - after.length);
  out[nameCol] = rest.slice(0, nameLength).join(" ");
  const values = rest.slice(nameLength);
  // More words than columns: the last column (often a note) takes the rest, so that nothing is lost.
  for (let k = 0; k < values.length && after.length > 0; k++) {
    const c = after[Math.min(k, after.length - 1)];
    out[c] = out[c] ? `${out[c]} ${values[k]}` : values[k];
  }
  return out;
}

/**
 * The grid's lines cut into columns, when a line is a header of the rows layout and the lines under it
 * are lines too; null otherwise (a table of real columns is read as it is).
 */
export function pastedLines(texts: readonly string[][], width: number): PastedLines | null {
  for (let r = 0; r < texts.length; r++) {
    const c = onlyCell(texts[r]);
    if (c < 0) continue;
    const words = lineTokens(texts[r][c]);
    if (words.length < 3) continue;
    const h = headerOf(words, r);
    if (!h || h.layout !== "rows") continue;
    const columns = Math.max(width, words.length);
    const lineColumn: number[] = texts.map(() => -1);
    const out = texts.map((row, k) => {
      const at = onlyCell(row);
      if (k < r) {
        if (at < 0) return [...row];
        lineColumn[k] = at;
        return lineTokens(row[at]);
      }
      if (k === r) {
        lineColumn[k] = c;
        return words;
      }
      if (at < 0) return [...row];
      lineColumn[k] = at;
      const tokens = lineTokens(row[at]);
      // A header repeated on the next page stays a header; 总分 100 and 合计 are the table's foot.
      if (headerOf(tokens, k)) return tokens;
      return FOOT.test(tokens[0] ?? "") ? [row[at].trim()] : alignLine(tokens, h, columns);
    });
    return { texts: out, lineColumn, headerRow: r };
  }
  return null;
}

/**
 * The result read from the cut lines, told in the sheet's own cells: every address points at the cell
 * the line sat in, the table is marked as pasted lines, and a note says the lines were cut.
 */
export function resultOfLines(inner: ParseResult, lines: PastedLines, grid: Grid): ParseResult {
  const column = (row: number): number | null => {
    const k = row - grid.top;
    return k >= 0 && k < lines.lineColumn.length && lines.lineColumn[k] >= 0 ? lines.lineColumn[k] : null;
  };
  const at = (address: string): string => {
    const p = parseA1(address);
    const c = p ? column(p.row) : null;
    return p && c !== null ? a1(p.row, grid.left + c) : address;
  };
  const headerColumn = columnLetters(grid.left + lines.lineColumn[lines.headerRow]);
  const tables: TableInfo[] = inner.tables.map((t) => {
    const [from, to] = t.range.split(":").map(parseA1);
    const rows = from && to ? [from.row, to.row] : [grid.top + lines.headerRow, grid.top + lines.headerRow];
    const cols = lines.lineColumn.filter(
      (c, k) => c >= 0 && k + grid.top >= rows[0] && k + grid.top <= rows[1],
    );
    const left = grid.left + Math.min(...cols);
    const right = grid.left + Math.max(...cols);
    const columns: TableInfo["columns"] = {};
    for (const [role, col] of Object.entries(t.columns) as [ColumnRole, { column: string; header: string }][])
      columns[role] = { column: headerColumn, header: col.header };
    return {
      ...t,
      layout: "lines",
      columns,
      range: `${a1(rows[0], left)}:${a1(rows[1], right)}`,
    };
  });
  const first = tables.length > 0 ? Number(/\d+/.exec(tables[0].range)?.[0]) : grid.top + lines.headerRow;
  const last = tables.length > 0 ? Number(/\d+$/.exec(tables[tables.length - 1].range)?.[0]) : first;
  const note: ParseMessage = {
    level: "info",
    sheet: grid.sheet,
    text: {
      zh: `第 ${first}–${last} 行每行的各列挤在一个单元格里（像从 PDF 复制的表格），已按空格分到表头的各列读取；合并单元格的空缺无法看出，请在指标明细中核对。`,
      en: `Rows ${first}–${last} hold each row's columns in one cell (as a table copied from a PDF does); they were read by cutting at spaces into the header's columns. Blanks of merged cells cannot be seen there: check the indicators sheet.`,
    },
  };
  return {
    tables,
    projects: inner.projects.map((p) => ({
      ...p,
      goalCell: p.goalCell && at(p.goalCell),
      projectCell: p.projectCell && at(p.projectCell),
    })),
    indicators: inner.indicators.map((i) => ({ ...i, cell: at(i.cell) })),
    messages: [note, ...inner.messages.map((m) => (m.cell ? { ...m, cell: at(m.cell) } : m))],
  };
}
