/**
 * Round 149 (probe 147 H1, parser side): three-digit groups with a space between read as the cleanup's
 * SPACE reads them (numbers.ts groupsReading). After a word that says there are several (分别 300 250 元/人,
 * 各 100 100 人) they list numbers — was: one number, 300250 元/人, 100100 人; groups one of which is led by 0
 * write one number, however many (300 000 000元 — was: 300).
 */
import fc from "fast-check";
import { parseGrid } from "../../src/core/parse";
import { parseTarget } from "../../src/core/text/target";
import { grid } from "../support/grid";

/** One target in the 指标值 column: comparator, value, unit. */
function target(t: string) {
  const [i] = parseGrid(
    grid([
      ["项目名称", "测试项目"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "指标", t],
    ]),
  ).indicators;
  return [i.comparator, i.value, i.unit];
}

/** The name, value and unit of the one cell under 三级指标. */
function item(cell: string) {
  const [i] = parseGrid(
    grid([
      ["项目名称", "测试项目"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", cell, null],
    ]),
  ).indicators;
  return [i.name, i.value, i.unit];
}

describe("three-digit groups after 分别, 各, 依次, 每档 list numbers", () => {
  it("does not join them into one number", () => {
    expect(target("分别 300 250 元/人")[1]).toBe(300);
    expect(target("各 100 100 人")[1]).toBe(100);
    expect(target("依次为 500 300 元")[1]).toBe(500);
    expect(target("每档 300 250 元/人")[1]).toBe(300);
    expect(parseTarget("分别 300 250 元/人").value).toBe(300);
  });

  it("keeps joining them where nothing says so, and after a comparator", () => {
    expect(target("300 250 元/人")).toEqual(["=", 300250, "元/人"]);
    expect(target("≥300 250元")).toEqual([">=", 300250, "元"]);
    expect(target("≥3 600人")).toEqual([">=", 3600, "人"]);
    expect(target("1 850.6 万元")).toEqual(["=", 18506000, "元"]);
  });
});

describe("three-digit groups one of which is led by 0 write one number", () => {
  it("reads 300 000 000元 whole", () => {
    expect(target("300 000 000元")).toEqual(["=", 300000000, "元"]);
    expect(target("≤ 120 000 000 元")).toEqual(["<=", 120000000, "元"]);
    expect(item("总投资 300 000 000 元")).toEqual(["总投资", 300000000, "元"]);
  });
});

describe("property: three-digit lead groups read as the cleanup reads them", () => {
  const spaces = [" ", "\u00a0", "\u2009", "\u202f", "\u3000"];

  it("one number where a group is led by 0 or two follow a comparator; else the first of a list", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 100, max: 999 }),
        fc.constantFrom(...spaces),
        fc.constantFrom("≥", "不少于", "分别 ", "各 "),
        fc.constantFrom("人", "元/户", " 平方米", "%"),
        (rest, lead, space, before, unit) => {
          const groups = [String(lead), ...rest.map((g) => String(g).padStart(3, "0"))];
          const spaced = `${before}${groups.join(space)}${unit}`;
          const zero = groups.some((g) => g[0] === "0");
          const list =
            !zero &&
            (groups.length > 2 || Number(groups[1]) > lead || before === "分别 " || before === "各 ");
          expect(parseTarget(spaced).value).toBe(list ? lead : Number(groups.join("")));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
