/**
 * The gateway against office-addin-mock, Microsoft's mock of the Office.js object model. It has no
 * collection objects and answers an unloaded property with an error string instead of throwing, so
 * these tests assert on the values that come out: a forgotten load shows up as a wrong value.
 */

// office-addin-mock needs only the OfficeApp names from office-addin-manifest, which does not load
// under jest even with fs-extra installed (its @microsoft/app-manifest pulls in an ES-module-only
// strip-bom); give it those names directly.
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
import { entriesForRun } from "../../src/core/cleanup";
import { parseGrid } from "../../src/core/parse";

describe("ExcelGateway with office-addin-mock", () => {
  it("reads a multi-cell selection: sizes first, then the values in one block", async () => {
    const block = {
      // Excel answers whether rows or columns of a range are hidden (ExcelApi 1.2): here none are.
      rowHidden: false,
      columnHidden: false,
      values: [
        ["项目名称", "绩效指标"],
        ["应急演练", ""],
      ],
      formulas: [
        ["项目名称", "绩效指标"],
        ["应急演练", ""],
      ],
      // The mock refuses to load a property its model lacks; a real range always has this one.
      numberFormat: [
        ["General", "General"],
        ["General", "General"],
      ],
    };
    const sheet = {
      name: "绩效目标表",
      used: {
        address: "A1:B2",
        rowIndex: 0,
        columnIndex: 0,
        rowCount: 2,
        columnCount: 2,
        isNullObject: false,
      },
      block,
      getUsedRangeOrNullObject: function () {
        return this.used;
      },
      getRangeByIndexes: function () {
        return this.block;
      },
    };
    const { gateway, syncs, mock } = excelMock({
      workbook: {
        selection: {
          address: "A1:B2",
          rowIndex: 0,
          columnIndex: 0,
          rowCount: 2,
          columnCount: 2,
        },
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
    // Office.js fills isNullObject on sync without a load; the mock treats it as any property.
    mock.context.workbook.worksheets.sheet.used.isNullObject = false;
    const grid = await gateway.readSelection();
    expect(grid).toEqual({
      sheet: "绩效目标表",
      top: 1,
      left: 1,
      values: [
        ["项目名称", "绩效指标"],
        ["应急演练", null],
      ],
      formulas: [
        [false, false],
        [false, false],
      ],
    });
    expect(syncs()).toBe(2);
  });

  it("reads number cells through their formats: a percentage and a date as Excel shows them", async () => {
    const header = ["一级指标", "二级指标", "三级指标", "指标值"];
    const block = {
      // Excel answers whether rows or columns of a range are hidden (ExcelApi 1.2): here none are.
      rowHidden: false,
      columnHidden: false,
      values: [
        header,
        ["产出指标", "质量指标", "验收合格率", 0.95],
        ["效益指标", "社会效益指标", "系统上线运行", 45473],
      ],
      formulas: [
        header,
        ["产出指标", "质量指标", "验收合格率", 0.95],
        ["效益指标", "社会效益指标", "系统上线运行", 45473],
      ],
      numberFormat: [
        ["General", "General", "General", "General"],
        ["General", "General", "General", "0%"],
        ["General", "General", "General", '[$-804]yyyy"年"m"月"d"日"'],
      ],
    };
    const used = { address: "A1:D3", rowIndex: 0, columnIndex: 0, rowCount: 3, columnCount: 4 };
    const { gateway, mock } = excelMock({
      workbook: {
        worksheets: {
          sheet: {
            name: "绩效目标表",
            used,
            block,
            getUsedRangeOrNullObject: function () {
              return this.used;
            },
            getRangeByIndexes: function () {
              return this.block;
            },
          },
          getItemOrNullObject: function () {
            return this.sheet;
          },
        },
      },
    });
    mock.context.workbook.worksheets.sheet.isNullObject = false;
    mock.context.workbook.worksheets.sheet.used.isNullObject = false;
    const grid = await gateway.readSheet("绩效目标表");
    expect(grid.texts?.map((row) => row[3])).toEqual([null, "95%", "2024/6/30"]);
    expect(parseGrid(grid).indicators.map((i) => [i.name, i.value, i.unit, i.kind, i.date])).toEqual([
      ["验收合格率", 95, "%", "quantitative", null],
      ["系统上线运行", null, "", "date", "2024-06-30"],
    ]);
  });

  /** A sheet of one time indicator whose target is a date serial under a date format. */
  function dateSheetMock(workbookExtra: Record<string, unknown>) {
    const header = ["一级指标", "二级指标", "三级指标", "指标值"];
    const row = ["产出指标", "时效指标", "完成时间", 44195];
    const block = {
      // Excel answers whether rows or columns of a range are hidden (ExcelApi 1.2): here none are.
      rowHidden: false,
      columnHidden: false,
      values: [header, row],
      formulas: [header, row],
      numberFormat: [
        ["General", "General", "General", "General"],
        ["General", "General", "General", "yyyy-mm-dd"],
      ],
    };
    const used = { address: "A1:D2", rowIndex: 0, columnIndex: 0, rowCount: 2, columnCount: 4 };
    const m = excelMock({
      workbook: {
        ...workbookExtra,
        worksheets: {
          sheet: {
            name: "绩效目标表",
            used,
            block,
            getUsedRangeOrNullObject: function () {
              return this.used;
            },
            getRangeByIndexes: function () {
              return this.block;
            },
          },
          getItemOrNullObject: function () {
            return this.sheet;
          },
        },
      },
    });
    m.mock.context.workbook.worksheets.sheet.isNullObject = false;
    m.mock.context.workbook.worksheets.sheet.used.isNullObject = false;
    return m;
  }

  it("reads a 1904 workbook's date serials from 1904 where Excel tells the date system", async () => {
    const { gateway, syncs } = dateSheetMock({ use1904DateSystem: true });
    const grid = await gateway.readSheet("绩效目标表");
    // Loaded, not the mock's error string for an unloaded property: the flag and the date show it.
    expect(grid.date1904).toBe(true);
    expect(grid.texts?.[1][3]).toBe("2024/12/31");
    expect(parseGrid(grid).indicators.map((i) => [i.name, i.kind, i.date])).toEqual([
      ["完成时间", "date", "2024-12-31"],
    ]);
    // One sync of its own for the date system, beside the sheet, its size and the one block.
    expect(syncs()).toBe(4);
  });

  it("reads serials from 1900, without a sync for it, where Office.js has no use1904DateSystem", async () => {
    const { gateway, syncs } = dateSheetMock({});
    const grid = await gateway.readSheet("绩效目标表");
    expect(grid).not.toHaveProperty("date1904");
    expect(grid.texts?.[1][3]).toBe("2020/12/30");
    expect(syncs()).toBe(3);
  });

  it("reads serials from 1900 in a workbook of the 1900 date system", async () => {
    const { gateway } = dateSheetMock({ use1904DateSystem: false });
    const grid = await gateway.readSheet("绩效目标表");
    expect(grid).not.toHaveProperty("date1904");
    expect(grid.texts?.[1][3]).toBe("2020/12/30");
  });

  it("navigates by activating the sheet, syncing, then selecting the cell", async () => {
    const order: string[] = [];
    const { gateway, mock } = excelMock({
      workbook: {
        worksheets: {
          sheet: {
            name: "数据",
            isNullObject: false,
            activate: () => order.push("activate"),
            getRange: (address: string) => ({ select: () => order.push(`select ${address}`) }),
          },
          getItemOrNullObject: function () {
            return this.sheet;
          },
        },
      },
    });
    mock.context.workbook.worksheets.sheet.isNullObject = false; // as Office.js does after a sync
    const sync = mock.context.sync;
    mock.context.sync = () => {
      order.push("sync");
      return sync();
    };
    await gateway.navigate("数据", "F7");
    expect(order).toEqual(["sync", "activate", "sync", "select F7", "sync"]);
  });

  it("writes formula-like text with an apostrophe so Excel keeps it as text", async () => {
    const written: unknown[] = [];
    const newSheet = {
      name: "结果",
      id: "{new}",
      getRangeByIndexes: () => ({
        set values(v: unknown) {
          written.push(v);
        },
      }),
      activate: () => undefined,
    };
    const { gateway, syncs, mock } = excelMock({
      runtime: { enableEvents: true },
      workbook: {
        application: {
          suspendApiCalculationUntilNextSync: () => undefined,
          suspendScreenUpdatingUntilNextSync: () => undefined,
        },
        tables: { items: [], load: () => undefined },
        worksheets: {
          items: [{ name: "数据", id: "{1}" }],
          load: () => undefined,
          newSheet,
          add: function () {
            return this.newSheet;
          },
        },
      },
    });
    // No collection objects in the mock: the loaded collections' items are given directly.
    mock.context.workbook.worksheets.items = [{ name: "数据", id: "{1}" }];
    mock.context.workbook.tables.items = [];
    const out = await gateway.writePlans([
      { name: "结果", kind: "other", values: [["=1+1", "-3", "@x", "+y", "正常", 5]] },
    ]);
    expect(written).toEqual([[["'=1+1", "'-3", "'@x", "'+y", "正常", 5]]]);
    expect(out).toEqual([{ name: "结果", kind: "other" }]);
    expect(syncs()).toBe(3);
  });

  it("cleans a cell as text (format first, formula-looking text kept as text) in one undo group", async () => {
    const writes: [string, unknown][] = [];
    const target = {
      set numberFormat(v: unknown) {
        writes.push(["numberFormat", v]);
      },
      set values(v: unknown) {
        writes.push(["values", v]);
      },
    };
    let calls = 0;
    const { gateway, syncs, mock, runOptions } = excelMock({
      runtime: { enableEvents: true },
      workbook: {
        application: {
          suspendApiCalculationUntilNextSync: () => undefined,
          suspendScreenUpdatingUntilNextSync: () => undefined,
        },
        worksheets: {
          items: [{ name: "表" }],
          load: () => undefined,
          sheet: {
            used: {
              address: "A1",
              rowIndex: 0,
              columnIndex: 0,
              rowCount: 1,
              columnCount: 1,
              isNullObject: false,
            },
            block: {
              values: [[" =1"]],
              formulas: [[" =1"]],
              numberFormat: [["General"]],
              rowHidden: false,
              columnHidden: false,
            },
            getUsedRangeOrNullObject: function () {
              return this.used;
            },
            // First the read of the current value (the area, asked whether any of it is hidden, and its
            // values), then the write.
            getRangeByIndexes: function () {
              return calls++ < 2 ? this.block : target;
            },
          },
          getItem: function () {
            return this.sheet;
          },
        },
      },
    });
    mock.context.workbook.worksheets.items = [{ name: "表" }];
    mock.context.workbook.worksheets.sheet.used.isNullObject = false;
    const entries = entriesForRun(
      [{ kind: "cell", sheet: "表", cell: "A1", rule: "SPACE", before: " =1", after: "=1", applied: true }],
      "2024-05-06 09:30:00",
      1,
    );
    const done = await gateway.applyCleanupEntries(entries);
    expect(done).toEqual(entries);
    expect(writes).toEqual([
      ["numberFormat", [["@"]]],
      ["values", [["'=1"]]],
    ]);
    expect(runOptions).toEqual([{ mergeUndoGroup: true }]);
    expect(syncs()).toBe(4); // look, look, read, write
  });

  it("keeps a header copy an empty merge spans, as the .xlsx gateway (merged areas faked, values loaded)", async () => {
    const BLANK = {
      zh: "保留此行，未删除：该行有跨行的空白合并单元格，撤销时无法可靠恢复。",
      en: "Row kept, not removed: the row has an empty merged cell over several rows that revert could not restore reliably.",
    };
    const HEAD1 = ["一级指标", "二级指标", "三级指标", "指标值", "", "", ""];
    const HEAD2 = ["", "", "", "2025年", "2026年", "2027年", ""];
    /** A two-row header copy at rows 4–5, column G merged over both rows, holding `g` in G4. */
    async function whyStay(g: string) {
      const line = (values: string[]) => ({ values: [values], numberFormat: [values.map(() => "General")] });
      const { gateway, mock } = excelMock({
        workbook: {
          worksheets: {
            sheet: {
              used: { address: "A1:G6", rowIndex: 0, columnIndex: 0, rowCount: 6, columnCount: 7 },
              // Rows 4 and 5 as Excel answers them: a merged cell's other cells read "".
              r4: line([...HEAD1.slice(0, 6), g]),
              r5: line(HEAD2),
              getUsedRangeOrNullObject: function () {
                return this.used;
              },
              getRangeByIndexes: function (row: number) {
                return row === 3 ? this.r4 : this.r5;
              },
              // Cell and row properties are client results (no load); the merged areas, which the mock
              // cannot load by path (areas/items/rowIndex), are plain objects too.
              getRange: (address: string) => ({
                getRowProperties: () => ({ value: [{ rowHidden: false, format: { rowHeight: 15 } }] }),
                getMergedAreasOrNullObject: () => ({
                  load: () => undefined,
                  isNullObject: false,
                  areas: {
                    items: address.startsWith("1:")
                      ? [3, 6].map((rowIndex) => ({ rowIndex, columnIndex: 6, rowCount: 2, columnCount: 1 }))
                      : [],
                  },
                }),
              }),
            },
            getItem: function () {
              return this.sheet;
            },
          },
        },
      });
      mock.context.workbook.worksheets.sheet.used.isNullObject = false;
      for (const r of ["r4", "r5"])
        mock.context.workbook.worksheets.sheet[r].getCellProperties = () => ({
          value: [HEAD1.map(() => ({}))],
        });
      return gateway.whyRowsStay("表", [4, 5]);
    }
    const kept = await whyStay("");
    expect([...kept.entries()]).toEqual([
      [4, BLANK],
      [5, BLANK],
    ]);
    // Holding a word (the header's 备注), the merge goes with the copy.
    expect(await whyStay("备注")).toEqual(new Map());
  });
});
