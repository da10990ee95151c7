/**
 * Builds samples/guangzhou-emergency-2022.xlsx from the TSV (a copy of ../shared/samples/), as an officer pastes it into
 * Excel: cell A1 gets the first line, so the title row, the header row and the repeated header row
 * mid-table all stay where they are. Run: npx tsx scripts/make-sample.ts
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";

async function main(): Promise<void> {
  const tsv = path.resolve(__dirname, "../samples/guangzhou-emergency-2022.tsv");
  const out = path.resolve(__dirname, "../samples/guangzhou-emergency-2022.xlsx");
  const lines = fs.readFileSync(tsv, "utf8").replace(/\r/g, "").split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("2022年项目绩效目标");
  lines.forEach((line, i) => {
    const row = ws.getRow(i + 1);
    line.split("\t").forEach((v, c) => {
      if (v !== "") row.getCell(c + 1).value = v;
    });
  });
  ws.columns = [{ width: 18 }, { width: 24 }, { width: 36 }, { width: 60 }, { width: 80 }];
  await wb.xlsx.writeFile(out);
  console.log(`wrote ${out} (${lines.length} rows)`);
}

void main();
