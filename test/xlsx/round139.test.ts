/**
 * Probe round 139, 衢州 C3: a bold 1、 renumbered 2、 kept the font of the character before it (a plain ；),
 * so the marker read plain 2 and bold 、. A character that replaces another takes the replaced one's font;
 * one inserted where none went still takes the font before it; revert stays exact.
 */
import ExcelJS from "exceljs";
import type { RichText } from "exceljs";
import { cleanupWorkbook, revertWorkbook } from "../../src/xlsx/cleanup";
import { remapRuns } from "../../src/xlsx/richCells";
import { defaultCleanupSettings } from "../../src/core/cleanup";

const TIME = "2024-05-01 09:00:00";
const BOLD = { bold: true };
const RED = { color: { argb: "FFFF0000" } };

const MARKERS: RichText[] = [
  { text: "1、", font: BOLD },
  { text: "开展送戏下乡≥60场；" },
  { text: "1、", font: BOLD },
  { text: "建设城市书房3个。" },
];

async function reopen(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  return again;
}

describe("a character replacing another takes its font", () => {
  it("a bold 1、 renumbered stays a bold 2、", () => {
    expect(remapRuns(MARKERS, "1、开展送戏下乡≥60场；2、建设城市书房3个。")).toEqual([
      { text: "1、", font: BOLD },
      { text: "开展送戏下乡≥60场；" },
      { text: "2、", font: BOLD },
      { text: "建设城市书房3个。" },
    ]);
  });

  it("replacing more or fewer characters: each new one takes the one it replaces, any more the last's", () => {
    // ９ → 9 in red, 不少于 → ≥ in the font of 不.
    const runs: RichText[] = [
      { text: "达到" },
      { text: "９", font: RED },
      { text: "0%，不少于", font: BOLD },
    ];
    expect(remapRuns(runs, "达到90%，≥")).toEqual([
      { text: "达到" },
      { text: "9", font: RED },
      { text: "0%，≥", font: BOLD },
    ]);
    // 9、 → 10、: both digits in the font of the 9.
    expect(remapRuns([{ text: "甲；" }, { text: "9、", font: BOLD }, { text: "乙" }], "甲；10、乙")).toEqual([
      { text: "甲；" },
      { text: "10、", font: BOLD },
      { text: "乙" },
    ]);
  });

  it("an insertion where nothing went keeps the font before it", () => {
    expect(remapRuns([{ text: "甲", font: BOLD }, { text: "乙" }], "甲，乙")).toEqual([
      { text: "甲，", font: BOLD },
      { text: "乙" },
    ]);
  });

  it("through a saved file: cleaned with the bold marker, reverted exactly", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表");
    ws.addRow(["主管部门", "项目名称", "绩效目标", "绩效指标"]);
    ws.addRow(["衢州市柯城区文化局", "公共文化服务提升项目", "", "送戏下乡≥60场"]);
    ws.getCell("C2").value = { richText: MARKERS };
    const original = JSON.parse(JSON.stringify(ws.getCell("C2").value));

    const result = cleanupWorkbook(wb, { sheet: "表", settings: defaultCleanupSettings(), time: TIME });
    expect(result.proposal.edits.map((e) => e.rule)).toEqual(["NUMBERING"]);
    const cleaned = await reopen(wb);
    expect(cleaned.getWorksheet("表")!.getCell("C2").value).toEqual({
      richText: [
        { text: "1、", font: BOLD },
        { text: "开展送戏下乡≥60场；" },
        { text: "2、", font: BOLD },
        { text: "建设城市书房3个。" },
      ],
    });

    revertWorkbook(cleaned, {}, TIME);
    const reverted = await reopen(cleaned);
    expect(reverted.getWorksheet("表")!.getCell("C2").value).toEqual(original);
  });
});
