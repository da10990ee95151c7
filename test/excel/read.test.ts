import { ExcelGatewayError } from "../../src/excel/errors";
import {
  chooseReadArea,
  loadDate1904,
  nextBlockRows,
  shownTexts,
  FIRST_BLOCK_CELLS,
} from "../../src/excel/read";
import { REQUEST_LIMIT_BYTES, jsonBytes } from "../../src/excel/requestSize";
import { hiddenLines } from "../../src/excel/hidden";
import { FakeExcel } from "./fakeExcel";
import { gatewayOn } from "./helpers";

describe("ExcelGateway reading", () => {
  it("reads the used range when a single cell is selected, with a formulas mask", async () => {
    const fake = new FakeExcel(["表"]);
    fake.sheet("表").put(
      "B3",
      [
        ["项目名称", "绩效指标"],
        ["应急演练", 20],
      ],
      [
        [null, null],
        [null, "=10*2"],
      ],
    );
    fake.selection = { sheet: "表", address: "H20" };
    const { gateway } = gatewayOn(fake);
    const grid = await gateway.readSelection();
    expect(grid).toEqual({
      sheet: "表",
      top: 3,
      left: 2,
      values: [
        ["项目名称", "绩效指标"],
        ["应急演练", 20],
      ],
      formulas: [
        [false, false],
        [false, true],
      ],
    });
  });

  it("reads an error value (#REF!, #N/A) as a blank it names, never as a name or a goal (round 180)", async () => {
    const fake = new FakeExcel(["表"]);
    fake.sheet("表").put(
      "A1",
      [
        ["项目名称", "绩效目标", "绩效指标"],
        ["应急演练", "#N/A", "#REF!"],
        ["森林防火", "开展演练", "演练次数≥4次"],
      ],
      [
        [null, null, null],
        [null, "=VLOOKUP(A2,目标!A:B,2,0)", null],
        [null, null, null],
      ],
    );
    fake.selection = { sheet: "表", address: "A1:C3" };
    const { gateway } = gatewayOn(fake);
    const grid = await gateway.readSelection();
    expect(grid.values[1]).toEqual(["应急演练", null, null]);
    expect(grid.values[2]).toEqual(["森林防火", "开展演练", "演练次数≥4次"]);
    expect(grid.errors).toEqual([
      [1, 1, "#N/A"],
      [1, 2, "#REF!"],
    ]);
    expect(grid.formulas?.[1][1]).toBe(true);
  });

  it("cuts a whole-column selection to the filled rows", async () => {
    const fake = new FakeExcel(["表"]);
    fake.sheet("表").put("A1", [
      ["a", "b", "c"],
      ["d", null, "f"],
    ]);
    fake.selection = { sheet: "表", address: "B1:C1048576" };
    const { gateway } = gatewayOn(fake);
    const grid = await gateway.readSelection();
    expect(grid.top).toBe(1);
    expect(grid.left).toBe(2);
    expect(grid.values).toEqual([
      ["b", "c"],
      [null, "f"],
    ]);
  });

  it("reads a large area in row blocks, the first small and later ones sized to the limit", async () => {
    const fake = new FakeExcel(["表"]);
    const rows = Array.from({ length: 4000 }, (_, i) => [`项目${i}`, `开展应急演练${i}场`, i]);
    fake.sheet("表").put("A1", rows);
    fake.selection = { sheet: "表", address: "A1" };
    const { gateway } = gatewayOn(fake);
    const grid = await gateway.readSelection();
    expect(grid.values).toHaveLength(4000);
    expect(grid.values[3999]).toEqual(["项目3999", "开展应急演练3999场", 3999]);
    // look + first block (5,000 cells = 1,666 rows) + the rest in one block.
    expect(fake.syncs).toBe(3);
  });

  it("names the hidden rows and columns it read, finding a few hidden runs in a few syncs", async () => {
    const fake = new FakeExcel(["表"]);
    const rows = Array.from({ length: 400 }, (_, i) => [`项目${i}`, "绩效指标", `开展应急演练${i}场`]);
    fake.sheet("表").put("A1", [["项目名称", "备注", "绩效指标"], ...rows]);
    const model = fake.sheet("表");
    for (const r of [5, 6, 7, 300]) model.hiddenRows.add(r);
    model.hiddenColumns.add(2);
    fake.selection = { sheet: "表", address: "A1" };
    const { gateway } = gatewayOn(fake);
    const grid = await gateway.readSelection();
    expect(grid.values).toHaveLength(401);
    expect(grid.hidden).toEqual({ rows: [5, 6, 7, 300], columns: [2] });
    // look + 2 blocks of values, then one sync per halving of the 401 rows (9) and of the 3 columns (2).
    expect(fake.syncs).toBeLessThanOrEqual(3 + 9 + 2);
  });

  it("sets no hidden parts where none are hidden, at no extra sync", async () => {
    const fake = new FakeExcel(["表"]);
    fake.sheet("表").put("A1", [
      ["项目名称", "绩效指标"],
      ["应急演练", "演练20场"],
    ]);
    fake.selection = { sheet: "表", address: "A1" };
    const { gateway } = gatewayOn(fake);
    const grid = await gateway.readSelection();
    expect(grid.hidden).toBeUndefined();
    expect(fake.syncs).toBe(2); // look + one block
  });

  it("takes a whole area hidden at once, and every row of it", async () => {
    const fake = new FakeExcel(["表"]);
    fake.sheet("表").put("A1", [["a"], ["b"], ["c"]]);
    for (const r of [1, 2, 3]) fake.sheet("表").hiddenRows.add(r);
    fake.selection = { sheet: "表", address: "A1:A3" };
    const { gateway } = gatewayOn(fake);
    const grid = await gateway.readSelection();
    expect(grid.hidden).toEqual({ rows: [1, 2, 3], columns: [] });
  });

  it("says clearly when the area is past Excel's 5,000,000-cell limit, before reading values", async () => {
    const fake = new FakeExcel(["表"]);
    fake.sheet("表").put("A1", [["x"]]);
    fake.sheet("表").put("F1000000", [["y"]]);
    fake.selection = { sheet: "表", address: "A1" };
    const { gateway } = gatewayOn(fake);
    const err = await gateway.readSelection().catch((e) => e);
    expect(err).toBeInstanceOf(ExcelGatewayError);
    expect(err.text.zh).toContain("6,000,000 个单元格");
    expect(err.text.en).toContain("5,000,000");
    expect(fake.syncs).toBe(1);
  });

  it("returns an empty grid for an empty sheet and names a missing sheet", async () => {
    const fake = new FakeExcel(["空表"]);
    const { gateway } = gatewayOn(fake);
    expect((await gateway.readSelection()).values).toEqual([]);
    await expect(gateway.readSheet("没有这个表")).rejects.toMatchObject({
      text: { zh: "找不到工作表“没有这个表”，它可能已被重命名或删除。" },
    });
    expect(await gateway.listSheets()).toEqual(["空表"]);
  });

  it("navigates: activate, sync, then select", async () => {
    const fake = new FakeExcel(["数据", "结果"]);
    const { gateway } = gatewayOn(fake);
    await gateway.navigate("数据", "F7");
    const ev = fake.events;
    const act = ev.indexOf("activate:数据");
    const sel = ev.indexOf("select:数据!F7");
    expect(act).toBeGreaterThan(-1);
    expect(ev.slice(act, sel)).toContain("sync");
    expect(fake.active).toBe("数据");
  });

  it("reads without shown texts when the range gives no numberFormat (a mock without it)", async () => {
    const fake = new FakeExcel(["表"], { noNumberFormat: true });
    fake.sheet("表").put("A1", [
      ["三级指标", "指标值"],
      ["合格率", 0.95],
    ]);
    fake.sheet("表").format("B2", [["0%"]]);
    const { gateway } = gatewayOn(fake);
    const grid = await gateway.readSelection();
    expect(grid.values[1]).toEqual(["合格率", 0.95]);
    expect(grid).not.toHaveProperty("texts");
  });

  it("takes only real format arrays: an error string, short rows and non-numbers show nothing", () => {
    const values = [
      [0.95, "95%", 45291],
      [0.5, null, 1],
    ];
    expect(shownTexts(values, "Error, property was not loaded")).toBeNull();
    expect(shownTexts(values, undefined)).toBeNull();
    expect(shownTexts(values, [["General", "0%", "General"]])).toBeNull();
    expect(shownTexts(values, [["0%", "0%", "yyyy/m/d"], "0%"])).toEqual([
      ["95%", null, "2023/12/31"],
      [null, null, null],
    ]);
  });

  it("puts shown texts of a later block at their rows, with nulls for the blocks before", async () => {
    const fake = new FakeExcel(["表"]);
    const rows = Array.from({ length: 4000 }, (_, i) => [`指标${i}`, i / 100]);
    fake.sheet("表").put("A1", rows);
    fake.sheet("表").format("B3001", [["0%"]]);
    const { gateway } = gatewayOn(fake);
    const grid = await gateway.readSelection();
    expect(fake.syncs).toBe(3); // the percentage is in the second block
    expect(grid.texts).toHaveLength(4000);
    expect(grid.texts?.[3000]).toEqual([null, "3000%"]);
    expect(grid.texts?.filter((row) => row.some((t) => t !== null))).toHaveLength(1);
    expect(grid.texts?.[0]).toEqual([null, null]);
  });

  it("sizes blocks counting the number formats that come with the values", async () => {
    const fake = new FakeExcel(["表"]);
    // Small numbers under a long format: the formats are most of each response.
    const format = '#,##0.00"万元（含税，按合同约定分期支付，以财政批复金额为准）"';
    const rows = Array.from({ length: 20_000 }, (_, i) => [1, 2, 3, 4, i % 10]);
    const formats = rows.map((r) => r.map(() => format));
    fake.sheet("表").put("A1", rows);
    fake.sheet("表").format("A1", formats);
    const { gateway } = gatewayOn(fake);
    await gateway.readSelection();
    const formatBytes = jsonBytes(formats);
    expect(formatBytes).toBeGreaterThan(4 * REQUEST_LIMIT_BYTES);
    // Sizing on values alone would read the rest in one block; each block must stay near the limit.
    expect(fake.syncs - 1).toBeGreaterThanOrEqual(Math.ceil(formatBytes / REQUEST_LIMIT_BYTES));
  });

  it("sizes blocks from what it has seen", () => {
    expect(nextBlockRows(10, null, 1e6)).toBe(FIRST_BLOCK_CELLS / 10);
    expect(nextBlockRows(10, 100, 1e6)).toBe(Math.floor((2 * 1024 * 1024) / 100 / 10));
    expect(nextBlockRows(10, 100, 7)).toBe(7);
    expect(nextBlockRows(100_000, 1e6, 50)).toBe(1);
    const sel = { rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 };
    expect(chooseReadArea(sel, null).rowCount).toBe(0);
  });
});

describe("loadDate1904", () => {
  function contextWith(workbook: object, sync: () => Promise<void>): Excel.RequestContext {
    return { workbook, sync } as unknown as Excel.RequestContext;
  }

  it("is false, after one failed sync, where the host refuses the property", async () => {
    let syncs = 0;
    const workbook = { use1904DateSystem: undefined, load: () => undefined };
    const context = contextWith(workbook, async () => {
      syncs++;
      throw new Error("ApiNotFound");
    });
    await expect(loadDate1904(context)).resolves.toBe(false);
    expect(syncs).toBe(1);
  });

  it("asks the workbook once per context, however many areas a run reads", async () => {
    let syncs = 0;
    const workbook = { use1904DateSystem: true, load: () => undefined };
    const context = contextWith(workbook, async () => {
      syncs++;
    });
    await expect(loadDate1904(context)).resolves.toBe(true);
    await expect(loadDate1904(context)).resolves.toBe(true);
    expect(syncs).toBe(1);
  });

  it("is false without a sync where this Office.js lacks the property", async () => {
    let syncs = 0;
    const context = contextWith({ load: () => undefined }, async () => {
      syncs++;
    });
    await expect(loadDate1904(context)).resolves.toBe(false);
    expect(syncs).toBe(0);
  });
});

describe("hiddenLines", () => {
  it("asks nothing more where Excel gives no answer for the area (a host without the property)", async () => {
    let syncs = 0;
    const context = { sync: async () => void syncs++ } as unknown as Excel.RequestContext;
    const sheet = {} as Excel.Worksheet;
    const area = { rowIndex: 0, columnIndex: 0, rowCount: 10, columnCount: 2 };
    const unloaded =
      'The property "rowHidden" is not available. Before reading the property\'s value, call the load method';
    await expect(hiddenLines(context, sheet, area, "rows", unloaded)).resolves.toEqual([]);
    await expect(hiddenLines(context, sheet, area, "rows", false)).resolves.toEqual([]);
    expect(syncs).toBe(0);
  });
});
