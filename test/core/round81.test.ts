/**
 * Targets and names that probe rounds 77 and 78 misread (fix round 81): statements read as no target, a
 * time to act within that cut the act off the name, clauses a numbered label's item swallowed, a quoted
 * hotline after a comma, 有效率 read as an economic word, the count 台件, and a 部门整体 table's 职责履行.
 * Each test is a cell written on the pattern of a misread.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";
import { records } from "../support/packedCell";

/** The records of one packed cell: name, target, comparator, value, unit, kind, date. */
function read(cell: string) {
  return records(cell).map((i) => [i.name, i.target, i.comparator, i.value, i.unit, i.kind, i.date]);
}

/** Name, comparator, value, unit and kind of each record of one packed cell. */
function short(cell: string) {
  return records(cell).map((i) => [i.name, i.comparator, i.value, i.unit, i.kind]);
}

describe("有效率 is no economic word (r77 G)", () => {
  it("infers 社会效益 for a rate of treatments that work, 经济效益 for 效率 still", () => {
    const inferred = (cell: string) => records(cell).map((i) => [i.name, i.level2Inferred]);
    expect(inferred("效益指标：残疾儿童康复训练有效率≥85%。")).toEqual([
      ["残疾儿童康复训练有效率", "社会效益指标"],
    ]);
    expect(inferred("效益指标：门诊治疗有效率≥90%")).toEqual([["门诊治疗有效率", "社会效益指标"]]);
    expect(inferred("效益指标：审批效率提高10%")).toEqual([["审批效率", "经济效益指标"]]);
  });
});
