/**
 * Round 167 (probe 167 H1, parser side): space groups after a shorter lead group read as the cleanup's SPACE
 * reads them (numbers.ts groupsReading). After 分别, 各, 依次, or where two groups or more follow the first
 * number, nonzero groups list numbers (分别 1 200 800 600 米: 1 200, 800, 600) and the first is read;
 * was: one number, 1200800600.
 */
import { parseGrid } from "../../src/core/parse";
import { parseTarget } from "../../src/core/text/target";
import { groupsReading } from "../../src/core/text/numbers";
import { grid } from "../support/grid";

/** One target in the 指标值 column: its value. */
function value(t: string) {
  const [i] = parseGrid(
    grid([
      ["项目名称", "测试项目"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "新建道路", t],
    ]),
  ).indicators;
  return i.value;
}

describe("a list whose first number is written in groups", () => {
  test.each([
    ["分别 1 200 800 600 米", 1200],
    ["分别为 1 200 800 600 米", 1200],
    ["1 200 800 600 米", 1200],
    ["分别 1 200 800 元", 1200],
    ["各 1 200 800 元", 1200],
    ["依次 1 500 900 600 户", 1500],
    ["分别 1 000 800 600 米", 1000],
  ])("%s reads the first, %d", (t, first) => {
    expect(parseTarget(t).value).toBe(first);
    expect(value(t)).toBe(first);
  });

  test.each([
    ["≥ 1 200 米", 1200],
    ["各 1 200 盏", 1200],
    ["1 250 000 元", 1250000],
    ["1 200 800 000 元", 1200800000],
    ["分别为 12 000 000 元", 12000000],
    // One number or two: one, as 300 250 元 is.
    ["1 234 567 元", 1234567],
    ["分别 2 000 1 500 1 000 人", 2000],
  ])("one number: %s is %d", (t, n) => {
    expect(parseTarget(t).value).toBe(n);
  });

  test("groupsReading", () => {
    const read = (s: string) => groupsReading(s, s.search(/\d/), s.search(/\d[^\d ]*$/) + 1);
    expect(read("分别 1 200 800")).toBe("list");
    expect(read("1 200 800 600")).toBe("list");
    expect(read("1 200 800")).toBe("either");
    expect(read("1 200 000")).toBe("number");
    expect(read("各 1 200")).toBe("number");
    expect(read("1 0000")).toBe("number");
  });
});
