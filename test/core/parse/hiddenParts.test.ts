/** Hidden rows and columns inside a table are read like the rest, and the officer is told which. */
import type { Grid } from "../../../src/core/grid";
import { parseGrid } from "../../../src/core/parse";

const table = (hidden?: Grid["hidden"]): Grid => ({
  sheet: "绩效目标",
  top: 3,
  left: 1,
  values: [
    ["项目名称", "备注", "绩效指标"],
    ["应急演练", "", "1、产出指标：开展演练12场。"],
    ["安全培训", "", "1、产出指标：培训人数不少于500人次。"],
    ["隐患排查", "", "1、产出指标：排查企业200家。"],
    ["注：本表由各单位填写", "", ""],
  ],
  ...(hidden ? { hidden } : {}),
});

const hiddenMessage = (g: Grid) =>
  parseGrid(g).messages.find((m) => m.text.zh.includes("隐藏"))?.text ?? null;

describe("hidden rows and columns", () => {
  it("reads hidden rows like the rest and names them, with hidden columns, as runs", () => {
    const g = table({ rows: [5, 6], filteredRows: [4], columns: [2] });
    expect(parseGrid(g).indicators).toHaveLength(3);
    expect(hiddenMessage(g)).toEqual({
      zh: "工作表“绩效目标”的表格中有筛选隐藏的第 4 行，隐藏的第 5–6 行，隐藏的 B 列，已与其他行列一样读取。",
      en: 'The table on sheet "绩效目标" has rows 4 left out by the filter; hidden rows 5–6; hidden columns B; they were read like the rest.',
    });
  });

  it("says nothing of hidden rows or columns outside the tables, or where none are hidden", () => {
    // Row 1 is above the table (its title), column E right of it.
    expect(hiddenMessage(table({ rows: [1], columns: [5] }))).toBeNull();
    expect(hiddenMessage(table())).toBeNull();
  });
});
