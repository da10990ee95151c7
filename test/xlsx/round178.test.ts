/**
 * Probe round 178, t14 信宜: a system export stores its CR LF line breaks as `_x000D_`. ExcelJS reads `\r` but
 * wrote it back raw, and the next read folded `\r\n` into `\n`: cells no edit touched lost their CR (the
 * title, a note below the table, another sheet), the 清理日志's 修改前 lost it so revert wrote `\n`, and SPACE
 * logged a CR LF → LF edit, invisible, for every such cell. The gateway now writes every text as Excel
 * stores it (textEscape.ts), and the rules leave a cell's line-ending style alone (propose.ts).
 */
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cleanupWorkbook, revertWorkbook } from "../../src/xlsx/cleanup";
import { escapeXlsxText } from "../../src/xlsx/textEscape";
import { defaultCleanupSettings } from "../../src/core/cleanup";
import { cleanupTmp, makeTmpDir, packagePart, roundTrip } from "./helpers";

const TIME = "2025-03-01 09:00:00";

let dir: string;
beforeAll(() => {
  dir = makeTmpDir();
});
afterAll(() => cleanupTmp(dir));

/** A workbook as a system export writes it: CR LF breaks stored `_x000D_` in the shared strings. */
async function exportWithCrLf(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.getCell("A1").value = "信宜市2025年项目支出绩效目标表\r\n（系统导出）";
  ws.addRow([]);
  ws.getRow(2).values = ["一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注"];
  ws.getRow(3).values = [
    "产出指标",
    "数量指标",
    "培训人数",
    "≥ 300 人",
    "人",
    "以签到表为准\r\n（系统导出）",
  ];
  ws.getRow(4).values = ["产出指标", "数量指标", "新建基站", "≥20个", "个", "第一批\r\n第二批 ，，"];
  ws.getRow(5).values = ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "%", ""];
  ws.getCell("A7").value = "填报说明：\r\n金额单位为万元";
  ws.getCell("F5").value = { richText: [{ text: "抽样\r\n", font: { bold: true } }, { text: "调查 。。" }] };
  wb.addWorksheet("项目信息").getCell("A1").value = "负责人：李华\r\n电话：0517-1234567";
  // Stored as Excel and POI store it: the raw package holds _x000D_, never a raw CR.
  const buffer = await wb.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(buffer);
  const part = "xl/sharedStrings.xml";
  const xml = await zip.file(part)!.async("string");
  zip.file(part, xml.split("\r\n").join("_x000D_\n"));
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await zip.generateAsync({ type: "arraybuffer" })) as unknown as ExcelJS.Buffer);
  return again;
}

/** Every value of the officer's sheets (not the 清理日志 and the rich text's restore sheet), by sheet!cell. */
function texts(wb: ExcelJS.Workbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const ws of wb.worksheets) {
    if (ws.name === "清理日志" || ws.name.startsWith("原格式")) continue;
    ws.eachRow((row) => row.eachCell((cell) => (out[`${ws.name}!${cell.address}`] = cell.value)));
  }
  return out;
}

describe("CR LF line breaks through the .xlsx gateway", () => {
  it("escapes a CR, other control characters and a literal _xHHHH_ as Excel does", () => {
    expect(escapeXlsxText("a\r\nb")).toBe("a_x000D_\nb");
    expect(escapeXlsxText("原文写作 _x000D_")).toBe("原文写作 _x005F_x000D_");
    expect(escapeXlsxText("x\u0001y\u000bz\tw")).toBe("x_x0001_y_x000B_z\tw");
    expect(escapeXlsxText("1、甲\n2、乙")).toBe("1、甲\n2、乙");
  });

  it("a saved file reads back exactly: plain, rich text, a note, another sheet, a literal _x000D_", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = "甲\r\n乙";
    ws.getCell("A2").value = { richText: [{ text: "丙\r\n", font: { bold: true } }, { text: "丁" }] };
    ws.getCell("A3").value = "备注";
    ws.getCell("A3").note = "说明\r\n第二行";
    ws.getCell("A4").value = "原表写作 _x000D_ 字样";
    ws.getCell("A5").value = { text: "链接\r\n文字", hyperlink: "https://example.com" };
    wb.addWorksheet("T").getCell("B2").value = "负责人\r\n电话";
    const before = texts(wb);
    const file = path.join(dir, "values.xlsx");
    const again = await roundTrip(wb, file);
    expect(texts(again)).toEqual(before);
    expect(again.getWorksheet("S")!.getCell("A3").note).toBe("说明\r\n第二行");
    // The values in memory are put back after the write.
    expect(wb.getWorksheet("S")!.getCell("A1").value).toBe("甲\r\n乙");
    expect(await packagePart(file, "xl/sharedStrings.xml")).toContain("甲_x000D_\n乙");
  });

  it("cleanup logs no CR LF → LF edit, keeps CR LF in its edits, and revert gives the export back exactly", async () => {
    const wb = await exportWithCrLf();
    const original = texts(wb);
    expect(original["Sheet1!F3"]).toBe("以签到表为准\r\n（系统导出）");

    const result = cleanupWorkbook(wb, { sheet: "Sheet1", settings: defaultCleanupSettings(), time: TIME });
    const edits = result.proposal.edits.map((e) => [e.cell, e.rule, e.before, e.after]);
    // F3 and the cells outside the table hold only CR LF breaks: no edit. F4 and F5 are cleaned, breaks kept.
    expect(edits).toEqual([
      ["D3", "SPACE", "≥ 300 人", "≥300人"],
      ["F4", "SPACE", "第一批\r\n第二批 ，，", "第一批\r\n第二批，，"],
      ["F4", "PUNCT", "第一批\r\n第二批，，", "第一批\r\n第二批"],
      ["F5", "SPACE", "抽样\r\n调查 。。", "抽样\r\n调查。。"],
      ["F5", "PUNCT", "抽样\r\n调查。。", "抽样\r\n调查。"],
    ]);

    const cleaned = await roundTrip(wb, path.join(dir, "cleaned.xlsx"));
    const after = texts(cleaned);
    for (const key of ["Sheet1!A1", "Sheet1!F3", "Sheet1!A7", "项目信息!A1"])
      expect(after[key]).toBe(original[key]);
    expect(after["Sheet1!F4"]).toBe("第一批\r\n第二批");

    revertWorkbook(cleaned, {}, TIME);
    const reverted = await roundTrip(cleaned, path.join(dir, "reverted.xlsx"));
    expect(texts(reverted)).toEqual(original);
  });
});
