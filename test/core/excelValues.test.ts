/**
 * What Excel holds besides typed text: error values of failed formulas, formulas saved without their
 * result, serial numbers of the 1904 date system, and unfilled rows whose name is a category's word.
 */
import { parseGrid } from "../../src/core/parse";
import { shownNumber } from "../../src/core/shownNumber";
import { grid } from "../support/grid";

const header = ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"];

describe("error values (#DIV/0!, #N/A …, also typed full-width) where a target should be", () => {
  const r = parseGrid(
    grid([
      header,
      ["产出指标", "数量指标", "培训人数", "#DIV/0!", "人"],
      ["产出指标", "数量指标", "巡查次数", "#N/A", "次"],
      ["产出指标", "质量指标", "合格率", "＃REF!", "%"],
      ["产出指标", "质量指标", "验收合格率", "100", "%"],
    ]),
  );

  it("are never read as a number or a target in words", () => {
    expect(r.indicators.map((i) => [i.target, i.kind, i.comparator, i.value])).toEqual([
      ["#DIV/0!", "empty", null, null],
      ["#N/A", "empty", null, null],
      ["＃REF!", "empty", null, null],
      ["100", "quantitative", "=", 100],
    ]);
  });

  it("are named, with their cells, in one warning", () => {
    const warnings = r.messages.filter((m) => m.level === "warning").map((m) => m.text.zh);
    expect(warnings).toEqual([
      "单元格 D2（#DIV/0!）、D3（#N/A）、D4（＃REF!） 是 Excel 错误值（公式出错），未作为目标值读取；请修正公式或填写目标值。",
    ]);
  });
});

describe("formulas saved without their result (a file written by a program)", () => {
  it("are named in a warning when they fall inside a table, not outside it", () => {
    const g = {
      ...grid([
        header,
        ["产出指标", "数量指标", "培训人数", null, "人"],
        [],
        [],
        ["备注", null, null, null, null, null, null],
      ]),
      uncomputed: [
        [1, 3],
        [4, 6],
      ] as [number, number][],
    };
    const r = parseGrid(g);
    expect(r.indicators.map((i) => [i.cell, i.kind])).toEqual([["D2", "empty"]]);
    expect(r.messages.filter((m) => m.level === "warning").map((m) => m.text.zh)).toEqual([
      "单元格 D2 是公式，但文件中没有保存计算结果（文件可能由其他程序生成），因此读作空白。请在 Excel 中打开该文件并保存，再重新读取。",
    ]);
  });
});

describe("the 1904 date system", () => {
  const rows = [header, ["产出指标", "时效指标", "完成时间", 44195, ""]];

  it("reads a bare serial in a 时效 value from 1904 when the workbook counts so, else from 1900", () => {
    expect(parseGrid({ ...grid(rows), date1904: true }).indicators[0].date).toBe("2024-12-31");
    expect(parseGrid(grid(rows)).indicators[0].date).toBe("2020-12-30");
  });

  it("shows a date-formatted serial as Excel shows it in each system", () => {
    expect(shownNumber(44195, "yyyy/m/d", true)).toBe("2024/12/31");
    expect(shownNumber(44195, "yyyy/m/d")).toBe("2020/12/30");
  });
});

describe("an unfilled row whose 三级 is a category's word", () => {
  it("is an indicator with no target beside its own 一级 and 二级, not a heading to drop", () => {
    const r = parseGrid(
      grid([
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["效益指标", "社会效益指标", "社会效益", ""],
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", ""],
      ]),
    );
    expect(r.indicators.map((i) => [i.cell, i.level1, i.name, i.kind])).toEqual([
      ["D2", "效益指标", "社会效益", "empty"],
      ["D3", "满意度指标", "服务对象满意度", "empty"],
    ]);
  });

  it("is still a heading in a tree written in one column", () => {
    const r = parseGrid(
      grid([
        ["指标名称", "指标值"],
        ["产出指标", ""],
        ["数量指标", ""],
        ["演练次数", "≥4次"],
      ]),
    );
    expect(r.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ["产出指标", "数量指标", "演练次数"],
    ]);
  });
});
