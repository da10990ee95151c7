import type { SheetPlan } from "../../src/core/plan/types";
import { detectFeatures, MINIMUM_FEATURES } from "../../src/excel/features";
import { MemoryRegistry } from "../../src/excel/registry";
import { FakeExcel } from "./fakeExcel";
import { gatewayOn, indicatorPlan } from "./helpers";

describe("ExcelGateway.writePlans", () => {
  it("writes a small plan in three syncs: look, write, finish", async () => {
    const fake = new FakeExcel(["数据"]);
    const { gateway } = gatewayOn(fake);
    const written = await gateway.writePlans([indicatorPlan(50)]);
    expect(written).toEqual([{ name: "指标明细", kind: "indicators" }]);
    expect(fake.syncs).toBe(3);
    const sheet = fake.sheet("指标明细");
    expect(sheet.get("A1")).toBe("序号");
    expect(sheet.get("I51")).toBe("开展应急演练场次50");
    expect(sheet.get("L51")).toBe(20);
    expect(fake.active).toBe("指标明细");
  });

  it("splits a large plan into requests under the limit, close to bytes / limit", async () => {
    const fake = new FakeExcel(["数据"]);
    const limit = 64 * 1024;
    const { gateway } = gatewayOn(fake, { requestLimit: limit });
    await gateway.writePlans([indicatorPlan(3000)]);
    const total = fake.requests.reduce((a, b) => a + b, 0);
    expect(fake.maxRequestBytes()).toBeLessThanOrEqual(limit);
    expect(fake.syncs).toBeLessThanOrEqual(Math.ceil(total / limit) + 2);
    const blocks = fake.log.filter((e) => e.path === "values");
    expect(blocks.length).toBeGreaterThan(3);
    // Every row arrived exactly once, in order.
    let next = 1;
    for (const b of blocks) {
      const m = /^A(\d+):N(\d+)$/.exec(b.target)!;
      expect(Number(m[1])).toBe(next);
      next = Number(m[2]) + 1;
    }
    expect(next).toBe(3002);
    expect(fake.sheet("指标明细").get("I3001")).toBe("开展应急演练场次3000");
  });

  it("creates the table after its values and formats per range, never per cell", async () => {
    const fake = new FakeExcel(["数据"]);
    const { gateway } = gatewayOn(fake, { requestLimit: 64 * 1024 });
    await gateway.writePlans([indicatorPlan(2000)]);
    const lastValues = fake.log.map((e) => e.path).lastIndexOf("values");
    const tableAdd = fake.log.findIndex((e) => e.path === "tables.add");
    expect(tableAdd).toBeGreaterThan(lastValues);
    expect(fake.log.find((e) => e.path === "tables.add().name")?.value).toBe("指标明细");
    const fills = fake.log.filter((e) => e.path === "format.fill.color");
    expect(fills).toEqual([
      { sheet: "指标明细", target: "A1:N1", path: "format.fill.color", value: "#1F4E78" },
    ]);
    expect(fake.log.filter((e) => e.path === "numberFormat")).toEqual([
      { sheet: "指标明细", target: "L2:L2001", path: "numberFormat", value: [["0.##"]] },
    ]);
    // Equal neighbours share one write: 14 columns, E:F together → 13 writes.
    expect(fake.log.filter((e) => e.path === "format.columnWidth")).toHaveLength(13);
    expect(fake.log.find((e) => e.path === "freezePanes.freezeRows")?.value).toEqual([1]);
  });

  it("sets row heights once per run of equal heights, after the values, within the same syncs", async () => {
    const fake = new FakeExcel(["数据"]);
    const { gateway } = gatewayOn(fake, { requestLimit: 64 * 1024 });
    const plan = indicatorPlan(3000);
    // Every other block of ten rows is two lines high: 150 runs over 1,500 rows.
    const rowHeights: Record<number, number> = {};
    for (let r = 2; r <= 3001; r++) if (Math.floor((r - 2) / 10) % 2 === 0) rowHeights[r] = 30;
    await gateway.writePlans([{ ...plan, rowHeights }]);
    const writes = fake.log.filter((e) => e.path === "format.rowHeight");
    expect(writes).toHaveLength(150);
    expect(writes[0]).toEqual({ sheet: "指标明细", target: "2:11", path: "format.rowHeight", value: 30 });
    expect(writes[149].target).toBe("2982:2991");
    expect(fake.log.findIndex((e) => e.path === "format.rowHeight")).toBeGreaterThan(
      fake.log.map((e) => e.path).lastIndexOf("values"),
    );
    // The heights travel in the packed requests: no sync of their own.
    const total = fake.requests.reduce((a, b) => a + b, 0);
    expect(fake.syncs).toBeLessThanOrEqual(Math.ceil(total / (64 * 1024)) + 2);
  });

  it("keeps text that starts with = + - @ or ' as text", async () => {
    const fake = new FakeExcel(["数据"]);
    const { gateway } = gatewayOn(fake);
    const plan: SheetPlan = {
      name: "结果",
      kind: "other",
      values: [["=SUM(A1:A9)", "+86 20", "-5", "@所有人", "'引号", "普通", -5, null]],
    };
    await gateway.writePlans([plan]);
    const written = fake.log.find((e) => e.path === "values")!.value as unknown[][];
    expect(written[0]).toEqual(["'=SUM(A1:A9)", "'+86 20", "'-5", "'@所有人", "''引号", "普通", -5, ""]);
    const s = fake.sheet("结果");
    expect([s.get("A1"), s.get("B1"), s.get("C1"), s.get("D1"), s.get("E1")]).toEqual([
      "=SUM(A1:A9)",
      "+86 20",
      "-5",
      "@所有人",
      "'引号",
    ]);
    expect(s.get("G1")).toBe(-5);
  });

  it("never overwrites: a name clash gets a suffix", async () => {
    const fake = new FakeExcel(["数据", "校验结果"]);
    const { gateway } = gatewayOn(fake);
    const written = await gateway.writePlans([{ name: "校验结果", kind: "findings", values: [["a"]] }]);
    expect(written[0].name).toBe("校验结果 (2)");
    expect(fake.sheet("校验结果").cells.size).toBe(0);
  });

  it("replacePrevious removes only the sheets this add-in created", async () => {
    const fake = new FakeExcel(["数据"]);
    const registry = new MemoryRegistry();
    const { gateway } = gatewayOn(fake, { registry });
    await gateway.writePlans([{ name: "校验结果", kind: "findings", values: [["第一次"]] }]);
    fake.addSheet("我的笔记"); // the officer's own sheet
    fake.sheet("校验结果").name = "改名的结果"; // renamed by the officer: still ours
    const again = await gateway.writePlans([{ name: "校验结果", kind: "findings", values: [["第二次"]] }], {
      replacePrevious: true,
    });
    expect(again[0].name).toBe("校验结果");
    expect(fake.live().map((s) => s.name)).toEqual(["数据", "我的笔记", "校验结果"]);
    expect(registry.ids()).toEqual([fake.sheet("校验结果").id]);
    // Without replacePrevious the earlier result stays and the new one gets a suffix.
    const third = await gateway.writePlans([{ name: "校验结果", kind: "findings", values: [["第三次"]] }]);
    expect(third[0].name).toBe("校验结果 (2)");
    expect(registry.ids()).toHaveLength(2);
  });

  it("adds before deleting when the add-in's sheets are the only ones left", async () => {
    const fake = new FakeExcel(["数据"]);
    const registry = new MemoryRegistry();
    const { gateway } = gatewayOn(fake, { registry });
    await gateway.writePlans([{ name: "结果", kind: "other", values: [["x"]] }]);
    fake.sheet("数据").deleted = true;
    const w = await gateway.writePlans([{ name: "结果", kind: "other", values: [["y"]] }], {
      replacePrevious: true,
    });
    expect(w[0].name).toBe("结果 (2)");
    expect(fake.live().map((s) => s.name)).toEqual(["结果 (2)"]);
  });

  it("turns events off during the write and suspends calculation and screen per request", async () => {
    const fake = new FakeExcel(["数据"]);
    const { gateway } = gatewayOn(fake, { requestLimit: 64 * 1024 });
    await gateway.writePlans([indicatorPlan(1500)]);
    const ev = fake.events;
    const firstWrite = ev.indexOf("events:false");
    expect(firstWrite).toBeGreaterThan(ev.indexOf("sync")); // after the first look
    expect(ev[ev.length - 1]).toBe("sync");
    expect(ev.lastIndexOf("events:true")).toBeGreaterThan(ev.lastIndexOf("suspendScreen"));
    const writeSyncs = fake.syncs - 2;
    expect(ev.filter((e) => e === "suspendScreen")).toHaveLength(writeSyncs);
    expect(ev.filter((e) => e === "suspendCalculation")).toHaveLength(writeSyncs);
    expect(fake.enableEvents).toBe(true);
  });

  it("on ExcelApi 1.7 only, does not call what 1.8/1.9 add", async () => {
    const fake = new FakeExcel(["数据"]);
    const { gateway } = gatewayOn(fake, { features: MINIMUM_FEATURES });
    await gateway.writePlans([indicatorPlan(10)]);
    expect(fake.events.filter((e) => e.startsWith("events:") || e === "suspendScreen")).toEqual([]);
    expect(fake.events).toContain("suspendCalculation");
  });

  describe("page setup (ExcelApi 1.9 pageLayout)", () => {
    const printed = (): SheetPlan => ({
      ...indicatorPlan(10),
      pageSetup: {
        orientation: "landscape",
        fitToPagesWide: 1,
        paperSize: "A4",
        printTitleRows: { first: 1, last: 1 },
        header: "&A",
        footer: "第 &P 页，共 &N 页",
      },
    });

    it("writes orientation, paper, fit to one page wide, the title row, header and footer", async () => {
      const fake = new FakeExcel(["数据"]);
      const { gateway } = gatewayOn(fake);
      await gateway.writePlans([printed(), { ...indicatorPlan(3, "无打印设置") }]);
      const writes = fake.log
        .filter((e) => e.path.startsWith("pageLayout"))
        .map(({ sheet, path, value }) => ({ sheet, path, value }));
      expect(writes).toEqual([
        { sheet: "指标明细", path: "pageLayout.orientation", value: "Landscape" },
        { sheet: "指标明细", path: "pageLayout.paperSize", value: "A4" },
        { sheet: "指标明细", path: "pageLayout.zoom", value: { horizontalFitToPages: 1 } },
        { sheet: "指标明细", path: "pageLayout.setPrintTitleRows", value: ["$1:$1"] },
        {
          sheet: "指标明细",
          path: "pageLayout.headersFooters.defaultForAllPages.centerHeader",
          value: "&A",
        },
        {
          sheet: "指标明细",
          path: "pageLayout.headersFooters.defaultForAllPages.centerFooter",
          value: "第 &P 页，共 &N 页",
        },
      ]);
      // After the sheet's values, like every other format of the sheet.
      const lastValues = fake.log.map((e) => `${e.sheet}|${e.path}`).lastIndexOf("指标明细|values");
      expect(lastValues).toBeGreaterThan(0);
      expect(fake.log.findIndex((e) => e.path.startsWith("pageLayout"))).toBeGreaterThan(lastValues);
    });

    it("skips it silently on ExcelApi 1.7 only, and the sheet is still written", async () => {
      const fake = new FakeExcel(["数据"]);
      const { gateway } = gatewayOn(fake, { features: MINIMUM_FEATURES });
      const written = await gateway.writePlans([printed()]);
      expect(written).toEqual([{ name: "指标明细", kind: "indicators" }]);
      expect(fake.log.filter((e) => e.path.startsWith("pageLayout"))).toEqual([]);
      expect(fake.sheet("指标明细").get("A1")).toBe("序号");
    });

    it("detects pageLayout from ExcelApi 1.9", () => {
      expect(detectFeatures((v) => v === "1.9").pageLayout).toBe(true);
      expect(detectFeatures((v) => v === "1.7" || v === "1.8").pageLayout).toBe(false);
    });
  });

  it("writes hyperlinks, conditional formats and a clustered column chart", async () => {
    const fake = new FakeExcel(["数据", "指标明细"]);
    const { gateway } = gatewayOn(fake);
    const findings: SheetPlan = {
      name: "校验结果",
      kind: "findings",
      values: [
        ["位置", "问题", "严重"],
        ["数据!F7", "缺少单位", 3],
        ["=危险", "x", 1],
      ],
      hyperlinks: [
        { cell: "A2", sheet: "数据", target: "F7", tooltip: "转到原单元格" },
        { cell: "A3", sheet: "指标明细", target: "A2" },
      ],
      conditionalFormats: [
        { type: "dataBar", range: "C2:C3", color: "#5B9BD5" },
        {
          type: "cellIs",
          range: "C2:C3",
          operator: "greaterThan",
          formula: ["2"],
          fill: "#FFC7CE",
          fontColor: "#9C0006",
        },
      ],
      charts: [
        {
          type: "columnClustered",
          title: "问题数",
          dataRange: "B1:C3",
          seriesBy: "columns",
          from: "E2",
          to: "L18",
        },
      ],
    };
    await gateway.writePlans([indicatorPlan(3), findings]);
    const links = fake.log.filter((e) => e.path === "hyperlink");
    expect(links[0]).toMatchObject({
      target: "A2",
      value: { documentReference: "'数据'!F7", screenTip: "转到原单元格", textToDisplay: "数据!F7" },
    });
    // The link to a plan written in the same call follows its new name; formula-like text is not resent.
    expect(links[1].value).toEqual({ documentReference: "'指标明细 (2)'!A2" });
    expect(fake.log.find((e) => e.path === "conditionalFormats.add")?.value).toEqual(["DataBar"]);
    expect(fake.log.find((e) => e.path === "conditionalFormats.add().cellValue.rule")?.value).toEqual({
      formula1: "2",
      operator: "GreaterThan",
    });
    expect(fake.log.find((e) => e.path === "charts.add")?.value).toEqual([
      "ColumnClustered",
      null,
      "Columns",
    ]);
    expect(fake.log.find((e) => e.path === "charts.add().setPosition")?.value).toEqual(["E2", "L18"]);
  });

  it("gives a new table a name not used in the workbook", async () => {
    const fake = new FakeExcel(["数据"]);
    const { gateway } = gatewayOn(fake);
    await gateway.writePlans([indicatorPlan(2)]);
    await gateway.writePlans([indicatorPlan(2)]);
    const names = fake.log.filter((e) => e.path === "tables.add().name").map((e) => e.value);
    expect(names).toEqual(["指标明细", "指标明细_2"]);
  });

  it("reports a failed write in plain words and still tracks the sheets it made", async () => {
    const fake = new FakeExcel(["数据"]);
    const registry = new MemoryRegistry();
    const { gateway } = gatewayOn(fake, { registry, requestLimit: 32 * 1024 });
    let n = 0;
    const ctx = fake.context.bind(fake);
    fake.context = () => {
      const c = ctx();
      const sync = c.sync.bind(c);
      (c as { sync: () => Promise<void> }).sync = async () => {
        if (++n === 3) throw Object.assign(new Error("boom"), { code: "GeneralException" });
        return sync();
      };
      return c;
    };
    await expect(gateway.writePlans([indicatorPlan(1000)])).rejects.toMatchObject({
      text: { zh: expect.stringContaining("Excel 未能完成操作") },
    });
    expect(registry.ids()).toEqual([fake.sheet("指标明细").id]);
    expect(fake.enableEvents).toBe(true);
  });
});
