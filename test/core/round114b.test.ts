/**
 * Round 114b: 街道 and towns' unlabelled prose — a clause whose state or deadline stands before another
 * clause with a figure or a date of its own keeps to itself, and no figure is read into words not its own.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

/** The records of one packed cell: name, comparator, value, unit, kind (and the date where there is one). */
function read(cell: string) {
  const r = parseGrid(
    grid([
      ["项目名称", "绩效指标"],
      ["某项目", cell],
    ]),
  );
  return r.indicators.map((i) =>
    i.kind === "date" ? [i.name, i.kind, i.date] : [i.name, i.comparator, i.value, i.unit, i.kind],
  );
}

describe("a statement or a deadline before a clause with a figure or a date of its own (C, forward glue)", () => {
  it("cuts a statement from the deadline and its deed after it", () => {
    const records = read(
      "保洁覆盖率100%，垃圾日产日清，12月底前完成全年保洁任务，小区环境明显改善，居民满意度达到90%以上。",
    );
    expect(records.map((r) => r[0])).toEqual([
      "保洁覆盖率",
      "垃圾",
      "完成全年保洁任务",
      "小区环境",
      "居民满意度",
    ]);
    expect(records[1][4]).toBe("qualitative");
    expect(records[2][1]).toBe("date");
    expect(records[4]).toEqual(["居民满意度", ">=", 90, "%", "quantitative"]);
    expect(read("改造后院落环境整洁有序，工程于2024年9月前完工")).toEqual([
      ["改造后院落环境", null, null, "", "qualitative"],
      ["工程", "date", "2024-09"],
    ]);
  });

  it("cuts a deadline and its deed from a name with a figure of its own after it", () => {
    expect(read("每月10日前发放到位，网格事件按时办结率不低于95%")).toEqual([
      ["发放到位", "date", null],
      ["网格事件按时办结率", ">=", 95, "%", "quantitative"],
    ]);
  });

  it("keeps a whole indicator before one whose figure a 、 list follows", () => {
    expect(read("完成3个老旧院落公共空间改造，新增休闲座椅40组、绿化面积800平方米")).toEqual([
      ["完成3个老旧院落公共空间改造", "=", 3, "个", "quantitative"],
      ["新增休闲座椅", "=", 40, "组", "quantitative"],
      ["绿化面积", "=", 800, "平方米", "quantitative"],
    ]);
  });
});
