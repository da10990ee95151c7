/**
 * Round 72 (rows tables and forms): a 分地区 table with a county per merged block and no project column,
 * a 事前评估 审核表's declared and adopted figures side by side, a percent cell's fraction under a %
 * unit column, a change word written in the 符号 / 指标性质 cell, and a title with a sub-item after its fund.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

describe("a title naming its fund with a sub-item in brackets, or a programme before 区域绩效目标表", () => {
  const titled = (title: string) =>
    parseGrid(
      grid([
        [title],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "建设面积", "1.2万亩"],
      ]),
    ).projects[0].project;

  it("names the project", () => {
    expect(titled("2025年中央财政耕地建设与利用资金（高标准农田建设）区域绩效目标分解表")).toBe(
      "2025年中央财政耕地建设与利用资金（高标准农田建设）",
    );
    expect(titled("2025年中央财政衔接推进乡村振兴补助资金（以工代赈）区域绩效目标表")).toBe(
      "2025年中央财政衔接推进乡村振兴补助资金（以工代赈）",
    );
    expect(titled("2025年耕地建设与利用资金（高标准农田建设）绩效目标表")).toBe(
      "2025年耕地建设与利用资金（高标准农田建设）",
    );
    expect(titled("2025年高标准农田建设区域绩效目标分解表")).toBe("2025年高标准农田建设");
  });

  it("leaves a county, a split or a year in the bracket out of the name, and names nothing generic", () => {
    expect(titled("2025年耕地建设与利用资金（大埔县）区域绩效目标表")).toBe("2025年耕地建设与利用资金");
    expect(titled("2025年耕地建设与利用资金（分县区）区域绩效目标表")).toBe("2025年耕地建设与利用资金");
    expect(titled("2025年中央财政区域绩效目标表")).toBe("");
    expect(titled("2025年梅州市区域绩效目标表")).toBe("");
    expect(titled("2025年部门整体绩效目标表")).toBe("");
  });
});
