import * as path from "path";
import type { CliCommand } from "../io";
import { parseCommand } from "./parse";

/** The bundled sample workbook (the Guangzhou 2022 table as an officer pastes it). */
export const SAMPLE_XLSX = path.resolve(__dirname, "../../../samples/guangzhou-emergency-2022.xlsx");

export const demoCommand: CliCommand = {
  name: "demo",
  summary: { zh: "在自带的广州样表上演示：解析并打印摘要。", en: "Run on the bundled Guangzhou sample: parse and print the summary." },
  usage: "demo",
  async run(_args, io) {
    io.stdout(`样表 Sample: ${path.relative(io.cwd, SAMPLE_XLSX)}\n\n`);
    return parseCommand.run([SAMPLE_XLSX], io);
  },
};
