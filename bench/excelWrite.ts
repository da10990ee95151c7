/**
 * Bench: writing a 50,000-indicator 指标明细 result (14 columns of Chinese text, a table, formats)
 * through ExcelGateway into a counting fake of the Excel objects. Reports rows, syncs and the
 * largest request; the target is ≤ 3 syncs up to 2 MB and ⌈bytes / 2 MB⌉ + 2 beyond, no request
 * over 2 MB. The lead's runner calls `benchExcelWrite()`.
 */
import { ALL_FEATURES } from "../src/excel/features";
import { ExcelGateway } from "../src/excel/gateway";
import { MemoryRegistry } from "../src/excel/registry";
import { REQUEST_LIMIT_BYTES } from "../src/excel/requestSize";
import { FakeExcel } from "../test/excel/fakeExcel";
import { indicatorPlan } from "../test/excel/helpers";

export interface ExcelWriteBench {
  rows: number;
  syncs: number;
  maxRequestBytes: number;
  /** All request bytes together, and the sync budget they allow. */
  totalBytes: number;
  syncBudget: number;
  withinTarget: boolean;
}

export async function benchExcelWrite(indicators = 50_000): Promise<ExcelWriteBench> {
  const fake = new FakeExcel(["绩效目标表"], { store: false });
  const gateway = new ExcelGateway({ run: fake.run, features: ALL_FEATURES, registry: new MemoryRegistry() });
  const plan = indicatorPlan(indicators);
  await gateway.writePlans([plan]);
  const totalBytes = fake.requests.reduce((a, b) => a + b, 0);
  const syncBudget = totalBytes <= REQUEST_LIMIT_BYTES ? 3 : Math.ceil(totalBytes / REQUEST_LIMIT_BYTES) + 2;
  const maxRequestBytes = fake.maxRequestBytes();
  return {
    rows: plan.values.length,
    syncs: fake.syncs,
    maxRequestBytes,
    totalBytes,
    syncBudget,
    withinTarget: fake.syncs <= syncBudget && maxRequestBytes <= REQUEST_LIMIT_BYTES,
  };
}

// Run on its own (npx tsx bench/excelWrite.ts); bundled into bench/run.ts, `module` is the bundle's.
if (require.main === module && /excelWrite/.test(process.argv[1] ?? "")) {
  benchExcelWrite().then((r) => process.stdout.write(`${JSON.stringify({ excelWrite: r })}\n`));
}
