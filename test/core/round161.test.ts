/**
 * Round 161 (probe 161 R1, parser side): digit groups with commas between them read as the cleanup's PUNCT
 * reads them (numbers.ts groupsReading). Numbers listed with commas — three or more three-digit groups
 * (101，102，103个), or any after 分别, 各, 依次 (分别为1，200，300人) — are a list, read as the first, as a list
 * spaced apart is (分别 300 200 100 米); was: one number, 101102103, 1200300.
 */
import { parseGrid } from "../../src/core/parse";
import { parseTarget } from "../../src/core/text/target";
import { groupsReading } from "../../src/core/text/numbers";
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

describe("numbers listed with commas are a list", () => {
  it("reads the first number, as of a list spaced apart", () => {
    expect(target("分别为101，102，103个")[1]).toBe(101);
    expect(target("101，102，103教室")[1]).toBe(101);
    expect(target("分别为1，200，300人")[1]).toBe(1);
    expect(target("分别为300，250元/人")[1]).toBe(300);
    expect(parseTarget("各100,100,100人").value).toBe(100);
    expect(parseTarget("分别 300 200 100 米").value).toBe(300);
  });

  it("keeps reading commas as the thousands mark where the groups are one number", () => {
    expect(target("1，200人")).toEqual(["=", 1200, "人"]);
    expect(target("≥1,500元")).toEqual([">=", 1500, "元"]);
    expect(target("12,345,678元")).toEqual(["=", 12345678, "元"]);
    expect(target("1,250,000元")).toEqual(["=", 1250000, "元"]);
    expect(target("100,000,000元")).toEqual(["=", 100000000, "元"]);
    expect(target("300,250元/人")).toEqual(["=", 300250, "元/人"]);
    expect(target("各1,000元")).toEqual(["=", 1000, "元"]);
  });
});

describe("groupsReading with commas", () => {
  it.each([
    ["101,102,103", "list"],
    ["101，102，103", "list"],
    ["分别为1,200,300", "list"],
    ["分别为300,250", "list"],
    ["1,200", "number"],
    ["300,250", "number"],
    ["12,345,678", "number"],
    ["1,250,000", "number"],
    ["分别为1,200", "number"],
    ["分别为100,000", "number"],
  ])("%s: %s", (text, reading) => {
    const i = text.search(/\d/);
    expect(groupsReading(text, i, text.length)).toBe(reading);
  });
});
