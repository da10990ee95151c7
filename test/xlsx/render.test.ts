import * as path from "path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import {
  CREATED_SHEET_NAME_PREFIX,
  createdSheetNames,
  internalLinkTarget,
  renderPlans,
  uniqueTableName,
} from "../../src/xlsx/render";
import {
  cleanupTmp,
  makeTmpDir,
  packagePart,
  plan,
  roundTrip,
  sheetByName,
  tablesOf,
  workbookWithSheet,
} from "./helpers";

let dir: string;
beforeAll(() => {
  dir = makeTmpDir();
});
afterAll(() => cleanupTmp(dir));
const file = (name: string) => path.join(dir, name);

type Cf = {
  ref: string;
  rules: {
    type: string;
    operator?: string;
    formulae?: string[];
    color?: { argb: string };
    style?: { fill?: { bgColor?: { argb: string } } };
  }[];
};
const cfsOf = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { conditionalFormattings: Cf[] }).conditionalFormattings;

describe("values", () => {
  it("keeps formula-looking text as text after a real write and read", async () => {
    const wb = workbookWithSheet();
    renderPlans(wb, [plan()]);
    const back = await roundTrip(wb, file("values.xlsx"));
    const ws = sheetByName(back, "校验结果");
    for (const [addr, text] of [
      ["C2", "=1+1"],
      ["B3", "+8613800000000"],
      ["C3", "-5"],
      ["B4", "@x"],
    ] as const) {
      expect(ws.getCell(addr).value).toBe(text);
      expect(ws.getCell(addr).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(addr).formula).toBeUndefined();
    }
    expect(ws.getCell("D2").value).toBe(5);
    expect(ws.getCell("A4").value).toBe(3);
    // No <f> element anywhere in the written sheet: nothing became a formula.
    const xml = await packagePart(file("values.xlsx"), "xl/worksheets/sheet2.xml");
    expect(xml).not.toMatch(/<f[ >]/);
  });

  it("property: any text starting with = + - @ comes back as the same text, never a formula", async () => {
    const printable = fc
      .string({ unit: "grapheme", maxLength: 30 })
      // XML cannot carry most control characters and turns CR into LF; ExcelJS drops them, as Excel would.
      .filter((s) => [...s].every((ch) => ch.codePointAt(0)! >= 0x20 && ch.codePointAt(0) !== 0x7f));
    const texts = fc.sample(
      fc.tuple(fc.constantFrom("=", "+", "-", "@"), printable).map(([p, s]) => p + s),
      { numRuns: 300, seed: 42 },
    );
    const wb = new ExcelJS.Workbook();
    renderPlans(wb, [{ name: "P", kind: "other", values: texts.map((t) => [t]) }]);
    const back = await roundTrip(wb, file("property.xlsx"));
    const ws = sheetByName(back, "P");
    texts.forEach((t, i) => {
      const cell = ws.getCell(i + 1, 1);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(t);
    });
  });

  it("writes a character beyond U+FFFF whole, wherever it falls in the file", async () => {
    // Found with 15,000 random texts in the property above: JSZip encodes a part 16,384 UTF-16 units at a
    // time, and a character whose two halves fell on either side came back as two U+FFFD (zipText.ts).
    const texts = Array.from({ length: 3000 }, (_, i) => `=${i}${"𠮷𬌗".repeat(20)}`);
    const wb = new ExcelJS.Workbook();
    renderPlans(wb, [{ name: "P", kind: "other", values: texts.map((t) => [t]) }]);
    const ws = sheetByName(await roundTrip(wb, file("astral.xlsx")), "P");
    expect(texts.filter((t, i) => ws.getCell(i + 1, 1).value !== t)).toEqual([]);
  });

  it("skips null and non-finite numbers instead of writing garbage", async () => {
    const wb = new ExcelJS.Workbook();
    renderPlans(wb, [{ name: "N", kind: "other", values: [[null, Number.NaN, Infinity, true, 0]] }]);
    const ws = sheetByName(await roundTrip(wb, file("nulls.xlsx")), "N");
    expect([1, 2, 3, 4, 5].map((c) => ws.getCell(1, c).value)).toEqual([null, null, null, true, 0]);
  });
});

describe("layout and formats", () => {
  it("keeps the planned row heights through a saved file, and only on the rows planned", async () => {
    const wb = new ExcelJS.Workbook();
    const values = [["标题"], ["一"], ["二"], ["三"], ["四"]];
    renderPlans(wb, [
      plan({ name: "高", values, rowHeights: { 2: 30, 3: 30, 5: 120, 0: 45, 7: Number.NaN } }),
    ]);
    const ws = sheetByName(await roundTrip(wb, file("heights.xlsx")), "高");
    expect([1, 2, 3, 4, 5, 6, 7].map((r) => ws.getRow(r).height ?? null)).toEqual([
      null,
      30,
      30,
      null,
      120,
      null,
      null,
    ]);
  });

  it("keeps the page setup through a saved file: landscape A4, one page wide, title row, header and footer", async () => {
    const wb = new ExcelJS.Workbook();
    const values = [["标题"], ["严重程度", "代码"], ["错误", "VAGUE"]];
    renderPlans(wb, [
      plan({
        name: "校验结果",
        values,
        pageSetup: {
          orientation: "landscape",
          fitToPagesWide: 1,
          paperSize: "A4",
          printTitleRows: { first: 2, last: 2 },
          header: "&A",
          footer: "第 &P 页，共 &N 页",
        },
      }),
      plan({ name: "无", values }),
    ]);
    const out = file("print.xlsx");
    const back = await roundTrip(wb, out);
    const ws = sheetByName(back, "校验结果");
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(ws.headerFooter).toMatchObject({ oddHeader: "&C&A", oddFooter: "&C第 &P 页，共 &N 页" });
    // The repeated row is Excel's Print_Titles name, local to the sheet.
    const book = await packagePart(out, "xl/workbook.xml");
    expect(book).toMatch(/_xlnm\.Print_Titles" localSheetId="0">&apos;校验结果&apos;!\$2:\$2</);
    expect(ws.pageSetup.printTitlesRow).toBe("2:2");
    expect(await packagePart(out, "xl/worksheets/sheet1.xml")).toMatch(/<pageSetUpPr fitToPage="1"/);
    // A plan without a page setup keeps ExcelJS's defaults (portrait, no fitting, no titles).
    const plain = sheetByName(back, "无");
    expect(plain.pageSetup.orientation).toBe("portrait");
    expect(plain.pageSetup.fitToPage).toBeFalsy();
    expect(book).not.toMatch(/localSheetId="1"/);
  });

  it("writes column widths, freeze panes, tab colour, formats and merges", async () => {
    const wb = new ExcelJS.Workbook();
    renderPlans(wb, [
      plan({
        tabColor: "#C00000",
        columnWidths: [6, 40, 30],
        freeze: { rows: 1, columns: 2 },
        merges: ["A6:D6"],
        values: [...plan().values, [], ["合计说明"]],
        formats: [
          {
            range: "A1:D1",
            fill: "#1F4E79",
            font: { bold: true, color: "#FFFFFF" },
            horizontalAlignment: "center",
            border: { style: "thin", color: "#000000" },
          },
          { range: "B2:C4", wrapText: true, verticalAlignment: "top" },
          { range: "D2:D4", numberFormat: "0.00", font: { italic: true } },
          { range: "D2:D2", font: { color: "#FF0000" } },
        ],
      }),
    ]);
    const ws = sheetByName(await roundTrip(wb, file("formats.xlsx")), "校验结果");
    expect(ws.getColumn(1).width).toBe(6);
    expect(ws.getColumn(2).width).toBe(40);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 1, topLeftCell: "C2" });
    expect(ws.properties.tabColor).toEqual({ argb: "FFC00000" });
    const h = ws.getCell("C1");
    expect(h.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } });
    expect(h.font).toMatchObject({ bold: true, color: { argb: "FFFFFFFF" } });
    expect(h.alignment).toMatchObject({ horizontal: "center" });
    expect(h.border.top).toMatchObject({ style: "thin", color: { argb: "FF000000" } });
    expect(h.border.right).toMatchObject({ style: "thin" });
    expect(ws.getCell("B3").alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(ws.getCell("D3").numFmt).toBe("0.00");
    // A later format adds to the font of an earlier one instead of replacing it.
    expect(ws.getCell("D2").font).toMatchObject({ italic: true, color: { argb: "FFFF0000" } });
    expect(ws.getCell("D3").font.color).toBeUndefined();
    // Cells outside the ranges are untouched.
    expect(ws.getCell("A2").fill).toBeUndefined();
    expect(ws.getCell("C6").isMerged).toBe(true);
    expect(ws.getCell("C6").master.address).toBe("A6");
    expect(ws.getCell("A6").value).toBe("合计说明");
  });
});

describe("hyperlinks", () => {
  it("links to cells of an existing sheet with a name that needs quoting", () => {
    expect(internalLinkTarget("原表 it's", "B7")).toBe("#'原表 it''s'!$B$7");
    expect(internalLinkTarget("S", "b7:c9")).toBe("#'S'!$B$7:$C$9");
    expect(internalLinkTarget("S", "not a cell")).toBeNull();
  });

  it("writes internal links that survive a round trip, without ExcelJS's broken location attribute", async () => {
    const wb = workbookWithSheet("原表 it's");
    wb.addWorksheet("指标清单"); // the planned name below clashes and gets a suffix
    renderPlans(wb, [
      plan({
        hyperlinks: [
          { cell: "B2", sheet: "原表 it's", target: "B7", tooltip: "转到原表" },
          { cell: "B3", sheet: "指标清单", target: "A2" },
        ],
      }),
      { name: "指标清单", kind: "indicators", values: [["指标"], ["x"]] },
    ]);
    const out = file("links.xlsx");
    const ws = sheetByName(await roundTrip(wb, out), "校验结果");
    expect(ws.getCell("B2").value).toMatchObject({
      text: "应急物资储备数量",
      hyperlink: "#'原表 it''s'!$B$7",
    });
    // The link goes to the sheet the plan was written to, which got a suffix.
    expect((ws.getCell("B3").value as ExcelJS.CellHyperlinkValue).hyperlink).toBe("#'指标清单 (2)'!$A$2");
    expect((ws.getCell("B3").value as ExcelJS.CellHyperlinkValue).text).toBe("+8613800000000");
    expect(ws.getCell("B2").font).toMatchObject({ underline: true, color: { argb: "FF0563C1" } });
    const xml = await packagePart(out, "xl/worksheets/sheet3.xml");
    expect(xml).toContain("<hyperlinks>");
    expect(xml).not.toContain('location="#');
    // ExcelJS writes the tooltip but does not read it back, so look in the file.
    expect(xml).toContain('tooltip="转到原表"');
  });
});

describe("tables", () => {
  it("adds an Excel table with a filter over the planned range, names unique across the workbook", async () => {
    const wb = new ExcelJS.Workbook();
    wb.definedNames.add("'X'!$A$1", "Findings_3");
    const plans = [0, 1, 2].map((i) =>
      plan({ name: `表${i}`, tables: [{ name: "Findings", range: "A1:D4", showFilter: true }] }),
    );
    plans.push(plan({ name: "表3", tables: [{ name: "Findings", range: "A1:D4" }] }));
    renderPlans(wb, plans);
    const back = await roundTrip(wb, file("tables.xlsx"));
    const names = back.worksheets.flatMap((ws) => Object.keys(tablesOf(ws)));
    expect(names).toEqual(["Findings", "Findings_2", "Findings_4", "Findings_5"]);
    const t = (
      tablesOf(sheetByName(back, "表0"))["Findings"] as unknown as {
        table: {
          tableRef: string;
          autoFilterRef: string;
          columns: { name: string; filterButton: boolean }[];
        };
      }
    ).table;
    expect(t.tableRef).toBe("A1:D4");
    expect(t.autoFilterRef).toBe("A1:D4");
    expect(t.columns.map((c) => c.name)).toEqual(["序号", "指标", "问题", "数量"]);
    expect(t.columns.every((c) => c.filterButton)).toBe(true);
    // The table keeps the planned values, formula-looking text included.
    expect(sheetByName(back, "表0").getCell("C2").value).toBe("=1+1");
  });

  it("makes table names Excel accepts", () => {
    const taken = new Set<string>();
    expect(uniqueTableName("校验 结果-1", taken)).toBe("校验_结果_1");
    expect(uniqueTableName("2022表", taken)).toBe("T_2022表");
    expect(uniqueTableName("A1", taken)).toBe("T_A1");
    expect(uniqueTableName("R", taken)).toBe("T_R");
    expect(uniqueTableName("校验 结果-1", taken)).toBe("校验_结果_1_2");
  });

  it("gives empty and repeated header cells distinct names and never merges inside a table", async () => {
    const wb = new ExcelJS.Workbook();
    const [written] = renderPlans(wb, [
      {
        name: "H",
        kind: "other",
        values: [
          ["名称", "", "名称"],
          ["a", "b", "c"],
        ],
        tables: [{ name: "T", range: "A1:C2" }],
        merges: ["A2:B2"],
      },
    ]);
    const ws = sheetByName(await roundTrip(wb, file("headers.xlsx")), "H");
    const cols = (
      tablesOf(ws)["T"] as unknown as { table: { columns: { name: string }[] } }
    ).table.columns.map((c) => c.name);
    expect(cols).toEqual(["名称", "列2", "名称2"]);
    expect(ws.getCell("B2").isMerged).toBe(false);
    expect(written.fallbacks.map((f) => f.en).join(" ")).toContain("A2:B2");
  });
});

describe("conditional formats and charts", () => {
  it("writes data bars and cellIs rules, in one block per range (LibreOffice shows only one block per range)", async () => {
    const wb = new ExcelJS.Workbook();
    renderPlans(wb, [
      plan({
        conditionalFormats: [
          { type: "dataBar", range: "D2:D4", color: "#63BE7B" },
          {
            type: "cellIs",
            range: "D2:D4",
            operator: "greaterThan",
            formula: ["10"],
            fill: "#FFC7CE",
            fontColor: "#9C0006",
          },
          { type: "dataBar", range: "A2:A4", color: "#5B9BD5" },
        ],
      }),
    ]);
    const out = file("cf.xlsx");
    const cfs = cfsOf(sheetByName(await roundTrip(wb, out), "校验结果"));
    expect(cfs.map((c) => [c.ref, c.rules.map((r) => r.type)])).toEqual([
      ["D2:D4", ["dataBar", "cellIs"]],
      ["A2:A4", ["dataBar"]],
    ]);
    const [bar, cellIs] = cfs[0].rules;
    expect(bar.color).toEqual({ argb: "FF63BE7B" });
    // Bars start at zero, so the smallest count still shows a bar.
    expect((bar as unknown as { cfvo: unknown[] }).cfvo).toEqual([
      { type: "num", value: 0 },
      { type: "max" },
    ]);
    expect(cellIs).toMatchObject({ operator: "greaterThan", formulae: ["10"] });
    expect(cellIs.style?.fill?.bgColor).toEqual({ argb: "FFFFC7CE" });
    const priorities = cfs.flatMap((c) =>
      c.rules.map((r) => (r as unknown as { priority: number }).priority),
    );
    expect(new Set(priorities).size).toBe(3);
    // Each data bar carries the Excel 2010 extension with a matching id, as Excel itself writes them.
    const xml = await packagePart(out, "xl/worksheets/sheet1.xml");
    const ids = [...xml.matchAll(/<x14:id>(\{[0-9A-F-]+\})<\/x14:id>/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(xml).toContain(`<x14:cfRule type="dataBar" id="${id}">`);
  });

  it("falls back to data bars over a chart's numbers and says so", async () => {
    const wb = new ExcelJS.Workbook();
    const [written] = renderPlans(wb, [
      plan({
        charts: [
          {
            type: "columnClustered",
            title: "问题分布",
            dataRange: "B1:D4",
            seriesBy: "columns",
            from: "F2",
            to: "M18",
          },
        ],
      }),
    ]);
    expect(written.fallbacks).toHaveLength(1);
    expect(written.fallbacks[0].zh).toContain("问题分布");
    expect(written.fallbacks[0].en).toContain("C2:D4");
    const cfs = cfsOf(sheetByName(await roundTrip(wb, file("chart.xlsx")), "校验结果"));
    expect(cfs.map((c) => [c.ref, c.rules[0].type])).toEqual([["C2:D4", "dataBar"]]);
  });
});

describe("sheet names and the sheets we created", () => {
  it("adds a suffix on a name clash and never touches the existing sheet", async () => {
    const wb = workbookWithSheet("校验结果");
    const written = renderPlans(wb, [plan(), plan()]);
    expect(written.map((w) => w.name)).toEqual(["校验结果 (2)", "校验结果 (3)"]);
    const back = await roundTrip(wb, file("clash.xlsx"));
    expect(back.worksheets.map((w) => w.name)).toEqual(["校验结果", "校验结果 (2)", "校验结果 (3)"]);
    expect(sheetByName(back, "校验结果").getCell("B7").value).toBe("≥95%");
    expect(createdSheetNames(back)).toEqual(["校验结果 (2)", "校验结果 (3)"]);
  });

  it("replacePrevious removes only our sheets, after a real save and reopen", async () => {
    const wb = workbookWithSheet("原表");
    wb.addWorksheet("我的笔记").getCell("A1").value = "officer's own sheet";
    renderPlans(wb, [plan(), plan({ name: "指标清单", kind: "indicators" })]);
    let back = await roundTrip(wb, file("replace1.xlsx"));
    // The officer adds a sheet of her own after our run, with a name like ours.
    back.addWorksheet("校验结果 (2)").getCell("A1").value = "mine";
    back = await roundTrip(back, file("replace2.xlsx"));
    expect(createdSheetNames(back)).toEqual(["校验结果", "指标清单"]);

    const written = renderPlans(back, [plan({ values: [["新结果"]] })], { replacePrevious: true });
    expect(written.map((w) => w.name)).toEqual(["校验结果"]);
    const final = await roundTrip(back, file("replace3.xlsx"));
    expect(final.worksheets.map((w) => w.name)).toEqual(["原表", "我的笔记", "校验结果 (2)", "校验结果"]);
    expect(sheetByName(final, "校验结果").getCell("A1").value).toBe("新结果");
    expect(sheetByName(final, "校验结果 (2)").getCell("A1").value).toBe("mine");
    expect(createdSheetNames(final)).toEqual(["校验结果"]);
    // One marker per created sheet; none left pointing at removed sheets.
    const markers = final.definedNames.model.filter((d) => d.name.startsWith(CREATED_SHEET_NAME_PREFIX));
    expect(markers).toHaveLength(1);
    expect(markers[0].ranges[0]).toContain("校验结果");
  });

  it("replacePrevious leaves no print titles of removed sheets behind", async () => {
    const wb = workbookWithSheet("原表");
    const printed = { printTitleRows: { first: 1, last: 1 }, orientation: "landscape" as const };
    renderPlans(wb, [plan({ pageSetup: printed }), plan({ name: "指标明细", pageSetup: printed })]);
    const back = await roundTrip(wb, file("titles1.xlsx"));
    renderPlans(back, [plan({ name: "指标明细", pageSetup: printed })], { replacePrevious: true });
    const out = file("titles2.xlsx");
    const final = await roundTrip(back, out);
    expect(final.worksheets.map((w) => w.name)).toEqual(["原表", "指标明细"]);
    const titles =
      (await packagePart(out, "xl/workbook.xml")).match(/_xlnm\.Print_Titles[^<]*<[^>]*>/g) ?? [];
    expect(titles).toEqual(['_xlnm.Print_Titles" localSheetId="1">&apos;指标明细&apos;!$1:$1</definedName>']);
  });

  it("replacePrevious keeps the officer's active sheet active", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("A");
    renderPlans(wb, [plan()]);
    wb.addWorksheet("B");
    wb.views = [
      { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 2, visibility: "visible" },
    ];
    const back = await roundTrip(wb, file("active1.xlsx"));
    renderPlans(back, [], { replacePrevious: true });
    expect(back.worksheets.map((w) => w.name)).toEqual(["A", "B"]);
    expect(back.views[0].activeTab).toBe(1);
  });

  it("replacePrevious on a workbook we never wrote to removes nothing", () => {
    const wb = workbookWithSheet("校验结果");
    renderPlans(wb, [plan()], { replacePrevious: true });
    expect(wb.worksheets.map((w) => w.name)).toEqual(["校验结果", "校验结果 (2)"]);
  });
});
