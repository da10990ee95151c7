/** Opening and saving .xlsx files in the browser (ExcelJS's browser build; nothing leaves the page). */
import ExcelJS from "exceljs";
import type { Localized } from "../core/i18n";
import { writeXlsxBuffer } from "../xlsx/textEscape";

export const SAMPLE_URL = "samples/guangzhou-emergency-2022.xlsx";
export const SAMPLE_NAME = "guangzhou-emergency-2022.xlsx";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function workbookFromBuffer(buffer: ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer);
  if (wb.worksheets.length === 0) throw new Error("no worksheets");
  return wb;
}

export async function loadSample(): Promise<ExcelJS.Workbook> {
  const res = await fetch(SAMPLE_URL);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return workbookFromBuffer(await res.arrayBuffer());
}

export function openErrorMessage(name: string): Localized {
  return {
    zh: `无法打开“${name}”：请选择 Excel 工作簿（.xlsx）。旧版 .xls 请先在 Excel 中另存为 .xlsx。`,
    en: `Cannot open "${name}": choose an Excel workbook (.xlsx). Save an old .xls as .xlsx in Excel first.`,
  };
}

/** "表.xlsx" → "表-审核结果.xlsx". */
export function downloadName(name: string): string {
  return `${name.replace(/\.xlsx$/i, "")}-审核结果.xlsx`;
}

/** Saves the workbook as an .xlsx download, its text escaped as Excel writes it (a CR LF survives the save). */
export async function downloadWorkbook(wb: ExcelJS.Workbook, fileName: string): Promise<void> {
  const buffer = await writeXlsxBuffer(wb);
  const url = URL.createObjectURL(new Blob([buffer], { type: XLSX_TYPE }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The browser has started the download; the URL can go once it has read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
