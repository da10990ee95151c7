/** The preview's download goes through the same escaped writer as the command line: a CR LF survives it. */
import ExcelJS from "exceljs";
import { downloadWorkbook } from "../../src/preview/files";

describe("the preview's download", () => {
  it("keeps a cell's CR LF line break (round 178)", async () => {
    const wb = new ExcelJS.Workbook();
    const text = "信宜市项目支出绩效目标表\r\n（系统导出）";
    wb.addWorksheet("表").getCell("A1").value = text;
    // The page's download link and blob URL, as far as downloadWorkbook touches them.
    let blob: Blob | undefined;
    const link = { href: "", download: "", click: jest.fn(), remove: jest.fn() };
    Object.assign(globalThis, {
      document: { createElement: () => link, body: { appendChild: jest.fn() } },
    });
    const create = jest.spyOn(URL, "createObjectURL").mockImplementation((b) => {
      blob = b as Blob;
      return "blob:test";
    });
    // The blob URL's one-minute clean-up is not waited for; every other timer (ExcelJS's zip) runs.
    const realSetTimeout = globalThis.setTimeout;
    const timer = jest
      .spyOn(globalThis, "setTimeout")
      .mockImplementation(((fn: () => void, ms?: number) =>
        ms === 60_000 ? 0 : realSetTimeout(fn, ms)) as unknown as typeof setTimeout);
    try {
      await downloadWorkbook(wb, "表-审核结果.xlsx");
    } finally {
      timer.mockRestore();
      create.mockRestore();
      delete (globalThis as { document?: unknown }).document;
    }
    expect(link.download).toBe("表-审核结果.xlsx");
    expect(link.click).toHaveBeenCalled();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await (blob as Blob).arrayBuffer());
    expect(back.getWorksheet("表")?.getCell("A1").value).toBe(text);
    // The workbook in memory is as it was.
    expect(wb.getWorksheet("表")?.getCell("A1").value).toBe(text);
  });
});
