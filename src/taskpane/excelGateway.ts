/** The one place the Office entry picks the Excel gateway (src/excel is the only code calling Excel.run). */
import type { WorkbookGateway } from "../core/gateway";

export function createPaneGateway(): WorkbookGateway {
  throw {
    zh: "Excel 连接模块尚未包含在此版本中。",
    en: "This build does not include the Excel connection yet.",
  };
}
