import * as path from "path";
import { parseFlags, UserError, type CliCommand } from "../io";
import { findWorksheet, worksheetToGrid } from "../../xlsx/read";
import { loadWorkbook } from "../../xlsx/files";
import { parseGrid } from "../../core/parse";
import { formatParseSummary, noTableMessage } from "../../core/summary";
import {
  blankRangeNote,
  blankSheetsNote,
  headerOnlyError,
  hiddenNote,
  hiddenSheetsWithTables,
  hiddenTablesNote,
  noWorksheets,
  officerSheets,
  sheetsWithTables,
  tablesElsewhereHint,
} from "../sheets";

export const parseCommand: CliCommand = {
  name: "parse",
  summary: {
    zh: "读取工作表中的绩效目标表，把每条指标拆成结构化字段。",
    en: "Read the performance-target table on a sheet and turn every indicator into structured fields.",
  },
  usage: "parse <file.xlsx> [--sheet NAME] [--range A1:F40] [--json]",
  async run(args, io) {
    const { flags, positional } = parseFlags(args, { strings: ["sheet", "range"], booleans: ["json"] });
    if (positional.length !== 1)
      throw new UserError(
        "请给出一个 .xlsx 文件。用法：parse <file.xlsx> [--sheet 名称] [--range A1:F40] [--json]",
        "Give one .xlsx file. Usage: parse <file.xlsx> [--sheet NAME] [--range A1:F40] [--json]",
      );
    const file = path.resolve(io.cwd, positional[0]);
    const wb = await loadWorkbook(file);
    if (wb.worksheets.length === 0) throw noWorksheets(file);
    const ws = findWorksheet(wb, flags.sheet as string | undefined);
    const grid = worksheetToGrid(ws, flags.range as string | undefined);
    const result = parseGrid(grid);
    // The other sheets, named when no --sheet was given: one sheet is read, and the officer should know.
    const others =
      flags.sheet === undefined
        ? officerSheets(wb)
            .filter((w) => w !== ws)
            .map((w) => w.name)
        : [];
    const hint =
      others.length > 0
        ? {
            zh: `本文件还有工作表：${others.join("、")}。读取其他工作表请加 --sheet 名称。`,
            en: `This file has other sheets too: ${others.join(", ")}. Add --sheet NAME to read another.`,
          }
        : null;
    if (result.tables.length === 0) {
      // Name the sheets that do hold a table (a cover page is often the active sheet).
      const m = noTableMessage(grid.sheet, flags.range === undefined ? "sheet" : "selection");
      const elsewhere = tablesElsewhereHint(sheetsWithTables(wb, ws).map((t) => t.sheet));
      // A table on a hidden sheet: named, with the --sheet that reads it.
      const hidden =
        flags.sheet === undefined ? hiddenTablesNote(file, hiddenSheetsWithTables(wb), true) : null;
      // A range or a sheet that holds nothing: said first, the plainer reason.
      const range = flags.range as string | undefined;
      const blank = range !== undefined ? blankRangeNote(ws, range, grid.values) : blankSheetsNote([ws]);
      const zh = [blank?.zh, m.zh, elsewhere?.zh, hidden?.zh].filter(Boolean).join("");
      const en = [blank?.en, m.en, elsewhere?.en, hidden?.en].filter(Boolean).join(" ");
      throw new UserError(zh, en);
    }
    const empty = headerOnlyError(file, result);
    if (empty) throw empty;
    // Hidden rows and columns were read too: the officer, who sees only the visible ones, should know.
    // The summary prints it with the other messages; beside --json it goes to stderr.
    const hidden = hiddenNote(result);
    if (flags.json) {
      io.stdout(JSON.stringify({ tables: result.tables, indicators: result.indicators }, null, 2) + "\n");
      if (hidden) io.stderr(`${hidden.zh}\n${hidden.en}\n`);
    } else {
      io.stdout(formatParseSummary(result, "zh") + "\n");
      if (hint) io.stdout(`${hint.zh}\n${hint.en}\n`);
    }
    return 0;
  },
};
