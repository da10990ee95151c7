/** The preview renders plans through ExcelJS but has no printing: a page setup must change nothing on screen. */
import ExcelJS from "exceljs";
import { indicatorsSheetPlan } from "../../src/core/plan/indicatorsSheet";
import { PreviewGateway } from "../../src/preview/gateway";
import { sheetView } from "../../src/preview/sheetModel";
import { makeRecord } from "../core/review/ruleTester";

describe("preview with a printed plan", () => {
  it("draws the same sheet with and without the page setup", async () => {
    const plan = indicatorsSheetPlan([
      makeRecord({ name: "培训人数", cell: "E7", row: 7, text: "培训人数≥100人" }),
    ]);
    expect(plan.pageSetup).toBeDefined();
    const views = [];
    for (const p of [plan, { ...plan, pageSetup: undefined }]) {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("数据");
      const gateway = new PreviewGateway(wb);
      const events: string[] = [];
      gateway.subscribe((e) => events.push(e.type === "changed" ? `changed:${e.activate}` : e.type));
      const [written] = await gateway.writePlans([p]);
      expect(events).toEqual([`changed:${written.name}`]);
      views.push(sheetView(wb.getWorksheet(written.name)!, 100));
    }
    expect(views[0].rows[1].map((c) => c.text)).toContain("培训人数");
    expect(views[0]).toEqual(views[1]);
  });
});
