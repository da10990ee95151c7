/** Cleanup on the sample workbook with ExcelJS: apply, save, reopen, revert — every cell comes back. */
import * as path from "path";
import ExcelJS from "exceljs";
import { worksheetToGrid } from "../../src/xlsx/read";
import { renderPlans } from "../../src/xlsx/render";
import {
  cleanupWorkbook,
  findCleanupLogSheet,
  readWorkbookCleanupLog,
  revertWorkbook,
} from "../../src/xlsx/cleanup";
import { defaultCleanupSettings, settingsFromRules } from "../../src/core/cleanup";

const SAMPLE = path.resolve(__dirname, "../../samples/guangzhou-emergency-2022.xlsx");
const TIME = "2024-05-01 09:00:00";

async function load(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  return wb;
}

async function reopen(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  return again;
}

const values = (wb: ExcelJS.Workbook) => worksheetToGrid(wb.worksheets[0]).values;

describe("cleanup on the Guangzhou sample", () => {
  let original: ExcelJS.Workbook;
  let cleaned: ExcelJS.Workbook;
  let sheet: string;
  beforeAll(async () => {
    original = await load();
    const wb = await load();
    sheet = wb.worksheets[0].name;
    cleanupWorkbook(wb, { sheet, settings: defaultCleanupSettings(), time: TIME });
    cleaned = await reopen(wb);
  });

  test("the repeated header row 20 is removed", () => {
    const before = values(original);
    const after = values(cleaned);
    expect(before[19]).toEqual(["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标"]);
    expect(after.length).toBe(before.length - 1);
    expect(after.filter((r) => r[0] === "主管部门").length).toBe(1);
  });

  test("every 。。 is collapsed and the repeated 1、 numbering renumbered within each 一级", () => {
    const texts = values(cleaned)
      .flat()
      .filter((v): v is string => typeof v === "string");
    expect(texts.some((t) => t.includes("。。"))).toBe(false);
    const e17 = values(cleaned)[16][4] as string;
    expect(e17.match(/(?:^|。)(\d+)、/g)?.map((m) => m.replace(/\D/g, ""))).toEqual(["1", "1", "2", "3"]);
  });

  test("防震减灾灾灾, 效益效益 and 装备、装备 are proposed, not applied", () => {
    const log = readWorkbookCleanupLog(cleaned).entries;
    const typos = log.filter((e) => e.edit.rule === "TYPO");
    expect(typos.every((e) => e.action === "declined")).toBe(true);
    const befores = typos.map((e) => e.edit.before).join("\n");
    for (const word of ["防震减灾灾灾", "效益效益", "装备、装备"]) expect(befores).toContain(word);
    const texts = values(cleaned).flat().join("\n");
    for (const word of ["防震减灾灾灾", "效益效益", "装备、装备"]) expect(texts).toContain(word);
  });

  test("running cleanup on its own output proposes nothing", async () => {
    const wb = await reopen(cleaned);
    const second = cleanupWorkbook(wb, {
      sheet,
      settings: defaultCleanupSettings(),
      time: TIME,
      dryRun: true,
    });
    expect(second.proposal.edits).toEqual([]);
  });

  test("the 清理日志 is found again after reopening, and is not an 'output sheet' that a refresh would delete", () => {
    expect(findCleanupLogSheet(cleaned)?.name).toBe("清理日志");
    renderPlans(cleaned, [{ name: "校验结果", kind: "findings", values: [["x"]] }], {
      replacePrevious: true,
    });
    renderPlans(cleaned, [{ name: "校验结果", kind: "findings", values: [["y"]] }], {
      replacePrevious: true,
    });
    expect(cleaned.worksheets.map((w) => w.name)).toEqual([sheet, "清理日志", "校验结果"]);
  });

  test("revert after save and reopen restores every cell exactly", async () => {
    const wb = await reopen(cleaned);
    const result = revertWorkbook(wb, {}, TIME);
    expect(result.plan.conflicts).toEqual([]);
    const back = await reopen(wb);
    expect(values(back)).toEqual(values(original));
  });

  test("revert of one rule leaves the others in place", async () => {
    const wb = await reopen(cleaned);
    revertWorkbook(wb, { rules: ["HEADER-REPEAT"] }, TIME);
    const v = values(wb);
    expect(v[19]).toEqual(values(original)[19]);
    expect(v.flat().some((t) => typeof t === "string" && t.includes("。。"))).toBe(false);
    // the log now records the revert; a later full revert completes the job
    revertWorkbook(wb, {}, TIME);
    expect(values(await reopen(wb))).toEqual(values(original));
  });

  test("ticking TYPO later applies the typo fixes", async () => {
    const wb = await reopen(cleaned);
    const r = cleanupWorkbook(wb, { sheet, settings: settingsFromRules(["TYPO"]), time: TIME });
    expect(r.entries.map((e) => e.action)).toEqual(["apply", "apply", "apply"]);
    expect(values(wb).flat().join("\n")).not.toContain("灾灾灾");
  });
});

/** Sheet 表: a packed table whose header row is repeated at row 3, between its two projects. */
function headerRepeatedAtRow3() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("表");
  const header = ["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标"];
  ws.addRow(header);
  ws.addRow(["局", "单位", "项目", "目标。。", "1、产出指标：甲。1、产出指标：乙"]);
  ws.addRow(header);
  ws.addRow(["局", "单位", "项目二", "目标", "1、产出指标：丙"]);
  return { wb, ws };
}

describe("cleanup keeps what it cannot move safely", () => {
  test("a merge reaching out of the repeated header row keeps it, with the reason", async () => {
    const { wb, ws } = headerRepeatedAtRow3();
    ws.mergeCells("F3:G4");
    const r = cleanupWorkbook(wb, { sheet: "表", settings: defaultCleanupSettings(), time: TIME });
    expect(r.proposal.edits.find((e) => e.kind === "row")?.note?.zh).toContain("该行有合并单元格");
    expect(ws.getCell("A3").value).toBe("主管部门");
    expect(ws.getCell("D2").value).toBe("目标。");
  });

  test("a merge inside the repeated header row goes with it, and comes back on revert (round 135)", async () => {
    const { wb, ws } = headerRepeatedAtRow3();
    ws.mergeCells("F3:G3");
    ws.mergeCells("F4:G4");
    cleanupWorkbook(wb, { sheet: "表", settings: defaultCleanupSettings(), time: TIME });
    expect(ws.getCell("C3").value).toBe("项目二");
    expect(Object.keys((ws as unknown as { _merges: object })._merges)).toEqual(["F3"]);
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(await wb.xlsx.writeBuffer());
    revertWorkbook(again, {}, TIME);
    const back = again.getWorksheet("表")!;
    expect(back.getCell("A3").value).toBe("主管部门");
    expect(back.getCell("C4").value).toBe("项目二");
    expect(Object.keys((back as unknown as { _merges: object })._merges).sort()).toEqual(["F3", "F4"]);
  });

  test("a number cell that looks like text is never touched, rich text is read as text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表");
    ws.addRow(["项目名称", "绩效指标", "指标值"]);
    ws.addRow(["项目 ", { richText: [{ text: "满意度" }, { text: "。。" }] }, 0.95]);
    ws.getCell("C3").value = { formula: "C2*2", result: 1.9 };
    cleanupWorkbook(wb, { sheet: "表", settings: defaultCleanupSettings(), time: TIME });
    expect(ws.getCell("A2").value).toBe("项目");
    expect(ws.getCell("B2").value).toBe("满意度。");
    expect(ws.getCell("C2").value).toBe(0.95);
    expect(ws.getCell("C3").value).toEqual({ formula: "C2*2", result: 1.9 });
  });
});

describe("SPLIT-LINES on a table pasted from a PDF (a row a cell), with ExcelJS", () => {
  const LINES = [
    "项目名称 乡村公路养护",
    "一级指标 二级指标 三级指标 指标值",
    "产出指标 数量指标 养护里程 ≥ 320 公里",
    "质量指标 路面优良率 ≥85%",
  ];
  const book = () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("自评表");
    for (const line of LINES) ws.addRow([line]);
    return wb;
  };

  test("cuts the lines into columns, survives a save, and comes back to the lines on revert", async () => {
    const wb = book();
    cleanupWorkbook(wb, { sheet: "自评表", settings: settingsFromRules(["SPLIT-LINES"]), time: TIME });
    const cut = await reopen(wb);
    const trimmed = (r: unknown[]) => {
      const row = [...r];
      while (row.length > 0 && row[row.length - 1] === null) row.pop();
      return row;
    };
    expect(worksheetToGrid(cut.getWorksheet("自评表")!).values.map(trimmed)).toEqual([
      ["项目名称", "乡村公路养护"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "养护里程", "≥320公里"],
      [null, "质量指标", "路面优良率", "≥85%"],
    ]);
    revertWorkbook(cut, {}, TIME);
    const back = await reopen(cut);
    const grid = worksheetToGrid(back.getWorksheet("自评表")!).values;
    expect(grid.map((r) => r.filter((v) => v !== null && v !== ""))).toEqual(LINES.map((l) => [l]));
  });
});
