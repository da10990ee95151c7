import * as path from "path";
import ExcelJS from "exceljs";
import { UserError } from "../../src/cli/io";
import { loadWorkbook } from "../../src/xlsx/files";
import { XlsxGateway } from "../../src/xlsx/gateway";
import { internalLinkTarget } from "../../src/xlsx/render";
import { parseGrid } from "../../src/core/parse";
import type { SheetPlan } from "../../src/core/plan/types";
import { cleanupTmp, makeTmpDir, plan, roundTrip, SAMPLE_XLSX, sheetByName } from "./helpers";

function twoSheets(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet("封面");
  a.getCell("A1").value = "封面";
  const b = wb.addWorksheet("绩效目标");
  b.getCell("A1").value = "项目名称";
  b.getCell("B1").value = "应急";
  b.getCell("B2").value = { formula: "1+1", result: 2 };
  b.getCell("C5").value = "≥95%";
  return wb;
}

describe("XlsxGateway", () => {
  it("reads the selected range with its position on the sheet", async () => {
    const gw = new XlsxGateway(twoSheets(), { selection: { sheet: "绩效目标", range: "B1:C5" } });
    const grid = await gw.readSelection();
    expect(grid).toMatchObject({ sheet: "绩效目标", top: 1, left: 2 });
    expect(grid.values).toHaveLength(5);
    expect(grid.values[0]).toEqual(["应急", null]);
    expect(grid.values[4]).toEqual([null, "≥95%"]);
    expect(grid.formulas?.[1][0]).toBe(true);
  });

  it("reads the used range of the sheet when one cell or no range is selected", async () => {
    const gw = new XlsxGateway(twoSheets(), { selection: { sheet: "绩效目标", range: "C5" } });
    const used = await gw.readSelection();
    expect(used).toMatchObject({ sheet: "绩效目标", top: 1, left: 1 });
    expect(used.values).toHaveLength(5);
    expect(used.values[4][2]).toBe("≥95%");
    gw.setSelection("绩效目标");
    expect((await gw.readSelection()).values).toEqual(used.values);
  });

  it("reads the active sheet when nothing is selected", async () => {
    const wb = twoSheets();
    wb.views = [
      { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 1, visibility: "visible" },
    ];
    const gw = new XlsxGateway(wb);
    expect((await gw.readSelection()).sheet).toBe("绩效目标");
    expect(gw.getSelection()).toEqual({ sheet: "绩效目标" });
  });

  it("lists and reads sheets by name", async () => {
    const gw = new XlsxGateway(twoSheets());
    expect(await gw.listSheets()).toEqual(["封面", "绩效目标"]);
    expect((await gw.readSheet("封面")).values).toEqual([["封面"]]);
    await expect(gw.readSheet("没有")).rejects.toThrow(UserError);
  });

  it("writes plans to new sheets, reports their names and keeps replacePrevious to its own sheets", async () => {
    const wb = twoSheets();
    const gw = new XlsxGateway(wb);
    expect(await gw.writePlans([plan({ name: "绩效目标" })])).toEqual([
      { name: "绩效目标 (2)", kind: "findings", fallbacks: [] },
    ]);
    expect(await gw.listSheets()).toEqual(["封面", "绩效目标", "绩效目标 (2)"]);
    await gw.navigate("绩效目标 (2)", "B2");
    const again = await gw.writePlans([plan({ name: "绩效目标" })], { replacePrevious: true });
    expect(again.map((w) => w.name)).toEqual(["绩效目标 (2)"]);
    expect(await gw.listSheets()).toEqual(["封面", "绩效目标", "绩效目标 (2)"]);
    expect(sheetByName(wb, "绩效目标").getCell("C5").value).toBe("≥95%");
  });

  it("navigate records the sheet and cell so a UI can follow, and rejects what does not exist", async () => {
    const gw = new XlsxGateway(twoSheets());
    await gw.navigate("绩效目标", "$c$5");
    expect(gw.getSelection()).toEqual({ sheet: "绩效目标", range: "C5" });
    await expect(gw.navigate("没有这张表", "A1")).rejects.toThrow(/没有这张表/);
    await expect(gw.navigate("绩效目标", "第五行")).rejects.toThrow(UserError);
    expect(() => gw.setSelection("绩效目标", "A1:??")).toThrow(UserError);
    expect(gw.getSelection()).toEqual({ sheet: "绩效目标", range: "C5" });
  });

  describe("on real files", () => {
    let dir: string;
    beforeAll(() => {
      dir = makeTmpDir();
    });
    afterAll(() => cleanupTmp(dir));

    it("reads the Guangzhou sample with sheet rows equal to TSV line numbers", async () => {
      const gw = new XlsxGateway(await loadWorkbook(SAMPLE_XLSX));
      const [sheet] = await gw.listSheets();
      const grid = await gw.readSheet(sheet);
      const texts = grid.values.map((row) => row.filter((v) => v !== null).join(" "));
      // Line 3 of the TSV is the table's title.
      expect(texts[3 - grid.top]).toContain("项目支出绩效目标表");
    });

    it("writes plans that survive saving and reopening", async () => {
      const wb = twoSheets();
      await new XlsxGateway(wb).writePlans([plan()]);
      const back = new XlsxGateway(await roundTrip(wb, path.join(dir, "gw.xlsx")));
      expect(await back.listSheets()).toEqual(["封面", "绩效目标", "校验结果"]);
      expect((await back.readSheet("校验结果")).values[1]).toEqual([1, "应急物资储备数量", "=1+1", 5]);
    });
  });
});

describe("on the Guangzhou sample with the real parser", () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTmpDir();
  });
  afterAll(() => cleanupTmp(dir));

  it("links every indicator row of an output sheet to the cell it came from", async () => {
    const gw = new XlsxGateway(await loadWorkbook(SAMPLE_XLSX));
    const [sheet] = await gw.listSheets();
    const result = parseGrid(await gw.readSheet(sheet));
    expect(result.indicators.length).toBeGreaterThan(100);
    const records = result.indicators.slice(0, 20);
    const plans: SheetPlan[] = [
      {
        name: "指标清单",
        kind: "indicators",
        values: [["位置", "指标", "目标"], ...records.map((r) => [r.cell, r.name, r.target])],
        hyperlinks: records.map((r, i) => ({ cell: `A${i + 2}`, sheet: r.sheet, target: r.cell })),
        tables: [{ name: "指标清单", range: `A1:C${records.length + 1}` }],
      },
    ];
    await gw.writePlans(plans);
    const back = await roundTrip(gw.workbook, path.join(dir, "sample-links.xlsx"));
    const out = sheetByName(back, "指标清单");
    const source = sheetByName(back, sheet);
    records.forEach((r, i) => {
      const link = out.getCell(`A${i + 2}`).value as ExcelJS.CellHyperlinkValue;
      expect(link.hyperlink).toBe(internalLinkTarget(sheet, r.cell));
      // The linked cell really holds the indicator's text.
      expect(String(source.getCell(r.cell).value)).toContain(r.target);
    });
  });
});
