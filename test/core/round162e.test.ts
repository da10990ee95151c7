/**
 * Round 162 (E): town and village cells whose comma clauses carry no Arabic digit — a year's end and its deed
 * (项目年底完工), or a quantity in Chinese numerals (一千二百米, 两百元) — read as clauses of their own, not glued onto
 * the figure before them.
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

describe("a year's or month's end and its deed after a figure is a date of its own (项目年底完工)", () => {
  it("cuts 项目年底完工 and the count after it out of a village road's chain", () => {
    expect(
      read(
        "新建硬化道路2.3公里，路面宽4.5米，C25混凝土厚度20厘米，项目年底完工，受益农户156户682人，群众满意度达90%以上。",
      ),
    ).toEqual([
      ["新建硬化道路", "=", 2.3, "公里", "quantitative"],
      ["路面宽", "=", 4.5, "米", "quantitative"],
      ["C25混凝土厚度", "=", 20, "厘米", "quantitative"],
      ["完工", null, null, "", "date"],
      ["受益农户", "=", 156, "户", "quantitative"],
      ["群众满意度", ">=", 90, "%", "quantitative"],
    ]);
  });

  it("reads the year's end with or without its year, and the work named before a month's end", () => {
    for (const deed of ["年底完工", "年末建成", "2024年底完工", "项目12月底完工", "工程于12月底竣工"])
      expect(read(`新建道路2.3公里，${deed}`).map((r) => r[4])).toEqual(["quantitative", "date"]);
  });

  it("reads the table's year into 项目年底完工", () => {
    const r = parseGrid(
      grid([
        ["2024年项目支出绩效目标表"],
        ["项目名称", "绩效指标"],
        ["产业路硬化", "新建硬化道路2.3公里，项目年底完工，受益农户156户，群众满意度达90%以上。"],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.kind, i.date])).toEqual([
      ["新建硬化道路", "quantitative", null],
      ["完工", "date", "2024-12-31"],
      ["受益农户", "quantitative", null],
      ["群众满意度", "quantitative", null],
    ]);
  });
});

describe("a quantity in Chinese numerals is a figure clause as digits are", () => {
  it("cuts after a length in Chinese numerals (硬化道路一千二百米，受益农户三百户)", () => {
    expect(read("硬化道路一千二百米，受益农户三百户，群众满意度95%")).toEqual([
      ["硬化道路", "=", 1200, "米", "quantitative"],
      ["受益农户", "=", 300, "户", "quantitative"],
      ["群众满意度", "=", 95, "%", "quantitative"],
    ]);
    expect(read("效益：硬化道路一千二百米，年内完工").map((r) => [r[0], r[4]])).toEqual([
      ["硬化道路", "quantitative"],
      ["完工", "date"],
    ]);
  });

  it("cuts a count in Chinese numerals after a deed done in time or a deadline", () => {
    expect(read("养护资金及时拨付，受益群众三百人").map((r) => [r[0], r[2]])).toEqual([
      ["养护资金", null],
      ["受益群众", 300],
    ]);
    expect(read("新修便道一千二百米，项目年底前完工，受益茶农两百户").map((r) => [r[0], r[4]])).toEqual([
      ["新修便道", "quantitative"],
      ["完工", "date"],
      ["受益茶农", "quantitative"],
    ]);
  });

  it("drops a purpose before a figure in Chinese numerals, as before digits (方便茶农采茶运输，…约两百元)", () => {
    expect(read("效益：方便茶农采茶运输，亩均节约人工成本约两百元；")).toEqual([
      ["亩均节约人工成本", "=", 200, "元", "quantitative"],
    ]);
    expect(read("效益：丰富农村群众精神文化生活，观众人次三万人次").map((r) => [r[0], r[2]])).toEqual([
      ["观众人次", 30000],
    ]);
  });

  it("keeps a dimension after the figure it measures, as with digits (硬化组道一千二百米，宽三点五米)", () => {
    expect(read("产出：硬化组道一千二百米，宽三点五米；")).toEqual([
      ["硬化组道", "=", 1200, "米", "quantitative"],
    ]);
    expect(read("硬化组道1200米，宽3.5米；")).toEqual([["硬化组道", "=", 1200, "米", "quantitative"]]);
  });

  it("never counts a slogan's numbers (三个一批) as a figure", () => {
    expect(read("完成三个一批建设，群众满意")).toHaveLength(1);
  });
});
