/** Messages about what was read and what was not. */
import { columnLetters, type Grid, parseRange } from "../grid";
import { numberRuns } from "../numberRuns";
import { canon } from "../text/chars";
import { isErrorValue } from "../text/target";
import { Builder } from "./builder";
import { NO_TABLE_TEXT } from "./noTable";

/** E 列“指标值（或计划水平）” → column E (指标值（或计划水平）). */
export function english(column: string): string {
  return column.replace(/^(\S+) 列“(.*)”$/, "column $1 ($2)");
}

/**
 * Warnings for cells read as no target although Excel shows something there: an error value (#DIV/0!)
 * and, in a file written by a program, a formula saved without its result.
 */
export function cellsNotRead(b: Builder, grid: Grid): void {
  // #DIV/0!, #N/A: a formula that failed where the target should be (read as no target, kind empty).
  const errors = b.indicators.filter(
    (i) =>
      i.kind === "empty" &&
      (i.target.includes("#") || i.target.includes("＃")) &&
      isErrorValue(canon(i.target)),
  );
  if (errors.length > 0) {
    const cells = errors.map((i) => `${i.cell}（${i.target.trim()}）`).join("、");
    b.messages.push({
      level: "warning",
      sheet: grid.sheet,
      text: {
        zh: `单元格 ${cells} 是 Excel 错误值（公式出错），未作为目标值读取；请修正公式或填写目标值。`,
        en: `Cell(s) ${cells.replace(/（/g, " (").replace(/）/g, ")")} hold an Excel error value (a failed formula) and were not read as targets; fix the formula or type the target.`,
      },
    });
  }
  const inTable = ([r, c]: readonly [number, number, ...unknown[]]) =>
    b.tables.some((t) => {
      const range = parseRange(t.range);
      const row = grid.top + r;
      const col = grid.left + c;
      return !!range && row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
    });
  // Error values the gateway read as blank (Grid.errors): wherever they stand in a table — a name, a
  // goal, a target — said as what they are, never read as text.
  const errorCells = (grid.errors ?? []).filter(inTable);
  if (errorCells.length > 0) {
    const cells = errorCells.map(([r, c, text]) => `${b.addr(r, c)}（${text}）`).join("、");
    b.messages.push({
      level: "warning",
      sheet: grid.sheet,
      code: "ERROR-VALUES",
      text: {
        zh: `单元格 ${cells} 是 Excel 错误值（公式出错），未作读取，按空白处理；请核对原表，修正公式或填写内容。`,
        en: `Cell(s) ${cells.replace(/（/g, " (").replace(/）/g, ")")} hold an Excel error value (a failed formula) and were read as blank; check the original table, fix the formula or type the content.`,
      },
    });
  }
  const inTables = (grid.uncomputed ?? []).filter(inTable);
  if (inTables.length > 0) {
    const cells = inTables.map(([r, c]) => b.addr(r, c)).join("、");
    b.messages.push({
      level: "warning",
      sheet: grid.sheet,
      text: {
        zh: `单元格 ${cells} 是公式，但文件中没有保存计算结果（文件可能由其他程序生成），因此读作空白。请在 Excel 中打开该文件并保存，再重新读取。`,
        en: `Cell(s) ${cells} hold formulas whose results were not saved in the file (it may have been written by another program), so they were read as blank. Open the file in Excel, save it, and read it again.`,
      },
    });
  }
}

/**
 * Info and warnings on what a grid holds but was not read: rows of text with no indicator, failed or
 * unsaved formulas, long-term indicators set aside for the year's, target columns not read.
 */
export function reportRowsNotRead(
  b: Builder,
  grid: Grid,
  skippedRows: number[],
  longTermRows: number[],
  targetsSetAside: { row: number; read: string; others: string[] }[],
): void {
  if (skippedRows.length > 0) {
    const rows = skippedRows.join("、");
    b.messages.push({
      level: "info",
      sheet: grid.sheet,
      text: {
        zh: `第 ${rows} 行在表格中或表格下方有文字，但没有指标名称或指标值，未作为指标读取（如表下的说明）。`,
        en: `Row(s) ${skippedRows.join(", ")} hold text in or under the table but no indicator name or target, so they were not read as indicators (e.g. notes under the table).`,
      },
    });
  }
  cellsNotRead(b, grid);
  if (longTermRows.length > 0) {
    b.messages.push({
      level: "info",
      sheet: grid.sheet,
      text: {
        zh: `第 ${longTermRows.join("、")} 行是长期（实施期）绩效指标，表中另有年度绩效指标，审核按年度指标进行，这些行未作为指标读取。`,
        en: `Row(s) ${longTermRows.join(", ")} hold long-term (implementation-period) indicators; the table also has the year's indicators, which are the ones reviewed, so these rows were not read as indicators.`,
      },
    });
  }
  for (const { row, read, others } of targetsSetAside)
    b.messages.push({
      level: "info",
      sheet: grid.sheet,
      text: {
        zh: `第 ${row} 行的表头有多个指标值列：审核按 ${read}进行，${others.join("、")}未作为指标读取。`,
        en: `The header in row ${row} has several target columns: the review reads ${english(read)}; ${others.map(english).join(", ")} ${others.length > 1 ? "were" : "was"} not read as indicators.`,
      },
    });
}

/** A header line whose columns all sit in one cell (a table copied from a PDF): how to do better. */
export function reportHeaderInOneCell(b: Builder, line: { row: number; col: number }): void {
  const grid = b.grid;
  // 项目名称 绩效目标 绩效指标 in one cell: columns of long texts cannot be told apart at spaces (and a
  // header line with no lines under it reads nothing). What reads as indicator text was read without
  // its project; the officer is told how to do better.
  const row = b.sheetRow(line.row);
  b.messages.push({
    level: b.tables.length === 0 ? "error" : "warning",
    sheet: grid.sheet,
    cell: b.addr(line.row, line.col),
    text: {
      zh: `第 ${row} 行像是表头，但各列挤在一个单元格里（像从 PDF 复制的表格），无法按空格把它下面的各行分到各列。请先用 Excel 的“数据 → 分列”把各列分到单独的列中，再选中表格读取。`,
      en: `Row ${row} looks like a header whose columns all sit in one cell (as in a table copied from a PDF); the rows under it cannot be split into its columns at spaces. Split them into columns first (Excel: Data → Text to Columns), then select the table and read it again.`,
    },
  });
}

/** No table found: what was expected. */
export function reportNoTable(b: Builder): void {
  const grid = b.grid;
  b.messages.push({ level: "error", sheet: grid.sheet, text: { ...NO_TABLE_TEXT } });
}

/**
 * The hidden rows and columns inside the tables read (grid.hidden): read like the rest, which the
 * officer, seeing only the visible rows, may not expect. Nothing when the tables have none.
 */
export function reportHiddenParts(b: Builder): void {
  const { grid } = b;
  const hidden = grid.hidden;
  if (!hidden) return;
  const boxes = b.tables.map((t) => parseRange(t.range)).filter((x) => x !== null);
  const inRows = (r: number) => boxes.some((x) => r >= x.top && r <= x.bottom);
  const inColumns = (c: number) => boxes.some((x) => c >= x.left && c <= x.right);
  const sorted = (xs: readonly number[], keep: (n: number) => boolean) =>
    [...new Set(xs)].filter(keep).sort((p, q) => p - q);
  const rows = sorted(hidden.rows, inRows);
  const filtered = sorted(hidden.filteredRows ?? [], inRows);
  const columns = sorted(hidden.columns, inColumns);
  if (rows.length + filtered.length + columns.length === 0) return;
  const zh: string[] = [];
  const en: string[] = [];
  if (filtered.length > 0) {
    zh.push(`筛选隐藏的第 ${numberRuns(filtered, "、")} 行`);
    en.push(`rows ${numberRuns(filtered, ", ")} left out by the filter`);
  }
  if (rows.length > 0) {
    zh.push(`隐藏的第 ${numberRuns(rows, "、")} 行`);
    en.push(`hidden rows ${numberRuns(rows, ", ")}`);
  }
  if (columns.length > 0) {
    zh.push(`隐藏的 ${numberRuns(columns, "、", columnLetters)} 列`);
    en.push(`hidden columns ${numberRuns(columns, ", ", columnLetters)}`);
  }
  b.messages.push({
    level: "info",
    code: "HIDDEN-PARTS",
    sheet: grid.sheet,
    text: {
      zh: `工作表“${grid.sheet}”的表格中有${zh.join("，")}，已与其他行列一样读取。`,
      en: `The table on sheet "${grid.sheet}" has ${en.join("; ")}; they were read like the rest.`,
    },
  });
}

/**
 * Columns a header sets among its place columns that name no place (姑苏区 | 市直 | 吴中区): their targets
 * were not read; named so that the officer can write the place or read the column another way.
 */
export function reportNotPlaces(b: Builder, row: number, columns: readonly string[]): void {
  if (columns.length === 0) return;
  b.messages.push({
    level: "warning",
    sheet: b.grid.sheet,
    text: {
      zh: `第 ${row} 行的表头中，${columns.join("、")}夹在各地区的列之间，但不像地名（区、县、市、乡镇或园区），该列的指标值未读取；如是一个地区，请写明其全称（如“某某区”）。`,
      en: `In the header in row ${row}, ${columns.map(english).join(", ")} ${columns.length > 1 ? "stand" : "stands"} among the place columns but ${columns.length > 1 ? "name" : "names"} no place (district, county, city, town or park), so ${columns.length > 1 ? "their" : "its"} targets were not read; if it is a place, write its full name (e.g. 某某区).`,
    },
  });
}

/**
 * 合计, 全市 beside the places' columns (全市 | 洮北区 | 洮南市): no place, so no project of its own; its figure is
 * kept as each row's total with the places' records, for the comparison to check against their sum. Said, so
 * that the city-wide targets are not taken for dropped.
 */
export function reportTotalColumns(b: Builder, row: number, columns: readonly string[]): void {
  if (columns.length === 0) return;
  const many = columns.length > 1;
  b.messages.push({
    level: "info",
    sheet: b.grid.sheet,
    text: {
      zh: `第 ${row} 行的表头中，${columns.join("、")}是各地区的合计（总体目标），不是一个地区：其指标值未单独读作项目，而是记作同一行各地区指标的合计，对比时与各地区之和核对。`,
      en: `In the header in row ${row}, ${columns.map(english).join(", ")} ${many ? "are" : "is"} the total (overall target) of the place columns, no place: ${many ? "their" : "its"} targets were not read as a project of their own but kept as the total of each row's places, which the comparison checks against their sum.`,
    },
  });
}

/**
 * 合计 (总计, 全市) in a rows table's place column under the places' rows: no place, its rows kept as the totals
 * of the places' like-named indicators (placesTotal.ts). Said, so that the row is not taken for dropped.
 */
export function reportPlacesTotalRows(b: Builder, rows: readonly { row: number; header: string }[]): void {
  if (rows.length === 0) return;
  const headers = [...new Set(rows.map((x) => x.header))];
  const zhRows = rows.map((x) => x.row).join("、");
  const enRows = rows.map((x) => x.row).join(", ");
  const named = headers.map((h) => `“${h}”`).join("、");
  b.messages.push({
    level: "info",
    sheet: b.grid.sheet,
    text: {
      zh: `第 ${zhRows} 行（${named}）是各地区的合计，不是一个地区：未单独读作项目，而是记作各地区同名指标的合计，对比时与各地区之和核对。`,
      en: `Row(s) ${enRows} (${headers.join(", ")}) are the places' total, no place: not read as a project of their own but kept as the total of the places' indicators of the same name, which the comparison checks against their sum.`,
    },
  });
}

/**
 * 小计 (主城区小计) in a rows table's place column between groups of places: a group's subtotal, set aside (not
 * read as the place above's rows, nor checked). Said, so that the rows are not taken for dropped.
 */
export function reportSubtotalRows(b: Builder, rows: readonly { row: number; header: string }[]): void {
  if (rows.length === 0) return;
  const headers = [...new Set(rows.map((x) => x.header))];
  b.messages.push({
    level: "info",
    sheet: b.grid.sheet,
    text: {
      zh: `第 ${rows.map((x) => x.row).join("、")} 行（${headers.map((h) => `“${h}”`).join("、")}）是分组小计，不是一个地区，未读作指标。`,
      en: `Row(s) ${rows.map((x) => x.row).join(", ")} (${headers.join(", ")}) are a group's subtotal, no place, and were not read as indicators.`,
    },
  });
}

/**
 * A table headed 一级指标 / 二级指标 with rows of text under it that gave no indicator (a column read as another's,
 * or names not yet written): said, so that the project is not taken for one that writes no indicators.
 */
export function reportEmptyTables(b: Builder, texts: readonly string[][]): void {
  for (const t of b.tables) {
    if (t.indicators > 0 || t.headerRow === null || (!t.columns.level1 && !t.columns.level2)) continue;
    const first = t.headerRow - b.grid.top + 1;
    let filled = false;
    for (let r = first; r < Math.min(first + 4, texts.length) && !filled; r++) {
      let n = 0;
      for (const x of texts[r]) if (x && x.trim() && ++n >= 2) break;
      filled = n >= 2;
    }
    if (!filled) continue;
    const names = t.columns.level3 ?? t.columns.indicators;
    const zhColumn = names
      ? `（指标名称读自 ${names.column} 列“${names.header}”）`
      : "（未找到写指标名称的列）";
    const enColumn = names
      ? ` (names read from column ${names.column}, ${names.header})`
      : " (no column naming the indicators was found)";
    b.messages.push({
      level: "warning",
      sheet: b.grid.sheet,
      text: {
        zh: `第 ${t.headerRow} 行的表头下有内容，但未读出任何指标${zhColumn}。请核对表头各列的名称与下方各行是否对应，或是否尚未填写指标。`,
        en: `The rows under the header in row ${t.headerRow} hold text, but no indicator was read${enColumn}. Check that the header's column names match the rows under it, or whether the indicators are still to be written.`,
      },
    });
  }
}
