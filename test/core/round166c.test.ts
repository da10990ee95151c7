/**
 * Round 166 (C): loose prose under an effect heading — a heading (效益指标方面，, 效益指标：, 效益：), then a clause
 * stating an effect on its own, then a figure. The effect is an indicator of its own, not a lead-in to the figure,
 * and never lends its words to the figure's name.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

/** The records of one packed cell: name, comparator, value, unit, kind. */
function read(cell: string) {
  const r = parseGrid(
    grid([
      ["项目名称", "绩效指标"],
      ["某项目", cell],
    ]),
  );
  return r.indicators.map((i) => [i.name, i.comparator, i.value, i.unit, i.kind]);
}

describe("效益指标方面， is the category heading it is, as 效益指标：", () => {
  it("reads the effect after 效益指标方面， as its own record (带动…稳定就业，人均月增收500元)", () => {
    expect(read("效益指标方面，带动脱贫人口和监测对象稳定就业，人均月增收500元。")).toEqual([
      ["带动脱贫人口和监测对象稳定就业", null, null, "", "qualitative"],
      ["人均月增收", "=", 500, "元", "quantitative"],
    ]);
  });

  it("never lends a state's words to the figure after it (项目区土壤有机质含量提高，亩均节本增效30元左右)", () => {
    expect(read("效益指标方面，项目区土壤有机质含量提高，亩均节本增效30元左右。")).toEqual([
      ["项目区土壤有机质含量", null, null, "", "qualitative"],
      ["亩均节本增效", "=", 30, "元", "quantitative"],
    ]);
    // Numbered, and with 指标 alone before the comma, likewise.
    expect(read("3.效益指标方面，项目区土壤有机质含量提高，亩均节本增效30元左右。").map((r) => r[0])).toEqual(
      ["项目区土壤有机质含量", "亩均节本增效"],
    );
    expect(read("效益指标，项目区土壤有机质含量提高，亩均节本增效30元左右。").map((r) => r[0])).toEqual([
      "项目区土壤有机质含量",
      "亩均节本增效",
    ]);
  });

  it("keeps the figure right after the heading its own (效益指标方面，带动农户户均增收3000元以上)", () => {
    expect(read("效益指标方面，带动农户户均增收3000元以上，")).toEqual([
      ["带动农户户均增收", ">=", 3000, "元", "quantitative"],
    ]);
  });
});

describe("people's income or work gained, under an effect label, is an effect of its own", () => {
  it("reads 带动茶农增收 before a figure as its own record", () => {
    expect(read("效益：带动茶农增收，年接待游客增加5000人次以上")).toEqual([
      ["带动茶农增收", null, null, "", "qualitative"],
      ["年接待游客增加", ">=", 5000, "人次", "quantitative"],
    ]);
    expect(read("效益指标：带动就业，新增就业岗位50个").map((r) => [r[0], r[4]])).toEqual([
      ["带动就业", "qualitative"],
      ["新增就业岗位", "quantitative"],
    ]);
  });

  it("still drops a purpose before a figure under the label (方便…, 丰富…)", () => {
    expect(read("效益：方便茶农采茶运输，亩均节约人工成本约两百元").map((r) => r[0])).toEqual([
      "亩均节约人工成本",
    ]);
    expect(read("效益指标：丰富农村群众精神文化生活，观众人次≥3万人次").map((r) => r[0])).toEqual([
      "观众人次",
    ]);
  });
});
