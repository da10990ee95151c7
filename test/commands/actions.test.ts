import * as path from "path";
import type { WorkbookGateway } from "../../src/core/gateway";
import type { Grid } from "../../src/core/grid";
import type { SheetPlan } from "../../src/core/plan/types";
import { cleanSelection, validateSelection } from "../../src/commands/actions";
import { loadWorkbook } from "../../src/xlsx/files";
import { worksheetToGrid, activeWorksheet } from "../../src/xlsx/read";

function memoryGateway(grid: Grid, fail?: unknown) {
  const written: SheetPlan[] = [];
  const gateway: WorkbookGateway = {
    readSelection: async () => {
      if (fail) throw fail;
      return grid;
    },
    readSheet: async () => grid,
    listSheets: async () => [grid.sheet],
    writePlans: async (plans) => {
      written.push(...plans);
      return plans.map((p) => ({ name: p.name, kind: p.kind }));
    },
    navigate: async () => undefined,
  };
  return { gateway, written };
}

describe("ribbon actions", () => {
  it("validates the sample and writes the findings with links to their cells", async () => {
    const wb = await loadWorkbook(path.resolve(__dirname, "../../samples/guangzhou-emergency-2022.xlsx"));
    const grid = worksheetToGrid(activeWorksheet(wb)!);
    const { gateway, written } = memoryGateway(grid);
    const outcome = await validateSelection(gateway, "zh");
    expect(outcome.ok).toBe(true);
    expect(outcome.text.zh).toMatch(/已校验 145 条指标/);
    expect(written).toHaveLength(1);
    const plan = written[0];
    expect(plan.kind).toBe("findings");
    expect(plan.values[0][0]).toBe("级别");
    expect(plan.hyperlinks!.length).toBe(plan.values.length - 1);
    expect(plan.hyperlinks![0].sheet).toBe(grid.sheet);
  });

  it("says in plain words when the selection holds no table", async () => {
    const { gateway, written } = memoryGateway({ sheet: "Sheet1", top: 1, left: 1, values: [["你好"]] });
    const outcome = await validateSelection(gateway, "en");
    expect(outcome.ok).toBe(false);
    expect(outcome.text.zh).toContain("没有找到绩效目标表");
    expect(written).toHaveLength(0);
  });

  it("passes a gateway's own message through and never throws", async () => {
    const text = { zh: "工作簿受保护", en: "protected" };
    const { gateway } = memoryGateway({ sheet: "S", top: 1, left: 1, values: [] }, { text });
    expect(await validateSelection(gateway, "zh")).toEqual({ ok: false, text });
    const weird = memoryGateway({ sheet: "S", top: 1, left: 1, values: [] }, new Error("x"));
    expect((await validateSelection(weird.gateway, "zh")).text.zh).toContain("操作未完成");
  });

  it("cleanup from the ribbon points to the assistant for now", async () => {
    const { gateway } = memoryGateway({ sheet: "S", top: 1, left: 1, values: [] });
    const outcome = await cleanSelection(gateway);
    expect(outcome.text.zh).toContain("打开助手");
  });
});
