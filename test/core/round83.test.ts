/**
 * Targets and names that probe round 81 misread (fix round 83): statements with their verb in front read as
 * no target, compound rate units with a period (元/平方米·年, 元/生·学年), two deadlines in one item, and a hold
 * (保持) before a figure left in the name. Each test is a cell written on the pattern of a misread.
 */
import { records } from "../support/packedCell";

/** The records of one packed cell: name, target, comparator, value, unit, kind, date. */
function read(cell: string) {
  return records(cell).map((i) => [i.name, i.target, i.comparator, i.value, i.unit, i.kind, i.date]);
}

/** Name, comparator, value, unit and kind of each record of one packed cell. */
function short(cell: string) {
  return records(cell).map((i) => [i.name, i.comparator, i.value, i.unit, i.kind]);
}

describe("a compound rate unit with a period (r81 C)", () => {
  it("reads a price per area or head and a period as the unit, the figure out of the name", () => {
    expect(short("成本指标：保洁服务单价8.6元/平方米·年；")).toEqual([
      ["保洁服务单价", "=", 8.6, "元/平方米·年", "quantitative"],
    ]);
    expect(short("成本指标：租金12元/平方米·月。")).toEqual([
      ["租金", "=", 12, "元/平方米·月", "quantitative"],
    ]);
    expect(short("成本指标：资助标准1000元/生·学年。")).toEqual([
      ["资助标准", "=", 1000, "元/生·学年", "quantitative"],
    ]);
    expect(short("成本指标：补助标准3元/人·学年")).toEqual([
      ["补助标准", "=", 3, "元/人·学年", "quantitative"],
    ]);
    expect(short("成本指标：资助标准≤1000元/生·学年。")).toEqual([
      ["资助标准", "<=", 1000, "元/生·学年", "quantitative"],
    ]);
    expect(short("成本指标：补助标准300元/生·学期")).toEqual([
      ["补助标准", "=", 300, "元/生·学期", "quantitative"],
    ]);
  });

  it("reads years of school as a count, a school year (2024学年) as none", () => {
    expect(short("资助年限2学年")).toEqual([["资助年限", "=", 2, "学年", "quantitative"]]);
    expect(short("2024学年")).toEqual([["2024学年", null, null, "", "empty"]]);
  });
});

describe("保持 before a figure (r81 F)", () => {
  it("reads the hold as the target's, the rate held as the name (as 保持在100% reads)", () => {
    expect(read("社会效益指标：农村自来水普及率保持100%。")).toEqual([
      ["农村自来水普及率", "保持100%", "=", 100, "%", "quantitative", null],
    ]);
    expect(read("社会效益指标：森林覆盖率保持77%以上。")).toEqual([
      ["森林覆盖率", "保持77%以上", ">=", 77, "%", "quantitative", null],
    ]);
    expect(short("森林覆盖率保持不低于77%")).toEqual([["森林覆盖率", ">=", 77, "%", "quantitative"]]);
    expect(short("空气质量优良率持续保持95%以上")).toEqual([
      ["空气质量优良率", ">=", 95, "%", "quantitative"],
    ]);
    expect(short("水质达标率维持100%")).toEqual([["水质达标率", "=", 100, "%", "quantitative"]]);
  });
});
