/**
 * Round 99 (a probe of fourteen published tables): habits the parser misread — a weight "（10分）" after a
 * date or a period target read as the target.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

/** Packed columns, one per 一级, every line ending with its weight (as Inner Mongolia writes them). */
const packedByLevel1 = (output: string) =>
  parseGrid(
    grid([
      ["某区2025年项目支出绩效目标表", null, null],
      ["项目名称", "产出指标", "效益指标"],
      ["某项目", output, "1.带动群众增收：稳定增加（10分）"],
    ]),
  ).indicators;

describe("round 99: a weight after a date or a period target", () => {
  it("reads the date, not the weight, as the target", () => {
    const got = packedByLevel1(
      "1.发放人数≥120人（10分）\n2.资金发放时间：2025年12月底前（10分）\n3.完成时限：2025年10月（10分）\n4.演出完成时间：全年（10分）",
    ).map((i) => [i.name, i.kind, i.value, i.unit, i.date]);
    expect(got).toEqual([
      ["发放人数", "quantitative", 120, "人", null],
      ["资金发放时间", "date", null, "", "2025-12-31"],
      ["完成时限", "date", null, "", "2025-10"],
      ["演出完成时间", "date", null, "", "2025"],
      ["带动群众增收", "qualitative", null, "", null],
    ]);
  });

  it("keeps a score that is the only target (考核得分（90分）)", () => {
    const got = packedByLevel1("1.考核得分（90分）").map((i) => [i.name, i.value, i.unit]);
    expect(got[0]).toEqual(["考核得分", 90, "分"]);
  });
});
