/**
 * Round 132: targets, names and dates as town and county officers write them in a packed 绩效指标 cell
 * (a test passed, a time to act within written first, two figures of one thing, 当年 and the school
 * holidays as dates, a level raised to).
 */
import { parseTarget } from "../../src/core/text/target";
import { writesComparator, statesChange } from "../../src/core/text/comparatorWords";
import { readBrief, records, recordsIn2025 } from "../support/packedCell";

const read = readBrief;

/** The records of one packed cell under a title naming 2025: name, kind, date. */
const datesIn2025 = (cell: string) => recordsIn2025(cell).map((i) => [i.name, i.kind, i.date]);

describe("a grade met or a test passed closes the name", () => {
  it("reads 通过 as the qualitative target of a test (等保三级测评通过)", () => {
    expect(read("质量指标：等保三级测评通过；效益指标：群众满意度95%以上")).toEqual([
      ["等保三级测评", null, null, "", "qualitative"],
      ["群众满意度", ">=", 95, "%", "quantitative"],
    ]);
  });

  it("reads 一次通过 and 一次合格 as at the first try, no count of one", () => {
    expect(read("质量指标：管网打压试验一次通过。")).toEqual([
      ["管网打压试验", null, null, "", "qualitative"],
    ]);
    expect(read("质量：工程验收一次合格；时效：2024年10月底完成")[0]).toEqual([
      "工程验收",
      null,
      null,
      "",
      "qualitative",
    ]);
    expect(parseTarget("一次性通过验收").kind).toBe("qualitative");
    // A rate of it keeps its name and its figure.
    expect(read("工程验收一次合格率100%")).toEqual([["工程验收一次合格率", "=", 100, "%", "quantitative"]]);
  });

  it("infers 质量指标 from the test passed, now that the name no longer holds it", () => {
    expect(records("产出指标：等保测评通过；管网打压试验一次通过").map((i) => i.level2Inferred)).toEqual([
      "质量指标",
      "质量指标",
    ]);
  });

  it("reads an item closed by 、 as one closed by ，", () => {
    expect(read("效益指标：村容村貌明显改善、卫生厕所普及率85%以上")).toEqual([
      ["村容村貌", null, null, "", "qualitative"],
      ["卫生厕所普及率", ">=", 85, "%", "quantitative"],
    ]);
  });
});

describe("a time to act within, written first, and the act that names it", () => {
  it("reads 6个月内完工 as 完工, at most 6 months", () => {
    expect(read("产出指标：硬化道路2.3公里；时效指标：6个月内完工；")[1]).toEqual([
      "完工",
      "<=",
      6,
      "个月",
      "quantitative",
    ]);
    expect(read("时效指标：一个月内拨付到位")).toEqual([["拨付到位", "<=", 1, "个月", "quantitative"]]);
  });
});

describe("two figures of one thing: the count, then its size", () => {
  it("keeps no figure in the name across 约 or 共 (停车场1处约1500平方), as 培训4期200人次 reads", () => {
    expect(read("①建设旅游公厕2座；②停车场1处约1500平方；")[1]).toEqual([
      "停车场",
      "=",
      1,
      "处",
      "quantitative",
    ]);
    expect(read("新建公厕2座共300平方米")).toEqual([["新建公厕", "=", 2, "座", "quantitative"]]);
  });
});

describe("dates named by the table's year in words, and by a school holiday", () => {
  it("reads 当年11月30日前 as that day of the table's year", () => {
    expect(datesIn2025("时效指标：资金于当年11月30日前发放到位")).toEqual([["资金", "date", "2025-11-30"]]);
    expect(datesIn2025("时效指标：本年度10月底前完成验收")).toEqual([["完成验收", "date", "2025-10-31"]]);
  });

  it("reads 暑期完成施工 as a period of the year the work is done in", () => {
    expect(datesIn2025("时效指标：暑期完成施工")).toEqual([["完成施工", "date", "2025"]]);
    expect(datesIn2025("时效指标：寒假期间完成改造")).toEqual([["完成改造", "date", "2025"]]);
    // A holiday inside a name is the name's.
    expect(read("学生暑期实践活动参与人数100人")).toEqual([
      ["学生暑期实践活动参与人数", "=", 100, "人", "quantitative"],
    ]);
  });
});

describe("a level raised or lowered to is a bound, as 达到 is", () => {
  it.each([
    ["提高至35%", ">="],
    ["提升到35%", ">="],
    ["增长到500万元", ">="],
    ["增加至500人", ">="],
    ["降低至5%", "<="],
    ["由5个工作日压缩至3个工作日", "<="],
  ])("reads %s as %s", (t, cmp) => {
    expect(parseTarget(t).comparator).toBe(cmp);
    expect(writesComparator(t)).toBe(true);
    expect(statesChange(t)).toBe(false);
  });

  it("keeps a change a change (提高2个百分点, 同比下降20%)", () => {
    expect(parseTarget("提高2个百分点").comparator).toBe("=");
    expect(parseTarget("同比下降20%").comparator).toBe("=");
    expect(statesChange("同比下降20%")).toBe(true);
  });
});
