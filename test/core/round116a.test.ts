/**
 * Round 116: prose cells as town and department officers write them, read under an ordinary packed header.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";
import { readBrief } from "../support/packedCell";

const read = readBrief;

/** The records of one packed cell: name, the inferred 二级 and the kind. */
function inferred(cell: string) {
  const r = parseGrid(
    grid([
      ["项目名称", "绩效指标"],
      ["某项目", cell],
    ]),
  );
  return r.indicators.map((i) => [i.name, i.level2Inferred, i.kind]);
}

describe("a deadline and its deed in prose is an indicator of its own", () => {
  // (No year is written in these cells, so the dates are null; under a titled table they are the title's year.)
  it("cuts a satisfaction with its figure from the deadline clause before it", () => {
    expect(read("清运垃圾4200吨，年底前全部完成，群众满意度90%以上。").slice(1)).toEqual([
      ["全部完成", "date", null],
      ["群众满意度", ">=", 90, "%", "quantitative"],
    ]);
  });

  it("cuts a state after a name, its deadline and its deed", () => {
    expect(read("托管小区12个，补助资金12月底前拨付到位，小区环境明显改善，居民满意度≥88%。")).toEqual([
      ["托管小区", "=", 12, "个", "quantitative"],
      ["补助资金", "date", null],
      ["小区环境", null, null, "", "qualitative"],
      ["居民满意度", ">=", 88, "%", "quantitative"],
    ]);
  });
});

describe("the 二级 inferred for an outcome for people", () => {
  it("reads the quality of people's lives as a social effect, not as 质量指标", () => {
    expect(inferred("助餐服务2.4万人次，老年人生活质量进一步提高，满意度≥95%。")).toContainEqual([
      "老年人生活质量",
      "社会效益指标",
      "qualitative",
    ]);
  });

  it("reads 家庭经济困难 as the people helped, not as an economic effect", () => {
    const read = inferred("效益指标：家庭经济困难幼儿入园率提高。");
    expect(read.map((r) => r[1])).toEqual(["社会效益指标"]);
    // An economic word beside it still counts.
    expect(inferred("效益指标：家庭经济困难户人均收入增长10%。").map((r) => r[1])).toEqual(["经济效益指标"]);
  });
});
