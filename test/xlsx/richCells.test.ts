/**
 * Cleanup of cells holding more than text, through real saved files: a hyperlink keeps its link, rich
 * text keeps each kept character's font, and revert (also after save and reopen) restores the very
 * value the cleanup found.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import type { RichText } from "exceljs";
import { cleanupWorkbook, revertWorkbook } from "../../src/xlsx/cleanup";
import { ORIGINALS_SHEET, keptFrom, remapRuns } from "../../src/xlsx/richCells";
import { settingsFromRules } from "../../src/core/cleanup";
import { cleanupTmp, makeTmpDir, roundTrip } from "./helpers";

const TIME = "2024-05-01 09:00:00";
const RED_BOLD = { bold: true, color: { argb: "FFFF0000" } };

const RICH: RichText[] = [
  { text: "1、产出指标：", font: { bold: true } },
  { text: "巡查企业数，不少于", font: {} },
  { text: "2万", font: RED_BOLD },
  { text: "家次。。2、满意度指标：企业满意度≥90%。" },
];
const LINK = {
  text: "1、产出指标：建立居民健康档案，不少于2.1万份。。",
  hyperlink: "https://www.gz.gov.cn/zwgk/",
};

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.addRow(["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标"]);
  ws.addRow(["广州市应急管理局", "白云区应急管理局", "安全生产执法检查经费", "加强监管", ""]);
  ws.addRow(["广州市卫生健康委", "海珠区卫生健康局", "基本公共卫生服务", "提升健康水平", ""]);
  ws.getCell("E2").value = { richText: RICH };
  ws.getCell("E3").value = LINK;
  return wb;
}

const RULES = settingsFromRules(["PUNCT", "COMPARATOR-WORDS"]);

describe("which characters an edit keeps", () => {
  it("maps kept characters to their place before the edit, new ones to -1", () => {
    expect(keptFrom("不少于2万家次。。", "≥2万家次。")).toEqual([-1, 3, 4, 5, 6, 8]);
    expect(keptFrom("a b  c", "abc")).toEqual([0, 2, 5]);
    expect(keptFrom("", "新")).toEqual([-1]);
  });

  it("keeps each kept character's font; a new one takes the font before it", () => {
    const runs = remapRuns(RICH, "1、产出指标：巡查企业数，≥2万家次。2、满意度指标：企业满意度≥90%。");
    expect(runs).toEqual([
      { text: "1、产出指标：", font: { bold: true } },
      { text: "巡查企业数，≥", font: {} },
      { text: "2万", font: RED_BOLD },
      { text: "家次。2、满意度指标：企业满意度≥90%。" },
    ]);
  });

  it("keeps only equal characters, in order, and always spells the new text (random edits)", () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const alphabet = "指标。，、 1２3≥不少于";
    for (let t = 0; t < 300; t++) {
      const before = Array.from({ length: rand(40) }, () => alphabet[rand(alphabet.length)]).join("");
      let after = before;
      for (let e = rand(6); e > 0; e--) {
        const at = rand(after.length + 1);
        after =
          after.slice(0, at) + (rand(2) ? alphabet[rand(alphabet.length)] : "") + after.slice(at + rand(3));
      }
      const kept = keptFrom(before, after, t % 2 === 0 ? 2000 : 2);
      expect(kept.length).toBe(after.length);
      let last = -1;
      kept.forEach((k, i) => {
        if (k < 0) return;
        expect(before[k]).toBe(after[i]);
        expect(k).toBeGreaterThan(last);
        last = k;
      });
      const runs = remapRuns(
        [{ text: before.slice(0, 5), font: { bold: true } }, { text: before.slice(5) }],
        after,
      );
      expect(runs.map((r) => r.text).join("")).toBe(after);
    }
  });

  it("gives text in one font that font, whatever the runs", () => {
    const same = [
      { text: "培训  人数", font: { name: "宋体" } },
      { text: "500人", font: { name: "宋体" } },
    ];
    const runs = remapRuns(same, "培训人数500人");
    expect(new Set(runs.map((r) => JSON.stringify(r.font)))).toEqual(new Set(['{"name":"宋体"}']));
    expect(runs.map((r) => r.text).join("")).toBe("培训人数500人");
  });
});

describe("cleanup and revert of rich text and hyperlinks, saved and reopened", () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTmpDir();
  });
  afterAll(() => cleanupTmp(dir));

  it("keeps the link and the fonts, says so in the preview, and reverts to the very original", async () => {
    const wb = workbook();
    const dry = cleanupWorkbook(wb, { sheet: "Sheet1", settings: RULES, time: TIME, dryRun: true });
    expect(dry.messages.map((m) => m.zh).join("\n")).toMatch(/单元格 E2 的文字格式不一/);

    cleanupWorkbook(wb, { sheet: "Sheet1", settings: RULES, time: TIME });
    const cleaned = await roundTrip(wb, path.join(dir, "cleaned.xlsx"));
    const ws = cleaned.getWorksheet("Sheet1")!;
    expect(ws.getCell("E2").value).toEqual({
      richText: [
        { text: "1、产出指标：", font: { bold: true } },
        { text: "巡查企业数，≥", font: {} },
        { text: "2万", font: RED_BOLD },
        { text: "家次。2、满意度指标：企业满意度≥90%。" },
      ],
    });
    expect(ws.getCell("E3").value).toEqual({
      text: "1、产出指标：建立居民健康档案，≥2.1万份。",
      hyperlink: LINK.hyperlink,
    });
    // The originals are kept in a sheet of the gateway's own, hidden from the officer's tabs.
    expect(cleaned.getWorksheet(ORIGINALS_SHEET)?.state).toBe("hidden");

    revertWorkbook(cleaned, {}, TIME);
    const back = await roundTrip(cleaned, path.join(dir, "back.xlsx"));
    const wsBack = back.getWorksheet("Sheet1")!;
    expect(wsBack.getCell("E2").value).toEqual({ richText: RICH });
    expect(wsBack.getCell("E3").value).toEqual(LINK);
  });

  it("reverts one later edit of a cell to the value between the two edits", async () => {
    const wb = workbook();
    const run = cleanupWorkbook(wb, { sheet: "Sheet1", settings: RULES, time: TIME });
    const e2 = run.entries.filter((e) => e.edit.cell === "E2");
    expect(e2.map((e) => e.edit.rule)).toEqual(["PUNCT", "COMPARATOR-WORDS"]);
    const reopened = await roundTrip(wb, path.join(dir, "two.xlsx"));
    revertWorkbook(reopened, { ids: [e2[1].id] }, TIME);
    const value = reopened.getWorksheet("Sheet1")!.getCell("E2").value as { richText: RichText[] };
    expect(value.richText.map((r) => r.text).join("")).toBe(
      "1、产出指标：巡查企业数，不少于2万家次。2、满意度指标：企业满意度≥90%。",
    );
    expect(value.richText.find((r) => r.text === "2万")?.font).toEqual(RED_BOLD);
  });

  it("restores the text, never damaged data, when the kept original was edited by hand", async () => {
    const wb = workbook();
    cleanupWorkbook(wb, { sheet: "Sheet1", settings: RULES, time: TIME });
    const kept = wb.getWorksheet(ORIGINALS_SHEET)!;
    for (let r = 2; r <= kept.rowCount; r++) kept.getCell(r, 5).value = "{broken";
    revertWorkbook(wb, {}, TIME);
    const ws = wb.getWorksheet("Sheet1")!;
    const text = (v: ExcelJS.CellValue) =>
      typeof v === "object" && v && "richText" in v ? v.richText.map((r) => r.text).join("") : v;
    expect(text(ws.getCell("E2").value)).toBe(RICH.map((r) => r.text).join(""));
    expect(ws.getCell("E3").value).toEqual(LINK);
  });
});
