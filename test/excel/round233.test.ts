/**
 * Round 233: the Excel gateway under awkward real conditions, against office-addin-mock (an unloaded
 * property reads as an error string, never a throw: every test asserts on the values that come out).
 * Each test states, before the run, what the officer should see: a clear message in Chinese and
 * English, nothing lost, no cell changed that was not asked for.
 */

jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));

import { excelMock, type Mock } from "./officeMockGateway";
import { ExcelGateway } from "../../src/excel/gateway";
import { ExcelGatewayError, toGatewayError } from "../../src/excel/errors";
import { toExcelValue } from "../../src/excel/cellValues";
import { resolveNames } from "../../src/excel/write";
import { entriesForRun } from "../../src/core/cleanup";
import { ALL_FEATURES } from "../../src/excel/features";
import { MemoryRegistry } from "../../src/excel/registry";
import type { SheetPlan } from "../../src/core/plan/types";
import { LOG_HEADERS } from "../../src/core/cleanup/log";

/** An error as Office.js throws it: a message and Excel's code. */
function officeError(code: string): Error {
  return Object.assign(new Error(`${code}: Excel says no.`), { code, name: "RichApi.Error" });
}

const GENERIC_ZH =
  "Excel 未能完成操作，工作簿未被修改或只完成了一部分。请重试；如仍失败，请保存工作簿后重新打开。";

/** A sheet the selection is on: its used range, and ranges by their indexes "row,col,rows,cols". */
function readMock(selection: Record<string, unknown>, used: Record<string, unknown>, ranges: Mock) {
  const asked: string[] = [];
  const sheet = {
    name: "绩效目标表",
    used: { ...used, isNullObject: false },
    ranges,
    getUsedRangeOrNullObject: function () {
      return this.used;
    },
    getRangeByIndexes: function (this: Mock, r: number, c: number, rc: number, cc: number) {
      const key = `${r},${c},${rc},${cc}`;
      asked.push(key);
      return this.ranges[key];
    },
  };
  const made = excelMock({
    workbook: {
      selection,
      getSelectedRange: function (this: Mock) {
        return this.selection;
      },
      worksheets: {
        sheet,
        getActiveWorksheet: function () {
          return this.sheet;
        },
      },
    },
  });
  made.mock.context.workbook.worksheets.sheet.used.isNullObject = false;
  return { ...made, asked };
}

function block(values: unknown[][], extra: Record<string, unknown> = {}) {
  return {
    rowHidden: false,
    columnHidden: false,
    values,
    formulas: values,
    numberFormat: values.map((row) => row.map(() => "General")),
    ...extra,
  };
}

const TABLE = [
  ["项目名称", "三级指标", "指标值", "备注"],
  ["应急演练", "演练次数", "≥4次", ""],
  ["应急演练", "参演人数", "≥200人", ""],
];

describe("round 233: what the Excel gateway reads", () => {
  it("reads only the used part of a whole-column selection (A:F): never a million rows", async () => {
    // Gold: A:F over a table in A1:D3 reads A1:D3 — three rows, four columns, from A1 — and asks Excel
    // for nothing below row 3 or right of D.
    const { gateway, asked } = readMock(
      { address: "A:F", rowIndex: 0, columnIndex: 0, rowCount: 1048576, columnCount: 6 },
      { address: "A1:D3", rowIndex: 0, columnIndex: 0, rowCount: 3, columnCount: 4 },
      { "0,0,3,4": block(TABLE) },
    );
    const grid = await gateway.readSelection();
    expect([grid.top, grid.left]).toEqual([1, 1]);
    expect(grid.values).toEqual(TABLE.map((r) => r.map((v) => v || null)));
    expect(asked.every((k) => k === "0,0,3,4")).toBe(true);
  });

  it("reads only the used part of a whole-sheet selection (1:1048576)", async () => {
    // Gold: the used range B2:E4 is what is read, from B2.
    const { gateway, asked } = readMock(
      { address: "1:1048576", rowIndex: 0, columnIndex: 0, rowCount: 1048576, columnCount: 16384 },
      { address: "B2:E4", rowIndex: 1, columnIndex: 1, rowCount: 3, columnCount: 4 },
      { "1,1,3,4": block(TABLE) },
    );
    const grid = await gateway.readSelection();
    expect([grid.top, grid.left, grid.values.length, grid.values[0].length]).toEqual([2, 2, 3, 4]);
    expect(new Set(asked)).toEqual(new Set(["1,1,3,4"]));
  });

  it.each([
    ["several areas selected with Ctrl", "getSelectedRange"],
    ["a chart or a shape selected", "getSelectedRange"],
    ["a chart sheet active", "getActiveWorksheet"],
  ])("says what to select when Excel has no single range (%s)", async (_what, fails) => {
    // Gold: a message naming the cause (not one area) and the remedy (select one range), both languages;
    // never the generic "could not finish".
    const { gateway, mock } = readMock(
      { address: "A1", rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 },
      { address: "A1:D3", rowIndex: 0, columnIndex: 0, rowCount: 3, columnCount: 4 },
      { "0,0,3,4": block(TABLE) },
    );
    const host = fails === "getSelectedRange" ? mock.context.workbook : mock.context.workbook.worksheets;
    host[fails] = () => {
      throw officeError("InvalidSelection");
    };
    const error = await gateway.readSelection().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelGatewayError);
    const text = (error as ExcelGatewayError).text;
    expect(text.zh).toContain("一块");
    expect(text.zh).toContain("Ctrl");
    expect(text.en).toContain("one continuous range");
    expect(text.zh).not.toBe(GENERIC_ZH);
  });

  it("reads error values (#N/A, #REF!) as empty cells it lists, never as text", async () => {
    // Gold: the two error cells arrive as null, listed with their error text; the formulas stay marked.
    const values = [
      ["三级指标", "指标值"],
      ["演练次数", "#N/A"],
      ["参演人数", "#REF!"],
    ];
    const b = {
      ...block(values),
      formulas: [
        ["三级指标", "指标值"],
        ["演练次数", "=VLOOKUP(A2,源表!A:B,2,FALSE)"],
        ["参演人数", "=#REF!"],
      ],
    };
    const { gateway } = readMock(
      { address: "A1:B3", rowIndex: 0, columnIndex: 0, rowCount: 3, columnCount: 2 },
      { address: "A1:B3", rowIndex: 0, columnIndex: 0, rowCount: 3, columnCount: 2 },
      { "0,0,3,2": b },
    );
    const grid = await gateway.readSelection();
    expect(grid.values.map((r) => r[1])).toEqual(["指标值", null, null]);
    expect(grid.errors).toEqual([
      [1, 1, "#N/A"],
      [2, 1, "#REF!"],
    ]);
    expect(grid.formulas?.map((r) => r[1])).toEqual([false, true, true]);
  });

  it("reads dates and percentages as Excel shows them", async () => {
    // Gold: 46022 under yyyy/m/d is 2025/12/31; 0.95 under 0% is 95%; 0.5 under 0.0% is 50.0%; the
    // plain count stays a number with no text of its own.
    const values = [
      ["完成时间", 46022],
      ["满意度", 0.95],
      ["达标率", 0.5],
      ["次数", 4],
    ];
    const b = block(values, {
      numberFormat: [
        ["General", "yyyy/m/d"],
        ["General", "0%"],
        ["General", "0.0%"],
        ["General", "General"],
      ],
    });
    const { gateway } = readMock(
      { address: "A1:B4", rowIndex: 0, columnIndex: 0, rowCount: 4, columnCount: 2 },
      { address: "A1:B4", rowIndex: 0, columnIndex: 0, rowCount: 4, columnCount: 2 },
      { "0,0,4,2": b },
    );
    const grid = await gateway.readSelection();
    expect(grid.values.map((r) => r[1])).toEqual([46022, 0.95, 0.5, 4]);
    expect(grid.texts?.map((r) => r[1])).toEqual(["2025/12/31", "95%", "50.0%", null]);
  });

  it("reads every row of a selection with hidden rows inside, and names the hidden ones", async () => {
    // Gold: all four rows read; row 3 (hidden by hand) named in grid.hidden, found by halving.
    const values = [...TABLE, ["应急演练", "演练覆盖率", "100%", ""]];
    const { gateway, mock } = readMock(
      { address: "A1:D4", rowIndex: 0, columnIndex: 0, rowCount: 4, columnCount: 4 },
      { address: "A1:D4", rowIndex: 0, columnIndex: 0, rowCount: 4, columnCount: 4 },
      {
        "0,0,4,4": block(values),
        "0,0,2,1": { rowHidden: false },
        "2,0,2,1": { rowHidden: false },
        "2,0,1,1": { rowHidden: true },
        "3,0,1,1": { rowHidden: false },
      },
    );
    // Excel answers null for "some rows hidden"; the mock takes no null in its model, so it is set after.
    const ranges = mock.context.workbook.worksheets.sheet.ranges;
    ranges["0,0,4,4"].rowHidden = null;
    ranges["2,0,2,1"].rowHidden = null;
    const grid = await gateway.readSelection();
    expect(grid.values).toHaveLength(4);
    expect(grid.hidden).toEqual({ rows: [3], columns: [] });
  });
});

/** A workbook to write results into: its sheets (hidden ones too), and what each new sheet receives. */
function writeMock(
  existing: { name: string; id: string; visibility?: string }[],
  protectedStructure = false,
  requestLimit?: number,
) {
  const added: string[] = [];
  const writes: { sheet: string; at: number[]; values: unknown[][] }[] = [];
  const newSheet = (name: string) => ({
    name,
    id: `{${name}}`,
    getRangeByIndexes: (...at: number[]) => ({
      set values(v: unknown[][]) {
        writes.push({ sheet: name, at, values: v });
      },
    }),
    getRange: () => ({ format: { font: {}, fill: {}, borders: { getItem: () => ({}) } } }),
    activate: () => undefined,
    load: () => undefined,
  });
  const made = excelMock(
    {
      runtime: { enableEvents: true },
      workbook: {
        application: {
          suspendApiCalculationUntilNextSync: () => undefined,
          suspendScreenUpdatingUntilNextSync: () => undefined,
        },
        protection: { protected: protectedStructure },
        tables: { items: [], load: () => undefined },
        worksheets: {
          items: existing,
          load: () => undefined,
          add: (name: string) => {
            added.push(name);
            return newSheet(name);
          },
          getItem: () => ({ delete: () => undefined }),
        },
      },
    },
    requestLimit,
  );
  // No collection objects in the mock: the loaded collections' items are given directly.
  made.mock.context.workbook.worksheets.items = existing;
  made.mock.context.workbook.tables.items = [];
  return { ...made, added, writes };
}

describe("round 233: what the Excel gateway writes", () => {
  it("never takes a result sheet's name that is already used, hidden or very hidden", async () => {
    // Gold: every clash gets the next free suffix, whether the sheet holding the name is visible,
    // hidden or very hidden (the officer cannot see it, Excel still refuses the name).
    const { gateway, added } = writeMock([
      { name: "数据", id: "{1}" },
      { name: "指标明细", id: "{2}" },
      { name: "校验结果", id: "{3}", visibility: "Hidden" },
      { name: "校验结果 (2)", id: "{4}", visibility: "VeryHidden" },
      { name: "区域对比", id: "{5}", visibility: "VeryHidden" },
    ]);
    const plans: SheetPlan[] = ["指标明细", "校验结果", "区域对比"].map((name) => ({
      name,
      kind: "other",
      values: [["a"]],
    }));
    const out = await gateway.writePlans(plans);
    expect(added).toEqual(["指标明细 (2)", "校验结果 (3)", "区域对比 (2)"]);
    expect(out.map((s) => s.name)).toEqual(added);
  });

  it("builds legal sheet names from long names with forbidden characters", () => {
    // Gold: at most 31 characters, none of [ ] : * ? / \, no apostrophe at either end, unique.
    const long = "区域对比-2025年[洮北区]:项目/支出*绩效?目标表\\第一批补充材料汇总'";
    const names = resolveNames(
      [long, long, "'清理日志'"].map((name) => ({ name, kind: "other" as const, values: [] })),
      [],
      [],
    ).sheets;
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]/);
      expect(n).not.toMatch(/^'|'$/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(3);
    expect(names[2]).toBe("清理日志");
  });

  it("refuses to write results into a workbook whose structure is protected, before changing anything", async () => {
    // Gold: a message naming the protection and the way out (Review tab), saying nothing was changed;
    // no sheet added or deleted.
    const { gateway, added, syncs } = writeMock([{ name: "数据", id: "{1}" }], true);
    const error = await gateway
      .writePlans([{ name: "校验结果", kind: "findings", values: [["a"]] }], { replacePrevious: true })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelGatewayError);
    const text = (error as ExcelGatewayError).text;
    expect(text.zh).toContain("工作簿结构受保护");
    expect(text.zh).toContain("未做任何修改");
    expect(text.en).toContain("protected");
    expect(added).toEqual([]);
    expect(syncs()).toBe(1);
  });

  it("writes a very large result in several requests, every row once and in order", async () => {
    // Gold: 400 rows of Chinese text (about 150 KB) under a 32 KB request limit: several syncs, no
    // sync carrying more than the limit, every row written exactly once, in order.
    const limit = 32 * 1024;
    const { gateway, writes, onSync, syncs } = writeMock([{ name: "数据", id: "{1}" }], false, limit);
    const perSync: number[] = [];
    let seen = 0;
    onSync(() => {
      const bytes = writes.slice(seen).reduce((n, w) => n + Buffer.byteLength(JSON.stringify(w.values)), 0);
      perSync.push(bytes);
      seen = writes.length;
    });
    const rows = Array.from({ length: 400 }, (_, i) => [
      `项目${i + 1}`,
      "应急演练参演人数不少于两百人次".repeat(3),
      i,
    ]);
    await gateway.writePlans([{ name: "指标明细", kind: "indicators", values: rows }]);
    expect(syncs()).toBeGreaterThan(3);
    expect(Math.max(...perSync)).toBeLessThanOrEqual(limit);
    const written = writes.flatMap((w) => w.values);
    expect(written.map((r) => r[0])).toEqual(rows.map((r) => r[0]));
    // Rows land where they belong: each block starts where the one before it ended.
    let next = 0;
    for (const w of writes) {
      expect(w.at[0]).toBe(next);
      next += w.values.length;
    }
  });

  it("writes text Excel would change (= + - @, leading zeros, long codes, fractions, #N/A) as text", async () => {
    // Gold (corrected: text Excel shows back as typed — 100%, 20:20, TRUE, 2025年12月31日 — is left to
    // Excel, as test/excel/cleanup.test.ts decided): every text Excel would show otherwise is stored
    // exactly as the plan's text, an apostrophe before it, which Excel keeps out of the cell.
    const { gateway, writes } = writeMock([{ name: "数据", id: "{1}" }]);
    const texts = [
      "=A1",
      "+86 20",
      "-",
      "@所有人",
      "001",
      "510100202500012345",
      "2025-12-31",
      "1/2",
      "3-4",
      "(5)",
      "１２３",
      "1e5",
      "#N/A",
      " 12",
    ];
    const kept = ["普通", "满意度", "50%", "10:30", "TRUE", "2025年12月31日", "3个", "12.5"];
    await gateway.writePlans([{ name: "结果", kind: "other", values: [[...texts, ...kept, 5]] }]);
    expect(writes[0].values[0]).toEqual([...texts.map((t) => `'${t}`), ...kept, 5]);
  });
});

describe("round 233: cleanup on a protected sheet", () => {
  it("refuses to clean a protected sheet before changing any cell, naming the sheet", async () => {
    // Gold: the message names the sheet and says nothing was changed; no value or format is written.
    const writes: unknown[] = [];
    let calls = 0;
    const target = {
      set numberFormat(v: unknown) {
        writes.push(v);
      },
      set values(v: unknown) {
        writes.push(v);
      },
    };
    const { gateway, mock } = excelMock({
      runtime: { enableEvents: true },
      workbook: {
        application: {
          suspendApiCalculationUntilNextSync: () => undefined,
          suspendScreenUpdatingUntilNextSync: () => undefined,
        },
        worksheets: {
          items: [{ name: "绩效目标表" }],
          load: () => undefined,
          sheet: {
            protection: { protected: true },
            used: { address: "A1", rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 },
            block: block([[" 演练次数"]]),
            getUsedRangeOrNullObject: function () {
              return this.used;
            },
            // The read of the current value (the area, asked whether any of it is hidden, and its values),
            // then any write.
            getRangeByIndexes: function (this: Mock) {
              return calls++ < 2 ? this.block : target;
            },
            getRange: () => target,
          },
          getItem: function () {
            return this.sheet;
          },
        },
      },
    });
    mock.context.workbook.worksheets.items = [{ name: "绩效目标表" }];
    mock.context.workbook.worksheets.sheet.used.isNullObject = false;
    const entries = entriesForRun(
      [
        {
          kind: "cell",
          sheet: "绩效目标表",
          cell: "A1",
          rule: "SPACE",
          before: " 演练次数",
          after: "演练次数",
          applied: true,
        },
      ],
      "2026-12-02 14:00:00",
      1,
    );
    const error = await gateway.applyCleanupEntries(entries).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelGatewayError);
    const text = (error as ExcelGatewayError).text;
    expect(text.zh).toContain("工作表“绩效目标表”受保护");
    expect(text.zh).toContain("未做任何修改");
    expect(text.en).toContain('Sheet "绩效目标表" is protected');
    expect(writes).toEqual([]);
  });
});

describe("round 233: Excel's errors in plain words", () => {
  it.each([
    ["InvalidArgument", "参数无效"],
    ["RequestPayloadSizeLimitExceeded", "分几次"],
    ["ResponsePayloadSizeLimitExceeded", "返回的数据过多"],
    ["ItemAlreadyExists", "同名"],
    ["ItemNotFound", "找不到"],
    ["AccessDenied", "受保护"],
  ])("%s says what happened and what to do", (code, zh) => {
    // Gold: a sentence of its own for each code the officer can act on, in both languages.
    const text = toGatewayError(officeError(code)).text;
    expect(text.zh).toContain(zh);
    expect(text.zh).not.toBe(GENERIC_ZH);
    expect(text.en.length).toBeGreaterThan(20);
    // InvalidArgument is Excel's word for many refusals: never blamed on a cell address alone.
    expect(text.zh).not.toBe("单元格地址无效。");
  });

  it.each([["GeneralException"], [undefined]])("%s (or no code) gives the plain generic message", (code) => {
    const e = code ? officeError(code) : new TypeError("x is undefined");
    const text = toGatewayError(e).text;
    expect(text.zh).toBe(GENERIC_ZH);
    expect(`${text.zh}${text.en}`).not.toContain("undefined");
  });

  it("keeps the cleanup's own cells free of an extra apostrophe: the text format keeps them", () => {
    // Gold: a cleaned "001" written into a cell formatted "@" first goes as it is.
    expect(toExcelValue("001", true)).toBe("001");
    expect(toExcelValue("=1", true)).toBe("'=1");
    expect(toExcelValue("001")).toBe("'001");
  });
});

/**
 * Second batch, written after the fixes (gold first), scored once: the protections and messages on the
 * paths the first batch did not take.
 */
describe("round 233, second batch", () => {
  /** A table sheet and, when `log`, a 清理日志 written by this tool; either may be protected. */
  function cleanupMock(opts: {
    tableProtected: boolean;
    log: boolean;
    logProtected: boolean;
    structure: boolean;
  }) {
    const writes: unknown[] = [];
    const added: string[] = [];
    // Any range or format object: values and number formats recorded, the log's own look (fills,
    // widths, a hidden column) accepted and not checked here.
    const anything = (): unknown =>
      new Proxy(function () {}, {
        get: (_t, prop) => (prop === "then" ? undefined : anything()),
        set: (_t, prop, v) => {
          if (prop === "values" || prop === "numberFormat") writes.push(v);
          return true;
        },
        apply: () => anything(),
      });
    const sink = anything();
    let calls = 0;
    let logHeadRead = 0;
    const header = (values: readonly unknown[]) => ({
      values: [[...values, ...Array(12).fill("")].slice(0, 12)],
    });
    const names = opts.log ? ["绩效目标表", "清理日志"] : ["绩效目标表"];
    const made = excelMock({
      runtime: { enableEvents: true },
      workbook: {
        application: {
          suspendApiCalculationUntilNextSync: () => undefined,
          suspendScreenUpdatingUntilNextSync: () => undefined,
        },
        protection: { protected: opts.structure },
        worksheets: {
          items: names.map((name) => ({ name })),
          load: () => undefined,
          add: (name: string) => {
            added.push(name);
            return { getRangeByIndexes: () => sink, getRange: () => sink };
          },
          table: {
            protection: { protected: opts.tableProtected },
            used: { address: "A1", rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 },
            head: header(["项目名称"]),
            block: block([[" 演练次数"]]),
            getUsedRangeOrNullObject: function () {
              return this.used;
            },
            getRangeByIndexes: function (this: Mock) {
              return calls++ < 2 ? this.block : sink;
            },
            getRange: function (this: Mock) {
              return this.head;
            },
          },
          log: {
            protection: { protected: opts.logProtected },
            used: { address: "A1:L1", rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 12 },
            head: header(LOG_HEADERS),
            getUsedRangeOrNullObject: function () {
              return this.used;
            },
            getRangeByIndexes: () => sink,
            // The header row read once to find the log, then the log's own writes.
            getRange: function (this: Mock) {
              return logHeadRead++ === 0 ? this.head : sink;
            },
          },
          getItem: function (this: Mock, name: string) {
            return name === "清理日志" ? this.log : this.table;
          },
        },
      },
    });
    made.mock.context.workbook.worksheets.items = names.map((name) => ({ name }));
    made.mock.context.workbook.worksheets.table.used.isNullObject = false;
    made.mock.context.workbook.worksheets.log.used.isNullObject = false;
    const entries = entriesForRun(
      [
        {
          kind: "cell",
          sheet: "绩效目标表",
          cell: "A1",
          rule: "SPACE",
          before: " 演练次数",
          after: "演练次数",
          applied: true,
        },
      ],
      "2026-12-02 14:30:00",
      1,
    );
    return { ...made, writes, added, entries };
  }

  it("refuses a cleanup whose 清理日志 is protected, naming the log, before any cell changes", async () => {
    // Gold: the message names 清理日志; the table's cell is not written (its change would have no log).
    const { gateway, writes, entries } = cleanupMock({
      tableProtected: false,
      log: true,
      logProtected: true,
      structure: false,
    });
    const error = await gateway.applyCleanupWithLog(entries, []).catch((e: unknown) => e);
    expect((error as ExcelGatewayError).text.zh).toContain("工作表“清理日志”受保护");
    expect(writes).toEqual([]);
  });

  it("refuses a cleanup that needs a new 清理日志 in a workbook whose structure is protected", async () => {
    // Gold: the workbook's protection named, nothing written, no sheet added.
    const { gateway, writes, added, entries } = cleanupMock({
      tableProtected: false,
      log: false,
      logProtected: false,
      structure: true,
    });
    const error = await gateway.applyCleanupWithLog(entries, []).catch((e: unknown) => e);
    expect((error as ExcelGatewayError).text.zh).toContain("工作簿结构受保护");
    expect(writes).toEqual([]);
    expect(added).toEqual([]);
  });

  it("cleans an unprotected sheet as before, with its 清理日志, when only the structure is protected", async () => {
    // Gold: the log exists, so no sheet is added: the cell is written (text format first, then the
    // value) and the run succeeds.
    const { gateway, writes, added, entries } = cleanupMock({
      tableProtected: false,
      log: true,
      logProtected: false,
      structure: true,
    });
    const result = await gateway.applyCleanupWithLog(entries, []);
    expect(result.done).toHaveLength(1);
    expect(writes.slice(0, 2)).toEqual([[["@"]], [["演练次数"]]]);
    expect(added).toEqual([]);
  });

  it("writes results as before where the host answers no protection (an error string)", async () => {
    // Gold: an older host's non-answer is no protection: the sheet is added and written.
    const { gateway, added, mock } = writeMock([{ name: "数据", id: "{1}" }]);
    mock.context.workbook.protection = {
      load: () => undefined,
      protected: "Error, property was not loaded",
    };
    await gateway.writePlans([{ name: "校验结果", kind: "findings", values: [["a"]] }]);
    expect(added).toEqual(["校验结果"]);
  });

  it("does not refuse a protected structure when there is nothing to add or remove", async () => {
    // Added after the scoring: "replace previous" with no earlier results and no plan changes no sheet.
    const { gateway, added } = writeMock([{ name: "数据", id: "{1}" }], true);
    await expect(gateway.writePlans([], { replacePrevious: true })).resolves.toEqual([]);
    expect(added).toEqual([]);
  });

  it("says the write was cut short when a request is still too large, and keeps track of what was made", async () => {
    // Gold: the payload message (work in smaller parts; partly changed), and the first sheet — already in
    // the workbook — is remembered so that "replace previous results" can remove it.
    const registry = new MemoryRegistry();
    const { mock } = writeMock([{ name: "数据", id: "{1}" }]);
    let n = 0;
    const sync = mock.context.sync;
    mock.context.sync = () => {
      n++;
      if (n === 3) return Promise.reject(officeError("RequestPayloadSizeLimitExceeded"));
      return sync();
    };
    const gateway = new ExcelGateway({
      run: (batch) => mock.run(batch),
      features: ALL_FEATURES,
      registry,
      requestLimit: 1024,
    });
    const plan = (name: string): SheetPlan => ({
      name,
      kind: "other",
      values: Array.from({ length: 30 }, (_, i) => [`${name}第${i + 1}行的说明文字`]),
    });
    const error = await gateway.writePlans([plan("指标明细"), plan("校验结果")]).catch((e: unknown) => e);
    expect((error as ExcelGatewayError).text.zh).toContain("分几次");
    expect(registry.ids()).toContain("{指标明细}");
  });

  it.each([
    ["0.5", "0.5"],
    ["00", "'00"],
    ["12/2025", "'12/2025"],
    ["1,234", "1,234"],
    ["二〇二五年", "二〇二五年"],
    ["（3）", "'（3）"],
    ["#DIV/0!", "'#DIV/0!"],
    ["#号楼", "#号楼"],
    ["6.5万元", "6.5万元"],
  ])("writes %s as %s", (text, sent) => {
    // Gold: only text Excel would show otherwise gets the apostrophe.
    expect(toExcelValue(text)).toBe(sent);
  });
});
