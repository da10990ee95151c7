/**
 * One rows-layout table whose 指标值 cells are numbers that read through their formats: percentages
 * and real Excel dates, as officers type them. Both gateways' tests read it (an .xlsx file through
 * ExcelJS, the same cells in the Excel fake) and must give the same records.
 */
import ExcelJS from "exceljs";

/** 2024-06-30 and 2023-12-31 as Excel serials (what range.values gives for these dates). */
export const JUNE30 = 45473;
export const DEC31 = 45291;
const utc = (serial: number) => new Date(Date.UTC(1899, 11, 30) + serial * 86400000);

export const HEADER = ["一级指标", "二级指标", "三级指标", "指标值"];

/** [一级, 二级, 三级, the 指标值 number, its format (null: General)]. */
export const ROWS: [string, string, string, number, string | null, "date" | "number"][] = [
  ["产出指标", "数量指标", "培训人次", 1200, "#,##0", "number"],
  ["产出指标", "质量指标", "验收合格率", 0.95, "0%", "number"],
  ["产出指标", "质量指标", "设备完好率", 0.985, "0.0%", "number"],
  // Names and 二级 that do not sound like time: only the format says these are dates.
  ["效益指标", "社会效益指标", "系统上线运行", JUNE30, "[$-804]yyyy/m/d", "date"],
  ["效益指标", "可持续影响指标", "平台建成", DEC31, 'yyyy"年"m"月"d"日"', "date"],
  ["效益指标", "可持续影响指标", "制度出台", JUNE30, 'yyyy"年"m"月"', "date"],
  ["满意度指标", "服务对象满意度指标", "群众满意度", 0.9, "0%", "number"],
  ["满意度指标", "服务对象满意度指标", "投诉次数", 3, null, "number"],
];

/** The records every gateway must give for the table: [name, comparator, value, unit, kind, date]. */
export const EXPECTED: [string, string | null, number | null, string, string, string | null][] = [
  ["培训人次", "=", 1200, "", "quantitative", null],
  ["验收合格率", "=", 95, "%", "quantitative", null],
  ["设备完好率", "=", 98.5, "%", "quantitative", null],
  ["系统上线运行", null, null, "", "date", "2024-06-30"],
  ["平台建成", null, null, "", "date", "2023-12-31"],
  ["制度出台", null, null, "", "date", "2024-06"],
  ["群众满意度", "=", 90, "%", "quantitative", null],
  ["投诉次数", "=", 3, "", "quantitative", null],
];

/** Where the table starts on its sheet (a title row above it, as in real files). */
export const TOP_LEFT = "B2";

/** The table in an ExcelJS workbook: dates as JS Dates, as ExcelJS writes and reads them. */
export function shownWorkbook(sheet = "绩效目标表"): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.getCell("B1").value = "项目支出绩效目标表";
  ws.getRow(2).values = [null, ...HEADER];
  ROWS.forEach(([l1, l2, name, value, format, kind], i) => {
    const row = ws.getRow(3 + i);
    row.getCell(2).value = l1;
    row.getCell(3).value = l2;
    row.getCell(4).value = name;
    const cell = row.getCell(5);
    cell.value = kind === "date" ? utc(value) : value;
    if (format) cell.numFmt = format;
  });
  return wb;
}
