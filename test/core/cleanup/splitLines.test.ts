/** SPLIT-LINES: a table pasted from a PDF, a row a cell, cut into real columns — logged and undoable. */
import type { CellValue } from "../../../src/core/grid";
import { defaultCleanupSettings, settingsFromRules } from "../../../src/core/cleanup";
import { parseGrid } from "../../../src/core/parse";
import { grid, revert, run } from "./helpers";

const LINES: CellValue[][] = [
  ["项目名称 乡村 公路 养护"],
  ["一级指标 二级指标 三级指标 分值 年度指标值"],
  ["产出指标 数量指标 养护里程 20 ≥ 320 公里"],
  ["质量指标 路面优良率 10 ≥85%"],
  ["合计 30"],
];

describe("SPLIT-LINES", () => {
  it("is off by default: the officer asks for it", () => {
    expect(defaultCleanupSettings()["SPLIT-LINES"]).toBe("off");
    expect(run(grid(LINES)).proposal.edits.filter((e) => e.rule === "SPLIT-LINES")).toEqual([]);
  });

  it("keeps the spaces of the lines when the table stays pasted: they separate its columns", () => {
    const kept = run(grid(LINES));
    expect(kept.entries).toEqual([]);
    expect(parseGrid(kept.grid).indicators.map((i) => i.value)).toEqual([320, 85]);
  });

  const first = run(grid(LINES), settingsFromRules(["SPLIT-LINES"]));

  it("writes each line's parts into its cell and the empty cells to its right", () => {
    const v = first.grid.values;
    expect(v[0].slice(0, 2)).toEqual(["项目名称", "乡村公路养护"]);
    expect(v[1].slice(0, 5)).toEqual(["一级指标", "二级指标", "三级指标", "分值", "年度指标值"]);
    expect(v[2].slice(0, 5)).toEqual(["产出指标", "数量指标", "养护里程", "20", "≥320公里"]);
    // Merged blanks stay blank; the foot is no data line and stays whole.
    expect(v[3].slice(0, 5)).toEqual([null, "质量指标", "路面优良率", "10", "≥85%"]);
    expect(v[4][0]).toBe("合计 30");
    // Each write is logged with what the cell held before ("" for the empty cells).
    const writes = first.entries.filter((e) => e.edit.rule === "SPLIT-LINES");
    expect(writes.map((e) => [e.edit.cell, e.edit.before])).toContainEqual(["E3", ""]);
  });

  it("leaves a table of real columns that reads as it did", () => {
    const after = parseGrid(first.grid);
    expect(after.tables.map((t) => t.layout)).toEqual(["rows"]);
    expect(after.indicators.map((i) => [i.cell, i.name, i.value])).toEqual([
      ["E3", "养护里程", 320],
      ["E4", "路面优良率", 85],
    ]);
  });

  it("is undone cell by cell, back to the lines", () => {
    const back = revert(first.grid, first.log);
    expect(back.grid.values.map((r) => r.filter((c) => c !== "" && c !== null))).toEqual(LINES);
  });

  it("touches nothing where the selection is a table of real columns", () => {
    const real = grid([
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "养护里程", "≥320公里"],
      ["一级指标 二级指标 三级指标 指标值"],
    ]);
    expect(run(real, settingsFromRules(["SPLIT-LINES"])).entries).toEqual([]);
  });

  it("moves a header's wrapped second line into the header row", () => {
    const wrapped = run(
      grid([
        ["一级指标 二级指标 三级指标 分值"],
        ["年度指标值 全年实际值"],
        ["产出指标 数量指标 养护里程 20 ≥320公里 325公里"],
      ]),
      settingsFromRules(["SPLIT-LINES"]),
    );
    expect(wrapped.grid.values[0]).toEqual([
      "一级指标",
      "二级指标",
      "三级指标",
      "分值",
      "年度指标值",
      "全年实际值",
    ]);
    expect(wrapped.grid.values[1]).toEqual([null]);
    expect(parseGrid(wrapped.grid).indicators.map((i) => [i.cell, i.target])).toEqual([["E3", "≥320公里"]]);
  });

  it("never touches a formula", () => {
    const g = grid([LINES[1], LINES[2]]);
    g.formulas = [[false], [true]];
    const r = run(g, settingsFromRules(["SPLIT-LINES"]));
    expect(r.entries.map((e) => e.edit.cell).filter((c) => c.endsWith("2"))).toEqual([]);
  });

  it("does not overwrite a filled cell: such a line stays whole", () => {
    const crowded = run(
      grid([LINES[1], [LINES[2][0], null, "已有内容"]]),
      settingsFromRules(["SPLIT-LINES"]),
    );
    expect(crowded.grid.values[1]).toEqual([LINES[2][0], null, "已有内容"]);
  });
});
