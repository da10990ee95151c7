/**
 * The Excel gateway reads a number cell through its format exactly as the .xlsx reader does: the
 * same table gives the same records in Excel and from a file.
 */
import ExcelJS from "exceljs";
import { parseGrid } from "../../src/core/parse";
import type { Grid } from "../../src/core/grid";
import { XlsxGateway } from "../../src/xlsx/gateway";
import { EXPECTED, HEADER, ROWS, TOP_LEFT, shownWorkbook } from "../xlsx/shownTable";
import { FakeExcel } from "./fakeExcel";
import { gatewayOn } from "./helpers";

/** The table as Excel holds it: dates as serials, formats per cell. */
function shownFake(sheet = "绩效目标表"): FakeExcel {
  const fake = new FakeExcel([sheet]);
  const s = fake.sheet(sheet);
  s.put("B1", [["项目支出绩效目标表"]]);
  s.put(TOP_LEFT, [HEADER, ...ROWS.map(([l1, l2, name, value]) => [l1, l2, name, value])]);
  s.format(TOP_LEFT, [
    [null, null, null, null],
    ...ROWS.map(([, , , , format]) => [null, null, null, format]),
  ]);
  fake.selection = { sheet, address: "A1" };
  return fake;
}

async function fromXlsx(): Promise<Grid> {
  // Saved and reopened, as an officer's file arrives.
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await shownWorkbook().xlsx.writeBuffer()) as ArrayBuffer);
  return new XlsxGateway(back).readSheet("绩效目标表");
}

describe("ExcelGateway: number cells read as what they show", () => {
  it("gives the records the .xlsx path gives for the same table", async () => {
    const { gateway } = gatewayOn(shownFake());
    const excel = await gateway.readSheet("绩效目标表");
    const file = await fromXlsx();
    const records = parseGrid(excel).indicators;
    expect(records.map((i) => [i.name, i.comparator, i.value, i.unit, i.kind, i.date])).toEqual(EXPECTED);
    expect(records).toEqual(parseGrid(file).indicators);
  });

  it("reads a selection with its shown texts at the selection's cells", async () => {
    const fake = shownFake();
    fake.selection = { sheet: "绩效目标表", address: "D4:E5" };
    const { gateway } = gatewayOn(fake);
    const grid = await gateway.readSelection();
    expect(grid).toMatchObject({ top: 4, left: 4 });
    expect(grid.values).toEqual([
      ["验收合格率", 0.95],
      ["设备完好率", 0.985],
    ]);
    expect(grid.texts).toEqual([
      [null, "95%"],
      [null, "98.5%"],
    ]);
  });
});
