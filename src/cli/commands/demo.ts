import * as path from "path";
import type { CliCommand } from "../io";
import { analyzeCommand } from "./analyze";

/** The bundled sample workbook (the Guangzhou 2022 table as an officer pastes it). */
export const SAMPLE_XLSX = path.resolve(__dirname, "../../../samples/guangzhou-emergency-2022.xlsx");

/** Where the demo writes its result, relative to the current directory. */
export const DEMO_OUTPUT = path.join("out", "guangzhou-emergency-2022.审核结果.xlsx");

export const demoCommand: CliCommand = {
  name: "demo",
  summary: {
    zh: "在自带的广州样表上演示：解析、审核，并写出审核结果工作簿。",
    en: "Run on the bundled Guangzhou sample: parse, review, and write the result workbook.",
  },
  usage: "demo",
  async run(_args, io) {
    io.stdout(`样表 Sample: ${path.relative(io.cwd, SAMPLE_XLSX)}\n\n`);
    return analyzeCommand.run([SAMPLE_XLSX, "-o", path.resolve(io.cwd, DEMO_OUTPUT)], io);
  },
};
