/** The bundled sample as tests see it: the workbook an officer pastes, and the gold parse. */
import * as fs from "fs";
import * as path from "path";

export const SAMPLE_XLSX = path.resolve(__dirname, "../../samples/guangzhou-emergency-2022.xlsx");
/** Copies of ../shared/samples/ kept in the repository, so a clone tests on its own. */
export const GOLD_JSON = path.resolve(__dirname, "../../samples/guangzhou-emergency-2022.gold.json");
export const SAMPLE_TSV = path.resolve(__dirname, "../../samples/guangzhou-emergency-2022.tsv");

export interface GoldIndicator {
  seq: number | null;
  level1: string | null;
  level2: string | null;
  name: string;
  comparator: string | null;
  value: number | null;
  valueMax: number | null;
  unit: string;
  kind: string;
  date: string | null;
  text: string;
  alt?: Record<string, unknown[]>;
}

export interface GoldProject {
  row: number;
  project: string;
  budgetUnit: string;
  district: string | null;
  indicators: GoldIndicator[];
}

export function loadGold(): GoldProject[] {
  return JSON.parse(fs.readFileSync(GOLD_JSON, "utf8")) as GoldProject[];
}
