/**
 * Round 214: the reading leftovers of rounds 210 and 212 — a name before a comma heading two indicators of their own
 * (在建项目，完成投资3000万元，新增就业120人), and a deed done each period before a deadline that comes once
 * (工资每月底前发放，2025年12月底前完成全年发放) — then a probe of prose and packed cells around them (round214.data.ts,
 * gold written before each run).
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";
import { recordsIn2025 } from "../support/packedCell";
import { batch1, batch2 } from "./round214.data";
import { scoreCells } from "./round214.score";

const read = (text: string) =>
  recordsIn2025(text).map((i) =>
    i.kind === "date" ? [i.name, i.kind, i.date] : [i.name, i.comparator, i.value, i.unit, i.kind],
  );
const goal = (text: string) =>
  parseGrid(
    grid([
      ["某县2025年项目支出绩效目标表", null],
      ["项目名称", "绩效目标"],
      ["某项目", text],
    ]),
  ).indicators.map((i) => [i.name, i.value, i.unit]);

describe("a name before a comma heading two indicators of their own", () => {
  it("is a lead-in, the name of neither: both are read with their own names", () => {
    expect(read("在建项目，完成投资3000万元，新增就业120人")).toEqual([
      ["完成投资", "=", 30000000, "元", "quantitative"],
      ["新增就业", "=", 120, "人", "quantitative"],
    ]);
    expect(read("项目区，新增灌溉面积1.2万亩，改善灌溉面积3.5万亩").map((r) => r[0])).toEqual([
      "新增灌溉面积",
      "改善灌溉面积",
    ]);
    expect(read("森林管护，管护面积12.6万亩，森林火灾受害率≤0.9‰").map((r) => r[0])).toEqual([
      "管护面积",
      "森林火灾受害率",
    ]);
  });

  it("under a 绩效目标 column too, where the cell had read as no indicator at all", () => {
    expect(goal("在建项目，完成投资3000万元，新增就业120人。")).toEqual([
      ["完成投资", 30000000, "元"],
      ["新增就业", 120, "人"],
    ]);
  });

  it("keeps the name where one clause follows, or its target has no name of its own, and loses no indicator after a verb alone", () => {
    expect(read("巡查监管，开展巡查不少于24次")).toEqual([["巡查监管", ">=", 24, "次", "quantitative"]]);
    expect(read("补助标准，每人每月300元，全年12个月").map((r) => r[0])).toEqual(["补助标准"]);
    expect(read("巡查企业数，不少于2万家次，其中重点企业，500家").map((r) => r[0])).toEqual(["巡查企业数"]);
    // 完成4.2公里 is the name's target (a verb alone names nothing), but the rate after it is an indicator of its own.
    expect(read("道路硬化，完成4.2公里，验收合格率100%")).toEqual([
      ["道路硬化", "=", 4.2, "公里", "quantitative"],
      ["验收合格率", "=", 100, "%", "quantitative"],
    ]);
    // Words that are an indicator themselves head nothing.
    expect(read("垃圾日产日清，清运量约25吨/日，群众满意度85%以上。").map((r) => r[0])).toEqual([
      "垃圾",
      "清运量",
      "群众满意度",
    ]);
    expect(read("汛前完成防汛物资储备，储备编织袋5万条，救生衣2000件").map((r) => r[0])).toEqual([
      "完成防汛物资储备",
      "储备编织袋",
      "救生衣",
    ]);
  });
});

describe("a deed done each period, then a deadline that comes once", () => {
  it("is two: the schedule (a date with no date) and the year's work done by the deadline", () => {
    expect(read("工资每月底前发放，2025年12月底前完成全年发放")).toEqual([
      ["工资", "date", null],
      ["完成全年发放", "date", "2025-12-31"],
    ]);
    expect(read("补助资金每季度末前拨付，年底前全部拨付到位")).toEqual([
      ["补助资金", "date", null],
      ["全部拨付到位", "date", "2025-12-31"],
    ]);
    expect(read("工资按月发放，2025年12月底前完成全年发放").map((r) => r[0])).toEqual([
      "工资",
      "完成全年发放",
    ]);
  });

  it("stays one where the deadline recurs too, saying when the deed is done (round 124a)", () => {
    expect(read("低保金按月发放，每月10日前发放到位。")).toEqual([["低保金按月发放", "date", null]]);
  });

  it("names a deadline-first clause by its work, a period of the work (全年) inside it", () => {
    expect(read("工资6月底前发放，2025年12月底前完成全年发放")).toEqual([
      ["工资", "date", "2025-06-30"],
      ["完成全年发放", "date", "2025-12-31"],
    ]);
    expect(read("12月底前完成全年发放")).toEqual([["完成全年发放", "date", "2025-12-31"]]);
    expect(read("2025年12月底前全年发放完毕")).toEqual([["全年发放完毕", "date", "2025-12-31"]]);
  });

  it("reads a deadline each month after 于 as an indicator of its own after a figure", () => {
    expect(read("救助困难群众1200人次，资金于每月15日前发放到位")).toEqual([
      ["救助困难群众", "=", 1200, "人次", "quantitative"],
      ["资金", "date", null],
    ]);
  });
});

describe("a rate after a deed done on a schedule", () => {
  it("is an indicator of its own where it measures the act's quality (发放准确率), one where it restates the timing", () => {
    expect(read("农村低保金按月发放，发放准确率100%")).toEqual([
      ["农村低保金", null, null, "", "qualitative"],
      ["发放准确率", "=", 100, "%", "quantitative"],
    ]);
    expect(read("高龄津贴每月10日前发放，发放准确率100%")).toEqual([
      ["高龄津贴", "date", null],
      ["发放准确率", "=", 100, "%", "quantitative"],
    ]);
    expect(read("报修处理及时，报修处理及时率100%")).toHaveLength(1);
    expect(read("资金按月发放，发放率100%")).toHaveLength(1);
  });
});

describe("round 214's probe", () => {
  it("first batch: 31 of 54 as written (1 extra), 34 of 55 gold corrected (0 extra), 55 of 55 after", () => {
    const s = scoreCells(batch1);
    expect([s.right, s.indicators, s.extra]).toEqual([55, 55, 0]);
  });

  it("second batch, written after the fixes and scored once: 18 of 20 (高龄津贴每月10日前发放，发放准确率100% one; 12 of 20 on the engine before the round), 20 of 20 after", () => {
    const s = scoreCells(batch2);
    expect([s.right, s.indicators, s.extra]).toEqual([20, 20, 0]);
  });
});
