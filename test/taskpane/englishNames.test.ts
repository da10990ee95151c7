/**
 * Round 238 in the pane: the cleanup notice names the log the gateway wrote (Cleanup log for an English
 * Office, or the 清理日志 a Chinese colleague wrote), and a gateway without its own log reader still finds a
 * log named in either language. Gold written before the run.
 */
import { createCleanupService } from "../../src/taskpane/services/cleanup";
import { applyCleanup } from "../../src/taskpane/cleanup/actions";
import type { WorkbookGateway } from "../../src/core/gateway";
import type { Grid } from "../../src/core/grid";
import { cleanupLogPlan, entriesForRun, type LogEntry } from "../../src/core/cleanup";
import type { CleanupWithLogResult } from "../../src/core/cleanup/withLog";
import type { CleanupService } from "../../src/taskpane/services/types";

const GRID: Grid = {
  sheet: "表",
  top: 1,
  left: 1,
  values: [
    ["项目名称", "绩效指标"],
    ["巡查", "1、产出指标：巡查企业数，不少于2万家次。。"],
  ],
};

const OLD = entriesForRun(
  [{ kind: "cell", sheet: "表", cell: "B2", rule: "SPACE", before: " x", after: "x", applied: true }],
  "2026-12-02 09:00:00",
  1,
);

function gateway(logSheet: string, langs: (string | undefined)[]) {
  const logGrid: Grid = {
    sheet: logSheet,
    top: 1,
    left: 1,
    values: cleanupLogPlan(OLD).values as Grid["values"],
  };
  const g: WorkbookGateway = {
    readSelection: async () => GRID,
    readSheet: async (name) => (name === logSheet ? logGrid : GRID),
    listSheets: async () => ["表", logSheet],
    writePlans: async () => [],
    navigate: async () => undefined,
    applyCleanupEntries: async (entries: LogEntry[]) => entries,
    writeCleanupLog: async () => undefined,
  };
  (g as unknown as Record<string, unknown>).cleanupIsOneUndoStep = true;
  (g as unknown as Record<string, unknown>).applyCleanupWithLog = async (
    entries: LogEntry[],
    _previous: readonly LogEntry[],
    lang?: string,
  ): Promise<CleanupWithLogResult> => {
    langs.push(lang);
    return { done: entries, skipped: [], messages: [], logSheet };
  };
  return g;
}

async function applied(logSheet: string) {
  const langs: (string | undefined)[] = [];
  const service = createCleanupService(gateway(logSheet, langs)) as CleanupService;
  const proposal = await service.propose(
    GRID,
    { tables: [], indicators: [], projects: [], messages: [] } as never,
    ["PUNCT"],
    "en",
  );
  const text = await applyCleanup(service, proposal.edits, new Set(proposal.edits.map((e) => e.id)), "en");
  return { text, langs, proposal };
}

describe("pane: the cleanup log's name", () => {
  it("names the English log in the notice, and passes the officer's language to the gateway", async () => {
    const { text, langs } = await applied("Cleanup log");
    expect(text.en).toBe('1 cell(s) changed; every change is recorded on the sheet "Cleanup log".');
    expect(langs).toEqual(["en"]);
  });

  it("names a Chinese colleague's 清理日志 as it is, and the Chinese notice reads as before", async () => {
    const { text } = await applied("清理日志");
    expect(text.en).toContain('"清理日志"');
    expect(text.zh).toBe("已修改 1 个单元格，修改记录写入“清理日志”工作表。");
  });

  it("finds the log by name in either language where the gateway has no log reader", async () => {
    for (const name of ["Cleanup log", "清理日志"]) {
      const service = createCleanupService(gateway(name, [])) as CleanupService;
      const reverted = await service.revert("en");
      // The logged edit's cell no longer holds its `after` text: reported, not overwritten — so the log was found.
      expect(reverted.messages.length).toBeGreaterThan(0);
    }
    // A sheet merely named like ours but not the log is not read as one.
    const none = createCleanupService(gateway("Cleanup logs", [])) as CleanupService;
    expect((await none.revert("en")).messages).toEqual([]);
  });
});
