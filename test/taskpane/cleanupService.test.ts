/** The pane's cleanup service prefers a gateway's one-step apply-with-log (one Ctrl+Z in Excel 1.20). */
import { createCleanupService } from "../../src/taskpane/services/cleanup";
import type { WorkbookGateway } from "../../src/core/gateway";
import type { Grid } from "../../src/core/grid";
import type { LogEntry } from "../../src/core/cleanup";
import type { CleanupWithLogResult } from "../../src/core/cleanup/withLog";

const GRID: Grid = {
  sheet: "表",
  top: 1,
  left: 1,
  values: [
    ["项目名称", "绩效指标"],
    ["巡查", "1、产出指标：巡查企业数，不少于2万家次。。"],
  ],
};

function gateway(withLog: boolean) {
  const calls: string[] = [];
  const g: WorkbookGateway & Record<string, unknown> = {
    readSelection: async () => GRID,
    readSheet: async () => GRID,
    listSheets: async () => ["表"],
    writePlans: async () => [],
    navigate: async () => undefined,
    readCleanupLog: async () => ({ entries: [], messages: [] }),
    applyCleanupEntries: async (entries: LogEntry[]) => {
      calls.push("applyCleanupEntries");
      return entries;
    },
    writeCleanupLog: async () => {
      calls.push("writeCleanupLog");
    },
  };
  if (withLog) {
    g.cleanupIsOneUndoStep = true;
    g.applyCleanupWithLog = async (entries: LogEntry[]): Promise<CleanupWithLogResult> => {
      calls.push("applyCleanupWithLog");
      return { done: entries, skipped: [], messages: [], logSheet: "清理日志" };
    };
  }
  return { g, calls };
}

describe("cleanup service", () => {
  it.each([
    [true, ["applyCleanupWithLog"]],
    [false, ["applyCleanupEntries", "writeCleanupLog"]],
  ])("with applyCleanupWithLog=%s it calls %j", async (withLog, expected) => {
    const { g, calls } = gateway(withLog);
    const service = createCleanupService(g);
    if (!service.available) throw new Error("unavailable");
    const proposal = await service.propose(GRID, undefined as never, ["PUNCT"]);
    expect(proposal.edits.map((e) => [e.cell, e.rule])).toEqual([["B2", "PUNCT"]]);
    expect(await service.apply(proposal.edits, "zh")).toBe(1);
    expect(calls).toEqual(expected);
  });
});
