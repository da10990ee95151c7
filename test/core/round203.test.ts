/**
 * Round 203's fixes, each with cells written fresh (not the round's own): a deadline of a year's season written
 * first after a whole indicator, and words of when the outcome comes (项目实施后) before two whole indicators.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

/** The records of one prose cell in a 单位名称 | 项目名称 | 绩效目标 table. */
function read(cell: string): [string, string | null, number | null, string, string, string | null][] {
  const g = grid(
    [
      ["单位名称", "项目名称", "绩效目标"],
      ["某县水利局", "某工程", cell],
    ],
    "Sheet1",
  );
  return parseGrid(g).indicators.map((x) => [x.name, x.comparator, x.value, x.unit, x.kind, x.date]);
}

describe("round 203", () => {
  it("reads 2024年汛前完成… after a rate as a deadline of its own, not as the rate's target", () => {
    expect(
      read("通过实施山洪沟治理，疏浚沟道3.5公里，护岸工程验收合格率达到98%，2024年汛前完成全部工程。"),
    ).toEqual([
      ["疏浚沟道", "=", 3.5, "公里", "quantitative", null],
      ["护岸工程验收合格率", ">=", 98, "%", "quantitative", null],
      ["完成全部工程", null, null, "", "date", "2024"],
    ]);
  });

  it("reads 2025年春节前发放到位 after a count as a deadline of its own, named by its work", () => {
    expect(read("为保障困难群众过节，慰问困难群众1200户，2025年春节前发放到位。")).toEqual([
      ["慰问困难群众", "=", 1200, "户", "quantitative", null],
      ["发放到位", null, null, "", "date", "2025"],
    ]);
  });

  it("names 2026年开学前完成校舍维修 by its work, alone in a 三级 row's target", () => {
    const g = grid(
      [
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["校舍维修改造", "产出指标", "时效指标", "2026年开学前完成校舍维修", ""],
      ],
      "Sheet1",
    );
    const rec = parseGrid(g).indicators[0];
    expect([rec.name, rec.kind, rec.date]).toEqual(["完成校舍维修", "date", "2026"]);
  });

  it("cuts the clauses after 工程建成后， as it does after words of purpose", () => {
    expect(read("工程建成后，新增灌溉面积达到3000亩，改善除涝面积1.5万亩，群众满意度不低于92%。")).toEqual([
      ["新增灌溉面积", ">=", 3000, "亩", "quantitative", null],
      ["改善除涝面积", "=", 15000, "亩", "quantitative", null],
      ["群众满意度", ">=", 92, "%", "quantitative", null],
    ]);
  });
});
