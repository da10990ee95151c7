/** Probe round 94: what the second probe of the cleanup found (H1, H2, M1, M4, M5). */
import type { CellValue } from "../../../src/core/grid";
import { defaultCleanupSettings, proposeCleanup } from "../../../src/core/cleanup";
import { fixSpaces } from "../../../src/core/cleanup/rules/space";
import { refersAtOrBelow } from "../../../src/core/cleanup/rowShift";
import { joinWrappedName } from "../../../src/core/cleanup/nameBreaks";
import { grid, revert, run } from "./helpers";

describe("H1: a number written in groups is joined whole, and only where it is surely one number", () => {
  test.each([
    ["≤ 1 200 000元", "≤1200000元"],
    ["投资不超过 2 000 000 元", "投资不超过2000000元"],
    ["≥1 200台", "≥1200台"],
    ["达到 12 500 平方米", "达到12500平方米"],
    ["覆盖 1 200 000.5元", "覆盖 1200000.5元"],
    ["1 200 000%", "1200000%"],
    // Round 121: a line that is only the number joins whole (its unit in the next column).
    ["2 000 000", "2000000"],
  ])("%s → %s", (input, expected) => {
    expect(fixSpaces(input)).toBe(expected);
    expect(fixSpaces(expected)).toBe(expected);
  });

  test.each([
    "开展 110 119 120 宣传进社区次数",
    "改造 101 102 103 教室数量",
    "编号 3 1 200元",
    "联系电话：020-8888 1234",
  ])("a list of numbers stays: %s", (input) => {
    expect(fixSpaces(input)).toBe(input);
  });
});

/** A header of two rows: 指标值 over the three years (merged D2:F2, so E2 and F2 read blank). */
const UPPER: CellValue[] = ["一级指标", "二级指标", "三级指标", "指标值", null, null];
const LOWER: CellValue[] = [null, null, null, "2025年", "2026年", "2027年"];
const MIDTERM: CellValue[][] = [
  ["某区 2025-2027年 项目中期绩效目标表"],
  UPPER,
  LOWER,
  ["产出指标", "数量指标", "新增普惠性托位数", "≥500个", "≥600个", "≥ 700个"],
  ["产出指标", "数量指标", "培训保育人员", "不少于200人次", "不少于 220人次", "不少于240人次"],
  [...UPPER],
  [...LOWER],
  ["效益指标", "社会效益指标", "每千人口托位数", "≥4.5个", "≥ 4.5个", "≥4.5 个"],
  ["满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "≥ 90%", "≥90%"],
];

describe("H2: a repeated two-row header goes whole", () => {
  test("both rows of the copy are removed, and revert puts both back", () => {
    const g = grid(MIDTERM.map((r) => [...r]));
    const done = run(g);
    const rows = done.proposal.edits.filter((e) => e.kind === "row" && e.applied).map((e) => e.cell);
    expect(rows).toEqual(["6:6", "7:7"]);
    expect(done.grid.values.filter((r) => r[3] === "2025年")).toHaveLength(1);
    expect(revert(done.grid, done.log).grid.values).toEqual(g.values);
  });

  test("a copy one of whose rows must stay keeps both", () => {
    const g = grid(MIDTERM.map((r) => [...r]));
    const why = { zh: "保留此行，未删除：测试。", en: "Row kept, not removed: test." };
    const p = proposeCleanup(g, defaultCleanupSettings(), [], { keptRows: new Map([[7, why]]) });
    const rows = p.edits.filter((e) => e.kind === "row");
    expect(rows.map((e) => [e.cell, e.applied, e.note?.en])).toEqual([
      ["6:6", false, why.en],
      ["7:7", false, why.en],
    ]);
  });
});

describe("M1: columns under a merged header cell are the table's", () => {
  test("the years under 指标值 are cleaned", () => {
    const done = run(grid(MIDTERM.map((r) => [...r])));
    const cells = done.proposal.edits.filter((e) => e.kind === "cell").map((e) => e.cell);
    expect(cells).toEqual(expect.arrayContaining(["F4", "E5", "E8", "F8", "E9"]));
  });

  test("in a one-row header, the columns the rows fill under a merged 指标值 are cleaned; a note now and then is not", () => {
    const g = grid([
      ["一级指标", "二级指标", "三级指标", "指标值", null, null],
      ["产出指标", "数量指标", "新增托位数", "≥500个", "≥ 600个", null],
      ["产出指标", "数量指标", "培训人员", "≥200人次", "不少于 220人次", "备注 ："],
      ["效益指标", "社会效益指标", "每千人口托位数", "≥4.5个", "≥4.5 个", null],
      ["满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "≥ 90%", null],
    ]);
    const cells = run(g)
      .proposal.edits.filter((e) => e.kind === "cell")
      .map((e) => e.cell);
    expect(cells.sort()).toEqual(["E2", "E3", "E4", "E5"]);
  });
});

describe("M4: another sheet's formula blocks a row removal only where it points at the row or below", () => {
  test.each([
    ["'指标表'!D3", 6, false],
    ["'指标表'!D6", 6, true],
    ["SUM(指标表!D3:D10)", 6, true],
    ["SUM(指标表!D3:D5)+指标表!E2", 6, false],
    ["指标表!3:5", 6, false],
    ["指标表!3:6", 6, true],
    ["SUM(指标表!D:D)", 6, true],
    ['INDIRECT("指标表!D3")', 6, true],
    ["OFFSET(指标表!D3,5,0)", 6, true],
    ["'说明:指标表'!D3", 6, true],
    ["[1]指标表!D9", 6, true],
    ["汇总!D9", 6, false],
    ['"指标表!D9"&汇总!D9', 6, false],
    ["SUM(旧指标表!D9)", 6, false],
  ])("%s at row %d: %s", (formula, row, blocks) => {
    expect(refersAtOrBelow(formula, "指标表", row)).toBe(blocks);
  });
});

describe("M5: a line break inside a 三级指标 name in a table of one indicator a row is offered", () => {
  const ROWS: CellValue[][] = [
    ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
    ["平安建设", "产出指标", "数量指标", "巡查养殖\n场数", "≥40个"],
    ["平安建设", "产出指标", "数量指标", "巡查企业数\n培训人数", "≥10家"],
    ["平安建设", "产出指标", "质量指标", "1、合格率\n2、达标率", "100%"],
    ["平安建设", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
  ];

  test("offered, not applied, with the joined name; two names or numbered items are not joined", () => {
    const g = grid(ROWS.map((r) => [...r]));
    const first = run(g);
    const offered = first.proposal.edits.filter((e) => e.kind === "cell" && e.rule === "SPACE");
    expect(offered.map((e) => [e.cell, e.kind === "cell" && e.after, e.applied])).toEqual([
      ["D2", "巡查养殖场数", false],
    ]);
    expect(offered[0].note?.zh).toMatch(/三级指标名称中有换行/);
    // Declined (logged as such), it is not offered again.
    expect(proposeCleanup(first.grid, defaultCleanupSettings(), first.log).edits).toEqual([]);
  });

  test("a wrap beside punctuation stays", () => {
    expect(joinWrappedName("满意度\n（问卷调查）")).toBe("满意度\n（问卷调查）");
    expect(joinWrappedName("污水处理设施正常运行\n率")).toBe("污水处理设施正常运行率");
    expect(joinWrappedName("PM2.5\n浓度")).toBe("PM2.5浓度");
  });
});

describe("M3: a repeated header inside a column merged down the table is found", () => {
  const HEAD: CellValue[] = ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"];
  // A4:A9 merged (产出指标): its part in the copy at row 6 reads blank.
  const MERGED: CellValue[][] = [
    ["项目支出绩效目标表"],
    [...HEAD],
    ["产出指标", "数量指标", "修复林盘数量", "≥30", "个"],
    [null, "数量指标", "新建步道长度", "≥12.5", "公里"],
    [null, "二级指标", "三级指标", "指标值", "计量单位"],
    [null, "时效指标", "项目完成时间", "2025年12月31日前", ""],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "%"],
  ];

  test("the copy is proposed for removal (a gateway keeps it while the merge crosses it)", () => {
    const g = grid(MERGED.map((r) => [...r]));
    const done = run(g);
    const rows = done.proposal.edits.filter((e) => e.kind === "row").map((e) => e.cell);
    expect(rows).toEqual(["5:5"]);
    expect(revert(done.grid, done.log).grid.values).toEqual(g.values);
  });

  test("a row with only two of the header's names is not a copy", () => {
    const g = grid(MERGED.map((r, i) => (i === 4 ? [null, "二级指标", "三级指标", "≥5", "个"] : [...r])));
    expect(run(g).proposal.edits.filter((e) => e.kind === "row")).toEqual([]);
  });
});
