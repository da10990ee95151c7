/**
 * A table pasted from a PDF: each row arrives as one line of text in one cell, its columns run together
 * with spaces ("产出指标(70分) 数量指标 安装坡面水标尺 10 ≥240米 ≥240米 10"), and a merged cell's blanks
 * are simply missing. When such a line is a header of the rows layout (一级指标 二级指标 三级指标 分值
 * 年度指标值 …), the lines are cut into the header's columns, so that the ordinary table reader reads
 * them; every value keeps the address of the cell its line came from (see parse/readGrid.ts).
 */
import { a1, columnLetters, parseA1, type Grid } from "../grid";
import type { ColumnRole, ParseMessage, ParseResult, TableInfo } from "../record";
import { canonLevel1, categoryOfLabel } from "../text/categories";
import { QUALITATIVE_TAIL } from "../text/sentences";
import { isKnownUnit, lexiconUnitAt } from "../text/units";
import { contextLabelRole, headerRole } from "./headers";
import { headerOf, type HeaderInfo } from "./layout";

export interface PastedLines {
  /** The grid's rows, each line cut into the header's columns (other rows as they were). */
  texts: string[][];
  /** Per grid row: the column its line sat in, or -1 when the row was not a line. */
  lineColumn: number[];
  /** Grid row of the header line. */
  headerRow: number;
  /** Grid rows under the header with several cells of text: not lines, left out (and reported). */
  notLines: number[];
}

/**
 * The one cell of a row that holds text, or -1 when there is none or more than one. A line number
 * beside it (1 | 产出指标 数量指标 …, as a PDF numbers its lines) does not count.
 */
function onlyCell(row: readonly string[]): number {
  let at = -1;
  for (let c = 0; c < row.length; c++) {
    if (!row[c] || !row[c].trim() || LINE_NUMBER.test(row[c])) continue;
    if (at >= 0) return -1;
    at = c;
  }
  return at;
}

const COST_LEVEL2 = /(?:经济|社会|生态环境|生态)成本指标/;

const LINE_NUMBER = /^\s*(?:\d{1,4}|序号)\s*$/;

const FOOT = /^(?:总分|合计|总计|小计|得分合计|备注|说明|注[:：])/;

/** A page's number as a PDF prints it: — 3 —, - 12 -, 第3页, 第 3 页 共 5 页, 3/5. */
const PAGE_NUMBER = /^[\s\-—–]*(?:第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?|\d+\s*(?:\/\s*\d+)?)[\s\-—–]*$/;

const SPACES = /[ \t\u3000\u00a0]+/;

/**
 * A line's words. What the PDF's spacing tore apart is one word again: a lone 指标 or score note
 * ("(70分)") and the word before; a range (1 至 3); the parts of a date (2024年 11月 30日 前); and, for a
 * data line under header `h`, a comparator alone and its number (≥ 20) and a number and its unit
 * (20 公里, 1.2万 人).
 */
export function lineTokens(line: string, h?: HeaderInfo): string[] {
  // Where the table has a column for the comparator (指标性质, 指标方向) or the unit, ≥ and 公里 are
  // words of their own.
  const joins = {
    comparator: h !== undefined && h.roles.nature === undefined && h.roles.direction === undefined,
    unit: h !== undefined && h.roles.unit === undefined,
  };
  const out: string[] = [];
  for (const t of line.trim().split(SPACES)) {
    if (!t) continue;
    const last = out.length > 0 ? out[out.length - 1] : null;
    if (last !== null && joinsPrevious(last, t, joins)) out[out.length - 1] = last + t;
    else out.push(t);
  }
  return out;
}

const LONE_COMPARATOR = /^(?:[≥≤<>=＞＜≧≦＝]{1,2}|不少于|不低于|不超过|不高于|大于|小于|高于|低于|达到|约)$/;
const ENDS_WITH_NUMBER = /\d(?:\.\d+)?\s*(?:万|亿|千)?$/;
const DATE_PART =
  /^(?:\d{1,2}\s*(?:月|日|号)(?:底|末|中旬|上旬|下旬)?(?:前|以前|之前)?|前|以前|之前|底前|底|末)$/;

function joinsPrevious(last: string, t: string, joins: { comparator: boolean; unit: boolean }): boolean {
  if (t === "指标" || /^[(（]\s*\d+\s*分\s*[)）]$/.test(t)) return true;
  // 1 至 3 次, 80% - 90%: a range is one word.
  if (/[\d%]$/.test(last) && /^(?:至|到|~|～|-|—)$/.test(t)) return true;
  if (/\d%?\s*(?:至|到|~|～|-|—)$/.test(last) && /^\d/.test(t)) return true;
  if (joins.comparator && LONE_COMPARATOR.test(last) && /^[\d.]/.test(t)) return true;
  if (/[年月日]$/.test(last) && /\d\s*年|\d\s*月/.test(last) && DATE_PART.test(t)) return true;
  return joins.unit && ENDS_WITH_NUMBER.test(last) && /\d/.test(last) && isUnitWord(t);
}

/** A word that is nothing but a unit: 公里, %, 人次, 万元. */
function isUnitWord(t: string): boolean {
  if (t === "%" || t === "％" || t === "‰") return true;
  if (t.length > 4 || /\d/.test(t)) return false;
  const bare = t.replace(/^(?:万|亿|千)/, "");
  return bare !== "" && lexiconUnitAt(bare, 0) === bare;
}

/** A word that is a value, not part of a name: a number, a comparator, a direction or nature. */
const VALUE_WORD =
  /^(?:[≥≤<>=＞＜≧≦＝±+\-－]|不少于|不低于|不超过|不高于|大于|小于|高于|低于|达到|百分之|\d|正向|反向|定量|定性|区间|等于)/;

/**
 * A data line's words in the header's columns: category words first (一级, then 二级), then the name, then
 * one word a column for the columns right of the name. The name is the words before the first value
 * word; without one, as many words as leave one for each column right of it.
 */
export function alignLine(
  line: readonly string[],
  h: HeaderInfo,
  width: number,
  costFirst = false,
): string[] {
  const out: string[] = new Array<string>(width).fill("");
  const nameCol = h.roles.level3 ?? h.roles.level2;
  if (nameCol === undefined) return out;
  // "社会 效益指标": a category word broken across a line in the PDF is one word again.
  const words = [...line];
  // Only short pieces: "人均培训成本 反向指标" is a name and a direction, not 成本…指标.
  for (let k = 0; k < Math.min(3, words.length - 1); k++)
    if (
      words[k].length <= 5 &&
      !VALUE_WORD.test(words[k + 1]) &&
      !categoryOfLabel(words[k]) &&
      categoryOfLabel(words[k] + words[k + 1])
    )
      words.splice(k, 2, words[k] + words[k + 1]);
  const l1 = h.roles.level1;
  const l2 = h.roles.level2 !== nameCol ? h.roles.level2 : undefined;
  // 项目名称 | 年度绩效目标 | 一级指标 …: a project's first line starts with its own columns, up to the
  // first category word; one word a column, the last of them taking the rest (a goal has spaces).
  const firstCategoryCol = Math.min(l1 ?? nameCol, l2 ?? nameCol, nameCol);
  const leftCols = Object.values(h.roles)
    .filter((c): c is number => c !== undefined && c < firstCategoryCol)
    .sort((a, b) => a - b);
  let tokens = words;
  const firstCategory = leftCols.length > 0 ? tokens.findIndex((t) => categoryOfLabel(t) !== null) : -1;
  if (firstCategory > 0) {
    const left = tokens.slice(0, firstCategory);
    left.forEach((t, k) => {
      const c = leftCols[Math.min(k, leftCols.length - 1)];
      out[c] = out[c] ? joinWords([out[c], t]) : t;
    });
    tokens = tokens.slice(firstCategory);
  }
  let i = 0;
  let filled1 = false;
  while (i < tokens.length && i < 2 && categoryOfLabel(tokens[i])) {
    // 成本指标 is a 一级 (2021: `costFirst`, or before a 二级 word), and a 二级 under 产出 (2015) before a name.
    const cost = canonLevel1(tokens[i]) === "成本指标" && !/经济|社会|生态|环境/.test(tokens[i]);
    const asLevel1 =
      canonLevel1(tokens[i]) !== null &&
      categoryOfLabel(tokens[i])?.level2 == null &&
      (!cost || costFirst || (i + 1 < tokens.length && categoryOfLabel(tokens[i + 1]) !== null));
    if (asLevel1 && l1 !== undefined && !filled1) {
      out[l1] = tokens[i];
      filled1 = true;
    } else if (l2 !== undefined) out[l2] = tokens[i];
    else break;
    i++;
  }
  const rest = withDegreeWords(tokens.slice(i));
  const after: number[] = [];
  for (let c = nameCol + 1; c < width; c++) after.push(c);
  // The name ends at the first value word — not at a building's or batch's number inside it (新建 2 号
  // 泵站) — and is empty when the line starts with a comparator or a nature word (its 三级 left blank).
  let nameLength = rest.findIndex(
    (t, k) => (k > 0 || (i > 0 && DIRECTION_WORD.test(t))) && VALUE_WORD.test(t) && !insideName(rest, k),
  );
  // No value word: a qualitative target starts at its degree word (城乡 环境 面貌 明显改善);
  // else the name takes as many words as leave one for each column right of it.
  if (nameLength < 0) nameLength = rest.findIndex((t, k) => k > 0 && QUALITATIVE_START.test(t));
  if (nameLength < 0) nameLength = Math.max(1, rest.length - after.length);
  out[nameCol] = joinWords(rest.slice(0, nameLength));
  const values = rest.slice(nameLength);
  // 群众生活条件明显改善 and nothing after it: the change closing the name is the target.
  const targetCol = h.roles.target;
  const tail = values.length === 0 && targetCol !== undefined ? QUALITATIVE_TAIL.exec(out[nameCol]) : null;
  if (tail && tail.index >= 2 && targetCol !== undefined) {
    out[targetCol] = out[nameCol].slice(tail.index);
    out[nameCol] = out[nameCol].slice(0, tail.index);
  }
  // Each word goes to the next column it can stand in: a 分值 column takes a bare number, a 指标性质 or
  // 指标方向 column a direction or comparator, a unit column a unit — a column whose word the PDF left
  // out is skipped. A word no column ahead takes joins the column before (明显 提高 → 明显提高), and the
  // last column (often a note) takes the rest, so that nothing is lost.
  const kinds = after.map((c) => columnKind(h, c));
  let k = 0;
  let lastFilled = -1;
  for (const w of values) {
    if (after.length === 0) break;
    let at = k;
    while (at < after.length - 1 && !fits(kinds[at], w)) at++;
    if (!fits(kinds[at], w) && lastFilled >= 0) at = lastFilled;
    const c = after[at];
    out[c] = out[c] ? joinWords([out[c], w]) : w;
    lastFilled = at;
    k = Math.min(at + 1, after.length - 1);
  }
  return out;
}

type ColumnKind = "score" | "comparator" | "unit" | "any";

function columnKind(h: HeaderInfo, col: number): ColumnKind {
  if (h.roles.weight === col) return "score";
  if (h.roles.nature === col || h.roles.direction === col) return "comparator";
  if (h.roles.unit === col) return "unit";
  return "any";
}

const DIRECTION_WORD =
  /^(?:正向|反向|定量|定性|正向指标|反向指标|[≥≤<>=＞＜≧≦＝]{1,2}|大于|小于|等于|不低于|不高于|不少于|不超过|区间)$/;

function fits(kind: ColumnKind, w: string): boolean {
  if (kind === "score") return /^\d{1,3}(?:\.\d+)?分?$/.test(w);
  if (kind === "comparator") return DIRECTION_WORD.test(w);
  if (kind === "unit") return isUnitWord(w) || isKnownUnit(w);
  return true;
}

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** Words joined again: no space beside a Chinese character (the PDF's, not the writer's: 新建 2 号泵站). */
function joinWords(words: readonly string[]): string {
  let out = "";
  for (const w of words) {
    if (!out) out = w;
    else out += CJK.test(out[out.length - 1]) || CJK.test(w[0]) ? w : ` ${w}`;
  }
  return out;
}

const DEGREE_WORDS = "明显|显著|有效|进一步|持续|逐步|稳步|大幅|不断|有所|得到|全面|较大";
const CHANGE_WORDS =
  "提升|提高|改善|增强|加强|减少|降低|下降|增加|优化|好转|稳定|改观|保障|落实|完善|健全|发挥|丰富|改进|规范|扩大|巩固|满足|推进|增长|缩小|便利";
const DEGREE = new RegExp(`^(?:${DEGREE_WORDS})$`);
const CHANGE = new RegExp(`^(?:${CHANGE_WORDS})`);
/** A qualitative target's first word, a degree: 明显改善, 持续优化 (a change alone may be a noun: 便利度, 保障). */
const QUALITATIVE_START = new RegExp(`^(?:${DEGREE_WORDS})`);
/** Words after a number that make it part of a name: 2 号泵站, 3 期工程. */
const ORDINAL = /^(?:号|#|期|批|标段|年级)/;
/** Words that are a target or an actual value, not the rest of a name: 完成, 达标, 是, 优. */
const RESULT_WORD = /^(?:已?完成|达标|达到|是|否|无|有|良好|优|良|中|差|合格|不合格|通过|正常|持续)/;

/**
 * Whether the number at `k` is inside the name: before 号/期/批 (新建 2 号 泵站), or a count with its
 * measure word before more of the name (改造 3 座 闸门 ≥ 3 座) — not a bare 分值 before a target (10 显著提升).
 */
function insideName(words: readonly string[], k: number): boolean {
  const t = words[k];
  if (ORDINAL.test(words[k + 1] ?? "")) return true;
  if (!/^\d/.test(t)) return false;
  // The count's measure word is glued to it (3座) or the next word (3 座); the word after it decides.
  let j = k + 1;
  let measured = /^\d+(?:\.\d+)?[\u4e00-\u9fff]/.test(t);
  if (!measured && isUnitWord(words[j] ?? "")) {
    measured = true;
    j++;
  }
  const next = words[j] ?? "";
  return (
    measured &&
    /^[\u4e00-\u9fff]/.test(next) &&
    !VALUE_WORD.test(next) &&
    !isUnitWord(next) &&
    !QUALITATIVE_START.test(next) &&
    !RESULT_WORD.test(next)
  );
}

/** "明显 提高": a degree word and the change it qualifies are one target. */
function withDegreeWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const last = out.length > 0 ? out[out.length - 1] : null;
    if (last !== null && DEGREE.test(last) && CHANGE.test(w)) out[out.length - 1] = last + w;
    else out.push(w);
  }
  return out;
}

/**
 * The line (grid row and column) of a header whose columns run together in one cell (项目名称 绩效目标
 * 绩效指标), of any layout — for telling the officer why no table was read from it.
 */
export function headerLine(texts: readonly string[][]): { row: number; col: number } | null {
  for (let r = 0; r < texts.length; r++) {
    const c = onlyCell(texts[r]);
    if (c < 0) continue;
    const words = lineTokens(texts[r][c]);
    if (words.length >= 2 && headerOf(words, r)) return { row: r, col: c };
  }
  return null;
}

/**
 * The grid's lines cut into columns, when a line is a header of the rows layout and the lines under it
 * are lines too; null otherwise (a table of real columns is read as it is).
 */
export function pastedLines(texts: readonly string[][]): PastedLines | null {
  for (let r = 0; r < texts.length; r++) {
    const c = onlyCell(texts[r]);
    if (c < 0) continue;
    const first = lineTokens(texts[r][c]);
    if (first.length < 3) continue;
    const h0 = headerOf(first, r);
    if (!h0 || h0.layout !== "rows") continue;
    const header = withContinuation(texts, r, first);
    const h = headerOf(header.words, r) ?? h0;
    // A line's words go into the header's columns only (a note beyond them is no column of the table).
    const columns = header.words.length;
    // A 经济成本指标 (or 社会, 生态环境) anywhere under the header: the 2021 framework, 成本指标 a 一级.
    const costFirst = texts.some((row, k) => k > r && row.some((t) => COST_LEVEL2.test(t ?? "")));
    const lineColumn: number[] = texts.map(() => -1);
    // After the foot (总分, 合计) lines are notes and signatures until a header starts a table again.
    let ended = false;
    const notLines: number[] = [];
    const out: string[][] = [];
    for (let k = 0; k < texts.length; k++) {
      const row = texts[k];
      const at = onlyCell(row);
      if (k < r) {
        if (at >= 0) lineColumn[k] = at;
        out.push(at < 0 ? [...row] : contextTokens(lineTokens(row[at])));
        continue;
      }
      if (k === r) {
        lineColumn[k] = c;
        out.push(header.words);
        if (header.next) {
          lineColumn[++k] = header.next.column;
          out.push([]);
        }
        continue;
      }
      // A line number alone (its line blank) is no data; a row of several cells among the lines is not
      // read as part of them (it is reported).
      if (at < 0) {
        if (!row.every((t) => !t || !t.trim() || LINE_NUMBER.test(t))) notLines.push(k);
        out.push([]);
        continue;
      }
      lineColumn[k] = at;
      const plain = lineTokens(row[at]);
      // A header repeated on the next page stays a header (with its wrapped second line) — not a data
      // line that happens to hold two header words (产出指标 数量指标 产业 项目 数量 …).
      const again = headerOf(plain, k);
      if (again && (again.layout === "rows" || again.signature === h.signature)) {
        ended = false;
        const repeated = withContinuation(texts, k, plain);
        out.push(repeated.words);
        if (repeated.next) {
          lineColumn[++k] = repeated.next.column;
          out.push([]);
        }
        continue;
      }
      // The next project's 项目名称 line.
      if (contextLabelRole(plain[0] ?? "")) {
        out.push(contextTokens(plain));
        continue;
      }
      const tokens = lineTokens(row[at], h);
      if (FOOT.test(tokens[0] ?? "")) ended = true;
      // The foot and what follows it, a page's number, and a lone word (a wrapped cell's last line,
      // whose column cannot be told) are kept whole in the line's cell: reported, never an indicator.
      if (ended || PAGE_NUMBER.test(row[at]) || (tokens.length === 1 && !categoryOfLabel(tokens[0])))
        out.push([row[at].trim()]);
      else out.push(alignLine(tokens, h, columns, costFirst));
    }
    return { texts: out, lineColumn, headerRow: r, notLines };
  }
  return null;
}

/** Column names a header may have besides the roles the reader knows (a self-evaluation's columns). */
const OTHER_COLUMN =
  /^(?:分值|得分|权重|全年实际值|年度实际值|实际完成值|实际值|完成值|实际完成情况|偏差原因.*|未完成原因.*|.*改进措施|备注|说明|指标解释|评分标准|评\(扣\)分标准|评（扣）分标准|扣分原因)$/;

/**
 * A header whose cells wrapped in the PDF: its next line holds the rest of its columns (… 分值 年度指标值
 * / 全年实际值 得分 偏差原因), or the 指标 of 一级 / 二级 / 三级 written under them.
 */
function withContinuation(
  texts: readonly string[][],
  r: number,
  words: string[],
): { words: string[]; next: { column: number } | null } {
  const column = r + 1 < texts.length ? onlyCell(texts[r + 1]) : -1;
  if (column < 0) return { words, next: null };
  const raw = texts[r + 1][column].trim().split(SPACES).filter(Boolean);
  if (raw.length > 0 && raw.every((t) => t === "指标")) {
    const out = [...words];
    let left = raw.length;
    for (let i = 0; i < out.length && left > 0; i++)
      if (/^(?:一级|二级|三级)$/.test(out[i])) {
        out[i] += "指标";
        left--;
      }
    return left < raw.length ? { words: out, next: { column } } : { words, next: null };
  }
  if (raw.length > 0 && raw.every((t) => headerRole(t) !== null || OTHER_COLUMN.test(t)))
    return { words: [...words, ...raw], next: { column } };
  return { words, next: null };
}

/** 项目名称 社区 治理 提升 主管部门 某局: a label's words, joined, up to the next label. */
function contextTokens(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let words: string[] = [];
  const flush = () => {
    if (words.length > 0) out.push(joinWords(words));
    words = [];
  };
  for (const t of tokens) {
    if (contextLabelRole(t) || headerRole(t) || FORM_WORD.test(t)) {
      flush();
      out.push(t);
    } else words.push(t);
  }
  flush();
  return out;
}

/** Other words of a form's head, each a cell of its own: 项目金额 85, 单位：万元, 年初预算数. */
const FORM_WORD = /[:：\d]|金额|资金总额|项目资金|预算|执行|属性|分值|得分|期限|万元|目标$|情况$/;

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
  // The sheet rows each table spans (its range's columns are the cut's, not the sheet's).
  const spans = inner.tables.map((t) => {
    const [from, to] = t.range.split(":").map(parseA1);
    return from && to ? [from.row, to.row] : [grid.top + lines.headerRow, grid.top + lines.headerRow];
  });
  const tables: TableInfo[] = inner.tables.map((t, n) => {
    const rows = spans[n];
    const cols = lines.lineColumn.filter(
      (c, k) => c >= 0 && k + grid.top >= rows[0] && k + grid.top <= rows[1],
    );
    const left = grid.left + (cols.length > 0 ? Math.min(...cols) : 0);
    const right = grid.left + (cols.length > 0 ? Math.max(...cols) : 0);
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
  const first = spans.length > 0 ? spans[0][0] : grid.top + lines.headerRow;
  const last = spans.length > 0 ? spans[spans.length - 1][1] : first;
  const rows = first === last ? `${first}` : `${first}–${last}`;
  const note: ParseMessage = {
    level: "info",
    sheet: grid.sheet,
    text: {
      zh: `第 ${rows} 行每行的各列挤在一个单元格里（像从 PDF 复制的表格），已按空格分到表头的各列读取；合并单元格的空缺无法看出，请在指标明细中核对。`,
      en: `Row(s) ${rows} hold each row's columns in one cell (as a table copied from a PDF does); they were read by cutting at spaces into the header's columns. Blanks of merged cells cannot be seen there: check the indicators sheet.`,
    },
  };
  const notLines = lines.notLines.map((k) => grid.top + k);
  const leftOut: ParseMessage[] =
    notLines.length === 0
      ? []
      : [
          {
            level: "info",
            sheet: grid.sheet,
            text: {
              zh: `第 ${notLines.join("、")} 行有多个单元格，不是挤在一格里的一行，未随这些行读取。`,
              en: `Row(s) ${notLines.join(", ")} hold several cells, not one line in one cell, and were not read with these lines.`,
            },
          },
        ];
  return {
    tables,
    projects: inner.projects.map((p) => ({
      ...p,
      goalCell: p.goalCell && at(p.goalCell),
      projectCell: p.projectCell && at(p.projectCell),
    })),
    indicators: inner.indicators.map((i) => ({ ...i, cell: at(i.cell) })),
    messages: [note, ...leftOut, ...inner.messages.map((m) => (m.cell ? { ...m, cell: at(m.cell) } : m))],
  };
}

/** A table pasted into one cell, its rows the cell's lines and its columns cut by tabs or | (TableInCell). */
export interface TableInCell {
  /** The grid's rows, the cell's lines each a row of its own, cut into columns. */
  values: string[][];
  /** Per row of `values`: the grid row it came from. */
  rowOf: number[];
  /** Per row of `values`: the column of the cell it came from, or -1 for a row of the grid as it was. */
  cellOf: number[];
}

/** A tab or a | (｜) between a line's columns. */
const CELL_COLUMN_MARK = /\t|[|｜]/;

/** A line's columns, cut at its tabs or its bars (a bar closing the line closes its last column). */
function cellColumns(line: string): string[] {
  const parts = line.split(line.includes("\t") ? "\t" : /[|｜]/).map((t) => t.trim());
  if (parts.length > 1 && parts[parts.length - 1] === "" && !line.includes("\t")) parts.pop();
  if (parts.length > 1 && parts[0] === "" && /^\s*[|｜]/.test(line)) parts.shift();
  return parts;
}

/**
 * 一级指标|二级指标|三级指标|指标值⏎产出指标|数量指标|…, or the same cut by tabs (a Word table pasted into one
 * cell, a merged cell's blank left as an empty column): the cell whose lines hold a rows header cut so, with
 * the lines under it, as rows of their own — the grid to read instead; null where no cell holds one.
 */
export function tableInCell(texts: readonly string[][]): TableInCell | null {
  for (let r = 0; r < texts.length; r++) {
    for (let c = 0; c < texts[r].length; c++) {
      const t = texts[r][c];
      if (!t || t.indexOf("\n") < 0 || !CELL_COLUMN_MARK.test(t)) continue;
      const lines = t.split("\n");
      const head = lines.findIndex((line) => {
        if (!CELL_COLUMN_MARK.test(line)) return false;
        const cols = cellColumns(line);
        return cols.length >= 3 && headerOf(cols, r)?.layout === "rows";
      });
      // (A header and at least one line under it cut alike.)
      if (head < 0 || !lines.slice(head + 1).some((line) => CELL_COLUMN_MARK.test(line))) continue;
      const values: string[][] = [];
      const rowOf: number[] = [];
      const cellOf: number[] = [];
      for (let k = 0; k < texts.length; k++) {
        if (k !== r) {
          values.push([...texts[k]]);
          rowOf.push(k);
          cellOf.push(-1);
          continue;
        }
        // The cells beside it stay on the first line's row.
        const beside = texts[k].map((x, j) => (j === c ? "" : x));
        let first = true;
        for (let i = 0; i < lines.length; i++) {
          if (!lines[i].trim()) continue;
          const cols =
            i >= head && CELL_COLUMN_MARK.test(lines[i]) ? cellColumns(lines[i]) : [lines[i].trim()];
          values.push(first ? [...cols, ...beside.slice(cols.length)] : cols);
          rowOf.push(k);
          cellOf.push(c);
          first = false;
        }
      }
      return { values, rowOf, cellOf };
    }
  }
  return null;
}

/** What was read from a table in a cell (tableInCell), told in the sheet's own rows and that cell. */
export function resultOfCellTable(inner: ParseResult, cut: TableInCell, grid: Grid): ParseResult {
  const rowAt = (row: number): number => {
    const k = row - grid.top;
    return k >= 0 && k < cut.rowOf.length ? grid.top + cut.rowOf[k] : row;
  };
  const at = (address: string): string => {
    const p = parseA1(address);
    if (!p) return address;
    const k = p.row - grid.top;
    if (k < 0 || k >= cut.rowOf.length) return address;
    return a1(grid.top + cut.rowOf[k], cut.cellOf[k] >= 0 ? grid.left + cut.cellOf[k] : p.col);
  };
  // Every row and cell the records name, wherever they name one (weights, totals, a prior year's).
  const remap = <T>(v: T): T => {
    if (Array.isArray(v)) return v.map(remap) as T;
    if (v === null || typeof v !== "object") return v;
    const out: Record<string, unknown> = {};
    for (const [key, x] of Object.entries(v as Record<string, unknown>)) {
      if ((key === "row" || key === "headerRow") && typeof x === "number") out[key] = rowAt(x);
      else if (/(?:^c|C)ell$/.test(key) && typeof x === "string") out[key] = at(x);
      else if (key === "range" && typeof x === "string")
        out[key] = x
          .split(":")
          .map((a) => at(a))
          .filter((a, i, all) => all.indexOf(a) === i)
          .join(":");
      else out[key] = remap(x);
    }
    return out as T;
  };
  const tables: TableInfo[] = inner.tables.map((t) => ({ ...remap(t), layout: "lines" }));
  const cellRow = cut.cellOf.findIndex((c) => c >= 0);
  const cell = a1(grid.top + cut.rowOf[cellRow], grid.left + cut.cellOf[cellRow]);
  const note: ParseMessage = {
    level: "info",
    sheet: grid.sheet,
    cell,
    text: {
      zh: `${cell} 单元格里粘贴了一张表格（各行分行、各列以制表符或“|”分开），已按行和列读取；合并单元格的空缺请在指标明细中核对。`,
      en: `Cell ${cell} holds a whole table pasted into it (a line a row, its columns cut by tabs or "|"); it was read row by row. Check merged cells' blanks in the indicators sheet.`,
    },
  };
  return {
    tables,
    projects: remap(inner.projects),
    indicators: remap(inner.indicators),
    messages: [note, ...remap(inner.messages)],
  };
}
