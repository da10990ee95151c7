/** The capabilities the pane uses, made for one gateway. Tests and the preview may pass their own. */
import type { WorkbookGateway } from "../../core/gateway";
import { parseService } from "./parse";
import { reviewService } from "./review";
import { compareService } from "./compare";
import { createCleanupService } from "./cleanup";
import type { PaneServices } from "./types";

export function createServices(gateway: WorkbookGateway): PaneServices {
  return {
    parse: parseService,
    review: reviewService,
    compare: compareService,
    cleanup: createCleanupService(gateway),
  };
}
