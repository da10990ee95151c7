/**
 * "No table found" has one wording for the pane, the ribbon and the command line (it had two: the
 * pane's plainer one and core's). What was read decides the place: a selection, or a whole sheet.
 */
import { noTableMessage } from "../../../src/core/parse/noTable";
import { noTableMessage as fromSummary } from "../../../src/core/summary";
import { requireIndicators } from "../../../src/taskpane/read/selection";

describe("noTableMessage", () => {
  it("says the selection, and how to select, for the pane and the ribbon", () => {
    const m = noTableMessage("名单");
    expect(m.zh).toBe(
      "工作表“名单”的所选区域里没有找到绩效目标表。请连同表头选中整张表再试：表头里要有“项目名称”和“绩效指标”，或者“一级指标”“二级指标”“三级指标”“指标值”；也可以只选中写着指标的单元格。",
    );
    expect(m.en).toMatch(
      /^No performance-target table in the selection on sheet "名单"\. Select the whole table/,
    );
  });

  it("says the sheet, and no selection, for a sheet read whole", () => {
    const m = noTableMessage("封面", "sheet");
    expect(m.zh).toMatch(/^工作表“封面”里没有找到绩效目标表。/);
    expect(m.zh).toContain("“项目名称”和“绩效指标”");
    expect(m.zh).not.toMatch(/所选|选中/);
    expect(m.en).toMatch(/^No performance-target table on sheet "封面"\./);
    expect(m.en).not.toMatch(/select/i);
  });

  it("is the one the pane throws and core's summary exports", () => {
    expect(fromSummary).toBe(noTableMessage);
    const grid = { sheet: "名单", top: 1, left: 1, values: [["姓名", "年龄"]] };
    let thrown: unknown;
    try {
      requireIndicators({
        grid,
        overrides: {},
        result: { tables: [], indicators: [], messages: [] },
      } as never);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toEqual(noTableMessage("名单"));
  });
});
