/**
 * Cleanup adapter: the core cleanup (src/core/cleanup) in the pane's terms. Cleanup writes cells, so the
 * service is made for one gateway.
 * Not wired yet: the core module has not landed in this build.
 */
import type { WorkbookGateway } from "../../core/gateway";
import type { CleanupService, Unavailable } from "./types";

export function createCleanupService(_gateway: WorkbookGateway): CleanupService | Unavailable {
  return {
    available: false,
    reason: {
      zh: "这个版本还没有包含一键清理功能。",
      en: "This build does not include the one-click cleanup yet.",
    },
  };
}
