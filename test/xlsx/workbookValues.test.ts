/**
 * Values as Excel's range.values gives them, from saved .xlsx files: a 1904 workbook's own serials (its
 * date cells too) and formulas saved without a result, named in Grid.uncomputed.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { parseGrid } from "../../src/core/parse";
import { XlsxGateway } from "../../src/xlsx/gateway";
import { toCellValue } from "../../src/xlsx/read";
import { cleanupTmp, makeTmpDir, roundTrip } from "./helpers";

const HEADER = ["项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"];

/** As Excel for Mac saved them: the 1904 date system, a serial typed in and a date typed in. */
function workbook1904(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = true;
  const ws = wb.addWorksheet("S");
  ws.addRow(HEADER);
  ws.addRow(["社区养老服务补贴", "产出指标", "时效指标", "完成时间", 44195, ""]);
  ws.addRow(["社区养老服务补贴", "产出指标", "时效指标", "开工时间", new Date(Date.UTC(2024, 2, 1)), ""]);
  ws.getCell("E3").numFmt = "yyyy-mm-dd";
  ws.addRow(["社区养老服务补贴", "产出指标", "数量指标", "服务人数", 100, "人"]);
  return wb;
}

describe("a workbook of the 1904 date system", () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTmpDir();
  });
  afterAll(() => cleanupTmp(dir));

  it("gives the workbook's own serials, flags the grid, and reads both dates right", async () => {
    const wb = await roundTrip(workbook1904(), path.join(dir, "d1904.xlsx"));
    const grid = await new XlsxGateway(wb).readSheet("S");
    expect(grid.date1904).toBe(true);
    // 2024-03-01 is 45352 from 1900 and 43890 from 1904 — what Excel's range.values gives on a Mac file.
    expect(grid.values.map((row) => row[4])).toEqual(["指标值", 44195, 45352 - 1462, 100]);
    expect(grid.texts?.[2][4]).toBe("2024/3/1");
    const dates = parseGrid(grid).indicators.map((i) => [i.name, i.kind, i.date]);
    expect(dates).toEqual([
      ["完成时间", "date", "2024-12-31"],
      ["开工时间", "date", "2024-03-01"],
      ["服务人数", "quantitative", null],
    ]);
  });

  it("leaves a 1900 workbook's grid without the flag, its serials from 1900", async () => {
    const wb = workbook1904();
    wb.properties.date1904 = false;
    const back = await roundTrip(wb, path.join(dir, "d1900.xlsx"));
    const grid = await new XlsxGateway(back).readSheet("S");
    expect(grid).not.toHaveProperty("date1904");
    expect(grid.values[2][4]).toBe(45352);
  });

  it("converts a Date value by the flag it is given", () => {
    const d = new Date(Date.UTC(2024, 11, 31));
    expect(toCellValue(d).value).toBe(45657);
    expect(toCellValue(d, true).value).toBe(45657 - 1462);
  });
});

describe("formulas saved without a result", () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTmpDir();
  });
  afterAll(() => cleanupTmp(dir));

  it("are listed in Grid.uncomputed and named in the parser's warning", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("公式");
    ws.addRow(HEADER);
    ws.addRow([
      "社区养老服务补贴",
      "产出指标",
      "数量指标",
      "服务老人人数",
      { formula: "H2+H3", result: 1200 },
      "人",
    ]);
    ws.addRow(["社区养老服务补贴", "产出指标", "数量指标", "培训人次", { formula: "H2*2" }, "人次"]);
    ws.addRow(["社区养老服务补贴", "产出指标", "质量指标", "服务合格率", "≥95", "%"]);
    const back = await roundTrip(wb, path.join(dir, "formulas.xlsx"));
    const grid = await new XlsxGateway(back).readSheet("公式");
    expect(grid.values.map((row) => row[4])).toEqual(["指标值", 1200, null, "≥95"]);
    expect(grid.formulas?.map((row) => row[4])).toEqual([false, true, true, false]);
    expect(grid.uncomputed).toEqual([[2, 4]]);
    const warnings = parseGrid(grid).messages.map((m) => m.text.zh);
    expect(warnings.some((t) => t.includes("E3") && t.includes("没有保存计算结果"))).toBe(true);
  });

  it("gives a grid without the list when every formula has its result", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.addRow(HEADER);
    ws.addRow(["社区养老服务补贴", "产出指标", "数量指标", "服务人数", { formula: "1+1", result: 2 }, "人"]);
    const grid = await new XlsxGateway(await roundTrip(wb, path.join(dir, "ok.xlsx"))).readSheet("S");
    expect(grid).not.toHaveProperty("uncomputed");
  });
});
