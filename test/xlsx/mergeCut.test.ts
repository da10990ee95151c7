/**
 * A merge cut by the read area's top or left edge (`--range` through a merged 一级 cell): the merge's master
 * lies outside the area, so its value would be lost; the merge's first cell inside the area takes it. Merges
 * wholly inside keep Excel's reading (blanks after the first cell), and the parser fills those down.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { parseGrid } from "../../src/core/parse";
import { worksheetToGrid } from "../../src/xlsx/read";
import { cleanupTmp, makeTmpDir, roundTrip } from "./helpers";

function rowsTable(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("绩效目标表");
  ws.addRows([
    ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
    ["农村公路养护", "产出指标", "数量指标", "养护里程", "≥120公里"],
    [null, null, null, "养护路段数", "≥15条"],
    [null, null, "质量指标", "路况优良率", "≥85%"],
    [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
  ]);
  ws.mergeCells("A2:A5");
  ws.mergeCells("B2:B4");
  ws.mergeCells("C2:C3");
  return wb;
}

describe("a merge cut by the read area's edge", () => {
  let dir: string;
  beforeAll(() => (dir = makeTmpDir()));
  afterAll(() => cleanupTmp(dir));

  it("gives the master's value to the merge's first cell inside the area, after a real save and load", async () => {
    const wb = await roundTrip(rowsTable(), path.join(dir, "cut.xlsx"));
    const grid = worksheetToGrid(wb.worksheets[0], "A3:E5");
    expect(grid.values).toEqual([
      ["农村公路养护", "产出指标", "数量指标", "养护路段数", "≥15条"],
      [null, null, "质量指标", "路况优良率", "≥85%"],
      [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ]);
  });

  it("cut on the left too: the first cell of the cut merge inside the area", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表");
    ws.getCell("A1").value = "产出指标";
    ws.mergeCells("A1:C2");
    ws.getCell("D1").value = "x";
    const grid = worksheetToGrid(ws, "B2:D2");
    expect(grid.values).toEqual([["产出指标", null, null]]);
    // Read whole, a merge keeps Excel's reading: the value in its first cell, blanks after.
    expect(worksheetToGrid(ws, "A1:D2").values).toEqual([
      ["产出指标", null, null, "x"],
      [null, null, null, null],
    ]);
  });

  it("reads the indicators under a cut merge with their categories", async () => {
    const wb = await roundTrip(rowsTable(), path.join(dir, "cut2.xlsx"));
    const whole = parseGrid(worksheetToGrid(wb.worksheets[0]));
    const header = worksheetToGrid(wb.worksheets[0], "A1:E1").values[0];
    // The officer's range starts below the header: the header is given again, as a pasted copy would be.
    const cut = worksheetToGrid(wb.worksheets[0], "A3:E5");
    const parsed = parseGrid({ ...cut, top: 2, values: [header, ...cut.values], formulas: undefined });
    const fields = (r: { project: string; level1: unknown; level2: unknown; name: string }) => [
      r.project,
      r.level1,
      r.level2,
      r.name,
    ];
    expect(parsed.indicators.map(fields)).toEqual(whole.indicators.slice(1).map(fields));
    expect(parsed.indicators.map(fields)[0]).toEqual(["农村公路养护", "产出指标", "数量指标", "养护路段数"]);
  });
});
