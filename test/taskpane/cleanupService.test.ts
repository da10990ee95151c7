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
    expect((await service.apply(proposal.edits, "zh")).applied).toBe(1);
    expect(calls).toEqual(expected);
  });
});

describe("rows the workbook cannot remove safely", () => {
  const REPEATED: Grid = {
    sheet: "表",
    top: 1,
    left: 1,
    values: [
      ["项目名称", "绩效指标"],
      ["巡查", "1、产出指标：巡查企业数，不少于2万家次。"],
      ["项目名称", "绩效指标"],
      ["培训", "1、产出指标：培训人数，不少于500人次。"],
    ],
  };
  const why = {
    zh: "保留此行，未删除：合并单元格跨过此行。",
    en: "Row kept, not removed: a merged range crosses it.",
  };

  it("stay proposals, unticked, with the gateway's reason shown", async () => {
    const asked: number[][] = [];
    const { g } = gateway(false);
    g.readSelection = async () => REPEATED;
    g.whyRowsStay = async (_sheet: string, rows: number[]) => {
      asked.push(rows);
      return new Map([[3, why]]);
    };
    const service = createCleanupService(g);
    if (!service.available) throw new Error("unavailable");
    const proposal = await service.propose(REPEATED, undefined as never, ["HEADER-REPEAT"]);
    expect(asked).toEqual([[3]]);
    expect(proposal.edits.map((e) => [e.cell, e.rule, e.checked, e.note?.zh])).toEqual([
      ["3:3", "HEADER-REPEAT", false, why.zh],
    ]);
  });

  it("are removed where the gateway moves everything itself (no whyRowsStay)", async () => {
    const { g } = gateway(false);
    const service = createCleanupService(g);
    if (!service.available) throw new Error("unavailable");
    const proposal = await service.propose(REPEATED, undefined as never, ["HEADER-REPEAT"]);
    expect(proposal.edits.map((e) => [e.cell, e.checked])).toEqual([["3:3", true]]);
  });
});
