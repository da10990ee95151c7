/** The one place the Office entry picks the Excel gateway (src/excel is the only code calling Excel.run). */
import type { WorkbookGateway } from "../core/gateway";
import { ExcelGateway } from "../excel/gateway";

export function createPaneGateway(): WorkbookGateway {
  return new ExcelGateway();
}
